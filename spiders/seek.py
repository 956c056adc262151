"""Finding the first listing page that reaches a window, by page number.

A backfill of a day 400 days back on a listing of 20 items a page starts some 900 pages deep;
walking there costs 900 fetches, seeking it costs about 20. The listing is newest first, so
"this page lies wholly before the window" (``spiders.walk.newer_than_window``) is true for
pages 1..a-1 and false from page ``a`` on: an exponential search (pages 1, 2, 4, 8, …) brackets
``a``, a binary search inside the bracket finds it. With ``a`` on page 2^(k-1) < a <= 2^k that
is k+1 probes up and k-1 down, 2k in all - under 2*log2(a) + 2.

New items arriving while the seek runs push items down, never up, so a page found "before the
window" stays so; the page found can only be early, which costs a page, never an item.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class PageSeek:
    """The search state; ask ``next_probe``, fetch that page, ``record`` what it showed.

    ``newer`` (the highest page known to lie before the window) and ``reached`` (the lowest
    page known not to) bracket the answer; ``probes`` counts the pages recorded. ``limit``
    caps the probes: a site that answers every page number with page 1 would otherwise be
    probed forever.
    """

    first_page: int = 1
    limit: int = 64
    newer: int | None = None
    reached: int | None = None
    probes: int = 0

    def next_probe(self) -> int | None:
        """The page to fetch next; None when the search is over (see ``answer``)."""
        if self.reached is not None and (self.newer is None or self.reached - self.newer <= 1):
            return None
        if self.probes >= self.limit:
            return None
        if self.reached is None:
            # Offsets 0, 1, 3, 7, …: pages 1, 2, 4, 8 when the listing starts at page 1.
            offset = 0 if self.newer is None else 2 * (self.newer - self.first_page) + 1
            return self.first_page + offset
        assert self.newer is not None  # a bracket exists
        return (self.newer + self.reached) // 2

    def record(self, page: int, *, newer: bool) -> None:
        """What page ``page`` showed: wholly before the window (``newer``) or not."""
        self.probes += 1
        if newer:
            self.newer = page if self.newer is None else max(self.newer, page)
        else:
            self.reached = page if self.reached is None else min(self.reached, page)

    @property
    def answer(self) -> int | None:
        """The first page that reaches the window, once found; None if the limit cut it short."""
        if self.reached is not None and (self.newer is None or self.reached - self.newer <= 1):
            return self.reached
        return None
