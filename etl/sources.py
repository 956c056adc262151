"""Source profiles: one TOML file per outlet under ``sources/``, validated with pydantic.

A profile says where an outlet's listing pages are, how to read an item off them (CSS
selectors, or none for automatic extraction), which timezone its clock shows and which of its
URL parameters identify an article. Errors name the file and the field.
"""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path
from typing import Any, Literal, Self
from urllib.parse import urlsplit

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from etl.config import get_settings
from etl.errors import SourceConfigError
from etl.taxonomy import load_taxonomy

DEMOSITE_SCHEME = "demosite://"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ItemSelectors(_Strict):
    """CSS selectors; each field points at an element inside the item element.

    Text fields take the element's whole text (inline tags included); ``url`` takes ``href``;
    ``time`` takes a ``datetime`` attribute when the element has one, else its text.
    """

    item: str = Field(description="Selects one element per listed article.")
    title: str
    title_attr: str | None = Field(
        default=None,
        description="Attribute of the title element holding the full title (e.g. 'title'), "
        "for sites that truncate the visible text; the text is used when it is absent.",
    )
    url: str = Field(description="Element whose href is the article link (often the title link).")
    lead: str | None = None
    time: str | None = None
    section: str | None = None

    @field_validator("item", "title", "url")
    @classmethod
    def _not_empty(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("is empty")
        return value


class Listing(_Strict):
    url: str = Field(
        description="Listing URL template with {base} and {page} (page number) or {offset} "
        "(items before this page: (page - first_page) * page_size)."
    )
    first_page: int = 1
    page_size: int = Field(default=20, ge=1, description="Items a listing page shows.")
    next_selector: str | None = Field(
        default=None,
        description="CSS selector of the 'next page' link, for sites paginated by next links; "
        "when set, pages after the first are reached by following it.",
    )
    archive_url: str | None = Field(
        default=None,
        description="Date-archive listing template with {base}, {date} (YYYYMMDD) and {page}; "
        "backfills of past days use it instead of paginating from the newest item.",
    )
    max_pages: int = Field(default=500, ge=1)
    old_items_to_stop: int = Field(
        default=0,
        ge=0,
        description="Stop after this many consecutive items older than the window start "
        "(0: only stop on a whole page older than the window).",
    )
    items: ItemSelectors | None = Field(
        default=None, description="None: use automatic extraction for this outlet."
    )

    @model_validator(mode="after")
    def _url_reaches_every_page(self) -> Self:
        # Without a next link to follow, page N is only reachable through the template.
        paged = "{page}" in self.url or "{offset}" in self.url
        if not paged and self.next_selector is None:
            raise ValueError("url must contain {page} or {offset} (or set next_selector)")
        return self

    @field_validator("archive_url")
    @classmethod
    def _archive_has_date(cls, value: str | None) -> str | None:
        if value is not None and "{date}" not in value:
            raise ValueError("must contain {date}")
        return value


class UrlRules(_Strict):
    keep_params: list[str] = Field(
        default_factory=list, description="Query parameters that identify an article."
    )
    drop_params: list[str] = Field(
        default_factory=list, description="Outlet-specific tracking parameters to drop."
    )
    force_https: bool = False
    mobile_hosts: bool = Field(
        default=False,
        description="Map m./mobile. hosts onto the outlet's desktop host (canonical_base, "
        "else base_url), so the mobile and desktop URL of one article are one key.",
    )


# Fields whose completeness the quality gate measures (see etl.quality.batch).
COMPLETENESS_FIELDS = ("title", "published_at", "summary", "body")


def _share(default: float, description: str) -> Any:
    return Field(default=default, ge=0.0, le=1.0, description=description)


class QualityThresholds(_Strict):
    """The ``[quality]`` table: where this outlet's quality gate draws its lines.

    Every field has a default that suits a daily news outlet, so a profile without the table
    is valid. Shares and ratios are fractions (0.25 = 25%). A check warns or fails when its
    measure lies strictly beyond an ``*_above`` threshold or strictly short of a ``*_below``
    one, so the threshold value itself still passes. A warn threshold may not lie beyond the
    fail threshold of the same measure.
    """

    window_tolerance_minutes: int = Field(
        default=0, ge=0, description="published_at may lie this far outside the window."
    )
    extra_domains: list[str] = Field(
        default_factory=list,
        description="Hosts whose article URLs belong to the outlet besides those of "
        "canonical_base and base_url; subdomains of each count too.",
    )
    extra_languages: list[str] = Field(
        default_factory=list, description="Languages accepted besides the profile's language."
    )
    empty_batch: Literal["warn", "fail"] = Field(
        default="fail",
        description="Verdict for a batch without a single item. A redesign yields zero items; "
        "'warn' suits an outlet that really has days without articles.",
    )
    quarantine_warn_above: float = _share(0.0, "Quarantined share of the items that warns.")
    quarantine_fail_above: float = _share(0.5, "Quarantined share of the items that fails.")
    volume_history_days: int = Field(
        default=14, ge=1, le=90, description="Trailing days whose median is the expected volume."
    )
    volume_min_history: int = Field(
        default=7, ge=1, description="Days with articles needed before volume is judged."
    )
    volume_fail_below: float = Field(
        default=0.3, ge=0.0, description="Valid articles / expected volume that fails below."
    )
    volume_warn_above: float = Field(
        default=3.0, ge=1.0, description="Valid articles / expected volume that warns above."
    )
    volume_fail_above: float = Field(
        default=5.0, ge=1.0, description="Valid articles / expected volume that fails above."
    )
    completeness_fail_below: float = _share(
        0.9, "Share of items carrying a field (title, published_at, lead, body) that fails."
    )
    completeness: dict[str, float] = Field(
        default_factory=dict,
        description="Per-field override of completeness_fail_below, e.g. {body = 0.5}.",
    )
    unclassified_warn_above: float = _share(0.2, "Share of articles without a section: warn.")
    unclassified_fail_above: float = _share(0.5, "Share of articles without a section: fail.")
    time_artifact_warn_above: float = _share(
        0.05, "Share of times at exactly midnight, or exactly at the fetch time: warn."
    )
    time_artifact_fail_above: float = _share(0.5, "The same share: fail.")
    duplicate_warn_above: float = _share(0.25, "Share of crawled items that were repeats: warn.")
    duplicate_fail_above: float = _share(0.5, "Share of crawled items that were repeats: fail.")
    lead_median_chars_below: int = Field(
        default=20,
        ge=0,
        description="A median lead shorter than this fails (a truncating or wrong lead "
        "selector); judged only for outlets with leads.",
    )
    extraction_fallback: Literal["warn", "fail"] = Field(
        default="warn",
        description="Verdict when the crawl fell back from the profile's selectors to "
        "automatic extraction (the selectors no longer match the site).",
    )

    @field_validator("extra_domains")
    @classmethod
    def _host_names(cls, value: list[str]) -> list[str]:
        for host in value:
            if not host or any(c in host for c in "/:@ "):
                raise ValueError(f"{host!r} is not a host name (e.g. 'news.example.kr')")
        return value

    @field_validator("completeness")
    @classmethod
    def _known_fields(cls, value: dict[str, float]) -> dict[str, float]:
        for name, share in value.items():
            if name not in COMPLETENESS_FIELDS:
                known = ", ".join(COMPLETENESS_FIELDS)
                raise ValueError(f"unknown field {name!r} (one of: {known})")
            if not 0.0 <= share <= 1.0:
                raise ValueError(f"{name} = {share} is not a share between 0 and 1")
        return value

    @model_validator(mode="after")
    def _warn_not_beyond_fail(self) -> Self:
        for measure in ("quarantine", "volume", "unclassified", "time_artifact", "duplicate"):
            warn, fail = (
                getattr(self, f"{measure}_warn_above"),
                getattr(self, f"{measure}_fail_above"),
            )
            if warn > fail:
                raise ValueError(f"{measure}_warn_above ({warn}) is above {measure}_fail_above")
        return self

    def completeness_for(self, name: str) -> float:
        """The share of items carrying field ``name`` below which the batch fails."""
        return self.completeness.get(name, self.completeness_fail_below)


class SourceProfile(_Strict):
    code: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{1,62}$")
    name: str
    base_url: str
    canonical_base: str | None = Field(
        default=None,
        description="Public origin of the outlet. URLs fetched under the live base_url are "
        "rebased onto it, so a site served from a changing address keeps stable article keys.",
    )
    timezone: str = "Asia/Seoul"
    language: str = "ko"
    has_leads: bool = True
    follow_articles: bool = False
    listing: Listing
    url: UrlRules = Field(default_factory=UrlRules)
    sections: dict[str, str] = Field(
        default_factory=dict, description="Outlet label -> canonical section code."
    )
    quality: QualityThresholds = Field(
        default_factory=QualityThresholds,
        description="Thresholds of the quality gate (the ``[quality]`` table).",
    )

    @field_validator("sections")
    @classmethod
    def _known_codes(cls, value: dict[str, str]) -> dict[str, str]:
        taxonomy = load_taxonomy()
        for label, code in value.items():
            if code not in taxonomy:
                raise ValueError(f"label {label!r} maps to unknown section code {code!r}")
        return value

    @property
    def is_demosite(self) -> bool:
        return self.base_url.startswith(DEMOSITE_SCHEME)

    def resolved_base_url(self) -> str:
        """The base URL to crawl; ``demosite://NAME`` is looked up in NEWSFLOW_DEMOSITE_URLS."""
        if not self.is_demosite:
            return self.base_url.rstrip("/")
        outlet = self.base_url.removeprefix(DEMOSITE_SCHEME).strip("/")
        urls = get_settings().demosite_urls
        if outlet not in urls:
            raise SourceConfigError(
                f"source {self.code}: demosite outlet {outlet!r} is not running "
                "(NEWSFLOW_DEMOSITE_URLS has no entry for it)",
                hint="start it with `newsflow demosite serve` and export the line it prints",
            )
        return urls[outlet].rstrip("/")

    def listing_url(self, page: int) -> str:
        offset = (page - self.listing.first_page) * self.listing.page_size
        return self.listing.url.format(base=self.resolved_base_url(), page=page, offset=offset)

    def archive_listing_url(self, day: date, page: int) -> str | None:
        """The date-archive page for ``day``, or None when the outlet has no archive."""
        if self.listing.archive_url is None:
            return None
        return self.listing.archive_url.format(
            base=self.resolved_base_url(), date=day.strftime("%Y%m%d"), page=page
        )

    def allowed_domains(self) -> list[str]:
        host = urlsplit(self.resolved_base_url()).hostname
        return [host] if host else []


def load_source(code: str, sources_dir: Path | None = None) -> SourceProfile:
    """Load and validate ``sources/<code>.toml``."""
    folder = sources_dir or get_settings().sources_dir
    if "/" in code or "\\" in code or code.startswith("."):
        raise SourceConfigError(f"source code {code!r} is not a plain name")
    path = folder / f"{code}.toml"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in folder.glob("*.toml"))) or "none"
        raise SourceConfigError(f"{path}: no such source profile", hint=f"known sources: {known}")
    return _parse_profile(path)


def first_error(err: ValidationError) -> str:
    """The first validation error as ``field.path: message`` — one line for the user."""
    first = err.errors()[0]
    where = ".".join(str(p) for p in first["loc"])
    return f"{where}: {first['msg']}"


def _parse_profile(path: Path) -> SourceProfile:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise SourceConfigError(f"{path}: cannot read profile: {err}") from err
    try:
        profile = SourceProfile.model_validate(data)
    except ValidationError as err:
        raise SourceConfigError(f"{path}: {first_error(err)}") from err
    if profile.code != path.stem:
        raise SourceConfigError(f"{path}: code: {profile.code!r} differs from the file name")
    return profile


def list_sources(sources_dir: Path | None = None) -> list[SourceProfile]:
    """Every profile in the sources folder, sorted by code."""
    folder = sources_dir or get_settings().sources_dir
    return [_parse_profile(p) for p in sorted(folder.glob("*.toml"))]
