"""``newsflow quality show RUN_ID``: what the quality gate found in one run, from the warehouse.

Reads the ``runs`` row, the run's ``quality_results`` and its ``quarantine`` rows, so it works
wherever the warehouse is reachable, also after the run folder is gone. Read-only.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, TextIO

import sqlalchemy as sa

from etl.warehouse.errors import RunNotFoundError
from etl.window import KST, Window

if TYPE_CHECKING:
    from collections.abc import Mapping

# Failing checks first, the worst first; row checks after the batch verdicts.
_ORDER = {"fail": 0, "warn": 1, None: 2}
_TITLE_CHARS = 60


def render_quality(engine: sa.Engine, run_id: str, *, limit: int = 50) -> str:
    """The report of run ``run_id`` as plain text lines.

    A header (source, window in KST, status, verdict, the error of a failed run, the Data Docs
    path), then every check that did not pass (batch verdicts ``fail``, then ``warn``, then row
    checks with failing rows) and the first ``limit`` quarantined rows with their reasons.
    Raises RunNotFoundError for an unknown run id.
    """
    from etl.warehouse.runs import get_run
    from etl.warehouse.schema import quality_results, quarantine

    run = get_run(engine, run_id)
    if run is None:
        raise RunNotFoundError(
            f"run {run_id} is not in the warehouse",
            hint="check the run id (the run folder's name) and NEWSFLOW_WAREHOUSE_URL",
        )
    with engine.connect() as conn:
        checks = [
            dict(row)
            for row in conn.execute(
                sa.select(quality_results)
                .where(quality_results.c.run_id == run_id, sa.not_(quality_results.c.success))
                .order_by(quality_results.c.result_id)
            ).mappings()
        ]
        total = conn.scalar(
            sa.select(sa.func.count()).select_from(quarantine).where(quarantine.c.run_id == run_id)
        )
        rows = conn.execute(
            sa.select(quarantine.c.url, quarantine.c.reasons, quarantine.c.record)
            .where(quarantine.c.run_id == run_id)
            .order_by(quarantine.c.quarantine_id)
            .limit(limit)
        ).all()

    window = Window(run["window_start"].astimezone(KST), run["window_end"].astimezone(KST))
    lines = [
        f"run {run_id}: {run['source_code']} {window.key}, status {run['status']}, "
        f"quality verdict {run['quality_verdict'] or '-'}"
    ]
    if run["error"]:
        lines.append(f"error: {run['error']}")
    if run["report_path"]:
        lines.append(f"Data Docs: {run['report_path']}")
    lines += ["", f"checks that did not pass ({len(checks)}):"]
    checks.sort(key=lambda c: (c["level"] == "row", _ORDER.get(c["verdict"], 2)))
    lines += [_check_line(c) for c in checks] or ["  none"]
    lines += ["", f"quarantined rows ({total or 0}):"]
    lines += [_row_line(url, reasons, record) for url, reasons, record in rows] or ["  none"]
    if total and total > len(rows):
        lines.append(f"  … and {total - len(rows)} more")
    return "\n".join(lines)


def _check_line(check: Mapping[str, Any]) -> str:
    tag = (check["verdict"] or "rows").upper()
    return f"  {tag:<5} {check['check_name']}: {check['details']}"


def _row_line(url: str | None, reasons: list[str], record: Mapping[str, Any]) -> str:
    title = str(record.get("title") or "").strip() or "(no title)"
    if len(title) > _TITLE_CHARS:
        title = title[: _TITLE_CHARS - 1] + "…"
    return f"  {url or '(no url)'}  [{', '.join(reasons)}]  {title}"


def quality_show(run_id: str, *, limit: int = 50, out: TextIO | None = None) -> None:
    """Print ``render_quality`` for ``run_id`` on the configured warehouse (``out``: stdout).

    Raises RunNotFoundError (a NewsflowError: one line and a hint from the CLI) for an
    unknown run id.
    """
    from etl.warehouse.engine import make_engine

    engine = make_engine()
    try:
        print(render_quality(engine, run_id, limit=limit), file=out or sys.stdout)
    finally:
        engine.dispose()
