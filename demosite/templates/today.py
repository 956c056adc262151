"""A card-layout CMS (``demo-today``): ``<time datetime>`` with relative labels, "더보기" paging.

URL scheme:
- ``/robots.txt``; ``/`` redirects to ``/news``
- ``/news?offset=N``: all sections, 24 cards from item ``N`` (0-based), newest first
- ``/news/<code>?offset=N``: one section (``economy``, ``market``, ``tech``, ``life`` …)
- ``/articles/N``: an article; ``/img/N.jpg``: an image

A card is ``article.card``: a block link ``a.card__link`` around the thumbnail and the
``h3.card__title``, then ``p.card__lead`` and ``div.card__meta`` with the section label and
``<time datetime="…+09:00">`` whose text is relative to the site clock (``5분 전``, ``3시간 전``,
``어제``, ``N일 전``, then ``YYYY.MM.DD``). The "더보기" link (``a.more``) carries the next
offset. The first card of ``/news`` is a pinned earlier top story (``card--top``);
``card--sponsored`` cards are ads; an ``aside.ranking`` holds yesterday's most read.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from demosite.ads import Ad, ads_for, interleave
from demosite.article import Article
from demosite.feed import listing_slice, pinned_articles
from demosite.generator import find_article
from demosite.outlets import Outlet, Section
from demosite.templates import Request, Response, kit

LIST_PATH = "/news"
ARTICLE_PREFIX = "/articles/"
STYLE: kit.EscapeStyle = "named"


def article_path(article: Article) -> str:
    """The path of an article page, as canonical links and the oracle print it."""
    return f"{ARTICLE_PREFIX}{article.idxno}"


def handle(outlet: Outlet, request: Request) -> Response:
    """Answer one GET (see the module docstring for the URL scheme)."""
    path = request.path
    if path == "/robots.txt":
        return kit.robots("/api/", "/search")
    if path == "/":
        return kit.redirect(LIST_PATH)
    if path.startswith("/img/"):
        return kit.image()
    if path == LIST_PATH:
        return _listing(outlet, request, None)
    if path.startswith(LIST_PATH + "/"):
        section = outlet.section_by_list_code(path.removeprefix(LIST_PATH + "/"))
        if section is None:
            return _error(outlet, 404, "없는 섹션입니다")
        return _listing(outlet, request, section)
    if path.startswith(ARTICLE_PREFIX):
        number = path.removeprefix(ARTICLE_PREFIX)
        found = find_article(outlet.name, int(number), request.volume) if number.isdigit() else None
        article = kit.visible(found, request)
        if article is None:
            return _error(outlet, 404, "기사를 찾을 수 없습니다")
        return kit.html(outlet, _article_page(outlet, article, request), kind="article")
    return _error(outlet, 404, "페이지를 찾을 수 없습니다")


def _list_href(section: Section | None) -> str:
    return f"{LIST_PATH}/{section.list_code}" if section else LIST_PATH


def _listing(outlet: Outlet, request: Request, section: Section | None) -> Response:
    offset = kit.offset_number(request.param("offset"))
    if offset is None:
        return _error(outlet, 400, "잘못된 요청입니다")
    label = section.label if section else None
    found = listing_slice(outlet.name, request.now, offset, outlet.per_page, label, request.volume)
    top = (
        pinned_articles(outlet.name, request.now, request.volume) if not (offset or section) else ()
    )
    cards = "".join(_card(a, request.now, "card card--top", "TOP") for a in top)
    place = f"{_list_href(section)}:{offset}"
    for item in interleave(found.items, ads_for(outlet.name, place, outlet.ads_per_page)):
        cards += _ad_card(item) if isinstance(item, Ad) else _card(item, request.now, "card", "")
    more = ""
    if found.has_more:
        after = offset + len(found.items)
        more = (
            f'<a class="more" href="{_list_href(section)}?offset={after}" data-offset="{after}">'
            "더보기</a>"
        )
    heading = section.label if section else "최신뉴스"
    main = (
        f'<section class="feed"><h1 class="feed__title">{escape(heading)}</h1>\n'
        f'<div class="card-list">\n{cards}</div>\n{more}</section>\n'
        f"{_ranking(outlet, request)}"
    )
    return kit.html(outlet, _layout(outlet, heading, "", main), kind="listing")


def _card(article: Article, now: datetime, css: str, badge: str) -> str:
    href = escape(kit.tracked(article_path(article), article))
    title = kit.marked_title(article.title_at(now), article.highlight, "mark", STYLE)
    badge_html = f'<span class="card__badge">{badge}</span>' if badge else ""
    return (
        f'<article class="{css}" data-id="{article.idxno}">\n'
        f'  <a class="card__link" href="{href}">{badge_html}'
        f'<div class="card__thumb"><img src="/img/{article.idxno}.jpg" alt="" loading="lazy">'
        f'</div><h3 class="card__title">{title}</h3></a>\n'
        f'  <p class="card__lead">{kit.escape_text(article.lead, STYLE)}</p>\n'
        f'  <div class="card__meta"><span class="card__section">{escape(article.section)}</span>'
        f' · <time datetime="{article.published.isoformat()}">'
        f"{kit.relative_label(article.published, now)}</time></div>\n"
        "</article>\n"
    )


def _ad_card(ad: Ad) -> str:
    return (
        '<article class="card card--sponsored">\n'
        f'  <a class="card__link" href="{escape(ad.url)}" rel="sponsored nofollow">'
        '<span class="card__badge">광고</span>'
        f'<h3 class="card__title">{kit.escape_text(ad.title, STYLE)}</h3></a>\n'
        f'  <p class="card__lead">{escape(ad.advertiser)} 제공</p>\n'
        "</article>\n"
    )


def _ranking(outlet: Outlet, request: Request) -> str:
    links = "".join(
        f'<li><span class="rank">{n}</span><a href="{article_path(a)}">'
        f"{kit.escape_text(a.title_at(request.now), STYLE)}</a></li>"
        for n, a in enumerate(kit.most_read(outlet.name, request.now, request.volume), start=1)
    )
    return f'<aside class="ranking"><h2>많이 본 뉴스</h2><ol>{links}</ol></aside>'


def _layout(outlet: Outlet, title: str, head: str, main: str) -> str:
    nav = "".join(
        f'<li><a href="{_list_href(s)}">{escape(s.label)}</a></li>' for s in outlet.sections
    )
    return (
        '<!DOCTYPE html>\n<html lang="ko"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)} - {escape(outlet.label)}</title>{head}</head>\n"
        f'<body><header class="gnb"><a class="logo" href="/">{escape(outlet.label)}</a>'
        f'<nav><ul><li><a href="{LIST_PATH}">최신</a></li>{nav}</ul></nav></header>\n'
        f"<main>{main}</main>\n"
        f'<footer><p class="copyright">© {escape(outlet.label)}. 무단 전재 및 재배포 금지. '
        "이 사이트의 기사는 모두 시연용으로 생성된 가상 기사입니다.</p></footer></body></html>\n"
    )


def _article_page(outlet: Outlet, article: Article, request: Request) -> str:
    now = request.now
    title = kit.escape_text(article.title_at(now), STYLE)
    modified = article.modified_at(now)
    head = kit.article_meta(outlet, article, now, article_path(article))
    credit = ""
    if article.credit:
        credit = f'<span class="credit">(서울={escape(kit.credit_label(article))})</span> '
    dates = (
        f'<time class="published" datetime="{article.published.isoformat()}">'
        f"입력 {kit.kst(article.published):%Y.%m.%d %H:%M}</time>"
    )
    if modified != article.published:
        dates += (
            f' <time class="modified" datetime="{modified.isoformat()}">'
            f"수정 {kit.kst(modified):%Y.%m.%d %H:%M}</time>"
        )
    paragraphs = [f"<p>{kit.escape_text(p, STYLE)}</p>" for p in article.paragraphs_at(now)]
    ad = ads_for(outlet.name, f"article:{article.idxno}", 1)[0]
    paragraphs.insert(
        min(2, len(paragraphs)),
        f'<div class="ad-inline"><span class="ad-label">AD</span>'
        f'<a href="{escape(ad.url)}" rel="sponsored">{escape(ad.title)}</a></div>',
    )
    related = kit.link_items(kit.related(article, request.volume), now, article_path, STYLE)
    if related:
        paragraphs.append(f'<aside class="related"><h2>관련 기사</h2><ul>{related}</ul></aside>')
    body = "\n".join(paragraphs)
    email = kit.email(article.reporter, article, outlet)
    main = (
        '<article class="article">\n<header>'
        f'<p class="article__section"><a href="{_list_href(outlet.section(article.section))}">'
        f"{escape(article.section)}</a></p>"
        f'<h1 class="article__title">{title}</h1>'
        f'<div class="article__byline">{credit}<span class="author">'
        f"{escape(article.reporter.name)} 기자</span> "
        f'<a class="email" href="mailto:{email}">{email}</a></div>'
        f'<div class="article__dates">{dates}</div></header>\n'
        f'<div class="article__body" itemprop="articleBody">\n{body}\n</div>\n'
        "</article>"
    )
    return _layout(outlet, article.title_at(now), head, main)


def _error(outlet: Outlet, status: int, message: str) -> Response:
    return kit.layout_error(outlet, status, message, lambda t, m: _layout(outlet, t, "", m))
