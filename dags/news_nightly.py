"""news_nightly — every source's previous KST day: crawl -> clean -> dedup -> quality -> load.

Wiring only: each task calls one function of ``etl.pipeline``. Runs at 00:30 Asia/Seoul with a
data interval from the previous run, so the window is the KST day the interval starts in. One
mapped task group per source: a broken outlet fails its own branch, not the others. Data moves
between tasks as a small run context (paths), never as records.
"""

from __future__ import annotations

from typing import Any

import pendulum
from airflow.sdk import Asset, Param, dag, get_current_context, task, task_group
from airflow.timetables.interval import CronDataIntervalTimetable

ARTICLES = Asset(name="news_articles", uri="newsflow://warehouse/news/articles")


@dag(
    dag_id="news_nightly",
    schedule=CronDataIntervalTimetable("30 0 * * *", timezone="Asia/Seoul"),
    start_date=pendulum.datetime(2025, 1, 1, tz="Asia/Seoul"),
    catchup=False,
    max_active_runs=2,
    tags=["newsflow"],
    params={"sources": Param([], type="array", description="Source codes; empty means all.")},
    doc_md=__doc__,
)
def news_nightly() -> None:
    @task
    def list_sources() -> list[str]:
        from etl.sources import list_sources as all_sources

        wanted = set(get_current_context()["params"].get("sources") or [])
        return [p.code for p in all_sources() if not wanted or p.code in wanted]

    @task(map_index_template="{{ source_code }}")
    def begin(source: str) -> dict[str, str]:
        from etl.pipeline import begin_run, window_for_interval

        context = get_current_context()
        context["source_code"] = source  # type: ignore[typeddict-unknown-key]  # map index label
        window = window_for_interval(context["data_interval_start"])
        return begin_run(source, window).to_dict()

    @task(retries=2, retry_exponential_backoff=True, retry_delay=pendulum.duration(seconds=30))
    def crawl(ctx: dict[str, str]) -> dict[str, str]:
        from etl.pipeline import run_stage

        return run_stage("crawl", ctx)

    @task
    def clean(ctx: dict[str, str]) -> dict[str, str]:
        from etl.pipeline import run_stage

        return run_stage("clean", ctx)

    @task
    def dedup(ctx: dict[str, str]) -> dict[str, str]:
        from etl.pipeline import run_stage

        return run_stage("dedup", ctx)

    @task
    def quality(ctx: dict[str, str]) -> dict[str, str]:
        from etl.pipeline import run_stage

        return run_stage("quality", ctx)

    @task(outlets=[ARTICLES], retries=1)
    def load(ctx: dict[str, str]) -> dict[str, Any]:
        from etl.pipeline import RunContext, run_stage

        return RunContext.from_dict(run_stage("load", ctx)).counts()

    @task_group
    def per_source(source: str) -> None:
        load(quality(dedup(clean(crawl(begin(source))))))

    per_source.expand(source=list_sources())


news_nightly()
