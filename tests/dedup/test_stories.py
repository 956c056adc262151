"""Story assignment: which verified candidate an article joins, and which story id it gets."""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pytest
from dedup_cases import OTHER_LEAD, OTHER_TITLE, WIRE_LEAD, WIRE_TITLE, later

from etl.dedup.signature import signatures, story_text
from etl.dedup.stories import (
    StoryArticle,
    StoryConfig,
    assign_stories,
    bylines_of,
    story_id_for,
)

WIRE_TEXT = story_text(WIRE_TITLE, WIRE_LEAD, None)
COPY_TEXT = story_text(WIRE_TITLE.replace("…", ", "), WIRE_LEAD, None)
OTHER_TEXT = story_text(OTHER_TITLE, OTHER_LEAD, None)


def member(
    article_id: int,
    source: str,
    *,
    minutes: int = 0,
    byline: str | None = "홍길동 기자",
    story_id: str | None = None,
) -> StoryArticle:
    return StoryArticle(
        article_id=article_id,
        source=source,
        url_hash=f"{article_id:02d}" + "0" * 38,
        time=later(minutes),
        bylines=bylines_of(byline),
        story_id=story_id,
    )


def signed(texts: dict[int, str]) -> dict[int, np.ndarray]:
    rows = signatures(list(texts.values()))
    return dict(zip(texts, rows, strict=True))


def test_a_copy_and_its_alone_original_found_a_story_named_after_the_original() -> None:
    original, copy = member(1, "wire"), member(2, "today", minutes=30)

    result = assign_stories([copy], {2: [original]}, signed({1: WIRE_TEXT, 2: COPY_TEXT}))

    assert result.story_ids == {1: "story:0100000000000000", 2: "story:0100000000000000"}
    assert story_id_for(original.url_hash) == "story:0100000000000000"
    assert (result.clustered, result.new_stories) == (1, 1)


def test_a_copy_joins_the_story_its_original_is_in() -> None:
    original = member(1, "wire", story_id="story:aaaa")

    result = assign_stories(
        [member(2, "herald", minutes=40)], {2: [original]}, signed({1: WIRE_TEXT, 2: COPY_TEXT})
    )

    assert result.story_ids == {2: "story:aaaa"}
    assert (result.clustered, result.new_stories) == (1, 0)


def test_the_founding_article_is_the_earlier_one_whichever_is_searching() -> None:
    late_original = member(1, "wire", minutes=90)

    result = assign_stories(
        [member(2, "today")], {2: [late_original]}, signed({1: WIRE_TEXT, 2: COPY_TEXT})
    )

    assert set(result.story_ids.values()) == {story_id_for(member(2, "today").url_hash)}


def test_an_article_that_has_a_story_keeps_it() -> None:
    result = assign_stories(
        [member(2, "today", story_id="story:kept")],
        {2: [member(1, "wire")]},
        signed({1: WIRE_TEXT, 2: COPY_TEXT}),
    )

    assert result.story_ids == {}


@pytest.mark.parametrize(
    ("candidate", "reason"),
    [
        (member(1, "today"), "the same outlet"),
        (member(1, "wire", byline="김철수 기자"), "another reporter"),
        (member(1, "wire", minutes=-(24 * 60 + 1)), "more than a day earlier"),
    ],
)
def test_a_look_alike_is_no_story(candidate: StoryArticle, reason: str) -> None:
    searching = member(2, "today")

    result = assign_stories([searching], {2: [candidate]}, signed({1: WIRE_TEXT, 2: WIRE_TEXT}))

    assert result.story_ids == {}, reason


def test_an_unsigned_candidate_is_judged_by_its_text() -> None:
    result = assign_stories(
        [member(2, "today")],
        {2: [member(1, "wire", byline=None)]},
        signed({1: WIRE_TEXT, 2: COPY_TEXT}),
    )

    assert set(result.story_ids) == {1, 2}


def test_a_candidate_below_the_threshold_is_no_story() -> None:
    texts = signed({1: WIRE_TEXT, 2: OTHER_TEXT})

    result = assign_stories([member(2, "today")], {2: [member(1, "wire")]}, texts)

    assert result.story_ids == {}


def test_the_window_is_configurable() -> None:
    texts = signed({1: WIRE_TEXT, 2: COPY_TEXT})
    three_days_earlier = member(1, "wire", minutes=-3 * 24 * 60)
    wide = StoryConfig(max_gap=timedelta(days=4))

    result = assign_stories([member(2, "today")], {2: [three_days_earlier]}, texts, wide)

    assert result.story_ids == {1: "story:0100000000000000", 2: "story:0100000000000000"}


def test_the_threshold_is_configurable() -> None:
    texts = signed({1: WIRE_TEXT, 2: COPY_TEXT, 3: story_text(OTHER_TITLE, WIRE_LEAD, None)})
    exact = StoryConfig(threshold=1.0)

    original = member(1, "wire", minutes=-10)
    candidates = {2: [original], 3: [original]}
    result = assign_stories([member(2, "today"), member(3, "herald")], candidates, texts, exact)

    assert result.story_ids == {1: "story:0100000000000000", 2: "story:0100000000000000"}


def test_the_most_similar_candidate_wins_then_the_earlier() -> None:
    texts = signed({1: OTHER_TEXT, 2: COPY_TEXT, 3: WIRE_TEXT, 4: WIRE_TEXT})
    far = member(1, "biz", story_id="story:other")
    exact_late = member(3, "wire", minutes=20, story_id="story:late")
    exact_early = member(4, "herald", minutes=10, story_id="story:early")

    result = assign_stories([member(2, "today")], {2: [far, exact_late, exact_early]}, texts)

    assert result.story_ids == {2: "story:early"}


def test_two_copies_of_one_alone_original_share_one_new_story() -> None:
    original = member(1, "wire")
    texts = signed({1: WIRE_TEXT, 2: COPY_TEXT, 3: COPY_TEXT})

    result = assign_stories(
        [member(3, "today", minutes=50), member(2, "today", minutes=20)],
        {2: [original], 3: [original]},
        texts,
    )

    story = story_id_for(original.url_hash)
    assert result.story_ids == {1: story, 2: story, 3: story}
    assert (result.clustered, result.new_stories) == (2, 1)


@pytest.mark.parametrize(
    ("threshold", "gap"),
    [(0.0, timedelta(hours=1)), (1.5, timedelta(hours=1)), (0.65, timedelta(seconds=-1))],
)
def test_a_config_out_of_range_is_refused(threshold: float, gap: timedelta) -> None:
    with pytest.raises(ValueError, match="story"):
        StoryConfig(threshold=threshold, max_gap=gap)
