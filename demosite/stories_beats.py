"""Stories of the beats only some outlets run: real estate, culture and sports.

They need slots the economic daily's vocabulary does not have, drawn by :func:`draw_beat_facts`
*after* :func:`demosite.vocab.draw_facts` and only for these beats, so adding them changed
nothing any existing outlet generates. Every beat has a title that needs HTML entities.
"""

from __future__ import annotations

import random

from demosite.stories import Story
from demosite.vocab import SURNAMES, with_particles

DISTRICTS = ("강남구", "송파구", "마포구", "성동구", "분당구", "수성구", "해운대구", "유성구")
COMPLEXES = ("한빛파크", "누리힐스", "가온센트럴", "미르타워", "새솔리버뷰", "다온포레")
TEAMS = ("서울 누리", "부산 가온", "인천 미르", "대구 한빛", "광주 새솔", "대전 다온")
SPORTS = ("프로야구", "프로축구", "프로농구", "프로배구")
WORKS = ("겨울의 끝", "푸른 밤", "서울 산책", "마지막 열차", "달빛 정원", "바람의 기록")
VENUES = ("세종문화회관", "예술의전당", "국립극장", "블루스퀘어", "올림픽홀")
PLAYER_NAMES = ("도현", "시우", "지안", "하준", "서아", "윤우", "지율", "로운")

BEAT_STORIES: dict[str, tuple[Story, ...]] = {
    "economy.realestate": (
        Story(
            titles=(
                "{district} 아파트값 {pct}% {updown}…{weeks}주 연속",
                '"{quote}"…{district} {complex} 84㎡ {price} 거래',
            ),
            leads=(
                "{district} 아파트값이 {weeks}주 연속 {updown} 흐름을 이어갔다.",
                "지난주 상승률은 {pct}%로 집계됐다.",
                "대출 규제와 금리 흐름이 변수로 꼽힌다.",
            ),
            paragraphs=(
                "{complex} 전용 84㎡는 최근 {price}에 손바뀜됐다.",
                '한 공인중개사는 "{quote2}"고 말했다.',
                "전세가격도 같은 기간 소폭 올랐다.",
            ),
        ),
    ),
    "culture": (
        Story(
            titles=(
                "영화 '{work}' 개봉 {weeks}주 만에 관객 {people}만명",
                '뮤지컬 "{work}" & 오케스트라…{venue}서 막 올린다',
            ),
            leads=(
                "영화 '{work}'의 누적 관객이 개봉 {weeks}주 만에 {people}만명을 넘었다.",
                "입소문을 타고 관객이 꾸준히 늘었다.",
                "해외 배급 계약도 잇따르고 있다.",
            ),
            paragraphs=(
                "작품은 {venue_eseo} 특별 상영회도 연다.",
                '관계자는 "{quote}"고 전했다.',
                "제작사는 후속작 준비에 들어갔다.",
            ),
        ),
    ),
    "sports": (
        Story(
            titles=(
                "{team}, {team2} 꺾고 {weeks}연승…{player} 결승타",
                '{sport} {team} "{quote}"…{team2}에 {score} 승리',
            ),
            leads=(
                "{team_i} {team2_wa}의 {sport} 경기에서 승리했다.",
                "{player_i} 결정적인 한 방을 터뜨렸다.",
                "{team_eun} 이날 승리로 {weeks}연승을 달렸다.",
            ),
            paragraphs=(
                "이날 경기의 최종 점수는 {score}. 경기 초반은 {team2_i} 주도했다.",
                '감독은 경기 뒤 "{quote2}"고 말했다.',
                "두 팀은 다음 달 다시 맞붙는다.",
            ),
        ),
    ),
}


def draw_beat_facts(rng: random.Random) -> dict[str, str]:
    """Values for the slots only :data:`BEAT_STORIES` use, drawn from ``rng``."""
    team, team2 = rng.sample(TEAMS, 2)
    won = rng.randint(2, 9)
    facts = {
        "district": rng.choice(DISTRICTS),
        "complex": rng.choice(COMPLEXES),
        "price": f"{rng.randint(8, 45)}억" + rng.choice(("원", " 5000만원")),
        "weeks": str(rng.randint(2, 12)),
        "work": rng.choice(WORKS),
        "venue": rng.choice(VENUES),
        "team": team,
        "team2": team2,
        "sport": rng.choice(SPORTS),
        "score": f"{won}-{rng.randrange(won)}",
        "player": f"{rng.choice(SURNAMES)}{rng.choice(PLAYER_NAMES)}",
    }
    for key in ("team", "team2", "player"):
        facts.update({f"{key}_{suffix}": v for suffix, v in with_particles(facts[key]).items()})
    facts["venue_eseo"] = facts["venue"] + "에서"
    return facts
