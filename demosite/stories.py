"""Story templates of an economic daily, per canonical section code.

A story is a set of ``str.format`` templates (titles, lead sentences, body paragraphs) over the
slots :func:`demosite.vocab.draw_facts` fills. Each section has at least one title that needs
HTML entities (``&``, quotes), so the generator can put one on every day's listing. Sections
only some outlets run (real estate, culture, sports) are in :mod:`demosite.stories_beats`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Story:
    """Templates of one kind of article; every tuple has at least three entries except titles."""

    titles: tuple[str, ...]
    leads: tuple[str, ...]  # sentences, in reading order
    paragraphs: tuple[str, ...]


STORIES: dict[str, tuple[Story, ...]] = {
    "economy": (
        Story(
            titles=(
                "{month}월 {indicator} {pct}% {updown}…{cause} 영향",
                '{indicator}, {month}월 {pct}% {updown}…"{quote}"',
            ),
            leads=(
                "{month}월 {indicator_i} 1년 전보다 {pct}% {rose}.",
                "{cause}의 영향이 컸던 것으로 분석된다.",
                "시장 전망치({pct2}%)와는 차이가 있는 결과다.",
            ),
            paragraphs=(
                "통계당국이 {dayn}일 발표한 자료에 따르면 {indicator_i} {months}개월 연속 "
                "{updown}세를 이어갔다. 품목별로는 {item}, {item2} 등의 변동이 두드러졌다.",
                '{analyst}은 "{quote}"며 "{quote2}"고 말했다.',
                "정부는 다음 주 관계부처 합동 회의를 열고 대응 방안을 논의할 예정이다.",
            ),
        ),
        Story(
            titles=(
                "정부, {policy} 발표…{amount} 투입",
                "'{policy}' 확정…{target} 지원 늘린다",
            ),
            leads=(
                "정부가 {dayn}일 {target} 지원을 골자로 한 {policy_eul} 발표했다.",
                "총 {amount} 규모로, 다음 분기부터 단계적으로 시행된다.",
                "정부는 이를 통해 {target}의 부담을 덜 수 있을 것으로 기대했다.",
            ),
            paragraphs=(
                "이번 대책은 금융 지원과 세제 혜택, 규제 완화를 한데 묶은 것이 특징이다.",
                '전문가들은 "{quote}"면서도 재원 마련 방안이 구체적이지 않다고 지적했다.',
                "정부는 시행 6개월 뒤 효과를 점검해 보완책을 내놓겠다고 밝혔다.",
            ),
        ),
    ),
    "economy.finance": (
        Story(
            titles=(
                "{bank}, 주택담보대출 금리 최대 {bp}bp 인하",
                '{bank} "대출금리 {bp}bp 내린다"…시중은행 뒤따를까',
            ),
            leads=(
                "{bank_i} {dayn}일부터 주택담보대출 금리를 최대 {bp}bp 내리기로 했다.",
                "시장금리 하락분을 반영한 조치다.",
                "다른 금융사도 비슷한 조정에 나설 것으로 보인다.",
            ),
            paragraphs=(
                "이번 인하로 변동금리형 상품의 최저 금리는 연 {rate}%대로 내려간다.",
                "금융당국은 가계대출 증가세를 예의주시하며 대출 관리 기조는 유지한다는 방침이다.",
                '업계 관계자는 "{quote}"고 말했다.',
            ),
        ),
        Story(
            titles=(
                "한국은행, 기준금리 연 {rate}% 동결",
                '기준금리 {rate}% 동결…"{quote}"',
            ),
            leads=(
                "한국은행 금융통화위원회가 {dayn}일 기준금리를 연 {rate}%로 유지했다.",
                "물가와 성장 경로를 좀 더 지켜보겠다는 판단으로 풀이된다.",
                "시장에서는 연내 추가 인하 가능성을 점치고 있다.",
            ),
            paragraphs=(
                "이번 결정은 위원 만장일치로 이뤄졌다.",
                '{analyst}은 "{quote2}"며 다음 회의에서의 인하 가능성을 열어뒀다.',
                "원·달러 환율은 발표 직후 소폭 하락했다.",
            ),
        ),
    ),
    "economy.markets": (
        Story(
            titles=(
                "코스피, {kospi} 마감…외국인 {amount} 순매수",
                "코스피 {pct}% {updown}…{company} 강세",
            ),
            leads=(
                "코스피가 {dayn}일 전 거래일보다 {pct}% {rose_adj} {kospi}에 장을 마쳤다.",
                "외국인은 {amount}어치를 순매수했고 기관은 순매도했다.",
                "코스닥지수는 {kosdaq}에 거래를 마쳤다.",
            ),
            paragraphs=(
                "업종별로는 {product} 관련주가 강세를 보였고 {company_i} {pct2}% 올랐다.",
                '{analyst}은 "{quote}"고 내다봤다.',
                "이날 유가증권시장 거래대금은 {amount2}으로 집계됐다.",
            ),
        ),
        Story(
            titles=(
                "뉴욕증시, S&P 500 {pct}% {updown}…{us_cause}",
                'S&P 500·나스닥 동반 {updown}…"{quote}"',
            ),
            leads=(
                "미국 뉴욕증시에서 S&P 500 지수가 전날보다 {pct}% {rose}.",
                "{us_cause_i} 투자 심리에 영향을 줬다.",
                "기술주 중심의 나스닥지수도 같은 방향으로 움직였다.",
            ),
            paragraphs=(
                "다우존스30 산업평균지수는 {pct2}% 움직이는 데 그쳤다.",
                '월가에서는 "{quote2}"는 평가가 나왔다.',
                "국내 증시도 장 초반 영향을 받을 것으로 보인다.",
            ),
        ),
        Story(
            titles=(
                "{company} 주가 {pct}% 급등…실적 개선 기대",
                "{company}, 자사주 {amount} 매입 결정",
            ),
            leads=(
                "{company} 주가가 {dayn}일 장중 {pct}% 넘게 올랐다.",
                "{product} 수요 회복에 따른 실적 개선 기대가 반영됐다.",
                "회사는 주주환원 정책도 함께 내놨다.",
            ),
            paragraphs=(
                "{company_eun} {amount} 규모의 자사주를 매입해 전량 소각하기로 했다.",
                '{analyst}은 "{quote}"며 목표주가를 올렸다.',
                "최근 한 달 새 외국인 지분율도 꾸준히 늘었다.",
            ),
        ),
    ),
    "economy.industry": (
        Story(
            titles=(
                "{company}, {country}에 {usd} 규모 {product} 공장 짓는다",
                '{company} "{country} 공장서 {product} 양산"…{usd} 투자',
            ),
            leads=(
                "{company_i} {country}에 {usd}를 들여 {product} 공장을 세운다.",
                "{year}년 가동이 목표다.",
                "현지 수요에 대응하고 공급망 위험을 줄이려는 포석이다.",
            ),
            paragraphs=(
                "새 공장의 연간 생산 능력은 기존 국내 공장의 절반 수준이다.",
                '{official_eun} "{quote}"고 말했다.',
                "업계에서는 경쟁사들의 해외 투자도 잇따를 것으로 본다.",
            ),
        ),
        Story(
            titles=(
                "{company}, {company2} 인수 추진…{amount} 규모 M&A",
                "{company}, R&D에 {amount} 투자…'{product}' 승부수",
            ),
            leads=(
                "{company_i} {company2} 인수를 추진한다.",
                "거래 규모는 {amount} 안팎으로 알려졌다.",
                "인수가 마무리되면 {product} 분야에서 규모의 경제를 갖추게 된다.",
            ),
            paragraphs=(
                "{company_eun} 최근 이사회를 열어 인수 추진 안건을 의결한 것으로 전해졌다.",
                "경쟁당국의 기업결합 심사가 변수로 꼽힌다.",
                '{official_eun} "{quote2}"고 밝혔다.',
            ),
        ),
        Story(
            titles=(
                "{product} 수출 {pct}% 증가…{months}개월 연속 호조",
                "{product} 수출 {usd} 돌파…역대 {month}월 최대",
            ),
            leads=(
                "{month}월 {product} 수출이 1년 전보다 {pct}% 늘었다.",
                "{country} 시장 수요가 증가세를 이끌었다.",
                "{months}개월 연속 증가세다.",
            ),
            paragraphs=(
                "품목 단가가 오르고 물량도 늘면서 수출액이 {usd}를 넘어섰다.",
                '업계는 "{quote}"며 긴장을 늦추지 않고 있다.',
                "정부는 수출 금융 지원을 확대하기로 했다.",
            ),
        ),
    ),
    "tech": (
        Story(
            titles=(
                "{company}, 생성형 AI '{ai}' 공개",
                "'{ai}' 출시 {months}개월 만에 이용자 {people}만명",
            ),
            leads=(
                "{company_i} {dayn}일 생성형 인공지능(AI) '{ai}'를 공개했다.",
                "한국어 이해 능력을 크게 높였다는 설명이다.",
                "기업용 서비스부터 순차 적용한다.",
            ),
            paragraphs=(
                "회사 측은 자체 평가에서 이전 모델보다 정확도가 {pct}% 높아졌다고 밝혔다.",
                '{official_eun} "{quote}"고 강조했다.',
                "개인 이용자용 서비스는 연내 선보일 계획이다.",
            ),
        ),
        Story(
            titles=(
                "국내 연구진, {tech} 효율 {pct}% 높였다",
                '{tech} 상용화 앞당긴다…"{quote}"',
            ),
            leads=(
                "국내 연구진이 {tech}의 효율을 {pct}% 높이는 기술을 개발했다.",
                "연구 결과는 국제 학술지에 실렸다.",
                "상용화까지는 수년이 더 걸릴 전망이다.",
            ),
            paragraphs=(
                "연구팀은 소재 구조를 바꿔 에너지 손실을 줄이는 데 성공했다.",
                "{company_wa}의 공동 연구로 시제품 제작도 추진한다.",
                '연구책임자는 "{quote2}"고 말했다.',
            ),
        ),
    ),
    "politics": (
        Story(
            titles=(
                '여야, {bill} 처리 합의 불발…"{quote}"',
                "국회 상임위, {bill} 의결…본회의 상정 예정",
            ),
            leads=(
                "여야가 {dayn}일 {bill} 처리를 논의했지만 합의에 이르지 못했다.",
                "핵심 쟁점을 두고 입장 차가 컸다.",
                "다음 주 다시 협상에 나선다.",
            ),
            paragraphs=(
                "여당은 연내 처리를 목표로 하고 있다.",
                "야당은 보완 입법이 먼저라는 입장이다.",
                "재계는 조속한 처리를 촉구했다.",
            ),
        ),
        Story(
            titles=(
                "당정, {policy} 협의…{target} 지원 확대",
                '당정 "{target} 부담 덜겠다"…{policy} 손질',
            ),
            leads=(
                "정부와 여당이 {dayn}일 협의회를 열고 {policy_eul} 논의했다.",
                "{target} 지원을 늘리는 방안이 핵심이다.",
                "세부 내용은 이달 말 확정된다.",
            ),
            paragraphs=(
                "필요한 재원은 {amount} 수준으로 추산된다.",
                '참석자들은 "{quote}"는 데 공감한 것으로 전해졌다.',
                "야당은 실효성이 의문이라고 비판했다.",
            ),
        ),
    ),
    "society": (
        Story(
            titles=(
                "{city} 출근길 {event}…시민 불편 이어져",
                '{city} {event}에 출근길 혼잡…"{quote}"',
            ),
            leads=(
                "{dayn}일 오전 {city} 곳곳에서 {event_euro} 출근길 혼잡이 빚어졌다.",
                "일부 구간은 평소보다 두 배 넘게 시간이 걸렸다.",
                "당국은 대중교통 이용을 당부했다.",
            ),
            paragraphs=(
                "시는 비상근무 체제에 들어가 인력 {people}명을 투입했다.",
                '한 시민은 "{quote}"고 말했다.',
                "불편은 오후 들어 점차 해소됐다.",
            ),
        ),
        Story(
            titles=(
                "대학가 '{trend}' 확산…생활비 부담에 선택",
                "{city}시, 청년 월세 지원 {people}명으로 확대",
            ),
            leads=(
                "대학생 사이에서 '{trend}' 바람이 불고 있다.",
                "치솟은 생활비가 배경으로 꼽힌다.",
                "{city}시는 청년 지원 사업을 늘리기로 했다.",
            ),
            paragraphs=(
                "한 설문조사에서 응답자의 {pct2}%가 지출을 줄였다고 답했다.",
                '전문가는 "{quote}"고 진단했다.',
                "지원 대상은 만 19~34세 무주택 청년이다.",
            ),
        ),
    ),
    "world": (
        Story(
            titles=(
                '美 연준, 기준금리 동결…"{quote}"',
                "{country} {world_indicator} {pct}% {updown}…시장 예상 웃돌아",
            ),
            leads=(
                "{country}의 {month}월 {world_indicator_i} {pct}% {rose}.",
                "시장 예상치를 웃도는 결과다.",
                "미국 연방준비제도는 정책금리를 동결했다.",
            ),
            paragraphs=(
                "{us_cause_i} 함께 작용한 것으로 풀이된다.",
                '현지 전문가들은 "{quote2}"고 평가했다.',
                "국제 금융시장은 다음 달 지표에 주목하고 있다.",
            ),
        ),
        Story(
            titles=(
                "{country}, 반도체 보조금 {usd} 지원…한국 기업 영향은",
                '{country} "자국 생산 늘려라"…{usd} 보조금',
            ),
            leads=(
                "{country_i} 반도체 산업에 {usd} 규모의 보조금을 지원한다.",
                "자국 내 생산을 늘리려는 조치다.",
                "현지에 공장을 둔 한국 기업도 혜택을 받을 수 있다.",
            ),
            paragraphs=(
                "보조금은 앞으로 5년에 걸쳐 나눠 지급된다.",
                "{company_eun} 현지 투자 확대를 검토하고 있다.",
                '통상 전문가는 "{quote}"고 말했다.',
            ),
        ),
    ),
    "opinion": (
        Story(
            titles=(
                "[사설] {topic}, {advice}",
                "[시론] '{topic}' 이후의 과제",
            ),
            leads=(
                "{topic_i} 우리 경제의 발목을 잡고 있다.",
                "문제는 어제오늘의 일이 아니다.",
                "이제는 말이 아니라 행동이 필요하다.",
            ),
            paragraphs=(
                "숫자가 보여 주는 현실은 엄중하다.",
                "정부와 국회, 기업이 각자의 몫을 해야 한다.",
                '"{quote}"는 경고를 흘려들어서는 안 된다.',
            ),
        ),
    ),
}

# Paragraphs any article may carry after its story's own, so bodies vary in length.
CLOSINGS = (
    "관련 업계는 향후 추이를 주시하고 있다.",
    "구체적인 내용은 이달 중 발표될 예정이다.",
    "시장에서는 추가 발표 여부에 관심이 쏠린다.",
)
