"""Row checks: which articles are quarantined, and with exactly which reasons."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from quality_crafted import with_quality

from etl.quality import ROW_CHECKS, CheckResult, QualityReport
from etl.quality.rows import source_domains
from etl.window import KST

if TYPE_CHECKING:
    from quality_crafted import ArticleFactory, RunQuality

    from etl.sources import SourceProfile


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


def test_url_off_the_outlets_domains_is_quarantined(
    make_article: ArticleFactory, run_quality: RunQuality
) -> None:
    ad = make_article(0, url="https://ad.demo.newsflow.test/click?cid=7")
    lookalike = make_article(1, url="https://daily.demo.newsflow.test.evil.kr/news/1")

    report = run_quality([ad, lookalike, make_article(2)])

    assert quarantine(report) == [
        (ad.url, ["url_on_source_domains"]),
        (lookalike.url, ["url_on_source_domains"]),
    ]


def test_subdomains_of_the_outlet_are_its_own(
    make_article: ArticleFactory, run_quality: RunQuality
) -> None:
    mobile = make_article(0, url="https://m.daily.demo.newsflow.test/news/1000")
    with_port = make_article(1, url="https://daily.demo.newsflow.test:8443/news/1001")

    report = run_quality([mobile, with_port])

    assert report.valid == [mobile, with_port]


def test_extra_domains_of_the_profile_are_accepted(
    make_article: ArticleFactory, run_quality: RunQuality, profile: SourceProfile
) -> None:
    partner = make_article(0, url="https://www.partner.example/news/1")

    report = run_quality(
        [partner], profile=with_quality(profile, extra_domains=["partner.example"])
    )

    assert report.valid == [partner]


def test_source_domains_come_from_canonical_base_base_url_and_extras(
    profile: SourceProfile,
) -> None:
    live = profile.model_copy(
        update={"base_url": "https://www.Example.kr", "canonical_base": "https://news.example.kr"}
    )

    assert source_domains(with_quality(live, extra_domains=["www.wire.example."])) == [
        "example.kr",
        "news.example.kr",
        "wire.example",
    ]


def test_article_in_another_language_is_quarantined(
    make_article: ArticleFactory, run_quality: RunQuality
) -> None:
    english = make_article(0, title="Bank of Korea holds rate at 2.75%", language="en")

    report = run_quality([english, make_article(1)])

    assert quarantine(report) == [(english.url, ["language_as_expected"])]


def test_extra_languages_of_the_profile_are_accepted(
    make_article: ArticleFactory, run_quality: RunQuality, profile: SourceProfile
) -> None:
    english = make_article(0, title="Bank of Korea holds rate at 2.75%", language="en")

    report = run_quality([english], profile=with_quality(profile, extra_languages=["en"]))

    assert report.valid == [english]


def test_window_tolerance_comes_from_the_profile(
    make_article: ArticleFactory, run_quality: RunQuality, profile: SourceProfile
) -> None:
    early = make_article(0, published_at=datetime(2025, 4, 7, 23, 50, tzinfo=KST))

    strict = run_quality([early])
    tolerant = run_quality([early], profile=with_quality(profile, window_tolerance_minutes=10))

    assert quarantine(strict) == [(early.url, ["published_at_inside_window"])]
    assert tolerant.valid == [early]


def test_published_at_examples_are_shown_in_utc(
    make_article: ArticleFactory, run_quality: RunQuality
) -> None:
    late = make_article(0, published_at=datetime(2025, 4, 9, 9, 0, tzinfo=KST))

    report = run_quality([late], now=datetime(2025, 4, 10, 0, 30, tzinfo=KST))

    check = next(c for c in report.checks if c.name == "published_at_inside_window")
    assert check.details == "1 of 1 rows fail; e.g. 2025-04-09T00:00:00+00:00"
