"""Fixtures of the extraction tests: the shared folder's real labelled pages, read in place."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest


def _root_conftest() -> ModuleType:
    # tests/conftest.py, loaded by file: every test folder has a conftest.py, so the bare
    # module name "conftest" means whichever of them was imported last.
    spec = importlib.util.spec_from_file_location(
        "newsflow_tests_root_conftest", Path(__file__).resolve().parent.parent / "conftest.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_ROOT = _root_conftest()
shared_path: Callable[..., Path] = _ROOT.shared_path


@pytest.fixture(scope="session")
def demo_now() -> datetime:
    """The demosite clock the ``demosite`` fixture serves with."""
    return _ROOT.DEMO_NOW  # type: ignore[no-any-return]


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
