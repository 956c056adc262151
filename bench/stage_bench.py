"""Stages after the crawl at 10k and 100k records: clean, exact dedup, near-dup, quality.

Run ``python -m bench.stage_bench [--url URL] [--sizes 10000 100000] [--runs 3]``. ``--url``
names a PostgreSQL server's maintenance database (default: ``NEWSFLOW_TEST_PG_URL`` or
``postgresql+psycopg2://postgres@127.0.0.1:5432/postgres``); one scratch database per size is
created there, migrated to head, and dropped at the end.

**Records.** What the six demo outlets published, at volume scale 20 (about 5,800 articles a
day), KST day by day back from 2025-04-09 until ``size`` is reached, as the RawItems a crawl
with article pages yields (``bench.dedup_bench.oracle_items``: the oracle's title, lead, time,
section, body and byline). Every 20th item is seen a second time on the next listing page, as
crawls of moving lists see them, so the exact dedup has sightings to merge. The demo network
is deterministic: the same sizes give the same records.

**Timed** (each stage per outlet, as a run does it, summed over the outlets; medians of
``--runs``, or of ``--runs-large`` from 100k records up, where one run of every stage takes
minutes), each next to a baseline in the same run:

- clean: ``etl.clean.clean`` of the RawItems; baseline: reading the same batch from its JSON
  lines into RawItems (what the stage reads before it cleans);
- dedup, exact: ``etl.dedup.dedup`` with the warehouse lookups of the pipeline
  (``existing_hashes``/``existing_aliases``) on PostgreSQL, first against a warehouse without
  the batch (a first load) and again once it is loaded (a re-run: every article known);
  baseline: one dict of the batch by url hash;
- dedup, near-dup: ``etl.warehouse.stories.index_stories`` of each outlet's loaded batch
  (signatures, bands, candidate search, story ids), outlets in the network's order so that
  copies find their wire originals; the bands and story ids are cleared between runs;
  baseline: the batch's signatures and band hashes alone, in memory;
- quality: ``etl.quality.validate`` (Great Expectations row suites, batch checks, Data Docs
  written) over each outlet's deduplicated batch; baseline: building the pandas frames GX
  validates.

Target: quality under 5 s for 100k rows (the stage's own benchmark, ``bench.quality_bench``,
judges its worst case). Not a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from bench.dedup_bench import oracle_items, vacuum
from bench.load_bench import scratch_warehouse
from bench.targets import Target, marker
from demosite.outlets import OUTLETS
from etl.clean import clean
from etl.dedup import dedup
from etl.dedup.signature import band_hashes, signatures, story_text
from etl.quality import validate
from etl.quality.gx_runner import import_gx
from etl.quality.rows import build_frames
from etl.records import Article, RawItem
from etl.sources import SourceProfile, load_source
from etl.warehouse.load import existing_aliases, existing_hashes, load_batch
from etl.warehouse.runs import start_run
from etl.warehouse.stories import index_stories
from etl.window import KST, Window

DEFAULT_URL = os.environ.get(
    "NEWSFLOW_TEST_PG_URL", "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres"
)
SOURCES_DIR = Path(__file__).resolve().parent.parent / "sources"
LAST_DAY = date(2025, 4, 9)
VOLUME_SCALE = 20.0
SEEN_AGAIN_EVERY = 20
TARGET_QUALITY_SECONDS, QUALITY_TARGET_SIZE = 5.0, 100_000
STAGES = ("clean", "dedup exact, first load", "dedup exact, re-run", "near-dup", "quality")


@dataclass
class Batch:
    """One outlet's share of the records: its RawItems and the window they span."""

    profile: SourceProfile
    items: list[RawItem]
    first_day: date
    last_day: date
    articles: list[Article] | None = None  # after clean and exact dedup

    @property
    def window(self) -> Window:
        return Window.days(self.first_day, self.last_day + timedelta(days=1))


def records(size: int) -> list[Batch]:
    """At least ``size`` RawItems of the demo outlets, day by day back from LAST_DAY."""
    batches = {o: Batch(load_source(o, SOURCES_DIR), [], LAST_DAY, LAST_DAY) for o in OUTLETS}
    total, day = 0, LAST_DAY
    while total < size:
        for outlet, batch in batches.items():
            for raw, _ in oracle_items(outlet, day, VOLUME_SCALE):
                batch.items.append(raw)
                total += 1
                if total % SEEN_AGAIN_EVERY == 0:
                    batch.items.append(replace(raw, page=2, position=1))
                    total += 1
            batch.first_day = day
        day -= timedelta(days=1)
    return list(batches.values())


def median_seconds(action: Callable[[], object], runs: int, before: Callable[[], object]) -> float:
    """Median wall time of ``action`` over ``runs``; ``before`` runs untimed before each."""
    times = []
    for _ in range(runs):
        before()
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def nothing() -> None:
    return None


def clear_stories(engine: sa.Engine) -> None:
    """Undo ``index_stories``: no bands, no story ids; vacuumed as autovacuum would leave it."""
    with engine.begin() as conn:
        conn.execute(sa.text("truncate news.story_bands"))
        conn.execute(sa.text("update news.articles set story_id = null where story_id is not null"))
    vacuum(engine)


@dataclass(frozen=True)
class Figures:
    """Median seconds of one stage and of its baseline over all outlets' batches."""

    records: int
    seconds: float
    baseline: float


