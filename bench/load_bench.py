"""Load throughput on PostgreSQL: ``load_batch`` against raw COPY and ``pandas.DataFrame.to_sql``.

Run ``python -m bench.load_bench [--url URL] [--sizes 10000 100000] [--repeat 3]``. ``--url``
names a PostgreSQL server's maintenance database (default: ``NEWSFLOW_TEST_PG_URL`` or
``postgresql+psycopg2://postgres@127.0.0.1:5432/postgres``); for each size a scratch database
is created there, migrated to head, and dropped at the end.

The same deterministic batch of articles (Korean titles, leads and bodies of article length,
one or two sections each, a fifth of them in stories) is written four ways into
``news.articles`` and ``news.article_sections``, each time into empty tables after a
CHECKPOINT, and each timed up to its commit:

- **load_batch, first load**: the load stage on the batch (``Article`` records in);
- **load_batch, re-load**: the same batch again, nothing changed (the nightly re-run case);
- **raw COPY**: the same rows as prepared dicts, serialised to COPY text and copied straight
  into both tables (articles with explicit ids): the floor any loader pays for these rows in
  these tables, with their indexes, foreign keys and storage settings;
- **pandas to_sql**: ``DataFrame.to_sql(if_exists="append")`` of the same rows, defaults
  otherwise (the DataFrames are built before the clock starts).

It prints a Markdown table of seconds and articles per second (medians of ``--repeat`` runs),
then the targets: first load at least 0.5x raw COPY and 5x ``to_sql``, re-load at least 2x as
fast as the first load. Not a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import random
import statistics
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pandas as pd
import sqlalchemy as sa

from bench.targets import Target, marker
from etl.records import Article
from etl.sources import SourceProfile
from etl.warehouse.batch import prepare_batch
from etl.warehouse.engine import make_engine, upgrade
from etl.warehouse.load import load_batch
from etl.warehouse.merge_postgres import _copy_text
from etl.warehouse.runs import start_run
from etl.window import Window

DEFAULT_URL = os.environ.get(
    "NEWSFLOW_TEST_PG_URL", "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres"
)
SOURCE = "bench-daily"
FIRST_RUN, SECOND_RUN = "bench-daily_r1", "bench-daily_r2"
SEEN_1 = datetime(2025, 4, 9, 0, 30, tzinfo=UTC)
SEEN_2 = datetime(2025, 4, 10, 0, 30, tzinfo=UTC)
TARGET_VS_COPY, TARGET_VS_PANDAS, TARGET_RELOAD = 0.5, 5.0, 2.0

# Korean market-news words: generated titles, leads and bodies have the alphabet of real ones.
VOCABULARY = (
    "정부 발표 경제 시장 금리 인상 동결 한국은행 기준금리 물가 상승률 수출 반도체 증시 코스피 "
    "코스닥 외국인 기관 순매수 순매도 환율 원화 달러 부동산 아파트 가격 거래량 정책 대출 규제 "
    "완화 기업 실적 영업이익 매출 분기 전년 대비 증가 감소 전망 분석 투자 전문가 발표했다 "
    "밝혔다 것으로 나타났다 지난 올해 내년 서울 지역 산업 생산 고용 소비 회복 둔화 우려"
)
WORDS = tuple(VOCABULARY.split(" "))
SECTIONS = (["economy"], ["economy", "economy.markets"], ["economy.finance"], ["tech"])


def profile() -> SourceProfile:
    return SourceProfile.model_validate(
        {
            "code": SOURCE,
            "name": "벤치일보",
            "base_url": "https://bench.example.kr",
            "listing": {"url": "{base}/latest?page={page}"},
        }
    )


def make_articles(count: int, seed: int = 20250408) -> list[Article]:
    """``count`` articles of SOURCE published over April 2025, the same for the same seed."""
    rng = random.Random(seed)
    start = datetime(2025, 4, 1, tzinfo=UTC)

    def text(words: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(words))

    articles = []
    for number in range(count):
        url = f"https://bench.example.kr/news/{number:08d}"
        title, summary, body = text(8), text(40), text(300)
        author = f"{rng.choice('김이박최정')}기자"
        digest = hashlib.sha1("\x1f".join((title, summary, body, author)).encode()).hexdigest()
        articles.append(
            Article(
                source=SOURCE,
                url=url,
                url_hash=hashlib.sha1(url.encode()).hexdigest(),
                title=title,
                summary=summary,
                body=body,
                author=author,
                published_at=start + timedelta(seconds=rng.randrange(30 * 86400)),
                modified_at=None,
                published_raw="2025-04-01 09:00:00",
                sections=list(rng.choice(SECTIONS)),
                section_labels=[],
                language="ko",
                content_hash=digest,
                first_seen_at=SEEN_1,
                story_id=f"story-{number // 5}" if number % 5 == 0 else None,
            )
        )
    return articles


@dataclass(frozen=True)
class Rows:
    """The batch as the two tables' rows, ids given (what raw COPY and to_sql write)."""

    articles: list[dict[str, Any]]
    sections: list[dict[str, Any]]


