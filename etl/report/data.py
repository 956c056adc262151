"""What a report shows, read from the warehouse (and the run folders) into plain values.

A report covers a *scope*: some sources, a contiguous range of KST days and the runs that
loaded them (one run for a run report; the latest run of each window for a backfill). Nothing
here renders or escapes: text is returned exactly as stored, web titles included, and the
renderer escapes it.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from etl.report.volume import DayVolume, day_volumes
from etl.warehouse.schema import article_sections, articles, quarantine, runs
from etl.window import KST, Window

NEWEST_ARTICLES = 10
QUARANTINE_SAMPLE = 20
# The section chart stacks this many sections by volume; the rest are summed as "other".
TOP_SECTIONS = 9


@dataclass(frozen=True)
class RunFacts:
    """One ``runs`` row plus what its run folder knows (Data Docs, the per-run report)."""

    run_id: str
    source: str
    window: Window
    status: str
    verdict: str | None
    started_at: datetime
    finished_at: datetime | None
    counts: dict[str, Any]
    error: str | None
    run_dir: Path
    docs_path: Path | None

    @property
    def window_key(self) -> str:
        return self.window.key

    @property
    def report_path(self) -> Path:
        return self.run_dir / "report.html"

    def count(self, key: str) -> int:
        return int(self.counts.get(key, 0) or 0)

    @property
    def pass_rate(self) -> float | None:
        """Share of validated rows that passed the row checks; None when nothing was validated."""
        validated = self.count("validated")
        return self.count("valid") / validated if validated else None

    @property
    def duplicate_rate(self) -> float | None:
        """Share of cleaned sightings that were another sighting of an article in the batch."""
        cleaned = self.count("cleaned")
        return self.count("dedup_exact_merged") / cleaned if cleaned else None


@dataclass(frozen=True)
class ArticleLine:
    source: str
    published_kst: datetime | None
    title: str
    url: str
    sections: list[str]


@dataclass(frozen=True)
class QuarantinedLine:
    source: str
    run_id: str
    title: str
    url: str
    reasons: list[str]


@dataclass(frozen=True)
class ReportData:
    """Everything a report page shows, in display order."""

    title: str
    sources: list[str]
    days: list[date]
    runs: list[RunFacts]
    volumes: dict[str, list[DayVolume]]
    sections: dict[str, list[int]]  # section code (or "other") -> articles per day of ``days``
    story_articles: dict[tuple[str, date], int]  # (source, day) -> articles in a 2+ story
    quarantine_reasons: list[tuple[str, int]]
    quarantined: list[QuarantinedLine]  # the first QUARANTINE_SAMPLE rows
    quarantined_total: int
    crawl_errors: list[tuple[str, int]]
    newest: list[ArticleLine]
    generated_at: datetime
    notes: list[str] = field(default_factory=list)


def stored_window(start: datetime, end: datetime) -> Window:
    """A ``runs`` row's window in KST: rows hand back UTC, and window keys name KST days."""
    return Window(start.astimezone(KST), end.astimezone(KST))


def run_dir(run_id: str) -> Path:
    """The run folder ``begin_run`` made for ``run_id`` (it need not exist any more): the
    local working copy under the data dir. UnsafePathError for a run id that is not a plain
    folder name (a ``runs`` row is data; it never picks where a report is written)."""
    from etl.storage import local_run_dir

    return local_run_dir(run_id)


