"""The output formats a report can be written in, and the format a file name asks for.

Kept apart from render.py so the command line can offer the choices without loading
the templating and document libraries.
"""

from __future__ import annotations

FORMATS = ("txt", "html", "pdf", "docx")

_BY_SUFFIX = {"txt": "txt", "text": "txt", "html": "html", "htm": "html", "pdf": "pdf",
              "docx": "docx"}


def format_for_path(path: str) -> str | None:
    """The format a file name asks for: report.pdf -> pdf, report.htm -> html."""
    suffix = path.rsplit(".", 1)[-1].lower() if "." in path else ""
    return _BY_SUFFIX.get(suffix)