def table_rows(articles: list[Article]) -> Rows:
    batch = prepare_batch(SOURCE, FIRST_RUN, SEEN_1, articles)
    bookkeeping = {
        "source_code": SOURCE,
        "first_seen_at": SEEN_1,
        "last_seen_at": SEEN_1,
        "first_run_id": FIRST_RUN,
        "last_run_id": FIRST_RUN,
    }
    rows = [{"article_id": i + 1} | row | bookkeeping for i, row in enumerate(batch.rows)]
    links = [
        {"article_id": row["article_id"], "section_code": code, "position": position}
        for row in rows
        for position, code in enumerate(batch.sections[row["url_hash"]])
    ]
    return Rows(rows, links)


def raw_copy(engine: sa.Engine, rows: Rows) -> None:
    """COPY ``rows`` into both tables, encoded as the loader encodes its COPY text."""
    with engine.begin() as conn:
        for table, data in (("articles", rows.articles), ("article_sections", rows.sections)):
            columns = list(data[0])
            buffer = io.StringIO()
            for row in data:
                buffer.write("\t".join(_copy_text(row[c]) for c in columns) + "\n")
            buffer.seek(0)
            raw = conn.connection.dbapi_connection
            assert raw is not None
            cursor = raw.cursor()
            cursor.copy_expert(f"copy news.{table} ({', '.join(columns)}) from stdin", buffer)
            cursor.close()


def to_sql(engine: sa.Engine, frames: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    with engine.begin() as conn:
        frames[0].to_sql("articles", conn, schema="news", if_exists="append", index=False)
        frames[1].to_sql("article_sections", conn, schema="news", if_exists="append", index=False)


def empty_tables(engine: sa.Engine) -> None:
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "truncate news.articles, news.article_sections, news.article_versions "
                "restart identity"
            )
        )
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(sa.text("checkpoint"))


