"""Building blocks shared by the layout builders: teasers, gold items and page markup.

A layout module describes its stories as :class:`Story` values, writes their markup with
:func:`escape_html` and :attr:`Story.headline_html`, builds menus and link boxes with
:func:`menu_items` and :func:`link_list`, wraps the page with :func:`html_document` and lists
what a reader sees with :func:`gold_item` (the ``labels.json`` item schema).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from html import escape
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from etl.window import KST

_LEGACY_DOCTYPE = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">'
_VIEWPORT = '<meta name="viewport" content="width=device-width, initial-scale=1">\n'


@dataclass(frozen=True, slots=True)
class Story:
    """One article teaser: what the page shows about it and, where known, where it links."""

    title: str  # the headline as a reader sees it (plain text, full)
    lead: str | None
    when: datetime | None  # the instant the page states (None: no time of day shown)
    label: str = ""  # section, kicker, category or press name shown with the teaser
    title_html: str = ""  # markup of the headline when it carries inline tags
    path: str = ""  # the article's path or absolute URL, when the story carries its link

    @classmethod
    def at(
        cls,
        path: str,
        title: str,
        lead: str | None,
        when: datetime | None,
        label: str = "",
        title_html: str = "",
    ) -> Story:
        """A teaser that links to ``path``, with the path given first."""
        return cls(title, lead, when, label, title_html, path)

    @property
    def headline_html(self) -> str:
        """The headline's markup: its inline-tagged form when it has one, else the escaped
        title."""
        return self.title_html or escape_html(self.title)


def lead_html(story: Story) -> str:
    """The escaped lead of a story that has one."""
    assert story.lead is not None
    return escape_html(story.lead)


def ago(now: datetime, *, days: int = 0, hours: int = 0, minutes: int = 0) -> datetime:
    """The instant a relative time ("3 hrs ago", "3시간 전") names, counted back from ``now``.

    The result keeps the zone of ``now``, which decides how its gold timestamp is written.
    """
    return now - timedelta(days=days, hours=hours, minutes=minutes)


def kst(day: int, hour: int, minute: int) -> datetime:
    """An April 2025 instant on the KST clock (the month every Korean layout is set in)."""
    return datetime(2025, 4, day, hour, minute, tzinfo=KST)


def escape_html(text: str) -> str:
    """Text escaped for HTML content and attribute values (quotes included)."""
    return escape(text, quote=True)


def clean_url(url: str, drop: Iterable[str] = ()) -> str:
    """``url`` without the parameters a reader would drop: every ``utm_*`` one (any case) and
    those named exactly in ``drop``; the fragment goes too."""
    dropped = frozenset(drop)
    parts = urlsplit(url)
    kept = [
        (k, v)
        for k, v in parse_qsl(parts.query)
        if not k.lower().startswith("utm_") and k not in dropped
    ]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(kept), ""))


def gold_item(
    base: str,
    href: str,
    story: Story,
    *,
    drop: Iterable[str] = (),
    timed: bool = True,
    summary: str | None = None,
) -> dict[str, Any]:
    """A ``labels.json`` item for ``story`` linked by ``href`` on a page whose links resolve
    against ``base``.

    ``drop`` names query parameters the clean URL leaves out besides ``utm_*``; ``timed=False``
    when the page shows the story's date without a time of day; ``summary`` overrides the
    lead when the page shows it differently.
    """
    stamp = story.when if timed else None
    return {
        "url": clean_url(urljoin(base, href), drop),
        "href": href,
        "title": story.title,
        "timestamp_iso": stamp.isoformat() if stamp is not None else None,
        "summary": summary if summary is not None else story.lead,
    }


def html_document(
    title: str,
    body: str,
    *,
    lang: str,
    head: str = "",
    charset: str = "utf-8",
    legacy: bool = False,
) -> str:
    """A whole HTML document around ``body``; ``head`` goes in verbatim after the title.

    ``legacy`` makes it an old HTML 4 page: a transitional doctype and no viewport.
    """
    doctype = _LEGACY_DOCTYPE if legacy else "<!DOCTYPE html>"
    viewport = "" if legacy else _VIEWPORT
    return (
        f'{doctype}\n<html lang="{lang}">\n<head>\n<meta charset="{charset}">\n{viewport}'
        f"<title>{escape_html(title)}</title>\n{head}</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def menu_items(links: Iterable[tuple[str, str]], *, item_class: str = "", sep: str = "") -> str:
    """``<li><a>`` entries of a menu, one per ``(href, text)``, joined by ``sep``."""
    cls = f' class="{item_class}"' if item_class else ""
    return sep.join(
        f'<li{cls}><a href="{escape_html(href)}">{escape_html(text)}</a></li>'
        for href, text in links
    )


def link_list(links: Iterable[tuple[str, str]], template: str, *, sep: str = "") -> str:
    """``template`` filled in once per ``(href, title)`` link, in order, joined by ``sep``.

    The template names ``{href}`` (inserted as given: already markup), ``{title}`` (escaped)
    and, for ranked boxes such as "most read", ``{rank}`` (the 1-based position).
    """
    return sep.join(
        template.format(rank=rank, href=href, title=escape_html(title))
        for rank, (href, title) in enumerate(links, start=1)
    )
