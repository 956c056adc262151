"""news_marts under a real Airflow: scheduled on the articles asset, refreshing by watermark.

The marts module is replaced by a stand-in that counts refreshes: these tests are about when
the DAG refreshes, not about what the marts hold.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from testkit import settings_applied

from etl.orchestration import mart_refreshes
from etl.warehouse.engine import make_engine, upgrade
from etl.warehouse.runs import finish_run, start_run
from etl.window import Window

pytestmark = [pytest.mark.airflow, pytest.mark.timeout(300)]


class MartsStandIn(types.ModuleType):
    """``etl.warehouse.marts`` with a ``refresh_marts`` that counts its calls."""

    def __init__(self) -> None:
        super().__init__("etl.warehouse.marts")
        self.calls = 0

    def refresh_marts(self, engine: sa.Engine) -> dict[str, Any]:
        self.calls += 1
        return {"mart_daily_source_section": 12}


@pytest.fixture()
def marts(monkeypatch: pytest.MonkeyPatch) -> MartsStandIn:
    stand_in = MartsStandIn()
    monkeypatch.setitem(sys.modules, "etl.warehouse.marts", stand_in)
    return stand_in


@pytest.fixture()
def warehouse(tmp_path: Path) -> Iterator[sa.Engine]:
    """A migrated SQLite warehouse with one successful load, the DAG's tasks pointed at it."""
    url = f"sqlite:///{tmp_path / 'warehouse.db'}"
    with settings_applied({"NEWSFLOW_WAREHOUSE_URL": url, "NEWSFLOW_DATA_DIR": str(tmp_path)}):
        engine = make_engine(url)
        upgrade(engine)
        start_run(engine, run_id="r1", source="demo-daily", window=Window.day(date(2025, 4, 8)))
        finish_run(engine, "r1", status="success", counts={"inserted": 45})
        yield engine
        engine.dispose()


def _states(run) -> dict[str, str]:
    return {ti.task_id: str(ti.state) for ti in run.get_task_instances()}


def _refreshes(engine: sa.Engine) -> int:
    with engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(mart_refreshes)).scalar_one()


def test_news_marts_runs_when_the_nightly_load_updates_the_articles_asset(dagbag):
    marts_dag = dagbag.dags["news_marts"]
    nightly = dagbag.dags["news_nightly"]
    (articles,) = nightly.get_task("per_source.load").outlets
    assert type(marts_dag.timetable).__name__ == "AssetTriggeredTimetable"
    assert marts_dag.timetable.asset_condition.objects == (articles,)
    assert (articles.name, articles.uri) == ("news_articles", "newsflow://warehouse/news/articles")
    assert [t.task_id for t in marts_dag.tasks] == ["pending_loads", "refresh_marts"]
    assert marts_dag.max_active_runs == 1


@pytest.mark.slow
def test_a_load_since_the_last_refresh_refreshes_the_marts(airflow_db, dagbag, warehouse, marts):
    run = dagbag.dags["news_marts"].test(logical_date=datetime(2025, 4, 9, 1, 0, tzinfo=UTC))
    assert run.state == "success"
    assert _states(run) == {"pending_loads": "success", "refresh_marts": "success"}
    assert (marts.calls, _refreshes(warehouse)) == (1, 1)


@pytest.mark.slow
def test_with_no_load_since_the_last_refresh_the_refresh_is_skipped(
    airflow_db, dagbag, warehouse, marts
):
    dag = dagbag.dags["news_marts"]
    dag.test(logical_date=datetime(2025, 4, 9, 1, 0, tzinfo=UTC))
    again = dag.test(logical_date=datetime(2025, 4, 9, 2, 0, tzinfo=UTC))
    assert again.state == "success"
    assert _states(again) == {"pending_loads": "success", "refresh_marts": "skipped"}
    assert (marts.calls, _refreshes(warehouse)) == (1, 1)


@pytest.mark.postgres
@pytest.mark.slow
def test_after_a_nightly_load_the_marts_hold_its_articles(
    airflow_db, dagbag, pipeline_env, pg_url, demo_daily_only
):
    from etl.pipeline import run_window
    from etl.warehouse.marts import MARTS

    pipeline_env(pg_url, demo_daily_only)
    loaded = run_window("demo-daily", Window.day(date(2025, 4, 8)))
    run = dagbag.dags["news_marts"].test(logical_date=datetime(2025, 4, 9, 1, 0, tzinfo=UTC))
    engine = make_engine(pg_url)
    with engine.connect() as conn:
        (refresh,) = conn.execute(sa.select(mart_refreshes)).mappings()
        rows = {m.name: conn.scalar(sa.select(sa.func.count()).select_from(m)) for m in MARTS}
    engine.dispose()

    assert run.state == "success"
    assert loaded.counts["inserted"] > 0
    assert refresh["runs"] == 1
    assert refresh["result"] == rows
    assert all(count > 0 for count in rows.values())
