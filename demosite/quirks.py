"""The network's purposeful mess, as pure transforms of one outlet's day of articles.

Each transform takes articles and a ``random.Random`` and returns new articles; none looks
anything up, so the generator decides which outlet gets which quirk (the switches on
:class:`demosite.outlets.Outlet`) and in what order. Every quirk whose rate is above zero
happens at least once a day, so any day an oracle test picks shows it.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from demosite.article import (
    FLAG_CROSS_LISTED,
    FLAG_HTML_ENTITIES,
    FLAG_INLINE_MARKUP,
    FLAG_PINNED,
    FLAG_SAME_TIMESTAMP,
    FLAG_TRACKING_LINK,
    FLAG_TRUNCATED_TITLE,
    FLAG_UPDATED,
    FLAG_WIRE_COPY,
    FLAG_WIRE_ORIGINAL,
    FLAG_WRONG_META_OFFSET,
    Article,
)
from demosite.outlets import Outlet
from demosite.vocab import has_markup_characters

# Where a story of one section is also listed: sections editors cross-post to.
RELATED_CODES: dict[str, tuple[str, ...]] = {
    "economy": ("economy.industry", "economy.finance"),
    "economy.finance": ("economy",),
    "economy.markets": ("economy", "economy.finance"),
    "economy.industry": ("economy", "tech"),
    "economy.realestate": ("economy", "economy.finance"),
    "tech": ("economy.industry",),
    "politics": ("society",),
    "society": ("politics",),
    "world": ("economy", "politics"),
    "culture": ("society",),
    "sports": ("culture", "society"),
    "opinion": ("politics",),
}
# Characters a highlighted word must not start or end with: it is found by plain search.
_WORD_TRIM = ",…·:;'\"[]()<>&"
TRUNCATION_MARK = ".."
# Top stories are picked from the morning edition.
_TOP_STORY_HOURS = range(5, 10)


def forced_rate(rng: random.Random, count: int, rate: float) -> list[bool]:
    """Which of ``count`` items a quirk of ``rate`` hits: about that share, at least one."""
    if rate <= 0 or count == 0:
        return [False] * count
    forced = rng.randrange(count)
    return [rng.random() < rate or n == forced for n in range(count)]


def to_minutes(article: Article) -> Article:
    """The article as a CMS storing whole minutes has it (an update within its minute is lost)."""
    published = article.published.replace(second=0, microsecond=0)
    if article.modified is None:
        return replace(article, published=published)
    modified = article.modified.replace(second=0, microsecond=0)
    if modified <= published:
        return replace(
            article,
            published=published,
            modified=None,
            title=article.first_title,
            update_note=None,
        )
    return replace(article, published=published, modified=modified)


def cross_list(outlet: Outlet, articles: Sequence[Article], rng: random.Random) -> list[Article]:
    """Add a related second section to about ``outlet.cross_list_rate`` of the articles."""
    options = [_related_labels(outlet, a.section) for a in articles]
    eligible = [n for n, labels in enumerate(options) if labels]
    hits = forced_rate(rng, len(eligible), outlet.cross_list_rate)
    result = list(articles)
    for n, hit in zip(eligible, hits, strict=True):
        if hit:
            result[n] = replace(result[n], sections=(result[n].section, rng.choice(options[n])))
    return result


def _related_labels(outlet: Outlet, label: str) -> list[str]:
    code = outlet.section(label).code
    related = (outlet.section_by_code(c) for c in RELATED_CODES.get(code, ()))
    return [s.label for s in related if s is not None]


def highlight(outlet: Outlet, articles: Sequence[Article], rng: random.Random) -> list[Article]:
    """Mark one word of about ``outlet.highlight_rate`` of the titles for an inline tag."""
    words = [headline_word(a.first_title) for a in articles]
    eligible = [n for n, word in enumerate(words) if word]
    hits = forced_rate(rng, len(eligible), outlet.highlight_rate)
    result = list(articles)
    for n, hit in zip(eligible, hits, strict=True):
        if hit:
            result[n] = replace(result[n], highlight=words[n])
    return result


def headline_word(title: str) -> str | None:
    """The first word of ``title`` worth highlighting: two characters or more, no markup.

    Updates only append to a title, so the word is in the title before and after one.
    """
    for token in title.split():
        word = token.strip(_WORD_TRIM)
        if len(word) >= 2 and word in token and not has_markup_characters(word):
            return word
    return None


def with_dateline(outlet: Outlet, article: Article) -> Article:
    """A wire article: its body opens with ``(서울=WIRE) NAME 기자 = `` before the lead."""
    first, *rest = article.first_paragraphs
    dateline = f"(서울={outlet.label}) {article.reporter.name} 기자 = "
    return replace(article, first_paragraphs=(dateline + first, *rest))


def wire_copy(
    outlet: Outlet,
    wire: Outlet,
    original: Article,
    story_id: str,
    published: datetime,
    rng: random.Random,
) -> Article:
    """``outlet``'s lightly edited copy of a ``wire`` story, published at ``published``.

    Edits: the dateline goes, the title's punctuation or a country name changes, and about
    half the copies drop the last paragraph. Reporter, lead and story id stay the wire's.
    """
    first, *rest = original.first_paragraphs
    dateline_end = first.find(" = ")
    paragraphs = [first[dateline_end + 3 :] if dateline_end >= 0 else first, *rest]
    if len(paragraphs) > 3 and rng.random() < 0.5:
        paragraphs.pop()
    home = outlet.section_by_code(wire.section(original.section).code) or outlet.sections[0]
    title = edited_title(original.first_title, rng)
    return replace(
        original,
        outlet=outlet.name,
        published=published,
        sections=(home.label,),
        first_title=title,
        title=title,
        first_paragraphs=tuple(paragraphs),
        modified=None,
        update_note=None,
        tracking=None,
        flags=frozenset(),
        story_id=story_id,
        credit=wire.name,
        highlight=None,
    )


def edited_title(title: str, rng: random.Random) -> str:
    """A desk's small edit of a wire title: other punctuation, or a country's one-letter name."""
    if "…" in title:
        return title.replace("…", rng.choice((", ", "...", " - ")), 1)
    for country, short in (("미국", "美"), ("중국", "中"), ("일본", "日")):
        if country in title:
            return title.replace(country, short, 1)
    return title


def pick_top_stories(articles: Sequence[Article], count: int, rng: random.Random) -> frozenset[int]:
    """The ``seq`` of the day's ``count`` top stories, own reporting of the morning if any."""
    own = [a for a in articles if a.credit is None]
    morning = [a for a in own if a.published.hour in _TOP_STORY_HOURS]
    pool = morning if len(morning) >= count else own
    return frozenset(a.seq for a in rng.sample(pool, min(count, len(pool))))


