"""Dedup fixtures: private warehouses at head on PostgreSQL and SQLite.

Warehouses are cloned from a template migrated once per session (PostgreSQL: ``CREATE
DATABASE … TEMPLATE``; SQLite: a file copy). The repository root goes on ``sys.path`` so that
the oracle evaluation can use ``bench.dedup_bench``, whose figures the tests hold to.
"""

from __future__ import annotations

import shutil
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa
from dedup_cases import BACKENDS

from etl.warehouse.engine import make_engine, upgrade

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


@pytest.fixture(scope="session")
def pg_template(pg_admin: sa.Engine) -> Iterator[str]:
    """Name of a PostgreSQL database at head, for cloning (no connection left on it)."""
    name = f"newsflow_dedup_tpl_{uuid.uuid4().hex[:8]}"
    with pg_admin.connect() as conn:
        conn.execute(sa.text(f'create database "{name}"'))
    upgrade(pg_admin.url.set(database=name).render_as_string(hide_password=False))
    yield name
    with pg_admin.connect() as conn:
        conn.execute(sa.text(f'drop database if exists "{name}" with (force)'))


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dedup-template") / "warehouse.db"
    upgrade(f"sqlite:///{path}")
    return path


@contextmanager
def _clone(admin: sa.Engine, template: str) -> Iterator[sa.Engine]:
    """A PostgreSQL database cloned from ``template``, dropped afterwards."""
    name = f"newsflow_dedup_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(sa.text(f'create database "{name}" template "{template}"'))
    engine = make_engine(admin.url.set(database=name).render_as_string(hide_password=False))
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(sa.text(f'drop database if exists "{name}" with (force)'))


@pytest.fixture(params=BACKENDS)
def warehouse(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sa.Engine]:
    """A private, empty warehouse at head (sections and calendar seeded)."""
    if request.param == "postgresql":
        admin: sa.Engine = request.getfixturevalue("pg_admin")
        with _clone(admin, request.getfixturevalue("pg_template")) as engine:
            yield engine
        return
    path = tmp_path / "warehouse.db"
    shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
    engine = make_engine(f"sqlite:///{path}")
    yield engine
    engine.dispose()


@pytest.fixture()
def pg_warehouse(pg_admin: sa.Engine, pg_template: str) -> Iterator[sa.Engine]:
    """A private PostgreSQL warehouse at head, for behaviour only PostgreSQL has."""
    with _clone(pg_admin, pg_template) as engine:
        yield engine
