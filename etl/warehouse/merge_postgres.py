"""The article merge on PostgreSQL: COPY into staging tables, then a few set-based statements.

Every statement works on the whole batch at once; none is issued per article. Only the keys of
the batch (url_hash, content_hash) are staged first: what the warehouse already holds with the
same content needs nothing but its last-seen bookkeeping, so the full rows and section links of
just the new and changed articles are staged and merged. Re-loading an unchanged batch thus
costs one small COPY and one UPDATE. Staging tables are temporary and dropped at commit (or
vanish with a rollback). Runs inside the caller's transaction: COPY goes through the raw
psycopg2 connection behind the same SQLAlchemy connection, so it is part of that transaction.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa

from etl.warehouse.batch import (
    ARTICLE_COLUMNS,
    CONTENT_COLUMNS,
    VERSIONED_COLUMNS,
    Batch,
    MergeCounts,
)

_COLS = ", ".join(ARTICLE_COLUMNS)
_STAGED_COLS = ", ".join(f"s.{c}" for c in ARTICLE_COLUMNS)
# A content change keeps the article's story: story ids are given after the merge
# (etl.warehouse.stories) and never taken back, unless the batch brings one of its own.
_SET_CONTENT = ",\n        ".join(
    f"{c} = coalesce(excluded.{c}, a.{c})" if c == "story_id" else f"{c} = excluded.{c}"
    for c in CONTENT_COLUMNS
)
_PREVIOUS = ", ".join(f"a.{c}" for c in VERSIONED_COLUMNS)

STAGE_KEYS = (
    "create temporary table stage_keys (url_hash text not null, content_hash text not null) "
    "on commit drop"
)

STAGE_TABLES = (
    # Same column types as the target, without its constraints.
    f"create temporary table stage_articles on commit drop as "
    f"select {_COLS} from news.articles with no data",
    "create temporary table stage_sections "
    "(url_hash text not null, section_code text not null, position smallint not null) "
    "on commit drop",
    "create temporary table stage_merged (article_id bigint not null, url_hash text not null) "
    "on commit drop",
)

# New articles and those whose content differs from the stored one.
TO_WRITE = """
select k.url_hash
from stage_keys as k
left join news.articles as a on a.source_code = :source_code and a.url_hash = k.url_hash
where a.content_hash is distinct from k.content_hash
"""

# The content an article had before this batch changed it; must run before the merge.
SAVE_PREVIOUS_VERSIONS = f"""
insert into news.article_versions (article_id, version_no, {", ".join(VERSIONED_COLUMNS)},
                                   recorded_at, run_id)
select a.article_id,
       coalesce((select max(v.version_no) from news.article_versions as v
                 where v.article_id = a.article_id), 0) + 1,
       {_PREVIOUS},
       :seen_at, :run_id
from stage_articles as s
join news.articles as a on a.source_code = :source_code and a.url_hash = s.url_hash
where a.content_hash is distinct from s.content_hash
"""

# New articles are inserted, changed ones rewritten; unchanged ones are not touched here.
# DISTINCT ON keeps the statement valid for any staging content: ON CONFLICT may not
# affect one row twice. Ids of what was written go to stage_merged for the section links.
MERGE_ARTICLES = f"""
with merged as (
    insert into news.articles as a (source_code, {_COLS},
                                    first_seen_at, last_seen_at, first_run_id, last_run_id)
    select distinct on (s.url_hash) :source_code, {_STAGED_COLS},
           :seen_at, :seen_at, :run_id, :run_id
    from stage_articles as s
    order by s.url_hash
    on conflict (source_code, url_hash) do update set
        {_SET_CONTENT},
        last_seen_at = excluded.last_seen_at,
        last_run_id = excluded.last_run_id
    where a.content_hash is distinct from excluded.content_hash
    returning a.article_id, a.url_hash
)
insert into stage_merged (article_id, url_hash)
select article_id, url_hash from merged
"""

# Seen again: the only change an unchanged article gets (written ones already have it).
MARK_SEEN = """
update news.articles as a
set last_seen_at = :seen_at, last_run_id = :run_id
from stage_keys as k
where a.source_code = :source_code and a.url_hash = k.url_hash
  and (a.last_seen_at is distinct from :seen_at or a.last_run_id is distinct from :run_id)