def timed(action: Callable[[], Any]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


@contextmanager
def scratch_warehouse(server_url: str) -> Iterator[sa.Engine]:
    """A fresh database at head on the server of ``server_url``, dropped afterwards."""
    admin = sa.create_engine(server_url, isolation_level="AUTOCOMMIT")
    name = f"newsflow_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(sa.text(f'create database "{name}"'))
    url = admin.url.set(database=name).render_as_string(hide_password=False)
    engine = make_engine(url)
    try:
        upgrade(engine)
        yield engine
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(sa.text(f'drop database if exists "{name}" with (force)'))
        admin.dispose()


METHODS = ("load_batch, first load", "load_batch, re-load", "raw COPY", "pandas to_sql")


def measure(server_url: str, size: int, repeat: int) -> dict[str, float]:
    """Median seconds of each method for ``size`` articles."""
    articles = make_articles(size)
    rows = table_rows(articles)
    frames = (pd.DataFrame(rows.articles), pd.DataFrame(rows.sections))
    source = profile()
    seconds: dict[str, list[float]] = {method: [] for method in METHODS}
    with scratch_warehouse(server_url) as engine:
        window = Window.parse("2025-04-08")
        for run_id in (FIRST_RUN, SECOND_RUN):
            start_run(engine, run_id=run_id, source=SOURCE, window=window)

        def load(run_id: str, seen_at: datetime) -> None:
            load_batch(
                engine,
                run_id=run_id,
                source=source,
                articles=articles,
                quarantined=[],
                seen_at=seen_at,
            )

        for _ in range(repeat):
            empty_tables(engine)
            seconds[METHODS[0]].append(timed(lambda: load(FIRST_RUN, SEEN_1)))
            seconds[METHODS[1]].append(timed(lambda: load(SECOND_RUN, SEEN_2)))
            empty_tables(engine)
            seconds[METHODS[2]].append(timed(lambda: raw_copy(engine, rows)))
            empty_tables(engine)
            seconds[METHODS[3]].append(timed(lambda: to_sql(engine, frames)))
    return {method: statistics.median(values) for method, values in seconds.items()}


def report(results: dict[int, dict[str, float]]) -> str:
    lines = [
        "| articles | method | seconds | articles/s | x raw COPY rate | x to_sql rate |",
        "|---:|---|---:|---:|---:|---:|",
    ]
    for size, seconds in results.items():
        for method in METHODS:
            rate = size / seconds[method]
            vs_copy = seconds["raw COPY"] / seconds[method]
            vs_pandas = seconds["pandas to_sql"] / seconds[method]
            lines.append(
                f"| {size:,} | {method} | {seconds[method]:.2f} | {rate:,.0f} | "
                f"{vs_copy:.2f} | {vs_pandas:.2f} |"
            )
    lines += [
        "",
        f"| articles | first load vs raw COPY (>= {TARGET_VS_COPY}) | first load vs to_sql "
        f"(>= {TARGET_VS_PANDAS}) | re-load speed-up (>= {TARGET_RELOAD}) |",
        "|---:|---|---|---|",
    ]
    for size, seconds in results.items():
        first = seconds[METHODS[0]]
        figures = (
            (seconds["raw COPY"] / first, TARGET_VS_COPY),
            (seconds["pandas to_sql"] / first, TARGET_VS_PANDAS),
            (first / seconds[METHODS[1]], TARGET_RELOAD),
        )
        cells = [
            f"{value:.2f} {'pass' if value >= target else 'MISS'}" for value, target in figures
        ]
        lines.append(f"| {size:,} | {' | '.join(cells)} |")
    return "\n".join(lines)


def targets(results: dict[int, dict[str, float]]) -> list[Target]:
    """The issue's targets at the worst size: vs raw COPY, vs to_sql, re-load faster."""
    first = {size: seconds[METHODS[0]] for size, seconds in results.items()}
    vs_copy = {size: s["raw COPY"] / first[size] for size, s in results.items()}
    vs_pandas = {size: s["pandas to_sql"] / first[size] for size, s in results.items()}
    reload = {size: first[size] / s[METHODS[1]] for size, s in results.items()}

    def worst(figures: dict[int, float]) -> str:
        return ", ".join(f"{value:.2f}x at {size:,}" for size, value in figures.items())

    return [
        Target(
            "load: first load vs raw COPY",
            f">= {TARGET_VS_COPY}x",
            worst(vs_copy),
            min(vs_copy.values()) >= TARGET_VS_COPY,
        ),
        Target(
            "load: first load vs pandas.to_sql",
            f">= {TARGET_VS_PANDAS:g}x",
            worst(vs_pandas),
            min(vs_pandas.values()) >= TARGET_VS_PANDAS,
        ),
        Target(
            "load: re-load vs first load",
            f"faster (aim >= {TARGET_RELOAD:g}x)",
            worst(reload),
            min(reload.values()) > 1.0,
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--url", default=DEFAULT_URL, help="PostgreSQL maintenance database")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3, help="runs per size (median)")
    args = parser.parse_args(argv)
    results = {size: measure(args.url, size, args.repeat) for size in args.sizes}
    print(report(results))
    print(marker(targets(results)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
