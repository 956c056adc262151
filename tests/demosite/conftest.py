"""Fixtures of the demosite tests: the session site's URLs and cached walks of its listings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import pytest
from readers import LATEST, Listing, read_listing, shown_day
from sitepages import ListedItem, fetch_page
from sitepages import read_listing as read_daily_listing

if TYPE_CHECKING:
    from demosite.server import RunningSite


@pytest.fixture(scope="session")
def site_url(demosite: RunningSite) -> str:
    """Base URL of demo-daily on the session demosite (clock fixed at SITE_NOW)."""
    return demosite.urls["demo-daily"]


@pytest.fixture(scope="session")
def listed_until(site_url: str) -> Callable[[str], list[ListedItem]]:
    """Walk /news/latest from page 1 until past a KST day; every item seen, in page order."""
    seen: list[ListedItem] = []
    next_page = 1
    ended = False

    def walk(first_day: str) -> list[ListedItem]:
        nonlocal next_page, ended
        while not ended and (not seen or seen[-1].date[:10] >= first_day):
            items = read_daily_listing(fetch_page(f"{site_url}/news/latest?page={next_page}"))
            ended = not items
            seen.extend(items)
            next_page += 1
        return seen

    return walk


@dataclass
class _Walk:
    pages: list[tuple[str, Listing]]
    next_url: str | None


@pytest.fixture(scope="session")
def walked(demosite: RunningSite) -> Callable[[str, date], list[tuple[str, Listing]]]:
    """Walk an outlet's latest list by its next links until past a KST day; (url, page) pairs.

    Cached per outlet for the session: the clock is fixed, so the pages never change.
    """
    walks: dict[str, _Walk] = {}

    def walk(outlet: str, first_day: date) -> list[tuple[str, Listing]]:
        state = walks.setdefault(outlet, _Walk([], demosite.urls[outlet] + LATEST[outlet]))
        while state.next_url is not None and not _past(outlet, state, first_day):
            url = state.next_url
            listing = read_listing(outlet, fetch_page(url), url)
            state.pages.append((url, listing))
            state.next_url = listing.next_url
        return state.pages

    return walk


def _past(outlet: str, state: _Walk, first_day: date) -> bool:
    if not state.pages:
        return False
    articles = state.pages[-1][1].articles()
    return not articles or shown_day(outlet, articles[-1]) < first_day
