"""The network's oracle: every outlet, every day from 2000 to 2030, with its purposeful mess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest
from sitepages import KST

from demosite.generator import Volume, day_count
from demosite.oracle import OracleArticle, published
from demosite.outlets import OUTLETS

REPO = Path(__file__).resolve().parents[2]
NEW_OUTLETS = ["demo-ilbo", "demo-today", "demo-wire", "demo-herald", "demo-biz"]
SAMPLE_DAYS = [date(2000, 1, 1), date(2013, 7, 6), date(2025, 4, 8), date(2030, 12, 31)]
# The quirks each outlet shows every day, on top of the ones every outlet shows.
EVERY_OUTLET = {"same_timestamp", "tracking_link", "html_entities", "updated"}
DAILY_QUIRKS = {
    "demo-daily": set(),
    "demo-ilbo": {"cross_listed", "inline_markup", "pinned", "truncated_title"},
    "demo-today": {"cross_listed", "inline_markup", "pinned", "wire_copy"},
    "demo-wire": {"cross_listed", "inline_markup", "wire_original"},
    "demo-herald": {"cross_listed", "inline_markup", "wire_copy"},
    "demo-biz": {"cross_listed", "inline_markup", "pinned", "wrong_meta_offset"},
}
WIRE_DESKS = ["demo-wire", "demo-today", "demo-herald"]


def test_a_known_wire_copy_is_exactly_as_always() -> None:
    copy = next(a for a in published("demo-today", date(2025, 4, 8)) if "wire_copy" in a.flags)
    assert copy.to_dict() == {
        "url": "https://today.demo.newsflow.test/articles/92290025",
        "path": "/articles/92290025",
        "title": "국회 상임위, 반도체특별법 의결 - 본회의 상정 예정",
        "lead": "여야가 8일 반도체특별법 처리를 논의했지만 합의에 이르지 못했다. "
        "핵심 쟁점을 두고 입장 차가 컸다.",
        "author": "차예원 기자",
        "body": "여야가 8일 반도체특별법 처리를 논의했지만 합의에 이르지 못했다. "
        "핵심 쟁점을 두고 입장 차가 컸다. 다음 주 다시 협상에 나선다.\n\n"
        "여당은 연내 처리를 목표로 하고 있다.\n\n"
        "야당은 보완 입법이 먼저라는 입장이다.\n\n"
        "재계는 조속한 처리를 촉구했다.",
        "published_at": "2025-04-08T01:47:51Z",
        "published_at_kst": "2025-04-08T10:47:51+09:00",
        "modified_at": None,
        "sections": ["politics"],
        "section_labels": ["정치"],
        "story_id": "demo-wire-20250408-0030",
        "flags": ["wire_copy"],
    }


def test_registry_has_six_outlets_in_port_order_each_with_its_own_template() -> None:
    assert list(OUTLETS) == [
        "demo-daily",
        "demo-ilbo",
        "demo-today",
        "demo-wire",
        "demo-herald",
        "demo-biz",
    ]
    assert len({o.template for o in OUTLETS.values()}) == len(OUTLETS)
    assert all(o.origin.endswith(".demo.newsflow.test") for o in OUTLETS.values())


@pytest.mark.parametrize("day", SAMPLE_DAYS, ids=str)
@pytest.mark.parametrize("outlet", list(OUTLETS))
def test_every_day_shows_the_outlets_quirks(outlet: str, day: date) -> None:
    seen = {flag for a in published(outlet, day) for flag in a.flags}
    assert EVERY_OUTLET | DAILY_QUIRKS[outlet] <= seen


@pytest.mark.parametrize("outlet", list(OUTLETS))
def test_days_outside_2000_to_2030_are_empty_and_the_ends_are_not(outlet: str) -> None:
    assert published(outlet, date(1999, 12, 31)) == []
    assert published(outlet, date(2031, 1, 1)) == []
    assert published(outlet, date(2000, 1, 1)) and published(outlet, date(2030, 12, 31))


@pytest.mark.parametrize("outlet", NEW_OUTLETS)
def test_articles_are_newest_first_inside_the_kst_day(outlet: str) -> None:
    for day in SAMPLE_DAYS:
        articles = published(outlet, day)
        kst = [a.published_at.astimezone(KST) for a in articles]
        assert kst == sorted(kst, reverse=True)
        assert {t.date() for t in kst} == {day}
        assert len(articles) == day_count(outlet, day) == len({a.url for a in articles})


@pytest.mark.parametrize("outlet", NEW_OUTLETS)
def test_updates_land_later_the_same_kst_day_with_a_new_title(outlet: str) -> None:
    for day in SAMPLE_DAYS:
        for a in published(outlet, day):
            assert (a.modified_at is not None) == ("updated" in a.flags)
            if a.modified_at is not None:
                assert a.published_at < a.modified_at
                assert a.modified_at.astimezone(KST).date() == day
                assert a.title.endswith("(종합)")


@pytest.mark.parametrize("outlet", ["demo-wire", "demo-biz"])
def test_minute_precision_outlets_publish_on_whole_minutes(outlet: str) -> None:
    for day in SAMPLE_DAYS:
        for a in published(outlet, day):
            assert a.published_at.second == 0
            assert a.modified_at is None or a.modified_at.second == 0


def _stories(day: date) -> dict[str, list[tuple[str, OracleArticle]]]:
    """Articles by story id, the wire's original first (outlets in WIRE_DESKS order)."""
    stories: dict[str, list[tuple[str, OracleArticle]]] = defaultdict(list)
    for outlet in sorted(OUTLETS, key=lambda o: WIRE_DESKS.index(o) if o in WIRE_DESKS else 9):
        for article in published(outlet, day):
            if article.story_id is not None:
                stories[article.story_id].append((outlet, article))
    return stories


