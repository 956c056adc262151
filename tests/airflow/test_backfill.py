"""Backfills of news_nightly under a real scheduler (``airflow standalone``, PostgreSQL metadata).

``airflow backfill create`` over three demosite days loads exactly what the site published;
reprocessing the same days (``--reprocess-behavior completed``) changes nothing but bookkeeping.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from airflow_standalone import Standalone, airflow_standalone, run_backfill, wait_until_complete
from newsflow_airflow import CRAWL_POOL, CRAWL_POOL_DESCRIPTION

from etl.demo import compare_with_oracle
from etl.sources import load_source
from etl.warehouse.engine import make_engine
from etl.warehouse.load import table_checksum
from etl.warehouse.runs import last_runs
from etl.window import KST

pytestmark = [pytest.mark.airflow, pytest.mark.postgres, pytest.mark.slow, pytest.mark.timeout(900)]

DAYS = [date(2025, 4, 7), date(2025, 4, 8), date(2025, 4, 9)]
# Logical dates of news_nightly are its data-interval starts, 00:30 KST of each day.
FROM_DATE = "2025-04-07T00:30:00+09:00"
TO_DATE = "2025-04-09T00:30:00+09:00"
TABLES = ("articles", "article_sections")
DAGS = Path(__file__).resolve().parents[2] / "dags"


def backfill(airflow: Standalone, *options: str) -> list[str]:
    """A backfill over DAYS (three runs at once); the states of its runs by day."""
    return run_backfill(
        airflow, "news_nightly", FROM_DATE, TO_DATE, "--max-active-runs", "3", *options
    )


def test_backfill_loads_each_day_as_published_and_reprocessing_changes_nothing(
    metadata_url: str, pg_url: str, pipeline_env, demo_daily_only: Path, tmp_path: Path
) -> None:
    env = pipeline_env(pg_url, sources_dir=demo_daily_only)
    with airflow_standalone(tmp_path / "airflow", metadata_url, env, dags_folder=DAGS) as airflow:
        # Each step as soon as what it needs is there; the components start meanwhile.
        airflow.wait_for(
            "the metadata database",
            lambda: airflow.probe("select 1 from slot_pool where pool = 'default_pool'"),
            timeout=120,
        )
        airflow.airflow("pools", "set", CRAWL_POOL, "2", CRAWL_POOL_DESCRIPTION)
        airflow.wait_for(
            "news_nightly to be parsed",
            lambda: airflow.probe("select 1 from serialized_dag where dag_id = 'news_nightly'"),
            timeout=180,
        )
        airflow.airflow("dags", "unpause", "news_nightly")
        airflow.wait_for("every component to be healthy", airflow.healthy, timeout=180)

        assert backfill(airflow) == ["success", "success", "success"]
        engine = make_engine(pg_url)
        for day in DAYS:
            diff = compare_with_oracle(engine, load_source("demo-daily"), day)
            assert diff.expected > 0
            assert diff.ok, diff.describe()
        before = {table: table_checksum(engine, table) for table in TABLES}
        first = last_runs(engine, limit=10)

        wait_until_complete(airflow, "news_nightly")
        assert backfill(airflow, "--reprocess-behavior", "completed") == ["success"] * 3
        after = {table: table_checksum(engine, table) for table in TABLES}
        second = last_runs(engine, limit=10)[:3]
        engine.dispose()

    assert after == before
    assert [r["status"] for r in first] == ["success"] * 3
    assert [r["status"] for r in second] == ["success"] * 3
    assert sorted(r["window_start"].astimezone(KST).date() for r in second) == DAYS
    assert sum(r["counts"]["inserted"] for r in first) == sum(
        r["counts"]["unchanged"] for r in second
    )
    assert [(r["counts"]["inserted"], r["counts"]["updated"]) for r in second] == [(0, 0)] * 3
