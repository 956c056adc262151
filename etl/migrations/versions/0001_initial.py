"""Initial warehouse: sources, sections, articles and their history, dim_date, runs, quarantine.

Revision ID: 0001
Revises:
Create Date: 2025-04-10

The tables are spelled out here rather than created from ``etl.warehouse.schema``: a
migration is a snapshot of the schema at its revision, and the live metadata will move on.
``tests/warehouse/test_migrations.py`` checks that head and ``schema.metadata`` agree.
Seeds ``sections`` from the shipped taxonomy and ``dim_date`` for 2000-01-01..2030-12-31.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from etl.warehouse.seed import seed_dim_date, seed_sections

SCHEMA = "news"

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TZ = sa.DateTime(timezone=True)
JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
# SQLite auto-increments only an INTEGER PRIMARY KEY.
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
CODE = sa.String(64)


def _fk(column: str, target: str, ondelete: str | None = None) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{SCHEMA}.{target}"], ondelete=ondelete)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(sa.text(f"create schema if not exists {SCHEMA}"))

    dim_date = op.create_table(
        "dim_date",
        sa.Column("date_kst", sa.Date, primary_key=True),
        sa.Column("year", sa.SmallInteger, nullable=False),
        sa.Column("quarter", sa.SmallInteger, nullable=False),
        sa.Column("month", sa.SmallInteger, nullable=False),
        sa.Column("day", sa.SmallInteger, nullable=False),
        sa.Column("weekday", sa.SmallInteger, nullable=False),
        sa.Column("weekday_name_ko", sa.String(8), nullable=False),
        sa.Column("iso_year", sa.SmallInteger, nullable=False),
        sa.Column("iso_week", sa.SmallInteger, nullable=False),
        sa.Column("is_weekend", sa.Boolean, nullable=False),
        sa.Column("is_holiday", sa.Boolean, nullable=False),
        sa.Column("holiday_name", sa.Text),
        schema=SCHEMA,
    )
    op.create_table(
        "runs",
        sa.Column("run_id", sa.Text, primary_key=True),
        sa.Column("source_code", CODE, nullable=False),
        sa.Column("window_start", TZ, nullable=False),
        sa.Column("window_end", TZ, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("started_at", TZ, nullable=False),
        sa.Column("finished_at", TZ),
        sa.Column("counts", JSON, nullable=False),
        sa.Column("quality_verdict", sa.String(16)),
        sa.Column("report_path", sa.Text),
        sa.Column("error", sa.Text),
        sa.CheckConstraint(
            "status in ('running', 'success', 'failed', 'quality_failed')", name="ck_runs_status"
        ),
        schema=SCHEMA,
    )
    op.create_index("ix_runs_source_started", "runs", ["source_code", "started_at"], schema=SCHEMA)
    sections = op.create_table(
        "sections",
        sa.Column("code", CODE, primary_key=True),
        sa.Column("parent_code", CODE),
        sa.Column("name_ko", sa.Text, nullable=False),
        sa.Column("name_en", sa.Text, nullable=False),
        _fk("parent_code", "sections.code"),
        schema=SCHEMA,
    )
    op.create_table(
        "sources",
        sa.Column("code", CODE, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("base_url", sa.Text, nullable=False),
        sa.Column("canonical_base", sa.Text),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("created_at", TZ, nullable=False, server_default=sa.func.now()),
        schema=SCHEMA,
    )
    op.create_table(
        "articles",
        sa.Column("article_id", BIG_ID, sa.Identity(), primary_key=True),
        sa.Column("source_code", CODE, nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("url_hash", sa.String(64), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("summary", sa.Text),
        sa.Column("body", sa.Text),
        sa.Column("author", sa.Text),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("published_at", TZ),
        sa.Column("modified_at", TZ),
        sa.Column("published_date_kst", sa.Date),
        sa.Column("published_raw", sa.Text),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("story_id", sa.Text),
        sa.Column("first_seen_at", TZ, nullable=False),
        sa.Column("last_seen_at", TZ, nullable=False),
        sa.Column("first_run_id", sa.Text, nullable=False),
        sa.Column("last_run_id", sa.Text, nullable=False),
        _fk("source_code", "sources.code"),
        _fk("first_run_id", "runs.run_id"),
        _fk("last_run_id", "runs.run_id"),
        sa.UniqueConstraint("source_code", "url_hash", name="uq_articles_source_url_hash"),
        schema=SCHEMA,
    )
    op.create_index(
        "ix_articles_published_date_kst", "articles", ["published_date_kst"], schema=SCHEMA
    )
    op.create_index(
        "ix_articles_source_published_at",
        "articles",
        ["source_code", "published_at"],
        schema=SCHEMA,
    )
    op.create_index("ix_articles_story_id", "articles", ["story_id"], schema=SCHEMA)
    op.create_table(
        "quarantine",
        sa.Column("quarantine_id", BIG_ID, sa.Identity(), primary_key=True),
        sa.Column("run_id", sa.Text, nullable=False),
        sa.Column("source_code", CODE, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("reasons", JSON, nullable=False),
        sa.Column("record", JSON, nullable=False),
        sa.Column("quarantined_at", TZ, nullable=False),
        _fk("run_id", "runs.run_id"),
        schema=SCHEMA,
    )
    op.create_index("ix_quarantine_run_id", "quarantine", ["run_id"], schema=SCHEMA)
    op.create_table(
        "section_aliases",
        sa.Column("source_code", CODE, primary_key=True),
        sa.Column("label", sa.Text, primary_key=True),
        sa.Column("section_code", CODE, nullable=False),
        _fk("source_code", "sources.code"),
        _fk("section_code", "sections.code"),
        schema=SCHEMA,
    )
    op.create_table(
        "article_sections",
        sa.Column("article_id", BIG_ID, primary_key=True),
        sa.Column("section_code", CODE, primary_key=True),
        _fk("article_id", "articles.article_id", ondelete="CASCADE"),
        _fk("section_code", "sections.code"),
        schema=SCHEMA,
    )
    op.create_index(
        "ix_article_sections_section_code", "article_sections", ["section_code"], schema=SCHEMA
    )
    op.create_table(
        "article_versions",
        sa.Column("article_id", BIG_ID, primary_key=True),
        sa.Column("version_no", sa.Integer, primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("summary", sa.Text),
        sa.Column("body", sa.Text),
        sa.Column("author", sa.Text),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("modified_at", TZ),
        sa.Column("recorded_at", TZ, nullable=False),
        sa.Column("run_id", sa.Text, nullable=False),
        _fk("article_id", "articles.article_id", ondelete="CASCADE"),
        _fk("run_id", "runs.run_id"),
        schema=SCHEMA,
    )

    conn = op.get_bind()
    seed_sections(conn, sections)
    seed_dim_date(conn, dim_date, date(2000, 1, 1), date(2030, 12, 31))


def downgrade() -> None:
    for table in (
        "article_versions",
        "article_sections",
        "section_aliases",
        "quarantine",
        "articles",
        "sources",
        "sections",
        "runs",
        "dim_date",
    ):
        op.drop_table(table, schema=SCHEMA)
