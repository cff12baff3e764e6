"""A report as a PDF file (mtgdesk.printing.pdf): a file a reader's program opens, named
for the report, its text read back as typed."""

from __future__ import annotations

import subprocess

from mtgdesk.printing.pdf import pdf_bytes
from mtgdesk.reports import model
from tests.reports.readback import normalise, pdf_text


def pdf_info(data: bytes, tmp_path) -> dict[str, str]:
    path = tmp_path / "info.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return dict(line.split(":", 1) for line in out.stdout.splitlines() if ":" in line)


def test_the_file_is_a_pdf_named_for_the_report(seed_record, tmp_path, qapp):
    report = model.build(seed_record)
    data = pdf_bytes(report)
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    info = pdf_info(data, tmp_path)
    assert info["Title"].strip() == report.document_title
    assert info["Creator"].strip() == "mtgdesk"
    assert info["Pages"].strip() == "1"


def test_the_same_report_gives_the_same_text_each_time(seed_record, tmp_path, qapp):
    report = model.build(seed_record)
    first, second = pdf_bytes(report), pdf_bytes(report)
    assert normalise(pdf_text(first, tmp_path)) == normalise(pdf_text(second, tmp_path))
    assert "Senior Official-Level Meeting on Human Security" in normalise(
        pdf_text(first, tmp_path))
