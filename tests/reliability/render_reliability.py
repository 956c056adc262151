"""Write RELIABILITY.md from the ``@scenario`` decorators of ``tests/reliability/test_*.py``.

Run ``python tests/reliability/render_reliability.py`` after adding or changing a scenario; the test
``test_reliability_md.py`` fails while the committed file differs from what this renders.
The decorators are read from the source with ``ast`` (their arguments must be literals), so
rendering never imports a test module or needs a database.
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DOC = REPO / "RELIABILITY.md"

sys.path.insert(0, str(HERE))
from reliability_kit import AREAS, OUTCOMES  # noqa: E402


@dataclass(frozen=True)
class Found:
    scenario_id: str
    area: str
    outcome: str
    what: str
    asserts: str
    test: str  # "tests/reliability/test_x.py::test_name"


def collect(folder: Path = HERE) -> list[Found]:
    found: list[Found] = []
    for path in sorted(folder.glob("test_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for deco in node.decorator_list:
                if not (
                    isinstance(deco, ast.Call) and getattr(deco.func, "id", None) == "scenario"
                ):
                    continue
                try:
                    scenario_id = ast.literal_eval(deco.args[0])
                    fields = {kw.arg: ast.literal_eval(kw.value) for kw in deco.keywords}
                except (ValueError, IndexError) as exc:
                    raise ValueError(
                        f"{path.name}:{deco.lineno}: @scenario needs literal arguments"
                    ) from exc
                rel = path.relative_to(REPO).as_posix()
                found.append(Found(scenario_id, test=f"{rel}::{node.name}", **fields))
    ids = [f.scenario_id for f in found]
    doubled = sorted({i for i in ids if ids.count(i) > 1})
    if doubled:
        raise ValueError(f"scenario ids used by more than one test: {', '.join(doubled)}")
    return found


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def render(found: list[Found]) -> str:
    lines = [
        "# Reliability",
        "",
        "What happens to the data when things go wrong on purpose. Every row is a test of",
        "`tests/reliability/` that runs in `make test` and CI. This file is generated from",
        "those tests (`python tests/reliability/render_reliability.py`); a test fails when",
        "it is stale.",
        "",
        "Outcomes:",
        "",
        *[f"- **{name}**: {meaning}" for name, meaning in OUTCOMES.items()],
        "",
    ]
    tally = {name: sum(f.outcome == name for f in found) for name in OUTCOMES}
    lines += [
        "Totals: " + ", ".join(f"{count} {name}" for name, count in tally.items()) + ".",
        "",
    ]
    for area in AREAS:
        rows = sorted((f for f in found if f.area == area), key=lambda f: f.scenario_id)
        if not rows:
            continue
        lines += [
            f"## {area}",
            "",
            "| Scenario | What is done | Outcome | What the test asserts | Test |",
            "|---|---|---|---|---|",
        ]
        for f in rows:
            cells = (f.scenario_id, f.what, f"**{f.outcome}**", f.asserts, f"`{f.test}`")
            lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    DOC.write_text(render(collect()), encoding="utf-8")
    print(f"wrote {DOC.relative_to(REPO)}")


if __name__ == "__main__":
    main()
