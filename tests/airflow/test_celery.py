"""Scale-out on Airflow's CeleryExecutor: two workers, one killed mid-backfill, nothing lost.

One 4-day ``airflow backfill create`` of news_nightly over every demosite outlet, two runs at
once, on two ``airflow celery worker`` processes (Redis broker, PostgreSQL metadata and result
backend). Crawls go to the ``crawl`` queue, which only the ``crawler`` worker serves; every
other task to ``default``, served by both. Each worker has a private data dir; run folders are
shared only through NEWSFLOW_DATA_URI, so a stage never finds its input on its own disk by luck.

Mid-run the ``processor`` worker is killed with SIGKILL (its whole process group: the
machine is gone). Its running tasks stop heartbeating, the scheduler fails them, and their
retries run on ``crawler``. The backfill still ends with every run and task successful and
the warehouse equal to the demosite's oracle for every outlet and day, nothing duplicated.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import NamedTuple

import pytest
from airflow_kit import copy_source
from airflow_standalone import Airflow, run_backfill
from celery_kit import DAG_ID, Worker, celery_airflow

from etl.demo import compare_with_oracle
from etl.sources import load_source
from etl.warehouse.engine import make_engine
from etl.warehouse.runs import last_runs
from etl.window import KST

pytestmark = [
    pytest.mark.airflow,
    pytest.mark.postgres,
    pytest.mark.slow,
    pytest.mark.timeout(1200),
]

REPO = Path(__file__).resolve().parents[2]
DAYS = [date(2025, 4, 6), date(2025, 4, 7), date(2025, 4, 8), date(2025, 4, 9)]
FROM_DATE, TO_DATE = "2025-04-06T00:30:00+09:00", "2025-04-09T00:30:00+09:00"
BROKER_DB = 11  # the test's own Redis database number
CRAWLER = Worker("crawler", queues="crawl,default")
PROCESSOR = Worker("processor", queues="default")
HOSTS = ("crawler", "processor")
OUTLETS = sorted(p.stem for p in (REPO / "sources").glob("demo-*.toml"))
# Task instances of the backfill: list_sources, then 6 tasks per outlet, per day.
TOTAL = len(DAYS) * (1 + 6 * len(OUTLETS))


class TI(NamedTuple):
    """A task instance of news_nightly as the metadata database records it."""

    run_id: str
    task_id: str
    map_index: int
    state: str | None
    hostname: str | None
    queue: str
    try_number: int
    running_for: float  # seconds since it started


def task_instances(airflow: Airflow) -> list[TI]:
    rows = airflow.query(
        "select run_id, task_id, map_index, state, nullif(hostname, ''), queue, try_number,"
        " coalesce(extract(epoch from now() - start_date), 0)"
        " from task_instance where dag_id = :d",
        d=DAG_ID,
    )
    return [TI(*row[:7], float(row[7])) for row in rows]


@pytest.fixture()
def all_demo_outlets(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    for code in OUTLETS:
        copy_source(folder, code)
    return folder


def test_a_backfill_on_two_celery_workers_survives_losing_one(
    metadata_url: str, pg_url: str, pipeline_env, all_demo_outlets: Path, tmp_path: Path
) -> None:
    env = pipeline_env(pg_url, sources_dir=all_demo_outlets) | {
        "NEWSFLOW_DATA_URI": (tmp_path / "shared").as_uri(),
        "NEWSFLOW_CRAWL_QUEUE": "crawl",
    }
    killed: list[TI] = []

    def kill_processor_mid_task(backfill_id: int) -> None:
        """SIGKILL the processor once half the task instances succeeded, both workers ran
        some, and the processor is seconds into a quality check (the longest stage)."""
        if killed:
            return
        tis = task_instances(airflow)
        done = [t for t in tis if t.state == "success"]
        busy = [
            t
            for t in tis
            if (t.state, t.hostname, t.task_id) == ("running", "processor", "per_source.quality")
            and t.running_for > 3
        ]
        if 2 * len(done) >= TOTAL and {t.hostname for t in done} == set(HOSTS) and busy:
            airflow.components["worker-processor"].kill()
            killed.extend(busy)

    home = tmp_path / "airflow"
    with celery_airflow(
        home, metadata_url, env, [CRAWLER, PROCESSOR], broker_db=BROKER_DB
    ) as airflow:
        states = run_backfill(
            airflow, DAG_ID, FROM_DATE, TO_DATE, "--max-active-runs", "2",
            timeout=900, while_running=kill_processor_mid_task,
        )  # fmt: skip
        tis = task_instances(airflow)
        crawler_alive = airflow.components["worker-crawler"].process.poll() is None

    assert killed, "the processor was never seen mid-task, so never killed"
    assert crawler_alive
    assert states == ["success"] * len(DAYS)
    assert len(tis) == TOTAL
    assert {t.state for t in tis} == {"success"}
    assert {t.hostname for t in tis} == set(HOSTS)
    # Crawls only on the crawl queue's worker.
    crawls = {(t.queue, t.hostname) for t in tis if t.task_id == "per_source.crawl"}
    assert crawls == {("crawl", "crawler")}
    # What the processor was running when it died was retried, and finished, on the crawler.
    final = {(t.run_id, t.task_id, t.map_index): t for t in tis}
    for lost in killed:
        retried = final[(lost.run_id, lost.task_id, lost.map_index)]
        assert (retried.hostname, retried.state) == ("crawler", "success")
        assert retried.try_number > lost.try_number

    engine = make_engine(pg_url)
    try:
        for code in OUTLETS:
            for day in DAYS:
                diff = compare_with_oracle(engine, load_source(code), day)
                assert diff.expected > 0, (code, day)
                assert diff.ok, diff.describe()
        runs = last_runs(engine, limit=1000)
    finally:
        engine.dispose()
    # One successful run per outlet and day: the retried quality checks did not start another.
    succeeded = sorted(
        (r["source_code"], r["window_start"].astimezone(KST).date())
        for r in runs
        if r["status"] == "success"
    )
    assert succeeded == sorted((code, day) for code in OUTLETS for day in DAYS)
