"""The read-only role news_reader: what it may read, and what happens without CREATEROLE."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from etl.warehouse.engine import downgrade
from etl.warehouse.roles import READER_ROLE, grant_reader_access

pytestmark = pytest.mark.postgres


def read_as_reader(engine: sa.Engine, relation: str) -> int:
    """Rows of ``news.<relation>`` as news_reader sees them (SET ROLE inside one transaction)."""
    with engine.connect() as conn:
        conn.execute(sa.text(f"set local role {READER_ROLE}"))
        return int(conn.scalar(sa.text(f"select count(*) from news.{relation}")) or 0)


def test_news_reader_is_a_role_nobody_logs_in_as(pg_engine: sa.Engine) -> None:
    with pg_engine.connect() as conn:
        can_login = conn.scalar(
            sa.text("select rolcanlogin from pg_roles where rolname = :r"), {"r": READER_ROLE}
        )

    assert can_login is False


@pytest.mark.parametrize(
    ("relation", "count"),
    [("v_articles", 0), ("v_daily_counts", 0), ("v_stories", 0), ("v_quarantine", 0),
     ("mart_daily_source_section", 0), ("articles", 0), ("dim_date", 11323), ("runs", 0),
     ("quality_results", 0)],
)  # fmt: skip
def test_news_reader_may_read_what_consumers_need(
    pg_engine: sa.Engine, relation: str, count: int
) -> None:
    assert read_as_reader(pg_engine, relation) == count


def test_news_reader_may_not_read_raw_quarantined_payloads(pg_engine: sa.Engine) -> None:
    with pytest.raises(sa.exc.ProgrammingError, match="permission denied for table quarantine"):
        read_as_reader(pg_engine, "quarantine")


def test_news_reader_may_not_write(pg_engine: sa.Engine) -> None:
    with (
        pg_engine.connect() as conn,
        pytest.raises(sa.exc.ProgrammingError, match="permission denied for table sources"),
    ):
        conn.execute(sa.text(f"set local role {READER_ROLE}"))
        conn.execute(sa.text("delete from news.sources"))


def test_downgrading_takes_the_grants_back(pg_engine: sa.Engine) -> None:
    downgrade(pg_engine, "0001")

    with pg_engine.connect() as conn:
        granted = conn.scalar(
            sa.text("select has_table_privilege(:r, 'news.articles', 'SELECT')"),
            {"r": READER_ROLE},
        )
    assert granted is False


@pytest.fixture()
def unprivileged(pg_engine: sa.Engine, pg_admin: sa.Engine) -> Iterator[sa.Engine]:
    """An engine on the warehouse as a login role without CREATEROLE (dropped afterwards)."""
    name = f"newsflow_test_user_{uuid.uuid4().hex[:8]}"
    with pg_admin.connect() as conn:
        conn.execute(sa.text(f"create role {name} login nocreaterole"))
    engine = sa.create_engine(pg_engine.url.set(username=name))
    yield engine
    engine.dispose()
    with pg_admin.connect() as conn:
        conn.execute(sa.text(f"drop role {name}"))


def test_without_createrole_the_grants_are_skipped_with_a_warning(
    unprivileged: sa.Engine, caplog: pytest.LogCaptureFixture
) -> None:
    missing_role = f"newsflow_test_reader_{uuid.uuid4().hex[:8]}"

    with caplog.at_level(logging.WARNING, logger="etl.warehouse.roles"), unprivileged.begin() as c:
        granted = grant_reader_access(c, role=missing_role)
        exists = c.scalar(sa.text("select 1 from pg_roles where rolname = :r"), {"r": missing_role})

    assert (granted, exists) == (False, None)
    assert f"have an administrator run 'create role {missing_role} nologin'" in caplog.text
