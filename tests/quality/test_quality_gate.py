"""The gate in the pipeline: stage_quality and stage_load against a real warehouse.

Runs are prepared by hand (``begin_run`` plus a ``deduped.jsonl``), so each test says exactly
what reaches the gate; the same scenarios run on PostgreSQL and SQLite.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import sqlalchemy as sa
from quality_crafted import WINDOW

from etl.config import get_settings
from etl.errors import QualityGateFailed
from etl.pipeline import (
    DEDUPED,
    QUALITY,
    QUARANTINE,
    RunContext,
    begin_run,
    stage_load,
    stage_quality,
)
from etl.quality.show import render_quality
from etl.records import Article, write_jsonl
from etl.sources import load_source
from etl.warehouse.engine import make_engine
from etl.warehouse.errors import RunNotFoundError
from etl.warehouse.load import load_batch
from etl.warehouse.runs import get_run, start_run
from etl.warehouse.schema import articles as articles_table
from etl.warehouse.schema import quality_results, quarantine
from etl.window import Window

if TYPE_CHECKING:
    from quality_crafted import ArticleFactory, RawFactory

REPO = Path(__file__).resolve().parents[2]

NO_LEADS_MESSAGE = (
    "quality gate failed for demo-daily 2025-04-08: "
    "quarantine_share: fail: 3 of 3 items quarantined (100.0%; fail above 50.0%); "
    "top reasons: summary_not_null 3; "
    "completeness_summary: fail: summary present in 0 of 3 items (0.0%; fail below 90.0%)"
)


@pytest.fixture(params=["postgresql", "sqlite"])
def warehouse(
    request: pytest.FixtureRequest, settings_env: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[sa.Engine]:
    """A fresh warehouse of either kind, and demo-daily's profile in a private sources folder."""
    if request.param == "postgresql":
        monkeypatch.setenv("NEWSFLOW_WAREHOUSE_URL", request.getfixturevalue("pg_url"))
    sources = settings_env / "sources"
    sources.mkdir()
    (sources / "demo-daily.toml").write_text(
        (REPO / "sources" / "demo-daily.toml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    monkeypatch.setenv("NEWSFLOW_SOURCES_DIR", str(sources))
    get_settings.cache_clear()
    engine = make_engine()
    yield engine
    engine.dispose()


@pytest.fixture()
def article(make_article: ArticleFactory) -> ArticleFactory:
    """demo-daily follows its articles: a crafted article has a body too."""

    def make(n: int = 0, **changes: Any) -> Article:
        return make_article(n, **({"body": "본문 첫 문단.\n둘째 문단."} | changes))

    return make


def prepared_run(
    articles: list[Article],
    rejected: list[tuple[dict[str, Any], list[str]]] | None = None,
    window: Window = WINDOW,
) -> RunContext:
    """A started run whose clean and dedup stages produced ``articles`` (and ``rejected``)."""
    ctx = begin_run("demo-daily", window)
    write_jsonl(ctx.path / DEDUPED, articles)
    with (ctx.path / QUARANTINE).open("w", encoding="utf-8") as out:
        for record, reasons in rejected or []:
            out.write(json.dumps({"record": record, "reasons": reasons}, ensure_ascii=False) + "\n")
    items = len(articles) + len(rejected or [])
    ctx.add_counts({"items": items, "dedup_exact_merged": 0, "crawl": {"pages": 1}})
    return ctx


def count(engine: sa.Engine, table: sa.Table, **where: str) -> int:
    query = sa.select(sa.func.count()).select_from(table)
    for column, value in where.items():
        query = query.where(table.c[column] == value)
    with engine.connect() as conn:
        return int(conn.scalar(query) or 0)


def test_passing_batch_loads_with_every_check_result_stored(
    warehouse: sa.Engine, article: ArticleFactory
) -> None:
    ctx = prepared_run([article(n) for n in range(3)])

    assert stage_quality(ctx)["quality_verdict"] == "pass"
    assert stage_load(ctx)["inserted"] == 3

    quality = json.loads((ctx.path / QUALITY).read_text(encoding="utf-8"))
    with warehouse.connect() as conn:
        stored = conn.execute(
            sa.select(quality_results.c.check_name, quality_results.c.verdict)
            .where(quality_results.c.run_id == ctx.run_id)
            .order_by(quality_results.c.result_id)
        ).all()
    assert [tuple(row) for row in stored] == [
        (c["check_name"], c["verdict"]) for c in quality["checks"]
    ]
    assert len(stored) == 26  # 13 row checks, 13 batch outcomes (4 completeness fields)
    run = get_run(warehouse, ctx.run_id)
    assert run is not None
    assert (run["status"], run["quality_verdict"]) == ("success", "pass")
    assert run["report_path"] == str(ctx.path / "quality" / "data_docs" / "index.html")
    assert Path(run["report_path"]).is_file()


def test_failing_batch_stops_with_one_line_and_loads_no_article(
    warehouse: sa.Engine, article: ArticleFactory
) -> None:
    ctx = prepared_run([article(n, summary=None) for n in range(3)])

    with pytest.raises(QualityGateFailed) as raised:
        stage_quality(ctx)

    assert str(raised.value) == NO_LEADS_MESSAGE
    assert raised.value.hint == f"the batch is kept in {ctx.path}; fix the cause and re-run"
    assert count(warehouse, articles_table) == 0
    assert count(warehouse, quarantine, run_id=ctx.run_id) == 3
    run = get_run(warehouse, ctx.run_id)
    assert run is not None
    assert (run["status"], run["quality_verdict"], run["error"]) == (
        "quality_failed",
        "fail",
        NO_LEADS_MESSAGE,
    )
    with warehouse.connect() as conn:
        failing = conn.execute(
            sa.select(quality_results.c.check_name, quality_results.c.verdict)
            .where(quality_results.c.run_id == ctx.run_id, sa.not_(quality_results.c.success))
            .order_by(quality_results.c.result_id)
        ).all()
    assert [tuple(row) for row in failing] == [
        ("summary_not_null", None),
        ("quarantine_share", "fail"),
        ("completeness_summary", "fail"),
    ]


def test_load_refuses_a_batch_the_gate_failed(
    warehouse: sa.Engine, article: ArticleFactory
) -> None:
    ctx = prepared_run([article(n, summary=None) for n in range(3)])
    with pytest.raises(QualityGateFailed):
        stage_quality(ctx)

    with pytest.raises(QualityGateFailed) as raised:
        stage_load(ctx)

    assert str(raised.value) == NO_LEADS_MESSAGE
    assert count(warehouse, articles_table) == 0


def test_rerunning_the_quality_stage_keeps_one_copy_of_each_quarantined_row(
    warehouse: sa.Engine, article: ArticleFactory, make_raw: RawFactory
) -> None:
    rejected = [(make_raw(9, title=""), ["clean_failed: empty title"])]
    ctx = prepared_run(
        [article(n) for n in range(9)] + [article(9, title="<b>속보</b> 단독")], rejected
    )

    stage_quality(ctx)
    stage_quality(ctx)

    lines = (ctx.path / QUARANTINE).read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["reasons"] for line in lines] == [
        ["clean_failed: empty title"],
        ["title_without_markup"],
    ]
    assert stage_load(ctx)["quarantined"] == 2


def test_volume_is_judged_against_the_warehouse_history(
    warehouse: sa.Engine, article: ArticleFactory
) -> None:
    # A week of ten articles a day in the warehouse, then a day with a hundred.
    begin_run("demo-daily", WINDOW)  # creates the schema
    for back in range(1, 8):
        day = WINDOW.start - timedelta(days=back)
        run_id = f"demo-daily_history_{back}"
        start_run(warehouse, run_id=run_id, source="demo-daily", window=Window.day(day.date()))
        week = [
            article(back * 100 + n, published_at=day + timedelta(hours=9, minutes=n))
            for n in range(10)
        ]
        load_batch(
            warehouse,
            run_id=run_id,
            source=load_source("demo-daily"),
            articles=week,
            quarantined=[],
            seen_at=WINDOW.start,
        )
    spike = prepared_run([article(n) for n in range(100)])

    with pytest.raises(QualityGateFailed) as raised:
        stage_quality(spike)

    assert str(raised.value) == (
        "quality gate failed for demo-daily 2025-04-08: volume_vs_history: fail: 100 valid "
        "articles against a median of 10 a day over 7 days "
        "(10.00×; fail below 0.3×, warn above 3×, fail above 5×)"
    )


def test_quality_show_prints_failed_checks_and_quarantined_rows(
    warehouse: sa.Engine, article: ArticleFactory
) -> None:
    ctx = prepared_run([article(n, summary=None) for n in range(3)])
    with pytest.raises(QualityGateFailed):
        stage_quality(ctx)

    text = render_quality(warehouse, ctx.run_id, limit=2)

    docs = ctx.path / "quality" / "data_docs" / "index.html"
    url = "https://daily.demo.newsflow.test/news/articleView.html?idxno="
    assert text.splitlines() == [
        f"run {ctx.run_id}: demo-daily 2025-04-08, status quality_failed, quality verdict fail",
        f"error: {NO_LEADS_MESSAGE}",
        f"Data Docs: {docs}",
        "",
        "checks that did not pass (3):",
        "  FAIL  quarantine_share: fail: 3 of 3 items quarantined (100.0%; fail above 50.0%); "
        "top reasons: summary_not_null 3",
        "  FAIL  completeness_summary: fail: summary present in 0 of 3 items "
        "(0.0%; fail below 90.0%)",
        "  ROWS  summary_not_null: 3 of 3 rows fail",
        "",
        "quarantined rows (3):",
        f"  {url}1000  [summary_not_null]  한국은행, 기준금리 연 2.75% 동결 0",
        f"  {url}1001  [summary_not_null]  한국은행, 기준금리 연 2.75% 동결 1",
        "  … and 1 more",
    ]


def test_quality_show_of_an_unknown_run_says_so(warehouse: sa.Engine) -> None:
    begin_run("demo-daily", WINDOW)  # creates the schema

    with pytest.raises(RunNotFoundError) as raised:
        render_quality(warehouse, "demo-daily_2025-04-08_nope")

    assert str(raised.value) == "run demo-daily_2025-04-08_nope is not in the warehouse"
