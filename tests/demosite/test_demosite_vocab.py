"""Story templates and Korean particles: every sentence the generator can write is well-formed."""

from __future__ import annotations

import random
from datetime import date

import pytest

from demosite.outlets import get_outlet
from demosite.stories import STORIES
from demosite.vocab import draw_facts, has_markup_characters, with_particles


def test_every_template_of_every_story_fills_from_the_drawn_facts() -> None:
    facts = draw_facts(random.Random("templates"), date(2025, 4, 8))
    for stories in STORIES.values():
        for story in stories:
            for template in (*story.titles, *story.leads, *story.paragraphs):
                assert "{" not in template.format(**facts), template


def test_every_section_of_demo_daily_has_stories_and_a_title_needing_entities() -> None:
    for section in get_outlet("demo-daily").sections:
        titles = [t for story in STORIES[section.label] for t in story.titles]
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
