"""Celery settings for newsflow's workers: Airflow's defaults, plus newsflow preloaded.

Every task of news_nightly imports the pipeline and the warehouse code, seconds of start-up
per task that a worker can pay once: Celery imports the modules named in ``imports`` in the
worker's main process, before it forks the processes that run tasks. Opt in with
``AIRFLOW__CELERY__CELERY_CONFIG_OPTIONS=newsflow_airflow.celery_config.CELERY_CONFIG`` (the
DAGs folder on ``PYTHONPATH``, as in the image); the modules only define things on import.
"""

from __future__ import annotations

from typing import Any

from airflow.providers.celery.executors.default_celery import DEFAULT_CELERY_CONFIG

PRELOAD = ("etl.pipeline", "etl.warehouse.engine", "etl.warehouse.load", "etl.quality")

CELERY_CONFIG: dict[str, Any] = {
    **DEFAULT_CELERY_CONFIG,
    "imports": (*DEFAULT_CELERY_CONFIG.get("imports", ()), *PRELOAD),
}
