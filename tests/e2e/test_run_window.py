"""End to end: crawl the demosite, clean, dedup, validate, load — on PostgreSQL and SQLite."""

from __future__ import annotations

from datetime import date

import pytest

from etl.config import get_settings
from etl.demo import compare_with_oracle
from etl.pipeline import run_window
from etl.sources import load_source
from etl.window import Window

DAY = date(2025, 4, 8)


@pytest.fixture(params=["postgresql", "sqlite"])
def warehouse_url(request, demosite_env, monkeypatch):
    """The same scenario against a fresh PostgreSQL database and a fresh SQLite file."""
    if request.param == "postgresql":
        url = request.getfixturevalue("pg_url")
    else:
        url = f"sqlite:///{demosite_env / 'warehouse.db'}"
    monkeypatch.setenv("NEWSFLOW_WAREHOUSE_URL", url)
    get_settings.cache_clear()
    return url


def test_run_window_loads_exactly_the_oracle_day(warehouse_url):
    from etl.warehouse.engine import make_engine

    summary = run_window("demo-daily", Window.day(DAY))
    diff = compare_with_oracle(make_engine(warehouse_url), load_source("demo-daily"), DAY)
    assert diff.ok, diff.describe()
    assert summary.counts["inserted"] == diff.expected
    assert summary.counts["quality_verdict"] == "pass"


def test_second_run_of_the_same_day_changes_nothing(warehouse_url):
    from etl.warehouse.engine import make_engine
    from etl.warehouse.load import table_checksum

    engine = make_engine(warehouse_url)
    first = run_window("demo-daily", Window.day(DAY))
    before = {t: table_checksum(engine, t) for t in ("articles", "article_sections")}
    second = run_window("demo-daily", Window.day(DAY))
    after = {t: table_checksum(engine, t) for t in ("articles", "article_sections")}
    assert first.counts["inserted"] > 0
    assert (second.counts["inserted"], second.counts["updated"]) == (0, 0)
    assert second.counts["unchanged"] == first.counts["inserted"]
    assert after == before


def test_run_rows_record_every_stage_count(warehouse_url):
    from etl.warehouse.engine import make_engine
    from etl.warehouse.runs import get_run

    summary = run_window("demo-daily", Window.day(DAY))
    row = get_run(make_engine(warehouse_url), summary.run_id)
    assert row["status"] == "success"
    assert row["quality_verdict"] == "pass"
    for key in ("pages", "items", "cleaned", "dedup_exact_merged", "valid", "inserted"):
        assert key in row["counts"], key
