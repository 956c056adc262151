"""news_nightly on Airflow's CeleryExecutor on this machine: Redis broker, PostgreSQL metadata.

``celery_airflow`` starts an ``airflow_cluster`` (API server, scheduler, DAG processor) with
``CeleryExecutor``, the broker on one Redis database number (flushed before and after), the
Celery result backend on the metadata database, and one ``airflow celery worker`` per
``Worker``, each with its own Celery hostname, queues and private NEWSFLOW_DATA_DIR (its "local
disk"); run folders are shared only through NEWSFLOW_DATA_URI. Used by ``test_celery.py``
and ``bench/celery_scaleout.py``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import redis
from airflow_standalone import Airflow, airflow_cluster
from newsflow_airflow import CRAWL_POOL, CRAWL_POOL_DESCRIPTION

HERE = Path(__file__).resolve().parent
DAGS = HERE.parents[1] / "dags"
REDIS_HOST, REDIS_PORT = "127.0.0.1", 6379
DAG_ID = "news_nightly"


@dataclass(frozen=True)
class Worker:
    """One ``airflow celery worker``: its name (also its task instances' hostname), queues."""

    name: str
    queues: str = "default"
    concurrency: int = 2


# Marks a broker database as taken by a running process (its pid): two deployments on one
# database would take each other's tasks (and fail them: their JWT secrets differ).
CLAIM_KEY = "newsflow:broker-claimed-by"


def _redis(db: int) -> redis.Redis:
    return redis.Redis(host=REDIS_HOST, port=REDIS_PORT, db=db, socket_timeout=5)


def claim_broker(db: int) -> None:
    """Take Redis database ``db`` for this process and empty it. Fails loudly when Redis is
    not there, or when a live process claimed the database (never flushes its tasks)."""
    client = _redis(db)
    try:
        owner = client.get(CLAIM_KEY)
        if owner is not None and int(owner) != os.getpid() and _alive(int(owner)):
            raise AssertionError(
                f"Redis database {db} is the broker of another running deployment "
                f"(process {int(owner)}); wait for it or use another database number"
            )
        client.flushdb()
        client.set(CLAIM_KEY, os.getpid())
    except redis.ConnectionError as err:
        raise AssertionError(f"Redis is required at {REDIS_HOST}:{REDIS_PORT}: {err}") from err
    finally:
        client.close()


def release_broker(db: int) -> None:
    """Empty Redis database ``db`` (claim included) if this process holds it."""
    client = _redis(db)
    try:
        owner = client.get(CLAIM_KEY)
        if owner is None or int(owner) == os.getpid():
            client.flushdb()
    finally:
        client.close()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def celery_env(metadata_url: str, broker_db: int) -> dict[str, str]:
    """Airflow settings of a CeleryExecutor deployment on the local Redis and PostgreSQL."""
    return {
        "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor",
        "AIRFLOW__CELERY__BROKER_URL": f"redis://{REDIS_HOST}:{REDIS_PORT}/{broker_db}",
        # Celery's database backend takes a SQLAlchemy URL behind "db+".
        "AIRFLOW__CELERY__RESULT_BACKEND": f"db+{metadata_url}",
        # Retries of the per-source tasks wait seconds, not minutes (backoff capped globally).
        "AIRFLOW__CORE__MAX_TASK_RETRY_DELAY": "5",
        # A lost worker's running tasks are failed (and retried elsewhere) after 30 s without a
        # heartbeat; a task handed to it but never started is re-queued after 120 s.
        "AIRFLOW__SCHEDULER__TASK_INSTANCE_HEARTBEAT_TIMEOUT": "30",
        "AIRFLOW__SCHEDULER__TASK_INSTANCE_HEARTBEAT_TIMEOUT_DETECTION_INTERVAL": "5",
        "AIRFLOW__SCHEDULER__TASK_QUEUED_TIMEOUT": "120",
        "AIRFLOW__SCHEDULER__TASK_QUEUED_TIMEOUT_CHECK_INTERVAL": "15",
        # Workers import newsflow once, not once per task (the DAGs folder on PYTHONPATH).
        "AIRFLOW__CELERY__CELERY_CONFIG_OPTIONS": "newsflow_airflow.celery_config.CELERY_CONFIG",
        "PYTHONPATH": os.pathsep.join(
            p for p in (str(HERE), str(DAGS), os.environ.get("PYTHONPATH")) if p
        ),
    }


def worker_env(home: Path, worker: Worker) -> dict[str, str]:
    """A worker's own settings: its local disk and the hostname its tasks record."""
    return {
        "NEWSFLOW_DATA_DIR": str(home / f"disk-{worker.name}"),
        "NEWSFLOW_WORKER_NAME": worker.name,
        "AIRFLOW__CORE__HOSTNAME_CALLABLE": "worker_hostname.worker_hostname",
    }


@contextmanager
def celery_airflow(
    home: Path,
    metadata_url: str,
    pipeline_env: dict[str, str],
    workers: list[Worker],
    *,
    broker_db: int,
    crawl_pool_slots: int = 2,
) -> Iterator[Airflow]:
    """A CeleryExecutor Airflow with ``workers``, news_nightly parsed and unpaused, every
    component healthy and every worker ready. Everything started is stopped on exit (by
    process group), and the broker database is claimed and flushed before, flushed after."""
    claim_broker(broker_db)
    env = pipeline_env | celery_env(metadata_url, broker_db)
    try:
        with airflow_cluster(home, metadata_url, env, dags_folder=DAGS) as airflow:
            airflow.airflow(
                "pools", "set", CRAWL_POOL, str(crawl_pool_slots), CRAWL_POOL_DESCRIPTION
            )
            for w in workers:
                airflow.start(
                    f"worker-{w.name}",
                    "celery", "worker",
                    "--celery-hostname", f"{w.name}@%h",
                    "--queues", w.queues,
                    "--concurrency", str(w.concurrency),
                    "--skip-serve-logs", "--without-mingle", "--without-gossip",
                    env=worker_env(home, w),
                )  # fmt: skip
            airflow.wait_for(
                f"{DAG_ID} to be parsed",
                lambda: airflow.probe("select 1 from serialized_dag where dag_id = :d", d=DAG_ID),
                timeout=180,
            )
            airflow.airflow("dags", "unpause", DAG_ID)
            airflow.wait_for("every component to be healthy", airflow.healthy, timeout=180)
            for w in workers:
                log = airflow.components[f"worker-{w.name}"].log_path
                airflow.wait_for(
                    f"worker {w.name} to be ready",
                    lambda log=log: " ready." in log.read_text(errors="replace"),
                    timeout=120,
                )
            yield airflow
    finally:
        release_broker(broker_db)
