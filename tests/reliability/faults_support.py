"""Helpers of the fault, kill and concurrency scenarios: environments, processes, checksums.

The scenarios drive the real pipeline (``etl.pipeline``) and the real CLI (``python -m
etl.cli``) against the demosite on loopback and PostgreSQL, then compare the warehouse with
a clean run of the same windows loaded into a database of its own. ``private_postgres``
starts a throw-away PostgreSQL cluster for the test that restarts its server: the shared
server of the machine is never restarted.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import psutil
import pytest
import sqlalchemy as sa
from warcio.archiveiterator import ArchiveIterator

from etl.window import KST

REPO = Path(__file__).resolve().parents[2]
# The demosite clock of tests/conftest.py: days before it are complete and stable.
DEMO_NOW = datetime(2025, 4, 10, 9, 0, tzinfo=KST)
SOURCE = "demo-daily"
DAY = date(2025, 4, 8)
TIMEOUT_S = 120
# The tables a scenario must leave exactly as a clean run leaves them.
ARTICLE_TABLES = ("articles", "article_sections", "article_versions")
# Bookkeeping of *which* run loaded a row and when: two clean runs differ there too.
RUN_BOOKKEEPING = ("first_seen_at", "first_run_id", "recorded_at", "run_id")


def newsflow_env(
    home: Path, warehouse_url: str, demosite_urls: Mapping[str, str]
) -> dict[str, str]:
    """NEWSFLOW_* settings for a pipeline writing under ``home`` into ``warehouse_url``."""
    return {
        "NEWSFLOW_DATA_DIR": str(home / "data"),
        "NEWSFLOW_WAREHOUSE_URL": warehouse_url,
        "NEWSFLOW_SOURCES_DIR": str(REPO / "sources"),
        "NEWSFLOW_CRAWL_FAST": "1",
        "NEWSFLOW_DEMOSITE_URLS": json.dumps(dict(demosite_urls)),
    }


def start_newsflow(*args: str, env: Mapping[str, str]) -> subprocess.Popen[str]:
    """``python -m etl.cli *args`` in a session (process group) of its own, output captured."""
    return subprocess.Popen(
        [sys.executable, "-m", "etl.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "COLUMNS": "200", **env},
        cwd=REPO,
        start_new_session=True,
    )


def newsflow(*args: str, env: Mapping[str, str]) -> subprocess.CompletedProcess[str]:
    """Run ``python -m etl.cli *args`` to its end."""
    child = start_newsflow(*args, env=env)
    stdout, stderr = child.communicate(timeout=TIMEOUT_S)
    return subprocess.CompletedProcess(child.args, child.returncode, stdout, stderr)


def wait_for(what: str, found: Callable[[], object], timeout: float = TIMEOUT_S) -> None:
    """Poll ``found()`` until it is truthy; AssertionError naming ``what`` if it never is."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if found():
            return
        time.sleep(0.05)
    raise AssertionError(f"{what}: not within {timeout:g} s")


def crawl_child(parent: subprocess.Popen[str]) -> psutil.Process:
    """The ``scrapy crawl`` process ``parent`` started (waits for it to appear)."""
    found: list[psutil.Process] = []

    def look() -> bool:
        assert parent.poll() is None, "the run ended before its crawl could be found"
        found.extend(
            p
            for p in psutil.Process(parent.pid).children(recursive=True)
            if "scrapy" in p.cmdline()
        )
        return bool(found)

    wait_for("the crawl subprocess", look)
    return found[0]


def archived_responses(warc: Path) -> int:
    """Complete response records in ``warc`` so far (0 while it does not exist)."""
    count = 0
    try:
        with warc.open("rb") as stream:
            for record in ArchiveIterator(stream):
                count += record.rec_type == "response"
    except Exception:  # noqa: BLE001 - the record being written is not complete yet
        pass
    return count


def content_checksums(engine: sa.Engine) -> dict[str, str]:
    """``table_checksum`` of every article table, leaving out which run loaded a row when."""
    from etl.warehouse.load import table_checksum

    return {t: table_checksum(engine, t, leave_out=RUN_BOOKKEEPING) for t in ARTICLE_TABLES}


def article_rows(engine: sa.Engine) -> tuple[int, int]:
    """(rows, distinct (source, url_hash)) of ``news.articles``."""
    with engine.connect() as conn:
        query = "select count(*), count(distinct (source_code, url_hash)) from news.articles"
        rows, distinct = conn.execute(sa.text(query)).one()
    return int(rows), int(distinct)


