"""Running windows with progress and reports: ``newsflow run``, ``backfill`` and ``demo``.

``run_observed`` drives one (source, window) through ``etl.pipeline``'s ``begin_run`` and
stages — exactly as ``run_window`` does — emitting a ``ProgressEvent`` after each step, then
writes the run's report (``etl.report``). ``run_jobs`` runs many windows, in worker processes
when asked; ``backfill`` adds the plan: every KST day from..to (inclusive) of every source,
minus the windows a successful run already loaded (unless forced), and a report over all.

Why processes and not threads: Great Expectations keeps its current context in a module-level
global, so two quality stages in one process could read each other's suites. Crawls are
subprocesses anyway. SQLite allows one writer, and a transaction that read before another
committed cannot start writing (it fails at once instead of waiting), so on SQLite the workers
share a lock around every step that writes; crawls, the slow network-bound part, still
overlap. PostgreSQL serialises what must be serialised itself (advisory locks in migrations
and loads).
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from etl.config import get_settings
from etl.errors import NewsflowError, QualityGateFailed
from etl.progress import Emit, ProgressEvent
from etl.window import KST, Window

if TYPE_CHECKING:
    import sqlalchemy as sa

    from etl.pipeline import RunContext, RunSummary

log = logging.getLogger(__name__)

Job = tuple[str, Window]
# Stages that never write to the warehouse (dedup only reads, which SQLite's WAL journal lets
# run beside a writer): they need no turn at the SQLite lock. Quality writes when it fails.
WRITE_FREE_STAGES = frozenset({"crawl", "clean", "dedup"})


@dataclass(frozen=True)
class WindowOutcome:
    """How one (source, window) ended: ``success``, ``failed``, ``quality_failed`` or ``skipped``.

    ``error`` is the one-line message of a failure; ``report_path`` the run's report (None when
    the run never started or its report could not be written).
    """

    source: str
    window: Window
    status: str
    run_id: str | None = None
    counts: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    report_path: str | None = None

    @property
    def ok(self) -> bool:
        return self.status in ("success", "skipped")

    def table_row(self) -> dict[str, Any]:
        """The figures of ``RunSummary.table_row`` plus status; one row of the CLI's table."""
        from etl.pipeline import RunSummary

        row = RunSummary(
            self.run_id or "-", self.source, self.window.key, Path(), self.counts
        ).table_row()
        return {
            "source": row.pop("source"),
            "window": row.pop("window"),
            "status": self.status,
        } | row

    def failure_line(self) -> str:
        return f"{self.source} {self.window.key}: {self.status}: {self.error}"


@lru_cache(maxsize=4)
def _engine_for(url: str) -> sa.Engine:
    from etl.warehouse.engine import make_engine

    return make_engine(url)


def warehouse_engine() -> sa.Engine:
    """This process's engine on the configured warehouse (one pool per URL, reused)."""
    return _engine_for(get_settings().warehouse_url)


def _counts(ctx: RunContext) -> dict[str, Any]:
    # The crawl's raw Scrapy stats are big and only interesting in the run folder.
    return {k: v for k, v in ctx.counts().items() if k != "crawl"}


def _write_report(ctx: RunContext, emit: Emit, started: float) -> str | None:
    """The run's report; a report that cannot be written is logged, never fails the run."""
    from etl.report.write import write_run_report

    try:
        path = str(write_run_report(warehouse_engine(), ctx.run_id))
    except Exception as err:  # noqa: BLE001 - the run's outcome stands without its report
        log.warning("report of run %s not written: %s", ctx.run_id, err)
        return None
    emit(_event("report", ctx, message=path, started=started))
    return path


def _event(
    kind: Any, ctx: RunContext, *, started: float, stage: str | None = None, message: str = ""
) -> ProgressEvent:
    return ProgressEvent(
        kind=kind,
        source=ctx.source,
        window=ctx.window.key,
        stage=stage,
        counts=_counts(ctx),
        message=message,
        elapsed=time.monotonic() - started,
    )


def _begin(
    source: str, window: Window, emit: Emit, held: AbstractContextManager[Any]
) -> tuple[RunContext, float]:
    from etl.pipeline import begin_run

    started = time.monotonic()
    with held:
        ctx = begin_run(source, window)
    emit(_event("start", ctx, message=ctx.run_id, started=started))
    return ctx, started


