"""Backups: consistent copies through SQLite's backup API, rotated, and restore.

Automatic backups go to user_data_dir()/backups, one file per run of `auto_backup`
(on close, at most once a day), named after the database so several databases keep
their own series; the newest Settings.backups_to_keep of a series are kept.

Restore checks the source first (an SQLite file, passes integrity_check, carries a
schema this mtgdesk knows) and copies the database it replaces aside, so a restore
can itself be undone.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from mtgdesk.domain.errors import UserError
from mtgdesk.settings import Settings, load_settings
from mtgdesk.store import integrity, migrate
from mtgdesk.store.copy import clear_leftovers, copy_database, copy_into
from mtgdesk.store.location import user_data_dir
from mtgdesk.store.readonly import mtgdesk_revision
from mtgdesk.store.session import Engine
from mtgdesk.userfiles import check_output, protect

STAMP = "%Y%m%dT%H%M%S%fZ"
SUFFIX = ".sqlite3"
DAY = timedelta(days=1)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime


def backups_dir() -> Path:
    return user_data_dir() / "backups"


def database_file(engine: Engine) -> Path:
    name = engine.url.database
    if engine.url.get_backend_name() != "sqlite" or not name or name == ":memory:":
        raise UserError("backups are made of database files; this database is not a file")
    return Path(name)


def backup(engine: Engine, dest: str | Path) -> Path:
    """A consistent copy of the open database at `dest` (safe while others write)."""
    dest = Path(dest).expanduser()
    if dest.is_dir():
        dest = dest / _name(database_file(engine), datetime.now(UTC))
    if not dest.parent.is_dir():
        raise UserError(f"the folder {dest.parent} does not exist; choose another place")
    source = database_file(engine)
    if dest.absolute() == source.absolute():
        raise UserError("a backup cannot replace the database it copies; choose another file")
    check_output(dest)
    try:
        copy_database(source, dest)
    except sqlite3.Error as exc:
        raise UserError(f"the backup to {dest} failed ({exc}); nothing was changed") from None
    except OSError as exc:
        raise UserError(f"{dest} cannot be written ({exc.strerror}); choose another "
                        "place") from None
    return dest


def _name(source: Path, when: datetime) -> str:
    return f"{source.stem}-{when.strftime(STAMP)}{SUFFIX}"


def list_backups(engine: Engine, folder: Path | None = None) -> list[BackupFile]:
    """The automatic backups of this database, newest first."""
    folder = folder or backups_dir()
    stem = database_file(engine).stem
    found = []
    for path in folder.glob(f"{stem}-*{SUFFIX}"):
        stamp = path.name[len(stem) + 1:-len(SUFFIX)]
        try:
            when = datetime.strptime(stamp, STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue  # another database whose name starts the same way
        found.append(BackupFile(path, when))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def auto_backup(engine: Engine, *, settings: Settings | None = None,
                folder: Path | None = None, now: datetime | None = None) -> Path | None:
    """A rotating backup unless one was taken in the last day; returns it, if made."""
    settings = settings or load_settings()
    keep = max(int(settings.backups_to_keep), 0)
    if keep == 0:
        return None
    folder = folder or backups_dir()
    now = now or datetime.now(UTC)
    existing = list_backups(engine, folder)
    made = None
    clear_leftovers(folder)  # what a killed backup left
    if not existing or now - existing[0].taken_at >= DAY:
        folder.mkdir(parents=True, exist_ok=True)
        made = backup(engine, folder / _name(database_file(engine), now))
    rotate(engine, keep, folder)
    return made


def rotate(engine: Engine, keep: int, folder: Path | None = None) -> list[Path]:
    """Delete all but the newest `keep` automatic backups; returns those deleted."""
    doomed = [b.path for b in list_backups(engine, folder)[keep:]]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def check_source(src: Path) -> None:
    """Refuse a file that is not a whole mtgdesk database this version can open."""
    if not src.is_file():
        raise UserError(f"{src}: no such file")
    head = integrity.read_header(src)
    problem = integrity.header_problem(head, src.stat().st_size) if head else \
        "it is empty"
    if problem:
        raise UserError(f"{src} cannot be restored: {problem}; nothing was changed")
    problems = integrity.quick_check(src, full=True)
    if problems:
        raise UserError(f"{src} is damaged ({integrity.summary(problems)}); it cannot be "
                        "restored; "
                        "nothing was changed")
    revision = mtgdesk_revision(src)
    if revision is None:
        raise UserError(f"{src} is not an mtgdesk database; nothing was changed")
    if revision not in migrate.known_revisions():
        raise UserError(f"{src} was written by a newer mtgdesk (schema {revision}); "
                        "update mtgdesk to restore it")


def restore(db_path: str | Path, src: str | Path) -> Path | None:
    """Replace the database at `db_path` by the backup `src`; returns where the
    replaced database was copied (None when there was none).

    The content is written through SQLite's backup API into the live file, so other
    connections (another window) see the restored data at their next read instead of
    a file swapped under them. Open the database again afterwards (open_database) to
    bring an older backup's schema up to date.
    """
    db_path, src = Path(db_path).expanduser(), Path(src).expanduser()
    if db_path.absolute() == src.absolute():
        raise UserError("a database cannot be restored from itself")
    check_source(src)
    protect([src], "the backup being restored")
    aside = None
    if db_path.exists() and db_path.stat().st_size > 0:
        integrity.check_folder(db_path.parent)
        stamp = datetime.now(UTC).strftime(STAMP)
        aside = db_path.with_name(f"{db_path.name}.replaced-{stamp}")
        if integrity.quick_check(db_path):
            # A damaged database is exactly what one restores over: keep its very bytes.
            aside.write_bytes(db_path.read_bytes())
        else:
            copy_database(db_path, aside)
    else:
        integrity.check_folder(db_path.parent)
    try:
        copy_into(src, db_path)
    except sqlite3.Error as exc:
        raise UserError(f"the restore into {db_path} failed ({exc}); the database was "
                        f"left as it was" + (f", and a copy is at {aside}" if aside else "")
                        ) from None
    return aside
