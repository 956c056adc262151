"""What batch checks look at (``BatchFacts``) and what each gives back (``BatchOutcome``).

A batch check is a plain function ``(BatchFacts) -> BatchOutcome``. The facts are everything
the quality stage knows about one (source, window) batch: its articles after the row checks,
the items the clean stage could not use, the outlet's thresholds, and — when the caller looked
them up — the warehouse's trailing daily counts and the run's counts (dedup, crawl stats).
Checks that need a fact the caller did not supply pass with ``observed`` None and say so.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from etl.quality.report import CheckResult, QuarantinedRow, Verdict

if TYPE_CHECKING:
    from etl.records import Article
    from etl.sources import QualityThresholds, SourceProfile
    from etl.window import Window

# A rejected item as the quarantine file holds it: (raw record, reasons).
Rejected = tuple[Mapping[str, Any], Sequence[str]]


@dataclass(frozen=True)
class BatchFacts:
    """One batch as the batch checks see it.

    ``valid`` + ``quarantined`` are the articles the row checks judged; ``rejected`` are the
    items the clean stage could not turn into articles (their raw RawItem records), so
    ``items`` counts everything the crawl delivered. ``history`` is the source's articles per
    day over the trailing days (None: not looked up); ``run_counts`` is the run's
    ``counts.json`` (None: not available).
    """

    valid: list[Article]
    quarantined: list[QuarantinedRow]
    profile: SourceProfile
    window: Window
    rejected: Sequence[Rejected] = ()
    history: Sequence[int] | None = None
    run_counts: Mapping[str, Any] | None = None

    @property
    def thresholds(self) -> QualityThresholds:
        return self.profile.quality

    @property
    def validated(self) -> int:
        return len(self.valid) + len(self.quarantined)

    @property
    def items(self) -> int:
        return self.validated + len(self.rejected)

    def articles(self) -> list[Article]:
        """Every article the row checks judged, valid or not."""
        return self.valid + [row.article for row in self.quarantined]


@dataclass(frozen=True)
class BatchOutcome:
    verdict: Verdict
    result: CheckResult


def outcome(name: str, verdict: Verdict, observed: object, details: str) -> BatchOutcome:
    """A check's outcome; ``details`` is prefixed with the verdict (``fail: 3 of 5 …``)."""
    success = verdict == "pass"
    return BatchOutcome(
        verdict, CheckResult(name, "batch", success, observed, f"{verdict}: {details}", verdict)
    )


def not_judged(name: str, why: str) -> BatchOutcome:
    """The outcome of a check that does not apply to this batch: a pass that says why."""
    return outcome(name, "pass", None, f"not judged: {why}")


def graded(measure: float, *, warn_above: float, fail_above: float) -> Verdict:
    """``fail`` strictly above ``fail_above``, else ``warn`` strictly above ``warn_above``."""
    if measure > fail_above:
        return "fail"
    if measure > warn_above:
        return "warn"
    return "pass"


def pct(share: float) -> str:
    """A share as a percentage with one decimal: 0.125 -> ``12.5%``."""
    return f"{share:.1%}"
