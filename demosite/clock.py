"""The site's clock: real time or frozen, optionally stepping forward with every listing served.

A stepping clock is how the demosite shows new articles arriving *while* a crawl pages through
a listing: each listing page served moves the clock on by ``step``, so articles published in
between push the items already seen down, onto the next page.
"""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

from demosite.article import KST


class SiteClock:
    """``now()`` is the real time (``start=None``) or ``start``, plus ``step`` per listing.

    Raises ValueError for a naive ``start`` or a negative ``step``. Thread-safe.
    """

    def __init__(self, start: datetime | None = None, step: timedelta = timedelta(0)) -> None:
        if start is not None and start.tzinfo is None:
            raise ValueError(f"the demosite clock needs a timezone-aware datetime, got {start}")
        if step < timedelta(0):
            raise ValueError(f"the demosite clock cannot step backwards ({step})")
        self._start = start.astimezone(KST) if start is not None else None
        self._step = step
        self._listings = 0
        self._lock = threading.Lock()

    def now(self) -> datetime:
        base = self._start if self._start is not None else datetime.now(KST)
        return base + self._step * self._listings

    def listing_served(self) -> None:
        """Move the clock on by one step (nothing happens without a step)."""
        if self._step:
            with self._lock:
                self._listings += 1
