"""docs/data-dictionary.md and docs/dbt/sources.yml are what a warehouse at head says."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa
import yaml

from etl.warehouse.comments import declared_comments
from etl.warehouse.dbt import write_dbt_sources
from etl.warehouse.dictionary import write_data_dictionary
from etl.warehouse.engine import make_engine

DOCS = Path(__file__).resolve().parents[2] / "docs"
REGENERATE = "regenerate: python -m etl.warehouse.dictionary <postgresql URL at head> docs"


@pytest.mark.postgres
def test_the_committed_data_dictionary_matches_the_database(
    pg_engine: sa.Engine, tmp_path: Path
) -> None:
    written = write_data_dictionary(pg_engine, tmp_path / "data-dictionary.md")

    committed = (DOCS / "data-dictionary.md").read_text(encoding="utf-8")
    assert written.read_text(encoding="utf-8") == committed, REGENERATE


@pytest.mark.postgres
def test_the_committed_dbt_sources_match_the_database(pg_engine: sa.Engine, tmp_path: Path) -> None:
    written = write_dbt_sources(pg_engine, tmp_path / "sources.yml")

    committed = (DOCS / "dbt" / "sources.yml").read_text(encoding="utf-8")
    assert written.read_text(encoding="utf-8") == committed, REGENERATE


def source_tables() -> dict[str, dict[str, object]]:
    document = yaml.safe_load((DOCS / "dbt" / "sources.yml").read_text(encoding="utf-8"))
    [source] = document["sources"]
    assert (source["name"], source["schema"]) == ("newsflow", "news")
    return {table["name"]: table for table in source["tables"]}


def column(table: str, name: str) -> dict[str, object]:
    columns = source_tables()[table]["columns"]
    assert isinstance(columns, list)
    return next(c for c in columns if c["name"] == name)


def test_dbt_tests_a_single_column_primary_key_for_unique_and_not_null() -> None:
    assert column("articles", "article_id")["data_tests"] == ["not_null", "unique"]


def test_dbt_tests_a_foreign_key_as_a_relationship_to_its_source_table() -> None:
    assert column("articles", "source_code")["data_tests"] == [
        "not_null",
        {"relationships": {"arguments": {"to": "source('newsflow', 'sources')", "field": "code"}}},
    ]


def test_dbt_leaves_a_nullable_column_without_tests() -> None:
    assert "data_tests" not in column("articles", "summary")


def test_dbt_describes_every_table_and_view_with_its_comment() -> None:
    tables = source_tables()
    declared = declared_comments()

    assert {name: table["description"] for name, table in tables.items()} == {
        name: text for (name, col), text in declared.items() if col is None
    }


def test_on_sqlite_the_dictionary_takes_the_declared_descriptions(
    sqlite_template: Path, tmp_path: Path
) -> None:
    shutil.copyfile(sqlite_template, tmp_path / "warehouse.db")
    engine = make_engine(f"sqlite:///{tmp_path / 'warehouse.db'}")
    written = write_data_dictionary(engine, tmp_path / "data-dictionary.md")
    engine.dispose()

    text = written.read_text(encoding="utf-8")
    assert "Read from a SQLite warehouse at migration revision `0004`." in text
    assert "| `url_hash` | `varchar(64)` | no |  | SHA-1 (hex) of url; with source_code" in text
