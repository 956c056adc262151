"""An older table-layout CMS (``demo-ilbo``): CP949 bytes declared as EUC-KR, dates only.

URL scheme (links on the pages are relative, as such CMSs write them):
- ``/robots.txt``; ``/`` redirects to ``/news/list.php``
- ``/news/list.php?page=N``: all sections, 15 a page, newest first; ``&sec=eco``: one section
- ``/news/list.php?date=YYYYMMDD&page=N``: the date archive of one KST day (``sec`` allowed)
- ``/news/view.php?no=N``: an article; ``/data/photo/N.jpg``: an image; ``/admin/…``: 403

The list is a ``<table class="list_tbl">``: one ``tr.list_row`` per article with number,
``[분류]``, the title link (cut to 24 characters and ``..``; the ``title`` attribute holds the
whole title), the reporter, ``[YYYY.MM.DD]`` and a hit count; no lead. Page 1 of the latest
list opens with a ``tr.notice`` row, 주요, a pinned earlier top story; ``tr.ad_row`` rows
are ads. The article body is ``<br><br>``-separated text with an ad box and a 관련기사 box
inside it; the time of day is only on the article page.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from urllib.parse import urlencode

from demosite.ads import Ad, ads_for, interleave
from demosite.article import Article
from demosite.feed import ListingPage, archive_page, listing_page, pinned_articles
from demosite.generator import find_article
from demosite.outlets import Outlet, Section
from demosite.quirks import truncated
from demosite.templates import Request, Response, kit

LIST_PATH = "/news/list.php"
VIEW_PATH = "/news/view.php"
STYLE: kit.EscapeStyle = "php"
HIGHLIGHT = 'font color="#c00000"'
_ARCHIVE_DATE = re.compile(r"^\d{8}$")


def article_path(article: Article) -> str:
    """The path of an article page, as canonical links and the oracle print it."""
    return f"{VIEW_PATH}?no={article.idxno}"


def handle(outlet: Outlet, request: Request) -> Response:
    """Answer one GET (see the module docstring for the URL scheme)."""
    path = request.path
    if path == "/robots.txt":
        return kit.robots("/admin/", "/cgi-bin/")
    if path == "/":
        return kit.redirect(LIST_PATH)
    if path.startswith("/admin"):
        return _error(outlet, 403, "접근 권한이 없습니다")
    if path.startswith(("/data/photo/", "/img/")):
        return kit.image()
    if path == LIST_PATH:
        return _listing(outlet, request)
    if path == VIEW_PATH:
        number = request.param("no") or ""
        found = find_article(outlet.name, int(number), request.volume) if number.isdigit() else None
        article = kit.visible(found, request)
        if article is None:
            return _error(outlet, 404, "해당 기사가 없습니다")
        return kit.html(outlet, _article_page(outlet, article, request), kind="article")
    return _error(outlet, 404, "페이지를 찾을 수 없습니다")


def _listing(outlet: Outlet, request: Request) -> Response:
    page = kit.page_number(request.param("page"))
    if page is None:
        return _error(outlet, 400, "잘못된 페이지입니다")
    section = None
    if (code := request.param("sec")) is not None:
        section = outlet.section_by_list_code(code)
        if section is None:
            return _error(outlet, 404, "없는 분류입니다")
    label = section.label if section else None
    raw_day = request.param("date")
    day = _archive_day(raw_day) if raw_day is not None else None
    if raw_day is not None and day is None:
        return _error(outlet, 400, "잘못된 날짜입니다")
    if day is not None:
        listing = archive_page(
            outlet.name, day, request.now, page, outlet.per_page, label, request.volume
        )
        heading = f"{day:%Y.%m.%d} 기사"
    else:
        listing = listing_page(
            outlet.name, request.now, page, outlet.per_page, label, request.volume
        )
        heading = section.label if section else "전체기사"
    pinned = pinned_articles(outlet.name, request.now, request.volume)
    top = pinned if page == 1 and section is None and day is None else ()
    body = _listing_page(outlet, request, listing, heading, top, _list_query(section, day))
    return kit.html(outlet, body, kind="listing")


def _archive_day(raw: str) -> date | None:
    if not _ARCHIVE_DATE.match(raw):
        return None
    try:
        return datetime.strptime(raw, "%Y%m%d").date()
    except ValueError:
        return None


def _list_query(section: Section | None, day: date | None) -> dict[str, str]:
    query = {}
    if section is not None:
        query["sec"] = section.list_code
    if day is not None:
        query["date"] = f"{day:%Y%m%d}"
    return query


def _list_href(query: dict[str, str], page: int) -> str:
    return f"list.php?{urlencode({**query, 'page': str(page)})}"


def _layout(outlet: Outlet, title: str, head: str, main: str) -> str:
    menu = " | ".join(
        f'<a href="{LIST_PATH}?sec={s.list_code}">{kit.escape_text(s.label, STYLE)}</a>'
        for s in outlet.sections
    )
    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n'
        '<html><head><meta http-equiv="Content-Type" '
        f'content="text/html; charset={outlet.encoding}">\n'
        f"<title>{kit.escape_text(outlet.label, STYLE)} - {kit.escape_text(title, STYLE)}"
        f"</title>{head}</head>\n"
        '<body bgcolor="#ffffff" topmargin="0" leftmargin="0">\n'
        '<table width="980" align="center" class="top"><tr><td>'
        f'<a href="{LIST_PATH}"><img src="/data/photo/logo.gif" alt="{outlet.label}"></a>'
        "</td></tr></table>\n"
        f'<table width="980" align="center" class="menu"><tr><td>'
        f'<a href="{LIST_PATH}">전체기사</a> | {menu}</td></tr></table>\n'
        f"{main}\n"
        '<table width="980" align="center" class="bottom"><tr><td class="copyright">'
        f"Copyright ⓒ {outlet.label}. All rights reserved. 무단전재 및 재배포 금지. "
        "이 사이트의 기사는 모두 시연용으로 생성된 가상 기사입니다.</td></tr></table>\n"
        "</body></html>\n"
    )


def _hits(article: Article, now: datetime) -> int:
    """A read count that grows with the article's age, fixed for a given clock."""
    minutes = int((now - article.published).total_seconds()) // 60
    return article.idxno * 7919 % 500 + minutes // 3


