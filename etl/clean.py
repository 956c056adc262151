"""Clean: RawItem -> Article (canonical URL, UTC timestamps, normalised text, section codes).

Pure and idempotent: the same raw batch always gives the same Articles. Items that cannot
become an article at all (a link that is not an http(s) URL, no title) are returned as
rejects with their reason, for the quarantine; nothing is dropped silently.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from etl.records import Article, RawItem
from etl.sources import SourceProfile
from etl.taxonomy import UNCLASSIFIED, Taxonomy, load_taxonomy
from etl.text import clean_author, clean_paragraphs, clean_text, detect_language, title_labels
from etl.timeparse import parse_timestamp
from etl.urls import UrlRejected, canonical_url, url_hash

# A page clock a few minutes ahead of ours is normal; beyond that the time is suspect.
FUTURE_TOLERANCE = timedelta(minutes=5)


@dataclass
class CleanResult:
    articles: list[Article]
    rejected: list[tuple[dict[str, object], list[str]]] = field(default_factory=list)
    unclassified: int = 0

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
    """One RawItem as an Article; raises UrlRejected/ValueError for an unusable item."""
    tz = ZoneInfo(profile.timezone)
    rebase = (_origin(raw.listing_url), profile.canonical_base) if profile.canonical_base else None
    url = canonical_url(
        raw.url,
        base=raw.listing_url,
        keep_params=profile.url.keep_params,
        drop_params=profile.url.drop_params,
        force_https=profile.url.force_https,
        rebase=rebase,
    )
    title = clean_text(raw.title)
    if title is None:
        raise ValueError("empty title")
    fetched_at = datetime.fromisoformat(raw.fetched_at)
    page = raw.article
    summary = clean_text(raw.summary)
    body = clean_paragraphs(page.body) if page else None
    author = clean_author(page.author) if page else None

    flags: list[str] = []
    published_at = parse_timestamp(raw.published_raw, tz, fetched_at)
    if published_at is None and page is not None:
        published_at = parse_timestamp(page.published_raw, tz, fetched_at)
    if published_at is None:
        flags.append("unparsed_time")
    elif published_at > fetched_at + FUTURE_TOLERANCE:
        flags.append("future_time")
    modified_at = parse_timestamp(page.modified_raw, tz, fetched_at) if page else None

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
        published_at=published_at,
        modified_at=modified_at,
        published_raw=raw.published_raw,
        sections=sections,
        section_labels=[clean_text(label) or label for label in labels],
        language=detect_language(" ".join(filter(None, [title, summary]))),
        content_hash=content_hash(title, summary, body, author),
        first_seen_at=fetched_at,
        title_labels=title_labels(title),
        flags=flags,
    )


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
        result.articles.append(article)
    return result


def _raw_record(raw: RawItem) -> dict[str, object]:
    import json

    return dict(json.loads(raw.to_json()))
