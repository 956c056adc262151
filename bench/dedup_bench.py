"""Dedup: story clustering against the demo network's oracle, and the near-dup stage's speed.

Run ``python -m bench.dedup_bench [--url URL] [--days 30] [--history 10000 1000000]
[--repeat 5]``. ``--url`` names a PostgreSQL server's maintenance database (default:
``NEWSFLOW_TEST_PG_URL`` or ``postgresql+psycopg2://postgres@127.0.0.1:5432/postgres``);
scratch databases are created there, migrated to head, and dropped at the end.

**Story clusters.** Every article the six demo outlets published over ``--days`` KST days
(ending 2025-04-09) is built from the oracle's title, lead, body and byline through the clean
stage, loaded day by day and outlet by outlet with ``load_batch``, and indexed with
``index_stories`` — the pipeline's own path, minus the crawl. Pairs of articles sharing a
story id are compared with the oracle's pairs (every outlet's copy of one wire story):
precision and recall, targets 0.97 and 0.95.

**Near-dup stage speed.** A batch of one outlet's articles (demo-today at volume scale 3:
about 5,000 over 30 days, the wire copies among them) is indexed against a history holding the
wire's real articles of those days (its copies' originals) plus synthetic articles with random
band hashes, COPY'd straight into ``news.articles`` and ``news.story_bands`` (300 a day before
the batch), to ``--history`` articles in all. Timed, median of ``--repeat`` runs: the whole of
``index_stories`` (read back, signatures, band writes, staged join, verification, story ids)
on the freshly loaded batch; the baseline is computing the batch's signatures and band hashes
alone, in memory. Targets: at least 5,000 articles/s, and the 1M-article history no slower than
1.5x the 10k one. Not a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import gc
import io
import itertools
import os
import random
import statistics
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from bench.load_bench import scratch_warehouse
from bench.targets import Target, marker
from demosite.oracle import published
from demosite.outlets import OUTLETS
from etl.clean import clean_item
from etl.dedup.signature import BANDS, band_hashes, signatures, story_text
from etl.records import Article, ArticlePage, RawItem
from etl.sources import SourceProfile, load_source
from etl.taxonomy import load_taxonomy
from etl.warehouse.load import load_batch
from etl.warehouse.runs import start_run
from etl.warehouse.schema import articles, story_bands
from etl.warehouse.stories import index_stories, week_no
from etl.window import KST, Window

DEFAULT_URL = os.environ.get(
    "NEWSFLOW_TEST_PG_URL", "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres"
)
SOURCES_DIR = Path(__file__).resolve().parent.parent / "sources"
LAST_DAY = date(2025, 4, 9)  # the last complete day at the tests' demosite clock
TARGET_PRECISION, TARGET_RECALL = 0.97, 0.95
TARGET_RATE, TARGET_GROWTH = 5_000.0, 1.5
BATCH_OUTLET, WIRE = "demo-today", "demo-wire"
BATCH_SCALE = 3.0
FILLER_SOURCE, FILLER_PER_DAY = "bench-history", 300
FILLER_FIRST_ID = 100_000_000  # far above the ids the loads draw from the sequence

ArticleKey = tuple[str, str]  # (source, url_hash)


def days_until(last: date, count: int) -> list[date]:
    """``count`` KST days ending with ``last``, oldest first."""
    return [last - timedelta(days=back) for back in range(count - 1, -1, -1)]


def oracle_items(
    outlet: str, day: date, volume_scale: float = 1.0
) -> list[tuple[RawItem, str | None]]:
    """What ``outlet`` published on ``day`` as the RawItems a crawl yields, with story ids.

    Each oracle article becomes the RawItem a crawl with article pages would yield (listing
    title, lead, time and home section; page body and byline), fetched an hour after the day
    ended.
    """
    profile = load_source(outlet, SOURCES_DIR)
    fetched = datetime.combine(day + timedelta(days=1), datetime.min.time(), KST) + timedelta(
        hours=1
    )
    result = []
    for item in published(outlet, day, volume_scale):
        raw = RawItem(
            source=profile.code,
            listing_url=f"{profile.canonical_base}/",
            url=item.url,
            title=item.title,
            summary=item.lead,
            published_raw=item.published_at.astimezone(KST).strftime("%Y-%m-%d %H:%M:%S"),
            section_raw=item.section_labels[0],
            page=1,
            position=1,
            fetched_at=fetched.isoformat(),
            article=ArticlePage(body=item.body, author=item.author),
        )
        result.append((raw, item.story_id))
    return result


def oracle_articles(
    outlet: str, day: date, volume_scale: float = 1.0
) -> list[tuple[Article, str | None]]:
    """What ``outlet`` published on ``day`` as clean makes it (``clean_item`` of
    ``oracle_items`` with the outlet's profile), with the oracle's story id."""
    profile = load_source(outlet, SOURCES_DIR)
    taxonomy = load_taxonomy()
    return [
        (clean_item(raw, profile, taxonomy), story)
        for raw, story in oracle_items(outlet, day, volume_scale)
    ]


def load_day(
    engine: sa.Engine, profile: SourceProfile, day: date, articles: Sequence[Article]
) -> None:
    """Load one outlet's day as the load stage does: ``load_batch``, then ``index_stories``."""
    run_id = f"{profile.code}_{day.isoformat()}_bench"
    start_run(engine, run_id=run_id, source=profile.code, window=Window.day(day))
    seen_at = datetime.combine(day + timedelta(days=1), datetime.min.time(), KST)
    load_batch(
        engine,
        run_id=run_id,
        source=profile,
        articles=list(articles),
        quarantined=[],
        seen_at=seen_at.astimezone(UTC),
    )
    index_stories(engine, profile.code, [a.url_hash for a in articles])


def load_oracle(
    engine: sa.Engine, days: Iterable[date], outlets: Sequence[str] = tuple(OUTLETS)
) -> dict[ArticleKey, str | None]:
    """Load every outlet's oracle articles of ``days``, day by day; the oracle's story ids."""
    truth: dict[ArticleKey, str | None] = {}
    profiles = {outlet: load_source(outlet, SOURCES_DIR) for outlet in outlets}
    for day in days:
        for outlet in outlets:
            batch = oracle_articles(outlet, day)
            load_day(engine, profiles[outlet], day, [article for article, _ in batch])
            truth.update({(a.source, a.url_hash): story for a, story in batch})
    return truth


def stored_stories(engine: sa.Engine) -> dict[ArticleKey, str | None]:
    """(source, url_hash) -> story_id of every article in the warehouse."""
    query = sa.select(articles.c.source_code, articles.c.url_hash, articles.c.story_id)
    with engine.connect() as conn:
        return {(source, url_hash): story for source, url_hash, story in conn.execute(query)}


@dataclass(frozen=True)
class PairScores:
    """How the story pairs found compare with the true ones."""

    true_pairs: int
    found_pairs: int
    correct_pairs: int

    @property
    def precision(self) -> float:
        return self.correct_pairs / self.found_pairs if self.found_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.correct_pairs / self.true_pairs if self.true_pairs else 1.0


def story_pairs(stories: Mapping[ArticleKey, str | None]) -> set[frozenset[ArticleKey]]:
    """Every pair of articles that share a story id (None is no story)."""
    members: dict[str, list[ArticleKey]] = {}
    for key, story in stories.items():
        if story is not None:
            members.setdefault(story, []).append(key)
    return {frozenset(p) for keys in members.values() for p in itertools.combinations(keys, 2)}


def pair_scores(
    truth: Mapping[ArticleKey, str | None], found: Mapping[ArticleKey, str | None]
) -> PairScores:
    """Pair precision and recall of ``found`` story ids against ``truth`` (its keys only)."""
    true_pairs = story_pairs(truth)
    found_pairs = story_pairs({key: found.get(key) for key in truth})
    return PairScores(len(true_pairs), len(found_pairs), len(true_pairs & found_pairs))


def cluster_scores(server_url: str, days: int) -> tuple[int, PairScores]:
    """Articles loaded and pair scores for ``days`` of the oracle, in a scratch warehouse."""
    with scratch_warehouse(server_url) as engine:
        truth = load_oracle(engine, days_until(LAST_DAY, days))
        return len(truth), pair_scores(truth, stored_stories(engine))


def batch_and_originals() -> tuple[list[Article], list[list[Article]]]:
    """The timed batch (BATCH_OUTLET, 30 days at BATCH_SCALE) and WIRE's days it copies from."""
    days = days_until(LAST_DAY, 30)
    batch = [a for day in days for a, _ in oracle_articles(BATCH_OUTLET, day, BATCH_SCALE)]
    wire_days = [[a for a, _ in oracle_articles(WIRE, day, BATCH_SCALE)] for day in days]
    return batch, wire_days


def filler_rows(count: int, before: datetime, run_id: str) -> Iterator[tuple[str, str]]:
    """COPY lines of ``count`` synthetic articles and their random bands, FILLER_PER_DAY a day
    going back from ``before``: (articles line, story_bands lines)."""
    rng = random.Random(20250409)
    step = timedelta(days=1) / FILLER_PER_DAY
    for n in range(count):
        article_id = FILLER_FIRST_ID + n
        at = (before - step * (n + 1)).astimezone(UTC)
        stamp = at.isoformat()
        article = "\t".join(
            (
                str(article_id),
                FILLER_SOURCE,
                f"https://history.bench.example/n/{article_id}",
                f"{article_id:040x}",
                f"기록 {article_id}",
                "ko",
                stamp,
                at.astimezone(KST).date().isoformat(),
                f"{article_id:040x}",
                stamp,
                stamp,
                run_id,
                run_id,
            )
        )
        week = week_no(at)
        bands = "".join(
            f"{article_id}\t{band_no}\t{rng.getrandbits(64) - 2**63}\t{stamp}\t{week}\n"
            for band_no in range(BANDS)
        )
        yield article + "\n", bands


BAND_COLUMNS = "article_id, band_no, band_hash, article_time, week_no"
FILLER_ARTICLE_COLUMNS = (
    "article_id, source_code, url, url_hash, title, language, published_at, "
    "published_date_kst, content_hash, first_seen_at, last_seen_at, first_run_id, last_run_id"
)


def copy_filler(engine: sa.Engine, count: int, before: datetime) -> None:
    """COPY ``count`` synthetic articles and their bands; the band indexes are rebuilt after."""
    run_id = f"{FILLER_SOURCE}_history"
    profile = SourceProfile.model_validate(
        {
            "code": FILLER_SOURCE,
            "name": "벤치기록",
            "base_url": "https://history.bench.example",
            "listing": {"url": "{base}/latest?page={page}"},
        }
    )
    start_run(engine, run_id=run_id, source=FILLER_SOURCE, window=Window.day(LAST_DAY))
    load_batch(engine, run_id=run_id, source=profile, articles=[], quarantined=[], seen_at=before)
    # Bulk loading is fastest without the indexes, which are rebuilt once at the end.
    with engine.begin() as conn:
        conn.execute(sa.text("alter table news.story_bands drop constraint story_bands_pkey"))
        for index in story_bands.indexes:
            index.drop(conn)
        raw = conn.connection.dbapi_connection
        assert raw is not None
        cursor = raw.cursor()
        rows = filler_rows(count, before, run_id)
        while chunk := list(itertools.islice(rows, 50_000)):
            articles = io.StringIO("".join(a for a, _ in chunk))
            bands = io.StringIO("".join(b for _, b in chunk))
            cursor.copy_expert(
                f"copy news.articles ({FILLER_ARTICLE_COLUMNS}) from stdin", articles
            )
            cursor.copy_expert(f"copy news.story_bands ({BAND_COLUMNS}) from stdin", bands)
        cursor.close()
        conn.execute(sa.text("alter table news.story_bands add primary key (article_id, band_no)"))
        for index in story_bands.indexes:
            index.create(conn)
    vacuum(engine)


def vacuum(engine: sa.Engine) -> None:
    """Visibility map and statistics, as autovacuum would leave them (index-only scans)."""
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(sa.text("vacuum analyze news.articles, news.story_bands"))


def reset_stories(engine: sa.Engine) -> None:
    """Undo ``index_stories`` of the batch (its bands, every story id it gave); checkpoint."""
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "delete from news.story_bands where article_id in "
                "(select article_id from news.articles where source_code = :batch)"
            ),
            {"batch": BATCH_OUTLET},
        )
        conn.execute(sa.text("update news.articles set story_id = null where story_id is not null"))
    vacuum(engine)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(sa.text("checkpoint"))


