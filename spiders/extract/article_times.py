"""When an article page says it was published and modified, when its sources disagree.

An article page states its times up to three times: ``article:published_time`` /
``article:modified_time`` meta tags, a JSON-LD ``NewsArticle`` (``datePublished``,
``dateModified``) and the byline a reader sees (``입력 2025.04.08 08:06 | 수정 …``, ``기사입력 :
…``, ``송고시간 …``). Usually they agree (the visible one to the minute). When they do not, the
most common cause is a CMS writing Korean wall time with the wrong offset
(``2025-04-08T08:06:00+00:00`` for 08:06 KST): the numbers match the byline, the zone does not.

``resolve`` picks, for each of published and modified, the reading the page supports best:
the one more sources agree with; then one that keeps published <= modified; then the byline
when another source shows the byline's clock under a different offset (a mislabelled zone);
then the most precise source (meta, JSON-LD, byline in that order). Every disagreement is
reported as a conflict line, so the crawl can count it and a reader can see what was kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from etl.timeparse import parse_timestamp

# Times that agree to the minute agree: bylines rarely show seconds.
AGREE = timedelta(seconds=60)

_PUBLISHED_LABEL = r"기사\s*입력|최초\s*입력|입력|등록|송고\s*시간|송고|발행|게재"
_MODIFIED_LABEL = r"최종\s*수정|기사\s*수정|수정|업데이트|갱신"
_VALUE = (
    r"\d{4}\s*[-./년]\s*\d{1,2}\s*[-./월]\s*\d{1,2}\s*일?\.?"
    r"(?:\s*\([^)]{1,4}\))?"
    r"(?:\s*(?:오전|오후|AM|PM|am|pm)?\s*\d{1,2}\s*[:시]\s*\d{1,2}(?:\s*[:분]\s*\d{1,2})?\s*[분초]?)?"
)
_STAMP = re.compile(
    rf"(?P<label>{_MODIFIED_LABEL}|{_PUBLISHED_LABEL})\s*(?:일시|시간)?\s*[:：]?\s*(?P<value>{_VALUE})"
)
_MODIFIED = re.compile(_MODIFIED_LABEL)


@dataclass(frozen=True, slots=True)
class Stamp:
    """One source's statement of a time: ``source`` (meta, jsonld, byline), the raw text and
    its reading in UTC (None when it does not parse)."""

    source: str
    raw: str
    value: datetime | None


def stamp(source: str, raw: str | None, tz: ZoneInfo) -> Stamp | None:
    """A Stamp of ``raw`` read in ``tz`` (None for no text)."""
    if raw is None or not raw.strip():
        return None
    return Stamp(source, raw, parse_timestamp(raw, tz))


def byline_times(text: str, tz: ZoneInfo) -> tuple[str | None, str | None]:
    """The first published and the first modified time a page's visible text labels.

    ``text`` is the page's text; the values come back as written (``2025.04.08 08:06``),
    without their labels, and only when they read as a time in ``tz``.
    """
    published: str | None = None
    modified: str | None = None
    for match in _STAMP.finditer(text):
        value = " ".join(match["value"].split()).rstrip(".")
        if parse_timestamp(value, tz) is None:
            continue
        if _MODIFIED.fullmatch(re.sub(r"\s", "", match["label"])):
            modified = modified or value
        else:
            published = published or value
        if published and modified:
            break
    return published, modified


def _agrees(a: Stamp, b: Stamp) -> bool:
    assert a.value is not None and b.value is not None
    return abs(a.value - b.value) < AGREE


def _wall_clock(moment: Stamp) -> tuple[datetime, timedelta | None] | None:
    """The clock a stamp shows (naive) and the offset it declares; None without an offset."""
    try:
        declared = datetime.fromisoformat(moment.raw.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if declared.tzinfo is None:
        return None
    return declared.replace(tzinfo=None), declared.utcoffset()


def _mislabels(other: Stamp, byline: Stamp, tz: ZoneInfo) -> bool:
    """Whether ``other`` shows the byline's clock under another offset than the outlet's."""
    assert byline.value is not None
    shown = _wall_clock(other)
    if shown is None:
        return False
    local = byline.value.astimezone(tz)
    clock, offset = shown
    return abs(clock - local.replace(tzinfo=None)) < AGREE and offset != local.utcoffset()


def _choose(
    candidates: list[Stamp], keeps_order: list[bool], tz: ZoneInfo
) -> tuple[Stamp, list[Stamp]]:
    """The best-supported stamp of ``candidates`` (all parsed) and the ones it overrules."""
    bylines = [c for c in candidates if c.source == "byline"]

    def support(index: int) -> tuple[int, int, int, int]:
        candidate = candidates[index]
        votes = sum(
            1 for other in candidates if other is not candidate and _agrees(candidate, other)
        )
        trusted = int(
            candidate.source == "byline"
            and any(_mislabels(o, candidate, tz) for o in candidates if o is not candidate)
        )
        mislabelled = any(_mislabels(candidate, b, tz) for b in bylines)
        return votes, int(keeps_order[index]), trusted - int(mislabelled), -index

    best = max(range(len(candidates)), key=support)
    chosen = candidates[best]
    return chosen, [c for c in candidates if not _agrees(c, chosen)]


def resolve(
    published: list[Stamp | None],
    modified: list[Stamp | None],
    tz: ZoneInfo,
) -> tuple[str | None, str | None, list[str]]:
    """(published raw, modified raw, conflicts) from the stamps of each source.

    Each list holds the page's stamps in order of precision (meta, JSON-LD, byline; None
    where the page has none). The raw text of the chosen stamp is returned; without any
    parsed stamp, the first raw text there is (the clean stage flags it). Conflicts read like
    ``published: byline '2025.04.08 08:06' kept over meta '2025-04-08T08:06:00+00:00' (9:00:00)``.
    """
    conflicts: list[str] = []
    pub = [s for s in published if s is not None]
    mod = [s for s in modified if s is not None]
    pub_parsed = [s for s in pub if s.value is not None]
    mod_parsed = [s for s in mod if s.value is not None]

    def before_all_modified(candidate: Stamp) -> bool:
        assert candidate.value is not None
        return all(candidate.value <= m.value + AGREE for m in mod_parsed if m.value)

    chosen_pub: Stamp | None = None
    if pub_parsed:
        chosen_pub, overruled = _choose(
            pub_parsed, [before_all_modified(c) for c in pub_parsed], tz
        )
        conflicts += [_conflict("published", chosen_pub, o) for o in overruled]

    def after_published(candidate: Stamp) -> bool:
        assert candidate.value is not None
        return (
            chosen_pub is None
            or chosen_pub.value is None
            or (candidate.value + AGREE >= chosen_pub.value)
        )

    chosen_mod: Stamp | None = None
    if mod_parsed:
        chosen_mod, overruled = _choose(mod_parsed, [after_published(c) for c in mod_parsed], tz)
        conflicts += [_conflict("modified", chosen_mod, o) for o in overruled]
    kept_pub = chosen_pub or (pub[0] if pub else None)
    kept_mod = chosen_mod or (mod[0] if mod else None)
    return (kept_pub.raw if kept_pub else None, kept_mod.raw if kept_mod else None, conflicts)


def _conflict(field: str, kept: Stamp, overruled: Stamp) -> str:
    assert kept.value is not None and overruled.value is not None
    gap = abs(kept.value - overruled.value)
    return (
        f"{field}: {kept.source} {kept.raw!r} kept over {overruled.source} "
        f"{overruled.raw!r} ({gap})"
    )
