"""The run report: a 2-day demo backfill renders every chart, offline, with web text escaped."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import sqlalchemy as sa

from etl.backfill import backfill, plan_backfill, warehouse_engine
from etl.progress import LinesView
from etl.report.render import CHART_IDS
from etl.report.write import write_run_report
from etl.warehouse.runs import get_run
from etl.warehouse.schema import articles, quarantine

FIRST, LAST = date(2025, 4, 8), date(2025, 4, 9)
MALICIOUS = "<script>alert(1)</script>"


def _backfill() -> tuple[list, Path]:
    plan = plan_backfill(["demo-daily"], FIRST, LAST)
    outcomes, report = backfill(plan, LinesView(len(plan.jobs)))
    assert [(o.window.key, o.status) for o in outcomes] == [
        ("2025-04-08", "success"),
        ("2025-04-09", "success"),
    ], [o.failure_line() for o in outcomes]
    return outcomes, report


def test_backfill_report_has_every_chart(demo_warehouse):
    _, report = _backfill()
    html = report.read_text(encoding="utf-8")
    chart_ids = re.findall(r'<svg id="([^"]+)"', html)
    assert chart_ids == [
        "chart-articles-by-source",
        "chart-articles-by-section",
        "chart-volume-vs-median-demo-daily",
        "chart-quality-pass-rate",
        "chart-quarantine-reasons",
        "chart-duplicate-story-rates",
        "chart-crawl-errors",
    ]
    assert all(any(found.startswith(i) for found in chart_ids) for i in CHART_IDS)
    assert report.parent.name == "reports"
    assert report.name.startswith("backfill_2025-04-08_2025-04-09_")


def test_backfill_report_works_offline(demo_sqlite):
    _, report = _backfill()
    html = report.read_text(encoding="utf-8")
    assert "<script" not in html
    assert not re.search(r'<(link|img|iframe)\b|src="', html)  # nothing fetched: all inline
    assert "@import" not in html


def test_backfill_report_links_each_runs_report_and_data_docs(demo_sqlite):
    _, report = _backfill()
    html = report.read_text(encoding="utf-8")
    links = re.findall(r'href="(\.\./runs/[^"]+)"', html)
    assert [Path(link).name for link in links] == ["report.html", "index.html"] * 2
    assert all((report.parent / link).is_file() for link in links)


def test_each_run_stores_its_report_path(demo_sqlite):
    outcomes, _ = _backfill()
    for outcome in outcomes:
        row = get_run(warehouse_engine(), outcome.run_id)
        assert row["report_path"] == outcome.report_path
        page = Path(row["report_path"])
        assert page.name == "report.html" and page.parent.name == outcome.run_id
        html = page.read_text(encoding="utf-8")
        assert f"<title>newsflow run demo-daily {outcome.window.key}</title>" in html
        assert 'href="quality/data_docs/index.html"' in html


def test_report_escapes_titles_and_links_from_the_web(demo_warehouse):
    outcomes, _ = _backfill()
    engine = warehouse_engine()
    run_id = outcomes[1].run_id
    with engine.begin() as conn:
        newest = conn.scalar(
            sa.select(articles.c.article_id)
            .where(articles.c.published_date_kst == LAST)
            .order_by(articles.c.published_at.desc())
            .limit(1)
        )
        conn.execute(
            articles.update().where(articles.c.article_id == newest).values(title=MALICIOUS)
        )
        conn.execute(
            quarantine.insert(),
            {
                "run_id": run_id,
                "source_code": "demo-daily",
                "url": "javascript:alert(2)",
                "reasons": ["title_not_empty"],
                "record": {"title": MALICIOUS, "url": "javascript:alert(2)"},
                "quarantined_at": outcomes[1].window.end,
            },
        )
    html = write_run_report(engine, run_id).read_text(encoding="utf-8")
    assert MALICIOUS not in html
    assert "<script" not in html
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt;") == 2  # newest + quarantined
    assert 'href="javascript:' not in html
    assert "<td>javascript:alert(2)</td>" in html
