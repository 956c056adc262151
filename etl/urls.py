"""Canonical article URLs: one spelling per article, so the warehouse key is stable.

w3lib's ``canonicalize_url`` does the heavy lifting: percent-encoding (upper-case escapes,
UTF-8 for non-ASCII, ``%7e`` -> ``~``), IDNA hosts, dot segments, query order and fragments.
On top of it this module resolves relative links, rejects non-web links, lower-cases the
scheme and host, drops default ports, userinfo and tracking parameters, optionally upgrades
to https, maps mobile hosts (``m.``) onto the desktop host and rebases a live demo address onto
the outlet's public origin. ``canonical_url`` is idempotent and never drops a parameter listed
in ``keep_params`` (the ones that identify an article: ``idxno``, ``aid``, ``oid``, ``sid`` …).

courlan would also do the tracking-parameter part, but it is not a dependency here and its
list is not outlet-aware; the explicit set below plus per-profile ``drop_params`` is.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from urllib.parse import SplitResult, unquote_plus, urljoin, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

# Parameters that only say where a click came from; never part of an article's identity.
# ``mc``, ``ref`` and ``from`` are what Korean CMSs (ndsoft, 뉴스톱 …) add to shared links.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "ocid",
        "ncid",
        "ref",
        "ref_src",
        "referer",
        "from",
        "mc",
        "cmpid",
        "share",
        "spm",
    }
)
_TRACKING_PREFIXES = ("utm_",)
_DEFAULT_PORTS = {"http": 80, "https": 443}
_SAFE_SCHEMES = ("http", "https")
_MOBILE_PREFIXES = ("m.", "mobile.")
# Browsers drop tabs and newlines inside URLs (WHATWG URL standard); so do we.
_URL_WHITESPACE = re.compile(r"[\t\n\r]")


class UrlRejected(ValueError):
    """The link is not a web article URL (javascript:, data:, mailto:, no host …)."""


def is_tracking_param(name: str, extra: Iterable[str] = ()) -> bool:
    """True for a click-tracking parameter: the known set, ``utm_*``, or one of ``extra``."""
    lowered = name.lower()
    return (
        lowered in TRACKING_PARAMS
        or lowered in {e.lower() for e in extra}
        or lowered.startswith(_TRACKING_PREFIXES)
    )


def canonical_url(
    url: str,
    *,
    base: str | None = None,
    keep_params: Iterable[str] = (),
    drop_params: Iterable[str] = (),
    force_https: bool = False,
    rebase: tuple[str, str] | None = None,
    desktop_host: str | None = None,
) -> str:
    """The canonical spelling of ``url`` (resolved against ``base`` when relative).

    ``keep_params`` are never dropped even when they look like tracking parameters;
    ``drop_params`` are outlet-specific tracking parameters. ``rebase=(live, public)``
    replaces the ``live`` origin prefix with ``public``. With ``desktop_host``
    (``www.example.kr``), ``m.example.kr``/``mobile.example.kr`` (with or without ``www``)
    become that host. Parameter names compare case-insensitively; values are kept as given
    (only their encoding is normalised). Raises UrlRejected for non-web links.
    """
    text = _URL_WHITESPACE.sub("", url).strip()
    # Browsers read a backslash before the query as a slash in web URLs (WHATWG).
    end = min((i for i in (text.find("?"), text.find("#")) if i >= 0), default=len(text))
    text = text[:end].replace("\\", "/") + text[end:]
    if base:
        try:
            text = urljoin(base, text)
        except ValueError as err:  # "//[::1": an authority urllib cannot parse
            raise UrlRejected(f"unparsable URL: {url[:200]!r}") from err
    parts = _split_web(text, url)
    if rebase and text.startswith(rebase[0].rstrip("/") + "/"):
        text = rebase[1].rstrip("/") + text[len(rebase[0].rstrip("/")) :]
        parts = _split_web(text, url)
    scheme = "https" if force_https else parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".").lower()
    if desktop_host:
        host = _desktop(host, desktop_host.lower())
    try:
        port = parts.port
    except ValueError as err:
        raise UrlRejected(f"invalid port in {url[:200]!r}") from err
    if ":" in host:  # an IPv6 literal keeps its brackets
        host = f"[{host}]"
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    query = _filter_query(parts.query, keep_params, drop_params)
    path = re.sub(r"/{2,}", "/", parts.path) or "/"
    return canonicalize_url(urlunsplit((scheme, netloc, path, query, "")), keep_fragments=False)


def _split_web(text: str, original: str) -> SplitResult:
    try:
        parts = urlsplit(text)
    except ValueError as err:  # "https://[::1": an authority urllib cannot parse
        raise UrlRejected(f"unparsable URL: {original[:200]!r}") from err
    if parts.scheme.lower() not in _SAFE_SCHEMES or not parts.hostname:
        raise UrlRejected(f"not an http(s) article URL: {original[:200]!r}")
    return parts


def _desktop(host: str, desktop_host: str) -> str:
    bare = desktop_host.removeprefix("www.")
    for prefix in _MOBILE_PREFIXES:
        if host in (prefix + bare, prefix + "www." + bare, "www." + prefix + bare):
            return desktop_host
    return host


def _filter_query(query: str, keep_params: Iterable[str], drop_params: Iterable[str]) -> str:
    """The query without tracking parameters, each kept pair byte-for-byte as it was.

    Filtering the raw ``name=value`` pieces (instead of decoding and re-encoding the whole
    query) leaves values in encodings other than UTF-8 intact; w3lib normalises them after.
    """
    keep = {k.lower() for k in keep_params}
    extra = {d.lower() for d in drop_params}
    kept = []
    for piece in query.split("&"):
        if not piece:
            continue
        name = unquote_plus(piece.split("=", 1)[0])
        if name.lower() in keep or not is_tracking_param(name, extra):
            kept.append(piece)
    return "&".join(kept)


def url_hash(url: str) -> str:
    """Hex SHA-1 of the canonical URL: a compact, index-friendly key."""
    return hashlib.sha1(url.encode("utf-8")).hexdigest()
