"""A business-news CMS (``demo-biz``): "입력 … | 수정 …" bylines and one lying meta tag.

URL scheme:
- ``/robots.txt``; ``/`` redirects to ``/list.html``
- ``/list.html?page=N``: all sections, newest first; ``&cate=01``: one section (01 … 10)
- ``/view.html?aid=YYYYMMDDNNNNN``: an article (KST date and five-digit sequence)
- ``/promotion/view.html?pid=N``: sponsored content (not news); ``/img/…``: images

An item is ``ul.news_list > li`` holding ``dl > dt > a`` (the title), ``dd.desc`` (the lead)
and ``dd.info`` with ``span.cate`` and ``span.date`` (``YYYY.MM.DD HH:MM``; the CMS stores
whole minutes). Page 1 of the latest list opens with two pinned earlier top stories
(``li.top``, see :func:`demosite.feed.pinned_articles`); ``li.sponsored`` items link to
promotions and show a date, like news.

Article pages print ``입력 2025.04.08 08:06 | 수정 2025.04.08 09:12``; ``og:regDate`` and
``article:modified_time`` are right, but ``article:published_time`` is the KST wall time
labelled ``+00:00`` — nine hours off, a bug real CMSs ship.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from html import escape
from urllib.parse import urlencode

from demosite.ads import Ad, ads_for, interleave
from demosite.article import Article
from demosite.feed import ListingPage, listing_page, pinned_articles
from demosite.generator import article_at
from demosite.outlets import Outlet, Section
from demosite.templates import Request, Response, kit

LIST_PATH = "/list.html"
VIEW_PATH = "/view.html"
PROMOTION_PATH = "/promotion/view.html"
STYLE: kit.EscapeStyle = "numeric"
_AID = re.compile(r"^(?P<day>\d{8})(?P<seq>\d{5})$")


def article_path(article: Article) -> str:
    """The path of an article page, as canonical links and the oracle print it."""
    return f"{VIEW_PATH}?aid={kit.kst(article.published):%Y%m%d}{article.seq:05d}"


def handle(outlet: Outlet, request: Request) -> Response:
    """Answer one GET (see the module docstring for the URL scheme)."""
    path = request.path
    if path == "/robots.txt":
        return kit.robots("/admin/", "/promotion/preview")
    if path == "/":
        return kit.redirect(LIST_PATH)
    if path.startswith("/img/"):
        return kit.image()
    if path == LIST_PATH:
        return _listing(outlet, request)
    if path == VIEW_PATH:
        article = kit.visible(_find(outlet, request.param("aid") or "", request), request)
        if article is None:
            return _error(outlet, 404, "존재하지 않는 기사입니다")
        return kit.html(outlet, _article_page(outlet, article, request), kind="article")
    if path == PROMOTION_PATH and (request.param("pid") or "").isdigit():
        return kit.html(outlet, _promotion_page(outlet, int(request.param("pid") or 0)))
    return _error(outlet, 404, "페이지를 찾을 수 없습니다")


def _find(outlet: Outlet, aid: str, request: Request) -> Article | None:
    match = _AID.match(aid)
    if match is None:
        return None
    try:
        day = datetime.strptime(match["day"], "%Y%m%d").date()
    except ValueError:
        return None
    return article_at(outlet.name, day, int(match["seq"]), request.volume)


def _list_href(section: Section | None, page: int = 1) -> str:
    query = {"cate": section.list_code} if section else {}
    if page > 1 or not section:
        query["page"] = str(page)
    return f"{LIST_PATH}?{urlencode(query)}"


def _listing(outlet: Outlet, request: Request) -> Response:
    page = kit.page_number(request.param("page"))
    if page is None:
        return _error(outlet, 400, "잘못된 페이지입니다")
    code = request.param("cate")
    section = outlet.section_by_list_code(code) if code is not None else None
    if code is not None and section is None:
        return _error(outlet, 404, "없는 분류입니다")
    label = section.label if section else None
    listing = listing_page(outlet.name, request.now, page, outlet.per_page, label, request.volume)
    top = () if page > 1 or section else pinned_articles(outlet.name, request.now, request.volume)
    heading = section.label if section else "전체기사"
    body = _listing_page(outlet, request, listing, heading, section, top)
    return kit.html(outlet, body, kind="listing")


def _item(article: Article, now: datetime, css: str) -> str:
    href = escape(kit.tracked(article_path(article), article))
    title = kit.marked_title(article.title_at(now), article.highlight, "strong", STYLE)
    badge = '<em class="badge">주요뉴스</em>' if css == "top" else ""
    attributes = f' class="{css}"' if css else ""
    return (
        f"<li{attributes}><dl>"
        f'<dt><a href="{href}">{title}</a></dt>'
        f'<dd class="desc">{kit.escape_text(article.lead, STYLE)}</dd>'
        f'<dd class="info"><span class="cate">{kit.escape_text(article.section, STYLE)}</span>'
        f'<span class="date">{kit.kst(article.published):%Y.%m.%d %H:%M}</span></dd>'
        f"</dl>{badge}</li>\n"
    )


def _sponsored(ad: Ad, now: datetime) -> str:
    # Sponsored items show the hour they were booked for: a date like any news item's.
    booked = kit.kst(now).replace(minute=0, second=0, microsecond=0) - timedelta(hours=1)
    return (
        '<li class="sponsored"><dl>'
        f'<dt><a href="{PROMOTION_PATH}?pid={ad.cid}">[기획] {kit.escape_text(ad.title, STYLE)}'
        "</a></dt>"
        f'<dd class="desc">{escape(ad.advertiser)} 제공</dd>'
        f'<dd class="info"><span class="cate">Sponsored</span>'
        f'<span class="date">{booked:%Y.%m.%d %H:%M}</span></dd></dl></li>\n'
    )


def _listing_page(
    outlet: Outlet,
    request: Request,
    listing: ListingPage,
    heading: str,
    section: Section | None,
    top: tuple[Article, ...],
) -> str:
    now = request.now
    items = "".join(_item(a, now, "top") for a in top)
    place = _list_href(section, listing.page)
    for item in interleave(listing.items, ads_for(outlet.name, place, outlet.ads_per_page)):
        items += _sponsored(item, now) if isinstance(item, Ad) else _item(item, now, "")
    first = (listing.page - 1) // 10 * 10 + 1
    pages = range(first, listing.page + (2 if listing.has_next else 1))
    links = "".join(
        f'<strong class="on">{n}</strong>'
        if n == listing.page
        else f'<a href="{escape(_list_href(section, n))}">{n}</a>'
        for n in pages
    )
    if listing.has_next:
        links += f'<a class="next" href="{escape(_list_href(section, listing.page + 1))}">다음</a>'
    main = (
        f'<h2 class="sub_title">{escape(heading)}</h2>\n'
        f'<ul class="news_list">\n{items}</ul>\n'
        f'<div class="paging">{links}</div>'
    )
    return _layout(outlet, heading, "", main)


def _layout(outlet: Outlet, title: str, head: str, main: str) -> str:
    nav = "".join(
        f'<li><a href="{escape(_list_href(s))}">{escape(s.label)}</a></li>' for s in outlet.sections
    )
    return (
        '<!DOCTYPE html>\n<html lang="ko"><head><meta charset="utf-8">'
        f"<title>{escape(title)} &lt; {escape(outlet.label)}</title>{head}</head>\n"
        f'<body><div id="header"><a class="logo" href="/">{escape(outlet.label)}</a>'
        f'<ul class="gnb"><li><a href="{LIST_PATH}">전체</a></li>{nav}</ul></div>\n'
        f'<div id="contents">{main}</div>\n'
        f'<div id="footer"><p class="copyright">Copyright {escape(outlet.label)} '
        "All rights reserved. 이 사이트의 기사는 모두 시연용으로 생성된 가상 기사입니다.</p></div>"
        "</body></html>\n"
    )


def _article_page(outlet: Outlet, article: Article, request: Request) -> str:
    now = request.now
    published = kit.kst(article.published)
    modified = article.modified_at(now)
    # The CMS bug, on purpose: KST wall time labelled as UTC.
    wrong = f"{published:%Y-%m-%dT%H:%M:%S}+00:00"
    head = kit.article_meta(outlet, article, now, article_path(article), published_time=wrong)
    head += f'<meta property="og:regDate" content="{published:%Y%m%d%H%M%S}">'
    times = f"입력 {published:%Y.%m.%d %H:%M}"
    if modified != article.published:
        times += f" | 수정 {kit.kst(modified):%Y.%m.%d %H:%M}"
    body = [f"<p>{kit.escape_text(p, STYLE)}</p>" for p in article.paragraphs_at(now)]
    ad = ads_for(outlet.name, f"article:{article.idxno}", 1)[0]
    body.insert(
        len(body) // 2,
        f'<div class="ad_in_article"><a href="{escape(ad.url)}">{escape(ad.title)}</a></div>',
    )
    related = kit.link_items(kit.related(article, request.volume), now, article_path, STYLE)
    if related:
        body.append(f'<div class="related_news"><strong>관련기사</strong><ul>{related}</ul></div>')
    email = kit.email(article.reporter, article, outlet)
    main = (
        '<div class="art_head">'
        f'<p class="art_cate">{escape(article.section)}</p>'
        f'<h1 class="art_title">{kit.escape_text(article.title_at(now), STYLE)}</h1>'
        f'<div class="art_info"><span class="reporter">{escape(article.reporter.name)} 기자</span>'
        f'<span class="time">{times}</span></div></div>\n'
        '<div id="article-view-content-div" itemprop="articleBody">\n'
        + "\n".join(body)
        + "\n</div>\n"
        f'<p class="byline">{escape(article.reporter.name)} 기자 {email}</p>'
    )
    return _layout(outlet, article.title_at(now), head, main)


def _promotion_page(outlet: Outlet, pid: int) -> str:
    main = (
        f'<div class="promotion" data-pid="{pid}"><h1>[기획] 파트너 콘텐츠</h1>'
        "<p>이 콘텐츠는 광고주가 제공했습니다.</p></div>"
    )
    return _layout(outlet, "파트너 콘텐츠", "", main)


def _error(outlet: Outlet, status: int, message: str) -> Response:
    return kit.layout_error(outlet, status, message, lambda t, m: _layout(outlet, t, "", m))
