"""``[core] hostname_callable`` of the test's Celery workers: the name each was started with.

Airflow records where a task instance ran as ``task_instance.hostname``. Two workers on one
machine share its hostname, so each gets its own through Airflow's documented hook, read from
``NEWSFLOW_WORKER_NAME`` in that worker's environment.
"""

from __future__ import annotations

import os


def worker_hostname() -> str:
    """This worker's name, as ``task_instance.hostname`` records it."""
    return os.environ["NEWSFLOW_WORKER_NAME"]
