"""Row checks: which articles are quarantined, and with exactly which reasons."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from etl.quality import ROW_CHECKS, CheckResult, QualityReport
from etl.window import KST

if TYPE_CHECKING:
    from etl.sources import SourceProfile

    from .conftest import ArticleFactory, RunQuality


def quarantine(report: QualityReport) -> list[tuple[str, list[str]]]:
    """(url, reasons) of every quarantined row, in batch order."""
    return [(row.article.url, row.reasons) for row in report.quarantined]


def test_clean_batch_passes_with_every_article_valid(
    make_article: ArticleFactory, run_quality: RunQuality
) -> None:
    articles = [make_article(n) for n in range(3)]

    report = run_quality(articles)

    assert report.verdict == "pass"
    assert report.valid == articles
    assert report.quarantined == []
    assert report.counts() == {"validated": 3, "valid": 3, "quarantined": 0}


def test_clean_batch_reports_every_row_check_as_passing(
    make_article: ArticleFactory, run_quality: RunQuality
) -> None:
    report = run_quality([make_article(0), make_article(1)])

    row_checks = [c for c in report.checks if c.level == "row"]
    assert [c.name for c in row_checks] == list(ROW_CHECKS)
    assert all(c.success and c.observed == 0 for c in row_checks)


def test_three_character_title_is_quarantined_for_its_length_only(
    make_article: ArticleFactory, run_quality: RunQuality
) -> None:
    short = make_article(1, title="속보!")

    report = run_quality([make_article(0), short])

    assert quarantine(report) == [(short.url, ["title_length_between_5_and_300"])]
    assert report.valid == [make_article(0)]


def test_failing_row_check_reports_count_and_example(
    make_article: ArticleFactory, run_quality: RunQuality
) -> None:
    report = run_quality([make_article(0), make_article(1, title="속보!")])

    check = next(c for c in report.checks if c.name == "title_length_between_5_and_300")
    assert check == CheckResult(
        "title_length_between_5_and_300", "row", False, 1, "1 of 2 rows fail; e.g. 속보!"
    )


def test_title_of_301_characters_is_quarantined(
    make_article: ArticleFactory, run_quality: RunQuality
) -> None:
    long = make_article(0, title="가" * 301)

    report = run_quality([long, make_article(1, title="가" * 300)])

    assert quarantine(report) == [(long.url, ["title_length_between_5_and_300"])]


def test_title_with_markup_is_quarantined(
    make_article: ArticleFactory, run_quality: RunQuality
) -> None:
    marked = make_article(0, title="<b>단독</b> 기준금리 동결")

    report = run_quality([marked, make_article(1, title="코스피 2% 상승 <속보>")])

    # "<속보>" is not a tag: the markup pattern needs an ASCII letter or "/" after "<".
    assert quarantine(report) == [(marked.url, ["title_without_markup"])]


def test_relative_url_is_quarantined(make_article: ArticleFactory, run_quality: RunQuality) -> None:
    relative = make_article(0, url="/news/articleView.html?idxno=1000")

    report = run_quality([relative, make_article(1)])

    assert quarantine(report) == [(relative.url, ["url_absolute_http"])]


def test_repeated_url_quarantines_the_later_occurrence_only(
    make_article: ArticleFactory, run_quality: RunQuality
) -> None:
    first, other = make_article(0), make_article(1)
    again = make_article(2, url=first.url)

    report = run_quality([first, other, again])

    assert report.valid == [first, other]
    assert quarantine(report) == [(first.url, ["url_unique_in_batch"])]
    assert report.quarantined[0].article is again


def test_article_published_a_day_after_the_window_is_quarantined(
    make_article: ArticleFactory, run_quality: RunQuality
) -> None:
    late = make_article(0, published_at=datetime(2025, 4, 9, 9, 0, tzinfo=KST))

    report = run_quality([late, make_article(1)], now=datetime(2025, 4, 10, 0, 30, tzinfo=KST))

    assert quarantine(report) == [(late.url, ["published_at_inside_window"])]


def test_window_is_half_open(make_article: ArticleFactory, run_quality: RunQuality) -> None:
    at_start = make_article(0, published_at=datetime(2025, 4, 8, 0, 0, tzinfo=KST))
    at_end = make_article(1, published_at=datetime(2025, 4, 9, 0, 0, tzinfo=KST))

    report = run_quality([at_start, at_end])

    assert report.valid == [at_start]
    assert quarantine(report) == [(at_end.url, ["published_at_inside_window"])]


def test_tolerance_widens_the_window_on_both_sides(
    make_article: ArticleFactory, run_quality: RunQuality
) -> None:
    early = make_article(0, published_at=datetime(2025, 4, 7, 23, 30, tzinfo=KST))
    late = make_article(1, published_at=datetime(2025, 4, 9, 0, 20, tzinfo=KST))

    report = run_quality([early, late], tolerance=timedelta(hours=1))

    assert report.valid == [early, late]


def test_article_published_after_now_is_quarantined(
    make_article: ArticleFactory, run_quality: RunQuality
) -> None:
    now = datetime(2025, 4, 8, 12, 0, tzinfo=KST)
    ahead = make_article(0, published_at=datetime(2025, 4, 8, 12, 6, tzinfo=KST))
    skewed = make_article(1, published_at=datetime(2025, 4, 8, 12, 5, tzinfo=KST))

    report = run_quality([ahead, skewed], now=now)

    # Five minutes ahead of our clock is page-clock skew, not a future article.
    assert report.valid == [skewed]
    assert quarantine(report) == [(ahead.url, ["published_at_not_in_future"])]


def test_article_flagged_future_time_fails_the_future_check(
    make_article: ArticleFactory, run_quality: RunQuality
) -> None:
    # Seen at 09:00 with a page time of 10:00: clean flagged it; by now 10:00 has passed.
    flagged = make_article(
        0,
        published_at=datetime(2025, 4, 8, 10, 0, tzinfo=KST),
        first_seen_at=datetime(2025, 4, 8, 9, 0, tzinfo=KST),
        flags=["future_time"],
    )

    report = run_quality([flagged, make_article(1)])

    assert quarantine(report) == [(flagged.url, ["published_at_not_in_future"])]


def test_article_flagged_unparsed_time_fails_the_not_null_check(
    make_article: ArticleFactory, run_quality: RunQuality
) -> None:
    unparsed = make_article(0, published_at=None, published_raw="방금 전", flags=["unparsed_time"])

    report = run_quality([unparsed, make_article(1)])

    assert quarantine(report) == [(unparsed.url, ["published_at_not_null"])]


def test_unknown_section_code_is_quarantined(
    make_article: ArticleFactory, run_quality: RunQuality
) -> None:
    unknown = make_article(0, sections=["economy", "economy.crypto"])

    report = run_quality([unknown, make_article(1)])

    assert quarantine(report) == [(unknown.url, ["sections_in_taxonomy"])]


def test_article_without_sections_is_quarantined(
    make_article: ArticleFactory, run_quality: RunQuality
) -> None:
    bare = make_article(0, sections=[])

    report = run_quality([bare, make_article(1)])

    assert quarantine(report) == [(bare.url, ["sections_not_empty"])]


def test_missing_summary_is_quarantined_when_the_source_has_leads(
    make_article: ArticleFactory, run_quality: RunQuality
) -> None:
    no_lead = make_article(0, summary=None)

    report = run_quality([no_lead, make_article(1)])

    assert quarantine(report) == [(no_lead.url, ["summary_not_null"])]


def test_missing_summary_is_valid_when_the_source_has_no_leads(
    make_article: ArticleFactory, run_quality: RunQuality, profile: SourceProfile
) -> None:
    no_lead = make_article(0, summary=None)

    report = run_quality([no_lead], profile=profile.model_copy(update={"has_leads": False}))

    assert report.valid == [no_lead]
    assert "summary_not_null" not in [c.name for c in report.checks]


def test_row_failing_two_checks_lists_both_reasons(
    make_article: ArticleFactory, run_quality: RunQuality
) -> None:
    bad = make_article(0, title="속보", url="articleView.html?idxno=1000")

    report = run_quality([bad, make_article(1)])

    assert quarantine(report) == [
        (bad.url, ["title_length_between_5_and_300", "url_absolute_http"])
    ]
