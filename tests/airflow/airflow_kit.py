"""Helpers of the Airflow tests: private databases, source folders, pipeline settings."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa

from etl.config import get_settings

REPO = Path(__file__).resolve().parents[2]


@contextmanager
def private_database(admin: sa.Engine, role: str) -> Iterator[str]:
    """A fresh PostgreSQL database (URL) for ``role``, dropped on exit with its sessions."""
    name = f"newsflow_test_{os.getpid()}_{uuid.uuid4().hex[:8]}_{role}"
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


def copy_source(sources_dir: Path, code: str, *, as_code: str | None = None, **edits: str) -> Path:
    """Copy ``sources/<code>.toml`` into ``sources_dir`` (as ``as_code``), changing lines.

    ``edits`` maps the key of a line (e.g. ``lead``, its first occurrence) to its new value.
    """
    lines = (REPO / "sources" / f"{code}.toml").read_text(encoding="utf-8").splitlines()
    if as_code is not None:
        edits = {"code": json.dumps(as_code), **edits}
    for key, value in edits.items():
        found = [i for i, line in enumerate(lines) if line.split("=")[0].strip() == key]
        assert found, f"{code}.toml has no line {key} = …"
        lines[found[0]] = f"{key} = {value}"
    sources_dir.mkdir(parents=True, exist_ok=True)
    target = sources_dir / f"{as_code or code}.toml"
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def pipeline_settings(
    demosite, warehouse_url: str, data_dir: Path, sources_dir: Path
) -> dict[str, str]:
    """The NEWSFLOW_ environment of a run against the running demosite."""
    return {
        "NEWSFLOW_WAREHOUSE_URL": warehouse_url,
        "NEWSFLOW_DATA_DIR": str(data_dir),
        "NEWSFLOW_SOURCES_DIR": str(sources_dir),
        "NEWSFLOW_DEMOSITE_URLS": json.dumps(demosite.urls),
        "NEWSFLOW_CRAWL_FAST": "1",
    }


@contextmanager
def settings_applied(env: dict[str, str]) -> Iterator[dict[str, str]]:
    """``env`` in this process until exit; then every variable as it was (also one a task
    changed, like the warehouse URL taken from a Connection)."""
    with pytest.MonkeyPatch.context() as patch:
        for name, value in env.items():
            patch.setenv(name, value)
        get_settings.cache_clear()
        try:
            yield env
        finally:
            get_settings.cache_clear()
