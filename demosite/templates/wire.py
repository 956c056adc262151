"""A wire service (``demo-wire``): section lists with ``MM-DD HH:MM`` and cursor "next" links.

URL scheme:
- ``/robots.txt``; ``/`` redirects to ``/news/latest``
- ``/news/latest``: all sections, 20 a page, newest first; ``/<code>/all``: one section
  (``politics``, ``economy``, ``market``, ``it``, ``international`` …)
- ``?before=AKR…``: the page after that article — the only way past page 1. A ``page``
  parameter is ignored, as such sites ignore any parameter they do not know: asking for
  ``?page=2`` gets page 1 again.
- ``/view/AKR{YYYYMMDD}{seq:04d}00{desk:03d}``: an article (the desk is the home section's
  place in the section menu); ``/img/…``: images

An item is ``li > div.item-box01`` with a thumbnail, ``strong.tit-news`` inside the title
link, ``p.lead`` and ``span.txt-time`` showing ``MM-DD HH:MM`` with no year: the year is in
the article id. ``a.next`` is the next-page link. Article bodies open with the dateline
``(서울=데모뉴스통신) NAME 기자 =`` and carry an ad and a 관련 뉴스 box.
"""

from __future__ import annotations

import re
from datetime import datetime
from html import escape

from demosite.ads import ads_for
from demosite.article import Article
from demosite.feed import ListingSlice, listing_after, listing_slice
from demosite.generator import article_at
from demosite.outlets import Outlet, Section, get_outlet
from demosite.templates import Request, Response, kit

LATEST_PATH = "/news/latest"
VIEW_PREFIX = "/view/"
STYLE: kit.EscapeStyle = "numeric"
_ID = re.compile(r"^AKR(?P<day>\d{8})(?P<seq>\d{4})00(?P<desk>\d{3})$")


def article_id(article: Article, outlet: Outlet) -> str:
    """``AKR`` + KST date + sequence + ``00`` + desk: the wire's article id."""
    desk = [s.label for s in outlet.sections].index(article.section) + 1
    return f"AKR{kit.kst(article.published):%Y%m%d}{article.seq:04d}00{desk:03d}"


def article_path(article: Article) -> str:
    """The path of an article page, as canonical links and the oracle print it."""
    return f"{VIEW_PREFIX}{article_id(article, get_outlet(article.outlet))}"


def handle(outlet: Outlet, request: Request) -> Response:
    """Answer one GET (see the module docstring for the URL scheme)."""
    path = request.path
    if path == "/robots.txt":
        return kit.robots("/search/", "/api/")
    if path == "/":
        return kit.redirect(LATEST_PATH)
    if path.startswith("/img/"):
        return kit.image()
    if path == LATEST_PATH:
        return _listing(outlet, request, None)
    if path.endswith("/all"):
        section = outlet.section_by_list_code(path.strip("/").removesuffix("/all"))
        if section is not None:
            return _listing(outlet, request, section)
    if path.startswith(VIEW_PREFIX):
        article = kit.visible(_find(outlet, path.removeprefix(VIEW_PREFIX), request), request)
        if article is None:
            return _error(outlet, 404, "요청하신 기사를 찾을 수 없습니다")
        return kit.html(outlet, _article_page(outlet, article, request), kind="article")
    return _error(outlet, 404, "페이지를 찾을 수 없습니다")


def _find(outlet: Outlet, wire_id: str, request: Request) -> Article | None:
    """The article a wire id names; None unless every part of the id matches it."""
    match = _ID.match(wire_id)
    if match is None:
        return None
    try:
        day = datetime.strptime(match["day"], "%Y%m%d").date()
    except ValueError:
        return None
    article = article_at(outlet.name, day, int(match["seq"]), request.volume)
    if article is None or article_id(article, outlet) != wire_id:
        return None
    return article


def _list_path(section: Section | None) -> str:
    return f"/{section.list_code}/all" if section else LATEST_PATH


def _listing(outlet: Outlet, request: Request, section: Section | None) -> Response:
    label = section.label if section else None
    cursor_id = request.param("before")
    if cursor_id is None:
        found = listing_slice(outlet.name, request.now, 0, outlet.per_page, label, request.volume)
    else:
        cursor = _find(outlet, cursor_id, request)
        if cursor is None:
            return _error(outlet, 400, "잘못된 요청입니다")
        found = listing_after(
            outlet.name, request.now, cursor, outlet.per_page, label, request.volume
        )
    heading = section.label if section else "최신기사"
    body = _listing_page(outlet, request, found, heading, section)
    return kit.html(outlet, body, kind="listing")


