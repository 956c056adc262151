"""``newsflow doctor``: check the set-up, one line per check, each ``ok`` or one clear fix.

Checks, in order: the settings from the environment, that the warehouse is reachable, its
migration level against the code's, every source profile, that the data directory is
writable, and Airflow's home and DAGs folder. A check that cannot run because an earlier one
failed is ``skip``. ``warn`` marks something optional that is not set up (Airflow: the CLI
runs without it); only ``fail`` makes the command exit 1. Nothing is created or changed,
except a probe file written to and deleted from the data directory.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from etl.errors import NewsflowError

State = Literal["ok", "warn", "fail", "skip"]
# The repository's own DAGs folder, the one to point Airflow at.
PROJECT_DAGS = Path(__file__).resolve().parent.parent / "dags"
DAG_FILE = "news_nightly.py"


@dataclass(frozen=True)
class Check:
    """One line of the doctor's answer; ``fix`` says what to do when the state is not ok."""

    name: str
    state: State
    detail: str
    fix: str = ""

    def line(self, width: int = 16) -> str:
        state = self.state.upper() if self.state == "fail" else self.state
        fix = f" — fix: {self.fix}" if self.fix and self.state in ("fail", "warn") else ""
        return f"{state:<5} {self.name:<{width}} {self.detail}{fix}"


def check_config() -> Check:
    from etl.config import get_settings

    try:
        settings = get_settings()
    except NewsflowError as err:
        return Check("config", "fail", str(err), err.hint)
    return Check(
        "config",
        "ok",
        f"settings valid (data dir {settings.data_dir}, sources {settings.sources_dir})",
    )


def check_warehouse() -> list[Check]:
    """Reachability and migration level (the second is ``skip`` when the first fails)."""
    from alembic.script import ScriptDirectory

    from etl.status import open_warehouse
    from etl.warehouse.engine import MIGRATIONS_DIR, current_revision, make_engine

    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    try:
        engine = open_warehouse()
    except NewsflowError as err:
        if "no newsflow schema" not in str(err):
            return [
                Check("warehouse", "fail", str(err), err.hint),
                Check("migrations", "skip", "needs a reachable warehouse"),
            ]
        engine = make_engine()  # reachable but empty: say so under migrations
    try:
        shown = engine.url.render_as_string(hide_password=True)
        revision = current_revision(engine)
    finally:
        engine.dispose()
    reachable = Check("warehouse", "ok", f"reachable: {shown}")
    if revision == head:
        return [reachable, Check("migrations", "ok", f"at head revision {head}")]
    return [
        reachable,
        Check(
            "migrations",
            "fail",
            f"at revision {revision or 'none (empty database)'}, the code expects {head}",
            "run `newsflow db upgrade`",
        ),
    ]


def check_sources() -> list[Check]:
    """One line per profile in the sources folder (a fail for an empty or missing folder)."""
    from etl.config import get_settings
    from etl.sources import load_source

    folder = get_settings().sources_dir
    files = sorted(folder.glob("*.toml")) if folder.is_dir() else []
    if not files:
        return [
            Check(
                "sources",
                "fail",
                f"no source profiles in {folder.resolve()}",
                "set NEWSFLOW_SOURCES_DIR to the folder with the *.toml profiles (sources/)",
            )
        ]
    checks = []
    for path in files:
        name = f"source {path.stem}"
        try:
            profile = load_source(path.stem, folder)
        except NewsflowError as err:
            fix = err.hint or f"correct {path.name}; see an example in sources/demo-daily.toml"
            checks.append(Check(name, "fail", str(err), fix))
            continue
        kind = "demo outlet (served by `newsflow demo`)" if profile.is_demosite else "profile"
        extraction = "selectors" if profile.listing.items else "automatic extraction"
        checks.append(Check(name, "ok", f"{kind}, {extraction}: {profile.name}"))
    return checks


def _writable_dir(path: Path) -> str | None:
    """None when ``path`` is (or can become) a writable directory; else why not."""
    if path.exists() and not path.is_dir():
        return f"{path} is a file, not a directory"
    if not path.exists():
        parent = next((p for p in path.parents if p.exists()), None)
        if parent is None or not parent.is_dir() or not os.access(parent, os.W_OK | os.X_OK):
            return f"{path} does not exist and {parent} is not writable"
        return None
    try:
        with tempfile.NamedTemporaryFile(dir=path, prefix=".doctor-"):
            pass
    except OSError as err:
        return f"{path} is not writable: {err.strerror}"
    return None


def check_data_dir() -> Check:
    from etl.config import get_settings

    folder = get_settings().data_dir.resolve()
    problem = _writable_dir(folder)
    if problem:
        return Check("data dir", "fail", problem, "point NEWSFLOW_DATA_DIR at a writable directory")
    state = "writable" if folder.exists() else "will be created on the first run"
    return Check("data dir", "ok", f"{folder} {state}")


def check_airflow(env: Mapping[str, str]) -> list[Check]:
    """AIRFLOW_HOME and the DAGs folder holding ``news_nightly.py``."""
    home_var, dags_var = env.get("AIRFLOW_HOME"), env.get("AIRFLOW__CORE__DAGS_FOLDER")
    suggested = (
        f"export AIRFLOW_HOME=$PWD/.newsflow/airflow AIRFLOW__CORE__DAGS_FOLDER={PROJECT_DAGS}"
    )
    if not home_var and not dags_var:
        return [
            Check(
                "airflow",
                "warn",
                "AIRFLOW_HOME is not set: Airflow would use ~/airflow and miss dags/ "
                "(optional: the CLI runs without Airflow)",
                f"{suggested} (the Makefile does this)",
            )
        ]
    checks = []
    home = Path(home_var) if home_var else Path.home() / "airflow"
    problem = _writable_dir(home)
    checks.append(
        Check("airflow home", "fail", problem, "set AIRFLOW_HOME to a writable directory")
        if problem
        else Check("airflow home", "ok", str(home))
    )
    dags = Path(dags_var) if dags_var else home / "dags"
    if (dags / DAG_FILE).is_file():
        checks.append(Check("airflow dags", "ok", f"{dags / DAG_FILE}"))
    else:
        checks.append(
            Check(
                "airflow dags",
                "fail",
                f"the DAGs folder {dags} has no {DAG_FILE}",
                f"export AIRFLOW__CORE__DAGS_FOLDER={PROJECT_DAGS}",
            )
        )
    return checks


def run_checks(env: Mapping[str, str] | None = None) -> list[Check]:
    """Every check, in order; later checks are ``skip`` when the settings are invalid."""
    environ = os.environ if env is None else env
    config = check_config()
    needs_config: list[tuple[str, Callable[[], list[Check]]]] = [
        ("warehouse", check_warehouse),
        ("sources", check_sources),
        ("data dir", lambda: [check_data_dir()]),
    ]
    checks = [config]
    for name, check in needs_config:
        if config.state == "fail":
            checks.append(Check(name, "skip", "needs valid settings"))
        else:
            checks += check()
    return checks + check_airflow(environ)
