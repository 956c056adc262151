"""Scoring extracted listing items against hand labels (the shared fixtures' ``labels.json``).

One definition of "found", used by the evaluation harness (``bench.extraction_eval``) and by
the tests on real pages alike: an extracted item matches a label when their URLs are equal
after ``etl.urls.canonical_url`` — with the tracking parameters the labeller stripped (query
keys of a label's ``href`` missing from its ``url``) dropped too — and their titles are equal
after whitespace collapsing, a title ending in a truncation mark (``..``, ``…``) matching any
title it is a prefix of. A label without a title (an image-only link) matches on its URL.
Several extracted items with one canonical URL count once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl, urljoin, urlsplit

from etl.urls import UrlRejected, canonical_url

TARGET_F1 = 0.95
TARGET_TIMESTAMPS = 0.95
_TRUNCATION = re.compile(r"\s*(?:\.{2,}|…+)\s*$")


@dataclass(frozen=True, slots=True)
class Predicted:
    """An extracted item as the evaluation sees it."""

    title: str
    url: str
    summary: str | None = None
    published_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Score:
    """Item precision/recall/F1 of one page; shares of matched items with the right time and
    with a summary, None where the labels show none."""

    precision: float
    recall: float
    f1: float
    matched: int
    predicted: int
    gold: int
    timestamps: float | None
    summaries: float | None


def listing_pages(labels: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(file name, entry) of every listing page in a ``labels.json``; article pages left out."""
    return [
        (name, page)
        for name, page in labels["pages"].items()
        if page.get("kind", page.get("page_type", "")).startswith("listing")
    ]


def score_page(predicted: list[Predicted], page: dict[str, Any]) -> Score:
    """``score`` against one ``labels.json`` page entry."""
    items = page.get("items") or []
    return score(predicted, items, stripped_params(items, page["page_url"]))


def collapse(text: str | None) -> str:
    return " ".join((text or "").split())


def titles_match(extracted: str, label: str | None) -> bool:
    """Equal after whitespace collapsing, or a site-truncated one is a prefix of the other."""
    if label is None:
        return True
    left, right = collapse(extracted), collapse(label)
    if left == right:
        return True
    for short, full in ((left, right), (right, left)):
        stem = _TRUNCATION.sub("", short)
        if stem != short and stem and full.startswith(stem):
            return True
    return False


def stripped_params(items: list[dict[str, Any]], page_url: str) -> set[str]:
    """Query keys the labeller treated as tracking: in a label's href, absent from its url."""
    dropped: set[str] = set()
    for item in items:
        href_keys = {k for k, _ in parse_qsl(urlsplit(urljoin(page_url, item["href"])).query)}
        url_keys = {k for k, _ in parse_qsl(urlsplit(item["url"]).query)}
        dropped |= href_keys - url_keys
    return dropped


def url_key(url: str, drop: set[str]) -> str | None:
    try:
        return canonical_url(url, drop_params=drop)
    except UrlRejected:
        return None


def score(predicted: list[Predicted], labels: list[dict[str, Any]], drop: set[str]) -> Score:
    """Precision, recall and F1 of ``predicted`` against ``labels`` (see the module docstring)."""
    gold: dict[str, dict[str, Any]] = {}
    for label in labels:
        key = url_key(label["url"], drop)
        if key:
            gold.setdefault(key, label)
    by_key: dict[str, list[Predicted]] = {}
    for item in predicted:
        key = url_key(item.url, drop)
        if key:
            by_key.setdefault(key, []).append(item)
    matched: list[tuple[Predicted, dict[str, Any]]] = []
    for key, items in by_key.items():
        wanted = gold.get(key)
        if wanted is None:
            continue
        hit = next((i for i in items if titles_match(i.title, wanted.get("title"))), None)
        if hit is not None:
            matched.append((hit, wanted))
    tp = len(matched)
    precision = tp / len(by_key) if by_key else 0.0
    recall = tp / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    timed = [(p, lab) for p, lab in matched if lab.get("timestamp_iso")]
    timestamps = (
        sum(
            p.published_at is not None
            and p.published_at == datetime.fromisoformat(lab["timestamp_iso"])
            for p, lab in timed
        )
        / len(timed)
        if timed
        else None
    )
    with_lead = [(p, lab) for p, lab in matched if lab.get("summary")]
    summaries = (
        sum(p.summary is not None for p, _ in with_lead) / len(with_lead) if with_lead else None
    )
    return Score(precision, recall, f1, tp, len(by_key), len(gold), timestamps, summaries)
