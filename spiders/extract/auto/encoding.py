"""Decode listing-page bytes without trusting the declared charset.

Korean pages lie about their encoding in both directions: a CP949 page that says UTF-8, a page
re-saved as UTF-8 that still says EUC-KR. A strict decode is a strong test (EUC-KR text is
practically never valid UTF-8 and vice versa), so candidates are tried strictly in order:
a byte-order mark, the declared charset, UTF-8, CP949; only when every one fails does
detection guess, and the choice is always reported so it can be kept with the raw record.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# Browsers decode every EUC-KR label with the windows-949 (CP949) decoder, a superset.
_KOREAN_ALIASES = {
    "euc-kr",
    "euc_kr",
    "euckr",
    "ks_c_5601-1987",
    "ks_c_5601",
    "ksc5601",
    "ksc_5601",
    "korean",
    "windows-949",
    "x-windows-949",
    "ms949",
    "uhc",
    "cp949",
}
# Single-byte charsets decode any byte string, so a strict success proves nothing about them.
_SINGLE_BYTE = {"latin-1", "iso8859-1", "cp1252", "ascii", "iso8859-15"}
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE
)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Up to one undecodable byte per this many bytes is damage, not a wrong charset.
_STRAY_BYTES_PER = 2000
# The meta tag must come early (HTML: within the first 1024 bytes); real pages push it further
# with comments and blank template lines, so look a little deeper than the standard says.
_SNIFF_BYTES = 8192


@dataclass(frozen=True, slots=True)
class DecodedPage:
    """``text`` decoded with ``encoding`` (a Python codec name); ``method`` says how it was chosen:
    ``bom``, ``declared``, ``utf-8``, ``cp949``, ``detected`` or ``fallback`` (lossy)."""

    text: str
    encoding: str
    declared: str | None
    method: str


def normalise_charset(label: str | None) -> str | None:
    """A Python codec name for a charset label, or None when Python does not know it."""
    if not label:
        return None
    lowered = label.strip().strip("\"'").lower()
    if lowered in _KOREAN_ALIASES:
        return "cp949"
    try:
        name = codecs.lookup(lowered).name
    except LookupError:
        return None
    return "cp949" if name in ("euc_kr", "cp949") else name


def declared_charset(body: bytes, content_type: str | None = None) -> str | None:
    """The charset the page claims: the HTTP ``Content-Type`` parameter wins over ``<meta>``."""
    if content_type:
        header = _HEADER_CHARSET.search(content_type)
        if header:
            return header.group(1)
    meta = _META_CHARSET.search(body[:_SNIFF_BYTES])
    return meta.group(1).decode("ascii", "replace") if meta else None


def decode_html(body: bytes, content_type: str | None = None) -> DecodedPage:
    """Decode ``body``: BOM, declared charset (strict), UTF-8 (strict), CP949 (strict), detection.

    Never raises: when nothing decodes cleanly the best guess is decoded with replacement
    characters and ``method`` says ``detected`` or ``fallback``.
    """
    declared = declared_charset(body, content_type)
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return DecodedPage(
                body.decode(codec, "replace"), codec.removesuffix("-sig"), declared, "bom"
            )
    candidates: list[tuple[str, str]] = []
    claimed = normalise_charset(declared)
    if claimed and claimed not in _SINGLE_BYTE:
        candidates.append((claimed, "declared"))
    candidates += [("utf-8", "utf-8"), ("cp949", "cp949")]
    if claimed and claimed in _SINGLE_BYTE:
        candidates.append((claimed, "declared"))
    tried: list[str] = []
    for name, method in candidates:
        if name in tried:
            continue
        tried.append(name)
        try:
            return DecodedPage(body.decode(name), name, declared, method)
        except UnicodeDecodeError:
            continue
    return _detect(body, declared, tried)


def _detect(body: bytes, declared: str | None, candidates: list[str]) -> DecodedPage:
    """No candidate decodes strictly. A page that is one candidate with a stray byte or two (a
    multi-byte character cut in half, a pasted control byte) stays that candidate; anything
    more damaged goes to charset detection when charset-normalizer is installed."""
    scored = []
    for name in candidates:
        text = body.decode(name, "replace")
        scored.append((text.count("\ufffd"), name, text))
    errors, name, text = min(scored)
    if errors <= max(2, len(body) // _STRAY_BYTES_PER):
        return DecodedPage(text, name, declared, "fallback")
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # optional dependency: the least damaged candidate it is
        return DecodedPage(text, name, declared, "fallback")
    best = from_bytes(body).best()
    if best is None or not best.encoding:
        return DecodedPage(text, name, declared, "fallback")
    detected = normalise_charset(best.encoding) or best.encoding
    return DecodedPage(body.decode(detected, "replace"), detected, declared, "detected")
