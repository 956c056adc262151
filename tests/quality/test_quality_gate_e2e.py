"""End to end: a batch the gate fails is not loaded, and loads once the cause is fixed.

The demosite is crawled with demo-daily's profile from a private sources folder whose lead
selector points at nothing (what a site redesign does to a profile): every item arrives
without its lead. Then the profile is fixed and the same window re-run.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from etl.config import get_settings
from etl.demo import compare_with_oracle
from etl.errors import QualityGateFailed
from etl.pipeline import DEDUPED, QUARANTINE, run_window
from etl.records import read_jsonl
from etl.sources import load_source
from etl.warehouse.engine import make_engine
from etl.warehouse.load import table_checksum
from etl.warehouse.runs import last_runs
from etl.warehouse.schema import quarantine
from etl.window import Window

REPO = Path(__file__).resolve().parents[2]
DAY = date(2025, 4, 8)
LEAD = 'lead = "p.lead"'
NO_LEAD = 'lead = "p.lead-that-is-gone"'
ARTICLE_TABLES = ("articles", "article_sections", "article_versions")


@pytest.fixture(params=["postgresql", "sqlite"])
def profile_file(
    request: pytest.FixtureRequest, demosite_env: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """demo-daily's profile in a private sources folder, on a fresh warehouse of either kind."""
    if request.param == "postgresql":
        monkeypatch.setenv("NEWSFLOW_WAREHOUSE_URL", request.getfixturevalue("pg_url"))
    folder = demosite_env / "sources"
    folder.mkdir()
    path = folder / "demo-daily.toml"
    text = (REPO / "sources" / "demo-daily.toml").read_text(encoding="utf-8")
    assert LEAD in text
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv("NEWSFLOW_SOURCES_DIR", str(folder))
    get_settings.cache_clear()
    yield path


def replace_in(path: Path, old: str, new: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def checksums(engine: sa.Engine) -> dict[str, str]:
    return {table: table_checksum(engine, table) for table in ARTICLE_TABLES}


def test_failed_batch_leaves_articles_untouched_and_loads_after_the_fix(
    profile_file: Path,
) -> None:
    engine = make_engine()
    day_before = run_window("demo-daily", Window.day(date(2025, 4, 7)))
    assert day_before.counts["inserted"] > 0
    before = checksums(engine)

    replace_in(profile_file, LEAD, NO_LEAD)
    with pytest.raises(QualityGateFailed) as raised:
        run_window("demo-daily", Window.day(DAY))

    failed = last_runs(engine, limit=1, source="demo-daily")[0]
    n = failed["counts"]["validated"]
    assert n > 20
    assert str(raised.value) == (
        "quality gate failed for demo-daily 2025-04-08: "
        f"quarantine_share: fail: {n} of {n} items quarantined (100.0%; fail above 50.0%); "
        f"top reasons: summary_not_null {n}; "
        f"completeness_summary: fail: summary present in 0 of {n} items "
        "(0.0%; fail below 90.0%)"
    )
    assert (failed["status"], failed["quality_verdict"]) == ("quality_failed", "fail")
    assert checksums(engine) == before
    with engine.connect() as conn:
        reasons = conn.execute(
            sa.select(quarantine.c.reasons).where(quarantine.c.run_id == failed["run_id"])
        ).scalars()
        assert list(reasons) == [["summary_not_null"]] * n
    # The batch is kept for a re-run of its stages.
    run_dir = get_settings().data_dir.resolve() / "runs" / failed["run_id"]
    assert len(list(read_jsonl(run_dir / DEDUPED))) == n
    assert len(list(read_jsonl(run_dir / QUARANTINE))) == n

    replace_in(profile_file, NO_LEAD, LEAD)
    fixed = run_window("demo-daily", Window.day(DAY))

    assert fixed.counts["quality_verdict"] == "pass"
    assert fixed.counts["inserted"] == n
    diff = compare_with_oracle(engine, load_source("demo-daily"), DAY)
    assert diff.ok, diff.describe()


def test_cli_run_exits_non_zero_naming_the_failed_check(
    profile_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from etl.cli import main

    replace_in(profile_file, LEAD, NO_LEAD)

    with pytest.raises(SystemExit) as exited:
        main(["run", "--source", "demo-daily", "--date", "2025-04-08"])

    assert exited.value.code == 1
    err = " ".join(capsys.readouterr().err.split())
    assert "error: quality gate failed for demo-daily 2025-04-08: quarantine_share: fail:" in err
    assert "hint: the batch is kept in " in err
