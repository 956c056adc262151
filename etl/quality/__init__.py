"""Quality stage: Great Expectations row checks, batch checks, quarantine and Data Docs.

Importing this package is cheap; pandas and Great Expectations load on the first ``validate``.
"""

from etl.quality.batch import BATCH_CHECKS
from etl.quality.facts import BatchFacts, BatchOutcome
from etl.quality.report import CheckResult, QualityReport, QuarantinedRow, Verdict, gate_message
from etl.quality.rows import ROW_CHECKS, QualityCheckError
from etl.quality.stage import validate

__all__ = [
    "BATCH_CHECKS",
    "ROW_CHECKS",
    "BatchFacts",
    "BatchOutcome",
    "CheckResult",
    "QualityCheckError",
    "QualityReport",
    "QuarantinedRow",
    "Verdict",
    "gate_message",
    "validate",
]
