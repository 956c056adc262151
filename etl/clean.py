"""Clean: RawItem -> Article (canonical URL, UTC timestamps, normalised text, section codes).

Pure and idempotent: the same raw batch always gives the same Articles. Items that cannot
become an article at all (a link that is not an http(s) URL, no title) are returned as
rejects with their reason, for the quarantine; nothing is dropped silently.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from etl.records import Article, RawItem
from etl.sources import SourceProfile
from etl.taxonomy import UNCLASSIFIED, Taxonomy, load_taxonomy
from etl.text import (
    clean_author,
    clean_text,
    detect_language,
    extract_byline,
    strip_boilerplate,
    title_labels,
)
from etl.timeparse import FUTURE_TOLERANCE, TimeReading, read_published_modified, read_timestamp
from etl.urls import UrlRejected, canonical_url, url_hash
from etl.window import WORKING_YEARS

# Flags clean sets on an Article for the quality stage (``Article.flags``).
FLAG_UNPARSED_TIME = "unparsed_time"  # no published time, or none we can read
FLAG_IMPOSSIBLE_TIME = "impossible_time"  # a date shape no calendar has (2025-02-30, 25:00)
FLAG_FUTURE_TIME = "future_time"  # later than the fetch time plus FUTURE_TOLERANCE


@dataclass
class CleanResult:
    articles: list[Article]
    rejected: list[tuple[dict[str, object], list[str]]] = field(default_factory=list)
    unclassified: int = 0
    unknown_labels: Counter[str] = field(default_factory=Counter)  # label -> sightings

    def counts(self) -> dict[str, int]:
        return {
            "cleaned": len(self.articles),
            "clean_rejected": len(self.rejected),
            "unclassified_sections": self.unclassified,
        }


def content_hash(title: str, summary: str | None, body: str | None, author: str | None) -> str:
    """Hash of what a reader sees; a change here makes a new article version."""
    text = "\x1f".join([title, summary or "", body or "", author or ""])
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def clean_item(raw: RawItem, profile: SourceProfile, taxonomy: Taxonomy) -> Article:
    """One RawItem as an Article; raises UrlRejected/ValueError for an unusable item.

    Times: the listing's ``published_raw`` first, the article page's after it; a labelled
    ``입력 … | 수정 …`` string gives the modified time too. A time that cannot be read is
    flagged (``unparsed_time``, ``impossible_time``), one beyond the fetch time plus
    FUTURE_TOLERANCE is kept and flagged ``future_time``; none is invented. Bylines in the lead
    or body (``[데모경제=홍길동 기자] …``) become the author when the page names none, and leave
    the text, as do copyright footers of the body.
    """
    tz = ZoneInfo(profile.timezone)
    url = canonical_url(
        raw.url,
        base=raw.listing_url,
        keep_params=profile.url.keep_params,
        drop_params=profile.url.drop_params,
        force_https=profile.url.force_https,
        rebase=_rebase(raw, profile),
        desktop_host=_desktop_host(profile),
    )
    title = clean_text(raw.title)
    if title is None:
        raise ValueError("empty title")
    fetched_at = _fetch_time(raw.fetched_at)
    page = raw.article
    summary_author, summary = extract_byline(clean_text(raw.summary))
    body_author, body = extract_byline(strip_boilerplate(page.body) if page else None)
    author = (clean_author(page.author) if page else None) or body_author or summary_author

    def read(text: str | None) -> tuple[TimeReading, TimeReading]:
        return read_published_modified(text, tz, fetched_at, url=raw.url)

    listing_published, listing_modified = read(raw.published_raw)
    page_published, page_modified = read(page.published_raw if page else None)
    page_modified_field = read_timestamp(
        page.modified_raw if page else None, tz, fetched_at, url=raw.url
    )
    published = _first_read([listing_published, page_published])
    if _page_time_is_finer(raw.published_raw, listing_published, page_published, tz):
        published = page_published
    modified = _first_read([page_modified_field, page_modified, listing_modified])
    flags = _time_flags(published, [listing_published, page_published], fetched_at)

    labels = [label for label in (raw.section_raw, page.section_raw if page else None) if label]
    sections: list[str] = []
    for label in labels:
        code = taxonomy.classify(label, profile.sections)
        if code not in sections:
            sections.append(code)
    if not sections:
        sections = [UNCLASSIFIED]
    if len(sections) > 1 and UNCLASSIFIED in sections:
        sections.remove(UNCLASSIFIED)

    return Article(
        source=profile.code,
        url=url,
        url_hash=url_hash(url),
        title=title,
        summary=summary,
        body=body,
        author=author,
        published_at=published.value,
        modified_at=modified.value,
        published_raw=raw.published_raw,
        sections=sections,
        section_labels=[clean_text(label) or label for label in labels],
        language=detect_language(" ".join(filter(None, [title, summary]))),
        content_hash=content_hash(title, summary, body, author),
        first_seen_at=fetched_at,
        title_labels=title_labels(title),
        flags=flags,
    )


def _fetch_time(text: str) -> datetime:
    """The item's fetch time (ISO 8601 with an offset); ValueError, naming the value, for one
    without an offset or outside ``WORKING_YEARS``, so the item is rejected with that reason
    (the crawl writes them; a batch edited or produced elsewhere may carry any string)."""
    fetched_at = datetime.fromisoformat(text)
    if fetched_at.tzinfo is None or fetched_at.year not in WORKING_YEARS:
        raise ValueError(f"fetch time {text!r} has no offset or lies outside any crawl")
    return fetched_at


def _rebase(raw: RawItem, profile: SourceProfile) -> tuple[str, str] | None:
    return (_origin(raw.listing_url), profile.canonical_base) if profile.canonical_base else None


def _desktop_host(profile: SourceProfile) -> str | None:
    """The outlet's desktop host when its profile maps mobile hosts (``m.``) onto it.

    ``url.mobile_hosts`` is an optional profile switch; a profile without it keeps mobile
    hosts as they are.
    """
    if not profile.url.mobile_hosts:
        return None
    base = profile.canonical_base or ("" if profile.is_demosite else profile.base_url)
    return urlsplit(base).hostname


_CLOCK = re.compile(r"\d{1,2}\s*:\s*\d{2}|\d{1,2}\s*시")


def _page_time_is_finer(
    listing_raw: str | None, listing: TimeReading, page: TimeReading, tz: ZoneInfo
) -> bool:
    """True when the listing shows only a day (``[2025.04.09]``, ``어제``) and the article page
    gives a clock time on that same day: midnight would be a parse artefact, not the time."""
    if listing.value is None or page.value is None or not listing_raw:
        return False
    if _CLOCK.search(listing_raw):
        return False
    return listing.value.astimezone(tz).date() == page.value.astimezone(tz).date()


def _first_read(readings: list[TimeReading]) -> TimeReading:
    """The first reading that gave a time, else the first that said anything, else missing."""
    for reading in readings:
        if reading.status == "ok":
            return reading
    return next((r for r in readings if r.status != "missing"), readings[0])


def _time_flags(
    published: TimeReading, readings: list[TimeReading], fetched_at: datetime
) -> list[str]:
    if published.value is None:
        said = [r.status for r in readings if r.status != "missing"]
        return [FLAG_IMPOSSIBLE_TIME if "impossible" in said else FLAG_UNPARSED_TIME]
    if published.value > fetched_at + FUTURE_TOLERANCE:
        return [FLAG_FUTURE_TIME]
    return []


def clean(items: list[RawItem], profile: SourceProfile) -> CleanResult:
    """Clean a raw batch; unusable items come back in ``rejected`` with their reason."""
    taxonomy = load_taxonomy()
    result = CleanResult(articles=[])
    for raw in items:
        try:
            article = clean_item(raw, profile, taxonomy)
        except UrlRejected as err:
            result.rejected.append((_raw_record(raw), [f"url_rejected: {err}"]))
            continue
        except ValueError as err:
            result.rejected.append((_raw_record(raw), [f"clean_failed: {err}"]))
            continue
        if article.sections == [UNCLASSIFIED]:
            result.unclassified += 1
            result.unknown_labels.update(article.section_labels)
        result.articles.append(article)
    return result


def _raw_record(raw: RawItem) -> dict[str, object]:
    import json

    return dict(json.loads(raw.to_json()))
