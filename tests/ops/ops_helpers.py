"""Helpers of the operator-experience tests: the CLI as a subprocess, a hand-made warehouse.

``seed_run`` writes a ``runs`` row and its articles straight into the tables, with fixed
timestamps, so status and volume tests know every number without crawling anything.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from etl.window import KST, Window

REPO = Path(__file__).resolve().parents[2]


def newsflow(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m etl.cli`` with this process's environment (NEWSFLOW_* included) + env."""
    return subprocess.run(
        [sys.executable, "-m", "etl.cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "200", **env},
        cwd=REPO,
        timeout=300,
    )


def squeeze(text: str) -> list[str]:
    """The lines of ``text`` with runs of spaces collapsed (column widths vary)."""
    return [" ".join(line.split()) for line in text.splitlines()]


def seed_run(
    engine: sa.Engine,
    day: date,
    *,
    articles: int,
    status: str = "success",
    verdict: str | None = "pass",
    error: str | None = None,
    source: str = "demo-daily",
) -> str:
    """A finished run of ``source`` over KST ``day`` with ``articles`` articles published that day.

    The run starts at 01:00 KST the next day and takes ten minutes (a ``running`` one has not
    finished); its id is ``<source>_<day>_seed``. The ``sources`` row is created on first use.
    """
    from etl.sources import load_source
    from etl.warehouse.engine import ensure_source
    from etl.warehouse.schema import articles as articles_table
    from etl.warehouse.schema import runs

    window = Window.day(day)
    started = datetime.combine(day + timedelta(days=1), time(1), tzinfo=KST)
    run_id = f"{source}_{day.isoformat()}_seed"
    counts: dict[str, Any] = {"items": articles, "inserted": articles, "quarantined": 0}
    with engine.begin() as conn:
        ensure_source(conn, load_source(source))
        conn.execute(
            runs.insert(),
            {
                "run_id": run_id,
                "source_code": source,
                "window_start": window.start,
                "window_end": window.end,
                "status": status,
                "started_at": started,
                "finished_at": None if status == "running" else started + timedelta(minutes=10),
                "counts": counts,
                "quality_verdict": verdict,
                "report_path": None,
                "error": error,
            },
        )
        for n in range(articles):
            url = f"https://daily.demo.newsflow.test/news/{day:%Y%m%d}{n:04d}"
            published = datetime.combine(day, time(8), tzinfo=KST) + timedelta(minutes=n)
            conn.execute(
                articles_table.insert(),
                {
                    "source_code": source,
                    "url": url,
                    "url_hash": hashlib.sha256(url.encode()).hexdigest(),
                    "title": f"기사 {day} {n}",
                    "language": "ko",
                    "published_at": published,
                    "published_date_kst": day,
                    "content_hash": hashlib.sha1(url.encode()).hexdigest(),
                    "first_seen_at": started.astimezone(UTC),
                    "last_seen_at": started.astimezone(UTC),
                    "first_run_id": run_id,
                    "last_run_id": run_id,
                },
            )
    return run_id
