"""``python -m demosite`` / ``newsflow demosite``: serve and oracle from a shell."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from sitepages import fetch_page
from typer.testing import CliRunner

from demosite.cli import app
from demosite.oracle import published

REPO = Path(__file__).resolve().parents[2]
runner = CliRunner()


def test_oracle_json_is_the_list_of_to_dict_objects() -> None:
    result = runner.invoke(
        app, ["oracle", "--source", "demo-daily", "--date", "2025-04-08", "--json"]
    )
    assert result.exit_code == 0
    assert json.loads(result.stdout) == [
        a.to_dict() for a in published("demo-daily", date(2025, 4, 8))
    ]


def test_oracle_table_names_the_day_and_its_count() -> None:
    result = runner.invoke(app, ["oracle", "--source", "demo-daily", "--date", "2025-04-08"])
    assert result.exit_code == 0
    assert "demo-daily 2025-04-08: 45 articles" in result.stdout


def test_oracle_refuses_an_unknown_source() -> None:
    result = runner.invoke(app, ["oracle", "--source", "nope", "--date", "2025-04-08"])
    assert result.exit_code == 2


def test_serve_refuses_a_malformed_clock() -> None:
    result = runner.invoke(app, ["serve", "--now", "yesterday"])
    assert result.exit_code == 2


def test_serve_prints_the_urls_and_the_export_line_then_serves() -> None:
    command = [sys.executable, "-m", "demosite", "serve", "--now", "2025-04-10T09:00:00+09:00"]
    with subprocess.Popen(
        command, cwd=REPO, env=os.environ.copy(), stdout=subprocess.PIPE, text=True
    ) as proc:
        try:
            assert proc.stdout is not None
            first, second = proc.stdout.readline(), proc.stdout.readline()
            name, url = first.split()
            robots = fetch_page(f"{url}/robots.txt")
        finally:
            proc.terminate()
    assert (name, url.startswith("http://127.0.0.1:")) == ("demo-daily", True)
    assert second == f"export NEWSFLOW_DEMOSITE_URLS='{json.dumps({'demo-daily': url})}'\n"
    assert robots.status == 200
