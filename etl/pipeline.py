"""One run of one source over one window: crawl -> clean -> dedup -> quality -> load.

Each stage is a function of a ``RunContext`` (a small, JSON-serialisable handle on the run's
folder), reading the previous stage's file and writing its own. The folder lives under the data
URI (``etl.storage``): a stage fetches its inputs from there into this process's working copy
and publishes its outputs back, so consecutive stages may run on different machines (with the
default data URI, the local data dir, nothing moves). The CLI calls ``run_window``;
the Airflow DAG calls the stage functions one task each, passing the context as XCom. Re-running
a window is safe: the load merges by (source, canonical URL), so nothing but last-seen
bookkeeping changes when the site did not change.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from etl.clean import clean
from etl.config import get_settings
from etl.dedup import dedup
from etl.errors import QualityGateFailed
from etl.records import Article, read_articles, read_jsonl, read_raw_items, write_jsonl
from etl.sources import SourceProfile, load_source
from etl.storage import RunStore, UnsafePathError, safe_name
from etl.window import Window

if TYPE_CHECKING:
    import sqlalchemy as sa

log = logging.getLogger(__name__)

# File names inside a run folder; the folder is the unit that moves between tasks.
RAW_DIR = "raw"
CLEANED = "cleaned.jsonl"
DEDUPED = "deduped.jsonl"
VALID = "valid.jsonl"
QUARANTINE = "quarantine.jsonl"
COUNTS = "counts.json"
QUALITY = "quality.json"
QUALITY_DOCS = "quality"  # Great Expectations Data Docs of the quality stage
# Marks the quarantine rows the quality stage wrote, so a re-run of it replaces only those.
QUALITY_STAGE = "quality"


@dataclass(frozen=True)
class RunContext:
    """Handle on one run; ``to_dict``/``from_dict`` make it an XCom value.

    ``run_uri`` is the run folder under the data URI; ``path`` this process's working copy.
    The run id and source code become folder names, so both are checked on construction
    (UnsafePathError): a context from an XCom cannot point a stage outside the data dir.
    """

    run_id: str
    source: str
    window_start: str
    window_end: str
    run_uri: str

    def __post_init__(self) -> None:
        safe_name(self.run_id, "run id")
        safe_name(self.source, "source code")

    @property
    def window(self) -> Window:
        return Window(
            datetime.fromisoformat(self.window_start), datetime.fromisoformat(self.window_end)
        )

    @property
    def store(self) -> RunStore:
        """The run folder under this process's data URI, which must be where the run began:
        a context naming another place is refused (UnsafePathError), never written to."""
        store = RunStore(self.run_id)
        if store.uri != self.run_uri:
            raise UnsafePathError(
                f"run {self.run_id} lives at {self.run_uri}, not under this process's data "
                f"URI {store.base_uri}",
                hint="every worker needs the same NEWSFLOW_DATA_URI (shared storage) when "
                "the tasks of one run may land on different machines",
            )
        return store

    @property
    def path(self) -> Path:
        """The local working copy of the run folder (``<data dir>/runs/<run_id>``)."""
        return self.store.local

    def profile(self) -> SourceProfile:
        return load_source(self.source)

    def to_dict(self) -> dict[str, str]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> RunContext:
        return cls(**data)

    def counts(self) -> dict[str, Any]:
        """The run's counts: the working copy's, else the stored ones (a failure callback may
        run where no stage of the run did), else none."""
        text = self.store.read_text(COUNTS)
        return dict(json.loads(text)) if text else {}

    def add_counts(self, new: dict[str, Any]) -> dict[str, Any]:
        counts = self.counts() | new
        tmp = self.path / (COUNTS + ".tmp")
        tmp.write_text(json.dumps(counts, indent=2, sort_keys=True), encoding="utf-8")
        tmp.replace(self.path / COUNTS)
        return counts


def new_run_id(source: str, window: Window, now: datetime | None = None) -> str:
    """``<source>_<window key>_<UTC time>``: sortable, readable, safe as a folder name."""
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    return f"{source}_{window.key}_{moment.strftime('%Y%m%dT%H%M%S%fZ')}"


@lru_cache(maxsize=8)
def _engine_for(url: str) -> sa.Engine:
    from etl.warehouse.engine import make_engine

    return make_engine(url)


def _engine() -> sa.Engine:
    """One engine (and connection pool) per warehouse URL per process, reused by every stage."""
    return _engine_for(get_settings().warehouse_url)


def begin_run(source: str, window: Window, *, run_id: str | None = None) -> RunContext:
    """Create the run folder and the ``runs`` row (status running); schema upgraded if needed."""
    from etl.warehouse.engine import upgrade
    from etl.warehouse.runs import start_run

    safe_name(source, "source code")
    if run_id is not None:
        safe_name(run_id, "run id")
    profile = load_source(source)
    store = RunStore(run_id or new_run_id(profile.code, window))
    ctx = RunContext(
        store.run_id, profile.code, window.start.isoformat(), window.end.isoformat(), store.uri
    )
    ctx.path.mkdir(parents=True, exist_ok=True)
    engine = _engine()
    upgrade(engine)
    start_run(engine, run_id=ctx.run_id, source=profile.code, window=window)
    ctx.add_counts({})
    store.publish(COUNTS)
    return ctx


Stage = Callable[[RunContext], dict[str, Any]]


def _moves_files(inputs: tuple[str, ...], outputs: tuple[str, ...]) -> Callable[[Stage], Stage]:
    """Make a stage fetch ``inputs`` from the data URI first and publish ``outputs`` after.

    Outputs are published also when the stage raises (a failed crawl's stats, a failed
    quality gate's batch stay inspectable), unless publishing fails too: then the stage's
    error is the one raised. With the default data URI both steps are no-ops.
    """

    def wrap(stage: Stage) -> Stage:
        @functools.wraps(stage)
        def run(ctx: RunContext) -> dict[str, Any]:
            store = ctx.store
            store.fetch(*inputs, COUNTS)
            try:
                result = stage(ctx)
            except BaseException:
                try:
                    store.publish(*outputs, COUNTS)
                except Exception as err:  # noqa: BLE001 - the stage's own error matters more
                    log.warning("run %s: outputs not published: %s", ctx.run_id, err)
                raise
            store.publish(*outputs, COUNTS)
            return result

        return run

    return wrap


@_moves_files((), (RAW_DIR,))
def stage_crawl(ctx: RunContext) -> dict[str, Any]:
    """Crawl the window into ``raw/items.jsonl`` (Scrapy, in a subprocess)."""
    from etl.crawl import crawl

    result = crawl(ctx.profile(), ctx.window, out_dir=ctx.path / RAW_DIR)
    return ctx.add_counts({"pages": result.pages, "items": result.items, "crawl": result.stats})


@_moves_files((f"{RAW_DIR}/items.jsonl",), (CLEANED, QUARANTINE))
def stage_clean(ctx: RunContext) -> dict[str, Any]:
    """Raw items -> ``cleaned.jsonl``; unusable items start the quarantine file."""
    items = read_raw_items(ctx.path / RAW_DIR / "items.jsonl")
    result = clean(items, ctx.profile())
    write_jsonl(ctx.path / CLEANED, result.articles)
    _write_quarantine(ctx.path / QUARANTINE, result.rejected, append=False)
    return ctx.add_counts(result.counts())


@_moves_files((CLEANED,), (DEDUPED,))
def stage_dedup(ctx: RunContext) -> dict[str, Any]:
    """``cleaned.jsonl`` -> ``deduped.jsonl``: one record per article, classified against the
    warehouse (an alias URL of a stored article takes its URL). Story clusters are assigned
    by the load (``etl.warehouse.stories``), whose counts say how many."""
    from etl.warehouse.load import existing_aliases, existing_hashes

    engine = _engine()
    result = dedup(
        read_articles(ctx.path / CLEANED),
        lambda hashes: existing_hashes(engine, ctx.source, hashes),
        lambda keys: existing_aliases(engine, ctx.source, keys),
    )
    write_jsonl(ctx.path / DEDUPED, result.articles)
    return ctx.add_counts(result.counts())


@_moves_files((DEDUPED, QUARANTINE), (VALID, QUARANTINE, QUALITY, QUALITY_DOCS))
def stage_quality(ctx: RunContext) -> dict[str, Any]:
    """Great Expectations over ``deduped.jsonl`` -> ``valid.jsonl`` + quarantine + ``quality.json``.

    The batch checks also see the clean stage's rejects (from the quarantine file), the run's
    counts (dedup, crawl stats) and the source's trailing daily article counts in the warehouse.
    The quarantine file is rewritten as clean's rejects plus this stage's rows, so re-running
    the stage does not repeat them. ``quality.json`` holds the verdict, the Data Docs path and
    every check's record. A ``fail`` verdict stores the quarantine and the check results, marks
    the run ``quality_failed`` and raises QualityGateFailed naming the source, the window and
    each failing check with its numbers: the batch stays in the run folder for a re-run,
    nothing is loaded.
    """
    from etl.quality import validate
    from etl.warehouse.quality_results import trailing_daily_counts

    profile = ctx.profile()
    window = ctx.window
    history = trailing_daily_counts(
        _engine(), profile.code, window.day_list()[0], days=profile.quality.volume_history_days
    )
    rejected = _clean_rejects(ctx.path / QUARANTINE)
    report = validate(
        read_articles(ctx.path / DEDUPED),
        profile,
        window,
        now=datetime.now(UTC),
        out_dir=ctx.path / QUALITY_DOCS,
        rejected=rejected,
        history=history,
        run_counts=ctx.counts(),
    )
    write_jsonl(ctx.path / VALID, report.valid)
    rows = [(json.loads(q.article.to_json()), list(q.reasons)) for q in report.quarantined]
    _write_quarantine(ctx.path / QUARANTINE, rejected, append=False)
    _write_quarantine(ctx.path / QUARANTINE, rows, append=True, stage=QUALITY_STAGE)
    summary = report.to_json()
    summary["docs_path"] = _docs_location(ctx, report.docs_path)
    summary["failed_checks"] = [c for c in summary["checks"] if not c["success"]]
    (ctx.path / QUALITY).write_text(
        json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8"
    )
    counts = ctx.add_counts(report.counts() | {"quality_verdict": report.verdict})
    if report.verdict == "fail":
        _finish_quality_failed(ctx, report)
    return counts


def _docs_location(ctx: RunContext, docs_path: Path | None) -> str | None:
    """Where the Data Docs index is for readers of the run: the local path with the default
    data URI, else its address under the data URI (the working copy is not shared)."""
    if docs_path is None:
        return None
    store = ctx.store
    if store.is_local:
        return str(docs_path)
    return store.uri_of(docs_path.resolve().relative_to(store.local).as_posix())


def _finish_quality_failed(ctx: RunContext, report: Any) -> None:
    """Store what a failed gate leaves behind, close the run and raise QualityGateFailed.

    Stored: the check results (``quality_results``) and the quarantine rows — not a single
    article. ``report`` is the stage's QualityReport.
    """
    from etl.quality import gate_message
    from etl.warehouse.load import load_batch
    from etl.warehouse.quality_results import record_quality_results
    from etl.warehouse.runs import finish_run

    engine = _engine()
    record_quality_results(
        engine, ctx.run_id, ctx.source, ctx.window.start, [c.as_record() for c in report.checks]
    )
    quarantined = _read_quarantine(ctx.path / QUARANTINE)
    load_batch(
        engine,
        run_id=ctx.run_id,
        source=ctx.profile(),
        articles=[],
        quarantined=quarantined,
        seen_at=datetime.now(UTC),
    )
    message = gate_message(ctx.source, ctx.window.key, report.failed())
    counts = ctx.add_counts({"quarantined": len(quarantined)})
    finish_run(
        engine,
        ctx.run_id,
        status="quality_failed",
        counts=counts,
        quality_verdict="fail",
        report_path=_docs_location(ctx, report.docs_path),
        error=message,
    )
    raise QualityGateFailed(
        message, hint=f"the batch is kept in {ctx.path}; fix the cause and re-run"
    )


@_moves_files((QUALITY, VALID, QUARANTINE), ())
def stage_load(ctx: RunContext) -> dict[str, Any]:
    """Merge ``valid.jsonl`` and the quarantine into the warehouse in one transaction.

    The quality stage's check results are stored first (``quality_results``, replacing any
    the run had). Then the loaded articles are indexed for story clusters and given their
    story ids (``etl.warehouse.stories.index_stories``, a transaction of its own, idempotent).
    Refuses, with QualityGateFailed, a batch whose quality verdict is ``fail``.
    """
    from etl.quality import CheckResult, gate_message
    from etl.warehouse.load import load_batch
    from etl.warehouse.quality_results import record_quality_results
    from etl.warehouse.runs import finish_run
    from etl.warehouse.stories import index_stories

    quality = json.loads((ctx.path / QUALITY).read_text(encoding="utf-8"))
    checks: list[dict[str, Any]] = quality.get("checks", [])
    if quality["verdict"] == "fail":
        failed = [CheckResult.from_record(c) for c in checks if c.get("verdict") == "fail"]
        raise QualityGateFailed(
            gate_message(ctx.source, ctx.window.key, failed),
            hint=f"the batch in {ctx.path} is not loaded; fix the cause and re-run the window",
        )
    engine = _engine()
    record_quality_results(engine, ctx.run_id, ctx.source, ctx.window.start, checks)
    articles: list[Article] = read_articles(ctx.path / VALID)
    quarantined = _read_quarantine(ctx.path / QUARANTINE)
    loaded = load_batch(
        engine,
        run_id=ctx.run_id,
        source=ctx.profile(),
        articles=articles,
        quarantined=quarantined,
        seen_at=datetime.now(UTC),
    )
    stories = index_stories(engine, ctx.source, [a.url_hash for a in articles])
    counts = ctx.add_counts(
        {
            "inserted": loaded.inserted,
            "updated": loaded.updated,
            "unchanged": loaded.unchanged,
            "versions": loaded.versions,
            "quarantined": loaded.quarantined,
        }
        | stories.counts()
    )
    finish_run(
        engine,
        ctx.run_id,
        status="success",
        counts=counts,
        quality_verdict=quality["verdict"],
        report_path=quality["docs_path"],
    )
    return counts


def fail_run(ctx: RunContext, error: BaseException | str) -> None:
    """Mark the run failed with the error's one-line message (quality failures keep theirs)."""
    from etl.warehouse.runs import finish_run, get_run

    engine = _engine()
    row = get_run(engine, ctx.run_id)
    if row is not None and row["status"] == "quality_failed":
        return
    finish_run(engine, ctx.run_id, status="failed", counts=ctx.counts(), error=str(error)[:2000])


