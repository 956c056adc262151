"""What the quality stage hands back: valid articles, quarantined rows with reasons, a verdict."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

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
    rows that fail it; ``verdict`` is None, as a failing row is quarantined, not judged) and
    ``batch`` for a property of the batch as a whole (``observed`` is the measured value, e.g.
    the quarantined share, or None when the check did not apply; ``verdict`` is its verdict and
    ``success`` means ``pass``). ``details`` is one readable line with the numbers; for batch
    checks it starts with the verdict. ``observed`` is always a JSON value.
    """

    name: str
    level: Literal["row", "batch"]
    success: bool
    observed: object
    details: str
    verdict: Verdict | None = None

    def as_record(self) -> dict[str, Any]:
        """This result as a JSON object (``quality.json``, the ``quality_results`` table)."""
        return {
            "check_name": self.name,
            "level": self.level,
            "verdict": self.verdict,
            "success": self.success,
            "observed": json_value(self.observed),
            "details": self.details,
        }

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> CheckResult:
        """The inverse of ``as_record``."""
        return cls(
            name=str(record["check_name"]),
            level="row" if record["level"] == "row" else "batch",
            success=bool(record["success"]),
            observed=record.get("observed"),
            details=str(record.get("details") or ""),
            verdict=record.get("verdict"),
        )


def json_value(value: object) -> Any:
    """``value`` as plain JSON: NaN becomes None, tuples lists, anything unknown its ``str``."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if isinstance(value, Mapping):
        return {str(k): json_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_value(v) for v in value]
    return str(value)


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

    def failed(self) -> list[CheckResult]:
        """The batch checks whose verdict is ``fail``: what stops the load."""
        return [c for c in self.checks if c.verdict == "fail"]

    def to_json(self) -> dict[str, Any]:
        """What ``quality.json`` holds: verdict, Data Docs path and every check's record."""
        return {
            "verdict": self.verdict,
            "docs_path": str(self.docs_path) if self.docs_path else None,
            "counts": self.counts(),
            "checks": [c.as_record() for c in self.checks],
        }


def gate_message(source: str, window_key: str, failed: Iterable[CheckResult]) -> str:
    """The one line a failed gate reports: source, window, each failing check and its numbers.

    e.g. ``quality gate failed for demo-daily 2025-04-08: completeness_summary: fail: summary
    present in 0 of 20 items (0.0%; fail below 90.0%)``.
    """
    parts = [f"{c.name}: {c.details}" for c in failed]
    return f"quality gate failed for {source} {window_key}: " + ("; ".join(parts) or "no reason")
