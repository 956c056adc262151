"""Turn ``ReportData`` into the report page: charts first, then the jinja2 page around them.

Each chart has a stable ``id`` (``CHART_IDS``, plus one volume chart per source) so tests and
bookmarks can find it. Links to run reports and Data Docs are relative to the page, so a copied
data folder keeps working; article links are kept only for http(s) URLs (a page from the web
must not smuggle a ``javascript:`` link into the report).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from markupsafe import Markup

from etl.report import svg
from etl.report.data import ReportData, RunFacts
from etl.window import KST

CHART_IDS = (
    "chart-articles-by-source",
    "chart-articles-by-section",
    "chart-volume-vs-median",  # a prefix: one chart per source, ``…-<source>``
    "chart-quality-pass-rate",
    "chart-quarantine-reasons",
    "chart-duplicate-story-rates",
    "chart-crawl-errors",
)
COUNT_COLUMNS = ("pages", "items", "duplicates", "quarantined", "inserted", "updated", "unchanged")


@dataclass(frozen=True)
class Chart:
    key: str
    caption: str
    svg: Markup


def _href(target: Path | None, page: Path) -> str | None:
    if target is None:
        return None
    return quote(Path(os.path.relpath(target, page.parent)).as_posix())


def _day_label(facts: RunFacts, many_sources: bool) -> str:
    first = facts.window.start.astimezone(KST).date()
    label = first.strftime("%m-%d") if facts.window.key == first.isoformat() else facts.window.key
    return f"{label} {facts.source}" if many_sources else label


def charts(data: ReportData) -> list[Chart]:
    """The report's charts, in page order."""
    days = [d.strftime("%m-%d") for d in data.days]
    many = len(data.sources) > 1
    done = [r for r in data.runs if r.status != "running"]
    run_labels = [_day_label(r, many) for r in done]
    out = [
        Chart(
            "articles-by-source",
            "Articles per day, by source",
            Markup(
                svg.bar_chart(
                    CHART_IDS[0],
                    "Articles per day by source",
                    days,
                    [
                        svg.Series(s, [v.articles for v in data.volumes.get(s, [])])
                        for s in data.sources
                    ],
                    stacked=True,
                )
            ),
        ),
        Chart(
            "articles-by-section",
            "Articles per day, by section",
            Markup(
                svg.bar_chart(
                    CHART_IDS[1],
                    "Articles per day by section",
                    days,
                    [svg.Series(code, counts) for code, counts in data.sections.items()],
                    stacked=True,
                )
            ),
        ),
    ]
    for source in data.sources:
        volumes = data.volumes.get(source, [])
        out.append(
            Chart(
                f"volume-vs-median-{source}",
                f"{source}: volume against the trailing median",
                Markup(
                    svg.bar_chart(
                        f"{CHART_IDS[2]}-{source}",
                        f"{source} articles per day against the trailing median",
                        days,
                        [svg.Series("articles", [v.articles for v in volumes])],
                        marker=svg.Series("trailing median", [v.trailing_median for v in volumes]),
                    )
                ),
            )
        )
    story_rates: list[float | None] = []
    for run in done:
        day_total = sum(
            v.articles for v in data.volumes.get(run.source, []) if v.day in run.window.day_list()
        )
        in_stories = sum(data.story_articles.get((run.source, d), 0) for d in run.window.day_list())
        story_rates.append(in_stories / day_total if day_total else None)
    out += [
        Chart(
            "quality-pass-rate",
            "Quality: share of rows passing the row checks, per run",
            Markup(
                svg.bar_chart(
                    CHART_IDS[3],
                    "Quality pass rate per run",
                    run_labels,
                    [svg.Series("pass rate", [r.pass_rate for r in done])],
                    percent=True,
                )
            ),
        ),
        Chart(
            "quarantine-reasons",
            "Quarantine reasons (rows per failed check)",
            Markup(
                svg.hbar_chart(
                    CHART_IDS[4],
                    "Quarantine reasons",
                    data.quarantine_reasons,
                    empty="Nothing was quarantined.",
                )
            ),
        ),
        Chart(
            "duplicate-story-rates",
            "Duplicate and story rates, per run",
            Markup(
                svg.bar_chart(
                    CHART_IDS[5],
                    "Duplicate and story rates per run",
                    run_labels,
                    [
                        svg.Series("duplicate sightings", [r.duplicate_rate for r in done]),
                        svg.Series("articles in multi-article stories", story_rates),
                    ],
                    percent=True,
                )
            ),
        ),
        Chart(
            "crawl-errors",
            "Crawl errors by kind",
            Markup(
                svg.hbar_chart(
                    CHART_IDS[6],
                    "Crawl errors by kind",
                    data.crawl_errors,
                    empty="No crawl errors.",
                )
            ),
        ),
    ]
    return out


def _run_row(run: RunFacts, page: Path) -> dict[str, Any]:
    counts = {c: run.count(c) for c in COUNT_COLUMNS if c != "duplicates"}
    counts["duplicates"] = run.count("dedup_exact_merged")
    own_page = run.report_path.resolve() == page.resolve()
    return {
        "source": run.source,
        "window": run.window.key,
        "status": run.status,
        "verdict": run.verdict or "-",
        "counts": counts,
        "report_href": None
        if own_page or not run.report_path.exists()
        else _href(run.report_path, page),
        "docs_href": _href(run.docs_path, page),
        "error": run.error,
    }


def render(data: ReportData, page: Path) -> str:
    """The HTML of the report that will be written to ``page`` (links are relative to it)."""
    from jinja2 import Environment

    env = Environment(autoescape=True, keep_trailing_newline=True)
    template = env.from_string(_page_template())
    return template.render(
        title=data.title,
        sources=data.sources,
        first_day=min(data.days).isoformat() if data.days else "-",
        last_day=max(data.days).isoformat() if data.days else "-",
        day_count=len(data.days),
        generated=data.generated_at.astimezone(KST).strftime("%Y-%m-%d %H:%M KST"),
        runs=data.runs,
        succeeded=sum(1 for r in data.runs if r.status == "success"),
        failed=sum(1 for r in data.runs if r.status in ("failed", "quality_failed")),
        articles=sum(v.articles for vs in data.volumes.values() for v in vs),
        notes=data.notes,
        count_columns=COUNT_COLUMNS,
        run_rows=[_run_row(r, page) for r in data.runs],
        charts=charts(data),
        newest=[
            {
                "published": a.published_kst.strftime("%Y-%m-%d %H:%M") if a.published_kst else "",
                "source": a.source,
                "title": a.title,
                "href": a.url if a.url.startswith(("https://", "http://")) else None,
                "sections": a.sections,
            }
            for a in data.newest
        ],
        quarantined=data.quarantined,
        quarantined_total=data.quarantined_total,
    )


def _page_template() -> str:
    from etl.report.template import PAGE

    return PAGE
