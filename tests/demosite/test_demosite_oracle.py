"""The oracle: deterministic articles of any KST day, with the day's purposeful quirks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from sitepages import KST, ORIGIN

from demosite.generator import clear_caches, day_count
from demosite.oracle import published
from demosite.outlets import UnknownOutletError, get_outlet

REPO = Path(__file__).resolve().parents[2]
# Spread over the whole range: both ends, a leap day, weekends, and the test week.
SAMPLE_DAYS = [
    date(2000, 1, 1),
    date(2004, 2, 29),
    date(2013, 7, 6),
    date(2013, 7, 7),
    date(2025, 4, 7),
    date(2025, 4, 8),
    date(2025, 4, 9),
    date(2030, 12, 31),
]
APRIL_2025 = [date(2025, 4, 1) + timedelta(days=n) for n in range(30)]


def _flagged(day: date, flag: str) -> list[str]:
    return [a.path for a in published("demo-daily", day) if flag in a.flags]


def test_a_known_article_is_exactly_as_always() -> None:
    article = next(
        a for a in published("demo-daily", date(2025, 4, 8)) if a.path.endswith("=9229008")
    )
    assert article.to_dict() == {
        "url": "https://daily.demo.newsflow.test/news/articleView.html?idxno=9229008",
        "path": "/news/articleView.html?idxno=9229008",
        "title": '美 연준, 기준금리 동결…"하반기에는 반등이 기대된다"(종합)',
        "lead": "베트남의 3월 실업률이 7.9% 올랐다. 시장 예상치를 웃도는 결과다. "
        "미국 연방준비제도는 정책금리를 동결했다.",
        "author": "이준호 기자",
        "body": "베트남의 3월 실업률이 7.9% 올랐다. 시장 예상치를 웃도는 결과다. "
        "미국 연방준비제도는 정책금리를 동결했다.\n\n"
        "빅테크 실적 호조가 함께 작용한 것으로 풀이된다.\n\n"
        '현지 전문가들은 "선제 대응이 중요하다"고 평가했다.\n\n'
        "국제 금융시장은 다음 달 지표에 주목하고 있다.\n\n"
        "※ 10시 02분 관련 내용을 보강해 기사를 수정했습니다.",
        "published_at": "2025-04-07T21:47:56Z",
        "published_at_kst": "2025-04-08T06:47:56+09:00",
        "modified_at": "2025-04-08T01:02:11Z",
        "sections": ["world"],
        "section_labels": ["국제"],
        "story_id": None,
        "flags": ["html_entities", "updated"],
    }


def test_two_calls_give_equal_articles_even_after_the_cache_is_dropped() -> None:
    first = [a.to_dict() for a in published("demo-daily", date(2025, 4, 8))]
    clear_caches()
    assert [a.to_dict() for a in published("demo-daily", date(2025, 4, 8))] == first


def test_another_process_computes_the_same_articles() -> None:
    code = (
        "import json, datetime; from demosite.oracle import published; "
        "print(json.dumps([a.to_dict() for a in "
        "published('demo-daily', datetime.date(2013, 7, 6))]))"
    )
    # String seeds must not depend on hash randomisation.
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env, cwd=REPO
    ).stdout
    assert json.loads(out) == [a.to_dict() for a in published("demo-daily", date(2013, 7, 6))]


def test_articles_are_newest_first_and_all_inside_the_kst_day() -> None:
    articles = published("demo-daily", date(2025, 4, 8))
    kst_times = [a.published_at.astimezone(KST) for a in articles]
    assert kst_times == sorted(kst_times, reverse=True)
    assert {t.date() for t in kst_times} == {date(2025, 4, 8)}


def test_daily_volume_stays_within_30_to_60_every_day_of_a_year() -> None:
    counts = [day_count("demo-daily", date(2024, 1, 1) + timedelta(days=n)) for n in range(366)]
    assert (min(counts), max(counts)) == (30, 60)


def test_oracle_returns_exactly_the_days_count() -> None:
    assert [len(published("demo-daily", d)) for d in SAMPLE_DAYS] == [
        day_count("demo-daily", d) for d in SAMPLE_DAYS
    ]


def test_days_outside_2000_to_2030_have_no_articles() -> None:
    assert published("demo-daily", date(1999, 12, 31)) == []
    assert published("demo-daily", date(2031, 1, 1)) == []


def test_idxno_is_days_since_2000_times_1000_plus_sequence() -> None:
    oldest_first = list(reversed(published("demo-daily", date(2025, 4, 8))))
    assert [a.path for a in oldest_first[:2]] == [
        "/news/articleView.html?idxno=9229001",
        "/news/articleView.html?idxno=9229002",
    ]
    assert published("demo-daily", date(2000, 1, 1))[-1].path.endswith("?idxno=1")


def test_url_is_the_public_origin_plus_path_without_tracking() -> None:
    for article in published("demo-daily", date(2025, 4, 8)):
        assert article.url == ORIGIN + article.path
        assert "utm_" not in article.url


@pytest.mark.parametrize("day", SAMPLE_DAYS, ids=str)
def test_every_day_has_a_pair_with_the_same_timestamp(day: date) -> None:
    times = Counter(a.published_at for a in published("demo-daily", day))
    shared = {t for t, n in times.items() if n > 1}
    assert shared and len(_flagged(day, "same_timestamp")) == sum(times[t] for t in shared)


@pytest.mark.parametrize("day", SAMPLE_DAYS, ids=str)
def test_every_day_has_a_tracking_link(day: date) -> None:
    assert len(_flagged(day, "tracking_link")) >= 1


@pytest.mark.parametrize("day", SAMPLE_DAYS, ids=str)
def test_every_day_has_a_title_that_needs_html_entities(day: date) -> None:
    titles = [a.title for a in published("demo-daily", day) if "html_entities" in a.flags]
    assert titles and all(any(c in t for c in "&\"'") for t in titles)


@pytest.mark.parametrize("day", SAMPLE_DAYS, ids=str)
def test_every_day_has_an_updated_article(day: date) -> None:
    assert len(_flagged(day, "updated")) >= 1


def test_about_a_fifth_of_articles_are_updated() -> None:
    articles = [a for d in APRIL_2025 for a in published("demo-daily", d)]
    share = sum(1 for a in articles if a.modified_at) / len(articles)
    assert 0.15 <= share <= 0.30


def test_updates_land_later_in_the_same_kst_day() -> None:
    for day in APRIL_2025:
        for a in published("demo-daily", day):
            if a.modified_at is not None:
                assert a.published_at < a.modified_at
                assert a.modified_at.astimezone(KST).date() == day


def test_only_updated_articles_have_a_modification_time() -> None:
    articles = published("demo-daily", date(2025, 4, 8))
    assert [a.modified_at is not None for a in articles] == ["updated" in a.flags for a in articles]


def test_leads_have_one_to_three_sentences_and_open_the_body() -> None:
    for day in SAMPLE_DAYS:
        for a in published("demo-daily", day):
            assert 1 <= a.lead.count("다.") <= 3
            assert a.body.startswith(a.lead)
            assert a.body.count("\n\n") >= 3


def test_a_day_spreads_over_several_sections() -> None:
    sections = {a.sections[0] for a in published("demo-daily", date(2025, 4, 8))}
    assert len(sections) >= 5


def test_section_labels_map_to_the_contract_codes() -> None:
    outlet = get_outlet("demo-daily")
    assert {s.label: s.code for s in outlet.sections} == {
        "경제": "economy",
        "금융": "economy.finance",
        "증권": "economy.markets",
        "산업": "economy.industry",
        "IT·과학": "tech",
        "정치": "politics",
        "사회": "society",
        "국제": "world",
        "오피니언": "opinion",
    }


def test_titles_are_single_spaced_plain_text() -> None:
    for a in published("demo-daily", date(2025, 4, 8)):
        assert a.title == " ".join(a.title.split())
        assert "&amp;" not in a.title and "&quot;" not in a.title


def test_unknown_outlet_is_refused_with_the_known_names() -> None:
    with pytest.raises(UnknownOutletError, match="'nope'.*known: demo-biz, demo-daily, "):
        published("nope", date(2025, 4, 8))
