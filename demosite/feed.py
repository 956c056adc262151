"""What a listing shows at a given clock: newest first, across days, by page, offset or cursor.

Only articles published at or before ``now`` are visible. Paging the all-sections listing
needs just the per-day counts of the days it skips (:func:`demosite.generator.day_count` is
cheap); only the days that actually appear on the page are generated. Section listings filter
generated days (an article is in every section it is listed under), which is fine for the
depths anyone pages a section to. Date archives show one KST day; cursor pages continue after
a given article, so they never repeat or skip an item when new articles arrive.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from demosite.article import FLAG_PINNED, KST, Article
from demosite.generator import FIRST_DAY, LAST_DAY, NORMAL, Volume, day_articles, day_count
from demosite.outlets import get_outlet

# Top stories are pinned from noon the next day until noon the day after: by then the first
# page has moved past them, so a pinned item is always older than the rest of the page (at the
# registered volumes; checked hour by hour over a year).
PIN_CHANGE = timedelta(hours=12)


@dataclass(frozen=True, slots=True)
class ListingPage:
    """Page ``page`` (1-based) of a newest-first listing and whether a next page exists."""

    page: int
    items: tuple[Article, ...]
    has_next: bool


@dataclass(frozen=True, slots=True)
class ListingSlice:
    """``items`` from ``offset`` (0-based) of a newest-first listing; ``has_more`` after them."""

    offset: int
    items: tuple[Article, ...]
    has_more: bool


def listing_slice(
    outlet: str,
    now: datetime,
    offset: int,
    limit: int,
    section: str | None = None,
    volume: Volume = NORMAL,
) -> ListingSlice:
    """``limit`` articles visible at ``now`` after skipping ``offset``, newest first.

    ``section`` (an outlet label) restricts the listing to articles listed in that section.
    Ties in publication time are ordered by seq, highest first.
    """
    if offset < 0 or limit < 1:
        raise ValueError(f"offset {offset} must be >= 0 and limit {limit} >= 1")
    skip = offset
    wanted = limit + 1  # one more than asked for tells whether more exist
    collected: list[Article] = []
    for day, count, visible in _days_newest_first(outlet, now, section, volume):
        if skip >= count:
            skip -= count
            continue
        items = visible if visible is not None else _newest_first(outlet, day, volume)
        collected.extend(items[skip : skip + wanted - len(collected)])
        skip = 0
        if len(collected) >= wanted:
            break
    return ListingSlice(offset, tuple(collected[:limit]), len(collected) > limit)


def listing_page(
    outlet: str,
    now: datetime,
    page: int,
    per_page: int,
    section: str | None = None,
    volume: Volume = NORMAL,
) -> ListingPage:
    """The ``page``-th slice of ``per_page`` articles visible at ``now``, newest first.

    A page past the end has no items.
    """
    if page < 1 or per_page < 1:
        raise ValueError(f"page {page} and per_page {per_page} must be at least 1")
    found = listing_slice(outlet, now, (page - 1) * per_page, per_page, section, volume)
    return ListingPage(page, found.items, found.has_more)


def archive_page(
    outlet: str,
    day: date,
    now: datetime,
    page: int,
    per_page: int,
    section: str | None = None,
    volume: Volume = NORMAL,
) -> ListingPage:
    """Page ``page`` of the date archive of KST ``day``: that day's visible articles only."""
    if page < 1 or per_page < 1:
        raise ValueError(f"page {page} and per_page {per_page} must be at least 1")
    visible = _visible(outlet, day, now, section, volume)
    start = (page - 1) * per_page
    return ListingPage(
        page, tuple(visible[start : start + per_page]), len(visible) > start + per_page
    )


def listing_after(
    outlet: str,
    now: datetime,
    cursor: Article,
    limit: int,
    section: str | None = None,
    volume: Volume = NORMAL,
) -> ListingSlice:
    """``limit`` articles listed after ``cursor`` (older, or as old with a lower seq)."""
    day = cursor.published.date()
    visible = _visible(outlet, day, now, section, volume)
    after = [a for a in visible if (a.published, a.seq) < (cursor.published, cursor.seq)]
    collected = after[: limit + 1]
    while len(collected) <= limit and day > FIRST_DAY:
        day -= timedelta(days=1)
        collected.extend(_visible(outlet, day, now, section, volume)[: limit + 1 - len(collected)])
    return ListingSlice(0, tuple(collected[:limit]), len(collected) > limit)


def pinned_articles(outlet: str, now: datetime, volume: Volume = NORMAL) -> tuple[Article, ...]:
    """The top stories pinned above the latest list at ``now``, newest first.

    Those of the day before ``now``'s day, from noon on (before noon, those of the day
    before that; see :data:`PIN_CHANGE`). Empty for outlets without top stories.
    """
    if not get_outlet(outlet).top_stories:
        return ()
    day = (now.astimezone(KST) - PIN_CHANGE).date() - timedelta(days=1)
    return tuple(a for a in reversed(day_articles(outlet, day, volume)) if FLAG_PINNED in a.flags)


def _days_newest_first(
    outlet: str, now: datetime, section: str | None, volume: Volume
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
            visible = _visible(outlet, day, now, section, volume)
            yield day, len(visible), visible
        else:
            yield day, day_count(outlet, day, volume), None
        day -= timedelta(days=1)


def _newest_first(outlet: str, day: date, volume: Volume) -> list[Article]:
    return list(reversed(day_articles(outlet, day, volume)))


def _visible(
    outlet: str, day: date, now: datetime, section: str | None, volume: Volume
) -> list[Article]:
    """The articles of ``day`` published by ``now`` (in ``section`` if given), newest first."""
    articles = day_articles(outlet, day, volume)
    # Articles are sorted by publication time, so the visible ones are a prefix.
    end = bisect.bisect_right([a.published for a in articles], now)
    visible = articles[:end]
    if section is not None:
        visible = tuple(a for a in visible if section in a.sections)
    return list(reversed(visible))
