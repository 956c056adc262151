"""Timestamps as listing pages print them: find the string in a record, then resolve it.

``etl.timeparse.parse_timestamp`` reads the full numeric shapes (``2025-04-08 08:06:28``,
``2025.04.08 08:06``, ``[2019.01.31]``, ISO 8601). Listing pages add shapes that need context
it does not have: relative times (``54분전``, ``3 hours ago``, ``어제``) need the fetch time,
year-less ``12-01 23:26`` needs a year (from an article id such as ``AKR20251201154051098`` in
the item's URL, else the fetch date), ``오후 3시 5분`` and English month names need their own
readers. Everything here is regular expressions: dateparser is never called on the hot path.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from etl.timeparse import parse_timestamp
from etl.window import KST

__all__ = ["KST", "date_from_url", "find_time_text", "parse_listing_time", "printed_zone"]

_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for m in names
}
_MONTH_RE = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_CLOCK = (
    r"(?:(?P<ap1>오전|오후|AM|PM|a\.m\.|p\.m\.)\s*)?(?P<H>\d{1,2})\s*"
    r"(?::(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?|시(?:\s*(?P<KM>\d{1,2})\s*분)?)"
    r"(?:\s*(?P<ap2>AM|PM|a\.m\.|p\.m\.))?"
)


# Zone names pages print after a clock ("1:05 PM UTC", "10:41 PM PDT", "14:20 GMT+9"): the
# abbreviations as fixed offsets (CST as US Central, the English-language sense), the
# season-less "ET"/"PT" as their regions' rules. Fixed offsets are tz database zones too
# ("Etc/GMT+7" is UTC-7), so every clock stays a ZoneInfo as etl.timeparse expects.
def _fixed(hours: int) -> ZoneInfo:
    return ZoneInfo(f"Etc/GMT{-hours:+d}")


_ZONE_NAMES: dict[str, ZoneInfo] = {
    "utc": _fixed(0), "gmt": _fixed(0), "kst": KST, "jst": _fixed(9), "bst": _fixed(1),
    "cet": _fixed(1), "cest": _fixed(2), "eet": _fixed(2), "eest": _fixed(3),
    "est": _fixed(-5), "edt": _fixed(-4), "cst": _fixed(-6), "cdt": _fixed(-5),
    "mst": _fixed(-7), "mdt": _fixed(-6), "pst": _fixed(-8), "pdt": _fixed(-7),
    "et": ZoneInfo("America/New_York"), "ct": ZoneInfo("America/Chicago"),
    "mt": ZoneInfo("America/Denver"), "pt": ZoneInfo("America/Los_Angeles"),
    # Elsewhere English-language news is printed: IST as India's (+05:30), not Ireland's.
    "ist": ZoneInfo("Asia/Kolkata"), "pkt": _fixed(5), "wib": _fixed(7), "ict": _fixed(7),
    "sgt": _fixed(8), "hkt": _fixed(8), "pht": _fixed(8), "awst": _fixed(8),
    "acst": ZoneInfo("Australia/Darwin"), "acdt": ZoneInfo("Australia/Adelaide"),
    "aest": _fixed(10), "aedt": _fixed(11), "nzst": _fixed(12), "nzdt": _fixed(13),
    "msk": _fixed(3), "gst": _fixed(4), "sast": _fixed(2), "cat": _fixed(2),
    "eat": _fixed(3), "wat": _fixed(1),
}  # fmt: skip
_ZONE = (
    r"\(?(?P<zone>"
    + "|".join(sorted(_ZONE_NAMES, key=len, reverse=True))
    + r")(?:\s*(?P<zoff>[+-])(?P<zh>\d{1,2})(?::?(?P<zm>\d{2}))?)?\)?(?![a-z0-9])"
)
# A zone right after a clock (an AM/PM marker may sit between).
_ZONE_AFTER = re.compile(r"\s*" + _ZONE, re.IGNORECASE)
_ZONE_AFTER_CLOCK = re.compile(
    r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*" + _ZONE, re.IGNORECASE
)
# A clock printed with a dot before a zone name ("06.42 BST", "21.30 GMT", as British papers
# print it): read as "06:42". Zones of three letters or more only, so that a decimal beside
# "ET" or "PT" stays a number.
_DOT_CLOCK = re.compile(
    r"(?<![\d.])((?:[01]?\d|2[0-3]))\.([0-5]\d)(?=\s*\(?(?:"
    + "|".join(sorted((name for name in _ZONE_NAMES if len(name) >= 3), key=len, reverse=True))
    + r")(?![a-z0-9]))",
    re.IGNORECASE,
)
_WEEKDAY = r"(?:\s*\(?\s*(?:[월화수목금토일]|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*\)?)?"

# Each shape is searched for inside a short text; the first that matches wins.
_FULL_DATE = re.compile(
    r"\[?(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:[-./]|년\s*)\s*(?P<m>\d{1,2})\s*(?:[-./]|월\s*)\s*"
    r"(?P<d>\d{1,2})(?!\d)\s*일?\.?" + _WEEKDAY + r"\]?"
    r"(?:(?:\s*|T)" + _CLOCK + r")?(?P<tz>\s*(?:Z|[+-]\d{2}:?\d{2})(?!\d))?",
    re.IGNORECASE,
)
# The year last: "04/08/2025" (US order, month first, unless the first number cannot be a
# month) and "08.04.2025" (European order, day first, unless the second cannot be a month).
_YEAR_LAST = re.compile(
    r"(?<![A-Za-z\d./-])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})(?![\d./])"
)
_MONTH_DAY_YEAR = re.compile(
    r"\b" + _MONTH_RE + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?(?:\s+(?P<y>(?:19|20)\d{2}))?\b",
    re.IGNORECASE,
)
_DAY_MONTH_YEAR = re.compile(
    r"\b(?P<d>\d{1,2})\s+" + _MONTH_RE + r",?\s+(?P<y>(?:19|20)\d{2})\b", re.IGNORECASE
)
# A two-digit year first, then a clock ("25.04.08 14:05", "25-04-08 09:31"), as Korean
# boards and citizen-journalism sites print it; read year first or year last, whichever is
# nearer the fetch day ("08.04.25 14:05" on a British page is 8 April 2025).
_SHORT_YEAR = re.compile(
    r"(?<![\d.:/-])(?P<a>\d{2})(?P<sep>[-./])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{2})(?![\d./-])"
    r"\.?\s+(?P<H>[01]?\d|2[0-3]):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?(?![\d])"
)
_KO_MONTH_DAY = re.compile(r"(?<!\d)(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일")
_NO_YEAR = re.compile(
    r"(?<![\d.:/-])(?P<m>\d{1,2})[-./](?P<d>\d{1,2})\.?\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?![\d])"
)
_NO_YEAR_DATE_ONLY = re.compile(r"^\[?(?P<m>\d{1,2})[-./](?P<d>\d{1,2})\.?\]?$")
_CLOCK_ONLY = re.compile(r"^" + _CLOCK + r"$", re.IGNORECASE)
# A clock and the zone printed after it ("06:42 BST"): the zone is read by ``_zone_of``.
_ZONED_CLOCK = re.compile(r"^" + _CLOCK + r"(?:\s*" + _ZONE + r")?$", re.IGNORECASE)
# A compact age that is a whole label on its own ("3h", "45m", "2d", "12 hrs"): the short form
# of "3 hours ago" that sports and social feeds print without the "ago".
_COMPACT_AGE = re.compile(r"^(?P<en>\d{1,3})\s?(?P<enunit>m|mins?|h|hrs?|d)$", re.IGNORECASE)
_BARE_CLOCK = re.compile(r"(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])")
# A label this short holding a bare clock is a timestamp line, not a sentence mentioning a time.
_SHORT_LABEL = 24
_CLOCK_BEFORE = re.compile(
    r"(?<![\d.])" + _CLOCK + r"(?:\s*" + _ZONE + r")?\s*[,·•|–—-]?\s*$", re.IGNORECASE
)
# What may stand between a date and the clock that follows it: "at", a comma, a bar or dot.
_CLOCK_AFTER = re.compile(
    r"\s*(?:at|,|\||·|•|–|—|-|/|\((?=\s*(?:오전|오후|\d)[^()]*\)))?\s*"
    + _CLOCK
    + r"(?:(?<=\d)\))?",
    re.IGNORECASE,
)
_CLOCK_SEARCH = re.compile(r"(?<![\d.])" + _CLOCK + r"(?![\d.])", re.IGNORECASE)
_RELATIVE = re.compile(
    r"(?<![\d.])(?P<n>\d+)\s*(?P<unit>초|분|시간|일|주|개월|달|년)\s*전(?![가-힣])"
    r"|(?P<en>\d+|an?|one)\s*(?P<enunit>sec(?:ond)?s?|min(?:ute)?s?|mins?|hours?|hrs?|days?"
    r"|weeks?|months?|years?|[smhdw])\s+ago",
    re.IGNORECASE,
)
_NAMED_DAY = re.compile(
    r"(?<![가-힣])(?P<word>방금(?:\s*전)?|just now|moments? ago|어제|그제|그저께|yesterday"
    r"|오늘|today)(?![가-힣])",
    re.IGNORECASE,
)
_UNIT_SECONDS = {
    "초": 1,
    "분": 60,
    "시간": 3600,
    "일": 86400,
    "주": 7 * 86400,
    "개월": 30 * 86400,
    "달": 30 * 86400,
    "년": 365 * 86400,
    "s": 1,
    "m": 60,
    "h": 3600,
    "d": 86400,
    "w": 7 * 86400,
    "mo": 30 * 86400,
    "y": 365 * 86400,
}
# A dated article id or path: AKR20250408012300004, 2019013122370465870, /2025/04/08/.
_URL_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])\d*"
    r"|/(?P<py>(?:19|20)\d{2})[/-](?P<pm>0?[1-9]|1[0-2])[/-](?P<pd>0?[1-9]|[12]\d|3[01])(?!\d)"
)
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")
# The characters IGNORECASE matches to an ASCII letter: English shapes need one of them.
_LATIN = re.compile("[A-Za-z\u0130\u0131\u017f\u212a]")
_KO_DAY_WORD = re.compile("방금|어제|그제|그저께|오늘")
_DIGIT = re.compile(r"\d")
# Time strings longer than this are sentences that merely mention a date.
MAX_TIME_TEXT = 60


def find_time_text(text: str) -> str | None:
    """The timestamp substring of a short text (``입력 2025.04.08 09:00`` -> ``2025.04.08 09:00``).

    Returns None when the text holds no recognised shape. Shapes: full dates with optional
    time, English month names, ``MM-DD HH:MM``, ``4월 8일``, relative and named days, a bare
    ``HH:MM`` or ``MM.DD`` when that is the whole text, and a bare clock in a short label
    (``뉴스1 · 09:00``).
    """
    if not text or len(text) > MAX_TIME_TEXT * 3:
        return None
    if "." in text and _LATIN.search(text):
        dotted = _dot_clocks(text)
        if dotted != text:
            # The same length with ":" for "." : the match is found in the colon form and
            # returned as the page prints it.
            found = find_time_text(dotted)
            start = dotted.find(found) if found else -1
            return text[start : start + len(found)] if found and start >= 0 else found
    # Each shape is searched only where the text has what it cannot match without (a century,
    # a letter, a colon, 전/ago, 월, a day word): most texts of a record hold no timestamp, and
    # each search is a scan of the whole text.
    latin = _LATIN.search(text) is not None
    lowered = text.lower() if latin else ""
    # Month names need a day number; "ago", "today", "now" need ASCII letters (``latin``).
    month_names = latin and _DIGIT.search(text) is not None
    for pattern, possible in (
        (_FULL_DATE, "19" in text or "20" in text),
        (_YEAR_LAST, ("19" in text or "20" in text) and ("/" in text or "." in text)),
        (_MONTH_DAY_YEAR, month_names),
        (_DAY_MONTH_YEAR, month_names),
        (_SHORT_YEAR, ":" in text),
        (_NO_YEAR, ":" in text),
        (_RELATIVE, "전" in text or "ago" in lowered),
    ):
        match = pattern.search(text) if possible else None
        if match and _plausible(match):
            return _with_clock(text, match)
    stripped = text.strip()
    if (
        _CLOCK_ONLY.match(stripped)
        or _NO_YEAR_DATE_ONLY.match(stripped)
        or (latin and len(stripped) <= 6 and _COMPACT_AGE.match(stripped))
    ):
        return stripped
    match = _KO_MONTH_DAY.search(text) if "월" in text else None
    if match:
        return _with_clock(text, match)
    english_day = "day" in lowered or "now" in lowered or "ago" in lowered
    day_word = english_day or _KO_DAY_WORD.search(text) is not None
    match = _NAMED_DAY.search(text) if day_word else None
    if match:
        return _with_clock(text, match)
    if ":" in text and len(stripped) <= _SHORT_LABEL:
        # "뉴스1 · 09:00": a press name or byline beside today's clock.
        match = _BARE_CLOCK.search(stripped)
        if match:
            # With the AM/PM marker and the zone printed after it ("9:05 PM ET").
            end = match.end()
            if latin:
                whole = _CLOCK_SEARCH.match(stripped, match.start())
                end = whole.end() if whole else end
                zone = _ZONE_AFTER.match(stripped, end)
                end = zone.end() if zone else end
            return stripped[match.start() : end]
    return None


def _dot_clocks(text: str) -> str:
    """``text`` with every dotted clock before a zone name written with a colon."""
    return _DOT_CLOCK.sub(r"\1:\2", text)


def _month_day(
    match: re.Match[str], now: datetime | None = None, url: str | None = None
) -> tuple[int, int] | None:
    """(month, day) of a ``_YEAR_LAST`` match, None when neither order is a date. Where both
    orders are dates, the one the item's URL date agrees with, else the one not after the
    fetch day (a listing shows no future), else the separator's custom: slashes month first
    (US), dots day first."""
    a, b = int(match["a"]), int(match["b"])
    usual = (a, b) if match["sep"] == "/" else (b, a)
    orders = [o for o in (usual, usual[::-1]) if 1 <= o[0] <= 12 and 1 <= o[1] <= 31]
    if len(orders) == 2 and orders[0] != orders[1]:
        year = int(match["y"])
        shown = date_from_url(url)
        for month, day in orders:
            if shown is not None and (shown.month, shown.day) == (month, day):
                return month, day
        if now is not None:
            fits = [o for o in orders if _on_or_before(year, *o, now.date())]
            if len(fits) == 1:
                return fits[0]
    return orders[0] if orders else None


def _on_or_before(year: int, month: int, day: int, today: date) -> bool:
    try:
        return date(year, month, day) <= today + timedelta(days=1)
    except ValueError:
        return False


def _plausible(match: re.Match[str]) -> bool:
    groups = match.groupdict()
    if match.re is _SHORT_YEAR:
        return True  # both readings are checked when it is resolved
    if "sep" in groups:
        return _month_day(match) is not None
    month = groups.get("m")
    if month is not None and not 1 <= int(month) <= 12:
        return False
    day = groups.get("d")
    return day is None or 1 <= int(day) <= 31


def _with_clock(text: str, match: re.Match[str]) -> str:
    """The match, extended to a clock that follows it closely (``May 3, 2024 at 9:05 AM``)
    or precedes it (``10:41 PM PDT • April 7, 2025``), with the zone printed after the clock."""
    start, end = match.start(), match.end()
    if not match.groupdict().get("H"):
        after = _CLOCK_AFTER.match(text, end, end + 16)
        if after:
            end = after.end()
        else:
            before = _CLOCK_BEFORE.search(text[max(0, start - 24) : start])
            if before:
                return (before.group(0) + match.group(0)).strip()
            return match.group(0).strip()
    zone = _ZONE_AFTER.match(text, end) if end < len(text) else None
    if zone:
        end = zone.end()
    return text[start:end].strip()


def printed_zone(text: str) -> str | None:
    """The zone as printed after a clock in ``text`` (``PDT``, ``GMT+9``), if any: a machine
    time without an offset takes the zone its element's own text shows."""
    match = _ZONE_AFTER_CLOCK.search(text) if ":" in text and _LATIN.search(text) else None
    if match is None:
        return None
    zone = match["zone"]
    if match["zoff"]:
        zone += f"{match['zoff']}{match['zh']}" + (f":{match['zm']}" if match["zm"] else "")
    return zone


