"""What an orchestrator needs around the pipeline, as plain functions (no Airflow import here).

- ``source_codes``: the sources a run covers, read from file names only, so one broken
  profile fails its own branch (when its run begins) instead of the whole run.
- ``warehouse_url_from_connection`` / ``use_warehouse_url``: a connection record's fields (an
  Airflow Connection, or anything with the same attributes) as the warehouse URL of this
  process.
- ``fail_unfinished_run``: close a ``runs`` row its task left open (timeout, kill, lost worker).
- ``pending_loads`` / ``refresh_marts_by_watermark``: refresh the marts when successful loads
  finished since the last refresh, by a watermark kept in the warehouse
  (``news.mart_refreshes``), not by the list of events that triggered the refresh (events
  coalesce: one refresh may stand for many loads, or for none that is new).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

import sqlalchemy as sa

from etl.config import get_settings
from etl.errors import ConfigError, SourceConfigError
from etl.warehouse.schema import mart_refreshes, runs

WAREHOUSE_URL_ENV = "NEWSFLOW_WAREHOUSE_URL"

# libpq parameters a PostgreSQL connection record may carry in its extras; other extras
# (Airflow's cursor type, IAM flags, …) mean nothing to psycopg2 and are left out.
LIBPQ_EXTRAS = (
    "sslmode",
    "sslrootcert",
    "sslcert",
    "sslkey",
    "connect_timeout",
    "application_name",
    "options",
    "target_session_attrs",
)


def source_codes(wanted: Sequence[str] = ()) -> list[str]:
    """Codes of the profiles in the sources folder (sorted), or of ``wanted`` among them.

    Reads file names only: a profile that does not parse is still listed, and fails when its
    own run begins. An empty ``wanted`` means every source; a code in ``wanted`` without a
    profile raises SourceConfigError naming it and the known codes.
    """
    folder = get_settings().sources_dir
    known = sorted(path.stem for path in folder.glob("*.toml"))
    unknown = sorted(set(wanted) - set(known))
    if unknown:
        raise SourceConfigError(
            f"no source profile for {', '.join(unknown)} in {folder}",
            hint=f"known sources: {', '.join(known) or 'none'}",
        )
    return [code for code in known if not wanted or code in wanted]


class ConnectionFields(Protocol):
    """The attributes of a connection record (an Airflow ``Connection`` has them all)."""

    conn_type: str | None
    host: str | None
    login: str | None
    password: str | None
    port: int | None
    schema: str | None

    @property
    def extra_dejson(self) -> dict[str, Any]: ...


def warehouse_url_from_connection(conn: ConnectionFields) -> str:
    """The SQLAlchemy URL (password included) of the warehouse a connection record names.

    ``postgres`` records become ``postgresql+psycopg2://login:password@host:port/schema`` with
    the libpq extras (``sslmode``, …) as query parameters; ``sqlite`` records name the database
    file in ``host``. Any other type raises ConfigError.
    """
    kind = (conn.conn_type or "").lower()
    if kind in ("postgres", "postgresql"):
        extras = conn.extra_dejson
        url = sa.URL.create(
            "postgresql+psycopg2",
            username=conn.login or None,
            password=conn.password or None,
            host=conn.host or None,
            port=conn.port or None,
            database=conn.schema or None,
            query={key: str(extras[key]) for key in LIBPQ_EXTRAS if key in extras},
        )
        return url.render_as_string(hide_password=False)
    if kind == "sqlite" and conn.host:
        return f"sqlite:///{conn.host}"
    raise ConfigError(
        f"warehouse connection of type {conn.conn_type!r} is not supported",
        hint="use a postgres connection (host, login, password, port, schema = database)",
    )


def use_warehouse_url(url: str) -> None:
    """Make ``url`` this process's warehouse (``NEWSFLOW_WAREHOUSE_URL``) from now on."""
    os.environ[WAREHOUSE_URL_ENV] = url
    get_settings.cache_clear()


def describe_failure(error: BaseException | str | None) -> str:
    """One line for ``runs.error``: ``Type: message``, or what is known when there is no error."""
    if error is None:
        return "the task ended without finishing its stage (killed, timed out or lost its worker)"
    if isinstance(error, str):
        return error
    text = str(error).strip()
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def fail_unfinished_run(
    ctx_data: Mapping[str, str] | None, error: BaseException | str | None, *, where: str = ""
) -> bool:
    """Mark the run of ``ctx_data`` (a RunContext dict) failed unless it already has an outcome.

    For failures the stage itself could not record: a timeout or termination (they are not
    ``Exception``s, so ``run_stage`` does not see them) or a killed worker. A run that ended
    ``success`` or ``quality_failed`` keeps its outcome; a ``failed`` one gets this, the last,
    error. Returns whether the row was changed; no context (the run never began) or no row is
    a no-op. ``where`` (e.g. the task id) prefixes the message.
    """
    from etl.pipeline import RunContext
    from etl.warehouse.engine import make_engine
    from etl.warehouse.runs import finish_run, get_run

    if not ctx_data:
        return False
    ctx = RunContext.from_dict(dict(ctx_data))
    engine = make_engine()
    try:
        row = get_run(engine, ctx.run_id)
        if row is None or row["status"] in ("success", "quality_failed"):
            return False
        message = describe_failure(error)
        finish_run(
            engine,
            ctx.run_id,
            status="failed",
            counts=ctx.counts(),
            error=(f"{where}: {message}" if where else message)[:2000],
        )
        return True
    finally:
        engine.dispose()