def _docs_path(folder: Path) -> Path | None:
    try:
        quality = json.loads((folder / "quality.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    docs = quality.get("docs_path")
    return Path(docs) if docs and Path(docs).exists() else None


def run_facts(row: dict[str, Any]) -> RunFacts:
    folder = run_dir(row["run_id"])
    return RunFacts(
        run_id=row["run_id"],
        source=row["source_code"],
        window=stored_window(row["window_start"], row["window_end"]),
        status=row["status"],
        verdict=row["quality_verdict"],
        started_at=row["started_at"],
        finished_at=row["finished_at"],
        counts=dict(row["counts"] or {}),
        error=row["error"],
        run_dir=folder,
        docs_path=_docs_path(folder),
    )


def latest_runs_per_window(
    conn: sa.Connection, sources: list[str], first: date, last: date
) -> list[dict[str, Any]]:
    """The most recently started run of each (source, window) inside KST days first..last."""
    span = Window.days(first, last + timedelta(days=1))
    query = (
        sa.select(runs)
        .where(
            runs.c.source_code.in_(sources),
            runs.c.window_start >= span.start,
            runs.c.window_end <= span.end,
        )
        .order_by(runs.c.started_at, runs.c.run_id)
    )
    latest: dict[tuple[str, datetime, datetime], dict[str, Any]] = {}
    for row in conn.execute(query).mappings():
        latest[(row["source_code"], row["window_start"], row["window_end"])] = dict(row)
    return sorted(latest.values(), key=lambda r: (r["window_start"], r["source_code"]))


def gather(
    engine: sa.Engine,
    *,
    title: str,
    sources: list[str],
    days: list[date],
    run_rows: list[dict[str, Any]],
    now: datetime,
) -> ReportData:
    """Read the report of ``sources`` over ``days`` for the given ``runs`` rows."""
    facts = [run_facts(row) for row in run_rows]
    run_ids = [f.run_id for f in facts]
    with engine.connect() as conn:
        volumes = day_volumes(conn, sources, days)
        sections = _sections_per_day(conn, sources, days)
        stories = _story_articles(conn, sources, days)
        reasons, sample, quarantined_total = _quarantine(conn, run_ids)
        newest = _newest(conn, sources, days)
    notes = []
    if not any(f.count("cleaned") for f in facts if f.status == "success") and facts:
        notes.append("No run in this report cleaned any article.")
    if not stories and any(v.articles for vs in volumes.values() for v in vs):
        notes.append("No story clusters recorded: story rates are 0 until clustering assigns ids.")
    return ReportData(
        title=title,
        sources=sources,
        days=days,
        runs=facts,
        volumes=volumes,
        sections=sections,
        story_articles=stories,
        quarantine_reasons=reasons,
        quarantined=sample,
        quarantined_total=quarantined_total,
        crawl_errors=crawl_error_kinds(facts),
        newest=newest,
        generated_at=now,
        notes=notes,
    )


def _scope(sources: list[str], days: list[date]) -> list[sa.ColumnElement[bool]]:
    return [
        articles.c.source_code.in_(sources),
        articles.c.published_date_kst.between(min(days), max(days)),
    ]


def _sections_per_day(
    conn: sa.Connection, sources: list[str], days: list[date]
) -> dict[str, list[int]]:
    if not days:
        return {}
    query = (
        sa.select(article_sections.c.section_code, articles.c.published_date_kst, sa.func.count())
        .join(articles, articles.c.article_id == article_sections.c.article_id)
        .where(*_scope(sources, days))
        .group_by(article_sections.c.section_code, articles.c.published_date_kst)
    )
    per_code: dict[str, Counter[date]] = {}
    for code, day, n in conn.execute(query):
        per_code.setdefault(code, Counter())[day] += int(n)
    ranked = sorted(per_code, key=lambda c: (-sum(per_code[c].values()), c))
    shown = ranked if len(ranked) <= TOP_SECTIONS + 1 else ranked[:TOP_SECTIONS]
    result = {code: [per_code[code][d] for d in days] for code in shown}
    rest = [c for c in ranked if c not in shown]
    if rest:
        result["other"] = [sum(per_code[c][d] for c in rest) for d in days]
    return result


def _story_articles(
    conn: sa.Connection, sources: list[str], days: list[date]
) -> dict[tuple[str, date], int]:
    """(source, day) -> articles of that day whose story has two or more articles."""
    if not days:
        return {}
    sizes = (
        sa.select(articles.c.story_id, sa.func.count().label("size"))
        .where(articles.c.story_id.is_not(None), articles.c.source_code.in_(sources))
        .group_by(articles.c.story_id)
        .subquery()
    )
    query = (
        sa.select(articles.c.source_code, articles.c.published_date_kst, sa.func.count())
        .join(sizes, sizes.c.story_id == articles.c.story_id)
        .where(sizes.c.size >= 2, *_scope(sources, days))
        .group_by(articles.c.source_code, articles.c.published_date_kst)
    )
    return {(source, day): int(n) for source, day, n in conn.execute(query)}


def _quarantine(
    conn: sa.Connection, run_ids: list[str]
) -> tuple[list[tuple[str, int]], list[QuarantinedLine], int]:
    """(rows per reason, the first rows, how many rows) of the runs' quarantine."""
    reasons: Counter[str] = Counter()
    sample: list[QuarantinedLine] = []
    total = 0
    if not run_ids:
        return [], [], 0
    query = (
        sa.select(
            quarantine.c.run_id,
            quarantine.c.source_code,
            quarantine.c.url,
            quarantine.c.reasons,
            quarantine.c.record,
        )
        .where(quarantine.c.run_id.in_(run_ids))
        .order_by(quarantine.c.quarantine_id)
    )
    for run_id, source, url, row_reasons, record in conn.execute(query):
        names = [str(r) for r in (row_reasons or [])]
        reasons.update(names)
        total += 1
        if len(sample) < QUARANTINE_SAMPLE:
            record = record if isinstance(record, dict) else {}
            sample.append(
                QuarantinedLine(source, run_id, str(record.get("title") or ""), url or "", names)
            )
    return sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0])), sample, total


