"""news_nightly under a real Airflow: how it is wired, and what its ``dag.test()`` runs load.

The runs cover the KST day 2025-04-08 of the demosite (its clock is fixed at 2025-04-10 09:00
KST): logical date 2025-04-08 15:30 UTC is the end of the interval 04-08 00:30 KST - 04-09 00:30
KST. The crawl pool is not created here: ``dag.test()`` runs tasks without pools.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from airflow_kit import copy_source, pipeline_settings
from testkit import private_database, settings_applied

from etl.demo import compare_with_oracle
from etl.sources import load_source
from etl.warehouse.engine import make_engine
from etl.warehouse.runs import last_runs

# A run that hangs (a crawl waiting out its retry delays) fails instead of blocking the suite.
pytestmark = [pytest.mark.airflow, pytest.mark.timeout(600)]

DAY = date(2025, 4, 8)
LOGICAL_DATE = datetime(2025, 4, 8, 15, 30, tzinfo=UTC)
GROUP_TASKS = ["begin", "crawl", "clean", "dedup", "quality", "load"]


def _task_states(run) -> dict[tuple[str, str], str]:
    """(task id, map index label) -> state of every task instance of ``run``."""
    return {
        (ti.task_id, ti.rendered_map_index or str(ti.map_index)): str(ti.state)
        for ti in run.get_task_instances()
    }


def test_every_dag_file_imports_without_errors(dagbag):
    assert dagbag.import_errors == {}
    assert sorted(dagbag.dag_ids) == ["news_marts", "news_nightly"]


def test_news_nightly_is_scheduled_at_0030_kst_with_a_data_interval(dagbag):
    timetable = dagbag.dags["news_nightly"].timetable
    assert type(timetable).__name__ == "CronDataIntervalTimetable"
    assert timetable._expression == "30 0 * * *"
    assert str(timetable._timezone.name) == "Asia/Seoul"


def test_news_nightly_tasks_run_each_stage_per_source(dagbag):
    dag = dagbag.dags["news_nightly"]
    assert [t.task_id for t in dag.tasks] == ["list_sources"] + [
        f"per_source.{name}" for name in GROUP_TASKS
    ]


def test_every_per_source_task_is_labelled_by_its_source(dagbag):
    dag = dagbag.dags["news_nightly"]
    labels = {name: dag.get_task(f"per_source.{name}").map_index_template for name in GROUP_TASKS}
    assert labels == {"begin": "{{ task.op_kwargs['source'] }}"} | {
        name: "{{ task.op_kwargs['ctx']['source'] }}" for name in GROUP_TASKS[1:]
    }


def test_only_crawls_take_a_slot_of_the_crawl_pool(dagbag):
    dag = dagbag.dags["news_nightly"]
    pools = {task.task_id: task.pool for task in dag.tasks}
    assert pools.pop("per_source.crawl") == "newsflow_crawl"
    assert set(pools.values()) == {"default_pool"}


def test_every_per_source_task_retries_with_exponential_backoff(dagbag):
    dag = dagbag.dags["news_nightly"]
    retries = {
        task.task_id: (task.retries, task.retry_delay, task.max_retry_delay)
        for task in dag.tasks
        if task.retry_exponential_backoff
    }
    others = (2, timedelta(minutes=1), timedelta(minutes=15))
    assert retries == {"per_source.crawl": (3, timedelta(minutes=5), timedelta(hours=1))} | {
        f"per_source.{name}": others for name in GROUP_TASKS if name != "crawl"
    }


def test_crawls_run_on_the_crawl_queue_the_rest_on_the_default_queue(dagbag):
    dag = dagbag.dags["news_nightly"]
    queues = {task.task_id: task.queue for task in dag.tasks}
    assert queues.pop("per_source.crawl") == os.environ.get("NEWSFLOW_CRAWL_QUEUE", "default")
    assert set(queues.values()) == {"default"}


def test_every_per_source_task_has_a_timeout_and_closes_its_run_on_failure(dagbag):
    from newsflow_airflow.tasks import mark_run_failed

    dag = dagbag.dags["news_nightly"]
    group = [dag.get_task(f"per_source.{name}") for name in GROUP_TASKS]
    assert {t.task_id: t.execution_timeout for t in group} == {
        "per_source.begin": timedelta(minutes=10),
        "per_source.crawl": timedelta(hours=2),
        "per_source.clean": timedelta(minutes=20),
        "per_source.dedup": timedelta(minutes=30),
        "per_source.quality": timedelta(minutes=30),
        "per_source.load": timedelta(minutes=30),
    }
    assert all(t.on_failure_callback == [mark_run_failed] for t in group)


def test_scheduled_runs_are_limited_and_load_updates_the_articles_asset(dagbag):
    dag = dagbag.dags["news_nightly"]
    outlets = {t.task_id: [a.name for a in t.outlets] for t in dag.tasks if t.outlets}
    assert (dag.max_active_runs, dag.catchup) == (2, False)
    assert outlets == {"per_source.load": ["news_articles"]}


@dataclass(frozen=True)
class NightlyRun:
    state: str
    tasks: dict[tuple[str, str], str]
    warehouse: sa.Engine


@pytest.fixture(scope="module")
def demo_daily_run(airflow_db, dagbag, demosite, pg_admin, tmp_path_factory):
    """One ``dag.test()`` of demo-daily alone, the warehouse from NEWSFLOW_WAREHOUSE_URL."""
    folder = tmp_path_factory.mktemp("demo-daily-run")
    copy_source(folder / "sources", "demo-daily")
    with private_database(pg_admin, "warehouse") as url:
        env = pipeline_settings(demosite, url, folder / "data", folder / "sources")
        with settings_applied(env):
            run = dagbag.dags["news_nightly"].test(logical_date=LOGICAL_DATE)
        engine = make_engine(url)
        yield NightlyRun(str(run.state), _task_states(run), engine)
        engine.dispose()


@pytest.mark.postgres
@pytest.mark.slow
def test_dag_test_loads_the_oracle_day_into_the_warehouse_of_the_environment(demo_daily_run):
    diff = compare_with_oracle(demo_daily_run.warehouse, load_source("demo-daily"), DAY)
    (row,) = last_runs(demo_daily_run.warehouse, source="demo-daily")
    assert demo_daily_run.state == "success"
    assert diff.expected > 0
    assert diff.ok, diff.describe()
    assert (row["status"], row["counts"]["inserted"]) == ("success", diff.expected)


@pytest.mark.postgres
@pytest.mark.slow
def test_map_index_of_every_per_source_task_shows_the_source(demo_daily_run):
    assert demo_daily_run.tasks == {("list_sources", "-1"): "success"} | {
        (f"per_source.{name}", "demo-daily"): "success" for name in GROUP_TASKS
    }


@pytest.mark.postgres
@pytest.mark.slow
def test_a_failed_quality_gate_fails_only_its_sources_branch(
    airflow_db, dagbag, pipeline_env, pg_url, demo_daily_only
):
    # Same outlet, but the lead selector matches nothing: every row lacks the lead the
    # profile promises, so (far) more than half the batch is quarantined.
    copy_source(demo_daily_only, "demo-daily", as_code="demo-noleads", lead='"p.no-such-lead"')
    pipeline_env(pg_url, sources_dir=demo_daily_only)
    run = dagbag.dags["news_nightly"].test(logical_date=LOGICAL_DATE)
    engine = make_engine(pg_url)
    runs = {row["source_code"]: row for row in last_runs(engine)}
    diff = compare_with_oracle(engine, load_source("demo-daily"), DAY)

    assert run.state == "failed"
    assert _task_states(run) == {("list_sources", "-1"): "success"} | {
        (f"per_source.{name}", "demo-daily"): "success" for name in GROUP_TASKS
    } | {
        ("per_source.begin", "demo-noleads"): "success",
        ("per_source.crawl", "demo-noleads"): "success",
        ("per_source.clean", "demo-noleads"): "success",
        ("per_source.dedup", "demo-noleads"): "success",
        ("per_source.quality", "demo-noleads"): "failed",
        # A task that never ran has no label, only its index: demo-noleads is source 1.
        ("per_source.load", "1"): "upstream_failed",
    }
    assert diff.ok, diff.describe()
    assert runs["demo-daily"]["status"] == "success"
    assert runs["demo-noleads"]["status"] == "quality_failed"
    assert runs["demo-noleads"]["error"].startswith(
        "quality gate failed for demo-noleads 2025-04-08"
    )
    assert runs["demo-noleads"]["counts"].get("inserted") is None


@pytest.mark.postgres
@pytest.mark.slow
def test_a_stage_ended_by_a_timeout_leaves_its_run_failed_not_running(
    airflow_db, dagbag, pipeline_env, pg_url, demo_daily_only, monkeypatch
):
    from airflow.sdk.exceptions import AirflowTaskTimeout

    from etl import pipeline

    def timed_out(ctx):
        raise AirflowTaskTimeout("Timeout, PID: 4242")

    # A timeout is not an Exception: the stage cannot record it, the callback does. Its last
    # try is the one that matters: no retries here, so the run does not wait out their delays.
    monkeypatch.setitem(pipeline.STAGE_BY_NAME, "dedup", timed_out)
    monkeypatch.setattr(dagbag.dags["news_nightly"].get_task("per_source.dedup"), "retries", 0)
    pipeline_env(pg_url, sources_dir=demo_daily_only)
    run = dagbag.dags["news_nightly"].test(logical_date=LOGICAL_DATE)
    (row,) = last_runs(make_engine(pg_url), source="demo-daily")

    assert run.state == "failed"
    assert _task_states(run)[("per_source.dedup", "demo-daily")] == "failed"
    assert row["status"] == "failed"
    assert row["error"] == "per_source.dedup: AirflowTaskTimeout: Timeout, PID: 4242"
    assert row["counts"]["items"] > 0  # what the finished stages counted is kept


@pytest.mark.postgres
@pytest.mark.slow
def test_the_warehouse_connection_wins_over_the_environment(
    airflow_db, dagbag, pipeline_env, pg_url, demo_daily_only, monkeypatch, tmp_path
):
    from sqlalchemy.engine import make_url

    url = make_url(pg_url)
    unused = tmp_path / "unused-warehouse.db"
    pipeline_env(f"sqlite:///{unused}", sources_dir=demo_daily_only)
    monkeypatch.setenv(
        "AIRFLOW_CONN_NEWSFLOW_WAREHOUSE",
        f"postgres://{url.username}@{url.host}:{url.port}/{url.database}",
    )
    run = dagbag.dags["news_nightly"].test(logical_date=LOGICAL_DATE)
    diff = compare_with_oracle(make_engine(pg_url), load_source("demo-daily"), DAY)

    assert run.state == "success"
    assert diff.expected > 0
    assert diff.ok, diff.describe()
    assert not Path(unused).exists()
