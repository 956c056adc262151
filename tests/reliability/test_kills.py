"""kill -9 of the crawl, of the load inside its transaction and of a whole ``newsflow run``,
and PostgreSQL restarted under a load: each time a re-run leaves the warehouse exactly as a
clean run of the same day leaves it (checksums of articles, article_sections and
article_versions, leaving out which run loaded a row when).

Every kill happens at a known point, not after a sleep: the crawl once its job archive holds
ten answers (article pages answer slowly), a load while it waits for a table another
connection holds, after it wrote its articles.
"""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa
from faults_support import (
    DAY,
    DEMO_NOW,
    SOURCE,
    TIMEOUT_S,
    archived_responses,
    article_rows,
    backend_gone,
    backend_waiting_for_a_lock,
    content_checksums,
    crawl_child,
    hold_sections,
    holds_written_articles,
    kill_group,
    newsflow,
    newsflow_env,
    private_postgres,
    run_rows,
    start_newsflow,
    wait_for,
)
from reliability_kit import scenario
from testkit import private_database, settings_applied

from demosite.faults import Fault, FaultKind, FaultPlan
from demosite.server import serve_background
from etl.warehouse.engine import make_engine
from etl.window import Window

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

RUN = ("run", "--source", SOURCE, "--date", DAY.isoformat())
# Article pages answer slowly, so the crawl is still fetching them when it is killed.
SLOW_ARTICLES = FaultPlan((Fault(FaultKind.SLOW, paths=("/news/articleView*",), seconds=0.3),))


@dataclass(frozen=True)
class CleanRun:
    """The reference: DAY of SOURCE loaded once, undisturbed, into a database of its own."""

    checksums: dict[str, str]
    articles: int