def _newest(conn: sa.Connection, sources: list[str], days: list[date]) -> list[ArticleLine]:
    if not days:
        return []
    query = (
        sa.select(
            articles.c.article_id,
            articles.c.source_code,
            articles.c.published_at,
            articles.c.title,
            articles.c.url,
        )
        .where(*_scope(sources, days))
        .order_by(articles.c.published_at.desc(), articles.c.article_id.desc())
        .limit(NEWEST_ARTICLES)
    )
    rows = conn.execute(query).all()
    sections: dict[int, list[str]] = {}
    if rows:
        links = sa.select(article_sections.c.article_id, article_sections.c.section_code).where(
            article_sections.c.article_id.in_([r.article_id for r in rows])
        )
        for article_id, code in conn.execute(links):
            sections.setdefault(article_id, []).append(code)
    return [
        ArticleLine(
            source=r.source_code,
            published_kst=r.published_at.astimezone(KST) if r.published_at else None,
            title=r.title,
            url=r.url,
            sections=sorted(sections.get(r.article_id, [])),
        )
        for r in rows
    ]


def crawl_error_kinds(facts: list[RunFacts]) -> list[tuple[str, int]]:
    """Crawl problems of the runs by kind (HTTP status, exception, …), most frequent first.

    Read from each run's crawl counters (``stats.json`` as stored in ``runs.counts``); a run
    that failed before its crawl wrote counters counts once as ``crawl failed``.
    """
    kinds: Counter[str] = Counter()
    for run in facts:
        crawl = run.counts.get("crawl")
        if not isinstance(crawl, dict):
            if run.status == "failed" and (run.error or "").startswith("crawl of"):
                kinds["crawl failed"] += 1
            continue
        for status, n in (crawl.get("http_errors") or {}).items():
            kinds[f"HTTP {status}"] += int(n)
        for kind, n in (crawl.get("download_errors") or {}).items():
            kinds[f"download {kind}"] += int(n)
        for kind, n in (crawl.get("article_errors") or {}).items():
            kinds[f"article page {kind}"] += int(n)
        for key, name in (
            ("retries_exhausted", "retries exhausted"),
            ("robots_forbidden", "robots.txt forbidden"),
            ("spider_exceptions", "spider exceptions"),
            ("items_unparsed_time", "unparsed timestamps"),
        ):
            kinds[name] += int(crawl.get(key, 0) or 0)
    return sorted(((k, n) for k, n in kinds.items() if n), key=lambda kv: (-kv[1], kv[0]))
