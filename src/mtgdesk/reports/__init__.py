"""Meeting reports: press release, minutes and index, as text, HTML, DOCX and PDF.

Qt-free except mtgdesk.reports.pdf, the one module that paints pages through Qt
(PDF files, print preview and printing); it is imported only when pages are needed.
"""
