"""``newsflow demo``: the whole pipeline against the bundled demo network, on the default warehouse.

Starts the demosite on free loopback ports with the real clock, loads the last complete KST
days of every demo source, then checks the warehouse against the site's oracle and says so.
Running it again inserts nothing: the windows are complete days and the load is idempotent.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from rich.console import Console

from etl.config import dump_demosite_urls, get_settings
from etl.sources import SourceProfile, list_sources
from etl.window import KST, Window


@dataclass(frozen=True)
class OracleDiff:
    """How the warehouse's articles of one (source, KST day) compare with the demosite oracle."""

    source: str
    day: date
    expected: int
    missing: int
    extra: int
    different: int

    @property
    def ok(self) -> bool:
        return not (self.missing or self.extra or self.different)

    def describe(self) -> str:
        if self.ok:
            return f"{self.source} {self.day}: {self.expected} articles, exactly as the oracle says"
        return (
            f"{self.source} {self.day}: MISMATCH with the oracle — expected {self.expected}, "
            f"missing {self.missing}, extra {self.extra}, different {self.different}"
        )


def compare_with_oracle(engine: sa.Engine, profile: SourceProfile, day: date) -> OracleDiff:
    """Compare URL, title and published_at of the warehouse rows with what the site published.

    The CLI's demo is the one place outside tests that asks the demosite's oracle: it is how
    ``newsflow demo`` proves what it loaded.
    """
    from demosite.oracle import published
    from etl.warehouse.schema import articles

    outlet = profile.base_url.removeprefix("demosite://").strip("/")
    expected = {
        a["url"]: (a["title"], a["published_at"])
        for a in (o.to_dict() for o in published(outlet, day))
    }
    query = sa.select(articles.c.url, articles.c.title, articles.c.published_at).where(
        articles.c.source_code == profile.code, articles.c.published_date_kst == day
    )
    with engine.connect() as conn:
        actual = {
            url: (title, _utc_z(published_at)) for url, title, published_at in conn.execute(query)
        }
    missing = len(expected.keys() - actual.keys())
    extra = len(actual.keys() - expected.keys())
    different = sum(1 for url in expected.keys() & actual.keys() if expected[url] != actual[url])
    return OracleDiff(profile.code, day, len(expected), missing, extra, different)


def _utc_z(moment: datetime) -> str:
    if moment.tzinfo is None:  # SQLite hands back naive datetimes; they are stored in UTC
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


RunWindows = Callable[[list[tuple[str, Window]]], list[dict[str, Any]]]


def run_sequentially(jobs: list[tuple[str, Window]]) -> list[dict[str, Any]]:
    """Run each (source, window) with ``run_window``, in order; one table row each."""
    from etl.pipeline import run_window

    return [run_window(source, window).table_row() for source, window in jobs]


def run_demo(
    days: int,
    *,
    console: Console,
    print_runs: Callable[[list[dict[str, Any]], str], None],
    run_windows: RunWindows = run_sequentially,
) -> None:
    """Load the last ``days`` complete KST days of every demo source, then check the oracle.

    ``run_windows`` runs the (source, window) jobs and returns a table row per job (the CLI
    passes one that shows progress and writes reports). Exits 1 on an oracle mismatch.
    """
    from demosite.server import serve_background
    from etl.warehouse.engine import make_engine, upgrade

    demo_sources = [p for p in list_sources() if p.is_demosite]
    today = datetime.now(KST).date()
    windows = [Window.day(today - timedelta(days=n)) for n in range(days, 0, -1)]
    with serve_background() as site:
        os.environ["NEWSFLOW_DEMOSITE_URLS"] = dump_demosite_urls(site.urls)
        # Our own server on loopback: politeness delays would only slow the demo down.
        os.environ.setdefault("NEWSFLOW_CRAWL_FAST", "1")
        get_settings.cache_clear()
        settings = get_settings()
        engine = make_engine()
        upgrade(engine)
        console.print(
            f"demosite serving {len(site.urls)} outlet(s): "
            + ", ".join(f"{name} {url}" for name, url in sorted(site.urls.items()))
        )
        rows = run_windows([(p.code, window) for window in windows for p in demo_sources])
        print_runs(rows, f"newsflow demo: last {days} KST days")
        mismatches = 0
        for window in windows:
            for profile in demo_sources:
                diff = compare_with_oracle(engine, profile, window.start.date())
                mismatches += diff.missing + diff.extra + diff.different
                console.print(diff.describe())
    url = settings.warehouse_url
    console.print(f"warehouse: {url}")
    console.print(
        f"run folders, quality reports and Data Docs: {settings.data_dir.resolve()}/runs/"
    )
    if mismatches:
        raise SystemExit(1)
