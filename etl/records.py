"""The record contract every stage speaks: ``RawItem`` (what a spider yields) -> ``Article``.

Records travel between stages as JSON Lines files; ``to_json``/``from_json`` are the only
(de)serialisers, so a field added here reaches every stage.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from pathlib import Path
from typing import Any

# Half a character: a JSON escape on a page (``"\\ud800"`` in JSON-LD) decodes to a lone
# surrogate, which no encoder writes; an item carrying one could not be saved at all.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(slots=True)
class ArticlePage:
    """What was read from an article page when the profile follows articles (raw strings)."""

    body: str | None = None
    author: str | None = None
    published_raw: str | None = None
    modified_raw: str | None = None
    section_raw: str | None = None
    canonical_url: str | None = None


@dataclass(slots=True)
class RawItem:
    """One item as seen on a listing page. Strings are kept exactly as the page had them."""

    source: str
    listing_url: str
    url: str
    title: str
    summary: str | None
    published_raw: str | None
    section_raw: str | None
    page: int
    position: int
    fetched_at: str  # ISO 8601 with offset, when the listing page was fetched
    extractor: str = "selectors"  # "selectors" | "auto"
    extractor_version: str = "1"
    article: ArticlePage | None = None

    def to_json(self) -> str:
        """The item as one JSON line; a lone surrogate in any field becomes U+FFFD."""
        text = json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)
        return _LONE_SURROGATE.sub("\ufffd", text)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RawItem:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if values.get("article") is not None:
            values["article"] = ArticlePage(**values["article"])
        return cls(**values)


@dataclass(slots=True)
class Article:
    """A cleaned article, keyed by (source, url). Timestamps are tz-aware UTC."""

    source: str
    url: str
    url_hash: str
    title: str
    summary: str | None
    body: str | None
    author: str | None
    published_at: datetime | None
    modified_at: datetime | None
    published_raw: str | None
    sections: list[str]
    section_labels: list[str]
    language: str
    content_hash: str
    first_seen_at: datetime
    story_id: str | None = None
    title_labels: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)  # e.g. "future", "unparsed_time"

    def to_json(self) -> str:
        data = asdict(self)
        for key in ("published_at", "modified_at", "first_seen_at"):
            if data[key] is not None:
                data[key] = data[key].isoformat()
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        values = dict(data)
        for key in ("published_at", "modified_at", "first_seen_at"):
            if values.get(key):
                values[key] = datetime.fromisoformat(values[key])
        return cls(**values)


def write_jsonl(path: Path, records: Iterable[RawItem | Article]) -> int:
    """Write records to ``path`` atomically (temp file + rename); returns the count."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    count = 0
    with tmp.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(record.to_json())
            out.write("\n")
            count += 1
    tmp.replace(path)
    return count


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def read_raw_items(path: Path) -> list[RawItem]:
    return [RawItem.from_dict(d) for d in read_jsonl(path)]


def read_articles(path: Path) -> list[Article]:
    return [Article.from_dict(d) for d in read_jsonl(path)]
