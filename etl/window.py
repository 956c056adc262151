"""The time window a run covers: ``[start, end)`` in the source's timezone (KST by default)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

KST = ZoneInfo("Asia/Seoul")
# Years a window, a fetch time or a dump may name. Inside them every window, tolerance and
# history look-back stays a valid datetime (year 9999 plus a day overflows; year 1 minus the
# trailing history does too); outside them a day is refused with its value, never run.
WORKING_YEARS = range(1000, 9000)


@dataclass(frozen=True, slots=True)
class Window:
    """A half-open interval of tz-aware datetimes; by default one KST calendar day."""

    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("window bounds must be timezone-aware")
        if self.end <= self.start:
            raise ValueError(f"window end {self.end} is not after start {self.start}")

    @classmethod
    def day(cls, day: date, tz: ZoneInfo = KST) -> Window:
        """The calendar day ``day`` in ``tz`` (midnight to midnight)."""
        start = datetime.combine(day, time(0), tzinfo=tz)
        return cls(start, start + timedelta(days=1))

    @classmethod
    def days(cls, first: date, last_exclusive: date, tz: ZoneInfo = KST) -> Window:
        """Whole days ``[first, last_exclusive)`` in ``tz``."""
        return cls(
            datetime.combine(first, time(0), tzinfo=tz),
            datetime.combine(last_exclusive, time(0), tzinfo=tz),
        )

    @classmethod
    def parse(cls, start: str, end: str | None = None, tz: ZoneInfo = KST) -> Window:
        """From ``YYYY-MM-DD`` strings (end exclusive, default start + 1 day)."""
        first = date.fromisoformat(start)
        last = date.fromisoformat(end) if end else first + timedelta(days=1)
        return cls.days(first, last, tz)

    @property
    def key(self) -> str:
        """Stable name for paths and run ids: ``2025-04-08`` or ``2025-04-08_2025-04-10``."""
        first = self.start.date()
        last = (self.end - timedelta(microseconds=1)).date()
        return first.isoformat() if first == last else f"{first.isoformat()}_{last.isoformat()}"

    def contains(self, moment: datetime) -> bool:
        return self.start <= moment < self.end

    def day_list(self) -> list[date]:
        """The KST calendar days the window touches, oldest first."""
        first = self.start.astimezone(KST).date()
        last = (self.end - timedelta(microseconds=1)).astimezone(KST).date()
        return [first + timedelta(days=i) for i in range((last - first).days + 1)]
