"""Drafts kept on this machine while the office server is away.

On a server, a clerk's unsaved edits are kept as drafts on the server
(services.drafts). When it cannot be reached, they are kept here instead: one JSON file a
draft in the user's data folder (platformdirs), in a folder of the server's own (host,
port, database and login), each written beside its place, flushed to the disk and moved
over the old one, so a power cut leaves the old draft or the new one, never half of
either. When the server is back they are sent to it (`send`) and removed here.

Only the clerk's own program reads these files; a file that cannot be read (damaged,
hand-edited) is left where it is and skipped, never a reason to lose the others.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from datetime import UTC, datetime
from pathlib import Path

from mtgdesk.domain.errors import UserError
from mtgdesk.domain.interchange import meeting_to_dict
from mtgdesk.domain.records import MeetingRecord
from mtgdesk.services import drafts
from mtgdesk.services.drafts import DraftInfo
from mtgdesk.store.location import user_data_dir
from mtgdesk.store.session import Engine

log = logging.getLogger(__name__)
SUFFIX = ".draft.json"


def folder_for(engine: Engine) -> Path:
    """This clerk's folder of drafts for the server `engine` is on."""
    url = engine.url
    ident = f"{url.host}:{url.port or 5432}/{url.database}/{url.username or ''}"
    digest = hashlib.sha256(ident.encode("utf-8")).hexdigest()[:16]
    return user_data_dir() / "offline-drafts" / digest


def _file(folder: Path, key: str) -> Path:
    # Keys are "meeting:<id>" or "new:<uuid hex>": hashed all the same, so no key
    # can name a path outside the folder.
    return folder / (hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + SUFFIX)


def keep(engine: Engine, key: str, record: MeetingRecord) -> Path:
    """Write the draft `key` on this machine, whole or not at all."""
    folder = folder_for(engine)
    path = _file(folder, key)
    data = json.dumps({"key": key, "meeting_id": record.id, "base_version": record.version,
                       "updated_at": datetime.now(UTC).replace(tzinfo=None).isoformat(),
                       "server": engine.url.render_as_string(hide_password=True),
                       "record": meeting_to_dict(record)},
                      ensure_ascii=False, default=str).encode("utf-8")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        _sync_folder(folder)
    except OSError as exc:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        raise UserError(f"your edits could not be kept on this computer either: "
                        f"{exc.filename or folder}: {exc.strerror or exc}") from None
    return path


def _sync_folder(folder: Path) -> None:
    """The rename itself on the disk, not only in the cache (POSIX; Windows has none)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def list_kept(engine: Engine) -> list[DraftInfo]:
    """The drafts kept on this machine for this server, oldest first."""
    folder = folder_for(engine)
    found: list[DraftInfo] = []
    try:
        paths = sorted(folder.glob("*" + SUFFIX))
    except OSError:
        return []
    for path in paths:
        try:
            data = json.loads(path.read_bytes())
            key = data["key"]
            when = datetime.fromisoformat(data["updated_at"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("a local draft cannot be read and is left as it is: %s (%s)",
                        path, exc)
            continue
        if not isinstance(key, str) or _file(folder, key) != path:
            continue
        record = drafts.record_from_draft(data.get("record"))
        meeting_id, version = data.get("meeting_id"), data.get("base_version")
        record.id = meeting_id if isinstance(meeting_id, int) else None
        record.version = version if isinstance(version, int) else None
        found.append(DraftInfo(key, record.id, record.version, when, record))
    return sorted(found, key=lambda d: d.updated_at)


def remove(engine: Engine, key: str) -> None:
    try:
        _file(folder_for(engine), key).unlink(missing_ok=True)
    except OSError as exc:
        log.warning("the local draft %s was not removed: %s", key, exc)


def send(engine: Engine, *, owner: str) -> int:
    """Each draft kept here becomes the clerk's draft on the server (where recovery
    and autosave find it), then is removed here; returns how many were sent. Raises
    ServerAway, with the rest still here, if the server goes away meanwhile."""
    sent = 0
    for draft in list_kept(engine):
        drafts.save_draft(engine, draft.key, draft.record, owner=owner)
        remove(engine, draft.key)
        sent += 1
    return sent
