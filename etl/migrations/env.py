"""Alembic environment of the warehouse, driven by ``etl.warehouse.engine``.

``upgrade``/``downgrade`` there pass their open connection in ``config.attributes``, so the
whole migration runs in the caller's transaction. Without one (the ``alembic`` command line
pointed here with ``-x url=…`` or ``sqlalchemy.url``) an engine is made with ``make_engine``,
which applies the same SQLite settings. Offline (``--sql``) mode is not supported: the
initial migration seeds data computed in Python.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context

from etl.warehouse.engine import VERSION_TABLE, make_engine, version_table_schema
from etl.warehouse.schema import SCHEMA, metadata

# Any constant shared by all migrators of one database; "newsflow" in ASCII.
MIGRATION_LOCK_KEY = 0x6E657773666C6F77


def _migrate(connection: sa.Connection) -> None:
    if connection.dialect.name == "postgresql":
        # Two tasks starting on a fresh warehouse would otherwise both try to create it.
        connection.execute(
            sa.text("select pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
        )
        # The version table lives in the schema, so the schema must exist before Alembic
        # looks for it.
        connection.execute(sa.text(f"create schema if not exists {SCHEMA}"))
    elif "schema_translate_map" not in connection.get_execution_options():
        # A SQLite connection not made by make_engine: SQLite has no schema "news".
        connection.execution_options(schema_translate_map={SCHEMA: None})
    context.configure(
        connection=connection,
        target_metadata=metadata,
        version_table=VERSION_TABLE,
        version_table_schema=version_table_schema(connection),
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run() -> None:
    if context.is_offline_mode():
        raise SystemExit("the newsflow warehouse migrations do not support offline (--sql) mode")
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _migrate(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or context.config.get_main_option(
        "sqlalchemy.url"
    )
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            _migrate(conn)
    finally:
        engine.dispose()


run()
