"""The quality stage: validate a batch of Articles, split it into valid and quarantined rows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from etl.quality.batch import run_batch_checks
from etl.quality.facts import BatchFacts, Rejected
from etl.quality.gx_runner import run_suites
from etl.quality.report import QualityReport, QuarantinedRow, worst
from etl.quality.rows import ROW_CHECKS, build_frames, build_suites, read_failures

if TYPE_CHECKING:
    from datetime import datetime
    from pathlib import Path

    from etl.records import Article
    from etl.sources import SourceProfile
    from etl.window import Window


def validate(
    articles: list[Article],
    profile: SourceProfile,
    window: Window,
    *,
    now: datetime,
    out_dir: Path | None = None,
    tolerance: timedelta | None = None,
    rejected: Sequence[Rejected] = (),
    history: Sequence[int] | None = None,
    run_counts: Mapping[str, Any] | None = None,
) -> QualityReport:
    """Run the row checks (Great Expectations) and the batch checks over one batch.

    Every article lands in ``valid`` or, with the name of every row check it failed, in
    ``quarantined``; for a repeated URL the first occurrence is kept and the later ones are
    quarantined. ``published_at`` must fall in ``window`` widened by ``tolerance`` on both sides
    (default: the profile's ``quality.window_tolerance_minutes``) and be no later than ``now``
    (tz-aware) plus the clock tolerance of the clean stage.

    The batch checks (``etl.quality.batch.BATCH_CHECKS``) also see ``rejected`` (the items the
    clean stage could not use, as ``(raw record, reasons)``), ``history`` (the source's
    articles per day over the trailing ``quality.volume_history_days``, for the volume check)
    and ``run_counts`` (the run's ``counts.json``: dedup counts and crawl stats); a check
    whose input is missing passes as not judged. The verdict is the worst batch check's
    (``pass``/``warn``/``fail``); a ``fail`` is the caller's to act on, nothing is raised for
    it. With ``out_dir``, HTML Data Docs of the row suites are written under
    ``out_dir/data_docs/`` and ``docs_path`` is its ``index.html``.

    Deterministic for the same inputs (``now`` included), so re-running a window gives the same
    report and rewrites the same Data Docs pages. Raises ValueError for a naive ``now`` and
    QualityCheckError when GX cannot evaluate a check.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    if tolerance is None:
        tolerance = timedelta(minutes=profile.quality.window_tolerance_minutes)
    docs_dir = out_dir / "data_docs" if out_dir is not None else None
    frames = build_frames(articles, now)
    results = run_suites(
        frames,
        build_suites(profile, window, tolerance=tolerance),
        suite_prefix=profile.code,
        run_name=f"{profile.code}_{window.key}",
        run_time=now,
        docs_dir=docs_dir,
    )
    failures = sorted(
        (read_failures(r, frames[name]) for name, found in results.items() for r in found),
        key=lambda f: ROW_CHECKS.index(f.check),
    )
    reasons: dict[int, list[str]] = {}
    for failure in failures:
        for row_id in failure.row_ids:
            reasons.setdefault(row_id, []).append(failure.check)

    valid = [a for i, a in enumerate(articles) if i not in reasons]
    quarantined = [QuarantinedRow(a, reasons[i]) for i, a in enumerate(articles) if i in reasons]
    facts = BatchFacts(
        valid,
        quarantined,
        profile,
        window,
        rejected=rejected,
        history=history,
        run_counts=run_counts,
    )
    outcomes = run_batch_checks(facts)
    return QualityReport(
        valid=valid,
        quarantined=quarantined,
        verdict=worst(o.verdict for o in outcomes),
        checks=[f.as_check_result(len(articles)) for f in failures] + [o.result for o in outcomes],
        docs_path=docs_dir / "index.html" if docs_dir is not None else None,
    )
