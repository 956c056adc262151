"""Batch checks and the verdict: the worst of them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from etl.quality import BatchFacts, CheckResult, QualityReport, QuarantinedRow
from etl.quality.batch import batch_not_empty, quarantine_share

if TYPE_CHECKING:
    from .conftest import ArticleFactory, RunQuality


def batch_checks(report: QualityReport) -> dict[str, CheckResult]:
    return {c.name: c for c in report.checks if c.level == "batch"}


def test_empty_batch_warns_with_batch_not_empty(run_quality: RunQuality) -> None:
    report = run_quality([])

    assert report.verdict == "warn"
    assert report.counts() == {"validated": 0, "valid": 0, "quarantined": 0}
    assert batch_checks(report) == {
        "batch_not_empty": CheckResult(
            "batch_not_empty", "batch", False, 0, "warn: the batch has no rows"
        ),
        "quarantine_share": CheckResult(
            "quarantine_share",
            "batch",
            True,
            0.0,
            "pass: 0 of 0 rows quarantined (0.0%; fail above 50%)",
        ),
    }


def test_more_than_half_quarantined_fails(
    make_article: ArticleFactory, run_quality: RunQuality
) -> None:
    articles = [make_article(n, title="속보" if n < 3 else f"정상 기사 제목 {n}") for n in range(5)]

    report = run_quality(articles)

    assert report.verdict == "fail"
    assert report.counts() == {"validated": 5, "valid": 2, "quarantined": 3}
    assert batch_checks(report)["quarantine_share"] == CheckResult(
        "quarantine_share",
        "batch",
        False,
        0.6,
        "fail: 3 of 5 rows quarantined (60.0%; fail above 50%)",
    )


def test_any_quarantined_row_warns(make_article: ArticleFactory, run_quality: RunQuality) -> None:
    articles = [make_article(0, title="속보"), make_article(1), make_article(2), make_article(3)]

    report = run_quality(articles)

    assert report.verdict == "warn"
    assert batch_checks(report)["quarantine_share"].observed == 0.25


def test_exactly_half_quarantined_warns(make_article: ArticleFactory) -> None:
    valid = [make_article(0)]
    bad = [QuarantinedRow(make_article(1), ["title_without_markup"])]

    outcome = quarantine_share(BatchFacts(valid, bad))

    assert outcome.verdict == "warn"
    assert outcome.result.observed == 0.5


def test_non_empty_batch_passes_with_its_row_count(make_article: ArticleFactory) -> None:
    outcome = batch_not_empty(BatchFacts([make_article(0), make_article(1)], []))

    assert outcome.verdict == "pass"
    assert outcome.result == CheckResult("batch_not_empty", "batch", True, 2, "pass: 2 rows")