def measure(server_url: str, size: int, runs: int, out_dir: Path) -> dict[str, Figures]:
    """Every stage's figures for ``size`` records (see the module docstring)."""
    batches = records(size)
    raw_count = sum(len(b.items) for b in batches)
    lines = {b.profile.code: [item.to_json() for item in b.items] for b in batches}
    figures: dict[str, Figures] = {}

    def clean_all() -> None:
        for b in batches:
            b.articles = clean(b.items, b.profile).articles

    def read_all() -> None:
        for b in batches:
            [RawItem.from_dict(json.loads(line)) for line in lines[b.profile.code]]

    clean_all()
    cleaned = sum(len(b.articles or []) for b in batches)
    figures["clean"] = Figures(
        raw_count, median_seconds(clean_all, runs, nothing), median_seconds(read_all, runs, nothing)
    )

    with scratch_warehouse(server_url) as engine:

        def dedup_all() -> None:
            for b in batches:
                code = b.profile.code
                result = dedup(
                    list(b.articles or []),
                    lambda hashes, code=code: existing_hashes(engine, code, hashes),
                    lambda keys, code=code: existing_aliases(engine, code, keys),
                )
                b.articles = result.articles

        cleaned_batches = {b.profile.code: list(b.articles or []) for b in batches}

        def restore() -> None:
            for b in batches:
                b.articles = list(cleaned_batches[b.profile.code])

        def by_hash() -> None:
            for b in batches:
                {a.url_hash: a for a in cleaned_batches[b.profile.code]}

        dict_floor = median_seconds(by_hash, runs, nothing)
        first = median_seconds(dedup_all, runs, restore)
        deduped = sum(len(b.articles or []) for b in batches)
        figures["dedup exact, first load"] = Figures(cleaned, first, dict_floor)

        for b in batches:  # untimed: the load stage, so that the warehouse holds the batch
            run_id = f"{b.profile.code}_stage_bench"
            start_run(engine, run_id=run_id, source=b.profile.code, window=b.window)
            seen = datetime.combine(LAST_DAY + timedelta(days=1), datetime.min.time(), KST)
            load_batch(
                engine,
                run_id=run_id,
                source=b.profile,
                articles=list(b.articles or []),
                quarantined=[],
                seen_at=seen,
            )
        vacuum(engine)
        again = median_seconds(dedup_all, runs, restore)
        figures["dedup exact, re-run"] = Figures(cleaned, again, dict_floor)

        def index_all() -> None:
            for b in batches:
                index_stories(engine, b.profile.code, [a.url_hash for a in b.articles or []])

        texts = [story_text(a.title, a.summary, a.body) for b in batches for a in b.articles or []]
        figures["near-dup"] = Figures(
            deduped,
            median_seconds(index_all, runs, lambda: clear_stories(engine)),
            median_seconds(lambda: band_hashes(signatures(texts)), runs, nothing),
        )

    now = datetime.combine(LAST_DAY + timedelta(days=1), datetime.min.time(), KST)

    def validate_all() -> None:
        for b in batches:
            validate(list(b.articles or []), b.profile, b.window, now=now, out_dir=out_dir)

    def frames_all() -> None:
        for b in batches:
            build_frames(list(b.articles or []), now)

    figures["quality"] = Figures(
        deduped,
        median_seconds(validate_all, runs, nothing),
        median_seconds(frames_all, runs, nothing),
    )
    return figures


def runs_for(size: int, args: argparse.Namespace) -> int:
    return int(args.runs_large if size >= QUALITY_TARGET_SIZE else args.runs)


def report(results: dict[int, dict[str, Figures]], runs: dict[int, int]) -> str:
    said = ", ".join(f"{n} run(s) at {size:,}" for size, n in runs.items())
    lines = [
        f"Demo outlets at volume scale {VOLUME_SCALE:g}, medians of {said}; every stage per "
        "outlet as a run does it, on PostgreSQL where it touches the warehouse.",
        "",
        "| records | stage | input records | seconds | records/s | baseline | baseline s "
        "| x baseline |",
        "|---:|---|---:|---:|---:|---|---:|---:|",
    ]
    baselines = {
        "clean": "read the JSON lines",
        "dedup exact, first load": "dict by url hash",
        "dedup exact, re-run": "dict by url hash",
        "near-dup": "signatures + bands in memory",
        "quality": "build the pandas frames",
    }
    for size, figures in results.items():
        for stage in STAGES:
            f = figures[stage]
            lines.append(
                f"| {size:,} | {stage} | {f.records:,} | {f.seconds:.2f} | "
                f"{f.records / f.seconds:,.0f} | {baselines[stage]} | {f.baseline:.3f} | "
                f"{f.seconds / f.baseline:.1f} |"
            )
    return "\n".join(lines)


def targets(results: dict[int, dict[str, Figures]]) -> list[Target]:
    found = []
    for size, figures in results.items():
        rates = ", ".join(f"{s} {figures[s].records / figures[s].seconds:,.0f}/s" for s in STAGES)
        found.append(
            Target(f"stages at {size // 1000}k records: records/s", "reported", rates, None)
        )
    largest = max(results)
    if largest >= QUALITY_TARGET_SIZE:
        quality = results[largest]["quality"]
        found.append(
            Target(
                f"quality: {largest // 1000}k records of the demo outlets",
                f"< {TARGET_QUALITY_SECONDS:g} s",
                f"{quality.seconds:.2f} s ({quality.records:,} deduplicated records)",
                quality.seconds < TARGET_QUALITY_SECONDS,
            )
        )
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--url", default=DEFAULT_URL, help="PostgreSQL maintenance database")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=3, help="timed runs per stage (median)")
    parser.add_argument("--runs-large", type=int, default=1, help="runs from 100k records up")
    args = parser.parse_args(argv)
    import_gx()  # the one-off import (seconds) is not what a validation costs
    with tempfile.TemporaryDirectory() as folder:
        results = {
            size: measure(args.url, size, runs_for(size, args), Path(folder) / str(size))
            for size in args.sizes
        }
    print(report(results, {size: runs_for(size, args) for size in args.sizes}))
    print(marker(targets(results)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
