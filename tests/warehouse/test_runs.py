"""The runs audit table: start, finish, read back."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from warehouse_cases import RUN_1, RUN_2, RUN_3, SOURCE, WINDOW

from etl.warehouse.errors import RunNotFoundError
from etl.warehouse.runs import finish_run, get_run, last_runs, start_run
from etl.window import Window

COUNTS = {"pages": 3, "items": 42, "inserted": 40, "quarantined": 2, "crawl": {"retries": 1}}


def test_a_started_run_is_running_over_its_window(engine: sa.Engine) -> None:
    before = datetime.now(UTC)
    start_run(engine, run_id=RUN_1, source=SOURCE, window=WINDOW)
    after = datetime.now(UTC)

    run = get_run(engine, RUN_1)
    assert run is not None
    assert before <= run.pop("started_at") <= after
    assert run == {
        "run_id": RUN_1,
        "source_code": SOURCE,
        "window_start": datetime(2025, 4, 7, 15, 0, tzinfo=UTC),
        "window_end": datetime(2025, 4, 8, 15, 0, tzinfo=UTC),
        "status": "running",
        "finished_at": None,
        "counts": {},
        "quality_verdict": None,
        "report_path": None,
        "error": None,
    }


def test_a_finished_run_keeps_its_outcome_and_counts(engine: sa.Engine) -> None:
    start_run(engine, run_id=RUN_1, source=SOURCE, window=WINDOW)

    finish_run(
        engine,
        RUN_1,
        status="success",
        counts=COUNTS,
        quality_verdict="warn",
        report_path="runs/r1/quality/index.html",
    )

    run = get_run(engine, RUN_1)
    assert run is not None
    assert run["finished_at"] >= run["started_at"]
    assert {k: run[k] for k in ("status", "counts", "quality_verdict", "report_path", "error")} == {
        "status": "success",
        "counts": COUNTS,
        "quality_verdict": "warn",
        "report_path": "runs/r1/quality/index.html",
        "error": None,
    }


def test_a_failed_run_keeps_its_error(engine: sa.Engine) -> None:
    start_run(engine, run_id=RUN_1, source=SOURCE, window=WINDOW)

    finish_run(engine, RUN_1, status="failed", counts={"pages": 0}, error="crawl: HTTP 503")

    run = get_run(engine, RUN_1)
    assert run is not None
    assert (run["status"], run["error"]) == ("failed", "crawl: HTTP 503")


def test_starting_a_run_again_resets_it_to_running(engine: sa.Engine) -> None:
    start_run(engine, run_id=RUN_1, source=SOURCE, window=WINDOW)
    finish_run(engine, RUN_1, status="failed", counts={"pages": 1}, error="boom")

    start_run(engine, run_id=RUN_1, source=SOURCE, window=WINDOW)

    run = get_run(engine, RUN_1)
    assert run is not None
    assert (run["status"], run["counts"], run["error"], run["finished_at"]) == (
        "running",
        {},
        None,
        None,
    )


def test_finishing_a_run_never_started_raises(engine: sa.Engine) -> None:
    with pytest.raises(RunNotFoundError, match=RUN_1):
        finish_run(engine, RUN_1, status="success", counts={})


def test_finishing_with_an_unknown_status_raises(engine: sa.Engine) -> None:
    start_run(engine, run_id=RUN_1, source=SOURCE, window=WINDOW)

    with pytest.raises(ValueError, match="'done' is not one of success, failed, quality_failed"):
        finish_run(engine, RUN_1, status="done", counts={})


def test_get_run_of_an_unknown_id_is_none(engine: sa.Engine) -> None:
    assert get_run(engine, "no-such-run") is None


def test_last_runs_lists_the_newest_first(engine: sa.Engine) -> None:
    for run_id in (RUN_1, RUN_2, RUN_3):
        start_run(engine, run_id=run_id, source=SOURCE, window=WINDOW)

    assert [run["run_id"] for run in last_runs(engine)] == [RUN_3, RUN_2, RUN_1]
    assert [run["run_id"] for run in last_runs(engine, limit=2)] == [RUN_3, RUN_2]


def test_last_runs_of_one_source(engine: sa.Engine) -> None:
    start_run(engine, run_id=RUN_1, source=SOURCE, window=WINDOW)
    start_run(engine, run_id="other_r1", source="other-daily", window=Window.parse("2025-04-09"))

    assert [run["run_id"] for run in last_runs(engine, source="other-daily")] == ["other_r1"]


def test_a_success_closes_earlier_runs_of_its_window_left_running(engine: sa.Engine) -> None:
    other_day = Window.parse("2025-04-09")
    start_run(engine, run_id=RUN_1, source=SOURCE, window=WINDOW)  # killed: never finished
    start_run(engine, run_id=RUN_3, source=SOURCE, window=other_day)  # another window
    start_run(engine, run_id=RUN_2, source=SOURCE, window=WINDOW)

    finish_run(engine, RUN_2, status="success", counts=COUNTS)

    abandoned = get_run(engine, RUN_1)
    assert abandoned is not None
    assert (abandoned["status"], abandoned["error"]) == (
        "failed",
        f"abandoned: ended without finishing; run {RUN_2} loaded the window since",
    )
    assert abandoned["finished_at"] is not None
    assert get_run(engine, RUN_3)["status"] == "running"  # type: ignore[index]


def test_a_failure_leaves_earlier_runs_as_they_are(engine: sa.Engine) -> None:
    start_run(engine, run_id=RUN_1, source=SOURCE, window=WINDOW)
    start_run(engine, run_id=RUN_2, source=SOURCE, window=WINDOW)

    finish_run(engine, RUN_2, status="failed", counts={}, error="crawl: HTTP 503")

    assert get_run(engine, RUN_1)["status"] == "running"  # type: ignore[index]


def test_an_abandoned_run_that_finishes_after_all_keeps_its_own_outcome(
    engine: sa.Engine,
) -> None:
    start_run(engine, run_id=RUN_1, source=SOURCE, window=WINDOW)
    start_run(engine, run_id=RUN_2, source=SOURCE, window=WINDOW)
    finish_run(engine, RUN_2, status="success", counts=COUNTS)

    finish_run(engine, RUN_1, status="success", counts=COUNTS)

    assert get_run(engine, RUN_1)["status"] == "success"  # type: ignore[index]
