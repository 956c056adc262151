"""The demo-daily pages follow the HTML contract and agree with the oracle."""

from __future__ import annotations

import http.client
import threading
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta

import pytest
from sitepages import ORIGIN, SITE_NOW, ListedItem, Page, fetch_page, read_listing

from demosite.oracle import published
from demosite.server import serve_background

Walk = Callable[[str], list[ListedItem]]
DAYS = [date(2025, 4, 7), date(2025, 4, 8), date(2025, 4, 9)]  # Monday to Wednesday


def _meta(page: Page, prop: str) -> str:
    return page.html.cssselect(f'meta[property="{prop}"]')[0].get("content")


def _on_day(items: list[ListedItem], day: date) -> list[ListedItem]:
    return [i for i in items if i.date.startswith(day.isoformat())]


def test_robots_txt_disallows_admin_only(site_url: str) -> None:
    page = fetch_page(f"{site_url}/robots.txt")
    assert (page.status, page.body) == (200, b"User-agent: *\nDisallow: /admin/\n")


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/news/latest", 200),
        ("/news/latest?page=3", 200),
        ("/news/articleList.html?sc_section_code=S1N3", 200),
        ("/news/articleView.html?idxno=9229005", 200),
        ("/news/articleView.html?idxno=1", 200),
        ("/news/nowhere", 404),
        ("/admin/", 403),
    ],
)
def test_every_page_kind_is_utf8_html_that_lxml_parses(
    site_url: str, path: str, status: int
) -> None:
    page = fetch_page(site_url + path)
    assert (page.status, page.content_type) == (status, "text/html; charset=utf-8")
    assert page.html.cssselect("nav.gnb a")[0].get("href") == "/news/latest"


def test_listing_page_title_names_the_list_and_the_outlet(site_url: str) -> None:
    page = fetch_page(f"{site_url}/news/latest")
    assert page.html.findtext(".//title") == "최신기사 | 데모경제신문"


def test_unknown_article_is_404(site_url: str) -> None:
    assert fetch_page(f"{site_url}/news/articleView.html?idxno=9229999").status == 404


def test_article_published_after_the_clock_is_404(site_url: str) -> None:
    later = next(a for a in published("demo-daily", SITE_NOW.date()) if a.published_at > SITE_NOW)
    assert fetch_page(site_url + later.path).status == 404


def test_malformed_page_number_is_400(site_url: str) -> None:
    assert fetch_page(f"{site_url}/news/latest?page=0").status == 400


def test_listing_has_20_items_newest_first(site_url: str) -> None:
    items = read_listing(fetch_page(f"{site_url}/news/latest?page=2"))
    assert len(items) == 20
    assert [i.date for i in items] == sorted((i.date for i in items), reverse=True)


def test_listing_starts_with_the_newest_article_at_or_before_the_clock(site_url: str) -> None:
    visible = [a for a in published("demo-daily", SITE_NOW.date()) if a.published_at <= SITE_NOW]
    first = read_listing(fetch_page(f"{site_url}/news/latest"))[0]
    assert (first.url, first.date) == (visible[0].url, "2025-04-10 08:25:33")


def test_listing_continues_across_days_without_gaps(listed_until: Walk) -> None:
    items = listed_until("2025-04-08")
    expected = [
        a.url
        for day in (date(2025, 4, 10), date(2025, 4, 9), date(2025, 4, 8))
        for a in published("demo-daily", day)
        if a.published_at <= SITE_NOW
    ]
    assert [i.url for i in items[: len(expected)]] == expected


def test_next_link_points_to_the_following_page(site_url: str) -> None:
    links = fetch_page(f"{site_url}/news/latest?page=4").html.cssselect("div.pagination a")
    assert [(a.text_content(), a.get("href")) for a in links] == [("다음", "/news/latest?page=5")]


def test_page_past_the_end_is_empty_and_has_no_next_link(site_url: str) -> None:
    page = fetch_page(f"{site_url}/news/latest?page=100000")
    assert (page.status, read_listing(page)) == (200, [])
    assert page.html.cssselect("div.pagination a") == []


def test_two_server_instances_serve_byte_identical_pages(site_url: str) -> None:
    paths = ["/news/latest?page=2", "/news/articleView.html?idxno=9229005"]
    with serve_background(["demo-daily"], now=SITE_NOW) as other:
        theirs = [fetch_page(other.urls["demo-daily"] + p).body for p in paths]
    assert [fetch_page(site_url + p).body for p in paths] == theirs


@pytest.mark.parametrize("day", DAYS, ids=str)
def test_listing_of_a_day_matches_the_oracle(listed_until: Walk, day: date) -> None:
    listed = _on_day(listed_until(day.isoformat()), day)
    expected = [
        (a.url, a.title, a.lead, f"{a.published_at.astimezone(SITE_NOW.tzinfo):%Y-%m-%d %H:%M:%S}")
        + (a.section_labels[0],)
        for a in published("demo-daily", day)
    ]
    assert [(i.url, i.title, i.lead, i.date, i.section) for i in listed] == expected


