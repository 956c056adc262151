"""Automatic extraction on real listing pages with hand labels, read in place from the shared
fixtures folder (skipped where it is absent, required in CI). Matching is the evaluation
harness's own rule (spiders.extract.auto.evaluation), so the test and the benchmark agree."""

import pytest

from spiders.extract.auto import extract_listing
from spiders.extract.auto.evaluation import (
    TARGET_F1,
    TARGET_TIMESTAMPS,
    Predicted,
    listing_pages,
    score_page,
)

LISTING_PAGES = [
    "cnn_home-2014_listing.html",
    "wired_home-2024_listing.html",
    "naver_politics-home-cluster_listing.html",
]
NAVER = "naver_politics-home-cluster_listing.html"


def test_every_labelled_listing_page_is_evaluated_here(real_labels):
    assert {name for name, _ in listing_pages(real_labels)} == set(LISTING_PAGES)


@pytest.mark.parametrize("name", LISTING_PAGES)
def test_items_reach_the_f1_and_timestamp_targets(name, real_labels, real_page):
    page = real_labels["pages"][name]

    result = extract_listing(real_page(name), page["page_url"])
    got = score_page(
        [Predicted(i.title, i.url, i.summary, i.published_at) for i in result.items], page
    )

    assert got.f1 >= TARGET_F1, f"{name}: P={got.precision:.3f} R={got.recall:.3f}"
    assert got.timestamps is None or got.timestamps >= TARGET_TIMESTAMPS


def test_a_page_saved_as_utf8_under_a_euc_kr_meta_is_read_as_utf8(real_labels, real_page):
    result = extract_listing(real_page(NAVER), real_labels["pages"][NAVER]["page_url"])

    assert (result.encoding, result.declared_encoding) == ("utf-8", "euc-kr")


def test_a_most_viewed_column_is_not_mistaken_for_the_list(real_labels, real_page):
    result = extract_listing(real_page(NAVER), real_labels["pages"][NAVER]["page_url"])

    assert not any("/ranking/" in item.url for item in result.items)
    assert any(block.kind == "ranking" for block in result.blocks)
