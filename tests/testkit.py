"""Helpers every test folder shares: private PostgreSQL databases, NEWSFLOW_ settings in-process.

Import it as ``from testkit import ...`` from any folder under ``tests/``: pytest puts
``tests/`` on ``sys.path`` because the root ``conftest.py`` lives there (there is no
``tests/__init__.py``). The bare name ``conftest`` is no way to share code, since several test
folders have a conftest.py of their own and the name means whichever was imported last.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from etl.config import get_settings
from etl.window import KST

REPO = Path(__file__).resolve().parent.parent
# The workplace's shared folder, beside the repository (seed dumps, real labelled pages).
SHARED = REPO.parent / "shared"

# The fixed "now" of the demosite in tests: days before it are complete and stable.
DEMO_NOW = datetime(2025, 4, 10, 9, 0, tzinfo=KST)


@contextmanager
def private_database(admin: sa.Engine, label: str = "") -> Iterator[str]:
    """A fresh, empty PostgreSQL database on ``admin``'s server; yields its URL.

    The name is unique to this process and call (``newsflow_test_<pid>_<random>_<label>``), so
    parallel workers and tests never share a database; ``label`` only tells what it serves
    (``airflow``, ``warehouse``, ``clean``...). ``admin`` must be an AUTOCOMMIT engine on a
    maintenance database (CREATE/DROP DATABASE cannot run inside a transaction). On exit the
    sessions still connected to it (engines a test did not dispose of, killed processes) are
    terminated first, then it is dropped: nothing is left behind on the server.
    """
    if not re.fullmatch(r"[a-z0-9_]*", label):
        raise ValueError(f"database label {label!r}: lowercase letters, digits and _ only")
    name = f"newsflow_test_{os.getpid()}_{uuid.uuid4().hex[:8]}" + (f"_{label}" if label else "")
    with admin.connect() as conn:
        conn.execute(sa.text(f'create database "{name}"'))
    try:
        yield admin.url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(
                sa.text(
                    "select pg_terminate_backend(pid) from pg_stat_activity where datname = :n"
                ),
                {"n": name},
            )
            conn.execute(sa.text(f'drop database if exists "{name}"'))


@contextmanager
def settings_applied(env: dict[str, str], unset: tuple[str, ...] = ()) -> Iterator[dict[str, str]]:
    """``env`` set (and ``unset`` removed) in this process's environment for a block.

    For in-process pipeline runs, also from module- or session-scoped fixtures, where the
    ``monkeypatch`` fixture is not available. The cached settings are dropped on entry and
    again once every variable is back as it was (also one a task changed meanwhile, like the
    warehouse URL taken from an Airflow Connection), so no later test reads stale settings.
    """
    try:
        with pytest.MonkeyPatch.context() as patch:
            for name, value in env.items():
                patch.setenv(name, value)
            for name in unset:
                patch.delenv(name, raising=False)
            get_settings.cache_clear()
            yield env
    finally:
        get_settings.cache_clear()


def shared_path(*parts: str) -> Path:
    """A file of the workplace's shared folder; skips (with the reason) where it is absent.

    In CI the folder is always beside the repository, so there a missing file fails the test.
    """
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing: CI runs with the shared folder beside the repo")
        pytest.skip(f"{path} is not present outside the development workplace")
    return path
