"""The site clock: frozen by default; stepping, new articles arrive while a crawl pages."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from readers import public_url, read_listing
from sitepages import SITE_NOW, fetch_page

from demosite.clock import SiteClock
from demosite.oracle import published
from demosite.server import serve_background

STEP = timedelta(minutes=30)


def _visible(outlet: str, now: datetime) -> list[str]:
    """The oracle's URLs a latest list shows at ``now``, newest first (today and yesterday)."""
    days = (now.date(), now.date() - timedelta(days=1))
    return [a.url for day in days for a in published(outlet, day) if a.published_at <= now]


def test_a_frozen_clock_serves_the_same_page_every_time() -> None:
    with serve_background(["demo-today"], now=SITE_NOW) as site:
        first, second = (fetch_page(site.urls["demo-today"] + "/news").body for _ in range(2))
    assert first == second


def test_a_stepping_clock_pushes_seen_items_onto_the_next_page() -> None:
    arrived = len(_visible("demo-today", SITE_NOW + STEP)) - len(_visible("demo-today", SITE_NOW))
    assert arrived >= 1  # articles are published in the half hour after 09:00
    with serve_background(["demo-today"], now=SITE_NOW, clock_step=STEP) as site:
        base = site.urls["demo-today"]
        first = read_listing("demo-today", fetch_page(f"{base}/news"), f"{base}/news").articles()
        url = f"{base}/news?offset=24"
        second = read_listing("demo-today", fetch_page(url), url).articles()
    urls = [public_url("demo-today", e.href) for e in first + second]
    assert urls[24 : 24 + arrived] == urls[24 - arrived : 24]  # seen again on page two
    assert [public_url("demo-today", e.href) for e in second] == _visible(
        "demo-today", SITE_NOW + STEP
    )[24:48]


def test_cursor_pages_neither_repeat_nor_skip_while_the_clock_steps() -> None:
    with serve_background(["demo-wire"], now=SITE_NOW, clock_step=STEP) as site:
        url: str | None = site.urls["demo-wire"] + "/news/latest"
        urls: list[str] = []
        for _ in range(3):
            assert url is not None
            listing = read_listing("demo-wire", fetch_page(url), url)
            urls.extend(public_url("demo-wire", e.href) for e in listing.articles())
            url = listing.next_url
    assert urls == _visible("demo-wire", SITE_NOW)[:60]


def test_only_listing_pages_move_the_clock() -> None:
    later = next(
        a
        for a in reversed(published("demo-biz", SITE_NOW.date()))
        if SITE_NOW < a.published_at <= SITE_NOW + STEP
    )
    with serve_background(["demo-biz"], now=SITE_NOW, clock_step=STEP) as site:
        base = site.urls["demo-biz"]
        before = [fetch_page(base + later.path).status for _ in range(3)]
        fetch_page(base + "/list.html")
        after = fetch_page(base + later.path).status
    assert (before, after) == ([404, 404, 404], 200)


def test_a_clock_needs_a_timezone_and_a_forward_step() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        SiteClock(datetime(2025, 4, 10, 9, 0))
    with pytest.raises(ValueError, match="backwards"):
        SiteClock(SITE_NOW, timedelta(seconds=-1))


def test_the_real_clock_moves_on_its_own() -> None:
    clock = SiteClock()
    first = clock.now()
    assert first.utcoffset() == timedelta(hours=9)
    assert clock.now() >= first
