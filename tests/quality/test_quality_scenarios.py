"""The failures that really happen, as crafted batches through clean, dedup and the gate.

Each scenario starts from the raw items a crawl would deliver, so clean's rejects and dedup's
counts reach the gate as they do in a run. Asserted: the exact verdict, exactly which checks
fail with which numbers, and where the rows went.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from quality_crafted import NOW, WINDOW

from etl.clean import clean
from etl.dedup import dedup
from etl.quality import QualityReport, gate_message, validate
from etl.records import RawItem
from etl.window import KST

if TYPE_CHECKING:
    from collections.abc import Sequence

    from quality_crafted import RawFactory

    from etl.sources import SourceProfile

AD_SERVER = "https://ad.demo.newsflow.test/click"


def gate(
    records: list[dict[str, Any]], profile: SourceProfile, history: Sequence[int] | None = None
) -> QualityReport:
    """clean -> dedup -> validate, with the run counts the pipeline would hand over."""
    cleaned = clean([RawItem.from_dict(r) for r in records], profile)
    deduped = dedup(cleaned.articles)
    counts = {"items": len(records), "crawl": {"pages": 2}} | deduped.counts()
    return validate(
        deduped.articles,
        profile,
        WINDOW,
        now=NOW,
        rejected=cleaned.rejected,
        history=history,
        run_counts=counts,
    )


def failed(report: QualityReport) -> dict[str, str]:
    """Failing batch checks: name -> details."""
    return {c.name: c.details for c in report.failed()}


def reasons(report: QualityReport) -> list[list[str]]:
    return [row.reasons for row in report.quarantined]


def test_empty_batch_fails_for_being_empty_only(profile: SourceProfile) -> None:
    report = gate([], profile)

    assert report.verdict == "fail"
    assert failed(report) == {"batch_not_empty": "fail: the batch has no items"}
    assert [c.verdict for c in report.checks if c.level == "batch"].count("warn") == 0
    assert gate_message("demo-daily", WINDOW.key, report.failed()) == (
        "quality gate failed for demo-daily 2025-04-08: "
        "batch_not_empty: fail: the batch has no items"
    )


def test_empty_batch_after_two_normal_weeks_also_fails_volume(profile: SourceProfile) -> None:
    report = gate([], profile, history=[20] * 14)

    assert failed(report) == {
        "batch_not_empty": "fail: the batch has no items",
        "volume_vs_history": "fail: 0 valid articles against a median of 20 a day over 14 days "
        "(0.00×; fail below 0.3×, warn above 3×, fail above 5×)",
    }


def test_half_the_titles_missing_fails_title_completeness(
    profile: SourceProfile, make_raw: RawFactory
) -> None:
    records = [make_raw(n, title="" if n % 2 else f"기준금리 동결 기사 {n}") for n in range(10)]

    report = gate(records, profile)

    assert report.verdict == "fail"
    assert failed(report) == {
        "completeness_title": "fail: title present in 5 of 10 items (50.0%; fail below 90.0%)",
    }
    # The articles that have a title are fine; the rest never became articles.
    assert report.counts() == {"validated": 5, "valid": 5, "quarantined": 0}
    share = next(c for c in report.checks if c.name == "quarantine_share")
    assert share.details == (
        "warn: 5 of 10 items quarantined (50.0%; fail above 50.0%); top reasons: clean_failed 5"
    )


def test_all_dates_a_day_late_quarantine_every_row_and_fail(
    profile: SourceProfile, make_raw: RawFactory
) -> None:
    def next_day(n: int) -> str:
        moment = datetime(2025, 4, 9, 9, 0, tzinfo=KST) + timedelta(minutes=n)
        return moment.strftime("%Y-%m-%d %H:%M:%S")

    records = [make_raw(n, published_raw=next_day(n)) for n in range(20)]

    report = gate(records, profile)

    assert report.verdict == "fail"
    assert report.valid == []
    assert reasons(report) == [["published_at_inside_window", "published_at_not_in_future"]] * 20
    assert failed(report) == {
        "quarantine_share": "fail: 20 of 20 items quarantined (100.0%; fail above 50.0%); "
        "top reasons: published_at_inside_window 20, published_at_not_in_future 20",
    }


def test_ten_times_the_usual_volume_fails_on_volume_only(
    profile: SourceProfile, make_raw: RawFactory
) -> None:
    records = [make_raw(n) for n in range(200)]

    report = gate(records, profile, history=[22, 18, 20, 21, 19, 20, 20, 0, 20, 20, 20, 20, 19, 21])

    assert report.verdict == "fail"
    assert report.counts() == {"validated": 200, "valid": 200, "quarantined": 0}
    assert failed(report) == {
        "volume_vs_history": "fail: 200 valid articles against a median of 20 a day over "
        "13 days (10.00×; fail below 0.3×, warn above 3×, fail above 5×)",
    }


def test_a_page_of_ads_is_quarantined_and_fails_completeness(
    profile: SourceProfile, make_raw: RawFactory
) -> None:
    news = [make_raw(n) for n in range(20)]
    ads = [
        make_raw(
            20 + n,
            url=f"{AD_SERVER}?cid={n}",
            title="[AD] 월배당 ETF로 만드는 노후 현금흐름…무료 세미나",
            summary=None,
            published_raw=None,
            section_raw=None,
            page=2,
        )
        for n in range(20)
    ]

    report = gate(news + ads, profile)

    assert report.verdict == "fail"
    assert [a.url for a in report.valid] == [
        f"https://daily.demo.newsflow.test/news/articleView.html?idxno={1000 + n}"
        for n in range(20)
    ]
    assert (
        reasons(report)
        == [["url_on_source_domains", "published_at_not_null", "summary_not_null"]] * 20
    )
    assert failed(report) == {
        "completeness_published_at": "fail: published_at present in 20 of 40 items "
        "(50.0%; fail below 90.0%)",
        "completeness_summary": "fail: summary present in 20 of 40 items (50.0%; fail below 90.0%)",
    }
    warned = {c.name for c in report.checks if c.verdict == "warn"}
    assert warned == {"quarantine_share", "unclassified_share"}


def test_a_normal_day_passes_every_check(profile: SourceProfile, make_raw: RawFactory) -> None:
    records = [make_raw(n) for n in range(20)] + [make_raw(3, page=2)]

    report = gate(records, profile, history=[20] * 14)

    assert report.verdict == "pass"
    assert [c.name for c in report.checks if not c.success] == []
    assert report.counts() == {"validated": 20, "valid": 20, "quarantined": 0}
