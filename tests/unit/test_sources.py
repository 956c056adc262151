"""Source profiles: validated, and every error names the file and the field."""

from pathlib import Path

import pytest

from etl.errors import SourceConfigError
from etl.sources import list_sources, load_source

SOURCES = Path(__file__).resolve().parents[2] / "sources"

VALID = """
code = "acme"
name = "Acme"
base_url = "https://news.acme.kr"
[listing]
url = "{base}/list?page={page}"
[listing.items]
item = "li"
title = "a"
url = "a"
"""


def write(tmp_path: Path, text: str, name: str = "acme") -> Path:
    (tmp_path / f"{name}.toml").write_text(text, encoding="utf-8")
    return tmp_path


def test_every_bundled_profile_is_valid():
    assert [p.code for p in list_sources(SOURCES)] == sorted(p.stem for p in SOURCES.glob("*.toml"))


def test_valid_profile_builds_listing_urls(tmp_path):
    profile = load_source("acme", write(tmp_path, VALID))
    assert profile.listing_url(3) == "https://news.acme.kr/list?page=3"
    assert profile.allowed_domains() == ["news.acme.kr"]


def test_empty_item_selector_names_file_and_field(tmp_path):
    folder = write(tmp_path, VALID.replace('item = "li"', 'item = " "'))
    with pytest.raises(SourceConfigError) as err:
        load_source("acme", folder)
    assert str(err.value) == f"{folder / 'acme.toml'}: listing.items.item: Value error, is empty"


def test_unknown_section_code_is_refused(tmp_path):
    folder = write(tmp_path, VALID + '[sections]\n"연예" = "gossip"\n')
    with pytest.raises(SourceConfigError, match=r"sections: .*unknown section code 'gossip'"):
        load_source("acme", folder)


def test_listing_url_without_page_placeholder_is_refused(tmp_path):
    folder = write(tmp_path, VALID.replace("?page={page}", ""))
    expected = r"listing: Value error, url must contain \{page\} or \{offset\} \(or set next"
    with pytest.raises(SourceConfigError, match=expected):
        load_source("acme", folder)


def test_unknown_field_is_refused(tmp_path):
    folder = write(tmp_path, VALID.replace('name = "Acme"', 'name = "Acme"\nfolow_articles = true'))
    with pytest.raises(SourceConfigError, match="folow_articles: Extra inputs are not permitted"):
        load_source("acme", folder)


def test_code_must_match_file_name(tmp_path):
    folder = write(tmp_path, VALID, name="other")
    with pytest.raises(SourceConfigError, match="differs from the file name"):
        load_source("other", folder)


def test_missing_profile_lists_the_known_ones(tmp_path):
    write(tmp_path, VALID)
    with pytest.raises(SourceConfigError) as err:
        load_source("nope", tmp_path)
    assert err.value.hint == "known sources: acme"


def test_path_like_source_code_is_refused(tmp_path):
    with pytest.raises(SourceConfigError, match="not a plain name"):
        load_source("../etc/passwd", tmp_path)


def test_broken_toml_is_reported_with_the_file(tmp_path):
    folder = write(tmp_path, "code = ")
    with pytest.raises(SourceConfigError, match="acme.toml: cannot read profile"):
        load_source("acme", folder)


def test_demosite_base_needs_the_running_site(monkeypatch, tmp_path):
    from etl.config import get_settings

    monkeypatch.delenv("NEWSFLOW_DEMOSITE_URLS", raising=False)
    get_settings.cache_clear()
    profile = load_source("demo-daily", SOURCES)
    with pytest.raises(SourceConfigError, match="demosite outlet 'demo-daily' is not running"):
        profile.resolved_base_url()
    monkeypatch.setenv("NEWSFLOW_DEMOSITE_URLS", '{"demo-daily": "http://127.0.0.1:9/"}')
    get_settings.cache_clear()
    assert profile.listing_url(2) == "http://127.0.0.1:9/news/latest?page=2"
    get_settings.cache_clear()


def test_offset_pagination_counts_items_before_the_page(tmp_path):
    text = VALID.replace("?page={page}", "?start={offset}").replace(
        "[listing]\n", "[listing]\npage_size = 15\n"
    )
    profile = load_source("acme", write(tmp_path, text))
    assert profile.listing_url(1) == "https://news.acme.kr/list?start=0"
    assert profile.listing_url(3) == "https://news.acme.kr/list?start=30"


def test_archive_url_names_the_day(tmp_path):
    from datetime import date

    text = VALID.replace(
        "[listing]\n", '[listing]\narchive_url = "{base}/list?date={date}&page={page}"\n'
    )
    profile = load_source("acme", write(tmp_path, text))
    assert profile.archive_listing_url(date(2025, 4, 8), 2) == (
        "https://news.acme.kr/list?date=20250408&page=2"
    )
