"""A crawl judged against the demosite's oracle: which articles, at which URLs, titles, times.

The crawl's RawItems keep raw strings; the judge reads them the way the done criteria say:
the URL canonicalised with ``etl.urls.canonical_url`` and the profile's rules (and rebased
from the live demosite address onto the outlet's public origin), the title as crawled, the
publication time from the article page when the crawl followed it (some listings show only a
date), else from the listing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from demosite.generator import FIRST_DAY, day_count
from demosite.oracle import OracleArticle, published
from etl.records import RawItem
from etl.sources import SourceProfile
from etl.timeparse import read_published_modified
from etl.urls import canonical_url


@dataclass(frozen=True)
class Judgement:
    """What the crawl got wrong; every list empty means it is the oracle's day exactly."""

    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    repeated: list[str] = field(default_factory=list)
    different: list[tuple[str, tuple[object, ...], tuple[object, ...]]] = field(
        default_factory=list
    )


def public_url(profile: SourceProfile, item: RawItem) -> str:
    """The item's URL as the oracle spells it."""
    live = urlsplit(item.listing_url)
    return canonical_url(
        item.url,
        base=item.listing_url,
        keep_params=profile.url.keep_params,
        drop_params=profile.url.drop_params,
        force_https=profile.url.force_https,
        rebase=(f"{live.scheme}://{live.netloc}", profile.canonical_base or ""),
    )


def published_at(profile: SourceProfile, item: RawItem) -> datetime | None:
    """The item's publication time: the article page's when read, else the listing's."""
    tz = ZoneInfo(profile.timezone)
    fetched = datetime.fromisoformat(item.fetched_at)
    for raw in (item.article.published_raw if item.article else None, item.published_raw):
        value = read_published_modified(raw, tz, fetched, url=item.url)[0].value
        if value is not None:
            return value
    return None


def judge(profile: SourceProfile, items: list[RawItem], oracle: list[OracleArticle]) -> Judgement:
    """Compare URLs, titles and publication times of ``items`` with ``oracle``."""
    crawled: dict[str, RawItem] = {}
    repeated = []
    for item in items:
        url = public_url(profile, item)
        if url in crawled:
            repeated.append(url)
        crawled[url] = item
    expected = {a.url: a for a in oracle}
    different = []
    for url in expected.keys() & crawled.keys():
        item, article = crawled[url], expected[url]
        got = (item.title, published_at(profile, item))
        want = (article.title, article.published_at)
        if got != want:
            different.append((url, got, want))
    return Judgement(
        missing=sorted(expected.keys() - crawled.keys()),
        extra=sorted(crawled.keys() - expected.keys()),
        repeated=repeated,
        different=sorted(different),
    )


def oracle(outlet: str, day: date) -> list[OracleArticle]:
    """What ``outlet`` published on KST ``day`` (the demosite runs at the default volume)."""
    return published(outlet, day)


def listing_position(outlet: str, day: date, now: datetime) -> tuple[int, int]:
    """(items listed above ``day``, items listed in all) on the outlet's newest-first list at
    ``now``: the day's first item is at index ``above``."""
    today = now.date()
    visible_today = sum(1 for a in published(outlet, today) if a.published_at <= now)
    between = sum(
        day_count(outlet, date.fromordinal(n))
        for n in range(day.toordinal() + 1, today.toordinal())
    )
    before = sum(
        day_count(outlet, date.fromordinal(n))
        for n in range(FIRST_DAY.toordinal(), day.toordinal() + 1)
    )
    above = visible_today + between
    return above, above + before
