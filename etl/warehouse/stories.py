"""The story index in the warehouse (``news.story_bands``) and the story ids of articles.

``index_stories`` runs after a batch is loaded, in a transaction of its own. It reads the
batch's articles back and computes their signatures and band hashes (``etl.dedup.signature``).
Articles that have no bands yet, or whose text changed, are staged with their bands (COPY on
PostgreSQL); their bands are joined with ``story_bands`` on its (week_no, band_no, band_hash,
article_time) index within each article's time window, and then written. Candidates thus come
from the whole history through index lookups, never by reading history into memory. The week
leads the index so that both the lookups and the writes of a batch fall in the recent weeks of
it: a batch costs the same against ten thousand or a million stored articles (band hashes
alone are random keys, which would scatter the writes over the whole index). The candidates'
outlet, byline and time are read first; only those that pass those rules have their title and
lead read and signed. ``etl.dedup.stories`` decides, and the story ids are written to the
batch's articles and to the earlier articles that founded a story with them.

Story decisions read and write other outlets' articles, so they are serialised: each takes
the story lock first. Loads themselves stay concurrent; whichever batch is indexed second
finds the first one's articles. A load whose indexing failed leaves its articles without
bands until the window is run again, which indexes them (as it does articles loaded before
the story index existed).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import numpy as np
import numpy.typing as npt
import sqlalchemy as sa

from etl.dedup.signature import band_hashes, is_empty, signatures, story_text
from etl.dedup.stories import (
    StoryArticle,
    StoryAssignment,
    StoryConfig,
    assign_stories,
    bylines_of,
    plausible,
)
from etl.warehouse.schema import UtcDateTime, articles, story_bands
from etl.warehouse.sql import CHUNK, chunks, is_postgres

# Any constant shared by every writer of story ids in one database; "stories" in ASCII.
STORY_LOCK_KEY = 0x73746F72696573

# The batch's articles to index: their time and, when ``searching`` for a story, the window
# [time_from, time_to] to look in; and their bands: ``own`` rows are written to story_bands
# (one per band, in the article's week), the others only look up the window's other weeks.
_staging = sa.MetaData()
stage_story_articles = sa.Table(
    "stage_story_articles",
    _staging,
    sa.Column("article_id", sa.BigInteger, nullable=False),
    sa.Column("article_time", UtcDateTime, nullable=False),
    sa.Column("searching", sa.Boolean, nullable=False),
    sa.Column("time_from", UtcDateTime, nullable=False),
    sa.Column("time_to", UtcDateTime, nullable=False),
    prefixes=["TEMPORARY"],
)
stage_story_bands = sa.Table(
    "stage_story_bands",
    _staging,
    sa.Column("article_id", sa.BigInteger, nullable=False),
    sa.Column("band_no", sa.SmallInteger, nullable=False),
    sa.Column("band_hash", sa.BigInteger, nullable=False),
    sa.Column("week_no", sa.Integer, nullable=False),
    sa.Column("own", sa.Boolean, nullable=False),
    prefixes=["TEMPORARY"],
)
_EPOCH = date(1970, 1, 1)

# IN lists per statement: psycopg2 renders them into the statement, and PostgreSQL takes
# thousands of values at once; SQLite is held to its bound-parameter limit.
PG_CHUNK = 10_000

# An article's bands as compared with the stored ones: its time, then its band hashes.
Bands = tuple[Any, ...]

_TIME = sa.func.coalesce(articles.c.published_at, articles.c.first_seen_at, type_=UtcDateTime)
_META = (
    articles.c.article_id,
    articles.c.source_code,
    articles.c.url_hash,
    articles.c.author,
    articles.c.story_id,
    _TIME.label("article_time"),
)
# What a signature is computed over; the body only serves an article without a lead.
_TEXT = (
    articles.c.article_id,
    articles.c.title,
    articles.c.summary,
    sa.case((articles.c.summary.is_(None), articles.c.body)).label("body"),
)


@dataclass(frozen=True, slots=True)
class StoryCounts:
    """What one ``index_stories`` did; ``counts`` is its part of a run's counts."""

    indexed: int = 0  # articles of the batch whose bands were (re)written
    clustered: int = 0  # articles of the batch given a story id
    new_stories: int = 0  # stories founded, each with one earlier article of another outlet

    def counts(self) -> dict[str, int]:
        return {
            "story_indexed": self.indexed,
            "story_clustered": self.clustered,
            "story_new": self.new_stories,
        }


