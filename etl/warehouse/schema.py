"""The warehouse tables, schema ``news``: one MetaData for PostgreSQL and SQLite.

SQLite has no schemas; engines made by ``etl.warehouse.engine.make_engine`` translate ``news``
to SQLite's main database (``schema_translate_map``), so every query is written once.

Table and column names are a contract with consumers. The ``comment=`` of every table and
column is the one text of its description: migrations write it to the database
(``COMMENT ON``, see ``comments.py``) and the data dictionary is read back from there. The
migrations in ``etl/migrations/versions`` create exactly these tables; a test compares them.
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

# Also imported from here by modules declaring tables of their own in schema "news".
from etl.warehouse.sqltypes import BigId, Code, JSONType, UtcDateTime

SCHEMA = "news"

# The calendar ``dim_date`` covers; articles outside it still load (no foreign key to it).
DIM_DATE_FIRST = date(2000, 1, 1)
DIM_DATE_LAST = date(2030, 12, 31)

RUN_STATUSES = ("running", "success", "failed", "quality_failed")
CHECK_LEVELS = ("row", "batch")
VERDICTS = ("pass", "warn", "fail")

# Every load rewrites last_seen_at/last_run_id of every article it sees again. With half of
# each page free those rewrites stay on their page (HOT updates): no index entries are
# added, so re-running a window neither bloats the six indexes nor pays for them (re-loading
# 100,000 unchanged articles: about 3 s instead of 8 s), for a heap twice the size.
ARTICLES_FILLFACTOR = 50

metadata = sa.MetaData(schema=SCHEMA)

sources = sa.Table(
    "sources",
    metadata,
    sa.Column("code", Code, primary_key=True, comment="Outlet code, e.g. 'demo-daily'."),
    sa.Column("name", sa.Text, nullable=False, comment="Outlet name as readers know it."),
    sa.Column("base_url", sa.Text, nullable=False, comment="Site root the crawl starts from."),
    sa.Column(
        "canonical_base",
        sa.Text,
        comment="Scheme and host article URLs are rewritten to; NULL: base_url's.",
    ),
    sa.Column(
        "language", sa.String(16), nullable=False, comment="Content language (BCP 47), 'ko'."
    ),
    sa.Column(
        "timezone",
        sa.String(64),
        nullable=False,
        comment="IANA time zone of the site's timestamps, 'Asia/Seoul'.",
    ),
    sa.Column(
        "created_at",
        UtcDateTime,
        nullable=False,
        server_default=sa.func.now(),
        comment="When the first load registered the outlet (UTC).",
    ),
    comment="One row per outlet (source profile sources/<code>.toml), upserted by every load.",
)

sections = sa.Table(
    "sections",
    metadata,
    sa.Column(
        "code",
        Code,
        primary_key=True,
        comment="Section code: dotted below its parent, e.g. 'economy.markets'.",
    ),
    sa.Column(
        "parent_code",
        Code,
        sa.ForeignKey("sections.code"),
        comment="The enclosing section; NULL for a top-level section.",
    ),
    sa.Column("name_ko", sa.Text, nullable=False, comment="Korean name, e.g. '증권'."),
    sa.Column("name_en", sa.Text, nullable=False, comment="English name, e.g. 'Markets'."),
    comment="The canonical section taxonomy (etl/data/sections.toml), a hierarchy through "
    "parent_code. A section is never deleted: articles may still name it.",
)

section_aliases = sa.Table(
    "section_aliases",
    metadata,
    sa.Column(
        "source_code",
        Code,
        sa.ForeignKey("sources.code"),
        primary_key=True,
        comment="The outlet using the label.",
    ),
    sa.Column("label", sa.Text, primary_key=True, comment="Section label as the outlet prints it."),
    sa.Column(
        "section_code",
        Code,
        sa.ForeignKey("sections.code"),
        nullable=False,
        comment="The canonical section the label means.",
    ),
    comment="Per-outlet section labels and their canonical section (the profile's [sections]).",
)

runs = sa.Table(
    "runs",
    metadata,
    sa.Column(
        "run_id",
        sa.Text,
        primary_key=True,
        comment="Run id: <source>_<window>_<UTC start>, also the run folder's name.",
    ),
    sa.Column("source_code", Code, nullable=False, comment="The outlet crawled."),
    sa.Column(
        "window_start",
        UtcDateTime,
        nullable=False,
        comment="Start of the crawled window (inclusive), UTC; a KST midnight for a day.",
    ),
    sa.Column(
        "window_end",
        UtcDateTime,
        nullable=False,
        comment="End of the crawled window (exclusive), UTC.",
    ),
    sa.Column(
        "status",
        sa.String(16),
        nullable=False,
        comment="running, success, failed or quality_failed (quality gate refused the batch).",
    ),
    sa.Column("started_at", UtcDateTime, nullable=False, comment="When the run started (UTC)."),
    sa.Column("finished_at", UtcDateTime, comment="When the run ended (UTC); NULL while running."),
    sa.Column(
        "counts",
        JSONType,
        nullable=False,
        comment="Every stage's counts as a JSON object (pages, items, inserted, quarantined…).",
    ),
    sa.Column(
        "quality_verdict",
        sa.String(16),
        comment="Batch verdict of the quality stage: pass, warn or fail; NULL before it ran.",
    ),
    sa.Column("report_path", sa.Text, comment="Where the run's quality report (Data Docs) is."),
    sa.Column("error", sa.Text, comment="One-line reason of a failed run."),
    sa.CheckConstraint(
        "status in ('running', 'success', 'failed', 'quality_failed')", name="ck_runs_status"
    ),
    sa.Index("ix_runs_source_started", "source_code", "started_at"),
    comment="Audit: one row per pipeline run of one source over one window.",
)

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("article_id", BigId, sa.Identity(), primary_key=True, comment="Surrogate key."),
    sa.Column(
        "source_code",
        Code,
        sa.ForeignKey("sources.code"),
        nullable=False,
        comment="The outlet that published the article.",
    ),
    sa.Column("url", sa.Text, nullable=False, comment="Canonical article URL."),
    sa.Column(
        "url_hash",
        sa.String(64),
        nullable=False,
        comment="SHA-1 (hex) of url; with source_code the article's natural key.",
    ),
    sa.Column("title", sa.Text, nullable=False, comment="Headline, whitespace-normalised."),
    sa.Column("summary", sa.Text, comment="Lead shown on the listing page."),
    sa.Column("body", sa.Text, comment="Article text, when the article page was followed."),
    sa.Column("author", sa.Text, comment="Byline as printed, e.g. '홍길동 기자'."),
    sa.Column("language", sa.String(16), nullable=False, comment="Content language, 'ko'."),
    sa.Column(
        "published_at",
        UtcDateTime,
        comment="Publication instant (UTC); NULL when the page gave no readable time.",
    ),
    sa.Column("modified_at", UtcDateTime, comment="Last modification instant (UTC), if given."),
    sa.Column(
        "published_date_kst",
        sa.Date,
        comment="Calendar day of published_at in Korea (KST); joins dim_date.date_kst.",
    ),
    sa.Column("published_raw", sa.Text, comment="Publication time exactly as the page printed it."),
    sa.Column(
        "content_hash",
        sa.String(64),
        nullable=False,
        comment="SHA-1 (hex) over title, summary, body and author: a change means a version.",
    ),
    sa.Column(
        "story_id",
        sa.Text,
        comment="Cluster of near-duplicate articles (one story across outlets); NULL: alone.",
    ),
    sa.Column(
        "first_seen_at", UtcDateTime, nullable=False, comment="When a load first saw it (UTC)."
    ),
    sa.Column(
        "last_seen_at", UtcDateTime, nullable=False, comment="When a load last saw it (UTC)."
    ),
    sa.Column(
        "first_run_id",
        sa.Text,
        sa.ForeignKey("runs.run_id"),
        nullable=False,
        comment="The run that first loaded it.",
    ),
    sa.Column(
        "last_run_id",
        sa.Text,
        sa.ForeignKey("runs.run_id"),
        nullable=False,
        comment="The run that last saw it.",
    ),
    sa.UniqueConstraint("source_code", "url_hash", name="uq_articles_source_url_hash"),
    sa.Index("ix_articles_published_date_kst", "published_date_kst"),
    sa.Index("ix_articles_source_published_at", "source_code", "published_at"),
    sa.Index("ix_articles_source_published_date_kst", "source_code", "published_date_kst"),
    sa.Index("ix_articles_story_published_at", "story_id", "published_at"),
    comment="One row per article, keyed by (source, canonical URL); the content columns hold "
    "its latest version, earlier ones are in article_versions.",
    postgresql_with={"fillfactor": ARTICLES_FILLFACTOR},
)

article_sections = sa.Table(
    "article_sections",
    metadata,
    sa.Column(
        "article_id",
        BigId,
        sa.ForeignKey("articles.article_id", ondelete="CASCADE"),
        primary_key=True,
        comment="The article.",
    ),
    sa.Column(
        "section_code",
        Code,
        sa.ForeignKey("sections.code"),
        primary_key=True,
        comment="A canonical section the article is filed under.",
    ),
    sa.Column(
        "position",
        sa.SmallInteger,
        nullable=False,
        comment="Order of the section on the article, from 0; 0 is its primary section.",
    ),
    # The primary key serves article -> sections; this serves section -> articles.
    sa.Index("ix_article_sections_section_code", "section_code"),
    comment="The canonical sections of each article, in the outlet's order.",
)

article_versions = sa.Table(
    "article_versions",
    metadata,
    sa.Column(
        "article_id",
        BigId,
        sa.ForeignKey("articles.article_id", ondelete="CASCADE"),
        primary_key=True,
        comment="The article.",
    ),
    sa.Column(
        "version_no",
        sa.Integer,
        primary_key=True,
        comment="1 for the article's first content, counting up with each change.",
    ),
    sa.Column("title", sa.Text, nullable=False, comment="Headline of that version."),
    sa.Column("summary", sa.Text, comment="Lead of that version."),
    sa.Column("body", sa.Text, comment="Text of that version."),
    # content_hash covers the author too, so a version keeps it to stay reproducible.
    sa.Column("author", sa.Text, comment="Byline of that version."),
    sa.Column(
        "content_hash", sa.String(64), nullable=False, comment="content_hash of that version."
    ),
    sa.Column("modified_at", UtcDateTime, comment="modified_at of that version (UTC)."),
    sa.Column(
        "recorded_at",
        UtcDateTime,
        nullable=False,
        comment="When a load replaced it by newer content (UTC).",
    ),
    sa.Column(
        "run_id",
        sa.Text,
        sa.ForeignKey("runs.run_id"),
        nullable=False,
        comment="The run that replaced it.",
    ),
    comment="Earlier contents of articles: one row per content change a load found.",
)

dim_date = sa.Table(
    "dim_date",
    metadata,
    sa.Column("date_kst", sa.Date, primary_key=True, comment="The calendar day in Korea (KST)."),
    sa.Column("year", sa.SmallInteger, nullable=False, comment="Calendar year."),
    sa.Column("quarter", sa.SmallInteger, nullable=False, comment="Quarter, 1-4."),
    sa.Column("month", sa.SmallInteger, nullable=False, comment="Month, 1-12."),
    sa.Column("day", sa.SmallInteger, nullable=False, comment="Day of the month, 1-31."),
    sa.Column(
        "weekday", sa.SmallInteger, nullable=False, comment="ISO weekday: 1 Monday … 7 Sunday."
    ),
    sa.Column(
        "weekday_name_ko", sa.String(8), nullable=False, comment="Weekday in Korean, '월요일'…"
    ),
    # iso_week alone is ambiguous around New Year (2024-12-30 is week 1 of ISO year 2025).
    sa.Column("iso_year", sa.SmallInteger, nullable=False, comment="ISO 8601 year of iso_week."),
    sa.Column("iso_week", sa.SmallInteger, nullable=False, comment="ISO 8601 week, 1-53."),
    sa.Column("is_weekend", sa.Boolean, nullable=False, comment="Saturday or Sunday."),
    sa.Column(
        "is_holiday",
        sa.Boolean,
        nullable=False,
        comment="A Korean public holiday, substitute and election days included.",
    ),
    sa.Column(
        "holiday_name",
        sa.Text,
        comment="Korean name of the holiday; two on one day are joined by '; '.",
    ),
    comment="The calendar in Korea Standard Time, 2000-01-01 to 2030-12-31, with Korean "
    "public holidays (python holidays package, KR).",
)

quarantine = sa.Table(
    "quarantine",
    metadata,
    sa.Column("quarantine_id", BigId, sa.Identity(), primary_key=True, comment="Surrogate key."),
    sa.Column(
        "run_id",
        sa.Text,
        sa.ForeignKey("runs.run_id"),
        nullable=False,
        comment="The run that rejected the record.",
    ),
    sa.Column("source_code", Code, nullable=False, comment="The outlet of the record."),
    sa.Column("url", sa.Text, comment="The record's URL, when it had one."),
    sa.Column(
        "reasons",
        JSONType,
        nullable=False,
        comment='Why it was rejected: a JSON array of reason codes, e.g. ["empty_title"].',
    ),
    sa.Column(
        "record",
        JSONType,
        nullable=False,
        comment="The rejected record as JSON, raw strings included, for re-processing.",
    ),
    sa.Column("quarantined_at", UtcDateTime, nullable=False, comment="When it was stored (UTC)."),
    sa.Index("ix_quarantine_run_id", "run_id"),
    sa.Index("ix_quarantine_source_quarantined_at", "source_code", "quarantined_at"),
    comment="Records a run rejected (clean or quality stage), with the reasons and the raw "
    "record. Not readable by news_reader, which reads v_quarantine (no raw record).",
)

quality_results = sa.Table(
    "quality_results",
    metadata,
    sa.Column("result_id", BigId, sa.Identity(), primary_key=True, comment="Surrogate key."),
    sa.Column(
        "run_id",
        sa.Text,
        sa.ForeignKey("runs.run_id"),
        nullable=False,
        comment="The run whose batch was checked.",
    ),
    sa.Column("source_code", Code, nullable=False, comment="The outlet of the batch."),
    sa.Column(
        "window_start", UtcDateTime, nullable=False, comment="Start of the run's window (UTC)."
    ),
    sa.Column("check_name", sa.Text, nullable=False, comment="Name of the check."),
    sa.Column(
        "level",
        sa.String(8),
        nullable=False,
        comment="row: every row must pass; batch: a property of the whole batch.",
    ),
    sa.Column("success", sa.Boolean, nullable=False, comment="Whether the check passed."),
    sa.Column(
        "verdict",
        sa.String(8),
        comment="Batch level: pass, warn or fail (success means pass); row level: NULL.",
    ),
    sa.Column(
        "observed",
        JSONType,
        comment="What was measured: failing rows (row level) or the value (batch level).",
    ),
    sa.Column("details", sa.Text, comment="One readable line about the outcome."),
    sa.Column("recorded_at", UtcDateTime, nullable=False, comment="When it was stored (UTC)."),
    sa.CheckConstraint("level in ('row', 'batch')", name="ck_quality_results_level"),
    sa.CheckConstraint(
        "verdict is null or verdict in ('pass', 'warn', 'fail')", name="ck_quality_results_verdict"
    ),
    sa.Index("ix_quality_results_source_recorded_at", "source_code", "recorded_at"),
    sa.Index("ix_quality_results_run_id", "run_id"),
    comment="One row per quality check evaluated on a run's batch (Great Expectations).",
)

# No foreign key to articles: the bands are derived data, written only by
# etl.warehouse.stories with ids it has just read, and a per-row foreign-key check would cost a
# batch as much as writing its bands. Bands of an article deleted by hand are ignored: every
# candidate is read back joined with articles.
story_bands = sa.Table(
    "story_bands",
    metadata,
    sa.Column("article_id", BigId, primary_key=True, comment="The article (articles.article_id)."),
    sa.Column(
        "band_no",
        sa.SmallInteger,
        primary_key=True,
        comment="Which LSH band of the article's MinHash signature, from 0 (10 bands).",
    ),
    sa.Column(
        "band_hash",
        sa.BigInteger,
        nullable=False,
        comment="64-bit hash of the band's signature values; equal hashes make two articles "
        "story candidates.",
    ),
    sa.Column(
        "article_time",
        UtcDateTime,
        nullable=False,
        comment="The article's published_at, or its first_seen_at when it has none (UTC): "
        "candidates are looked for within a time window of it.",
    ),
    sa.Column(
        "week_no",
        sa.Integer,
        nullable=False,
        comment="The week of article_time: whole weeks since 1970-01-01 (UTC).",
    ),
    # Candidates of a band within a time window, read from the index alone. The week leads so
    # that a batch's lookups and writes stay in the recent weeks of the index, which is what
    # keeps a batch's cost flat however long the history: band hashes alone are random keys.
    sa.Index(
        "ix_story_bands_week_band",
        "week_no",
        "band_no",
        "band_hash",
        "article_time",
        "article_id",
    ),
    comment="Locality-sensitive hashing bands of each article's title-and-lead MinHash "
    "signature (etl/dedup/signature.py): the index story clustering joins a new batch "
    "against. Written by loads; articles.story_id holds the outcome.",
)

# Every table this schema owns, in creation order (parents before children).
mart_refreshes = sa.Table(
    "mart_refreshes",
    metadata,
    sa.Column("refresh_id", BigId, sa.Identity(), primary_key=True, comment="Surrogate key."),
    sa.Column("started_at", UtcDateTime, nullable=False, comment="When the refresh began (UTC)."),
    sa.Column("finished_at", UtcDateTime, nullable=False, comment="When it ended (UTC)."),
    sa.Column(
        "watermark",
        UtcDateTime,
        nullable=False,
        comment="Latest runs.finished_at of the successful runs this refresh covered.",
    ),
    sa.Column(
        "recent_run_ids",
        JSONType,
        nullable=False,
        comment="Ids of the successful runs finished shortly before the watermark, all "
        "covered (a run can become visible with a finished_at just below it).",
    ),
    sa.Column("runs", sa.Integer, nullable=False, comment="How many runs the refresh covered."),
    sa.Column(
        "result",
        JSONType,
        nullable=False,
        comment="What the refresh did, as a JSON object (marts refreshed, rows, seconds).",
    ),
    comment="Audit of the marts refreshes (DAG news_marts): each one's watermark decides "
    "which loads the next refresh has to cover.",
)

TABLE_NAMES = tuple(t.name for t in metadata.sorted_tables)
