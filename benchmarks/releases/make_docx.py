"""Write 12-docx.docx: a release as a Word file, the way an office's template lays it out
(title in a heading style, the date right-aligned, numbered paragraphs as Word lists)."""

from __future__ import annotations

import sys
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = Path(__file__).parent
PARAGRAPHS = [
    "The Third Meeting of the Mekong-Japan Working Group on Water Resources was held on "
    "October 4 (Thu), 2012 at Mita Kaigisho (Mita Conference Hall) in Tokyo.",
    "The meeting was attended by representatives from six countries including Cambodia, "
    "Lao PDR, Myanmar, Thailand, Viet Nam and Japan, and two international organizations, "
    "namely the Mekong River Commission (MRC) and the Asian Development Bank (ADB). Among "
    "the Japanese participants, officials of the Ministry of Land, Infrastructure, "
    "Transport and Tourism and the Japan International Cooperation Agency (JICA) also took "
    "part in the meeting, and Mr. Takao Ito, Deputy Director-General, Southeast and "
    "Southwest Asian Affairs Department, Ministry of Foreign Affairs, chaired the meeting.",
    "The participants discussed flood management in the Mekong basin and the sharing of "
    "hydrological data.",
    "The participants decided to compile a report on best practices by the next meeting.",
]


def write(path: Path) -> None:
    document = docx.Document()
    document.add_heading("Third Meeting of the Mekong-Japan Working Group on Water Resources",
                         level=1)
    date = document.add_paragraph("October 9, 2012")
    date.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for text in PARAGRAPHS:
        document.add_paragraph(text, style="List Number")
    document.save(str(path))


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "12-docx.docx")
