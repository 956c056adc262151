"""Exact duplicates: one Article per article, however often and under however many URLs seen.

A listing shows the same article more than once (pinned on top, in two sections, shifted to
the next page while the crawl paginated): sightings of one (source, canonical URL) merge into
one Article — sections united, the earliest published_at, the latest modified_at, the fullest
title and lead (a text ending in ``..``/``…`` is cut short and loses to an uncut one even when
longer; otherwise the longer wins), the longest body.

An outlet can also show one article under two URLs that canonical-URL rules cannot unify (a
path alias: ``/news/123`` and ``/news/articleView.html?idxno=123``). Two of its sightings are
the same article when their content (``content_hash``) and publication instant are equal and
their URLs carry the same article number (the longest run of digits, the CMS's id; URLs
without one match any). Two URLs carrying different numbers are two articles however alike:
a CMS numbering a story anew published it anew. Such aliases are recorded once, under the URL
the warehouse already has, else the shortest (then the first in code-point order).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from urllib.parse import urlsplit

from etl.clean import content_hash
from etl.records import Article

TRUNCATION_MARKS = ("..", "…")

AliasKey = tuple[datetime, str]  # (published_at, content_hash)
# AliasKey -> [(url, url_hash)] of the stored articles with that publication time and content
AliasLookup = Callable[[list[AliasKey]], dict[AliasKey, list[tuple[str, str]]]]
HashLookup = Callable[[list[str]], dict[str, str]]

_DIGITS = re.compile(r"\d+")


@dataclass
class DedupResult:
    articles: list[Article]
    exact_merged: int  # sightings folded into another of the batch (same URL, or an alias)
    known_unchanged: int  # already in the warehouse with the same content
    known_changed: int  # already in the warehouse, content differs (becomes a new version)
    new: int
    url_aliases: int = 0  # articles recognised under a second URL (in the batch or stored)

    def counts(self) -> dict[str, int]:
        return {
            "dedup_exact_merged": self.exact_merged,
            "dedup_url_aliases": self.url_aliases,
            "dedup_known_unchanged": self.known_unchanged,
            "dedup_known_changed": self.known_changed,
            "dedup_new": self.new,
        }


def is_truncated(text: str) -> bool:
    """Whether ``text`` ends in a truncation mark (``..``, ``…``)."""
    return text.rstrip().endswith(TRUNCATION_MARKS)


def fuller(first: str | None, other: str | None) -> str | None:
    """The fuller of two sightings of one text: present, then uncut, then longer; else first."""
    if not first or not other:
        return first or other
    first_rank = (not is_truncated(first), len(first))
    other_rank = (not is_truncated(other), len(other))
    return other if other_rank > first_rank else first


def _longest(first: str | None, other: str | None) -> str | None:
    if not first or not other:
        return first or other
    return other if len(other) > len(first) else first


def merge_sightings(first: Article, other: Article) -> Article:
    """One article from two sightings of it, keeping ``first``'s URL (rules: module docstring)."""
    published = [p for p in (first.published_at, other.published_at) if p is not None]
    modified = [m for m in (first.modified_at, other.modified_at) if m is not None]
    sections = first.sections + [s for s in other.sections if s not in first.sections]
    if len(sections) > 1 and "unclassified" in sections:
        sections.remove("unclassified")
    title = fuller(first.title, other.title) or first.title
    summary = fuller(first.summary, other.summary)
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
        title_labels=first.title_labels if title == first.title else other.title_labels,
        content_hash=content_hash(title, summary, body, author),
    )


def article_number(url: str) -> str:
    """The longest run of digits in the URL's path and query ("" when it has none)."""
    parts = urlsplit(url)
    runs = _DIGITS.findall(f"{parts.path}?{parts.query}")
    return max(runs, key=len, default="")


def same_number(url: str, other: str) -> bool:
    """Whether two URLs may name one article: their numbers agree, or one has none."""
    first, second = article_number(url), article_number(other)
    return not first or not second or first == second


