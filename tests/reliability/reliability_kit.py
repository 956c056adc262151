"""The ``@scenario`` decorator: one reliability scenario, its expected outcome, and its test.

Every test of this suite that proves a scenario says so in its decorator, with literal
arguments only::

    @scenario(
        "fault-5xx-30",
        area="Faults",
        outcome="held",
        what="30% of demo-daily responses are 5xx",
        asserts="failed fetches counted in runs.counts; every fetched article loaded",
    )
    def test_...

``render_reliability.py`` reads those decorators from the source (no import of the test modules) and
writes RELIABILITY.md; ``test_reliability_md.py`` fails when the file and the decorators
disagree. Since the decorated tests run in CI, the table says what CI has proven.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import pytest

F = TypeVar("F", bound=Callable[..., object])

# What became of the data in a scenario. "lost" and "duplicated" would name a defect: a
# scenario with either outcome documents a known hole, never the goal.
OUTCOMES = {
    "held": "nothing lost, nothing duplicated; the warehouse equals a clean run's",
    "quarantined": "the bad record is kept in `quarantine` with its reason; the rest loads",
    "refused": "refused with a clear, specific error before anything is written",
    "lost": "data is lost (a known defect)",
    "duplicated": "data is duplicated (a known defect)",
}

AREAS = ("Faults", "Kills and restarts", "Concurrency", "Bad input", "Security")


def scenario(
    scenario_id: str, *, area: str, outcome: str, what: str, asserts: str
) -> Callable[[F], F]:
    """Mark a test as the proof of one scenario (see the module docstring)."""
    if area not in AREAS:
        raise ValueError(f"scenario {scenario_id}: area {area!r} is not one of {AREAS}")
    if outcome not in OUTCOMES:
        raise ValueError(f"scenario {scenario_id}: outcome {outcome!r} not in {sorted(OUTCOMES)}")

    def mark(test: F) -> F:
        return pytest.mark.reliability(scenario_id)(test)  # type: ignore[no-any-return]

    return mark
