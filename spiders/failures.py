"""Names for the ways a request fails for good, as counted in stats.json (``failures``).

One vocabulary for listing and article pages alike, so a run's counts say *why* pages were
missing: ``http_503``, ``timeout``, ``robots``, ``offsite``, ``private_address``,
``redirect_loop``, ``oversize``, ``truncated``, ``dns``, ``connection_refused``,
``not_archived`` (re-parse: the archive has no response for the request) and, for anything
else, the exception's class name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import DNSLookupError
from twisted.internet.error import TimeoutError as TwistedTimeoutError

from spiders.middlewares import PrivateAddressRefused

if TYPE_CHECKING:
    from twisted.python.failure import Failure

ROBOTS = "robots"


class ResponseNotArchived(Exception):
    """A replayed crawl asked for a response its archive does not hold."""


def failure_kind(failure: Failure) -> str:
    """The kind of a request's final failure (see the module docstring)."""
    value = failure.value
    if isinstance(value, HttpError):
        return f"http_{value.response.status}"
    if isinstance(value, PrivateAddressRefused):
        return "private_address"
    if isinstance(value, IgnoreRequest):
        message = str(value)
        if message.startswith("Forbidden by robots.txt"):
            return ROBOTS
        if "offsite" in message:
            return "offsite"
        if "max redirections" in message:
            return "redirect_loop"
        return "ignored"
    if isinstance(value, ResponseNotArchived):
        return "not_archived"
    if isinstance(value, DownloadTimeoutError | TwistedTimeoutError | TimeoutError):
        return "timeout"
    if isinstance(value, DownloadCancelledError):
        return "oversize" if "max size" in str(value) else "cancelled"
    if isinstance(value, ResponseDataLossError):
        return "truncated"
    if isinstance(value, CannotResolveHostError | DNSLookupError):
        return "dns"
    if isinstance(value, DownloadConnectionRefusedError):
        return "connection_refused"
    return type(value).__name__
