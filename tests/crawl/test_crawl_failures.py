"""How the crawl ends and fails: robots.txt, broken listings and articles, retries, where a
request may not go (private addresses, other hosts, redirect loops), oversized pages and bad
sources. The static site is on loopback, so its crawls allow private addresses explicitly."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from crawlkit import ALLOW_LOOPBACK

from etl.config import get_settings
from etl.crawl import crawl, crawl_env
from etl.errors import CrawlError, SourceConfigError
from etl.records import read_raw_items
from etl.sources import ItemSelectors, Listing, SourceProfile, load_source
from etl.window import Window

DAY = Window.day(date(2025, 4, 8))
Serve = Callable[[dict[str, tuple[int, str]]], str]


def listing_page(*items: tuple[int, str]) -> str:
    """A listing in the demo-daily markup; ``items`` are (idxno, KST time) pairs."""
    lis = "".join(
        f'<li class="article-item"><h2 class="title">'
        f'<a href="/news/articleView.html?idxno={idxno}">기사 {idxno}</a></h2>'
        f'<span class="date">{when}</span></li>'
        for idxno, when in items
    )
    return f'<html><body><ul class="article-list">{lis}</ul></body></html>'


def article_page(idxno: int) -> str:
    return (
        '<html><head><meta name="author" content="홍길동 기자"></head><body>'
        f'<div id="article-body"><p>기사 {idxno} 본문.</p></div></body></html>'
    )


def static_profile(base: str, **listing: object) -> SourceProfile:
    """A profile for the static test site, following articles."""
    selectors = ItemSelectors(
        item="ul.article-list > li.article-item",
        title="h2.title > a",
        url="h2.title > a",
        time="span.date",
    )
    return SourceProfile(
        code="static-daily",
        name="정적일보",
        base_url=base,
        follow_articles=True,
        listing=Listing(url="{base}/news/latest?page={page}", items=selectors, **listing),  # type: ignore[arg-type]
    )


def test_listing_disallowed_by_robots_txt_gives_no_items_and_a_robots_count(
    demosite_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = demosite_env / "sources"
    sources.mkdir()
    daily = (Path(get_settings().sources_dir) / "demo-daily.toml").read_text(encoding="utf-8")
    (sources / "demo-admin.toml").write_text(
        daily.replace('code = "demo-daily"', 'code = "demo-admin"').replace(
            'url = "{base}/news/latest?page={page}"', 'url = "{base}/admin/latest?page={page}"'
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv("NEWSFLOW_SOURCES_DIR", str(sources))
    get_settings.cache_clear()

    result = crawl("demo-admin", DAY, timeout=120)

    assert (result.items, read_raw_items(result.items_path)) == (0, [])
    counts = (result.stats["robots_forbidden"], result.stats["stop_reason"], result.pages)
    assert counts == (1, "listing_forbidden", 0)


def test_listing_page_failing_ends_the_crawl_with_crawl_error(demosite_env: Path) -> None:
    daily = load_source("demo-daily")
    broken = daily.model_copy(
        update={"listing": daily.listing.model_copy(update={"url": "{base}/news/nowhere?p={page}"})}
    )
    with pytest.raises(CrawlError) as raised:
        crawl(broken, DAY, out_dir=demosite_env / "out", timeout=120)
    assert str(raised.value).startswith(
        "crawl of demo-daily 2025-04-08 did not finish cleanly "
        "(finish_reason=listing_failed, stop_reason=listing_failed); no items file was written"
    )


def test_failed_crawl_leaves_no_items_file_and_its_stats(demosite_env: Path) -> None:
    out = demosite_env / "out"
    out.mkdir()
    (out / "items.jsonl").write_text('{"from": "an earlier crawl"}\n', encoding="utf-8")
    daily = load_source("demo-daily")
    broken = daily.model_copy(
        update={"listing": daily.listing.model_copy(update={"url": "{base}/news/nowhere?p={page}"})}
    )
    with pytest.raises(CrawlError):
        crawl(broken, DAY, out_dir=out, timeout=120)
    stats = json.loads((out / "stats.json").read_text(encoding="utf-8"))
    assert (out / "items.jsonl").exists() is False
    assert (stats["complete"], stats["http_errors"]) == (False, {"404": 1})


def test_listing_server_errors_are_retried_three_times(
    settings_env: Path, static_site: Serve
) -> None:
    base = static_site({"/news/latest?page=1": (503, "<html><body>점검 중</body></html>")})
    out = settings_env / "out"
    with pytest.raises(CrawlError):
        crawl(static_profile(base), DAY, out_dir=out, timeout=120, settings=ALLOW_LOOPBACK)
    stats = json.loads((out / "stats.json").read_text(encoding="utf-8"))
    assert (stats["retries"], stats["http_errors"]) == (3, {"503": 4})
    assert (stats["retry_reasons"], stats["failures"]) == (
        {"503 Service Unavailable": 3},
        {"http_503": 1},
    )


def test_article_page_failing_keeps_its_item_without_article(
    settings_env: Path, static_site: Serve
) -> None:
    base = static_site(
        {
            "/news/latest?page=1": (
                200,
                listing_page((2, "2025-04-08 10:00:00"), (1, "2025-04-08 09:00:00")),
            ),
            "/news/latest?page=2": (200, listing_page()),
            "/news/articleView.html?idxno=2": (200, article_page(2)),
        }
    )
    result = crawl(
        static_profile(base),
        DAY,
        out_dir=settings_env / "out",
        timeout=120,
        settings=ALLOW_LOOPBACK,
    )
    articles = [
        (i.title, i.article.body if i.article else None) for i in read_raw_items(result.items_path)
    ]
    assert articles == [("기사 2", "기사 2 본문."), ("기사 1", None)]
    counts = (result.stats["articles_fetched"], result.stats["article_errors"])
    assert counts == (1, {"http_404": 1})
    assert result.stats["failures"] == {"http_404": 1}


def test_item_listed_twice_is_emitted_once_with_its_article_fetched_once(
    settings_env: Path, static_site: Serve
) -> None:
    # The listing shifted while we paged: item 5 is last on page 1 and first on page 2.
    base = static_site(
        {
            "/news/latest?page=1": (200, listing_page((5, "2025-04-08 10:00:00"))),
            "/news/latest?page=2": (
                200,
                listing_page((5, "2025-04-08 10:00:00"), (4, "2025-04-07 09:00:00")),
            ),
            "/news/latest?page=3": (200, listing_page()),
            "/news/articleView.html?idxno=5": (200, article_page(5)),
        }
    )
    result = crawl(
        static_profile(base),
        DAY,
        out_dir=settings_env / "out",
        timeout=120,
        settings=ALLOW_LOOPBACK,
    )
    sightings = [
        (i.page, i.position, i.article.body if i.article else None)
        for i in read_raw_items(result.items_path)
    ]
    assert sightings == [(1, 1, "기사 5 본문.")]
    assert (result.stats["items_duplicate"], result.stats["articles_fetched"]) == (1, 1)


def test_walk_ends_at_an_empty_page(settings_env: Path, static_site: Serve) -> None:
    base = static_site(
        {
            "/news/latest?page=1": (200, listing_page((1, "2025-04-08 09:00:00"))),
            "/news/latest?page=2": (200, listing_page()),
        }
    )
    profile = static_profile(base).model_copy(update={"follow_articles": False})
    result = crawl(profile, DAY, out_dir=settings_env / "out", timeout=120, settings=ALLOW_LOOPBACK)
    assert (result.items, result.pages, result.stats["stop_reason"]) == (1, 2, "empty_page")


def test_walk_ends_at_max_pages(settings_env: Path, static_site: Serve) -> None:
    page = listing_page((1, "2025-04-08 09:00:00"))
    base = static_site({"/news/latest?page=1": (200, page), "/news/latest?page=2": (200, page)})
    profile = static_profile(base, max_pages=1).model_copy(update={"follow_articles": False})
    result = crawl(profile, DAY, out_dir=settings_env / "out", timeout=120, settings=ALLOW_LOOPBACK)
    assert (result.items, result.pages, result.stats["stop_reason"]) == (1, 1, "max_pages")


def test_site_answering_every_page_with_the_same_items_fails_the_crawl(
    settings_env: Path, static_site: Serve
) -> None:
    # Every page newer than the day and the same: the seek probes 1, 2, 4 and 8, then gives up.
    same = listing_page((9, "2025-04-09 10:00:00"), (8, "2025-04-09 09:00:00"))
    base = static_site({f"/news/latest?page={n}": (200, same) for n in (1, 2, 4, 8, 16)})
    profile = static_profile(base).model_copy(update={"follow_articles": False})
    out = settings_env / "out"
    with pytest.raises(
        CrawlError, match=r"finish_reason=repeated_pages, stop_reason=repeated_pages"
    ):
        crawl(profile, DAY, out_dir=out, timeout=120, settings=ALLOW_LOOPBACK)
    stats = json.loads((out / "stats.json").read_text(encoding="utf-8"))
    assert (stats["pages"], stats["seek_pages"], stats["failures"]) == (
        4,
        4,
        {"repeated_pages": 1},
    )


def test_unknown_source_code_raises_source_config_error(settings_env: Path) -> None:
    with pytest.raises(SourceConfigError, match=r"no-such-source\.toml: no such source profile"):
        crawl("no-such-source", DAY)


def test_demosite_profile_without_a_running_demosite_raises_before_crawling(
    settings_env: Path,
) -> None:
    with pytest.raises(SourceConfigError, match="demosite outlet 'demo-daily' is not running"):
        crawl("demo-daily", DAY)


def test_scrapy_crawl_with_an_unknown_source_exits_with_the_reason(settings_env: Path) -> None:
    command = [sys.executable, "-m", "scrapy", "crawl", "listing"]
    command += ["-a", "source=no-such-source", "-a", "start=2025-04-08"]
    done = subprocess.run(command, env=crawl_env(), capture_output=True, text=True, timeout=120)
    last = done.stderr.strip().splitlines()[-1]
    assert done.returncode == 1
    assert last.startswith("etl.errors.SourceConfigError: ")
    assert last.endswith("no-such-source.toml: no such source profile")


def test_loopback_listing_of_a_non_demosite_source_is_refused(
    settings_env: Path, static_site: Serve
) -> None:
    base = static_site({"/news/latest?page=1": (200, listing_page((1, "2025-04-08 09:00:00")))})
    out = settings_env / "out"
    with pytest.raises(CrawlError, match="stop_reason=listing_failed"):
        crawl(static_profile(base), DAY, out_dir=out, timeout=120)
    stats = json.loads((out / "stats.json").read_text(encoding="utf-8"))
    assert (stats["failures"], stats["responses"]) == ({"private_address": 1}, 0)


def test_listing_redirected_to_another_host_fails_as_offsite(
    settings_env: Path, static_site: Serve
) -> None:
    # 127.0.0.1 and localhost are one machine but two hosts: only the profile's is allowed.
    elsewhere = static_site({"/latest": (200, listing_page((1, "2025-04-08 09:00:00")))})
    base = static_site(
        {
            "/news/latest?page=1": (
                302,
                f"Location: {elsewhere.replace('127.0.0.1', 'localhost')}/latest",
            )
        }
    )
    out = settings_env / "out"
    with pytest.raises(CrawlError, match="stop_reason=listing_failed"):
        crawl(static_profile(base), DAY, out_dir=out, timeout=120, settings=ALLOW_LOOPBACK)
    stats = json.loads((out / "stats.json").read_text(encoding="utf-8"))
    assert (stats["failures"], stats["offsite_filtered"]) == ({"offsite": 1}, 1)


def test_listing_caught_in_a_redirect_loop_fails_as_a_redirect_loop(
    settings_env: Path, static_site: Serve
) -> None:
    base = static_site(
        {
            "/news/latest?page=1": (302, "Location: /news/latest?page=1&x=1"),
            "/news/latest?page=1&x=1": (302, "Location: /news/latest?page=1"),
        }
    )
    out = settings_env / "out"
    with pytest.raises(CrawlError, match="stop_reason=listing_failed"):
        crawl(static_profile(base), DAY, out_dir=out, timeout=120, settings=ALLOW_LOOPBACK)
    stats = json.loads((out / "stats.json").read_text(encoding="utf-8"))
    assert (stats["failures"], stats["http_errors"]) == ({"redirect_loop": 1}, {})


def test_article_page_larger_than_download_maxsize_is_dropped_as_oversize(
    settings_env: Path, static_site: Serve
) -> None:
    base = static_site(
        {
            "/news/latest?page=1": (200, listing_page((3, "2025-04-08 10:00:00"))),
            "/news/latest?page=2": (200, listing_page()),
            "/news/articleView.html?idxno=3": (
                200,
                article_page(3) + "<!--" + "x" * 50_000 + "-->",
            ),
        }
    )
    settings = {**ALLOW_LOOPBACK, "DOWNLOAD_MAXSIZE": 20_000}
    result = crawl(
        static_profile(base), DAY, out_dir=settings_env / "out", timeout=120, settings=settings
    )
    items = read_raw_items(result.items_path)
    assert [(i.title, i.article) for i in items] == [("기사 3", None)]
    assert result.stats["failures"] == {"oversize": 1}
