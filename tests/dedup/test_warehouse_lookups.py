"""Dedup against the warehouse: known URLs and the same article under a new URL, recorded once."""

from __future__ import annotations

import sqlalchemy as sa
from dedup_cases import BREAK, article, later, record

from etl.dedup import DedupResult, dedup
from etl.records import Article
from etl.warehouse.load import existing_aliases, existing_hashes
from etl.warehouse.schema import articles

STORED_URL = "https://daily.example.kr/news/articleView.html?idxno=77"


def stage_dedup(engine: sa.Engine, batch: list[Article]) -> DedupResult:
    """The dedup stage's lookups, bound to ``engine`` and the batch's source."""
    source = batch[0].source
    return dedup(
        batch,
        lambda hashes: existing_hashes(engine, source, hashes),
        lambda keys: existing_aliases(engine, source, keys),
    )


def test_a_stored_article_seen_under_a_path_alias_is_recorded_once(
    warehouse: sa.Engine,
) -> None:
    stored = article("daily", 1, url=STORED_URL)
    record(warehouse, [stored])
    alias = article("daily", 2, url="https://daily.example.kr/news/77", sections=["tech"])

    result = stage_dedup(warehouse, [alias])
    record(warehouse, result.articles, run="r2")

    assert [(a.url, a.url_hash) for a in result.articles] == [(stored.url, stored.url_hash)]
    with warehouse.connect() as conn:
        urls = conn.execute(sa.select(articles.c.url)).scalars().all()
    assert urls == [STORED_URL]


def test_aliases_are_looked_up_by_publication_instant_and_content(
    warehouse: sa.Engine,
) -> None:
    stored = article("daily", 1, url=STORED_URL)
    record(warehouse, [stored, article("daily", 3, published_at=later(5))])

    found = existing_aliases(
        warehouse, "daily", [(BREAK, stored.content_hash), (later(1), stored.content_hash)]
    )

    assert found == {(BREAK, stored.content_hash): [(STORED_URL, stored.url_hash)]}


def test_aliases_of_another_outlet_are_not_looked_up(warehouse: sa.Engine) -> None:
    stored = article("wire", 1)
    record(warehouse, [stored])

    assert existing_aliases(warehouse, "daily", [(BREAK, stored.content_hash)]) == {}
