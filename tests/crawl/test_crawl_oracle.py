"""Every outlet of the demo network, crawled for three windows, judged against the oracle.

The windows are the day before the demosite clock (a nightly run), 30 days earlier and 400
days earlier (backfills). Each outlet reaches a window its own way: a date archive
(demo-ilbo, demo-herald), a page-number seek (demo-daily, demo-today, demo-biz) or next links
(demo-wire); demo-today and demo-herald have no selectors and are read by automatic
extraction. One more crawl runs against a copy of the network that fails a tenth of its
requests with a 5xx and stalls another tenth past the download timeout.

The crawls run once per module, three at a time.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from crawl_judge import Judgement, judge, listing_position, oracle, public_url
from crawlkit import ALLOW_LOOPBACK, crawl_environment
from testkit import DEMO_NOW

from demosite.faults import Fault, FaultKind, FaultPlan
from demosite.server import serve_background
from etl.crawl import CrawlResult, crawl
from etl.records import RawItem, read_raw_items
from etl.sources import SourceProfile, load_source
from etl.window import Window

OUTLETS = ("demo-daily", "demo-ilbo", "demo-today", "demo-wire", "demo-herald", "demo-biz")
YESTERDAY = date(2025, 4, 9)
DAYS = (YESTERDAY, date(2025, 3, 10), date(2024, 3, 5))
FAULTY = ("demo-biz", date(2025, 3, 10))
FAULTS = FaultPlan(
    (Fault(FaultKind.ERROR, rate=0.1), Fault(FaultKind.SLOW, rate=0.1, seconds=3)), seed=7
)
FAULTY_SETTINGS = {**ALLOW_LOOPBACK, "DOWNLOAD_TIMEOUT": "2"}


@dataclass(frozen=True)
class Crawled:
    profile: SourceProfile
    result: CrawlResult
    items: list[RawItem]


def _crawl(
    profile: SourceProfile, day: date, out: Path, settings: dict[str, str] | None = None
) -> Crawled:
    result = crawl(profile, Window.day(day), out_dir=out, timeout=300, settings=settings)
    return Crawled(profile, result, read_raw_items(result.items_path))


@pytest.fixture(scope="module")
def network(demosite, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[object, Crawled]]:
    """Every (outlet, day) crawled, plus ``"faulty"``: FAULTY against the failing copy."""
    home = tmp_path_factory.mktemp("network")
    faulty_site = serve_background([FAULTY[0]], now=DEMO_NOW, faults=FAULTS)
    try:
        with crawl_environment(demosite.urls, home):
            profiles = {code: load_source(code) for code in OUTLETS}
            # The failing copy is not the demosite the profile names: point the profile at it.
            faulty = profiles[FAULTY[0]].model_copy(
                update={"base_url": faulty_site.urls[FAULTY[0]]}
            )
            # Longest first: the next-link walk 400 days back reads some 1,600 pages.
            order = sorted(
                ((code, day) for code in OUTLETS for day in DAYS),
                key=lambda job: (job != ("demo-wire", DAYS[-1]), job),
            )
            with ThreadPoolExecutor(max_workers=3) as pool:
                jobs: dict[object, Future[Crawled]] = {
                    (code, day): pool.submit(_crawl, profiles[code], day, home / code / str(day))
                    for code, day in order
                }
                jobs["faulty"] = pool.submit(
                    _crawl, faulty, FAULTY[1], home / "faulty", settings=FAULTY_SETTINGS
                )
                yield {key: job.result() for key, job in jobs.items()}
    finally:
        faulty_site.stop()


@pytest.mark.parametrize("day", DAYS, ids=str)
@pytest.mark.parametrize("code", OUTLETS)
def test_crawl_finds_exactly_the_articles_the_oracle_published(
    network: dict[object, Crawled], code: str, day: date
) -> None:
    crawled = network[(code, day)]
    assert judge(crawled.profile, crawled.items, oracle(code, day)) == Judgement()


def test_crawl_under_5xx_and_stalled_responses_still_finds_exactly_the_oracles_articles(
    network: dict[object, Crawled],
) -> None:
    crawled = network["faulty"]
    stats = crawled.result.stats
    assert judge(crawled.profile, crawled.items, oracle(*FAULTY)) == Judgement()
    assert set(stats["http_errors"]) <= {"500", "502", "503"}
    assert stats["http_errors"] and stats["download_errors"]["DownloadTimeoutError"] > 0
    assert stats["retries"] == sum(stats["retry_reasons"].values()) > 0
    assert (stats["failures"], stats["retries_exhausted"]) == ({}, 0)


@pytest.mark.parametrize("code", OUTLETS)
def test_article_pages_give_the_oracles_body_author_and_section(
    network: dict[object, Crawled], code: str
) -> None:
    crawled = network[(code, YESTERDAY)]
    expected = {
        a.url: (a.body.split("\n\n"), a.author, a.section_labels[0])
        for a in oracle(code, YESTERDAY)
    }
    got = {
        public_url(crawled.profile, i): (
            i.article.body.split("\n") if i.article and i.article.body else None,
            i.article.author if i.article else None,
            i.article.section_raw if i.article else None,
        )
        for i in crawled.items
    }
    assert got == expected


@pytest.mark.parametrize("code", ["demo-daily", "demo-today", "demo-biz"])
def test_page_number_seek_of_a_day_400_days_back_stays_within_its_bound(
    network: dict[object, Crawled], code: str
) -> None:
    day = DAYS[-1]
    stats = network[(code, day)].result.stats
    size = load_source(code).listing.page_size
    above, total = listing_position(code, day, DEMO_NOW)
    window_pages = (above + len(oracle(code, day)) - 1) // size - above // size + 1
    bound = 2 * math.log2(math.ceil(total / size)) + window_pages + 3
    assert stats["walk_mode"] == "pages"
    assert stats["pages"] == stats["seek_pages"] + stats["walk_pages"]
    assert stats["pages"] <= bound, (stats["pages"], bound)


@pytest.mark.parametrize("day", DAYS, ids=str)
@pytest.mark.parametrize("code", ["demo-ilbo", "demo-herald"])
def test_archive_outlets_read_the_days_archive_pages_and_one_empty_page(
    network: dict[object, Crawled], code: str, day: date
) -> None:
    stats = network[(code, day)].result.stats
    size = {"demo-ilbo": 15, "demo-herald": 20}[code]
    pages = math.ceil(len(oracle(code, day)) / size) + 1
    assert (stats["walk_mode"], stats["pages"], stats["seek_pages"], stats["stop_reason"]) == (
        "archive",
        pages,
        0,
        "archive_done",
    )


@pytest.mark.parametrize("day", DAYS[1:], ids=str)
def test_next_link_walk_reads_every_page_between_now_and_the_window(
    network: dict[object, Crawled], day: date
) -> None:
    # The cost of a cursor-paged listing: one page per 20 items published since the window.
    stats = network[("demo-wire", day)].result.stats
    above, _ = listing_position("demo-wire", day, DEMO_NOW)
    window_pages = (above + len(oracle("demo-wire", day)) - 1) // 20 - above // 20 + 1
    assert (stats["walk_mode"], stats["seek_pages"], stats["walk_pages"]) == (
        "next_links",
        above // 20,
        window_pages + 1,
    )


def test_a_meta_time_with_the_wrong_offset_is_overruled_by_the_byline_and_counted(
    network: dict[object, Crawled],
) -> None:
    crawled = network[("demo-biz", YESTERDAY)]
    stats = crawled.result.stats
    sample = stats["article_time_conflict_samples"][0]["conflicts"][0]
    assert stats["article_time_conflicts"] == len(crawled.items)
    assert sample.startswith("published: byline '2025.04.09 ")
    assert "kept over meta '2025-04-09T" in sample and sample.endswith("+00:00' (9:00:00)")
