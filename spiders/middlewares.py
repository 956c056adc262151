"""Downloader middlewares of the crawl: where a request may go, and how failures are retried.

- ``PublicAddressesOnly`` refuses requests to loopback, private, link-local and other
  non-public addresses: a listing or a redirect pointing at ``127.0.0.1`` or ``10.0.0.5`` is
  a way into the machine running the crawl, not a news page. The bundled demosite runs on
  loopback, so a demosite profile switches it off, as do ``NEWSFLOW_ALLOW_PRIVATE_ADDRESSES``
  (tests serving pages of their own on loopback) and a re-parse (no request leaves it).
- ``OffsiteToErrback`` is Scrapy's offsite policy (``allowed_domains``) applied only when a
  request is about to be downloaded. Scrapy also drops offsite requests when they are
  scheduled, silently: no callback, no errback. A listing page redirected to another host
  would then vanish and the walk would end as if the window were complete; here the
  refusal reaches the request's errback and is counted like any failure. Scrapy's domains
  have no ports; a site served on an explicit port (the demosite on loopback) owns only that
  port of its host: another port there is another service, not the outlet.
- ``BackoffRetryMiddleware`` is Scrapy's retry (``RETRY_TIMES``, ``RETRY_HTTP_CODES``,
  ``RETRY_EXCEPTIONS``) with a pause before each retry: ``NEWSFLOW_RETRY_BACKOFF`` seconds,
  doubled for every further attempt, at most ``NEWSFLOW_RETRY_BACKOFF_MAX``, or the
  ``Retry-After`` the server asked for (capped the same way). An outlet answering 503 is
  overloaded; retrying at once only adds to it.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import socket
from typing import TYPE_CHECKING, Self
from urllib.parse import urlsplit

from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Request
from scrapy.utils.httpobj import urlparse_cached

if TYPE_CHECKING:
    from urllib.parse import ParseResult

    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.http import Response

log = logging.getLogger(__name__)


class PrivateAddressRefused(IgnoreRequest):
    """The request's host is, or resolves to, an address that is not public."""


class PublicAddressesOnly:
    """Refuse requests to non-public addresses (see the module docstring).

    A host name is resolved once per crawl (``socket.getaddrinfo``) and refused when any of
    its addresses is not global. The connection itself resolves again, so a name that changes
    its answer in between is not caught here; the check is about configuration mistakes and
    links that point inwards, not about a hostile resolver.
    """

    def __init__(self) -> None:
        self._verdicts: dict[str, str | None] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if crawler.settings.getbool("NEWSFLOW_ALLOW_PRIVATE_ADDRESSES"):
            raise NotConfigured("NEWSFLOW_ALLOW_PRIVATE_ADDRESSES is on")
        if getattr(crawler.spider, "replay_path", None) is not None:
            # A re-parse answers from its archive: nothing reaches the network, not even DNS.
            raise NotConfigured("replaying an archive")
        profile = getattr(crawler.spider, "profile", None)
        if profile is not None and profile.is_demosite:
            raise NotConfigured("the bundled demosite is served on loopback")
        return cls()

    def process_request(self, request: Request) -> None:
        parts = urlparse_cached(request)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return
        host = parts.hostname
        if host not in self._verdicts:
            self._verdicts[host] = _non_public(host)
        refused = self._verdicts[host]
        if refused is not None:
            raise PrivateAddressRefused(f"{host} is a non-public address ({refused})")


def _non_public(host: str) -> str | None:
    """The first non-global address ``host`` is or resolves to; None when all are public."""
    try:
        addresses = [ipaddress.ip_address(host)]
    except ValueError:
        try:
            infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
        except OSError:
            return None  # unresolvable: the download fails on its own, and says so
        addresses = [ipaddress.ip_address(info[4][0]) for info in infos]
    return next((str(a) for a in addresses if not a.is_global), None)


class OffsiteToErrback(OffsiteMiddleware):
    """Scrapy's offsite policy, refused where the request's errback hears of it."""

    def request_scheduled(self, request: Request, spider: Spider) -> None:
        # Checked in process_request instead (see the module docstring).
        return None

    def should_follow(self, request: Request, spider: Spider) -> bool:
        if not super().should_follow(request, spider):
            return False
        profile = getattr(spider, "profile", None)
        if profile is None:
            return True
        site = urlsplit(profile.resolved_base_url())
        if site.port is None:
            return True
        parts = urlparse_cached(request)
        return parts.hostname != site.hostname or _port(parts) == site.port


def _port(parts: ParseResult) -> int | None:
    """The port a URL connects to: the explicit one, else its scheme's default."""
    return parts.port or {"http": 80, "https": 443}.get(parts.scheme)


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retries with a pause before each (see the module docstring)."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler.settings)
        self.base = crawler.settings.getfloat("NEWSFLOW_RETRY_BACKOFF", 1.0)
        self.ceiling = crawler.settings.getfloat("NEWSFLOW_RETRY_BACKOFF_MAX", 30.0)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        middleware = cls(crawler)
        middleware.crawler = crawler
        return middleware

    def delay(self, retry: Request, response: Response | None = None) -> float:
        """Seconds to wait before ``retry`` (its ``retry_times`` meta says which attempt)."""
        attempt = int(retry.meta.get("retry_times", 1))
        wait = self.base * 2 ** (attempt - 1)
        if response is not None:
            asked = response.headers.get(b"Retry-After")
            if asked is not None and asked.strip().isdigit():
                wait = max(wait, float(asked))
        return min(wait, self.ceiling)

    async def process_response(  # type: ignore[override]
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Request | Response:
        result = super().process_response(request, response)
        if isinstance(result, Request):
            await self._pause(self.delay(result, response))
        return result

    async def process_exception(  # type: ignore[override]
        self, request: Request, exception: Exception, spider: Spider | None = None
    ) -> Request | Response | None:
        result = super().process_exception(request, exception)
        if isinstance(result, Request):
            await self._pause(self.delay(result))
        return result

    async def _pause(self, seconds: float) -> None:
        if seconds > 0:
            await asyncio.sleep(seconds)
