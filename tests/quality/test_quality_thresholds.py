"""The profile's [quality] table: defaults for every outlet, validated overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.errors import SourceConfigError
from etl.sources import QualityThresholds, load_source

REPO = Path(__file__).resolve().parents[2]
PROFILE = """\
code = "acme"
name = "에이크미일보"
base_url = "https://www.acme.example"

[listing]
url = "{base}/news/list?page={page}"
"""


def write_profile(folder: Path, quality: str = "") -> Path:
    (folder / "acme.toml").write_text(PROFILE + quality, encoding="utf-8")
    return folder


def test_profile_without_a_quality_table_gets_the_defaults(tmp_path: Path) -> None:
    profile = load_source("acme", write_profile(tmp_path))

    assert profile.quality == QualityThresholds()
    assert (profile.quality.quarantine_fail_above, profile.quality.volume_fail_below) == (0.5, 0.3)
    assert (profile.quality.volume_warn_above, profile.quality.volume_fail_above) == (3.0, 5.0)


def test_the_bundled_profiles_stay_valid() -> None:
    assert load_source("demo-daily", REPO / "sources").quality.empty_batch == "fail"


def test_quality_table_overrides_thresholds(tmp_path: Path) -> None:
    table = """
[quality]
empty_batch = "warn"
volume_min_history = 3
completeness = { body = 0.5 }
extra_domains = ["acme-news.example"]
"""
    quality = load_source("acme", write_profile(tmp_path, table)).quality

    assert quality.empty_batch == "warn"
    assert quality.volume_min_history == 3
    assert (quality.completeness_for("body"), quality.completeness_for("title")) == (0.5, 0.9)
    assert quality.extra_domains == ["acme-news.example"]


@pytest.mark.parametrize(
    ("table", "error"),
    [
        ("quarantine_fail_above = 1.5", "quality.quarantine_fail_above: Input should be less"),
        ("unknown_knob = 1", "quality.unknown_knob: Extra inputs are not permitted"),
        (
            "completeness = { lead = 0.5 }",
            "quality.completeness: Value error, unknown field 'lead'",
        ),
        (
            "duplicate_warn_above = 0.6",
            "quality: Value error, duplicate_warn_above (0.6) is above duplicate_fail_above",
        ),
        ('empty_batch = "ignore"', "quality.empty_batch: Input should be 'warn' or 'fail'"),
        (
            'extra_domains = ["https://acme.example/"]',
            "quality.extra_domains: Value error, 'https://acme.example/' is not a host name",
        ),
    ],
)
def test_bad_quality_table_names_file_and_field(tmp_path: Path, table: str, error: str) -> None:
    folder = write_profile(tmp_path, f"\n[quality]\n{table}\n")

    with pytest.raises(SourceConfigError) as raised:
        load_source("acme", folder)

    assert str(raised.value).startswith(f"{folder / 'acme.toml'}: {error}")
