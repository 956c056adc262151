"""Warehouse fixtures: every test gets its own database, on PostgreSQL and on SQLite.

Migrated warehouses are cloned from a template migrated once per session (PostgreSQL:
``CREATE DATABASE … TEMPLATE``; SQLite: a file copy), so tests never see each other's rows
and cost milliseconds rather than a migration each.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from warehouse_cases import BACKENDS, RUN_1, RUN_2, RUN_3, SOURCE, WINDOW, PostgresDatabases

from etl.warehouse.engine import make_engine, upgrade
from etl.warehouse.runs import start_run


@pytest.fixture(scope="session")
def pg_databases(pg_server_url: str) -> Iterator[PostgresDatabases]:
    databases = PostgresDatabases(pg_server_url)
    yield databases
    databases.dispose()


@pytest.fixture(scope="session")
def pg_template(pg_databases: PostgresDatabases) -> Iterator[str]:
    """Name of a PostgreSQL database migrated to head (no connections left open on it)."""
    url = pg_databases.create()
    upgrade(url)
    yield str(sa.make_url(url).database)
    pg_databases.drop(url)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite warehouse file migrated to head (checkpointed: no WAL beside it)."""
    path = tmp_path_factory.mktemp("warehouse-template") / "warehouse.db"
    upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture(params=BACKENDS)
def empty_url(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[str]:  # a database without any warehouse table
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'warehouse.db'}"
        return
    databases: PostgresDatabases = request.getfixturevalue("pg_databases")
    url = databases.create()
    yield url
    databases.drop(url)


@pytest.fixture(params=BACKENDS)
def warehouse_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A private warehouse at head, sections and dim_date seeded, nothing loaded."""
    if request.param == "sqlite":
        path = tmp_path / "warehouse.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    databases: PostgresDatabases = request.getfixturevalue("pg_databases")
    url = databases.create(template=request.getfixturevalue("pg_template"))
    yield url
    databases.drop(url)


@pytest.fixture()
def engine(warehouse_url: str) -> Iterator[sa.Engine]:
    engine = make_engine(warehouse_url)
    yield engine
    engine.dispose()


@pytest.fixture()
def started(engine: sa.Engine) -> sa.Engine:
    """``engine`` with runs RUN_1, RUN_2 and RUN_3 of SOURCE started."""
    for run_id in (RUN_1, RUN_2, RUN_3):
        start_run(engine, run_id=run_id, source=SOURCE, window=WINDOW)
    return engine


@pytest.fixture()
def pg_engine(pg_databases: PostgresDatabases, pg_template: str) -> Iterator[sa.Engine]:
    """A private PostgreSQL warehouse at head, for behaviour only PostgreSQL has."""
    url = pg_databases.create(template=pg_template)
    engine = make_engine(url)
    yield engine
    engine.dispose()
    pg_databases.drop(url)
