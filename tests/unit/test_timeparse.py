"""Timestamps as pages show them -> tz-aware UTC (KST when the page gives no offset).

Every case is read at FETCHED (2025-04-08 12:00 KST = 03:00 UTC) unless it says otherwise.
"""

from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import etl.timeparse
from etl.timeparse import (
    TimeReading,
    date_from_url,
    parse_published_modified,
    parse_timestamp,
    read_published_modified,
    read_timestamp,
)
from etl.window import KST
from spiders.extract.auto import find_time_text, parse_listing_time

FETCHED = datetime(2025, 4, 8, 12, 0, tzinfo=KST)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2025-04-08 08:06:28", utc(2025, 4, 7, 23, 6, 28)),
        ("2025.04.08 08:06", utc(2025, 4, 7, 23, 6)),
        ("2025.4.8", utc(2025, 4, 7, 15, 0)),
        ("2025.04.08.", utc(2025, 4, 7, 15, 0)),
        ("[2025.04.08]", utc(2025, 4, 7, 15, 0)),
        ("(2025.04.08 08:06)", utc(2025, 4, 7, 23, 6)),
        ("2025/04/08 08:06:28", utc(2025, 4, 7, 23, 6, 28)),
        ("25.04.08 08:06", utc(2025, 4, 7, 23, 6)),
        ("2025-04-08T08:06:28+09:00", utc(2025, 4, 7, 23, 6, 28)),
        ("2025-04-08T08:06:28.123+0900", utc(2025, 4, 7, 23, 6, 28)),
        ("2025-04-07T23:06:28Z", utc(2025, 4, 7, 23, 6, 28)),
        ("2025-04-07T23:06:28-01:30", utc(2025, 4, 8, 0, 36, 28)),
        ("2025-04-08 08:06 KST", utc(2025, 4, 7, 23, 6)),
        ("  2025-04-08\n 07:00:00 ", utc(2025, 4, 7, 22, 0)),
        ("２０２５－０４－０８ ０８：０６", utc(2025, 4, 7, 23, 6)),
    ],
)
def test_numeric_dates_with_and_without_clock(raw, expected):
    assert parse_timestamp(raw, KST, FETCHED) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2025년 4월 8일 오후 3시 5분", utc(2025, 4, 8, 6, 5)),
        ("2025년 4월 8일 오전 8시", utc(2025, 4, 7, 23, 0)),
        ("2025년 4월 8일 (화) 오후 3:05", utc(2025, 4, 8, 6, 5)),
        ("2025년 4월 8일 화요일 15:05", utc(2025, 4, 8, 6, 5)),
        ("2025년 04월 08일", utc(2025, 4, 7, 15, 0)),
        ("2025.04.08 오후 3:05", utc(2025, 4, 8, 6, 5)),
        ("2025.04.08 오전 12:30", utc(2025, 4, 7, 15, 30)),  # 오전 12시 is half past midnight
        ("2025.04.08 오후 12:10", utc(2025, 4, 8, 3, 10)),  # 오후 12시 is noon
        ("2025.04.08 오후 3시 5분 30초", utc(2025, 4, 8, 6, 5, 30)),
        ("2025-04-08 3:05 PM", utc(2025, 4, 8, 6, 5)),
    ],
)
def test_korean_dates_and_meridiem_clocks(raw, expected):
    assert parse_timestamp(raw, KST, FETCHED) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("방금", utc(2025, 4, 8, 3, 0)),
        ("방금 전", utc(2025, 4, 8, 3, 0)),
        ("30초 전", utc(2025, 4, 8, 2, 59, 30)),
        ("5분 전", utc(2025, 4, 8, 2, 55)),
        ("54분전", utc(2025, 4, 8, 2, 6)),
        ("3시간 전", utc(2025, 4, 8, 0, 0)),
        ("2일 전", utc(2025, 4, 6, 3, 0)),
        ("1주 전", utc(2025, 4, 1, 3, 0)),
        ("1주일 전", utc(2025, 4, 1, 3, 0)),
        ("3 hours ago", utc(2025, 4, 8, 0, 0)),
        ("an hour ago", utc(2025, 4, 8, 2, 0)),
        ("just now", utc(2025, 4, 8, 3, 0)),
        # Day words name a calendar day: its start, or the clock that follows them.
        ("오늘", utc(2025, 4, 7, 15, 0)),
        ("오늘 08:06", utc(2025, 4, 7, 23, 6)),
        ("어제", utc(2025, 4, 6, 15, 0)),
        ("어제 오후 3시", utc(2025, 4, 7, 6, 0)),
        ("yesterday 23:10", utc(2025, 4, 7, 14, 10)),
        ("그제", utc(2025, 4, 5, 15, 0)),
        ("그저께 09:00", utc(2025, 4, 6, 0, 0)),
    ],
)
def test_relative_times_resolve_against_the_fetch_time(raw, expected):
    assert parse_timestamp(raw, KST, FETCHED) == expected


@pytest.mark.parametrize("raw", ["5분 전", "어제", "08:06", "04-08 08:06", "3 hours ago"])
def test_times_needing_the_fetch_time_are_unparsed_without_it(raw):
    assert read_timestamp(raw, KST) == TimeReading(None, "unparsed")