def index_stories(
    engine: sa.Engine,
    source_code: str,
    url_hashes: Sequence[str],
    config: StoryConfig | None = None,
) -> StoryCounts:
    """Index the stored articles (``source_code``, ``url_hashes``) and give them story ids.

    One transaction under the story lock (see the module docstring); url hashes the warehouse
    does not hold are ignored. Idempotent: articles whose bands are current are neither
    rewritten nor searched again and a story id once given is never changed, so indexing the
    same batch again changes nothing. An article whose title and lead normalise to nothing is
    neither indexed nor clustered.
    """
    config = config or StoryConfig()
    with engine.begin() as conn:
        if is_postgres(conn):
            conn.execute(sa.text("select pg_advisory_xact_lock(:key)"), {"key": STORY_LOCK_KEY})
        batch, texts = _batch(conn, source_code, sorted(set(url_hashes)))
        if not batch:
            return StoryCounts()
        ids = list(batch)
        rows = signatures([texts[i] for i in ids])
        signed = dict(zip(ids, rows, strict=True))
        current = _bands(batch, ids, rows)
        stored = _stored_bands(conn, ids)
        stale = [i for i in ids if stored.get(i, ()) != current[i]]
        searching = [batch[i] for i in stale if current[i] and batch[i].story_id is None]
        pairs = _rewrite_and_search(conn, stale, current, searching, config)
        candidates = _plausible(conn, source_code, batch, pairs, config)
        wanted = sorted({c.article_id for found in candidates.values() for c in found})
        signed.update(zip(wanted, signatures(_texts(conn, wanted)), strict=True))
        assignment = assign_stories(searching, candidates, signed, config)
        _write_story_ids(conn, assignment)
    return StoryCounts(len(stale), assignment.clustered, assignment.new_stories)


def _part_size(conn: sa.Connection) -> int:
    return PG_CHUNK if is_postgres(conn) else CHUNK


def _story_article(row: sa.RowMapping) -> StoryArticle:
    return StoryArticle(
        article_id=row["article_id"],
        source=row["source_code"],
        url_hash=row["url_hash"],
        time=row["article_time"],
        bylines=bylines_of(row["author"]),
        story_id=row["story_id"],
    )


def _batch(
    conn: sa.Connection, source_code: str, url_hashes: list[str]
) -> tuple[dict[int, StoryArticle], dict[int, str]]:
    """The stored articles of the batch by article_id (in url_hash order), and their texts."""
    rows: list[sa.RowMapping] = []
    for part in chunks(url_hashes, _part_size(conn)):
        query = sa.select(*_META, *_TEXT[1:]).where(
            articles.c.source_code == source_code, articles.c.url_hash.in_(part)
        )
        rows.extend(conn.execute(query).mappings())
    rows.sort(key=lambda r: r["url_hash"])
    batch = {r["article_id"]: _story_article(r) for r in rows}
    texts = {r["article_id"]: story_text(r["title"], r["summary"], r["body"]) for r in rows}
    return batch, texts


def _others(conn: sa.Connection, source_code: str, ids: list[int]) -> dict[int, StoryArticle]:
    """The articles among ``ids`` from outlets other than ``source_code``, by article_id."""
    found: dict[int, StoryArticle] = {}
    for part in chunks(ids, _part_size(conn)):
        query = sa.select(*_META).where(
            articles.c.article_id.in_(part), articles.c.source_code != source_code
        )
        found.update((r["article_id"], _story_article(r)) for r in conn.execute(query).mappings())
    return found