def _drive(
    ctx: RunContext, emit: Emit, held: AbstractContextManager[Any], started: float
) -> str | None:
    """The stages of a begun run, then its report; on error: fail_run, report, re-raise."""
    from etl.pipeline import STAGES, fail_run

    name = "begin"
    try:
        for stage in STAGES:
            name = stage.__name__.removeprefix("stage_")
            with nullcontext() if name in WRITE_FREE_STAGES else held:
                stage(ctx)
            emit(_event("stage", ctx, stage=name, started=started))
    except Exception as err:
        try:
            with held:
                fail_run(ctx, err)
                _write_report(ctx, emit, started)
        except Exception as marking:  # noqa: BLE001 - the warehouse may be what failed
            # The stage's error is the one to report; the runs row stays "running" (status
            # shows it as stuck) and a re-run of the window replaces what it was doing.
            log.warning("run %s could not be marked failed: %s", ctx.run_id, one_line(marking))
        clear = _lost_warehouse(err, name)
        emit(_event("failed", ctx, message=one_line(clear or err), started=started))
        if clear is not None:
            raise clear from err
        raise
    with held:
        report = _write_report(ctx, emit, started)
    emit(_event("done", ctx, started=started))
    return report


def _lost_warehouse(err: BaseException, stage: str) -> NewsflowError | None:
    """A dropped warehouse connection (server restarted, backend killed) as one clear line.

    The driver's own message spans lines and quotes the statement with its parameters; what
    the operator needs is which stage lost the connection and that its transaction is gone.
    """
    import sqlalchemy as sa

    if not (isinstance(err, sa.exc.DBAPIError) and err.connection_invalidated):
        return None
    return NewsflowError(
        f"{stage}: the warehouse connection was lost ({one_line(err.orig or err)}); "
        "the stage's transaction was rolled back",
        hint="run the same window again once the warehouse answers",
    )


def one_line(err: BaseException) -> str:
    """The first line of an error's message (its class name when it has none)."""
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__


def run_observed(
    source: str,
    window: Window,
    emit: Emit,
    *,
    lock: AbstractContextManager[Any] | None = None,
) -> tuple[RunSummary, str | None]:
    """Run every stage of (source, window) like ``run_window``, emitting progress; then report.

    Returns the summary and the report path. On a stage error the run is marked failed
    (``fail_run``), its report is still written, a ``failed`` event is emitted and the error is
    re-raised; errors before the run exists (unknown source, unreachable warehouse) propagate
    as they are. ``lock`` (SQLite) is held around every step that writes to the warehouse.
    """
    from etl.pipeline import RunSummary

    held = lock if lock is not None else nullcontext()
    ctx, started = _begin(source, window, emit, held)
    report = _drive(ctx, emit, held, started)
    return RunSummary(ctx.run_id, ctx.source, ctx.window.key, ctx.path, ctx.counts()), report


def run_job(
    source: str, window: Window, emit: Emit, lock: AbstractContextManager[Any] | None = None
) -> WindowOutcome:
    """``run_observed`` that never raises: a failure becomes the outcome's status and error."""
    from etl.warehouse.runs import get_run

    held = lock if lock is not None else nullcontext()
    try:
        ctx, started = _begin(source, window, emit, held)
    except Exception as err:  # noqa: BLE001 - one window's failure must not stop the others
        emit(ProgressEvent("failed", source, window.key, message=one_line(err)))
        return WindowOutcome(source, window, "failed", error=one_line(err))
    try:
        report = _drive(ctx, emit, held, started)
    except Exception as err:  # noqa: BLE001 - as above; the runs row says what happened
        row = get_run(warehouse_engine(), ctx.run_id) or {}
        return WindowOutcome(
            source,
            window,
            "quality_failed" if isinstance(err, QualityGateFailed) else "failed",
            run_id=ctx.run_id,
            counts=_counts(ctx),
            error=one_line(err),
            report_path=row.get("report_path"),
        )
    return WindowOutcome(
        source, window, "success", run_id=ctx.run_id, counts=_counts(ctx), report_path=report
    )


# Set in each worker process by ``_init_worker``.
_worker: dict[str, Any] = {}


def _init_worker(queue: Any, lock: Any) -> None:
    _worker["emit"] = queue.put
    _worker["lock"] = lock


def _worker_job(source: str, window: Window) -> WindowOutcome:
    return run_job(source, window, _worker["emit"], _worker["lock"])


def run_jobs(jobs: Sequence[Job], emit: Emit, *, workers: int = 1) -> list[WindowOutcome]:
    """Run every job, ``workers`` at a time; outcomes in the order of ``jobs``.

    With one worker the jobs run in this process, one after the other. With more, each runs in
    a spawned worker process (fresh interpreter: no inherited engines or reactors) and sends
    its events back through a queue to ``emit``, which is called from one thread only.
    """
    if workers <= 1 or len(jobs) <= 1:
        return [run_job(source, window, emit) for source, window in jobs]
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    sqlite = get_settings().warehouse_url.startswith("sqlite")
    lock = context.Lock() if sqlite else None

    def relay() -> None:
        while (event := queue.get()) is not None:
            emit(event)

    relay_thread = threading.Thread(target=relay, name="progress-relay", daemon=True)
    relay_thread.start()
    outcomes: dict[int, WindowOutcome] = {}
    try:
        with ProcessPoolExecutor(
            max_workers=min(workers, len(jobs)),
            mp_context=context,
            initializer=_init_worker,
            initargs=(queue, lock),
        ) as pool:
            futures = {pool.submit(_worker_job, s, w): i for i, (s, w) in enumerate(jobs)}
            for future in as_completed(futures):
                outcomes[futures[future]] = future.result()
    finally:
        queue.put(None)
        relay_thread.join()
    return [outcomes[i] for i in range(len(jobs))]


