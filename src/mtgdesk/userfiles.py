"""Reading a file a clerk named: every way it can fail is a UserError naming the file."""

from __future__ import annotations

from pathlib import Path

from mtgdesk.domain.errors import UserError


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UserError(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise UserError(f"{path}: cannot be read ({exc.strerror})") from None
