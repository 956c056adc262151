"""Automatic extraction on every demo outlet's latest listing, served on loopback and judged
against the demosite's oracle; where a profile also has CSS selectors, automatic extraction
finds every article they find (and may read more: pinned top stories that a profile's
selectors leave out on purpose are articles all the same)."""

from datetime import timedelta
from urllib.parse import urlsplit
from urllib.request import Request, urlopen

import pytest

from demosite.oracle import published
from etl.sources import SourceProfile, list_sources, load_source
from etl.urls import canonical_url
from spiders.extract.auto import extract_listing
from spiders.extract.selectors import extract_items

DEMO_CODES = [p.code for p in list_sources() if p.is_demosite]


def first_page(profile: SourceProfile) -> tuple[str, bytes, str | None]:
    url = profile.listing_url(profile.listing.first_page)
    with urlopen(Request(url, headers={"User-Agent": "newsflow/0.1"}), timeout=10) as response:
        return url, response.read(), response.headers.get("Content-Type")


def article_path(profile: SourceProfile, url: str) -> str:
    """The article's path on the outlet, as the oracle names it (tracking parameters off)."""
    parts = urlsplit(
        canonical_url(
            url,
            keep_params=profile.url.keep_params,
            drop_params=profile.url.drop_params,
        )
    )
    return f"{parts.path}?{parts.query}" if parts.query else parts.path


@pytest.mark.parametrize("code", DEMO_CODES)
def test_every_item_is_an_article_the_outlet_published(code, demosite_env, demo_now):
    profile = load_source(code)
    url, body, content_type = first_page(profile)
    outlet = profile.base_url.removeprefix("demosite://")
    days = [demo_now.date() - timedelta(days=back) for back in range(7)]
    oracle = {a.path: a for day in days for a in published(outlet, day)}

    items = extract_listing(body, url, demo_now, content_type=content_type).items

    assert len(items) >= profile.listing.page_size
    assert [
        article_path(profile, i.url) for i in items if article_path(profile, i.url) not in oracle
    ] == []
    for item in items:
        shown = oracle[article_path(profile, item.url)]
        if item.published_at is not None and item.published_raw and ":" in item.published_raw:
            assert abs(item.published_at - shown.published_at) < timedelta(minutes=1), item


@pytest.mark.parametrize(
    "code", [code for code in DEMO_CODES if load_source(code).listing.items is not None]
)
def test_automatic_extraction_finds_what_the_selectors_find(code, demosite_env, demo_now):
    profile = load_source(code)
    url, body, content_type = first_page(profile)
    selectors = profile.listing.items
    assert selectors is not None

    automatic = extract_listing(body, url, demo_now, content_type=content_type).items
    by_selectors = extract_items(
        body.decode(automatic_encoding(body, content_type)), url, selectors
    )

    assert {article_path(profile, i.url) for i in automatic} >= {
        article_path(profile, row["url"]) for row in by_selectors
    }


def automatic_encoding(body: bytes, content_type: str | None) -> str:
    return extract_listing(body, "http://x/", content_type=content_type).encoding
