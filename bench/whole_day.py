"""A whole demo day end to end: ``newsflow run`` per outlet, and ``dag.test()`` of news_nightly.

Run ``python -m bench.whole_day [--url URL] [--runs 3] [--volume-scale 4]``. The demo network
is served in this process (clock fixed at 2025-04-10 09:00 KST, daily volumes times
``--volume-scale``: 4 gives about 1,200 articles a day over the six outlets); everything
measured runs in child processes, so the site's threads and caches are not in their figures.

- **CLI, SQLite / PostgreSQL**: ``newsflow run --source S --date 2025-04-08`` for each of the
  six outlets, one after the other, each run into a fresh warehouse (an SQLite file / a
  scratch PostgreSQL database) and data folder: a first load of the day, crawl to load.
  Wall time of the six commands; peak RSS is the largest resident size any one process of the
  tree reached (a command and its Scrapy child, polled with psutil every 50 ms), and the
  largest sum over the tree at one moment.
- **Airflow**: ``dag.test()`` of ``news_nightly`` for logical date 2025-04-08 15:30 UTC (the
  same KST day, every outlet as a mapped task group) in a child process with a scratch
  AIRFLOW_HOME (SQLite metadata database, migrated untimed), loading into a fresh PostgreSQL
  warehouse; the time inside ``dag.test()`` and the child's wall time (Airflow's import and
  DAG parse included), ratio to the CLI on PostgreSQL.

Medians of ``--runs`` (default 1: one run of the three ways takes minutes, and many more on a
loaded machine; the number is printed); NEWSFLOW_CRAWL_FAST=1 (no politeness delays on
loopback). No target: reported. Not a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import psutil

from bench.load_bench import scratch_warehouse
from bench.targets import Target, marker
from demosite.outlets import OUTLETS
from demosite.server import serve_background
from etl.window import KST

REPO = Path(__file__).resolve().parent.parent
DAGS = REPO / "dags"
NOW = datetime(2025, 4, 10, 9, 0, tzinfo=KST)
DAY = date(2025, 4, 8)
LOGICAL_DATE = datetime(2025, 4, 8, 15, 30, tzinfo=UTC)
DEFAULT_URL = os.environ.get(
    "NEWSFLOW_TEST_PG_URL", "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres"
)
POLL_SECONDS = 0.05
MIB = 1024 * 1024


@dataclass(frozen=True)
class Measured:
    """A command's wall time and memory: the largest process, and the largest tree total."""

    seconds: float
    peak_rss: int
    peak_tree_rss: int
    output: str


