"""Clean: RawItem -> Article with exact expected values."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from etl.clean import clean, content_hash
from etl.records import ArticlePage, RawItem, read_raw_items, write_jsonl
from etl.sources import load_source
from spiders.extract.article import read_article

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


@pytest.mark.parametrize(
    ("fetched_at", "reason"),
    [
        ("2025-04-08T09:00:00", "has no offset or lies outside any crawl"),
        ("9999-12-31T23:59:59+14:00", "has no offset or lies outside any crawl"),
        ("not a time", "Invalid isoformat string"),
    ],
)
def test_a_fetch_time_no_crawl_wrote_rejects_the_item_with_its_reason(profile, fetched_at, reason):
    result = clean([raw(fetched_at=fetched_at), raw(url="/news/articleView.html?idxno=2")], profile)
    [(record, [message])] = result.rejected
    assert record["fetched_at"] == fetched_at
    assert message.startswith("clean_failed: ") and reason in message


def test_cleaning_is_deterministic(profile):
    items = [raw(), raw(url="/news/articleView.html?idxno=9230002", title="둘째 기사 제목")]
    assert clean(items, profile).articles == clean(items, profile).articles


@pytest.mark.parametrize(
    ("published_raw", "published_at", "flags"),
    [
        ("2025-04-09 23:55:00", datetime(2025, 4, 9, 14, 55, tzinfo=UTC), []),
        ("5분 전", datetime(2025, 4, 9, 23, 55, tzinfo=UTC), []),
        ("어제 오후 3시", datetime(2025, 4, 9, 6, 0, tzinfo=UTC), []),
        ("2025년 4월 9일 오후 3시 5분", datetime(2025, 4, 9, 6, 5, tzinfo=UTC), []),
        # Fetched 2025-04-10 09:00 KST: a year-less 04-12 is last year's, never a future date.
        ("04-12 10:00", datetime(2024, 4, 12, 1, 0, tzinfo=UTC), []),
        ("2025-04-10 09:04:00", datetime(2025, 4, 10, 0, 4, tzinfo=UTC), []),  # clock skew
        ("2025-04-12 10:00:00", datetime(2025, 4, 12, 1, 0, tzinfo=UTC), ["future_time"]),
        ("2025-02-30 10:00:00", None, ["impossible_time"]),
        ("2025-04-09 24:30", None, ["impossible_time"]),
        ("어느 날", None, ["unparsed_time"]),
        (None, None, ["unparsed_time"]),
    ],
)
def test_listing_times_and_their_flags(profile, published_raw, published_at, flags):
    [article] = clean([raw(published_raw=published_raw)], profile).articles
    assert (article.published_at, article.flags) == (published_at, flags)
    assert article.published_raw == published_raw


def test_year_of_a_year_less_time_comes_from_the_article_id(profile):
    item = raw(url="/view/AKR20230408012300004", published_raw="04-08 08:06")
    [article] = clean([item], profile).articles
    assert article.published_at == datetime(2023, 4, 7, 23, 6, tzinfo=UTC)


def test_impossible_listing_time_gives_way_to_the_article_page(profile):
    page = ArticlePage(published_raw="2025-04-08T08:06:28+09:00")
    [article] = clean([raw(published_raw="2025-02-30 08:06", article=page)], profile).articles
    assert (article.published_at, article.flags) == (
        datetime(2025, 4, 7, 23, 6, 28, tzinfo=UTC),
        [],
    )


def test_labelled_times_give_published_and_modified(profile):
    item = raw(published_raw="입력 2025.04.08 08:06 | 수정 2025.04.08 09:12")
    [article] = clean([item], profile).articles
    assert article.published_at == datetime(2025, 4, 7, 23, 6, tzinfo=UTC)
    assert article.modified_at == datetime(2025, 4, 8, 0, 12, tzinfo=UTC)


def test_lead_byline_becomes_the_author(profile):
    item = raw(summary="[데모경제=홍길동 기자] 미국 증시가 상승했다.")
    [article] = clean([item], profile).articles
    assert (article.author, article.summary) == ("홍길동 기자", "미국 증시가 상승했다.")


def test_body_loses_its_footer_and_byline(profile):
    page = ArticlePage(
        body="첫 문단.\n둘째 문단.\n홍길동 기자 hong@daily.demo.newsflow.test\n"
        "저작권자 © 데모경제신문 무단전재 및 재배포 금지"
    )
    [article] = clean([raw(article=page)], profile).articles
    assert (article.body, article.author) == ("첫 문단.\n둘째 문단.", "홍길동 기자")


def test_page_author_wins_over_a_byline_in_the_text(profile):
    page = ArticlePage(body="(서울=데모뉴스통신) 김철수 기자 = 본문.", author="홍길동 기자")
    [article] = clean([raw(article=page)], profile).articles
    assert (article.body, article.author) == ("본문.", "홍길동 기자")


def test_title_labels_are_recorded_and_the_title_kept(profile):
    [article] = clean([raw(title="[속보] 코스피 급락(종합)")], profile).articles
    assert (article.title, article.title_labels) == ("[속보] 코스피 급락(종합)", ["속보", "종합"])


@pytest.mark.parametrize(
    ("section_raw", "sections"),
    [
        ("경제 > 금융", ["economy.finance"]),
        ("IT/과학", ["tech"]),
        ("Markets", ["economy.markets"]),
        ("뉴스 > 연예가 소식", ["unclassified"]),
    ],
)
def test_section_labels_map_onto_the_taxonomy(profile, section_raw, sections):
    [article] = clean([raw(section_raw=section_raw)], profile).articles
    assert (article.sections, article.section_labels) == (sections, [section_raw])


def test_unknown_labels_are_counted_by_label(profile):
    items = [raw(section_raw="연예가 소식"), raw(url="/a?idxno=2", section_raw="연예가 소식")]
    result = clean(items, profile)
    assert result.unclassified == 2
    assert dict(result.unknown_labels) == {"연예가 소식": 2}
    assert result.counts()["unclassified_sections"] == 2


def test_day_only_listing_time_yields_to_the_article_page_clock(profile):
    page = ArticlePage(published_raw="2025-04-08T14:35:00+09:00")
    [article] = clean([raw(published_raw="[2025.04.08]", article=page)], profile).articles
    assert article.published_at == datetime(2025, 4, 8, 5, 35, tzinfo=UTC)


def test_listing_clock_time_wins_over_the_article_page(profile):
    page = ArticlePage(published_raw="2025-04-08T14:35:00+09:00")
    [article] = clean([raw(published_raw="2025-04-08 08:06:28", article=page)], profile).articles
    assert article.published_at == datetime(2025, 4, 7, 23, 6, 28, tzinfo=UTC)


def test_article_page_on_another_day_does_not_replace_the_listing_day(profile):
    page = ArticlePage(published_raw="2025-04-09T14:35:00+09:00")
    [article] = clean([raw(published_raw="[2025.04.08]", article=page)], profile).articles
    assert article.published_at == datetime(2025, 4, 7, 15, 0, tzinfo=UTC)


def test_half_characters_from_json_escapes_are_saved_and_cleaned_as_u_fffd(profile, tmp_path):
    # JSON-LD on a page may escape half a character ("\ud800"); json.loads yields a lone
    # surrogate, which no encoder writes: the batch could not be saved nor the article stored.
    page = read_article(
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"author": "Kim \\ud800", "articleBody": "Body \\udc00 text."}</script>',
        f"{LIVE}/news/articleView.html?idxno=9230001",
    ).page
    item = raw(title="제목 \ud800 입니다", article=page)
    batch = tmp_path / "items.jsonl"

    write_jsonl(batch, [item])
    [read_back] = read_raw_items(batch)
    from_file, in_memory = (clean([r], profile).articles[0] for r in (read_back, item))

    assert read_back.title == "제목 \ufffd 입니다"
    assert read_back.article is not None and read_back.article.author == "Kim \ufffd"
    for article in (from_file, in_memory):
        assert (article.title, article.body) == ("제목 \ufffd 입니다", "Body \ufffd text.")
