"""Migration 0002 on a warehouse that already exists at 0001: data kept, comments, way back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from warehouse_cases import rows

from etl.warehouse import schema
from etl.warehouse.catalog import describe_schema
from etl.warehouse.comments import declared_comments, live_comments
from etl.warehouse.engine import current_revision, downgrade, make_engine, upgrade


@pytest.fixture()
def at_0001(empty_url: str) -> Iterator[sa.Engine]:
    """A warehouse at revision 0001."""
    engine = make_engine(empty_url)
    upgrade(engine, "0001")
    yield engine
    engine.dispose()


def load_at_0001(engine: sa.Engine) -> None:
    """One article filed under two sections, written as 0001 knew it (no section order)."""
    at = datetime(2025, 4, 9, 0, 30, tzinfo=UTC)
    source = {"code": "test-daily", "name": "테스트일보", "base_url": "https://news.example.kr"}
    run = {"run_id": "r1", "source_code": "test-daily", "status": "success", "counts": {}}
    article = {
        "article_id": 7,
        "source_code": "test-daily",
        "url": "https://news.example.kr/article/7",
        "url_hash": "h7",
        "title": "제목",
        "language": "ko",
        "content_hash": "c7",
        "first_run_id": "r1",
        "last_run_id": "r1",
    }
    with engine.begin() as conn:
        # Core inserts name only the columns given, so they fit the tables as 0001 made them.
        conn.execute(
            schema.sources.insert(),
            source | {"language": "ko", "timezone": "Asia/Seoul", "created_at": at},
        )
        conn.execute(
            schema.runs.insert(),
            run | {"window_start": at, "window_end": at, "started_at": at},
        )
        conn.execute(schema.articles.insert(), article | {"first_seen_at": at, "last_seen_at": at})
        conn.execute(
            schema.article_sections.insert(),
            [
                {"article_id": 7, "section_code": "economy.markets"},
                {"article_id": 7, "section_code": "economy"},
            ],
        )


def test_upgrading_numbers_existing_sections_in_code_order(at_0001: sa.Engine) -> None:
    load_at_0001(at_0001)

    upgrade(at_0001, "0002")

    assert current_revision(at_0001) == "0002"
    assert rows(at_0001, "article_sections", "article_id", "section_code", "position") == [
        (7, "economy", 0),
        (7, "economy.markets", 1),
    ]
    assert rows(at_0001, "articles", "article_id", "title") == [(7, "제목")]


def test_downgrading_to_0001_restores_exactly_what_0001_built(at_0001: sa.Engine) -> None:
    built_by_0001 = describe_schema(at_0001)
    load_at_0001(at_0001)
    upgrade(at_0001)

    downgrade(at_0001, "0001")

    assert current_revision(at_0001) == "0001"
    assert describe_schema(at_0001) == built_by_0001
    assert rows(at_0001, "articles", "article_id", "title") == [(7, "제목")]


@pytest.mark.postgres
def test_every_table_view_and_column_carries_its_declared_comment(pg_engine: sa.Engine) -> None:
    with pg_engine.connect() as conn:
        live, _kinds = live_comments(conn)

    assert {key: live.get(key) for key in declared_comments()} == declared_comments()


@pytest.mark.postgres
def test_upgrade_puts_back_a_comment_edited_in_the_database(pg_engine: sa.Engine) -> None:
    with pg_engine.begin() as conn:
        conn.execute(sa.text("comment on column news.articles.url is 'edited by hand'"))

    upgrade(pg_engine)

    with pg_engine.connect() as conn:
        live, _kinds = live_comments(conn)
    assert live[("articles", "url")] == "Canonical article URL."


@pytest.mark.postgres
def test_articles_leave_half_of_each_page_for_last_seen_rewrites(pg_engine: sa.Engine) -> None:
    with pg_engine.connect() as conn:
        options = conn.scalar(
            sa.text("select reloptions from pg_class where oid = 'news.articles'::regclass")
        )

    assert options == ["fillfactor=50"]
