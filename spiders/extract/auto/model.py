"""What automatic extraction returns: items, per-block diagnostics and the decoding used."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class ListingItem:
    """One article as listed on the page.

    ``url`` is absolute (fragment dropped, query kept: canonicalisation is the clean stage's
    job); ``title`` and ``summary`` are whitespace-collapsed visible text, a site-truncated title
    replaced by the full one from the link's ``title`` attribute when the page provides it;
    ``published_raw`` is the timestamp string exactly as found (a ``datetime`` attribute wins
    over display text) and ``published_at`` its tz-aware UTC reading, or None when it could not
    be resolved (e.g. a relative time without a fetch time). ``block`` names the list block the
    item came from (``b3``; ``jsonld`` for items only the page's structured data lists,
    ``state`` for items only its embedded application state lists).
    """

    title: str
    url: str
    summary: str | None = None
    published_raw: str | None = None
    published_at: datetime | None = None
    section: str | None = None
    block: str = ""


@dataclass(frozen=True, slots=True)
class BlockReport:
    """Why a group of repeated links was kept or dropped.

    ``kind`` is ``articles`` for kept lists (and for weak blocks that still gave a few
    unmistakable articles), ``jsonld`` for the page's structured-data list, ``state`` for the
    list in the embedded data of a page its script renders, and otherwise the
    reason it was dropped: ``ranking`` (most viewed, popular, numbered 1, 2, 3 …, or a digest
    repeating the list above), ``related`` (recommendations, discovery widgets, obituaries,
    other sites' coverage nested under a search result), ``navigation`` (menus, headers, footers,
    pagination), ``sidebar`` (a side column of headlines), ``hidden`` (a list kept out of view,
    such as an inactive tab panel, beside one shown), ``part`` (links of one record of a list,
    read with it: a card's section and picture links), ``ads`` or ``weak`` (links that do not
    read like article headlines). ``items`` counts the items the block contributed (an
    article listed twice belongs to its first block); ``score`` is for reading, not a rule.
    """

    id: str
    kind: str
    kept: bool
    records: int
    items: int
    score: float
    path: str
    label: str | None = None
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ListingResult:
    """Items in page order (structured-data items first), the encoding used, every block seen."""

    items: list[ListingItem]
    encoding: str
    blocks: list[BlockReport] = field(default_factory=list)
    declared_encoding: str | None = None

    @property
    def kept_blocks(self) -> list[BlockReport]:
        return [b for b in self.blocks if b.kept]
