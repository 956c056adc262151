"""Reading items off listing pages and fields off article pages, as pure functions.

Extractors take HTML (a string or a parsel ``Selector``) plus the page URL and return plain
values, so they are tested on HTML strings and reused outside Scrapy. The listing extractor a
profile uses is chosen by ``listing_extractor``: CSS selectors today; an automatic extractor
for profiles without selectors can sit beside it under another name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from etl.errors import SourceConfigError
from spiders.extract.selectors import extract_items

if TYPE_CHECKING:
    from parsel import Selector

    from etl.sources import SourceProfile

__all__ = ["ListingExtractor", "extract_items", "listing_extractor"]


@dataclass(frozen=True, slots=True)
class ListingExtractor:
    """A named, versioned way to read items off a listing page.

    ``name`` and ``version`` are recorded on every RawItem (``extractor``,
    ``extractor_version``) so a batch can be re-parsed when an extractor changes.
    """

    name: str
    version: str
    read: Callable[[str | Selector, str], list[dict[str, Any]]]


def listing_extractor(profile: SourceProfile) -> ListingExtractor:
    """The extractor for ``profile``; SourceConfigError when it has none that works."""
    selectors = profile.listing.items
    if selectors is None:
        raise SourceConfigError(
            f"source {profile.code}: listing.items is not set and automatic extraction "
            "is not available yet",
            hint="add a [listing.items] table with CSS selectors to the profile",
        )
    return ListingExtractor(
        name="selectors",
        version="1",
        read=lambda page, url: extract_items(page, url, selectors),
    )
