"""Article lists in a page's embedded application state: the listing of a page rendered in
the browser.

A client-rendered listing ships its articles as JSON — ``<script id="__NEXT_DATA__"
type="application/json">``, ``window.__INITIAL_STATE__ = {…}``, ``Fusion.globalContent = {…}``
— and an empty ``<div id="root">`` the script fills in. A reader sees those articles once the
script runs; the DOM alone shows none. This module finds, in that JSON, the lists of objects
that each carry a headline and an article URL, and returns the largest as
``StructuredItem`` entries (the shape ``jsonld`` gives), to be merged like a JSON-LD list.

The state holds menus, tag clouds and "most read" lists too: menus fall to the article-URL
test, and only the one largest list of articles is taken, the page's main list. It is read
only when the DOM gives (almost) nothing, so a server-rendered page keeps its own reading.
No library reads arbitrary application state: each framework names its keys its own way, so
the keys tried are the common ones (``headline``/``title``, ``canonicalUrl``/``url``/``path``,
``description``/``dek``, ``datePublished``/``publishedAt``/``display_date``…).
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from .jsonld import StructuredItem, json_text
from .signals import article_url_score, site_of, split_url

if TYPE_CHECKING:
    from lxml.etree import _Element

# Script texts larger than this are bundles, not state worth walking.
_MAX_SCRIPT = 8_000_000
# JSON nodes visited per page at the most (a deep state is cut short, not walked forever).
_MAX_NODES = 200_000
# A list needs this many article entries to be the page's list.
MIN_ENTRIES = 3
# ``window.__INITIAL_STATE__ =``, ``Fusion.globalContent=``, ``self.__NUXT__ =`` …
_ASSIGNMENT = re.compile(
    r"(?:window|self|globalThis)?\.?(?:__[A-Za-z_]+__|Fusion\.globalContent|[A-Za-z]*[Ss]tate)"
    r"\s*=\s*(?=[\[{])"
)
_TITLE_KEYS = ("headline", "headlines", "title", "name")
_URL_KEYS = (
    "canonicalUrl", "canonical_url", "url", "webUrl", "website_url", "link", "href", "permalink",
    "path", "uri",
)  # fmt: skip
_LEAD_KEYS = (
    "description", "summary", "lead", "dek", "excerpt", "subheadline", "subheadlines",
    "standfirst", "teaser", "abstract",
)  # fmt: skip
_DATE_KEYS = (
    "datePublished", "publishedAt", "published_at", "publishDate", "publishedDate",
    "firstPublished", "first_publish_date", "display_date", "pubDate", "date", "createdAt",
)  # fmt: skip
_SECTION_KEYS = ("section", "sectionName", "section_name", "category")
# An object holding none of these keys is no article entry: tested in C before any key is read.
_TITLE_SET = frozenset(_TITLE_KEYS)
_URL_SET = frozenset(_URL_KEYS)
# Inner keys of a value given as an object ({"basic": "…"} in Arc-style content).
_INNER_KEYS = ("basic", "main", "text", "default", "name", "value")


def island_items(root: _Element, page_url: str) -> list[StructuredItem]:
    """The entries of the largest list of articles in the page's embedded state, with those
    of the lists beside it whose objects have the same fields (a "top stories" pair above the
    feed), in the state's order; [] when no list has ``MIN_ENTRIES`` articles."""
    candidates: list[list[dict[str, Any]]] = []
    budget = [_MAX_NODES]
    host = split_url(page_url)[0]
    for script in root.iter("script"):
        data = _state_of(script)
        if data is not None:
            candidates.extend(_lists(data, budget))
    # Read the lists most likely to be the largest first: a list can give no more entries
    # than it has objects with a headline key and a URL key, so once the next list's count
    # is below the best list's entries, none after it can beat it (ties go to the earliest).
    counts = [sum(1 for node in objects if _entry_like(node)) for objects in candidates]
    order = sorted(range(len(candidates)), key=lambda n: -counts[n])
    read: dict[int, list[StructuredItem]] = {}
    best = -1
    for index in order:
        if best >= 0 and counts[index] < len(read[best]):
            break
        read[index] = entries = _entries(candidates[index], page_url, host)
        if entries and (best < 0 or (len(entries), -index) > (len(read[best]), -best)):
            best = index
    if best < 0 or len(read[best]) < MIN_ENTRIES:
        return []
    fields = frozenset(candidates[best][0])
    merged: dict[str, StructuredItem] = {}
    for index, objects in enumerate(candidates):
        if frozenset(objects[0]) == fields:
            entries = read[index] if index in read else _entries(objects, page_url, host)
            for entry in entries:
                merged.setdefault(entry.url, entry)
    return [replace(entry, position=n) for n, entry in enumerate(merged.values(), start=1)]


