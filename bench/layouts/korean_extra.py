"""A third set of Korean listing layouts: markup families not covered by ``korean.py`` or
``korean_more.py``.

Each builder returns a whole page in the shape of one family — an economic daily whose
headlines carry a paywall badge, a broadcaster whose list items are each one link over a
"주요 영상" strip of play times, a sports/entertainment portal section beside a photo-album
grid titled only in ``img alt``, a photo-news page whose headlines live only in ``img alt`` or
in an unlinked ``figcaption``, an old newsroom list written as one flat ``<dl>`` of ``dt``/``dd``
siblings, a client-rendered listing whose articles exist only in ``__NEXT_DATA__``, a list
marked up with schema.org microdata, and a wire-style timeline whose items show only a clock
under date headings — with the chrome real pages carry around the list (menus, "많이 본 뉴스"
boxes, picks, ads, pagination, footers). Hosts, headlines, leads and names are invented.

Every page is fetched at 2025-04-08 15:00 KST. Gold times are the instants the page states:
a machine-readable value where the page has one (microdata ``content``, the JSON state's
ISO time), else the display text read on the KST clock — a relative time ("3시간전", "1일전")
counted back from the fetch time, a year-less ``04.07 19:10`` in the fetch year, a bare clock
under a date heading on that heading's day. A date without a time of day, a day word without
a clock, and a video's play time ("03:21") give no gold timestamp.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from etl.window import KST

from . import Builder, Layout
from .korean_chrome import (
    FETCHED_AT,
    FOOTER_LINKS,
    ad_slot,
    company_footer,
    dotted,
    korean_layout,
    pagination,
    ranking_box,
)
from .markup import Story, ago, escape_html, gold_item, html_document, kst, link_list, menu_items

# --------------------------------------------------------------------------------------------
# 1. An economic daily whose headlines carry a paywall badge
# --------------------------------------------------------------------------------------------

_GEUMYUNG_HOST = "https://www.geumyung.example.co.kr"
_PAID = '<em class="badge">유료</em> '
# (article id, paid?, tracked link?, story)
_GEUMYUNG_STORIES = (
    ("2025040814201", True, False, Story(
        "반도체 수출 석 달 연속 증가…HBM 비중 처음 30% 넘어",
        "반도체 수출이 석 달 연속 늘었다. 고대역폭메모리(HBM) 비중이 처음으로 30%를 넘어서며 "
        "수출 단가 상승을 이끌었다는 분석이 나온다.",
        kst(8, 14, 20))),
    ("2025040813552", False, True, Story(
        "시중은행 주담대 금리 하단 3%대 진입…대출 수요 다시 꿈틀",
        "주요 시중은행의 주택담보대출 변동금리 하단이 3%대로 내려왔다. 금리 인하 기대가 "
        "커지면서 대출 상담 건수도 한 달 새 20% 가까이 늘었다.",
        kst(8, 13, 55))),
    ("2025040813101", True, False, Story(
        "[단독] 중견 배터리 소재사, 유럽 공장 매각 추진…인수 후보 3곳 압축",
        "중견 배터리 소재 기업이 헝가리 공장 매각을 추진하고 있는 것으로 확인됐다. 업계에 "
        "따르면 사모펀드 두 곳과 전략적 투자자 한 곳이 인수 후보로 압축됐다.",
        kst(8, 13, 10))),
    ("2025040812304", False, False, Story(
        "코스피, 외국인 매수에 2,600선 회복…2차전지주 강세",
        "코스피가 외국인 순매수에 힘입어 2,600선을 되찾았다. 2차전지 관련주가 일제히 올랐고 "
        "코스닥도 1% 넘게 상승했다.",
        kst(8, 12, 30))),
    ("2025040811457", False, False, Story(
        "가계대출 증가세 둔화…3월 증가 폭 2조 원대로 줄어",
        "3월 금융권 가계대출 증가 폭이 2조 원대로 줄었다. 주택 거래가 주춤하고 은행들이 "
        "대출 문턱을 높인 영향이다.",
        kst(8, 11, 45))),
    ("2025040810209", True, True, Story(
        "부동산 PF 정리 2라운드…저축은행 건전성 지표 '경고등'",
        "부동산 프로젝트파이낸싱(PF) 부실 정리가 두 번째 국면에 들어섰다. 저축은행 업계의 "
        "연체율이 10%에 육박하면서 추가 충당금 부담이 커지고 있다.",
        kst(8, 10, 20))),
    ("2025040809332", False, False, Story(
        "국제 유가 배럴당 60달러대 초반…정유사 실적 먹구름",
        "국제 유가가 배럴당 60달러대 초반까지 떨어졌다. 정제 마진도 함께 낮아지면서 국내 "
        "정유사들의 1분기 실적에 대한 눈높이가 내려가고 있다.",
        kst(8, 9, 33))),
    ("2025040808015", False, False, Story(
        "중소기업 10곳 중 6곳 \"올해 채용 계획 없다\"",
        "중소기업 열 곳 가운데 여섯 곳이 올해 신규 채용 계획이 없다고 답했다. 경기 둔화와 "
        "인건비 부담을 가장 큰 이유로 꼽았다.",
        kst(8, 8, 1))),
    ("2025040719428", True, False, Story(
        "신용카드 포인트 1조 원 잠잔다…자동 전환 서비스 도입 검토",
        "쓰지 않고 쌓여 있는 신용카드 포인트가 1조 원을 넘었다. 금융당국은 소멸 전에 현금으로 "
        "자동 전환해 주는 서비스 도입을 검토하고 있다.",
        kst(7, 19, 42))),
    ("2025040717206", False, False, Story(
        "상장사 배당 총액 역대 최대…주주환원 확대 흐름 이어져",
        "지난해 결산 상장사들의 배당 총액이 역대 최대를 기록했다. 밸류업 공시를 낸 기업들을 "
        "중심으로 자사주 소각도 크게 늘었다.",
        kst(7, 17, 20))),
)  # fmt: skip
_GEUMYUNG_POPULAR = (
    ("2025040806112", "연금저축 세액공제 한도 꽉 채우려면…4월에 해야 할 일"),
    ("2025040814201", "반도체 수출 석 달 연속 증가…HBM 비중 처음 30% 넘어"),
    ("2025040709210", '"월 배당 ETF 쏠림"…개인 순매수 1조 원 돌파'),
    ("2025040807403", "서울 아파트 전셋값 47주 연속 상승"),
    ("2025040620117", "[머니 클리닉] 은퇴 후 건강보험료 줄이는 법"),
)
_GEUMYUNG_PREMIUM = (
    ("2025040521005", "[프리미엄 리포트] 금리 인하기, 채권 투자 전략 다시 짜기"),
    ("2025040420118", "[인사이트] 밸류업 1년, 무엇이 달라졌나"),
    ("2025040318337", '[CEO 인터뷰] "소재 국산화, 이제 시작"'),
)


def _geumyung_href(aid: str, tracked: bool) -> str:
    href = f"/article/{aid}"
    return href + "?utm_source=section&amp;utm_medium=list" if tracked else href


def _geumyung_item(aid: str, paid: bool, tracked: bool, story: Story) -> str:
    assert story.when is not None and story.lead is not None
    href = _geumyung_href(aid, tracked)
    badge = _PAID if paid else ""
    return (
        "<li>\n"
        '<div class="news-item">\n'
        f'<div class="thumb"><a href="{href}"><img src="/img/blank.gif" '
        f'data-src="https://img.geumyung.example.co.kr/photo/{aid}_t.jpg" class="lazy" '
        'alt=""></a></div>\n'
        '<div class="news-txt">\n'
        f'<h2 class="news-tit"><a href="{href}">{badge}{story.headline_html}</a></h2>\n'
        f'<p class="lead">{escape_html(story.lead)}</p>\n'
        f'<span class="txt-date">{dotted(story.when)}</span>\n'
        "</div>\n</div>\n</li>"
    )


def build_paywall_economic() -> Layout:
    """An economic daily's section: ``ul.news-list > li > div.news-item`` with a lazy
    thumbnail link, ``h2.news-tit > a`` whose paid articles start with
    ``<em class="badge">유료</em>``, ``p.lead`` and ``span.txt-date`` "2025.04.08 14:20";
    some links carry ``utm_*`` parameters. The badge is a paywall mark, not part of the
    headline a reader copies, so gold titles leave it out."""
    page_url = f"{_GEUMYUNG_HOST}/finance"
    nav = menu_items(
        (f"{_GEUMYUNG_HOST}/{slug}", name)
        for slug, name in (
            ("economy", "경제"), ("finance", "금융"), ("stock", "증권"), ("realestate", "부동산"),
            ("industry", "산업"), ("it", "IT·과학"), ("world", "국제"), ("opinion", "오피니언"),
            ("premium", "프리미엄"),
        )
    )  # fmt: skip
    items = "\n".join(_geumyung_item(*entry) for entry in _GEUMYUNG_STORIES)
    popular = ranking_box([(f"/article/{aid}", title) for aid, title in _GEUMYUNG_POPULAR])
    premium = link_list(
        ((f"/article/{aid}?ref=premium_box", title) for aid, title in _GEUMYUNG_PREMIUM),
        '<li><em class="badge">유료</em> <a href="{href}">{title}</a></li>',
    )
    body = f"""<div id="wrap">
