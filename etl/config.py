"""Settings from the environment (prefix ``NEWSFLOW_``), validated once.

Defaults make ``newsflow demo`` work on a fresh clone: a SQLite warehouse and the data
directory under ``.newsflow/`` in the current directory, source profiles under ``sources/``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict, SettingsError

from etl.errors import ConfigError

DEFAULT_HOME = Path(".newsflow")


class Settings(BaseSettings):
    """Every knob newsflow reads from the environment."""

    model_config = SettingsConfigDict(env_prefix="NEWSFLOW_", extra="ignore")

    warehouse_url: str = Field(
        default=f"sqlite:///{DEFAULT_HOME / 'warehouse.db'}",
        description="SQLAlchemy URL of the warehouse (postgresql+psycopg2://… or sqlite:///…).",
    )
    data_dir: Path = Field(
        default=DEFAULT_HOME / "data",
        description="Where raw batches, WARCs, crawl stats and reports are written.",
    )
    data_uri: str | None = Field(
        default=None,
        description="Base URI of run folders shared by every worker (file://…, s3://…, "
        "gs://…; fsspec). Unset: the data dir itself (file://<data_dir>). Set it to shared "
        "storage when the tasks of one run may land on different machines.",
    )
    sources_dir: Path = Field(
        default=Path("sources"), description="Folder of source profiles (one TOML per outlet)."
    )
    demosite_urls: dict[str, str] = Field(
        default_factory=dict,
        description="JSON object outlet -> base URL of a running demosite, "
        'e.g. {"demo-daily": "http://127.0.0.1:8081"}; resolves demosite:// profile URLs.',
    )
    crawl_fast: bool = Field(
        default=False,
        description="Drop politeness delays (loopback demosite and tests only).",
    )

    @field_validator("warehouse_url")
    @classmethod
    def _known_dialect(cls, value: str) -> str:
        if value.startswith("postgresql://"):
            # SQLAlchemy 2.1 reads a bare postgresql:// as psycopg 3, which we do not ship.
            value = "postgresql+psycopg2://" + value.removeprefix("postgresql://")
        if not value.startswith(("sqlite:", "postgresql+psycopg2://")):
            raise ValueError("must start with sqlite:/// or postgresql+psycopg2://")
        return value

    @field_validator("data_uri")
    @classmethod
    def _absolute_uri(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        scheme, sep, rest = value.partition("://")
        if not sep or not scheme.isidentifier() or not rest.strip("/"):
            raise ValueError(
                "must be an absolute URI such as file:///srv/newsflow or s3://bucket/x"
            )
        if "\x00" in value or any(part == ".." for part in rest.split("/")):
            raise ValueError("must not contain '..' segments or NUL")
        return value.rstrip("/")


def _first_line(err: ValidationError) -> str:
    first = err.errors()[0]
    field = ".".join(str(p) for p in first["loc"]) or "?"
    # Named as the user sets it: the environment variable, not the pydantic field.
    return f"NEWSFLOW_{field.upper()}: {first['msg']}"


_HINT = "fix or unset that environment variable (see README, 'Configuration')"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Settings of this process (cached; call ``get_settings.cache_clear()`` after changing env)."""
    try:
        return Settings()
    except ValidationError as err:
        raise ConfigError(_first_line(err), hint=_HINT) from err
    except SettingsError as err:
        # Raised before validation for complex values (JSON) that do not parse.
        field = str(err).split('"')[1] if '"' in str(err) else "?"
        raise ConfigError(f"NEWSFLOW_{field.upper()}: not valid JSON", hint=_HINT) from err


def dump_demosite_urls(urls: dict[str, str]) -> str:
    """The value to put in ``NEWSFLOW_DEMOSITE_URLS`` for these outlets."""
    return json.dumps(urls, sort_keys=True)
