"""Settings from the environment; a bad value is one clear line naming the setting."""

from pathlib import Path

import pytest

from etl.config import Settings, get_settings
from etl.errors import ConfigError


@pytest.fixture(autouse=True)
def fresh_settings(monkeypatch):
    for name in ("WAREHOUSE_URL", "DATA_DIR", "SOURCES_DIR", "DEMOSITE_URLS", "CRAWL_FAST"):
        monkeypatch.delenv(f"NEWSFLOW_{name}", raising=False)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_defaults_live_under_dot_newsflow():
    settings = Settings()
    assert settings.warehouse_url == "sqlite:///.newsflow/warehouse.db"
    assert settings.data_dir == Path(".newsflow/data")
    assert settings.sources_dir == Path("sources")


def test_bare_postgresql_url_means_psycopg2(monkeypatch):
    monkeypatch.setenv("NEWSFLOW_WAREHOUSE_URL", "postgresql://u@h/db")
    assert get_settings().warehouse_url == "postgresql+psycopg2://u@h/db"


def test_unknown_warehouse_scheme_is_one_clear_line(monkeypatch):
    monkeypatch.setenv("NEWSFLOW_WAREHOUSE_URL", "mysql://u@h/db")
    with pytest.raises(ConfigError) as err:
        get_settings()
    assert str(err.value) == (
        "NEWSFLOW_WAREHOUSE_URL: Value error, must start with sqlite:/// or postgresql+psycopg2://"
    )


def test_malformed_demosite_urls_names_the_setting(monkeypatch):
    monkeypatch.setenv("NEWSFLOW_DEMOSITE_URLS", "not json")
    with pytest.raises(ConfigError, match="^NEWSFLOW_DEMOSITE_URLS"):
        get_settings()
