"""Mart refreshes: the audit of the marts refreshes, under the migrations like every table.

Revision ID: 0004
Revises: 0003
Create Date: 2025-04-20

- ``mart_refreshes``: one row per refresh of the marts by the DAG news_marts, with the
  watermark that decides which loads the next refresh covers (``etl.orchestration``).
  Warehouses whose news_marts DAG ran before this revision already have the table (it was
  created on first use): it is kept as it is, rows included, and only gets its comments.
- PostgreSQL: ``COMMENT ON`` the table and its columns, SELECT for ``news_reader``.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from etl.warehouse.comments import sync_comments
from etl.warehouse.roles import grant_reader_access

SCHEMA = "news"

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TZ = sa.DateTime(timezone=True)
# SQLite auto-increments only an INTEGER PRIMARY KEY.
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    conn = op.get_bind()
    # On SQLite the schema is the main database (translated by the engine, not the inspector).
    where = SCHEMA if conn.dialect.name == "postgresql" else None
    if not sa.inspect(conn).has_table("mart_refreshes", schema=where):
        op.create_table(
            "mart_refreshes",
            sa.Column("refresh_id", BIG_ID, sa.Identity(), primary_key=True),
            sa.Column("started_at", TZ, nullable=False),
            sa.Column("finished_at", TZ, nullable=False),
            sa.Column("watermark", TZ, nullable=False),
            sa.Column("recent_run_ids", JSON, nullable=False),
            sa.Column("runs", sa.Integer, nullable=False),
            sa.Column("result", JSON, nullable=False),
            schema=SCHEMA,
        )
    sync_comments(conn)
    grant_reader_access(conn)


def downgrade() -> None:
    op.drop_table("mart_refreshes", schema=SCHEMA)
