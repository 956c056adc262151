"""The marts: consumer views precomputed into storage, refreshed after every load.

A mart is declared in ``views.py`` with ``info["kind"] == "materialized view"`` and
``info["source"]`` naming the view it materializes. On PostgreSQL it is a materialized view with
a unique index, refreshed CONCURRENTLY: readers keep reading the previous rows until the refresh
commits, and only rows that changed are written. On SQLite (one writer, readers on WAL
snapshots) it is a table emptied and refilled from its view in one transaction.
"""

from __future__ import annotations

import sqlalchemy as sa

from etl.warehouse.views import MATERIALIZED_VIEW, view_metadata

MARTS = tuple(t for t in view_metadata.sorted_tables if t.info["kind"] == MATERIALIZED_VIEW)


def refresh_marts(engine: sa.Engine) -> dict[str, int]:
    """Bring every mart up to date with the warehouse; returns {mart name: rows it now holds}.

    Call it after each load (the load stage does, or a consumer DAG scheduled on the load's
    Asset). Idempotent and cheap when nothing changed. Each mart is refreshed in its own
    transaction; two refreshes of one mart at once queue on its lock on PostgreSQL, while loads
    and readers go on.
    """
    rows: dict[str, int] = {}
    for mart in MARTS:
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                target = f"{mart.schema}.{mart.name}"
                conn.execute(sa.text(f"refresh materialized view concurrently {target}"))
            else:
                _rebuild(conn, mart)
            rows[mart.name] = conn.scalar(sa.select(sa.func.count()).select_from(mart)) or 0
    return rows


def _rebuild(conn: sa.Connection, mart: sa.Table) -> None:
    source = view_metadata.tables[f"{mart.schema}.{mart.info['source']}"]
    names = [column.name for column in mart.columns]
    conn.execute(mart.delete())
    conn.execute(mart.insert().from_select(names, sa.select(*(source.c[n] for n in names))))
