"""What a listing page shows at a given clock: newest first, across days, paged.

Only articles published at or before ``now`` are visible. Paging the all-sections listing
needs just the per-day counts of the days it skips (:func:`demosite.generator.day_count` is
cheap); only the days that actually appear on the page are generated. Section listings filter
generated days, which is fine for the depths anyone pages a section to.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from demosite.generator import FIRST_DAY, KST, LAST_DAY, Article, day_articles, day_count


@dataclass(frozen=True, slots=True)
class ListingPage:
    """Page ``page`` (1-based) of a newest-first listing and whether a next page exists."""

    page: int
    items: tuple[Article, ...]
    has_next: bool


def listing_page(
    outlet: str,
    now: datetime,
    page: int,
    per_page: int,
    section: str | None = None,
) -> ListingPage:
    """The ``page``-th slice of ``per_page`` articles visible at ``now``, newest first.

    ``section`` (an outlet label) restricts the listing to that section. A page past the end
    has no items. Ties in publication time are ordered by idxno, highest first.
    """
    if page < 1 or per_page < 1:
        raise ValueError(f"page {page} and per_page {per_page} must be at least 1")
    skip = (page - 1) * per_page
    wanted = per_page + 1  # one more than the page holds tells whether a next page exists
    collected: list[Article] = []
    for day, count, visible in _days_newest_first(outlet, now, section):
        if skip >= count:
            skip -= count
            continue
        items = visible if visible is not None else _newest_first(outlet, day)
        collected.extend(items[skip : skip + wanted - len(collected)])
        skip = 0
        if len(collected) >= wanted:
            break
    return ListingPage(page, tuple(collected[:per_page]), len(collected) > per_page)


def _days_newest_first(
    outlet: str, now: datetime, section: str | None
) -> Iterator[tuple[date, int, list[Article] | None]]:
    """(day, visible count, visible articles newest first) from ``now``'s day back.

    The articles are ``None`` for whole past days of the all-sections listing, whose count
    alone decides whether the page reaches them.
    """
    now = now.astimezone(KST)
    today = now.date()
    if today < FIRST_DAY:
        return
    day = min(today, LAST_DAY)
    while day >= FIRST_DAY:
        if day == today or section is not None:
            visible = _visible(outlet, day, now, section)
            yield day, len(visible), visible
        else:
            yield day, day_count(outlet, day), None
        day -= timedelta(days=1)


def _newest_first(outlet: str, day: date) -> list[Article]:
    return list(reversed(day_articles(outlet, day)))


def _visible(outlet: str, day: date, now: datetime, section: str | None) -> list[Article]:
    articles = day_articles(outlet, day)
    # Articles are sorted by publication time, so the visible ones are a prefix.
    end = bisect.bisect_right([a.published for a in articles], now)
    visible = articles[:end]
    if section is not None:
        visible = tuple(a for a in visible if a.section == section)
    return list(reversed(visible))
