"""The contract between etl.crawl and the spider: window arguments and the command line."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from etl.crawl import crawl_command, window_from_args
from etl.sources import load_source
from etl.window import KST, Window

DAILY_SOURCES = Path(__file__).resolve().parents[2] / "sources"


def test_day_arguments_name_kst_days_with_end_exclusive() -> None:
    assert window_from_args("2025-04-08", "2025-04-10") == Window(
        datetime(2025, 4, 8, tzinfo=KST), datetime(2025, 4, 10, tzinfo=KST)
    )


def test_end_defaults_to_the_next_day() -> None:
    assert window_from_args("2025-04-08") == Window.day(datetime(2025, 4, 8).date())


def test_datetime_arguments_keep_their_offset() -> None:
    window = window_from_args("2025-04-08T06:00:00+09:00", "2025-04-08T18:00:00+09:00")
    assert (window.start.utcoffset(), window.end - window.start) == (
        timedelta(hours=9),
        timedelta(hours=12),
    )


def test_datetime_arguments_without_offset_are_refused() -> None:
    with pytest.raises(ValueError, match="window bounds need a UTC offset"):
        window_from_args("2025-04-08T06:00:00", "2025-04-08T18:00:00")


def test_command_passes_the_window_as_iso_datetimes_and_round_trips() -> None:
    profile = load_source("demo-daily", DAILY_SOURCES)
    window = Window(datetime(2025, 4, 8, 15, tzinfo=UTC), datetime(2025, 4, 9, 15, tzinfo=UTC))
    command = crawl_command(profile, window, Path("out/items.jsonl"))
    arguments = dict(a.split("=", 1) for a in command[6::2])
    assert command[:6] == [sys.executable, "-m", "scrapy", "crawl", "listing", "-a"]
    assert arguments == {
        "source": "demo-daily",
        "start": "2025-04-08T15:00:00+00:00",
        "end": "2025-04-09T15:00:00+00:00",
        "out": "out/items.jsonl",
    }
    assert window_from_args(arguments["start"], arguments["end"]) == window


def test_inline_profile_travels_as_json() -> None:
    profile = load_source("demo-daily", DAILY_SOURCES)
    command = crawl_command(
        profile, Window.parse("2025-04-08"), Path("items.jsonl"), inline_profile=True
    )
    assert command[-1] == f"profile={profile.model_dump_json()}"


def test_command_passes_the_job_folder_an_archive_to_replay_and_scrapy_settings() -> None:
    profile = load_source("demo-daily", DAILY_SOURCES)
    command = crawl_command(
        profile,
        Window.parse("2025-04-08"),
        Path("items.jsonl"),
        job=Path("jobs/demo-daily/2025-04-08"),
        replay=Path("responses.warc.gz"),
        settings={"DOWNLOAD_TIMEOUT": 1},
    )
    assert command[-6:] == [
        "-a",
        "job_dir=jobs/demo-daily/2025-04-08",
        "-a",
        "replay=responses.warc.gz",
        "-s",
        "DOWNLOAD_TIMEOUT=1",
    ]
