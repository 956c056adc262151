"""Fixed inputs of the dedup tests: a wire story, crafted articles of made-up outlets, loads."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa

from etl.clean import content_hash
from etl.records import Article
from etl.sources import SourceProfile
from etl.warehouse.load import load_batch
from etl.warehouse.runs import start_run
from etl.warehouse.schema import articles
from etl.warehouse.stories import StoryCounts, index_stories
from etl.window import Window

BACKENDS = [pytest.param("postgresql", marks=pytest.mark.postgres), "sqlite"]
# 2025-04-08 09:00 KST, when the crafted wire story breaks.
BREAK = datetime(2025, 4, 8, 0, 0, tzinfo=UTC)
SEEN = datetime(2025, 4, 9, 0, 30, tzinfo=UTC)
WINDOW = Window.parse("2025-04-08")

WIRE_TITLE = '한국은행, 기준금리 연 2.75% 동결…"물가 경로 더 지켜볼 것"'
WIRE_LEAD = (
    "한국은행 금융통화위원회가 8일 기준금리를 연 2.75%로 유지했다. "
    "물가와 성장 경로를 좀 더 지켜보겠다는 판단으로 풀이된다."
)
OTHER_TITLE = "서울 출근길 짙은 안개…시민 불편 이어져"
OTHER_LEAD = (
    "8일 오전 서울 곳곳에서 짙은 안개로 출근길 혼잡이 빚어졌다. 당국은 대중교통 이용을 당부했다."
)


def profile(code: str) -> SourceProfile:
    """A minimal profile of outlet ``code`` at https://<code>.example.kr."""
    return SourceProfile.model_validate(
        {
            "code": code,
            "name": code,
            "base_url": f"https://{code}.example.kr",
            "listing": {"url": "{base}/latest?page={page}"},
        }
    )


def article(source: str, number: int, **overrides: Any) -> Article:
    """Article ``number`` of ``source``: the wire story's title and lead, 홍길동's byline.

    ``content_hash`` follows title, summary, body and author unless given.
    """
    url = f"https://{source}.example.kr/news/{number}"
    values: dict[str, Any] = {
        "source": source,
        "url": url,
        "url_hash": hashlib.sha1(url.encode("utf-8")).hexdigest(),
        "title": WIRE_TITLE,
        "summary": WIRE_LEAD,
        "body": None,
        "author": "홍길동 기자",
        "published_at": BREAK,
        "modified_at": None,
        "published_raw": "2025-04-08 09:00:00",
        "sections": ["economy"],
        "section_labels": [],
        "language": "ko",
        "content_hash": "",
        "first_seen_at": SEEN,
    } | overrides
    if not values["content_hash"]:
        values["content_hash"] = content_hash(
            values["title"], values["summary"], values["body"], values["author"]
        )
    return Article(**values)


def later(minutes: int) -> datetime:
    return BREAK + timedelta(minutes=minutes)


def load(
    engine: sa.Engine, articles: list[Article], run: str = "r1", seen: datetime = SEEN
) -> None:
    """``load_batch`` of ``articles`` (all of one source) as run ``<source>_<run>`` of WINDOW."""
    source = articles[0].source
    run_id = f"{source}_{run}"
    start_run(engine, run_id=run_id, source=source, window=WINDOW)
    load_batch(
        engine,
        run_id=run_id,
        source=profile(source),
        articles=articles,
        quarantined=[],
        seen_at=seen,
    )


def record(
    engine: sa.Engine, articles: list[Article], run: str = "r1", seen: datetime = SEEN
) -> StoryCounts:
    """What the load stage does with ``articles``: ``load``, then ``index_stories``."""
    load(engine, articles, run, seen)
    return index_stories(engine, articles[0].source, [a.url_hash for a in articles])


def stories(engine: sa.Engine) -> dict[str, str | None]:
    """url -> story_id of every stored article."""
    with engine.connect() as conn:
        query = sa.select(articles.c.url, articles.c.story_id)
        return dict(conn.execute(query).tuples().all())