@pytest.mark.parametrize(
    ("raw", "fetched", "expected"),
    [
        ("04-08 08:06", FETCHED, utc(2025, 4, 7, 23, 6)),
        ("4.8 08:06", FETCHED, utc(2025, 4, 7, 23, 6)),
        ("04/08", FETCHED, utc(2025, 4, 7, 15, 0)),
        ("4월 8일 오전 9시", FETCHED, utc(2025, 4, 8, 0, 0)),
        # Within the clock tolerance (5 minutes) of the fetch time: still this year.
        ("04-08 12:04", FETCHED, utc(2025, 4, 8, 3, 4)),
        # Later than the fetch time: last year's, never a date after the fetch.
        ("04-08 12:06", FETCHED, utc(2024, 4, 8, 3, 6)),
        ("04-09 08:00", FETCHED, utc(2024, 4, 8, 23, 0)),
        ("12-31 23:50", datetime(2025, 1, 1, 0, 10, tzinfo=KST), utc(2024, 12, 31, 14, 50)),
        ("02-29 10:00", datetime(2025, 3, 1, 9, 0, tzinfo=KST), utc(2024, 2, 29, 1, 0)),
    ],
)
def test_year_less_dates_take_the_fetch_year_or_the_year_before(raw, fetched, expected):
    assert parse_timestamp(raw, KST, fetched) == expected


@pytest.mark.parametrize(
    ("url", "year_hint", "expected"),
    [
        ("https://www.yna.co.kr/view/AKR20250408012300004", None, utc(2025, 4, 7, 23, 6)),
        ("https://www.yna.co.kr/view/AKR20230408012300004", None, utc(2023, 4, 7, 23, 6)),
        # Shown 04-08 under a 2024-12-30 id: the year nearest the id's date.
        ("https://x.kr/2024/12/30/story", None, utc(2025, 4, 7, 23, 6)),
        ("https://x.kr/view?idxno=9230001", 2022, utc(2022, 4, 7, 23, 6)),
        # A hint is evidence of the year: it is followed even past the fetch time (clean flags it).
        ("https://x.kr/view?idxno=9230001", 2026, utc(2026, 4, 7, 23, 6)),
    ],
)
def test_year_less_dates_take_the_year_from_the_url_or_the_hint(url, year_hint, expected):
    assert parse_timestamp("04-08 08:06", KST, FETCHED, year_hint=year_hint, url=url) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("08:06", utc(2025, 4, 7, 23, 6)),
        ("오후 3:05", utc(2025, 4, 7, 6, 5)),  # later than noon on the fetch day: yesterday's
        ("11:58", utc(2025, 4, 8, 2, 58)),
    ],
)
def test_a_bare_clock_is_the_fetch_day_or_the_day_before(raw, expected):
    assert parse_timestamp(raw, KST, FETCHED) == expected


@pytest.mark.parametrize(
    ("raw", "published", "modified"),
    [
        (
            "입력 2025.04.08 08:06 | 수정 2025.04.08 09:12",
            utc(2025, 4, 7, 23, 6),
            utc(2025, 4, 8, 0, 12),
        ),
        (
            "기사입력 2025-04-08 08:06 최종수정 2025-04-08 09:12",
            utc(2025, 4, 7, 23, 6),
            utc(2025, 4, 8, 0, 12),
        ),
        (
            "등록 2025.04.08 오전 8:06 · 업데이트 2025.04.08 오전 9:12",
            utc(2025, 4, 7, 23, 6),
            utc(2025, 4, 8, 0, 12),
        ),
        ("승인 2025.04.08 08:06", utc(2025, 4, 7, 23, 6), None),
        ("수정 2025.04.08 09:12", None, utc(2025, 4, 8, 0, 12)),
        (
            "2025.04.08 08:06 (수정 2025.04.08 09:12)",
            utc(2025, 4, 7, 23, 6),
            utc(2025, 4, 8, 0, 12),
        ),
        (
            "Published 2025-04-08 08:06 | Updated 2025-04-08 09:12",
            utc(2025, 4, 7, 23, 6),
            utc(2025, 4, 8, 0, 12),
        ),
        ("2025-04-08 08:06:28", utc(2025, 4, 7, 23, 6, 28), None),
        (None, None, None),
    ],
)
def test_labelled_published_and_modified_times(raw, published, modified):
    assert parse_published_modified(raw, KST, FETCHED) == (published, modified)


def test_a_labelled_pair_reads_as_its_published_time():
    raw = "입력 2025.04.08 08:06 | 수정 2025.04.08 09:12"
    assert parse_timestamp(raw, KST, FETCHED) == utc(2025, 4, 7, 23, 6)


def test_an_unreadable_modified_time_is_reported_not_dropped():
    published, modified = read_published_modified(
        "입력 2025.04.08 08:06 | 수정 언젠가", KST, FETCHED
    )
    assert published == TimeReading(utc(2025, 4, 7, 23, 6), "ok")
    assert modified == TimeReading(None, "unparsed")