@dataclass(frozen=True)
class Speed:
    history: int
    batch: int
    seconds: float  # index_stories, median
    baseline: float  # signatures and band hashes alone, median
    clustered: int
    new_stories: int


def stage_speed(
    server_url: str, history: int, repeat: int, batch: list[Article], wire_days: list[list[Article]]
) -> Speed:
    """Median time of ``index_stories`` on ``batch`` against ``history`` stored articles."""
    wire_count = sum(len(day) for day in wire_days)
    first_day = days_until(LAST_DAY, 30)[0]
    before = datetime.combine(first_day, datetime.min.time(), KST)
    with scratch_warehouse(server_url) as engine:
        for day, articles in zip(days_until(LAST_DAY, 30), wire_days, strict=True):
            load_day(engine, load_source(WIRE, SOURCES_DIR), day, articles)
        copy_filler(engine, max(0, history - wire_count), before)
        profile = load_source(BATCH_OUTLET, SOURCES_DIR)
        run_id = f"{BATCH_OUTLET}_bench"
        start_run(engine, run_id=run_id, source=BATCH_OUTLET, window=Window.day(LAST_DAY))
        seen = datetime.combine(LAST_DAY, datetime.min.time(), KST)
        load_batch(
            engine, run_id=run_id, source=profile, articles=batch, quarantined=[], seen_at=seen
        )
        vacuum(engine)
        hashes = [a.url_hash for a in batch]
        # The oracle's articles and the demosite's caches live on in this process; the load
        # stage's process holds nothing of the kind, so they are kept out of the collector's way.
        gc.collect()
        gc.freeze()
        timings: list[float] = []
        counts = None
        for _ in range(repeat):
            reset_stories(engine)
            started = time.perf_counter()
            counts = index_stories(engine, BATCH_OUTLET, hashes)
            timings.append(time.perf_counter() - started)
        gc.unfreeze()
    texts = [story_text(a.title, a.summary, a.body) for a in batch]
    baseline = []
    for _ in range(repeat):
        started = time.perf_counter()
        band_hashes(signatures(texts))
        baseline.append(time.perf_counter() - started)
    assert counts is not None
    return Speed(
        history=max(history, wire_count),
        batch=len(batch),
        seconds=statistics.median(timings),
        baseline=statistics.median(baseline),
        clustered=counts.clustered,
        new_stories=counts.new_stories,
    )


