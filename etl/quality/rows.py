"""Row-level checks: the Great Expectations suites every article must pass, and their reading.

Two frames are validated: ``articles`` (one row per article) and ``article_sections`` (one row
per article and section code, since an article may carry several). GX reports every failing
row by its position in its frame; both frames carry ``row_id``, the article's position in the
batch, which maps that position to the article. Each expectation
names its check in ``meta["check"]``; that name is the quarantine reason. GX is the judge: the
only thing decided here is policy on top of its verdicts (the first occurrence of a repeated URL
is kept).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from etl.clean import FUTURE_TOLERANCE
from etl.errors import NewsflowError
from etl.quality.gx_runner import import_gx
from etl.quality.report import CheckResult
from etl.records import Article
from etl.sources import SourceProfile
from etl.taxonomy import load_taxonomy
from etl.window import Window

if TYPE_CHECKING:
    import pandas as pd
    from great_expectations.core import ExpectationValidationResult
    from great_expectations.expectations import Expectation

ARTICLES = "articles"
SECTIONS = "article_sections"
ROW_ID = "row_id"

TITLE_NOT_NULL = "title_not_null"
TITLE_LENGTH = "title_length_between_5_and_300"
TITLE_WITHOUT_MARKUP = "title_without_markup"
URL_ABSOLUTE_HTTP = "url_absolute_http"
URL_ON_SOURCE_DOMAINS = "url_on_source_domains"
URL_UNIQUE = "url_unique_in_batch"
PUBLISHED_AT_NOT_NULL = "published_at_not_null"
PUBLISHED_AT_INSIDE_WINDOW = "published_at_inside_window"
PUBLISHED_AT_NOT_IN_FUTURE = "published_at_not_in_future"
SUMMARY_NOT_NULL = "summary_not_null"
LANGUAGE_AS_EXPECTED = "language_as_expected"
SECTIONS_NOT_EMPTY = "sections_not_empty"
SECTIONS_IN_TAXONOMY = "sections_in_taxonomy"

# Reasons are listed in this order whatever order GX reports results in.
ROW_CHECKS: tuple[str, ...] = (
    TITLE_NOT_NULL,
    TITLE_LENGTH,
    TITLE_WITHOUT_MARKUP,
    URL_ABSOLUTE_HTTP,
    URL_ON_SOURCE_DOMAINS,
    URL_UNIQUE,
    PUBLISHED_AT_NOT_NULL,
    PUBLISHED_AT_INSIDE_WINDOW,
    PUBLISHED_AT_NOT_IN_FUTURE,
    SUMMARY_NOT_NULL,
    LANGUAGE_AS_EXPECTED,
    SECTIONS_NOT_EMPTY,
    SECTIONS_IN_TAXONOMY,
)

TITLE_MIN, TITLE_MAX = 5, 300
MARKUP = r"<[a-zA-Z/][^>]*>"
HTTP_URL = r"^https?://[^\s/$.?#].[^\s]*$"


def source_domains(profile: SourceProfile) -> list[str]:
    """The hosts whose URLs are this outlet's articles, without a leading ``www.``.

    The host of ``canonical_base`` (clean rebases the live site's URLs onto it), of
    ``base_url`` (for a demosite outlet without a canonical base: where it is served) and the
    profile's ``quality.extra_domains``. A URL is on them when its host is one of them or a
    subdomain of one, so ``www.``, ``m.`` and ``news.`` hosts of an outlet all count. Raises
    SourceConfigError for a demosite outlet without ``canonical_base`` that is not running.
    """
    hosts: list[str | None] = []
    if profile.canonical_base:
        hosts.append(urlsplit(profile.canonical_base).hostname)
    if not profile.is_demosite:
        hosts.append(urlsplit(profile.base_url).hostname)
    elif not profile.canonical_base:
        hosts.extend(profile.allowed_domains())
    hosts.extend(profile.quality.extra_domains)
    bare = (h.lower().rstrip(".").removeprefix("www.") for h in hosts if h)
    return sorted(set(bare))


def on_domains_pattern(domains: list[str]) -> str:
    """Regex a URL matches when it is on ``domains`` — or not an absolute http(s) URL at all.

    The first branch leaves relative and non-web links to ``url_absolute_http``, so a
    relative link is quarantined for that one reason, not two. Without domains no absolute
    URL matches.
    """
    hosts = "|".join(re.escape(d) for d in domains) or "(?!)"
    return rf"(?i)^(?!https?://)|^https?://(?:[^/?#@\s]+\.)?(?:{hosts})(?::\d+)?(?:[/?#]|$)"


def build_frames(articles: list[Article], now: datetime) -> dict[str, pd.DataFrame]:
    """The ``articles`` and ``article_sections`` frames for a batch (empty frames for none).

    ``published_at`` is a UTC datetime column; it is null where the clean stage flagged
    ``unparsed_time``, so the flag and ``published_at_not_null`` cannot disagree.
    ``published_at_ceiling`` is the latest believable publication time: ``now`` plus the clock
    tolerance, or for rows clean flagged ``future_time`` the fetch clock the flag was raised
    against (``first_seen_at`` plus the same tolerance), so those rows fail the future check.
    An article without sections gets one null section row (fails ``sections_not_empty``).
    """
    import pandas as pd

    published: list[datetime | None] = []
    ceilings: list[datetime] = []
    for article in articles:
        unparsed = "unparsed_time" in article.flags
        published.append(None if unparsed else article.published_at)
        ceiling = now
        if "future_time" in article.flags:
            ceiling = min(now, article.first_seen_at)
        ceilings.append(ceiling + FUTURE_TOLERANCE)

    utc = "datetime64[us, UTC]"
    frame = pd.DataFrame(
        {
            ROW_ID: pd.Series(range(len(articles)), dtype="int64"),
            "title": pd.Series([a.title for a in articles], dtype="str"),
            "url": pd.Series([a.url for a in articles], dtype="str"),
            "summary": pd.Series([a.summary for a in articles], dtype="str"),
            "language": pd.Series([a.language for a in articles], dtype="str"),
            "published_at": pd.Series(_as_utc(published), dtype=utc),
            "published_at_ceiling": pd.Series(_as_utc(ceilings), dtype=utc),
        }
    )
    no_section: list[str | None] = [None]
    pairs = [
        (row_id, code)
        for row_id, article in enumerate(articles)
        for code in (article.sections or no_section)
    ]
    sections = pd.DataFrame(
        {
            ROW_ID: pd.Series([row_id for row_id, _ in pairs], dtype="int64"),
            "section": pd.Series([code for _, code in pairs], dtype="str"),
        }
    )
    return {ARTICLES: frame, SECTIONS: sections}


def _as_utc(moments: list[datetime | None] | list[datetime]) -> list[datetime | None]:
    # Converting up front keeps pandas from having to unify mixed offsets (KST, UTC) itself.
    return [m.astimezone(UTC) if m is not None else None for m in moments]


def build_suites(
    profile: SourceProfile, window: Window, *, tolerance: timedelta
) -> dict[str, list[Expectation]]:
    """The expectations per frame for this source and window (frame name -> expectations)."""
    import_gx()
    import great_expectations.expectations as gxe

    def meta(check: str) -> dict[str, Any]:
        return {"check": check}

    articles: list[Expectation] = [
        gxe.ExpectColumnValuesToNotBeNull(column="title", meta=meta(TITLE_NOT_NULL)),
        gxe.ExpectColumnValueLengthsToBeBetween(
            column="title", min_value=TITLE_MIN, max_value=TITLE_MAX, meta=meta(TITLE_LENGTH)
        ),
        gxe.ExpectColumnValuesToNotMatchRegex(
            column="title", regex=MARKUP, meta=meta(TITLE_WITHOUT_MARKUP)
        ),
        gxe.ExpectColumnValuesToMatchRegex(
            column="url", regex=HTTP_URL, meta=meta(URL_ABSOLUTE_HTTP)
        ),
        gxe.ExpectColumnValuesToMatchRegex(
            column="url",
            regex=on_domains_pattern(source_domains(profile)),
            meta=meta(URL_ON_SOURCE_DOMAINS),
        ),
        gxe.ExpectColumnValuesToBeUnique(column="url", meta=meta(URL_UNIQUE)),
        gxe.ExpectColumnValuesToNotBeNull(column="published_at", meta=meta(PUBLISHED_AT_NOT_NULL)),
        # The window is half-open [start, end): strict at the end, so midnight is the next day.
        gxe.ExpectColumnValuesToBeBetween(
            column="published_at",
            min_value=(window.start - tolerance).astimezone(UTC),
            max_value=(window.end + tolerance).astimezone(UTC),
            strict_max=True,
            meta=meta(PUBLISHED_AT_INSIDE_WINDOW),
        ),
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="published_at_ceiling",
            column_B="published_at",
            or_equal=True,
            # A missing time is published_at_not_null's finding; do not report it twice.
            ignore_row_if="either_value_is_missing",
            meta=meta(PUBLISHED_AT_NOT_IN_FUTURE),
        ),
    ]
    if profile.has_leads:
        articles.append(
            gxe.ExpectColumnValuesToNotBeNull(column="summary", meta=meta(SUMMARY_NOT_NULL))
        )
    languages = sorted({profile.language, *profile.quality.extra_languages})
    articles.append(
        gxe.ExpectColumnValuesToBeInSet(
            column="language", value_set=languages, meta=meta(LANGUAGE_AS_EXPECTED)
        )
    )
    sections: list[Expectation] = [
        gxe.ExpectColumnValuesToNotBeNull(column="section", meta=meta(SECTIONS_NOT_EMPTY)),
        gxe.ExpectColumnValuesToBeInSet(
            column="section",
            value_set=sorted(load_taxonomy().sections),
            meta=meta(SECTIONS_IN_TAXONOMY),
        ),
    ]
    return {ARTICLES: articles, SECTIONS: sections}


@dataclass(frozen=True)
class RowFailures:
    """The rows one check quarantines (sorted ``row_id``s) and GX's verdict on it."""

    check: str
    success: bool
    row_ids: list[int]
    examples: list[str]

    def as_check_result(self, rows: int) -> CheckResult:
        details = f"{len(self.row_ids)} of {rows} rows fail"
        if self.examples:
            details += "; e.g. " + ", ".join(self.examples)
        return CheckResult(self.check, "row", self.success, len(self.row_ids), details)


class QualityCheckError(NewsflowError):
    """A row check could not be evaluated (GX raised inside it): the batch has no verdict."""


def read_failures(
    result: ExpectationValidationResult, frame: pd.DataFrame, max_examples: int = 3
) -> RowFailures:
    """The failing rows of one expectation's COMPLETE result over ``frame`` (a RangeIndex).

    GX lists failing rows by position in ``frame``; its ``row_id`` column names the article.
    GX marks every occurrence of a repeated URL as unexpected; the first occurrence (lowest
    ``row_id``) is the article and stays valid, the later ones are the duplicates quarantined.
    """
    config = result.expectation_config
    check = str(config.meta["check"]) if config is not None and config.meta else "unnamed_check"
    error = _raised(result.exception_info)
    if error is not None:
        raise QualityCheckError(
            f"quality check {check} could not run: {error}",
            hint="the batch was not judged; re-run the quality stage after fixing the cause",
        )
    positions = [int(p) for p in result.result.get("unexpected_index_list") or []]
    ids = frame[ROW_ID].to_numpy()
    row_ids = {int(ids[p]) for p in positions}
    if check == URL_UNIQUE:
        urls = frame["url"].to_numpy()
        first: dict[str, int] = {}
        for p in sorted(positions, key=lambda p: int(ids[p])):
            first.setdefault(str(urls[p]), int(ids[p]))
        row_ids -= set(first.values())
    examples: list[str] = []
    for value in result.result.get("unexpected_list") or []:
        shown = _example(value)
        if shown is not None and shown not in examples:
            examples.append(shown)
            if len(examples) == max_examples:
                break
    return RowFailures(check, bool(result.success), sorted(row_ids), examples)


def _example(value: Any) -> str | None:
    """One unexpected value as text: times in ISO 8601 UTC; None for a null (nothing to show).

    A column-pair expectation reports ``(A, B)``; the one pair check here judges its B
    (``published_at`` against its ceiling), so B is the value to show.
    """
    import numpy as np
    import pandas as pd

    if isinstance(value, tuple | list) and value:
        value = value[-1]
    # NaN and NaT are the values that differ from themselves.
    if value is None or value != value:
        return None
    if isinstance(value, datetime | np.datetime64):
        moment = pd.Timestamp(value)
        return (moment if moment.tzinfo else moment.tz_localize(UTC)).isoformat()
    return str(value)


def _raised(info: dict[str, Any] | None) -> str | None:
    """The exception message GX caught while evaluating an expectation, if any.

    GX gives either one ``{raised_exception, exception_message, …}`` dict or one such dict per
    metric it computed.
    """
    if not info:
        return None
    entries = [info] if "raised_exception" in info else list(info.values())
    for entry in entries:
        if isinstance(entry, dict) and entry.get("raised_exception"):
            return str(entry.get("exception_message") or "unknown error")
    return None
