"""Listing items read with a profile's CSS selectors (``etl.sources.ItemSelectors``).

Values stay raw: a text field is the element's whole text (inline tags included) with runs of
whitespace collapsed to one space, and HTML entities decoded exactly as the HTML parser decodes
them. Nothing is cleaned here; the clean stage owns normalisation, so a change there never
needs a re-crawl.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from parsel import Selector

if TYPE_CHECKING:
    from etl.sources import ItemSelectors


def collapse(text: str) -> str:
    """``text`` with every run of whitespace (newlines, tabs, NBSP) turned into one space."""
    return " ".join(text.split())


def as_selector(page: str | Selector) -> Selector:
    """A parsel Selector over ``page`` (HTML text, or a selector passed through)."""
    return page if isinstance(page, Selector) else Selector(text=page, type="html")


def base_url(page: Selector, page_url: str) -> str:
    """The URL relative links resolve against: ``<base href>`` when present, else the page's.

    Same rule as ``scrapy.http.TextResponse.urljoin``, so the pure function and the spider agree.
    """
    declared = page.css("base::attr(href)").get()
    if not declared or not declared.strip():
        return page_url
    try:
        return urljoin(page_url, declared.strip())
    except ValueError:  # a base no parser can resolve (``//[::1``) sets nothing
        return page_url


def element_text(element: Selector) -> str:
    """The element's whole text, inline tags included, whitespace collapsed."""
    return collapse(element.xpath("string(.)").get() or "")


def _first(item: Selector, css: str | None) -> Selector | None:
    if not css:
        return None
    found = item.css(css)
    return found[0] if found else None


def _text(item: Selector, css: str | None) -> str | None:
    element = _first(item, css)
    return None if element is None else element_text(element)


def _title(item: Selector, selectors: ItemSelectors) -> str | None:
    element = _first(item, selectors.title)
    if element is None:
        return None
    if selectors.title_attr:
        # Sites that cut long titles (ending in "..") keep the whole one in an attribute (a@title).
        declared = element.attrib.get(selectors.title_attr)
        if declared is not None and declared.strip():
            return collapse(declared)
    return element_text(element)


def _href(item: Selector, css: str, base: str) -> str | None:
    element = _first(item, css)
    if element is None:
        return None
    # The selector usually names the link itself; when it names a wrapper (an h2 around the
    # link), the first link inside it is the article link.
    href = element.attrib.get("href") or element.css("a[href]::attr(href)").get()
    if href is None or not href.strip():
        return None
    return join_url(base, href.strip())


def join_url(base: str, href: str) -> str:
    """``href`` resolved against ``base``; as written when no parser can resolve it (``//[::1``:
    an authority urllib refuses), so that the clean stage rejects it with its own reason and
    the rest of the page is read."""
    try:
        return urljoin(base, href)
    except ValueError:
        return href


def _time(item: Selector, css: str | None) -> str | None:
    element = _first(item, css)
    if element is None:
        return None
    # <time datetime="…"> carries the machine-readable value; the text is often relative
    # ("3시간 전") or truncated, so the attribute wins when present.
    declared = element.attrib.get("datetime")
    if declared is not None and declared.strip():
        return collapse(declared)
    return element_text(element)


def extract_items(
    page: str | Selector, page_url: str, selectors: ItemSelectors
) -> list[dict[str, Any]]:
    """Every item of one listing page, in page order.

    Returns one dict per element matched by ``selectors.item`` that has both a title and a
    link, with keys ``position`` (1-based index of the element among the matched elements, so
    a skipped slot such as an advert leaves a gap), ``title`` (the ``title_attr`` attribute of
    the title element when the profile names one and it is set, else its text), ``url``
    (absolute),
    ``summary``, ``published_raw`` and ``section_raw`` (None when the profile has no selector
    for the field or the item lacks the element). An empty list means the page lists nothing.
    """
    root = as_selector(page)
    base = base_url(root, page_url)
    items: list[dict[str, Any]] = []
    for position, item in enumerate(root.css(selectors.item), start=1):
        title = _title(item, selectors)
        url = _href(item, selectors.url, base)
        if not title or url is None:
            continue
        items.append(
            {
                "position": position,
                "title": title,
                "url": url,
                "summary": _text(item, selectors.lead),
                "published_raw": _time(item, selectors.time),
                "section_raw": _text(item, selectors.section),
            }
        )
    return items