@pytest.mark.parametrize("day", SAMPLE_DAYS, ids=str)
def test_every_day_one_wire_story_runs_on_three_outlets_as_one_story(day: date) -> None:
    stories = _stories(day)
    everywhere = [s for s in stories.values() if [o for o, _ in s] == WIRE_DESKS]
    assert everywhere
    assert all(len(s) >= 2 and s[0][0] == "demo-wire" for s in stories.values())


@pytest.mark.parametrize("day", SAMPLE_DAYS, ids=str)
def test_wire_copies_are_near_duplicates_published_after_the_original(day: date) -> None:
    for story in _stories(day).values():
        (_, original), *copies = story
        assert "wire_original" in original.flags
        words = set(original.body.split())
        for _, copy in copies:
            assert "wire_copy" in copy.flags
            assert original.published_at <= copy.published_at
            assert copy.published_at.astimezone(KST).date() == day
            assert copy.lead == original.lead.removesuffix("(종합)")
            assert copy.author == original.author
            shared = words & set(copy.body.split())
            assert len(shared) / len(words | set(copy.body.split())) >= 0.7
            assert not copy.body.startswith("(서울=")


def test_stories_only_one_outlet_ran_have_no_story_id() -> None:
    for outlet in ("demo-daily", "demo-ilbo", "demo-biz"):
        assert {a.story_id for a in published(outlet, date(2025, 4, 8))} == {None}
    wire = published("demo-wire", date(2025, 4, 8))
    assert [a.story_id is not None for a in wire] == ["wire_original" in a.flags for a in wire]


@pytest.mark.parametrize("outlet", list(OUTLETS))
def test_a_busy_day_holds_well_over_a_thousand_articles(outlet: str) -> None:
    tuesday = date(2025, 4, 8)
    busy = published(outlet, tuesday, Volume.of({outlet: 40}))
    assert len(busy) >= 1000
    assert len({a.url for a in busy}) == len(busy)
    assert len(published(outlet, tuesday, 1.0)) == len(published(outlet, tuesday))


def test_scaling_one_outlet_leaves_the_others_alone() -> None:
    day = date(2025, 4, 8)
    assert published("demo-biz", day, {"demo-wire": 25}) == published("demo-biz", day)


def test_another_process_computes_the_same_network() -> None:
    code = (
        "import json, datetime; from demosite.oracle import published; "
        f"print(json.dumps({{o: [a.to_dict() for a in published(o, datetime.date(2013, 7, 6))] "
        f"for o in {NEW_OUTLETS!r}}}))"
    )
    env = {**os.environ, "PYTHONHASHSEED": "4242"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env, cwd=REPO
    ).stdout
    assert json.loads(out) == {
        o: [a.to_dict() for a in published(o, date(2013, 7, 6))] for o in NEW_OUTLETS
    }


def test_volumes_outside_the_supported_range_are_refused() -> None:
    with pytest.raises(ValueError, match="outside"):
        Volume(0)
    with pytest.raises(ValueError, match="outside"):
        Volume.of({"demo-wire": 51})


def test_a_week_of_days_is_enough_for_the_top_stories() -> None:
    for outlet in ("demo-ilbo", "demo-today", "demo-biz"):
        for n in range(7):
            day = date(2025, 4, 7) + timedelta(days=n)
            pinned = [a for a in published(outlet, day) if "pinned" in a.flags]
            assert len(pinned) == OUTLETS[outlet].top_stories
            assert all(5 <= a.published_at.astimezone(KST).hour < 10 for a in pinned)