def report(articles: int, days: int, scores: PairScores, speeds: Sequence[Speed]) -> str:
    mark = {True: "pass", False: "MISS"}
    lines = [
        f"Story clusters, demo network, {days} days x {len(OUTLETS)} outlets "
        f"({articles:,} articles, pipeline path without the crawl):",
        "",
        "| true pairs | pairs found | correct | precision | recall |",
        "|---:|---:|---:|---:|---:|",
        f"| {scores.true_pairs} | {scores.found_pairs} | {scores.correct_pairs} | "
        f"{scores.precision:.3f} {mark[scores.precision >= TARGET_PRECISION]} "
        f"(>= {TARGET_PRECISION}) | {scores.recall:.3f} {mark[scores.recall >= TARGET_RECALL]} "
        f"(>= {TARGET_RECALL}) |",
        "",
        "Near-dup stage (``index_stories``) on PostgreSQL, medians:",
        "",
        f"| history articles | batch | seconds | articles/s (>= {TARGET_RATE:,.0f}) "
        "| signatures only, s | x baseline | clustered | new stories |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for s in speeds:
        rate = s.batch / s.seconds
        lines.append(
            f"| {s.history:,} | {s.batch:,} | {s.seconds:.2f} | {rate:,.0f} "
            f"{mark[rate >= TARGET_RATE]} | {s.baseline:.2f} | {s.seconds / s.baseline:.1f} "
            f"| {s.clustered} | {s.new_stories} |"
        )
    if len(speeds) > 1:
        growth = speeds[-1].seconds / speeds[0].seconds
        lines += [
            "",
            f"Batch cost, largest vs smallest history: {growth:.2f}x "
            f"{mark[growth <= TARGET_GROWTH]} (<= {TARGET_GROWTH}x).",
        ]
    return "\n".join(lines)


def targets(scores: PairScores, speeds: Sequence[Speed]) -> list[Target]:
    """The issue's targets: pair precision/recall, the slowest rate, growth with history."""
    rates = [s.batch / s.seconds for s in speeds]
    found = [
        Target(
            "dedup: story pair precision / recall",
            f">= {TARGET_PRECISION} / >= {TARGET_RECALL}",
            f"{scores.precision:.3f} / {scores.recall:.3f}",
            scores.precision >= TARGET_PRECISION and scores.recall >= TARGET_RECALL,
        ),
        Target(
            "dedup: near-dup stage rate",
            f">= {TARGET_RATE:,.0f} articles/s",
            ", ".join(
                f"{r:,.0f}/s at {s.history:,} history" for r, s in zip(rates, speeds, strict=True)
            ),
            min(rates) >= TARGET_RATE,
        ),
    ]
    if len(speeds) > 1:
        growth = speeds[-1].seconds / speeds[0].seconds
        found.append(
            Target(
                "dedup: batch cost, 1M vs 10k history",
                f"flat (<= {TARGET_GROWTH}x)",
                f"{growth:.2f}x ({speeds[0].history:,} -> {speeds[-1].history:,})",
                growth <= TARGET_GROWTH,
            )
        )
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--url", default=DEFAULT_URL, help="PostgreSQL maintenance database")
    parser.add_argument("--days", type=int, default=30, help="oracle days for the clusters")
    parser.add_argument("--history", type=int, nargs="+", default=[10_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per history (median)")
    args = parser.parse_args(argv)
    articles, scores = cluster_scores(args.url, args.days)
    batch, wire_days = batch_and_originals()
    speeds = [stage_speed(args.url, n, args.repeat, batch, wire_days) for n in args.history]
    print(report(articles, args.days, scores, speeds))
    print(marker(targets(scores, speeds)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
