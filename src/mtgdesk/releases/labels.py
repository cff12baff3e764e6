"""A sentence that ends in a colon and says who came, or who stayed away, labels the
items under it: `The Summit was attended by the following Heads of State:` then
`* Namibia: HE President ...`; `The following Member States did not attend:` then
`- A and B;`.

The items under an attendance label are read as a listing (their names are the
parties, as under `Participants:`); those under an absence label are no parties.
"""

from __future__ import annotations

import re

from mtgdesk.releases.attendance import ABSENT, is_attendance
from mtgdesk.releases.text import Block, sentences

ATTENDED = "attended"
ABSENT_LABEL = "absent"

# The bullet before an item (`*`, `-`, `•`): an item of the list above it. A number
# (`5.`) starts the release's next paragraph, which may be a label of its own.
_BULLET = re.compile(r"[•·\-–*▪●◦■]\s*$")


# What the label lists: `the following Heads of State`, `the following COMESA Heads of
# State`, `the following as observers`; not `the following declarations` (the papers a
# meeting endorsed), nor `Australian delegation:` (a delegation's own people).
_FOLLOWING = re.compile(r"\bfollowing\s+(?:[A-Z][\w-]*\s+){0,2}(?:[Hh]eads|[Ll]eaders|"
                        r"[Mm]inisters|countries|[Ss]tates|[Mm]ember|[Dd]elegations|delegates|"
                        r"personalities|participants|organi[sz]ations|representatives|"
                        r"observers|dignitaries|officials|members|partners|guests|economies|"
                        r"governments|institutions|agencies|bodies|as)\b")


def label(text: str, b: Block) -> str | None:
    """ATTENDED or ABSENT_LABEL when the paragraph ends in a colon after words of who
    came, or who did not, that say the parties follow; else None."""
    # (The text's own end, which is b.flat's: most paragraphs end otherwise, and are
    # not made into one line for it.)
    if not b.text.rstrip().endswith((":", "：")):
        return None
    last = sentences(text, b.start, b.end)[-1:]
    if not last or not _FOLLOWING.search(last[0].text):
        return None
    words = last[0].text
    if ABSENT.search(words):
        return ABSENT_LABEL
    return ATTENDED if is_attendance(words) else None


_BULLET_LINE = re.compile(r"^[ \t]*[•·\-–*▪●◦■][ \t]+(?=\S)", re.MULTILINE)


def bulleted(text: str, b: Block) -> bool:
    """The paragraph opens with a bullet (not a number) on its line, or its text does
    (`* Namibia: ...` lines the paragraphs were not cut at)."""
    line = text.rfind("\n", 0, b.start) + 1
    return bool(_BULLET.search(text, line, b.start) or _BULLET_LINE.match(text, b.start))


def items(text: str, b: Block) -> list[tuple[int, int]]:
    """The items of a paragraph of bulleted lines (`* Botswana: ...` then `* Mauritius:
    ...` with no blank line between), each after its bullet; else the paragraph."""
    starts = [m.end() for m in _BULLET_LINE.finditer(text, b.start, b.end)]
    if not starts:
        return [(b.start, b.end)]
    if starts[0] > text.find("\n", b.start, b.end) >= 0:
        starts.insert(0, b.start)  # the first line's bullet came before the paragraph
    out = []
    for i, at in enumerate(starts):
        stop = text.rfind("\n", at, starts[i + 1]) if i + 1 < len(starts) else b.end
        out.append((at, stop))
    return out
