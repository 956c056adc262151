"""Consumers: section order, quality results, indexes, views, daily mart, comments, reader role.

Revision ID: 0002
Revises: 0001
Create Date: 2025-04-15

- ``article_sections.position``: the outlet's order of an article's sections (0 = primary).
  Rows loaded before it are numbered in code order, the order they had no way to keep.
- ``quality_results``: one row per quality check of a run.
- Indexes for what consumers ask: articles by (source, KST day) and by (story, time), the
  quarantine by (source, time). ``articles`` leaves half of each page free (fillfactor 50) so
  that the bookkeeping every re-load writes stays on the page (see schema.py).
- Views ``v_articles``, ``v_daily_counts``, ``v_stories``, ``v_section_tree``,
  ``v_quarantine`` and the mart ``mart_daily_source_section`` (PostgreSQL: a materialized
  view with a unique index, so it refreshes CONCURRENTLY; SQLite: a table that
  ``etl.warehouse.marts.refresh_marts`` rebuilds). The view SQL is spelled out here, a
  snapshot of this revision; a later change to a view drops and recreates it in its own
  migration.
- PostgreSQL only: ``COMMENT ON`` every table, view and column from the declarations in
  ``etl.warehouse.schema``/``views``, and SELECT for the read-only role ``news_reader``
  (see ``etl.warehouse.roles``; skipped with a warning where the user may not create it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from etl.warehouse.comments import clear_comments, sync_comments
from etl.warehouse.roles import grant_reader_access, revoke_reader_access

SCHEMA = "news"

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TZ = sa.DateTime(timezone=True)
JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
CODE = sa.String(64)

# ``{news}`` is the schema prefix (none on SQLite); ``kst(x)`` a UTC timestamp read on a Korean
# clock (Korea has kept UTC+9 without daylight saving since 1988); ``{section_codes}`` the
# comma-joined section codes of article ``a`` in position order.
_DIALECT = {
    "postgresql": {
        "news": "news.",
        "kst": r"(\1 at time zone 'Asia/Seoul')",
        "section_codes": "(select string_agg(s.section_code, ',' order by s.position)\n"
        "        from news.article_sections as s where s.article_id = a.article_id)",
    },
    # SQLite before 3.44 has no ORDER BY inside group_concat; it concatenates in the order
    # the (ordered) subquery delivers.
    "sqlite": {
        "news": "",
        "kst": r"datetime(\1, '+9 hours')",
        "section_codes": "(select group_concat(s.section_code, ',') from (\n"
        "        select section_code from article_sections as s\n"
        "        where s.article_id = a.article_id order by s.position) as s)",
    },
}

V_ARTICLES = """
create view {news}v_articles as
select a.article_id,
       a.source_code,
       src.name as source_name,
       a.url,
       a.title,
       a.summary,
       a.body,
       a.author,
       a.language,
       a.published_at,
       kst(a.published_at) as published_at_kst,
       a.published_date_kst,
       a.modified_at,
       kst(a.modified_at) as modified_at_kst,
       a.first_seen_at,
       a.last_seen_at,
       p.section_code as primary_section_code,
       ps.name_ko as primary_section_name_ko,
       ps.name_en as primary_section_name_en,
       {section_codes} as section_codes,
       a.story_id,
       coalesce(a.story_id, 'article:' || a.article_id) as story_key
from {news}articles as a
join {news}sources as src on src.code = a.source_code
left join {news}article_sections as p on p.article_id = a.article_id and p.position = 0
left join {news}sections as ps on ps.code = p.section_code
"""

# 'unclassified' is the taxonomy's code for "no section" (etl.taxonomy.UNCLASSIFIED).
V_DAILY_COUNTS = """
create view {news}v_daily_counts as
with counted as (
    select published_date_kst as date_kst,
           source_code,
           cast(coalesce(primary_section_code, 'unclassified') as varchar(64)) as section_code,
           count(*) as article_count,
           count(distinct story_key) as story_count
    from {news}v_articles
    where published_date_kst is not null
    group by published_date_kst, source_code, coalesce(primary_section_code, 'unclassified')
)
select c.date_kst,
       c.source_code,
       c.section_code,
       c.article_count,
       c.story_count,
       d.year,
       d.month,
       d.weekday,
       d.weekday_name_ko,
       d.is_weekend,
       d.is_holiday,
       d.holiday_name
