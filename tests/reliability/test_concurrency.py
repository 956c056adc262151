"""Two ``newsflow backfill`` processes over overlapping windows of one source, at once, on one
PostgreSQL warehouse (empty: both also migrate it) and one data folder.

Either both succeed, or the one that finds the shared window's crawl taken reports exactly one
clear conflict line and succeeds when run again. Either way no row is stored twice, no load
is lost, and the warehouse equals a clean, sequential run of the same days.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from faults_support import (
    DAY,
    SOURCE,
    TIMEOUT_S,
    article_rows,
    content_checksums,
    newsflow,
    newsflow_env,
    start_newsflow,
)
from reliability_kit import scenario
from testkit import private_database, settings_applied

from etl.warehouse.engine import make_engine
from etl.window import Window

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

NEXT_DAY = DAY + timedelta(days=1)
# Both start with DAY, at the same moment; the first also loads NEXT_DAY.
BOTH_DAYS = ("backfill", "--from", str(DAY), "--to", str(NEXT_DAY), "--sources", SOURCE)
SHARED_DAY = ("backfill", "--from", str(DAY), "--to", str(DAY), "--sources", SOURCE)
CONFLICT = re.compile(
    rf"failed: {SOURCE} {DAY}: failed: crawl of {SOURCE} {DAY} failed \(exit 1\): "
    r"another crawl is using \S+/jobs/" + SOURCE + "/" + str(DAY)
)


@dataclass(frozen=True)
class CleanDays:
    checksums: dict[str, str]
    articles: int


@pytest.fixture(scope="module")
def clean_days(
    pg_admin: sa.Engine, demosite, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[CleanDays]:
    """DAY and NEXT_DAY loaded one after the other into a database of their own."""
    from etl.pipeline import run_window

    home = tmp_path_factory.mktemp("clean-days")
    with (
        private_database(pg_admin, "clean") as url,
        settings_applied(newsflow_env(home, url, demosite.urls)),
    ):
        inserted = sum(
            run_window(SOURCE, Window.day(d)).counts["inserted"] for d in (DAY, NEXT_DAY)
        )
        engine = make_engine(url)
        reference = CleanDays(content_checksums(engine), inserted)
        engine.dispose()
        yield reference


def failure_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("failed: ")]


@scenario(
    "two-backfills-at-once",
    area="Concurrency",
    outcome="held",
    what="two `newsflow backfill` processes at once on one empty PostgreSQL warehouse and data "
    "folder: demo-daily 2025-04-08..09 and 2025-04-08..08",
    asserts="both exit 0, or exactly one exits 1 with one `another crawl is using …` line and "
    "exits 0 when run again; each article stored once, inserted by exactly one run; checksums "
    "equal a clean sequential run's",
)
def test_two_backfills_over_overlapping_windows_store_every_article_once(
    clean_days: CleanDays, pg_url: str, demosite, tmp_path: Path
) -> None:
    env = newsflow_env(tmp_path, pg_url, demosite.urls)
    children = [start_newsflow(*args, env=env) for args in (BOTH_DAYS, SHARED_DAY)]
    done = [(child, *child.communicate(timeout=TIMEOUT_S)) for child in children]
    failed = [(child, stderr) for child, _, stderr in done if child.returncode != 0]
    again = [newsflow(*child.args[3:], env=env) for child, _ in failed]

    assert len(failed) <= 1, [stderr for _, stderr in failed]
    for child, stderr in failed:
        assert child.returncode == 1
        lines = failure_lines(stderr)
        assert len(lines) == 1 and CONFLICT.fullmatch(lines[0]), stderr
    for rerun in again:
        assert rerun.returncode == 0, rerun.stderr
        assert failure_lines(rerun.stderr) == []
    engine = make_engine(pg_url)
    with engine.connect() as conn:
        runs = conn.execute(
            sa.text("select status, counts from news.runs where status = 'success'")
        ).all()
    stored = article_rows(engine)
    checksums = content_checksums(engine)
    engine.dispose()
    assert stored == (clean_days.articles, clean_days.articles)
    assert sum(counts["inserted"] for _, counts in runs) == clean_days.articles
    assert all(counts["updated"] == 0 for _, counts in runs)
    assert checksums == clean_days.checksums
