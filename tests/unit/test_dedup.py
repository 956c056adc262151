"""Dedup v1: exact duplicates by canonical URL, within the batch and against the warehouse."""

from dataclasses import replace
from datetime import UTC, datetime

from etl.clean import content_hash
from etl.dedup import dedup
from etl.records import Article


def article(url="https://x.kr/a?idxno=1", **overrides):
    values = dict(
        source="demo-daily",
        url=url,
        url_hash=url[-8:],
        title="코스피 2,500 회복",
        summary="외국인 매수세",
        body=None,
        author=None,
        published_at=datetime(2025, 4, 8, 1, 0, tzinfo=UTC),
        modified_at=None,
        published_raw="2025-04-08 10:00:00",
        sections=["economy.markets"],
        section_labels=["증권"],
        language="ko",
        content_hash="h1",
        first_seen_at=datetime(2025, 4, 10, tzinfo=UTC),
    )
    values.update(overrides)
    return Article(**values)


def test_two_sightings_of_one_url_merge_into_one_article():
    first = article(title="코스피 2,500 회복..", sections=["economy.markets"])
    second = article(
        title="코스피 2,500 회복…외국인 순매수",
        sections=["economy"],
        published_at=datetime(2025, 4, 8, 0, 30, tzinfo=UTC),
        modified_at=datetime(2025, 4, 8, 3, 0, tzinfo=UTC),
    )
    result = dedup([first, second])
    assert result.exact_merged == 1
    [merged] = result.articles
    assert merged.title == "코스피 2,500 회복…외국인 순매수"
    assert merged.sections == ["economy.markets", "economy"]
    assert merged.published_at == datetime(2025, 4, 8, 0, 30, tzinfo=UTC)
    assert merged.modified_at == datetime(2025, 4, 8, 3, 0, tzinfo=UTC)
    assert merged.content_hash == content_hash(merged.title, "외국인 매수세", None, None)


def test_distinct_urls_are_kept_in_first_seen_order():
    a, b = article("https://x.kr/a?idxno=1"), article("https://x.kr/a?idxno=2")
    assert [x.url for x in dedup([b, a, b]).articles] == [b.url, a.url]


def test_articles_are_classified_against_the_warehouse():
    same = article("https://x.kr/a?idxno=1", content_hash="same")
    changed = article("https://x.kr/a?idxno=2", content_hash="new")
    fresh = article("https://x.kr/a?idxno=3")
    held = {same.url_hash: "same", changed.url_hash: "old"}
    result = dedup([same, changed, fresh], lambda hashes: {h: held[h] for h in hashes if h in held})
    assert (result.known_unchanged, result.known_changed, result.new) == (1, 1, 1)
    assert len(result.articles) == 3


def test_known_articles_are_not_dropped():
    known = article()
    result = dedup([known], lambda hashes: {known.url_hash: known.content_hash})
    assert result.articles == [known]


def test_merge_ignores_missing_times():
    first = article(published_at=None, flags=["unparsed_time"])
    second = replace(first, published_at=datetime(2025, 4, 8, 2, 0, tzinfo=UTC), flags=[])
    [merged] = dedup([first, second]).articles
    assert merged.published_at == datetime(2025, 4, 8, 2, 0, tzinfo=UTC)
    assert merged.flags == []
