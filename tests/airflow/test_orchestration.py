"""etl.orchestration: what the DAGs rely on, checked without a scheduler (SQLite warehouse)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from etl.config import get_settings
from etl.errors import ConfigError, SourceConfigError
from etl.orchestration import (
    describe_failure,
    fail_unfinished_run,
    mart_refreshes,
    pending_loads,
    refresh_marts_by_watermark,
    source_codes,
    use_warehouse_url,
    warehouse_url_from_connection,
)
from etl.pipeline import begin_run
from etl.warehouse.engine import make_engine, upgrade
from etl.warehouse.runs import finish_run, get_run, start_run
from etl.warehouse.schema import runs
from etl.window import Window

DAY = date(2025, 4, 8)
NOON = datetime(2025, 4, 9, 3, 0, tzinfo=UTC)  # when the loads of DAY finished, in these tests


@pytest.fixture()
def warehouse(settings_env: Path) -> sa.Engine:
    """A migrated SQLite warehouse, NEWSFLOW_ settings pointing at it."""
    engine = make_engine()
    upgrade(engine)
    return engine


def finished(
    engine: sa.Engine, run_id: str, at: datetime, *, status: str = "success", day: date = DAY
) -> None:
    """A run of demo-daily over ``day`` that ended with ``status`` at ``at``."""
    start_run(engine, run_id=run_id, source="demo-daily", window=Window.day(day))
    finish_run(engine, run_id, status=status, counts={})
    with engine.begin() as conn:
        conn.execute(runs.update().where(runs.c.run_id == run_id).values(finished_at=at))


class MartsStandIn:
    """Records each refresh; the marts themselves are another module's business."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, engine: sa.Engine) -> dict[str, Any]:
        self.calls += 1
        return {"mart_daily_source_section": 12}


class ConnectionRecord:
    """The attributes of an Airflow Connection, without Airflow."""

    def __init__(self, conn_type: str, host: str | None = None, **fields: Any) -> None:
        self.conn_type = conn_type
        self.host = host
        self.login = fields.get("login")
        self.password = fields.get("password")
        self.port = fields.get("port")
        self.schema = fields.get("schema")
        self.extra_dejson: dict[str, Any] = fields.get("extra", {})


# --- which sources a run covers -------------------------------------------------------------


@pytest.fixture()
def sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "sources"
    folder.mkdir()
    for code in ("demo-daily", "demo-ilbo"):
        (folder / f"{code}.toml").write_text(f'code = "{code}"\n', encoding="utf-8")
    (folder / "broken.toml").write_text("this is [not toml\n", encoding="utf-8")
    monkeypatch.setenv("NEWSFLOW_SOURCES_DIR", str(folder))
    get_settings.cache_clear()
    yield folder
    get_settings.cache_clear()


def test_every_profile_is_a_source_even_one_that_does_not_parse(sources):
    assert source_codes() == ["broken", "demo-daily", "demo-ilbo"]


def test_wanted_sources_come_in_profile_order(sources):
    assert source_codes(["demo-ilbo", "demo-daily"]) == ["demo-daily", "demo-ilbo"]


def test_an_unknown_wanted_source_is_named_with_the_known_ones(sources):
    with pytest.raises(SourceConfigError) as raised:
        source_codes(["demo-daily", "acme"])
    assert str(raised.value) == f"no source profile for acme in {sources}"
    assert raised.value.hint == "known sources: broken, demo-daily, demo-ilbo"


# --- warehouse URL from a connection ----------------------------------------------------------


def test_a_postgres_connection_keeps_its_credentials_and_libpq_extras():
    record = ConnectionRecord(
        "postgres",
        "db.internal",
        login="newsflow",
        password="p@ss:word/1",
        port=5432,
        schema="warehouse",
        extra={"sslmode": "require", "cursor": "dictcursor"},
    )
    url = warehouse_url_from_connection(record)
    assert url == (
        "postgresql+psycopg2://newsflow:p%40ss%3Aword%2F1@db.internal:5432/warehouse"
        "?sslmode=require"
    )
    assert sa.make_url(url).password == "p@ss:word/1"


def test_an_airflow_connection_uri_becomes_a_psycopg2_url():
    from airflow.sdk import Connection

    conn = Connection.from_uri(
        "postgresql://newsflow:secret@postgres:5432/warehouse", conn_id="newsflow_warehouse"
    )
    assert warehouse_url_from_connection(conn) == (
        "postgresql+psycopg2://newsflow:secret@postgres:5432/warehouse"
    )


def test_a_sqlite_connection_names_the_database_file_in_host():
    record = ConnectionRecord("sqlite", "/srv/newsflow/warehouse.db")
    assert warehouse_url_from_connection(record) == "sqlite:////srv/newsflow/warehouse.db"


def test_another_connection_type_is_refused():
    with pytest.raises(ConfigError, match="warehouse connection of type 'mysql' is not supported"):
        warehouse_url_from_connection(ConnectionRecord("mysql", "db"))


