"""Timestamps as pages show them -> tz-aware UTC (KST when the page gives no offset)."""

from datetime import UTC, datetime

import pytest

from etl.timeparse import parse_timestamp
from etl.window import KST

FETCHED = datetime(2025, 4, 8, 12, 0, tzinfo=KST)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2025-04-08 08:06:28", datetime(2025, 4, 7, 23, 6, 28, tzinfo=UTC)),
        ("2025.04.08 08:06", datetime(2025, 4, 7, 23, 6, tzinfo=UTC)),
        ("[2025.04.08]", datetime(2025, 4, 7, 15, 0, tzinfo=UTC)),
        ("2025-04-08T08:06:28+09:00", datetime(2025, 4, 7, 23, 6, 28, tzinfo=UTC)),
        ("2025-04-07T23:06:28Z", datetime(2025, 4, 7, 23, 6, 28, tzinfo=UTC)),
        ("  2025-04-08\n 07:00:00 ", datetime(2025, 4, 7, 22, 0, tzinfo=UTC)),
    ],
)
def test_absolute_formats(raw, expected):
    assert parse_timestamp(raw, KST, FETCHED) == expected


def test_relative_hours_resolve_against_the_fetch_time():
    assert parse_timestamp("3시간 전", KST, FETCHED) == datetime(2025, 4, 8, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize("raw", [None, "", "   ", "2025-02-30 10:00:00", "not a date at all"])
def test_unparseable_or_impossible_gives_none(raw):
    assert parse_timestamp(raw, KST, FETCHED) is None
