"""Korean vocabulary of an economic daily and the slot values stories are written over.

Every company, bank, brokerage and person here is invented: generated news about real firms
would put made-up statements in their names, and invented names test extraction just as well.

:func:`draw_facts` fills every slot the templates in :mod:`demosite.stories` use; slots ending in
``_eun``/``_i``/``_eul``/``_wa``/``_euro`` carry the Korean particle that fits the word's last
syllable, so sentences stay grammatical whatever is drawn.
"""

from __future__ import annotations

import random
from datetime import date

COMPANIES = (
    "한빛전자", "대양중공업", "미래바이오", "새솔화학", "동해해운", "가온반도체", "누리통신",
    "세진자동차", "푸른에너지", "한울건설", "다온식품", "별빛엔터", "청람제약", "온누리유통",
)  # fmt: skip
BANKS = ("한결은행", "새벽은행", "다온저축은행", "누리카드", "한빛캐피탈")
BROKERS = ("가람증권", "한울투자증권", "새봄증권", "미르자산운용")
PRODUCTS = (
    "전기차 배터리", "차세대 메모리", "수소연료전지", "친환경 선박", "바이오시밀러",
    "디스플레이 패널", "태양광 모듈", "전력 반도체",
)  # fmt: skip
TECHS = ("페로브스카이트 태양전지", "전고체 배터리", "양자 암호 통신", "초소형 위성", "차세대 HBM")
AI_NAMES = ("누리-2", "가온GPT", "한빛 어시스턴트", "솔라 코더", "다온 비전")
COUNTRIES = ("미국", "중국", "일본", "독일", "베트남", "인도", "멕시코", "폴란드")
CITIES = ("서울", "부산", "인천", "대구", "광주", "대전", "울산", "세종")
INDICATORS = ("소비자물가", "생산자물가", "수출액", "산업생산", "설비투자", "소매판매")
WORLD_INDICATORS = ("소비자물가", "실업률", "제조업 PMI", "소매판매", "국내총생산(GDP)")
ITEMS = ("석유류", "농산물", "외식비", "가공식품", "전기·가스요금", "공업제품")
CAUSES = ("국제유가 반등", "고환율", "내수 부진", "반도체 업황 개선", "이상기후", "기저효과")
US_CAUSES = ("금리 인하 기대", "빅테크 실적 호조", "고용지표 둔화", "관세 우려", "국채금리 급등")
TARGETS = ("소상공인", "청년층", "중소기업", "수출기업", "자영업자", "신혼부부")
POLICIES = (
    "내수 활성화 대책", "수출 지원 방안", "청년 일자리 대책", "공급망 안정화 방안",
    "가계부채 관리 방안", "벤처투자 촉진 방안",
)  # fmt: skip
BILLS = ("반도체특별법", "전력망 확충법", "가맹사업법 개정안", "예금자보호법 개정안", "상법 개정안")
EVENTS = ("폭설", "지하철 지연", "짙은 안개", "도로 결빙", "버스 파업")
TRENDS = ("무지출 챌린지", "N잡", "공유 오피스", "중고 거래", "구독 경제")
TOPICS = ("잠재성장률 하락", "가계부채", "저출산", "반도체 패권 경쟁", "연금 개혁", "지역 소멸")
ADVICE = ("더 늦기 전에 답을 내야", "구조 개혁이 먼저다", "정치가 발목 잡아선 안 된다")
QUOTES = (
    "불확실성이 여전히 크다", "하반기에는 반등이 기대된다", "당분간 변동성이 이어질 것",
    "시장 기대에 부합하는 결과", "속도 조절이 필요하다", "선제 대응이 중요하다",
    "일시적 현상으로 보기 어렵다", "과도한 우려는 경계해야 한다",
)  # fmt: skip
SURNAMES = ("김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "오", "서")
GIVEN_NAMES = ("민수", "서진", "지훈", "수아", "현우", "예린", "도윤", "하은", "세진", "유나")
ROLES = ("대표", "사장", "부사장", "본부장")


def _final_consonant(word: str) -> int:
    """Index of the last syllable's final consonant (0: none, 8: ㄹ), as particles depend on it.

    A trailing parenthesis is read past, as one reads ``국내총생산(GDP)`` aloud. Every word
    given a particle here ends in Hangul; anything else counts as ending in a vowel.
    """
    if word.endswith(")") and "(" in word:
        word = word[: word.rindex("(")]
    last = word[-1]
    if "가" <= last <= "힣":
        return (ord(last) - ord("가")) % 28
    return 0


def with_particles(word: str) -> dict[str, str]:
    """``word`` with each particle, keyed by slot suffix (``eun``: 은/는, ``i``: 이/가, …)."""
    final = _final_consonant(word)
    return {
        "eun": word + ("은" if final else "는"),
        "i": word + ("이" if final else "가"),
        "eul": word + ("을" if final else "를"),
        "wa": word + ("과" if final else "와"),
        "euro": word + ("으로" if final and final != 8 else "로"),  # ㄹ takes 로
    }


def _won(rng: random.Random) -> str:
    """An amount in 억원/조원 as Korean papers print it, e.g. ``1조2300억원`` or ``4500억원``."""
    eok = rng.choice((rng.randrange(50, 1000, 10), rng.randrange(1000, 9999, 100)))
    if rng.random() < 0.3:
        eok += 10000 * rng.randint(1, 5)
    jo, rest = divmod(eok, 10000)
    if jo and rest:
        return f"{jo}조{rest}억원"
    return f"{jo}조원" if jo else f"{rest}억원"


def draw_facts(rng: random.Random, day: date) -> dict[str, str]:
    """Values for every slot the stories use, drawn from ``rng`` (deterministic for a seed)."""
    company, company2 = rng.sample(COMPANIES, 2)
    quote, quote2 = rng.sample(QUOTES, 2)
    item, item2 = rng.sample(ITEMS, 2)
    up = rng.random() < 0.55
    pct = rng.uniform(0.1, 9.9)
    kospi = rng.uniform(1800, 3200)
    facts = {
        "company": company,
        "company2": company2,
        "bank": rng.choice(BANKS),
        "product": rng.choice(PRODUCTS),
        "tech": rng.choice(TECHS),
        "ai": rng.choice(AI_NAMES),
        "country": rng.choice(COUNTRIES),
        "city": rng.choice(CITIES),
        "indicator": rng.choice(INDICATORS),
        "world_indicator": rng.choice(WORLD_INDICATORS),
        "item": item,
        "item2": item2,
        "cause": rng.choice(CAUSES),
        "us_cause": rng.choice(US_CAUSES),
        "target": rng.choice(TARGETS),
        "policy": rng.choice(POLICIES),
        "bill": rng.choice(BILLS),
        "event": rng.choice(EVENTS),
        "trend": rng.choice(TRENDS),
        "topic": rng.choice(TOPICS),
        "advice": rng.choice(ADVICE),
        "quote": quote,
        "quote2": quote2,
        "pct": f"{pct:.1f}",
        "pct2": f"{rng.uniform(0.1, 9.9):.1f}",
        "updown": "상승" if up else "하락",
        "rose": "올랐다" if up else "내렸다",
        "rose_adj": "오른" if up else "내린",
        "amount": _won(rng),
        "amount2": _won(rng),
        "usd": f"{rng.randint(2, 150)}억달러",
        "kospi": f"{kospi:,.2f}",
        "kosdaq": f"{kospi * rng.uniform(0.25, 0.33):,.2f}",
        "bp": str(rng.choice((10, 15, 20, 25, 30, 50))),
        "rate": f"{rng.choice(range(50, 501, 25)) / 100:.2f}",
        "people": f"{rng.randint(12, 980):,}",
        "months": str(rng.randint(2, 14)),
        "month": str((day.month - 2) % 12 + 1),  # statistics describe the previous month
        "dayn": str(day.day),
        "year": str(day.year + rng.randint(1, 3)),
        "analyst": f"{rng.choice(SURNAMES)}{rng.choice(GIVEN_NAMES)} {rng.choice(BROKERS)} 연구원",
        "official": f"{rng.choice(SURNAMES)}{rng.choice(GIVEN_NAMES)} {company} "
        f"{rng.choice(ROLES)}",
    }
    for key in (
        "company", "company2", "bank", "country", "indicator", "world_indicator", "policy",
        "topic", "event", "us_cause", "official",
    ):  # fmt: skip
        facts.update({f"{key}_{suffix}": v for suffix, v in with_particles(facts[key]).items()})
    return facts


def has_markup_characters(text: str) -> bool:
    """Whether ``text`` needs HTML entities when printed (``&``, quotes, angle brackets)."""
    return any(ch in text for ch in "&\"'<>")
