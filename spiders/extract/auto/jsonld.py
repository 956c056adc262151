"""Article lists a page declares in JSON-LD: ``ItemList`` (of ``ListItem`` or of articles) and
collections of ``NewsArticle``-like objects (``@graph``, ``hasPart``, ``mainEntity``).

Structured data is what the site says its list is, so it is read first; the DOM still decides
visible titles (JSON-LD names are often SEO variants) and may veto items that sit in a block
the page itself labels as a ranking or recommendation widget.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from etl.text import clean_text

if TYPE_CHECKING:
    from lxml.etree import _Element

_ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "blogposting",
    "liveblogposting",
    "webpage",
    "creativework",
    "videoobject",
}
# A page-level ItemList shorter than this is more likely breadcrumbs or a carousel stub.
MIN_ITEMS = 2


@dataclass(frozen=True, slots=True)
class StructuredItem:
    """One entry of a declared list; strings as the page had them (whitespace collapsed)."""

    url: str
    name: str | None
    description: str | None
    date_published: str | None
    section: str | None
    position: int


def structured_items(root: _Element, page_url: str) -> list[StructuredItem]:
    """Entries of the page's JSON-LD article lists, in declared order, first URL wins."""
    found: list[StructuredItem] = []
    seen: set[str] = set()
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue  # broken JSON-LD is common; the DOM still has the list
        for entry in _lists(data):
            for item in _entries(entry, page_url):
                if item.url not in seen:
                    seen.add(item.url)
                    found.append(item)
    return found


def _types(node: dict[str, Any]) -> set[str]:
    value = node.get("@type")
    values = value if isinstance(value, list) else [value]
    return {str(v).lower() for v in values if v}


def _lists(data: Any) -> list[list[dict[str, Any]]]:
    """Every list of entries in a JSON-LD document: ItemList elements, or sibling articles."""
    lists: list[list[dict[str, Any]]] = []
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            articles = [n for n in node if isinstance(n, dict) and _types(n) & _ARTICLE_TYPES]
            if len(articles) >= MIN_ITEMS:
                lists.append(articles)
            stack.extend(n for n in node if isinstance(n, dict | list))
            continue
        if not isinstance(node, dict):
            continue
        if "itemlist" in _types(node):
            elements = node.get("itemListElement")
            if isinstance(elements, list):
                lists.append([e for e in elements if isinstance(e, dict)])
                continue
        for key in ("@graph", "hasPart", "mainEntity", "about"):
            child = node.get(key)
            if isinstance(child, dict | list):
                stack.append(child)
    return lists


def _entries(elements: list[dict[str, Any]], page_url: str) -> list[StructuredItem]:
    items = []
    for index, element in enumerate(elements, start=1):
        inner = element.get("item")
        node: dict[str, Any] = inner if isinstance(inner, dict) else element
        raw_url = (
            json_text(node.get("url"))
            or json_text(node.get("@id"))
            or json_text(element.get("url"))
        )
        if not raw_url and isinstance(element.get("item"), str):
            raw_url = element["item"]
        if not raw_url:
            continue
        try:
            url = urljoin(page_url, raw_url).split("#", 1)[0]
        except ValueError:  # an unparsable authority, such as "//[::1": no address at all
            continue
        if not url.startswith(("http://", "https://")):
            continue
        position = str(element.get("position", ""))
        name = (
            json_text(node.get("headline"))
            or json_text(node.get("name"))
            or json_text(element.get("name"))
        )
        items.append(
            StructuredItem(
                url=url,
                name=name,
                description=json_text(node.get("description")),
                date_published=json_text(node.get("datePublished"))
                or json_text(node.get("dateCreated")),
                section=json_text(node.get("articleSection")),
                position=int(position) if position.isdigit() else index,
            )
        )
    return items


def json_text(value: Any) -> str | None:
    """A JSON-LD string with entities decoded and stray tags removed (sites embed both)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if not isinstance(value, str):
        return None
    # Most values hold no entity, tag, invisible or control character (those are all
    # non-printable) and are NFC already: clean_text would only collapse their whitespace.
    if (
        "&" not in value
        and "<" not in value
        and value.isprintable()
        and unicodedata.is_normalized("NFC", value)
    ):
        return " ".join(value.split()) or None
    return clean_text(value)
