"""Dedup end to end: crawls of the demo network through every stage, on PostgreSQL and SQLite.

- Versions: one outlet's day crawled while it was being written (clock at 15:00 KST) and again
  once it was over: each article updated after 15:00 gets exactly one version row, holding
  what the first crawl saw; nothing else is versioned.
- Stories: the wire's day and a desk's day that republished some of its stories: each copy
  shares its original's story id, and nothing else is clustered.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from bench.dedup_bench import pair_scores, stored_stories
from demosite.generator import day_articles
from demosite.oracle import published
from demosite.outlets import get_outlet
from demosite.server import RunningSite, serve_background
from demosite.templates import load_template
from etl.config import get_settings
from etl.pipeline import run_window
from etl.urls import url_hash
from etl.warehouse.engine import make_engine
from etl.warehouse.runs import get_run
from etl.warehouse.schema import article_versions, articles
from etl.window import KST, Window

DAY = date(2025, 4, 8)
WRITING = datetime(2025, 4, 8, 15, 0, tzinfo=KST)  # the day half written


@pytest.fixture(params=[pytest.param("postgresql", marks=pytest.mark.postgres), "sqlite"])
def warehouse_url(
    request: pytest.FixtureRequest, demosite_env: Path, monkeypatch: pytest.MonkeyPatch
) -> str:
    if request.param == "postgresql":
        url: str = request.getfixturevalue("pg_url")
    else:
        url = f"sqlite:///{demosite_env / 'warehouse.db'}"
    monkeypatch.setenv("NEWSFLOW_WAREHOUSE_URL", url)
    get_settings.cache_clear()
    return url


@pytest.fixture()
def site_while_writing() -> Iterator[dict[str, str]]:
    """demo-daily served with its clock at WRITING; yields its NEWSFLOW_DEMOSITE_URLS map."""
    site = serve_background(outlets=["demo-daily"], now=WRITING)
    try:
        yield site.urls
    finally:
        site.stop()


def point_at(urls: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSFLOW_DEMOSITE_URLS", json.dumps(urls))
    get_settings.cache_clear()


@pytest.mark.slow
def test_each_update_after_the_first_crawl_is_one_version(
    warehouse_url: str,
    site_while_writing: dict[str, str],
    demosite: RunningSite,  # the whole network, clock at DEMO_NOW
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    outlet = get_outlet("demo-daily")
    path = load_template(outlet.template).article_path
    day = day_articles("demo-daily", DAY)
    changed = [a for a in day if a.published <= WRITING < (a.modified or a.published)]
    point_at(site_while_writing, monkeypatch)
    run_window("demo-daily", Window.day(DAY))
    point_at(demosite.urls, monkeypatch)
    second = run_window("demo-daily", Window.day(DAY))

    query = (
        sa.select(articles.c.url_hash, article_versions.c.title, article_versions.c.run_id)
        .join(articles, articles.c.article_id == article_versions.c.article_id)
        .order_by(articles.c.url_hash)
    )
    hashes = {url_hash(outlet.origin + path(a)): a for a in changed}
    current = sa.select(articles.c.url_hash, articles.c.title, articles.c.modified_at).where(
        articles.c.url_hash.in_(list(hashes))
    )
    with make_engine(warehouse_url).connect() as conn:
        versions = [tuple(row) for row in conn.execute(query)]
        rows = {h: (title, modified) for h, title, modified in conn.execute(current)}
    assert len(changed) == 3
    assert versions == sorted((h, a.first_title, second.run_id) for h, a in hashes.items())
    assert rows == {h: (a.title, a.modified) for h, a in hashes.items()}
    assert (second.counts["updated"], second.counts["versions"]) == (3, 3)
    assert second.counts["inserted"] == sum(1 for a in day if a.published > WRITING) == 15


@pytest.mark.slow
def test_a_desks_copies_share_their_wire_originals_story(warehouse_url: str) -> None:
    run_window("demo-wire", Window.day(DAY))
    desk = run_window("demo-today", Window.day(DAY))

    engine = make_engine(warehouse_url)
    found = stored_stories(engine)
    truth = {
        (source, url_hash(item.url)): item.story_id
        for source in ("demo-wire", "demo-today")
        for item in published(source, DAY)
    }
    scores = pair_scores(truth, found)
    copies = sum(1 for item in published("demo-today", DAY) if item.story_id)
    assert copies == 2
    assert (scores.true_pairs, scores.found_pairs, scores.correct_pairs) == (copies,) * 3
    run = get_run(engine, desk.run_id)
    assert run is not None
    assert (run["counts"]["story_clustered"], run["counts"]["story_new"]) == (copies, copies)
    assert run["counts"]["story_indexed"] == run["counts"]["inserted"]
