"""A structured-data CMS (``demo-herald``): JSON-LD on every page, hashed class names.

URL scheme:
- ``/robots.txt``; ``/`` redirects to ``/list``
- ``/list?page=N``: all sections, newest first; ``/list/<code>?page=N``: one section
- ``/archive?date=YYYYMMDD&page=N``: the date archive of one KST day (``&section=<code>``)
- ``/news/YYYY/MM/DD/N.html``: an article (dated path); ``/img/N.jpg``: an image

Class names are hashes (stable, but meaningless): rely on structure. Each list page carries a
JSON-LD ``ItemList`` of its articles in page order (``ListItem`` with ``url`` and an ``item``
``NewsArticle``: headline, seconds-precise ``datePublished``, ``articleSection``), with
non-ASCII escaped as ``\\uXXXX`` and public-origin URLs. The visible time is spelled out
(``2025년 4월 8일 오후 3시 5분``). Ads sit among the items with an ``AD`` badge; a 많이 본
뉴스 box holds yesterday's most read. Article pages carry a JSON-LD ``NewsArticle`` with the
whole body, author and e-mail, and og:/article: meta.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from datetime import date, datetime
from html import escape
from typing import Any
from urllib.parse import urlencode

from demosite.ads import Ad, ads_for, interleave
from demosite.article import Article
from demosite.feed import ListingPage, archive_page, listing_page
from demosite.generator import find_article
from demosite.outlets import Outlet, Section
from demosite.templates import Request, Response, kit

LIST_PATH = "/list"
ARCHIVE_PATH = "/archive"
STYLE: kit.EscapeStyle = "html"
_ARTICLE = re.compile(r"^/news/(?P<y>\d{4})/(?P<m>\d{2})/(?P<d>\d{2})/(?P<n>\d+)\.html$")
_ARCHIVE_DATE = re.compile(r"^\d{8}$")
ROLES = (
    "list", "item", "thumb", "text", "title", "lead", "info", "press", "section", "time",
    "badge", "paging", "next", "rank", "article", "headline", "meta", "body", "byline",
)  # fmt: skip


def _hashed(role: str) -> str:
    digest = hashlib.sha256(f"demo-herald:{role}".encode()).hexdigest()
    return "abcdefghij"[int(digest[0], 16) % 10] + digest[1:7]


# role -> class name, e.g. "item" -> "e3b0c44"; fixed forever by the role's name.
C = {role: _hashed(role) for role in ROLES}


def article_path(article: Article) -> str:
    """The path of an article page, as canonical links and the oracle print it."""
    return f"/news/{kit.kst(article.published):%Y/%m/%d}/{article.idxno}.html"


def handle(outlet: Outlet, request: Request) -> Response:
    """Answer one GET (see the module docstring for the URL scheme)."""
    path = request.path
    if path == "/robots.txt":
        return kit.robots("/api/", "/preview/")
    if path == "/":
        return kit.redirect(LIST_PATH)
    if path.startswith("/img/"):
        return kit.image()
    if path in (LIST_PATH, ARCHIVE_PATH):
        code = request.param("section") if path == ARCHIVE_PATH else None
        return _listing(outlet, request, code, archive=path == ARCHIVE_PATH)
    if path.startswith(LIST_PATH + "/"):
        return _listing(outlet, request, path.removeprefix(LIST_PATH + "/"), archive=False)
    if (match := _ARTICLE.match(path)) is not None:
        found = find_article(outlet.name, int(match["n"]), request.volume)
        article = kit.visible(found, request)
        if article is None or article_path(article) != path:
            return _error(outlet, 404, "기사를 찾을 수 없습니다")
        return kit.html(outlet, _article_page(outlet, article, request), kind="article")
    return _error(outlet, 404, "페이지를 찾을 수 없습니다")


def _listing(outlet: Outlet, request: Request, code: str | None, *, archive: bool) -> Response:
    page = kit.page_number(request.param("page"))
    if page is None:
        return _error(outlet, 400, "잘못된 요청입니다")
    section = outlet.section_by_list_code(code) if code is not None else None
    if code is not None and section is None:
        return _error(outlet, 404, "없는 섹션입니다")
    label = section.label if section else None
    day = _archive_day(request.param("date") or "") if archive else None
    if archive and day is None:
        return _error(outlet, 400, "날짜를 확인해 주세요")
    if day is not None:
        listing = archive_page(
            outlet.name, day, request.now, page, outlet.per_page, label, request.volume
        )
        heading = f"{day.year}년 {day.month}월 {day.day}일 기사"
    else:
        listing = listing_page(
            outlet.name, request.now, page, outlet.per_page, label, request.volume
        )
        heading = section.label if section else "최신 뉴스"
    body = _listing_page(outlet, request, listing, heading, _href_maker(section, day))
    return kit.html(outlet, body, kind="listing")


def _archive_day(raw: str) -> date | None:
    if not _ARCHIVE_DATE.match(raw):
        return None
    try:
        return datetime.strptime(raw, "%Y%m%d").date()
    except ValueError:
        return None


def _href_maker(section: Section | None, day: date | None) -> Callable[[int], str]:
    def href(page: int) -> str:
        if day is not None:
            query = {"date": f"{day:%Y%m%d}", "page": str(page)}
            if section is not None:
                query["section"] = section.list_code
            return f"{ARCHIVE_PATH}?{urlencode(query)}"
        base = f"{LIST_PATH}/{section.list_code}" if section else LIST_PATH
        return f"{base}?page={page}"

    return href


def _json_ld(data: dict[str, Any]) -> str:
    # ASCII-only with \uXXXX escapes, as many CMSs emit it; "</" would end the script element.
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":")).replace("</", "<\\/")
    return f'<script type="application/ld+json">{text}</script>'


def _item(article: Article, now: datetime) -> str:
    href = escape(kit.tracked(article_path(article), article))
    title = kit.marked_title(article.title_at(now), article.highlight, "b", STYLE)
    return (
        f'<div class="{C["item"]}">\n'
        f'  <a class="{C["thumb"]}" href="{href}"><img src="/img/{article.idxno}.jpg" alt=""></a>\n'
        f'  <div class="{C["text"]}"><a class="{C["title"]}" href="{href}"><strong>{title}'
        "</strong></a>\n"
        f'  <div class="{C["lead"]}">{escape(article.lead)}</div>\n'
        f'  <div class="{C["info"]}"><span class="{C["section"]}">{escape(article.section)}</span>'
        f'<span class="{C["time"]}">{kit.korean_clock(article.published)}</span></div></div>\n'
        "</div>\n"
    )


def _ad_item(ad: Ad) -> str:
    return (
        f'<div class="{C["item"]}">\n'
        f'  <div class="{C["text"]}"><span class="{C["badge"]}">AD</span>'
        f'<a class="{C["title"]}" href="{escape(ad.url)}"><strong>{escape(ad.title)}</strong></a>\n'
        f'  <div class="{C["info"]}"><span class="{C["press"]}">{escape(ad.advertiser)}</span>'
        "</div></div>\n</div>\n"
    )


def _item_list(outlet: Outlet, articles: tuple[Article, ...], now: datetime) -> str:
    elements = [
        {
            "@type": "ListItem",
            "position": position,
            "url": outlet.origin + article_path(a),
            "item": {
                "@type": "NewsArticle",
                "headline": a.title_at(now),
                "datePublished": a.published.isoformat(),
                "articleSection": list(a.sections),
            },
        }
        for position, a in enumerate(articles, start=1)
    ]
    return _json_ld(
        {"@context": "https://schema.org", "@type": "ItemList", "itemListElement": elements}
    )


def _listing_page(
    outlet: Outlet,
    request: Request,
    listing: ListingPage,
    heading: str,
    href: Callable[[int], str],
) -> str:
    now = request.now
    place = href(listing.page)
    items = "".join(
        _ad_item(item) if isinstance(item, Ad) else _item(item, now)
        for item in interleave(listing.items, ads_for(outlet.name, place, outlet.ads_per_page))
    )
    pages = range(max(1, listing.page - 4), listing.page + (2 if listing.has_next else 1))
    links = "".join(
        f"<strong>{n}</strong>" if n == listing.page else f'<a href="{escape(href(n))}">{n}</a>'
        for n in pages
    )
    if listing.has_next:
        links += f'<a class="{C["next"]}" href="{escape(href(listing.page + 1))}">다음</a>'
    ranking = kit.link_items(
        kit.most_read(outlet.name, now, request.volume), now, article_path, STYLE
    )
    main = (
        f"<h2>{escape(heading)}</h2>\n"
        f'<div class="{C["list"]}">\n{items}</div>\n'
        f'<div class="{C["paging"]}">{links}</div>\n'
        f'<div class="{C["rank"]}"><h3>많이 본 뉴스</h3><ol>{ranking}</ol></div>'
    )
    return _layout(outlet, heading, _item_list(outlet, listing.items, now), main)


def _layout(outlet: Outlet, title: str, head: str, main: str) -> str:
    nav = "".join(
        f'<a href="{LIST_PATH}/{s.list_code}">{escape(s.label)}</a>' for s in outlet.sections
    )
    return (
        '<!DOCTYPE html>\n<html lang="ko"><head><meta charset="utf-8">'
        f"<title>{escape(title)} : {escape(outlet.label)}</title>{head}</head>\n"
        f'<body><div id="wrap"><div id="gnb"><a href="{LIST_PATH}">뉴스홈</a>{nav}</div>\n'
        f'<div id="ct">{main}</div>\n'
        f'<div id="footer"><p>ⓒ {escape(outlet.label)}. 무단전재 및 재배포 금지. '
        "이 사이트의 기사는 모두 시연용으로 생성된 가상 기사입니다.</p></div></div></body></html>\n"
    )


def _stamp(moment: datetime) -> str:
    """``2025.04.08. 오후 3:05``, the portal-style form of the article page."""
    local = kit.kst(moment)
    half = "오전" if local.hour < 12 else "오후"
    return f"{local:%Y.%m.%d}. {half} {local.hour % 12 or 12}:{local:%M}"


def _article_page(outlet: Outlet, article: Article, request: Request) -> str:
    now = request.now
    canonical = outlet.origin + article_path(article)
    modified = article.modified_at(now)
    email = kit.email(article.reporter, article, outlet)
    paragraphs = article.paragraphs_at(now)
    structured = _json_ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": canonical,
            "headline": article.title_at(now),
            "description": article.lead,
            "datePublished": article.published.isoformat(),
            "dateModified": modified.isoformat(),
            "articleSection": list(article.sections),
            "author": {"@type": "Person", "name": f"{article.reporter.name} 기자", "email": email},
            "publisher": {"@type": "Organization", "name": outlet.label},
            "image": f"{outlet.origin}/img/{article.idxno}.jpg",
            "articleBody": "\n\n".join(paragraphs),
        }
    )
    head = kit.article_meta(outlet, article, now, article_path(article)) + structured
    times = f"<span>입력 {_stamp(article.published)}</span>"
    if modified != article.published:
        times += f"<span>수정 {_stamp(modified)}</span>"
    body = [f"<p>{escape(p)}</p>" for p in paragraphs]
    ad = ads_for(outlet.name, f"article:{article.idxno}", 1)[0]
    body.insert(
        min(1, len(body)),
        f'<div class="{C["badge"]}"><a href="{escape(ad.url)}">AD {escape(ad.title)}</a></div>',
    )
    related = kit.link_items(kit.related(article, request.volume), now, article_path, STYLE)
    if related:
        body.append(f'<div class="{C["rank"]}"><h4>함께 볼만한 뉴스</h4><ul>{related}</ul></div>')
    credit = f"{escape(kit.credit_label(article))} " if article.credit else ""
    main = (
        f'<div class="{C["article"]}"><h2 class="{C["headline"]}">'
        f"{escape(article.title_at(now))}</h2>\n"
        f'<div class="{C["meta"]}">{times}</div>\n'
        f'<div class="{C["body"]}" itemprop="articleBody">\n' + "\n".join(body) + "\n</div>\n"
        f'<p class="{C["byline"]}">{credit}{escape(article.reporter.name)} 기자 {email}</p></div>'
    )
    return _layout(outlet, article.title_at(now), head, main)


def _error(outlet: Outlet, status: int, message: str) -> Response:
    return kit.layout_error(outlet, status, message, lambda t, m: _layout(outlet, t, "", m))
