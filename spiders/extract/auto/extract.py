"""``extract_listing``: bytes of a listing page in, its article items out, no site selectors.

Pipeline: decode (charset checked against the bytes) -> parse with lxml -> links -> template
blocks -> records read -> blocks judged -> items merged across blocks (one per article, the
fullest title kept) -> JSON-LD lists merged in front -> where the DOM shows next to nothing,
the list in the page's embedded application state (a page its script renders). Pure
function of its inputs: the same bytes, URL and fetch time always give the same result.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from .blocks import Verdict, container_path, judge
from .dom import (
    SheetDisplay,
    collect_links,
    find_blocks,
    parse_html,
    printed_attributes,
    url_key,
)
from .encoding import decode_html
from .fields import RecordFields, read_record
from .islands import MIN_ENTRIES, island_items
from .jsonld import StructuredItem, structured_items
from .model import BlockReport, ListingItem, ListingResult
from .signals import clear_memos
from .times import KST, heading_day, parse_listing_time

# Recorded with every item it reads; raised whenever the items of a page may change, so that
# batches read by an older version can be told apart and re-parsed. 2: printed zones, kickers,
# notices, label rows, embedded state and the other families of the layout gallery. 3: what
# the gallery's later families taught: badges and marks left out of titles, side columns,
# digests and recommendation boxes, more time shapes, theme, platform and legacy-table markup.
EXTRACTOR_VERSION = "3"
# The steps ``extract_listing(stages=...)`` times, in pipeline order.
STAGES = (
    "decode",
    "parse",
    "links and blocks",
    "records read and judged",
    "JSON-LD, merge and items",
)
# Blocks dropped for these reasons veto the same URLs in the page's structured data.
_VETO_KINDS = {"ranking", "related", "navigation", "ads"}
_NOT_WORD = re.compile(r"[\W_]+")
# Bullets and arrows a box puts before its entries ("•", "▶"), not part of their headlines.
_LEADING_MARKS = re.compile(r"^[\s•·▶►▷*–—-]+")
# What a wire adds behind a headline it updates: "(종합)", "[2보]", "(update)".
_UPDATE_TAG = re.compile(r"\s*[(\[【〔][^)\]】〕]{1,12}[)\]】〕]\s*")


@dataclass(slots=True)
class _Draft:
    """An item being assembled from one or more records of the page."""

    url: str
    title: str
    summary: str | None
    published_raw: str | None
    section: str | None
    block: str
    day: date | None = None  # the date its block's heading names, for bare clocks

    def absorb(self, other: RecordFields) -> None:
        """Merge a later record for the same article: the fuller headline wins, gaps are
        filled."""
        self.retitle(other)
        self.summary = self.summary or other.summary
        self.published_raw = self.published_raw or other.published_raw
        self.section = self.section or other.section

    def retitle(self, other: RecordFields) -> None:
        """Take ``other``'s title when it is a fuller headline (never a lead mistaken for one,
        nor this title merely decorated: a ranking box's "1경남 수출…" or "[단독] …")."""
        if (
            len(other.title) > len(self.title)
            and other.headline
            and not _decorated(other.title, self.title)
        ):
            self.title = other.title


class _Laps:
    """Adds the CPU time since the previous lap to ``stages[step]``; does nothing when
    ``stages`` is None (extraction is not timed unless asked)."""

    __slots__ = ("last", "stages")

    def __init__(self, stages: dict[str, float] | None) -> None:
        self.stages = stages
        self.last = time.process_time() if stages is not None else 0.0

    def __call__(self, step: str) -> None:
        if self.stages is None:
            return
        now = time.process_time()
        self.stages[step] = self.stages.get(step, 0.0) + now - self.last
        self.last = now


def clear_caches() -> None:
    """Forget the memoised URL, class-name, vocabulary and date-line analyses (bounded caches
    shared by every call; clearing them only costs speed). Benchmarks call it to time cold
    runs."""
    clear_memos()


