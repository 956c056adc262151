"""Reading items off listing pages and fields off article pages, as pure functions.

Extractors take a fetched page (bytes, URL, Content-Type, fetch time) and return plain rows,
so they are tested without Scrapy and re-run on archived pages by the re-parse. The listing
extractor a profile uses is chosen by ``listing_extractor``:

- a profile without ``[listing.items]`` is read by automatic extraction
  (``spiders.extract.auto``);
- a profile with selectors is read by them, and a page where they find nothing, or far fewer
  items than the automatic extractor does, is read automatically instead: the site changed
  under the selectors. Such a page is a *fallback*; the crawl counts them
  (``extraction_fallback``) and raises ``drift_alarm``, which the quality stage reports.

Bytes are decoded by ``decode_page``, which checks the declared charset against the bytes
(a CP949 page declaring UTF-8 is read as CP949), for selectors and article pages alike.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from parsel import Selector

from spiders.extract.auto import EXTRACTOR_VERSION, extract_listing
from spiders.extract.auto.encoding import decode_html
from spiders.extract.selectors import extract_items

if TYPE_CHECKING:
    from etl.sources import ItemSelectors, SourceProfile

__all__ = [
    "ListingExtractor",
    "ListingPage",
    "ListingRead",
    "decode_page",
    "extract_items",
    "listing_extractor",
    "needs_fallback",
]

SELECTORS = "selectors"
AUTO = "auto"
SELECTORS_VERSION = "1"


@dataclass(frozen=True)
class ListingPage:
    """A fetched listing page: what every extractor may look at."""

    url: str
    body: bytes
    content_type: str | None
    fetched_at: datetime
    tz: ZoneInfo

    @cached_property
    def selector(self) -> Selector:
        """The page parsed, its bytes decoded by ``decode_page`` (parsed once, when needed)."""
        return Selector(text=decode_page(self.body, self.content_type), type="html")


@dataclass(frozen=True, slots=True)
class ListingRead:
    """The rows read off one page and who read them (``fallback``: automatic extraction stood
    in for the profile's selectors on this page).

    Rows have ``position`` (1-based), ``title``, ``url`` (absolute), ``summary``,
    ``published_raw`` and ``section_raw``; automatic rows also ``published_at`` (UTC or None).
    """

    rows: list[dict[str, Any]]
    extractor: str
    version: str
    fallback: bool = False


@dataclass(frozen=True, slots=True)
class ListingExtractor:
    """A named, versioned way to read items off a listing page.

    ``name`` and ``version`` are those of the profile's own extractor (recorded in the crawl
    stats); each page's ``ListingRead`` says which one actually read it, and that is what its
    RawItems record (``extractor``, ``extractor_version``), so a batch can be re-parsed when an
    extractor changes.
    """

    name: str
    version: str
    read: Callable[[ListingPage], ListingRead]


def decode_page(body: bytes, content_type: str | None) -> str:
    """The page's text, in the charset its bytes are really in (see the module docstring)."""
    return decode_html(body, content_type).text


def needs_fallback(selected: int, automatic: int, page_size: int) -> bool:
    """Whether automatic extraction should stand in for selectors that found ``selected``
    items where it found ``automatic`` on a listing of ``page_size`` items a page.

    Only a page where the selectors found less than half a page is questioned (the last page
    of a listing is short, and a full page is not a drift), and then only when the automatic
    extractor finds at least twice as many items: pinned stories a profile leaves out on
    purpose are a couple of items, not a doubling.
    """
    return 2 * selected < page_size and automatic > 0 and automatic >= 2 * selected


def read_automatically(page: ListingPage) -> list[dict[str, Any]]:
    """``spiders.extract.auto.extract_listing`` over ``page`` as rows."""
    result = extract_listing(
        page.body, page.url, page.fetched_at, tz=page.tz, content_type=page.content_type
    )
    return [
        {
            "position": position,
            "title": item.title,
            "url": item.url,
            "summary": item.summary,
            "published_raw": item.published_raw,
            "section_raw": item.section,
            "published_at": item.published_at,
        }
        for position, item in enumerate(result.items, start=1)
    ]


def read_with_selectors(page: ListingPage, selectors: ItemSelectors) -> list[dict[str, Any]]:
    """The profile's selectors over ``page`` as rows."""
    return extract_items(page.selector, page.url, selectors)


def listing_extractor(profile: SourceProfile) -> ListingExtractor:
    """The extractor for ``profile`` (see the module docstring for the fallback rule)."""
    selectors = profile.listing.items
    if selectors is None:
        return ListingExtractor(
            name=AUTO,
            version=EXTRACTOR_VERSION,
            read=lambda page: ListingRead(read_automatically(page), AUTO, EXTRACTOR_VERSION),
        )
    page_size = profile.listing.page_size

    def read(page: ListingPage) -> ListingRead:
        rows = read_with_selectors(page, selectors)
        if 2 * len(rows) < page_size:
            automatic = read_automatically(page)
            if needs_fallback(len(rows), len(automatic), page_size):
                return ListingRead(automatic, AUTO, EXTRACTOR_VERSION, fallback=True)
        return ListingRead(rows, SELECTORS, SELECTORS_VERSION)

    return ListingExtractor(name=SELECTORS, version=SELECTORS_VERSION, read=read)
