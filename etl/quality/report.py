"""What the quality stage hands back: valid articles, quarantined rows with reasons, a verdict."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from etl.records import Article

Verdict = Literal["pass", "warn", "fail"]

# Severity order of verdicts: the batch verdict is the worst one any batch check gives.
_SEVERITY: dict[Verdict, int] = {"pass": 0, "warn": 1, "fail": 2}


def worst(verdicts: Iterable[Verdict]) -> Verdict:
    """The most severe of ``verdicts``; ``pass`` when there are none."""
    return max(verdicts, key=_SEVERITY.__getitem__, default="pass")


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check over one batch.

    ``level`` is ``row`` for an expectation every row must meet (``observed`` is the number of
    rows that fail it) and ``batch`` for a property of the batch as a whole (``observed`` is the
    measured value, e.g. the row count or the quarantined share). ``details`` is one readable line.
    """

    name: str
    level: Literal["row", "batch"]
    success: bool
    observed: object
    details: str


@dataclass(frozen=True)
class QuarantinedRow:
    """An article kept out of the warehouse, with the name of every row check it failed."""

    article: Article
    reasons: list[str]


@dataclass
class QualityReport:
    """Result of validating one batch: every input article is in exactly one of the two lists.

    ``valid`` and ``quarantined`` keep the input order. ``verdict`` is the worst batch-level
    verdict; ``checks`` lists row checks first, then batch checks. ``docs_path`` is the Data Docs
    index page, or None when no output folder was given.
    """

    valid: list[Article]
    quarantined: list[QuarantinedRow]
    verdict: Verdict
    checks: list[CheckResult]
    docs_path: Path | None

    def counts(self) -> dict[str, int]:
        """Counts for the run audit: ``validated`` = ``valid`` + ``quarantined``."""
        return {
            "validated": len(self.valid) + len(self.quarantined),
            "valid": len(self.valid),
            "quarantined": len(self.quarantined),
        }
