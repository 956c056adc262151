"""Deterministic articles: what an outlet published on any KST day, computed on demand.

Nothing is stored. The articles of ``(outlet, day)`` come from ``random.Random`` seeded with
``f"{SEED}:{outlet}:{day}"`` (string seeds hash with SHA-512, so they do not depend on
``PYTHONHASHSEED`` or the process), hence any range of days yields the same articles every time.
The day's article count has its own seed so that paging across days never needs more than counts.

Every day carries, on purpose: two articles with the very same timestamp, at least one listing
link with tracking parameters, at least one title that needs HTML entities, and about a fifth
of the articles updated after publication (always within the same KST day, so a finished day
never changes again).
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from demosite.outlets import Outlet, Reporter, get_outlet
from demosite.stories import CLOSINGS, STORIES, Story
from demosite.vocab import draw_facts, has_markup_characters

KST = ZoneInfo("Asia/Seoul")
FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2030, 12, 31)
SEED = "newsflow-demosite-1"

# Relative publishing activity per KST hour: quiet at night, busiest in the morning.
HOUR_WEIGHTS = (1, 1, 1, 1, 1, 2, 5, 8, 9, 9, 8, 7, 6, 7, 8, 8, 7, 6, 5, 4, 3, 3, 2, 1)
# Embargoed releases go out on the hour; the day's same-timestamp pair sits on one of these.
RELEASE_HOURS = (6, 7, 8, 10, 12, 14)
TRACKING_SOURCES = (("naver", "referral"), ("newsletter", "email"), ("facebook", "social"))

FLAG_SAME_TIMESTAMP = "same_timestamp"
FLAG_TRACKING_LINK = "tracking_link"
FLAG_HTML_ENTITIES = "html_entities"
FLAG_UPDATED = "updated"


@dataclass(frozen=True, slots=True)
class Article:
    """One generated article in its final state, plus what it looked like before an update.

    ``published``/``modified`` are KST-aware; ``modified`` is ``None`` when never updated.
    Use the ``*_at(now)`` methods for what a reader sees at a given clock.
    """

    outlet: str
    idxno: int
    published: datetime
    section: str  # the outlet's section label
    first_title: str
    lead: str
    first_paragraphs: tuple[str, ...]
    reporter: Reporter
    modified: datetime | None
    title: str  # current title: equals first_title unless updated
    update_note: str | None  # paragraph appended by the update
    tracking: str | None  # query string appended to listing links, without the leading "&"
    flags: frozenset[str]

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The body in its final state."""
        if self.update_note is None:
            return self.first_paragraphs
        return (*self.first_paragraphs, self.update_note)

    def updated_by(self, now: datetime) -> bool:
        return self.modified is not None and self.modified <= now

    def title_at(self, now: datetime) -> str:
        return self.title if self.updated_by(now) else self.first_title

    def paragraphs_at(self, now: datetime) -> tuple[str, ...]:
        return self.paragraphs if self.updated_by(now) else self.first_paragraphs

    def modified_at(self, now: datetime) -> datetime:
        """The last modification visible at ``now`` (the publication time when none is)."""
        if self.modified is not None and self.updated_by(now):
            return self.modified
        return self.published


def in_range(day: date) -> bool:
    """Whether the demo network publishes anything on ``day`` (2000-01-01 .. 2030-12-31)."""
    return FIRST_DAY <= day <= LAST_DAY


@lru_cache(maxsize=65536)
def day_count(outlet: str, day: date) -> int:
    """How many articles ``outlet`` publishes on KST ``day``; 0 outside the range. Cheap."""
    if not in_range(day):
        return 0
    low, high = get_outlet(outlet).daily_volume
    rng = random.Random(f"{SEED}:{outlet}:{day.isoformat()}:count")
    if day.weekday() >= 5:  # weekend newsrooms run on a skeleton crew
        high = (low + high) // 2
    return rng.randint(low, high)


@lru_cache(maxsize=1024)
def day_articles(outlet: str, day: date) -> tuple[Article, ...]:
    """The articles of ``outlet`` published on KST ``day``, oldest first (ties by idxno)."""
    count = day_count(outlet, day)
    if count == 0:
        return ()
    return _generate(get_outlet(outlet), day, count)


def find_article(outlet: str, idxno: int) -> Article | None:
    """The article with this idxno, or ``None`` when the outlet never published it."""
    stride = get_outlet(outlet).idx_stride
    day_number, sequence = divmod(idxno, stride)
    if idxno < 0 or sequence == 0:
        return None
    day = FIRST_DAY + timedelta(days=day_number)
    if not in_range(day) or sequence > day_count(outlet, day):
        return None
    return day_articles(outlet, day)[sequence - 1]


def _second_of_day(rng: random.Random) -> int:
    hour = rng.choices(range(24), weights=HOUR_WEIGHTS)[0]
    return hour * 3600 + rng.randrange(3600)


def _title(rng: random.Random, story: Story, facts: dict[str, str], *, markup: bool) -> str:
    """A title from the story; with ``markup`` one that needs HTML entities (if it has one)."""
    choices = [t for t in story.titles if has_markup_characters(t)] if markup else []
    return rng.choice(choices or list(story.titles)).format(**facts)


def _generate(outlet: Outlet, day: date, count: int) -> tuple[Article, ...]:
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
        story = rng.choice(STORIES[label])
        facts = draw_facts(rng, day)
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
            tracking = f"utm_source={source}&utm_medium={medium}&mc=m_{rng.randrange(1, 100):02d}"

        final_title = title
        note = None
        if modified is not None:
            final_title = f"{title}(종합)"
            note = f"※ {modified:%H시 %M분} 관련 내용을 보강해 기사를 수정했습니다."
        articles.append(
            Article(
                outlet=outlet.name,
                idxno=(day - FIRST_DAY).days * outlet.idx_stride + position + 1,
                published=published,
                section=label,
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
    return _with_flags(articles)


def _with_flags(articles: list[Article]) -> tuple[Article, ...]:
    times = Counter(a.published for a in articles)
    flagged = []
    for article in articles:
        flags = set()
        if times[article.published] > 1:
            flags.add(FLAG_SAME_TIMESTAMP)
        if article.tracking is not None:
            flags.add(FLAG_TRACKING_LINK)
        if has_markup_characters(article.title):
            flags.add(FLAG_HTML_ENTITIES)
        if article.modified is not None:
            flags.add(FLAG_UPDATED)
        flagged.append(replace(article, flags=frozenset(flags)))
    return tuple(flagged)
