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

from collections.abc import Callable, Iterable, Sequence
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
