"""The consumer views and marts of schema ``news``, declared as tables.

Declaring them here gives consumers and tests typed Core selectables (``sa.select(v_articles)``)
and gives every view and view column its one description (``comment=``), which migrations write
with ``COMMENT ON`` and the data dictionary reads back. The SQL that defines them lives in the
migrations (``0002_consumers``), a snapshot per revision; a test checks that the live views
have exactly the columns declared here.

``view_metadata`` is kept apart from ``schema.metadata`` because a view is not a table: Alembic
must not try to create one, and table checksums and snapshots must not read them.
"""

from __future__ import annotations

import sqlalchemy as sa

from etl.warehouse.schema import SCHEMA
from etl.warehouse.sqltypes import BigId, Code, JSONType, UtcDateTime

# ``info["kind"]`` of each declaration: how PostgreSQL stores it. On SQLite a materialized
# view is a plain table that ``marts.refresh_marts`` rebuilds.
VIEW = "view"
MATERIALIZED_VIEW = "materialized view"

view_metadata = sa.MetaData(schema=SCHEMA)

KstDateTime = sa.DateTime(timezone=False)

v_articles = sa.Table(
    "v_articles",
    view_metadata,
    sa.Column("article_id", BigId, comment="articles.article_id."),
    sa.Column("source_code", Code, comment="The outlet."),
    sa.Column("source_name", sa.Text, comment="The outlet's name."),
    sa.Column("url", sa.Text, comment="Canonical article URL."),
    sa.Column("title", sa.Text, comment="Headline (latest version)."),
    sa.Column("summary", sa.Text, comment="Lead (latest version)."),
    sa.Column("body", sa.Text, comment="Article text (latest version), when followed."),
    sa.Column("author", sa.Text, comment="Byline."),
    sa.Column("language", sa.String(16), comment="Content language."),
    sa.Column("published_at", UtcDateTime, comment="Publication instant (UTC)."),
    sa.Column("published_at_kst", KstDateTime, comment="Publication time on a Korean clock (KST)."),
    sa.Column("published_date_kst", sa.Date, comment="Publication day in Korea (KST)."),
    sa.Column("modified_at", UtcDateTime, comment="Last modification instant (UTC)."),
    sa.Column("modified_at_kst", KstDateTime, comment="Last modification on a Korean clock."),
    sa.Column("first_seen_at", UtcDateTime, comment="When a load first saw it (UTC)."),
    sa.Column("last_seen_at", UtcDateTime, comment="When a load last saw it (UTC)."),
    sa.Column("primary_section_code", Code, comment="The article's first section; NULL: none."),
    sa.Column("primary_section_name_ko", sa.Text, comment="Korean name of the primary section."),
    sa.Column("primary_section_name_en", sa.Text, comment="English name of the primary section."),
    sa.Column(
        "section_codes",
        sa.Text,
        comment="All its section codes in the outlet's order, comma-separated.",
    ),
    sa.Column("story_id", sa.Text, comment="Near-duplicate cluster; NULL: a story of its own."),
    sa.Column(
        "story_key",
        sa.Text,
        comment="story_id, or 'article:<article_id>' for an article alone: joins v_stories.",
    ),
    comment="One row per article, flattened for reading: KST times, outlet name, primary "
    "section with names, every section code, story.",
    info={"kind": VIEW},
)

_DAY_COLUMNS = (
    ("date_kst", sa.Date, "Publication day in Korea (KST)."),
    ("source_code", Code, "The outlet."),
    ("section_code", Code, "Primary section of the articles; 'unclassified' when none."),
    ("article_count", sa.BigInteger, "Articles published that day."),
    ("story_count", sa.BigInteger, "Distinct stories among them (an article alone is one)."),
    ("year", sa.SmallInteger, "Calendar year (dim_date)."),
    ("month", sa.SmallInteger, "Month (dim_date)."),
    ("weekday", sa.SmallInteger, "ISO weekday, 1 Monday … 7 Sunday (dim_date)."),
    ("weekday_name_ko", sa.String(8), "Weekday in Korean (dim_date)."),
    ("is_weekend", sa.Boolean, "Saturday or Sunday (dim_date)."),
    ("is_holiday", sa.Boolean, "A Korean public holiday (dim_date)."),
    ("holiday_name", sa.Text, "Korean name of the holiday (dim_date)."),
)