@pytest.mark.parametrize(
    ("raw", "status"),
    [
        (None, "missing"),
        ("", "missing"),
        ("   ", "missing"),
        ("2025-02-30 10:00:00", "impossible"),
        ("2025-13-01", "impossible"),
        ("2025-04-08 25:00", "impossible"),
        ("2025-04-08 08:61", "impossible"),
        ("2025.04.08 오전 13:00", "impossible"),
        ("오전 13시", "impossible"),
        ("02-30 10:00", "impossible"),
        # Offsets no zone has: beyond a day datetime itself would refuse them.
        ("2025-04-08T09:00:00+99:99", "impossible"),
        ("2025-04-08T09:00:00+24:00", "impossible"),
        ("2025-04-08T09:00:00+14:01", "impossible"),
        ("2025-04-08T09:00:00-12:01", "impossible"),
        ("2025-04-08T09:00:00+09:60", "impossible"),
        ("2025-04-08 09:00 +2500", "impossible"),
        ("09:00 +9999", "impossible"),
        # Numbers no calendar reaches: datetime and timedelta would raise on them.
        ("2419000일 전", "impossible"),
        ("190012002999일 전", "impossible"),
        ("2999006001313분전", "impossible"),
        ("not a date at all", "unparsed"),
        ("어느 날", "unparsed"),
        ("12", "unparsed"),  # no stray number becomes the 12th of some month
        ("2025-04-08 저녁 무렵", "unparsed"),
    ],
)
def test_missing_impossible_and_unparsed_are_told_apart(raw, status):
    assert read_timestamp(raw, KST, FETCHED) == TimeReading(None, status)


@pytest.mark.parametrize("raw", [None, "", "   ", "2025-02-30 10:00:00", "not a date at all"])
def test_unparseable_or_impossible_gives_none(raw):
    assert parse_timestamp(raw, KST, FETCHED) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("April 8, 2025 8:06 AM", utc(2025, 4, 7, 23, 6)),
        ("Tue, 08 Apr 2025 08:06:28 +0900", utc(2025, 4, 7, 23, 6, 28)),
        ("1개월 전", utc(2025, 3, 8, 3, 0)),
    ],
)
def test_other_shapes_fall_back_to_dateparser(raw, expected):
    assert parse_timestamp(raw, KST, FETCHED) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "2025-04-08 08:06:28",
        "2025.04.08 08:06",
        "[2025.04.08]",
        "2025-04-08T08:06:28+09:00",
        "04-08 08:06",
        "2025년 4월 8일 오후 3시 5분",
        "입력 2025.04.08 08:06 | 수정 2025.04.08 09:12",
        "54분전",
        "어제 오후 3시",
        "2025-02-30 10:00:00",
    ],
)
def test_common_shapes_never_reach_dateparser(raw, monkeypatch):
    def fail(*args: object) -> None:
        raise AssertionError(f"dateparser called for {raw!r}")

    monkeypatch.setattr(etl.timeparse, "_with_dateparser", fail)
    read_timestamp(raw, KST, FETCHED)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.yna.co.kr/view/AKR20250408012300004", date(2025, 4, 8)),
        ("https://newsis.com/view/?id=NISX20250408_0003", date(2025, 4, 8)),
        ("https://x.kr/news/2025/04/08/abc.html", date(2025, 4, 8)),
        ("https://x.kr/2025-4-8/abc", date(2025, 4, 8)),
        ("https://www.donga.com/news/article/all/20250408/131416474/1", date(2025, 4, 8)),
        ("https://x.kr/view?idxno=9230001", None),
        ("https://x.kr/view?idxno=2011050123", None),  # a counter, not a date
        ("https://x.kr/view?id=20251340", None),  # month 13: not a date
        (None, None),
    ],
)
def test_date_from_url(url, expected):
    assert date_from_url(url) == expected


# Pieces of what listing and article pages print as times, with values out of every range.
_TIME_PIECES = [
    "2025", "9999", "0001", "1900", "-", ".", "/", " ", ":", "T", "Z", "+", "04", "08", "13",
    "24", "60", "99", "00", "2419000", "+99:99", "-12:01", "+14:00", "오전", "오후", "시", "분",
    "년", "월", "일", "전", "분전", "시간 전", "일 전", "어제", "오늘", "그제", "방금", "[", "]",
    "입력", "수정", "|", "ago", "hours", "yesterday", "am", "pm", "KST", "９", "０",
]  # fmt: skip


@settings(max_examples=1000, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_TIME_PIECES), max_size=10).map("".join))
def test_no_string_of_time_pieces_makes_a_reader_raise(raw):
    # Each reader answers for any text: a reading, a time or None, never an exception (one
    # item's exception would stop the listing or dump it came from).
    assert read_timestamp(raw, KST, FETCHED).status in ("ok", "missing", "unparsed", "impossible")
    assert read_timestamp(raw, KST, None).status in ("ok", "missing", "unparsed", "impossible")
    parse_listing_time(raw, tz=KST, fetched_at=FETCHED)
    parse_listing_time(raw, tz=KST)
    find_time_text(raw)
