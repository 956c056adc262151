"""Run folders under NEWSFLOW_DATA_URI: stages on different machines share nothing but it.

The proof of the distributed case: every step of one window in a process of its own, each with
a private NEWSFLOW_DATA_DIR (its "local disk") and one shared NEWSFLOW_DATA_URI, loads the
same warehouse as one ``run_window``. An fsspec ``memory://`` base shows that nothing assumes
the data URI is a local folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from datetime import date
from pathlib import Path

import pytest

from etl.config import get_settings
from etl.demo import compare_with_oracle
from etl.pipeline import COUNTS, RunContext, run_window
from etl.sources import load_source
from etl.storage import RunStore, data_uri
from etl.warehouse.engine import make_engine
from etl.warehouse.load import table_checksum
from etl.warehouse.runs import get_run
from etl.window import Window

REPO = Path(__file__).resolve().parents[2]
DAY = date(2025, 4, 8)
STEPS = ("crawl", "clean", "dedup", "quality", "load")
# Loaded by different runs: first-seen bookkeeping differs, the content must not.
TABLES = {"articles": ("first_seen_at", "first_run_id"), "article_sections": ()}


def checksums(url: str) -> dict[str, str]:
    engine = make_engine(url)
    try:
        return {t: table_checksum(engine, t, leave_out=cols) for t, cols in TABLES.items()}
    finally:
        engine.dispose()


def in_own_process(env: dict[str, str], data_dir: Path, *args: str) -> dict[str, str]:
    """Run one step (``stage_process.py``) with its own data dir; the context it printed."""
    done = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("stage_process.py")), *args],
        env={**env, "NEWSFLOW_DATA_DIR": str(data_dir)},
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, f"{args[0]}:\n{done.stderr[-3000:]}"
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def test_the_default_data_uri_is_the_data_dir_and_nothing_moves(settings_env: Path) -> None:
    store = RunStore("demo-daily_2025-04-08_x")
    assert data_uri() == (settings_env / "data").resolve().as_uri()
    assert store.uri == f"{data_uri()}/runs/demo-daily_2025-04-08_x"
    assert store.is_local
    assert store.local == (settings_env / "data" / "runs" / "demo-daily_2025-04-08_x").resolve()


@pytest.mark.slow
@pytest.mark.postgres
def test_each_stage_in_its_own_process_with_a_private_disk_loads_what_one_run_loads(
    demosite_env: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = demosite_env / "shared"
    reference_url = f"sqlite:///{demosite_env / 'reference.db'}"
    monkeypatch.setenv("NEWSFLOW_WAREHOUSE_URL", reference_url)
    get_settings.cache_clear()
    reference = run_window("demo-daily", Window.day(DAY))

    env = {
        **os.environ,
        "NEWSFLOW_WAREHOUSE_URL": pg_url,
        "NEWSFLOW_DATA_URI": shared.as_uri(),
        "PYTHONPATH": str(REPO),
    }
    disks = {step: demosite_env / f"disk-{step}" for step in ("begin", *STEPS)}
    ctx = in_own_process(env, disks["begin"], "begin", "demo-daily", DAY.isoformat())
    for step in STEPS:
        assert in_own_process(env, disks[step], step, json.dumps(ctx)) == ctx

    assert checksums(pg_url) == checksums(reference_url)
    diff = compare_with_oracle(make_engine(pg_url), load_source("demo-daily"), DAY)
    assert diff.ok, diff.describe()
    assert diff.expected == reference.counts["inserted"]
    row = get_run(make_engine(pg_url), ctx["run_id"])
    assert row is not None and row["status"] == "success"
    assert row["counts"]["inserted"] == reference.counts["inserted"]
    stored = shared / "runs" / ctx["run_id"]
    assert ctx["run_uri"] == stored.as_uri()
    for name in ("raw/items.jsonl", "raw/responses.warc.gz", "cleaned.jsonl", "deduped.jsonl"):
        assert (stored / name).is_file(), name
    assert json.loads((stored / COUNTS).read_text(encoding="utf-8")) == row["counts"]
    # Each private disk holds only what its step fetched or wrote: the load never saw raw/.
    assert not (disks["load"] / "runs" / ctx["run_id"] / "raw").exists()
    assert not (disks["clean"] / "runs" / ctx["run_id"] / "deduped.jsonl").exists()


def test_a_memory_data_uri_holds_every_stage_output(
    demosite_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fsspec

    base = f"memory://newsflow-{uuid.uuid4().hex[:8]}"
    monkeypatch.setenv("NEWSFLOW_DATA_URI", base)
    get_settings.cache_clear()
    summary = run_window("demo-daily", Window.day(DAY))

    fs = fsspec.filesystem("memory")
    root = f"{base.removeprefix('memory://')}/runs/{summary.run_id}"
    valid = fs.cat_file(f"{root}/valid.jsonl").decode("utf-8").splitlines()
    assert len(valid) == summary.counts["inserted"] > 0
    assert json.loads(fs.cat_file(f"{root}/{COUNTS}")) == summary.counts
    quality = json.loads(fs.cat_file(f"{root}/quality.json"))
    assert quality["docs_path"].startswith(f"{base}/runs/{summary.run_id}/quality/")
    assert fs.exists(quality["docs_path"].removeprefix("memory://"))

    # A failure callback on a machine that ran no stage of the run still reads its counts.
    ctx = RunContext(
        summary.run_id,
        "demo-daily",
        Window.day(DAY).start.isoformat(),
        Window.day(DAY).end.isoformat(),
        f"{base}/runs/{summary.run_id}",
    )
    (ctx.path / COUNTS).unlink()
    assert ctx.counts() == summary.counts
