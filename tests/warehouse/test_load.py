"""load_batch: merge by (source, url), versions on change, sections, quarantine, one transaction."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
import sqlalchemy as sa
from warehouse_cases import (
    BASE,
    RUN_1,
    RUN_2,
    RUN_3,
    SEEN_1,
    SEEN_2,
    SEEN_3,
    SOURCE,
    make_article,
    make_profile,
    rows,
    sha1,
    snapshot,
)

from etl.records import Article
from etl.warehouse.errors import RunNotFoundError, UnknownSectionError
from etl.warehouse.load import LoadCounts, existing_hashes, load_batch, table_checksum
from etl.window import KST

LOADED_TABLES = ("articles", "article_sections", "article_versions")

Quarantined = list[tuple[dict[str, Any], list[str]]]


def load(
    engine: sa.Engine,
    articles: list[Article],
    *,
    run_id: str = RUN_1,
    seen_at: datetime = SEEN_1,
    quarantined: Quarantined | None = None,
) -> LoadCounts:
    return load_batch(
        engine,
        run_id=run_id,
        source=make_profile(),
        articles=articles,
        quarantined=quarantined or [],
        seen_at=seen_at,
    )


def test_first_load_inserts_every_article(started: sa.Engine) -> None:
    counts = load(started, [make_article(1), make_article(2)])

    assert counts == LoadCounts(
        inserted=2, updated=0, unchanged=0, versions=0, sections_linked=2, quarantined=0
    )
    assert rows(started, "articles", "url", "title", "first_seen_at", "first_run_id") == [
        (f"{BASE}1", "기사 1 제목", SEEN_1, RUN_1),
        (f"{BASE}2", "기사 2 제목", SEEN_1, RUN_1),
    ]


def test_inserted_article_keeps_every_field(started: sa.Engine) -> None:
    article = make_article(
        1,
        body="본문",
        modified_at=datetime(2025, 4, 8, 1, 0, tzinfo=UTC),
        story_id="story-1",
    )
    load(started, [article])

    columns = (
        "source_code",
        "url_hash",
        "summary",
        "body",
        "author",
        "language",
        "published_at",
        "modified_at",
        "published_raw",
        "content_hash",
        "story_id",
        "last_seen_at",
        "last_run_id",
    )
    assert rows(started, "articles", *columns) == [
        (
            SOURCE,
            sha1(f"{BASE}1"),
            "기사 1 요약",
            "본문",
            "홍길동 기자",
            "ko",
            datetime(2025, 4, 8, 0, 0, tzinfo=UTC),
            datetime(2025, 4, 8, 1, 0, tzinfo=UTC),
            "2025-04-08 09:00:00",
            article.content_hash,
            "story-1",
            SEEN_1,
            RUN_1,
        )
    ]


def test_timestamps_come_back_as_the_same_instant_in_utc(started: sa.Engine) -> None:
    load(started, [make_article(1, published_at=datetime(2025, 4, 8, 9, 0, tzinfo=KST))])

    [(published_at,)] = rows(started, "articles", "published_at")
    assert published_at == datetime(2025, 4, 8, 0, 0, tzinfo=UTC)
    assert published_at.tzinfo == UTC


def test_published_date_kst_is_the_korean_calendar_day(started: sa.Engine) -> None:
    before_midnight = make_article(1, published_at=datetime(2025, 4, 7, 14, 59, tzinfo=UTC))
    after_midnight = make_article(2, published_at=datetime(2025, 4, 7, 15, 30, tzinfo=UTC))
    undated = make_article(3, published_at=None)
    load(started, [before_midnight, after_midnight, undated])

    assert rows(started, "articles", "url", "published_date_kst") == [
        (f"{BASE}1", date(2025, 4, 7)),
        (f"{BASE}2", date(2025, 4, 8)),
        (f"{BASE}3", None),
    ]


def test_reloading_the_same_batch_inserts_and_updates_nothing(started: sa.Engine) -> None:
    batch = [make_article(1), make_article(2, sections=["economy", "economy.markets"])]
    load(started, batch)
    before = {table: table_checksum(started, table) for table in LOADED_TABLES}

    counts = load(started, batch, run_id=RUN_2, seen_at=SEEN_2)

    assert counts == LoadCounts(
        inserted=0, updated=0, unchanged=2, versions=0, sections_linked=0, quarantined=0
    )
    assert {table: table_checksum(started, table) for table in LOADED_TABLES} == before


def test_reloading_moves_only_the_last_seen_bookkeeping(started: sa.Engine) -> None:
    load(started, [make_article(1)])
    load(started, [make_article(1)], run_id=RUN_2, seen_at=SEEN_2)

    columns = ("first_seen_at", "first_run_id", "last_seen_at", "last_run_id")
    assert rows(started, "articles", *columns) == [(SEEN_1, RUN_1, SEEN_2, RUN_2)]


def test_changed_content_rewrites_the_row_and_keeps_the_previous_version(
    started: sa.Engine,
) -> None:
    load(started, [make_article(1, title="처음 제목")])

    counts = load(started, [make_article(1, title="고친 제목")], run_id=RUN_2, seen_at=SEEN_2)

    assert counts == LoadCounts(
        inserted=0, updated=1, unchanged=0, versions=1, sections_linked=1, quarantined=0
    )
    assert rows(started, "articles", "title", "first_run_id", "last_run_id") == [
        ("고친 제목", RUN_1, RUN_2)
    ]
    assert rows(
        started, "article_versions", "version_no", "title", "content_hash", "recorded_at", "run_id"
    ) == [(1, "처음 제목", make_article(1, title="처음 제목").content_hash, SEEN_2, RUN_2)]


def test_unchanged_reload_after_a_change_adds_no_version(started: sa.Engine) -> None:
    load(started, [make_article(1, title="처음 제목")])
    load(started, [make_article(1, title="고친 제목")], run_id=RUN_2, seen_at=SEEN_2)

    counts = load(started, [make_article(1, title="고친 제목")], run_id=RUN_3, seen_at=SEEN_3)

    assert (counts.updated, counts.unchanged, counts.versions) == (0, 1, 0)
    assert rows(started, "article_versions", "version_no", "title") == [(1, "처음 제목")]


def test_each_change_adds_the_next_version_number(started: sa.Engine) -> None:
    load(started, [make_article(1, title="첫째")])
    load(started, [make_article(1, title="둘째")], run_id=RUN_2, seen_at=SEEN_2)
    load(started, [make_article(1, title="셋째")], run_id=RUN_3, seen_at=SEEN_3)

    assert rows(started, "article_versions", "version_no", "title", "run_id") == [
        (1, "첫째", RUN_2),
        (2, "둘째", RUN_3),
    ]
    assert rows(started, "articles", "title") == [("셋째",)]


def test_sections_are_linked_to_their_article(started: sa.Engine) -> None:
    counts = load(started, [make_article(1, sections=["economy", "economy.markets"])])

    assert counts.sections_linked == 2
    assert rows(started, "article_sections", "section_code") == [
        ("economy",),
        ("economy.markets",),
    ]


def test_a_changed_article_gets_its_new_sections(started: sa.Engine) -> None:
    load(started, [make_article(1, title="처음", sections=["economy", "economy.markets"])])
    load(
        started,
        [make_article(1, title="고침", sections=["economy.finance"])],
        run_id=RUN_2,
        seen_at=SEEN_2,
    )

    assert rows(started, "article_sections", "section_code") == [("economy.finance",)]


def test_quarantined_records_are_stored_with_their_reasons(started: sa.Engine) -> None:
    record = {"url": f"{BASE}9", "title": "", "published_raw": "어제"}
    counts = load(started, [], quarantined=[(record, ["empty_title", "unparsed_time"])])

    assert counts.quarantined == 1
    assert rows(
        started, "quarantine", "run_id", "source_code", "url", "reasons", "record", "quarantined_at"
    ) == [(RUN_1, SOURCE, f"{BASE}9", ["empty_title", "unparsed_time"], record, SEEN_1)]


def test_a_quarantined_record_without_url_is_stored_with_null_url(started: sa.Engine) -> None:
    load(started, [], quarantined=[({"title": "링크 없음"}, ["no_url"])])

    assert rows(started, "quarantine", "url", "record") == [(None, {"title": "링크 없음"})]


def test_loading_a_run_again_replaces_its_quarantine_rows(started: sa.Engine) -> None:
    quarantined: Quarantined = [({"url": f"{BASE}9"}, ["stale"])]
    load(started, [], quarantined=quarantined)
    load(started, [], quarantined=quarantined)

    assert rows(started, "quarantine", "run_id", "url") == [(RUN_1, f"{BASE}9")]


def test_an_unknown_section_code_rolls_back_the_whole_batch(started: sa.Engine) -> None:
    load(started, [make_article(1)], quarantined=[({"url": f"{BASE}8"}, ["stale"])])
    before = snapshot(started)

    with pytest.raises(UnknownSectionError, match="'no-such-section'") as err:
        load_batch(
            started,
            run_id=RUN_1,
            source=make_profile(name="바뀐 이름", sections={"스포츠": "sports"}),
            articles=[
                make_article(1, title="고친 제목"),
                make_article(2, sections=["economy", "no-such-section"]),
            ],
            quarantined=[({"url": f"{BASE}9"}, ["stale"])],
            seen_at=SEEN_2,
        )

    assert f"{BASE}2" in str(err.value)
    assert snapshot(started) == before


def test_a_load_for_a_run_never_started_is_refused(engine: sa.Engine) -> None:
    with pytest.raises(RunNotFoundError, match=RUN_1):
        load(engine, [make_article(1)])

    assert rows(engine, "articles", "url") == []


def test_an_article_of_another_source_is_refused(started: sa.Engine) -> None:
    with pytest.raises(ValueError, match="not 'test-daily'"):
        load(started, [make_article(1, source="other-daily")])


def test_a_naive_published_at_is_refused(started: sa.Engine) -> None:
    with pytest.raises(ValueError, match="published_at .* not timezone-aware"):
        load(started, [make_article(1, published_at=datetime(2025, 4, 8, 9, 0))])


def test_a_url_repeated_in_one_batch_is_loaded_once_with_its_last_sighting(
    started: sa.Engine,
) -> None:
    counts = load(started, [make_article(1, title="앞"), make_article(1, title="뒤")])

    assert (counts.inserted, counts.unchanged) == (1, 0)
    assert rows(started, "articles", "title") == [("뒤",)]


def test_load_registers_the_source_and_its_section_aliases(started: sa.Engine) -> None:
    load(started, [])

    assert rows(started, "sources", "code", "name", "base_url", "language", "timezone") == [
        (SOURCE, "테스트일보", "https://news.example.kr", "ko", "Asia/Seoul")
    ]
    assert rows(started, "section_aliases", "source_code", "label", "section_code") == [
        (SOURCE, "경제일반", "economy"),
        (SOURCE, "증시", "economy.markets"),
    ]


def test_a_changed_profile_updates_the_source_and_drops_old_aliases(started: sa.Engine) -> None:
    load(started, [])
    load_batch(
        started,
        run_id=RUN_2,
        source=make_profile(name="새 이름", sections={"증권": "economy.markets"}),
        articles=[],
        quarantined=[],
        seen_at=SEEN_2,
    )

    assert rows(started, "sources", "name") == [("새 이름",)]
    assert rows(started, "section_aliases", "label", "section_code") == [
        ("증권", "economy.markets")
    ]


def test_existing_hashes_gives_the_stored_content_hash_of_known_urls(started: sa.Engine) -> None:
    first, second = make_article(1), make_article(2)
    load(started, [first, second])

    found = existing_hashes(started, SOURCE, [first.url_hash, sha1("unknown"), second.url_hash])

    assert found == {first.url_hash: first.content_hash, second.url_hash: second.content_hash}


def test_existing_hashes_only_looks_at_the_given_source(started: sa.Engine) -> None:
    article = make_article(1)
    load(started, [article])

    assert existing_hashes(started, "other-daily", [article.url_hash]) == {}


def test_table_checksum_changes_when_content_changes(started: sa.Engine) -> None:
    load(started, [make_article(1, title="처음")])
    before = table_checksum(started, "articles")

    load(started, [make_article(1, title="고침")], run_id=RUN_2, seen_at=SEEN_2)

    assert table_checksum(started, "articles") != before


def test_table_checksum_refuses_an_unknown_table(engine: sa.Engine) -> None:
    with pytest.raises(ValueError, match="'users' is not a warehouse table"):
        table_checksum(engine, "users")
