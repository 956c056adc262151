"""Batch checks on signals from outside the batch: warehouse history, dedup counts, crawl stats.

The quality stage gathers these (``etl.pipeline.stage_quality``) and hands them over in
``BatchFacts``; a check whose signal is missing passes and says it did not judge. Stats are
read defensively: a key the crawl does not write yet, or a value of an unexpected type, means
"not reported", never an error.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from etl.quality.facts import BatchFacts, BatchOutcome, graded, not_judged, outcome, pct
from etl.quality.report import Verdict, json_value

# Keys of the crawl's stats.json that report a selector profile falling back to automatic
# extraction (the selectors stopped matching: the site changed under them).
FALLBACK_KEYS = ("extraction_fallback", "drift_alarm")
_FALSE_WORDS = frozenset({"", "0", "false", "no", "none", "off"})


def volume_vs_history(facts: BatchFacts) -> BatchOutcome:
    """Valid articles against the outlet's trailing median of articles per day.

    ``observed`` is valid / (median × window length in days). Fails below
    ``volume_fail_below`` (0.3: most of the day is missing) and above ``volume_fail_above``
    (5: a flood of duplicates, ads or another day's items), warns above ``volume_warn_above``
    (3). Days without articles in the history are days not loaded as far as the warehouse can
    tell, so they do not count; with fewer than ``volume_min_history`` days that have articles,
    the volume is not judged (a new source has no normal yet).
    """
    name, t = "volume_vs_history", facts.thresholds
    if facts.history is None:
        return not_judged(name, "no warehouse history was looked up")
    days = [n for n in facts.history if n > 0]
    if len(days) < t.volume_min_history:
        return not_judged(
            name,
            f"{len(days)} days with articles in the last {len(facts.history)}, "
            f"{t.volume_min_history} needed",
        )
    median = statistics.median(days)
    window_days = (facts.window.end - facts.window.start) / timedelta(days=1)
    valid = len(facts.valid)
    ratio = valid / (median * window_days)
    verdict: Verdict = graded(ratio, warn_above=t.volume_warn_above, fail_above=t.volume_fail_above)
    if ratio < t.volume_fail_below:
        verdict = "fail"
    details = (
        f"{valid} valid articles against a median of {median:g} a day over {len(days)} days "
        f"({ratio:.2f}×; fail below {t.volume_fail_below:g}×, warn above "
        f"{t.volume_warn_above:g}×, fail above {t.volume_fail_above:g}×)"
    )
    return outcome(name, verdict, ratio, details)


def _count(counts: Mapping[str, Any], key: str) -> int | None:
    value = counts.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def duplicate_share(facts: BatchFacts) -> BatchOutcome:
    """Share of crawled items that repeated an earlier one.

    Repeats are the items the spider already dropped as seen on an earlier page of the crawl
    (``crawl.items_duplicate``) plus those the dedup stage merged (``dedup_exact_merged``),
    out of every item listed (``items`` delivered plus the dropped ones). Listings repeat some
    items (pinned stories, items shifting pages while the crawl paginates); a pagination loop
    or a site serving page 1 for every page repeats most of them.
    """
    name, t = "duplicate_share", facts.thresholds
    counts = facts.run_counts or {}
    items, merged = _count(counts, "items"), _count(counts, "dedup_exact_merged")
    if items is None or merged is None or items <= 0:
        return not_judged(name, "no crawl and dedup counts")
    crawl = counts.get("crawl")
    dropped = _count(crawl, "items_duplicate") if isinstance(crawl, Mapping) else None
    dropped = dropped or 0
    listed, repeats = items + dropped, merged + dropped
    share = repeats / listed
    verdict = graded(share, warn_above=t.duplicate_warn_above, fail_above=t.duplicate_fail_above)
    dropped_note = f", {dropped} of them dropped by the crawl" if dropped else ""
    details = (
        f"{repeats} of {listed} crawled items were repeats{dropped_note} ({pct(share)}; "
        f"warn above {pct(t.duplicate_warn_above)}, fail above {pct(t.duplicate_fail_above)})"
    )
    return outcome(name, verdict, share, details)


def _raised(value: object) -> bool:
    """Whether a stats value reports a fallback: a true flag, a count above 0, a reason."""
    if isinstance(value, str):
        return value.strip().lower() not in _FALSE_WORDS
    return bool(value)


def extraction_drift(facts: BatchFacts) -> BatchOutcome:
    """``extraction_fallback`` (default ``warn``) when the crawl fell back to auto extraction.

    Reads ``FALLBACK_KEYS`` from the run's crawl stats (``counts["crawl"]``), and counts an
    ``extractor`` of ``auto`` for a profile that has selectors as a fallback too; ``observed``
    is what reported one, as the crawl wrote it.
    """
    name = "extraction_drift"
    crawl = (facts.run_counts or {}).get("crawl")
    if not isinstance(crawl, Mapping):
        return not_judged(name, "no crawl stats")
    raised = {key: json_value(crawl[key]) for key in FALLBACK_KEYS if _raised(crawl.get(key))}
    if facts.profile.listing.items is not None and crawl.get("extractor") == "auto":
        raised["extractor"] = "auto"
    if not raised:
        return outcome(name, "pass", {}, "the profile's selectors extracted the listing")
    found = ", ".join(f"{key}={value}" for key, value in raised.items())
    details = f"the crawl fell back to automatic extraction ({found}); update the selectors"
    return outcome(name, facts.thresholds.extraction_fallback, raised, details)