def _item(outlet: Outlet, article: Article, now: datetime) -> str:
    href = escape(kit.tracked(article_path(article), article))
    title = kit.marked_title(article.title_at(now), article.highlight, "em", STYLE)
    return (
        '<li><div class="item-box01">\n'
        f'  <figure class="img-con"><a href="{href}" class="img img-cover">'
        f'<img src="/img/{article_id(article, outlet)}_T2.jpg" alt=""></a></figure>\n'
        f'  <div class="news-con"><a href="{href}" class="tit-wrap">'
        f'<strong class="tit-news">{title}</strong></a>\n'
        f'  <p class="lead">{kit.escape_text(article.lead, STYLE)}</p></div>\n'
        f'  <div class="info-box01"><span class="txt-time">'
        f"{kit.kst(article.published):%m-%d %H:%M}</span></div>\n"
        "</div></li>\n"
    )


def _listing_page(
    outlet: Outlet, request: Request, found: ListingSlice, heading: str, section: Section | None
) -> str:
    items = "".join(_item(outlet, a, request.now) for a in found.items)
    paging = ""
    if found.has_more:
        last = article_id(found.items[-1], outlet)
        paging = f'<a class="next" href="{_list_path(section)}?before={last}">다음</a>'
    main = (
        f'<div class="title-article01"><h2 class="tit">{escape(heading)}</h2></div>\n'
        f'<div class="list-type038"><ul class="list">\n{items}</ul></div>\n'
        f'<div class="paging paging-type01">{paging}</div>'
    )
    return _layout(outlet, heading, "", main)


def _layout(outlet: Outlet, title: str, head: str, main: str) -> str:
    menu = "".join(
        f'<li><a href="{_list_path(s)}">{escape(s.label)}</a></li>' for s in outlet.sections
    )
    return (
        '<!DOCTYPE html>\n<html lang="ko"><head><meta charset="utf-8">'
        f"<title>{escape(title)} | {escape(outlet.label)}</title>{head}</head>\n"
        f'<body><div id="header"><h1 class="logo"><a href="/">{escape(outlet.label)}</a></h1>'
        f'<ul class="gnb"><li><a href="{LATEST_PATH}">전체</a></li>{menu}</ul></div>\n'
        f'<div id="container">{main}</div>\n'
        f'<div id="footer"><p class="copyright">{_copyright(outlet)} '
        "이 사이트의 기사는 모두 시연용으로 생성된 가상 기사입니다.</p></div></body></html>\n"
    )


def _copyright(outlet: Outlet) -> str:
    return f"&lt;저작권자(c) {escape(outlet.label)}, 무단 전재-재배포 금지&gt;"


def _sent(article: Article) -> str:
    return f"{kit.kst(article.published):%Y-%m-%d %H:%M}"


def _article_page(outlet: Outlet, article: Article, request: Request) -> str:
    now = request.now
    modified = article.modified_at(now)
    head = kit.article_meta(outlet, article, now, article_path(article))
    paragraphs = [f"<p>{kit.escape_text(p, STYLE)}</p>" for p in article.paragraphs_at(now)]
    ad = ads_for(outlet.name, f"article:{article.idxno}", 1)[0]
    paragraphs.insert(
        min(3, len(paragraphs)),
        f'<div class="ad-template"><a href="{escape(ad.url)}">{escape(ad.title)}</a></div>',
    )
    related = kit.link_items(kit.related(article, request.volume), now, article_path, STYLE)
    if related:
        paragraphs.append(
            f'<div class="related-zone"><strong>관련 뉴스</strong><ul>{related}</ul></div>'
        )
    email = kit.email(article.reporter, article, outlet)
    paragraphs.append(f'<p class="byline">{escape(article.reporter.name)} 기자 {email}</p>')
    paragraphs.append(f'<p class="copyright">{_copyright(outlet)}</p>')
    updated = ""
    if modified != article.published:
        updated = f' <span class="txt-time02">업데이트 {kit.kst(modified):%Y-%m-%d %H:%M}</span>'
    main = (
        '<div class="content03"><header class="title-article01">'
        f'<h1 class="tit">{kit.escape_text(article.title_at(now), STYLE)}</h1>'
        f'<p class="update-time">송고시간 {_sent(article)}{updated}</p></header>\n'
        '<article class="story-news article">\n' + "\n".join(paragraphs) + "\n</article></div>"
    )
    return _layout(outlet, article.title_at(now), head, main)


def _error(outlet: Outlet, status: int, message: str) -> Response:
    return kit.layout_error(outlet, status, message, lambda t, m: _layout(outlet, t, "", m))