def _zone_of(text: str) -> ZoneInfo | None:
    """The zone printed after a clock in ``text`` (``1:05 PM UTC``, ``14:20 GMT+9``), if any;
    None for an offset from UTC/GMT no zone has, or one in part hours (a numeric ``+05:30``
    after the clock is the ISO shape's own and read there)."""
    match = _ZONE_AFTER_CLOCK.search(text)
    if match is None:
        return None
    name = match["zone"].lower()
    if not match["zoff"]:
        return _ZONE_NAMES[name]
    hours = int(match["zh"]) * (-1 if match["zoff"] == "-" else 1)
    if name not in ("utc", "gmt") or int(match["zm"] or 0) or not -12 <= hours <= 14:
        return None
    return _fixed(hours)


_KO_DAY_LINE = re.compile(
    r"^\s*(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일" + _WEEKDAY + r"\s*$", re.IGNORECASE
)


def heading_day(heading: str | None, fetched_at: datetime | None = None) -> date | None:
    """The date a group heading names and nothing more ("2025.04.07 (월)", "April 7, 2025"):
    the day of the bare clocks listed under it. With ``fetched_at``, a year-less day line
    ("4월 8일 (화)") takes the latest year not after the fetch."""
    if not heading or len(heading) > _SHORT_LABEL:
        return None
    match = _FULL_DATE.search(heading)
    if match is None or match["H"] or not _plausible(match):
        short = _KO_DAY_LINE.match(heading) if fetched_at is not None else None
        if short is None:
            return None
        month, day = int(short["m"]), int(short["d"])
        year = _infer_year(month, day, fetched_at, None)
        if year is None:
            return None
        return date(year, month, day)
    try:
        return date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None


