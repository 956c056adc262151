"""Listing timestamps: finding the string in a record's text, then resolving it to UTC."""

from datetime import UTC, datetime

import pytest

from etl.window import KST
from spiders.extract.auto import find_time_text, parse_listing_time
from spiders.extract.auto.times import date_from_url

FETCHED = datetime(2025, 4, 8, 15, 0, tzinfo=KST)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("2025-04-08 08:06:28", "2025-04-08 08:06:28"),
        ("입력 2025.04.08 08:06 | 수정 2025.04.08 10:00", "2025.04.08 08:06"),
        ("[2019.01.31]", "[2019.01.31]"),
        ("12-01 23:26", "12-01 23:26"),
        ("연합뉴스 54분전", "54분전"),
        ("3시간 전", "3시간 전"),
        ("어제 15:30", "어제 15:30"),
        ("방금", "방금"),
        ("2025년 4월 8일 오후 3시 5분", "2025년 4월 8일 오후 3시 5분"),
        ("09:31 August 20, 2019", "09:31 August 20, 2019"),
        ("Updated 3 hours ago", "3 hours ago"),
        ("14:20", "14:20"),
        # A broadcaster's clock in parentheses after the date.
        ("2025.04.08 (14:05)", "2025.04.08 (14:05)"),
        ("2025-04-08 (오후 2:05)", "2025-04-08 (오후 2:05)"),
        ("2025.04.08 (3)", "2025.04.08"),
    ],
)
def test_the_timestamp_is_cut_out_of_the_text_around_it(text, found):
    assert find_time_text(text) == found


@pytest.mark.parametrize("text", ["기사 본문 1.5배 확대", "홍길동 기자", "제20대 국회", ""])
def test_texts_without_a_timestamp_give_none(text):
    assert find_time_text(text) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2025-04-08 08:06:28", datetime(2025, 4, 7, 23, 6, 28, tzinfo=UTC)),
        ("2025.04.08 08:06", datetime(2025, 4, 7, 23, 6, tzinfo=UTC)),
        ("[2019.01.31]", datetime(2019, 1, 30, 15, 0, tzinfo=UTC)),
        ("2025-04-08T09:00:00+09:00", datetime(2025, 4, 8, 0, 0, tzinfo=UTC)),
        ("2025-04-08T00:00:00.000Z", datetime(2025, 4, 8, 0, 0, tzinfo=UTC)),
        ("2025년 4월 8일 오후 3시 5분", datetime(2025, 4, 8, 6, 5, tzinfo=UTC)),
        ("2025.04.08. 오후 3:05", datetime(2025, 4, 8, 6, 5, tzinfo=UTC)),
        ("09:31 August 20, 2019", datetime(2019, 8, 20, 0, 31, tzinfo=UTC)),
        ("Feb 24, 2024", datetime(2024, 2, 23, 15, 0, tzinfo=UTC)),
        ("1744074000", datetime(2025, 4, 8, 1, 0, tzinfo=UTC)),
        ("2025.04.08 (14:05)", datetime(2025, 4, 8, 5, 5, tzinfo=UTC)),
        ("2025년 04월 08일 14시 05분", datetime(2025, 4, 8, 5, 5, tzinfo=UTC)),
    ],
)
def test_absolute_times_need_no_fetch_time(raw, expected):
    assert parse_listing_time(raw, tz=KST) == expected


@pytest.mark.parametrize(
    ("raw", "expected_kst"),
    [
        ("54분전", datetime(2025, 4, 8, 14, 6, tzinfo=KST)),
        ("54분 전", datetime(2025, 4, 8, 14, 6, tzinfo=KST)),
        ("3시간 전", datetime(2025, 4, 8, 12, 0, tzinfo=KST)),
        ("2일 전", datetime(2025, 4, 6, 15, 0, tzinfo=KST)),
        ("1주 전", datetime(2025, 4, 1, 15, 0, tzinfo=KST)),
        ("방금", datetime(2025, 4, 8, 15, 0, tzinfo=KST)),
        ("어제", datetime(2025, 4, 7, 0, 0, tzinfo=KST)),
        ("어제 15:30", datetime(2025, 4, 7, 15, 30, tzinfo=KST)),
        ("3 hours ago", datetime(2025, 4, 8, 12, 0, tzinfo=KST)),
        ("an hour ago", datetime(2025, 4, 8, 14, 0, tzinfo=KST)),
        ("14:20", datetime(2025, 4, 8, 14, 20, tzinfo=KST)),
        ("23:50", datetime(2025, 4, 7, 23, 50, tzinfo=KST)),
    ],
)
def test_relative_times_resolve_against_the_fetch_time(raw, expected_kst):
    assert parse_listing_time(raw, tz=KST, fetched_at=FETCHED) == expected_kst


@pytest.mark.parametrize("raw", ["54분전", "어제", "14:20", "04-08 09:00"])
def test_relative_and_year_less_times_without_a_fetch_time_stay_unresolved(raw):
    assert parse_listing_time(raw, tz=KST) is None


