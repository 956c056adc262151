"""Fixtures of the demosite tests: the session site's URL and a cached walk of its listing."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest
from sitepages import ListedItem, fetch_page, read_listing

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
            items = read_listing(fetch_page(f"{site_url}/news/latest?page={next_page}"))
            ended = not items
            seen.extend(items)
            next_page += 1
        return seen

    return walk
