"""The consumer views and the daily mart, on both databases, over one fixed holiday weekend.

test-daily and other-daily publish around Children's Day 2025 (Monday 5 May, shared with
Buddha's Birthday; Tuesday 6 May is the substitute holiday). Story "story-a" runs at both
outlets, other-daily first; "story-b" twice at test-daily; two articles stand alone, one of
them undated.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
import sqlalchemy as sa
from warehouse_cases import BASE, RUN_1, SEEN_1, WINDOW, make_article, make_profile, sha1

from etl.warehouse.load import load_batch
from etl.warehouse.marts import refresh_marts
from etl.warehouse.runs import start_run
from etl.warehouse.views import (
    mart_daily_source_section,
    v_articles,
    v_daily_counts,
    v_quarantine,
    v_section_tree,
    v_stories,
    view_metadata,
)

OTHER = "other-daily"
OTHER_RUN = "other-daily_2025-05-05_r1"
OTHER_BASE = "https://other.example.kr/article/"
HOLIDAYS_5_5 = "부처님오신날; 어린이날"
HOLIDAYS_5_6 = "부처님오신날 대체 휴일; 어린이날 대체 휴일"


def utc(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2025, 5, day, hour, minute, tzinfo=UTC)


@pytest.fixture()
def loaded(started: sa.Engine) -> sa.Engine:
    """The weekend's articles of both outlets and one quarantined record, loaded."""
    start_run(started, run_id=OTHER_RUN, source=OTHER, window=WINDOW)
    test_daily = [
        make_article(
            1,
            published_at=utc(4, 23, 30),
            sections=["economy.markets", "economy"],
            story_id="story-a",
        ),
        make_article(2, published_at=utc(5, 1), story_id="story-b"),
        make_article(3, published_at=utc(5, 2), story_id="story-b"),
        make_article(4, published_at=utc(5, 16), sections=[]),
        make_article(5, published_at=None, sections=["tech"]),
    ]
    load_batch(
        started,
        run_id=RUN_1,
        source=make_profile(),
        articles=test_daily,
        quarantined=[({"url": f"{BASE}9", "title": ""}, ["empty_title"])],
        seen_at=SEEN_1,
    )
    other = make_article(
        11,
        source=OTHER,
        url=f"{OTHER_BASE}11",
        url_hash=sha1(f"{OTHER_BASE}11"),
        published_at=utc(4, 22),
        story_id="story-a",
    )
    load_batch(
        started,
        run_id=OTHER_RUN,
        source=make_profile(code=OTHER, name="다른일보", base_url="https://other.example.kr"),
        articles=[other],
        quarantined=[],
        seen_at=SEEN_1,
    )
    return started


def select_rows(engine: sa.Engine, view: sa.Table, *columns: str) -> list[tuple[Any, ...]]:
    selected = [view.c[c] for c in columns]
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.select(*selected).order_by(*selected))]


def article_id(engine: sa.Engine, url: str) -> int:
    with engine.connect() as conn:
        found = conn.scalar(sa.select(v_articles.c.article_id).where(v_articles.c.url == url))
    assert found is not None
    return int(found)


@pytest.mark.parametrize("view", view_metadata.sorted_tables, ids=lambda view: view.name)
def test_each_view_has_exactly_its_declared_columns(engine: sa.Engine, view: sa.Table) -> None:
    postgres = engine.dialect.name == "postgresql"
    with engine.connect() as conn:
        columns = sa.inspect(conn).get_columns(view.name, schema=view.schema if postgres else None)

    assert [c["name"] for c in columns] == [c.name for c in view.columns]


def test_v_articles_shows_kst_times_primary_section_and_every_section(loaded: sa.Engine) -> None:
    columns = (
        "url",
        "source_name",
        "published_at",
        "published_at_kst",
        "published_date_kst",
        "primary_section_code",
        "primary_section_name_ko",
        "primary_section_name_en",
        "section_codes",
        "story_key",
    )
    rows = select_rows(loaded, v_articles, *columns)

    assert rows[0] == (
        f"{BASE}1",
        "테스트일보",
        utc(4, 23, 30),
        datetime(2025, 5, 5, 8, 30),
        date(2025, 5, 5),
        "economy.markets",
        "증권",
        "Markets",
        "economy.markets,economy",
        "story-a",
    )
    assert len(rows) == 6


def test_v_articles_gives_an_article_without_sections_or_story_its_own_keys(
    loaded: sa.Engine,
) -> None:
    with loaded.connect() as conn:
        row = (
            conn.execute(sa.select(v_articles).where(v_articles.c.url == f"{BASE}4"))
            .mappings()
            .one()
        )

    assert (row["primary_section_code"], row["section_codes"], row["story_id"]) == (
        None,
        None,
        None,
    )
    assert row["story_key"] == f"article:{row['article_id']}"


