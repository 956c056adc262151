"""``newsflow status``: last run per source, failed windows, drift alarms; table and JSON."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from ops_helpers import newsflow, seed_run, squeeze

from etl.status import age_text, collect_status
from etl.window import KST

NOW = datetime(2025, 4, 10, 4, 0, tzinfo=KST)
WEEK = [date(2025, 4, 1) + timedelta(days=n) for n in range(7)]
BOOM = "crawl of demo-daily 2025-04-09 failed (exit 1): boom"


def _healthy(engine) -> None:
    for day in [*WEEK, date(2025, 4, 8)]:
        seed_run(engine, day, articles=40)


def _broken(engine) -> None:
    for day in WEEK:
        seed_run(engine, day, articles=40)
    seed_run(engine, date(2025, 4, 8), articles=12, verdict="warn")
    seed_run(engine, date(2025, 4, 9), articles=0, status="failed", verdict=None, error=BOOM)


def test_healthy_status_has_the_last_run_and_nothing_to_worry_about(warehouse):
    _healthy(warehouse)
    report = collect_status(warehouse, now=NOW)
    [source] = report.sources
    assert (source.source, source.window, source.status, source.verdict) == (
        "demo-daily",
        "2025-04-08",
        "success",
        "pass",
    )
    assert (source.items, source.inserted, source.quarantined) == (40, 40, 0)
    assert age_text(source.age_seconds) == "1d 02h"  # finished 04-09 01:10 KST, now 04-10 04:00
    assert (report.failures, report.alarms) == ([], [])


def test_a_failed_window_is_listed_until_a_later_run_loads_it(warehouse):
    _broken(warehouse)
    report = collect_status(warehouse, now=NOW)
    assert [(f.window, f.status, f.error) for f in report.failures] == [
        ("2025-04-09", "failed", BOOM)
    ]
    assert report.sources[0].status == "failed"


def test_volume_far_below_the_trailing_median_raises_a_drift_alarm(warehouse):
    _broken(warehouse)
    alarms = collect_status(warehouse, now=NOW).alarms
    assert [(a.window, a.kind, a.message) for a in alarms] == [
        ("2025-04-08", "drift", "12 articles, low against the trailing median 40 of 7 days")
    ]


def test_a_quality_warning_on_the_last_run_is_an_alarm(warehouse):
    for day in WEEK:
        seed_run(warehouse, day, articles=40)
    seed_run(warehouse, date(2025, 4, 8), articles=40, verdict="warn")
    alarms = collect_status(warehouse, now=NOW).alarms
    assert [(a.window, a.kind, a.message) for a in alarms] == [
        ("2025-04-08", "quality", "verdict warn, 0 quarantined")
    ]


def test_a_run_left_running_for_hours_is_reported_stuck(warehouse):
    seed_run(warehouse, date(2025, 4, 9), articles=0, status="running", verdict=None)
    seven_hours_later = datetime(2025, 4, 10, 8, 0, tzinfo=KST)  # started 04-10 01:00 KST
    [alarm] = collect_status(warehouse, now=seven_hours_later).alarms
    assert (alarm.kind, alarm.window, alarm.message) == (
        "stuck",
        "2025-04-09",
        "run demo-daily_2025-04-09_seed running for 7h 00m; its process probably died: "
        "re-run the window",
    )


def test_a_source_that_never_ran_says_so(warehouse):
    [source] = collect_status(warehouse, now=NOW).sources
    assert (source.source, source.status, source.window, source.age_seconds) == (
        "demo-daily",
        "never run",
        None,
        None,
    )


def test_status_table_of_a_healthy_warehouse(warehouse):
    _healthy(warehouse)
    done = newsflow("status")
    assert done.returncode == 0, done.stderr
    lines = squeeze(done.stdout)
    row = next(line for line in lines if line.startswith("│ demo-daily"))
    assert row.startswith("│ demo-daily │ 2025-04-08 │ success │ pass │ 40 │ 40 │ 0 │")
    assert lines[-2:] == ["failed windows: none", "alarms: none"]


def test_status_table_of_a_broken_warehouse_lists_failures_and_alarms(warehouse):
    _broken(warehouse)
    done = newsflow("status")
    assert done.returncode == 0, done.stderr
    assert squeeze(done.stdout)[-4:] == [
        "failed windows (1):",
        f"demo-daily 2025-04-09 failed: {BOOM} (run demo-daily_2025-04-09_seed)",
        "alarms (1):",
        "demo-daily 2025-04-08 drift: 12 articles, low against the trailing median 40 of 7 days",
    ]


def test_status_json_for_scripts(warehouse):
    _broken(warehouse)
    done = newsflow("status", "--json")
    data = json.loads(done.stdout)
    assert sorted(data) == ["alarms", "failures", "generated_at", "sources", "warehouse"]
    assert data["sources"][0] | {"age_seconds": None} == {
        "source": "demo-daily",
        "run_id": "demo-daily_2025-04-09_seed",
        "window": "2025-04-09",
        "status": "failed",
        "verdict": None,
        "items": 0,
        "inserted": 0,
        "quarantined": 0,
        "started_at": "2025-04-09T16:00:00+00:00",
        "age_seconds": None,
        "report_path": None,
    }
    assert data["failures"] == [
        {
            "source": "demo-daily",
            "window": "2025-04-09",
            "status": "failed",
            "run_id": "demo-daily_2025-04-09_seed",
            "error": BOOM,
        }
    ]
    assert [a["kind"] for a in data["alarms"]] == ["drift"]


def test_status_without_a_warehouse_is_one_line_and_a_hint(settings_env):
    done = newsflow("status")
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"error: no warehouse at {settings_env / 'warehouse.db'}",
        "hint: create it with `newsflow db upgrade` (or load the demo: `newsflow demo`)",
    ]


def test_status_of_an_unreachable_warehouse_is_one_line_and_a_hint(settings_env):
    url = "postgresql+psycopg2://postgres@127.0.0.1:1/nowhere"
    done = newsflow("status", NEWSFLOW_WAREHOUSE_URL=url)
    assert done.returncode == 1
    first, hint = done.stderr.splitlines()
    assert first.startswith(f"error: warehouse {url} is unreachable: ")
    assert hint == (
        "hint: check that the database is up and NEWSFLOW_WAREHOUSE_URL; `newsflow doctor`"
    )
