"""The ``runs`` audit table: one row per (source, window) attempt, with every stage's counts.

A run is started (``running``) before the crawl and finished exactly once with its outcome;
the load refers to it (``articles.first_run_id``/``last_run_id``, ``quarantine.run_id``).
Rows are returned as plain dicts keyed by column name, timestamps tz-aware UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from etl.warehouse.errors import RunNotFoundError
from etl.warehouse.schema import RUN_STATUSES, runs
from etl.warehouse.sql import upsert
from etl.window import Window

FINISHED_STATUSES = tuple(s for s in RUN_STATUSES if s != "running")


def start_run(engine: sa.Engine, *, run_id: str, source: str, window: Window) -> None:
    """Record run ``run_id`` of ``source`` over ``window`` as ``running``, started now.

    Starting an existing run id again (a retried task) resets it: status ``running``, counts
    emptied, outcome fields cleared, ``started_at`` now.
    """
    row = {
        "run_id": run_id,
        "source_code": source,
        "window_start": window.start,
        "window_end": window.end,
        "status": "running",
        "started_at": datetime.now(UTC),
        "finished_at": None,
        "counts": {},
        "quality_verdict": None,
        "report_path": None,
        "error": None,
    }
    with engine.begin() as conn:
        upsert(conn, runs, [row], key=["run_id"], update=[c for c in row if c != "run_id"])


def finish_run(
    engine: sa.Engine,
    run_id: str,
    *,
    status: str,
    counts: dict[str, Any],
    quality_verdict: str | None = None,
    report_path: str | None = None,
    error: str | None = None,
) -> None:
    """Close run ``run_id`` with its outcome; ``counts`` replaces the stored counts.

    ``status`` is one of ``success``, ``failed``, ``quality_failed`` (else ValueError);
    ``counts`` must be JSON-serialisable. Finishing again overwrites the outcome (the last
    word wins). Raises RunNotFoundError when the run was never started.

    A success also closes the earlier runs of the same source and window still marked
    ``running``: runs killed (or cut off by a lost warehouse) before they could say so. They
    become ``failed`` with an error naming this run, so they stop counting as stuck; a run
    that was in fact still going overwrites that when it finishes.
    """
    if status not in FINISHED_STATUSES:
        raise ValueError(f"run status {status!r} is not one of {', '.join(FINISHED_STATUSES)}")
    with engine.begin() as conn:
        result = conn.execute(
            runs.update()
            .where(runs.c.run_id == run_id)
            .values(
                status=status,
                finished_at=datetime.now(UTC),
                counts=counts,
                quality_verdict=quality_verdict,
                report_path=report_path,
                error=error,
            )
        )
        if result.rowcount == 0:
            raise RunNotFoundError(
                f"run {run_id} cannot be finished: it was never started",
                hint="call etl.warehouse.runs.start_run first",
            )
        if status == "success":
            _close_abandoned(conn, run_id)


def _close_abandoned(conn: sa.Connection, run_id: str) -> None:
    """Mark failed the ``running`` runs of ``run_id``'s source and window started before it."""
    this = conn.execute(
        sa.select(
            runs.c.source_code, runs.c.window_start, runs.c.window_end, runs.c.started_at
        ).where(runs.c.run_id == run_id)
    ).one()
    conn.execute(
        runs.update()
        .where(
            runs.c.source_code == this.source_code,
            runs.c.window_start == this.window_start,
            runs.c.window_end == this.window_end,
            runs.c.status == "running",
            runs.c.started_at < this.started_at,
        )
        .values(
            status="failed",
            finished_at=datetime.now(UTC),
            error=f"abandoned: ended without finishing; run {run_id} loaded the window since",
        )
    )


def require_run(conn: sa.Connection, run_id: str, *, action: str) -> None:
    """Raise RunNotFoundError unless run ``run_id`` was started; ``action`` says what waited."""
    if conn.scalar(sa.select(runs.c.run_id).where(runs.c.run_id == run_id)) is None:
        raise RunNotFoundError(
            f"run {run_id} has no runs row: {action}",
            hint="call etl.warehouse.runs.start_run first",
        )


def get_run(engine: sa.Engine, run_id: str) -> dict[str, Any] | None:
    """The ``runs`` row of ``run_id`` as a dict, or None when there is none."""
    with engine.connect() as conn:
        row = conn.execute(sa.select(runs).where(runs.c.run_id == run_id)).mappings().first()
    return dict(row) if row is not None else None


def last_runs(
    engine: sa.Engine, *, limit: int = 20, source: str | None = None
) -> list[dict[str, Any]]:
    """The ``limit`` most recently started runs (of ``source``, if given), newest first."""
    query = sa.select(runs).order_by(runs.c.started_at.desc(), runs.c.run_id.desc()).limit(limit)
    if source is not None:
        query = query.where(runs.c.source_code == source)
    with engine.connect() as conn:
        return [dict(row) for row in conn.execute(query).mappings()]
