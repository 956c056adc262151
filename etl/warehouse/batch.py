"""A batch of Articles as warehouse rows: what both merge implementations start from.

Turning records into rows (and checking them) happens once, here, so the PostgreSQL and the
SQLite merge cannot disagree about what an article's row is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from etl.records import Article
from etl.warehouse.errors import UnknownSectionError
from etl.warehouse.schema import sections
from etl.warehouse.sql import chunks
from etl.window import KST

# What an Article contributes to its ``articles`` row (the rest is identity and bookkeeping).
ARTICLE_COLUMNS = (
    "url",
    "url_hash",
    "title",
    "summary",
    "body",
    "author",
    "language",
    "published_at",
    "modified_at",
    "published_date_kst",
    "published_raw",
    "content_hash",
    "story_id",
)
# Rewritten when the content changes; url/url_hash are the key and never change.
CONTENT_COLUMNS = tuple(c for c in ARTICLE_COLUMNS if c not in ("url", "url_hash"))
# The previous content an ``article_versions`` row keeps.
VERSIONED_COLUMNS = ("title", "summary", "body", "author", "content_hash", "modified_at")


@dataclass(frozen=True, slots=True)
class Batch:
    """One source's articles, unique by ``url_hash``, ready to merge."""

    source_code: str
    run_id: str
    seen_at: datetime
    rows: list[dict[str, Any]]  # ARTICLE_COLUMNS keys, sorted by url_hash
    sections: dict[str, list[str]]  # url_hash -> section codes, in the article's order


@dataclass(frozen=True, slots=True)
class MergeCounts:
    """What a merge did; ``unchanged`` is whatever of the batch it did not insert or update."""

    inserted: int
    updated: int
    versions: int
    sections_linked: int


def prepare_batch(
    source_code: str, run_id: str, seen_at: datetime, articles: list[Article]
) -> Batch:
    """Rows for ``articles``; ``published_date_kst`` is ``published_at``'s calendar day in KST.

    Dedup upstream merges repeated sightings of a URL; should one reach the load anyway, the
    later one wins (a row can be merged once per statement). Raises ValueError for an article
    of another source or with a naive timestamp: both are bugs upstream, and guessing would
    file the article under the wrong outlet or day.
    """
    if seen_at.tzinfo is None:
        raise ValueError("seen_at must be timezone-aware")
    rows: dict[str, dict[str, Any]] = {}
    section_codes: dict[str, list[str]] = {}
    for article in articles:
        if article.source != source_code:
            raise ValueError(
                f"article {article.url} is from source {article.source!r}, "
                f"not {source_code!r} as the batch"
            )
        for name in ("published_at", "modified_at"):
            moment = getattr(article, name)
            if moment is not None and moment.tzinfo is None:
                raise ValueError(f"article {article.url}: {name} {moment} is not timezone-aware")
        published = article.published_at
        rows[article.url_hash] = {
            "url": article.url,
            "url_hash": article.url_hash,
            "title": article.title,
            "summary": article.summary,
            "body": article.body,
            "author": article.author,
            "language": article.language,
            "published_at": published,
            "modified_at": article.modified_at,
            "published_date_kst": published.astimezone(KST).date() if published else None,
            "published_raw": article.published_raw,
            "content_hash": article.content_hash,
            "story_id": article.story_id,
        }
        section_codes[article.url_hash] = list(dict.fromkeys(article.sections))
    ordered = [rows[url_hash] for url_hash in sorted(rows)]
    return Batch(source_code, run_id, seen_at, ordered, section_codes)


def check_sections(conn: sa.Connection, batch: Batch) -> None:
    """Raise UnknownSectionError if an article names a code ``news.sections`` lacks.

    Clean maps every outlet label onto the taxonomy, so an unknown code means a bug there;
    loading it would lose the classification. The caller's transaction then rolls back.
    """
    wanted = sorted({code for codes in batch.sections.values() for code in codes})
    known: set[str] = set()
    for part in chunks(wanted):
        known.update(conn.scalars(sa.select(sections.c.code).where(sections.c.code.in_(part))))
    unknown = [code for code in wanted if code not in known]
    if not unknown:
        return
    example = next(
        row["url"] for row in batch.rows if set(batch.sections[row["url_hash"]]) & set(unknown)
    )
    raise UnknownSectionError(
        f"source {batch.source_code}: unknown section code(s) {', '.join(map(repr, unknown))} "
        f"(e.g. on {example}); nothing of the batch was loaded",
        hint="section codes must come from etl/data/sections.toml; check the profile's "
        "[sections] mapping and the clean stage",
    )