def run_rows(engine: sa.Engine) -> list[tuple[str, str, str | None]]:
    """(KST day, status, error) of every ``runs`` row, oldest run first."""
    with engine.connect() as conn:
        rows = conn.execute(
            sa.text("select window_start, status, error from news.runs order by started_at")
        ).all()
    return [
        (start.astimezone(KST).date().isoformat(), status, error) for start, status, error in rows
    ]


def backend_waiting_for_a_lock(admin: sa.Connection) -> int:
    """pid of the backend of the current database that waits for a lock (the held load)."""
    found: list[int] = []

    def look() -> bool:
        pid = admin.scalar(
            sa.text(
                "select pid from pg_stat_activity where datname = current_database() "
                "and wait_event_type = 'Lock'"
            )
        )
        admin.rollback()  # pg_stat_activity is read once per transaction
        found.extend([] if pid is None else [int(pid)])
        return bool(found)

    wait_for("a load waiting for the held table", look)
    return found[0]


def holds_written_articles(admin: sa.Connection, pid: int) -> bool:
    """Whether backend ``pid`` has written to ``news.articles`` in its open transaction."""
    held = admin.scalar(
        sa.text(
            "select count(*) from pg_locks where pid = :pid and mode = 'RowExclusiveLock' "
            "and relation = 'news.articles'::regclass"
        ),
        {"pid": pid},
    )
    admin.rollback()
    return bool(held)


def backend_gone(admin: sa.Connection, pid: int) -> bool:
    alive = admin.scalar(
        sa.text("select count(*) from pg_stat_activity where pid = :p"), {"p": pid}
    )
    admin.rollback()
    return not alive


def hold_sections(conn: sa.Connection) -> None:
    """Make every load wait after writing its articles: it links sections next."""
    conn.execute(sa.text("lock table news.article_sections in share mode"))


def kill_group(child: subprocess.Popen[str]) -> None:
    """SIGKILL ``child``'s whole process group (it runs in a session of its own)."""
    os.killpg(child.pid, signal.SIGKILL)
    child.communicate(timeout=TIMEOUT_S)


# -- a private PostgreSQL server ---------------------------------------------------------


def _postgres_bindir() -> Path:
    """The server binaries: ``pg_config --bindir``, else the newest /usr/lib/postgresql/*."""
    config = shutil.which("pg_config")
    if config:
        bindir = Path(
            subprocess.run([config, "--bindir"], capture_output=True, text=True).stdout.strip()
        )
        if (bindir / "initdb").exists():
            return bindir
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not candidates:
        pytest.fail("PostgreSQL server binaries (initdb, pg_ctl) not found", pytrace=False)
    return candidates[-1].parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class PrivateServer:
    """A PostgreSQL cluster of this test alone; ``url`` reaches its ``postgres`` database."""

    bindir: Path
    folder: Path
    port: int

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def url(self) -> str:
        return f"postgresql+psycopg2://postgres@127.0.0.1:{self.port}/postgres"

    def pg_ctl(self, *args: str) -> None:
        """Run ``pg_ctl`` on this cluster, as the postgres user when we are root."""
        # Without a log file a (re)started server writes to pg_ctl's stdout and keeps it open.
        log = ["-l", str(self.folder / "server.log")] if {"start", "restart"} & set(args) else []
        command = [str(self.bindir / "pg_ctl"), "-D", str(self.data), "-w", *log, *args]
        done = subprocess.run(_as_postgres(command), capture_output=True, text=True, timeout=60)
        if done.returncode != 0:
            log = (self.folder / "server.log").read_text(encoding="utf-8", errors="replace")
            raise AssertionError(f"pg_ctl {' '.join(args)} failed: {done.stderr}\n{log[-2000:]}")

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self.pg_ctl("-o", options, "start")


def _as_postgres(command: list[str]) -> list[str]:
    # initdb and the server refuse to run as root.
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@contextmanager
def private_postgres() -> Iterator[PrivateServer]:
    """initdb + start a cluster on a free port; stopped (immediate) and removed afterwards."""
    bindir = _postgres_bindir()
    # Not under pytest's tmp_path: its parent folders are closed to the postgres user.
    folder = Path(tempfile.mkdtemp(prefix="newsflow-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    server = PrivateServer(bindir, folder, _free_port())
    try:
        initdb = [str(bindir / "initdb"), "-D", str(server.data), "-A", "trust", "-U", "postgres"]
        subprocess.run(_as_postgres(initdb), check=True, capture_output=True, timeout=120)
        server.start()
        yield server
    finally:
        if (server.data / "postmaster.pid").exists():
            server.pg_ctl("stop", "-m", "immediate")
        shutil.rmtree(folder, ignore_errors=True)