def extract_listing(
    body: bytes,
    page_url: str,
    fetched_at: datetime | None = None,
    *,
    tz: ZoneInfo = KST,
    content_type: str | None = None,
    stages: dict[str, float] | None = None,
) -> ListingResult:
    """The article items of a listing page, found without per-site selectors.

    ``page_url`` resolves relative links; ``fetched_at`` (tz-aware) anchors relative times
    such as ``3시간 전`` and year-less dates (None leaves them with ``published_at=None``);
    ``tz`` is the clock the page prints; ``content_type`` is the HTTP header, whose charset is
    checked like the page's own declaration. Every block seen is reported, kept or not.
    Never raises on bad markup: an empty or unparsable page gives no items. ``stages``, when
    given, has the CPU seconds of each step added to it (``STAGES`` names them): benchmarks
    use it to say where a slow page's time goes.
    """
    lap = _Laps(stages)
    decoded = decode_html(body, content_type)
    lap("decode")
    # libxml2 is handed UTF-8: the bytes themselves when they decoded strictly as UTF-8.
    strict_utf8 = decoded.encoding == "utf-8" and decoded.method in ("utf-8", "declared")
    data = body if strict_utf8 else decoded.text.encode("utf-8")
    root = parse_html(data)
    lap("parse")
    if root is None:
        return ListingResult([], decoded.encoding, [], decoded.declared)
    layout = find_blocks(collect_links(root, page_url))
    layout.printed = printed_attributes(root)
    layout.display = SheetDisplay(root)
    lap("links and blocks")
    verdicts = judge(
        layout.blocks, lambda record: read_record(record, layout), page_url, layout.display
    )
    lap("records read and judged")
    ids = {id(v): f"b{n}" for n, v in enumerate(verdicts, start=1)}
    drafts = _merge_blocks(verdicts, ids, fetched_at)
    structured = structured_items(root, page_url)
    owned = Counter(d.block for d in drafts.values())
    reports = [_report(v, ids[id(v)], owned[ids[id(v)]]) for v in verdicts]
    if structured:
        drafts, used = _merge_structured(structured, drafts, verdicts)
        vetoed = f"{len(structured) - used} entries vetoed by the page's own blocks"
        reports.insert(0, _structured_report("jsonld", structured, used, vetoed))
    if len(drafts) < MIN_ENTRIES:
        # Next to nothing in the DOM: a page its script renders; its state may list the items.
        state = island_items(root, page_url)
        if state:
            # The state's own main list: a "most viewed" box showing one of its articles too
            # does not make it a ranking entry.
            drafts, used = _merge_structured(state, drafts, verdicts, block="state", veto=False)
            reason = "the DOM shows almost no items: a page rendered by its script"
            reports.insert(0, _structured_report("state", state, used, reason))
    items = [
        ListingItem(
            title=d.title,
            url=d.url,
            summary=d.summary,
            published_raw=d.published_raw,
            published_at=parse_listing_time(
                d.published_raw, tz=tz, fetched_at=fetched_at, url=d.url, day=d.day
            ),
            section=d.section,
            block=d.block,
        )
        for d in drafts.values()
    ]
    lap("JSON-LD, merge and items")
    return ListingResult(items, decoded.encoding, reports, decoded.declared)


def listing_rows(
    page: bytes | str,
    page_url: str,
    fetched_at: datetime | None = None,
    *,
    tz: ZoneInfo = KST,
    content_type: str | None = None,
) -> list[dict[str, Any]]:
    """``extract_listing`` as the rows the selector extractor yields (``position``, ``title``,
    ``url``, ``summary``, ``published_raw``, ``section_raw``) plus ``published_at`` (UTC or
    None) and ``block``, so a spider can use either. Pass the response's bytes: decoded text
    has already trusted the page's declared charset."""
    body = page.encode("utf-8") if isinstance(page, str) else page
    result = extract_listing(body, page_url, fetched_at, tz=tz, content_type=content_type)
    return [
        {
            "position": position,
            "title": item.title,
            "url": item.url,
            "summary": item.summary,
            "published_raw": item.published_raw,
            "section_raw": item.section,
            "published_at": item.published_at,
            "block": item.block,
        }
        for position, item in enumerate(result.items, start=1)
    ]


def _day_lines(container: Any, fetched_at: datetime | None) -> dict[Any, date]:
    """The link-less children of a list that print only a date ("4월 8일 (화)",
    "2025.04.07 (월)"): day lines between its entries, dating the bare clocks after them."""
    lines: dict[Any, date] = {}
    for child in container:
        if not isinstance(child.tag, str) or next(child.iter("a"), None) is not None:
            continue
        day = heading_day(" ".join("".join(child.itertext()).split()), fetched_at)
        if day is not None:
            lines[child] = day
    return lines


def _line_day(element: Any, container: Any, lines: dict[Any, date]) -> date | None:
    """The day of the nearest day line before the container's child holding ``element``."""
    if not lines:
        return None
    child = element
    while child is not None and child.getparent() is not container:
        child = child.getparent()
    sibling = child.getprevious() if child is not None else None
    while sibling is not None:
        if sibling in lines:
            return lines[sibling]
        sibling = sibling.getprevious()
    return None


def _merge_blocks(
    verdicts: list[Verdict], ids: dict[int, str], fetched_at: datetime | None = None
) -> dict[str, _Draft]:
    """One draft per article key over the kept blocks, in page order; the fullest title the
    page shows for the article wins, even from a block that is not kept (a "most viewed"
    entry often carries the complete headline a teaser cuts short) — there only when it holds
    every word of the listed title, not when the box words the story its own way."""
    drafts: dict[str, _Draft] = {}
    for verdict in verdicts:
        day = heading_day(verdict.label)
        lines = _day_lines(verdict.block.container, fetched_at) if verdict.accepted else {}
        for record in verdict.accepted:
            key = record.link.key
            draft = drafts.get(key)
            if draft is None:
                drafts[key] = _Draft(
                    record.link.url,
                    record.title,
                    record.summary,
                    record.published_raw,
                    record.section,
                    ids[id(verdict)],
                    _line_day(record.link.element, verdict.block.container, lines) or day,
                )
            else:
                draft.absorb(record)
    for verdict in verdicts:
        if verdict.kind == "ads":
            continue
        for record in verdict.records:
            draft = drafts.get(record.link.key)
            if draft is not None and (verdict.kept or _cut_short(draft.title, record.title)):
                draft.retitle(record)
    return drafts


