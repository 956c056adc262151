"""Which listing pages a crawl reads, in what order: the three ways to reach a window.

- ``ArchiveWalk`` - the profile has a date archive (``listing.archive_url``): each day of the
  window, newest first, page by page until a page shows nothing of that day. Cheapest and
  exact for any window, nightly or 400 days back, and immune to pinned items.
- ``PageWalk`` - pages by number (``{page}``/``{offset}``): seek the first page that reaches
  the window (``spiders.seek.PageSeek``, about 2*log2(depth) fetches), then walk forward with
  the stop rules of ``spiders.walk.plan_page``. For a nightly run the seek ends on page 1 or 2
  and costs nothing extra: the page it ends on is walked without fetching it again when it was
  the last page fetched (nothing could have shifted in between).
- ``LinkWalk`` - pages only by "next" links (``listing.next_selector``, e.g. a cursor such
  as ``?before=AKR…``): a page number cannot be jumped to, so the walk follows next links
  from the newest page, skipping pages that lie wholly before the window. The cost grows with
  the distance back: about (items published since the window ends) / (items per page) pages,
  e.g. 1,700 pages to reach a day 400 days back on a wire of 85 items a day and 20 a page.

A walk is a pure state machine over page observations (times, next link): ``start`` names the
first page, ``observe`` says what to emit from a page and which page comes next. The spider
fetches; the walk decides. ``walk_pages`` counts pages walked (their items judged against the
window), ``seek_pages`` the pages fetched only to find where to start.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Protocol
from zoneinfo import ZoneInfo

from spiders.seek import PageSeek
from spiders.walk import (
    ARCHIVE_DONE,
    LAST_PAGE,
    MAX_PAGES,
    OLDER_THAN_WINDOW,
    SEEK_LIMIT,
    PagePlan,
    newer_than_window,
    plan_page,
)

if TYPE_CHECKING:
    from etl.sources import SourceProfile
    from etl.window import Window


@dataclass(frozen=True, slots=True)
class ListingFetch:
    """One listing page to fetch: its URL, its page number on its listing, the archive day it
    belongs to (archive walks), and whether it is only a seek probe."""

    url: str
    page: int
    day: date | None = None
    seek: bool = False


@dataclass(frozen=True, slots=True)
class WalkStep:
    """What one page meant: ``plan`` (None for a page fetched only to seek), the page to fetch
    next, or why the walk ends (``stop``)."""

    plan: PagePlan | None
    next: ListingFetch | None = None
    stop: str | None = None


class Walk(Protocol):
    """A way through a listing; see the module docstring."""

    mode: str
    walk_pages: int
    seek_pages: int

    def start(self) -> ListingFetch: ...

    def observe(
        self, fetch: ListingFetch, times: Sequence[datetime | None], next_url: str | None
    ) -> WalkStep: ...


@dataclass(slots=True)
class _Counters:
    window: Window
    max_pages: int
    old_items_to_stop: int = 0
    walk_pages: int = 0
    seek_pages: int = 0
    old_run: int = 0

    def plan(self, times: Sequence[datetime | None]) -> tuple[PagePlan, str | None]:
        """Plan a walked page; the stop reason includes running out of ``max_pages``."""
        self.walk_pages += 1
        plan = plan_page(
            times, self.window, old_run=self.old_run, old_items_to_stop=self.old_items_to_stop
        )
        self.old_run = plan.old_run
        stop = plan.stop
        if stop is None and self.walk_pages >= self.max_pages:
            stop = MAX_PAGES
        return plan, stop


class PageWalk(_Counters):
    """Seek by page number, then walk forward (see the module docstring)."""

    mode = "pages"

    def __init__(
        self,
        url_for: Callable[[int], str],
        window: Window,
        *,
        first_page: int = 1,
        max_pages: int = 500,
        old_items_to_stop: int = 0,
        seek_limit: int = 64,
    ) -> None:
        super().__init__(window, max_pages, old_items_to_stop)
        self.url_for = url_for
        self.seek = PageSeek(first_page, limit=seek_limit)

    def start(self) -> ListingFetch:
        page = self.seek.first_page
        return ListingFetch(self.url_for(page), page, seek=True)

    def observe(
        self, fetch: ListingFetch, times: Sequence[datetime | None], next_url: str | None
    ) -> WalkStep:
        if fetch.seek:
            self.seek.record(fetch.page, newer=newer_than_window(times, self.window))
            probe = self.seek.next_probe()
            answer = self.seek.answer
            if probe is not None or answer != fetch.page:
                self.seek_pages += 1
                if probe is not None:
                    return WalkStep(None, ListingFetch(self.url_for(probe), probe, seek=True))
                if answer is None:
                    return WalkStep(None, stop=SEEK_LIMIT)
                return WalkStep(None, ListingFetch(self.url_for(answer), answer))
            # The seek ends on the page just fetched: it is the first page of the walk.
        plan, stop = self.plan(times)
        if stop is not None:
            return WalkStep(plan, stop=stop)
        return WalkStep(plan, ListingFetch(self.url_for(fetch.page + 1), fetch.page + 1))


class LinkWalk(_Counters):
    """Follow next links from the newest page (see the module docstring)."""

    mode = "next_links"

    def __init__(
        self,
        first_url: str,
        window: Window,
        *,
        max_pages: int = 500,
        old_items_to_stop: int = 0,
        seek_limit: int = 10_000,
    ) -> None:
        super().__init__(window, max_pages, old_items_to_stop)
        self.first_url = first_url
        self.seek_limit = seek_limit
        self.reached = False

    def start(self) -> ListingFetch:
        return ListingFetch(self.first_url, 1)

    def observe(
        self, fetch: ListingFetch, times: Sequence[datetime | None], next_url: str | None
    ) -> WalkStep:
        following = ListingFetch(next_url, fetch.page + 1) if next_url else None
        if not self.reached and newer_than_window(times, self.window):
            self.seek_pages += 1
            if following is None:
                return WalkStep(None, stop=LAST_PAGE)
            if self.seek_pages >= self.seek_limit:
                return WalkStep(None, stop=SEEK_LIMIT)
            return WalkStep(None, following)
        self.reached = True
        plan, stop = self.plan(times)
        if stop is None and following is None:
            stop = LAST_PAGE
        return WalkStep(plan, following, stop) if stop is None else WalkStep(plan, stop=stop)


class ArchiveWalk(_Counters):
    """Read each day of the window from the date archive (see the module docstring).

    Every item an archive page shows belongs to its day, so an item whose time did not parse
    is emitted; an item whose parsed time is another day's (a "most read" box that an
    extractor took for the list) is not, and a page showing nothing of its day ends that day.
    """

    mode = "archive"

    def __init__(
        self,
        url_for: Callable[[date, int], str],
        window: Window,
        tz: ZoneInfo,
        *,
        max_pages: int = 500,
    ) -> None:
        super().__init__(window, max_pages)
        self.url_for = url_for
        self.tz = tz
        first = window.start.astimezone(tz).date()
        last = (window.end - timedelta(microseconds=1)).astimezone(tz).date()
        self.days = [last - timedelta(days=n) for n in range((last - first).days + 1)]

    def start(self) -> ListingFetch:
        return ListingFetch(self.url_for(self.days[0], 1), 1, day=self.days[0])

    def observe(
        self, fetch: ListingFetch, times: Sequence[datetime | None], next_url: str | None
    ) -> WalkStep:
        assert fetch.day is not None  # archive fetches always name their day
        self.walk_pages += 1
        start = datetime.combine(fetch.day, time(0), tzinfo=self.tz)
        end = start + timedelta(days=1)
        on_day = [(i, t) for i, t in enumerate(times) if t is None or start <= t < end]
        emit = [i for i, t in on_day if t is None or self.window.contains(t)]
        day_times = [t for _, t in on_day if t is not None]
        parsed = [t for t in times if t is not None]
        plan = PagePlan(
            emit=tuple(emit),
            in_window=sum(1 for t in day_times if self.window.contains(t)),
            newer=sum(1 for t in parsed if t >= self.window.end),
            older=sum(1 for t in parsed if t < self.window.start),
            unparsed=len(times) - len(parsed),
            unparsed_emitted=len(emit) - sum(1 for t in day_times if self.window.contains(t)),
        )
        if day_times and all(t < self.window.start for t in day_times):
            return WalkStep(plan, stop=OLDER_THAN_WINDOW)
        if self.walk_pages >= self.max_pages:
            return WalkStep(plan, stop=MAX_PAGES)
        if on_day:
            following = ListingFetch(
                self.url_for(fetch.day, fetch.page + 1), fetch.page + 1, day=fetch.day
            )
            return WalkStep(plan, following)
        later = self.days.index(fetch.day) + 1
        if later == len(self.days):
            return WalkStep(plan, stop=ARCHIVE_DONE)
        day = self.days[later]
        return WalkStep(plan, ListingFetch(self.url_for(day, 1), 1, day=day))


def make_walk(profile: SourceProfile, window: Window, *, seek_limit: int) -> Walk:
    """The walk a profile calls for: its date archive, else page numbers, else next links.

    ``seek_limit`` caps the next-link pages fetched only to reach the window (a page-number
    seek needs a few dozen probes at most and has its own cap); ``listing.max_pages`` caps
    the pages walked.
    """
    listing = profile.listing
    tz = ZoneInfo(profile.timezone)
    if listing.archive_url is not None:

        def archive_url(day: date, page: int) -> str:
            url = profile.archive_listing_url(day, page)
            assert url is not None  # archive_url is set
            return url

        return ArchiveWalk(archive_url, window, tz, max_pages=listing.max_pages)
    if listing.next_selector is not None:
        return LinkWalk(
            profile.listing_url(listing.first_page),
            window,
            max_pages=listing.max_pages,
            old_items_to_stop=listing.old_items_to_stop,
            seek_limit=seek_limit,
        )
    return PageWalk(
        profile.listing_url,
        window,
        first_page=listing.first_page,
        max_pages=listing.max_pages,
        old_items_to_stop=listing.old_items_to_stop,
    )
