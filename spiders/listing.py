"""``ListingSpider``: read a source's listing for one window and emit the window's items.

Arguments (``-a name=value``): ``source`` (profile code, required), ``start`` and ``end``
(KST days ``YYYY-MM-DD`` or ISO datetimes with offset; end exclusive, default start + 1 day),
``out`` (items file; default ``<data_dir>/raw/<source>/<window.key>/items.jsonl``),
``profile`` (the profile as JSON, overriding the sources folder; ``etl.crawl`` uses it),
``job_dir`` (the job folder that lets a killed crawl resume, ``spiders.jobdir``) and
``replay`` (a WARC file to re-parse: every answer comes from it, none from the network).

How the listing is walked - date archive, page-number seek, next links - is
``spiders.paging``; listing pages are fetched one after another because which page comes
next depends on this one. Each item is emitted once per crawl, by canonical URL: a pinned
story, or an item pushed onto the next page by articles published while the crawl pages, is
listed twice and emitted once. With ``follow_articles`` each emitted item's article page is
fetched once; an article that fails still lets its item through with ``article=None``.

A listing page that fails after retries ends the crawl without an items file (finish reason
``listing_failed``): a batch with a hole in it must not be loaded; so does a walk that cannot
find the window (``repeated_pages``: the site answers every page with the same items;
``seek_limit``). One refused by robots.txt ends it with an empty batch
(``listing_forbidden``): the outlet asks not to be read there.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

import scrapy
from pydantic import ValidationError
from scrapy import signals
from scrapy.exceptions import CloseSpider
from scrapy.http import TextResponse

from etl.crawl import ITEMS_FILE, STATS_FILE, raw_batch_dir, window_from_args
from etl.errors import SourceConfigError
from etl.records import ArticlePage, RawItem
from etl.sources import SourceProfile, first_error, load_source
from etl.timeparse import FUTURE_TOLERANCE, read_published_modified
from etl.urls import UrlRejected, canonical_url
from spiders import stats as keys
from spiders.extract import ListingPage, decode_page, listing_extractor
from spiders.extract.article import read_article
from spiders.extract.selectors import base_url
from spiders.failures import ROBOTS, failure_kind
from spiders.paging import ListingFetch, Walk, make_walk
from spiders.walk import REPEATED_PAGES, SEEK_LIMIT
from spiders.warc import fetched_at

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator

    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from twisted.python.failure import Failure

LISTING_FAILED = "listing_failed"
LISTING_FORBIDDEN = "listing_forbidden"
ARTICLES_LOST = "articles_lost"
# Listing pages go ahead of queued article pages: the walk decides what else to fetch.
_LISTING_PRIORITY = 10
# Listing pages in a row that list nothing new: the site ignores the page parameter.
_REPEATED_LIMIT = 3
# Walks that end without having found the window: the crawl fails rather than look complete.
_UNFINISHED = (REPEATED_PAGES, SEEK_LIMIT)
# Conflicting article times kept in stats.json as examples (all are counted).
_CONFLICT_SAMPLES = 20


class ListingSpider(scrapy.Spider):
    """One source, one window; see the module docstring for arguments and behaviour."""

    name = "listing"

    def __init__(
        self,
        source: str | None = None,
        start: str | None = None,
        end: str | None = None,
        out: str | None = None,
        profile: str | None = None,
        job_dir: str | None = None,
        replay: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if not start:
            raise SourceConfigError("spider listing: missing argument -a start=YYYY-MM-DD")
        self.profile = _load_profile(source, profile)
        try:
            self.window = window_from_args(start, end)
        except ValueError as err:
            raise ValueError(f"spider listing: bad window -a start/-a end: {err}") from err
        self.items_path = (
            Path(out) if out else raw_batch_dir(self.profile.code, self.window) / ITEMS_FILE
        )
        self.stats_path = self.items_path.with_name(STATS_FILE)
        self.job_dir = Path(job_dir) if job_dir else None
        self.replay_path = Path(replay) if replay else None
        self.tz = ZoneInfo(self.profile.timezone)
        self.extractor = listing_extractor(self.profile)
        self.allowed_domains = self.profile.allowed_domains()
        self.walk: Walk | None = None
        self._walk_ended = False
        self._walk_index = 0
        self._repeated = 0
        self._listed: set[str] = set()
        # Canonical URL of every emitted item -> (walked page index, position): the dedupe
        # set and the order the batch is written in.
        self._emitted: dict[str, tuple[int, int]] = {}
        self._waiting: dict[str, RawItem] = {}
        self._conflicts: list[dict[str, Any]] = []

    def batch_context(self) -> dict[str, Any]:
        """Fields stats.json starts with (see ``spiders.batch.BatchSpider``)."""
        return {
            "source": self.profile.code,
            "window_start": self.window.start.isoformat(),
            "window_end": self.window.end.isoformat(),
            "window_key": self.window.key,
            "base_url": self.profile.resolved_base_url(),
            "extractor": self.extractor.name,
            "extractor_version": self.extractor.version,
            "follow_articles": self.profile.follow_articles,
            "job_dir": str(self.job_dir) if self.job_dir else None,
            "replayed_from": str(self.replay_path) if self.replay_path else None,
            "article_time_conflict_samples": self._conflicts,
        }

    def item_order(self, item: RawItem) -> tuple[int, ...]:
        """(walked page index, position) of ``item``: listing order across the whole walk."""
        return self._emitted.get(self._key(item.url), (0, item.position))

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        # Scrapy lists every enabled component at INFO when the crawl starts; the list is fixed
        # by spiders.settings, so in a nightly log it only buries the lines that matter.
        logging.getLogger("scrapy.middleware").setLevel(logging.WARNING)
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.spider_idle, signal=signals.spider_idle)
        return spider

    async def start(self) -> AsyncIterator[Any]:
        self.walk = make_walk(
            self.profile, self.window, seek_limit=self.settings.getint("NEWSFLOW_MAX_SEEK_PAGES")
        )
        self._count(keys.WALK_MODE, self.walk.mode, set_value=True)
        yield self._listing_request(self.walk.start())

    # -- listing pages -------------------------------------------------------------------

    def _listing_request(self, fetch: ListingFetch) -> scrapy.Request:
        return scrapy.Request(
            fetch.url,
            callback=self.parse_listing,
            errback=self.listing_failed,
            cb_kwargs={"fetch": fetch},
            priority=_LISTING_PRIORITY,
        )

    def parse_listing(self, response: Response, fetch: ListingFetch) -> Iterator[Any]:
        """Emit the page's new in-window items, then request the page the walk names next."""
        assert self.walk is not None  # start() made it
        if not isinstance(response, TextResponse):
            self._end_walk(LISTING_FAILED, failure="not_text")
            raise CloseSpider(LISTING_FAILED)
        stamp = fetched_at(response)
        moment = datetime.fromisoformat(stamp)
        page = ListingPage(response.url, response.body, _content_type(response), moment, self.tz)
        read = self.extractor.read(page)
        if read.fallback:
            self._count(keys.EXTRACTION_FALLBACK)
            self.logger.warning(
                "selectors found too few items on %s: read by automatic extraction", response.url
            )
        rows = read.rows
        times = [self._time(row, moment) for row in rows]
        # A time later than the fetch (a typo'd year, a bogus date) cannot place its page in
        # the listing: left to stand, one such item makes a page of in-window items look
        # newer than the window, and the walk skips them all. The walk treats it as a time it
        # could not read; the item is emitted when its page overlaps the window, and the
        # quality stage quarantines it (published_at_not_in_future).
        future = sum(1 for t in times if t is not None and t > moment + FUTURE_TOLERANCE)
        if future:
            times = [None if t is not None and t > moment + FUTURE_TOLERANCE else t for t in times]
        next_url = self._next_link(page)
        step = self.walk.observe(fetch, times, next_url)
        plan, stop = step.plan, step.stop
        self._count(keys.PAGES)
        if plan is None:
            self._count(keys.SEEK_PAGES)
        else:
            self._walk_index += 1
            self._count(keys.WALK_PAGES)
            self._count(keys.ITEMS_SEEN, len(rows))
            self._count(keys.ITEMS_IN_WINDOW, plan.in_window)
            self._count(keys.ITEMS_NEWER, plan.newer)
            self._count(keys.ITEMS_OLDER, plan.older)
            self._count(keys.ITEMS_UNPARSED_TIME, plan.unparsed)
            self._count(keys.ITEMS_UNPARSED_EMITTED, plan.unparsed_emitted)
            self._count(keys.ITEMS_FUTURE_TIME, future)
        # A site that ignores its page or cursor parameter answers every page with the same
        # items; without this the walk (or the seek) would go on until its page limit.
        listed = {self._key(row["url"]) for row in rows}
        self._repeated = self._repeated + 1 if listed and listed <= self._listed else 0
        self._listed |= listed
        if stop is None and self._repeated >= _REPEATED_LIMIT:
            stop = REPEATED_PAGES
        if stop in _UNFINISHED:
            # The window was never reached: an empty batch here would be a silent hole.
            self._end_walk(stop, failure=stop)
            self.logger.error("listing walk gives up at %s: %s", response.url, stop)
            raise CloseSpider(stop)
        if stop is None and step.next is not None:
            yield self._listing_request(step.next)
        else:
            self._end_walk(stop or "no_next_page")
            self.logger.info("listing walk ends after %s: %s", response.url, stop)
        for index in plan.emit if plan else ():
            row = rows[index]
            key = self._key(row["url"])
            if key in self._emitted:
                self._count(keys.ITEMS_DUPLICATE)
                continue
            self._emitted[key] = (self._walk_index, row["position"])
            item = RawItem(
                source=self.profile.code,
                listing_url=response.url,
                url=row["url"],
                title=row["title"],
                summary=row["summary"],
                published_raw=row["published_raw"],
                section_raw=row["section_raw"],
                page=fetch.page,
                position=row["position"],
                fetched_at=stamp,
                extractor=read.extractor,
                extractor_version=read.version,
            )
            yield from self._with_article(item, key)

    def listing_failed(self, failure: Failure) -> None:
        """A listing page that cannot be read ends the crawl; robots.txt ends it quietly."""
        request = failure.request  # type: ignore[attr-defined]
        kind = failure_kind(failure)
        if kind == ROBOTS:
            # The outlet asks us not to read this listing: that is a result - an empty
            # batch, counted - not a failure.
            self._end_walk(LISTING_FORBIDDEN, failure=kind)
            self.logger.warning("listing page refused by robots.txt, walk ends: %s", request.url)
            return
        self._end_walk(LISTING_FAILED, failure=kind)
        self.logger.error("listing page failed: %s (%s)", request.url, kind)
        raise CloseSpider(LISTING_FAILED)

    def spider_idle(self) -> None:
        """Nothing left to do: make sure that is because the walk ended, not because a
        request vanished without an answer (then the batch would have a silent hole)."""
        if not self._walk_ended:
            self._end_walk(LISTING_FAILED, failure="listing_lost")
            raise CloseSpider(LISTING_FAILED)
        if self._waiting:
            self._count(keys.FAILURES + "article_lost", len(self._waiting))
            raise CloseSpider(ARTICLES_LOST)

    def _end_walk(self, reason: str, *, failure: str | None = None) -> None:
        self._walk_ended = True
        self._count(keys.STOP_REASON, reason, set_value=True)
        if failure:
            self._count(keys.FAILURES + failure)

    def _time(self, row: dict[str, Any], moment: datetime) -> datetime | None:
        """The row's time as the clean stage will read it (automatic rows may know better)."""
        published, _ = read_published_modified(
            row["published_raw"], self.tz, moment, url=row["url"]
        )
        fallback: datetime | None = row.get("published_at")
        return published.value or fallback

    def _next_link(self, page: ListingPage) -> str | None:
        css = self.profile.listing.next_selector
        if css is None:
            return None
        found = page.selector.css(css)
        if not found:
            return None
        href = found[0].attrib.get("href") or found[0].css("a[href]::attr(href)").get()
        if not href:
            return None
        try:
            return urljoin(base_url(page.selector, page.url), href.strip())
        except ValueError:  # a next link no parser can resolve (``//[::1``) leads nowhere
            return None

    def _key(self, url: str) -> str:
        """The item's identity inside the crawl: its canonical URL under the profile's rules."""
        rules = self.profile.url
        try:
            return canonical_url(
                url,
                keep_params=rules.keep_params,
                drop_params=rules.drop_params,
                force_https=rules.force_https,
            )
        except UrlRejected:
            return url

    # -- article pages -------------------------------------------------------------------

    def _with_article(self, item: RawItem, key: str) -> Iterator[Any]:
        """Yield ``item`` now, or request its article page and yield it when that arrives."""
        if not self.profile.follow_articles:
            yield item
        elif not item.url.startswith(("http://", "https://")):
            self._count(keys.ARTICLE_ERRORS + "not_http")
            yield item
        else:
            self._waiting[key] = item
            yield scrapy.Request(
                item.url,
                callback=self.parse_article,
                errback=self.article_failed,
                cb_kwargs={"key": key},
            )

    def _release(self, key: str, article: ArticlePage | None) -> Iterator[RawItem]:
        item = self._waiting.pop(key, None)
        if item is not None:
            item.article = article
            yield item

    def parse_article(self, response: Response, key: str) -> Iterator[RawItem]:
        if not isinstance(response, TextResponse):
            self._count(keys.ARTICLES_FAILED)
            self._count(keys.ARTICLE_ERRORS + "not_text")
            yield from self._release(key, None)
            return
        content_type = _content_type(response)
        read = read_article(decode_page(response.body, content_type), response.url, self.tz)
        if read.conflicts:
            self._count(keys.ARTICLE_TIME_CONFLICTS)
            if len(self._conflicts) < _CONFLICT_SAMPLES:
                self._conflicts.append({"url": response.url, "conflicts": list(read.conflicts)})
        self._count(keys.ARTICLES_FETCHED)
        yield from self._release(key, read.page)

    def article_failed(self, failure: Failure) -> Iterator[RawItem]:
        """The item goes on without its article page; the failure is counted by kind."""
        request = failure.request  # type: ignore[attr-defined]
        kind = failure_kind(failure)
        self._count(keys.ARTICLES_FAILED)
        self._count(keys.ARTICLE_ERRORS + kind)
        self._count(keys.FAILURES + kind)
        self.logger.warning("article page failed, item kept without it: %s (%s)", request.url, kind)
        yield from self._release(request.cb_kwargs["key"], None)

    # -- helpers -------------------------------------------------------------------------

    def _count(self, key: str, value: Any = 1, *, set_value: bool = False) -> None:
        stats = self.crawler.stats
        if set_value:
            stats.set_value(keys.PREFIX + key, value)
        elif value:
            stats.inc_value(keys.PREFIX + key, value)


def _content_type(response: Response) -> str | None:
    value = response.headers.get(b"Content-Type")
    return value.decode("latin-1") if value else None


def _load_profile(source: str | None, profile_json: str | None) -> SourceProfile:
    """The profile named by ``source``, or the one given as JSON (which must match it)."""
    if profile_json is None:
        if not source:
            raise SourceConfigError("spider listing: missing argument -a source=CODE")
        return load_source(source)
    try:
        profile = SourceProfile.model_validate_json(profile_json)
    except ValidationError as err:
        raise SourceConfigError(f"spider listing: -a profile: {first_error(err)}") from err
    if source and source != profile.code:
        raise SourceConfigError(
            f"spider listing: -a source={source} but the profile given is {profile.code!r}"
        )
    return profile