def _state_of(script: _Element) -> Any:
    """The JSON a script holds or assigns, None for code and for broken JSON."""
    text = script.text or ""
    if not text or len(text) > _MAX_SCRIPT:
        return None
    kind = (script.get("type") or "").strip().lower()
    if kind == "application/ld+json":
        return None  # the JSON-LD reader's
    try:
        if kind == "application/json":
            return json.loads(text)
        match = _ASSIGNMENT.search(text)
        if match is None:
            return None
        return json.JSONDecoder().raw_decode(text, match.end())[0]
    except (ValueError, RecursionError):
        return None


def _lists(data: Any, budget: list[int]) -> list[list[dict[str, Any]]]:
    """Every list of objects in ``data`` in document order, as far as ``budget`` nodes
    reach."""
    found: list[list[dict[str, Any]]] = []
    stack = [data]
    while stack and budget[0] > 0:
        node = stack.pop()
        budget[0] -= 1
        if isinstance(node, list):
            objects = [n for n in node if isinstance(n, dict)]
            if objects:
                found.append(objects)
            children = [n for n in node if isinstance(n, dict | list)]
        elif isinstance(node, dict):
            children = [v for v in node.values() if isinstance(v, dict | list)]
        else:
            continue
        stack.extend(reversed(children))  # popped first to last: the state's own order
    return found


def _entries(objects: list[dict[str, Any]], page_url: str, host: str) -> list[StructuredItem]:
    """The objects that name an article of the page's site with a headline."""
    items = []
    seen: set[str] = set()
    site = site_of(host) if host else ""
    for position, node in enumerate(objects, start=1):
        if not _entry_like(node):
            continue  # a menu entry, an image, an author: no headline and URL to read
        title = _first(node, _TITLE_KEYS)
        raw_url = _first(node, _URL_KEYS)
        if not title or not raw_url or not raw_url.startswith(("/", "http://", "https://")):
            continue
        try:
            url = urljoin(page_url, raw_url).split("#", 1)[0]
        except ValueError:
            continue
        if (
            not url.startswith(("http://", "https://"))
            or url in seen
            or article_url_score(url) < 0.5  # menus: section, tag, home pages
            or (site and site_of(split_url(url)[0]) != site)
        ):
            continue
        seen.add(url)
        items.append(
            StructuredItem(
                url=url,
                name=title,
                description=_first(node, _LEAD_KEYS),
                date_published=_date(node),
                section=_first(node, _SECTION_KEYS),
                position=position,
            )
        )
    return items


def _entry_like(node: dict[str, Any]) -> bool:
    """Holds a headline key and a URL key (set tests in C, before any value is read)."""
    return not (_TITLE_SET.isdisjoint(node) or _URL_SET.isdisjoint(node))


def _first(node: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    """The first of ``keys`` that holds text (directly, or as ``{"basic": …}``)."""
    for key in keys:
        value = node.get(key)
        if value is None:
            continue
        if isinstance(value, dict):
            value = next((value[k] for k in _INNER_KEYS if isinstance(value.get(k), str)), None)
        text = json_text(value)
        if text:
            return text
    return None


def _date(node: dict[str, Any]) -> str | None:
    """A publication time: an ISO string, or an epoch number (seconds or milliseconds)."""
    for key in _DATE_KEYS:
        value = node.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
            return str(int(value))
    return None
