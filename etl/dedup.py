"""Dedup: exact duplicates by (source, canonical URL), within a batch and against the warehouse.

A listing shows the same article more than once (pinned on top, in two sections, shifted to the
next page while the crawl paginated). Sightings merge into one Article: sections united, the
earliest published_at, the latest modified_at, the longest title and lead (sites truncate).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from etl.clean import content_hash
from etl.records import Article


@dataclass
class DedupResult:
    articles: list[Article]
    exact_merged: int  # sightings folded into an earlier one of the same batch
    known_unchanged: int  # already in the warehouse with the same content
    known_changed: int  # already in the warehouse, content differs (becomes a new version)
    new: int

    def counts(self) -> dict[str, int]:
        return {
            "dedup_exact_merged": self.exact_merged,
            "dedup_known_unchanged": self.known_unchanged,
            "dedup_known_changed": self.known_changed,
            "dedup_new": self.new,
        }


def _longest(a: str | None, b: str | None) -> str | None:
    if not a:
        return b
    if not b:
        return a
    return b if len(b) > len(a) else a


def merge_sightings(first: Article, other: Article) -> Article:
    """One article from two sightings of the same URL (see module docstring for the rules)."""
    published = [p for p in (first.published_at, other.published_at) if p is not None]
    modified = [m for m in (first.modified_at, other.modified_at) if m is not None]
    sections = first.sections + [s for s in other.sections if s not in first.sections]
    if len(sections) > 1 and "unclassified" in sections:
        sections.remove("unclassified")
    title = _longest(first.title, other.title) or first.title
    summary = _longest(first.summary, other.summary)
    body = _longest(first.body, other.body)
    author = first.author or other.author
    return replace(
        first,
        title=title,
        summary=summary,
        body=body,
        author=author,
        published_at=min(published) if published else None,
        published_raw=first.published_raw or other.published_raw,
        modified_at=max(modified) if modified else None,
        sections=sections,
        section_labels=first.section_labels
        + [s for s in other.section_labels if s not in first.section_labels],
        first_seen_at=min(first.first_seen_at, other.first_seen_at),
        flags=first.flags if first.published_at is not None else other.flags,
        content_hash=content_hash(title, summary, body, author),
    )


def dedup(
    articles: list[Article],
    known_hashes: Callable[[list[str]], dict[str, str]] | None = None,
) -> DedupResult:
    """Merge sightings of one URL; classify each article against the warehouse.

    ``known_hashes(url_hashes) -> {url_hash: content_hash}`` looks the batch up in the
    warehouse (``etl.warehouse.load.existing_hashes`` bound to an engine and source). Articles
    are never dropped for being known: the load still records that they were seen again.
    Order of first sighting is kept, so the result is deterministic.
    """
    merged: dict[str, Article] = {}
    exact = 0
    for article in articles:
        seen = merged.get(article.url_hash)
        if seen is None:
            merged[article.url_hash] = article
        else:
            merged[article.url_hash] = merge_sightings(seen, article)
            exact += 1
    unique = list(merged.values())
    known = known_hashes([a.url_hash for a in unique]) if known_hashes and unique else {}
    unchanged = sum(1 for a in unique if known.get(a.url_hash) == a.content_hash)
    changed = sum(1 for a in unique if a.url_hash in known) - unchanged
    return DedupResult(unique, exact, unchanged, changed, len(unique) - unchanged - changed)
