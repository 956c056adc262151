"""RELIABILITY.md is what the ``@scenario`` decorators of this suite say, word for word."""

from __future__ import annotations

import render_reliability as render


def test_reliability_md_is_current() -> None:
    found = render.collect()
    assert found, "no @scenario-decorated tests found in tests/reliability"
    expected = render.render(found)
    actual = render.DOC.read_text(encoding="utf-8") if render.DOC.exists() else ""
    assert actual == expected, (
        "RELIABILITY.md is stale: run `python tests/reliability/render_reliability.py`"
    )


def test_every_area_has_scenarios() -> None:
    areas = {f.area for f in render.collect()}
    missing = [a for a in render.AREAS if a not in areas]
    assert not missing, f"no scenario yet for: {', '.join(missing)}"
