"""Helpers the crawl tests share: the crawl environment for a block, one crawled day.

Import it as ``from crawlkit import ...``, like ``testkit``: it lives in ``tests/``, which
pytest puts on ``sys.path`` (the root ``conftest.py`` is there and there is no
``tests/__init__.py``), so the name means this file from any test folder and in any collection
order. The fixtures built on it stay in ``tests/crawl/conftest.py``; the demosite clock is
``testkit.DEMO_NOW``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from testkit import REPO

from demosite.oracle import OracleArticle
from etl.config import get_settings
from etl.crawl import CrawlResult
from etl.records import RawItem

# Loopback pages of the static site are refused to non-demosite profiles unless allowed.
ALLOW_LOOPBACK = {"NEWSFLOW_ALLOW_PRIVATE_ADDRESSES": "True"}


@contextmanager
def crawl_environment(urls: Mapping[str, str], home: Path) -> Iterator[Path]:
    """NEWSFLOW_* pointing at ``home`` and the demosite outlets ``urls``, for a block.

    What the ``demosite_env`` fixture gives one test, for module-scoped fixtures and tests
    that run their own demosite: crawl_fast, the repository's source profiles, and the
    cached settings dropped on entry and exit.
    """
    with pytest.MonkeyPatch.context() as env:
        env.setenv("NEWSFLOW_DATA_DIR", str(home / "data"))
        env.setenv("NEWSFLOW_SOURCES_DIR", str(REPO / "sources"))
        env.setenv("NEWSFLOW_CRAWL_FAST", "1")
        env.setenv("NEWSFLOW_DEMOSITE_URLS", json.dumps(dict(urls)))
        get_settings.cache_clear()
        try:
            yield home
        finally:
            get_settings.cache_clear()


@dataclass(frozen=True)
class DailyCrawl:
    """One day of demo-daily, crawled, with what the oracle says was published that day."""

    day: date
    result: CrawlResult
    items: list[RawItem]
    oracle: list[OracleArticle]