@pytest.mark.parametrize("day", DAYS, ids=str)
def test_every_day_lists_a_link_with_tracking_parameters(listed_until: Walk, day: date) -> None:
    tracked = [i for i in _on_day(listed_until(day.isoformat()), day) if "utm_source=" in i.href]
    assert tracked
    assert all(i.thumb_href == i.href and "&utm_medium=" in i.href for i in tracked)
    assert all("&mc=" in i.href for i in tracked)


@pytest.mark.parametrize("day", DAYS, ids=str)
def test_every_day_lists_two_items_with_the_same_timestamp(listed_until: Walk, day: date) -> None:
    dates = [i.date for i in _on_day(listed_until(day.isoformat()), day)]
    assert len(set(dates)) < len(dates)


@pytest.mark.parametrize("day", DAYS, ids=str)
def test_every_day_lists_a_title_written_with_entities(
    site_url: str, listed_until: Walk, day: date
) -> None:
    items = listed_until(day.isoformat())
    position = next(
        n
        for n, item in enumerate(items)
        if item.date.startswith(day.isoformat()) and any(c in item.title for c in "&\"'")
    )
    raw = fetch_page(f"{site_url}/news/latest?page={position // 20 + 1}").body.decode()
    title = items[position].title
    escaped = title.replace("&", "&amp;").replace('"', "&quot;").replace("'", "&#x27;")
    assert f">{escaped}</a></h2>" in raw


def test_article_page_meta_matches_the_oracle(site_url: str) -> None:
    for article in published("demo-daily", date(2025, 4, 8))[:12]:
        page = fetch_page(site_url + article.path)
        html = page.html
        body = [" ".join(p.text_content().split()) for p in html.cssselect("#article-body > p")]
        modified = article.modified_at or article.published_at
        seen = {
            "url": _meta(page, "og:url"),
            "canonical": html.cssselect('link[rel="canonical"]')[0].get("href"),
            "title": _meta(page, "og:title"),
            "section": _meta(page, "article:section"),
            "published": _meta(page, "article:published_time"),
            "modified": _meta(page, "article:modified_time"),
            "author": html.cssselect('meta[name="author"]')[0].get("content"),
            "body": "\n\n".join(body),
        }
        assert seen == {
            "url": article.url,
            "canonical": article.url,
            "title": article.title,
            "section": article.section_labels[0],
            "published": article.published_at.astimezone(SITE_NOW.tzinfo).isoformat(),
            "modified": modified.astimezone(SITE_NOW.tzinfo).isoformat(),
            "author": article.author,
            "body": article.body,
        }


def test_article_byline_names_the_reporter_and_mailbox(site_url: str) -> None:
    page = fetch_page(f"{site_url}/news/articleView.html?idxno=9229005")
    byline = page.html.cssselect("p.byline")[0].text_content()
    assert byline == "임태현 기자 taehyun@daily.demo.newsflow.test"


def test_article_page_url_uses_the_public_origin(site_url: str) -> None:
    page = fetch_page(f"{site_url}/news/articleView.html?idxno=9229005")
    assert _meta(page, "og:url") == f"{ORIGIN}/news/articleView.html?idxno=9229005"


def test_update_is_invisible_before_its_time() -> None:
    article = next(a for a in published("demo-daily", date(2025, 4, 8)) if a.modified_at)
    assert article.modified_at is not None
    with serve_background(["demo-daily"], now=article.modified_at - timedelta(seconds=1)) as site:
        page = fetch_page(site.urls["demo-daily"] + article.path)
    assert _meta(page, "og:title") == article.title.removesuffix("(종합)")
    assert _meta(page, "article:modified_time") == _meta(page, "article:published_time")


def test_section_listing_shows_only_that_section(site_url: str) -> None:
    url = f"{site_url}/news/articleList.html?sc_section_code=S1N3&page=2"
    items = read_listing(fetch_page(url))
    assert (len(items), {i.section for i in items}) == (20, {"증권"})


def test_a_clock_without_timezone_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        serve_background(["demo-daily"], now=datetime(2025, 4, 10, 9, 0))


def test_keep_alive_connections_are_served_without_stalls(site_url: str) -> None:
    # 40 ms per response (Nagle against delayed ACK) would take 4 connections ~4 s here.
    host, port = site_url.removeprefix("http://").split(":")

    def worker(offset: int) -> None:
        connection = http.client.HTTPConnection(host, int(port), timeout=10)
        for n in range(100):
            connection.request("GET", f"/news/latest?page={offset + n % 50 + 1}")
            connection.getresponse().read()
        connection.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(k * 50,)) for k in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert time.perf_counter() - started < 1.6  # at least 250 pages/s
