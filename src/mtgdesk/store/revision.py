"""The schema revision this version of mtgdesk writes, read without Alembic.

Scripts are named NNNN_what.py with revision id "NNNN", in order, so the newest is read
off the file names (a test checks Alembic agrees).
"""

from __future__ import annotations

from pathlib import Path

MIGRATIONS = Path(__file__).with_name("migrations")


def head_revision() -> str:
    return max(p.name[:4] for p in (MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
