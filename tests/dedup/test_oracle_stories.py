"""Story clusters against the demo network's oracle: every outlet's copy of a wire story.

The oracle's articles go through the pipeline's own path without the crawl (clean, load,
story index; ``bench.dedup_bench`` builds them) and the pairs of articles sharing a story id
are compared with the oracle's. The bench prints the same figures for 30 days.
"""

from __future__ import annotations

import sqlalchemy as sa

from bench.dedup_bench import (
    LAST_DAY,
    TARGET_PRECISION,
    TARGET_RECALL,
    days_until,
    load_oracle,
    pair_scores,
    stored_stories,
)


def test_a_week_of_the_demo_network_clusters_exactly_the_wire_copies(
    warehouse: sa.Engine,
) -> None:
    truth = load_oracle(warehouse, days_until(LAST_DAY, 7))

    scores = pair_scores(truth, stored_stories(warehouse))

    assert len(truth) == 1961
    assert (scores.true_pairs, scores.found_pairs, scores.correct_pairs) == (47, 47, 47)
    assert scores.precision >= TARGET_PRECISION
    assert scores.recall >= TARGET_RECALL


def test_pair_scores_count_pairs_within_stories() -> None:
    truth = {("a", "1"): "s1", ("b", "1"): "s1", ("c", "1"): "s1", ("a", "2"): None}
    found = {("a", "1"): "x", ("b", "1"): "x", ("c", "1"): None, ("a", "2"): "x"}

    scores = pair_scores(truth, found)

    assert (scores.true_pairs, scores.found_pairs, scores.correct_pairs) == (3, 3, 1)
    assert (scores.precision, scores.recall) == (1 / 3, 1 / 3)