def _texts(conn: sa.Connection, ids: list[int]) -> list[str]:
    """The normalised title and lead of each article of ``ids`` (all stored), in that order."""
    found: dict[int, str] = {}
    for part in chunks(ids, _part_size(conn)):
        query = sa.select(*_TEXT).where(articles.c.article_id.in_(part))
        for article_id, title, summary, body in conn.execute(query):
            found[article_id] = story_text(title, summary, body)
    return [found[article_id] for article_id in ids]


def _bands(
    batch: dict[int, StoryArticle], ids: list[int], rows: npt.NDArray[np.uint32]
) -> dict[int, Bands]:
    """article_id -> (time, band hashes…) for ``ids`` signed ``rows``; () for empty text."""
    hashed = band_hashes(rows).tolist()
    empty = is_empty(rows).tolist()
    return {
        i: () if blank else (batch[i].time, *hashes)
        for i, blank, hashes in zip(ids, empty, hashed, strict=True)
    }


def _stored_bands(conn: sa.Connection, ids: list[int]) -> dict[int, Bands]:
    columns = story_bands.c
    found: dict[int, dict[int, int]] = {}
    times: dict[int, datetime] = {}
    for part in chunks(ids, _part_size(conn)):
        query = sa.select(
            columns.article_id, columns.band_no, columns.band_hash, columns.article_time
        ).where(columns.article_id.in_(part))
        for article_id, band_no, band_hash, at in conn.execute(query):
            found.setdefault(article_id, {})[band_no] = band_hash
            times[article_id] = at
    return {
        article_id: (times[article_id], *(by_no[n] for n in sorted(by_no)))
        for article_id, by_no in found.items()
    }


def week_no(moment: datetime) -> int:
    """The week of ``moment`` as ``story_bands.week_no``: whole weeks since 1970-01-01 UTC."""
    return (moment.astimezone(UTC).date() - _EPOCH).days // 7


def _rewrite_and_search(
    conn: sa.Connection,
    stale: list[int],
    current: dict[int, Bands],
    searching: list[StoryArticle],
    config: StoryConfig,
) -> list[tuple[int, int]]:
    """Replace the bands of ``stale`` articles; (searching id, candidate id) sharing a band.

    A candidate has a band of the searching article's (same number, same hash) and a time
    within ``max_gap`` of the searching article's. The batch is looked up before its own bands
    are written: a batch is one outlet's, so its articles are never each other's story.
    """
    for part in chunks(stale, _part_size(conn)):
        conn.execute(story_bands.delete().where(story_bands.c.article_id.in_(part)))
    indexed = [article_id for article_id in stale if current[article_id]]
    if not indexed:
        return []
    looking = {a.article_id for a in searching}
    # Created and dropped in this transaction: a rollback takes them away as well.
    staged = (stage_story_articles, stage_story_bands)
    rows = (
        _staged_articles(indexed, current, looking, config),
        _staged_bands(indexed, current, looking, config),
    )
    for stage, values, line in zip(staged, rows, (_line, _band_line), strict=True):
        stage.create(conn)
        if is_postgres(conn):
            _copy_lines(conn, stage.name, map(line, values))
            # Autovacuum never analyses temporary tables; joins plan better with statistics.
            conn.execute(sa.text(f"analyze {stage.name}"))
        else:
            names = [c.name for c in stage.columns]
            conn.execute(stage.insert(), [dict(zip(names, row, strict=True)) for row in values])
    found, bands, other = stage_story_articles, stage_story_bands, story_bands
    same_band = sa.and_(
        other.c.week_no == bands.c.week_no,
        other.c.band_no == bands.c.band_no,
        other.c.band_hash == bands.c.band_hash,
        other.c.article_time.between(found.c.time_from, found.c.time_to),
    )
    pairs = conn.execute(
        sa.select(found.c.article_id, other.c.article_id)
        .select_from(
            bands.join(found, found.c.article_id == bands.c.article_id).join(other, same_band)
        )
        .where(found.c.searching)
        .distinct()
    ).all()
    kept = ("article_id", "band_no", "band_hash", "article_time", "week_no")
    written = (
        sa.select(bands.c.article_id, bands.c.band_no, bands.c.band_hash)
        .add_columns(found.c.article_time, bands.c.week_no)
        .select_from(bands.join(found, found.c.article_id == bands.c.article_id))
        .where(bands.c.own)
    )
    conn.execute(story_bands.insert().from_select(kept, written))
    for stage in reversed(staged):
        stage.drop(conn)
    return sorted((article_id, candidate) for article_id, candidate in pairs)


