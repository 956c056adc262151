"""Re-parsing a run from its archived responses (``etl.reparse``, ``newsflow reparse``)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
import typer
from crawl_judge import oracle, public_url
from crawlkit import crawl_environment
from typer.testing import CliRunner

from etl.crawl import CrawlResult, crawl
from etl.records import read_raw_items
from etl.reparse import CRAWLED_ITEMS, ReparseError, reparse, reparse_command
from etl.sources import SourceProfile, load_source
from etl.window import Window

# demo-biz 30 days back: seek probes, a listing page fetched twice (probed, then walked) and
# article times that need the byline - the replay must walk it all the same way.
DAY = date(2025, 3, 10)
RUN = "demo-biz_2025-03-10_20250411T000000000000Z"


@dataclass(frozen=True)
class Run:
    home: Path
    raw: Path
    crawled: CrawlResult


def _without_leads(profile: SourceProfile) -> SourceProfile:
    """The profile with its lead selector lost (the bug a re-parse fixes)."""
    assert profile.listing.items is not None
    items = profile.listing.items.model_copy(update={"lead": "dd.summary"})
    return profile.model_copy(
        update={"listing": profile.listing.model_copy(update={"items": items})}
    )


@pytest.fixture(scope="module")
def run(demosite, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    """A run folder holding a crawl of demo-biz, in a private data folder (once per module;
    the tests only read it)."""
    home = tmp_path_factory.mktemp("reparse")
    with crawl_environment(demosite.urls, home):
        raw = home / "data" / "runs" / RUN / "raw"
        crawled = crawl("demo-biz", Window.day(DAY), out_dir=raw, timeout=120)
        yield Run(home, raw, crawled)


def test_reparse_rebuilds_the_batch_byte_for_byte_without_the_network(run: Run) -> None:
    result = reparse(RUN, timeout=120)
    stats = result.batch.stats
    assert result.batch.items_path == run.raw / "reparse" / "items.jsonl"
    assert result.batch.items_path.read_bytes() == run.crawled.items_path.read_bytes()
    assert (result.identical, result.changed, result.added, result.removed) == (True, 0, 0, 0)
    assert (stats["requests"], stats["replayed_responses"]) == (0, run.crawled.stats["responses"])
    assert (stats["pages"], stats["seek_pages"]) == (
        run.crawled.stats["pages"],
        run.crawled.stats["seek_pages"],
    )


def test_reparse_applies_a_fixed_profile_to_a_run_crawled_with_a_broken_one(
    demosite, tmp_path: Path
) -> None:
    with crawl_environment(demosite.urls, tmp_path):
        raw = tmp_path / "data" / "runs" / RUN / "raw"
        broken = _without_leads(load_source("demo-biz"))
        crawled = crawl(broken, Window.day(DAY), out_dir=raw, timeout=120)
        original = crawled.items_path.read_bytes()
        result = reparse(RUN, apply=True, timeout=120)
        again = reparse(RUN, apply=True, timeout=120)
        profile = load_source("demo-biz")
    leads = {a.url: a.lead for a in oracle("demo-biz", DAY)}
    items = read_raw_items(raw / "items.jsonl")
    assert (result.changed, result.added, result.removed, result.applied) == (
        len(items),
        0,
        0,
        True,
    )
    assert {public_url(profile, i): i.summary for i in items} == leads
    assert (raw / CRAWLED_ITEMS).read_bytes() == original
    assert (again.identical, again.applied) == (True, False)


def test_reparse_command_prints_one_line(run: Run) -> None:
    app = typer.Typer()
    app.command()(reparse_command)
    done = CliRunner().invoke(app, ["--run", RUN, "--check"])
    responses = run.crawled.stats["responses"]
    assert (done.exit_code, done.output) == (
        0,
        f"re-parsed run {RUN}: {run.crawled.items} items from {responses} archived responses, "
        "identical to raw/items.jsonl\n",
    )


def test_reparse_of_a_run_without_a_folder_says_so(settings_env: Path) -> None:
    with pytest.raises(ReparseError, match=r"run nowhere: no raw batch folder .*/runs/nowhere/raw"):
        reparse("nowhere")


def test_reparse_of_a_run_without_an_archive_says_so(run: Run) -> None:
    unarchived = run.raw.parent.with_name("unarchived") / "raw"
    shutil.copytree(run.raw, unarchived, ignore=shutil.ignore_patterns("*.warc.gz"))
    with pytest.raises(ReparseError, match="run unarchived: responses.warc.gz is missing from"):
        reparse("unarchived")
