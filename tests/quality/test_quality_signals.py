"""Batch checks on signals from outside the batch: volume history, dedup counts, crawl stats."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from quality_crafted import with_quality

from etl.quality import CheckResult
from etl.quality.signals import duplicate_share, extraction_drift, volume_vs_history
from etl.window import Window

if TYPE_CHECKING:
    from quality_crafted import ArticleFactory, FactsFactory

    from etl.quality import BatchFacts
    from etl.sources import SourceProfile

TWO_WEEKS_OF_20 = [20] * 14


def day_of(
    make_article: ArticleFactory, make_facts: FactsFactory, n: int, **fields: Any
) -> BatchFacts:
    """Facts of a batch of ``n`` valid articles."""
    return make_facts([make_article(i) for i in range(n)], **fields)


def test_volume_is_not_judged_without_history(
    make_article: ArticleFactory, make_facts: FactsFactory
) -> None:
    outcome = volume_vs_history(day_of(make_article, make_facts, 3))

    assert outcome.result == CheckResult(
        "volume_vs_history",
        "batch",
        True,
        None,
        "pass: not judged: no warehouse history was looked up",
        "pass",
    )


def test_volume_needs_seven_days_with_articles(
    make_article: ArticleFactory, make_facts: FactsFactory
) -> None:
    # Days without articles are days the warehouse has nothing for: they are no history.
    history = [0] * 8 + [20] * 6

    outcome = volume_vs_history(day_of(make_article, make_facts, 100, history=history))

    assert outcome.result.details == (
        "pass: not judged: 6 days with articles in the last 14, 7 needed"
    )


def test_ten_times_the_trailing_median_fails(
    make_article: ArticleFactory, make_facts: FactsFactory
) -> None:
    outcome = volume_vs_history(day_of(make_article, make_facts, 200, history=TWO_WEEKS_OF_20))

    assert outcome.result == CheckResult(
        "volume_vs_history",
        "batch",
        False,
        10.0,
        "fail: 200 valid articles against a median of 20 a day over 14 days "
        "(10.00×; fail below 0.3×, warn above 3×, fail above 5×)",
        "fail",
    )


def test_four_times_the_trailing_median_warns(
    make_article: ArticleFactory, make_facts: FactsFactory
) -> None:
    outcome = volume_vs_history(day_of(make_article, make_facts, 80, history=TWO_WEEKS_OF_20))

    assert (outcome.verdict, outcome.result.observed) == ("warn", 4.0)


def test_a_quarter_of_the_trailing_median_fails(
    make_article: ArticleFactory, make_facts: FactsFactory
) -> None:
    outcome = volume_vs_history(day_of(make_article, make_facts, 5, history=TWO_WEEKS_OF_20))

    assert (outcome.verdict, outcome.result.observed) == ("fail", 0.25)


def test_volume_at_exactly_the_thresholds_passes(
    make_article: ArticleFactory, make_facts: FactsFactory
) -> None:
    verdicts = [
        volume_vs_history(day_of(make_article, make_facts, n, history=TWO_WEEKS_OF_20)).verdict
        for n in (6, 20, 60)
    ]

    assert verdicts == ["pass", "pass", "pass"]


def test_volume_compares_with_the_median_not_the_mean(
    make_article: ArticleFactory, make_facts: FactsFactory
) -> None:
    # One day of 400 (an election) lifts the mean to 47 but leaves the median at 20.
    history = [20] * 13 + [400]

    outcome = volume_vs_history(day_of(make_article, make_facts, 20, history=history))

    assert (outcome.verdict, outcome.result.observed) == ("pass", 1.0)


def test_volume_of_a_two_day_window_expects_two_days_of_articles(
    make_article: ArticleFactory, make_facts: FactsFactory
) -> None:
    facts = day_of(
        make_article,
        make_facts,
        40,
        history=TWO_WEEKS_OF_20,
        window=Window.parse("2025-04-08", "2025-04-10"),
    )

    assert volume_vs_history(facts).result.observed == 1.0


def test_volume_thresholds_come_from_the_profile(
    make_article: ArticleFactory, make_facts: FactsFactory, profile: SourceProfile
) -> None:
    strict = with_quality(profile, volume_fail_below=0.8, volume_min_history=3)

    outcome = volume_vs_history(
        day_of(make_article, make_facts, 15, history=[20, 20, 20], profile=strict)
    )

    assert (outcome.verdict, outcome.result.observed) == ("fail", 0.75)


def test_duplicate_share_is_not_judged_without_run_counts(make_facts: FactsFactory) -> None:
    outcome = duplicate_share(make_facts())

    assert outcome.result.details == "pass: not judged: no crawl and dedup counts"


def test_a_flood_of_duplicates_fails(make_facts: FactsFactory) -> None:
    outcome = duplicate_share(make_facts(run_counts={"items": 200, "dedup_exact_merged": 180}))

    assert outcome.result == CheckResult(
        "duplicate_share",
        "batch",
        False,
        0.9,
        "fail: 180 of 200 crawled items were repeats (90.0%; warn above 25.0%, fail above 50.0%)",
        "fail",
    )


def test_some_duplicates_are_normal_and_more_warn(make_facts: FactsFactory) -> None:
    def verdict(merged: int) -> str:
        counts = {"items": 100, "dedup_exact_merged": merged}
        return duplicate_share(make_facts(run_counts=counts)).verdict

    assert [verdict(n) for n in (3, 25, 26, 50, 51)] == ["pass", "pass", "warn", "warn", "fail"]


def test_items_the_crawl_dropped_as_repeats_count_as_duplicates(make_facts: FactsFactory) -> None:
    # A site serving page 1 for every page: the spider drops 120 of 150 listed items as seen.
    counts = {"items": 30, "dedup_exact_merged": 0, "crawl": {"items_duplicate": 120}}

    outcome = duplicate_share(make_facts(run_counts=counts))

    assert (outcome.verdict, outcome.result.observed) == ("fail", 0.8)
    assert outcome.result.details == (
        "fail: 120 of 150 crawled items were repeats, 120 of them dropped by the crawl "
        "(80.0%; warn above 25.0%, fail above 50.0%)"
    )


def test_crawl_stats_without_a_duplicate_count_change_nothing(make_facts: FactsFactory) -> None:
    counts = {"items": 100, "dedup_exact_merged": 3, "crawl": {"items_duplicate": "n/a"}}

    assert duplicate_share(make_facts(run_counts=counts)).result.observed == 0.03


def test_extraction_drift_is_not_judged_without_crawl_stats(make_facts: FactsFactory) -> None:
    outcome = extraction_drift(make_facts(run_counts={"items": 3}))

    assert outcome.result.details == "pass: not judged: no crawl stats"


def test_crawl_without_fallback_passes(make_facts: FactsFactory) -> None:
    stats = {"pages": 3, "extraction_fallback": 0, "drift_alarm": "false"}

    outcome = extraction_drift(make_facts(run_counts={"crawl": stats}))

    assert outcome.result == CheckResult(
        "extraction_drift",
        "batch",
        True,
        {},
        "pass: the profile's selectors extracted the listing",
        "pass",
    )


def test_fallback_to_automatic_extraction_warns(make_facts: FactsFactory) -> None:
    stats = {"pages": 3, "extraction_fallback": 3, "drift_alarm": "item selector matched nothing"}

    outcome = extraction_drift(make_facts(run_counts={"crawl": stats}))

    assert outcome.result == CheckResult(
        "extraction_drift",
        "batch",
        False,
        {"extraction_fallback": 3, "drift_alarm": "item selector matched nothing"},
        "warn: the crawl fell back to automatic extraction (extraction_fallback=3, "
        "drift_alarm=item selector matched nothing); update the selectors",
        "warn",
    )


def test_fallback_fails_when_the_profile_says_so(
    make_facts: FactsFactory, profile: SourceProfile
) -> None:
    strict = with_quality(profile, extraction_fallback="fail")

    outcome = extraction_drift(
        make_facts(run_counts={"crawl": {"drift_alarm": True}}, profile=strict)
    )

    assert outcome.verdict == "fail"
    assert outcome.result.observed == {"drift_alarm": True}


def test_auto_extractor_for_a_profile_with_selectors_is_a_fallback(
    make_facts: FactsFactory, profile: SourceProfile
) -> None:
    with_selectors = profile.model_validate(
        profile.model_dump()
        | {
            "listing": {
                "url": "{base}/news?page={page}",
                "items": {"item": "li", "title": "a", "url": "a"},
            }
        }
    )
    stats = {"extractor": "auto"}

    drifted = extraction_drift(make_facts(run_counts={"crawl": stats}, profile=with_selectors))
    by_design = extraction_drift(make_facts(run_counts={"crawl": stats}))

    assert (drifted.verdict, drifted.result.observed) == ("warn", {"extractor": "auto"})
    assert by_design.verdict == "pass"