def truncated(text: str, limit: int) -> str:
    """``text`` as a CMS cutting at ``limit`` characters prints it (``..`` marks the cut)."""
    if limit <= 0 or len(text) <= limit:
        return text
    return text[:limit].rstrip() + TRUNCATION_MARK


def with_flags(
    outlet: Outlet,
    articles: Iterable[Article],
    pinned: frozenset[int] = frozenset(),
    republished: frozenset[int] = frozenset(),
) -> tuple[Article, ...]:
    """The articles with their flags set; ``pinned``/``republished`` hold ``seq`` numbers."""
    articles = list(articles)
    times = Counter(a.published for a in articles)
    flagged = []
    for article in articles:
        rules = {
            FLAG_SAME_TIMESTAMP: times[article.published] > 1,
            FLAG_TRACKING_LINK: article.tracking is not None,
            FLAG_HTML_ENTITIES: has_markup_characters(article.title),
            FLAG_UPDATED: article.modified is not None,
            FLAG_CROSS_LISTED: len(article.sections) > 1,
            FLAG_INLINE_MARKUP: article.highlight is not None,
            FLAG_PINNED: article.seq in pinned,
            FLAG_WIRE_ORIGINAL: article.seq in republished,
            FLAG_WIRE_COPY: article.credit is not None,
            FLAG_TRUNCATED_TITLE: truncated(article.title, outlet.title_limit) != article.title,
            FLAG_WRONG_META_OFFSET: outlet.wrong_meta_offset,
        }
        flags = frozenset(flag for flag, applies in rules.items() if applies)
        flagged.append(replace(article, flags=flags))
    return tuple(flagged)


def copy_time(original: datetime, rng: random.Random, day_end: datetime) -> datetime:
    """When a desk republishes a wire story: 5 to 90 minutes later, within the same KST day."""
    return min(original + timedelta(seconds=rng.randint(300, 5400)), day_end)