def _staged_articles(
    indexed: list[int], current: dict[int, Bands], looking: set[int], config: StoryConfig
) -> Iterator[tuple[Any, ...]]:
    for article_id in indexed:
        at = current[article_id][0]
        window = (at - config.max_gap, at + config.max_gap)
        yield (article_id, at, article_id in looking, *window)


def _staged_bands(
    indexed: list[int], current: dict[int, Bands], looking: set[int], config: StoryConfig
) -> Iterator[tuple[Any, ...]]:
    for article_id in indexed:
        at, *hashes = current[article_id]
        own = week_no(at)
        if article_id in looking:
            weeks = range(week_no(at - config.max_gap), week_no(at + config.max_gap) + 1)
        else:
            weeks = range(own, own + 1)
        for band_no, band_hash in enumerate(hashes):
            for week in weeks:
                yield (article_id, band_no, band_hash, week, week == own)


def _line(row: tuple[Any, ...]) -> str:
    """A staged row in COPY's text format: numbers, booleans, timestamps (nothing to escape)."""
    return "\t".join(_COPY_TEXT.get(type(v), str)(v) for v in row) + "\n"


def _band_line(row: tuple[Any, ...]) -> str:
    """``_line`` for the many rows of ``stage_story_bands`` (four integers and a flag)."""
    article_id, band_no, band_hash, week, own = row
    return f"{article_id}\t{band_no}\t{band_hash}\t{week}\t{'t' if own else 'f'}\n"


_COPY_TEXT: dict[type, Any] = {
    int: str,
    bool: lambda flag: "t" if flag else "f",
    datetime: datetime.isoformat,
}


def _copy_lines(conn: sa.Connection, table: str, lines: Iterable[str]) -> None:
    """COPY ready-made text-format ``lines`` into ``table`` on the connection's transaction."""
    raw = conn.connection.dbapi_connection
    if raw is None:  # only after the connection was invalidated, which would have raised
        raise RuntimeError("the SQLAlchemy connection has no DBAPI connection")
    cursor = raw.cursor()
    try:
        cursor.copy_expert(f"copy {table} from stdin", io.StringIO("".join(lines)))
    finally:
        cursor.close()


def _plausible(
    conn: sa.Connection,
    source_code: str,
    batch: dict[int, StoryArticle],
    pairs: list[tuple[int, int]],
    config: StoryConfig,
) -> dict[int, list[StoryArticle]]:
    """Searching article id -> its candidates that pass ``plausible`` (outlet, byline, time)."""
    others = _others(conn, source_code, sorted({candidate for _, candidate in pairs}))
    found: dict[int, list[StoryArticle]] = {}
    for article_id, candidate in pairs:
        other = others.get(candidate)
        if other is not None and plausible(batch[article_id], other, config):
            found.setdefault(article_id, []).append(other)
    return found


def _write_story_ids(conn: sa.Connection, assignment: StoryAssignment) -> None:
    """Write the story ids given; an article that has one already keeps it."""
    if not assignment.story_ids:
        return
    update = (
        articles.update()
        .where(articles.c.article_id == sa.bindparam("b_article_id"), articles.c.story_id.is_(None))
        .values(story_id=sa.bindparam("b_story_id"))
    )
    given = sorted(assignment.story_ids.items())
    conn.execute(update, [{"b_article_id": a, "b_story_id": s} for a, s in given])
