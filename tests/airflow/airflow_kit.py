"""Helpers of the Airflow tests: source folders and pipeline settings.

Private databases and settings applied in-process come from the kit every test folder
shares (``testkit``); ``private_database`` is still importable from here for scripts that
put only this folder on ``sys.path``, like the Celery scale-out benchmark.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# pytest has tests/ on sys.path already (the root conftest.py's folder); a script does not.
TESTS = REPO / "tests"
if str(TESTS) not in sys.path:
    sys.path.append(str(TESTS))

from testkit import private_database as private_database  # noqa: E402 - re-exported


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
