"""Shared fixtures: a private PostgreSQL database per test run, the demosite on loopback.

PostgreSQL is required, not optional: when it is unreachable the tests that need it fail
with the reason (CI must not go green without the warehouse tests). Set
NEWSFLOW_TEST_PG_URL to point elsewhere than 127.0.0.1:5432/postgres.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from testkit import DEMO_NOW, REPO, private_database
from testkit import shared_path as shared_path  # re-exported; defined in testkit

from etl.config import get_settings

PG_ADMIN_URL = os.environ.get(
    "NEWSFLOW_TEST_PG_URL", "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres"
)


@pytest.fixture(scope="session")
def pg_admin() -> Iterator[sa.Engine]:
    """An AUTOCOMMIT engine on the test server's maintenance database; fails if unreachable."""
    admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(sa.text("select 1"))
    except sa.exc.OperationalError as err:
        pytest.fail(
            f"PostgreSQL is required but unreachable at {PG_ADMIN_URL}: {err.orig}",
            pytrace=False,
        )
    yield admin
    admin.dispose()


@pytest.fixture(scope="session")
def pg_server_url(pg_admin: sa.Engine) -> Iterator[str]:
    """A database shared by the whole run (created and dropped by it)."""
    with private_database(pg_admin) as url:
        yield url


@pytest.fixture()
def pg_url(pg_admin: sa.Engine) -> Iterator[str]:
    """A fresh, empty database for one test (created and dropped around it)."""
    with private_database(pg_admin) as url:
        yield url


@pytest.fixture()
def settings_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """Point every NEWSFLOW_ setting at a private temp folder; yields that folder."""
    monkeypatch.setenv("NEWSFLOW_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("NEWSFLOW_WAREHOUSE_URL", f"sqlite:///{tmp_path / 'warehouse.db'}")
    monkeypatch.setenv("NEWSFLOW_SOURCES_DIR", str(REPO / "sources"))
    monkeypatch.setenv("NEWSFLOW_CRAWL_FAST", "1")
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


@pytest.fixture(scope="session")
def demosite():  # type: ignore[no-untyped-def]
    """The whole demo network on loopback ports with its clock fixed at DEMO_NOW."""
    from demosite.server import serve_background

    site = serve_background(now=DEMO_NOW)
    try:
        yield site
    finally:
        site.stop()


@pytest.fixture()
def demosite_env(demosite, settings_env: Path, monkeypatch: pytest.MonkeyPatch) -> Path:  # type: ignore[no-untyped-def]
    """settings_env plus NEWSFLOW_DEMOSITE_URLS pointing at the running demosite."""
    import json

    monkeypatch.setenv("NEWSFLOW_DEMOSITE_URLS", json.dumps(demosite.urls))
    get_settings.cache_clear()
    return settings_env


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """In CI a skipped test is a failure: every test must really run there."""
    if not os.environ.get("CI"):
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = len(reporter.stats.get("skipped", [])) if reporter else 0
    if skipped and session.exitstatus == 0:
        print(f"\nCI: {skipped} test(s) skipped; every test must run in CI")
        session.exitstatus = 1
