"""``make bench``: run every benchmark of the suite and write BENCHMARKS.md.

Each benchmark is a module of this package runnable as ``python -m bench.<name>`` that prints
its own markdown section (figures are medians of several runs, with a baseline measured in the
same run and the ratio to it) and, last, a targets line (``bench.targets``). This runner only
sequences them, one process each so that one benchmark's memory or imports never colour
another's figures, and assembles the file: the machine (with the load average at the start
and end, as the machine may be shared), a table of every target with its measured figure and
pass/miss, then each benchmark's section. A benchmark that failed, timed out or is missing
from the checkout leaves its targets "not measured", which counts as missed.
Benchmarks are never part of ``make test``.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.machine import describe, is_loaded, load_average
from bench.targets import Target, split

REPO = Path(__file__).resolve().parent.parent

# (module, title, timeout in seconds) in the order they appear in BENCHMARKS.md.
SUITE: list[tuple[str, str, int]] = [
    ("extraction_eval", "Listing extraction: accuracy and speed vs bare lxml parse", 900),
    ("demosite_throughput", "Demo site throughput on loopback", 300),
    ("crawl_bench", "Crawl: the listing spider vs scrapy bench", 900),
    ("stage_bench", "Stages: clean, dedup (exact, near-dup), quality at 10k and 100k", 1800),
    ("dedup_bench", "Dedup: story clusters and the near-dup stage against history", 2400),
    ("quality_bench", "Quality stage (Great Expectations) at scale", 900),
    ("load_bench", "Warehouse load vs raw COPY and pandas.to_sql", 1800),
    ("whole_day", "Whole day: newsflow run and dag.test()", 1800),
    ("backfill_growth", "Backfill growth: 3, 30 and 365 days", 2700),
    ("celery_scaleout", "Scale-out: one vs two Celery workers", 1800),
]

# What each benchmark must report for the targets table; a module that gives no targets line
# (or did not run) shows these as "not measured".
EXPECTED: dict[str, list[tuple[str, str]]] = {
    "extraction_eval": [
        ("extraction: F1 per page (worst page)", ">= 0.95"),
        ("extraction: time vs bare lxml parse (worst page)", "<= 5x"),
    ],
    "dedup_bench": [
        ("dedup: story pair precision / recall", ">= 0.97 / >= 0.95"),
        ("dedup: near-dup stage rate", ">= 5,000 articles/s"),
        ("dedup: batch cost, 1M vs 10k history", "flat (<= 1.5x)"),
    ],
    "quality_bench": [("quality: 100k rows, slowest case", "< 5 s")],
    "load_bench": [
        ("load: first load vs raw COPY", ">= 0.5x"),
        ("load: first load vs pandas.to_sql", ">= 5x"),
        ("load: re-load vs first load", "faster"),
    ],
    "backfill_growth": [
        ("backfill: 365-day vs 30-day time", "<= 12x"),
        ("backfill: peak RSS", "flat, < 1 GB"),
    ],
    "celery_scaleout": [("Celery: one vs two workers", "reported")],
}


def run_one(module: str, timeout: int) -> tuple[str, float, bool]:
    started = time.perf_counter()
    if not (REPO / "bench" / f"{module}.py").exists():
        return "_not available in this checkout_", 0.0, False
    try:
        done = subprocess.run(
            [sys.executable, "-m", f"bench.{module}"],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return f"_timed out after {timeout} s_", time.perf_counter() - started, False
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        tail = "\n".join(done.stderr.strip().splitlines()[-15:])
        return f"_failed (exit {done.returncode})_\n\n```\n{tail}\n```", elapsed, False
    return done.stdout.strip(), elapsed, True


def extraction_targets(body: str) -> list[Target] | None:
    """Targets read off ``extraction_eval``'s per-page table (it prints no targets line): the
    worst page's F1 (column ``F1``) and time ratio (column ``ratio``), as that module's own
    ``failures`` judges them. None when the table is not there."""
    rows = [
        [cell.strip() for cell in line.strip().strip("|").split("|")]
        for line in body.splitlines()
        if line.lstrip().startswith("|")
    ]
    header = next((row for row in rows if "F1" in row and "ratio" in row), None)
    if header is None:
        return None
    f1_at, ratio_at = header.index("F1"), header.index("ratio")
    f1s, ratios = [], []
    for row in rows:
        if row is header or len(row) != len(header) or set(row[0]) <= {"-", ":"}:
            continue
        try:
            f1s.append(float(row[f1_at]))
            ratios.append(float(row[ratio_at].rstrip("x×")))
        except ValueError:
            continue
    if not f1s:
        return None
    worst_f1, worst_ratio = min(f1s), max(ratios)
    return [
        Target(
            "extraction: F1 per page (worst page)",
            ">= 0.95",
            f"{worst_f1:.3f} (mean {statistics.mean(f1s):.3f}, {len(f1s)} pages)",
            worst_f1 >= 0.95,
        ),
        Target(
            "extraction: time vs bare lxml parse (worst page)",
            "<= 5x",
            f"{worst_ratio:.1f}x (median page {statistics.median(ratios):.1f}x)",
            worst_ratio <= 5.0,
        ),
    ]


def section_targets(module: str, body: str, ok: bool) -> tuple[str, list[Target]]:
    """The section text without its targets line, and its targets (``EXPECTED`` ones missing
    from it are "not measured")."""
    text, targets = split(body) if ok else (body, None)
    if targets is None and ok and module == "extraction_eval":
        targets = extraction_targets(text)
    targets = list(targets or [])
    given = {t.name for t in targets}
    for name, goal in EXPECTED.get(module, []):
        if name not in given:
            targets.append(Target(name, goal, "not measured", False))
    return text, targets


def targets_table(rows: list[tuple[str, Target]]) -> str:
    lines = ["| target | goal | measured | result | from |", "| --- | --- | --- | --- | --- |"]
    for module, t in rows:
        measured = re.sub(r"\s+", " ", t.measured)
        lines.append(f"| {t.name} | {t.goal} | {measured} | {t.verdict} | `{module}` |")
    missed = sum(1 for _, t in rows if t.passed is False)
    lines += ["", f"{missed} of {len(rows)} targets missed." if missed else "Every target met."]
    return "\n".join(lines)


def document(
    sections: list[str],
    targets: list[tuple[str, Target]],
    loads: list[float],
    pending: list[str],
) -> str:
    """BENCHMARKS.md: header, loaded-machine note, targets, machine, sections; ``pending``
    names the benchmarks not run yet (a file written while the suite is still running)."""
    load_start, load_end = loads[0], loads[-1]
    loaded = (
        [
            f"**Taken on a loaded machine:** the 1-minute load average was {load_start:.1f} at the",
            f"start and {load_end:.1f} at the end on {os.cpu_count()} cores (other work was",
            f"running; highest seen between benchmarks: {max(loads):.1f}), so absolute figures",
            "are slower than an idle machine's; ratios to the baselines measured in the same",
            "run suffer less.",
            "",
        ]
        if is_loaded(*loads)
        else []
    )
    unfinished = (
        [f"**Incomplete:** not run yet: {', '.join(f'`{m}`' for m in pending)}.", ""]
        if pending
        else []
    )
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return "\n".join(
        [
            "# Benchmarks",
            "",
            f"Written by `make bench` on {stamp}. Every figure is measured on the machine below,",
            "side by side with its baseline in the same run; ratios are what to compare across",
            "machines. A target that is missed says so.",
            "",
            *unfinished,
            *loaded,
            "## Targets",
            "",
            targets_table(targets),
            "",
            "## Machine",
            "",
            describe(load_start, load_end),
            "",
            *sections,
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", nargs="*", help="module names to run (default: all)")
    parser.add_argument("--out", type=Path, default=REPO / "BENCHMARKS.md")
    args = parser.parse_args(argv)
    chosen = [s for s in SUITE if not args.only or s[0] in args.only]
    loads = [load_average()[0]]
    sections: list[str] = []
    targets: list[tuple[str, Target]] = []
    failures = 0
    for number, (module, title, timeout) in enumerate(chosen):
        print(f"bench: {module} …", flush=True)
        body, elapsed, ok = run_one(module, timeout)
        loads.append(load_average()[0])
        failures += not ok
        text, found = section_targets(module, body, ok)
        targets += [(module, t) for t in found]
        sections.append(f"## {title}\n\n`python -m bench.{module}` ({elapsed:.0f} s)\n\n{text}\n")
        # Written after every benchmark, so a long suite stopped halfway still leaves its figures.
        pending = [m for m, _, _ in chosen[number + 1 :]]
        args.out.write_text(document(sections, targets, loads, pending), encoding="utf-8")
    print(f"bench: wrote {args.out} ({failures} benchmark(s) failed)")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
