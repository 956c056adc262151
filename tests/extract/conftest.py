"""Fixtures of the extraction tests: the shared folder's real labelled pages, read in place."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from testkit import DEMO_NOW, shared_path


@pytest.fixture(scope="session")
def demo_now() -> datetime:
    """The demosite clock the ``demosite`` fixture serves with."""
    return DEMO_NOW


@pytest.fixture(scope="module")
def real_labels() -> dict[str, Any]:
    """``labels.json`` of the real pages (skips where the shared folder is absent)."""
    path = shared_path("fixtures", "real", "labels.json")
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.fixture()
def real_page() -> Callable[[str], bytes]:
    """The bytes of one real page, as committed where it was found."""

    def read(name: str) -> bytes:
        return shared_path("fixtures", "real", name).read_bytes()

    return read
