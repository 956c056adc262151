"""Automatic listing extraction: article items from a listing page without per-site selectors.

Use ``extract_listing(body, page_url, fetched_at)`` (or ``listing_rows`` for the spider's row
shape); ``extract.py`` has the pipeline, the modules beside it one step each: ``encoding``
(charset checked against the bytes), ``dom`` (links, template signatures, records, blocks),
``fields`` (title, lead, time, section of a record), ``blocks`` (which blocks are article
lists), ``jsonld`` (structured data), ``times`` (listing timestamps), ``signals`` (URL and
vocabulary evidence), ``evaluation`` (scoring against hand labels).
"""

from .extract import EXTRACTOR_VERSION, STAGES, clear_caches, extract_listing, listing_rows
from .model import BlockReport, ListingItem, ListingResult
from .times import KST, find_time_text, parse_listing_time

__all__ = [
    "EXTRACTOR_VERSION",
    "KST",
    "STAGES",
    "BlockReport",
    "ListingItem",
    "ListingResult",
    "clear_caches",
    "extract_listing",
    "listing_rows",
    "find_time_text",
    "parse_listing_time",
]
