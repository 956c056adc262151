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
from demosite.outlets import OUTLETS

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
            lines = [proc.stdout.readline() for _ in OUTLETS]
            export = proc.stdout.readline()
            urls = dict(line.split() for line in lines)
            robots = fetch_page(f"{urls['demo-daily']}/robots.txt")
        finally:
            proc.terminate()
    assert list(urls) == list(OUTLETS)
    assert all(url.startswith("http://127.0.0.1:") for url in urls.values())
    assert export == f"export NEWSFLOW_DEMOSITE_URLS='{json.dumps(urls, sort_keys=True)}'\n"
    assert robots.status == 200


def test_serve_with_a_fault_option_injects_it() -> None:
    command = [
        *(sys.executable, "-m", "demosite", "serve", "--outlet", "demo-biz"),
        *("--fault", "error:status=503,paths=/list.html*"),
    ]
    with subprocess.Popen(
        command, cwd=REPO, env=os.environ.copy(), stdout=subprocess.PIPE, text=True
    ) as proc:
        try:
            assert proc.stdout is not None
            url = proc.stdout.readline().split()[1]
            listing, robots = fetch_page(f"{url}/list.html"), fetch_page(f"{url}/robots.txt")
        finally:
            proc.terminate()
    assert (listing.status, robots.status) == (503, 200)


def test_serve_refuses_a_malformed_fault() -> None:
    result = runner.invoke(app, ["serve", "--fault", "flood:rate=2"])
    assert result.exit_code == 2
    assert "unknown fault 'flood'" in result.output


def test_serve_refuses_a_volume_scale_out_of_range() -> None:
    result = runner.invoke(app, ["serve", "--volume-scale", "demo-wire=500"])
    assert result.exit_code == 2


def test_oracle_with_a_volume_scale_lists_the_busier_day() -> None:
    args = ["oracle", "--source", "demo-wire", "--date", "2025-04-08", "--json"]
    result = runner.invoke(app, [*args, "--volume-scale", "demo-wire=12"])
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)) == len(
        published("demo-wire", date(2025, 4, 8), {"demo-wire": 12})
    )
