"""The crawl of demo-daily over loopback, judged against the demosite's oracle.

Each test runs for 2025-04-08 and 2025-04-09 (the ``daily`` fixture), both complete days
before the demosite clock.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from testkit import DEMO_NOW
from w3lib.url import url_query_cleaner
from warcio.archiveiterator import ArchiveIterator

from demosite.oracle import published
from etl.crawl import crawl_env
from etl.records import read_raw_items
from etl.timeparse import parse_timestamp
from etl.window import KST
from spiders.extract.article import extract_article

if TYPE_CHECKING:
    from crawlkit import DailyCrawl

PUBLIC_ORIGIN = "https://daily.demo.newsflow.test"


def public(url: str, live_base: str) -> str:
    """A crawled URL as the oracle spells it: tracking parameters dropped, public origin."""
    return url_query_cleaner(url, ["idxno"]).replace(live_base, PUBLIC_ORIGIN)


def test_crawl_emits_as_many_items_as_the_oracle_published(daily: DailyCrawl) -> None:
    assert (daily.result.items, len(daily.items)) == (len(daily.oracle), len(daily.oracle))


def test_item_urls_are_the_oracles_in_listing_order(daily: DailyCrawl, demosite) -> None:
    live = demosite.urls["demo-daily"]
    assert [public(i.url, live) for i in daily.items] == [a.url for a in daily.oracle]


def test_item_titles_are_the_oracles_with_entities_decoded(daily: DailyCrawl) -> None:
    assert [i.title for i in daily.items] == [a.title for a in daily.oracle]


def test_item_leads_sections_and_times_are_the_oracles(daily: DailyCrawl) -> None:
    crawled = [
        (i.summary, i.section_raw, parse_timestamp(i.published_raw, KST)) for i in daily.items
    ]
    expected = [(a.lead, a.section_labels[0], a.published_at) for a in daily.oracle]
    assert crawled == expected


def test_tracking_parameters_stay_on_the_raw_urls(daily: DailyCrawl, demosite) -> None:
    live = demosite.urls["demo-daily"]
    tracked = {a.url for a in daily.oracle if "tracking_link" in a.flags}
    raw_tracked = {public(i.url, live) for i in daily.items if "utm_source=" in i.url}
    assert tracked  # the demosite tracks some links every day
    assert raw_tracked == tracked


def test_article_pages_fill_body_and_author(daily: DailyCrawl) -> None:
    crawled = [
        (i.article.body.split("\n") if i.article.body else None, i.article.author)
        if i.article
        else None
        for i in daily.items
    ]
    assert crawled == [(a.body.split("\n\n"), a.author) for a in daily.oracle]


def test_article_pages_fill_published_modified_section_and_canonical(daily: DailyCrawl) -> None:
    crawled = [
        (
            parse_timestamp(i.article.published_raw, KST),
            parse_timestamp(i.article.modified_raw, KST),
            i.article.section_raw,
            i.article.canonical_url,
        )
        if i.article
        else None
        for i in daily.items
    ]
    # An article never updated shows its publication time as article:modified_time.
    expected = [
        (a.published_at, a.modified_at or a.published_at, a.section_labels[0], a.url)
        for a in daily.oracle
    ]
    assert crawled == expected


def test_items_record_fetch_time_in_utc_and_the_extractor(daily: DailyCrawl) -> None:
    assert {i.fetched_at[-6:] for i in daily.items} == {"+00:00"}
    assert {(i.source, i.extractor, i.extractor_version) for i in daily.items} == {
        ("demo-daily", "selectors", "1")
    }
    assert (daily.result.stats["extraction_fallback"], daily.result.stats["drift_alarm"]) == (
        0,
        False,
    )


def test_items_record_their_listing_page_and_position(daily: DailyCrawl, demosite) -> None:
    live = demosite.urls["demo-daily"]
    assert all(i.listing_url == f"{live}/news/latest?page={i.page}" for i in daily.items)
    slots = [(i.page, i.position) for i in daily.items]
    assert slots == sorted(set(slots))
    assert all(1 <= position <= 20 for _, position in slots)


# Pages fetched only to find where the day starts (spiders.seek): for 2025-04-08 pages 1, 2
# and 4 are probed, then page 3, which is where the day starts and is walked as it is.
SEEK_PAGES = {date(2025, 4, 8): 3, date(2025, 4, 9): 0}


def test_walk_starts_on_the_page_reaching_the_day_and_reads_one_page_past_it(
    daily: DailyCrawl,
) -> None:
    newer = [
        a
        for later in (date(2025, 4, 9), date(2025, 4, 10))
        if later > daily.day
        for a in published("demo-daily", later)
        if a.published_at <= DEMO_NOW
    ]
    # 20 items a page: the day's first item is on first_page, its last on last_page.
    first_page = len(newer) // 20 + 1
    last_page = (len(newer) + len(daily.oracle) - 1) // 20 + 1
    stats = daily.result.stats
    assert (stats["walk_mode"], stats["seek_pages"], stats["walk_pages"]) == (
        "pages",
        SEEK_PAGES[daily.day],
        last_page - first_page + 2,
    )
    assert (daily.result.pages, stats["items_newer"], stats["stop_reason"]) == (
        SEEK_PAGES[daily.day] + last_page - first_page + 2,
        len(newer) - (first_page - 1) * 20,
        "older_than_window",
    )


def test_stats_file_beside_the_items_holds_the_returned_stats(daily: DailyCrawl) -> None:
    result = daily.result
    on_disk = json.loads(result.stats_path.read_text(encoding="utf-8"))
    assert result.stats_path == result.items_path.with_name("stats.json")
    assert on_disk == result.stats
    counts = (on_disk["finish_reason"], on_disk["items_emitted"], on_disk["articles_fetched"])
    assert counts == ("finished", len(daily.oracle), len(daily.oracle))


def test_scrapy_crawl_from_the_repository_root_writes_to_out(
    demosite_env: Path, repo_root: Path
) -> None:
    out = demosite_env / "cli" / "items.jsonl"
    env = crawl_env()
    env.pop("SCRAPY_SETTINGS_MODULE")  # scrapy.cfg at the repository root names the settings
    command = [sys.executable, "-m", "scrapy", "crawl", "listing", "-a", "source=demo-daily"]
    command += ["-a", "start=2025-04-08", "-a", "end=2025-04-09", "-a", f"out={out}"]
    done = subprocess.run(
        command, cwd=repo_root, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    written = (len(read_raw_items(out)), out.with_name("stats.json").is_file())
    assert written == (len(published("demo-daily", date(2025, 4, 8))), True)


def test_warc_archive_holds_every_response_for_re_parsing(daily: DailyCrawl) -> None:
    warc = daily.result.items_path.with_name("responses.warc.gz")
    with warc.open("rb") as stream:
        records = [
            (record.rec_headers.get_header("WARC-Target-URI"), record.content_stream().read())
            for record in ArchiveIterator(stream)
            if record.rec_type == "response"
        ]
    bodies = dict(records)
    first = daily.items[0]
    assert len(records) == daily.result.stats["responses"] == daily.result.stats["warc_records"]
    assert extract_article(bodies[first.url].decode("utf-8"), first.url) == first.article