<header class="header">
<div class="header-top"><a href="/" class="logo">금융경제신문</a>
<div class="util"><a href="/member/login">로그인</a> <a href="/subscribe">구독신청</a></div></div>
<nav class="gnb"><ul>{nav}</ul></nav>
</header>
{ad_slot("ad-top", "AD", 70211, "geumyung_top")}
<div class="container">
<section class="section-main">
<div class="section-tit"><h1>금융</h1>
<ul class="sub-menu"><li><a href="/finance/bank">은행</a></li><li><a href="/finance/insurance">
보험</a></li><li><a href="/finance/card">카드</a></li></ul></div>
<ul class="news-list">
{items}
</ul>
{pagination("/finance?page={n}")}
</section>
<aside class="section-side">
{popular}
<div class="premium-box"><h3 class="box_tit">프리미엄 추천</h3><ul>{premium}</ul></div>
{ad_slot("ad-side", "광고", 70219, "geumyung_side")}
</aside>
</div>
{company_footer(_GEUMYUNG_HOST, "금융경제신문", FOOTER_LINKS)}
</div>"""
    html = html_document("금융 - 금융경제신문", body, lang="ko")
    gold = [
        gold_item(page_url, _geumyung_href(aid, tracked).replace("&amp;", "&"), story)
        for aid, _, tracked, story in _GEUMYUNG_STORIES
    ]
    return korean_layout(
        "ko-paywall-economic",
        "economic daily section: ul.news-list > li > div.news-item, h2.news-tit > a with "
        '<em class="badge">유료</em>, p.lead, span.txt-date "2025.04.08 14:20", utm links',
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 2. A broadcaster's news list: each item one <a>, over a "주요 영상" strip of play times
# --------------------------------------------------------------------------------------------

_HANBIT_HOST = "https://news.hanbittv.example.co.kr"
# (ncd, story); the list
_HANBIT_STORIES = (
    (7912345, Story(
        "서해안 고속도로 25중 추돌…짙은 안개에 출근길 정체",
        "오늘 아침 서해안고속도로에서 차량 25대가 잇따라 부딪쳤습니다. 짙은 안개로 앞이 잘 "
        "보이지 않는 상황에서 사고가 난 것으로 보입니다.",
        kst(8, 14, 20))),
    (7912331, Story(
        "'의대 정원' 협의체 첫 회의…이견만 확인",
        "의대 정원 문제를 논의할 협의체가 첫 회의를 열었지만 양측은 기존 입장을 되풀이하며 "
        "이견만 확인했습니다. 다음 회의 일정도 정하지 못했습니다.",
        kst(8, 13, 48))),
    (7912318, Story(
        "봄철 산불 벌써 200건…지난해 두 배",
        "올봄 들어 발생한 산불이 벌써 200건을 넘었습니다. 건조한 날씨가 이어지면서 산림당국은 "
        "산불 위기 경보를 '경계'로 올렸습니다.",
        kst(8, 13, 5))),
    (7912297, Story(
        "[단독] 공공기관 보안 점검 허술…외부 저장장치 무단 반출",
        "일부 공공기관에서 업무용 외부 저장장치가 아무런 확인 없이 반출된 사실이 취재 결과 "
        "드러났습니다. 반출 기록이 남지 않은 경우도 10건이 넘었습니다.",
        kst(8, 12, 11))),
    (7912280, Story(
        "고물가에 '짠물 소비' 확산…편의점 도시락 매출 18%↑",
        "물가 부담에 점심값을 아끼려는 직장인이 늘면서 편의점 도시락 매출이 지난해보다 18% "
        "늘었습니다. 삼각김밥과 컵라면 매출도 함께 올랐습니다.",
        kst(8, 11, 30))),
    (7912266, Story(
        "폐교를 마을 도서관으로…주민이 직접 꾸민 공간",
        "문을 닫은 시골 초등학교가 주민들이 함께 꾸민 마을 도서관으로 다시 태어났습니다. "
        "책 만 권이 기증됐고 주말에는 아이들을 위한 독서 교실도 열립니다.",
        kst(8, 10, 52))),
    (7912240, Story(
        "미 국채 금리 급등에 환율 출렁…당국 \"쏠림 엄중 경계\"",
        "미국 국채 금리가 큰 폭으로 오르면서 원·달러 환율이 장중 한때 20원 가까이 "
        "출렁였습니다. 외환당국은 시장 쏠림을 엄중히 경계한다고 밝혔습니다.",
        kst(8, 9, 40))),
    (7912203, Story(
        "지하철 역사 냉방기 조기 가동…이달 중순부터",
        "이른 더위에 대비해 지하철 역사의 냉방기가 이달 중순부터 앞당겨 가동됩니다. "
        "혼잡한 환승역부터 순서대로 켜집니다.",
        kst(8, 8, 15))),
    (7912155, Story(
        "프로야구 개막 2주…관중 100만 명 돌파 눈앞",
        "프로야구가 개막 2주 만에 누적 관중 100만 명 돌파를 앞두고 있습니다. 역대 가장 빠른 "
        "속도입니다. 주말 경기는 대부분 매진을 기록했습니다.",
        kst(7, 21, 35))),
)  # fmt: skip
# (ncd, play time, story) of the "주요 영상" strip above the list; two are also listed below
_HANBIT_VOD = (
    (7912345, "03:21", _HANBIT_STORIES[0][1]),
    (7912350, "02:48", Story("[현장영상] 도심 한복판 싱크홀…버스 정류장 앞 지름 3m", None, None)),
    (7912318, "01:57", _HANBIT_STORIES[2][1]),
    (7912302, "04:05", Story("[뉴스 따라잡기] 전세사기 그 후 1년…피해자들은 지금", None, None)),
)
_HANBIT_POPULAR = (
    (7912101, '"한 달 만에 200만 원"…노인 노리는 투자 사기 기승'),
    (7912345, "서해안 고속도로 25중 추돌…짙은 안개에 출근길 정체"),
    (7911987, "아파트 주차장 전기차 화재 대응 지침 바뀐다"),
    (7912044, "[날씨] 내일 전국 봄비…강원 산간 늦은 눈"),
    (7911950, "초등 늘봄학교 1년…학부모 만족도는?"),
)


def _hanbit_href(ncd: int) -> str:
    return f"//news.hanbittv.example.co.kr/news/view.do?ncd={ncd}"


def _hanbit_item(ncd: int, story: Story) -> str:
    assert story.when is not None and story.lead is not None
    return (
        f'<li><a href="{_hanbit_href(ncd)}" class="box-content">\n'
        f'<div class="thumb"><img src="https://img.hanbittv.example.co.kr/news/{ncd}_320.jpg" '
        'alt="" loading="lazy"></div>\n'
        '<div class="txt_area">\n'
        f'<p class="tit">{escape_html(story.title)}</p>\n'
        f'<p class="sub">{escape_html(story.lead)}</p>\n'
        f'<span class="date">{dotted(story.when)}</span>\n'
        "</div></a></li>"
    )


def _hanbit_vod(ncd: int, play: str, story: Story) -> str:
    return (
        f'<li class="swiper-slide"><a href="{_hanbit_href(ncd)}">\n'
        f'<span class="thumb"><img src="https://img.hanbittv.example.co.kr/vod/{ncd}.jpg" '
        f'alt=""><span class="ico_play">재생</span><span class="play_time">{play}</span></span>\n'
        f'<strong class="tit">{escape_html(story.title)}</strong></a></li>'
    )


def build_broadcaster_vod() -> Layout:
    """A broadcaster's 최신 뉴스: each ``li`` is one protocol-relative ``<a>`` wrapping a
    thumbnail and ``div.txt_area > p.tit + p.sub + span.date`` "2025.04.08 14:20", under a
    "주요 영상" strip whose clips show only a play time ("03:21") and link article pages
    (two of them also listed below). The strip is the page's top block: its
    clips are gold, without a time (a play time is a duration)."""
    page_url = f"{_HANBIT_HOST}/news/list.do?mcd=0001"
    nav = menu_items(
        (f"/news/list.do?mcd={code}", name)
        for code, name in (
            ("0001", "최신"), ("0002", "정치"), ("0003", "경제"), ("0004", "사회"),
            ("0005", "국제"), ("0006", "문화"), ("0007", "스포츠"), ("0008", "날씨"),
        )
    )  # fmt: skip
    vod = "\n".join(_hanbit_vod(*entry) for entry in _HANBIT_VOD)
    items = "\n".join(_hanbit_item(*entry) for entry in _HANBIT_STORIES)
    popular = ranking_box([(_hanbit_href(ncd), title) for ncd, title in _HANBIT_POPULAR])
    programs = menu_items(
        (f"https://www.hanbittv.example.co.kr/program/{slug}", name)
        for slug, name in (
            ("news9", "한빛 뉴스9"),
            ("morning", "뉴스광장"),
            ("focus", "시사포커스"),
        )  # fmt: skip
    )
    body = f"""<div id="wrap">
