"""Timestamps as Korean listing and article pages show them -> tz-aware UTC.

The common shapes (``2025-04-08 08:06:28``, ``2025.04.08 08:06``, ISO 8601 with an offset)
are matched by anchored regular expressions: dateparser takes ~1 ms a call and guesses
day/month order, while these shapes are unambiguous and arrive by the thousand per run.
Anything else goes to dateparser with the profile's timezone and the fetch time as its
reference, so relative forms still resolve. The raw string is always kept by the caller.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

_ABSOLUTE = re.compile(
    r"^\[?\s*(?P<y>\d{4})\s*[-./년]\s*(?P<m>\d{1,2})\s*[-./월]\s*(?P<d>\d{1,2})\s*[일.]?\s*\]?"
    r"(?:\s*(?:T|\s)\s*(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?$"
)


def _offset(text: str) -> timedelta:
    if text == "Z":
        return timedelta(0)
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))


def parse_timestamp(
    raw: str | None, tz: ZoneInfo, fetched_at: datetime | None = None
) -> datetime | None:
    """Parse ``raw`` as shown by a page whose clock is ``tz``; return UTC or None.

    None means "could not parse": callers flag the record, they never invent a time.
    Relative forms ("5분 전", "어제") resolve against ``fetched_at``.
    """
    if raw is None:
        return None
    text = " ".join(raw.split())
    if not text:
        return None
    match = _ABSOLUTE.match(text)
    if match:
        try:
            local = datetime(
                int(match["y"]),
                int(match["m"]),
                int(match["d"]),
                int(match["H"] or 0),
                int(match["M"] or 0),
                int(match["S"] or 0),
            )
        except ValueError:
            return None  # impossible date such as 2025-02-30
        if match["tz"]:
            return (local - _offset(match["tz"])).replace(tzinfo=UTC)
        return local.replace(tzinfo=tz).astimezone(UTC)
    return _parse_with_dateparser(text, tz, fetched_at)


def _parse_with_dateparser(text: str, tz: ZoneInfo, fetched_at: datetime | None) -> datetime | None:
    import dateparser  # imported lazily: it costs ~0.3 s and most pages never need it

    settings: dict[str, object] = {
        "TIMEZONE": str(tz),
        "RETURN_AS_TIMEZONE_AWARE": True,
        "TO_TIMEZONE": "UTC",
        "PREFER_DATES_FROM": "past",
    }
    if fetched_at is not None:
        settings["RELATIVE_BASE"] = fetched_at.astimezone(tz).replace(tzinfo=None)
    parsed = dateparser.parse(text, languages=["ko", "en"], settings=settings)
    return parsed.astimezone(UTC) if parsed else None
