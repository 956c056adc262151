"""The warehouse tables, schema ``news``: one MetaData for PostgreSQL and SQLite.

SQLite has no schemas; engines made by ``etl.warehouse.engine.make_engine`` translate ``news``
to SQLite's main database (``schema_translate_map``), so every query is written once.

Table and column names are a contract with consumers (see docs' data dictionary). The
migrations in ``etl/migrations/versions`` create exactly these tables; a test compares them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

SCHEMA = "news"

# The calendar ``dim_date`` covers; articles outside it still load (no foreign key to it).
DIM_DATE_FIRST = date(2000, 1, 1)
DIM_DATE_LAST = date(2030, 12, 31)

RUN_STATUSES = ("running", "success", "failed", "quality_failed")


class UtcDateTime(sa.TypeDecorator[datetime]):
    """``timestamptz`` that always hands back tz-aware UTC datetimes, on either database.

    SQLite has no time zones and SQLAlchemy's SQLite DATETIME silently drops ``tzinfo``
    (a KST value would be stored as if it were UTC), so values are converted to UTC before
    they are written and marked UTC when read. Naive datetimes are refused: their meaning
    depends on the machine that wrote them.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value.isoformat()}: the warehouse needs tz-aware")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        moment: datetime = value
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


# JSONB on PostgreSQL (indexable, compact); JSON text on SQLite.
JSONType = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
# SQLite only auto-increments an INTEGER PRIMARY KEY (a rowid alias), never a BIGINT one.
BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Code = sa.String(64)

metadata = sa.MetaData(schema=SCHEMA)

sources = sa.Table(
    "sources",
    metadata,
    sa.Column("code", Code, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("base_url", sa.Text, nullable=False),
    sa.Column("canonical_base", sa.Text),
    sa.Column("language", sa.String(16), nullable=False),
    sa.Column("timezone", sa.String(64), nullable=False),
    sa.Column("created_at", UtcDateTime, nullable=False, server_default=sa.func.now()),
)

sections = sa.Table(
    "sections",
    metadata,
    sa.Column("code", Code, primary_key=True),
    sa.Column("parent_code", Code, sa.ForeignKey("sections.code")),
    sa.Column("name_ko", sa.Text, nullable=False),
    sa.Column("name_en", sa.Text, nullable=False),
)

section_aliases = sa.Table(
    "section_aliases",
    metadata,
    sa.Column("source_code", Code, sa.ForeignKey("sources.code"), primary_key=True),
    sa.Column("label", sa.Text, primary_key=True),
    sa.Column("section_code", Code, sa.ForeignKey("sections.code"), nullable=False),
)

runs = sa.Table(
    "runs",
    metadata,
    sa.Column("run_id", sa.Text, primary_key=True),
    sa.Column("source_code", Code, nullable=False),
    sa.Column("window_start", UtcDateTime, nullable=False),
    sa.Column("window_end", UtcDateTime, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("started_at", UtcDateTime, nullable=False),
    sa.Column("finished_at", UtcDateTime),
    sa.Column("counts", JSONType, nullable=False),
    sa.Column("quality_verdict", sa.String(16)),
    sa.Column("report_path", sa.Text),
    sa.Column("error", sa.Text),
    sa.CheckConstraint(
        "status in ('running', 'success', 'failed', 'quality_failed')", name="ck_runs_status"
    ),
    sa.Index("ix_runs_source_started", "source_code", "started_at"),
)

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("article_id", BigId, sa.Identity(), primary_key=True),
    sa.Column("source_code", Code, sa.ForeignKey("sources.code"), nullable=False),
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("url_hash", sa.String(64), nullable=False),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("summary", sa.Text),
    sa.Column("body", sa.Text),
    sa.Column("author", sa.Text),
    sa.Column("language", sa.String(16), nullable=False),
    sa.Column("published_at", UtcDateTime),
    sa.Column("modified_at", UtcDateTime),
    sa.Column("published_date_kst", sa.Date),
    sa.Column("published_raw", sa.Text),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("story_id", sa.Text),
    sa.Column("first_seen_at", UtcDateTime, nullable=False),
    sa.Column("last_seen_at", UtcDateTime, nullable=False),
    sa.Column("first_run_id", sa.Text, sa.ForeignKey("runs.run_id"), nullable=False),
    sa.Column("last_run_id", sa.Text, sa.ForeignKey("runs.run_id"), nullable=False),
    sa.UniqueConstraint("source_code", "url_hash", name="uq_articles_source_url_hash"),
    sa.Index("ix_articles_published_date_kst", "published_date_kst"),
    sa.Index("ix_articles_source_published_at", "source_code", "published_at"),
    sa.Index("ix_articles_story_id", "story_id"),
)

article_sections = sa.Table(
    "article_sections",
    metadata,
    sa.Column(
        "article_id",
        BigId,
        sa.ForeignKey("articles.article_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("section_code", Code, sa.ForeignKey("sections.code"), primary_key=True),
    # The primary key serves article -> sections; this serves section -> articles.
    sa.Index("ix_article_sections_section_code", "section_code"),
)

article_versions = sa.Table(
    "article_versions",
    metadata,
    sa.Column(
        "article_id",
        BigId,
        sa.ForeignKey("articles.article_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("version_no", sa.Integer, primary_key=True),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("summary", sa.Text),
    sa.Column("body", sa.Text),
    # content_hash covers the author too, so a version keeps it to stay reproducible.
    sa.Column("author", sa.Text),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("modified_at", UtcDateTime),
    sa.Column("recorded_at", UtcDateTime, nullable=False),
    sa.Column("run_id", sa.Text, sa.ForeignKey("runs.run_id"), nullable=False),
)

dim_date = sa.Table(
    "dim_date",
    metadata,
    sa.Column("date_kst", sa.Date, primary_key=True),
    sa.Column("year", sa.SmallInteger, nullable=False),
    sa.Column("quarter", sa.SmallInteger, nullable=False),
    sa.Column("month", sa.SmallInteger, nullable=False),
    sa.Column("day", sa.SmallInteger, nullable=False),
    sa.Column("weekday", sa.SmallInteger, nullable=False),  # ISO: 1 = Monday … 7 = Sunday
    sa.Column("weekday_name_ko", sa.String(8), nullable=False),
    # iso_week alone is ambiguous around New Year (2024-12-30 is week 1 of ISO year 2025).
    sa.Column("iso_year", sa.SmallInteger, nullable=False),
    sa.Column("iso_week", sa.SmallInteger, nullable=False),
    sa.Column("is_weekend", sa.Boolean, nullable=False),
    sa.Column("is_holiday", sa.Boolean, nullable=False),
    sa.Column("holiday_name", sa.Text),
)

quarantine = sa.Table(
    "quarantine",
    metadata,
    sa.Column("quarantine_id", BigId, sa.Identity(), primary_key=True),
    sa.Column("run_id", sa.Text, sa.ForeignKey("runs.run_id"), nullable=False),
    sa.Column("source_code", Code, nullable=False),
    sa.Column("url", sa.Text),
    sa.Column("reasons", JSONType, nullable=False),
    sa.Column("record", JSONType, nullable=False),
    sa.Column("quarantined_at", UtcDateTime, nullable=False),
    sa.Index("ix_quarantine_run_id", "run_id"),
)

# Every table this schema owns, in creation order (parents before children).
TABLE_NAMES = tuple(t.name for t in metadata.sorted_tables)
