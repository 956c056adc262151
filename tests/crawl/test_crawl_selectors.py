"""extract_items: listing items read with a profile's CSS selectors, values kept raw."""

from __future__ import annotations

from parsel import Selector

from etl.sources import ItemSelectors
from spiders.extract.selectors import extract_items

PAGE_URL = "https://daily.demo.newsflow.test/news/latest?page=2"

# The demo-daily profile's selectors (sources/demo-daily.toml).
DAILY = ItemSelectors(
    item="ul.article-list > li.article-item",
    title="h2.title > a",
    url="h2.title > a",
    lead="p.lead",
    time="span.date",
    section="span.section",
)


def listing(*items: str) -> str:
    """A demo-daily listing page holding ``items`` (each the inside of one li)."""
    lis = "".join(f'<li class="article-item">{item}</li>' for item in items)
    return (
        '<html><body><main><h1 class="list-title">최신기사</h1>'
        f'<ul class="article-list">{lis}</ul>'
        '<div class="pagination"><a href="/news/latest?page=3">다음</a></div></main></body></html>'
    )


ITEM = """
  <a class="thumb" href="/news/articleView.html?idxno=9230001"><img src="/img/1.jpg" alt=""></a>
  <h2 class="title"><a href="/news/articleView.html?idxno=9230001">코스피, 2,500 회복</a></h2>
  <p class="lead">코스피가 1.2% 올랐다.</p>
  <span class="section">증권</span>
  <span class="date">2025-04-08 08:06:28</span>
"""


def test_reads_every_field_of_a_contract_item() -> None:
    assert extract_items(listing(ITEM), PAGE_URL, DAILY) == [
        {
            "position": 1,
            "title": "코스피, 2,500 회복",
            "url": "https://daily.demo.newsflow.test/news/articleView.html?idxno=9230001",
            "summary": "코스피가 1.2% 올랐다.",
            "published_raw": "2025-04-08 08:06:28",
            "section_raw": "증권",
        }
    ]


def test_title_entities_are_decoded_once() -> None:
    html = listing(
        '<h2 class="title"><a href="/a?idxno=1">S&amp;P 500 &quot;반등&quot; &amp;amp;</a></h2>'
    )
    assert extract_items(html, PAGE_URL, DAILY)[0]["title"] == 'S&P 500 "반등" &amp;'


def test_title_keeps_the_text_of_inline_tags() -> None:
    html = listing(
        '<h2 class="title"><a href="/a?idxno=1"><em>[속보]</em> 한은, 기준<b>금리</b> 동결</a></h2>'
    )
    assert extract_items(html, PAGE_URL, DAILY)[0]["title"] == "[속보] 한은, 기준금리 동결"


def test_whitespace_runs_collapse_to_one_space() -> None:
    html = listing(
        '<h2 class="title"><a href="/a?idxno=1">\n  반도체\t수출,\n\n 3개월\xa0연속 증가 </a></h2>'
    )
    assert extract_items(html, PAGE_URL, DAILY)[0]["title"] == "반도체 수출, 3개월 연속 증가"


def test_relative_href_is_made_absolute_against_the_page() -> None:
    html = listing('<h2 class="title"><a href="articleView.html?idxno=7">제목</a></h2>')
    url = extract_items(html, "https://daily.demo.newsflow.test/news/latest?page=2", DAILY)[0][
        "url"
    ]
    assert url == "https://daily.demo.newsflow.test/news/articleView.html?idxno=7"


def test_base_element_decides_how_relative_hrefs_resolve() -> None:
    html = listing('<h2 class="title"><a href="view?idxno=7">제목</a></h2>').replace(
        "<html>", '<html><head><base href="https://m.demo.newsflow.test/m/"></head>'
    )
    assert (
        extract_items(html, PAGE_URL, DAILY)[0]["url"]
        == "https://m.demo.newsflow.test/m/view?idxno=7"
    )


def test_tracking_parameters_are_kept_raw() -> None:
    html = listing(
        '<h2 class="title"><a href="/news/articleView.html?idxno=9&amp;utm_source=fb&amp;mc=m_1">'
        "제목</a></h2>"
    )
    assert (
        extract_items(html, PAGE_URL, DAILY)[0]["url"]
        == "https://daily.demo.newsflow.test/news/articleView.html?idxno=9&utm_source=fb&mc=m_1"
    )


def test_url_selector_naming_a_wrapper_takes_the_link_inside_it() -> None:
    selectors = DAILY.model_copy(update={"url": "h2.title"})
    html = listing('<h2 class="title"><a href="/a?idxno=5">제목</a></h2>')
    assert extract_items(html, PAGE_URL, selectors)[0]["url"] == (
        "https://daily.demo.newsflow.test/a?idxno=5"
    )


def test_time_prefers_the_datetime_attribute_over_the_text() -> None:
    selectors = DAILY.model_copy(update={"time": "time"})
    html = listing(
        '<h2 class="title"><a href="/a?idxno=1">제목</a></h2>'
        '<time datetime="2025-04-08T08:06:28+09:00">3시간 전</time>'
    )
    assert (
        extract_items(html, PAGE_URL, selectors)[0]["published_raw"] == "2025-04-08T08:06:28+09:00"
    )


def test_time_falls_back_to_the_text_without_a_datetime_attribute() -> None:
    selectors = DAILY.model_copy(update={"time": "time"})
    html = listing('<h2 class="title"><a href="/a?idxno=1">제목</a></h2><time>3시간 전</time>')
    assert extract_items(html, PAGE_URL, selectors)[0]["published_raw"] == "3시간 전"


def test_missing_optional_elements_give_none() -> None:
    html = listing('<h2 class="title"><a href="/a?idxno=1">제목</a></h2>')
    item = extract_items(html, PAGE_URL, DAILY)[0]
    assert (item["summary"], item["published_raw"], item["section_raw"]) == (None, None, None)


def test_fields_without_a_selector_give_none() -> None:
    selectors = ItemSelectors(item="li.article-item", title="h2.title > a", url="h2.title > a")
    item = extract_items(listing(ITEM), PAGE_URL, selectors)[0]
    assert (item["summary"], item["published_raw"], item["section_raw"]) == (None, None, None)


def test_elements_without_title_or_link_are_skipped_and_leave_a_position_gap() -> None:
    html = listing(
        '<h2 class="title"><a href="/a?idxno=1">첫째</a></h2>',
        '<div class="ad">광고</div>',
        '<h2 class="title"><a>링크 없음</a></h2>',
        '<h2 class="title"><a href="/a?idxno=4">넷째</a></h2>',
    )
    found = [(i["position"], i["title"]) for i in extract_items(html, PAGE_URL, DAILY)]
    assert found == [(1, "첫째"), (4, "넷째")]


def test_items_come_in_page_order() -> None:
    html = listing(
        *(f'<h2 class="title"><a href="/a?idxno={n}">기사 {n}</a></h2>' for n in (30, 20, 10))
    )
    assert [i["title"] for i in extract_items(html, PAGE_URL, DAILY)] == [
        "기사 30",
        "기사 20",
        "기사 10",
    ]


def test_a_page_without_items_gives_an_empty_list() -> None:
    assert extract_items(listing(), PAGE_URL, DAILY) == []


def test_accepts_a_selector_as_well_as_text() -> None:
    from_text = extract_items(listing(ITEM), PAGE_URL, DAILY)
    assert extract_items(Selector(text=listing(ITEM)), PAGE_URL, DAILY) == from_text
