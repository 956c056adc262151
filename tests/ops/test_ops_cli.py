"""The operator commands on the command line: help texts and one-line errors."""

from __future__ import annotations

from ops_helpers import newsflow


def test_help_lists_the_operator_commands():
    done = newsflow("--help")
    assert done.returncode == 0
    for command in ("run", "backfill", "status", "doctor", "demo"):
        assert f"│ {command} " in done.stdout, command


def test_backfill_help_says_the_last_day_is_included():
    done = newsflow("backfill", "--help")
    assert done.returncode == 0
    assert "this day is included" in " ".join(done.stdout.split())


def test_bad_backfill_date_is_one_line_with_a_hint(settings_env):
    done = newsflow("backfill", "--from", "2025-04-31", "--to", "2025-05-01")
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "error: --from '2025-04-31': day is out of range for month",
        "hint: use YYYY-MM-DD, e.g. 2025-04-08",
    ]


def test_run_prints_where_its_report_is(demosite_env):
    done = newsflow("run", "--source", "demo-daily", "--date", "2025-04-08")
    assert done.returncode == 0, done.stderr
    [report] = [line for line in done.stdout.splitlines() if line.startswith("report: ")]
    run_folder = next(
        line.removeprefix("run folder: ")
        for line in done.stdout.splitlines()
        if line.startswith("run folder: ")
    )
    assert report == f"report: {run_folder}/report.html"
    assert "demo-daily 2025-04-08 crawl: " in done.stderr
