"""The command line: errors are one line plus a hint, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def newsflow(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSFLOW_")}
    full_env |= {"NEWSFLOW_SOURCES_DIR": str(REPO / "sources"), "COLUMNS": "200"} | env
    return subprocess.run(
        [sys.executable, "-m", "etl.cli", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=REPO,
        timeout=120,
    )


def test_help_lists_the_commands():
    done = newsflow("--help")
    assert done.returncode == 0
    for command in ("run", "demo", "db", "demosite"):
        assert command in done.stdout


def test_bad_date_is_one_line_with_a_hint():
    done = newsflow("run", "--source", "demo-daily", "--date", "2025-13-01")
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "error: --date '2025-13-01': month must be in 1..12",
        "hint: use YYYY-MM-DD, e.g. 2025-04-08",
    ]


@pytest.mark.parametrize(
    ("args", "option", "day"),
    [
        (("run", "--source", "demo-daily", "--date", "9999-12-31"), "--date", "9999-12-31"),
        (("run", "--source", "demo-daily", "--date", "0001-01-01"), "--date", "0001-01-01"),
        (("backfill", "--from", "9999-12-30", "--to", "9999-12-31"), "--from", "9999-12-30"),
    ],
)
def test_a_day_at_the_ends_of_the_calendar_is_refused_before_any_run(tmp_path, args, option, day):
    done = newsflow(*args, NEWSFLOW_WAREHOUSE_URL=f"sqlite:///{tmp_path / 'w.db'}")
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"error: {option} '{day}': outside the years 1000-8999",
        "hint: use a KST day the sources published on, e.g. 2025-04-08",
    ]
    assert not (tmp_path / "w.db").exists()  # refused before the warehouse is touched


def test_unknown_source_names_the_known_ones(tmp_path):
    done = newsflow(
        "run", "--source", "nope", "--date", "2025-04-08",
        NEWSFLOW_WAREHOUSE_URL=f"sqlite:///{tmp_path / 'w.db'}",
        NEWSFLOW_DATA_DIR=str(tmp_path),
    )  # fmt: skip
    assert done.returncode == 1
    assert (
        done.stderr.splitlines()[0]
        == f"error: {REPO / 'sources' / 'nope.toml'}: no such source profile"
    )
    known = sorted(p.stem for p in (REPO / "sources").glob("*.toml"))
    assert done.stderr.splitlines()[1] == "hint: known sources: " + ", ".join(known)


def test_bad_warehouse_url_names_the_setting():
    done = newsflow("db", "upgrade", NEWSFLOW_WAREHOUSE_URL="mysql://x/y")
    assert done.returncode == 1
    assert done.stderr.splitlines()[0] == (
        "error: NEWSFLOW_WAREHOUSE_URL: Value error, must start with sqlite:/// or "
        "postgresql+psycopg2://"
    )
    assert "Traceback" not in done.stderr


def test_quality_show_of_an_unknown_run_is_one_line(tmp_path):
    url = f"sqlite:///{tmp_path / 'w.db'}"
    assert newsflow("db", "upgrade", NEWSFLOW_WAREHOUSE_URL=url).returncode == 0
    done = newsflow("quality", "show", "nope", NEWSFLOW_WAREHOUSE_URL=url)
    assert done.returncode == 1
    assert done.stderr.splitlines()[0] == "error: run nope is not in the warehouse"