def test_v_daily_counts_counts_articles_and_stories_per_day_outlet_and_primary_section(
    loaded: sa.Engine,
) -> None:
    columns = [c.name for c in v_daily_counts.columns]

    assert select_rows(loaded, v_daily_counts, *columns) == [
        (date(2025, 5, 5), OTHER, "economy", 1, 1, 2025, 5, 1, "월요일", False, True, HOLIDAYS_5_5),
        (date(2025, 5, 5), "test-daily", "economy", 2, 1, 2025, 5, 1, "월요일", False, True,
         HOLIDAYS_5_5),
        (date(2025, 5, 5), "test-daily", "economy.markets", 1, 1, 2025, 5, 1, "월요일", False,
         True, HOLIDAYS_5_5),
        (date(2025, 5, 6), "test-daily", "unclassified", 1, 1, 2025, 5, 2, "화요일", False, True,
         HOLIDAYS_5_6),
    ]  # fmt: skip


def test_v_stories_opens_each_story_with_its_earliest_article(loaded: sa.Engine) -> None:
    columns = ("story_key", "source_code", "url", "published_at", "last_published_at")
    counts = ("article_count", "outlet_count")
    alone = f"article:{article_id(loaded, f'{BASE}4')}"
    undated = f"article:{article_id(loaded, f'{BASE}5')}"

    assert sorted(select_rows(loaded, v_stories, *columns, *counts)) == sorted(
        [
            ("story-a", OTHER, f"{OTHER_BASE}11", utc(4, 22), utc(4, 23, 30), 2, 2),
            ("story-b", "test-daily", f"{BASE}2", utc(5, 1), utc(5, 2), 2, 1),
            (alone, "test-daily", f"{BASE}4", utc(5, 16), utc(5, 16), 1, 1),
            (undated, "test-daily", f"{BASE}5", None, None, 1, 1),
        ]
    )


def test_v_section_tree_resolves_root_depth_and_path(engine: sa.Engine) -> None:
    columns = [c.name for c in v_section_tree.columns]
    rows = {row[0]: row for row in select_rows(engine, v_section_tree, *columns)}

    assert rows["economy"] == ("economy", None, "economy", 0, "경제", "Economy", "경제", "Economy")
    assert rows["economy.markets"] == (
        "economy.markets",
        "economy",
        "economy",
        1,
        "증권",
        "Markets",
        "경제 > 증권",
        "Economy > Markets",
    )


def test_v_quarantine_shows_the_quarantine_without_raw_records(loaded: sa.Engine) -> None:
    columns = [c.name for c in v_quarantine.columns]

    assert "record" not in columns
    assert select_rows(loaded, v_quarantine, "run_id", "url", "reasons", "quarantined_at") == [
        (RUN_1, f"{BASE}9", ["empty_title"], SEEN_1)
    ]


def test_the_mart_is_empty_until_refreshed(loaded: sa.Engine) -> None:
    assert select_rows(loaded, mart_daily_source_section, "date_kst") == []


def test_refreshing_the_marts_copies_the_daily_counts(loaded: sa.Engine) -> None:
    columns = [c.name for c in v_daily_counts.columns]

    assert refresh_marts(loaded) == {"mart_daily_source_section": 4}
    assert select_rows(loaded, mart_daily_source_section, *columns) == select_rows(
        loaded, v_daily_counts, *columns
    )


def test_refreshing_again_after_a_load_picks_up_the_new_articles(loaded: sa.Engine) -> None:
    refresh_marts(loaded)
    load_batch(
        loaded,
        run_id=RUN_1,
        source=make_profile(),
        articles=[make_article(6, published_at=utc(5, 3), sections=["tech"])],
        quarantined=[],
        seen_at=SEEN_1,
    )

    assert refresh_marts(loaded) == {"mart_daily_source_section": 5}
    assert (date(2025, 5, 5), "test-daily", "tech", 1) in select_rows(
        loaded,
        mart_daily_source_section,
        "date_kst",
        "source_code",
        "section_code",
        "article_count",
    )


def test_refreshing_unchanged_marts_changes_nothing(loaded: sa.Engine) -> None:
    columns = [c.name for c in mart_daily_source_section.columns]
    refresh_marts(loaded)
    before = select_rows(loaded, mart_daily_source_section, *columns)

    assert refresh_marts(loaded) == {"mart_daily_source_section": 4}
    assert select_rows(loaded, mart_daily_source_section, *columns) == before