"""

UNLINK_SECTIONS = """
delete from news.article_sections
where article_id in (select article_id from stage_merged)
"""

# prepare_batch made the codes of an article unique and stage_merged has one row per article.
LINK_SECTIONS = """
insert into news.article_sections (article_id, section_code, position)
select m.article_id, ss.section_code, ss.position
from stage_merged as m
join stage_sections as ss on ss.url_hash = m.url_hash
"""


def merge(conn: sa.Connection, batch: Batch) -> MergeCounts:
    """Merge ``batch`` into ``news.articles``, its versions and section links (see load.py)."""
    params = {"source_code": batch.source_code, "run_id": batch.run_id, "seen_at": batch.seen_at}
    conn.execute(sa.text(STAGE_KEYS))
    _copy(
        conn,
        "stage_keys",
        ("url_hash", "content_hash"),
        ((r["url_hash"], r["content_hash"]) for r in batch.rows),
    )
    # Autovacuum never analyses temporary tables; the joins below plan better with statistics.
    conn.execute(sa.text("analyze stage_keys"))
    to_write = set(conn.scalars(sa.text(TO_WRITE), params))
    counts = _merge_content(conn, batch, to_write, params) if to_write else MergeCounts(0, 0, 0, 0)
    conn.execute(sa.text(MARK_SEEN), params)
    return counts


def _merge_content(
    conn: sa.Connection, batch: Batch, to_write: set[str], params: dict[str, Any]
) -> MergeCounts:
    """Insert or rewrite the articles of ``to_write`` with their versions and section links."""
    for ddl in STAGE_TABLES:
        conn.execute(sa.text(ddl))
    rows = [r for r in batch.rows if r["url_hash"] in to_write]
    _copy(conn, "stage_articles", ARTICLE_COLUMNS, ([r[c] for c in ARTICLE_COLUMNS] for r in rows))
    _copy(
        conn,
        "stage_sections",
        ("url_hash", "section_code", "position"),
        (
            (r["url_hash"], code, position)
            for r in rows
            for position, code in enumerate(batch.sections[r["url_hash"]])
        ),
    )
    conn.execute(sa.text("analyze stage_articles (url_hash, content_hash), stage_sections"))
    versions = conn.execute(sa.text(SAVE_PREVIOUS_VERSIONS), params).rowcount
    written = conn.execute(sa.text(MERGE_ARTICLES), params).rowcount
    conn.execute(sa.text(UNLINK_SECTIONS))
    linked = conn.execute(sa.text(LINK_SECTIONS)).rowcount
    # Each changed article got exactly one version row and one update in the same snapshot.
    return MergeCounts(
        inserted=written - versions, updated=versions, versions=versions, sections_linked=linked
    )


def _copy(
    conn: sa.Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> None:
    """COPY ``rows`` into ``table`` (text format) on the connection's own transaction."""
    buffer = io.StringIO()
    for values in rows:
        buffer.write("\t".join(_copy_text(v) for v in values))
        buffer.write("\n")
    buffer.seek(0)
    raw = conn.connection.dbapi_connection
    if raw is None:  # only after the connection was invalidated, which would have raised
        raise RuntimeError("the SQLAlchemy connection has no DBAPI connection")
    cursor = raw.cursor()
    try:
        cursor.copy_expert(f"copy {table} ({', '.join(columns)}) from stdin", buffer)
    finally:
        cursor.close()


def _copy_text(value: Any) -> str:
    """One field in COPY's text format: ``\\N`` for NULL, backslash escapes for the rest."""
    if value is None:
        return "\\N"
    if isinstance(value, datetime | date):
        return value.isoformat()  # datetimes are tz-aware (checked in prepare_batch)
    text = str(value)
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
