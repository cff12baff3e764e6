"""Meeting reports: press release, minutes and index, as text, HTML and DOCX.

No Qt: PDF files, print preview and printing are pages painted through Qt, in
mtgdesk.printing, which builds on this package (a PDF writer is handed to
render.render by the window or the command line).
"""