STAGES = (stage_crawl, stage_clean, stage_dedup, stage_quality, stage_load)


@dataclass(frozen=True)
class RunSummary:
    run_id: str
    source: str
    window: str
    run_dir: Path
    counts: dict[str, Any]

    def table_row(self) -> dict[str, Any]:
        """The figures ``newsflow run``/``demo`` print per window."""
        c = self.counts
        return {
            "source": self.source,
            "window": self.window,
            "pages": c.get("pages", 0),
            "items": c.get("items", 0),
            "duplicates": c.get("dedup_exact_merged", 0),
            "quarantined": c.get("quarantined", 0),
            "inserted": c.get("inserted", 0),
            "updated": c.get("updated", 0),
            "unchanged": c.get("unchanged", 0),
            "verdict": c.get("quality_verdict", "-"),
        }


def run_window(source: str, window: Window, *, run_id: str | None = None) -> RunSummary:
    """Run every stage for (source, window); the single entry of the CLI and tests.

    Idempotent per (source, window). On failure the ``runs`` row says why and the error is
    re-raised; nothing is loaded unless the load stage completes its transaction.
    """
    ctx = begin_run(source, window, run_id=run_id)
    try:
        for stage in STAGES:
            log.info("%s %s: %s", ctx.source, ctx.window.key, stage.__name__)
            stage(ctx)
    except Exception as err:
        fail_run(ctx, err)
        raise
    return RunSummary(ctx.run_id, ctx.source, ctx.window.key, ctx.path, ctx.counts())


