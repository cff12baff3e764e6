"""The input surfaces a file or a clerk reaches, each as one function of bytes.

A target may raise UserError (the clerk is told, in one line); anything else is a
finding. Shared by the atheris harness (run.py) and the hypothesis one (test-like,
hypothesis_run.py), so both fuzz exactly the same code.
"""

from __future__ import annotations

import io
import os
import tempfile
import zipfile
from pathlib import Path

from mtgdesk.domain import interchange
from mtgdesk.domain.errors import UserError
from mtgdesk.domain.query import parse as parse_query
from mtgdesk.releases import parse_paste, parse_text
from mtgdesk.releases.readers import capped, decode, normalise, text_from_docx, text_from_html

MAX_MESSAGE = 1_000  # a "one line" longer than this is a finding too


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def interchange_json(data: bytes) -> None:
    records = interchange.loads(data)
    again = interchange.loads(interchange.dumps(records))
    assert [r.title for r in again] == [r.title for r in records], "round trip changed"


def release_text(data: bytes) -> None:
    proposal = parse_text(capped(normalise(decode(data)), "fuzz.txt"))
    assert proposal.text is not None


def release_html(data: bytes) -> None:
    text = capped(text_from_html(decode(data)), "fuzz.html")
    parse_paste(text)


_DOCX_SEED: bytes | None = None


def _docx_seed() -> bytes:
    global _DOCX_SEED
    if _DOCX_SEED is None:
        import docx

        d = docx.Document()
        d.add_paragraph("The Senior Official-Level Meeting was held in Tokyo on 23 March 2007.")
        buf = io.BytesIO()
        d.save(buf)
        _DOCX_SEED = buf.getvalue()
    return _DOCX_SEED


def release_docx(data: bytes) -> None:
    """The fuzz bytes replace word/document.xml of a real document (else the zip
    layer refuses nearly every input and the XML reader is never reached)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_docx_seed())) as zin, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in zin.namelist():
            z.writestr(name, data if name == "word/document.xml" else zin.read(name))
    text_from_docx(out.getvalue(), Path("fuzz.docx"))


def _pdf_with_content(content: bytes) -> bytes:
    """A one-page PDF (Helvetica, no compression) whose page draws `content`: a real
    file around the fuzz bytes, so the text-layer reader is reached, not only the
    header check."""
    objects = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
               b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]"
               b"/Resources<</Font<</F1 4 0 R>>>>/Contents 5 0 R>>",
               b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
               b"<</Length %d>>\nstream\n" % len(content) + content + b"\nendstream"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


PDF_SEED_CONTENT = (b"BT /F1 12 Tf 72 720 Td (The Senior Official-Level Meeting was held "
                    b"in Tokyo on 23 March 2007.) Tj 0 -14 Td (It was chaired by H.E. Mr. "
                    b"Yukio Takasu.) Tj ET")


def release_pdf(data: bytes) -> None:
    """A whole PDF when the bytes start like one, else the content stream of a page."""
    from mtgdesk.releases.pdf import text_from_pdf

    pdf = data if data.startswith(b"%PDF") else _pdf_with_content(data)
    text = capped(normalise(text_from_pdf(pdf, Path("fuzz.pdf"))), "fuzz.pdf")
    parse_text(text)


def query(data: bytes) -> None:
    parse_query(_text(data))


_TEMPLATES = tempfile.mkdtemp(prefix="mtgdesk-fuzz-templates-")


def template(data: bytes) -> None:
    os.environ["MTGDESK_CONFIG_DIR"] = _TEMPLATES
    from mtgdesk.reports import model, render
    from mtgdesk.settings import user_templates_dir

    folder = user_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "press-release.txt.j2").write_text(_text(data), encoding="utf-8")
    render.text(model.build(_seed_record()))


def _seed_record():
    from mtgdesk.domain.records import MeetingRecord

    return MeetingRecord(title="Senior Official-Level Meeting on Human Security",
                         held_on=__import__("datetime").date(2007, 3, 23))


TARGETS = {"interchange": interchange_json, "text": release_text, "html": release_html,
           "docx": release_docx, "pdf": release_pdf, "query": query, "template": template}


def run_one(target, data: bytes) -> None:
    try:
        target(data)
    except UserError as exc:
        if len(str(exc)) > MAX_MESSAGE or "\n" in str(exc).strip() and \
                target is not template:
            raise AssertionError(f"message not one short line: {str(exc)[:200]!r}") from None
