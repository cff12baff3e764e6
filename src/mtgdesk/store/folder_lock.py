"""A lock shared by every process of this machine, on a file beside what it guards.

Used where two copies of the program (or an import's worker and the window) may
replace the same folder at once: the search index's install. The operating system
lets go of the lock when its holder dies, so a killed process never leaves it held.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

WAIT_S = 30.0  # an install takes well under a second; past this, something is stuck
_POLL_S = 0.01


class LockTimeout(Exception):
    """Another process held the lock for longer than the wait allowed."""


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


@contextmanager
def held(path: Path, wait_s: float | None = None) -> Iterator[None]:
    """Hold the lock on the file `path` (made if missing) for the block; wait for
    another holder up to `wait_s` (WAIT_S, read when called), else LockTimeout."""
    limit = WAIT_S if wait_s is None else wait_s
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + limit
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise LockTimeout(f"{path} was held by another process for over {limit:g} s")
            time.sleep(_POLL_S)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)
