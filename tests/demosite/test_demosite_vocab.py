"""Story templates and Korean particles: every sentence the generator can write is well-formed."""

from __future__ import annotations

import random
from datetime import date

import pytest

from demosite.outlets import OUTLETS
from demosite.stories import STORIES
from demosite.stories_beats import BEAT_STORIES, draw_beat_facts
from demosite.vocab import draw_facts, has_markup_characters, with_particles

ALL_STORIES = {**STORIES, **BEAT_STORIES}


def test_every_template_of_every_story_fills_from_the_drawn_facts() -> None:
    rng = random.Random("templates")
    facts = {**draw_facts(rng, date(2025, 4, 8)), **draw_beat_facts(rng)}
    for stories in ALL_STORIES.values():
        for story in stories:
            for template in (*story.titles, *story.leads, *story.paragraphs):
                assert "{" not in template.format(**facts), template


def test_beat_stories_add_sections_without_touching_the_dailys() -> None:
    assert set(BEAT_STORIES) == {"economy.realestate", "culture", "sports"}
    assert not set(BEAT_STORIES) & set(STORIES)


@pytest.mark.parametrize("outlet", list(OUTLETS))
def test_every_section_of_every_outlet_has_a_title_needing_entities(outlet: str) -> None:
    for section in OUTLETS[outlet].sections:
        titles = [t for story in ALL_STORIES[section.code] for t in story.titles]
        assert any(has_markup_characters(t) for t in titles), section.label


@pytest.mark.parametrize(
    ("word", "eun", "i", "euro"),
    [
        ("대표", "대표는", "대표가", "대표로"),
        ("사장", "사장은", "사장이", "사장으로"),
        ("폭설", "폭설은", "폭설이", "폭설로"),
        ("국내총생산(GDP)", "국내총생산(GDP)은", "국내총생산(GDP)이", "국내총생산(GDP)으로"),
    ],
)
def test_particles_follow_the_last_syllable(word: str, eun: str, i: str, euro: str) -> None:
    forms = with_particles(word)
    assert (forms["eun"], forms["i"], forms["euro"]) == (eun, i, euro)