def _row(outlet: Outlet, article: Article, now: datetime, css: str, first: str) -> str:
    title = article.title_at(now)
    shown = truncated(title, outlet.title_limit)
    href = kit.escape_text(kit.tracked(f"view.php?no={article.idxno}", article), STYLE)
    return (
        f'<tr class="{css}"><td class="num">{first}</td>'
        f'<td class="sec">[{kit.escape_text(article.section, STYLE)}]</td>'
        f'<td class="subject"><a href="{href}" title="{kit.escape_text(title, STYLE)}">'
        f"{kit.marked_title(shown, article.highlight, HIGHLIGHT, STYLE)}</a></td>"
        f'<td class="writer">{article.reporter.name}</td>'
        f'<td class="date">[{kit.kst(article.published):%Y.%m.%d}]</td>'
        f'<td class="hit">{_hits(article, now)}</td></tr>\n'
    )


def _ad_row(ad: Ad) -> str:
    return (
        '<tr class="ad_row"><td class="num">AD</td><td class="sec">[광고]</td>'
        f'<td class="subject"><a href="{kit.escape_text(ad.url, STYLE)}" target="_blank">'
        f"{kit.escape_text(ad.title, STYLE)}</a></td>"
        f'<td class="writer">{kit.escape_text(ad.advertiser, STYLE)}</td>'
        '<td class="date"></td><td class="hit"></td></tr>\n'
    )


