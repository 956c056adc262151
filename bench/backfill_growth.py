"""Backfill growth: ``newsflow backfill`` over 3, 30 and 365 demo days into PostgreSQL.

Run ``python -m bench.backfill_growth [--url URL] [--days 3 30 365] [--outlet demo-daily]
[--volume-scale 1] [--workers 2]``. The demo network is served in this process with its clock
fixed at 2025-04-10 09:00 KST and the outlet's daily volume times ``--volume-scale``; each span
ends on 2025-04-09 and is backfilled into a fresh scratch PostgreSQL database (migrated to
head first, untimed) with a fresh data folder, as one ``newsflow backfill --from … --to …
--sources OUTLET --workers N`` command in a child process: wall time, the largest resident
size any one process of its tree reached (the command, its worker processes and their Scrapy
children, polled with psutil every 50 ms) and the largest sum over the tree at one moment.
The articles loaded are checked against the oracle's count for the span.

Why one outlet, and why ``demo-daily``: the figure is meant to show how the *pipeline's* cost
grows with the warehouse behind it (dedup lookups, quality's trailing history, story search,
the run bookkeeping, the report over every window), so the crawl of each day must cost the
same whatever its age. ``demo-daily`` pages by number and the spider seeks the window's first
page, so a day a year back costs a handful of extra listing pages. ``demo-wire`` pages by
cursor "next" links only: reaching a day ``d`` days back walks every listing page since, so
backfilling ``n`` days walks about ``n²/2`` days of listings and would measure that walk (a
crawl cost of the outlet, not growth of the pipeline). One run per span: the 365-day run takes
tens of minutes; every window's fixed cost (a Scrapy subprocess, Great Expectations) is paid
365 times, which is what keeps the whole growth run near the limit of a bench run, and why
the daily volume stays at the outlet's own (about 45 articles a day at scale 1).

``--budget`` seconds (default 1,200) bound the whole growth run: a span whose time, estimated
from the previous span's seconds per day, would not fit in what is left is not started, and a
running span is stopped when the budget runs out; either is printed as not measured (and its
targets as missed), so the figures of the shorter spans always reach the file.

Targets: the 365-day run's time at most 12x the 30-day run's (365/30 = 12.2: no worse than
linear) and peak RSS flat, under 1 GiB. Not a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from bench.load_bench import scratch_warehouse
from bench.targets import Target, marker
from bench.whole_day import MIB, Measured, pipeline_env, run_measured
from demosite.oracle import published
from demosite.server import serve_background
from etl.window import KST

DEFAULT_URL = os.environ.get(
    "NEWSFLOW_TEST_PG_URL", "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres"
)
NOW = datetime(2025, 4, 10, 9, 0, tzinfo=KST)
LAST_DAY = date(2025, 4, 9)
TARGET_RATIO, TARGET_RSS = 12.0, 1024 * MIB


@dataclass(frozen=True)
class Span:
    days: int
    articles: int  # what the oracle says the outlet published over the span
    loaded: int  # articles in the warehouse afterwards
    measured: Measured


def backfill(
    server_url: str,
    site_urls: dict[str, str],
    outlet: str,
    days: int,
    scale: float,
    workers: int,
    timeout: float,
) -> Span:
    """Backfill ``days`` days ending LAST_DAY of ``outlet`` into a scratch warehouse; raises
    RuntimeError when the command fails or is stopped after ``timeout`` seconds."""
    first = LAST_DAY - timedelta(days=days - 1)
    expected = sum(len(published(outlet, first + timedelta(days=n), scale)) for n in range(days))
    newsflow = Path(sys.executable).with_name("newsflow")
    command = [str(newsflow), "backfill", "--from", first.isoformat(), "--to"]
    command += [LAST_DAY.isoformat(), "--sources", outlet, "--workers", str(workers)]
    with tempfile.TemporaryDirectory() as folder, scratch_warehouse(server_url) as engine:
        url = engine.url.render_as_string(hide_password=False)
        measured = run_measured(
            command, pipeline_env(site_urls, url, Path(folder) / "data"), Path(folder)
        )
        with engine.connect() as conn:
            loaded = conn.execute(sa.text("select count(*) from news.articles")).scalar_one()
    return Span(days, expected, int(loaded), measured)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--url", default=DEFAULT_URL, help="PostgreSQL maintenance database")
    parser.add_argument("--days", type=int, nargs="+", default=[3, 30, 365])
    parser.add_argument("--outlet", default="demo-daily")
    parser.add_argument("--volume-scale", type=float, default=1.0)
    parser.add_argument("--workers", type=int, default=2, help="newsflow backfill --workers")
    parser.add_argument("--budget", type=float, default=1200.0, help="seconds for all spans")
    args = parser.parse_args(argv)

    spans: list[Span] = []
    not_measured: list[str] = []
    deadline = time.monotonic() + args.budget
    with serve_background(outlets=[args.outlet], now=NOW, volume_scale=args.volume_scale) as site:
        for days in sorted(args.days):
            left = deadline - time.monotonic()
            estimate = spans[-1].measured.seconds / spans[-1].days * days if spans else 0.0
            if estimate > left:
                not_measured.append(
                    f"- {days} days: not started, about {estimate:,.0f} s at the previous span's "
                    f"pace and {max(left, 0):,.0f} s of the {args.budget:,.0f} s budget left."
                )
                continue
            try:
                spans.append(
                    backfill(
                        args.url,
                        site.urls,
                        args.outlet,
                        days,
                        args.volume_scale,
                        args.workers,
                        timeout=left,
                    )
                )
            except RuntimeError as err:
                first = str(err).splitlines()[0]
                not_measured.append(f"- {days} days: not measured ({first}; budget {left:,.0f} s)")
                continue
            print(f"backfill_growth: {days} days done", file=sys.stderr)
    if not spans:
        print("\n".join(not_measured))
        print(marker([]))
        return 0

    per_day = sum(s.articles for s in spans) / sum(s.days for s in spans)
    lines = [
        f"`newsflow backfill --sources {args.outlet} --workers {args.workers}` into PostgreSQL, "
        f"volume scale {args.volume_scale:g}: {per_day:,.1f} articles a day on average (the "
        "outlet's own daily range, fixed by the demo network's seed). One run per span.",
        "",
        "| days | articles (oracle) | loaded | wall time, s | s per day | x previous span "
        "| peak RSS of one process, MiB | peak RSS of the tree, MiB |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    previous = None
    for s in spans:
        growth = "" if previous is None else f"{s.measured.seconds / previous.measured.seconds:.1f}"
        lines.append(
            f"| {s.days} | {s.articles:,} | {s.loaded:,} | {s.measured.seconds:.1f} | "
            f"{s.measured.seconds / s.days:.2f} | {growth} | {s.measured.peak_rss / MIB:,.0f} | "
            f"{s.measured.peak_tree_rss / MIB:,.0f} |"
        )
        previous = s
    found = []
    by_days = {s.days: s for s in spans}
    if 30 in by_days and 365 in by_days:
        ratio = by_days[365].measured.seconds / by_days[30].measured.seconds
        found.append(
            Target(
                "backfill: 365-day vs 30-day time",
                f"<= {TARGET_RATIO:g}x",
                f"{ratio:.2f}x ({by_days[365].measured.seconds:.0f} s vs "
                f"{by_days[30].measured.seconds:.0f} s)",
                ratio <= TARGET_RATIO,
            )
        )
        lines += ["", f"365 days vs 30 days: {ratio:.2f}x (target <= {TARGET_RATIO:g}x)."]
    peaks = [s.measured.peak_rss for s in spans]
    found.append(
        Target(
            "backfill: peak RSS",
            "flat, < 1 GB",
            ", ".join(f"{s.days} d {s.measured.peak_rss / MIB:,.0f} MiB" for s in spans),
            max(peaks) < TARGET_RSS and max(peaks) <= 1.5 * min(peaks),
        )
    )
    if not_measured:
        lines += ["", *not_measured]
    missing = [s for s in spans if s.loaded != s.articles]
    if missing:
        lines.append("")
        lines += [
            f"- {s.days} days: {s.loaded:,} articles loaded, the oracle says {s.articles:,}."
            for s in missing
        ]
    print("\n".join(lines))
    print(marker(found))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
