"""Path traversal: names that would put files outside the data dir are refused up front.

Source codes and run ids become folder names under the data dir (and the data URI); a run
context travels between tasks as an XCom, i.e. as data. Each scenario hands the pipeline a
name or a context that tries to escape, and checks the specific error and that nothing was
written: no folder outside (nor inside) the data dir, no warehouse file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reliability_kit import scenario

from etl.config import get_settings
from etl.errors import ConfigError
from etl.pipeline import RunContext, begin_run, run_stage
from etl.reparse import ReparseError, run_raw_dir
from etl.report.data import run_dir
from etl.storage import RunStore, UnsafePathError
from etl.window import Window

WINDOW = Window.day(date(2025, 4, 8))
ESCAPES = ["../outside", "..", ".", "", "a/b", "/tmp-abs", "a\\b", "a\x00b", ".hidden"]


def written(root: Path) -> list[Path]:
    """Every file or folder under ``root`` (the test's whole scratch folder)."""
    return sorted(p for p in root.rglob("*") if p.name != "sources")


@pytest.mark.parametrize("code", ESCAPES)
@scenario(
    "path-source-code",
    area="Security",
    outcome="refused",
    what="a run of a source code that escapes the data dir (`..`, `/`, absolute, NUL, `\\`, empty)",
    asserts="UnsafePathError naming the source code; no file, folder or warehouse written",
)
def test_begin_run_refuses_a_source_code_that_is_not_a_plain_name(
    settings_env: Path, code: str
) -> None:
    before = written(settings_env)
    with pytest.raises(UnsafePathError, match="source code"):
        begin_run(code, WINDOW)
    assert written(settings_env) == before
    assert not (settings_env / "warehouse.db").exists()


@pytest.mark.parametrize("run_id", ESCAPES)
@scenario(
    "path-run-id",
    area="Security",
    outcome="refused",
    what="a run id that escapes the data dir (`..`, `/`, absolute, NUL, `\\`, empty)",
    asserts="UnsafePathError naming the run id, before the source is read or anything written",
)
def test_begin_run_refuses_a_run_id_that_is_not_a_plain_name(
    settings_env: Path, run_id: str
) -> None:
    before = written(settings_env)
    with pytest.raises(UnsafePathError, match="run id"):
        begin_run("demo-daily", WINDOW, run_id=run_id)
    assert written(settings_env) == before
    assert not (settings_env / "warehouse.db").exists()


@scenario(
    "path-tampered-context",
    area="Security",
    outcome="refused",
    what="a task's run context (XCom) with a climbing run id or a run folder elsewhere",
    asserts="UnsafePathError before the stage reads or writes; the named place stays empty",
)
def test_a_stage_refuses_a_context_that_points_outside_the_data_uri(settings_env: Path) -> None:
    elsewhere = settings_env / "elsewhere"
    good = {
        "run_id": "demo-daily_2025-04-08_20250410T000000000000Z",
        "source": "demo-daily",
        "window_start": WINDOW.start.isoformat(),
        "window_end": WINDOW.end.isoformat(),
        "run_uri": f"{elsewhere.as_uri()}/runs/demo-daily_2025-04-08_20250410T000000000000Z",
    }
    with pytest.raises(UnsafePathError, match="run id"):
        RunContext.from_dict(good | {"run_id": "../../elsewhere"})
    with pytest.raises(UnsafePathError, match="not under this process's data URI"):
        run_stage("clean", good)
    assert not elsewhere.exists()
    assert not (settings_env / "data").exists()
    assert not (settings_env / "warehouse.db").exists()


@scenario(
    "path-report-reparse",
    area="Security",
    outcome="refused",
    what="`newsflow report`/`reparse` of a run id that climbs out of `runs/`",
    asserts="UnsafePathError / ReparseError naming the run id; nothing read or written outside",
)
def test_report_and_reparse_refuse_a_run_id_that_climbs(settings_env: Path) -> None:
    with pytest.raises(UnsafePathError, match="run id"):
        run_dir("../../etc")
    with pytest.raises(ReparseError, match="not a plain name"):
        run_raw_dir("../runs")
    with pytest.raises(UnsafePathError, match="run id"):
        RunStore("..")
    assert not (settings_env / "data").exists()


@pytest.mark.parametrize("uri", ["no-scheme/path", "file://", "s3://bucket/../other"])
@scenario(
    "path-data-uri",
    area="Security",
    outcome="refused",
    what="NEWSFLOW_DATA_URI without a scheme, without a path, or with `..` segments",
    asserts="ConfigError naming NEWSFLOW_DATA_URI before any run starts",
)
def test_a_data_uri_that_is_not_an_absolute_uri_is_refused(
    settings_env: Path, monkeypatch: pytest.MonkeyPatch, uri: str
) -> None:
    monkeypatch.setenv("NEWSFLOW_DATA_URI", uri)
    get_settings.cache_clear()
    with pytest.raises(ConfigError, match="NEWSFLOW_DATA_URI"):
        begin_run("demo-daily", WINDOW)
    assert not (settings_env / "data").exists()
    assert not (settings_env / "warehouse.db").exists()
