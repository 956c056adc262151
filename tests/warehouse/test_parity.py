"""The PostgreSQL (COPY + set-based SQL) and SQLite (executemany) loads end in the same rows."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from warehouse_cases import (
    RUN_1,
    RUN_2,
    RUN_3,
    SEEN_1,
    SEEN_2,
    SEEN_3,
    SOURCE,
    WINDOW,
    PostgresDatabases,
    make_article,
    make_profile,
)

from etl.records import Article
from etl.warehouse.engine import make_engine
from etl.warehouse.load import LoadCounts, load_batch, table_checksum
from etl.warehouse.runs import start_run

# Comparable across databases: no wall-clock columns (sources.created_at, runs.*_at).
COMPARED = (
    "articles",
    "article_sections",
    "article_versions",
    "quarantine",
    "section_aliases",
    "sections",
    "dim_date",
)

Step = tuple[str, datetime, list[Article], list[tuple[dict[str, Any], list[str]]]]

# Insert; change one, keep one, add one (with odd text), quarantine; then repeat the last.
STEPS: list[Step] = [
    (RUN_1, SEEN_1, [make_article(1), make_article(2, sections=["economy.markets"])], []),
    (
        RUN_2,
        SEEN_2,
        [
            make_article(1, title="고친 제목", body="줄 하나\n줄\t둘 \\ 셋"),
            make_article(2, sections=["economy.markets"]),
            make_article(3, summary="", author=None, sections=["economy", "tech"]),
        ],
        [({"url": "https://news.example.kr/article/9", "title": ""}, ["empty_title"])],
    ),
    (
        RUN_3,
        SEEN_3,
        [
            make_article(1, title="고친 제목", body="줄 하나\n줄\t둘 \\ 셋"),
            make_article(2, sections=["economy.markets"]),
            make_article(3, summary="", author=None, sections=["economy", "tech"]),
        ],
        [],
    ),
]


@pytest.fixture()
def both(
    pg_databases: PostgresDatabases, pg_template: str, sqlite_template: Path, tmp_path: Path
) -> Iterator[dict[str, sa.Engine]]:
    """One fresh warehouse on each database."""
    path = tmp_path / "warehouse.db"
    shutil.copyfile(sqlite_template, path)
    pg_url = pg_databases.create(template=pg_template)
    engines = {"postgresql": make_engine(pg_url), "sqlite": make_engine(f"sqlite:///{path}")}
    yield engines
    for engine in engines.values():
        engine.dispose()
    pg_databases.drop(pg_url)


def run_steps(engine: sa.Engine) -> list[LoadCounts]:
    counts = []
    for run_id, seen_at, articles, quarantined in STEPS:
        start_run(engine, run_id=run_id, source=SOURCE, window=WINDOW)
        counts.append(
            load_batch(
                engine,
                run_id=run_id,
                source=make_profile(),
                articles=articles,
                quarantined=quarantined,
                seen_at=seen_at,
            )
        )
    return counts


@pytest.mark.postgres
def test_both_databases_count_the_same_loads(both: dict[str, sa.Engine]) -> None:
    assert (
        run_steps(both["postgresql"])
        == run_steps(both["sqlite"])
        == [
            LoadCounts(
                inserted=2, updated=0, unchanged=0, versions=0, sections_linked=2, quarantined=0
            ),
            LoadCounts(
                inserted=1, updated=1, unchanged=1, versions=1, sections_linked=3, quarantined=1
            ),
            LoadCounts(
                inserted=0, updated=0, unchanged=3, versions=0, sections_linked=0, quarantined=0
            ),
        ]
    )


@pytest.mark.postgres
@pytest.mark.parametrize("table", COMPARED)
def test_both_databases_end_with_the_same_rows(both: dict[str, sa.Engine], table: str) -> None:
    for engine in both.values():
        run_steps(engine)

    assert table_checksum(both["postgresql"], table) == table_checksum(both["sqlite"], table)
