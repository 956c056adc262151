"""A scratch AIRFLOW_HOME for this test run, set before anything imports Airflow.

Airflow reads its home and config at import time, so the environment is set when pytest
collects this folder; the metadata database of ``dag.test()`` runs is a SQLite file migrated
once per run. Tests that start a real scheduler get a PostgreSQL metadata database of their own
(``metadata_url``). Pipeline runs read only the sources a test puts in its own folder, so they
do not depend on outlets other work adds to ``sources/``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
import sqlalchemy as sa

REPO = Path(__file__).resolve().parents[2]
DAGS = REPO / "dags"
AIRFLOW_HOME = Path(tempfile.mkdtemp(prefix="newsflow-airflow-"))

os.environ["AIRFLOW_HOME"] = str(AIRFLOW_HOME)
os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = str(DAGS)
os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
os.environ["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] = f"sqlite:///{AIRFLOW_HOME / 'airflow.db'}"
# A Connection in the developer's environment must not redirect the tests' loads.
os.environ.pop("AIRFLOW_CONN_NEWSFLOW_WAREHOUSE", None)
# The DAG files import their helper package from the DAGs folder, as Airflow allows.
if str(DAGS) not in sys.path:
    sys.path.append(str(DAGS))

from airflow_kit import (  # noqa: E402 - after the environment Airflow reads at import
    copy_source,
    pipeline_settings,
)
from testkit import private_database, settings_applied  # noqa: E402


@pytest.fixture(scope="session")
def airflow_db() -> Path:
    """The scratch metadata database, migrated with the real ``airflow db migrate``."""
    airflow = Path(sys.executable).with_name("airflow")
    done = subprocess.run(
        [str(airflow), "db", "migrate"], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return AIRFLOW_HOME


@pytest.fixture(scope="session")
def dagbag():
    """Every DAG of ``dags/``, parsed as the DAG processor does (the folder on sys.path)."""
    from airflow.dag_processing.dagbag import BundleDagBag

    return BundleDagBag(dag_folder=str(DAGS), bundle_path=DAGS)


@pytest.fixture()
def metadata_url(pg_admin: sa.Engine) -> Iterator[str]:
    """A fresh PostgreSQL database for Airflow's metadata, dropped after the test."""
    with private_database(pg_admin, "airflow") as url:
        yield url


@pytest.fixture()
def demo_daily_only(tmp_path: Path) -> Path:
    """A sources folder holding only ``demo-daily``."""
    folder = tmp_path / "sources"
    copy_source(folder, "demo-daily")
    return folder


@pytest.fixture()
def pipeline_env(demosite, tmp_path: Path) -> Iterator[Callable[..., dict[str, str]]]:
    """``pipeline_env(warehouse_url, sources_dir)``: settings of in-process runs for one test."""
    with ExitStack() as stack:

        def configure(warehouse_url: str, sources_dir: Path) -> dict[str, str]:
            env = pipeline_settings(demosite, warehouse_url, tmp_path / "data", sources_dir)
            return stack.enter_context(settings_applied(env))

        yield configure
