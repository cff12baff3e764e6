"""Queries and writes of meetings, inside a session the caller owns.

Only mtgdesk.services.writes calls the writes here; the history and the change journal
follow in its transaction, and the search index follows the journal.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from operator import attrgetter
from typing import Any, NamedTuple

from sqlalchemy import delete, func, select, update
from sqlmodel import Session

from mtgdesk.domain.errors import ConflictError, NotFoundError
from mtgdesk.domain.records import (
    MEETING_FIELDS,
    PARAGRAPH_FIELDS,
    PARTICIPANT_FIELDS,
    MeetingRecord,
    ParagraphRecord,
    ParticipantRecord,
)
from mtgdesk.store import dialect
from mtgdesk.store.bulk import insert_rows
from mtgdesk.store.tables import MEETING_TABLE as M
from mtgdesk.store.tables import PARAGRAPH_TABLE as G
from mtgdesk.store.tables import PARTICIPANT_TABLE as P
from mtgdesk.store.tables import Meeting, Paragraph, Participant

# Copied between record and row field by field, as the records declare them: a
# field added to a record is a column of its table (tests/store/test_record_shape.py).


def now() -> datetime:
    return datetime.now(UTC)


def new_uuid() -> str:
    return str(uuidlib.uuid4())


def _identity(record: MeetingRecord) -> dict[str, Any]:
    """The uuid and first version a new row gets: the record's own when it brings them
    (an import keeps both), else a fresh uuid and version 1."""
    return {"uuid": record.uuid or new_uuid(), "version": record.version or 1}


def _row_values(record: MeetingRecord) -> dict[str, Any]:
    values = {f: getattr(record, f) for f in MEETING_FIELDS}
    values["report_overrides"] = dict(record.report_overrides) or None
    return values


def _children(session: Session, meeting_id: int, record: MeetingRecord) -> None:
    session.add_all(
        Participant(meeting_id=meeting_id, position=i,
                    **{f: getattr(p, f) for f in PARTICIPANT_FIELDS})
        for i, p in enumerate(record.participants)
    )
    session.add_all(
        Paragraph(meeting_id=meeting_id, position=i,
                  **{f: getattr(p, f) for f in PARAGRAPH_FIELDS})
        for i, p in enumerate(record.paragraphs)
    )
    session.flush()


def insert(session: Session, record: MeetingRecord) -> tuple[int, int]:
    """Store a new meeting; returns (id, version). It keeps the record's uuid and
    version when it has them (see _identity)."""
    stamp = now()
    identity = _identity(record)
    row = Meeting(**_row_values(record), **identity, created_at=stamp, updated_at=stamp)
    session.add(row)
    session.flush()
    assert row.id is not None
    _children(session, row.id, record)
    return row.id, identity["version"]


def insert_many(session: Session, records: Sequence[MeetingRecord]) -> list[int]:
    """Store new meetings in bulk (an import): the same rows insert() would write, in
    order, but as a few multi-row statements, with the index filled in one batch.
    Give every record its uuid first (the caller reads it back from the record)."""
    if not records:
        return []
    stamp = now()
    conn = session.connection()
    if dialect.is_sqlite(conn):
        ids = _next_ids(session, len(records))
        values = attrgetter(*MEETING_FIELDS)
        insert_rows(session, M, ("id", *MEETING_FIELDS, "report_overrides", "uuid",
                                 "version", "created_at", "updated_at"),
                    ((mid, *values(r), dict(r.report_overrides) or None,
                      r.uuid or new_uuid(), r.version or 1, stamp, stamp)
                     for mid, r in zip(ids, records, strict=True)))
    else:
        table = M  # Core, not ORM objects: a hundred times faster here
        ids = list(session.execute(
            table.insert().returning(table.c.id, sort_by_parameter_order=True),
            [{**_row_values(r), **_identity(r), "created_at": stamp, "updated_at": stamp}
             for r in records]).scalars())
    for child, fields, attr in ((P, PARTICIPANT_FIELDS, "participants"),
                                (G, PARAGRAPH_FIELDS, "paragraphs")):
        values = attrgetter(*fields)
        insert_rows(session, child, ("meeting_id", "position", *fields),
                    ((mid, i, *values(c)) for mid, r in zip(ids, records, strict=True)
                     for i, c in enumerate(getattr(r, attr))))
    return ids


def _next_ids(session: Session, n: int) -> list[int]:
    """The ids SQLite would give the next `n` meetings (AUTOINCREMENT: above the
    largest ever given, a purged meeting's too, kept in sqlite_sequence), given here so
    that they are inserted by one executemany: with RETURNING, SQLAlchemy sends one
    statement a row (100,000 of them for an import). The caller's transaction holds
    the write lock (store.session.write_session): no other writer comes between."""
    conn = session.connection()
    last = conn.exec_driver_sql(
        "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'meeting'), 0), "
        "coalesce((SELECT max(id) FROM meeting), 0))").scalar_one()
    return list(range(last + 1, last + 1 + n))


def update_record(session: Session, record: MeetingRecord, *, expected_version: int | None,
                  version: int | None = None) -> int:
    """Replace a stored meeting with `record`; returns the new version: `version` when
    given (an import's newer version of the meeting), else the stored one plus one.
    Its uuid stays: a meeting's identity never changes.

    With expected_version, refuses (ConflictError) when someone saved in between.
    """
    assert record.id is not None
    current = session.execute(
        select(M.c.version, M.c.deleted_at).where(M.c.id == record.id)
    ).first()
    if current is None:
        if expected_version is not None:
            raise ConflictError(record.id, expected_version, None)
        raise NotFoundError(f"there is no meeting {record.id}")
    if expected_version is not None and current[0] != expected_version:
        raise ConflictError(record.id, expected_version, current[0])
    new_version = version if version is not None else current[0] + 1
    session.execute(
        update(M).where(M.c.id == record.id)
        .values(**_row_values(record), version=new_version, updated_at=now())
    )
    session.execute(delete(P).where(P.c.meeting_id == record.id))
    session.execute(delete(G).where(G.c.meeting_id == record.id))
    _children(session, record.id, record)
    return new_version


def set_deleted(session: Session, meeting_id: int, deleted: bool) -> int:
    """Move to the Trash (or back); returns the new version."""
    version = session.execute(
        select(M.c.version).where(M.c.id == meeting_id)).scalars().first()
    if version is None:
        raise NotFoundError(f"there is no meeting {meeting_id}")
    session.execute(
        update(M).where(M.c.id == meeting_id)
        .values(deleted_at=now() if deleted else None, version=version + 1, updated_at=now())
    )
    return version + 1


class Identity(NamedTuple):
    id: int
    uuid: str
    version: int
    deleted: bool


def identities(session: Session, *, ids: Sequence[int] = (), uuids: Sequence[str] = ()
               ) -> list[Identity]:
    """Who the stored meetings among `ids` or `uuids` are (in the Trash too)."""
    out: list[Identity] = []
    for column, keys in ((M.c.id, list(ids)), (M.c.uuid, list(uuids))):
        for chunk in _chunks(keys, 500):
            out.extend(Identity(r.id, r.uuid, r.version, r.deleted_at is not None)
                       for r in session.execute(
                           select(M.c.id, M.c.uuid, M.c.version, M.c.deleted_at)
                           .where(column.in_(chunk))))
    return out


def purge(session: Session, meeting_id: int) -> None:
    session.execute(delete(M).where(M.c.id == meeting_id))


def load(session: Session, meeting_id: int, *, include_deleted: bool = False) -> MeetingRecord:
    row = session.get(Meeting, meeting_id)
    if row is None or (row.deleted_at is not None and not include_deleted):
        raise NotFoundError(f"there is no meeting {meeting_id}")
    return _record(session, [row])[0]


def live_ids(session: Session, ids: Sequence[int]) -> set[int]:
    """Those of `ids` that are stored and not in the Trash."""
    out: set[int] = set()
    for chunk in _chunks(list(ids), 500):
        out.update(session.execute(select(M.c.id).where(
            M.c.id.in_(chunk), M.c.deleted_at.is_(None))).scalars())
    return out


def load_many(session: Session, ids: Sequence[int]) -> list[MeetingRecord]:
    """Live meetings among `ids`, in the order given. Read as plain rows (Core), not
    ORM objects: a rebuild of the search index reads every meeting this way."""
    found: dict[int, MeetingRecord] = {}
    meeting_cols = [M.c[f] for f in MEETING_FIELDS]
    for chunk in _chunks(list(ids), 500):
        parts: dict[int, list[ParticipantRecord]] = {}
        paras: dict[int, list[ParagraphRecord]] = {}
        for row in session.execute(_children_of(P, PARTICIPANT_FIELDS, chunk)):
            parts.setdefault(row[0], []).append(
                ParticipantRecord(**dict(zip(PARTICIPANT_FIELDS, row[1:], strict=True))))
        for row in session.execute(_children_of(G, PARAGRAPH_FIELDS, chunk)):
            paras.setdefault(row[0], []).append(
                ParagraphRecord(**dict(zip(PARAGRAPH_FIELDS, row[1:], strict=True))))
        stmt = (select(M.c.id, M.c.version, M.c.uuid, M.c.report_overrides, *meeting_cols)
                .where(M.c.id.in_(chunk), M.c.deleted_at.is_(None)))
        for row in session.execute(stmt):
            mid, version, uuid, overrides = row[:4]
            found[mid] = MeetingRecord(
                **dict(zip(MEETING_FIELDS, row[4:], strict=True)),
                report_overrides=dict(overrides or {}), participants=parts.get(mid, []),
                paragraphs=paras.get(mid, []), id=mid, version=version, uuid=uuid)
    return [found[i] for i in ids if i in found]


def _children_of(table: Any, fields: Sequence[str], ids: Sequence[int]) -> Any:
    return (select(table.c.meeting_id, *[table.c[f] for f in fields])
            .where(table.c.meeting_id.in_(ids))
            .order_by(table.c.meeting_id, table.c.position))


def _record(session: Session, rows: list[Meeting]) -> list[MeetingRecord]:
    ids = [_id(r) for r in rows]
    parts: dict[int, list[ParticipantRecord]] = {i: [] for i in ids}
    paras: dict[int, list[ParagraphRecord]] = {i: [] for i in ids}
    for chunk in _chunks(ids, 500):
        for p in session.execute(select(Participant).where(P.c.meeting_id.in_(chunk))
                                 .order_by(P.c.meeting_id, P.c.position)).scalars():
            parts[p.meeting_id].append(
                ParticipantRecord(**{f: getattr(p, f) for f in PARTICIPANT_FIELDS}))
        for g in session.execute(select(Paragraph).where(G.c.meeting_id.in_(chunk))
                                 .order_by(G.c.meeting_id, G.c.position)).scalars():
            paras[g.meeting_id].append(
                ParagraphRecord(**{f: getattr(g, f) for f in PARAGRAPH_FIELDS}))
    return [
        MeetingRecord(
            **{f: getattr(r, f) for f in MEETING_FIELDS},
            report_overrides=dict(r.report_overrides or {}),
            participants=parts[_id(r)], paragraphs=paras[_id(r)], id=r.id, version=r.version,
            uuid=r.uuid,
        )
        for r in rows
    ]


def _id(row: Meeting) -> int:
    assert row.id is not None  # a row read from the database has its id
    return row.id


def _chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


# Sort keys the meeting list offers; ties broken by id so paging is stable.
ORDERS = {
    "held_on": (M.c.held_on, M.c.id),
    "title": (func.lower(M.c.title), M.c.id),
}


def count(session: Session, *, deleted: bool = False) -> int:
    cond = M.c.deleted_at.is_not(None) if deleted else M.c.deleted_at.is_(None)
    return session.execute(select(func.count()).select_from(M).where(cond)).one()[0]


def list_ids(session: Session, *, order: str = "held_on", descending: bool = True,
             offset: int = 0, limit: int | None = None, deleted: bool = False) -> list[int]:
    cond = M.c.deleted_at.is_not(None) if deleted else M.c.deleted_at.is_(None)
    keys = [k.desc() if descending else k.asc() for k in ORDERS[order]]
    stmt = select(M.c.id).where(cond).order_by(*keys).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.execute(stmt).scalars())


SUMMARY_COLUMNS = (M.c.id, M.c.title, M.c.held_on, M.c.ends_on, M.c.venue,
                   M.c.city, M.c.status, M.c.series, M.c.version, M.c.uuid)


def summaries(session: Session, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """The few columns a list row shows, for the given ids."""
    out: dict[int, dict[str, Any]] = {}
    for chunk in _chunks(list(ids), 500):
        for row in session.execute(select(*SUMMARY_COLUMNS).where(M.c.id.in_(chunk))):
            out[row.id] = dict(row._mapping)
    return out


def known_names(session: Session, *, limit: int = 5000) -> list[tuple[str, str, str | None]]:
    """(kind, name, acronym) of participants already recorded, most frequent first."""
    stmt = (select(P.c.kind, P.c.name, func.max(P.c.acronym))
            .group_by(P.c.kind, P.c.name)
            .order_by(func.count().desc()).limit(limit))
    return [tuple(r) for r in session.execute(stmt)]


def in_trash(session: Session, ids: Sequence[int] | None = None
             ) -> list[tuple[int, str, Any, datetime]]:
    """(id, title, held_on, deleted_at) of the meetings in the Trash (those among
    `ids`, if given), most recently deleted first."""
    stmt = (select(M.c.id, M.c.title, M.c.held_on, M.c.deleted_at)
            .where(M.c.deleted_at.is_not(None))
            .order_by(M.c.deleted_at.desc(), M.c.id.desc()))
    if ids is not None:
        stmt = stmt.where(M.c.id.in_(list(ids)))
    return [(r.id, r.title, r.held_on, r.deleted_at) for r in session.execute(stmt)]


def series_names(session: Session) -> list[str]:
    """The series names of live meetings, in order, each once."""
    stmt = (select(M.c.series).distinct()
            .where(M.c.series.is_not(None), M.c.series != "", M.c.deleted_at.is_(None))
            .order_by(M.c.series))
    return list(session.execute(stmt).scalars())
