"""parse_dump: a listing dump's lines -> RawItems, and line-numbered errors for what is amiss."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from etl.dump import DumpError, parse_dump
from etl.errors import DumpFormatError
from etl.sources import SourceProfile
from etl.window import KST, Window

# Line numbers of the seed's titles, leads and timestamps.
SEED_ITEMS = [(6, 7, 8), (13, 14, 15), (17, 18, 19), (22, 23, 24), (26, 27, 28)]

PROFILE = SourceProfile.model_validate(
    {
        "code": "seed-daily",
        "name": "시드경제",
        "base_url": "https://seed.newsflow.test",
        "canonical_base": "https://seed.newsflow.test",
        "listing": {"url": "{base}/news/latest?page={page}"},
    }
)

WELL_FORMED = [
    "최신기사",  # 1
    "-",  # 2
    "-",  # 3
    "첫째 기사 제목입니다",  # 4
    "첫째 기사의 리드입니다.",  # 5
    "2025-04-08 09:00:00",  # 6
    "-",  # 7
    "둘째 기사 제목입니다",  # 8
    "둘째 기사의 리드입니다.",  # 9
    "2025-04-08 08:00:00",  # 10
    "-",  # 11
    "셋째 기사 제목입니다",  # 12
    "셋째 기사의 리드입니다.",  # 13
    "2025-04-08 07:00:00",  # 14
]


def dump(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def titles(text: str, day: date | None = None) -> list[str]:
    return [item.title for item in parse_dump(text, PROFILE, day).items]


def test_seed_gives_its_five_items_in_order(seed):
    lines = seed.read_text(encoding="utf-8").split("\n")
    parsed = parse_dump(seed, PROFILE)
    assert parsed.errors == []
    assert parsed.header == "최신기사"
    assert [(i.title, i.summary, i.published_raw) for i in parsed.items] == [
        (lines[t - 1], lines[lead - 1], lines[s - 1]) for t, lead, s in SEED_ITEMS
    ]
    assert [i.position for i in parsed.items] == [1, 2, 3, 4, 5]
    assert {(i.page, i.listing_url, i.source) for i in parsed.items} == {
        (1, "dump://000_7ddc362fe0bc7c1f.txt", "seed-daily")
    }


def test_seed_window_and_fetch_time_come_from_its_timestamps(seed):
    parsed = parse_dump(seed, PROFILE)
    assert parsed.window == Window.day(date(2025, 4, 8))
    assert parsed.fetched_at == datetime(2025, 4, 9, tzinfo=KST)
    assert {i.fetched_at for i in parsed.items} == {"2025-04-09T00:00:00+09:00"}


def test_seed_items_get_stable_distinct_synthetic_urls(seed):
    first = parse_dump(seed, PROFILE)
    again = parse_dump(seed, PROFILE)
    urls = [i.url for i in first.items]
    assert urls == [i.url for i in again.items]
    assert len(set(urls)) == 5
    assert all(u.startswith("https://seed.newsflow.test/dump/") and len(u) == 72 for u in urls)


def test_given_day_sets_window_and_fetch_time():
    parsed = parse_dump(dump(*WELL_FORMED), PROFILE, date(2025, 4, 9))
    assert parsed.window == Window.day(date(2025, 4, 9))
    assert parsed.fetched_at == datetime(2025, 4, 10, tzinfo=KST)


def test_window_spans_every_kst_day_of_the_timestamps():
    text = dump(
        "첫째 기사 제목입니다",
        "2025-04-07 23:50:00",
        "-",
        "둘째 기사 제목입니다",
        "2025-04-08 00:10:00",
    )
    parsed = parse_dump(text, PROFILE)
    assert parsed.window == Window.days(date(2025, 4, 7), date(2025, 4, 9))
    assert parsed.window.key == "2025-04-07_2025-04-08"


def test_a_timestamp_far_from_the_rest_does_not_stretch_the_window():
    # Median day 2025-04-08; 1900 and 2999 lie far outside 31 days of it, 2025-03-10 inside.
    items = [("옛날 기사 제목입니다", "1900-01-01 09:00:00")]
    items += [(f"보통 기사 제목 {n}번입니다", f"2025-04-08 0{n}:00:00") for n in range(1, 5)]
    items += [("한 달 전 기사 제목입니다", "2025-03-10 09:00:00")]
    items += [("먼 미래 기사 제목입니다", "2999-12-31 23:59:59")]
    text = dump(
        *[
            line
            for n, (title, stamp) in enumerate(items)
            for line in ((title, stamp) if n == 0 else ("-", title, stamp))
        ]
    )

    parsed = parse_dump(text, PROFILE)

    assert parsed.window == Window.days(date(2025, 3, 10), date(2025, 4, 9))
    # Every item is still handed on; the clean stage quarantines those outside the window.
    assert [item.published_raw for item in parsed.items] == [stamp for _, stamp in items]


@pytest.mark.parametrize(
    ("changes", "errors", "kept"),
    [
        pytest.param(
            {10: None},  # the second item's timestamp is missing
            [DumpError(8, "'둘째 기사 제목입니다' has no timestamp line after it (item skipped)")],
            ["첫째 기사 제목입니다", "셋째 기사 제목입니다"],
            id="missing timestamp",
        ),
        pytest.param(
            {14: None},  # the last item's timestamp is missing
            [DumpError(12, "'셋째 기사 제목입니다' has no timestamp line after it (item skipped)")],
            ["첫째 기사 제목입니다", "둘째 기사 제목입니다"],
            id="missing last timestamp",
        ),
        pytest.param(
            {7: "2025-04-08 08:00:00", 10: None},  # the timestamp moved above the title
            [
                DumpError(7, "timestamp '2025-04-08 08:00:00' has no title before it"),
                DumpError(
                    8, "'둘째 기사 제목입니다' has no timestamp line after it (item skipped)"
                ),
            ],
            ["첫째 기사 제목입니다", "셋째 기사 제목입니다"],
            id="timestamp before the title",
        ),
        pytest.param(
            {8: "\u200b"},  # a title that is only a zero-width space
            [DumpError(8, "empty title")],
            ["첫째 기사 제목입니다", "셋째 기사 제목입니다"],
            id="empty title",
        ),
        pytest.param(
            {8: "<b>&nbsp;</b>"},
            [DumpError(8, "empty title")],
            ["첫째 기사 제목입니다", "셋째 기사 제목입니다"],
            id="title of markup only",
        ),
    ],
)
def test_malformed_items_are_reported_by_line_and_the_rest_is_kept(changes, errors, kept):
    lines = [changes.get(n, line) for n, line in enumerate(WELL_FORMED, start=1)]
    parsed = parse_dump(dump(*(line for line in lines if line is not None)), PROFILE)
    assert parsed.errors == errors
    assert [i.title for i in parsed.items] == kept


def test_text_before_an_item_without_a_placeholder_between_is_reported():
    text = dump(
        "-",
        "첫째 기사 제목입니다",
        "첫째 리드.",
        "둘째 기사 제목입니다",
        "둘째 리드.",
        "2025-04-08 08:00:00",
    )
    parsed = parse_dump(text, PROFILE)
    assert parsed.errors == [
        DumpError(2, "'첫째 기사 제목입니다' has no timestamp line after it (item skipped)")
    ]
    assert [(i.title, i.summary) for i in parsed.items] == [("둘째 기사 제목입니다", "둘째 리드.")]


def test_line_numbers_count_every_line_of_the_file(tmp_path: Path):
    lines = [
        "",
        "최신기사",
        "",
        "-",
        "",
        "첫째 기사 제목입니다",
        "리드.",
        "",
        "-",
        "",
        "둘째 기사 제목",
    ]
    path = tmp_path / "blank-lines.txt"
    path.write_text(dump(*lines), encoding="utf-8")
    parsed = parse_dump(path, PROFILE)
    assert parsed.errors == [
        DumpError(6, "'첫째 기사 제목입니다' has no timestamp line after it (item skipped)"),
        DumpError(11, "'둘째 기사 제목' has no timestamp line after it (item skipped)"),
    ]
    assert parsed.items == []


def test_item_without_lead_has_no_summary():
    parsed = parse_dump(dump("-", "리드 없는 기사 제목", "2025-04-08 09:00:00"), PROFILE)
    assert [(i.title, i.summary) for i in parsed.items] == [("리드 없는 기사 제목", None)]


def test_impossible_timestamp_keeps_its_item_for_the_quality_stage():
    text = dump(
        "-",
        "첫째 기사 제목입니다",
        "리드.",
        "2025-04-08 09:00:00",
        "-",
        "둘째 기사 제목입니다",
        "리드.",
        "2025-02-30 09:00:00",
    )
    parsed = parse_dump(text, PROFILE)
    assert parsed.errors == []
    assert [i.published_raw for i in parsed.items] == ["2025-04-08 09:00:00", "2025-02-30 09:00:00"]


def test_other_full_date_shapes_are_timestamp_lines():
    text = dump(
        "-",
        "첫째 기사 제목입니다",
        "리드.",
        "2025.04.08 09:00",
        "-",
        "둘째 기사 제목입니다",
        "2025년 4월 8일 오전 8시",
    )
    assert titles(text) == ["첫째 기사 제목입니다", "둘째 기사 제목입니다"]


def test_year_less_timestamps_need_the_day():
    text = dump("-", "첫째 기사 제목입니다", "리드.", "04-08 09:00")
    assert titles(text) == []
    assert titles(text, date(2025, 4, 8)) == ["첫째 기사 제목입니다"]


def test_dump_whose_timestamps_cannot_be_read_asks_for_the_day():
    parsed = parse_dump(dump("-", "첫째 기사 제목입니다", "2025-02-30 09:00:00"), PROFILE)
    assert parsed.items == []
    assert parsed.errors == [
        DumpError(3, "no timestamp of the dump can be read, so its day is unknown: give the day")
    ]


def test_timestamps_at_the_end_of_the_calendar_cannot_place_the_dump():
    # Its window would end on 10000-01-01, which no datetime holds.
    parsed = parse_dump(dump("-", "첫째 기사 제목입니다", "9999-12-31 23:59:59"), PROFILE)
    assert parsed.items == []
    assert parsed.errors == [
        DumpError(3, "no timestamp of the dump can be read, so its day is unknown: give the day")
    ]


@pytest.mark.parametrize("day", [date(9999, 12, 31), date(1, 1, 1)])
def test_a_day_outside_the_calendar_s_working_years_is_refused(day):
    with pytest.raises(DumpFormatError) as err:
        parse_dump(dump(*WELL_FORMED), PROFILE, day)
    assert str(err.value) == f"day {day.isoformat()}: outside the years 1000-8999"


def test_windows_line_endings_and_bom_are_read(tmp_path: Path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(
        "\ufeff최신기사\r\n-\r\n제목입니다 제목\r\n리드.\r\n2025-04-08 09:00:00\r\n".encode()
    )
    parsed = parse_dump(path, PROFILE)
    assert (parsed.header, [i.title for i in parsed.items], parsed.errors) == (
        "최신기사",
        ["제목입니다 제목"],
        [],
    )


def test_a_file_that_is_not_utf8_is_refused_with_its_line(tmp_path: Path):
    path = tmp_path / "euc-kr.txt"
    path.write_bytes("최신기사\n".encode() + "제목\n".encode("euc-kr"))
    with pytest.raises(DumpFormatError) as err:
        parse_dump(path, PROFILE)
    assert str(err.value) == f"{path}: line 2: not UTF-8 text"


def test_a_missing_file_is_refused(tmp_path: Path):
    with pytest.raises(DumpFormatError) as err:
        parse_dump(tmp_path / "nope.txt", PROFILE)
    assert (
        str(err.value)
        == f"{tmp_path / 'nope.txt'}: cannot read the dump: No such file or directory"
    )


def test_seed_times_are_kst(seed):
    from etl.timeparse import parse_timestamp

    parsed = parse_dump(seed, PROFILE)
    assert [parse_timestamp(i.published_raw, KST) for i in parsed.items] == [
        datetime(2025, 4, 7, 23, 6, 28, tzinfo=UTC),
        datetime(2025, 4, 7, 22, 0, tzinfo=UTC),
        datetime(2025, 4, 7, 22, 0, tzinfo=UTC),
        datetime(2025, 4, 7, 21, 13, tzinfo=UTC),
        datetime(2025, 4, 7, 21, 9, tzinfo=UTC),
    ]
