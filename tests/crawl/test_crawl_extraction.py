"""Which extractor reads a listing page: the profile's selectors, automatic extraction for
profiles without them, and automatic extraction standing in when the selectors stop matching.
"""

from __future__ import annotations

from datetime import date

import pytest
from crawl_judge import Judgement, judge, oracle
from crawlkit import crawl_environment

from etl.crawl import crawl
from etl.records import read_raw_items
from etl.sources import load_source
from etl.window import Window
from spiders.extract import listing_extractor, needs_fallback
from spiders.extract.auto import EXTRACTOR_VERSION

DAY = date(2025, 4, 9)


@pytest.mark.parametrize(
    ("selected", "automatic", "fallback"),
    [
        (0, 20, True),  # the selectors match nothing any more
        (4, 20, True),  # a fraction of the page
        (0, 0, False),  # an empty page: past the end of the listing
        (3, 3, False),  # the short last page of a listing
        (9, 11, False),  # under half a page, but not half of what is there
        (10, 22, False),  # half a page or more is never questioned
    ],
)
def test_automatic_extraction_stands_in_for_selectors_finding_far_too_few(
    selected: int, automatic: int, fallback: bool
) -> None:
    assert needs_fallback(selected, automatic, page_size=20) is fallback


def test_a_profile_without_selectors_is_read_by_automatic_extraction(settings_env) -> None:
    extractor = listing_extractor(load_source("demo-herald"))
    assert (extractor.name, extractor.version) == ("auto", EXTRACTOR_VERSION)


def test_selectors_that_stopped_matching_fall_back_and_raise_the_drift_alarm(
    demosite, tmp_path
) -> None:
    with crawl_environment(demosite.urls, tmp_path):
        daily = load_source("demo-daily")
        assert daily.listing.items is not None
        redesigned = daily.listing.items.model_copy(update={"item": "ul.article-list > li.story"})
        drifted = daily.model_copy(
            update={"listing": daily.listing.model_copy(update={"items": redesigned})}
        )
        result = crawl(drifted, Window.day(DAY), out_dir=tmp_path / "out", timeout=120)
    items = read_raw_items(result.items_path)
    stats = result.stats
    assert judge(drifted, items, oracle("demo-daily", DAY)) == Judgement()
    assert {(i.extractor, i.extractor_version) for i in items} == {("auto", EXTRACTOR_VERSION)}
    assert (stats["extractor"], stats["extraction_fallback"], stats["drift_alarm"]) == (
        "selectors",
        stats["pages"],
        True,
    )
