"""What the quality stage keeps in the warehouse, and the history it reads back.

``record_quality_results`` stores a run's check outcomes in ``quality_results``;
``trailing_daily_counts`` gives the per-day article counts a volume check compares a batch with.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlalchemy as sa

from etl.warehouse.runs import require_run
from etl.warehouse.schema import CHECK_LEVELS, VERDICTS, articles, quality_results

REQUIRED_KEYS = ("check_name", "level", "success")
OPTIONAL_KEYS = ("verdict", "observed", "details")


def record_quality_results(
    engine_or_conn: sa.Engine | sa.Connection,
    run_id: str,
    source_code: str,
    window_start: datetime,
    results: Sequence[Mapping[str, Any]],
) -> int:
    """Store ``results`` as run ``run_id``'s quality results; returns the rows written.

    Each result is a mapping shaped like ``etl.quality.report.CheckResult.as_record()``:
    ``check_name``, ``level`` (``row`` or ``batch``) and ``success`` are required; ``verdict``
    (``pass``/``warn``/``fail`` or None), ``observed`` (any JSON value) and ``details`` are
    optional. The run's earlier results are replaced, so a retried quality stage does not
    duplicate them. All rows get one ``recorded_at`` (now, UTC).

    Given an Engine it commits its own transaction; given a Connection it writes in the
    caller's. Raises RunNotFoundError for a run never started, and ValueError (writing
    nothing) for a naive ``window_start``, a missing or unknown key, a bad level or verdict,
    or an ``observed`` that is not JSON.
    """
    if window_start.tzinfo is None:
        raise ValueError(f"window_start {window_start.isoformat()} is not timezone-aware")
    common = {
        "run_id": run_id,
        "source_code": source_code,
        "window_start": window_start,
        "recorded_at": datetime.now(UTC),
    }
    rows = [_row(result) | common for result in results]
    with _connection(engine_or_conn) as conn:
        require_run(conn, run_id, action="no quality results were recorded")
        conn.execute(quality_results.delete().where(quality_results.c.run_id == run_id))
        if rows:
            conn.execute(quality_results.insert(), rows)
    return len(rows)


def _row(result: Mapping[str, Any]) -> dict[str, Any]:
    name = result.get("check_name", "?")
    missing = [key for key in REQUIRED_KEYS if key not in result]
    unknown = sorted(set(result) - set(REQUIRED_KEYS) - set(OPTIONAL_KEYS))
    if missing or unknown:
        problems = [f"missing {', '.join(missing)}"] if missing else []
        problems += [f"unknown {', '.join(unknown)}"] if unknown else []
        raise ValueError(f"quality result {name!r}: {'; '.join(problems)}")
    if result["level"] not in CHECK_LEVELS:
        raise ValueError(f"quality result {name!r}: level {result['level']!r} is not row or batch")
    verdict = result.get("verdict")
    if verdict is not None and verdict not in VERDICTS:
        raise ValueError(f"quality result {name!r}: verdict {verdict!r} is not pass, warn or fail")
    observed = result.get("observed")
    try:
        json.dumps(observed, allow_nan=False)
    except (TypeError, ValueError) as err:
        raise ValueError(f"quality result {name!r}: observed is not JSON ({err})") from err
    return {
        "check_name": str(result["check_name"]),
        "level": result["level"],
        "success": bool(result["success"]),
        "verdict": verdict,
        "observed": observed,
        "details": result.get("details"),
    }


@contextmanager
def _connection(engine_or_conn: sa.Engine | sa.Connection) -> Iterator[sa.Connection]:
    """A transaction of its own on an Engine; the caller's on a Connection."""
    if isinstance(engine_or_conn, sa.Connection):
        yield engine_or_conn
        return
    with engine_or_conn.begin() as conn:
        yield conn


def trailing_daily_counts(
    engine: sa.Engine, source_code: str, before_day: date, days: int = 14
) -> list[int]:
    """Articles of ``source_code`` per KST day over the ``days`` days before ``before_day``.

    Oldest day first, ``before_day`` itself excluded; a day without articles counts 0.
    Articles are counted by ``published_date_kst`` (undated ones on no day). Read-only.
    ``days`` must not be negative (ValueError).
    """
    if days < 0:
        raise ValueError(f"days must be 0 or more, not {days}")
    first = before_day - timedelta(days=days)
    query = (
        sa.select(articles.c.published_date_kst, sa.func.count())
        .where(
            articles.c.source_code == source_code,
            articles.c.published_date_kst >= first,
            articles.c.published_date_kst < before_day,
        )
        .group_by(articles.c.published_date_kst)
    )
    with engine.connect() as conn:
        counted: dict[date, int] = {day: count for day, count in conn.execute(query)}
    return [counted.get(first + timedelta(days=offset), 0) for offset in range(days)]