def date_from_url(url: str | None) -> date | None:
    """The date an article id or a dated path in ``url`` carries, if any."""
    if not url:
        return None
    for match in _URL_DATE.finditer(url):
        try:
            if match.group("y"):
                return date(int(match["y"]), int(match["m"]), int(match["d"]))
            return date(int(match["py"]), int(match["pm"]), int(match["pd"]))
        except ValueError:
            continue
    return None


def parse_listing_time(
    raw: str | None,
    *,
    tz: ZoneInfo = KST,
    fetched_at: datetime | None = None,
    url: str | None = None,
    day: date | None = None,
) -> datetime | None:
    """Resolve a listing timestamp string to tz-aware UTC, or None.

    ``tz`` is the page's clock; ``fetched_at`` anchors relative times, named days and bare
    clocks (None leaves them unresolved); ``url`` lends its article-id date to year-less dates
    and bare clocks; ``day`` is the date the page prints over the item's group (a timeline's
    "2025.04.07 (월)" heading). A year-less date takes the year that puts it nearest the URL's
    date, else the latest year not after the fetch date (a listing does not show the future);
    a bare clock the group's day, else the URL's, else the fetch day (the day before when that
    would be in the future).
    A string whose numbers no calendar reaches (``2419000일 전``, hour 99) gives None: datetime
    refuses such values at whichever step meets them first, and one item's impossible time
    must never stop the page.
    """
    if raw is None:
        return None
    text = " ".join(raw.split())
    if not text:
        return None
    if "." in text and _LATIN.search(text):
        text = _dot_clocks(text)
    if ":" in text and not text.isdigit() and _LATIN.search(text):
        tz = _zone_of(text) or tz  # a zone the page prints beats the page's assumed clock
    try:
        return _resolve(text, tz, fetched_at, url, day)
    except (ValueError, OverflowError):
        return None