def _write_quarantine(
    path: Path,
    rows: list[tuple[dict[str, Any], list[str]]],
    *,
    append: bool,
    stage: str | None = None,
) -> None:
    with path.open("a" if append else "w", encoding="utf-8") as out:
        for record, reasons in rows:
            line: dict[str, Any] = {"record": record, "reasons": reasons}
            if stage is not None:
                line["stage"] = stage
            out.write(json.dumps(line, ensure_ascii=False))
            out.write("\n")


def _read_quarantine(path: Path) -> list[tuple[dict[str, Any], list[str]]]:
    if not path.exists():
        return []
    return [(row["record"], list(row["reasons"])) for row in read_jsonl(path)]


def _clean_rejects(path: Path) -> list[tuple[dict[str, Any], list[str]]]:
    """The quarantine rows the clean stage wrote (those without the quality stage's mark)."""
    if not path.exists():
        return []
    rows = read_jsonl(path)
    return [(r["record"], list(r["reasons"])) for r in rows if r.get("stage") != QUALITY_STAGE]


STAGE_BY_NAME = {stage.__name__.removeprefix("stage_"): stage for stage in STAGES}


def run_stage(name: str, ctx_data: dict[str, str]) -> dict[str, str]:
    """Run one named stage for an orchestrator task; on error mark the run failed and re-raise.

    Takes and returns the JSON form of the RunContext, so a task's XCom is a few hundred bytes.
    """
    ctx = RunContext.from_dict(ctx_data)
    _ = ctx.store  # a context naming another place is refused before anything is recorded
    try:
        STAGE_BY_NAME[name](ctx)
    except Exception as err:
        fail_run(ctx, err)
        raise
    return ctx.to_dict()


def window_for_interval(data_interval_start: datetime) -> Window:
    """The KST calendar day a scheduled run covers: the day its data interval starts in."""
    from etl.window import KST

    return Window.day(data_interval_start.astimezone(KST).date())
