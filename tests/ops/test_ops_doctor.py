"""``newsflow doctor``: one line per check, ok or the fix; exit 1 when any check fails."""

from __future__ import annotations

from ops_helpers import REPO, newsflow, squeeze

DAGS = REPO / "dags"


def _head() -> str:
    from alembic.script import ScriptDirectory

    from etl.warehouse.engine import MIGRATIONS_DIR

    return str(ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head())


def test_healthy_setup_is_all_ok(settings_env, own_sources, warehouse):
    done = newsflow(
        "doctor",
        AIRFLOW_HOME=str(settings_env / "airflow"),
        AIRFLOW__CORE__DAGS_FOLDER=str(DAGS),
    )
    assert done.returncode == 0, done.stdout
    assert squeeze(done.stdout) == [
        f"ok config settings valid (data dir {settings_env / 'data'}, sources {own_sources})",
        f"ok warehouse reachable: sqlite:///{settings_env / 'warehouse.db'}",
        f"ok migrations at head revision {_head()}",
        "ok source demo-daily demo outlet (served by `newsflow demo`), selectors: 데모경제신문",
        f"ok data dir {settings_env / 'data'} will be created on the first run",
        f"ok airflow home {settings_env / 'airflow'}",
        f"ok airflow dags {DAGS / 'news_nightly.py'}",
        "7 ok, 0 warning(s), 0 failed, 0 skipped",
    ]


def test_broken_setup_gives_a_fix_per_failing_check(settings_env, own_sources, monkeypatch):
    bad = (own_sources / "demo-daily.toml").read_text(encoding="utf-8")
    (own_sources / "broken.toml").write_text(
        bad.replace('code = "demo-daily"', 'code = "broken"').replace(
            'item = "ul.article-list > li.article-item"', 'item = " "'
        ),
        encoding="utf-8",
    )
    (settings_env / "data").write_text("not a folder", encoding="utf-8")
    url = "postgresql+psycopg2://postgres@127.0.0.1:1/nowhere"
    done = newsflow(
        "doctor",
        NEWSFLOW_WAREHOUSE_URL=url,
        AIRFLOW_HOME=str(settings_env / "airflow"),
        AIRFLOW__CORE__DAGS_FOLDER=str(settings_env),
    )
    assert done.returncode == 1
    lines = squeeze(done.stdout)
    assert lines[1].startswith(f"FAIL warehouse warehouse {url} is unreachable: ")
    assert lines[1].endswith(
        "— fix: check that the database is up and NEWSFLOW_WAREHOUSE_URL; `newsflow doctor`"
    )
    assert lines[2:] == [
        "skip migrations needs a reachable warehouse",
        f"FAIL source broken {own_sources / 'broken.toml'}: listing.items.item: Value error, "
        "is empty — fix: correct broken.toml; see an example in sources/demo-daily.toml",
        "ok source demo-daily demo outlet (served by `newsflow demo`), selectors: 데모경제신문",
        f"FAIL data dir {settings_env / 'data'} is a file, not a directory "
        "— fix: point NEWSFLOW_DATA_DIR at a writable directory",
        f"ok airflow home {settings_env / 'airflow'}",
        f"FAIL airflow dags the DAGs folder {settings_env} has no news_nightly.py "
        f"— fix: export AIRFLOW__CORE__DAGS_FOLDER={DAGS}",
        "3 ok, 0 warning(s), 4 failed, 1 skipped",
    ]


def test_a_warehouse_without_the_schema_needs_an_upgrade(settings_env, own_sources):
    (settings_env / "warehouse.db").touch()
    done = newsflow("doctor", AIRFLOW_HOME=str(settings_env), AIRFLOW__CORE__DAGS_FOLDER=str(DAGS))
    assert done.returncode == 1
    assert squeeze(done.stdout)[1:3] == [
        f"ok warehouse reachable: sqlite:///{settings_env / 'warehouse.db'}",
        f"FAIL migrations at revision none (empty database), the code expects {_head()} "
        "— fix: run `newsflow db upgrade`",
    ]


def test_invalid_settings_fail_and_skip_what_depends_on_them(settings_env):
    done = newsflow(
        "doctor",
        NEWSFLOW_WAREHOUSE_URL="mysql://x/y",
        AIRFLOW_HOME="",
    )
    assert done.returncode == 1
    lines = squeeze(done.stdout)
    assert lines[:4] == [
        "FAIL config NEWSFLOW_WAREHOUSE_URL: Value error, must start with sqlite:/// or "
        "postgresql+psycopg2:// — fix: fix or unset that environment variable "
        "(see README, 'Configuration')",
        "skip warehouse needs valid settings",
        "skip sources needs valid settings",
        "skip data dir needs valid settings",
    ]


def test_airflow_not_configured_is_a_warning_not_a_failure(settings_env, own_sources, warehouse):
    done = newsflow("doctor", AIRFLOW_HOME="", AIRFLOW__CORE__DAGS_FOLDER="")
    assert done.returncode == 0, done.stdout
    assert squeeze(done.stdout)[-2:] == [
        "warn airflow AIRFLOW_HOME is not set: Airflow would use ~/airflow and miss dags/ "
        "(optional: the CLI runs without Airflow) — fix: export "
        f"AIRFLOW_HOME=$PWD/.newsflow/airflow AIRFLOW__CORE__DAGS_FOLDER={DAGS} "
        "(the Makefile does this)",
        "5 ok, 1 warning(s), 0 failed, 0 skipped",
    ]