from counted as c
left join {news}dim_date as d on d.date_kst = c.date_kst
"""

V_STORIES = """
create view {news}v_stories as
with ranked as (
    select story_key,
           story_id,
           article_id,
           source_code,
           title,
           url,
           published_at,
           published_at_kst,
           published_date_kst,
           row_number() over (
               partition by story_key order by published_at nulls last, article_id
           ) as rank_in_story
    from {news}v_articles
),
sizes as (
    select story_key,
           max(published_at) as last_published_at,
           count(*) as article_count,
           count(distinct source_code) as outlet_count
    from {news}v_articles
    group by story_key
)
select r.story_key,
       r.story_id,
       r.article_id as first_article_id,
       r.source_code,
       r.title,
       r.url,
       r.published_at,
       r.published_at_kst,
       r.published_date_kst,
       s.last_published_at,
       s.article_count,
       s.outlet_count
from ranked as r
join sizes as s on s.story_key = r.story_key
where r.rank_in_story = 1
"""

V_SECTION_TREE = """
create view {news}v_section_tree as
with recursive tree (code, parent_code, root_code, depth, name_ko, name_en, path_ko, path_en) as (
    select code, parent_code, code, 0, name_ko, name_en, name_ko, name_en
    from {news}sections
    where parent_code is null
    union all
    select s.code, s.parent_code, t.root_code, t.depth + 1, s.name_ko, s.name_en,
           t.path_ko || ' > ' || s.name_ko, t.path_en || ' > ' || s.name_en
    from {news}sections as s
    join tree as t on s.parent_code = t.code
)
select code, parent_code, root_code, depth, name_ko, name_en, path_ko, path_en
from tree
"""

V_QUARANTINE = """
create view {news}v_quarantine as
select quarantine_id, run_id, source_code, url, reasons, quarantined_at
from {news}quarantine
"""

MART_COLUMNS = (
    "date_kst, source_code, section_code, article_count, story_count, "
    "year, month, weekday, weekday_name_ko, is_weekend, is_holiday, holiday_name"
)
MART_KEY = ["date_kst", "source_code", "section_code"]

# In creation order: v_daily_counts and v_stories read v_articles.
VIEWS = (V_ARTICLES, V_DAILY_COUNTS, V_STORIES, V_SECTION_TREE, V_QUARANTINE)


def _sql(template: str, dialect: str) -> str:
    parts = _DIALECT[dialect]
    sql = re.sub(r"kst\(([\w.]+)\)", parts["kst"], template)
    return sql.replace("{news}", parts["news"]).replace("{section_codes}", parts["section_codes"])


def _postgres() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    postgres = _postgres()
    dialect = op.get_bind().dialect.name
    _add_section_positions(postgres)

    op.create_index(
        "ix_articles_source_published_date_kst",
        "articles",
        ["source_code", "published_date_kst"],
        schema=SCHEMA,
    )
    op.create_index(
        "ix_articles_story_published_at", "articles", ["story_id", "published_at"], schema=SCHEMA
    )
    # The new index leads with story_id, so it serves every lookup the old one did.
    op.drop_index("ix_articles_story_id", table_name="articles", schema=SCHEMA)
    op.create_index(
        "ix_quarantine_source_quarantined_at",
        "quarantine",
        ["source_code", "quarantined_at"],
        schema=SCHEMA,
    )
    if postgres:
        # Applies to pages written from now on; existing ones keep their fill until rewritten.
        op.execute(sa.text(f"alter table {SCHEMA}.articles set (fillfactor = 50)"))

    op.create_table(
        "quality_results",
        sa.Column("result_id", BIG_ID, sa.Identity(), primary_key=True),
        sa.Column("run_id", sa.Text, nullable=False),
        sa.Column("source_code", CODE, nullable=False),
        sa.Column("window_start", TZ, nullable=False),
        sa.Column("check_name", sa.Text, nullable=False),
        sa.Column("level", sa.String(8), nullable=False),
        sa.Column("success", sa.Boolean, nullable=False),
        sa.Column("verdict", sa.String(8)),
        sa.Column("observed", JSON),
        sa.Column("details", sa.Text),
        sa.Column("recorded_at", TZ, nullable=False),
        sa.ForeignKeyConstraint(["run_id"], [f"{SCHEMA}.runs.run_id"]),
        sa.CheckConstraint("level in ('row', 'batch')", name="ck_quality_results_level"),
        sa.CheckConstraint(
            "verdict is null or verdict in ('pass', 'warn', 'fail')",
            name="ck_quality_results_verdict",
        ),
        schema=SCHEMA,
    )
    op.create_index(
        "ix_quality_results_source_recorded_at",
        "quality_results",
        ["source_code", "recorded_at"],
        schema=SCHEMA,
    )
    op.create_index("ix_quality_results_run_id", "quality_results", ["run_id"], schema=SCHEMA)

    for template in VIEWS:
        op.execute(sa.text(_sql(template, dialect)))
    _create_mart(postgres)

    conn = op.get_bind()
    sync_comments(conn)
    grant_reader_access(conn)


def _add_section_positions(postgres: bool) -> None:
    # Alembic's ALTER constructs ignore the engine's schema_translate_map: no schema on SQLite.
    schema = SCHEMA if postgres else None
    op.add_column("article_sections", sa.Column("position", sa.SmallInteger), schema=schema)
    prefix = f"{SCHEMA}." if postgres else ""
    op.execute(
        sa.text(
            f"""
            update {prefix}article_sections as s
            set position = n.position
            from (
                select article_id, section_code,
                       row_number() over (partition by article_id order by section_code) - 1
                           as position
                from {prefix}article_sections
            ) as n
            where s.article_id = n.article_id and s.section_code = n.section_code
            """
        )
    )
    # SQLite cannot alter a column in place: batch mode rebuilds the table there (and is a
    # plain ALTER on PostgreSQL).
    with op.batch_alter_table("article_sections", schema=schema) as batch:
        batch.alter_column("position", existing_type=sa.SmallInteger, nullable=False)


def _create_mart(postgres: bool) -> None:
    if postgres:
        op.execute(
            sa.text(
                f"create materialized view {SCHEMA}.mart_daily_source_section as "
                f"select {MART_COLUMNS} from {SCHEMA}.v_daily_counts with data"
            )
        )
        # REFRESH … CONCURRENTLY needs a unique index on plain columns covering every row.
        op.create_index(
            "uq_mart_daily_source_section",
            "mart_daily_source_section",
            MART_KEY,
            unique=True,
            schema=SCHEMA,
        )
        return
    op.create_table(
        "mart_daily_source_section",
        sa.Column("date_kst", sa.Date, primary_key=True),
        sa.Column("source_code", CODE, primary_key=True),
        sa.Column("section_code", CODE, primary_key=True),
        sa.Column("article_count", sa.BigInteger, nullable=False),
        sa.Column("story_count", sa.BigInteger, nullable=False),
        sa.Column("year", sa.SmallInteger),
        sa.Column("month", sa.SmallInteger),
        sa.Column("weekday", sa.SmallInteger),
        sa.Column("weekday_name_ko", sa.String(8)),
        sa.Column("is_weekend", sa.Boolean),
        sa.Column("is_holiday", sa.Boolean),
        sa.Column("holiday_name", sa.Text),
        schema=SCHEMA,
    )


def downgrade() -> None:
    postgres = _postgres()
    conn = op.get_bind()
    revoke_reader_access(conn)
    clear_comments(conn)

    if postgres:
        op.execute(sa.text(f"drop materialized view {SCHEMA}.mart_daily_source_section"))
    else:
        op.drop_table("mart_daily_source_section", schema=SCHEMA)
    prefix = f"{SCHEMA}." if postgres else ""
    # Dependants first: v_daily_counts and v_stories read v_articles.
    for name in ("v_quarantine", "v_section_tree", "v_stories", "v_daily_counts", "v_articles"):
        op.execute(sa.text(f"drop view {prefix}{name}"))

    op.drop_table("quality_results", schema=SCHEMA)
    if postgres:
        op.execute(sa.text(f"alter table {SCHEMA}.articles reset (fillfactor)"))
    op.drop_index("ix_quarantine_source_quarantined_at", table_name="quarantine", schema=SCHEMA)
    op.create_index("ix_articles_story_id", "articles", ["story_id"], schema=SCHEMA)
    op.drop_index("ix_articles_story_published_at", table_name="articles", schema=SCHEMA)
    op.drop_index("ix_articles_source_published_date_kst", table_name="articles", schema=SCHEMA)
    with op.batch_alter_table("article_sections", schema=SCHEMA if postgres else None) as batch:
        batch.drop_column("position")
