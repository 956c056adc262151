"""Section lists: an article is in every section list the oracle names, and in no other."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest
from readers import Entry, public_url, read_listing, shown_day
from sitepages import fetch_page

from demosite.oracle import published
from demosite.outlets import get_outlet
from demosite.server import RunningSite

DAY = date(2025, 4, 8)
SECTION_LISTS = {
    "demo-ilbo": "/news/list.php?sec={code}",
    "demo-today": "/news/{code}",
    "demo-wire": "/{code}/all",
    "demo-herald": "/list/{code}",
    "demo-biz": "/list.html?cate={code}",
}


def _section_list(demosite: RunningSite, outlet: str, code: str, day: date) -> list[Entry]:
    """Every article a section list shows on ``day``, following its next links past the day."""
    url: str | None = demosite.urls[outlet] + SECTION_LISTS[outlet].format(code=code)
    entries: list[Entry] = []
    while url is not None:
        listing = read_listing(outlet, fetch_page(url), url)
        articles = listing.articles()
        entries.extend(e for e in articles if shown_day(outlet, e) == day)
        if not articles or shown_day(outlet, articles[-1]) < day:
            break
        url = listing.next_url
    return entries


@pytest.mark.parametrize("outlet", list(SECTION_LISTS))
def test_sections_are_the_union_of_the_section_lists_an_article_is_in(
    demosite: RunningSite, outlet: str
) -> None:
    listed_in: dict[str, set[str]] = defaultdict(set)
    for section in get_outlet(outlet).sections:
        for entry in _section_list(demosite, outlet, section.list_code, DAY):
            listed_in[public_url(outlet, entry.href)].add(section.label)
    oracle = published(outlet, DAY)
    assert dict(listed_in) == {a.url: set(a.section_labels) for a in oracle}
    assert any(len(a.sections) == 2 for a in oracle)


@pytest.mark.parametrize("outlet", list(SECTION_LISTS))
def test_a_section_list_keeps_the_latest_lists_order(demosite: RunningSite, outlet: str) -> None:
    article = next(a for a in published(outlet, DAY) if "cross_listed" in a.flags)
    second = get_outlet(outlet).section(article.section_labels[1])
    listed = _section_list(demosite, outlet, second.list_code, DAY)
    assert [public_url(outlet, e.href) for e in listed] == [
        a.url for a in published(outlet, DAY) if second.label in a.section_labels
    ]


def test_cross_listed_codes_are_canonical_and_home_first() -> None:
    article = next(a for a in published("demo-biz", DAY) if "cross_listed" in a.flags)
    outlet = get_outlet("demo-biz")
    assert article.sections == tuple(outlet.section(label).code for label in article.section_labels)
    assert article.sections[0] != article.sections[1]
