"""``newsflow backfill``: KST days from..to inclusive, resumable, --force, failures exit 1."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
import sqlalchemy as sa
from ops_helpers import newsflow, seed_run

from etl.backfill import backfill, plan_backfill, warehouse_engine
from etl.config import get_settings
from etl.errors import NewsflowError
from etl.progress import LinesView
from etl.warehouse.schema import runs
from etl.window import KST

RANGE = ("--from", "2025-04-08", "--to", "2025-04-09", "--sources", "demo-daily")
NOT_RUNNING = (
    "source demo-daily: demosite outlet 'demo-daily' is not running "
    "(NEWSFLOW_DEMOSITE_URLS has no entry for it)"
)


def _run_rows() -> list[tuple[str, str]]:
    with warehouse_engine().connect() as conn:
        rows = conn.execute(sa.select(runs.c.window_start, runs.c.status).order_by("started_at"))
        return [(start.astimezone(KST).date().isoformat(), status) for start, status in rows]


def test_plan_has_one_window_per_kst_day_both_ends_included(warehouse):
    plan = plan_backfill(["demo-daily"], date(2025, 4, 7), date(2025, 4, 9))
    assert [(source, w.key) for source, w in plan.jobs] == [
        ("demo-daily", "2025-04-07"),
        ("demo-daily", "2025-04-08"),
        ("demo-daily", "2025-04-09"),
    ]
    assert [w.start.isoformat() for _, w in plan.jobs][0] == "2025-04-07T00:00:00+09:00"


def test_plan_skips_only_windows_a_successful_run_loaded(warehouse):
    seed_run(warehouse, date(2025, 4, 7), articles=3, status="failed", verdict=None, error="x")
    seed_run(warehouse, date(2025, 4, 8), articles=3)
    plan = plan_backfill(["demo-daily"], date(2025, 4, 7), date(2025, 4, 9))
    assert [w.key for _, w in plan.jobs] == ["2025-04-07", "2025-04-09"]
    assert [(s, w.key, run_id) for s, w, run_id in plan.skipped] == [
        ("demo-daily", "2025-04-08", "demo-daily_2025-04-08_seed")
    ]


def test_plan_with_force_runs_loaded_windows_too(warehouse):
    seed_run(warehouse, date(2025, 4, 8), articles=3)
    plan = plan_backfill(["demo-daily"], date(2025, 4, 8), date(2025, 4, 8), force=True)
    assert ([w.key for _, w in plan.jobs], plan.skipped) == (["2025-04-08"], [])


def test_plan_refuses_a_kst_day_that_is_not_over():
    with pytest.raises(NewsflowError) as err:
        plan_backfill(
            ["demo-daily"],
            date(2025, 4, 9),
            date(2025, 4, 10),
            now=datetime(2025, 4, 10, 9, 0, tzinfo=KST),
        )
    assert (
        str(err.value)
        == "--to 2025-04-10: that KST day is not over yet (today in KST is 2025-04-10)"
    )


def test_plan_refuses_a_range_that_ends_before_it_starts():
    with pytest.raises(NewsflowError) as err:
        plan_backfill(["demo-daily"], date(2025, 4, 9), date(2025, 4, 8))
    assert str(err.value) == "--to 2025-04-08 is before --from 2025-04-09"


def test_second_backfill_skips_the_windows_the_first_loaded(demo_sqlite):
    first = newsflow("backfill", *RANGE, "--workers", "2")
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines()[0] == (
        "backfill 2025-04-08 to 2025-04-09 (KST, inclusive), 1 source(s): "
        "2 window(s) to run, 0 already loaded"
    )
    second = newsflow("backfill", *RANGE)
    assert second.returncode == 0, second.stderr
    assert second.stdout.splitlines()[0] == (
        "backfill 2025-04-08 to 2025-04-09 (KST, inclusive), 1 source(s): "
        "0 window(s) to run, 2 already loaded"
    )
    skipped = [line.split(" ", 1)[1] for line in second.stderr.splitlines()]
    assert [line.split(" by run ")[0] for line in skipped] == [
        "demo-daily 2025-04-08 skipped: already loaded",
        "demo-daily 2025-04-09 skipped: already loaded",
    ]
    # Two workers: either window may start first.
    assert sorted(_run_rows()) == [("2025-04-08", "success"), ("2025-04-09", "success")]


def test_force_runs_the_loaded_windows_again_and_changes_nothing(demo_sqlite):
    plan = plan_backfill(["demo-daily"], date(2025, 4, 8), date(2025, 4, 9))
    first, _ = backfill(plan, LinesView(2))
    again, _ = backfill(
        plan_backfill(["demo-daily"], date(2025, 4, 8), date(2025, 4, 9), force=True),
        LinesView(2),
    )
    assert [o.status for o in again] == ["success", "success"]
    assert [o.counts["inserted"] for o in again] == [0, 0]
    assert [o.counts["unchanged"] for o in again] == [o.counts["inserted"] for o in first]
    assert len(_run_rows()) == 4


def test_failed_windows_exit_1_with_one_line_each(settings_env):
    done = newsflow("backfill", *RANGE, NEWSFLOW_DEMOSITE_URLS="{}")
    assert done.returncode == 1
    assert done.stderr.splitlines()[-4:] == [
        f"failed: demo-daily 2025-04-08: failed: {NOT_RUNNING}",
        f"failed: demo-daily 2025-04-09: failed: {NOT_RUNNING}",
        "error: 2 of 2 windows failed",
        "hint: fix the cause and run the same command again: loaded windows are skipped",
    ]
    assert "Traceback" not in done.stderr


def test_failed_windows_are_run_again_by_the_next_backfill(demo_sqlite, demosite, monkeypatch):
    monkeypatch.setenv("NEWSFLOW_DEMOSITE_URLS", "{}")
    get_settings.cache_clear()
    failed, _ = backfill(
        plan_backfill(["demo-daily"], date(2025, 4, 8), date(2025, 4, 8)), LinesView(1)
    )
    monkeypatch.setenv("NEWSFLOW_DEMOSITE_URLS", json.dumps(demosite.urls))
    get_settings.cache_clear()
    plan = plan_backfill(["demo-daily"], date(2025, 4, 8), date(2025, 4, 8))
    resumed, _ = backfill(plan, LinesView(1))
    assert [o.status for o in failed] == ["failed"]
    assert ([w.key for _, w in plan.jobs], [o.status for o in resumed]) == (
        ["2025-04-08"],
        ["success"],
    )