def _merge_by_url(articles: list[Article]) -> dict[str, Article]:
    merged: dict[str, Article] = {}
    for article in articles:
        seen = merged.get(article.url_hash)
        merged[article.url_hash] = article if seen is None else merge_sightings(seen, article)
    return merged


def _stored_aliases(
    unique: dict[str, Article], known: dict[str, str], known_aliases: AliasLookup | None
) -> dict[str, tuple[str, str]]:
    """url_hash -> the stored (url, url_hash) of the same article, for new URLs of the batch."""
    keyed = [
        (article, (article.published_at, article.content_hash))
        for article in unique.values()
        if article.url_hash not in known and article.published_at is not None
    ]
    if known_aliases is None or not keyed:
        return {}
    stored = known_aliases([key for _, key in keyed])
    found: dict[str, tuple[str, str]] = {}
    for article, key in keyed:
        urls = [u for u in stored.get(key, []) if same_number(article.url, u[0])]
        if urls:
            found[article.url_hash] = min(urls, key=lambda u: (len(u[0]), u[0]))
    return found


def _fold_aliases(unique: list[Article], known: dict[str, str]) -> tuple[list[Article], int]:
    """Batch articles that are one article under several URLs, folded into one; and how many."""
    result: list[Article] = []
    folded = 0
    groups: dict[tuple[str, datetime], list[int]] = {}  # (content, time) -> indexes in result
    for article in unique:
        if article.published_at is None:
            result.append(article)
            continue
        key = (article.content_hash, article.published_at)
        same = next(
            (i for i in groups.get(key, []) if same_number(result[i].url, article.url)), None
        )
        if same is None:
            groups.setdefault(key, []).append(len(result))
            result.append(article)
            continue
        # Merged in sighting order (the first one's sections lead), recorded under one URL.
        earlier = result[same]
        merged = merge_sightings(earlier, article)
        if _url_rank(article, known) < _url_rank(earlier, known):
            merged = replace(merged, url=article.url, url_hash=article.url_hash)
        result[same] = merged
        folded += 1
    return result, folded


def _url_rank(article: Article, known: dict[str, str]) -> tuple[bool, int, str]:
    """Which URL an article is recorded under: the warehouse's, else the shortest."""
    return (article.url_hash not in known, len(article.url), article.url)


def dedup(
    articles: list[Article],
    known_hashes: HashLookup | None = None,
    known_aliases: AliasLookup | None = None,
) -> DedupResult:
    """One Article per article of the batch; each classified against the warehouse.

    ``known_hashes(url_hashes) -> {url_hash: content_hash}`` and ``known_aliases(keys) ->
    {(published_at, content_hash): [(url, url_hash), …]}`` look the batch up in the warehouse
    (``etl.warehouse.load.existing_hashes``/``existing_aliases`` bound to an engine and source).
    A batch URL that is an alias of a stored article takes that article's URL, so the load sees
    it as known. Articles are never dropped for being known: the load still records that they
    were seen again. Order of first sighting is kept, so the result is deterministic.
    """
    unique = _merge_by_url(articles)
    known = dict(known_hashes(list(unique))) if known_hashes and unique else {}
    stored = _stored_aliases(unique, known, known_aliases)
    for url_hash, (url, stored_hash) in stored.items():
        article = unique[url_hash]
        unique[url_hash] = replace(article, url=url, url_hash=stored_hash)
        known[stored_hash] = article.content_hash
    deduped, folded = _fold_aliases(list(_merge_by_url(list(unique.values())).values()), known)
    unchanged = sum(1 for a in deduped if known.get(a.url_hash) == a.content_hash)
    changed = sum(1 for a in deduped if a.url_hash in known) - unchanged
    return DedupResult(
        deduped,
        exact_merged=len(articles) - len(deduped),
        known_unchanged=unchanged,
        known_changed=changed,
        new=len(deduped) - unchanged - changed,
        url_aliases=len(stored) + folded,
    )