def _resolve(
    text: str, tz: ZoneInfo, fetched_at: datetime | None, url: str | None, group: date | None
) -> datetime | None:
    """``parse_listing_time`` of collapsed, non-empty ``text``."""
    if _EPOCH.match(text):
        seconds = int(text) / (1000 if len(text) == 13 else 1)
        return datetime.fromtimestamp(seconds, UTC)
    match = _FULL_DATE.search(text)
    if match:  # the commonest shape, and the only one that needs no fetch time
        return _full_date(match, text, tz)
    now = fetched_at.astimezone(tz) if fetched_at is not None else None
    match = _YEAR_LAST.search(text)
    order = _month_day(match, now, url) if match else None
    if match and order:
        return _dated(int(match["y"]), *order, _clock_near(text, match), tz, now, url)
    for pattern in (_MONTH_DAY_YEAR, _DAY_MONTH_YEAR):
        match = pattern.search(text)
        if match:
            month = _MONTHS[match["mon"].lower().rstrip(".")]
            year = int(match["y"]) if match["y"] else None
            return _dated(year, month, int(match["d"]), _clock_near(text, match), tz, now, url)
    match = _SHORT_YEAR.search(text)
    if match:
        moment = _short_year(match, tz, now, date_from_url(url))
        if moment is not None:
            return moment
    match = _RELATIVE.search(text) or _COMPACT_AGE.match(text)
    if match:
        return _relative(match, now)
    for pattern in (_NO_YEAR, _KO_MONTH_DAY, _NO_YEAR_DATE_ONLY):
        match = pattern.search(text)
        if match:
            clock = _clock_near(text, match)
            return _dated(None, int(match["m"]), int(match["d"]), clock, tz, now, url)
    match = _NAMED_DAY.search(text)
    if match:
        return _named_day(match["word"].lower(), _clock_near(text, match), now)
    match = _ZONED_CLOCK.match(text)
    day = group or date_from_url(url)
    if match and day is not None:  # today's clock on an item whose URL carries its date
        try:
            return datetime.combine(day, time(*_clock(match)), tzinfo=tz).astimezone(UTC)
        except ValueError:
            return None
    if match and now is not None:
        hour, minute, second = _clock(match)
        try:
            local = now.replace(hour=hour, minute=minute, second=second, microsecond=0)
        except ValueError:
            return None
        if local > now + timedelta(minutes=10):  # a clock "later" than now was yesterday's
            local -= timedelta(days=1)
        return local.astimezone(UTC)
    return None


