"""Batch checks on the batch's own rows: emptiness, quarantine, completeness, sections, times."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from quality_crafted import FETCHED, with_quality

from etl.quality import CheckResult, QuarantinedRow
from etl.quality.batch import (
    batch_not_empty,
    completeness,
    fetch_time_share,
    lead_median_length,
    midnight_share,
    quarantine_share,
    unclassified_share,
)
from etl.window import KST

if TYPE_CHECKING:
    from quality_crafted import ArticleFactory, FactsFactory, RawFactory

    from etl.sources import SourceProfile


def test_empty_batch_fails_batch_not_empty(make_facts: FactsFactory) -> None:
    outcome = batch_not_empty(make_facts())

    assert outcome.verdict == "fail"
    assert outcome.result == CheckResult(
        "batch_not_empty", "batch", False, 0, "fail: the batch has no items", "fail"
    )


def test_empty_batch_warns_when_the_profile_expects_empty_days(
    make_facts: FactsFactory, profile: SourceProfile
) -> None:
    outcome = batch_not_empty(make_facts(profile=with_quality(profile, empty_batch="warn")))

    assert outcome.verdict == "warn"
    assert outcome.result.details == "warn: the batch has no items"


def test_batch_of_only_rejected_items_is_not_empty(
    make_facts: FactsFactory, make_raw: RawFactory
) -> None:
    outcome = batch_not_empty(make_facts(rejected=[(make_raw(0, title=" "), ["clean_failed"])]))

    assert outcome.result == CheckResult(
        "batch_not_empty", "batch", True, 1, "pass: 1 item", "pass"
    )


def test_more_than_half_quarantined_fails_naming_the_top_reasons(
    make_article: ArticleFactory, make_facts: FactsFactory
) -> None:
    bad = [
        QuarantinedRow(make_article(0), ["title_length_between_5_and_300"]),
        QuarantinedRow(make_article(1), ["title_length_between_5_and_300", "url_absolute_http"]),
        QuarantinedRow(make_article(2), ["summary_not_null"]),
    ]

    outcome = quarantine_share(make_facts([make_article(3), make_article(4)], bad))

    assert outcome.result == CheckResult(
        "quarantine_share",
        "batch",
        False,
        0.6,
        "fail: 3 of 5 items quarantined (60.0%; fail above 50.0%); top reasons: "
        "title_length_between_5_and_300 2, url_absolute_http 1, summary_not_null 1",
        "fail",
    )


def test_exactly_half_quarantined_warns(
    make_article: ArticleFactory, make_facts: FactsFactory
) -> None:
    bad = [QuarantinedRow(make_article(1), ["title_without_markup"])]

    outcome = quarantine_share(make_facts([make_article(0)], bad))

    assert outcome.verdict == "warn"
    assert outcome.result.observed == 0.5


def test_no_quarantined_item_passes(make_article: ArticleFactory, make_facts: FactsFactory) -> None:
    outcome = quarantine_share(make_facts([make_article(0)]))

    assert outcome.result.details == "pass: 0 of 1 items quarantined (0.0%; fail above 50.0%)"


def test_items_rejected_by_clean_count_as_quarantined_by_their_reason_code(
    make_article: ArticleFactory, make_facts: FactsFactory, make_raw: RawFactory
) -> None:
    rejected = [
        (make_raw(1, title=""), ["clean_failed: empty title"]),
        (make_raw(2, url="javascript:void(0)"), ["url_rejected: not an http(s) article URL"]),
    ]

    outcome = quarantine_share(make_facts([make_article(0)], rejected=rejected))

    assert outcome.verdict == "fail"
    assert outcome.result.details == (
        "fail: 2 of 3 items quarantined (66.7%; fail above 50.0%); "
        "top reasons: clean_failed 1, url_rejected 1"
    )


def test_quarantine_warn_threshold_comes_from_the_profile(
    make_article: ArticleFactory, make_facts: FactsFactory, profile: SourceProfile
) -> None:
    tolerant = with_quality(profile, quarantine_warn_above=0.1)
    valid = [make_article(n) for n in range(1, 10)]
    one_ad = [QuarantinedRow(make_article(0), ["url_on_source_domains"])]

    outcome = quarantine_share(make_facts(valid, one_ad, profile=tolerant))

    assert outcome.verdict == "pass"
    assert outcome.result.observed == 0.1


def test_completeness_counts_rejected_items_without_a_title(
    make_article: ArticleFactory, make_facts: FactsFactory, make_raw: RawFactory
) -> None:
    rejected = [(make_raw(n, title="  "), ["clean_failed: empty title"]) for n in range(5, 10)]

    outcomes = completeness(make_facts([make_article(n) for n in range(5)], rejected=rejected))

    assert [o.result for o in outcomes] == [
        CheckResult(
            "completeness_title",
            "batch",
            False,
            0.5,
            "fail: title present in 5 of 10 items (50.0%; fail below 90.0%)",
            "fail",
        ),
        CheckResult(
            "completeness_published_at",
            "batch",
            True,
            1.0,
            "pass: published_at present in 10 of 10 items (100.0%; fail below 90.0%)",
            "pass",
        ),
        CheckResult(
            "completeness_summary",
            "batch",
            True,
            1.0,
            "pass: summary present in 10 of 10 items (100.0%; fail below 90.0%)",
            "pass",
        ),
    ]


def test_unparsed_time_counts_as_missing_published_at(
    make_article: ArticleFactory, make_facts: FactsFactory
) -> None:
    articles = [make_article(n) for n in range(8)]
    articles += [make_article(n, published_at=None, flags=["unparsed_time"]) for n in (8, 9)]

    outcomes = {o.result.name: o for o in completeness(make_facts(articles))}

    assert outcomes["completeness_published_at"].verdict == "fail"
    assert outcomes["completeness_published_at"].result.observed == 0.8


def test_exactly_the_completeness_threshold_passes(
    make_article: ArticleFactory, make_facts: FactsFactory
) -> None:
    articles = [make_article(n) for n in range(9)] + [make_article(9, summary=None)]

    outcomes = {o.result.name: o for o in completeness(make_facts(articles))}

    assert outcomes["completeness_summary"].verdict == "pass"
    assert outcomes["completeness_summary"].result.observed == 0.9


def test_leads_are_not_judged_for_outlets_without_leads_and_bodies_only_when_followed(
    make_article: ArticleFactory, make_facts: FactsFactory, profile: SourceProfile
) -> None:
    followed = profile.model_copy(update={"has_leads": False, "follow_articles": True})
    articles = [make_article(0, summary=None, body="본문"), make_article(1, summary=None)]

    outcomes = completeness(make_facts(articles, profile=followed))

    assert [(o.result.name, o.verdict, o.result.observed) for o in outcomes] == [
        ("completeness_title", "pass", 1.0),
        ("completeness_published_at", "pass", 1.0),
        ("completeness_body", "fail", 0.5),
    ]


def test_per_field_completeness_override(
    make_article: ArticleFactory, make_facts: FactsFactory, profile: SourceProfile
) -> None:
    lenient = with_quality(profile, completeness={"summary": 0.5})
    articles = [make_article(0), make_article(1, summary=None)]

    outcomes = {o.result.name: o for o in completeness(make_facts(articles, profile=lenient))}

    assert outcomes["completeness_summary"].result.details == (
        "pass: summary present in 1 of 2 items (50.0%; fail below 50.0%)"
    )


def test_completeness_of_an_empty_batch_is_not_judged(make_facts: FactsFactory) -> None:
    outcomes = completeness(make_facts())

    assert [o.result.details for o in outcomes] == ["pass: not judged: no items"] * 3
    assert all(o.result.observed is None for o in outcomes)


def test_unclassified_share_warns_above_a_fifth_and_fails_above_half(
    make_article: ArticleFactory, make_facts: FactsFactory
) -> None:
    def verdict(unclassified: int) -> str:
        articles = [
            make_article(n, sections=["unclassified"] if n < unclassified else ["economy"])
            for n in range(10)
        ]
        return unclassified_share(make_facts(articles)).verdict

    assert [verdict(n) for n in (2, 3, 5, 6)] == ["pass", "warn", "warn", "fail"]


def test_unclassified_share_reports_count_and_thresholds(
    make_article: ArticleFactory, make_facts: FactsFactory
) -> None:
    articles = [make_article(0, sections=["unclassified"]), make_article(1)]

    outcome = unclassified_share(make_facts(articles))

    assert outcome.result == CheckResult(
        "unclassified_share",
        "batch",
        False,
        0.5,
        "warn: 1 of 2 articles have no known section (50.0%; warn above 20.0%, fail above 50.0%)",
        "warn",
    )


def test_times_at_exactly_midnight_kst_fail_when_most_of_the_batch_has_them(
    make_article: ArticleFactory, make_facts: FactsFactory
) -> None:
    midnight = datetime(2025, 4, 8, 0, 0, tzinfo=KST)
    articles = [make_article(n, published_at=midnight) for n in range(6)]
    articles += [make_article(n) for n in range(6, 10)]

    outcome = midnight_share(make_facts(articles))

    assert outcome.result == CheckResult(
        "published_at_midnight_share",
        "batch",
        False,
        0.6,
        "fail: 6 of 10 articles published at exactly midnight "
        "(60.0%; warn above 5.0%, fail above 50.0%)",
        "fail",
    )


def test_midnight_is_read_on_the_outlets_clock(
    make_article: ArticleFactory, make_facts: FactsFactory
) -> None:
    # 00:00 UTC is 09:00 in Seoul: a real time of day there.
    utc_midnight = datetime.fromisoformat("2025-04-08T00:00:00+00:00")

    outcome = midnight_share(make_facts([make_article(0, published_at=utc_midnight)]))

    assert outcome.verdict == "pass"


def test_one_time_at_midnight_among_twenty_passes(
    make_article: ArticleFactory, make_facts: FactsFactory
) -> None:
    articles = [make_article(0, published_at=datetime(2025, 4, 8, 0, 0, tzinfo=KST))]
    articles += [make_article(n) for n in range(1, 20)]

    outcome = midnight_share(make_facts(articles))

    assert (outcome.verdict, outcome.result.observed) == ("pass", 0.05)


def test_times_equal_to_the_fetch_time_warn(
    make_article: ArticleFactory, make_facts: FactsFactory
) -> None:
    articles = [make_article(0, published_at=FETCHED)] + [make_article(n) for n in range(1, 10)]

    outcome = fetch_time_share(make_facts(articles))

    assert outcome.result.details == (
        "warn: 1 of 10 articles published exactly at their fetch time "
        "(10.0%; warn above 5.0%, fail above 50.0%)"
    )


def test_time_shares_ignore_articles_without_a_time(
    make_article: ArticleFactory, make_facts: FactsFactory
) -> None:
    articles = [make_article(0, published_at=None, flags=["unparsed_time"])]

    outcome = midnight_share(make_facts(articles))

    assert outcome.result.details == "pass: not judged: no articles to measure"


def test_short_median_lead_fails(make_article: ArticleFactory, make_facts: FactsFactory) -> None:
    articles = [make_article(n, summary="홍길동 기자") for n in range(3)]

    outcome = lead_median_length(make_facts(articles))

    assert outcome.result == CheckResult(
        "lead_median_length",
        "batch",
        False,
        6,
        "fail: median lead 6 characters over 3 leads (fail below 20)",
        "fail",
    )


def test_lead_length_is_not_judged_for_outlets_without_leads(
    make_article: ArticleFactory, make_facts: FactsFactory, profile: SourceProfile
) -> None:
    no_leads = profile.model_copy(update={"has_leads": False})

    outcome = lead_median_length(make_facts([make_article(0)], profile=no_leads))

    assert outcome.result.details == "pass: not judged: the outlet's listing has no leads"
