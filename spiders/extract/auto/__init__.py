"""Automatic listing extraction: article items from a listing page without per-site selectors.

Use ``extract_listing(body, page_url, fetched_at)`` (or ``listing_rows`` for the spider's row
shape); ``extract.py`` has the pipeline, the modules beside it one step each: ``encoding``
(charset checked against the bytes), ``dom`` (links, template signatures, records, blocks),
``fields`` (title, lead, time, section of a record), ``blocks`` (which blocks are article
lists), ``jsonld`` (structured data), ``islands`` (the embedded state of pages their
script renders), ``times`` (listing timestamps), ``signals`` (URL and vocabulary evidence),
``evaluation`` (scoring against hand labels).

Speed: about 10-12x the bare lxml parse of a small listing, 15x where a tiny page's items come
from its embedded state (``bench.extraction_eval``), spread over a few hundred Python-level
steps per record, none above a fifth of the time. Compiling
these modules unchanged was measured on the benchmark's pages and protocol and not adopted:
Cython 1.25x and mypyc 1.35x faster, neither near the 5x target, both adding a compiler to
the install, and mypyc turning annotation gaps into runtime TypeErrors on real pages.
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
