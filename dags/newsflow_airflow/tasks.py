"""What the newsflow tasks call: one ``etl`` function each, with Airflow's world turned into
plain arguments.

Every function first points ``etl`` at the warehouse: the ``newsflow_warehouse`` Connection
when it exists (any secrets backend: metadata database, ``AIRFLOW_CONN_NEWSFLOW_WAREHOUSE``,
Vault, …), else ``NEWSFLOW_WAREHOUSE_URL`` as set for the worker. No URL or secret is written
in a DAG file. Heavy imports happen inside the functions so that parsing a DAG file stays fast.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from airflow.sdk import BaseHook
from airflow.sdk.exceptions import AirflowFailException, AirflowNotFoundException

from newsflow_airflow import WAREHOUSE_CONN_ID

log = logging.getLogger(__name__)


def use_warehouse_connection() -> str:
    """Make the ``newsflow_warehouse`` Connection this process's warehouse, when it exists.

    Returns where the warehouse URL came from: ``"connection"`` or ``"environment"`` (no such
    Connection: ``NEWSFLOW_WAREHOUSE_URL`` stays as it is). Any other lookup error propagates,
    so the task fails and retries rather than loading into the wrong database.
    """
    from etl.orchestration import use_warehouse_url, warehouse_url_from_connection

    try:
        conn = BaseHook.get_connection(WAREHOUSE_CONN_ID)
    except AirflowNotFoundException:
        log.info("no Connection %s: warehouse from NEWSFLOW_WAREHOUSE_URL", WAREHOUSE_CONN_ID)
        return "environment"
    use_warehouse_url(warehouse_url_from_connection(conn))
    log.info("warehouse from Connection %s", WAREHOUSE_CONN_ID)
    return "connection"


def source_codes(wanted: Sequence[str] | None) -> list[str]:
    """The source codes a run covers: ``wanted`` (the ``sources`` param) or every profile."""
    from etl.orchestration import source_codes as codes

    return codes(list(wanted or ()))


def begin(source: str, data_interval_start: datetime | None) -> dict[str, str]:
    """Start the run of ``source`` over the KST day the data interval starts in.

    A run without a data interval (triggered for no date) has no window: ValueError.
    """
    from etl.pipeline import begin_run, window_for_interval

    if data_interval_start is None:
        raise ValueError("news_nightly needs a data interval: trigger it with a logical date")
    use_warehouse_connection()
    return begin_run(source, window_for_interval(data_interval_start)).to_dict()


def run_stage(name: str, ctx: dict[str, str]) -> dict[str, str]:
    """Run stage ``name`` (crawl, clean, dedup, quality) of the run ``ctx``; returns ``ctx``.

    A failed quality gate fails the task without retries (AirflowFailException): the batch
    would fail the same checks again. Any other error is retried as the task says.
    """
    from etl.errors import QualityGateFailed
    from etl.pipeline import run_stage as run

    use_warehouse_connection()
    try:
        return run(name, ctx)
    except QualityGateFailed as err:
        raise AirflowFailException(str(err)) from err


def load(ctx: dict[str, str]) -> dict[str, Any]:
    """Load the run ``ctx`` into the warehouse; returns its counts (the run's summary)."""
    from etl.pipeline import RunContext

    return RunContext.from_dict(run_stage("load", ctx)).counts()


def pending_loads() -> dict[str, Any]:
    """Summary of the successful runs the marts do not reflect yet; empty when there are none."""
    from etl.orchestration import ensure_mart_state
    from etl.orchestration import pending_loads as pending
    from etl.warehouse.engine import make_engine

    use_warehouse_connection()
    engine = make_engine()
    try:
        ensure_mart_state(engine)
        found = pending(engine)
    finally:
        engine.dispose()
    return found.summary() if found else {}


def refresh_marts() -> dict[str, Any]:
    """Refresh the marts by watermark (``etl.orchestration.refresh_marts_by_watermark``)."""
    from etl.orchestration import refresh_marts_by_watermark
    from etl.warehouse.engine import make_engine

    use_warehouse_connection()
    engine = make_engine()
    try:
        return refresh_marts_by_watermark(engine)
    finally:
        engine.dispose()


def mark_run_failed(context: Mapping[str, Any]) -> None:
    """``on_failure_callback`` of a per-source task: close its ``runs`` row as failed.

    A stage that raises records its own error (``etl.pipeline.run_stage``); this covers what
    it cannot: an execution timeout, a termination, a killed worker. The run is found through
    the XCom of the ``begin`` task of the same group and map index; before ``begin`` succeeded
    there is no run and nothing to do. A run that already succeeded or failed its quality gate
    keeps its outcome.
    """
    from etl.orchestration import fail_unfinished_run

    ti = context["ti"]
    group = ti.task_id.rpartition(".")[0]
    begin_id = f"{group}.begin" if group else "begin"
    if ti.task_id == begin_id:
        return
    ctx = ti.xcom_pull(task_ids=begin_id, map_indexes=ti.map_index)
    if not ctx:
        return
    use_warehouse_connection()
    if fail_unfinished_run(ctx, context.get("exception"), where=ti.task_id):
        log.info("run %s marked failed after %s failed", ctx["run_id"], ti.task_id)