<header id="header"><h1 class="logo"><a href="/">한빛TV 뉴스</a></h1>
<nav class="gnb"><ul>{nav}</ul></nav>
<a href="https://www.hanbittv.example.co.kr/onair" class="btn_onair">ON AIR</a></header>
<main id="contents">
<section class="vod_area">
<h2 class="tit_section">주요 영상</h2>
<div class="swiper-container"><ul class="swiper-wrapper">
{vod}
</ul></div>
</section>
<section class="news_list_area">
<h2 class="tit_section">최신 뉴스</h2>
<ul class="list_news">
{items}
</ul>
{pagination("/news/list.do?mcd=0001&amp;page={n}")}
</section>
<aside class="side_area">
{popular}
<div class="program_box"><h3 class="box_tit">뉴스 프로그램</h3><ul>{programs}</ul></div>
{ad_slot("ad_box", "AD", 88121, "hanbit_news_side")}
</aside>
</main>
{company_footer("https://www.hanbittv.example.co.kr", "한빛방송", FOOTER_LINKS)}
</div>"""
    html = html_document("최신 뉴스 | 한빛TV 뉴스", body, lang="ko")
    gold = [gold_item(page_url, _hanbit_href(ncd), story) for ncd, _, story in _HANBIT_VOD]
    shown = {ncd for ncd, _, _ in _HANBIT_VOD}
    gold.extend(
        gold_item(page_url, _hanbit_href(ncd), story)
        for ncd, story in _HANBIT_STORIES
        if ncd not in shown
    )
    return korean_layout(
        "ko-broadcaster-vod",
        "broadcaster news list of one-<a> items: a > div.txt_area > p.tit + p.sub + span.date "
        '"2025.04.08 14:20", protocol-relative links, a "주요 영상" strip with play times "03:21"',
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 3. A sports/entertainment portal section with a photo-album grid titled only in img alt
# --------------------------------------------------------------------------------------------

_SPOTV_HOST = "https://sports.nuri.example.com"
_SPOTV_ARTICLE = "https://sports.nuri.example.com/news/read?oid={oid}&aid={aid}"
# (press id, article id, press, shown time, story); the time shown is "N분전" / "N시간전" /
# "1일전", or a bare date for older items (no gold time)
_SPOTV_STORIES = (
    ("109", "0005270311", "스포츠한결", Story(
        "'멀티골' 공격수, 이적 후 첫 골에 \"이제야 팀의 일원 된 듯\"",
        "이적 후 침묵하던 공격수가 멀티골을 터뜨리며 팀의 3연승을 이끌었다. 경기 뒤 그는 "
        "동료들의 도움 덕분이라며 웃었다.",
        ago(FETCHED_AT, minutes=12))),
    ("117", "0003931208", "연예타임즈", Story(
        "데뷔 10주년 걸그룹, 5월 완전체 컴백 확정…월드투어도 예고",
        "데뷔 10주년을 맞은 걸그룹이 다음 달 완전체로 돌아온다. 소속사는 하반기 월드투어 "
        "일정도 곧 공개하겠다고 밝혔다.",
        ago(FETCHED_AT, minutes=54))),
    ("076", "0004410982", "스포츠누리", Story(
        "프로야구 신인왕 후보 1순위, 5이닝 무실점 데뷔 첫 승",
        "고졸 신인 투수가 선발 데뷔전에서 5이닝 무실점으로 첫 승을 거뒀다. 최고 구속은 "
        "시속 152㎞를 찍었고 삼진은 7개를 잡아냈다.",
        ago(FETCHED_AT, hours=2))),
    ("241", "0003407715", "엔터데일리", Story(
        "주말극 시청률 20% 돌파…중년 배우 재발견에 호평",
        "주말 드라마가 방송 6주 만에 시청률 20%를 넘었다. 탄탄한 연기를 보여준 중년 배우들이 "
        "새삼 주목받고 있다.",
        ago(FETCHED_AT, hours=3))),
    ("109", "0005270198", "스포츠한결", Story(
        "여자배구 챔프전 5차전 매진…'봄 배구' 열기 최고조",
        "여자프로배구 챔피언결정전 5차전 입장권이 예매 시작 10분 만에 모두 팔렸다. "
        "구단은 경기장 밖에 대형 응원 화면을 설치하기로 했다.",
        ago(FETCHED_AT, hours=5))),
    ("468", "0001152470", "골프인사이드", Story(
        "국내 여자골프 개막전 우승 트로피는 신예에게…연장 끝 첫 승",
        "국내 여자골프 투어 개막전에서 투어 2년 차 선수가 연장 승부 끝에 생애 첫 우승을 "
        "차지했다. 마지막 홀 버디로 연장에 들어간 뒤 역전에 성공했다.",
        ago(FETCHED_AT, hours=7))),
    ("117", "0003930877", "연예타임즈", Story(
        "천만 영화 감독 신작, 칸 영화제 경쟁 부문 초청 유력",
        "천만 관객 영화를 만든 감독의 신작이 올해 칸 영화제 경쟁 부문에 초청될 것이라는 "
        "전망이 나온다. 결과는 다음 주 공식 발표된다.",
        ago(FETCHED_AT, days=1))),
    ("076", "0004409341", "스포츠누리", Story(
        "K리그 관중 수입 역대 최고…구단 흑자 전환 잇따라",
        "지난 시즌 K리그 구단들의 관중 수입이 역대 최고치를 기록했다. 흑자로 돌아선 구단도 "
        "네 곳으로 늘었고, 평균 관중도 처음으로 1만 명을 넘었다.",
        kst(6, 10, 0))),
)  # fmt: skip
# Photo albums: links titled only by their image's alt text
_SPOTV_ALBUMS = (
    (33120, "[포토] 개막전 시구하는 아이돌 멤버"),
    (33118, "[포토] 레드카펫 밟는 배우들"),
    (33115, "[포토] 우승 세리머니 펼치는 선수단"),
    (33112, "[포토] 팬 사인회 현장"),
    (33109, "[포토] 봄 화보 촬영 비하인드"),
    (33104, "[포토] 마라톤 결승선 통과 순간"),
)
_SPOTV_POPULAR = (
    ("109", "0005269980", '"은퇴는 없다" 40대 골키퍼의 도전'),
    ("117", "0003931208", "데뷔 10주년 걸그룹, 5월 완전체 컴백 확정…월드투어도 예고"),
    ("241", "0003406902", "결혼 발표 배우 커플, 팬들에게 손편지"),
    ("076", "0004410120", "메이저리거 내야수, 시즌 3호 홈런"),
    ("468", "0001152333", "골프 황제의 복귀전 일정 공개"),
)


def _spotv_time(when: datetime) -> str:
    minutes = int((FETCHED_AT - when).total_seconds() // 60)
    if minutes < 60:
        return f"{minutes}분전"
    if minutes < 24 * 60:
        return f"{minutes // 60}시간전"
    if minutes < 2 * 24 * 60:
        return f"{minutes // (24 * 60)}일전"
    return f"{when:%Y.%m.%d.}"


def _spotv_item(oid: str, aid: str, press: str, story: Story) -> str:
    assert story.when is not None and story.lead is not None
    href = _SPOTV_ARTICLE.format(oid=oid, aid=aid).replace("&", "&amp;")
    return (
        '<li class="item">\n'
        f'<div class="thumb"><a href="{href}" class="link_thumb"><img '
        f'src="https://img.nuri.example.net/sports/{oid}/{aid}.jpg?type=w180" alt=""></a></div>\n'
        '<div class="text">\n'
        f'<a href="{href}" class="title"><span>{escape_html(story.title)}</span></a>\n'
        f'<p class="desc">{escape_html(story.lead)}</p>\n'
        f'<div class="info"><span class="press">{escape_html(press)}</span>'
        f'<span class="time">{_spotv_time(story.when)}</span></div>\n'
        "</div>\n</li>"
    )


def build_sports_portal() -> Layout:
    """A portal's sports/entertainment section: ``ul.news_list > li.item > div.text >
    a.title > span``, ``p.desc`` and ``div.info > span.press + span.time`` ("12분전",
    "3시간전", "1일전", a bare date for older ones), beside a "포토" grid of photo albums
    whose links carry their titles only in ``img alt``. The albums are gold too: what the
    page lists, as the real fixtures count galleries and videos among a river's items."""
    page_url = f"{_SPOTV_HOST}/general/news/index?type=latest"
    nav = menu_items(
        (f"{_SPOTV_HOST}/{slug}", name)
        for slug, name in (
            ("kbaseball", "야구"), ("wbaseball", "해외야구"), ("kfootball", "축구"),
            ("basketball", "농구"), ("volleyball", "배구"), ("golf", "골프"),
            ("general", "일반"), ("entertain", "연예"),
        )
    )  # fmt: skip
    items = "\n".join(_spotv_item(*entry) for entry in _SPOTV_STORIES)
    albums = "".join(
        f'<li><a href="{_SPOTV_HOST}/photo/album?gid={gid}"><img '
        f'data-src="https://img.nuri.example.net/photo/{gid}_1.jpg" src="/img/dot.gif" '
        f'alt="{escape_html(alt)}"></a></li>'
        for gid, alt in _SPOTV_ALBUMS
    )
    popular = ranking_box(
        [
            (_SPOTV_ARTICLE.format(oid=oid, aid=aid).replace("&", "&amp;"), title)
            for oid, aid, title in _SPOTV_POPULAR
        ],
        "많이 본 스포츠 뉴스",
    )
    body = f"""<div id="wrap">
<div id="header"><h1><a href="{_SPOTV_HOST}/" class="logo">누리 스포츠</a></h1>
<ul class="lnb">{nav}</ul></div>
<div id="content">
<div class="main_column">
<h2 class="section_title">최신 뉴스</h2>
<div class="sort_option"><a href="?type=latest" class="on">최신순</a>
<a href="?type=popular">인기순</a></div>
<ul class="news_list">
{items}
</ul>
{pagination("?type=latest&amp;page={n}")}
<div class="photo_section"><h3 class="title">포토</h3>
<ul class="photo_grid">{albums}</ul>
<a href="{_SPOTV_HOST}/photo" class="more">포토 더보기</a></div>
</div>
<div class="aside">
{popular}
{ad_slot("aside_ad", "광고", 40552, "nuri_sports_r")}
</div>
</div>
{company_footer("https://www.nuri.example.com", "NURI Corp.", FOOTER_LINKS)}
</div>"""
    html = html_document("최신 뉴스 : 누리 스포츠", body, lang="ko")
    gold = [
        gold_item(
            page_url,
            _SPOTV_ARTICLE.format(oid=oid, aid=aid),
            story,
            timed=_spotv_time(story.when or FETCHED_AT).endswith("전"),
        )
        for oid, aid, _, story in _SPOTV_STORIES
    ] + [
        gold_item(page_url, f"{_SPOTV_HOST}/photo/album?gid={gid}", Story(alt, None, None))
        for gid, alt in _SPOTV_ALBUMS
    ]
    return korean_layout(
        "ko-sports-portal",
        "sports/entertainment portal section: ul.news_list > li.item > div.text > a.title > "
        'span, p.desc, div.info > span.press + span.time "3시간전"/"1일전", alt-only photo grid',
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 4. A photo-news page: every item an image link, headlines in img alt or a figcaption
# --------------------------------------------------------------------------------------------

_SAJIN_HOST = "https://www.dongbang.example.co.kr"
# (article number, story): the "오늘의 사진" figures, headline in an unlinked figcaption
_SAJIN_TOP = (
    (301552, Story(
        "만개한 벚꽃 터널 아래 출근길 시민들 발걸음", None, kst(8, 8, 40))),
    (301548, Story(
        "산불 진화 헬기 물 뿌리는 순간…밤새 이어진 사투", None, kst(8, 7, 5))),
    (301541, Story(
        "갯벌 위로 날아오르는 도요새 떼", None, kst(7, 17, 50))),
)  # fmt: skip
# (article number, story): the grid, headline only in the image's alt text
_SAJIN_GRID = (
    (301560, Story("국회 본회의장 들어서는 여야 원내대표", None, kst(8, 14, 35))),
    (301558, Story("봄비 그친 뒤 한강공원 찾은 나들이객", None, kst(8, 14, 2))),
    (301556, Story("개막 앞둔 꽃박람회 막바지 단장 한창", None, kst(8, 13, 20))),
    (301553, Story("고속철 신형 차량 첫 시운전 출발", None, kst(8, 11, 48))),
    (301550, Story("모내기 준비하는 농민들 \"올해도 풍년이길\"", None, kst(8, 10, 15))),
    (301547, Story("수산시장 경매장의 새벽 열기", None, kst(8, 6, 30))),
    (301544, Story("도심 속 옥상 정원에서 점심 즐기는 직장인들", None, kst(7, 18, 40))),
    (301539, Story("폐막 앞둔 국제 아트페어 관람객 북적", None, kst(7, 16, 5))),
)  # fmt: skip
_SAJIN_POPULAR = (
    (301499, "[포토] 봄 눈 내린 설악산 대청봉"),
    (301552, "만개한 벚꽃 터널 아래 출근길 시민들 발걸음"),
    (301470, "[포토] 광화문 광장 대형 미디어 아트"),
    (301462, "[포토] 바다 위 해상 풍력 단지"),
)


def _sajin_href(no: int) -> str:
    return f"/news/photo/view.php?no={no}"


def _sajin_figure(no: int, story: Story) -> str:
    assert story.when is not None
    return (
        '<figure class="photo_today">\n'
        f'<a href="{_sajin_href(no)}"><img src="https://img.dongbang.example.co.kr/photo/'
        f'{no}_L.jpg" alt=""></a>\n'
        f'<figcaption><p class="cap_tit">{escape_html(story.title)}</p>'
        f'<span class="cap_date">{dotted(story.when)}</span></figcaption>\n'
        "</figure>"
    )


def _sajin_cell(no: int, story: Story) -> str:
    assert story.when is not None
    return (
        f'<li><a href="{_sajin_href(no)}" class="photo_link"><img src="/img/blank.png" '
        f'data-original="https://img.dongbang.example.co.kr/photo/{no}_S.jpg" '
        f'alt="{escape_html(story.title)}"></a>'
        f'<span class="date">{story.when:%m-%d %H:%M}</span></li>'
    )


def build_photo_news() -> Layout:
    """A daily's photo-news section where every item is an image link: a "오늘의 사진" block
    of ``figure``s whose headline sits in an unlinked ``figcaption`` (the image's alt is
    empty), and a grid whose headline is only the ``img alt`` with a ``04-08 14:35`` time.
    Gold: the headlines a reader sees (caption text, alt text as the image's tooltip/label)."""
    page_url = f"{_SAJIN_HOST}/news/photo/list.php"
    nav = menu_items(
        (f"/news/list.php?sec={slug}", name)
        for slug, name in (
            ("politics", "정치"), ("economy", "경제"), ("society", "사회"),
            ("culture", "문화"), ("sports", "스포츠"), ("photo", "포토"), ("opinion", "오피니언"),
        )
    )  # fmt: skip
    figures = "\n".join(_sajin_figure(*entry) for entry in _SAJIN_TOP)
    grid = "\n".join(_sajin_cell(*entry) for entry in _SAJIN_GRID)
    popular = ranking_box([(_sajin_href(no), title) for no, title in _SAJIN_POPULAR], "인기 포토")
    body = f"""<div id="wrapper">
<header id="header"><h1 class="logo"><a href="/">동방일보</a></h1>
<nav id="gnb"><ul>{nav}</ul></nav></header>
<div id="container">
<div id="content">
<h2 class="sub_title">포토뉴스</h2>
<section class="today_photo"><h3 class="blind">오늘의 사진</h3>
{figures}
</section>
<section class="photo_list_wrap"><h3 class="blind">포토 목록</h3>
<ul class="photo_list">
{grid}
</ul>
{pagination("/news/photo/list.php?page={n}")}
</section>
</div>
<aside id="aside">
{popular}
{ad_slot("banner_side", "AD", 51230, "dongbang_photo")}
</aside>
</div>
{company_footer(_SAJIN_HOST, "동방일보", FOOTER_LINKS)}
</div>"""
    html = html_document("포토뉴스 - 동방일보", body, lang="ko")
    gold = [gold_item(page_url, _sajin_href(no), story) for no, story in _SAJIN_TOP + _SAJIN_GRID]
    return korean_layout(
        "ko-photo-news",
        "photo-news section of image links: figure > a > img + unlinked figcaption headline, "
        'a grid titled only by img alt with "04-08 14:35"',
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 5. An old newsroom list written as one flat <dl> of dt/dd siblings
# --------------------------------------------------------------------------------------------

_NAEIL_HOST = "http://www.naeilnews.example.co.kr"
_NAEIL_BASE = f"{_NAEIL_HOST}/news/"
# (article number, has a photo?, story)
_NAEIL_STORIES = (
    (108822, True, Story(
        "도 산하 공공기관 통폐합 용역 착수…연말까지 결론",
        "도가 산하 공공기관 25곳의 기능을 재조정하는 통폐합 용역에 착수했다. 중복 기능을 "
        "정리해 운영비를 줄이겠다는 계획이다.",
        kst(8, 14, 48))),
    (108819, False, Story(
        "농어촌 버스 단일요금제 확대…이달부터 1천 원",
        "도내 농어촌 버스 요금이 이달부터 거리와 관계없이 1천 원으로 통일된다. 대상 노선은 "
        "12개 시군 180여 개다.",
        kst(8, 14, 2))),
    (108815, True, Story(
        "도의회 '청년 기본소득 조례' 상임위 통과…본회의 표결 남아",
        "청년 기본소득 지급 근거를 담은 조례안이 도의회 상임위원회를 통과했다. 오는 15일 "
        "본회의 표결을 거쳐 확정된다.",
        kst(8, 12, 37))),
    (108810, False, Story(
        "지역 중소기업 수출 1분기 8% 증가…화장품·농식품 약진",
        "1분기 도내 중소기업 수출액이 지난해보다 8% 늘었다. 화장품과 가공 농식품이 동남아 "
        "시장에서 좋은 반응을 얻었다.",
        kst(8, 11, 20))),
    (108806, True, Story(
        "산불 감시 드론 50대 투입…입산 통제 구역 확대",
        "도가 봄철 산불 예방을 위해 감시 드론 50대를 투입한다. 입산 통제 구역도 지난해보다 "
        "30% 넓혔고, 위반하면 과태료를 물린다.",
        kst(8, 10, 5))),
    (108801, False, Story(
        "폐교 활용 '농촌 유학' 참가 학생 두 배로",
        "폐교를 고쳐 만든 농촌 유학 센터에 참가하는 도시 학생이 지난해의 두 배로 늘었다. "
        "학생들은 한 학기 동안 농가에 머물며 지역 학교에 다닌다.",
        kst(8, 9, 12))),
    (108797, False, Story(
        "해안 관광도로 구간 낙석 위험…일부 구간 야간 통제",
        "해안 관광도로 일부 구간에서 낙석 위험이 확인돼 당분간 야간 통행이 통제된다. 도는 "
        "보강 공사를 서두르기로 했다.",
        kst(7, 18, 26))),
    (108790, True, Story(
        "도립미술관 개관 20주년 특별전…소장품 200점 공개",
        "도립미술관이 개관 20주년을 맞아 소장품 200점을 한자리에 모은 특별전을 연다. "
        "전시는 오는 7월까지 이어진다.",
        kst(7, 16, 40))),
)  # fmt: skip
_NAEIL_POPULAR = (
    (108760, "도청 신청사 이전 부지 확정…2029년 완공 목표"),
    (108822, "도 산하 공공기관 통폐합 용역 착수…연말까지 결론"),
    (108744, "[사설] 지방 소멸, 구호 아닌 실행이 필요하다"),
    (108733, "KTX 정차역 유치 두고 시군 신경전"),
)
# Side column: photo news and the columnists' latest pieces (cross-section promotion boxes)
_NAEIL_PHOTOS = (
    (108812, "[포토] 유채꽃 만발한 섬마을"),
    (108795, "[포토] 봄맞이 전통시장 대청소"),
)
_NAEIL_OPINION = (
    (108817, "[칼럼] 지방의회 40년, 다시 묻는 자치의 의미", "한정우 논설위원"),
    (108802, "[기고] 농촌 의료, 원격진료가 답일까", "이서진 도립대 교수"),
    (108788, "[데스크 칼럼] 청년이 떠나는 이유", "박도윤 사회부장"),
)


def _naeil_href(no: int) -> str:
    """Links resolve against the page's ``<base href>`` (``/news/``)."""
    return f"articleView.php?no={no}"


def _naeil_entry(no: int, photo: bool, story: Story) -> str:
    assert story.when is not None and story.lead is not None
    href = _naeil_href(no)
    image = (
        f'<dd class="photo"><a href="{href}"><img src="/data/thumb/{no}.jpg" width="110" '
        'height="75" alt=""></a></dd>\n'
        if photo
        else ""
    )
    return (
        f'<dt><a href="{href}">{escape_html(story.title)}</a></dt>\n'
        f"{image}"
        f'<dd class="desc">{escape_html(story.lead)}</dd>\n'
        f'<dd class="date">{story.when:%Y-%m-%d %H:%M}</dd>'
    )


def build_flat_dl_newsroom() -> Layout:
    """A provincial daily's old newsroom list: ONE ``dl.news_list`` whose items are flat
    siblings (``dt > a`` title, an optional ``dd.photo``, ``dd.desc`` lead, ``dd.date``
    "2025-04-08 14:48") with no wrapper per item, links relative to a ``<base href>``; a right
    column with "포토뉴스" and "오피니언" boxes. The side boxes are cross-section promotions
    (like an editor's pick), not this section's list: the columns there are articles, but a
    reader of the 도정 section does not see them as its news, so they are not gold."""
    page_url = f"{_NAEIL_HOST}/news/list.php?sec=dojeong"
    nav = " | ".join(
        f'<a href="list.php?sec={slug}">{name}</a>'
        for slug, name in (
            ("dojeong", "도정"), ("sigun", "시군"), ("economy", "경제"), ("society", "사회"),
            ("culture", "문화"), ("sports", "스포츠"), ("opinion", "오피니언"),
        )
    )  # fmt: skip
    entries = "\n".join(_naeil_entry(*entry) for entry in _NAEIL_STORIES)
    popular = ranking_box([(_naeil_href(no), title) for no, title in _NAEIL_POPULAR])
    photos = "".join(
        f'<li><a href="{_naeil_href(no)}"><img src="/data/thumb/{no}.jpg" alt=""><br>'
        f"{escape_html(title)}</a></li>"
        for no, title in _NAEIL_PHOTOS
    )
    opinion = "".join(
        f'<li><a href="{_naeil_href(no)}">{escape_html(title)}</a> '
        f'<span class="writer">{escape_html(writer)}</span></li>'
        for no, title, writer in _NAEIL_OPINION
    )
    body = f"""<div id="top"><a href="/"><img src="/img/logo.gif" alt="내일신문"></a>
<div class="top_menu">{nav}</div></div>
{ad_slot("top_banner", "광고", 30315, "naeil_top")}
<div id="main">
<div id="left">
<h2 class="sec_title">도정</h2>
<dl class="news_list">
{entries}
</dl>
<div class="paging">[1] <a href="list.php?sec=dojeong&amp;page=2">[2]</a>
<a href="list.php?sec=dojeong&amp;page=3">[3]</a>
<a href="list.php?sec=dojeong&amp;page=2">다음 ▶</a></div>
</div>
<div id="right">
{popular}
<div class="photo_news"><h3>포토뉴스</h3><ul>{photos}</ul></div>
<div class="opinion_box"><h3>오피니언</h3><ul>{opinion}</ul></div>
{ad_slot("right_banner", "AD", 30322, "naeil_right")}
</div>
</div>
{company_footer(_NAEIL_HOST, "내일신문", FOOTER_LINKS)}"""
    html = html_document(
        "내일신문 - 도정",
        body,
        lang="ko",
        head=f'<base href="{_NAEIL_BASE}">\n',
        legacy=True,
    )
    gold = [gold_item(_NAEIL_BASE, _naeil_href(no), story) for no, _, story in _NAEIL_STORIES]
    return korean_layout(
        "ko-flat-dl-newsroom",
        "one flat dl.news_list of dt > a / dd.photo / dd.desc / dd.date siblings (no item "
        'wrapper), "2025-04-08 14:48", <base href>, 포토뉴스 + 오피니언 side boxes',
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 6. A client-rendered listing: the articles only in __NEXT_DATA__
# --------------------------------------------------------------------------------------------

_PLUS_HOST = "https://www.dailyplus.example.co.kr"
# (article id, section, story, utc?) of the top block; the list follows
_PLUS_TOP = (
    ("20250408500231", "사회", Story(
        "\"아이 맡길 곳이 없다\"…돌봄 공백에 부모 휴직 급증",
        "초등학교 늘봄교실 대기자가 늘면서 육아휴직을 쓰는 부모가 급증하고 있다. 일부 지역은 "
        "대기 순번이 100번을 넘었다.",
        kst(8, 14, 40))),
    ("20250408500219", "경제", Story(
        "자영업 폐업 공제금 지급 역대 최대…1분기만 4천억 원",
        "소상공인 폐업 공제금 지급액이 1분기에만 4천억 원을 넘었다. 고금리와 소비 부진이 "
        "겹치며 문을 닫는 가게가 늘고 있다.",
        kst(8, 13, 58))),
)  # fmt: skip
_PLUS_LIST = (
    ("20250408500207", "정치", Story(
        "여야 원내대표 회동…민생법안 처리 일정 합의 불발",
        "여야 원내대표가 만나 민생법안 처리 일정을 논의했지만 합의에 이르지 못했다. "
        "양측은 이번 주 안에 다시 만나기로 했다.",
        kst(8, 13, 31))),
    ("20250408500198", "사회", Story(
        "수도권 광역버스 입석 금지 3년…출근길 '콩나물 버스' 여전",
        "광역버스 입석 금지 조치가 시행된 지 3년이 지났지만 출근 시간대 일부 노선은 여전히 "
        "입석 승객으로 붐빈다.",
        kst(8, 12, 55))),
    ("20250408500184", "국제", Story(
        "일본 총선 앞두고 여당 지지율 20%대 추락",
        "일본 집권 여당의 지지율이 20%대로 떨어졌다. 물가 대책에 대한 불만이 커진 탓이다. "
        "야당은 정권 교체론을 띄우고 있다.",
        kst(8, 12, 10))),
    ("20250408500170", "IT", Story(
        "생성형 AI 검색 이용자 1천만 명…포털 점유율 변화 조짐",
        "생성형 인공지능 검색 서비스의 국내 월간 이용자가 1천만 명을 넘었다. 포털 검색 "
        "점유율에도 변화가 나타나고 있다.",
        kst(8, 11, 26))),
    ("20250408500152", "문화", Story(
        "국립극장 여름 시즌 라인업 공개…창극 신작 3편",
        "국립극장이 여름 시즌 공연 일정을 공개했다. 창극 신작 세 편이 무대에 오르고, "
        "해외 극단 초청 공연도 이어진다.",
        kst(8, 10, 44))),
    ("20250408500139", "경제", Story(
        "편의점 PB 상품 매출 비중 30% 돌파…가성비 소비 확산",
        "편의점의 자체 브랜드 상품 매출 비중이 처음으로 30%를 넘었다. 값싼 간편식과 "
        "생활용품이 매출 증가를 이끌었다.",
        kst(8, 9, 58))),
    ("20250408500121", "사회", Story(
        "전국 첫 '야간 소아 응급 전담' 병원 지정…6곳 운영",
        "야간과 휴일에 아이들을 진료하는 소아 응급 전담 병원 6곳이 처음으로 지정됐다. "
        "밤 11시까지 전문의가 상주한다.",
        kst(8, 9, 3))),
    ("20250407500388", "스포츠", Story(
        "프로농구 정규리그 MVP 후보 3파전…시상식 다음 주",
        "프로농구 정규리그 최우수선수 경쟁이 3파전으로 압축됐다. 기자단 투표 결과는 "
        "다음 주 열리는 시상식에서 발표된다.",
        kst(7, 21, 12))),
)  # fmt: skip
_PLUS_POPULAR = (
    ("20250408500088", "봄철 알레르기 비염 환자 급증…예방법은"),
    ("20250408500231", '"아이 맡길 곳이 없다"…돌봄 공백에 부모 휴직 급증'),
    ("20250407500301", "공무원 시험 경쟁률 30년 만에 최저"),
    ("20250407500255", "K-푸드 수출 역대 최대…라면·김 효자"),
    ("20250406500120", "주말 나들이 명소 10선"),
)


def _plus_path(aid: str) -> str:
    return f"/article/{aid}"


def _plus_json(aid: str, section: str, story: Story) -> dict[str, Any]:
    """One article of the page's state as the site's API gives it (UTC ISO times)."""
    assert story.when is not None
    return {
        "id": aid,
        "title": story.title,
        "subTitle": None,
        "lead": story.lead,
        "url": _plus_path(aid),
        "section": {"id": section, "name": section},
        "thumbnail": {"src": f"https://cdn.dailyplus.example.co.kr/{aid}/thumb.jpg", "alt": ""},
        "publishedAt": story.when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "isPremium": False,
    }


def _plus_state() -> str:
    """The ``__NEXT_DATA__`` JSON: menus, the top block, the paged list and "most read"."""
    data = {
        "props": {
            "pageProps": {
                "menu": [
                    {"title": name, "url": f"/section/{slug}"}
                    for slug, name in (
                        ("politics", "정치"),
                        ("economy", "경제"),
                        ("society", "사회"),
                        ("world", "국제"),
                        ("culture", "문화"),
                        ("sports", "스포츠"),
                    )
                ],
                "topArticles": [_plus_json(*entry) for entry in _PLUS_TOP],
                "articles": {
                    "content": [_plus_json(*entry) for entry in _PLUS_LIST],
                    "page": 1,
                    "size": 8,
                    "totalPages": 250,
                },
                "popular": [
                    {"rank": rank, "title": title, "url": _plus_path(aid)}
                    for rank, (aid, title) in enumerate(_PLUS_POPULAR, start=1)
                ],
            },
            "__N_SSP": True,
        },
        "page": "/latest",
        "query": {},
        "buildId": "h7Gk2pQx9LmN",
        "isFallback": False,
        "gssp": True,
        "scriptLoader": [],
    }
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def build_next_data() -> Layout:
    """A daily whose 최신기사 page is rendered in the browser: the HTML has the header menu,
    a server-side "많이 본 뉴스" box, an ad and the footer around an empty ``<div id="app">``;
    the articles — a two-story top block and the paged list — exist only in
    ``<script id="__NEXT_DATA__">`` (``title``, ``lead``, ``url`` path, ``publishedAt`` UTC
    ISO). Gold: both lists, as a reader sees them once the script has run."""
    page_url = f"{_PLUS_HOST}/latest"
    nav = menu_items(
        (f"/section/{slug}", name)
        for slug, name in (
            ("politics", "정치"), ("economy", "경제"), ("society", "사회"), ("world", "국제"),
            ("culture", "문화"), ("sports", "스포츠"),
        )
    )  # fmt: skip
    popular = ranking_box([(_plus_path(aid), title) for aid, title in _PLUS_POPULAR])
    body = f"""<div id="__next">
<header class="Header_header__x1Yb2"><a href="/" class="Header_logo__k2Q9d">데일리플러스</a>
<nav class="Header_gnb__r8TtZ"><ul>{nav}</ul></nav></header>
<main class="Layout_main__p3Lm0">
<div id="app"></div>
<aside class="Layout_aside__Qw7e1">
{popular}
{ad_slot("AdSlot_box__t3Xc9", "AD", 61207, "dailyplus_latest")}
</aside>
</main>
{company_footer(_PLUS_HOST, "데일리플러스", FOOTER_LINKS)}
</div>
<script id="__NEXT_DATA__" type="application/json">{_plus_state()}</script>
<script src="/_next/static/chunks/main-5f2c1a9b.js" defer></script>
<script src="/_next/static/chunks/pages/latest-0c9e7d21.js" defer></script>"""
    html = html_document("최신기사 | 데일리플러스", body, lang="ko")
    gold = [gold_item(page_url, _plus_path(aid), story) for aid, _, story in _PLUS_TOP + _PLUS_LIST]
    return korean_layout(
        "ko-next-data",
        'client-rendered listing: empty <div id="app">, the articles only in __NEXT_DATA__ '
        "(topArticles + articles.content, publishedAt UTC ISO), SSR ranking box",
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 7. A list marked up with schema.org microdata
# --------------------------------------------------------------------------------------------

_SEOUL_HOST = "https://www.seoulmail.example.co.kr"
# (article id, story); shown as "04.08 14:20", declared with an offset in microdata
_SEOUL_STORIES = (
    (1055821, Story(
        "서울시, 노후 공공임대 1만 가구 재건축 착수",
        "서울시가 준공 30년이 넘은 공공임대주택 1만 가구의 재건축에 나선다. 재건축 뒤에는 "
        "가구 수를 두 배 가까이 늘릴 계획이다.",
        kst(8, 14, 20))),
    (1055809, Story(
        "한강 리버버스 시범 운항 첫날…출근 시간 단축 '글쎄'",
        "한강 리버버스가 시범 운항을 시작했다. 첫날 이용객들은 풍경은 좋지만 출근 시간이 크게 "
        "줄지는 않았다는 반응을 보였다.",
        kst(8, 13, 42))),
    (1055797, Story(
        "[단독] 구청 예산 쪼개기 수의계약 3년간 200건",
        "한 자치구가 최근 3년 동안 예산을 쪼개 수의계약을 맺은 사례가 200건에 이르는 것으로 "
        "확인됐다. 같은 업체와 반복해 계약한 사례도 적지 않았다.",
        kst(8, 12, 58))),
    (1055785, Story(
        "지하철 9호선 급행 증편…혼잡도 150%대로 낮춘다",
        "지하철 9호선 급행열차가 이달 말부터 하루 12회 늘어난다. 시는 출근 시간대 혼잡도를 "
        "150%대로 낮출 수 있을 것으로 기대했다.",
        kst(8, 11, 37))),
    (1055772, Story(
        "서울 아파트 거래량 석 달째 증가…강남3구 신고가 잇따라",
        "서울 아파트 거래량이 석 달째 늘고 있다. 강남3구를 중심으로 신고가 거래도 이어지고 "
        "있다. 대출 금리가 내려가면서 매수 문의도 늘었다.",
        kst(8, 10, 3))),
    (1055760, Story(
        "동네 도서관 심야 운영 확대…밤 11시까지 문 연다",
        "서울 시내 구립 도서관 20곳이 이달부터 밤 11시까지 문을 연다. 퇴근 뒤 "
        "도서관을 찾는 직장인들의 요청을 반영했다.",
        kst(8, 8, 50))),
    (1055731, Story(
        "청계천 복원 20년…생태계 회복 '절반의 성공'",
        "청계천 복원 20년을 맞아 생태계를 조사한 결과 어류와 조류는 크게 늘었지만 인공 "
        "하천의 한계도 뚜렷한 것으로 나타났다.",
        kst(7, 19, 10))),
    (1055718, Story(
        "자치구 공공 산후조리원 이용료 절반으로 인하",
        "자치구가 운영하는 공공 산후조리원 이용료가 다음 달부터 절반으로 내린다. "
        "셋째 아이부터는 이용료를 전액 면제한다.",
        kst(7, 16, 25))),
)  # fmt: skip
_SEOUL_POPULAR = (
    (1055700, "서울 봄꽃 명소 개화 지도…이번 주말 절정"),
    (1055821, "서울시, 노후 공공임대 1만 가구 재건축 착수"),
    (1055655, "출퇴근 따릉이 이용 역대 최다"),
    (1055640, "[사설] 수도권 집중, 언제까지 방치할 건가"),
)
_SEOUL_PICKS = (
    (1055601, "[기획] 서울의 골목 상권, 다시 살아날까"),
    (1055588, "[인터뷰] 25년째 한강을 지키는 수난구조대원"),
)


def _seoul_href(aid: int) -> str:
    return f"/news/articleView.html?idxno={aid}"


def _seoul_item(aid: int, story: Story) -> str:
    assert story.when is not None and story.lead is not None
    href = _seoul_href(aid)
    return (
        '<article class="list-item" itemscope itemtype="https://schema.org/NewsArticle">\n'
        f'<meta itemprop="mainEntityOfPage" content="{_SEOUL_HOST}{href}">\n'
        f'<a href="{href}" class="thumb" itemprop="url"><img itemprop="image" '
        f'src="https://cdn.seoulmail.example.co.kr/news/thumbnail/{aid}_300.jpg" alt=""></a>\n'
        '<div class="list-text">\n'
        f'<h4 class="list-title" itemprop="headline"><a href="{href}">{story.headline_html}'
        "</a></h4>\n"
        f'<p class="list-summary" itemprop="description">{escape_html(story.lead)}</p>\n'
        '<div class="list-info"><span class="byline" itemprop="author" itemscope '
        'itemtype="https://schema.org/Person"><span itemprop="name">서울메일</span></span>\n'
        f'<time class="list-date" itemprop="datePublished" content="{story.when.isoformat()}">'
        f"{story.when:%m.%d %H:%M}</time></div>\n"
        "</div>\n</article>"
    )


def build_microdata() -> Layout:
    """A city daily's list marked up with schema.org microdata: ``article[itemscope
    itemtype=NewsArticle]`` with ``itemprop="headline"``, ``itemprop="description"`` and
    ``<time itemprop="datePublished" content="2025-04-08T14:20:00+09:00">04.08 14:20</time>``
    (a ``content`` attribute, not ``datetime``); a year-less display time."""
    page_url = f"{_SEOUL_HOST}/news/articleList.html?sc_section_code=S1N2"
    nav = menu_items(
        (f"/news/articleList.html?sc_section_code=S1N{n}", name)
        for n, name in enumerate(("정치", "시정", "자치구", "경제", "사회", "문화"), start=1)
    )
    items = "\n".join(_seoul_item(*entry) for entry in _SEOUL_STORIES)
    popular = ranking_box([(_seoul_href(aid), title) for aid, title in _SEOUL_POPULAR])
    picks = link_list(
        ((_seoul_href(aid), title) for aid, title in _SEOUL_PICKS),
        '<li><a href="{href}">{title}</a></li>',
    )
    body = f"""<div id="user-wrap">
<header id="user-header"><div class="logo"><a href="/">서울메일</a></div>
<nav class="header-menu"><ul>{nav}</ul></nav></header>
<div id="user-container">
<section class="content">
<header class="article-list-header"><h2>시정</h2></header>
<div class="article-list" itemscope itemtype="https://schema.org/ItemList">
{items}
</div>
{pagination("/news/articleList.html?sc_section_code=S1N2&amp;page={n}")}
</section>
<aside class="aside">
{popular}
<div class="editor-pick"><h3 class="box_tit">에디터 추천</h3><ul>{picks}</ul></div>
{ad_slot("banner-aside", "광고", 52210, "seoulmail_aside")}
</aside>
</div>
{company_footer(_SEOUL_HOST, "서울메일", FOOTER_LINKS)}
</div>"""
    html = html_document("시정 - 서울메일", body, lang="ko")
    gold = [gold_item(page_url, _seoul_href(aid), story) for aid, story in _SEOUL_STORIES]
    return korean_layout(
        "ko-microdata",
        "schema.org microdata list: article[itemscope NewsArticle], itemprop headline / "
        'description, <time itemprop=datePublished content="…+09:00">04.08 14:20</time>',
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 8. A wire-style timeline: bare clocks under date headings
# --------------------------------------------------------------------------------------------

_TONGSIN_HOST = "https://www.hanmaeum.example.co.kr"
# (date heading's day, article number, story); leads are not shown in a timeline; the
# numbers carry no date, so a clock's day comes only from its heading
_TONGSIN_STORIES = (
    (8, 3921458, Story("정부, 내일 비상경제장관회의…수출 지원책 논의", None, kst(8, 14, 52))),
    (8, 3921447, Story("[속보] 코스피 2,600선 회복 마감", None, kst(8, 14, 31))),
    (8, 3921430, Story("경찰, 보이스피싱 총책 해외 송환…국내 조직원 30명 검거", None,
                       kst(8, 13, 47))),
    (8, 3921412, Story("기상청 \"내일 전국 비…강원 산지 최대 5㎝ 눈\"", None, kst(8, 13, 5))),
    (8, 3921398, Story("국회 법사위, 상법 개정안 두고 여야 공방", None, kst(8, 12, 9))),
    (8, 3921371, Story("대학 등록금 동결 기조 흔들…사립대 절반 인상", None, kst(8, 10, 44))),
    (8, 3921340, Story("새벽 도심 상가 화재…인명 피해 없어", None, kst(8, 6, 15))),
    (7, 3921302, Story("미 연준 인사 \"관세 물가 영향 일시적일 것\"", None, kst(7, 23, 40))),
    (7, 3921287, Story("프로야구 선두 다툼 치열…상위 4팀 1경기 차", None, kst(7, 21, 5))),
    (7, 3921255, Story("전국 초중고 석면 철거 연내 마무리 못 해", None, kst(7, 17, 20))),
    (7, 3921231, Story("외교부, 중동 지역 여행경보 일부 하향 조정", None, kst(7, 14, 10))),
    (7, 3921204, Story("택시 기본요금 인상안 공청회…시민단체 반발", None, kst(7, 11, 30))),
)  # fmt: skip
_TONGSIN_POPULAR = (
    (3921322, "올해 첫 황사 위기경보…수도권 미세먼지 '나쁨'"),
    (3921447, "[속보] 코스피 2,600선 회복 마감"),
    (3921270, "로또 1등 당첨금 27억 원…당첨 판매점은"),
    (3921240, "'국민 간식' 떡볶이 가격 1년 새 10% 올라"),
    (3921105, "이번 주 전국 날씨…주 후반 초여름 더위"),
)
_WEEKDAYS = "월화수목금토일"


def _tongsin_href(code: int) -> str:
    return f"/view/{code}?section=news&amp;site=timeline"


def _tongsin_group(day: int) -> str:
    date = datetime(2025, 4, day, tzinfo=KST)
    rows = "\n".join(
        f'<li><span class="txt-time">{story.when:%H:%M}</span>'
        f'<a href="{_tongsin_href(code)}" class="tit-news">{escape_html(story.title)}</a></li>'
        for d, code, story in _TONGSIN_STORIES
        if d == day and story.when is not None
    )
    return (
        f'<div class="date-group"><h3 class="tit-date">{date:%Y.%m.%d} '
        f"({_WEEKDAYS[date.weekday()]})</h3>\n"
        f'<ul class="list-timeline">\n{rows}\n</ul></div>'
    )


def build_dated_timeline() -> Layout:
    """A wire service's 전체기사 timeline: ``div.date-group`` blocks, each an ``h3.tit-date``
    heading "2025.04.08 (화)" over ``ul.list-timeline > li`` with only a clock
    (``span.txt-time`` "14:52") and the headline link; yesterday's group follows today's, so
    its clocks belong to 04-07. Links carry ``section``/``site`` parameters a reader drops."""
    page_url = f"{_TONGSIN_HOST}/news/timeline"
    nav = menu_items(
        (f"/{slug}/all", name)
        for slug, name in (
            ("politics", "정치"), ("economy", "경제"), ("society", "사회"), ("nk", "북한"),
            ("world", "세계"), ("culture", "문화"), ("sports", "스포츠"),
        )
    )  # fmt: skip
    groups = "\n".join(_tongsin_group(day) for day in (8, 7))
    popular = ranking_box([(_tongsin_href(code), title) for code, title in _TONGSIN_POPULAR])
    body = f"""<div id="container">
<header class="header-wrap"><h1 class="logo"><a href="/">한마음통신</a></h1>
<nav class="nav-main"><ul>{nav}</ul></nav></header>
<div class="content-wrap">
<div class="section01">
<h2 class="tit-page">전체 기사</h2>
<div class="timeline-box">
{groups}
</div>
<div class="btn-more"><a href="/news/timeline?page=2">이전 기사 더보기</a></div>
</div>
<aside class="section02">
{popular}
{ad_slot("aside-ad", "AD", 77012, "hanmaeum_timeline")}
</aside>
</div>
{company_footer(_TONGSIN_HOST, "한마음통신", FOOTER_LINKS)}
</div>"""
    html = html_document("전체 기사 | 한마음통신", body, lang="ko")
    gold = [
        gold_item(
            page_url, _tongsin_href(code).replace("&amp;", "&"), story, drop=("section", "site")
        )
        for _, code, story in _TONGSIN_STORIES
    ]
    return korean_layout(
        "ko-dated-timeline",
        'wire 전체기사 timeline: div.date-group > h3.tit-date "2025.04.08 (화)" over '
        'ul.list-timeline > li with span.txt-time "14:52" + a.tit-news, no leads',
        html,
        page_url,
        gold,
    )


BUILDERS: tuple[Builder, ...] = (
    build_paywall_economic, build_broadcaster_vod, build_sports_portal, build_photo_news,
    build_flat_dl_newsroom, build_next_data, build_microdata, build_dated_timeline,
)  # fmt: skip
