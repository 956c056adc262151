"""The classic Korean newspaper CMS look of ``demo-daily`` (최신기사 list, articleView pages).

URL scheme:
- ``/robots.txt``; ``/`` redirects to ``/news/latest``
- ``/news/latest?page=N``: all sections, newest first
- ``/news/articleList.html?sc_section_code=S1N1&page=N``: one section
- ``/news/articleView.html?idxno=N``: an article (404 when unknown or not yet published)
- ``/img/N.jpg``: a placeholder image; ``/admin/…``: 403

Its pages are the v1 contract the spider's tests are written against; none of the network's
quirks (pinned items, ads, wire copy, inline tags) appear here.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from urllib.parse import urlencode

from demosite.article import Article
from demosite.feed import ListingPage, listing_page
from demosite.generator import find_article
from demosite.outlets import Outlet, Section
from demosite.templates import Request, Response, kit

LATEST_PATH = "/news/latest"
SECTION_PATH = "/news/articleList.html"
ARTICLE_PATH = "/news/articleView.html"


def article_path(article: Article) -> str:
    """The path of an article page, as canonical links and the oracle print it."""
    return f"{ARTICLE_PATH}?idxno={article.idxno}"


def handle(outlet: Outlet, request: Request) -> Response:
    """Answer one GET (see the module docstring for the URL scheme)."""
    path, now = request.path, request.now
    if path == "/robots.txt":
        return kit.robots("/admin/")
    if path == "/":
        return kit.redirect(LATEST_PATH)
    if path.startswith("/admin"):
        return _error(outlet, 403, "접근 권한이 없습니다")
    if path.startswith("/img/") and path.endswith(".jpg"):
        return kit.image()
    if path == LATEST_PATH:
        return _listing(outlet, request, None)
    if path == SECTION_PATH:
        section = outlet.section_by_list_code(request.param("sc_section_code") or "")
        if section is None:
            return _error(outlet, 404, "없는 섹션입니다")
        return _listing(outlet, request, section)
    if path == ARTICLE_PATH:
        idxno = request.param("idxno") or ""
        found = find_article(outlet.name, int(idxno), request.volume) if idxno.isdigit() else None
        article = kit.visible(found, request)
        if article is None:
            return _error(outlet, 404, "기사를 찾을 수 없습니다")
        return kit.html(outlet, _article_page(outlet, article, now), kind="article")
    return _error(outlet, 404, "페이지를 찾을 수 없습니다")


def _listing(outlet: Outlet, request: Request, section: Section | None) -> Response:
    page = kit.page_number(request.param("page"))
    if page is None:
        return _error(outlet, 400, "잘못된 페이지 번호입니다")
    label = section.label if section else None
    listing = listing_page(outlet.name, request.now, page, outlet.per_page, label, request.volume)
    heading = section.label if section else "최신기사"
    body = _listing_page(outlet, listing, request.now, heading, section)
    return kit.html(outlet, body, kind="listing")


def _section_href(section: Section, page: int = 1) -> str:
    params = {"sc_section_code": section.list_code}
    if page > 1:
        params["page"] = str(page)
    return f"{SECTION_PATH}?{urlencode(params)}"


def _layout(outlet: Outlet, title: str, head: str, main: str) -> str:
    nav = "".join(
        f'<a href="{escape(_section_href(s))}">{escape(s.label)}</a>' for s in outlet.sections
    )
    return (
        f'<!doctype html><html lang="ko"><head><meta charset="{outlet.encoding}">'
        f"<title>{escape(title)} | {escape(outlet.label)}</title>{head}</head>\n"
        f'<body><header><nav class="gnb"><a href="{LATEST_PATH}">최신기사</a>{nav}</nav></header>\n'
        f"<main>{main}</main>\n"
        f'<footer><p class="copyright">Copyright © {escape(outlet.label)}. '
        "All rights reserved. 이 사이트의 기사는 모두 시연용으로 생성된 가상 기사입니다.</p>"
        "</footer></body></html>\n"
    )


def _listing_item(article: Article, now: datetime) -> str:
    href = escape(kit.tracked(article_path(article), article))
    return (
        '<li class="article-item">\n'
        f'  <a class="thumb" href="{href}"><img src="/img/{article.idxno}.jpg" alt=""></a>\n'
        f'  <h2 class="title"><a href="{href}">{escape(article.title_at(now))}</a></h2>\n'
        f'  <p class="lead">{escape(article.lead)}</p>\n'
        f'  <span class="section">{escape(article.section)}</span>\n'
        f'  <span class="date">{article.published:%Y-%m-%d %H:%M:%S}</span>\n'
        "</li>\n"
    )


def _listing_page(
    outlet: Outlet, listing: ListingPage, now: datetime, heading: str, section: Section | None
) -> str:
    items = "".join(_listing_item(a, now) for a in listing.items)
    pagination = ""
    if listing.has_next:
        page = listing.page + 1
        href = _section_href(section, page) if section else f"{LATEST_PATH}?page={page}"
        pagination = f'<a href="{escape(href)}">다음</a>'
    main = (
        f'<h1 class="list-title">{escape(heading)}</h1>\n'
        f'<ul class="article-list">\n{items}</ul>\n'
        f'<div class="pagination">{pagination}</div>'
    )
    return _layout(outlet, heading, "", main)


def _article_page(outlet: Outlet, article: Article, now: datetime) -> str:
    canonical = escape(outlet.origin + article_path(article))
    title = escape(article.title_at(now))
    lead = escape(article.lead)
    author = escape(f"{article.reporter.name} 기자")
    modified = article.modified_at(now)
    section = outlet.section(article.section)
    head = (
        f'<meta name="description" content="{lead}">'
        f'<meta name="author" content="{author}">'
        '<meta property="og:type" content="article">'
        f'<meta property="og:site_name" content="{escape(outlet.label)}">'
        f'<meta property="og:title" content="{title}">'
        f'<meta property="og:description" content="{lead}">'
        f'<meta property="og:url" content="{canonical}">'
        f'<meta property="og:image" content="{escape(outlet.origin)}/img/{article.idxno}.jpg">'
        f'<meta property="article:section" content="{escape(article.section)}">'
        f'<meta property="article:published_time" content="{article.published.isoformat()}">'
        f'<meta property="article:modified_time" content="{modified.isoformat()}">'
        f'<link rel="canonical" href="{canonical}">'
    )
    info = f'<li class="published">입력 {article.published:%Y.%m.%d %H:%M}</li>'
    if modified != article.published:
        info += f'<li class="modified">수정 {modified:%Y.%m.%d %H:%M}</li>'
    body = "\n".join(f"<p>{escape(p)}</p>" for p in article.paragraphs_at(now))
    email = f"{article.reporter.handle}@{outlet.host}"
    main = (
        '<article class="article-view">\n'
        '<div class="article-head">'
        f'<p class="section"><a href="{escape(_section_href(section))}">'
        f"{escape(section.label)}</a></p>\n"
        f'<h1 class="headline">{title}</h1>\n'
        f'<ul class="info">{info}</ul></div>\n'
        f'<figure class="photo"><img src="/img/{article.idxno}.jpg" alt=""></figure>\n'
        f'<div class="article-body" id="article-body">\n{body}\n</div>\n'
        f'<p class="byline">{author} {escape(email)}</p>\n'
        "</article>"
    )
    return _layout(outlet, article.title_at(now), head, main)


def _error(outlet: Outlet, status: int, message: str) -> Response:
    return kit.layout_error(outlet, status, message, lambda t, m: _layout(outlet, t, "", m))
