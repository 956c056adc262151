"""Canonical article URLs: one spelling per article, so the warehouse key is stable.

w3lib's ``canonicalize_url`` does the heavy lifting (percent-encoding, query order, fragment);
on top of it we drop tracking parameters, default ports and rebase a live demo address onto
the outlet's public origin. ``canonical_url`` is idempotent.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

# Parameters that only say where a click came from; never part of an article's identity.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "yclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "ref",
        "ref_src",
        "from",
        "mc",
        "cmpid",
        "share",
    }
)
_TRACKING_PREFIXES = ("utm_",)
_DEFAULT_PORTS = {"http": 80, "https": 443}
_SAFE_SCHEMES = ("http", "https")


class UrlRejected(ValueError):
    """The link is not a web article URL (javascript:, data:, mailto:, no host …)."""


def _is_tracking(name: str, extra: Iterable[str]) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered in extra or lowered.startswith(_TRACKING_PREFIXES)


def canonical_url(
    url: str,
    *,
    base: str | None = None,
    keep_params: Iterable[str] = (),
    drop_params: Iterable[str] = (),
    force_https: bool = False,
    rebase: tuple[str, str] | None = None,
) -> str:
    """The canonical spelling of ``url`` (resolved against ``base`` when relative).

    ``keep_params`` are never dropped even when they look like tracking parameters;
    ``drop_params`` are outlet-specific tracking parameters. ``rebase=(live, public)``
    replaces the ``live`` origin prefix with ``public``. Raises UrlRejected for non-web links.
    """
    text = url.strip()
    if base:
        text = urljoin(base, text)
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme not in _SAFE_SCHEMES or not parts.hostname:
        raise UrlRejected(f"not an http(s) article URL: {url[:200]!r}")
    if rebase and text.startswith(rebase[0].rstrip("/") + "/"):
        text = rebase[1].rstrip("/") + text[len(rebase[0].rstrip("/")) :]
        parts = urlsplit(text)
        scheme = parts.scheme.lower()
    if force_https:
        scheme = "https"
    host = parts.hostname.rstrip(".").lower() if parts.hostname else ""
    port = parts.port
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    keep = {k.lower() for k in keep_params}
    extra = {d.lower() for d in drop_params}
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() in keep or not _is_tracking(k, extra)
    ]
    path = re.sub(r"/{2,}", "/", parts.path) or "/"
    rebuilt = urlunsplit((scheme, netloc, path, urlencode(query), ""))
    return canonicalize_url(rebuilt, keep_fragments=False)


def url_hash(url: str) -> str:
    """Hex SHA-1 of the canonical URL: a compact, index-friendly key."""
    return hashlib.sha1(url.encode("utf-8")).hexdigest()
