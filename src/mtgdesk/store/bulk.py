"""Many rows into one table in one statement (an import's participants, paragraphs,
history and journal entries).

SQLAlchemy Core's executemany makes a dictionary of parameters for each row and passes
each value through its column type; for an import of 100,000 meetings (a million rows)
that costs more than SQLite's own work. On SQLite the rows go to the driver as tuples,
each value through its column's own bind processor (the one Core would apply: dates
and times as text, JSON encoded), so the stored values are the same; elsewhere (an
office server) through Core as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Table
from sqlmodel import Session

from mtgdesk.store import dialect


def insert_rows(session: Session, table: Table, columns: Sequence[str],
                rows: Iterable[Sequence[Any]]) -> None:
    """Insert `rows`, each the values of `columns` in that order, in the caller's
    transaction."""
    rows = list(rows)
    if not rows:
        return
    conn = session.connection()
    if not dialect.is_sqlite(conn):
        session.execute(table.insert(), [dict(zip(columns, r, strict=True)) for r in rows])
        return
    # Only the columns that have one (a paragraph's due date of seven columns): a
    # million rows each passed whole through a generator cost a second.
    procs = [(i, p) for i, p in enumerate(_processors(table, columns, conn.dialect))
             if p is not None]
    if procs:
        width = len(columns)
        rows = [_processed(r, procs, width) for r in rows]
    quote = conn.dialect.identifier_preparer.quote
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
           f"VALUES ({', '.join('?' * len(columns))})")
    conn.exec_driver_sql(sql, rows)


def _processed(row: Sequence[Any], procs: Sequence[tuple[int, Callable[[Any], Any]]],
               width: int) -> tuple[Any, ...]:
    if len(row) != width:
        raise ValueError(f"a row of {len(row)} values for {width} columns")
    out = list(row)
    for i, p in procs:
        out[i] = p(out[i])
    return tuple(out)


def _processors(table: Table, columns: Sequence[str], sql_dialect: Any
                ) -> list[Callable[[Any], Any] | None]:
    return [table.c[c].type.dialect_impl(sql_dialect).bind_processor(sql_dialect)
            for c in columns]


# Indexes no write of an import looks anything up by (the uuid's, which finds a meeting
# stored already, and each meeting's children by position, which an update reads, are
# kept). Kept up row by row, a million participants' names arriving in no order cost
# SQLite 11 s of CPU and a page cache that spills to disk; made again from the rows at
# the end, a sort: 2.6 s (benchmarks/results/2026-12-02-import-100k-*.txt).
DEFERRED = ("ix_participant_name", "ix_meeting_held_on", "ix_meeting_live_held_on",
            "ix_meeting_series", "ix_meeting_status")


@contextmanager
def indexes_deferred(session: Session, expected: int) -> Iterator[bool]:
    """Around the writes of a large import (`expected` meetings, an estimate) into a
    database of SQLite holding fewer: the DEFERRED indexes dropped, and made again,
    each by its own stored definition, when the block ends, in the caller's
    transaction. If the block fails, they are not made again here: the transaction's
    rollback brings them back with everything else (SQLite's schema is transactional),
    and a kill leaves the database as it was committed. Yields whether it dropped them.
    Elsewhere (an office server, whose indexes other clerks' queries use meanwhile)
    nothing is dropped."""
    conn = session.connection()
    stored = 0
    if dialect.is_sqlite(conn):
        stored = int(conn.exec_driver_sql("SELECT count(*) FROM meeting").scalar_one())
    if not dialect.is_sqlite(conn) or expected <= stored:
        yield False
        return
    names = ", ".join("?" * len(DEFERRED))
    made = conn.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN ({names}) "
        "AND sql IS NOT NULL ORDER BY name", DEFERRED).all()
    quote = conn.dialect.identifier_preparer.quote
    for name, _ in made:
        conn.exec_driver_sql(f"DROP INDEX {quote(name)}")
    yield bool(made)
    for _, sql in made:
        conn.exec_driver_sql(sql)