def run_measured(
    command: list[str], env: Mapping[str, str], cwd: Path, timeout: float = 3600
) -> Measured:
    """Run ``command`` to its end, polling its process tree's resident sizes.

    Output goes to a file (a pipe could fill up and stall the child). Raises RuntimeError with
    the output's tail when the command fails or exceeds ``timeout``.
    """
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8") as out:
        started = time.perf_counter()
        child = psutil.Popen(command, env=dict(env), cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
        peak = peak_tree = 0
        while child.poll() is None:
            sizes = []
            tree = [child, *child.children(recursive=True)]
            for process in tree:
                try:
                    sizes.append(process.memory_info().rss)
                except psutil.Error:  # ended between the listing and the reading
                    continue
            peak, peak_tree = max(peak, *sizes, 0), max(peak_tree, sum(sizes))
            if time.perf_counter() - started > timeout:
                for process in reversed(tree):  # workers and crawls first, then the command
                    try:
                        process.kill()
                    except psutil.Error:
                        continue
            time.sleep(POLL_SECONDS)
        seconds = time.perf_counter() - started
        out.seek(0)
        output = out.read()
    if child.returncode != 0:
        tail = "\n".join(output.strip().splitlines()[-15:])
        raise RuntimeError(f"{' '.join(command[:4])} … exited {child.returncode}:\n{tail}")
    return Measured(seconds, peak, peak_tree, output)


def combined(parts: list[Measured]) -> Measured:
    """Commands run one after the other: times add up, peaks are the largest."""
    return Measured(
        sum(p.seconds for p in parts),
        max(p.peak_rss for p in parts),
        max(p.peak_tree_rss for p in parts),
        "".join(p.output for p in parts),
    )


def pipeline_env(
    site_urls: Mapping[str, str], warehouse_url: str, data_dir: Path
) -> dict[str, str]:
    """This environment plus the NEWSFLOW_ settings of a run against the served demosite."""
    return dict(os.environ) | {
        "NEWSFLOW_WAREHOUSE_URL": warehouse_url,
        "NEWSFLOW_DATA_DIR": str(data_dir),
        "NEWSFLOW_SOURCES_DIR": str(REPO / "sources"),
        "NEWSFLOW_DEMOSITE_URLS": json.dumps(site_urls),
        "NEWSFLOW_CRAWL_FAST": "1",
    }


def cli_day(site_urls: Mapping[str, str], warehouse_url: str, folder: Path) -> Measured:
    """``newsflow run`` of DAY for every outlet, into ``warehouse_url``."""
    newsflow = Path(sys.executable).with_name("newsflow")
    env = pipeline_env(site_urls, warehouse_url, folder / "data")
    return combined(
        [
            run_measured(
                [str(newsflow), "run", "--source", o, "--date", DAY.isoformat()], env, folder
            )
            for o in OUTLETS
        ]
    )


@contextmanager
def airflow_home() -> Iterator[dict[str, str]]:
    """A scratch AIRFLOW_HOME with a migrated SQLite metadata database; its environment."""
    folder = Path(tempfile.mkdtemp(prefix="newsflow-bench-airflow-"))
    env = {
        "AIRFLOW_HOME": str(folder),
        "AIRFLOW__CORE__DAGS_FOLDER": str(DAGS),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{folder / 'airflow.db'}",
    }
    try:
        airflow = Path(sys.executable).with_name("airflow")
        subprocess.run(
            [str(airflow), "db", "migrate"],
            env=dict(os.environ) | env,
            capture_output=True,
            check=True,
            timeout=600,
        )
        yield env
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def dag_test_day(
    site_urls: Mapping[str, str], warehouse_url: str, folder: Path, airflow: Mapping[str, str]
) -> tuple[Measured, float]:
    """``dag.test()`` of news_nightly for DAY in a child; (the child, seconds inside)."""
    env = pipeline_env(site_urls, warehouse_url, folder / "data") | dict(airflow)
    env.pop("AIRFLOW_CONN_NEWSFLOW_WAREHOUSE", None)
    measured = run_measured([sys.executable, "-m", "bench.whole_day", "--dag-test"], env, REPO)
    inside = json.loads(measured.output.strip().splitlines()[-1])
    return measured, float(inside["seconds"])


def dag_test_child() -> int:
    """The child's part: parse the DAGs folder, ``dag.test()`` one day, print the seconds."""
    sys.path.append(str(DAGS))  # the DAG files import their helper package from there
    from airflow.dag_processing.dagbag import BundleDagBag

    dag = BundleDagBag(dag_folder=str(DAGS), bundle_path=DAGS).dags["news_nightly"]
    started = time.perf_counter()
    run = dag.test(logical_date=LOGICAL_DATE)
    seconds = time.perf_counter() - started
    if str(run.state) != "success":
        print(f"dag.test() ended {run.state}", file=sys.stderr)
        return 1
    print(json.dumps({"seconds": seconds}))
    return 0


def _row(name: str, runs: list[Measured], cli: float | None, inside: float | None = None) -> str:
    seconds = statistics.median(r.seconds for r in runs)
    peak = max(r.peak_rss for r in runs) / MIB
    tree = max(r.peak_tree_rss for r in runs) / MIB
    shown = f"{seconds:.1f}" if inside is None else f"{inside:.1f} ({seconds:.1f} with start-up)"
    ratio = "1.00" if cli is None else f"{(inside or seconds) / cli:.2f}"
    return f"| {name} | {shown} | {peak:,.0f} | {tree:,.0f} | {ratio} |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--url", default=DEFAULT_URL, help="PostgreSQL maintenance database")
    parser.add_argument("--runs", type=int, default=1, help="runs per way (median)")
    parser.add_argument("--volume-scale", type=float, default=4.0)
    parser.add_argument("--dag-test", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.dag_test:
        return dag_test_child()

    sqlite_runs: list[Measured] = []
    pg_runs: list[Measured] = []
    dag_runs: list[Measured] = []
    inside: list[float] = []
    with (
        serve_background(now=NOW, volume_scale=args.volume_scale) as site,
        airflow_home() as airflow,
    ):
        for number in range(args.runs):
            with tempfile.TemporaryDirectory() as folder:
                base = Path(folder)
                (base / "sqlite").mkdir()
                url = f"sqlite:///{base / 'sqlite' / 'warehouse.db'}"
                sqlite_runs.append(cli_day(site.urls, url, base / "sqlite"))
            with tempfile.TemporaryDirectory() as folder, scratch_warehouse(args.url) as engine:
                url = engine.url.render_as_string(hide_password=False)
                pg_runs.append(cli_day(site.urls, url, Path(folder)))
            with tempfile.TemporaryDirectory() as folder, scratch_warehouse(args.url) as engine:
                url = engine.url.render_as_string(hide_password=False)
                measured, seconds = dag_test_day(site.urls, url, Path(folder), airflow)
                dag_runs.append(measured)
                inside.append(seconds)
            print(f"whole_day: run {number + 1} of {args.runs} done", file=sys.stderr)

    cli_pg = statistics.median(r.seconds for r in pg_runs)
    dag_inside = statistics.median(inside)
    lines = [
        f"KST day {DAY} of all {len(OUTLETS)} demo outlets at volume scale "
        f"{args.volume_scale:g}, a first load each time, {args.runs} run(s) (median).",
        "",
        "| way | wall time, s | peak RSS of one process, MiB | peak RSS of the tree, MiB "
        "| x CLI on PostgreSQL |",
        "| --- | ---: | ---: | ---: | ---: |",
        _row("`newsflow run` × 6, SQLite", sqlite_runs, cli_pg),
        _row("`newsflow run` × 6, PostgreSQL", pg_runs, None),
        _row("`dag.test()` news_nightly, PostgreSQL", dag_runs, cli_pg, dag_inside),
    ]
    print("\n".join(lines))
    print(
        marker(
            [
                Target(
                    "whole day: newsflow run (6 outlets, PostgreSQL)",
                    "reported",
                    f"{cli_pg:.1f} s, peak RSS {max(r.peak_rss for r in pg_runs) / MIB:,.0f} MiB",
                    None,
                ),
                Target(
                    "whole day: dag.test() vs the CLI",
                    "reported",
                    f"{dag_inside:.1f} s ({dag_inside / cli_pg:.2f}x the CLI)",
                    None,
                ),
            ]
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
