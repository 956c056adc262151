"""Small SQL helpers shared by every warehouse module, for both PostgreSQL and SQLite."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

T = TypeVar("T")

# Well under SQLite's bound-parameter limit and PostgreSQL's comfortable IN-list size.
CHUNK = 500


def is_postgres(conn: sa.Connection) -> bool:
    return conn.dialect.name == "postgresql"


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    """``items`` in consecutive slices of at most ``size``."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def upsert(
    conn: sa.Connection,
    table: sa.Table,
    rows: list[dict[str, Any]],
    *,
    key: Sequence[str],
    update: Sequence[str],
) -> None:
    """Insert ``rows``; on a ``key`` conflict set the ``update`` columns from the new row.

    A conflicting row whose ``update`` columns already hold the new values is left alone (no
    rewrite, no dead tuple on PostgreSQL), so calling this again with the same rows changes
    nothing. An empty ``update`` means insert-if-missing. One executemany statement.
    """
    if not rows:
        return
    insert = postgresql.insert(table) if is_postgres(conn) else sqlite.insert(table)
    if update:
        changed = sa.or_(*(table.c[c].is_distinct_from(insert.excluded[c]) for c in update))
        stmt = insert.on_conflict_do_update(
            index_elements=list(key),
            set_={c: insert.excluded[c] for c in update},
            where=changed,
        )
    else:
        stmt = insert.on_conflict_do_nothing(index_elements=list(key))
    conn.execute(stmt, rows)
