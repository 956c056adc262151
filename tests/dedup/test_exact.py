"""Exact duplicates: one article per (source, canonical URL), and one per article under two URLs."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from dedup_cases import BREAK, SEEN, WIRE_LEAD, WIRE_TITLE, article, later

from etl.clean import clean
from etl.dedup import dedup
from etl.dedup.exact import article_number, fuller, is_truncated
from etl.records import ArticlePage, RawItem
from etl.sources import SourceProfile

DAILY = "daily"


def test_sightings_of_one_url_unite_sections_and_keep_the_widest_times() -> None:
    first = article(DAILY, 1, sections=["economy"], published_at=later(5))
    second = article(DAILY, 1, sections=["economy.finance", "economy"], modified_at=later(90))
    third = article(DAILY, 1, sections=["economy"], modified_at=later(30))

    result = dedup([first, second, third])

    [merged] = result.articles
    assert merged.sections == ["economy", "economy.finance"]
    assert (merged.published_at, merged.modified_at) == (BREAK, later(90))
    assert result.exact_merged == 2


def test_a_cut_title_loses_to_the_full_one_even_when_longer() -> None:
    full = "한은, 기준금리 동결"
    cut = "한은, 기준금리 동결했다는 소식과 함께.."  # longer, but the listing cut it
    merged = dedup([article(DAILY, 1, title=cut), article(DAILY, 1, title=full)]).articles[0]

    assert merged.title == full
    assert merged.content_hash == article(DAILY, 1, title=full).content_hash


def test_of_two_cut_leads_the_longer_is_kept() -> None:
    short, longer = "한국은행 금융통화위원회가…", "한국은행 금융통화위원회가 8일 기준금리를…"
    first, second = article(DAILY, 1, summary=short), article(DAILY, 1, summary=longer)

    assert dedup([first, second]).articles[0].summary == longer


def test_truncation_marks_are_two_dots_or_an_ellipsis() -> None:
    assert [is_truncated(t) for t in ("동결..", "동결… ", "동결...", "동결.", "동결")] == [
        True,
        True,
        True,
        False,
        False,
    ]
    assert fuller("가나다라..", "가나다") == "가나다"
    assert fuller(None, "가나다") == "가나다"


def test_one_article_under_two_urls_is_recorded_once_under_the_shorter() -> None:
    long_url = "https://daily.example.kr/news/articleView.html?idxno=123"
    short_url = "https://daily.example.kr/news/123"
    alias = article(DAILY, 1, url=long_url, url_hash="a" * 40, sections=["economy"])
    same = article(DAILY, 1, url=short_url, url_hash="b" * 40, sections=["economy.finance"])

    result = dedup([alias, same])

    [kept] = result.articles
    assert (kept.url, kept.url_hash) == (short_url, "b" * 40)
    assert kept.sections == ["economy", "economy.finance"]
    assert (result.exact_merged, result.url_aliases, result.new) == (1, 1, 1)


def test_an_alias_is_recorded_under_the_url_the_warehouse_already_has() -> None:
    stored = article(DAILY, 1, url="https://daily.example.kr/news/articleView.html?idxno=7")
    other = article(DAILY, 2, url="https://daily.example.kr/news/7")

    result = dedup([other, stored], lambda hashes: {stored.url_hash: stored.content_hash})

    assert [a.url for a in result.articles] == [stored.url]
    assert (result.known_unchanged, result.new, result.url_aliases) == (1, 0, 1)


def test_urls_with_different_article_numbers_are_two_articles_however_alike() -> None:
    first = article(DAILY, 1, url="https://daily.example.kr/news/articleView.html?idxno=11")
    second = article(DAILY, 2, url="https://daily.example.kr/news/articleView.html?idxno=12")

    result = dedup([first, second])

    assert [a.url for a in result.articles] == [first.url, second.url]
    assert (result.exact_merged, result.url_aliases) == (0, 0)


def test_the_same_text_published_at_another_time_is_another_article() -> None:
    first = article(DAILY, 1, url="https://daily.example.kr/a")
    second = article(DAILY, 2, url="https://daily.example.kr/b", published_at=later(60))

    assert len(dedup([first, second]).articles) == 2


def test_an_undated_article_is_never_taken_for_an_alias() -> None:
    first = article(DAILY, 1, url="https://daily.example.kr/a", published_at=None)
    second = article(DAILY, 2, url="https://daily.example.kr/b", published_at=None)

    assert len(dedup([first, second]).articles) == 2


def test_a_new_url_of_a_stored_article_takes_the_stored_url() -> None:
    stored_url, stored_hash = "https://daily.example.kr/news/55", "c" * 40
    seen_again = article(DAILY, 1, url="https://daily.example.kr/amp/news/55")
    lookups: list[list[tuple[datetime, str]]] = []

    def known_aliases(
        keys: list[tuple[datetime, str]],
    ) -> dict[tuple[datetime, str], list[tuple[str, str]]]:
        lookups.append(keys)
        return {(BREAK, seen_again.content_hash): [(stored_url, stored_hash)]}

    result = dedup([seen_again], lambda hashes: {}, known_aliases)

    [kept] = result.articles
    assert (kept.url, kept.url_hash) == (stored_url, stored_hash)
    assert lookups == [[(BREAK, seen_again.content_hash)]]
    assert (result.known_unchanged, result.new, result.url_aliases) == (1, 0, 1)


def test_a_stored_article_with_another_number_is_not_an_alias() -> None:
    seen = article(DAILY, 1, url="https://daily.example.kr/news/56")

    def known_aliases(
        keys: list[tuple[datetime, str]],
    ) -> dict[tuple[datetime, str], list[tuple[str, str]]]:
        return {keys[0]: [("https://daily.example.kr/news/55", "c" * 40)]}

    result = dedup([seen], lambda hashes: {}, known_aliases)

    assert [a.url for a in result.articles] == [seen.url]
    assert (result.new, result.url_aliases) == (1, 0)


def test_article_numbers_are_the_longest_run_of_digits_in_path_and_query() -> None:
    assert [
        article_number(url)
        for url in (
            "https://herald.example.kr/news/2025/04/08/9229047.html",
            "https://wire.example.kr/view/AKR20250408012300004",
            "https://biz.example.kr/view.html?aid=2025040800034",
            "https://m.daily9.example.kr/news/slug",
        )
    ] == ["9229047", "20250408012300004", "2025040800034", ""]


def test_dedup_counts_go_to_the_run_under_their_names() -> None:
    result = dedup([article(DAILY, 1), article(DAILY, 1)])

    assert result.counts() == {
        "dedup_exact_merged": 1,
        "dedup_url_aliases": 0,
        "dedup_known_unchanged": 0,
        "dedup_known_changed": 0,
        "dedup_new": 1,
    }


def raw(url: str, listing: str) -> RawItem:
    return RawItem(
        source=DAILY,
        listing_url=listing,
        url=url,
        title=WIRE_TITLE,
        summary=WIRE_LEAD,
        published_raw="2025-04-08 09:00:00",
        section_raw=None,
        page=1,
        position=1,
        fetched_at=SEEN.isoformat(),
        article=ArticlePage(author="홍길동 기자"),
    )


def test_mobile_host_parameter_order_and_tracking_make_one_url_through_clean() -> None:
    profile = SourceProfile.model_validate(
        {
            "code": DAILY,
            "name": "데일리",
            "base_url": "https://www.daily.example.kr",
            "listing": {"url": "{base}/latest?page={page}"},
            "url": {"keep_params": ["idxno", "sc"], "mobile_hosts": True},
        }
    )
    items = [
        raw("/news/view?idxno=5&sc=2", "https://www.daily.example.kr/latest"),
        raw("https://m.daily.example.kr/news/view?sc=2&idxno=5", "https://m.daily.example.kr/"),
        raw("/news/view?sc=2&utm_source=naver&idxno=5", "https://www.daily.example.kr/latest"),
    ]

    result = dedup(clean(items, profile).articles)

    assert [a.url for a in result.articles] == [
        "https://www.daily.example.kr/news/view?idxno=5&sc=2"
    ]
    assert result.exact_merged == 2


def test_merging_keeps_first_seen_and_flags_of_the_dated_sighting() -> None:
    undated = article(DAILY, 1, published_at=None, flags=["unparsed_time"])
    dated = replace(undated, published_at=BREAK, flags=[], first_seen_at=SEEN)
    earlier = replace(undated, first_seen_at=datetime(2025, 4, 8, 23, 0, tzinfo=UTC))

    [merged] = dedup([earlier, dated]).articles

    assert (merged.published_at, merged.flags) == (BREAK, [])
    assert merged.first_seen_at == datetime(2025, 4, 8, 23, 0, tzinfo=UTC)
