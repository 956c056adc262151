"""Fixtures of the dump tests: the seed read in place, a test-only outlet, the warehouse.

The outlet is ``seed-daily``: the seed is a 최신기사 page of an economic daily whose items carry
no section labels and no article pages, and its profile says so.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from testkit import shared_path

from etl.config import get_settings
from etl.sources import SourceProfile

SEED_NAME = "000_7ddc362fe0bc7c1f.txt"
SEED_SOURCE = "seed-daily"
SEED_ORIGIN = "https://seed.newsflow.test"

PROFILE = f'''
code = "{SEED_SOURCE}"
name = "시드경제"
base_url = "{SEED_ORIGIN}"
canonical_base = "{SEED_ORIGIN}"
timezone = "Asia/Seoul"
language = "ko"
has_leads = true
follow_articles = false

[listing]
url = "{{base}}/news/latest?page={{page}}"
'''
# A listing without section labels is all "unclassified"; this outlet's gate expects that.
QUALITY = """
[quality]
unclassified_warn_above = 1.0
unclassified_fail_above = 1.0
"""


@pytest.fixture()
def seed() -> Path:
    """The seed dump in the shared folder (skipped where that folder is absent)."""
    return shared_path("seeds", SEED_NAME)


@pytest.fixture()
def sources_dir(settings_env: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """settings_env with NEWSFLOW_SOURCES_DIR holding only the ``seed-daily`` profile."""
    folder = settings_env / "sources"
    folder.mkdir()
    # A profile schema without the [quality] table has no such check to relax.
    text = PROFILE + (QUALITY if "quality" in SourceProfile.model_fields else "")
    (folder / f"{SEED_SOURCE}.toml").write_text(text, encoding="utf-8")
    monkeypatch.setenv("NEWSFLOW_SOURCES_DIR", str(folder))
    get_settings.cache_clear()
    return folder


@pytest.fixture(params=[pytest.param("postgresql", marks=pytest.mark.postgres), "sqlite"])
def warehouse(
    request: pytest.FixtureRequest, sources_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[sa.Engine]:
    """A fresh PostgreSQL database, then a fresh SQLite file, as NEWSFLOW_WAREHOUSE_URL."""
    from etl.warehouse.engine import make_engine

    if request.param == "postgresql":
        url = str(request.getfixturevalue("pg_url"))
    else:
        url = f"sqlite:///{sources_dir.parent / 'dump-warehouse.db'}"
    monkeypatch.setenv("NEWSFLOW_WAREHOUSE_URL", url)
    get_settings.cache_clear()
    engine = make_engine(url)
    yield engine
    engine.dispose()
