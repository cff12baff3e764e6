"""Files a clerk names: the one way in (read_bytes, read_pieces) and the one way out (write_output).

Reading: only a regular file is read (a FIFO, /dev/zero or a terminal would hang or never
end), and at most a cap; every way it can fail is a UserError naming the file.

Writing: an output (an export, a report, a backup) is refused when it is, by any name
(a symlink, `./`, a hard link), one of the files this process must not overwrite: an
open database, its -wal, -shm or -journal, or a backup it is using. It is written beside
its destination and moved into place, so it is there whole or not at all.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from mtgdesk.domain.errors import UserError

MB = 1024 * 1024
# Far above any real file of its kind, far below what would exhaust memory.
DEFAULT_CAP = 64 * MB

_PROTECTED: dict[str, str] = {}  # real path -> what it is, for the message


def _open_regular(path: Path, cap: int, what: str) -> int:
    """A file descriptor of the regular file `path`, no larger than `cap`."""
    try:
        # O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise UserError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UserError(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise UserError(f"{path}: cannot be read ({exc.strerror})") from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise UserError(f"{path}: is a folder, not a file")
        if not stat.S_ISREG(st.st_mode):
            raise UserError(f"{path}: is not a regular file (a device, a pipe or a "
                            "socket); mtgdesk reads only files")
        if st.st_size > cap:
            raise UserError(f"{path}: is {st.st_size / MB:,.1f} MB; a {what} can be at most "
                            f"{cap // MB} MB")
    except BaseException:
        os.close(fd)
        raise
    return fd


def _grew(path: Path, cap: int, what: str) -> UserError:
    return UserError(f"{path}: is larger than {cap // MB} MB; a {what} can be at most "
                     f"{cap // MB} MB")


def read_bytes(path: Path | str, *, cap: int = DEFAULT_CAP, what: str = "file") -> bytes:
    """The bytes of the regular file `path`, refused when larger than `cap`."""
    # One piece of cap + 1 bytes: read in one call, as large as the file and no copy.
    return b"".join(read_pieces(path, cap=cap, what=what, size=cap + 1))


def read_pieces(path: Path | str, *, cap: int = DEFAULT_CAP, what: str = "file",
                size: int = 4 * MB) -> Iterator[bytes]:
    """read_bytes, `size` bytes at a time: a large file read in bounded memory. The
    checks are made before the first piece."""
    path = Path(path)
    fd = _open_regular(path, cap, what)
    try:
        with os.fdopen(fd, "rb", closefd=False) as fh:
            read = 0
            while piece := fh.read(size):
                read += len(piece)
                if read > cap:  # it grew while being read
                    raise _grew(path, cap, what)
                yield piece
    except OSError as exc:
        raise UserError(f"{path}: cannot be read ({exc.strerror})") from None
    finally:
        os.close(fd)


def protect(paths: Iterable[Path | str], what: str) -> None:
    """Files no output of this process may replace (`what` names them in the refusal)."""
    for path in paths:
        _PROTECTED[os.path.realpath(path)] = what


def check_output(dest: Path | str) -> Path:
    """`dest` as a Path, or a UserError when writing there would replace a protected
    file (compared by real path, and by device and inode for a hard link)."""
    dest = Path(dest).expanduser()
    real = os.path.realpath(dest)
    try:
        st = os.stat(dest)
    except OSError:
        st = None
    for other, what in _PROTECTED.items():
        if real == other or (st is not None and _same(st, other)):
            raise UserError(f"{dest} is {what}; writing there would destroy it. Choose "
                            "another file; nothing was written")
    return dest


def _same(st: os.stat_result, other: str) -> bool:
    try:
        o = os.stat(other)
    except OSError:
        return False
    return (st.st_dev, st.st_ino) == (o.st_dev, o.st_ino)


def write_output(dest: Path | str, data: bytes) -> Path:
    """Write `data` to `dest` whole or not at all, after check_output."""
    dest = check_output(dest)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.partial")
    try:
        tmp.write_bytes(data)
        tmp.replace(dest)
    except OSError as exc:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        raise UserError(f"cannot write {dest} ({exc.strerror or exc}); nothing "
                        "was written") from None
    return dest
