"""Timestamps as Korean listing and article pages show them -> tz-aware UTC.

Shapes read by regular expressions (the fast path, no dateparser call):

- numeric dates, with or without a clock: ``2025-04-08 08:06:28``, ``2025.04.08 08:06``,
  ``2025.4.8``, ``[2025.04.08]``, ``25.04.08``, ISO 8601 with ``T``, fractions, ``Z`` or an offset;
- Korean dates and clocks: ``2025년 4월 8일 (화) 오후 3시 5분``, ``2025.04.08 오후 3:05``;
- year-less dates ``04-08 08:06`` and ``4월 8일``: the year comes from ``year_hint``, else from a
  date in the item's URL (``AKR20250408012300004``, ``/2025/04/08/``), else from the fetch date,
  rolled back a year when that would put the item after the fetch time;
- a bare clock ``08:06`` (today's items on many listings): the fetch day, or the day before;
- relative times ``방금``, ``5분 전``, ``54분전``, ``3시간 전``, ``2일 전``, ``1주 전``,
  ``3 hours ago`` and day words ``오늘``, ``어제 오후 3시``, ``그제``, against the fetch time;
- labelled pairs ``입력 2025.04.08 08:06 | 수정 2025.04.08 09:12``
  (see ``read_published_modified``).

Everything else goes to dateparser (English month names, RFC 2822, ``1개월 전`` …). It is not
the first choice because it costs 1–150 ms a call against microseconds here, it misses
``54분전``, ``방금`` and ``1주일 전``, drops the clock of ``어제 오후 3시``, and without strict
parsing it turns a stray ``12`` into the 12th of some month. It runs with strict parsing and
only when a fetch time is known, so nothing it returns depends on the wall clock.

A page clock without an offset is read in the profile's timezone (``tz``). Values that have a
date shape but cannot exist (``2025-02-30``, ``25:00``, ``오전 13시``) are reported as
``impossible``, never coerced. The caller keeps the raw string.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Literal
from zoneinfo import ZoneInfo

# A page clock a few minutes ahead of ours is normal; beyond that a time is suspect. The same
# margin decides whether a year-less date is this year's or last year's.
FUTURE_TOLERANCE = timedelta(minutes=5)

TimeStatus = Literal["ok", "missing", "unparsed", "impossible"]


@dataclass(frozen=True, slots=True)
class TimeReading:
    """What a raw timestamp says: ``value`` (UTC) when ``status`` is ``ok``, else None.

    ``missing``: no text at all; ``unparsed``: text that is no time we know (or a relative or
    year-less time without the fetch time it needs); ``impossible``: a date shape with values
    no calendar has.
    """

    value: datetime | None
    status: TimeStatus


_MISSING = TimeReading(None, "missing")
_UNPARSED = TimeReading(None, "unparsed")
_IMPOSSIBLE = TimeReading(None, "impossible")

_BRACKETS = re.compile(r"^[\[(【<]\s*(?P<inner>.*?)\s*[\])】>]$")
_NUMERIC_YMD = re.compile(
    r"^(?P<y>\d{4})\s*(?P<sep>[-./])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<d>\d{1,2})\.?"
)
_KOREAN_YMD = re.compile(r"^(?:(?P<y>\d{4})\s*년\s*)?(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일")
# Two-digit years (``25.04.08``) are common on Korean boards; three parts, one separator.
_SHORT_YMD = re.compile(
    r"^(?P<yy>\d{2})(?P<sep>[-./])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})\.?(?=\s|$)"
)
_MONTH_DAY = re.compile(r"^(?P<m>\d{1,2})\s*(?P<sep>[-./])\s*(?P<d>\d{1,2})\.?(?=[\sT]|$)")
_WEEKDAY = re.compile(
    r"^[(（]?\s*(?:[월화수목금토일](?:요일)?|mon|tue|wed|thu|fri|sat|sun)\.?\s*[)）]?(?=\s|$)",
    re.IGNORECASE,
)
_CLOCK = re.compile(
    r"^(?:(?P<ap1>오전|오후|am|pm|a\.m\.|p\.m\.)\s*)?"
    r"(?P<H>\d{1,2})\s*(?::|시)\s*(?:(?P<M>\d{1,2})\s*분?)?"
    r"(?:\s*:?\s*(?P<S>\d{1,2})(?:[.,]\d+)?\s*초?)?"
    r"\s*(?P<ap2>am|pm|a\.m\.|p\.m\.)?"
    r"\s*(?P<tz>Z|UTC|GMT|KST|[+-]\d{2}:?\d{2})?$",
    re.IGNORECASE,
)
_AGO = re.compile(
    r"^(?P<n>\d+)\s*(?P<unit>초|분|시간|일|주)(?:(?<=주)일)?\s*(?:전|前)$"
)  # 1주일 전
_AGO_EN = re.compile(
    r"^(?P<n>\d+|an?)\s*(?P<unit>seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$",
    re.IGNORECASE,
)
_JUST_NOW = re.compile(r"^방금(?:\s*전)?$|^just now$", re.IGNORECASE)
_DAY_WORD = re.compile(r"^(?P<word>오늘|금일|어제|어저께|그제|그저께|today|yesterday)\s*", re.I)
_DAYS_BACK = {"오늘": 0, "금일": 0, "today": 0, "어제": 1, "어저께": 1, "yesterday": 1}
_KO_UNITS = {"초": "seconds", "분": "minutes", "시간": "hours", "일": "days", "주": "weeks"}
_EN_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}  # by initial
_NAMED_ZONES = {"z": 0, "utc": 0, "gmt": 0, "kst": 9 * 60}

# Dates some outlets put in article URLs: ids such as Yonhap's AKR20250408012300004 and
# Newsis' NISX20250408_0003, path segments such as /20250408/131416474 and /2025/04/08/.
# A bare number in the query (idxno=2011050123) is a counter, not a date: not read.
_URL_DATES = (
    re.compile(
        r"(?:(?<=[A-Za-z])|(?<=/))(?P<y>(?:19|20)\d{2})(?P<m>0[1-9]|1[0-2])"
        r"(?P<d>0[1-9]|[12]\d|3[01])"
    ),
    re.compile(r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>\d{1,2})[/-](?P<d>\d{1,2})(?:/|$|[?#])"),
)

# Published/modified labels of Korean article pages (입력/수정, 등록/업데이트 …) and English ones.
_LABEL = re.compile(
    r"(?P<label>최초\s*입력|기사\s*입력|입력|등록|작성|게재|발행|송고|승인|"
    r"최종\s*수정|기사\s*수정|수정|업데이트|갱신|published|posted|updated|modified)"
    r"\s*(?:일시|일자|시간|일|on|at)?\s*[:：]?\s*",
    re.IGNORECASE,
)
_MODIFIED_LABELS = re.compile(r"수정|업데이트|갱신|updated|modified", re.IGNORECASE)
_SEPARATORS = " |ㅣ｜/·,;()[]"


def read_timestamp(
    raw: str | None,
    tz: ZoneInfo,
    fetched_at: datetime | None = None,
    *,
    year_hint: int | None = None,
    url: str | None = None,
) -> TimeReading:
    """Read one timestamp as a page shows it; see the module docstring for the shapes.

    ``tz`` is the page clock's zone (used when the text has no offset); ``fetched_at``
    (tz-aware) anchors relative, year-less and clock-only times; ``year_hint`` gives the year
    of year-less dates outright, ``url`` may carry a date that does. A labelled pair
    (``입력 … | 수정 …``) reads as its published time. Pure: the same inputs give the same reading.
    """
    if raw is None:
        return _MISSING
    # NFKC folds full-width digits and colons (２０２５：) that some CMSs emit.
    text = " ".join(unicodedata.normalize("NFKC", raw).split())
    if not text:
        return _MISSING
    if _LABEL.search(text):
        published, modified = _read_labelled(text, tz, fetched_at, year_hint, url)
        return published if published.status != "missing" else modified
    return _read_one(text, tz, fetched_at, year_hint, url)


def parse_timestamp(
    raw: str | None,
    tz: ZoneInfo,
    fetched_at: datetime | None = None,
    *,
    year_hint: int | None = None,
    url: str | None = None,
) -> datetime | None:
    """``read_timestamp(...).value``: UTC, or None when the text is no (possible) time.

    None means "could not parse": callers flag the record, they never invent a time.
    """
    return read_timestamp(raw, tz, fetched_at, year_hint=year_hint, url=url).value


def read_published_modified(
    raw: str | None,
    tz: ZoneInfo,
    fetched_at: datetime | None = None,
    *,
    year_hint: int | None = None,
    url: str | None = None,
) -> tuple[TimeReading, TimeReading]:
    """(published, modified) from a line such as ``입력 2025.04.08 08:06 | 수정 2025.04.08 09:12``.

    Labels (입력/등록/작성/승인/기사입력 …, 수정/업데이트/최종수정 …, Published/Updated) decide
    which is which; text without labels is a published time and the modified reading is
    ``missing``. The first of each kind wins.
    """
    if raw is None:
        return _MISSING, _MISSING
    text = " ".join(unicodedata.normalize("NFKC", raw).split())
    if not text:
        return _MISSING, _MISSING
    if not _LABEL.search(text):
        return _read_one(text, tz, fetched_at, year_hint, url), _MISSING
    return _read_labelled(text, tz, fetched_at, year_hint, url)


def parse_published_modified(
    raw: str | None,
    tz: ZoneInfo,
    fetched_at: datetime | None = None,
    *,
    year_hint: int | None = None,
    url: str | None = None,
) -> tuple[datetime | None, datetime | None]:
    """``read_published_modified`` as two UTC datetimes (None where absent or unreadable)."""
    published, modified = read_published_modified(raw, tz, fetched_at, year_hint=year_hint, url=url)
    return published.value, modified.value


def date_from_url(url: str | None) -> date | None:
    """The calendar date an article URL carries, e.g. ``…/AKR20250408012300004`` -> 2025-04-08."""
    if not url:
        return None
    for pattern in _URL_DATES:
        for match in pattern.finditer(url):
            try:
                return date(int(match["y"]), int(match["m"]), int(match["d"]))
            except ValueError:
                continue
    return None


def _read_labelled(
    text: str,
    tz: ZoneInfo,
    fetched_at: datetime | None,
    year_hint: int | None,
    url: str | None,
) -> tuple[TimeReading, TimeReading]:
    labels = list(_LABEL.finditer(text))
    # Text before the first label (``2025.04.08 08:06 (수정 09:12)``) is the published time.
    lead = text[: labels[0].start()].strip(_SEPARATORS)
    published = _read_one(lead, tz, fetched_at, year_hint, url) if lead else _MISSING
    modified = _MISSING
    for index, label in enumerate(labels):
        end = labels[index + 1].start() if index + 1 < len(labels) else len(text)
        segment = text[label.end() : end].strip(_SEPARATORS)
        if not segment:
            continue
        reading = _read_one(segment, tz, fetched_at, year_hint, url)
        if _MODIFIED_LABELS.search(label["label"]):
            modified = reading if modified.status == "missing" else modified
        elif published.status == "missing":
            published = reading
    return published, modified


def _read_one(
    text: str,
    tz: ZoneInfo,
    fetched_at: datetime | None,
    year_hint: int | None,
    url: str | None,
) -> TimeReading:
    """One timestamp's reading. A shape whose numbers no calendar reaches (``2419000일 전``,
    a year or an offset out of range) is ``impossible``: datetime and timedelta refuse such
    values with ValueError or OverflowError at whichever step meets them first, and one
    impossible string must never stop the page or the dump it came from."""
    try:
        return _read_shape(text, tz, fetched_at, year_hint, url)
    except (ValueError, OverflowError):
        return _IMPOSSIBLE


def _read_shape(
    text: str,
    tz: ZoneInfo,
    fetched_at: datetime | None,
    year_hint: int | None,
    url: str | None,
) -> TimeReading:
    if bracketed := _BRACKETS.match(text):
        text = bracketed["inner"]
    for pattern in (_NUMERIC_YMD, _KOREAN_YMD, _SHORT_YMD, _MONTH_DAY):
        if match := pattern.match(text):
            return _dated(match, text[match.end() :], tz, fetched_at, year_hint, url)
    if fetched_at is None:
        return _UNPARSED  # everything below needs the fetch time
    local_now = fetched_at.astimezone(tz)
    if _JUST_NOW.match(text):
        return TimeReading(fetched_at.astimezone(UTC), "ok")
    if ago := _AGO.match(text) or _AGO_EN.match(text):
        amount = 1 if ago["n"].lower() in ("a", "an") else int(ago["n"])
        unit = _KO_UNITS.get(ago["unit"]) or _EN_UNITS[ago["unit"][0].lower()]
        return TimeReading((fetched_at - timedelta(**{unit: amount})).astimezone(UTC), "ok")
    if word := _DAY_WORD.match(text):
        back = _DAYS_BACK.get(word["word"].lower(), 2)
        day = local_now.date() - timedelta(days=back)
        return _on_day(day, text[word.end() :], tz)
    if _CLOCK.match(text):
        today = _on_day(local_now.date(), text, tz)
        if today.value is not None and today.value > fetched_at + FUTURE_TOLERANCE:
            # A bare clock later than now is yesterday's item on a listing that shows only HH:MM.
            return _on_day(local_now.date() - timedelta(days=1), text, tz)
        return today
    return _with_dateparser(text, tz, fetched_at)


def _dated(
    match: re.Match[str],
    rest: str,
    tz: ZoneInfo,
    fetched_at: datetime | None,
    year_hint: int | None,
    url: str | None,
) -> TimeReading:
    """A date matched at the start of the text, plus whatever clock follows it."""
    rest = rest.strip()
    if weekday := _WEEKDAY.match(rest):
        rest = rest[weekday.end() :].strip()
    rest = rest.removeprefix("T").removeprefix("t").strip()
    clock = _clock(rest) if rest else (0, 0, 0, None)
    if clock is None:
        return _UNPARSED if rest and not _CLOCK.match(rest) else _IMPOSSIBLE
    month, day = int(match["m"]), int(match["d"])
    groups = match.groupdict()
    if groups.get("y"):
        years = [int(match["y"])]
    elif groups.get("yy"):
        years = [2000 + int(match["yy"])]
    else:
        years = _candidate_years(month, day, year_hint, url, fetched_at, tz)
        if not years:
            return _UNPARSED
    hour, minute, second, offset = clock
    for year in years:
        try:
            local = datetime(year, month, day, hour, minute, second)
        except ValueError:
            continue
        zone = timezone(timedelta(minutes=offset)) if offset is not None else tz
        moment = local.replace(tzinfo=zone).astimezone(UTC)
        if len(years) == 1 or fetched_at is None or moment <= fetched_at + FUTURE_TOLERANCE:
            return TimeReading(moment, "ok")
    return _IMPOSSIBLE


def _candidate_years(
    month: int,
    day: int,
    year_hint: int | None,
    url: str | None,
    fetched_at: datetime | None,
    tz: ZoneInfo,
) -> list[int]:
    """Years to try, in order, for a year-less date (the first valid one is taken).

    A hint or a URL date is evidence of the year and is followed even if it gives a future
    time (clean flags that); the fetch date is only a default, so its year is rolled back when
    the date would lie after the fetch time.
    """
    if year_hint is not None:
        return [year_hint]
    if (url_date := date_from_url(url)) is not None:
        nearest = sorted(
            (abs((date(y, month, day) - url_date).days), y)
            for y in (url_date.year - 1, url_date.year, url_date.year + 1)
            if _valid(y, month, day)
        )
        return [nearest[0][1]] if nearest else [url_date.year]
    if fetched_at is None:
        return []
    year = fetched_at.astimezone(tz).year
    return [year, year - 1]


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _on_day(day: date, rest: str, tz: ZoneInfo) -> TimeReading:
    rest = rest.strip()
    clock = _clock(rest) if rest else (0, 0, 0, None)
    if clock is None:
        return _UNPARSED if not _CLOCK.match(rest) else _IMPOSSIBLE
    hour, minute, second, offset = clock
    zone = timezone(timedelta(minutes=offset)) if offset is not None else tz
    return TimeReading(
        datetime.combine(day, time(hour, minute, second), zone).astimezone(UTC), "ok"
    )


def _clock(text: str) -> tuple[int, int, int, int | None] | None:
    """(hour, minute, second, offset minutes or None) of a clock; None if not a possible one."""
    match = _CLOCK.match(text)
    if match is None:
        return None
    hour, minute, second = int(match["H"]), int(match["M"] or 0), int(match["S"] or 0)
    meridiem = (match["ap1"] or match["ap2"] or "").lower().replace(".", "")
    if meridiem in ("오전", "am"):
        if hour > 12:
            return None
        hour = 0 if hour == 12 else hour
    elif meridiem in ("오후", "pm"):
        if hour > 23:
            return None
        hour = hour + 12 if hour < 12 else hour
    if hour > 23 or minute > 59 or second > 59:
        return None
    offset = _offset_minutes(match["tz"])
    if offset == _NO_ZONE:
        return None
    return hour, minute, second, offset


# UTC offsets in use run from -12:00 to +14:00; anything outside (``+99:99``, ``+2500``)
# names no zone, and datetime would refuse it anyway (beyond a day it raises).
_OFFSET_RANGE = range(-12 * 60, 14 * 60 + 1)
_NO_ZONE = -(10**6)


def _offset_minutes(text: str | None) -> int | None:
    """Minutes east of UTC of an offset (``+09:00``, ``-0500``, ``KST``); None without one,
    ``_NO_ZONE`` for an offset no zone has (its clock is then impossible)."""
    if text is None:
        return None
    if text.lower() in _NAMED_ZONES:
        return _NAMED_ZONES[text.lower()]
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:] or 0)
    offset = sign * (hours * 60 + minutes)
    return offset if minutes < 60 and offset in _OFFSET_RANGE else _NO_ZONE


def _with_dateparser(text: str, tz: ZoneInfo, fetched_at: datetime) -> TimeReading:
    import dateparser  # imported lazily: it costs ~0.3 s and most pages never need it

    settings: dict[str, object] = {
        "TIMEZONE": str(tz),
        "RETURN_AS_TIMEZONE_AWARE": True,
        "TO_TIMEZONE": "UTC",
        "PREFER_DATES_FROM": "past",
        "STRICT_PARSING": True,  # "12" alone must not become the 12th of some month
        "RELATIVE_BASE": fetched_at.astimezone(tz).replace(tzinfo=None),
    }
    parsed = dateparser.parse(text, languages=["ko", "en"], settings=settings)
    return TimeReading(parsed.astimezone(UTC), "ok") if parsed else _UNPARSED
