"""Batch-level checks: properties of a whole batch, each giving a verdict and a CheckResult.

A batch check is a plain function ``(BatchFacts) -> BatchOutcome`` listed in ``BATCH_CHECKS``;
adding one (volume against a trailing median, completeness, drift) means writing the function,
adding what it needs to ``BatchFacts`` and appending it to the tuple. Row-level checks run in
Great Expectations (see ``etl.quality.rows``); these work on their outcome.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from etl.quality.report import CheckResult, QuarantinedRow, Verdict
from etl.records import Article

# More than half the batch failing row checks means the source or its extraction broke:
# loading the remainder would present a partial day as a complete one.
QUARANTINE_FAIL_SHARE = 0.5


@dataclass(frozen=True)
class BatchFacts:
    """What batch checks may look at: the batch after the row checks."""

    valid: list[Article]
    quarantined: list[QuarantinedRow]

    @property
    def validated(self) -> int:
        return len(self.valid) + len(self.quarantined)


@dataclass(frozen=True)
class BatchOutcome:
    verdict: Verdict
    result: CheckResult


def _outcome(name: str, verdict: Verdict, observed: object, details: str) -> BatchOutcome:
    return BatchOutcome(
        verdict, CheckResult(name, "batch", verdict == "pass", observed, f"{verdict}: {details}")
    )


def batch_not_empty(facts: BatchFacts) -> BatchOutcome:
    """Warn on an empty batch: a day without articles can be real, but it deserves a look."""
    rows = facts.validated
    if rows == 0:
        return _outcome("batch_not_empty", "warn", 0, "the batch has no rows")
    return _outcome("batch_not_empty", "pass", rows, f"{rows} rows")


def quarantine_share(facts: BatchFacts) -> BatchOutcome:
    """Fail when more than half the rows are quarantined, warn when any are.

    ``observed`` is the quarantined share of the batch (0.0 for an empty batch).
    """
    rows = facts.validated
    bad = len(facts.quarantined)
    share = bad / rows if rows else 0.0
    details = (
        f"{bad} of {rows} rows quarantined ({share:.1%}; fail above {QUARANTINE_FAIL_SHARE:.0%})"
    )
    if share > QUARANTINE_FAIL_SHARE:
        verdict: Verdict = "fail"
    elif bad:
        verdict = "warn"
    else:
        verdict = "pass"
    return _outcome("quarantine_share", verdict, share, details)


BatchCheck = Callable[[BatchFacts], BatchOutcome]

BATCH_CHECKS: tuple[BatchCheck, ...] = (batch_not_empty, quarantine_share)


def run_batch_checks(
    facts: BatchFacts, checks: tuple[BatchCheck, ...] = BATCH_CHECKS
) -> list[BatchOutcome]:
    """Every batch check's outcome, in ``checks`` order."""
    return [check(facts) for check in checks]
