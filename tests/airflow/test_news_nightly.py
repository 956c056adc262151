"""news_nightly under a real Airflow: the DAG imports, and a dag.test() run loads the oracle."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from etl.config import get_settings

REPO = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.airflow, pytest.mark.postgres, pytest.mark.slow]


def _dagbag():
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(REPO / "dags"))


def test_every_dag_file_imports_without_errors():
    bag = _dagbag()
    assert bag.import_errors == {}
    assert "news_nightly" in bag.dags


def test_news_nightly_is_scheduled_at_0030_kst_with_a_data_interval():
    dag = _dagbag().dags["news_nightly"]
    timetable = dag.timetable
    assert type(timetable).__name__ == "CronDataIntervalTimetable"
    assert timetable._expression == "30 0 * * *"
    assert str(timetable._timezone.name) == "Asia/Seoul"


def test_news_nightly_tasks_run_each_stage_per_source():
    dag = _dagbag().dags["news_nightly"]
    assert [t.task_id for t in dag.tasks] == [
        "list_sources",
        "per_source.begin",
        "per_source.crawl",
        "per_source.clean",
        "per_source.dedup",
        "per_source.quality",
        "per_source.load",
    ]


def test_dag_test_loads_the_oracle_day_into_postgres(
    airflow_db, demosite, pg_url, monkeypatch, tmp_path
):
    from etl.demo import compare_with_oracle
    from etl.sources import load_source
    from etl.warehouse.engine import make_engine

    monkeypatch.setenv("NEWSFLOW_WAREHOUSE_URL", pg_url)
    monkeypatch.setenv("NEWSFLOW_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("NEWSFLOW_DEMOSITE_URLS", json.dumps(demosite.urls))
    monkeypatch.setenv("NEWSFLOW_CRAWL_FAST", "1")
    get_settings.cache_clear()
    dag = _dagbag().dags["news_nightly"]
    # Logical date = end of the data interval: 2025-04-08 00:30 KST to 2025-04-09 00:30 KST.
    run = dag.test(logical_date=datetime(2025, 4, 8, 15, 30, tzinfo=UTC))
    assert run.state == "success"
    engine = make_engine(pg_url)
    diff = compare_with_oracle(engine, load_source("demo-daily"), date(2025, 4, 8))
    assert diff.expected > 0
    assert diff.ok, diff.describe()
    get_settings.cache_clear()