def _clock(match: re.Match[str]) -> tuple[int, int, int]:
    groups = match.groupdict()
    hour = int(groups["H"])
    minute = int(groups.get("M") or groups.get("KM") or 0)
    second = int(groups.get("S") or 0)
    marker = (groups.get("ap1") or groups.get("ap2") or "").lower()
    if marker in ("오후", "pm", "p.m.") and hour < 12:
        hour += 12
    elif marker in ("오전", "am", "a.m.") and hour == 12:
        hour = 0
    return hour, minute, second


def _clock_near(text: str, match: re.Match[str]) -> tuple[int, int, int] | None:
    """The clock inside the match, else the first one after it, else one before it
    (``09:31 August 20, 2019``)."""
    if match.groupdict().get("H"):
        return _clock(match)
    for part in (text[match.end() :], text[: match.start()]):
        for clock in _CLOCK_SEARCH.finditer(part):
            return _clock(clock)
    return None


# What ``_numeric_moment`` returns for the shapes it leaves to etl.timeparse.
_UNREAD = datetime.min


def _numeric_moment(
    match: re.Match[str], year: int, month: int, day: int, tz: ZoneInfo
) -> datetime | None:
    """``YYYY-MM-DD``, ``YYYY-MM-DD HH:MM[:SS]`` and the latter with ``Z`` or a ``±HH[:]MM``
    offset, read as ``etl.timeparse.parse_timestamp`` reads them (an impossible clock or date
    is None; a naive clock is in ``tz``), without its general machinery: the hot path of pages
    that print ISO 8601 times. ``_UNREAD`` for anything else (a date with an offset but no
    clock, an offset of a day or more)."""
    offset_text = match["tz"]
    offset: int | None = None
    if offset_text:
        offset_text = offset_text.strip()
        if not match["H"]:
            return _UNREAD
        if offset_text.lower() == "z":
            offset = 0
        else:
            digits = offset_text[1:].replace(":", "")
            offset = (-1 if offset_text[0] == "-" else 1) * (int(digits[:2]) * 60 + int(digits[2:]))
            if int(digits[2:]) > 59 or not -12 * 60 <= offset <= 14 * 60:
                return _UNREAD  # no zone has it: etl.timeparse says impossible
    hour = minute = second = 0
    if match["H"]:
        hour, minute, second = int(match["H"]), int(match["M"]), int(match["S"] or 0)
        if hour > 23 or minute > 59 or second > 59:
            return None
    try:
        local = datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    zone = timezone(timedelta(minutes=offset)) if offset is not None else tz
    return local.replace(tzinfo=zone).astimezone(UTC)


