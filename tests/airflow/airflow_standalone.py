"""A real Airflow for tests, in a scratch home on free ports, its metadata in PostgreSQL.

``airflow_standalone``: scheduler, DAG processor, API server and triggerer as one
``airflow standalone`` process group. ``airflow_cluster``: the same components as separate
processes plus any others the caller starts (``airflow celery worker`` …), each in a process
group of its own. The metadata database is one the caller owns (SQLite gives "database is
locked" with this many processes). Stopping ends each started group by its id, nothing else.
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


class Component:
    """One ``airflow …`` command in a process group of its own, logging to ``<name>.log``."""

    def __init__(self, name: str, args: list[str], env: dict[str, str], home: Path) -> None:
        self.name = name
        self.log_path = home / f"{name}.log"
        self._log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            [str(AIRFLOW), *args],
            env=env,
            cwd=home,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: stop() ends every child with it
        )
        self.killed = False

    @property
    def pid(self) -> int:
        return self.process.pid

    def log_tail(self, lines: int = 60) -> str:
        self._log.flush()
        text = self.log_path.read_text(encoding="utf-8", errors="replace")
        return f"--- {self.name}\n" + "\n".join(text.splitlines()[-lines:])

    def kill(self) -> None:
        """SIGKILL the whole group now (a machine lost), then reap the leader."""
        self.killed = True
        _signal_group(self.pid, signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self, grace: float = 30) -> None:
        """SIGTERM the process group, then SIGKILL what is left after ``grace`` seconds."""
        group = self.process.pid
        for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 10)):
            if not _signal_group(group, sig):
                break
            deadline = time.monotonic() + wait
            while time.monotonic() < deadline and _group_alive(group):
                self.process.poll()  # reap the leader so the group can disappear
                time.sleep(0.2)
            if not _group_alive(group):
                break
        self.process.wait(timeout=10)
        self._log.close()


class Airflow:
    """A running Airflow of started components; ``airflow(...)`` runs CLI commands on it."""

    # What /api/v2/monitor/health must report healthy.
    HEALTH_PARTS: tuple[str, ...] = ("metadatabase", "scheduler", "dag_processor")

    def __init__(self, home: Path, metadata_url: str, env: dict[str, str]) -> None:
        self.home = home
        self.metadata = sa.create_engine(metadata_url, poolclass=sa.NullPool)
        self.env = env
        self.api_url = f"http://127.0.0.1:{env['AIRFLOW__API__PORT']}"
        self.components: dict[str, Component] = {}

    def start(self, name: str, *args: str, env: dict[str, str] | None = None) -> Component:
        """Start ``airflow ARGS`` as component ``name`` (``env`` added to the shared one)."""
        component = Component(name, list(args), {**self.env, **(env or {})}, self.home)
        self.components[name] = component
        return component

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
            for c in self.components.values():
                if not c.killed and c.process.poll() is not None:
                    raise AssertionError(f"{c.name} exited ({what}):\n{self.log_tail()}")
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
        return all((health.get(p) or {}).get("status") == "healthy" for p in self.HEALTH_PARTS)

    def log_tail(self, lines: int = 60) -> str:
        """The last lines of every component's log."""
        return "\n".join(c.log_tail(lines) for c in self.components.values())

    def stop(self, grace: float = 30) -> None:
        """Stop every component (newest first), each by its process group; then the engine."""
        try:
            for component in reversed(list(self.components.values())):
                component.stop(grace)
        finally:
            self.metadata.dispose()


class Standalone(Airflow):
    """A running ``airflow standalone``: every component in one process group."""

    HEALTH_PARTS = ("metadatabase", "scheduler", "dag_processor", "triggerer")

    def __init__(self, home: Path, metadata_url: str, env: dict[str, str]) -> None:
        super().__init__(home, metadata_url, env)
        standalone = self.start("standalone", "standalone")
        self.process = standalone.process
        self.log_path = standalone.log_path


def _signal_group(group: int, sig: signal.Signals) -> bool:
    """Send ``sig`` to process group ``group``; False when the group is gone."""
    try:
        os.killpg(group, sig)
    except ProcessLookupError:
        return False
    return True


def _group_alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True


def airflow_env(
    home: Path, metadata_url: str, extra_env: dict[str, str], dags_folder: Path
) -> dict[str, str]:
    """The environment of every Airflow process of a test instance in ``home``."""
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
    return env


@contextmanager
def airflow_standalone(
    home: Path, metadata_url: str, extra_env: dict[str, str], *, dags_folder: Path
) -> Iterator[Standalone]:
    """Start ``airflow standalone`` in ``home``; stopped on exit.

    Yields at once: the metadata database is ready seconds after the start, the components a
    minute later, so CLI commands can run meanwhile (``wait_for`` what each needs).
    ``extra_env`` reaches every Airflow process (and so every task).
    """
    env = airflow_env(home, metadata_url, extra_env, dags_folder)
    airflow = Standalone(home, metadata_url, env)
    try:
        yield airflow
    finally:
        airflow.stop()


@contextmanager
def airflow_cluster(
    home: Path, metadata_url: str, extra_env: dict[str, str], *, dags_folder: Path
) -> Iterator[Airflow]:
    """Migrate the metadata database, then start the API server, scheduler and DAG processor
    as separate components in ``home``; the caller starts more (``start``). Every component
    is stopped on exit, also when the body fails. ``extra_env`` reaches every process.
    """
    airflow = Airflow(home, metadata_url, airflow_env(home, metadata_url, extra_env, dags_folder))
    try:
        airflow.airflow("db", "migrate", timeout=300)
        for name in ("api-server", "scheduler", "dag-processor"):
            airflow.start(name, name)
        yield airflow
    finally:
        airflow.stop()


def run_backfill(
    airflow: Airflow,
    dag_id: str,
    from_date: str,
    to_date: str,
    *options: str,
    timeout: float = 240,
    while_running: Callable[[int], None] | None = None,
) -> list[str]:
    """``airflow backfill create`` of ``dag_id`` and wait until its runs ended; their states
    in logical-date order. ``while_running(backfill_id)`` is called once per poll meanwhile.

    The scheduler marks a backfill complete up to 30 s after its runs end, and accepts the
    next backfill of the DAG only then: ``wait_until_complete`` before creating another.
    """
    airflow.airflow(
        "backfill", "create", "--dag-id", dag_id,
        "--from-date", from_date, "--to-date", to_date, *options,
    )  # fmt: skip
    (backfill_id,) = airflow.query("select max(id) from backfill where dag_id = :d", d=dag_id)[0]

    def ended() -> list[str] | None:
        rows = airflow.query(
            "select dr.state from backfill_dag_run b join dag_run dr on dr.id = b.dag_run_id"
            " where b.backfill_id = :id order by dr.logical_date",
            id=backfill_id,
        )
        states = [state for (state,) in rows]
        if states and set(states) <= {"success", "failed"}:
            return states
        if while_running is not None:
            while_running(backfill_id)
        return None

    return airflow.wait_for(f"the runs of backfill {backfill_id} to end", ended, timeout=timeout)


def wait_until_complete(airflow: Airflow, dag_id: str) -> None:
    """Wait until the scheduler marked every backfill of ``dag_id`` complete."""
    airflow.wait_for(
        "the backfill to be marked complete",
        lambda: (
            not airflow.query(
                "select 1 from backfill where dag_id = :d and completed_at is null", d=dag_id
            )
        ),
        timeout=60,
    )
