"""docker/compose.yaml, checked without a Docker engine: every service can start as written.

The file is read as Compose reads it (YAML merge keys, ``${VAR}`` from docker/.env, for which
.env.example stands in here). Commands are checked against the real CLIs of this environment:
Airflow's argument parser, ``newsflow … --help``, the image's entrypoint rules.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
DOCKER = REPO / "docker"
AIRFLOW_SERVICES = (
    "airflow-init",
    "airflow-apiserver",
    "airflow-scheduler",
    "airflow-dag-processor",
    "airflow-triggerer",
    "airflow-worker",
    "flower",
)
_VARIABLE = re.compile(r"\$\{(?P<name>\w+)(?::-(?P<default>[^}]*))?\}")


def env_example() -> dict[str, str]:
    lines = (DOCKER / ".env.example").read_text(encoding="utf-8").splitlines()
    pairs = (line.split("=", 1) for line in lines if line.strip() and not line.startswith("#"))
    return {name.strip(): value.strip() for name, value in pairs}


def interpolate(value: Any, env: dict[str, str]) -> Any:
    """Compose's substitution: ``${VAR}``, ``${VAR:-default}``, ``$$`` for a literal ``$``."""
    if isinstance(value, dict):
        return {key: interpolate(item, env) for key, item in value.items()}
    if isinstance(value, list):
        return [interpolate(item, env) for item in value]
    if not isinstance(value, str):
        return value

    def substitute(match: re.Match[str]) -> str:
        name, default = match["name"], match["default"]
        if name in env:
            return env[name]
        assert default is not None, f"${{{name}}} is neither in .env.example nor defaulted"
        return default

    return _VARIABLE.sub(substitute, value.replace("$$", "\0")).replace("\0", "$")


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    return yaml.safe_load((DOCKER / "compose.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def services(raw: dict[str, Any]) -> dict[str, Any]:
    return dict(interpolate(raw["services"], env_example()))


def command_of(service: dict[str, Any]) -> list[str]:
    command = service["command"]
    return shlex.split(command) if isinstance(command, str) else [str(c) for c in command]


def airflow_args(words: list[str]) -> list[str]:
    """Arguments of an ``airflow`` command as the image's entrypoint runs it."""
    return words[1:] if words[0] == "airflow" else words


def assert_airflow_command(args: list[str]) -> None:
    from airflow.cli.cli_parser import get_parser

    try:
        get_parser().parse_args(args)
    except SystemExit as exit_:
        pytest.fail(f"`airflow {' '.join(args)}` is not a valid command (exit {exit_.code})")


def assert_newsflow_command(args: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "etl.cli", *args, "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, f"newsflow {' '.join(args)}: {done.stderr or done.stdout}"


def shell_steps(words: list[str]) -> list[list[str]]:
    """The commands of ``bash -c "a && b && c"``."""
    assert words[:2] == ["bash", "-c"], words
    return [shlex.split(step) for step in words[2].split("&&")]


def test_every_service_has_an_image_or_a_build_whose_files_exist(raw):
    for name, service in raw["services"].items():
        assert "image" in service or "build" in service, name
        if "build" in service:
            context = (DOCKER / service["build"]["context"]).resolve()
            assert context == REPO, name
            assert (context / service["build"]["dockerfile"]).is_file(), name


def test_every_file_the_dockerfile_copies_exists():
    dockerfile = (DOCKER / "Dockerfile").read_text(encoding="utf-8")
    copied = [
        source
        for line in dockerfile.splitlines()
        if line.startswith("COPY ")
        for source in [w for w in line.split()[1:] if not w.startswith("--")][:-1]
    ]
    assert "requirements.lock" in copied
    assert "dags" in copied
    for source in copied:
        assert (REPO / source).exists(), source


def test_the_image_is_the_official_airflow_image_of_the_installed_version():
    import airflow

    (base,) = re.findall(r"^FROM (\S+)", (DOCKER / "Dockerfile").read_text(), re.MULTILINE)
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    assert base == f"apache/airflow:{airflow.__version__}-python{python}"


def test_every_bind_mounted_host_path_exists(services):
    for name, service in services.items():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("."):
                assert (DOCKER / source).exists(), f"{name}: {source}"


def test_every_airflow_service_runs_a_valid_airflow_command(services):
    for name in AIRFLOW_SERVICES:
        words = command_of(services[name])
        if words[0] == "bash":
            continue  # airflow-init: checked step by step below
        assert_airflow_command(airflow_args(words))


def test_init_migrates_creates_the_crawl_pool_and_upgrades_the_warehouse(services):
    from newsflow_airflow import CRAWL_POOL

    steps = shell_steps(command_of(services["airflow-init"]))
    assert [step[:2] for step in steps] == [
        ["airflow", "db"],
        ["airflow", "pools"],
        ["newsflow", "db"],
    ]
    assert steps[1][:4] == ["airflow", "pools", "set", CRAWL_POOL]
    for step in steps[:2]:
        assert_airflow_command(step[1:])
    assert_newsflow_command(steps[2][1:])


def test_the_demosite_command_runs_through_the_entrypoints_python_branch(services):
    words = command_of(services["demosite"])
    # The image's entrypoint runs `python …` and `bash …` as they are, anything else as
    # `airflow …`: a bare `newsflow` would become `airflow newsflow`.
    assert words[:3] == ["python", "-m", "etl.cli"]
    assert_newsflow_command(words[3:])


def test_the_demosite_serves_every_demo_source_where_the_workers_look(services):
    import json

    from demosite.outlets import OUTLETS

    words = command_of(services["demosite"])
    outlets = [words[i + 1] for i, word in enumerate(words) if word == "--outlet"]
    first_port = int(words[words.index("--port") + 1])
    urls = json.loads(services["airflow-worker"]["environment"]["NEWSFLOW_DEMOSITE_URLS"])
    profiles = sorted(
        line.split('"')[1].removeprefix("demosite://")
        for path in (REPO / "sources").glob("*.toml")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("base_url") and "demosite://" in line
    )
    assert sorted(outlets) == profiles
    assert set(outlets) <= set(OUTLETS)
    assert urls == {outlet: f"http://demosite:{first_port + i}" for i, outlet in enumerate(outlets)}


def test_every_airflow_service_uses_celery_through_redis_and_the_metadata_database(services):
    for name in AIRFLOW_SERVICES:
        env = services[name]["environment"]
        assert env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor", name
        assert env["AIRFLOW__CELERY__BROKER_URL"] == "redis://redis:6379/0", name
        assert env["AIRFLOW__CELERY__RESULT_BACKEND"] == (
            "db+" + env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"].replace("+psycopg2", "")
        ), name
        assert env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"].endswith(
            "@postgres:5432/" + services["postgres"]["environment"]["POSTGRES_DB"]
        ), name
        assert env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] == (
            "http://airflow-apiserver:8080/execution/"
        ), name
    assert services["airflow-apiserver"]["ports"] == ["8080:8080"]
    assert set(services) >= {"postgres", "redis"}


def test_workers_scale_out_and_share_the_run_folders(services):
    worker = services["airflow-worker"]
    assert command_of(worker) == ["celery", "worker"]
    assert "container_name" not in worker and "ports" not in worker
    for name in AIRFLOW_SERVICES:
        env = services[name]["environment"]
        assert f"newsflow-data:{env['NEWSFLOW_DATA_DIR']}" in services[name]["volumes"], name


def test_every_airflow_container_shares_the_secrets_that_must_match(raw):
    common = raw["x-airflow-common"]["environment"]
    assert common["AIRFLOW__CORE__FERNET_KEY"] == "${AIRFLOW_FERNET_KEY}"
    assert common["AIRFLOW__API_AUTH__JWT_SECRET"] == "${AIRFLOW_JWT_SECRET}"


def test_the_warehouse_connection_and_url_name_the_database_initdb_creates(services):
    from airflow.sdk import Connection

    from etl.orchestration import warehouse_url_from_connection

    env = services["airflow-worker"]["environment"]
    conn = Connection.from_uri(env["AIRFLOW_CONN_NEWSFLOW_WAREHOUSE"], conn_id="newsflow_warehouse")
    initdb = (DOCKER / "initdb" / "10-warehouse.sh").read_text(encoding="utf-8")
    assert warehouse_url_from_connection(conn) == env["NEWSFLOW_WAREHOUSE_URL"]
    assert (conn.host, conn.port) == ("postgres", 5432)
    assert f"CREATE ROLE {conn.login} LOGIN PASSWORD '${{WAREHOUSE_PASSWORD}}'" in initdb
    assert f"CREATE DATABASE {conn.schema} OWNER {conn.login}" in initdb
    assert services["postgres"]["environment"]["WAREHOUSE_PASSWORD"] == conn.password


def test_no_secret_is_written_in_the_compose_file(raw):
    text = (DOCKER / "compose.yaml").read_text(encoding="utf-8")
    for name, value in env_example().items():
        if any(word in name for word in ("PASSWORD", "SECRET", "KEY")):
            assert value not in text, name
    for url in re.findall(r"\w+(?:\+\w+)?://[^\s\"']+", text):
        if "@" in url:
            assert re.search(r":\$\{\w+\}@", url), f"credentials in {url}"


def test_every_variable_the_compose_file_uses_is_in_env_example(raw):
    text = (DOCKER / "compose.yaml").read_text(encoding="utf-8").replace("$$", "")
    used = {m["name"] for m in _VARIABLE.finditer(text) if m["default"] is None}
    assert used <= set(env_example())
