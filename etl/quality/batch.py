"""Batch-level checks on the batch's own rows: is this a believable day of this outlet?

Each check is a plain function ``(BatchFacts) -> BatchOutcome`` (see ``etl.quality.facts``)
listed in ``BATCH_CHECKS``; the checks on signals from outside the batch (warehouse history,
dedup counts, crawl stats) live in ``etl.quality.signals``. Row-level checks run in Great
Expectations (see ``etl.quality.rows``); these work on their outcome. Thresholds come from the
profile's ``[quality]`` table (``etl.sources.QualityThresholds``).

The failures they are written against: a redesign that yields zero items or items without a
lead or a time (emptiness, completeness), a parser that silently drops the clock (times at
exactly midnight) or falls back to the fetch time, a section label the taxonomy no longer
knows, a lead selector that catches a byline instead of the lead.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable, Mapping
from datetime import time
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from etl.quality.facts import BatchFacts, BatchOutcome, graded, not_judged, outcome, pct
from etl.quality.signals import duplicate_share, extraction_drift, volume_vs_history
from etl.taxonomy import UNCLASSIFIED

if TYPE_CHECKING:
    from etl.quality.report import Verdict
    from etl.records import Article

# How many of the most frequent quarantine reasons a failing share names.
_TOP_REASONS = 3


def batch_not_empty(facts: BatchFacts) -> BatchOutcome:
    """``empty_batch`` (default ``fail``) when the crawl delivered no item at all.

    Counts every item that reached the gate, rejected by clean or not; ``observed`` is that
    number.
    """
    items = facts.items
    if items == 0:
        return outcome("batch_not_empty", facts.thresholds.empty_batch, 0, "the batch has no items")
    noun = "item" if items == 1 else "items"
    return outcome("batch_not_empty", "pass", items, f"{items} {noun}")


def quarantine_share(facts: BatchFacts) -> BatchOutcome:
    """The share of items kept out of the warehouse (clean rejects + quarantined rows).

    Warns above ``quarantine_warn_above`` (default 0: any quarantined item), fails above
    ``quarantine_fail_above`` (default half): more than half the items failing means the
    source or its extraction broke, and loading the rest would present a partial day as a
    whole one. ``observed`` is the share (0.0 for an empty batch); the details name the most
    frequent reasons.
    """
    t = facts.thresholds
    items = facts.items
    reasons = Counter(r for row in facts.quarantined for r in row.reasons)
    reasons.update(str(r).split(":", 1)[0] for _, found in facts.rejected for r in found)
    bad = len(facts.quarantined) + len(facts.rejected)
    share = bad / items if items else 0.0
    verdict = graded(share, warn_above=t.quarantine_warn_above, fail_above=t.quarantine_fail_above)
    details = (
        f"{bad} of {items} items quarantined ({pct(share)}; "
        f"fail above {pct(t.quarantine_fail_above)})"
    )
    if reasons:
        top = reasons.most_common(_TOP_REASONS)
        details += "; top reasons: " + ", ".join(f"{name} {n}" for name, n in top)
    return outcome("quarantine_share", verdict, share, details)


def _present_in_article(article: Article, field: str) -> bool:
    if field == "published_at":
        return article.published_at is not None and "unparsed_time" not in article.flags
    return bool(getattr(article, field))


def _present_in_raw(record: Mapping[str, Any], field: str) -> bool:
    """Whether a raw item the clean stage rejected carried ``field`` (a non-blank string)."""
    page = record.get("article") if isinstance(record.get("article"), Mapping) else None
    values: list[Any]
    if field == "published_at":
        values = [record.get("published_raw"), page and page.get("published_raw")]
    elif field == "body":
        values = [page and page.get("body")]
    else:
        values = [record.get(field)]
    return any(isinstance(v, str) and v.strip() for v in values)


def completeness_fields(facts: BatchFacts) -> list[str]:
    """The fields whose completeness is judged: leads and bodies only where the outlet has them."""
    fields = ["title", "published_at"]
    if facts.profile.has_leads:
        fields.append("summary")
    if facts.profile.follow_articles:
        fields.append("body")
    return fields


def completeness(facts: BatchFacts) -> list[BatchOutcome]:
    """One ``completeness_<field>`` outcome per judged field.

    A field is present in an article when clean gave it a value (a time that parsed, for
    ``published_at``) and in a rejected item when the raw item carried non-blank text for it.
    Fails when the share of items carrying it is below ``completeness_for(field)`` (default
    90%); an empty batch is not judged. ``observed`` is the share.
    """
    articles = facts.articles()
    items = facts.items
    outcomes = []
    for field in completeness_fields(facts):
        name = f"completeness_{field}"
        if items == 0:
            outcomes.append(not_judged(name, "no items"))
            continue
        present = sum(_present_in_article(a, field) for a in articles)
        present += sum(_present_in_raw(record, field) for record, _ in facts.rejected)
        share = present / items
        floor = facts.thresholds.completeness_for(field)
        verdict: Verdict = "fail" if share < floor else "pass"
        details = f"{field} present in {present} of {items} items ({pct(share)}; "
        details += f"fail below {pct(floor)})"
        outcomes.append(outcome(name, verdict, share, details))
    return outcomes


def _share_of_articles(
    facts: BatchFacts,
    name: str,
    what: str,
    matches: Callable[[Article], bool],
    among: Callable[[Article], bool],
    warn_above: float,
    fail_above: float,
) -> BatchOutcome:
    """Grade the share of articles (``among`` them) for which ``matches`` holds."""
    pool = [a for a in facts.articles() if among(a)]
    if not pool:
        return not_judged(name, "no articles to measure")
    hits = sum(matches(a) for a in pool)
    share = hits / len(pool)
    verdict = graded(share, warn_above=warn_above, fail_above=fail_above)
    details = f"{hits} of {len(pool)} articles {what} ({pct(share)}; "
    details += f"warn above {pct(warn_above)}, fail above {pct(fail_above)})"
    return outcome(name, verdict, share, details)


def unclassified_share(facts: BatchFacts) -> BatchOutcome:
    """Share of articles whose only section is ``unclassified``: labels the profile lost."""
    t = facts.thresholds
    return _share_of_articles(
        facts,
        "unclassified_share",
        "have no known section",
        lambda a: a.sections == [UNCLASSIFIED],
        lambda a: True,
        t.unclassified_warn_above,
        t.unclassified_fail_above,
    )


def midnight_share(facts: BatchFacts) -> BatchOutcome:
    """Share of times at exactly 00:00:00 on the outlet's clock: a date parsed without its time.

    Measured among articles with a time. Some print editions really publish at midnight; such
    an outlet raises ``time_artifact_*`` in its profile.
    """
    t, zone = facts.thresholds, ZoneInfo(facts.profile.timezone)
    return _share_of_articles(
        facts,
        "published_at_midnight_share",
        "published at exactly midnight",
        lambda a: a.published_at is not None and a.published_at.astimezone(zone).time() == time(0),
        lambda a: a.published_at is not None,
        t.time_artifact_warn_above,
        t.time_artifact_fail_above,
    )


def fetch_time_share(facts: BatchFacts) -> BatchOutcome:
    """Share of times equal to the fetch time: ``방금``, or a parser defaulting to "now"."""
    t = facts.thresholds
    return _share_of_articles(
        facts,
        "published_at_fetch_time_share",
        "published exactly at their fetch time",
        lambda a: a.published_at == a.first_seen_at,
        lambda a: a.published_at is not None,
        t.time_artifact_warn_above,
        t.time_artifact_fail_above,
    )


def lead_median_length(facts: BatchFacts) -> BatchOutcome:
    """Median lead length in characters, for outlets with leads; fails when it is too short.

    A lead selector that catches a byline, a date or a ``더보기`` link, or a site that starts
    cutting leads to a few words, gives a short median while every lead is still present.
    """
    name = "lead_median_length"
    if not facts.profile.has_leads:
        return not_judged(name, "the outlet's listing has no leads")
    lengths = [len(a.summary) for a in facts.articles() if a.summary]
    if not lengths:
        return not_judged(name, "no leads to measure")
    median = statistics.median(lengths)
    floor = facts.thresholds.lead_median_chars_below
    verdict: Verdict = "fail" if median < floor else "pass"
    details = f"median lead {median:g} characters over {len(lengths)} leads (fail below {floor})"
    return outcome(name, verdict, median, details)


BatchCheck = Callable[[BatchFacts], BatchOutcome | list[BatchOutcome]]

BATCH_CHECKS: tuple[BatchCheck, ...] = (
    batch_not_empty,
    volume_vs_history,
    quarantine_share,
    completeness,
    unclassified_share,
    midnight_share,
    fetch_time_share,
    lead_median_length,
    duplicate_share,
    extraction_drift,
)


def run_batch_checks(
    facts: BatchFacts, checks: tuple[BatchCheck, ...] = BATCH_CHECKS
) -> list[BatchOutcome]:
    """Every batch check's outcome, in ``checks`` order (a check may give several)."""
    outcomes: list[BatchOutcome] = []
    for check in checks:
        found = check(facts)
        outcomes.extend(found if isinstance(found, list) else [found])
    return outcomes
