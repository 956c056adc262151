"""When to stop walking a listing, and which items of a page belong to the window.

Listings are newest first, so the walk goes page by page until the pages are older than the
window. The decision is a pure function of one page's parsed times, kept apart from Scrapy so
the stopping rules are tested (and read) on their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime

    from etl.window import Window

# Why a walk ended; recorded as ``stop_reason`` in stats.json.
EMPTY_PAGE = "empty_page"
OLDER_THAN_WINDOW = "older_than_window"
OLD_ITEMS = "old_items"
NO_TIMES = "no_times"
MAX_PAGES = "max_pages"
LAST_PAGE = "last_page"  # a next-link listing without a next link
ARCHIVE_DONE = "archive_done"  # every day of the window read from the date archive
SEEK_LIMIT = "seek_limit"  # the window was not found within the seek budget
REPEATED_PAGES = "repeated_pages"  # the site serves the same items for every page


@dataclass(frozen=True, slots=True)
class PagePlan:
    """What to do with one listing page.

    ``emit`` holds the 0-based indexes of the items to emit, in page order; the counters
    describe every item on the page; ``stop`` is why the walk ends after this page (None: fetch
    the next one); ``old_run`` is the count of consecutive older-than-window items at the end
    of the page, carried into the next page's plan.
    """

    emit: tuple[int, ...] = ()
    in_window: int = 0
    newer: int = 0
    older: int = 0
    unparsed: int = 0
    unparsed_emitted: int = 0
    old_run: int = 0
    stop: str | None = None


def plan_page(
    times: Sequence[datetime | None],
    window: Window,
    *,
    old_run: int = 0,
    old_items_to_stop: int = 0,
) -> PagePlan:
    """Plan one page from its items' times (UTC, None when the time did not parse).

    Items inside ``window`` are emitted. Items without a time are emitted only when the page
    overlaps the window (some parsed time is not newer than it and some is not older), since
    only then can they belong to it; the quality stage quarantines them.

    The walk stops after this page when it is empty, when every parsed time is older than the
    window, when no time on it parses at all (nothing tells where the window ends, so walking
    on would be blind), or - with ``old_items_to_stop`` = N > 0 - when the page *ends* with a
    run of N or more items older than the window (counted across pages from ``old_run``).
    Older items followed by a newer or in-window item on the same page never stop the walk:
    that is a pinned story at the top of the page, or an item listed late, and the window
    goes on below it.
    """
    if not times:
        return PagePlan(old_run=old_run, stop=EMPTY_PAGE)
    parsed = [t for t in times if t is not None]
    overlaps = not parsed or (
        not all(t >= window.end for t in parsed) and not all(t < window.start for t in parsed)
    )
    emit: list[int] = []
    in_window = newer = older = unparsed = unparsed_emitted = 0
    for index, moment in enumerate(times):
        if moment is None:
            unparsed += 1
            if overlaps:
                emit.append(index)
                unparsed_emitted += 1
        elif moment >= window.end:
            newer += 1
            old_run = 0
        elif moment >= window.start:
            emit.append(index)
            in_window += 1
            old_run = 0
        else:
            older += 1
            old_run += 1
    stop: str | None = None
    if not parsed:
        stop = NO_TIMES
    elif all(t < window.start for t in parsed):
        stop = OLDER_THAN_WINDOW
    elif old_items_to_stop and old_run >= old_items_to_stop:
        stop = OLD_ITEMS
    return PagePlan(
        emit=tuple(emit),
        in_window=in_window,
        newer=newer,
        older=older,
        unparsed=unparsed,
        unparsed_emitted=unparsed_emitted,
        old_run=old_run,
        stop=stop,
    )


def newer_than_window(times: Sequence[datetime | None], window: Window) -> bool:
    """Whether a page lies wholly before the window on a newest-first listing.

    Judged by the page's last parsed time (its bottom edge), not its oldest one: pinned
    stories at the top of a page are older than the page, and must not make a page of today's
    items look as if it reached back into the window. An empty page, or one without any
    parsed time, is not newer: it is past the end of the listing, or cannot be placed.
    """
    parsed = [t for t in times if t is not None]
    return bool(parsed) and parsed[-1] >= window.end
