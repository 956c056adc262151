"""Loading a batch into the warehouse, and the lookups other stages make against it.

``load_batch`` is the load stage: one transaction per (run, source) batch that writes the
quarantine and merges the articles, their previous versions and their sections. PostgreSQL
and SQLite take different routes (``merge_postgres``, ``merge_sqlite``) to the same rows;
``table_checksum`` is how tests (and operators) show that, and that a re-run changed nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from etl.warehouse import merge_postgres, merge_sqlite, schema
from etl.warehouse.batch import check_sections, prepare_batch
from etl.warehouse.engine import ensure_source
from etl.warehouse.runs import require_run
from etl.warehouse.sql import chunks, is_postgres

if TYPE_CHECKING:
    from etl.records import Article
    from etl.sources import SourceProfile


@dataclass(frozen=True, slots=True)
class LoadCounts:
    """What one ``load_batch`` did, per unique article of the batch (and quarantined row)."""

    inserted: int  # new (source, url)
    updated: int  # known, content changed: row rewritten, previous content kept as a version
    unchanged: int  # known, same content: only last_seen_at/last_run_id moved
    versions: int  # article_versions rows written (one per updated article)
    sections_linked: int  # article_sections rows written for inserted and updated articles
    quarantined: int  # quarantine rows written


def load_batch(
    engine: sa.Engine,
    *,
    run_id: str,
    source: SourceProfile,
    articles: list[Article],
    quarantined: list[tuple[dict[str, Any], list[str]]],
    seen_at: datetime,
) -> LoadCounts:
    """Load one batch of ``source`` for run ``run_id`` in a single transaction.

    - the ``sources`` row and section aliases of ``source`` are upserted;
    - ``quarantined`` (record, reasons) pairs become the run's ``quarantine`` rows, replacing
      any the run already had (a retried load does not duplicate them);
    - articles merge by (source, url_hash): a new one is inserted (first/last seen at
      ``seen_at``, first/last run ``run_id``); a known one whose ``content_hash`` differs has
      its previous content copied to ``article_versions`` (next ``version_no``), its row
      rewritten and its sections replaced; a known, unchanged one only gets
      ``last_seen_at``/``last_run_id``. Loading the same batch again therefore changes
      nothing else (inserted 0, updated 0). A content change keeps the stored story_id
      unless the article brings one (story ids are given by
      ``etl.warehouse.stories.index_stories`` after the load, and never taken back).

    The run must have been started (``runs.start_run``), else RunNotFoundError. An article
    naming a section code the warehouse does not know raises UnknownSectionError; an article
    of another source or with a naive timestamp raises ValueError. On any error the whole
    transaction rolls back: the warehouse is exactly as it was.
    """
    batch = prepare_batch(source.code, run_id, seen_at, articles)
    with engine.begin() as conn:
        if is_postgres(conn):
            # Two loads of one source at once would each version the same change; queue them.
            conn.execute(
                sa.text("select pg_advisory_xact_lock(hashtext(:key))"),
                {"key": f"newsflow.load.{source.code}"},
            )
        require_run(conn, run_id, action="nothing was loaded")
        ensure_source(conn, source)
        written = _replace_quarantine(conn, run_id, source.code, quarantined, seen_at)
        # An unknown code aborts the whole transaction, the writes above included.
        check_sections(conn, batch)
        merge = merge_postgres.merge if is_postgres(conn) else merge_sqlite.merge
        merged = merge(conn, batch)
    return LoadCounts(
        inserted=merged.inserted,
        updated=merged.updated,
        unchanged=len(batch.rows) - merged.inserted - merged.updated,
        versions=merged.versions,
        sections_linked=merged.sections_linked,
        quarantined=written,
    )


def _replace_quarantine(
    conn: sa.Connection,
    run_id: str,
    source_code: str,
    quarantined: list[tuple[dict[str, Any], list[str]]],
    seen_at: datetime,
) -> int:
    table = schema.quarantine
    conn.execute(table.delete().where(table.c.run_id == run_id))
    rows = [
        {
            "run_id": run_id,
            "source_code": source_code,
            "url": record.get("url") if isinstance(record.get("url"), str) else None,
            "reasons": [str(reason) for reason in reasons],
            "record": _as_json(record),
            "quarantined_at": seen_at,
        }
        for record, reasons in quarantined
    ]
    if rows:
        conn.execute(table.insert(), rows)
    return len(rows)


def _json_default(value: Any) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"quarantined record holds a {type(value).__name__}, which is not JSON")


def _as_json(record: dict[str, Any]) -> Any:
    """``record`` as plain JSON values (timestamps as ISO strings); TypeError otherwise."""
    return json.loads(json.dumps(record, default=_json_default, ensure_ascii=False))


def existing_hashes(engine: sa.Engine, source_code: str, url_hashes: list[str]) -> dict[str, str]:
    """url_hash -> stored content_hash, for those of ``url_hashes`` the warehouse holds.

    Read-only; unknown hashes are simply absent from the result.
    """
    articles = schema.articles
    found: dict[str, str] = {}
    with engine.connect() as conn:
        for part in chunks(sorted(set(url_hashes))):
            query = sa.select(articles.c.url_hash, articles.c.content_hash).where(
                articles.c.source_code == source_code, articles.c.url_hash.in_(part)
            )
            found.update({url_hash: content for url_hash, content in conn.execute(query)})
    return found


def existing_aliases(
    engine: sa.Engine, source_code: str, keys: list[tuple[datetime, str]]
) -> dict[tuple[datetime, str], list[tuple[str, str]]]:
    """(published_at, content_hash) -> [(url, url_hash)] of stored articles of ``source_code``.

    For each key, the articles of the source published at that very instant with that content:
    the candidates ``etl.dedup`` checks a new URL against (the same article under another
    URL). Read-only; found through the (source_code, published_at) index.
    """
    articles = schema.articles
    wanted = set(keys)
    found: dict[tuple[datetime, str], list[tuple[str, str]]] = {}
    with engine.connect() as conn:
        for part in chunks(sorted({published for published, _ in wanted})):
            columns = (articles.c.published_at, articles.c.content_hash)
            query = sa.select(*columns, articles.c.url, articles.c.url_hash).where(
                articles.c.source_code == source_code, articles.c.published_at.in_(part)
            )
            for published, content, url, url_hash in conn.execute(query):
                if (published, content) in wanted:
                    found.setdefault((published, content), []).append((url, url_hash))
    return found


# Left out of checksums: bookkeeping a re-run legitimately moves, and surrogate ids, whose
# values depend on the database (a PostgreSQL sequence skips numbers, SQLite's does not).
VOLATILE_COLUMNS = {
    "articles": {"article_id", "last_seen_at", "last_run_id"},
    "quarantine": {"quarantine_id"},
}


def table_checksum(engine: sa.Engine, table: str, *, leave_out: Collection[str] = ()) -> str:
    """md5 (hex) over every row of warehouse table ``table``, in a stable order.

    Equal checksums mean equal contents, also across PostgreSQL and SQLite: values are
    compared in one canonical form (timestamps in UTC ISO 8601, JSON with sorted keys), rows
    are ordered by their natural key in binary collation, ``article_id`` in child tables is
    replaced by the article's (source_code, url_hash), and ``VOLATILE_COLUMNS`` are left out,
    as are the columns named in ``leave_out`` (e.g. ``first_seen_at`` and ``first_run_id`` to
    compare the warehouse with one loaded by other runs). Raises ValueError for a name that is
    not a warehouse table.
    """
    target = schema.metadata.tables.get(f"{schema.SCHEMA}.{table}")
    if target is None:
        known = ", ".join(sorted(schema.TABLE_NAMES))
        raise ValueError(f"{table!r} is not a warehouse table (one of: {known})")
    articles = schema.articles
    volatile = VOLATILE_COLUMNS.get(table, set()) | set(leave_out)
    source: sa.FromClause = target
    selected: list[sa.ColumnElement[Any]] = [c for c in target.c if c.name not in volatile]
    order: list[sa.ColumnElement[Any]] = list(target.primary_key.columns)
    if target is articles:
        order = [articles.c.source_code, articles.c.url_hash]
    elif "article_id" in target.c:
        source = target.join(articles, target.c.article_id == articles.c.article_id)
        natural = [articles.c.source_code, articles.c.url_hash]
        selected = natural + [c for c in target.c if c.name not in volatile | {"article_id"}]
        order = natural + [c for c in target.primary_key.columns if c.name != "article_id"]
    digest = hashlib.md5(usedforsecurity=False)
    with engine.connect() as conn:
        query = sa.select(*selected).select_from(source).order_by(*_binary(conn, order))
        for row in conn.execution_options(yield_per=1000).execute(query):
            line = json.dumps(list(row), default=_json_default, ensure_ascii=False, sort_keys=True)
            digest.update(line.encode("utf-8") + b"\n")
    return digest.hexdigest()


def _binary(conn: sa.Connection, columns: Sequence[sa.ColumnElement[Any]]) -> list[Any]:
    """Order text by code point on PostgreSQL too (its default collation is locale-aware)."""
    if not is_postgres(conn):
        return list(columns)
    return [c.collate("C") if isinstance(c.type, sa.String) else c for c in columns]
