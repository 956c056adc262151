"""Errors the warehouse raises where the cause is known."""

from __future__ import annotations

from etl.errors import NewsflowError


class WarehouseError(NewsflowError):
    """The warehouse refused a write; the transaction was rolled back."""


class UnknownSectionError(WarehouseError):
    """An article names a section code that ``news.sections`` does not have (a bug upstream)."""


class RunNotFoundError(WarehouseError):
    """A load or ``finish_run`` names a run id that ``start_run`` never recorded."""
