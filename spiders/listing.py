"""``ListingSpider``: walk a source's listing pages newest first and emit the window's items.

Arguments (``-a name=value``): ``source`` (profile code, required), ``start`` and ``end``
(KST days ``YYYY-MM-DD`` or ISO datetimes with offset; end exclusive, default start + 1 day),
``out`` (items file; default ``<data_dir>/raw/<source>/<window.key>/items.jsonl``), and
``profile`` (the profile as JSON, overriding the sources folder; ``etl.crawl`` uses it).

Listing pages are fetched one after another because whether to fetch the next page depends
on the times on this one (``spiders.walk.plan_page``). With ``follow_articles`` each emitted
item's article page is fetched once; an article that fails still lets its item through with
``article=None``. A listing page that fails after retries ends the crawl without an items
file (finish reason ``listing_failed``): a batch with a hole in it must not be loaded.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self
from zoneinfo import ZoneInfo

import scrapy
from pydantic import ValidationError
from scrapy.exceptions import CloseSpider, IgnoreRequest
from scrapy.http import TextResponse
from scrapy.spidermiddlewares.httperror import HttpError

from etl.crawl import ITEMS_FILE, STATS_FILE, raw_batch_dir, window_from_args
from etl.errors import SourceConfigError
from etl.records import ArticlePage, RawItem
from etl.sources import SourceProfile, first_error, load_source
from etl.timeparse import parse_timestamp
from spiders import stats as keys
from spiders.extract import listing_extractor
from spiders.extract.article import extract_article
from spiders.walk import MAX_PAGES, plan_page

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator

    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from twisted.python.failure import Failure

LISTING_FAILED = "listing_failed"
LISTING_FORBIDDEN = "listing_forbidden"
# Listing pages go ahead of queued article pages: the walk decides what else to fetch.
_LISTING_PRIORITY = 10


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
        self.tz = ZoneInfo(self.profile.timezone)
        self.extractor = listing_extractor(self.profile)
        self.allowed_domains = self.profile.allowed_domains()
        self._old_run = 0
        # Article pages by item URL: an item seen twice (the listing shifted while we paged)
        # is fetched once; None records a page that failed, so it is not tried again.
        self._articles: dict[str, ArticlePage | None] = {}
        self._waiting: dict[str, list[RawItem]] = {}

    def batch_context(self) -> dict[str, Any]:
        """Fields stats.json starts with (see ``spiders.batch.BatchSpider``)."""
        return {
            "source": self.profile.code,
            "window_start": self.window.start.isoformat(),
            "window_end": self.window.end.isoformat(),
            "window_key": self.window.key,
            "extractor": self.extractor.name,
            "extractor_version": self.extractor.version,
            "follow_articles": self.profile.follow_articles,
        }

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        # Scrapy lists every enabled component at INFO when the crawl starts; the list is fixed
        # by spiders.settings, so in a nightly log it only buries the lines that matter.
        logging.getLogger("scrapy.middleware").setLevel(logging.WARNING)
        return super().from_crawler(crawler, *args, **kwargs)

    async def start(self) -> AsyncIterator[Any]:
        yield self._listing_request(self.profile.listing.first_page)

    # -- listing pages -------------------------------------------------------------------

    def _listing_request(self, page: int) -> scrapy.Request:
        return scrapy.Request(
            self.profile.listing_url(page),
            callback=self.parse_listing,
            errback=self.listing_failed,
            cb_kwargs={"page": page},
            priority=_LISTING_PRIORITY,
        )

    def parse_listing(self, response: Response, page: int) -> Iterator[Any]:
        """Emit the page's in-window items, then request the next page unless the walk ends."""
        if not isinstance(response, TextResponse):
            self._count(keys.STOP_REASON, LISTING_FAILED, set_value=True)
            raise CloseSpider(LISTING_FAILED)
        fetched_at = datetime.now(UTC)
        rows = self.extractor.read(response.selector, response.url)
        times = [parse_timestamp(row["published_raw"], self.tz, fetched_at) for row in rows]
        plan = plan_page(
            times,
            self.window,
            old_run=self._old_run,
            old_items_to_stop=self.profile.listing.old_items_to_stop,
        )
        self._old_run = plan.old_run
        self._count(keys.PAGES)
        self._count(keys.ITEMS_SEEN, len(rows))
        self._count(keys.ITEMS_IN_WINDOW, plan.in_window)
        self._count(keys.ITEMS_NEWER, plan.newer)
        self._count(keys.ITEMS_OLDER, plan.older)
        self._count(keys.ITEMS_UNPARSED_TIME, plan.unparsed)
        self._count(keys.ITEMS_UNPARSED_EMITTED, plan.unparsed_emitted)

        listing = self.profile.listing
        stop = plan.stop
        if stop is None and page - listing.first_page + 1 >= listing.max_pages:
            stop = MAX_PAGES
        if stop is None:
            yield self._listing_request(page + 1)
        else:
            self._count(keys.STOP_REASON, stop, set_value=True)
            self.logger.info("listing walk ends after page %d: %s", page, stop)

        fetched = fetched_at.isoformat(timespec="seconds")
        for index in plan.emit:
            row = rows[index]
            item = RawItem(
                source=self.profile.code,
                listing_url=response.url,
                url=row["url"],
                title=row["title"],
                summary=row["summary"],
                published_raw=row["published_raw"],
                section_raw=row["section_raw"],
                page=page,
                position=row["position"],
                fetched_at=fetched,
                extractor=self.extractor.name,
                extractor_version=self.extractor.version,
            )
            yield from self._with_article(item)

    def listing_failed(self, failure: Failure) -> None:
        """A listing page that cannot be read ends the crawl; robots.txt ends it quietly."""
        request = failure.request  # type: ignore[attr-defined]
        if failure.check(IgnoreRequest) and not failure.check(HttpError):
            # Refused by robots.txt (or offsite): the outlet asks us not to read this
            # listing, which is a result - an empty batch, counted - not a failure.
            self._count(keys.STOP_REASON, LISTING_FORBIDDEN, set_value=True)
            self.logger.warning(
                "listing page refused, walk ends: %s (%s)", request.url, failure.value
            )
            return
        self._count(keys.STOP_REASON, LISTING_FAILED, set_value=True)
        self.logger.error("listing page failed: %s (%s)", request.url, _describe(failure))
        raise CloseSpider(LISTING_FAILED)

    # -- article pages -------------------------------------------------------------------

    def _with_article(self, item: RawItem) -> Iterator[Any]:
        """Yield ``item`` now, or request its article page and yield it when that arrives."""
        if not self.profile.follow_articles:
            yield item
        elif item.url in self._articles:
            item.article = self._articles[item.url]
            yield item
        elif item.url in self._waiting:
            self._waiting[item.url].append(item)
        elif not item.url.startswith(("http://", "https://")):
            self._count(keys.ARTICLE_ERRORS + "not_http")
            yield item
        else:
            self._waiting[item.url] = [item]
            yield scrapy.Request(
                item.url,
                callback=self.parse_article,
                errback=self.article_failed,
                cb_kwargs={"url": item.url},
            )

    def _release(self, url: str, article: ArticlePage | None) -> Iterator[RawItem]:
        self._articles[url] = article
        for item in self._waiting.pop(url, []):
            item.article = article
            yield item

    def parse_article(self, response: Response, url: str) -> Iterator[RawItem]:
        if not isinstance(response, TextResponse):
            self._count(keys.ARTICLES_FAILED)
            self._count(keys.ARTICLE_ERRORS + "not_text")
            yield from self._release(url, None)
            return
        self._count(keys.ARTICLES_FETCHED)
        yield from self._release(url, extract_article(response.selector, response.url))

    def article_failed(self, failure: Failure) -> Iterator[RawItem]:
        """The item goes on without its article page; the failure is counted by kind."""
        request = failure.request  # type: ignore[attr-defined]
        kind = _describe(failure)
        self._count(keys.ARTICLES_FAILED)
        self._count(keys.ARTICLE_ERRORS + kind)
        self.logger.warning("article page failed, item kept without it: %s (%s)", request.url, kind)
        yield from self._release(request.cb_kwargs["url"], None)

    # -- helpers -------------------------------------------------------------------------

    def _count(self, key: str, value: Any = 1, *, set_value: bool = False) -> None:
        stats = self.crawler.stats
        if set_value:
            stats.set_value(keys.PREFIX + key, value)
        elif value:
            stats.inc_value(keys.PREFIX + key, value)


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


def _describe(failure: Failure) -> str:
    """``404`` for an HTTP error response, else the exception's class name."""
    if failure.check(HttpError):
        return str(failure.value.response.status)
    return type(failure.value).__name__
