"""The shortcuts taken for speed give exactly what the general code they stand in for gives:
plain relative links resolve as ``urljoin`` resolves them, numeric timestamps read as
``etl.timeparse`` reads them, element text is ``itertext()`` joined, plain JSON-LD strings read
as ``etl.text.clean_text`` reads them, the cheap tests before each timestamp shape never hide
one, vocabulary prefixes match at word starts only, and clearing the caches forgets every
memoised analysis."""

from datetime import UTC, datetime
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

import pytest
from lxml import etree

from etl.text import clean_text
from etl.timeparse import parse_timestamp
from etl.window import KST
from spiders.extract.auto import clear_caches, extract_listing, find_time_text, parse_listing_time
from spiders.extract.auto.dom import collect_links, parse_html, text_of
from spiders.extract.auto.fields import time_in
from spiders.extract.auto.jsonld import json_text
from spiders.extract.auto.signals import (
    AD_URL_PARTS,
    article_url_score,
    is_ad_url,
    path_score,
    split_url,
    vocabulary,
    words_of,
)

BASES = [
    "http://news.example.co.kr/news/list.php?page=1",
    "http://news.example.co.kr",
    "https://news.example.co.kr:8443/a/b/",
    "http://news.example.co.kr/a//b/list.html",
    "http://news.example.co.kr/a/./b/list.html",
    "http://news.example.co.kr/a/b;type=x?q=1",
]
HREFS = [
    "view.php?idxno=5",
    "?page=2",
    "a/b/c.html",
    "x.html#comments",
    "./view.php?no=1",
    "../view.php?no=1",
    "a//b.html",
    "view;jsessionid=1?no=2",
    "view.php?next=http://x/y",
    "y/",
]


@pytest.mark.parametrize("base", BASES)
def test_relative_links_resolve_as_urljoin_resolves_them(base):
    anchors = "".join(f'<a href="{href}">link</a>' for href in HREFS)
    root = parse_html(f"<html><body>{anchors}</body></html>".encode())
    assert root is not None

    urls = [link.url for link in collect_links(root, base)]

    assert urls == [urljoin(base, href).split("#")[0] for href in HREFS]


@pytest.mark.parametrize(
    "raw",
    [
        "2025-04-08",
        "2025.04.08 08:06",
        "2025-04-08 8:06:28",
        "2025-04-08T08:06:28+09:00",
        "2025-04-08T08:06:28.123Z",
        "2025-04-08T08:06:28-0500",
        "2024-02-29 23:59",
        "2025-02-29 10:00",
        "2025-04-08 24:00",
        "2025-04-08 23:59:60",
        "2025-04-08+09:00",
        "2025-04-08T08:06:28+14:00",
        "2025-04-08T08:06:28-12:00",
        "2025-04-08T08:06:28+99:99",
        "2025-04-08T08:06:28+24:00",
        "2025-04-08T08:06:28+09:60",
    ],
)
@pytest.mark.parametrize("tz", [KST, ZoneInfo("America/New_York")])
def test_numeric_timestamps_read_as_the_clean_stage_reads_them(raw, tz):
    canonical = raw.replace("T", " ").replace(".123", "").replace(".", "-")
    expected = parse_timestamp(canonical, tz)

    assert parse_listing_time(raw, tz=tz) == expected


def test_a_time_with_an_offset_no_zone_has_leaves_the_item_untimed():
    items = [
        f"<li><a href='/news/view/{n}'>A headline of item number {n}</a>"
        "<time datetime='2025-04-08T08:06:28+99:99'>08:06</time></li>"
        for n in range(1, 4)
    ]
    body = ("<ul>" + "".join(items) + "</ul>").encode()

    result = extract_listing(body, "https://news.example.com/list", None)

    assert [(i.published_raw, i.published_at) for i in result.items] == [
        ("2025-04-08T08:06:28+99:99", None)
    ] * 3


@pytest.mark.parametrize(
    "raw",
    [
        "2419000일 전",
        "2025601900일 전",
        "190012002999일 전",
        "그제 99시간",
        "어제 am 05:60",
        "299900 년 전 00 am",
    ],
)
def test_numbers_no_calendar_reaches_give_no_time(raw):
    fetched = datetime(2025, 4, 10, tzinfo=UTC)

    assert parse_listing_time(raw, tz=KST, fetched_at=fetched) is None


