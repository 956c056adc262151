"""Errors that reach the user as one clear line plus a hint."""

from __future__ import annotations


class NewsflowError(Exception):
    """Base class: ``str(err)`` is the one line the CLI prints, ``hint`` the fix to try."""

    hint: str = ""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        if hint:
            self.hint = hint


class ConfigError(NewsflowError):
    """A setting from the environment is missing or malformed."""


class SourceConfigError(NewsflowError):
    """A source profile (``sources/*.toml``) is missing, unreadable or invalid."""


class CrawlError(NewsflowError):
    """The crawl subprocess failed or produced no usable batch."""


class DumpFormatError(NewsflowError):
    """An archived listing dump does not follow the expected layout."""


class QualityGateFailed(NewsflowError):
    """The batch-level quality verdict is ``fail``: the batch is kept, not loaded."""