@pytest.fixture(scope="module")
def clean(
    pg_admin: sa.Engine, demosite, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[CleanRun]:
    from etl.pipeline import run_window

    home = tmp_path_factory.mktemp("clean")
    with (
        private_database(pg_admin, "clean") as url,
        settings_applied(newsflow_env(home, url, demosite.urls)),
    ):
        summary = run_window(SOURCE, Window.day(DAY))
        engine = make_engine(url)
        reference = CleanRun(content_checksums(engine), summary.counts["inserted"])
        engine.dispose()
        yield reference


@pytest.fixture()
def warehouse(pg_url: str) -> Iterator[sa.Engine]:
    engine = make_engine(pg_url)
    yield engine
    engine.dispose()


@scenario(
    "kill-crawl",
    area="Kills and restarts",
    outcome="held",
    what="kill -9 of the Scrapy subprocess of `newsflow run` once it has archived 10 answers; "
    "then the same `newsflow run` again",
    asserts="the killed run exits 1 with `crawl … failed (exit -9)` and loads nothing; the "
    "re-run replays the archived answers and leaves checksums equal to a clean run's",
)
def test_crawl_killed_then_run_again_equals_a_clean_run(
    clean: CleanRun, pg_url: str, warehouse: sa.Engine, tmp_path: Path
) -> None:
    with serve_background([SOURCE], now=DEMO_NOW, faults=SLOW_ARTICLES) as site:
        env = newsflow_env(tmp_path, pg_url, site.urls)
        job_warc = tmp_path / "data" / "jobs" / SOURCE / DAY.isoformat() / "responses.warc.gz"
        killed = start_newsflow(*RUN, env=env)
        try:
            crawl = crawl_child(killed)
            wait_for("10 archived answers", lambda: archived_responses(job_warc) >= 10)
            crawl.send_signal(signal.SIGKILL)
            _, stderr = killed.communicate(timeout=TIMEOUT_S)
        finally:
            if killed.poll() is None:
                kill_group(killed)
        after_kill = (article_rows(warehouse), run_rows(warehouse))
        again = newsflow(*RUN, env=env)

    assert killed.returncode == 1
    assert f"error: crawl of {SOURCE} {DAY} failed (exit -9)" in stderr
    (rows, [(day, status, error)]) = after_kill
    assert (rows, day, status) == ((0, 0), DAY.isoformat(), "failed")
    assert error is not None and error.startswith(f"crawl of {SOURCE} {DAY} failed (exit -9)")
    assert again.returncode == 0, again.stderr
    with warehouse.connect() as conn:
        counts = conn.scalar(sa.text("select counts from news.runs where status = 'success'"))
    assert counts["crawl"]["replayed_responses"] >= 10
    assert counts["inserted"] == clean.articles
    assert content_checksums(warehouse) == clean.checksums


@scenario(
    "kill-load",
    area="Kills and restarts",
    outcome="held",
    what="kill -9 of a process running the load stage while its transaction has written the "
    "articles; then the load stage again (as a task retry does)",
    asserts="nothing of the killed transaction is visible (0 articles, run still `running`); "
    "the retried load inserts every article and the checksums equal a clean run's",
)
def test_load_killed_inside_its_transaction_then_retried_equals_a_clean_run(
    clean: CleanRun, pg_url: str, warehouse: sa.Engine, demosite, tmp_path: Path
) -> None:
    from etl.pipeline import STAGES, begin_run, run_stage

    with settings_applied(newsflow_env(tmp_path, pg_url, demosite.urls)):
        ctx = begin_run(SOURCE, Window.day(DAY))
        for stage in STAGES[:-1]:
            stage(ctx)
        load = [
            sys.executable,
            "-c",
            "import json, sys; from etl.pipeline import run_stage; "
            "run_stage('load', json.loads(sys.argv[1]))",
            json.dumps(ctx.to_dict()),
        ]
        with warehouse.connect() as blocker, warehouse.connect() as admin:
            hold_sections(blocker)
            child = subprocess.Popen(load, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                pid = backend_waiting_for_a_lock(admin)
                in_transaction = holds_written_articles(admin, pid)
            finally:
                child.kill()
                child.wait(TIMEOUT_S)
                blocker.rollback()
            wait_for("the killed load's backend to end", lambda: backend_gone(admin, pid))
        after_kill = (article_rows(warehouse), run_rows(warehouse))
        run_stage("load", ctx.to_dict())

    assert in_transaction
    assert after_kill == ((0, 0), [(DAY.isoformat(), "running", None)])
    assert run_rows(warehouse) == [(DAY.isoformat(), "success", None)]
    assert article_rows(warehouse) == (clean.articles, clean.articles)
    assert content_checksums(warehouse) == clean.checksums


@scenario(
    "kill-run",
    area="Kills and restarts",
    outcome="held",
    what="kill -9 of the whole `newsflow run` process group while its load transaction is "
    "open; then the same `newsflow run` again",
    asserts="the killed run leaves 0 articles and its run `running`; the re-run exits 0, "
    "closes the killed run as failed (abandoned), and the checksums equal a clean run's",
)
def test_whole_run_killed_mid_load_then_run_again_equals_a_clean_run(
    clean: CleanRun, pg_url: str, warehouse: sa.Engine, demosite, tmp_path: Path
) -> None:
    env = newsflow_env(tmp_path, pg_url, demosite.urls)
    from etl.warehouse.engine import upgrade

    upgrade(warehouse)  # the table to hold must exist before the run starts
    with warehouse.connect() as blocker, warehouse.connect() as admin:
        hold_sections(blocker)
        killed = start_newsflow(*RUN, env=env)
        try:
            pid = backend_waiting_for_a_lock(admin)
            in_transaction = holds_written_articles(admin, pid)
        finally:
            kill_group(killed)
            blocker.rollback()
        wait_for("the killed load's backend to end", lambda: backend_gone(admin, pid))
    after_kill = (article_rows(warehouse), [(d, s) for d, s, _ in run_rows(warehouse)])
    again = newsflow(*RUN, env=env)

    assert (in_transaction, killed.returncode) == (True, -signal.SIGKILL)
    assert after_kill == ((0, 0), [(DAY.isoformat(), "running")])
    assert again.returncode == 0, again.stderr
    (killed_run, rerun) = run_rows(warehouse)
    assert (killed_run[1], rerun[1]) == ("failed", "success")
    assert killed_run[2].startswith("abandoned: ended without finishing; run ")
    assert content_checksums(warehouse) == clean.checksums


@scenario(
    "postgres-restart-mid-load",
    area="Kills and restarts",
    outcome="held",
    what="the PostgreSQL server restarts (`pg_ctl restart -m fast`, a private cluster) while "
    "`newsflow run` is inside its load transaction; then the same run again",
    asserts="the run exits 1 with one `error: load: the warehouse connection was lost …` line "
    "and a hint, 0 articles are stored; the re-run exits 0 and the checksums equal a clean "
    "run's",
)
def test_postgres_restarted_during_the_load_fails_clearly_and_the_rerun_succeeds(
    clean: CleanRun, demosite, tmp_path: Path
) -> None:
    from etl.warehouse.engine import upgrade

    with private_postgres() as server:
        env = newsflow_env(tmp_path, server.url, demosite.urls)
        engine = make_engine(server.url)
        upgrade(engine)
        with engine.connect() as blocker, engine.connect() as admin:
            hold_sections(blocker)
            failed = start_newsflow(*RUN, env=env)
            try:
                pid = backend_waiting_for_a_lock(admin)
                in_transaction = holds_written_articles(admin, pid)
                server.pg_ctl("restart", "-m", "fast")
                _, stderr = failed.communicate(timeout=TIMEOUT_S)
            finally:
                if failed.poll() is None:
                    kill_group(failed)
                # The restart ended both sessions: drop them rather than roll them back.
                blocker.invalidate()
                admin.invalidate()
        engine.dispose()
        after_restart = article_rows(engine)
        again = newsflow(*RUN, env=env)
        checksums = content_checksums(engine)
        statuses = [status for _, status, _ in run_rows(engine)]
        engine.dispose()

    assert (in_transaction, failed.returncode, after_restart) == (True, 1, (0, 0))
    # The driver's words depend on when the backend noticed: "terminating connection due
    # to administrator command" or "server closed the connection unexpectedly".
    error, hint = stderr.splitlines()[-2:]
    assert re.fullmatch(
        r"error: load: the warehouse connection was lost \((terminating connection|server "
        r"closed the connection)[^)]*\); the stage's transaction was rolled back",
        error,
    ), error
    assert hint == "hint: run the same window again once the warehouse answers"
    assert again.returncode == 0, again.stderr
    assert statuses[-1] == "success"
    assert checksums == clean.checksums
