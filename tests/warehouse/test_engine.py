"""make_engine: which driver, and what a SQLite warehouse is set up with."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from etl.errors import ConfigError
from etl.warehouse.engine import make_engine


def pragma(engine: sa.Engine, name: str) -> object:
    with engine.connect() as conn:
        return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_sqlite_warehouse_gets_its_directory_created(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'a' / 'b' / 'warehouse.db'}")

    assert (tmp_path / "a" / "b").is_dir()
    engine.dispose()


def test_sqlite_warehouse_enforces_foreign_keys(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'warehouse.db'}")

    assert pragma(engine, "foreign_keys") == 1
    engine.dispose()


def test_sqlite_warehouse_uses_write_ahead_logging(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'warehouse.db'}")

    assert pragma(engine, "journal_mode") == "wal"
    engine.dispose()


def test_sqlite_transactions_cover_ddl_too(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'warehouse.db'}")
    with engine.connect() as conn:
        conn.exec_driver_sql("create table t (x integer)")
        conn.rollback()

    assert sa.inspect(engine).get_table_names() == []
    engine.dispose()


def test_a_bare_postgresql_url_means_psycopg2() -> None:
    engine = make_engine("postgresql://warehouse@db.example:5432/news")

    assert engine.url.drivername == "postgresql+psycopg2"
    engine.dispose()


def test_an_unsupported_database_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unsupported driver mysql"):
        make_engine("mysql://warehouse@db.example/news")


def test_a_malformed_url_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="is not a database URL"):
        make_engine("not a url")


def test_the_default_url_comes_from_the_settings(settings_env: Path) -> None:
    engine = make_engine()

    assert engine.url.database == str(settings_env / "warehouse.db")
    engine.dispose()
