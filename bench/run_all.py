"""``make bench``: run every benchmark of the suite and write BENCHMARKS.md.

Each benchmark is a module of this package runnable as ``python -m bench.<name>`` that prints
its own markdown section (figures are medians of several runs, with a baseline measured in the
same run and the ratio to it). This runner only sequences them, one process each so that one
benchmark's memory or imports never colour another's figures, and assembles the file.
Benchmarks are never part of ``make test``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.machine import describe

REPO = Path(__file__).resolve().parent.parent

# (module, title, timeout in seconds) in the order they appear in BENCHMARKS.md.
SUITE: list[tuple[str, str, int]] = [
    ("extraction_eval", "Listing extraction: accuracy and speed vs bare lxml parse", 900),
    ("demosite_throughput", "Demo site throughput on loopback", 300),
    ("load_bench", "Warehouse load vs raw COPY and pandas.to_sql", 1800),
    ("quality_bench", "Quality stage (Great Expectations) at scale", 900),
]


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", nargs="*", help="module names to run (default: all)")
    parser.add_argument("--out", type=Path, default=REPO / "BENCHMARKS.md")
    args = parser.parse_args(argv)
    chosen = [s for s in SUITE if not args.only or s[0] in args.only]
    sections = []
    failures = 0
    for module, title, timeout in chosen:
        print(f"bench: {module} …", flush=True)
        body, elapsed, ok = run_one(module, timeout)
        failures += not ok
        sections.append(f"## {title}\n\n`python -m bench.{module}` ({elapsed:.0f} s)\n\n{body}\n")
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    text = "\n".join(
        [
            "# Benchmarks",
            "",
            f"Written by `make bench` on {stamp}. Every figure is measured on the machine below,",
            "side by side with its baseline in the same run; ratios are what to compare across",
            "machines. A target that is missed says so.",
            "",
            "## Machine",
            "",
            describe(),
            "",
            *sections,
        ]
    )
    args.out.write_text(text, encoding="utf-8")
    print(f"bench: wrote {args.out} ({failures} benchmark(s) failed)")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
