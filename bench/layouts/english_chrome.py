"""Pieces the English layouts share: their fetch time, the document around a page, menus,
image names from article paths, and 12-hour clocks as English-language sites print them."""

from __future__ import annotations

from datetime import UTC, datetime

from etl.window import KST

from .markup import html_document, menu_items

# When every English layout's page was fetched: the Korean pages' fetch time, 06:00 UTC.
FETCHED_AT = datetime(2025, 4, 8, 15, 0, tzinfo=KST)
NOW = FETCHED_AT.astimezone(UTC)


def english_document(title: str, head: str, body: str, *, lang: str = "en") -> bytes:
    """A complete UTF-8 English HTML document; ``head`` (may be empty) ends on its own line."""
    return html_document(title, body, lang=lang, head=f"{head}\n").encode()


def nav_links(sections: list[tuple[str, str]], css: str = "") -> str:
    """``<li><a>`` items of a menu, one a line, from ``(name, href)`` pairs."""
    return menu_items(((href, name) for name, href in sections), item_class=css, sep="\n")


def image_slug(path: str) -> str:
    """The last non-empty segment of a path, without an extension or query (image names)."""
    last = [part for part in path.rstrip("/").split("/") if part][-1]
    return last.rsplit(".", 1)[0].split("?", 1)[0]


def clock12(when: datetime, *, lower: bool = False, pad: bool = False, space: bool = True) -> str:
    """A 12-hour clock as sites print it: '9:41 PM' (US default), '02:20 pm', '2:20pm'."""
    hour = when.hour % 12 or 12
    marker = f"{when:%p}".lower() if lower else f"{when:%p}"
    shown = f"{hour:02d}" if pad else str(hour)
    return f"{shown}:{when:%M}{' ' if space else ''}{marker}"
