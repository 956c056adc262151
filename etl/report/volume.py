"""Daily article volume per source and its trailing median: the report's chart and status' alarm.

A day's volume is the number of warehouse articles of a source published that KST day. The
trailing median of a day is the median volume over the days before it (at most
``TRAILING_DAYS`` calendar days back) that a *successful* run covered: a day nobody loaded is
unknown, not zero, and must not drag the median down.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

import sqlalchemy as sa

from etl.warehouse.schema import articles, runs
from etl.window import Window

TRAILING_DAYS = 7
# A drift alarm needs this many known days before it: one or two days are anecdotes.
MIN_HISTORY_DAYS = 3
# Volume outside [LOW, HIGH] times the trailing median raises a drift alarm.
DRIFT_LOW, DRIFT_HIGH = 0.5, 2.0


@dataclass(frozen=True)
class DayVolume:
    """One source's volume on one KST day, with the median of the known days before it."""

    source: str
    day: date
    articles: int
    trailing_median: float | None  # None: no earlier day of this source was loaded
    history_days: int

    @property
    def drift(self) -> str | None:
        """``low``/``high`` when the day is far from its trailing median, else None."""
        if self.trailing_median is None or self.history_days < MIN_HISTORY_DAYS:
            return None
        if self.articles < DRIFT_LOW * self.trailing_median:
            return "low"
        if self.articles > DRIFT_HIGH * self.trailing_median:
            return "high"
        return None


def daily_counts(
    conn: sa.Connection, sources: Iterable[str], first: date, last: date
) -> dict[str, dict[date, int]]:
    """source -> KST day -> articles published that day, for days in ``[first, last]``."""
    query = (
        sa.select(articles.c.source_code, articles.c.published_date_kst, sa.func.count())
        .where(
            articles.c.source_code.in_(list(sources)),
            articles.c.published_date_kst.between(first, last),
        )
        .group_by(articles.c.source_code, articles.c.published_date_kst)
    )
    counts: dict[str, dict[date, int]] = {}
    for source, day, n in conn.execute(query):
        counts.setdefault(source, {})[day] = int(n)
    return counts


def covered_days(
    conn: sa.Connection, sources: Iterable[str], first: date, last: date
) -> dict[str, set[date]]:
    """source -> the KST days in ``[first, last]`` some successful run of it covered."""
    span = Window.days(first, last + timedelta(days=1))
    query = sa.select(runs.c.source_code, runs.c.window_start, runs.c.window_end).where(
        runs.c.source_code.in_(list(sources)),
        runs.c.status == "success",
        runs.c.window_end > span.start,
        runs.c.window_start < span.end,
    )
    covered: dict[str, set[date]] = {}
    for source, start, end in conn.execute(query):
        days = Window(start, end).day_list()
        covered.setdefault(source, set()).update(d for d in days if first <= d <= last)
    return covered


def day_volumes(
    conn: sa.Connection, sources: Iterable[str], days: list[date]
) -> dict[str, list[DayVolume]]:
    """source -> one DayVolume per day of ``days`` (in order), each with its trailing median."""
    wanted = sorted(set(sources))
    if not days or not wanted:
        return {source: [] for source in wanted}
    first, last = min(days) - timedelta(days=TRAILING_DAYS), max(days)
    counts = daily_counts(conn, wanted, first, last)
    covered = covered_days(conn, wanted, first, last)
    result: dict[str, list[DayVolume]] = {}
    for source in wanted:
        mine, known = counts.get(source, {}), covered.get(source, set())
        result[source] = []
        for day in days:
            before = [day - timedelta(days=n) for n in range(1, TRAILING_DAYS + 1)]
            history = [mine.get(d, 0) for d in before if d in known]
            median = float(statistics.median(history)) if history else None
            result[source].append(DayVolume(source, day, mine.get(day, 0), median, len(history)))
    return result
