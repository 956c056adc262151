"""Fixtures of the operator-experience tests (progress, backfill, reports, status, doctor)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from etl.config import get_settings

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture()
def own_sources(settings_env: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A sources folder holding only the demo-daily profile (other outlets may come and go)."""
    folder = settings_env / "sources"
    folder.mkdir()
    shutil.copy(REPO / "sources" / "demo-daily.toml", folder)
    monkeypatch.setenv("NEWSFLOW_SOURCES_DIR", str(folder))
    get_settings.cache_clear()
    return folder


@pytest.fixture()
def warehouse(settings_env: Path, own_sources: Path) -> Iterator[sa.Engine]:
    """The settings_env SQLite warehouse, migrated and empty; demo-daily the only source."""
    from etl.warehouse.engine import make_engine, upgrade

    engine = make_engine()
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture()
def demo_sqlite(demosite_env: Path) -> str:
    """demosite_env as it is: the demo network and a fresh SQLite warehouse."""
    return get_settings().warehouse_url


@pytest.fixture(params=["sqlite", "postgresql"])
def demo_warehouse(
    request: pytest.FixtureRequest, demosite_env: Path, monkeypatch: pytest.MonkeyPatch
) -> str:
    """demosite_env on a fresh SQLite file, then on a fresh PostgreSQL database (pg_url)."""
    if request.param == "postgresql":
        url = request.getfixturevalue("pg_url")
    else:
        url = f"sqlite:///{demosite_env / 'warehouse.db'}"
    monkeypatch.setenv("NEWSFLOW_WAREHOUSE_URL", url)
    get_settings.cache_clear()
    return str(url)
