"""The nightly run while the outlet keeps publishing: a stepping demosite clock.

Every listing page the site serves moves its clock on by 30 minutes, so articles published
while the crawl pages push the day's items down the listing, some onto a page already read
and some onto the next. Nothing may be missed and nothing emitted twice. demo-today and
demo-biz also pin an earlier day's top stories above the latest items.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from crawl_judge import Judgement, judge, oracle
from crawlkit import crawl_environment
from testkit import DEMO_NOW

from demosite.server import RunningSite, serve_background
from etl.crawl import crawl
from etl.records import read_raw_items
from etl.sources import load_source
from etl.window import Window

DAY = date(2025, 4, 9)
STEP = timedelta(minutes=30)


@pytest.fixture()
def stepping_site() -> Iterator[RunningSite]:
    site = serve_background(["demo-daily", "demo-today", "demo-biz"], now=DEMO_NOW, clock_step=STEP)
    try:
        yield site
    finally:
        site.stop()


@pytest.mark.parametrize("code", ["demo-daily", "demo-today", "demo-biz"])
def test_items_shifting_pages_during_the_crawl_are_neither_missed_nor_repeated(
    stepping_site: RunningSite, tmp_path, code: str
) -> None:
    with crawl_environment(stepping_site.urls, tmp_path):
        profile = load_source(code)
        result = crawl(profile, Window.day(DAY), out_dir=tmp_path / "out", timeout=120)
    assert judge(profile, read_raw_items(result.items_path), oracle(code, DAY)) == Judgement()
    assert result.stats["items_duplicate"] > 0  # the listing did shift under the crawl


def test_pinned_older_story_does_not_stop_a_walk_that_stops_on_the_first_older_item(
    demosite, tmp_path
) -> None:
    # demo-today pins an earlier day's top story above the latest cards; with
    # old_items_to_stop = 1 the walk ends on the first page that ends in an older item.
    with crawl_environment(demosite.urls, tmp_path):
        today = load_source("demo-today")
        eager = today.model_copy(
            update={"listing": today.listing.model_copy(update={"old_items_to_stop": 1})}
        )
        result = crawl(eager, Window.day(DAY), out_dir=tmp_path / "out", timeout=120)
    items = read_raw_items(result.items_path)
    assert judge(eager, items, oracle("demo-today", DAY)) == Judgement()
    assert (result.stats["stop_reason"], result.stats["walk_pages"]) == (
        "old_items",
        max(i.page for i in items),
    )
