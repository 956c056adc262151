"""Migrations to head: every table, the seeded taxonomy and KST calendar, a clean downgrade."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from warehouse_cases import rows

from etl.taxonomy import load_taxonomy
from etl.warehouse import schema
from etl.warehouse.engine import current_revision, downgrade, make_engine, upgrade
from etl.warehouse.load import table_checksum
from etl.warehouse.views import mart_daily_source_section

MART = mart_daily_source_section.name

HEAD = "0004"

# The tables of the warehouse at head; on SQLite the daily mart is a table too.
TABLES = {
    "sources",
    "sections",
    "section_aliases",
    "articles",
    "article_sections",
    "article_versions",
    "dim_date",
    "runs",
    "quarantine",
    "quality_results",
    "story_bands",
    "mart_refreshes",
}


@pytest.fixture()
def empty(empty_url: str) -> Iterator[sa.Engine]:
    engine = make_engine(empty_url)
    yield engine
    engine.dispose()


def head_tables(engine: sa.Engine) -> set[str]:
    return TABLES if engine.dialect.name == "postgresql" else TABLES | {MART}


def tables(engine: sa.Engine) -> set[str]:
    with engine.connect() as conn:
        names = sa.inspect(conn).get_table_names(
            schema=schema.SCHEMA if engine.dialect.name == "postgresql" else None
        )
    return set(names) - {"alembic_version"}


def day(engine: sa.Engine, when: date) -> dict[str, object]:
    dim_date = schema.dim_date
    with engine.connect() as conn:
        row = conn.execute(sa.select(dim_date).where(dim_date.c.date_kst == when)).mappings().one()
    return dict(row)


def test_a_fresh_database_has_no_revision(empty: sa.Engine) -> None:
    assert current_revision(empty) is None


def test_upgrade_creates_every_table(empty: sa.Engine) -> None:
    upgrade(empty)

    assert tables(empty) == head_tables(empty)
    assert current_revision(empty) == HEAD


def test_upgrade_accepts_a_url(empty_url: str) -> None:
    upgrade(empty_url)

    engine = make_engine(empty_url)
    assert current_revision(engine) == HEAD
    engine.dispose()


def without_schema(metadata: sa.MetaData) -> sa.MetaData:
    """``metadata`` as SQLite sees it: the same tables, in no schema."""
    copy = sa.MetaData()
    for table in metadata.sorted_tables:
        # None: take the target MetaData's schema (none); the stubs omit that documented case.
        table.to_metadata(copy, schema=None)  # type: ignore[arg-type]
    return copy


def test_head_matches_the_schema_module(empty: sa.Engine) -> None:
    upgrade(empty)

    postgres = empty.dialect.name == "postgresql"
    target = schema.metadata if postgres else without_schema(schema.metadata)
    with empty.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "include_schemas": postgres,
                "version_table_schema": schema.SCHEMA if postgres else None,
                "compare_type": True,
                # A materialized view on PostgreSQL, the mart is a table on SQLite; its columns
                # are checked against views.py with the views (test_views.py).
                "include_name": lambda name, type_, _parent: name != MART,
            },
        )
        differences = compare_metadata(context, target)
    assert differences == []


def test_upgrade_seeds_every_section_of_the_taxonomy(empty: sa.Engine) -> None:
    upgrade(empty)

    expected = sorted(
        (s.code, s.parent, s.name_ko, s.name_en) for s in load_taxonomy().sections.values()
    )
    assert rows(empty, "sections", "code", "parent_code", "name_ko", "name_en") == expected
    assert ("economy.markets", "economy", "증권", "Markets") in expected


def test_upgrade_restores_a_section_missing_from_an_existing_warehouse(empty: sa.Engine) -> None:
    upgrade(empty)
    sections = schema.sections
    with empty.begin() as conn:
        conn.execute(sections.delete().where(sections.c.code == "economy.markets"))

    upgrade(empty)

    assert ("economy.markets", "증권") in rows(empty, "sections", "code", "name_ko")


def test_dim_date_spans_2000_to_2030(empty: sa.Engine) -> None:
    upgrade(empty)

    dim_date = schema.dim_date
    with empty.connect() as conn:
        first, last, count = conn.execute(
            sa.select(
                sa.func.min(dim_date.c.date_kst),
                sa.func.max(dim_date.c.date_kst),
                sa.func.count(),
            )
        ).one()
    assert (first, last, count) == (date(2000, 1, 1), date(2030, 12, 31), 11323)


def test_gaecheonjeol_2025_is_a_holiday(empty: sa.Engine) -> None:
    upgrade(empty)

    assert day(empty, date(2025, 10, 3)) == {
        "date_kst": date(2025, 10, 3),
        "year": 2025,
        "quarter": 4,
        "month": 10,
        "day": 3,
        "weekday": 5,
        "weekday_name_ko": "금요일",
        "iso_year": 2025,
        "iso_week": 40,
        "is_weekend": False,
        "is_holiday": True,
        "holiday_name": "개천절",
    }


def test_2025_04_08_is_an_ordinary_tuesday(empty: sa.Engine) -> None:
    upgrade(empty)

    row = day(empty, date(2025, 4, 8))
    assert (row["weekday"], row["weekday_name_ko"], row["is_weekend"]) == (2, "화요일", False)
    assert (row["is_holiday"], row["holiday_name"]) == (False, None)


def test_childrens_day_2025_shares_its_date_with_buddhas_birthday(empty: sa.Engine) -> None:
    upgrade(empty)

    row = day(empty, date(2025, 5, 5))
    assert (row["is_holiday"], row["holiday_name"]) == (True, "부처님오신날; 어린이날")


def test_a_sunday_is_a_weekend_day_but_not_a_holiday(empty: sa.Engine) -> None:
    upgrade(empty)

    row = day(empty, date(2025, 4, 6))
    assert (row["weekday"], row["is_weekend"], row["is_holiday"]) == (7, True, False)


def test_iso_week_at_new_year_belongs_to_the_next_iso_year(empty: sa.Engine) -> None:
    upgrade(empty)

    row = day(empty, date(2024, 12, 30))
    assert (row["year"], row["iso_year"], row["iso_week"]) == (2024, 2025, 1)


def test_upgrading_twice_changes_nothing(empty: sa.Engine) -> None:
    upgrade(empty)
    before = {table: table_checksum(empty, table) for table in ("sections", "dim_date")}

    upgrade(empty)

    assert current_revision(empty) == HEAD
    assert {table: table_checksum(empty, table) for table in ("sections", "dim_date")} == before


def test_downgrade_removes_every_table(empty: sa.Engine) -> None:
    upgrade(empty)

    downgrade(empty)

    assert tables(empty) == set()
    assert current_revision(empty) is None


def test_upgrade_after_downgrade_builds_the_warehouse_again(empty: sa.Engine) -> None:
    upgrade(empty)
    downgrade(empty)

    upgrade(empty)

    assert tables(empty) == head_tables(empty)
    assert day(empty, date(2025, 10, 3))["holiday_name"] == "개천절"
