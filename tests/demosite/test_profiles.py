"""Each outlet's source profile describes the outlet as served (read as plain TOML here)."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import lxml.html
import pytest
from readers import CODECS, public_url, read_listing, shown_day
from sitepages import fetch_page

from demosite.outlets import OUTLETS
from demosite.server import RunningSite

SOURCES = Path(__file__).resolve().parents[2] / "sources"


def _profile(outlet: str) -> dict[str, Any]:
    return tomllib.loads((SOURCES / f"{outlet}.toml").read_text(encoding="utf-8"))


def _listing_url(base: str, listing: dict[str, Any], page: int) -> str:
    offset = (page - 1) * listing.get("page_size", 20)
    return str(listing["url"]).format(base=base, page=page, offset=offset)


@pytest.mark.parametrize("outlet", list(OUTLETS))
def test_every_outlet_has_a_profile_naming_it_and_its_sections(outlet: str) -> None:
    profile = _profile(outlet)
    site = OUTLETS[outlet]
    assert (profile["code"], profile["base_url"], profile["canonical_base"]) == (
        outlet,
        f"demosite://{outlet}",
        site.origin,
    )
    assert {s.label: s.code for s in site.sections}.items() <= profile["sections"].items()


def test_two_profiles_or_more_leave_extraction_to_the_automatic_extractor() -> None:
    automatic = [o for o in OUTLETS if "items" not in _profile(o)["listing"]]
    assert automatic == ["demo-today", "demo-herald"]


@pytest.mark.parametrize("outlet", ["demo-ilbo", "demo-wire", "demo-biz"])
def test_item_selectors_pick_exactly_the_articles(demosite: RunningSite, outlet: str) -> None:
    listing = _profile(outlet)["listing"]
    url = _listing_url(demosite.urls[outlet], listing, 1)
    page = fetch_page(url)
    doc = lxml.html.document_fromstring(page.body.decode(CODECS.get(outlet, "utf-8")))
    selectors = listing["items"]
    hrefs = [
        public_url(outlet, urljoin(url, item.cssselect(selectors["url"])[0].get("href")))
        for item in doc.cssselect(selectors["item"])
    ]
    articles = read_listing(outlet, page, url).articles()
    assert hrefs == [public_url(outlet, e.href) for e in articles]


@pytest.mark.parametrize("outlet", ["demo-ilbo", "demo-today", "demo-herald", "demo-biz"])
def test_page_and_offset_templates_reach_the_second_page(
    demosite: RunningSite, outlet: str
) -> None:
    listing = _profile(outlet)["listing"]
    first = _listing_url(demosite.urls[outlet], listing, 1)
    following = read_listing(outlet, fetch_page(first), first).next_url
    assert _listing_url(demosite.urls[outlet], listing, 2) == following


def test_wire_profile_follows_its_next_selector(demosite: RunningSite) -> None:
    listing = _profile("demo-wire")["listing"]
    url = _listing_url(demosite.urls["demo-wire"], listing, 1)
    doc = lxml.html.document_fromstring(fetch_page(url).body)
    (link,) = doc.cssselect(listing["next_selector"])
    assert (
        urljoin(url, link.get("href")) == read_listing("demo-wire", fetch_page(url), url).next_url
    )


@pytest.mark.parametrize("outlet", ["demo-ilbo", "demo-herald"])
def test_archive_templates_open_the_days_archive(demosite: RunningSite, outlet: str) -> None:
    template = _profile(outlet)["listing"]["archive_url"]
    url = template.format(base=demosite.urls[outlet], date="20250408", page=1)
    listing = read_listing(outlet, fetch_page(url), url)
    days = {shown_day(outlet, e) for e in listing.articles()}
    assert days == {date(2025, 4, 8)}
    assert "date=20250408" in str(listing.next_url)
