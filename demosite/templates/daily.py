"""The classic Korean newspaper CMS look of ``demo-daily`` (최신기사 list, articleView pages).

URL scheme:
- ``/robots.txt``; ``/`` redirects to ``/news/latest``
- ``/news/latest?page=N``: all sections, newest first
- ``/news/articleList.html?sc_section_code=S1N1&page=N``: one section
- ``/news/articleView.html?idxno=N``: an article (404 when unknown or not yet published)
- ``/img/N.jpg``: a placeholder image; ``/admin/…``: 403

Pages are built with f-strings rather than a template engine: the markup is small, fixed and
must be byte-identical across runs, and every text goes through :func:`html.escape`.
"""

from __future__ import annotations

import base64
from datetime import datetime
from html import escape
from urllib.parse import urlencode

from demosite.feed import ListingPage, listing_page
from demosite.generator import Article, find_article
from demosite.outlets import Outlet, Section
from demosite.templates import Response

LATEST_PATH = "/news/latest"
SECTION_PATH = "/news/articleList.html"
ARTICLE_PATH = "/news/articleView.html"
HTML = "text/html; charset={charset}"
# A 1x1 transparent GIF: thumbnails only need to exist, not to show anything.
PLACEHOLDER_IMAGE = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")
ROBOTS = "User-agent: *\nDisallow: /admin/\n"


def article_path(idxno: int) -> str:
    """The path of an article page, as canonical links and the oracle print it."""
    return f"{ARTICLE_PATH}?idxno={idxno}"


def handle(outlet: Outlet, path: str, query: dict[str, list[str]], now: datetime) -> Response:
    """Answer one GET of ``path`` with parsed ``query`` at the site's clock ``now``."""
    if path == "/robots.txt":
        return Response(200, "text/plain; charset=utf-8", ROBOTS)
    if path == "/":
        return Response(302, "text/plain; charset=utf-8", "", {"Location": LATEST_PATH})
    if path.startswith("/admin"):
        return _error(outlet, 403, "접근 권한이 없습니다")
    if path.startswith("/img/") and path.endswith(".jpg"):
        return Response(200, "image/gif", PLACEHOLDER_IMAGE)
    if path == LATEST_PATH:
        return _listing(outlet, query, now, None)
    if path == SECTION_PATH:
        section = outlet.section_by_list_code(_first(query, "sc_section_code") or "")
        if section is None:
            return _error(outlet, 404, "없는 섹션입니다")
        return _listing(outlet, query, now, section)
    if path == ARTICLE_PATH:
        idxno = _first(query, "idxno") or ""
        article = find_article(outlet.name, int(idxno)) if idxno.isdigit() else None
        if article is None or article.published > now:
            return _error(outlet, 404, "기사를 찾을 수 없습니다")
        return Response(200, _html(outlet), _article_page(outlet, article, now))
    return _error(outlet, 404, "페이지를 찾을 수 없습니다")


def _first(query: dict[str, list[str]], name: str) -> str | None:
    values = query.get(name)
    return values[0] if values else None


def _html(outlet: Outlet) -> str:
    return HTML.format(charset=outlet.encoding)


def _listing(
    outlet: Outlet, query: dict[str, list[str]], now: datetime, section: Section | None
) -> Response:
    raw_page = _first(query, "page") or "1"
    if not raw_page.isdigit() or int(raw_page) < 1:
        return _error(outlet, 400, "잘못된 페이지 번호입니다")
    listing = listing_page(
        outlet.name, now, int(raw_page), outlet.per_page, section.label if section else None
    )
    heading = section.label if section else "최신기사"
    return Response(200, _html(outlet), _listing_page(outlet, listing, now, heading, section))


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
    href = article_path(article.idxno)
    if article.tracking:
        href = f"{href}&{article.tracking}"
    href = escape(href)
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
    canonical = escape(outlet.origin + article_path(article.idxno))
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
    main = f'<div class="error"><h1>{status}</h1><p>{escape(message)}</p></div>'
    return Response(status, _html(outlet), _layout(outlet, message, "", main))
