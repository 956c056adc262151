"""news_nightly — every source's previous KST day: crawl -> clean -> dedup -> quality -> load.

Wiring only: each task calls one function of ``newsflow_airflow.tasks`` (which calls ``etl``).
Runs at 00:30 Asia/Seoul with a data interval from the previous run, so the window is the KST
day the interval starts in; backfills (``airflow backfill create``) run the same tasks per day.

One mapped task group per source, labelled with the source code: a broken outlet fails its
own branch, not the others. Every task retries with exponential backoff (a lost worker, a
database blip); crawls wait longer between tries, run on the ``NEWSFLOW_CRAWL_QUEUE`` executor
queue and share the ``newsflow_crawl`` pool, which bounds crawl concurrency however many
workers there are. A task that times out or is killed closes its run in the warehouse as failed
(``on_failure_callback``). Data moves between tasks as a small run context (the run folder's
URI under ``NEWSFLOW_DATA_URI``), never as records, so consecutive tasks may run on different
workers. Each successful load updates the ``news_articles`` asset.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pendulum
from airflow.sdk import Param, dag, task, task_group
from airflow.timetables.interval import CronDataIntervalTimetable
from newsflow_airflow import ARTICLES, CRAWL_POOL, CRAWL_QUEUE
from newsflow_airflow.tasks import mark_run_failed

# Retries of every per-source task (crawl has its own, longer delays). Retried tasks are
# idempotent per (source, window); a retry may run on another worker.
RETRIES = {
    "retries": 2,
    "retry_delay": timedelta(minutes=1),
    "retry_exponential_backoff": True,
    "max_retry_delay": timedelta(minutes=15),
}

# Map index labels: the source code, from the task's rendered arguments.
SOURCE_OF_ARG = "{{ task.op_kwargs['source'] }}"
SOURCE_OF_CTX = "{{ task.op_kwargs['ctx']['source'] }}"


@dag(
    dag_id="news_nightly",
    schedule=CronDataIntervalTimetable("30 0 * * *", timezone="Asia/Seoul"),
    start_date=pendulum.datetime(2025, 1, 1, tz="Asia/Seoul"),
    catchup=False,
    # Scheduled runs; a backfill has its own limit (`--max-active-runs`), and the crawl pool
    # bounds the load on the outlets whatever runs at once.
    max_active_runs=2,
    tags=["newsflow"],
    params={
        "sources": Param(
            [], type="array", items={"type": "string"}, description="Source codes; empty: all."
        )
    },
    doc_md=__doc__,
)
def news_nightly() -> None:
    @task
    def list_sources(params: dict[str, Any] | None = None) -> list[str]:
        from newsflow_airflow.tasks import source_codes

        return source_codes((params or {}).get("sources"))

    @task(map_index_template=SOURCE_OF_ARG, execution_timeout=timedelta(minutes=10))
    def begin(source: str, data_interval_start: datetime | None = None) -> dict[str, str]:
        from newsflow_airflow.tasks import begin

        return begin(source, data_interval_start)

    @task(
        map_index_template=SOURCE_OF_CTX,
        pool=CRAWL_POOL,
        queue=CRAWL_QUEUE,
        retries=3,
        retry_delay=timedelta(minutes=5),
        retry_exponential_backoff=True,
        max_retry_delay=timedelta(hours=1),
        execution_timeout=timedelta(hours=2),
    )
    def crawl(ctx: dict[str, str]) -> dict[str, str]:
        from newsflow_airflow.tasks import run_stage

        return run_stage("crawl", ctx)

    @task(map_index_template=SOURCE_OF_CTX, execution_timeout=timedelta(minutes=20))
    def clean(ctx: dict[str, str]) -> dict[str, str]:
        from newsflow_airflow.tasks import run_stage

        return run_stage("clean", ctx)

    @task(map_index_template=SOURCE_OF_CTX, execution_timeout=timedelta(minutes=30))
    def dedup(ctx: dict[str, str]) -> dict[str, str]:
        from newsflow_airflow.tasks import run_stage

        return run_stage("dedup", ctx)

    @task(map_index_template=SOURCE_OF_CTX, execution_timeout=timedelta(minutes=30))
    def quality(ctx: dict[str, str]) -> dict[str, str]:
        from newsflow_airflow.tasks import run_stage

        return run_stage("quality", ctx)

    @task(
        map_index_template=SOURCE_OF_CTX,
        outlets=[ARTICLES],
        execution_timeout=timedelta(minutes=30),
    )
    def load(ctx: dict[str, str]) -> dict[str, Any]:
        from newsflow_airflow.tasks import load

        return load(ctx)

    @task_group(default_args={"on_failure_callback": mark_run_failed, **RETRIES})
    def per_source(source: str) -> None:
        load(ctx=quality(ctx=dedup(ctx=clean(ctx=crawl(ctx=begin(source=source))))))

    per_source.expand(source=list_sources())


news_nightly()