def _merge_structured(
    structured: list[StructuredItem],
    drafts: dict[str, _Draft],
    verdicts: list[Verdict],
    *,
    block: str = "jsonld",
    veto: bool = True,
) -> tuple[dict[str, _Draft], int]:
    """Declared entries first (DOM titles preferred, declared dates preferred), then the rest;
    with ``veto``, an entry only a ranking, related, menu or ad block shows is left out.

    An entry is the page's own item when its URL names the same article, or the same path on
    another host: structured data often gives the public origin of a page served elsewhere."""
    seen_in: dict[str, RecordFields] = {}
    vetoed: set[str] = set()
    for verdict in verdicts:
        for record in verdict.records:
            seen_in.setdefault(record.link.key, record)
            if veto and verdict.kind in _VETO_KINDS and (verdict.kind != "ads" or record.advert):
                vetoed.add(record.link.key)
    by_path = {_path_of(key): key for key in (*seen_in, *drafts)}
    merged: dict[str, _Draft] = {}
    used = 0
    for entry in sorted(structured, key=lambda e: e.position):
        key = url_key(entry.url)
        if key not in seen_in and key not in drafts:
            key = by_path.get(_path_of(key), key)
        if key in merged:
            continue
        draft = drafts.get(key)
        if draft is None:
            if key in vetoed:
                continue
            shown = seen_in.get(key)
            title = shown.title if shown else entry.name
            if not title:
                continue
            draft = _Draft(
                shown.link.url if shown else entry.url,
                title,
                shown.summary if shown else None,
                shown.published_raw if shown else None,
                shown.section if shown else None,
                block,
            )
        draft.summary = draft.summary or entry.description
        draft.published_raw = entry.date_published or draft.published_raw
        draft.section = draft.section or entry.section
        merged[key] = draft
        used += 1
    for key, draft in drafts.items():
        merged.setdefault(key, draft)
    return merged, used


def _cut_short(title: str, other: str) -> bool:
    """``title`` is a shortened form of ``other``, which holds every word of it: it ends in a
    truncation mark; or words are left out of it mid-way (a teaser's "China travel tips" of
    "20 China travel tips that will …"); or ``other`` goes on exactly where it stops ("•20
    China travel tips" of "20 China travel tips that will …"). Not when ``other`` only adds an
    update tag (a wire's "… (종합)"), nor when it changes the title's own marks on the way
    ("Marlow Reyes: Glass Orchard" as "Marlow Reyes, Glass Orchard: our review"): a box's
    rewording, not the full headline."""
    if not _says_all_of(other, title):
        return False
    if title.rstrip().endswith(("..", "…")):
        return True
    words = [word for word in _NOT_WORD.split(title.lower()) if word]
    longer = [word for word in _NOT_WORD.split(other.lower()) if word]
    if longer[: len(words)] != words:
        return True
    shown = _LEADING_MARKS.sub("", other)
    return shown.startswith(title) and not _UPDATE_TAG.fullmatch(shown[len(title) :])


def _says_all_of(other: str, title: str) -> bool:
    """Every word of ``title`` is in ``other``: the full headline a teaser shortens, not a
    box's own rewording of it ("[단독] 대형 유통사 PB 납품단가…" is no shorter form of "[단독]
    대형 유통사, 납품단가 … 문건 입수": "PB" is not in it)."""
    words = {word for word in _NOT_WORD.split(title.lower()) if word}
    if words <= {word for word in _NOT_WORD.split(other.lower()) if word}:
        return True
    stem = title.rstrip(" .…")
    return stem != title and other.startswith(stem)  # cut inside a word: "…납품단.."


def _decorated(longer: str, title: str) -> bool:
    """``longer`` is ``title`` with only something put in front (a rank number, a badge) or
    with marks added around the same words."""
    return longer.endswith(title) or _NOT_WORD.sub("", longer) == _NOT_WORD.sub("", title)


def _path_of(key: str) -> str:
    """A ``url_key`` without its host."""
    slash = key.find("/")
    return key[slash:] if slash >= 0 else key


# Where each kind of declared list comes from, and what to call it, for the block reports.
_DECLARED = {
    "jsonld": ("script[type=application/ld+json]", "JSON-LD list"),
    "state": ("script (embedded application state)", "the page's own data for its script"),
}


def _structured_report(
    kind: str, entries: list[StructuredItem], used: int, reason: str
) -> BlockReport:
    path, label = _DECLARED[kind]
    return BlockReport(
        id=kind,
        kind=kind,
        kept=used > 0,
        records=len(entries),
        items=used,
        score=float(used),
        path=path,
        label=label,
        reasons=(reason,),
    )


def _report(verdict: Verdict, block_id: str, owned: int) -> BlockReport:
    return BlockReport(
        id=block_id,
        kind=verdict.kind,
        kept=verdict.kept,
        records=len(verdict.block.records),
        items=owned,
        score=verdict.score,
        path=container_path(verdict.block.container),
        label=verdict.label,
        reasons=tuple(verdict.reasons),
    )
