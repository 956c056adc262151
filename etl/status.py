"""``newsflow status``: the last run of every source, failed windows and alarms, read-only.

What an operator asks first in the morning: did every source load yesterday, what failed and
is still failed, and does anything look odd? Alarms are raised for

- ``drift``: a source's last loaded day is far from its trailing median volume
  (see ``etl.report.volume``),
- ``quality``: its last run's quality verdict was ``warn``,
- ``stuck``: a run has been ``running`` for longer than ``STUCK_AFTER`` (its process died).

Nothing is written: a missing warehouse or schema is reported, not created.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from etl.config import get_settings
from etl.errors import NewsflowError
from etl.warehouse.schema import runs

STUCK_AFTER = timedelta(hours=6)


class WarehouseUnavailable(NewsflowError):
    """The warehouse cannot be read: missing, unreachable or without the newsflow schema."""


def _shown(url: str) -> str:
    try:
        return sa.make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return url


def open_warehouse(url: str | None = None) -> sa.Engine:
    """An engine on an existing, reachable, migrated warehouse; WarehouseUnavailable otherwise.

    Unlike ``make_engine`` + ``upgrade`` this creates nothing: a SQLite file that does not exist
    is reported as missing rather than created empty.
    """
    from etl.warehouse.engine import current_revision, make_engine

    raw = url if url is not None else get_settings().warehouse_url
    parsed = sa.make_url(raw)
    shown = _shown(raw)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        path = Path(parsed.database or "")
        if not path.is_file():
            raise WarehouseUnavailable(
                f"no warehouse at {path.resolve()}",
                hint="create it with `newsflow db upgrade` (or load the demo: `newsflow demo`)",
            )
    engine = make_engine(raw)
    try:
        revision = current_revision(engine)
    except sa.exc.SQLAlchemyError as err:
        engine.dispose()
        reason = str(getattr(err, "orig", err)).strip().splitlines()[0]
        raise WarehouseUnavailable(
            f"warehouse {shown} is unreachable: {reason}",
            hint="check that the database is up and NEWSFLOW_WAREHOUSE_URL; `newsflow doctor`",
        ) from err
    if revision is None:
        engine.dispose()
        raise WarehouseUnavailable(
            f"warehouse {shown} has no newsflow schema", hint="run `newsflow db upgrade`"
        )
    return engine


def age_text(seconds: float) -> str:
    """A short age: ``45s``, ``12m``, ``3h 05m``, ``2d 04h``."""
    s = max(0, int(seconds))
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m"
    if s < 86400:
        return f"{s // 3600}h {s % 3600 // 60:02d}m"
    return f"{s // 86400}d {s % 86400 // 3600:02d}h"


@dataclass(frozen=True)
class SourceStatus:
    """The most recently started run of one source (all None when it never ran)."""

    source: str
    run_id: str | None
    window: str | None
    status: str
    verdict: str | None
    items: int
    inserted: int
    quarantined: int
    started_at: datetime | None
    age_seconds: float | None
    report_path: str | None


@dataclass(frozen=True)
class FailedWindow:
    """A window whose latest run failed: it needs a re-run."""

    source: str
    window: str
    status: str
    run_id: str
    error: str | None


@dataclass(frozen=True)
class Alarm:
    source: str
    window: str
    kind: str  # drift | quality | stuck
    message: str


@dataclass(frozen=True)
class StatusReport:
    warehouse: str
    generated_at: datetime
    sources: list[SourceStatus]
    failures: list[FailedWindow]
    alarms: list[Alarm]

    def to_json(self) -> dict[str, Any]:
        """JSON-ready: timestamps as ISO 8601 strings in UTC."""

        def plain(value: Any) -> Any:
            if isinstance(value, datetime):
                return value.astimezone(UTC).isoformat()
            if isinstance(value, dict):
                return {k: plain(v) for k, v in value.items()}
            if isinstance(value, list):
                return [plain(v) for v in value]
            return value

        return dict(plain(asdict(self)))


def _known_sources() -> list[str]:
    # File names only: status must work while a profile is broken (doctor says which).
    folder = get_settings().sources_dir
    return sorted(p.stem for p in folder.glob("*.toml")) if folder.is_dir() else []


def collect_status(
    engine: sa.Engine, *, now: datetime | None = None, sources: list[str] | None = None
) -> StatusReport:
    """The status of ``sources`` (default: every profile and every source with runs)."""
    from etl.report.data import stored_window
    from etl.report.volume import day_volumes

    moment = now or datetime.now(UTC)
    with engine.connect() as conn:
        rows = [
            dict(r) for r in conn.execute(sa.select(runs).order_by(runs.c.started_at)).mappings()
        ]
        codes = sources or sorted(set(_known_sources()) | {r["source_code"] for r in rows})
        rows = [r for r in rows if r["source_code"] in codes]
        latest_by_source = {r["source_code"]: r for r in rows}
        latest_by_window = {(r["source_code"], r["window_start"], r["window_end"]): r for r in rows}
        last_success = {r["source_code"]: r for r in rows if r["status"] == "success"}
        volumes = {
            code: day_volumes(
                conn, [code], [stored_window(r["window_start"], r["window_end"]).day_list()[-1]]
            )[code][0]
            for code, r in last_success.items()
        }
    statuses = [_source_status(code, latest_by_source.get(code), moment) for code in codes]
    failures = [
        FailedWindow(r["source_code"], _key(r), r["status"], r["run_id"], r["error"])
        for r in sorted(
            latest_by_window.values(), key=lambda r: (r["window_start"], r["source_code"])
        )
        if r["status"] in ("failed", "quality_failed")
    ]
    alarms: list[Alarm] = []
    for code in codes:
        volume = volumes.get(code)
        if volume is not None and volume.drift is not None:
            alarms.append(
                Alarm(
                    code,
                    volume.day.isoformat(),
                    "drift",
                    f"{volume.articles} articles, {volume.drift} against the trailing median "
                    f"{volume.trailing_median:g} of {volume.history_days} days",
                )
            )
        last = latest_by_source.get(code)
        if last is not None and last["quality_verdict"] == "warn":
            n = int((last["counts"] or {}).get("quarantined", 0))
            alarms.append(Alarm(code, _key(last), "quality", f"verdict warn, {n} quarantined"))
    for r in rows:
        running_for = moment - r["started_at"]
        if r["status"] == "running" and running_for > STUCK_AFTER:
            alarms.append(
                Alarm(
                    r["source_code"],
                    _key(r),
                    "stuck",
                    f"run {r['run_id']} running for {age_text(running_for.total_seconds())}; "
                    "its process probably died: re-run the window",
                )
            )
    return StatusReport(
        engine.url.render_as_string(hide_password=True),
        moment,
        statuses,
        failures,
        alarms,
    )


def _key(row: dict[str, Any]) -> str:
    from etl.report.data import stored_window

    return stored_window(row["window_start"], row["window_end"]).key


def _source_status(code: str, row: dict[str, Any] | None, now: datetime) -> SourceStatus:
    if row is None:
        return SourceStatus(code, None, None, "never run", None, 0, 0, 0, None, None, None)
    counts = row["counts"] or {}
    moment = row["finished_at"] or row["started_at"]
    return SourceStatus(
        source=code,
        run_id=row["run_id"],
        window=_key(row),
        status=row["status"],
        verdict=row["quality_verdict"],
        items=int(counts.get("items", 0)),
        inserted=int(counts.get("inserted", 0)),
        quarantined=int(counts.get("quarantined", 0)),
        started_at=row["started_at"],
        age_seconds=(now - moment).total_seconds(),
        report_path=row["report_path"],
    )
