"""The oracle: exactly what an outlet published on a KST day, in its final state.

This is the ground truth a crawl of the demosite is judged against. It reads the generator
directly, never the pages, and knows nothing of the pipeline. The final state is what a
reader sees once the day is over: updates always land within the article's own KST day.

Only articles are in it. Ads in listings and article bodies, related-article blocks, pinned
repeats of an article (it is listed once, on its own day, flagged ``pinned``) and truncated
listing titles are page furniture: a crawl that records them has recorded something the
outlet did not publish as news.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from demosite.article import Article
from demosite.generator import Volume, day_articles
from demosite.outlets import get_outlet
from demosite.templates import load_template


@dataclass(frozen=True, slots=True)
class OracleArticle:
    """One published article as the pipeline should end up recording it.

    ``url`` is the public origin plus ``path`` (no tracking parameters); ``title`` and ``lead``
    are plain text (entities decoded); ``body`` is the paragraphs joined by blank lines;
    datetimes are tz-aware; ``modified_at`` is ``None`` when the article was never updated.
    ``sections`` are the canonical codes of every section list the article appears in, its
    home section first; ``story_id`` is shared by every outlet's copy of one wire story (and
    ``None`` for a story only one outlet published); ``flags`` are the generator's FLAG_*
    values, sorted.
    """

    url: str
    path: str
    title: str
    lead: str
    author: str
    body: str
    published_at: datetime
    modified_at: datetime | None
    sections: tuple[str, ...]  # canonical codes
    section_labels: tuple[str, ...]  # the outlet's labels
    story_id: str | None
    flags: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: UTC times as ``…Z``, ``published_at_kst`` with ``+09:00``."""
        return {
            "url": self.url,
            "path": self.path,
            "title": self.title,
            "lead": self.lead,
            "author": self.author,
            "body": self.body,
            "published_at": _utc_z(self.published_at),
            "published_at_kst": self.published_at.isoformat(),
            "modified_at": _utc_z(self.modified_at) if self.modified_at else None,
            "sections": list(self.sections),
            "section_labels": list(self.section_labels),
            "story_id": self.story_id,
            "flags": list(self.flags),
        }


def published(
    outlet: str, day: date, volume_scale: float | Mapping[str, float] | Volume = 1.0
) -> list[OracleArticle]:
    """The articles ``outlet`` published with ``published_at`` in KST ``day``, newest first.

    Ties in publication time are ordered by sequence, highest first — the listing's order.
    ``volume_scale`` must be the one the site is served with. Days outside
    2000-01-01..2030-12-31 have no articles. Raises ``UnknownOutletError``.
    """
    site = get_outlet(outlet)
    template = load_template(site.template)
    result = []
    for article in reversed(day_articles(outlet, day, Volume.of(volume_scale))):
        path = template.article_path(article)
        result.append(_oracle_article(article, site.origin + path, path))
    return result


def _oracle_article(article: Article, url: str, path: str) -> OracleArticle:
    outlet = get_outlet(article.outlet)
    return OracleArticle(
        url=url,
        path=path,
        title=article.title,
        lead=article.lead,
        author=f"{article.reporter.name} 기자",
        body="\n\n".join(article.paragraphs),
        published_at=article.published,
        modified_at=article.modified,
        sections=tuple(outlet.section(label).code for label in article.sections),
        section_labels=article.sections,
        story_id=article.story_id,
        flags=tuple(sorted(article.flags)),
    )


def _utc_z(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
