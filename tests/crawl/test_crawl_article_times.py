"""Article pages beyond meta tags: visible bylines, JSON-LD, disagreeing times, bodies made of
``<br>`` lines with ads and related boxes inside, and CP949 pages."""

from __future__ import annotations

import json

from etl.records import ArticlePage
from etl.window import KST
from spiders.extract import decode_page
from spiders.extract.article import extract_article, read_article
from spiders.extract.article_times import byline_times

URL = "http://127.0.0.1:8086/view.html?aid=2025040800012"


def page(head: str = "", body: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def meta(published: str | None = None, modified: str | None = None) -> str:
    tags = ""
    if published:
        tags += f'<meta property="article:published_time" content="{published}">'
    if modified:
        tags += f'<meta property="article:modified_time" content="{modified}">'
    return tags


def test_byline_with_pipe_gives_published_and_modified_as_written() -> None:
    text = "홍길동 기자 입력 2025.04.08 08:06 | 수정 2025.04.08 09:12"
    assert byline_times(text, KST) == ("2025.04.08 08:06", "2025.04.08 09:12")


def test_byline_with_colons_and_korean_half_days() -> None:
    text = "기사입력 : 2025-04-08 오전 8:06:28 | 최종수정 : 2025-04-08 오후 1:06:28"
    assert byline_times(text, KST) == ("2025-04-08 오전 8:06:28", "2025-04-08 오후 1:06:28")


def test_wire_byline_sent_and_updated() -> None:
    text = "송고시간 2025-04-08 08:06 업데이트 2025-04-08 09:12"
    assert byline_times(text, KST) == ("2025-04-08 08:06", "2025-04-08 09:12")


def test_byline_split_over_elements_with_dotted_dates() -> None:
    text = "입력 2025.04.08. 오후 3:05 수정 2025.04.08. 오후 4:10"
    assert byline_times(text, KST) == ("2025.04.08. 오후 3:05", "2025.04.08. 오후 4:10")


def test_labels_without_a_time_after_them_are_not_bylines() -> None:
    text = "※ 10시 15분 관련 내용을 보강해 기사를 수정했습니다. 입력 대기"
    assert byline_times(text, KST) == (None, None)


def test_meta_time_with_the_wrong_offset_is_overruled_by_the_byline() -> None:
    # The CMS writes 08:06 KST as 08:06 UTC; the page was never modified.
    html = page(
        meta("2025-04-08T08:06:00+00:00", "2025-04-08T08:06:00+09:00"),
        '<span class="time">입력 2025.04.08 08:06</span>',
    )
    read = read_article(html, URL)
    assert (read.page.published_raw, read.page.modified_raw) == (
        "2025.04.08 08:06",
        "2025-04-08T08:06:00+09:00",
    )
    assert read.conflicts == (
        "published: byline '2025.04.08 08:06' kept over meta '2025-04-08T08:06:00+00:00' (9:00:00)",
    )


def test_wrong_offset_is_overruled_also_when_the_update_came_later_than_it() -> None:
    # Both readings precede the update; the byline's clock under another offset decides.
    html = page(
        meta("2025-04-08T08:06:00+00:00", "2025-04-08T17:30:00+09:00"),
        '<span class="time">입력 2025.04.08 08:06 | 수정 2025.04.08 17:30</span>',
    )
    read = read_article(html, URL)
    assert (read.page.published_raw, len(read.conflicts)) == ("2025.04.08 08:06", 1)


def test_agreeing_sources_keep_the_precise_meta_time_without_conflict() -> None:
    html = page(
        meta("2025-04-08T08:06:28+09:00", "2025-04-08T10:15:00+09:00"),
        '<ul class="info"><li>입력 2025.04.08 08:06</li><li>수정 2025.04.08 10:15</li></ul>',
    )
    read = read_article(html, URL)
    assert (read.page.published_raw, read.page.modified_raw, read.conflicts) == (
        "2025-04-08T08:06:28+09:00",
        "2025-04-08T10:15:00+09:00",
        (),
    )


def test_two_agreeing_sources_outvote_a_third() -> None:
    ld = {"@type": "NewsArticle", "datePublished": "2025-04-08T08:06:28+09:00"}
    html = page(
        meta("2025-04-08T08:06:28+09:00")
        + f'<script type="application/ld+json">{json.dumps(ld)}</script>',
        "<p>입력 2025.04.08 09:06</p>",
    )
    read = read_article(html, URL)
    assert read.page.published_raw == "2025-04-08T08:06:28+09:00"
    assert read.conflicts == (
        "published: meta '2025-04-08T08:06:28+09:00' kept over byline '2025.04.08 09:06' (0:59:32)",
    )


def test_json_ld_fills_what_the_meta_tags_do_not_say() -> None:
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "name": "데모"},
            {
                "@type": "NewsArticle",
                "mainEntityOfPage": {"@id": "https://herald.demo.newsflow.test/news/1.html"},
                "datePublished": "2025-04-08T15:05:09+09:00",
                "dateModified": "2025-04-08T16:10:00+09:00",
                "articleSection": ["증시", "경제"],
                "author": [{"@type": "Person", "name": "이가온 기자"}],
                "articleBody": "첫 문단.\n\n둘째 문단.",
            },
        ],
    }
    html = page(f'<script type="application/ld+json">{json.dumps(ld)}</script>', "<div></div>")
    assert extract_article(html, URL) == ArticlePage(
        body="첫 문단.\n둘째 문단.",
        author="이가온 기자",
        published_raw="2025-04-08T15:05:09+09:00",
        modified_raw="2025-04-08T16:10:00+09:00",
        section_raw="증시",
        canonical_url="https://herald.demo.newsflow.test/news/1.html",
    )


def test_br_body_leaves_out_the_ad_and_related_boxes_inside_it() -> None:
    body = (
        '<div id="news_body_area" itemprop="articleBody">\n첫 문단.<br><br>\n둘째 문단.<br><br>\n'
        '<div class="ad_box"><script>var adSlot = "view_mid";</script>'
        '<a href="https://ad.example/1">[AD] 특가 세일</a></div>\n'
        "셋째 문단.<br><br>\n"
        '<div class="relation"><b>관련기사</b><ul><li><a href="view.php?no=1">다른 기사</a></li>'
        "</ul></div>\n</div>"
    )
    assert extract_article(page(body=body), URL).body == "첫 문단.\n둘째 문단.\n셋째 문단."


def test_paragraph_body_leaves_out_paragraphs_inside_ad_boxes() -> None:
    body = (
        '<div itemprop="articleBody"><p>첫 문단.</p>'
        '<div class="ad-inline"><p>광고 문구</p></div><p>둘째 문단.</p></div>'
    )
    assert extract_article(page(body=body), URL).body == "첫 문단.\n둘째 문단."


def test_cp949_page_is_read_whatever_charset_it_declares() -> None:
    # 믜 exists in CP949 only; the second page claims UTF-8 for the same bytes.
    html = page('<meta name="author" content="정믜나 기자">', "<article><p>본문.</p></article>")
    data = html.encode("cp949")
    for content_type in ("text/html; charset=euc-kr", "text/html; charset=utf-8"):
        article = extract_article(decode_page(data, content_type), URL)
        assert (article.author, article.body) == ("정믜나 기자", "본문.")
