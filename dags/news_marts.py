"""news_marts — refresh the warehouse marts after news_nightly loaded articles.

Wiring only. Scheduled on the ``news_articles`` asset, which every successful load updates.
Several loads may coalesce into one run, and a run may find nothing new, so the run does not
trust its triggering events: it asks the warehouse which successful runs finished since the
last refresh's watermark (``news.mart_refreshes``) and skips the refresh when there are none.
One run at a time, so watermarks advance in order.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pendulum
from airflow.sdk import dag, task
from newsflow_airflow import ARTICLES


@dag(
    dag_id="news_marts",
    schedule=[ARTICLES],
    start_date=pendulum.datetime(2025, 1, 1, tz="Asia/Seoul"),
    catchup=False,
    max_active_runs=1,
    tags=["newsflow"],
    doc_md=__doc__,
)
def news_marts() -> None:
    @task.short_circuit
    def pending_loads() -> dict[str, Any]:
        from newsflow_airflow.tasks import pending_loads

        return pending_loads()

    @task(retries=2, retry_delay=timedelta(minutes=1))
    def refresh_marts() -> dict[str, Any]:
        from newsflow_airflow.tasks import refresh_marts

        return refresh_marts()

    pending_loads() >> refresh_marts()


news_marts()
