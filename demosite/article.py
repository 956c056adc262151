"""One generated article, and the flags the oracle reports about it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from demosite.outlets import Reporter

KST = ZoneInfo("Asia/Seoul")

# Flags: why an article is interesting to a crawler test. Every one is set by the generator,
# so the oracle reports exactly what the pages do.
FLAG_SAME_TIMESTAMP = "same_timestamp"  # another article of the day has the very same time
FLAG_TRACKING_LINK = "tracking_link"  # listing links carry tracking parameters
FLAG_HTML_ENTITIES = "html_entities"  # the title needs entities (&, quotes) in HTML
FLAG_UPDATED = "updated"  # updated after publication: later title, modified time
FLAG_CROSS_LISTED = "cross_listed"  # listed in a second section's list too
FLAG_INLINE_MARKUP = "inline_markup"  # listing titles wrap one word in an inline tag
FLAG_PINNED = "pinned"  # a top story: pinned above the latest list a day later
FLAG_WIRE_ORIGINAL = "wire_original"  # a wire story other outlets republished
FLAG_WIRE_COPY = "wire_copy"  # republished wire copy, lightly edited
FLAG_TRUNCATED_TITLE = "truncated_title"  # listings cut the title short with ".."
FLAG_WRONG_META_OFFSET = "wrong_meta_offset"  # article:published_time has the wrong offset


@dataclass(frozen=True, slots=True)
class Article:
    """One generated article in its final state, plus what it looked like before an update.

    ``published``/``modified`` are KST-aware; ``modified`` is ``None`` when never updated.
    ``idxno`` is the outlet's article number (``day_number * stride + seq``), ``seq`` its
    1-based place in the KST day, oldest first. ``sections`` are the outlet's labels, the
    home section first; more than one means the article is listed in each. Use the
    ``*_at(now)`` methods for what a reader sees at a given clock.
    """

    outlet: str
    idxno: int
    seq: int
    published: datetime
    sections: tuple[str, ...]
    first_title: str
    lead: str
    first_paragraphs: tuple[str, ...]
    reporter: Reporter
    modified: datetime | None
    title: str  # current title: equals first_title unless updated
    update_note: str | None  # paragraph appended by the update
    tracking: str | None  # query string appended to listing links, without the leading "&"
    flags: frozenset[str]
    story_id: str | None = None  # shared by every outlet's copy of one wire story
    credit: str | None = None  # for wire copy: the wire outlet the story came from
    highlight: str | None = None  # a word of the title listings wrap in an inline tag

    @property
    def section(self) -> str:
        """The home section's label."""
        return self.sections[0]

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
