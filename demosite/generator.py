"""Deterministic articles: what an outlet published on any KST day, computed on demand.

Nothing is stored. The articles of ``(outlet, day)`` come from ``random.Random`` seeded with
``f"{SEED}:{outlet}:{day}"`` (string seeds hash with SHA-512, so they do not depend on
``PYTHONHASHSEED`` or the process), hence any range of days yields the same articles every time.
The day's article count has its own seed so that paging across days never needs more than counts.

Every day carries, on purpose: two articles with the very same timestamp, at least one listing
link with tracking parameters, at least one title that needs HTML entities, and about a fifth
of the articles updated after publication (always within the same KST day, so a finished day
never changes again). The quirks an outlet switches on (:mod:`demosite.quirks`) draw from a
second stream, ``…:extras``, after the base day is drawn: an outlet without them gets exactly
the base day, which is how ``demo-daily`` keeps its v1 articles.

:class:`Volume` makes outlets busier (or quieter) than registered: with ``volume_scale`` 25 a
day of any outlet holds well over a thousand articles, still computed on demand.
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from demosite import quirks
from demosite.article import KST, Article
from demosite.outlets import OUTLETS, Outlet, get_outlet
from demosite.stories import CLOSINGS, STORIES, Story
from demosite.stories_beats import BEAT_STORIES, draw_beat_facts
from demosite.vocab import draw_facts, has_markup_characters

__all__ = ["KST", "Article", "Volume", "day_articles", "day_count", "find_article"]

FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2030, 12, 31)
SEED = "newsflow-demosite-1"
MAX_VOLUME_SCALE = 50.0

# Relative publishing activity per KST hour: quiet at night, busiest in the morning.
HOUR_WEIGHTS = (1, 1, 1, 1, 1, 2, 5, 8, 9, 9, 8, 7, 6, 7, 8, 8, 7, 6, 5, 4, 3, 3, 2, 1)
# Embargoed releases go out on the hour; the day's same-timestamp pair sits on one of these.
RELEASE_HOURS = (6, 7, 8, 10, 12, 14)
TRACKING_SOURCES = (("naver", "referral"), ("newsletter", "email"), ("facebook", "social"))
# Desks republish wire stories from the first four fifths of the wire's day.
_PICKUP_SHARE = 0.8


@dataclass(frozen=True, slots=True)
class Volume:
    """How busy the outlets are: a multiplier of each registered daily range (1.0: as is).

    ``default`` applies to every outlet not named in ``outlets`` (pairs of name and scale).
    Scales are in (0, 50]; a day never has fewer than two articles of an outlet's own.
    """

    default: float = 1.0
    outlets: tuple[tuple[str, float], ...] = ()

    def __post_init__(self) -> None:
        for scale in (self.default, *(s for _, s in self.outlets)):
            if not 0 < scale <= MAX_VOLUME_SCALE:
                raise ValueError(f"volume scale {scale} is outside (0, {MAX_VOLUME_SCALE:g}]")
        for name, _ in self.outlets:
            get_outlet(name)

    @classmethod
    def of(cls, value: Volume | float | Mapping[str, float]) -> Volume:
        """A Volume from a number (every outlet) or a mapping outlet -> scale."""
        if isinstance(value, Volume):
            return value
        if isinstance(value, Mapping):
            return cls(outlets=tuple(sorted((k, float(v)) for k, v in value.items())))
        return cls(default=float(value))

    def scale(self, outlet: str) -> float:
        return dict(self.outlets).get(outlet, self.default)


NORMAL = Volume()


def in_range(day: date) -> bool:
    """Whether the demo network publishes anything on ``day`` (2000-01-01 .. 2030-12-31)."""
    return FIRST_DAY <= day <= LAST_DAY


@lru_cache(maxsize=65536)
def own_count(outlet: str, day: date, scale: float = 1.0) -> int:
    """How many articles of its own ``outlet`` publishes on KST ``day``; 0 outside the range."""
    if not in_range(day):
        return 0
    low, high = get_outlet(outlet).daily_volume
    rng = random.Random(f"{SEED}:{outlet}:{day.isoformat()}:count")
    if day.weekday() >= 5:  # weekend newsrooms run on a skeleton crew
        high = (low + high) // 2
    count = rng.randint(low, high)
    return count if scale == 1.0 else max(2, round(count * scale))


@lru_cache(maxsize=65536)
def _picked(outlet: str, day: date, wire_scale: float) -> tuple[int, ...]:
    """The wire ``seq`` numbers ``outlet`` republishes on ``day``, from counts alone (cheap)."""
    site = get_outlet(outlet)
    if site.pickup_from is None or not in_range(day):
        return ()
    last = max(1, math.floor(own_count(site.pickup_from, day, wire_scale) * _PICKUP_SHARE))
    # The day's big wire story: every desk that republishes wire copy runs it.
    shared = random.Random(f"{SEED}:{site.pickup_from}:{day.isoformat()}:shared")
    big_story = shared.randint(1, last)
    rng = random.Random(f"{SEED}:{outlet}:{day.isoformat()}:pickups")
    others = [seq for seq in range(1, last + 1) if seq != big_story]
    wanted = min(len(others), rng.randint(*site.pickups_per_day) - 1)
    return tuple(sorted([big_story, *rng.sample(others, wanted)]))


def picked_up(outlet: str, day: date, volume: Volume = NORMAL) -> tuple[int, ...]:
    """The ``seq`` numbers of the wire stories ``outlet`` republishes on ``day``."""
    wire = get_outlet(outlet).pickup_from
    return _picked(outlet, day, volume.scale(wire)) if wire else ()


def day_count(outlet: str, day: date, volume: Volume = NORMAL) -> int:
    """How many articles ``outlet`` publishes on KST ``day``, wire copy included. Cheap."""
    return own_count(outlet, day, volume.scale(outlet)) + len(picked_up(outlet, day, volume))


def day_articles(outlet: str, day: date, volume: Volume = NORMAL) -> tuple[Article, ...]:
    """The articles of ``outlet`` published on KST ``day``, oldest first (ties by seq)."""
    site = get_outlet(outlet)
    # Key the cache by the scales the day depends on (its own, and the wire's it copies
    # from), so volumes differing only elsewhere share entries.
    related = [site.name, *([site.pickup_from] if site.pickup_from else [])]
    return _day_articles(outlet, day, tuple((name, volume.scale(name)) for name in related))


def _pickers(wire: Outlet) -> list[str]:
    return [o.name for o in OUTLETS.values() if o.pickup_from == wire.name]


@lru_cache(maxsize=256)
def _day_articles(
    outlet: str, day: date, scales: tuple[tuple[str, float], ...]
) -> tuple[Article, ...]:
    site = get_outlet(outlet)
    volume = Volume(outlets=scales)
    count = own_count(outlet, day, volume.scale(outlet))
    if count == 0:
        return ()
    stride = site.stride(volume.scale(outlet))
    return _with_quirks(site, day, _generate(site, day, count, stride), volume)


def clear_caches() -> None:
    """Forget every computed day: what follows is computed afresh (and must be equal)."""
    own_count.cache_clear()
    _picked.cache_clear()
    _day_articles.cache_clear()


def find_article(outlet: str, idxno: int, volume: Volume = NORMAL) -> Article | None:
    """The article with this number, or ``None`` when the outlet never published it."""
    day_number, seq = divmod(idxno, get_outlet(outlet).stride(volume.scale(outlet)))
    if not 0 <= day_number <= (LAST_DAY - FIRST_DAY).days:
        return None
    return article_at(outlet, FIRST_DAY + timedelta(days=day_number), seq, volume)


def article_at(outlet: str, day: date, seq: int, volume: Volume = NORMAL) -> Article | None:
    """The ``seq``-th article (1-based, oldest first) of ``outlet`` on ``day``, if any."""
    if not in_range(day) or not 1 <= seq <= day_count(outlet, day, volume):
        return None
    return day_articles(outlet, day, volume)[seq - 1]


def _second_of_day(rng: random.Random) -> int:
    hour = rng.choices(range(24), weights=HOUR_WEIGHTS)[0]
    return hour * 3600 + rng.randrange(3600)


def _title(rng: random.Random, story: Story, facts: dict[str, str], *, markup: bool) -> str:
    """A title from the story; with ``markup`` one that needs HTML entities (if it has one)."""
    choices = [t for t in story.titles if has_markup_characters(t)] if markup else []
    return rng.choice(choices or list(story.titles)).format(**facts)


def _generate(outlet: Outlet, day: date, count: int, stride: int) -> list[Article]:
    """The base day: ``count`` articles with times, texts, updates and tracking, numbered."""
    rng = random.Random(f"{SEED}:{outlet.name}:{day.isoformat()}")
    seconds = [_second_of_day(rng) for _ in range(count)]
    # The purposeful timestamp collision: two articles released on the same hour, to the second.
    first, second = rng.sample(range(count), 2)
    seconds[first] = seconds[second] = rng.choice(RELEASE_HOURS) * 3600
    seconds.sort()
    midnight = datetime.combine(day, time(0), tzinfo=KST)
    day_end = midnight + timedelta(days=1, seconds=-1)

    labels = [s.label for s in outlet.sections]
    weights = [s.weight for s in outlet.sections]
    forced_markup = rng.randrange(count)
    forced_tracking = rng.randrange(count)
    # Before 23:00 there is always room for an update within the day.
    forced_update = rng.choice([i for i, sec in enumerate(seconds) if sec < 23 * 3600])
    articles: list[Article] = []
    for position, second_of_day in enumerate(seconds):
        published = midnight + timedelta(seconds=second_of_day)
        label = rng.choices(labels, weights=weights)[0]
        code = outlet.section(label).code
        story = rng.choice(STORIES.get(code) or BEAT_STORIES[code])
        facts = draw_facts(rng, day)
        if code in BEAT_STORIES:
            facts.update(draw_beat_facts(rng))
        title = _title(rng, story, facts, markup=position == forced_markup)
        lead_sentences = [s.format(**facts) for s in story.leads]
        lead = " ".join(lead_sentences[: rng.choice((1, 2, 2, 3))])
        body = [" ".join(lead_sentences), *(p.format(**facts) for p in story.paragraphs)]
        body.extend(rng.sample(CLOSINGS, rng.randint(0, 2)))
        reporter = rng.choice(outlet.reporters)

        modified: datetime | None = None
        if rng.random() < outlet.update_rate or position == forced_update:
            modified = min(published + timedelta(seconds=rng.randint(600, 6 * 3600)), day_end)
            if modified <= published:  # published in the day's last second: no room to update
                modified = None
        tracking = None
        if rng.random() < outlet.tracking_rate or position == forced_tracking:
            source, medium = rng.choice(TRACKING_SOURCES)
            n = rng.randrange(1, 100)
            tracking = outlet.tracking_format.format(
                source=source, medium=medium, n=n, section=outlet.section(label).list_code
            )

        final_title = title
        note = None
        if modified is not None:
            final_title = f"{title}(종합)"
            note = f"※ {modified:%H시 %M분} 관련 내용을 보강해 기사를 수정했습니다."
        articles.append(
            Article(
                outlet=outlet.name,
                idxno=(day - FIRST_DAY).days * stride + position + 1,
                seq=position + 1,
                published=published,
                sections=(label,),
                first_title=title,
                lead=lead,
                first_paragraphs=tuple(body),
                reporter=reporter,
                modified=modified,
                title=final_title,
                update_note=note,
                tracking=tracking,
                flags=frozenset(),
            )
        )
    return articles


def _with_quirks(
    outlet: Outlet, day: date, articles: list[Article], volume: Volume
) -> tuple[Article, ...]:
    """The base day with the outlet's quirks, wire copy merged in, renumbered and flagged.

    For an outlet with every quirk off this changes nothing but the flags: no draw is made
    from the extras stream, the order and the numbers stay those of the base day.
    """
    rng = random.Random(f"{SEED}:{outlet.name}:{day.isoformat()}:extras")
    if outlet.minute_precision:
        articles = [quirks.to_minutes(a) for a in articles]
    if outlet.dateline:
        articles = [quirks.with_dateline(outlet, a) for a in articles]
    articles = quirks.cross_list(outlet, articles, rng)
    articles = quirks.highlight(outlet, articles, rng)
    articles.extend(_wire_copies(outlet, day, volume, rng))
    # Stable sort: wire copy published in the same second as own reporting comes after it.
    articles.sort(key=lambda a: a.published)
    stride = outlet.stride(volume.scale(outlet.name))
    base = (day - FIRST_DAY).days * stride
    articles = [replace(a, seq=n, idxno=base + n) for n, a in enumerate(articles, start=1)]
    pinned = quirks.pick_top_stories(articles, outlet.top_stories, rng)
    republished = frozenset(
        seq for name in _pickers(outlet) for seq in picked_up(name, day, volume)
    )
    articles = [
        replace(a, story_id=story_id(outlet, day, a.seq)) if a.seq in republished else a
        for a in articles
    ]
    return quirks.with_flags(outlet, articles, pinned, republished)


def _wire_copies(outlet: Outlet, day: date, volume: Volume, rng: random.Random) -> list[Article]:
    if outlet.pickup_from is None:
        return []
    wire = get_outlet(outlet.pickup_from)
    originals = day_articles(wire.name, day, volume)
    day_end = datetime.combine(day, time(0), tzinfo=KST) + timedelta(days=1, seconds=-1)
    copies = []
    for seq in picked_up(outlet.name, day, volume):
        original = originals[seq - 1]
        published = quirks.copy_time(original.published, rng, day_end)
        sid = story_id(wire, day, seq)
        copies.append(quirks.wire_copy(outlet, wire, original, sid, published, rng))
    return copies


def story_id(wire: Outlet, day: date, seq: int) -> str:
    """The id every copy of the wire's ``seq``-th story of ``day`` shares."""
    return f"{wire.name}-{day:%Y%m%d}-{seq:04d}"