def _full_date(match: re.Match[str], text: str, tz: ZoneInfo) -> datetime | None:
    year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    clock = _clock_near(text, match)
    if clock is None or (match["H"] and not match["ap1"] and not match["ap2"] and match["M"]):
        # The plain numeric shapes, with or without an offset, are etl.timeparse's own; the
        # commonest ones are read here directly, to the same value (a listing has dozens).
        fast = _numeric_moment(match, year, month, day, tz)
        if fast is not _UNREAD:
            return fast
        numeric = f"{year:04d}-{month:02d}-{day:02d}"
        if match["H"]:
            numeric += f" {int(match['H']):02d}:{match['M']}"
            if match["S"]:
                numeric += f":{match['S']}"
        if match["tz"]:
            numeric += match["tz"].strip()
        return parse_timestamp(numeric, tz)
    try:
        return datetime(year, month, day, *clock, tzinfo=tz).astimezone(UTC)
    except ValueError:
        return None


def _dated(
    year: int | None,
    month: int,
    day: int,
    clock: tuple[int, int, int] | None,
    tz: ZoneInfo,
    now: datetime | None,
    url: str | None,
) -> datetime | None:
    if year is None:
        year = _infer_year(month, day, now, date_from_url(url))
        if year is None:
            return None
    try:
        local = datetime(year, month, day, *(clock or (0, 0, 0)), tzinfo=tz)
    except ValueError:
        return None
    return local.astimezone(UTC)


