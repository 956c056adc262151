"""Crawl throughput: the listing spider over the loopback demosite against ``scrapy bench``.

Run ``python -m bench.crawl_bench [--rounds 3] [--volume-scale 4]``. The demo network is served
in this process with its clock fixed at 2025-04-10 09:00 KST and every outlet's daily volume
multiplied by ``--volume-scale`` (4: about 1,200 articles a day over the six outlets). Each
round runs, one after the other on the same machine:

- **scrapy bench**: the venv's ``scrapy bench`` (Scrapy's own crawl of a local link farm, no
  project settings: it runs in an empty folder); its rate is the median of the
  ``Crawled N pages (at X pages/min)`` lines it logs each second, the first (empty) one left
  out;
- **listing spider**: ``etl.crawl.crawl`` of the KST day 2025-04-09 for each of the six
  outlets, one after the other: the project's real Scrapy settings with
  ``NEWSFLOW_CRAWL_FAST=1`` (no download delay, no AutoThrottle, 8 requests in flight per
  outlet), robots.txt, retries, the response archive and article pages included. Its rate is
  the responses counted in the crawls' ``stats.json`` over the crawls' own durations; the
  end-to-end rate also pays each crawl subprocess's start (importing Scrapy, reading robots).

It prints a markdown table of medians and the ratio of the spider's rate to ``scrapy bench``'s
(``scrapy bench`` follows links and parses nothing: it is the ceiling of this Scrapy on this
machine). No target; the ratio is reported. Not a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from bench.targets import Target, marker
from demosite.outlets import OUTLETS
from demosite.server import serve_background
from etl.config import get_settings
from etl.crawl import crawl
from etl.sources import load_source
from etl.window import KST, Window

REPO = Path(__file__).resolve().parent.parent
SOURCES_DIR = REPO / "sources"
NOW = datetime(2025, 4, 10, 9, 0, tzinfo=KST)
DAY = date(2025, 4, 9)
BENCH_LINE = re.compile(r"Crawled (?P<pages>\d+) pages \(at (?P<rate>\d+) pages/min\)")


@dataclass(frozen=True)
class SpiderRun:
    """One round of the listing spider over every outlet's day."""

    pages: int
    items: int
    crawl_seconds: float  # the crawls' own durations (stats.json), summed
    wall_seconds: float  # the same crawls end to end, subprocess start included

    @property
    def rate(self) -> float:
        return self.pages / self.crawl_seconds

    @property
    def wall_rate(self) -> float:
        return self.pages / self.wall_seconds


def scrapy_bench_rate(log: str) -> float:
    """Pages per second of a ``scrapy bench`` log: the median of its per-interval rates.

    The first ``Crawled`` line (before any response) is left out; raises ValueError when the
    log has no rate after it (the bench did not run).
    """
    rates = [int(m["rate"]) for m in BENCH_LINE.finditer(log)][1:]
    if not rates:
        raise ValueError("scrapy bench logged no 'Crawled N pages (at X pages/min)' line")
    return statistics.median(rates) / 60.0


def run_scrapy_bench() -> float:
    """Run the venv's ``scrapy bench`` in an empty folder; its pages per second."""
    scrapy = Path(sys.executable).with_name("scrapy")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SCRAPY_")}
    with tempfile.TemporaryDirectory() as folder:
        done = subprocess.run(
            [str(scrapy), "bench"],
            cwd=folder,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
    return scrapy_bench_rate(done.stderr + done.stdout)


def run_spider(data_dir: Path) -> SpiderRun:
    """Crawl DAY of every outlet into ``data_dir`` (a fresh folder per round)."""
    pages = items = 0
    crawl_seconds = wall_seconds = 0.0
    window = Window.day(DAY)
    for outlet in OUTLETS:
        profile = load_source(outlet, SOURCES_DIR)
        started = time.perf_counter()
        result = crawl(profile, window, out_dir=data_dir / outlet)
        wall_seconds += time.perf_counter() - started
        pages += int(result.stats["responses"])
        items += result.items
        crawl_seconds += float(result.stats["duration_seconds"])
    return SpiderRun(pages, items, crawl_seconds, wall_seconds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=3, help="rounds (median)")
    parser.add_argument("--volume-scale", type=float, default=4.0)
    args = parser.parse_args(argv)

    bench_rates: list[float] = []
    spider_runs: list[SpiderRun] = []
    with (
        serve_background(now=NOW, volume_scale=args.volume_scale) as site,
        tempfile.TemporaryDirectory() as folder,
    ):
        os.environ.update(
            {
                "NEWSFLOW_DEMOSITE_URLS": json.dumps(site.urls),
                "NEWSFLOW_CRAWL_FAST": "1",
                "NEWSFLOW_DATA_DIR": str(Path(folder) / "data"),
                "NEWSFLOW_SOURCES_DIR": str(SOURCES_DIR),
            }
        )
        get_settings.cache_clear()
        run_spider(Path(folder) / "warm-up")  # the site's page caches: measure the crawl
        for round_no in range(args.rounds):
            bench_rates.append(run_scrapy_bench())
            spider_runs.append(run_spider(Path(folder) / f"round-{round_no}"))

    bench = statistics.median(bench_rates)
    rate = statistics.median(r.rate for r in spider_runs)
    wall_rate = statistics.median(r.wall_rate for r in spider_runs)
    last = spider_runs[-1]
    lines = [
        f"KST day {DAY} of all {len(OUTLETS)} demo outlets at volume scale "
        f"{args.volume_scale:g} ({last.items:,} items, {last.pages:,} responses a round), "
        f"medians of {args.rounds} rounds; baseline: `scrapy bench` in the same rounds.",
        "",
        "| crawl | pages/s | x scrapy bench |",
        "| --- | ---: | ---: |",
        f"| `scrapy bench` (Scrapy {_scrapy_version()}, link farm, no parsing) | {bench:,.0f} "
        "| 1.00 |",
        f"| listing spider, crawl time (real settings, no politeness delays) | {rate:,.0f} "
        f"| {rate / bench:.2f} |",
        f"| listing spider, end to end (with each crawl subprocess's start) | {wall_rate:,.0f} "
        f"| {wall_rate / bench:.2f} |",
        "",
        "The spider pays what `scrapy bench` does not: robots.txt, at most 8 requests in "
        "flight per outlet, listing extraction and window checks, article-page extraction, "
        "the WARC archive of every response and the items file.",
    ]
    print("\n".join(lines))
    print(
        marker(
            [
                Target(
                    "crawl: pages/s vs scrapy bench",
                    "reported",
                    f"{rate:,.0f} vs {bench:,.0f} pages/s ({rate / bench:.2f}x)",
                    None,
                )
            ]
        )
    )
    return 0


def _scrapy_version() -> str:
    from importlib.metadata import version

    return version("scrapy")


if __name__ == "__main__":
    raise SystemExit(main())