def _listing_page(
    outlet: Outlet,
    request: Request,
    listing: ListingPage,
    heading: str,
    top: tuple[Article, ...],
    query: dict[str, str],
) -> str:
    now = request.now
    rows = "".join(_row(outlet, a, now, "notice", "주요") for a in top)
    place = f"list:{urlencode(query)}:{listing.page}"
    for item in interleave(listing.items, ads_for(outlet.name, place, outlet.ads_per_page)):
        if isinstance(item, Ad):
            rows += _ad_row(item)
        else:
            rows += _row(outlet, item, now, "list_row", str(item.idxno))
    block_start = (listing.page - 1) // 10 * 10 + 1
    links = [
        f"<b>[{n}]</b>" if n == listing.page else f'<a href="{_list_href(query, n)}">[{n}]</a>'
        for n in range(block_start, listing.page + 1)
    ]
    if listing.has_next:
        links.append(f'<a href="{_list_href(query, listing.page + 1)}">[{listing.page + 1}]</a>')
        links.append(f'<a class="next" href="{_list_href(query, listing.page + 1)}">[다음]</a>')
    main = (
        f'<table width="980" align="center"><tr><td class="list_title"><b>'
        f"{kit.escape_text(heading, STYLE)}</b></td></tr></table>\n"
        '<table width="980" align="center" class="list_tbl" border="0" cellspacing="0" '
        'cellpadding="0">\n'
        '<tr class="list_head"><th>번호</th><th>분류</th><th>제목</th><th>기자</th>'
        "<th>날짜</th><th>조회</th></tr>\n"
        f"{rows}</table>\n"
        f'<table width="980" align="center" class="paging"><tr><td>{" ".join(links)}</td>'
        "</tr></table>"
    )
    return _layout(outlet, heading, "", main)


def _stamp(moment: datetime) -> str:
    local = kit.kst(moment)
    half = "오전" if local.hour < 12 else "오후"
    return f"{local:%Y-%m-%d} {half} {local.hour % 12 or 12}:{local:%M:%S}"


def _article_page(outlet: Outlet, article: Article, request: Request) -> str:
    now = request.now
    title = kit.escape_text(article.title_at(now), STYLE)
    modified = article.modified_at(now)
    head = kit.article_meta(outlet, article, now, article_path(article))
    info = f"기사입력 : {_stamp(article.published)}"
    if modified != article.published:
        info += f" | 최종수정 : {_stamp(modified)}"
    paragraphs = [kit.escape_text(p, STYLE) for p in article.paragraphs_at(now)]
    ad = ads_for(outlet.name, f"article:{article.idxno}", 1)[0]
    ad_box = (
        '<div class="ad_box"><script type="text/javascript">var adSlot = "view_mid";</script>'
        f'<a href="{kit.escape_text(ad.url, STYLE)}" target="_blank">[AD] '
        f"{kit.escape_text(ad.title, STYLE)}</a></div>"
    )
    related = kit.link_items(
        kit.related(article, request.volume), now, lambda a: f"view.php?no={a.idxno}", STYLE
    )
    middle = max(1, len(paragraphs) // 2)
    body = "<br><br>\n".join(paragraphs[:middle]) + "<br><br>\n" + ad_box + "\n"
    body += "<br><br>\n".join(paragraphs[middle:]) + "<br><br>\n"
    if related:
        body += f'<div class="relation"><b>관련기사</b><ul>{related}</ul></div>\n'
    email = kit.email(article.reporter, article, outlet)
    main = (
        '<table width="980" align="center" class="article_head">'
        f'<tr><td class="sec">{kit.escape_text(article.section, STYLE)}</td></tr>'
        f'<tr><td class="title"><h3 id="article_title">{title}</h3></td></tr>'
        f'<tr><td class="info">{info}</td></tr></table>\n'
        f'<div id="news_body_area" itemprop="articleBody">\n{body}</div>\n'
        f'<p class="byline">{article.reporter.name} 기자 {email}</p>'
    )
    return _layout(outlet, article.title_at(now), head, main)


def _error(outlet: Outlet, status: int, message: str) -> Response:
    return kit.layout_error(outlet, status, message, lambda t, m: _layout(outlet, t, "", m))
