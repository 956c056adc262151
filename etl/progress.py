"""Progress of runs as they happen: rich bars on a terminal, one plain line per event elsewhere.

The runner (``etl.backfill``) emits a ``ProgressEvent`` when a window starts, after each stage,
when its report is written and when it ends; a view shows them. On a TTY ``BarsView`` keeps one
bar per source (windows done/total, pages, items, ETA); off a TTY (CI, Airflow, a pipe)
``LinesView`` prints one line per event, which reads well in a log and greps well later.
Events are small picklable values, so worker processes can send them through a queue.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from types import TracebackType

    from rich.console import Console
    from rich.progress import Progress, TaskID

EventKind = Literal["start", "stage", "report", "done", "failed", "skipped"]
# Stage steps of one window on a bar: crawl, clean, dedup, quality, load.
STAGES_PER_WINDOW = 5


@dataclass(frozen=True)
class ProgressEvent:
    """Something that happened to one (source, window).

    ``stage`` names the stage a ``stage`` event finished; ``counts`` are the run's counts so far
    (crawl's raw Scrapy stats left out); ``message`` is the run id (``start``, ``skipped``), the
    report path (``report``) or the one-line error (``failed``); ``elapsed`` is seconds since
    the window started.
    """

    kind: EventKind
    source: str
    window: str
    stage: str | None = None
    counts: Mapping[str, Any] = field(default_factory=dict)
    message: str = ""
    elapsed: float = 0.0


Emit = Callable[[ProgressEvent], None]


def _c(counts: Mapping[str, Any], key: str) -> Any:
    return counts.get(key, 0)


def describe_stage(stage: str, counts: Mapping[str, Any]) -> str:
    """What a finished stage did, in a few words (``crawl: 3 pages, 58 items``)."""
    if stage == "crawl":
        return f"crawl: {_c(counts, 'pages')} pages, {_c(counts, 'items')} items"
    if stage == "clean":
        return f"clean: {_c(counts, 'cleaned')} articles, {_c(counts, 'clean_rejected')} rejected"
    if stage == "dedup":
        return (
            f"dedup: {_c(counts, 'dedup_exact_merged')} duplicate sightings merged, "
            f"{_c(counts, 'dedup_new')} new"
        )
    if stage == "quality":
        return (
            f"quality: {counts.get('quality_verdict', '-')}, {_c(counts, 'valid')} valid, "
            f"{_c(counts, 'quarantined')} quarantined"
        )
    if stage == "load":
        return (
            f"load: {_c(counts, 'inserted')} inserted, {_c(counts, 'updated')} updated, "
            f"{_c(counts, 'unchanged')} unchanged"
        )
    return stage


def describe(event: ProgressEvent) -> str:
    """The event as the text after ``<source> <window>``."""
    if event.kind == "start":
        return f"started (run {event.message})"
    if event.kind == "stage":
        return describe_stage(event.stage or "", event.counts)
    if event.kind == "report":
        return f"report: {event.message}"
    if event.kind == "done":
        return f"done in {event.elapsed:.1f} s"
    if event.kind == "failed":
        return f"FAILED after {event.elapsed:.1f} s: {event.message}"
    return f"skipped: already loaded by run {event.message}"


class LinesView:
    """One line per event: ``HH:MM:SS <source> <window> <what happened>``.

    A window's last line (``done``/``failed``) ends with ``[finished/total]`` windows.
    """

    def __init__(self, total: int, stream: IO[str] | None = None) -> None:
        self.total = total
        self.finished = 0
        self.stream = stream

    def __call__(self, event: ProgressEvent) -> None:
        suffix = ""
        if event.kind in ("done", "failed"):
            self.finished += 1
            suffix = f" [{self.finished}/{self.total}]"
        line = f"{time.strftime('%H:%M:%S')} {event.source} {event.window} {describe(event)}"
        print(line + suffix, file=self.stream or sys.stderr, flush=True)

    def __enter__(self) -> LinesView:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        return None


class BarsView:
    """One rich progress bar per source; failures and report paths print above the bars."""

    def __init__(self, plan: Mapping[str, int], console: Console) -> None:
        from rich.progress import (
            BarColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.progress: Progress = Progress(
            SpinnerColumn(),
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            TextColumn("{task.fields[windows]}"),
            TextColumn("{task.fields[volume]}"),
            TextColumn("{task.fields[stage]}"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=console,
        )
        self.plan = dict(plan)
        self.done: dict[str, int] = dict.fromkeys(plan, 0)
        self.steps: dict[tuple[str, str], int] = {}
        self.pages: dict[str, int] = dict.fromkeys(plan, 0)
        self.items: dict[str, int] = dict.fromkeys(plan, 0)
        self.tasks: dict[str, TaskID] = {}
        for source, windows in plan.items():
            self.tasks[source] = self.progress.add_task(
                source,
                total=windows * STAGES_PER_WINDOW,
                windows=f"0/{windows} windows",
                volume="0 pages · 0 items",
                stage="",
            )

    def _update(self, source: str, advance: int, stage: str) -> None:
        self.progress.update(
            self.tasks[source],
            advance=advance,
            windows=f"{self.done[source]}/{self.plan[source]} windows",
            volume=f"{self.pages[source]} pages · {self.items[source]} items",
            stage=stage,
        )

    def __call__(self, event: ProgressEvent) -> None:
        source, key = event.source, (event.source, event.window)
        if source not in self.tasks and event.kind != "skipped":
            return
        if event.kind == "stage":
            self.steps[key] = self.steps.get(key, 0) + 1
            if event.stage == "crawl":
                self.pages[source] += int(event.counts.get("pages", 0))
                self.items[source] += int(event.counts.get("items", 0))
            self._update(source, 1, f"{event.window} {event.stage}")
        elif event.kind in ("done", "failed"):
            self.done[source] += 1
            rest = STAGES_PER_WINDOW - self.steps.pop(key, 0)
            self._update(source, rest, f"{event.window} {event.kind}")
            if event.kind == "failed":
                self.progress.console.print(f"[red]{source} {event.window} {describe(event)}")
        elif event.kind in ("report", "skipped"):
            self.progress.console.print(f"{source} {event.window} {describe(event)}")
        elif event.kind == "start":
            self._update(source, 0, f"{event.window} crawl")

    def __enter__(self) -> BarsView:
        self.progress.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.progress.stop()


ProgressView = LinesView | BarsView


def make_view(plan: Mapping[str, int], console: Console) -> ProgressView:
    """Bars when ``console`` is a terminal, lines otherwise; ``plan`` is source -> windows."""
    if console.is_terminal:
        return BarsView(plan, console)
    return LinesView(sum(plan.values()), stream=console.file)