def test_use_warehouse_url_changes_the_settings_of_this_process(settings_env, monkeypatch):
    monkeypatch.setenv("NEWSFLOW_WAREHOUSE_URL", "sqlite:///before.db")
    get_settings.cache_clear()
    use_warehouse_url("postgresql+psycopg2://newsflow@db:5432/warehouse")
    assert (
        os.environ["NEWSFLOW_WAREHOUSE_URL"] == "postgresql+psycopg2://newsflow@db:5432/warehouse"
    )
    assert get_settings().warehouse_url == "postgresql+psycopg2://newsflow@db:5432/warehouse"


# --- closing a run its task left open --------------------------------------------------------


def test_a_run_left_running_is_marked_failed_with_the_error(warehouse):
    ctx = begin_run("demo-daily", Window.day(DAY), run_id="r-timeout")
    marked = fail_unfinished_run(
        ctx.to_dict(), TimeoutError("crawl took too long"), where="per_source.crawl"
    )
    row = get_run(warehouse, "r-timeout")
    assert marked is True
    assert (row["status"], row["error"]) == (
        "failed",
        "per_source.crawl: TimeoutError: crawl took too long",
    )


def test_a_killed_task_without_an_error_still_closes_its_run(warehouse):
    ctx = begin_run("demo-daily", Window.day(DAY), run_id="r-killed")
    fail_unfinished_run(ctx.to_dict(), None)
    assert get_run(warehouse, "r-killed")["error"] == (
        "the task ended without finishing its stage (killed, timed out or lost its worker)"
    )


@pytest.mark.parametrize("status", ["success", "quality_failed"])
def test_a_run_with_an_outcome_keeps_it(warehouse, status):
    ctx = begin_run("demo-daily", Window.day(DAY), run_id="r-done")
    finish_run(warehouse, "r-done", status=status, counts={"items": 3})
    assert fail_unfinished_run(ctx.to_dict(), RuntimeError("late")) is False
    assert get_run(warehouse, "r-done")["status"] == status


def test_without_a_run_context_there_is_nothing_to_close(warehouse):
    assert fail_unfinished_run(None, RuntimeError("begin failed")) is False


def test_an_error_without_a_message_is_named_by_its_type():
    class AirflowTaskTimeout(BaseException):
        pass

    assert describe_failure(AirflowTaskTimeout()) == "AirflowTaskTimeout"


# --- marts by watermark ----------------------------------------------------------------------


def test_the_first_refresh_covers_every_successful_run(warehouse):
    finished(warehouse, "r1", NOON)
    finished(warehouse, "r2", NOON + timedelta(minutes=5), day=date(2025, 4, 9))
    finished(warehouse, "r3", NOON + timedelta(minutes=9), status="failed")
    marts = MartsStandIn()
    result = refresh_marts_by_watermark(warehouse, marts)
    with warehouse.connect() as conn:
        (row,) = conn.execute(sa.select(mart_refreshes)).mappings()
    assert marts.calls == 1
    assert result == {
        "since": None,
        "runs": 2,
        "sources": ["demo-daily"],
        "first_window": "2025-04-07",  # window starts are UTC: 2025-04-08 00:00 KST
        "last_window": "2025-04-08",
        "refreshed": True,
        "watermark": "2025-04-09T03:05:00+00:00",
        "marts": {"mart_daily_source_section": 12},
    }
    assert (row["watermark"], row["runs"], row["recent_run_ids"]) == (
        NOON + timedelta(minutes=5),
        2,
        ["r1", "r2"],
    )


def test_with_nothing_new_the_marts_are_not_refreshed(warehouse):
    finished(warehouse, "r1", NOON)
    marts = MartsStandIn()
    refresh_marts_by_watermark(warehouse, marts)
    again = refresh_marts_by_watermark(warehouse, marts)
    with warehouse.connect() as conn:
        refreshes = conn.execute(sa.select(sa.func.count()).select_from(mart_refreshes)).scalar()
    assert marts.calls == 1
    assert (again["refreshed"], again["runs"], refreshes) == (False, 0, 1)


def test_a_run_finished_after_the_watermark_is_pending(warehouse):
    finished(warehouse, "r1", NOON)
    refresh_marts_by_watermark(warehouse, MartsStandIn())
    finished(warehouse, "r2", NOON + timedelta(hours=3))
    pending = pending_loads(warehouse)
    assert [r.run_id for r in pending.runs] == ["r2"]
    assert pending.since == NOON


def test_a_run_seen_late_with_an_earlier_finish_is_not_missed(warehouse):
    # r2 finished before r1 but its row became visible after the refresh had read r1's.
    finished(warehouse, "r1", NOON)
    refresh_marts_by_watermark(warehouse, MartsStandIn())
    finished(warehouse, "r2", NOON - timedelta(minutes=2))
    assert [r.run_id for r in pending_loads(warehouse).runs] == ["r2"]


def test_runs_further_back_than_the_lookback_count_as_covered(warehouse):
    finished(warehouse, "r1", NOON)
    refresh_marts_by_watermark(warehouse, MartsStandIn())
    finished(warehouse, "r0", NOON - timedelta(hours=2))
    assert not pending_loads(warehouse)
