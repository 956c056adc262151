"""What every CMS look shares: responses, escaping styles, times as readers see them, and the
articles around an article (related links).

Pages are built with f-strings rather than a template engine: the markup is small, fixed and
must be byte-identical across runs, and every text goes through an escaping function here.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from html import escape
from typing import Literal

from demosite.article import KST, Article
from demosite.generator import Volume, day_articles
from demosite.outlets import Outlet, Reporter, get_outlet
from demosite.templates import Kind, Request, Response

# A 1x1 transparent GIF: thumbnails only need to exist, not to show anything.
PLACEHOLDER_IMAGE = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")

# How a CMS writes characters that need (or get) entities in text:
# - "html": Python's html.escape, quotes as &quot; and &#x27;
# - "php": htmlspecialchars with ENT_QUOTES, the single quote as &#039;
# - "named": php plus named entities for the ellipsis and the middle dot
# - "numeric": numeric references for quotes and the ellipsis
EscapeStyle = Literal["html", "php", "named", "numeric"]
_STYLE_EXTRAS: dict[EscapeStyle, tuple[tuple[str, str], ...]] = {
    "html": (),
    "php": (("&#x27;", "&#039;"),),
    "named": (("&#x27;", "&#039;"), ("…", "&hellip;"), ("·", "&middot;")),
    "numeric": (("&quot;", "&#34;"), ("&#x27;", "&#39;"), ("…", "&#8230;")),
}


def escape_text(text: str, style: EscapeStyle = "html") -> str:
    """``text`` escaped for HTML (text or attribute) the way a CMS of ``style`` writes it."""
    escaped = escape(text)
    for plain, entity in _STYLE_EXTRAS[style]:
        escaped = escaped.replace(plain, entity)
    return escaped


def marked_title(title: str, word: str | None, tag: str, style: EscapeStyle) -> str:
    """``title`` escaped, its first ``word`` wrapped in ``<tag>`` (e.g. ``mark``, ``b class=x``).

    Without a word, or when the word is not in the title (a truncated one), the title is
    only escaped. The tag adds no text: the title's text content stays the title.
    """
    escaped = escape_text(title, style)
    if not word or word not in title:
        return escaped
    name = tag.split()[0]
    target = escape_text(word, style)
    return escaped.replace(target, f"<{tag}>{target}</{name}>", 1)


def html(outlet: Outlet, body: str, status: int = 200, kind: Kind = "other") -> Response:
    """An HTML response declaring the outlet's charset."""
    return Response(status, f"text/html; charset={outlet.encoding}", body, kind=kind)


def redirect(location: str) -> Response:
    return Response(302, "text/plain; charset=utf-8", "", {"Location": location})


def image() -> Response:
    return Response(200, "image/gif", PLACEHOLDER_IMAGE)


def robots(*disallowed: str) -> Response:
    lines = "".join(f"Disallow: {path}\n" for path in disallowed)
    return Response(200, "text/plain; charset=utf-8", f"User-agent: *\n{lines}")


def page_number(raw: str | None) -> int | None:
    """A 1-based page number from a query value: 1 when absent, None when malformed."""
    if raw is None:
        return 1
    return int(raw) if raw.isdigit() and int(raw) >= 1 else None


def offset_number(raw: str | None) -> int | None:
    """A 0-based item offset from a query value: 0 when absent, None when malformed."""
    if raw is None:
        return 0
    return int(raw) if raw.isdigit() else None


def tracked(href: str, article: Article) -> str:
    """``href`` with the article's tracking parameters, if it has any (not yet escaped)."""
    if not article.tracking:
        return href
    return f"{href}{'&' if '?' in href else '?'}{article.tracking}"


def visible(article: Article | None, request: Request) -> Article | None:
    """The article when a reader can see it at the request's clock, else None (a 404)."""
    return article if article is not None and article.published <= request.now else None


def kst(moment: datetime) -> datetime:
    return moment.astimezone(KST)


def relative_label(published: datetime, now: datetime) -> str:
    """A card's time label: 방금 전, N분 전, N시간 전, 어제, N일 전, then the date."""
    seconds = int((now - published).total_seconds())
    if seconds < 60:
        return "방금 전"
    if seconds < 3600:
        return f"{seconds // 60}분 전"
    if seconds < 24 * 3600:
        return f"{seconds // 3600}시간 전"
    days = (kst(now).date() - kst(published).date()).days
    if days == 1:
        return "어제"
    if days < 7:
        return f"{days}일 전"
    return f"{kst(published):%Y.%m.%d}"