@dataclass(frozen=True)
class BackfillPlan:
    """The windows to run and those skipped, with the run that already loaded each."""

    sources: list[str]
    first: date
    last: date
    jobs: list[Job]
    skipped: list[tuple[str, Window, str]]


def day_windows(first: date, last: date) -> list[Window]:
    """One KST-day window per day from ``first`` to ``last``, both included."""
    return [Window.day(first + timedelta(days=n)) for n in range((last - first).days + 1)]


def loaded_windows(
    engine: sa.Engine, sources: Sequence[str], first: date, last: date
) -> dict[tuple[str, datetime], str]:
    """(source, window start in UTC) -> id of the latest successful run of that exact window."""
    import sqlalchemy as sa

    from etl.warehouse.schema import runs

    span = Window.days(first, last + timedelta(days=1))
    query = (
        sa.select(runs.c.source_code, runs.c.window_start, runs.c.window_end, runs.c.run_id)
        .where(
            runs.c.status == "success",
            runs.c.source_code.in_(list(sources)),
            runs.c.window_start >= span.start,
            runs.c.window_end <= span.end,
        )
        .order_by(runs.c.started_at)
    )
    with engine.connect() as conn:
        return {
            (source, start.astimezone(UTC)): run_id
            for source, start, end, run_id in conn.execute(query)
            if end - start == timedelta(days=1)
        }


def plan_backfill(
    sources: Sequence[str] | None,
    first: date,
    last: date,
    *,
    force: bool = False,
    now: datetime | None = None,
) -> BackfillPlan:
    """Validate the request and say which windows to run, oldest day first.

    ``sources`` None means every profile in the sources folder; an unknown one raises
    SourceConfigError. ``last`` must not be before ``first``, and the last day must be over in
    KST (a day still being published would load as a short day): NewsflowError otherwise.
    Without ``force`` a window a successful run already loaded is skipped.
    """
    from etl.sources import list_sources, load_source
    from etl.warehouse.engine import upgrade

    if last < first:
        raise NewsflowError(
            f"--to {last} is before --from {first}", hint="the range is --from D1 --to D2, D2 >= D1"
        )
    today = (now or datetime.now(UTC)).astimezone(KST).date()
    if last >= today:
        raise NewsflowError(
            f"--to {last}: that KST day is not over yet (today in KST is {today})",
            hint="backfill complete days; `newsflow run` loads a single day whenever you like",
        )
    codes = (
        [load_source(code).code for code in sources]
        if sources
        else [profile.code for profile in list_sources()]
    )
    if not codes:
        raise NewsflowError(
            f"no source profiles in {get_settings().sources_dir}",
            hint="add a sources/<code>.toml or set NEWSFLOW_SOURCES_DIR",
        )
    engine = warehouse_engine()
    upgrade(engine)
    loaded = {} if force else loaded_windows(engine, codes, first, last)
    jobs: list[Job] = []
    skipped: list[tuple[str, Window, str]] = []
    for window in day_windows(first, last):
        for code in codes:
            run_id = loaded.get((code, window.start.astimezone(UTC)))
            if run_id is None:
                jobs.append((code, window))
            else:
                skipped.append((code, window, run_id))
    return BackfillPlan(codes, first, last, jobs, skipped)


def backfill(
    plan: BackfillPlan, emit: Emit, *, workers: int = 1
) -> tuple[list[WindowOutcome], Path]:
    """Run ``plan``; returns every window's outcome (skipped ones first) and the report path.

    The report covers every window of the range, the skipped ones with the run that loaded
    them. Idempotent: a second call with the same plan inputs finds the windows loaded.
    """
    from etl.report.write import write_range_report

    outcomes = [
        WindowOutcome(source, window, "skipped", run_id=run_id)
        for source, window, run_id in plan.skipped
    ]
    for outcome in outcomes:
        emit(
            ProgressEvent(
                "skipped", outcome.source, outcome.window.key, message=outcome.run_id or ""
            )
        )
    outcomes += run_jobs(plan.jobs, emit, workers=workers)
    report = write_range_report(
        warehouse_engine(), sources=plan.sources, first=plan.first, last=plan.last
    )
    return outcomes, report
