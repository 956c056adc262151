"""Migration 0004 adopts a mart_refreshes table that the marts DAG created before it existed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from etl.warehouse import schema
from etl.warehouse.comments import declared_comments, live_comments
from etl.warehouse.engine import current_revision, downgrade, make_engine, upgrade

AT = datetime(2025, 4, 9, 0, 30, tzinfo=UTC)
REFRESH = {
    "started_at": AT,
    "finished_at": AT,
    "watermark": AT,
    "recent_run_ids": ["demo-daily_2025-04-08_x"],
    "runs": 1,
    "result": {"refreshed": ["mart_daily_section_counts"]},
}


@pytest.fixture()
def at_0003(empty_url: str) -> Iterator[sa.Engine]:
    engine = make_engine(empty_url)
    upgrade(engine, "0003")
    yield engine
    engine.dispose()


def has_mart_refreshes(engine: sa.Engine) -> bool:
    where = schema.SCHEMA if engine.dialect.name == "postgresql" else None
    return sa.inspect(engine).has_table("mart_refreshes", schema=where)


def test_a_table_created_on_first_use_is_kept_with_its_rows(at_0003: sa.Engine) -> None:
    # Before 0004 the marts DAG created the table itself from the same declaration.
    schema.mart_refreshes.create(at_0003)
    with at_0003.begin() as conn:
        conn.execute(schema.mart_refreshes.insert(), REFRESH)
    upgrade(at_0003)
    assert current_revision(at_0003) == "0004"
    with at_0003.connect() as conn:
        (row,) = conn.execute(sa.select(schema.mart_refreshes)).mappings()
    assert row["recent_run_ids"] == REFRESH["recent_run_ids"]
    assert row["watermark"] == AT


def test_a_warehouse_without_it_gets_it_and_loses_it_on_the_way_back(at_0003: sa.Engine) -> None:
    assert not has_mart_refreshes(at_0003)
    upgrade(at_0003)
    assert has_mart_refreshes(at_0003)
    with at_0003.begin() as conn:
        conn.execute(schema.mart_refreshes.insert(), REFRESH)
    downgrade(at_0003, "0003")
    assert not has_mart_refreshes(at_0003)


@pytest.mark.postgres
def test_it_carries_its_declared_comments_on_postgresql(pg_engine: sa.Engine) -> None:
    declared = {k: v for k, v in declared_comments().items() if k[0] == "mart_refreshes"}
    with pg_engine.connect() as conn:
        live, _ = live_comments(conn)
    assert declared
    assert {k: live.get(k) for k in declared} == declared
