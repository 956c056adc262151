"""Engines for the warehouse, its Alembic migrations, and the ``sources`` row of a profile.

Migrations live in ``etl/migrations`` (inside the package, so an installed distribution
carries them) and are configured here in code: no ``alembic.ini`` is needed at run time.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext

from etl.config import get_settings
from etl.errors import ConfigError
from etl.warehouse import schema
from etl.warehouse.comments import sync_comments
from etl.warehouse.seed import seed_sections
from etl.warehouse.sql import is_postgres, upsert

if TYPE_CHECKING:
    from etl.sources import SourceProfile

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
VERSION_TABLE = "alembic_version"
SQLITE_BUSY_TIMEOUT_S = 30.0

_URL_HINT = "use postgresql+psycopg2://user@host:5432/db or sqlite:///path/to/warehouse.db"


def make_engine(url: str | None = None) -> sa.Engine:
    """An engine on the warehouse at ``url`` (default: ``NEWSFLOW_WAREHOUSE_URL``).

    PostgreSQL goes through psycopg2 (a bare ``postgresql://`` is read as psycopg2, not as
    SQLAlchemy 2.1's psycopg 3 default). SQLite gets its parent directory created, schema
    ``news`` mapped onto its main database, foreign keys enforced, WAL journalling (readers
    do not block the loader) and real transactions around reads and DDL too. Any other
    dialect, or a malformed URL, raises ``ConfigError``.
    """
    raw = url if url is not None else get_settings().warehouse_url
    try:
        parsed = sa.make_url(raw)
    except sa.exc.ArgumentError as err:
        raise ConfigError(f"warehouse URL {raw!r} is not a database URL", hint=_URL_HINT) from err
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg2")
    if parsed.drivername == "postgresql+psycopg2":
        return sa.create_engine(parsed, pool_pre_ping=True)
    if parsed.drivername in ("sqlite", "sqlite+pysqlite"):
        return _sqlite_engine(parsed)
    shown = parsed.render_as_string(hide_password=True)
    raise ConfigError(f"warehouse URL {shown}: unsupported driver {parsed.drivername}", _URL_HINT)


def _sqlite_engine(url: sa.URL) -> sa.Engine:
    database = url.database or ""
    if database and database != ":memory:" and not database.startswith("file:"):
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(
        url,
        connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S},
        execution_options={"schema_translate_map": {schema.SCHEMA: None}},
    )

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Python's sqlite3 only opens a transaction before DML; take that job over (see the
        # "begin" hook) so reads and DDL are transactional too, as on PostgreSQL.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


@contextmanager
def _engine_for(engine_or_url: sa.Engine | str | None) -> Iterator[sa.Engine]:
    """The given engine, or one made from the URL (and disposed of afterwards)."""
    if isinstance(engine_or_url, sa.Engine):
        yield engine_or_url
        return
    engine = make_engine(engine_or_url)
    try:
        yield engine
    finally:
        engine.dispose()


def version_table_schema(conn: sa.Connection) -> str | None:
    """Where Alembic keeps its version table: inside ``news`` on PostgreSQL.

    So the warehouse never collides with another application's ``public.alembic_version``
    (Airflow's metadata database has one) when both share a database.
    """
    return schema.SCHEMA if is_postgres(conn) else None


def _alembic_config(conn: sa.Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = conn
    return config


def upgrade(engine_or_url: sa.Engine | str | None = None, revision: str = "head") -> None:
    """Migrate the warehouse to ``revision`` in one transaction; safe to call on every run.

    At ``head`` it also brings ``news.sections`` up to date with the shipped taxonomy (an
    upsert) and, on PostgreSQL, the table and column comments with their declarations (only
    those that differ are written). Concurrent callers on PostgreSQL serialise on an advisory
    lock (see env.py); the one that comes second finds the schema current and does nothing.
    """
    with _engine_for(engine_or_url) as engine, engine.begin() as conn:
        command.upgrade(_alembic_config(conn), revision)
        if revision == "head":
            seed_sections(conn, schema.sections)
            sync_comments(conn)


def downgrade(engine_or_url: sa.Engine | str | None = None, revision: str = "base") -> None:
    """Migrate down to ``revision``; ``base`` drops every warehouse table and its data."""
    with _engine_for(engine_or_url) as engine, engine.begin() as conn:
        command.downgrade(_alembic_config(conn), revision)


def current_revision(engine: sa.Engine) -> str | None:
    """The Alembic revision the warehouse is at; None before the first ``upgrade``."""
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "version_table": VERSION_TABLE,
                "version_table_schema": version_table_schema(conn),
            },
        )
        return context.get_current_revision()


def ensure_source(conn: sa.Connection, profile: SourceProfile) -> None:
    """Upsert the ``sources`` row of ``profile`` and make its ``section_aliases`` match it.

    Runs inside the caller's transaction. Idempotent: with an unchanged profile nothing is
    rewritten (``created_at`` keeps the first load's time). Labels the profile no longer has
    are deleted. Alias codes are validated by the profile itself against the taxonomy.
    """
    upsert(
        conn,
        schema.sources,
        [
            {
                "code": profile.code,
                "name": profile.name,
                "base_url": profile.base_url,
                "canonical_base": profile.canonical_base,
                "language": profile.language,
                "timezone": profile.timezone,
                "created_at": datetime.now(UTC),
            }
        ],
        key=["code"],
        update=["name", "base_url", "canonical_base", "language", "timezone"],
    )
    aliases = schema.section_aliases
    conn.execute(
        aliases.delete().where(
            aliases.c.source_code == profile.code, aliases.c.label.not_in(list(profile.sections))
        )
    )
    upsert(
        conn,
        aliases,
        [
            {"source_code": profile.code, "label": label, "section_code": code}
            for label, code in sorted(profile.sections.items())
        ],
        key=["source_code", "label"],
        update=["section_code"],
    )
