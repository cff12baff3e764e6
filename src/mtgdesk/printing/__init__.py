"""Pages through Qt: PDF files, print preview and printing share one painter.

Outside the Qt-free core (domain, store, services, reports, releases): mtgdesk.reports
turns a meeting into a Report and into text, HTML and Word; this package lays that
Report out on pages with Qt. The window imports it to preview and print, the command
line only when a PDF is asked for; either hands `pdf.pdf_bytes` to the core, which
never imports it.

- application: the Qt application pages need, made windowless where none runs
- fonts: the report's fonts (named in mtgdesk.reports.fonts) as installed here
- document: the paged HTML laid out by QTextDocument, tuned for print
- pages: the letterhead, marks and page numbers around the body, page by page
- pdf: a PDF file's bytes
"""
