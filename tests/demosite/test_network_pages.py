"""Every template renders every page kind as HTML that lxml parses, byte-identically each time."""

from __future__ import annotations

from datetime import timedelta

import lxml.html
import pytest
from readers import CODECS, public_url, read_listing
from sitepages import SITE_NOW, fetch_page

from demosite.generator import clear_caches
from demosite.oracle import published
from demosite.server import RunningSite, serve_background

# (outlet, path, status, title) for every kind of page each outlet serves.
PAGES = [
    ("demo-ilbo", "/news/list.php", 200, "데모일보 - 전체기사"),
    ("demo-ilbo", "/news/list.php?sec=stock&page=2", 200, "데모일보 - 증권"),
    ("demo-ilbo", "/news/list.php?date=20250408&page=2", 200, "데모일보 - 2025.04.08 기사"),
    ("demo-ilbo", "/news/list.php?date=20250230", 400, "데모일보 - 잘못된 날짜입니다"),
    ("demo-ilbo", "/news/list.php?sec=xyz", 404, "데모일보 - 없는 분류입니다"),
    ("demo-ilbo", "/news/view.php?no=9229005", 200, None),
    ("demo-ilbo", "/admin/", 403, "데모일보 - 접근 권한이 없습니다"),
    ("demo-today", "/news", 200, "최신뉴스 - 데모투데이"),
    ("demo-today", "/news/life?offset=5", 200, "라이프 - 데모투데이"),
    ("demo-today", "/news?offset=-1", 400, "잘못된 요청입니다 - 데모투데이"),
    ("demo-today", "/articles/92290005", 200, None),
    ("demo-today", "/nowhere", 404, "페이지를 찾을 수 없습니다 - 데모투데이"),
    ("demo-wire", "/news/latest", 200, "최신기사 | 데모뉴스통신"),
    ("demo-wire", "/international/all", 200, "세계 | 데모뉴스통신"),
    ("demo-wire", "/news/latest?before=AKR2025", 400, "잘못된 요청입니다 | 데모뉴스통신"),
    ("demo-wire", "/view/AKR20250408000500004", 200, None),
    ("demo-herald", "/list", 200, "최신 뉴스 : 데모헤럴드"),
    ("demo-herald", "/list/realestate?page=2", 200, "부동산 : 데모헤럴드"),
    (
        "demo-herald",
        "/archive?date=20250408&section=economy",
        200,
        "2025년 4월 8일 기사 : 데모헤럴드",
    ),
    ("demo-herald", "/archive?date=yesterday", 400, "날짜를 확인해 주세요 : 데모헤럴드"),
    ("demo-herald", "/news/2025/04/08/9229005.html", 200, None),
    ("demo-biz", "/list.html", 200, "전체기사 < 데모비즈"),
    ("demo-biz", "/list.html?cate=05&page=2", 200, "부동산 < 데모비즈"),
    ("demo-biz", "/list.html?page=x", 400, "잘못된 페이지입니다 < 데모비즈"),
    ("demo-biz", "/view.html?aid=2025040800005", 200, None),
    ("demo-biz", "/promotion/view.html?pid=12", 200, "파트너 콘텐츠 < 데모비즈"),
]
ROBOTS = {
    "demo-ilbo": b"User-agent: *\nDisallow: /admin/\nDisallow: /cgi-bin/\n",
    "demo-today": b"User-agent: *\nDisallow: /api/\nDisallow: /search\n",
    "demo-wire": b"User-agent: *\nDisallow: /search/\nDisallow: /api/\n",
    "demo-herald": b"User-agent: *\nDisallow: /api/\nDisallow: /preview/\n",
    "demo-biz": b"User-agent: *\nDisallow: /admin/\nDisallow: /promotion/preview\n",
}
FIRST_PAGES = {
    "demo-ilbo": "/news/list.php",
    "demo-today": "/news",
    "demo-wire": "/news/latest",
    "demo-herald": "/list",
    "demo-biz": "/list.html",
}


@pytest.mark.parametrize(("outlet", "path", "status", "title"), PAGES)
def test_every_page_kind_is_html_that_lxml_parses(
    demosite: RunningSite, outlet: str, path: str, status: int, title: str | None
) -> None:
    page = fetch_page(demosite.urls[outlet] + path)
    charset = "euc-kr" if outlet == "demo-ilbo" else "utf-8"
    assert (page.status, page.content_type) == (status, f"text/html; charset={charset}")
    doc = lxml.html.document_fromstring(page.body.decode(CODECS.get(outlet, "utf-8")))
    if title is None:  # an article page: the title names the article and the outlet
        assert len(doc.findtext(".//title")) > 20
    else:
        assert doc.findtext(".//title") == title


@pytest.mark.parametrize("outlet", list(ROBOTS))
def test_robots_txt_disallows_only_the_back_office(demosite: RunningSite, outlet: str) -> None:
    assert fetch_page(demosite.urls[outlet] + "/robots.txt").body == ROBOTS[outlet]


@pytest.mark.parametrize("outlet", list(FIRST_PAGES))
def test_root_redirects_to_the_latest_list(demosite: RunningSite, outlet: str) -> None:
    assert fetch_page(demosite.urls[outlet] + "/").body == (
        fetch_page(demosite.urls[outlet] + FIRST_PAGES[outlet]).body
    )


def test_pages_are_byte_identical_across_servers_and_fresh_computation(
    demosite: RunningSite,
) -> None:
    paths = [(outlet, path) for outlet, path, _, _ in PAGES]
    ours = [fetch_page(demosite.urls[outlet] + path).body for outlet, path in paths]
    clear_caches()
    with serve_background(now=SITE_NOW) as other:
        theirs = [fetch_page(other.urls[outlet] + path).body for outlet, path in paths]
    assert ours == theirs


def test_a_scaled_outlet_pages_deep_into_a_busy_day() -> None:
    scale = {"demo-biz": 40}
    day = SITE_NOW.date() - timedelta(days=1)
    expected = [
        a.url
        for d in (SITE_NOW.date(), day)
        for a in published("demo-biz", d, scale)
        if a.published_at <= SITE_NOW
    ]
    with serve_background(["demo-biz"], now=SITE_NOW, volume_scale=scale) as site:
        url = site.urls["demo-biz"] + "/list.html?page=40"
        listing = read_listing("demo-biz", fetch_page(url), url)
    assert [public_url("demo-biz", e.href) for e in listing.articles()] == expected[780:800]
    assert len(expected) > 1000
