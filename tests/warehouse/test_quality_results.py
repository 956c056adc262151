"""quality_results: a run's check outcomes stored and replaced; trailing daily article counts."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
import sqlalchemy as sa
from warehouse_cases import RUN_1, SEEN_1, SOURCE, WINDOW, make_article, make_profile, rows

from etl.warehouse.errors import RunNotFoundError
from etl.warehouse.load import load_batch
from etl.warehouse.quality_results import record_quality_results, trailing_daily_counts

ROW_CHECK = {
    "check_name": "title_not_empty",
    "level": "row",
    "verdict": None,
    "success": False,
    "observed": 2,
    "details": "2 of 40 rows have an empty title",
}
BATCH_CHECK = {
    "check_name": "volume_vs_trailing_median",
    "level": "batch",
    "verdict": "warn",
    "success": False,
    "observed": {"count": 12, "median": 40.0},
    "details": "warn: 12 articles against a trailing median of 40",
}
RESULT_COLUMNS = (
    "run_id",
    "source_code",
    "window_start",
    "check_name",
    "level",
    "success",
    "verdict",
    "observed",
    "details",
)


def record(engine: sa.Engine, results: list[dict[str, Any]]) -> int:
    return record_quality_results(engine, RUN_1, SOURCE, WINDOW.start, results)


def test_results_are_stored_with_their_run_and_window(started: sa.Engine) -> None:
    assert record(started, [ROW_CHECK, BATCH_CHECK]) == 2

    assert rows(started, "quality_results", *RESULT_COLUMNS) == [
        (RUN_1, SOURCE, datetime(2025, 4, 7, 15, 0, tzinfo=UTC), "title_not_empty", "row",
         False, None, 2, "2 of 40 rows have an empty title"),
        (RUN_1, SOURCE, datetime(2025, 4, 7, 15, 0, tzinfo=UTC), "volume_vs_trailing_median",
         "batch", False, "warn", {"count": 12, "median": 40.0},
         "warn: 12 articles against a trailing median of 40"),
    ]  # fmt: skip


def test_recording_a_run_again_replaces_its_results(started: sa.Engine) -> None:
    record(started, [ROW_CHECK, BATCH_CHECK])

    assert record(started, [BATCH_CHECK | {"verdict": "pass", "success": True}]) == 1

    assert rows(started, "quality_results", "check_name", "verdict", "success") == [
        ("volume_vs_trailing_median", "pass", True)
    ]


def test_results_can_join_the_callers_transaction(started: sa.Engine) -> None:
    with started.connect() as conn:
        record_quality_results(conn, RUN_1, SOURCE, WINDOW.start, [ROW_CHECK])
        conn.rollback()

    assert rows(started, "quality_results", "check_name") == []


def test_results_of_a_run_never_started_are_refused(engine: sa.Engine) -> None:
    with pytest.raises(RunNotFoundError, match="no quality results were recorded"):
        record(engine, [ROW_CHECK])


@pytest.mark.parametrize(
    ("result", "message"),
    [
        ({"level": "row", "success": True}, "missing check_name"),
        (ROW_CHECK | {"expected": 0}, "'title_not_empty': unknown expected"),
        (ROW_CHECK | {"level": "column"}, "level 'column' is not row or batch"),
        (BATCH_CHECK | {"verdict": "ok"}, "verdict 'ok' is not pass, warn or fail"),
        (BATCH_CHECK | {"observed": float("nan")}, "observed is not JSON"),
    ],
)
def test_a_malformed_result_is_refused_and_nothing_is_written(
    started: sa.Engine, result: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        record(started, [BATCH_CHECK, result])

    assert rows(started, "quality_results", "check_name") == []


def test_a_naive_window_start_is_refused(started: sa.Engine) -> None:
    with pytest.raises(ValueError, match="2025-04-08T00:00:00 is not timezone-aware"):
        record_quality_results(started, RUN_1, SOURCE, datetime(2025, 4, 8), [ROW_CHECK])


def publish(engine: sa.Engine, days: dict[date, int]) -> None:
    """Load ``count`` articles published at 09:00 KST (00:00 UTC) on each day of ``days``."""
    articles = []
    for day, count in days.items():
        for _ in range(count):
            moment = datetime(day.year, day.month, day.day, 0, 0, tzinfo=UTC)
            articles.append(make_article(len(articles) + 1, published_at=moment))
    load_batch(
        engine,
        run_id=RUN_1,
        source=make_profile(),
        articles=articles,
        quarantined=[],
        seen_at=SEEN_1,
    )


def test_trailing_counts_give_each_of_the_days_before_oldest_first(started: sa.Engine) -> None:
    publish(started, {date(2025, 4, 3): 2, date(2025, 4, 5): 1, date(2025, 4, 7): 3})

    counts = trailing_daily_counts(started, SOURCE, date(2025, 4, 8), days=5)

    assert counts == [2, 0, 1, 0, 3]  # 4/3, 4/4, 4/5, 4/6, 4/7


def test_trailing_counts_leave_out_the_day_itself_and_other_sources(started: sa.Engine) -> None:
    publish(started, {date(2025, 4, 7): 1, date(2025, 4, 8): 4})

    assert trailing_daily_counts(started, SOURCE, date(2025, 4, 8), days=2) == [0, 1]
    assert trailing_daily_counts(started, "other-daily", date(2025, 4, 8), days=2) == [0, 0]


def test_trailing_counts_cover_fourteen_days_by_default(engine: sa.Engine) -> None:
    assert trailing_daily_counts(engine, SOURCE, date(2025, 4, 8)) == [0] * 14


def test_trailing_counts_count_by_the_korean_day(started: sa.Engine) -> None:
    # 2025-04-06 15:30 UTC is 00:30 on the 7th in Korea.
    load_batch(
        started,
        run_id=RUN_1,
        source=make_profile(),
        articles=[make_article(1, published_at=datetime(2025, 4, 6, 15, 30, tzinfo=UTC))],
        quarantined=[],
        seen_at=SEEN_1,
    )

    assert trailing_daily_counts(started, SOURCE, date(2025, 4, 8), days=2) == [0, 1]