def test_a_year_less_date_takes_the_fetch_year():
    assert parse_listing_time("04-08 09:00", tz=KST, fetched_at=FETCHED) == datetime(
        2025, 4, 8, 9, 0, tzinfo=KST
    )


def test_a_year_less_date_after_the_fetch_date_is_last_years():
    new_year = datetime(2026, 1, 1, 0, 30, tzinfo=KST)

    assert parse_listing_time("12-31 23:26", tz=KST, fetched_at=new_year) == datetime(
        2025, 12, 31, 23, 26, tzinfo=KST
    )


def test_a_year_less_date_takes_the_year_of_the_article_id_in_its_url():
    url = "https://wire.example.co.kr/view/AKR20241201154051098"

    assert parse_listing_time("12-01 23:26", tz=KST, fetched_at=FETCHED, url=url) == datetime(
        2024, 12, 1, 23, 26, tzinfo=KST
    )


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://wire.example.co.kr/view/AKR20250408012300004", "2025-04-08"),
        ("http://news.example.com/mtview.php?no=2019013122370465870", "2019-01-31"),
        ("http://edition.cnn.com/2014/07/24/world/index.html", "2014-07-24"),
        ("https://n.news.example.com/article/025/0003249579", None),
    ],
)
def test_the_date_an_article_url_carries(url, day):
    found = date_from_url(url)

    assert (found.isoformat() if found else None) == day


def test_an_impossible_date_is_not_coerced():
    assert parse_listing_time("2025-02-30 10:00", tz=KST) is None


def test_a_bare_clock_beside_a_press_name_is_found():
    assert find_time_text("뉴스1 · 09:00") == "09:00"


def test_a_bare_clock_takes_the_day_its_article_url_carries():
    url = "https://v.example.net/v/20250407213000123"

    assert parse_listing_time("21:30", tz=KST, fetched_at=FETCHED, url=url) == datetime(
        2025, 4, 7, 21, 30, tzinfo=KST
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Apr 8, 2025 · 1:05 PM UTC", "Apr 8, 2025 · 1:05 PM UTC"),
        ("10:41 PM PDT • April 7, 2025", "10:41 PM PDT • April 7, 2025"),
        ("Updated April 7, 2025 at 9:05 AM ET", "April 7, 2025 at 9:05 AM ET"),
        ("2025-04-07 22:41 GMT+9 기준", "2025-04-07 22:41 GMT+9"),
    ],
)
def test_the_zone_printed_after_a_clock_is_part_of_the_timestamp(text, found):
    assert find_time_text(text) == found


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Apr 8, 2025 · 1:05 PM UTC", datetime(2025, 4, 8, 13, 5, tzinfo=UTC)),
        ("10:41 PM PDT • April 7, 2025", datetime(2025, 4, 8, 5, 41, tzinfo=UTC)),
        ("8 April 2025 14:20 BST", datetime(2025, 4, 8, 13, 20, tzinfo=UTC)),
        ("2025-04-07 22:41 GMT+9", datetime(2025, 4, 7, 13, 41, tzinfo=UTC)),
        ("2025-04-07T22:41:00 PDT", datetime(2025, 4, 8, 5, 41, tzinfo=UTC)),
        # "ET" has no season of its own: the region's rules give EST in January, EDT in July.
        ("Jan 5, 2025 1:00 PM ET", datetime(2025, 1, 5, 18, 0, tzinfo=UTC)),
        ("Jul 5, 2025 1:00 PM ET", datetime(2025, 7, 5, 17, 0, tzinfo=UTC)),
        # A numeric offset in the string itself still wins over everything else.
        ("2025-04-07T22:41:00-07:00", datetime(2025, 4, 8, 5, 41, tzinfo=UTC)),
    ],
)
def test_a_printed_zone_beats_the_clock_the_page_is_assumed_to_print(raw, expected):
    assert parse_listing_time(raw, tz=KST, fetched_at=FETCHED) == expected


def test_an_offset_no_zone_has_after_a_zone_name_leaves_the_page_clock():
    assert parse_listing_time("2025-04-07 22:41 GMT+15", tz=KST) == datetime(
        2025, 4, 7, 22, 41, tzinfo=KST
    )


def test_a_zone_word_away_from_any_clock_is_not_a_zone():
    # "ET" in a label, not after a clock: the page's own clock stands.
    assert parse_listing_time("2025.04.08 14:20", tz=KST) == datetime(
        2025, 4, 8, 14, 20, tzinfo=KST
    )
    assert find_time_text("ET 뉴스 2025.04.08") == "2025.04.08"


