"""A real Airflow for tests: ``airflow standalone`` in a scratch home, on free ports.

Scheduler, DAG processor, API server and triggerer run as one process group started here, with
the metadata in a PostgreSQL database the caller owns (SQLite gives "database is locked" with
this many processes). ``stop`` ends the whole group by its id, nothing else.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa

AIRFLOW = Path(sys.executable).with_name("airflow")
T = TypeVar("T")


def free_port() -> int:
    """A TCP port nothing listens on right now (the OS picks it)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Standalone:
    """A running ``airflow standalone``; ``airflow(...)`` runs CLI commands against it."""

    def __init__(self, home: Path, metadata_url: str, env: dict[str, str]) -> None:
        self.home = home
        self.metadata = sa.create_engine(metadata_url, poolclass=sa.NullPool)
        self.env = env
        self.api_url = f"http://127.0.0.1:{env['AIRFLOW__API__PORT']}"
        self.log_path = home / "standalone.log"
        self._log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            [str(AIRFLOW), "standalone"],
            env=env,
            cwd=home,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: stop() ends every child with it
        )

    def airflow(self, *args: str, timeout: float = 120) -> str:
        """Run ``airflow ARGS`` against this instance; its output, or AssertionError."""
        done = subprocess.run(
            [str(AIRFLOW), *args],
            env=self.env,
            cwd=self.home,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        assert done.returncode == 0, f"airflow {' '.join(args)}:\n{done.stdout}\n{done.stderr}"
        return done.stdout

    def query(self, sql: str, **params: Any) -> list[sa.Row[Any]]:
        """Rows of ``sql`` on the metadata database."""
        with self.metadata.connect() as conn:
            return list(conn.execute(sa.text(sql), params))

    def probe(self, sql: str, **params: Any) -> list[sa.Row[Any]]:
        """Rows of ``sql``, or none while its tables do not exist yet."""
        try:
            return self.query(sql, **params)
        except sa.exc.ProgrammingError:
            return []

    def wait_for(self, what: str, probe: Callable[[], T | None], timeout: float) -> T:
        """Poll ``probe`` every second until it returns a truthy value; fail with the log."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"airflow standalone exited ({what}):\n{self.log_tail()}")
            value = probe()
            if value:
                return value
            time.sleep(1)
        raise AssertionError(
            f"timed out after {timeout:g} s waiting for {what}:\n{self.log_tail()}"
        )

    def healthy(self) -> bool:
        """Whether the API server answers and reports every component healthy."""
        try:
            with urllib.request.urlopen(f"{self.api_url}/api/v2/monitor/health", timeout=2) as r:
                health = json.load(r)
        except OSError:
            return False
        parts = ("metadatabase", "scheduler", "dag_processor", "triggerer")
        return all((health.get(p) or {}).get("status") == "healthy" for p in parts)

    def log_tail(self, lines: int = 60) -> str:
        self._log.flush()
        text = self.log_path.read_text(encoding="utf-8", errors="replace")
        return "\n".join(text.splitlines()[-lines:])

    def stop(self, grace: float = 30) -> None:
        """SIGTERM the process group, then SIGKILL what is left after ``grace`` seconds."""
        group = self.process.pid
        for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 10)):
            try:
                os.killpg(group, sig)
            except ProcessLookupError:
                break
            deadline = time.monotonic() + wait
            while time.monotonic() < deadline and _group_alive(group):
                self.process.poll()  # reap the leader so the group can disappear
                time.sleep(0.2)
            if not _group_alive(group):
                break
        self.process.wait(timeout=10)
        self._log.close()
        self.metadata.dispose()


def _group_alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True


@contextmanager
def airflow_standalone(
    home: Path, metadata_url: str, extra_env: dict[str, str], *, dags_folder: Path
) -> Iterator[Standalone]:
    """Start ``airflow standalone`` in ``home``; stopped on exit.

    Yields at once: the metadata database is ready seconds after the start, the components a
    minute later, so CLI commands can run meanwhile (``wait_for`` what each needs).
    ``extra_env`` reaches every Airflow process (and so every task).
    """
    home.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        # standalone starts its components as `airflow …` from PATH.
        "PATH": os.pathsep.join([str(AIRFLOW.parent), os.environ.get("PATH", "")]),
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(dags_folder),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": metadata_url,
        "AIRFLOW__API__HOST": "127.0.0.1",
        "AIRFLOW__API__PORT": str(free_port()),
        "AIRFLOW__API__WORKERS": "1",
        "AIRFLOW__CORE__PARALLELISM": "6",
        "AIRFLOW__API_AUTH__JWT_SECRET": os.urandom(32).hex(),
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS": "True",
        "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(free_port()),
        "AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT": str(free_port()),
        # The test's clock is real, the demosite's is fixed: runs come from backfills only.
        "AIRFLOW__SCHEDULER__USE_JOB_SCHEDULE": "False",
        **extra_env,
    }
    env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] = (
        f"http://127.0.0.1:{env['AIRFLOW__API__PORT']}/execution/"
    )
    airflow = Standalone(home, metadata_url, env)
    try:
        yield airflow
    finally:
        airflow.stop()
