"""Clean: RawItem -> Article with exact expected values."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from etl.clean import clean, content_hash
from etl.records import ArticlePage, RawItem
from etl.sources import load_source

SOURCES = Path(__file__).resolve().parents[2] / "sources"
LIVE = "http://127.0.0.1:41234"


@pytest.fixture()
def profile():
    return load_source("demo-daily", SOURCES)


def raw(**overrides):
    values = dict(
        source="demo-daily",
        listing_url=f"{LIVE}/news/latest?page=1",
        url="/news/articleView.html?idxno=9230001&utm_source=naver&mc=m_news",
        title="  S&amp;P 500 <mark>사상 최고</mark>\u200b ",
        summary="미국 증시가  상승했다. ",
        published_raw="2025-04-08 08:06:28",
        section_raw="증권",
        page=1,
        position=1,
        fetched_at="2025-04-10T00:00:00+00:00",
    )
    values.update(overrides)
    return RawItem(**values)


def test_listing_item_becomes_an_article(profile):
    [article] = clean([raw()], profile).articles
    assert article.url == "https://daily.demo.newsflow.test/news/articleView.html?idxno=9230001"
    assert article.title == "S&P 500 사상 최고"
    assert article.summary == "미국 증시가 상승했다."
    assert article.published_at == datetime(2025, 4, 7, 23, 6, 28, tzinfo=UTC)
    assert article.published_raw == "2025-04-08 08:06:28"
    assert article.sections == ["economy.markets"]
    assert article.section_labels == ["증권"]
    assert article.language == "ko"
    assert article.flags == []
    assert article.first_seen_at == datetime(2025, 4, 10, tzinfo=UTC)
    assert article.content_hash == content_hash(
        "S&P 500 사상 최고", "미국 증시가 상승했다.", None, None
    )


def test_article_page_adds_body_author_modified_time_and_section(profile):
    page = ArticlePage(
        body="첫 문단.\n둘째 문단.",
        author="홍길동 기자 hong@daily.demo.newsflow.test",
        published_raw="2025-04-08T08:06:28+09:00",
        modified_raw="2025-04-08T09:12:00+09:00",
        section_raw="경제",
    )
    [article] = clean([raw(article=page)], profile).articles
    assert article.body == "첫 문단.\n둘째 문단."
    assert article.author == "홍길동 기자"
    assert article.modified_at == datetime(2025, 4, 8, 0, 12, tzinfo=UTC)
    assert article.sections == ["economy.markets", "economy"]


def test_unknown_section_label_maps_to_unclassified_and_is_counted(profile):
    result = clean([raw(section_raw="연예가 소식")], profile)
    assert result.articles[0].sections == ["unclassified"]
    assert result.unclassified == 1


def test_unparseable_time_is_flagged_not_invented(profile):
    [article] = clean([raw(published_raw="어느 날")], profile).articles
    assert article.published_at is None
    assert article.flags == ["unparsed_time"]


def test_time_beyond_the_fetch_time_is_flagged_future(profile):
    [article] = clean([raw(published_raw="2025-04-12 10:00:00")], profile).articles
    assert article.flags == ["future_time"]


def test_javascript_link_is_rejected_with_its_reason(profile):
    result = clean([raw(url="javascript:void(0)")], profile)
    assert result.articles == []
    [(record, reasons)] = result.rejected
    assert record["url"] == "javascript:void(0)"
    assert reasons == ["url_rejected: not an http(s) article URL: 'javascript:void(0)'"]


def test_empty_title_is_rejected(profile):
    result = clean([raw(title=" <b></b> ")], profile)
    assert result.rejected[0][1] == ["clean_failed: empty title"]


def test_cleaning_is_deterministic(profile):
    items = [raw(), raw(url="/news/articleView.html?idxno=9230002", title="둘째 기사 제목")]
    assert clean(items, profile).articles == clean(items, profile).articles