def korean_clock(moment: datetime) -> str:
    """``2025년 4월 8일 오후 3시 5분``: the spelled-out form some pages print."""
    local = kst(moment)
    half = "오전" if local.hour < 12 else "오후"
    hour = local.hour % 12 or 12
    return f"{local.year}년 {local.month}월 {local.day}일 {half} {hour}시 {local.minute}분"


def email(reporter: Reporter, article: Article, outlet: Outlet) -> str:
    """The reporter's address: at the wire's host for wire copy, else the outlet's."""
    host = get_outlet(article.credit).host if article.credit else outlet.host
    return f"{reporter.handle}@{host}"


def article_meta(
    outlet: Outlet,
    article: Article,
    now: datetime,
    path: str,
    *,
    published_time: str | None = None,
) -> str:
    """The ``<meta>``/``<link>`` tags of an article page: description, author, og:, one
    ``article:section`` per section listed in, times and the canonical link.

    ``published_time`` overrides ``article:published_time`` (for a CMS that gets it wrong).
    """
    canonical = escape(outlet.origin + path)
    lead = escape(article.lead)
    sections = "".join(
        f'<meta property="article:section" content="{escape(label)}">' for label in article.sections
    )
    published = published_time or article.published.isoformat()
    return (
        f'<meta name="description" content="{lead}">'
        f'<meta name="author" content="{escape(article.reporter.name)} 기자">'
        '<meta property="og:type" content="article">'
        f'<meta property="og:site_name" content="{escape(outlet.label)}">'
        f'<meta property="og:title" content="{escape(article.title_at(now))}">'
        f'<meta property="og:description" content="{lead}">'
        f'<meta property="og:url" content="{canonical}">'
        f'<meta property="og:image" content="{escape(outlet.origin)}/img/{article.idxno}.jpg">'
        f"{sections}"
        f'<meta property="article:published_time" content="{published}">'
        f'<meta property="article:modified_time" content="{article.modified_at(now).isoformat()}">'
        f'<link rel="canonical" href="{canonical}">'
    )


def link_items(
    articles: Iterable[Article], now: datetime, path: Callable[[Article], str], style: EscapeStyle
) -> str:
    """``<li><a href=PATH>TITLE</a></li>`` for each article: related and most-read boxes."""
    return "".join(
        f'<li><a href="{escape(path(a))}">{escape_text(a.title_at(now), style)}</a></li>'
        for a in articles
    )


def credit_label(article: Article) -> str:
    """The name of the wire a copied article came from ("" for an outlet's own reporting)."""
    return get_outlet(article.credit).label if article.credit else ""


def related(article: Article, volume: Volume, limit: int = 3) -> list[Article]:
    """Up to ``limit`` earlier articles of the same day for a "related" block, newest first.

    Same-section ones first. Only earlier articles: a related link must never point at a page
    that does not exist yet whenever the article itself can be read.
    """
    earlier = [
        a for a in day_articles(article.outlet, _day(article), volume) if a.seq < article.seq
    ]
    same = [a for a in reversed(earlier) if a.section == article.section]
    other = [a for a in reversed(earlier) if a.section != article.section]
    return (same + other)[:limit]


def most_read(outlet: str, now: datetime, volume: Volume, count: int = 5) -> list[Article]:
    """A "most read" box: ``count`` of yesterday's articles, ranked by a fixed shuffle.

    Real links without times or leads: the sidebar an extractor must not take for the list.
    """
    yesterday = kst(now).date() - timedelta(days=1)
    articles = day_articles(outlet, yesterday, volume)
    return sorted(articles, key=lambda a: a.idxno * 2654435761 % 2**32)[:count]


def _day(article: Article) -> date:
    return kst(article.published).date()


def layout_error(
    outlet: Outlet, status: int, message: str, layout: Callable[[str, str], str]
) -> Response:
    """An error page in the outlet's own layout: ``layout(title, main_html)``."""
    main = f'<div class="error"><h1>{status}</h1><p>{escape(message)}</p></div>'
    return html(outlet, layout(message, main), status)