def _infer_year(month: int, day: int, now: datetime | None, url_date: date | None) -> int | None:
    if url_date is not None:
        anchor = url_date
        candidates = [anchor.year - 1, anchor.year, anchor.year + 1]
    elif now is not None:
        anchor = now.date()
        candidates = [anchor.year - 1, anchor.year]  # never the future
    else:
        return None
    shown = _nearest_day([(year, month, day) for year in candidates], anchor, url_date)
    return shown.year if shown else None


def _nearest_day(
    readings: list[tuple[int, int, int]], anchor: date, url_date: date | None
) -> date | None:
    """Of the (year, month, day) readings that are dates, the one nearest ``anchor``; without
    a URL date, none after the fetch day (a listing does not show the future)."""
    best: tuple[int, date] | None = None
    for year, month, day in readings:
        try:
            shown = date(year, month, day)
        except ValueError:
            continue
        if url_date is None and shown > anchor + timedelta(days=1):
            continue
        distance = abs((shown - anchor).days)
        if best is None or distance < best[0]:
            best = (distance, shown)
    return best[1] if best else None


def _relative(match: re.Match[str], now: datetime | None) -> datetime | None:
    if now is None:
        return None
    if match.groupdict().get("n"):
        seconds = int(match["n"]) * _UNIT_SECONDS[match["unit"]]
    else:
        count = match["en"].lower()
        number = 1 if count in ("a", "an", "one") else int(count)
        unit = match["enunit"].lower()  # "3h ago" and "3 hours ago" alike
        key = "mo" if unit.startswith("mo") else ("m" if unit.startswith(("mi", "m")) else unit[0])
        seconds = number * _UNIT_SECONDS[key]
    return (now - timedelta(seconds=seconds)).astimezone(UTC)


def _named_day(
    word: str, clock: tuple[int, int, int] | None, now: datetime | None
) -> datetime | None:
    if now is None:
        return None
    if word.startswith("방금") or word == "just now" or word.endswith("ago"):
        return now.replace(microsecond=0).astimezone(UTC)
    back = {"어제": 1, "yesterday": 1, "그제": 2, "그저께": 2}.get(word, 0)
    local = (now - timedelta(days=back)).replace(hour=0, minute=0, second=0, microsecond=0)
    if clock:
        local = local.replace(hour=clock[0], minute=clock[1], second=clock[2])
    return local.astimezone(UTC)


def _short_year(
    match: re.Match[str], tz: ZoneInfo, now: datetime | None, url_date: date | None
) -> datetime | None:
    """A ``_SHORT_YEAR`` date: YY.MM.DD or DD.MM.YY (MM/DD/YY with slashes), the reading
    nearest the URL's date, else the fetch day's and not after it; None with no anchor."""
    anchor = url_date or (now.date() if now is not None else None)
    if anchor is None:
        return None
    a, b, c = int(match["a"]), int(match["b"]), int(match["c"])
    readings = [(2000 + a, b, c)]
    readings.append((2000 + c, a, b) if match["sep"] == "/" else (2000 + c, b, a))
    shown = _nearest_day(readings, anchor, url_date)
    if shown is None:
        return None
    return datetime.combine(shown, time(*_clock(match)), tzinfo=tz).astimezone(UTC)
