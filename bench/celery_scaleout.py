"""Scale-out on Airflow's CeleryExecutor: the same backfill on one worker, then on two.

Run ``python -m bench.celery_scaleout [--days 4] [--repeat 1] [--concurrency 2]``. Needs
PostgreSQL (``NEWSFLOW_TEST_PG_URL`` or 127.0.0.1:5432, user postgres) and Redis at
127.0.0.1:6379 (database ``--broker-db``, default 12, is claimed and flushed before each
run and flushed after; a database another running deployment claimed is refused).

For each worker count it starts, in a scratch AIRFLOW_HOME, the API server, scheduler, DAG
processor and that many ``airflow celery worker`` processes (``--concurrency`` task slots each,
all on the ``default`` queue, each with a private data dir and one shared NEWSFLOW_DATA_URI),
with fresh metadata and warehouse databases, and times ``airflow backfill create`` of
news_nightly over ``--days`` demosite days (every demo outlet, two runs at once,
``newsflow_crawl`` pool of 4 slots) from the create command until every run has ended.
Airflow's start-up is not timed. It prints a Markdown section: the machine, wall time per
worker count (median of ``--repeat`` runs) and the ratio. Not a test: figures depend on the
machine; on a 2-core machine the second worker adds slots, not cores.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from bench.machine import load_average
from bench.targets import Target, marker

REPO = Path(__file__).resolve().parents[1]
PG_ADMIN_URL = os.environ.get(
    "NEWSFLOW_TEST_PG_URL", "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres"
)
BROKER_DB = 12
FIRST_DAY = "2025-04-06"
# The demosite's clock, as in the tests: the days before it are complete and stable.
DEMO_NOW = datetime(2025, 4, 10, 9, 0, tzinfo=ZoneInfo("Asia/Seoul"))


def _import_kit() -> None:
    """The Celery kit of the Airflow tests (one process starter for tests and this bench)."""
    os.environ.setdefault("AIRFLOW_HOME", tempfile.mkdtemp(prefix="newsflow-bench-airflow-"))
    for folder in (REPO / "tests" / "airflow", REPO / "dags"):
        if str(folder) not in sys.path:
            sys.path.append(str(folder))


def backfill_seconds(
    workers: int, days: int, concurrency: int, demosite: object, broker_db: int = BROKER_DB
) -> float:
    """Wall time of one backfill of ``days`` days on ``workers`` fresh Celery workers."""
    from datetime import date, timedelta

    from airflow_kit import copy_source, pipeline_settings, private_database
    from airflow_standalone import run_backfill
    from celery_kit import DAG_ID, Worker, celery_airflow

    first = date.fromisoformat(FIRST_DAY)
    last = first + timedelta(days=days - 1)
    admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with ExitStack() as stack:
        scratch = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="nf-bench-")))
        sources = scratch / "sources"
        for profile in sorted((REPO / "sources").glob("demo-*.toml")):
            copy_source(sources, profile.stem)
        metadata_url = stack.enter_context(private_database(admin, "airflow"))
        warehouse_url = stack.enter_context(private_database(admin, "warehouse"))
        env = pipeline_settings(demosite, warehouse_url, scratch / "data", sources)
        env["NEWSFLOW_DATA_URI"] = (scratch / "shared").as_uri()
        pool = [Worker(f"w{n}", concurrency=concurrency) for n in range(1, workers + 1)]
        airflow = stack.enter_context(
            celery_airflow(
                scratch / "airflow", metadata_url, env, pool,
                broker_db=broker_db, crawl_pool_slots=4,
            )
        )  # fmt: skip
        started = time.monotonic()
        states = run_backfill(
            airflow, DAG_ID, f"{first.isoformat()}T00:30:00+09:00",
            f"{last.isoformat()}T00:30:00+09:00", "--max-active-runs", "2", timeout=3600,
        )  # fmt: skip
        elapsed = time.monotonic() - started
        if set(states) != {"success"}:
            raise SystemExit(
                f"backfill on {workers} worker(s) ended {states}:\n{airflow.log_tail()}"
            )
    admin.dispose()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--concurrency", type=int, default=2)
    parser.add_argument("--broker-db", type=int, default=BROKER_DB, help="Redis database number")
    args = parser.parse_args()
    _import_kit()
    from demosite.server import serve_background

    load_start = load_average()[0]
    site = serve_background(now=DEMO_NOW)
    try:
        times = {
            n: [
                backfill_seconds(n, args.days, args.concurrency, site, args.broker_db)
                for _ in range(args.repeat)
            ]
            for n in (1, 2)
        }
    finally:
        site.stop()
    one, two = (statistics.median(times[n]) for n in (1, 2))
    outlets = len(list((REPO / "sources").glob("demo-*.toml")))
    load_end = load_average()[0]
    print(
        f"`airflow backfill create` of news_nightly, {args.days} days × {outlets} demo "
        f"outlets ({args.days * (1 + 6 * outlets)} task instances), `--max-active-runs 2`, "
        f"workers with `--concurrency {args.concurrency}`; median of {args.repeat} run(s) each, "
        "from the create command until every run ended.\n"
    )
    print("| workers | wall time (s) | runs (s) |")
    print("| --- | --- | --- |")
    for n, median in ((1, one), (2, two)):
        runs = ", ".join(f"{t:.0f}" for t in times[n])
        print(f"| {n} | {median:.0f} | {runs} |")
    print(f"\nspeed-up with two workers: {one / two:.2f}× (load average {load_start:.2f} at the")
    print(f"start, {load_end:.2f} at the end)")
    measured = f"{one:.0f} s vs {two:.0f} s ({one / two:.2f}x faster with two)"
    print(marker([Target("Celery: one vs two workers", "reported", measured, None)]))


if __name__ == "__main__":
    main()
