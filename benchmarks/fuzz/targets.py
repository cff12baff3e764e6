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
from mtgdesk.releases.readers import decode, text_from_docx, text_from_html

MAX_MESSAGE = 1_000  # a "one line" longer than this is a finding too


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def interchange_json(data: bytes) -> None:
    records = interchange.loads(data)
    again = interchange.loads(interchange.dumps(records))
    assert [r.title for r in again] == [r.title for r in records], "round trip changed"


def release_text(data: bytes) -> None:
    proposal = parse_text(decode(data))
    assert proposal.text is not None


def release_html(data: bytes) -> None:
    text = text_from_html(decode(data))
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
           "docx": release_docx, "query": query, "template": template}


def run_one(target, data: bytes) -> None:
    try:
        target(data)
    except UserError as exc:
        if len(str(exc)) > MAX_MESSAGE or "\n" in str(exc).strip() and \
                target is not template:
            raise AssertionError(f"message not one short line: {str(exc)[:200]!r}") from None