@pytest.mark.parametrize(
    ("raw", "expected_kst"),
    [
        ("Fri, 03/28/2025 - 09:05", datetime(2025, 3, 28, 9, 5, tzinfo=KST)),  # month first
        ("25/12/2024 10:00", datetime(2024, 12, 25, 10, 0, tzinfo=KST)),  # 25 is no month
        ("07.04.2025 14:20", datetime(2025, 4, 7, 14, 20, tzinfo=KST)),  # dots: day first
    ],
)
def test_dates_with_the_year_last(raw, expected_kst):
    assert parse_listing_time(find_time_text(raw), tz=KST, fetched_at=FETCHED) == expected_kst


def test_a_version_number_is_no_date():
    assert find_time_text("v1.2.2025 릴리스") is None


def test_a_clock_after_a_slash_belongs_to_the_date_before_it():
    raw = find_time_text("Posted: Apr 7, 2025 / 09:41 PM CDT")

    assert parse_listing_time(raw, tz=KST) == datetime(2025, 4, 8, 2, 41, tzinfo=UTC)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Updated - April 08, 2025 02:20 pm IST", datetime(2025, 4, 8, 8, 50, tzinfo=UTC)),
        ("Posted Tue 8 Apr 2025 at 2:20pm AEST", datetime(2025, 4, 8, 4, 20, tzinfo=UTC)),
        ("April 8, 2025 | 2:20 PM PHT", datetime(2025, 4, 8, 6, 20, tzinfo=UTC)),
        ("2025-04-08 14:20 JST", datetime(2025, 4, 8, 5, 20, tzinfo=UTC)),
    ],
)
def test_zones_of_english_language_news_outside_the_us(raw, expected):
    assert parse_listing_time(find_time_text(raw), tz=KST) == expected


@pytest.mark.parametrize(
    ("raw", "expected_kst"),
    [
        ("3h ago", datetime(2025, 4, 8, 12, 0, tzinfo=KST)),
        ("5m ago", datetime(2025, 4, 8, 14, 55, tzinfo=KST)),
        ("2d ago", datetime(2025, 4, 6, 15, 0, tzinfo=KST)),
    ],
)
def test_relative_times_with_one_letter_units(raw, expected_kst):
    assert parse_listing_time(find_time_text(raw), tz=KST, fetched_at=FETCHED) == expected_kst


def test_a_slash_date_that_would_lie_in_the_future_is_read_day_first():
    # "08/04/2025" month first is August 4th, after the fetch: a listing shows no future.
    assert parse_listing_time("08/04/2025 - 07:40", tz=KST, fetched_at=FETCHED) == datetime(
        2025, 4, 8, 7, 40, tzinfo=KST
    )


def test_a_slash_date_takes_the_order_its_article_url_agrees_with():
    url = "https://euro.example/2025/03/04/story"  # US order would say April 3rd
    assert parse_listing_time("04/03/2025", tz=KST, url=url) == datetime(2025, 3, 4, tzinfo=KST)


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        # British papers print the clock with a dot before the zone.
        ("06.42 BST", "06.42 BST", datetime(2025, 4, 8, 5, 42, tzinfo=UTC)),
        (
            "Mon 7 Apr 2025 21.30 BST",
            "7 Apr 2025 21.30 BST",
            datetime(2025, 4, 7, 20, 30, tzinfo=UTC),
        ),
        # A short label's bare clock keeps its AM/PM marker and zone ("12:20 a.m. ET" is not noon).
        ("Published 12:20 a.m. ET", "12:20 a.m. ET", datetime(2025, 4, 8, 4, 20, tzinfo=UTC)),
        ("By AP 02:05 KST", "02:05 KST", datetime(2025, 4, 7, 17, 5, tzinfo=UTC)),
        # A compact age that is the whole label: sports and social feeds drop the "ago".
        ("3h", "3h", datetime(2025, 4, 8, 3, 0, tzinfo=UTC)),
        ("45m", "45m", datetime(2025, 4, 8, 5, 15, tzinfo=UTC)),
    ],
)
def test_dotted_clocks_zoned_short_labels_and_compact_ages(text, found, expected):
    fetched = datetime(2025, 4, 8, 6, 0, tzinfo=UTC)

    assert find_time_text(text) == found
    assert parse_listing_time(found, tz=KST, fetched_at=fetched) == expected


@pytest.mark.parametrize("text", ["Shares rose 3.15 per cent", "up 3.15 ET", "3 hits", "12 hrs of"])
def test_a_decimal_is_no_dotted_clock_and_a_count_is_no_age(text):
    assert find_time_text(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A two-digit year first (Korean boards), or last (a British page): the reading nearer
        # the fetch day, never after it.
        ("25.04.07 14:22", datetime(2025, 4, 7, 5, 22, tzinfo=UTC)),
        ("08.04.25 09:05", datetime(2025, 4, 8, 0, 5, tzinfo=UTC)),
    ],
)
def test_a_two_digit_year_date_with_a_clock(text, expected):
    found = find_time_text(f"박진희 시민기자 {text}")

    assert found == text
    assert parse_listing_time(found, tz=KST, fetched_at=FETCHED) == expected