# --- marts by watermark -----------------------------------------------------------------

# Loads commit their articles before their run row says ``success``, and workers' clocks
# differ a little: a run may become visible with a finished_at just below a watermark already
# taken. Runs this close to the watermark are therefore checked by id, not by time alone.
LOOKBACK = timedelta(hours=1)


@dataclass(frozen=True)
class LoadedRun:
    """A successful run the marts do not reflect yet."""

    run_id: str
    source: str
    window_start: datetime
    finished_at: datetime


@dataclass(frozen=True)
class PendingLoads:
    """Successful runs finished since the last refresh's watermark (``since``; None: never).

    ``visible`` is every successful run within LOOKBACK of ``since`` or later, seen by the same
    read: a refresh that follows covers them all. Falsy when there is nothing new.
    """

    since: datetime | None
    runs: tuple[LoadedRun, ...]
    visible: tuple[LoadedRun, ...]

    def __bool__(self) -> bool:
        return bool(self.runs)

    def summary(self) -> dict[str, Any]:
        """A small, JSON-ready description (an XCom value): counts, sources, window range."""
        days = sorted(r.window_start.date().isoformat() for r in self.runs)
        return {
            "since": self.since.isoformat() if self.since else None,
            "runs": len(self.runs),
            "sources": sorted({r.source for r in self.runs}),
            "first_window": days[0] if days else None,
            "last_window": days[-1] if days else None,
        }


def ensure_mart_state(engine: sa.Engine) -> None:
    """Upgrade the warehouse schema, which holds ``news.mart_refreshes`` (migration 0004)."""
    from etl.warehouse.engine import upgrade

    upgrade(engine)


def pending_loads(engine: sa.Engine) -> PendingLoads:
    """The successful runs the last refresh did not cover (all of them before a first one)."""
    with engine.connect() as conn:
        last = (
            conn.execute(sa.select(mart_refreshes).order_by(mart_refreshes.c.refresh_id.desc()))
            .mappings()
            .first()
        )
        query = sa.select(
            runs.c.run_id, runs.c.source_code, runs.c.window_start, runs.c.finished_at
        ).where(runs.c.status == "success")
        if last is not None:
            query = query.where(runs.c.finished_at > last["watermark"] - LOOKBACK)
        visible = tuple(LoadedRun(*row) for row in conn.execute(query.order_by(runs.c.run_id)))
    if last is None:
        return PendingLoads(None, visible, visible)
    covered = set(last["recent_run_ids"])
    since: datetime = last["watermark"]
    new = tuple(r for r in visible if r.finished_at > since or r.run_id not in covered)
    return PendingLoads(since, new, visible)


def refresh_marts_by_watermark(
    engine: sa.Engine,
    refresh: Callable[[sa.Engine], Mapping[str, Any]] | None = None,
    *,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> dict[str, Any]:
    """Refresh the marts if successful loads finished since the last refresh; record it.

    ``refresh`` defaults to ``etl.warehouse.marts.refresh_marts``. With nothing pending it is
    not called and nothing is recorded (``{"refreshed": False, …}``). Otherwise one
    ``mart_refreshes`` row records the new watermark, the runs covered and ``refresh``'s
    result. Callers must not run two refreshes of one warehouse at once (the DAG allows one
    active run). Returns the pending summary plus ``refreshed`` and ``marts`` (the result).
    """
    if refresh is None:
        from etl.warehouse.marts import refresh_marts

        refresh = refresh_marts
    ensure_mart_state(engine)
    pending = pending_loads(engine)
    summary = pending.summary()
    if not pending:
        return summary | {"refreshed": False, "marts": None}
    started_at = now()
    result = json.loads(json.dumps(dict(refresh(engine)), default=str))
    watermark = max(r.finished_at for r in pending.visible)
    if pending.since is not None:
        watermark = max(watermark, pending.since)
    recent = sorted(r.run_id for r in pending.visible if r.finished_at > watermark - LOOKBACK)
    with engine.begin() as conn:
        conn.execute(
            mart_refreshes.insert().values(
                started_at=started_at,
                finished_at=now(),
                watermark=watermark,
                recent_run_ids=recent,
                runs=len(pending.runs),
                result=result,
            )
        )
    return summary | {"refreshed": True, "watermark": watermark.isoformat(), "marts": result}
