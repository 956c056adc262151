"""Targets a benchmark checked, passed from its process to ``bench.run_all`` as one line.

A benchmark prints its markdown section and, last, ``marker(targets)``: an HTML comment holding
the targets as JSON, invisible where the markdown is rendered. The runner takes the line out
(``split``) and builds the targets table at the top of BENCHMARKS.md from it, so every
pass/miss there is computed from the measured figure, never typed.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass

_MARKER = re.compile(r"^<!-- targets: (?P<json>.*) -->$", re.MULTILINE)


@dataclass(frozen=True)
class Target:
    """One target: what is measured, the goal as said in the issue, the figure, the verdict.

    ``passed`` is None for a figure that is only to be reported (no threshold).
    """

    name: str
    goal: str
    measured: str
    passed: bool | None

    @property
    def verdict(self) -> str:
        return {True: "pass", False: "**MISS**", None: "reported"}[self.passed]


def marker(targets: list[Target]) -> str:
    """The line that carries ``targets`` to the runner."""
    return f"<!-- targets: {json.dumps([asdict(t) for t in targets], ensure_ascii=False)} -->"


def split(output: str) -> tuple[str, list[Target] | None]:
    """A benchmark's output without its targets line, and the targets (None: no line)."""
    found = _MARKER.search(output)
    if found is None:
        return output, None
    targets = [Target(**entry) for entry in json.loads(found["json"])]
    return (output[: found.start()] + output[found.end() :]).strip(), targets


def mark(passed: bool) -> str:
    """``pass`` or ``MISS`` for a table cell."""
    return "pass" if passed else "**MISS**"
