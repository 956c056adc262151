"""The article merge on SQLite: executemany upserts, same outcome as ``merge_postgres``.

SQLite is the embedded single-user warehouse: one process writes at a time and round trips
are in-process calls, so plain executemany statements are fast enough and easy to follow.
Runs inside the caller's transaction.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import sqlite

from etl.warehouse.batch import (
    CONTENT_COLUMNS,
    VERSIONED_COLUMNS,
    Batch,
    MergeCounts,
)
from etl.warehouse.schema import article_sections, article_versions, articles
from etl.warehouse.sql import chunks


def merge(conn: sa.Connection, batch: Batch) -> MergeCounts:
    """Merge ``batch`` into ``news.articles``, its versions and section links (see load.py)."""
    hashes = [row["url_hash"] for row in batch.rows]
    before = _stored(conn, batch.source_code, hashes)
    changed = [
        row["url_hash"]
        for row in batch.rows
        if row["url_hash"] in before
        and before[row["url_hash"]]["content_hash"] != row["content_hash"]
    ]
    new = [url_hash for url_hash in hashes if url_hash not in before]

    _save_previous_versions(conn, batch, [before[url_hash] for url_hash in changed])
    _upsert_articles(conn, batch)
    for part in chunks(hashes):
        conn.execute(
            articles.update()
            .where(
                articles.c.source_code == batch.source_code,
                articles.c.url_hash.in_(part),
                sa.or_(
                    articles.c.last_seen_at.is_distinct_from(batch.seen_at),
                    articles.c.last_run_id.is_distinct_from(batch.run_id),
                ),
            )
            .values(last_seen_at=batch.seen_at, last_run_id=batch.run_id)
        )

    # New and changed articles get their sections (re)linked; unchanged ones keep theirs.
    written = _stored(conn, batch.source_code, new) | {h: before[h] for h in changed}
    changed_ids = [written[url_hash]["article_id"] for url_hash in changed]
    for part in chunks(changed_ids):
        conn.execute(article_sections.delete().where(article_sections.c.article_id.in_(part)))
    links = [
        {"article_id": stored["article_id"], "section_code": code, "position": position}
        for url_hash, stored in written.items()
        for position, code in enumerate(batch.sections[url_hash])
    ]
    if links:
        conn.execute(article_sections.insert(), links)
    return MergeCounts(
        inserted=len(new), updated=len(changed), versions=len(changed), sections_linked=len(links)
    )


def _stored(conn: sa.Connection, source_code: str, hashes: list[str]) -> dict[str, dict[str, Any]]:
    """url_hash -> id and versioned content of the stored articles among ``hashes``."""
    columns = [articles.c.article_id, articles.c.url_hash] + [
        articles.c[c] for c in VERSIONED_COLUMNS
    ]
    found: dict[str, dict[str, Any]] = {}
    for part in chunks(hashes):
        query = sa.select(*columns).where(
            articles.c.source_code == source_code, articles.c.url_hash.in_(part)
        )
        found.update({row["url_hash"]: dict(row) for row in conn.execute(query).mappings()})
    return found


def _save_previous_versions(
    conn: sa.Connection, batch: Batch, previous: list[dict[str, Any]]
) -> None:
    if not previous:
        return
    ids = [stored["article_id"] for stored in previous]
    last_no: dict[int, int] = {}
    for part in chunks(ids):
        query = (
            sa.select(article_versions.c.article_id, sa.func.max(article_versions.c.version_no))
            .where(article_versions.c.article_id.in_(part))
            .group_by(article_versions.c.article_id)
        )
        last_no.update({article_id: no for article_id, no in conn.execute(query)})
    conn.execute(
        article_versions.insert(),
        [
            {c: stored[c] for c in VERSIONED_COLUMNS}
            | {
                "article_id": stored["article_id"],
                "version_no": last_no.get(stored["article_id"], 0) + 1,
                "recorded_at": batch.seen_at,
                "run_id": batch.run_id,
            }
            for stored in previous
        ],
    )


def _upsert_articles(conn: sa.Connection, batch: Batch) -> None:
    """Insert new articles, rewrite changed ones; an unchanged article is not touched."""
    if not batch.rows:
        return
    insert = sqlite.insert(articles)
    stmt = insert.on_conflict_do_update(
        index_elements=[articles.c.source_code, articles.c.url_hash],
        set_={c: insert.excluded[c] for c in (*CONTENT_COLUMNS, "last_seen_at", "last_run_id")}
        # A content change keeps the article's story (see merge_postgres._SET_CONTENT).
        | {"story_id": sa.func.coalesce(insert.excluded.story_id, articles.c.story_id)},
        where=articles.c.content_hash.is_distinct_from(insert.excluded.content_hash),
    )
    bookkeeping = {
        "source_code": batch.source_code,
        "first_seen_at": batch.seen_at,
        "last_seen_at": batch.seen_at,
        "first_run_id": batch.run_id,
        "last_run_id": batch.run_id,
    }
    conn.execute(stmt, [row | bookkeeping for row in batch.rows])