v_daily_counts = sa.Table(
    "v_daily_counts",
    view_metadata,
    *(sa.Column(name, type_, comment=text) for name, type_, text in _DAY_COLUMNS),
    comment="Articles per KST day, outlet and primary section, with the calendar of dim_date; "
    "undated articles are left out. Computed on every query: mart_daily_source_section "
    "holds the same rows precomputed.",
    info={"kind": VIEW},
)

mart_daily_source_section = sa.Table(
    "mart_daily_source_section",
    view_metadata,
    *(sa.Column(name, type_, comment=text) for name, type_, text in _DAY_COLUMNS),
    comment="v_daily_counts precomputed, one row per (date_kst, source_code, section_code); "
    "refreshed after every load (etl.warehouse.marts.refresh_marts).",
    # ``source``: the view the mart materializes; ``key``: its unique columns.
    info={
        "kind": MATERIALIZED_VIEW,
        "source": "v_daily_counts",
        "key": ("date_kst", "source_code", "section_code"),
    },
)

v_stories = sa.Table(
    "v_stories",
    view_metadata,
    sa.Column("story_key", sa.Text, comment="story_id, or 'article:<article_id>' when alone."),
    sa.Column("story_id", sa.Text, comment="The cluster id; NULL for an article alone."),
    sa.Column("first_article_id", BigId, comment="The story's earliest article."),
    sa.Column("source_code", Code, comment="Outlet of the earliest article."),
    sa.Column("title", sa.Text, comment="Headline of the earliest article."),
    sa.Column("url", sa.Text, comment="URL of the earliest article."),
    sa.Column("published_at", UtcDateTime, comment="When the story first appeared (UTC)."),
    sa.Column("published_at_kst", KstDateTime, comment="The same on a Korean clock."),
    sa.Column("published_date_kst", sa.Date, comment="The day it first appeared in Korea."),
    sa.Column("last_published_at", UtcDateTime, comment="Its latest article's publication."),
    sa.Column("article_count", sa.BigInteger, comment="Articles in the story."),
    sa.Column("outlet_count", sa.BigInteger, comment="Distinct outlets that ran it."),
    comment="One row per story: its earliest article (by published_at, undated last, then "
    "article_id) with article and outlet counts. An article without story_id is a story.",
    info={"kind": VIEW},
)

v_section_tree = sa.Table(
    "v_section_tree",
    view_metadata,
    sa.Column("code", Code, comment="Section code."),
    sa.Column("parent_code", Code, comment="Enclosing section; NULL at the top."),
    sa.Column("root_code", Code, comment="Top-level section it belongs to (itself at the top)."),
    sa.Column("depth", sa.Integer, comment="0 for a top-level section, 1 below it, …"),
    sa.Column("name_ko", sa.Text, comment="Korean name."),
    sa.Column("name_en", sa.Text, comment="English name."),
    sa.Column("path_ko", sa.Text, comment="Korean names from the top, e.g. '경제 > 증권'."),
    sa.Column("path_en", sa.Text, comment="English names from the top, e.g. 'Economy > Markets'."),
    comment="The section hierarchy resolved: each section with its root, depth and path.",
    info={"kind": VIEW},
)

v_quarantine = sa.Table(
    "v_quarantine",
    view_metadata,
    sa.Column("quarantine_id", BigId, comment="quarantine.quarantine_id."),
    sa.Column("run_id", sa.Text, comment="The run that rejected the record."),
    sa.Column("source_code", Code, comment="The outlet."),
    sa.Column("url", sa.Text, comment="The record's URL, when it had one."),
    sa.Column("reasons", JSONType, comment="JSON array of reason codes."),
    sa.Column("quarantined_at", UtcDateTime, comment="When it was stored (UTC)."),
    comment="The quarantine without the raw records: what news_reader may see of it (raw "
    "payloads can hold text that failed validation for a reason).",
    info={"kind": VIEW},
)
