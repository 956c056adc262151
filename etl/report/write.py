"""Write report pages and record where they are.

``write_run_report`` is the report stage of one run: ``<run folder>/report.html``, its path
stored in ``runs.report_path`` (the load stage stored the Data Docs path there; the report
links to the Data Docs, so nothing is lost). ``write_range_report`` covers many windows (a
backfill, the demo) in ``<data_dir>/reports/``. Both are idempotent: writing again replaces
the page with one reflecting the warehouse as it is now.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from etl.config import get_settings
from etl.report.data import gather, latest_runs_per_window, run_dir, stored_window
from etl.report.render import render
from etl.warehouse.errors import RunNotFoundError
from etl.warehouse.runs import get_run
from etl.warehouse.schema import runs
from etl.window import Window

REPORT_FILE = "report.html"


def set_report_path(engine: sa.Engine, run_id: str, path: Path) -> None:
    """Point ``runs.report_path`` of ``run_id`` at ``path``; RunNotFoundError if no such run.

    Touches only that column: the outcome ``finish_run`` recorded stays as it is.
    """
    with engine.begin() as conn:
        result = conn.execute(
            runs.update().where(runs.c.run_id == run_id).values(report_path=str(path))
        )
    if result.rowcount == 0:
        raise RunNotFoundError(f"run {run_id}: no runs row to attach the report to")


def _write(page: Path, html: str) -> Path:
    page.parent.mkdir(parents=True, exist_ok=True)
    tmp = page.with_name(page.name + ".tmp")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(page)  # a reader never sees half a page
    return page


def write_run_report(engine: sa.Engine, run_id: str, *, now: datetime | None = None) -> Path:
    """Write the report of run ``run_id`` into its run folder and store its path in ``runs``.

    Works for any finished run (success, failed, quality_failed); RunNotFoundError when the run
    has no ``runs`` row. Returns the page's path.
    """
    row = get_run(engine, run_id)
    if row is None:
        raise RunNotFoundError(f"run {run_id}: no runs row, so no report")
    window = stored_window(row["window_start"], row["window_end"])
    page = run_dir(run_id) / REPORT_FILE
    data = gather(
        engine,
        title=f"newsflow run {row['source_code']} {window.key}",
        sources=[row["source_code"]],
        days=window.day_list(),
        run_rows=[row],
        now=now or datetime.now(UTC),
    )
    _write(page, render(data, page))
    set_report_path(engine, run_id, page)
    return page


def range_report_path(label: str, first: date, last: date, now: datetime) -> Path:
    """``<data_dir>/reports/<label>_<first>_<last>_<UTC time>.html``."""
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    name = f"{label}_{first.isoformat()}_{last.isoformat()}_{stamp}.html"
    return get_settings().data_dir.resolve() / "reports" / name


def write_range_report(
    engine: sa.Engine,
    *,
    sources: list[str],
    first: date,
    last: date,
    label: str = "backfill",
    page: Path | None = None,
    now: datetime | None = None,
) -> Path:
    """Write one report over KST days ``first..last`` (inclusive) of ``sources``.

    Its runs are the latest run of each (source, window) inside those days, so windows a
    resumed backfill skipped show the run that loaded them. Returns the page's path (default
    ``range_report_path``).
    """
    moment = now or datetime.now(UTC)
    page = page or range_report_path(label, first, last, moment)
    with engine.connect() as conn:
        rows = latest_runs_per_window(conn, sources, first, last)
    data = gather(
        engine,
        title=f"newsflow {label} {first.isoformat()} to {last.isoformat()}",
        sources=sorted(sources),
        days=Window.days(first, last + timedelta(days=1)).day_list(),
        run_rows=rows,
        now=moment,
    )
    return _write(page, render(data, page))


def report_stage(ctx_data: dict[str, str]) -> dict[str, Any]:
    """Orchestrator task after ``load``: write the run's report; returns its path and run id.

    Takes the RunContext's JSON form, like ``etl.pipeline.run_stage``.
    """
    from etl.pipeline import RunContext
    from etl.warehouse.engine import make_engine

    ctx = RunContext.from_dict(ctx_data)
    engine = make_engine()
    try:
        return {"run_id": ctx.run_id, "report_path": str(write_run_report(engine, ctx.run_id))}
    finally:
        engine.dispose()
