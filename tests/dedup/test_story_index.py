"""The story index in the warehouse: bands written, candidates joined, story ids given.

Every test runs on PostgreSQL (COPY, staged join) and on SQLite (executemany), with the same
expected rows: story ids come from URLs, never from database ids. Serialisation under the story
lock is PostgreSQL's alone.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
import sqlalchemy as sa
from dedup_cases import (
    BREAK,
    OTHER_LEAD,
    OTHER_TITLE,
    WIRE_TITLE,
    article,
    later,
    load,
    record,
    stories,
)

from etl.dedup.signature import BANDS
from etl.dedup.stories import story_id_for
from etl.warehouse.load import table_checksum
from etl.warehouse.schema import article_versions, story_bands
from etl.warehouse.stories import STORY_LOCK_KEY, StoryCounts, index_stories, week_no

WIRE_COPY_TITLE = WIRE_TITLE.replace("…", ", ")


def band_rows(engine: sa.Engine) -> list[tuple[int, int]]:
    """(band count, week) per indexed article, by article_id."""
    query = (
        sa.select(sa.func.count(), sa.func.max(story_bands.c.week_no))
        .group_by(story_bands.c.article_id)
        .order_by(story_bands.c.article_id)
    )
    with engine.connect() as conn:
        return [tuple(row) for row in conn.execute(query)]


def test_a_copy_loaded_after_its_original_shares_the_originals_story(
    warehouse: sa.Engine,
) -> None:
    original = article("wire", 1)
    copy = article("today", 1, title=WIRE_COPY_TITLE, published_at=later(30))

    first = record(warehouse, [original])
    second = record(warehouse, [copy])

    story = story_id_for(original.url_hash)
    assert stories(warehouse) == {original.url: story, copy.url: story}
    assert (first, second) == (StoryCounts(1, 0, 0), StoryCounts(1, 1, 1))


def test_a_second_copy_joins_the_story_the_first_founded(warehouse: sa.Engine) -> None:
    original = article("wire", 1)
    record(warehouse, [original])
    record(warehouse, [article("today", 1, title=WIRE_COPY_TITLE, published_at=later(30))])

    counts = record(warehouse, [article("herald", 1, published_at=later(75))])

    assert set(stories(warehouse).values()) == {story_id_for(original.url_hash)}
    assert counts == StoryCounts(indexed=1, clustered=1, new_stories=0)


def test_the_earlier_article_names_the_story_whichever_is_loaded_first(
    warehouse: sa.Engine,
) -> None:
    original = article("wire", 1)
    record(warehouse, [article("today", 1, published_at=later(30))])

    record(warehouse, [original])

    assert set(stories(warehouse).values()) == {story_id_for(original.url_hash)}


def test_an_article_without_a_look_alike_stays_alone(warehouse: sa.Engine) -> None:
    record(warehouse, [article("wire", 1)])
    record(warehouse, [article("today", 1, title=OTHER_TITLE, summary=OTHER_LEAD)])

    assert set(stories(warehouse).values()) == {None}


def test_look_alikes_of_one_outlet_stay_apart(warehouse: sa.Engine) -> None:
    record(warehouse, [article("wire", 1), article("wire", 2, published_at=later(60))])
    record(warehouse, [article("wire", 3, published_at=later(120))], run="r2")

    assert set(stories(warehouse).values()) == {None}


def test_a_copy_signed_by_another_reporter_is_independent_reporting(
    warehouse: sa.Engine,
) -> None:
    record(warehouse, [article("wire", 1)])

    record(warehouse, [article("today", 1, author="김철수 기자", published_at=later(30))])

    assert set(stories(warehouse).values()) == {None}


def test_a_look_alike_more_than_a_day_apart_is_another_story(warehouse: sa.Engine) -> None:
    record(warehouse, [article("wire", 1)])

    record(warehouse, [article("today", 1, published_at=later(24 * 60 + 1))])

    assert set(stories(warehouse).values()) == {None}


def test_every_indexed_article_has_one_row_per_band_in_its_week(warehouse: sa.Engine) -> None:
    record(warehouse, [article("wire", 1), article("wire", 2, title=OTHER_TITLE)])

    assert band_rows(warehouse) == [(BANDS, week_no(BREAK)), (BANDS, week_no(BREAK))]


def test_an_article_whose_text_is_empty_is_not_indexed(warehouse: sa.Engine) -> None:
    counts = record(warehouse, [article("wire", 1, title="…", summary=None)])

    assert (counts, band_rows(warehouse)) == (StoryCounts(0, 0, 0), [])


def test_indexing_the_same_batch_again_changes_nothing(warehouse: sa.Engine) -> None:
    record(warehouse, [article("wire", 1)])
    batch = [article("today", 1, published_at=later(30)), article("today", 2, title=OTHER_TITLE)]
    record(warehouse, batch)
    tables = ("articles", "story_bands")
    before = {table: table_checksum(warehouse, table) for table in tables}

    counts = record(warehouse, batch, run="r2")

    assert counts == StoryCounts(0, 0, 0)
    assert {table: table_checksum(warehouse, table) for table in tables} == before


def test_a_changed_article_gets_new_bands_and_keeps_its_story(warehouse: sa.Engine) -> None:
    original = article("wire", 1)
    record(warehouse, [original])
    record(warehouse, [article("today", 1, published_at=later(30))])
    with warehouse.connect() as conn:
        bands_before = conn.execute(sa.select(story_bands.c.band_hash)).scalars().all()

    updated = article("wire", 1, title=f"{WIRE_TITLE}(종합)", modified_at=later(90))
    counts = record(warehouse, [updated], run="r2")

    with warehouse.connect() as conn:
        bands_after = conn.execute(sa.select(story_bands.c.band_hash)).scalars().all()
        versions = conn.execute(sa.select(sa.func.count()).select_from(article_versions))
        assert versions.scalar_one() == 1
    assert set(stories(warehouse).values()) == {story_id_for(original.url_hash)}
    assert counts == StoryCounts(indexed=1, clustered=0, new_stories=0)
    assert len(bands_after) == len(bands_before) == 2 * BANDS
    assert bands_after != bands_before


def test_articles_loaded_without_bands_are_indexed_when_seen_again(
    warehouse: sa.Engine,
) -> None:
    # As after the upgrade to revision 0003: the articles exist, the bands do not.
    original = article("wire", 1)
    record(warehouse, [original])
    with warehouse.begin() as conn:
        conn.execute(story_bands.delete())

    counts = record(warehouse, [original], run="r2")
    record(warehouse, [article("today", 1, published_at=later(30))])

    assert counts == StoryCounts(indexed=1, clustered=0, new_stories=0)
    assert set(stories(warehouse).values()) == {story_id_for(original.url_hash)}


def test_a_story_id_the_batch_brings_is_kept(warehouse: sa.Engine) -> None:
    record(warehouse, [article("wire", 1, story_id="story:given")])

    record(warehouse, [article("today", 1, published_at=later(30))])

    assert set(stories(warehouse).values()) == {"story:given"}


def test_loading_without_indexing_leaves_the_story_index_as_it_was(
    warehouse: sa.Engine,
) -> None:
    # load_batch records articles; index_stories (the load stage's next step) indexes them.
    load(warehouse, [article("wire", 1)])

    assert band_rows(warehouse) == []


@pytest.mark.postgres
def test_two_outlets_indexed_at_once_still_meet(pg_warehouse: sa.Engine) -> None:
    # Both start while a third transaction holds the story lock, so they run as close to each
    # other as they can; the lock serialises them and the second one finds the first's copy.
    original = article("wire", 1)
    copy = article("today", 1, published_at=later(30))
    load(pg_warehouse, [original])
    load(pg_warehouse, [copy])
    with ThreadPoolExecutor(max_workers=2) as pool, pg_warehouse.connect() as holder:
        holder.execute(sa.text("select pg_advisory_xact_lock(:key)"), {"key": STORY_LOCK_KEY})
        runs = [
            pool.submit(index_stories, pg_warehouse, a.source, [a.url_hash])
            for a in (original, copy)
        ]
        holder.commit()
        counts = sorted((run.result() for run in runs), key=lambda c: c.clustered)

    assert set(stories(pg_warehouse).values()) == {story_id_for(original.url_hash)}
    assert counts == [StoryCounts(1, 0, 0), StoryCounts(1, 1, 1)]
