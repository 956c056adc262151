"""Progress: plain lines off a terminal, rich bars on one; the same events drive both."""

from __future__ import annotations

import io
import re

from rich.console import Console

from etl.progress import BarsView, LinesView, ProgressEvent, make_view

CRAWLED = {"pages": 3, "items": 58}
EVENTS = [
    ProgressEvent("start", "demo-daily", "2025-04-08", message="run-1"),
    ProgressEvent("stage", "demo-daily", "2025-04-08", stage="crawl", counts=CRAWLED),
    ProgressEvent(
        "stage", "demo-daily", "2025-04-08", stage="quality",
        counts={"quality_verdict": "warn", "valid": 50, "quarantined": 3},
    ),
    ProgressEvent(
        "stage", "demo-daily", "2025-04-08", stage="load",
        counts={"inserted": 50, "updated": 1, "unchanged": 2},
    ),
    ProgressEvent("report", "demo-daily", "2025-04-08", message="/data/runs/run-1/report.html"),
    ProgressEvent("done", "demo-daily", "2025-04-08", elapsed=12.34),
    ProgressEvent("failed", "demo-daily", "2025-04-09", message="crawl of … failed", elapsed=2),
    ProgressEvent("skipped", "demo-daily", "2025-04-10", message="run-0"),
]  # fmt: skip


def test_lines_view_prints_one_line_per_event():
    out = io.StringIO()
    view = LinesView(total=2, stream=out)
    for event in EVENTS:
        view(event)
    lines = out.getvalue().splitlines()
    assert all(re.match(r"\d\d:\d\d:\d\d ", line) for line in lines)
    assert [line[9:] for line in lines] == [
        "demo-daily 2025-04-08 started (run run-1)",
        "demo-daily 2025-04-08 crawl: 3 pages, 58 items",
        "demo-daily 2025-04-08 quality: warn, 50 valid, 3 quarantined",
        "demo-daily 2025-04-08 load: 50 inserted, 1 updated, 2 unchanged",
        "demo-daily 2025-04-08 report: /data/runs/run-1/report.html",
        "demo-daily 2025-04-08 done in 12.3 s [1/2]",
        "demo-daily 2025-04-09 FAILED after 2.0 s: crawl of … failed [2/2]",
        "demo-daily 2025-04-10 skipped: already loaded by run run-0",
    ]


def test_bars_view_counts_windows_pages_and_items_per_source():
    console = Console(file=io.StringIO(), force_terminal=True, width=200)
    with BarsView({"demo-daily": 2}, console) as view:
        for event in EVENTS[:6]:
            view(event)
        [task] = view.progress.tasks
    assert (task.completed, task.total) == (5, 10)  # one of two windows, five stages each
    assert task.fields["windows"] == "1/2 windows"
    assert task.fields["volume"] == "3 pages · 58 items"


def test_a_terminal_gets_bars_and_anything_else_gets_lines():
    terminal = Console(file=io.StringIO(), force_terminal=True)
    pipe = Console(file=io.StringIO(), force_terminal=False)
    assert isinstance(make_view({"demo-daily": 1}, terminal), BarsView)
    assert isinstance(make_view({"demo-daily": 1}, pipe), LinesView)