def test_addresses_no_parser_can_resolve_do_not_stop_the_page():
    good = "".join(
        f"<li><a href='/news/view/{n}0000'>A headline of item number {n}</a></li>"
        for n in range(1, 4)
    )
    broken = "<li><a href='//[::1/news/view/90000'>A headline with a broken address</a></li>"
    listing = (
        '{"@type": "ItemList", "itemListElement": '
        '[{"url": "//[::1/news/view/80000", "name": "A structured entry, broken address"}]}'
    )
    body = (
        f"<base href='//[::1'><ul>{good}{broken}</ul>"
        f"<script type='application/ld+json'>{listing}</script>"
    ).encode()

    result = extract_listing(body, "https://news.example.com/list", None)

    # The base is ignored; the broken link stays an item as written (the clean stage rejects
    # it with its reason); the structured entry, which names nothing the page shows, is left.
    assert [i.url for i in result.items] == [
        *(f"https://news.example.com/news/view/{n}0000" for n in range(1, 4)),
        "https://[::1/news/view/90000",
    ]


def test_iso_times_with_an_offset_keep_it():
    assert parse_listing_time("2025-04-08T08:06:28+09:00", tz=UTC) == datetime(
        2025, 4, 7, 23, 6, 28, tzinfo=UTC
    )


def test_a_link_without_children_reads_its_own_text_as_the_serializer_would():
    root = etree.fromstring(
        '<div><a href="/x">AT&amp;T \u00a0 &lt;deal&gt;</a> tail<a href="/y"></a></div>',
        etree.HTMLParser(),
    )
    links = root.findall(".//a")

    assert [text_of(a) for a in links] == ["AT&T <deal>", ""]
    assert [text_of(a) for a in links] == [
        " ".join(etree.tostring(a, method="text", encoding=str, with_tail=False).split())
        for a in links
    ]


def test_element_text_is_every_text_node_below_it_collapsed_without_its_tail():
    root = etree.fromstring(
        "<div><p>Markets <b>rally</b>\u00a0on\n <i>rate</i> cut</p> tail</div>",
        etree.HTMLParser(),
    )
    paragraph = root.find(".//p")

    assert text_of(paragraph) == "Markets rally on rate cut"
    assert text_of(paragraph) == " ".join("".join(paragraph.itertext()).split())


@pytest.mark.parametrize(
    "value",
    [
        "  Markets  rally on rate cut ",
        "한은, 기준금리 연 3.00%로 동결…",
        "AT&amp;T deal &lt;b&gt;closes&lt;/b&gt;",
        "<b>삼성</b>전자 실적",
        "zero\u200bwidth\u00adsoft",
        "bell\x07 and\ttab\nline",
        "no\u00a0break space",
        "\u1112\u1161\u11ab\u1100\u116e\u11a8",  # 한국, decomposed (NFD)
        "   ",
        "",
    ],
)
def test_json_ld_strings_read_as_the_clean_stage_reads_them(value):
    assert json_text(value) == clean_text(value)
    assert json_text([value]) == clean_text(value)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Mar 3, 2024 at 9:05 AM", "Mar 3, 2024 at 9:05 AM"),
        ("3 March 2024", "3 March 2024"),
        ("Markets rally in March", None),
        ("Updated TODAY 09:30", "TODAY 09:30"),
        ("Posted 2 days ago", "2 days ago"),
        ("an hour ago", "an hour ago"),
        ("Just now", "Just now"),
        ("KELVIN \u212a yesterday", "yesterday"),
        ("today's top stories", "today"),
        ("Sunday", None),
        ("어제 오후 3시", "어제 오후 3시"),
        ("방금 전", "방금 전"),
        ("2시간 전", "2시간 전"),
        ("전날 대비 5% 상승", None),
        ("뉴스1 · 09:00", "09:00"),
    ],
)
def test_the_cheap_tests_before_each_time_shape_never_hide_it(text, found):
    assert find_time_text(text) == found


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("navbar wrapper", {"navigation"}),
        ("subnav wrapper", set()),
        ("top 10 stories", {"ranking"}),
        ("topics wrapper", set()),
        ("trending now", {"ranking"}),
        ("page menubar", {"navigation"}),
        ("promo box", set()),  # a newsroom's own teaser, not an advert
        ("promoted stories", {"ads"}),
        ("", set()),
    ],
)
def test_vocabulary_prefixes_count_at_the_start_of_a_word_only(text, kinds):
    assert vocabulary(text) == kinds


def test_a_path_is_scored_once_for_every_query_that_names_no_article():
    clear_caches()
    article_url_score("https://example.com/2014/07/24/x/index.html?hpt=hp_t1")
    article_url_score("https://example.com/2014/07/24/x/index.html?hpt=hp_t2")

    assert path_score.cache_info().misses == 1


def test_clearing_the_caches_forgets_every_memoised_analysis():
    article_url_score("https://example.com/news/1234567")
    words_of("SiteFooter")
    time_in("2025.04.08")

    clear_caches()

    memos = (article_url_score, path_score, split_url, words_of, time_in)
    assert [memo.cache_info().currsize for memo in memos] == [0, 0, 0, 0, 0]


def test_the_first_test_for_ad_links_lets_every_ad_url_part_through():
    assert [part for part in AD_URL_PARTS if not is_ad_url(f"https://example.com{part}")] == []
