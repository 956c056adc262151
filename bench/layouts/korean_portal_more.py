"""A seventh set of Korean listing layouts: a portal's press home, the government's policy
news, an English-language daily's section page and an economic weekly's issue list.

Each builder returns a whole page in the shape of one family — a news portal's 언론사 홈 (one
press outlet's home inside the portal: a press header with its 구독 button and tabs, "주요뉴스"
cards the outlet picked, then a "최신뉴스" list of whole-card links printed "23분 전"), the
central government's policy-briefing 정책뉴스 list (``ul.list > li`` with the issuing ministry
in ``span.source`` and a date-only ``span.date`` beside a left 카테고리 menu), a Korean
English-language daily's section page of ``div.list_article_area`` blocks (headline, linked
lead and a byline line ending in "2025-04-08 14:05" on the KST clock, a language switcher with
"한국어판") and an economic weekly magazine's list of one ``dl.article_list`` per article under
a 표지 이야기 (cover story) box, every article dated only by its issue ("제1781호 |
2025.04.07 | 김철수 기자") — with the chrome real pages carry around the list (portal and site
menus, "많이 본 뉴스" / "Most Popular" boxes, reporter and recommendation boxes, ads, a
정기구독 banner, pagination, footers). Hosts, headlines, leads and names are invented.

Every page is fetched at 2025-04-08 15:00 KST and printed on the KST clock. Gold times are
the instants the page states: a relative time ("23분 전", "3시간 전", "1일 전") counted back
from the fetch time, a printed date and clock ("2025-04-08 14:05") read on KST. A date
without a time of day (a policy item's "2025.04.08", a magazine issue date) gives no gold
timestamp.
"""

# ruff: noqa: E501

from __future__ import annotations

from . import Builder, Layout
from .korean_chrome import (
    FETCHED_AT,
    FOOTER_LINKS,
    ad_slot,
    company_footer,
    korean_layout,
    pagination,
)
from .markup import (
    Story,
    ago,
    escape_html,
    gold_item,
    html_document,
    kst,
    lead_html,
    link_list,
    menu_items,
)

# --------------------------------------------------------------------------------------------
# 1. A portal's 언론사 홈: one press outlet's home inside the portal
# --------------------------------------------------------------------------------------------

_PH_PORTAL = "https://news.hanul-portal.example.com"
_PH_MEDIA = "https://media.hanul-portal.example.com"
_PH_OID = "469"
_PH_PRESS = "대한아침일보"
_PH_VIEW = "https://n.news.hanul-portal.example.com/mnews/article/469/{aid}"
# (article id, shown time, story): the "주요뉴스" cards the press picked; the first is the big one
_PH_EDIT = (
    ("0000851902", "2시간 전", Story(
        "[단독] 지방 국립대 10곳 \"의대 정원 자율 감축\"…교육부에 공동 건의",
        "지방 거점 국립대 10곳이 내년도 의대 모집 정원을 자율적으로 줄이겠다는 뜻을 "
        "교육부에 공동으로 전달한 것으로 확인됐다.",
        ago(FETCHED_AT, hours=2))),
    ("0000851877", "3시간 전", Story(
        "전세사기 피해자 1년 새 두 배…경매 유예 끝나자 '줄도산' 우려",
        None, ago(FETCHED_AT, hours=3))),
    ("0000851860", "4시간 전", Story(
        "\"반도체 보조금 없인 못 버틴다\"…소부장 기업 절반 투자 연기",
        None, ago(FETCHED_AT, hours=4))),
    ("0000851811", "6시간 전", Story(
        "[르포] 벚꽃 지자 텅 빈 상가…진해 군항제 뒤 골목의 한숨",
        None, ago(FETCHED_AT, hours=6))),
    ("0000851754", "9시간 전", Story(
        "[사설] 추경 논의, 선거용 현금 살포가 돼선 안 된다",
        None, ago(FETCHED_AT, hours=9))),
)  # fmt: skip
# (article id, shown time, story): the "최신뉴스" list, newest first
_PH_LATEST = (
    ("0000851951", "8분 전", Story(
        "서울 아파트 거래량 석 달 연속 증가…강남 3구 신고가 잇따라",
        "서울 아파트 매매 거래량이 석 달 연속 늘었다. 토지거래허가구역 해제 이후 강남 3구에서 "
        "신고가 거래가 잇따랐다.",
        ago(FETCHED_AT, minutes=8))),
    ("0000851948", "23분 전", Story(
        "법원, 대형 유통사 회생계획 인가…협력업체 대금 70% 변제",
        "서울회생법원이 대형 유통사의 회생계획안을 인가했다. 협력업체 상거래 채권은 70%가 "
        "현금으로 변제된다.",
        ago(FETCHED_AT, minutes=23))),
    ("0000851940", "41분 전", Story(
        "수도권 광역버스 요금 300원 인상 확정…다음 달 15일부터",
        "수도권 광역버스 기본요금이 다음 달 15일부터 300원 오른다. 경기도와 인천시는 "
        "청소년·어르신 할인 폭을 늘리기로 했다.",
        ago(FETCHED_AT, minutes=41))),
    ("0000851931", "1시간 전", Story(
        "\"AI 교과서 효과 검증 먼저\"…교원단체, 도입 속도 조절 요구",
        "교원단체들이 AI 디지털교과서의 학습 효과를 먼저 검증해야 한다며 교육부에 도입 속도를 "
        "늦출 것을 요구했다.",
        ago(FETCHED_AT, hours=1))),
    ("0000851925", "1시간 전", Story(
        "해양경찰, 서해 불법조업 중국어선 3척 나포…올해 들어 최다",
        "해양경찰이 서해 배타적경제수역에서 불법조업을 하던 중국어선 3척을 나포했다. 올해 "
        "들어 하루 나포 건수로는 가장 많다.",
        ago(FETCHED_AT, hours=1))),
    ("0000851919", "2시간 전", Story(
        "1분기 가계대출 5조 원 늘어…주담대가 증가세 주도",
        "1분기 금융권 가계대출이 5조 원가량 늘었다. 주택담보대출이 증가세를 이끌었고 신용대출은 "
        "소폭 줄었다.",
        ago(FETCHED_AT, hours=2))),
    ("0000851902", "2시간 전", Story(
        "[단독] 지방 국립대 10곳 \"의대 정원 자율 감축\"…교육부에 공동 건의",
        "지방 거점 국립대 10곳이 내년도 의대 모집 정원을 자율적으로 줄이겠다는 뜻을 "
        "교육부에 공동으로 전달한 것으로 확인됐다.",
        ago(FETCHED_AT, hours=2))),
    ("0000851895", "3시간 전", Story(
        "프로야구 개막 2주 만에 관중 100만…역대 최소 경기 기록",
        "프로야구가 개막 2주 만에 누적 관중 100만 명을 넘어섰다. 역대 가장 적은 경기 수로 "
        "세운 기록이다.",
        ago(FETCHED_AT, hours=3))),
    ("0000851884", "3시간 전", Story(
        "청년 월세 지원 신청 첫날 접속 폭주…홈페이지 한때 마비",
        "청년 월세 특별지원 신청 첫날 접속자가 몰리면서 신청 홈페이지가 한때 마비됐다. "
        "국토교통부는 신청 기간을 2주 연장했다.",
        ago(FETCHED_AT, hours=3))),
    ("0000851870", "4시간 전", Story(
        "환율 1,470원 돌파…외국인 8거래일 연속 순매도",
        "원·달러 환율이 장중 1,470원을 넘어섰다. 외국인 투자자는 8거래일 연속 국내 주식을 "
        "순매도했다.",
        ago(FETCHED_AT, hours=4))),
    ("0000851842", "5시간 전", Story(
        "경찰, 공공기관 사칭 '노쇼' 사기 조직 총책 구속",
        "군부대와 공공기관을 사칭해 식당에 대량 주문을 넣은 뒤 물품 대금을 가로챈 사기 조직의 "
        "총책이 구속됐다.",
        ago(FETCHED_AT, hours=5))),
    ("0000851820", "6시간 전", Story(
        "황사 걷히자 낮 최고 22도…내일 전국 봄비",
        "황사가 물러가고 낮 기온이 22도까지 올랐다. 내일은 전국에 5~20㎜의 봄비가 내리겠다.",
        ago(FETCHED_AT, hours=6))),
    ("0000851733", "10시간 전", Story(
        "[오늘의 운세] 4월 8일 화요일",
        None, ago(FETCHED_AT, hours=10))),
    ("0000851612", "1일 전", Story(
        "[인터뷰] \"섬마을 분교, 아이 한 명이라도 지켜야죠\"",
        "전교생 세 명인 섬마을 분교를 12년째 지키고 있는 교사를 만났다.",
        ago(FETCHED_AT, days=1))),
)  # fmt: skip
# (article id, title as the ranking box words it, views)
_PH_RANKING = (
    ("0000851902", '지방 국립대 10곳 "의대 정원 자율 감축" 공동 건의', "18만"),
    ("0000851402", '"연봉 8천인데 실수령 500만원"…월급 명세서 받아보니', "12만"),
    ("0000851877", "전세사기 피해자 1년 새 두 배…경매 유예 끝나자 '줄도산' 우려", "9만"),
    ("0000851951", "서울 아파트 거래량 석 달 연속 증가…강남 3구 신고가 잇따라", "7만"),
    ("0000851390", '로또 1등 당첨자 "회사엔 말 안 했다"', "6만"),
)
_PH_REPORTERS = (
    ("50112", "김도윤 기자", "교육·노동"),
    ("50187", "이서현 기자", "부동산"),
    ("50231", "박준호 기자", "금융"),
)


def _ph_time(when: str) -> str:
    return f'<span class="r_ico_b r_modify"><span class="is_blind">기사입력</span>{when}</span>'


def _ph_edit_card(aid: str, when: str, story: Story, big: bool) -> str:
    url = _PH_VIEW.format(aid=aid)
    lede = f'<span class="press_edit_news_lede">{lead_html(story)}</span>' if big else ""
    cls = " is_big" if big else ""
    return (
        f'<li class="press_edit_news_item{cls}"><a href="{url}" class="press_edit_news_link _es_pc_link" data-clk="pcm.edit">'
        f'<span class="press_edit_news_thumb"><img src="https://imgnews.hanul-portal.example.com/image/469/2025/04/08/{aid}_001.jpg" width="{280 if big else 128}" alt=""></span>'
        f'<span class="press_edit_news_text"><span class="press_edit_news_title">{story.headline_html}</span>{lede}'
        f'<span class="press_edit_news_info">{_ph_time(when)}</span></span></a></li>'
    )


def _ph_latest_item(aid: str, when: str, story: Story) -> str:
    url = _PH_VIEW.format(aid=aid)
    lede = (
        f'<span class="press_news_lede">{lead_html(story)}</span>' if story.lead is not None else ""
    )
    comments = int(aid[-3:]) % 83
    return (
        f'<li class="press_news_item"><a href="{url}" class="press_news_link _es_pc_link" data-clk="pcm.latest">'
        f'<span class="press_news_thumb"><img src="https://imgnews.hanul-portal.example.com/image/469/2025/04/08/{aid}_001.jpg" width="96" height="64" alt="" onerror="this.parentNode.style.display=\'none\'"></span>'
        f'<span class="press_news_text"><span class="press_news_title">{story.headline_html}</span>{lede}'
        f'<span class="press_news_info">{_ph_time(when)}'
        f'<span class="press_news_cmt"><span class="is_blind">댓글</span>{comments}</span></span></span></a></li>'
    )


def build_portal_press_home() -> Layout:
    """A news portal's 언론사 홈 for one press outlet: the portal's GNB, a press header (logo,
    ``h2.press_hd_name``, subscriber count, a 구독 button, the outlet's own site link) with
    tabs (홈/기사/랭킹/기자/연재), "주요뉴스" whole-card links
    (``a.press_edit_news_link > span.press_edit_news_title``, the first with a lede) and a
    "최신뉴스" list (``ul.press_news_list > li > a.press_news_link`` with thumbnail,
    ``span.press_news_title``, ``span.press_news_lede`` and ``span.r_modify`` "23분 전"
    after a hidden "기사입력", plus a hidden-labelled comment count). One 주요뉴스 story is
    listed again in 최신뉴스 (one gold item). Chrome: "이 언론사 많이 본 뉴스" with ranks and
    views (one headline reworded), a 기자 구독 box, ads, the portal footer."""
    page_url = f"{_PH_MEDIA}/press/{_PH_OID}"
    gnb = menu_items(
        (f"{_PH_PORTAL}/section/{sid}", name)
        for sid, name in (
            ("home", "뉴스홈"), ("100", "정치"), ("101", "경제"), ("102", "사회"),
            ("103", "생활/문화"), ("105", "IT/과학"), ("104", "세계"), ("ranking", "랭킹"),
            ("newspaper", "신문보기"), ("opinion", "오피니언"), ("tv", "TV"), ("factcheck", "팩트체크"),
        )
    )  # fmt: skip
    tabs = menu_items(
        (f"{_PH_MEDIA}/press/{_PH_OID}{suffix}", name)
        for suffix, name in (
            ("", "홈"), ("/newspaper", "신문보기"), ("/ranking", "랭킹"), ("/journalist", "기자"),
            ("/series", "연재"), ("/subscribe", "구독 정보"),
        )
    )  # fmt: skip
    edit = "\n".join(
        _ph_edit_card(aid, when, story, n == 0) for n, (aid, when, story) in enumerate(_PH_EDIT)
    )
    latest = "\n".join(_ph_latest_item(*entry) for entry in _PH_LATEST)
    ranking = "".join(
        f'<li class="press_ranking_item"><a href="{_PH_VIEW.format(aid=aid)}" class="press_ranking_link">'
        f'<em class="list_ranking_num">{rank}</em><div class="list_content"><strong class="list_title">'
        f'{escape_html(title)}</strong><span class="list_view">조회수 {views}</span></div></a></li>'
        for rank, (aid, title, views) in enumerate(_PH_RANKING, start=1)
    )
    reporters = "".join(
        f'<li class="journalist_item"><a href="{_PH_MEDIA}/journalist/{_PH_OID}/{jid}" class="journalist_link">'
        f'<img src="https://imgnews.hanul-portal.example.com/journalist/{jid}.jpg" alt="">'
        f'<strong class="journalist_name">{escape_html(name)}</strong><span class="journalist_desk">{desk}</span></a>'
        f'<button type="button" class="journalist_subscribe _JOURNALIST_SUBSCRIBE" data-id="{jid}">구독</button></li>'
        for jid, name, desk in _PH_REPORTERS
    )
    body = f"""<div id="u_skip"><a href="#ct">본문 바로가기</a></div>
<div id="wrap">
<header class="Ngnb"><div class="Ngnb_inner"><h1 class="Nlogo"><a href="https://www.hanul-portal.example.com/" class="Nlogo_link">하늘</a>
<a href="{_PH_PORTAL}/" class="Nlogo_news">뉴스</a></h1>
<nav class="Nlnb"><ul class="Nlist">{gnb}</ul></nav>
<div class="Ngnb_tool"><a href="https://nid.hanul-portal.example.com/login?url={page_url}" class="Nbtn_login">로그인</a></div></div></header>
<div id="ct" class="press_wrap">
<div class="press_hd">
<div class="press_hd_main"><a href="https://www.daehan-morning.example.co.kr/" class="press_hd_logo" target="_blank"><img src="https://imgnews.hanul-portal.example.com/logo/469_w.png" alt="{_PH_PRESS}"></a>
<div class="press_hd_info"><h2 class="press_hd_name">{_PH_PRESS}</h2>
<p class="press_hd_desc">구독자 <strong>152,301</strong>명 · 응원수 <strong>9,812</strong></p>
<button type="button" class="press_hd_subscribe _SUBSCRIBE_BUTTON" data-press="{_PH_OID}"><span class="is_blind">{_PH_PRESS}</span>구독</button>
<a href="https://www.daehan-morning.example.co.kr/" class="press_hd_home" target="_blank">언론사 홈페이지</a></div></div>
<ul class="press_hd_tab">{tabs}</ul></div>
<div class="press_main">
<section class="press_edit_news"><div class="press_section_hd"><h3 class="press_section_title">주요뉴스</h3>
<p class="press_section_desc">해당 언론사에서 선정하며 <em>언론사 페이지(아웃링크)</em>로 이동해 볼 수 있습니다.</p></div>
<ul class="press_edit_news_list">
{edit}
</ul></section>
{ad_slot("press_ad _AD_BANNER", "광고", 71203, "press_home_middle")}
<section class="press_news"><div class="press_section_hd"><h3 class="press_section_title">최신뉴스</h3></div>
<ul class="press_news_list">
{latest}
</ul>
<a href="{_PH_MEDIA}/press/{_PH_OID}/newspaper" class="press_more_btn">기사 더보기</a></section>
</div>
<aside class="press_aside">
<section class="press_ranking"><div class="press_section_hd"><h3 class="press_section_title">이 언론사 많이 본 뉴스</h3>
<span class="press_ranking_time">오후 2시~3시까지 집계한 결과입니다.</span></div>
<ol class="press_ranking_list">{ranking}</ol>
<a href="{_PH_MEDIA}/press/{_PH_OID}/ranking" class="press_more_link">랭킹 더보기</a></section>
<section class="press_journalist"><div class="press_section_hd"><h3 class="press_section_title">이 언론사 기자 구독</h3></div>
<ul class="journalist_list">{reporters}</ul></section>
{ad_slot("aside_ad", "AD", 71208, "press_home_aside")}
</aside>
</div>
<footer class="Nfooter"><ul class="Nfooter_list">
<li><a href="{_PH_PORTAL}/policy/provision">서비스약관</a></li><li><a href="{_PH_PORTAL}/policy/privacy"><strong>개인정보처리방침</strong></a></li>
<li><a href="{_PH_PORTAL}/policy/youth">청소년보호정책</a></li><li><a href="{_PH_PORTAL}/policy/editing">뉴스 편집원칙</a></li>
<li><a href="https://help.hanul-portal.example.com/news">고객센터</a></li></ul>
<p class="Nfooter_copy">기사 섹션 분류 안내: 기사의 섹션 정보는 해당 언론사의 분류를 따르고 있습니다.</p>
<p class="Nfooter_copy">Copyright © HANUL Corp. All Rights Reserved.</p></footer>
</div>"""
    html = html_document(f"{_PH_PRESS} : 하늘뉴스", body, lang="ko")
    seen: set[str] = set()
    gold = []
    for aid, _, story in _PH_EDIT + _PH_LATEST:
        if aid in seen:
            continue
        seen.add(aid)
        gold.append(gold_item(page_url, _PH_VIEW.format(aid=aid), story))
    return korean_layout(
        "ko-portal-press-home",
        "portal's 언론사 홈 of one press: press header with 구독 button and tabs, 주요뉴스 "
        "whole-card links (a.press_edit_news_link > span.press_edit_news_title), 최신뉴스 "
        'ul.press_news_list > li > a with span.press_news_lede and span.r_modify "23분 전", '
        '"이 언론사 많이 본 뉴스" ranking with views, 기자 구독 box',
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 2. The central government's policy-briefing news list (정책뉴스)
# --------------------------------------------------------------------------------------------

_PB_HOST = "https://www.policy-briefing.example.go.kr"
# (news id, ministry, date shown, has photo, story); dates only, no time of day
_PB_NEWS = (
    (148941288, "문화체육관광부", "2025.04.08", True, Story(
        "봄 여행주간 4월 26일 개막…전국 숙박 할인권 30만 장 배포",
        "문화체육관광부가 4월 26일부터 5월 11일까지 봄 여행주간을 운영한다. 전국 숙박 할인권 "
        "30만 장을 배포하고 지역 축제와 연계한 여행 상품도 선보인다.",
        None)),
    (148941281, "기획재정부", "2025.04.08", True, Story(
        "1분기 재정 신속집행 목표 초과 달성…일자리 사업 집행률 41%",
        "정부가 1분기 재정 신속집행 목표를 초과 달성했다. 직접 일자리 사업의 집행률은 41%로 "
        "지난해보다 5%포인트 높았다.",
        None)),
    (148941270, "보건복지부", "2025.04.08", True, Story(
        "[카드뉴스] 노인 일자리 신청, 이렇게 하세요",
        "올해 노인 일자리 사업 신청 방법과 자격 요건, 활동비 지급 방식을 카드뉴스로 정리했습니다.",
        None)),
    (148941262, "국토교통부", "2025.04.08", False, Story(
        "수도권 광역급행철도 B노선 착공…2030년 개통 목표",
        "수도권 광역급행철도 B노선이 착공식을 열고 본격적인 공사에 들어갔다. 개통되면 인천 "
        "송도에서 서울역까지 30분 안에 닿는다.",
        None)),
    (148941255, "고용노동부", "2025.04.08", True, Story(
        "청년 일자리 도약 장려금 지원 대상 확대…5인 미만 기업도 신청",
        "고용노동부가 청년 일자리 도약 장려금의 지원 대상을 5인 미만 기업까지 넓힌다.",
        None)),
    (148941240, "농림축산식품부", "2025.04.07", True, Story(
        "봄철 산불 피해 농가에 재해복구비 1천억 원 긴급 지원",
        "농림축산식품부가 봄철 산불로 피해를 입은 농가에 재해복구비 1천억 원을 긴급 지원한다. "
        "시설 복구비와 생계비를 이달 안에 지급한다.",
        None)),
    (148941233, "행정안전부", "2025.04.07", True, Story(
        "[정책 바로보기] 주민등록증 모바일 발급, 무엇이 달라지나",
        "모바일 주민등록증 발급이 전국으로 확대됩니다. 발급 방법과 사용처, 보안 대책을 "
        "문답으로 알아봅니다.",
        None)),
    (148941219, "산업통상자원부", "2025.04.07", False, Story(
        "3월 수출 582억 달러, 전년 대비 3.1% 증가…반도체 역대 3월 최대",
        "3월 수출이 582억 달러로 지난해보다 3.1% 늘었다. 반도체 수출은 3월 기준 역대 최대를 "
        "기록했다.",
        None)),
    (148941206, "교육부", "2025.04.07", True, Story(
        "늘봄학교 1학년 참여율 80% 넘어…2학년까지 확대 운영",
        "교육부는 늘봄학교에 참여한 초등학교 1학년이 80%를 넘었다며 올해 2학년까지 확대 "
        "운영한다고 밝혔다.",
        None)),
    (148941198, "환경부", "2025.04.07", True, Story(
        "일회용 컵 보증금제 지자체 자율 시행…전국 확대는 유보",
        "환경부가 일회용 컵 보증금제를 지방자치단체가 자율적으로 시행하도록 제도를 바꾼다.",
        None)),
    (148941185, "국가보훈부", "2025.04.04", True, Story(
        "[포토] 대한민국 임시정부 수립 106주년 기념식 예행연습",
        "대한민국 임시정부 수립 기념식을 앞두고 서울 서대문독립공원에서 예행연습이 열렸다.",
        None)),
    (148941170, "중소벤처기업부", "2025.04.04", True, Story(
        "소상공인 전기요금 특별지원 신청 시작…최대 20만 원",
        "연 매출 3억 원 이하 소상공인에게 전기요금을 최대 20만 원까지 지원하는 신청 접수가 "
        "시작됐다.",
        None)),
)  # fmt: skip
_PB_CATEGORIES = (
    ("all", "전체"), ("economy", "경제"), ("society", "사회"), ("culture", "문화"),
    ("diplomacy", "외교·안보"), ("admin", "행정"), ("region", "지역"), ("tech", "과학·기술"),
)  # fmt: skip
_PB_POPULAR = (
    (148941255, "청년 일자리 도약 장려금, 5인 미만 기업도 신청 가능"),
    (148940902, "2025년 달라지는 근로장려금 신청 요건 총정리"),
    (148941233, "모바일 주민등록증 발급, 무엇이 달라지나"),
    (148940877, "[카드뉴스] 4월부터 바뀌는 생활 제도"),
    (148941288, "봄 여행주간 숙박 할인권 30만 장 배포"),
)


def _pb_href(news_id: int) -> str:
    return f"/news/policyNewsView.do?newsId={news_id}&amp;pWise=sub&amp;pWiseSub=B1"


def _pb_item(news_id: int, ministry: str, date: str, photo: bool, story: Story) -> str:
    thumb = (
        f'<span class="thumb"><img src="/newsWeb/resources/attaches/2025.04/08/{news_id}_t.jpg" alt="{escape_html(story.title)}"></span>'
        if photo
        else ""
    )
    return (
        f'<li><a href="{_pb_href(news_id)}">{thumb}'
        f'<span class="text"><strong>{escape_html(story.title)}</strong>'
        f'<span class="lead">{lead_html(story)}</span>'
        f'<span class="info"><span class="source">{escape_html(ministry)}</span>'
        f'<span class="date">{date}</span></span></span></a></li>'
    )


def build_policy_briefing() -> Layout:
    """The central government's policy-briefing 정책뉴스 list: ``div.list_type > ul.list >
    li > a`` each wrapping an optional ``span.thumb`` photo (alt = the headline), ``span.text
    > strong`` title, ``span.lead`` and ``span.info`` with ``span.source`` "문화체육관광부"
    and ``span.date`` "2025.04.08" (date only: no gold time). "[카드뉴스]", "[포토]" and
    "[정책 바로보기]" items are the page's own. Chrome: the government banner strip, a GNB
    mega-menu, a left menu and 카테고리 list, a search form, "많이 본 정책뉴스" (some
    stories reworded), 정책 홍보 banners, pagination, an institutional footer."""
    page_url = f"{_PB_HOST}/news/policyNewsList.do"
    mega = "".join(
        f'<li class="depth1"><a href="{href}">{name}</a><ul class="depth2">'
        + menu_items(subs)
        + "</ul></li>"
        for href, name, subs in (
            ("/news/policyNewsList.do", "뉴스", (
                ("/news/policyNewsList.do", "정책뉴스"), ("/news/pressReleaseList.do", "보도자료"),
                ("/news/factCheckList.do", "사실은 이렇습니다"), ("/news/reporterList.do", "국민이 말하는 정책"),
            )),
            ("/briefing/presidentList.do", "브리핑룸", (
                ("/briefing/presidentList.do", "대통령실 브리핑"), ("/briefing/ministerList.do", "장관 브리핑"),
            )),
            ("/multi/videoList.do", "멀티미디어", (
                ("/multi/videoList.do", "영상"), ("/multi/cardNewsList.do", "카드뉴스"), ("/multi/photoList.do", "사진"),
            )),
            ("/archive/policyList.do", "정책자료", (
                ("/archive/policyList.do", "정책위키"), ("/archive/ebookList.do", "전문자료"),
            )),
        )
    )  # fmt: skip
    lnb = menu_items(
        (
            ("/news/policyNewsList.do", "정책뉴스"), ("/news/pressReleaseList.do", "보도자료"),
            ("/news/factCheckList.do", "사실은 이렇습니다"), ("/news/reporterList.do", "국민이 말하는 정책"),
            ("/news/localNewsList.do", "지자체 뉴스"),
        )
    )  # fmt: skip
    categories = menu_items(
        (f"/news/policyNewsList.do?category={slug}", name) for slug, name in _PB_CATEGORIES
    )
    items = "\n".join(_pb_item(*entry) for entry in _PB_NEWS)
    popular = link_list(
        ((_pb_href(news_id), title) for news_id, title in _PB_POPULAR),
        '<li><span class="num">{rank}</span><a href="{href}">{title}</a></li>',
    )
    body = f"""<div id="skipnav"><a href="#content">본문 바로가기</a></div>
<div class="gov_banner"><img src="/images/common/symbol.png" alt=""> 이 누리집은 대한민국 공식 전자정부 누리집입니다.</div>
<div id="header"><div class="header_top"><ul class="util">
<li><a href="/member/login.do">로그인</a></li><li><a href="/member/join.do">회원가입</a></li>
<li><a href="/etc/sitemap.do">사이트맵</a></li><li><a href="https://www.gov-portal.example.go.kr/" target="_blank">대한민국 정부</a></li></ul>
<h1 class="logo"><a href="/main.do"><img src="/images/common/logo.png" alt="대한민국 정책브리핑"></a></h1></div>
<div id="gnb"><ul class="gnb_menu">{mega}</ul></div></div>
<div id="container">
<div id="lnb"><h2>뉴스</h2><ul class="lnb_menu">{lnb}</ul>
<div class="lnb_category"><h3>카테고리</h3><ul>{categories}</ul></div></div>
<div id="content">
<div class="location"><a href="/main.do">홈</a> &gt; <a href="/news/policyNewsList.do">뉴스</a> &gt; <strong>정책뉴스</strong></div>
<h3 class="page_tit">정책뉴스</h3>
<form class="list_search" action="/news/policyNewsList.do" method="get"><label for="srchWord" class="blind">검색어</label>
<select name="srchType"><option value="title">제목</option><option value="content">내용</option></select>
<input type="text" id="srchWord" name="srchWord"><button type="submit">검색</button></form>
<p class="total">총 <strong>18,422</strong>건 [1/1536 페이지]</p>
<div class="list_type">
<ul class="list">
{items}
</ul></div>
{pagination("/news/policyNewsList.do?pageIndex={n}")}
</div>
<div id="aside">
<div class="popular_box"><h3>많이 본 정책뉴스</h3><ol>{popular}</ol></div>
<div class="banner_box"><h3 class="blind">정책 홍보</h3>
<a href="https://www.youth-policy.example.go.kr/campaign/2025" target="_blank" title="새창"><img src="/images/banner/youth_2025.jpg" alt="청년정책 한눈에 보기"></a>
<a href="https://www.safety-campaign.example.go.kr/" target="_blank" title="새창"><img src="/images/banner/safety.jpg" alt="봄철 산불 예방 캠페인"></a></div>
</div>
</div>
<div id="footer"><ul class="footer_link">
<li><a href="/etc/privacy.do"><strong>개인정보처리방침</strong></a></li><li><a href="/etc/copyright.do">저작권정책</a></li>
<li><a href="/etc/guide.do">이용안내</a></li><li><a href="/etc/rss.do">RSS 서비스</a></li></ul>
<address>(03171) 서울특별시 종로구 세종대로 209 정부서울청사 · 문화체육관광부 국민소통실</address>
<p class="copy">Copyright © Ministry of Culture, Sports and Tourism. All rights reserved.</p></div>"""
    html = html_document("정책뉴스 | 뉴스 | 대한민국 정책브리핑", body, lang="ko")
    gold = [
        gold_item(page_url, _pb_href(news_id).replace("&amp;", "&"), story)
        for news_id, _, _, _, story in _PB_NEWS
    ]
    return korean_layout(
        "ko-policy-briefing",
        "government policy-briefing 정책뉴스: ul.list > li > a wrapping span.thumb + "
        'span.text > strong + span.lead + span.source "문화체육관광부" + span.date "2025.04.08" '
        '(date only), left 카테고리 menu, "많이 본 정책뉴스", 정책 홍보 banners',
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 3. A Korean English-language daily's section page: div.list_article_area blocks
# --------------------------------------------------------------------------------------------

_KT_HOST = "https://www.koreanherald-times.example.co.kr"
# (article path, byline, story); times printed "2025-04-08 14:05" on the KST clock
_KT_TOP = (
    ("/www/nation/2025/04/113_395120.html", "Lee Hae-rin", Story(
        "Constitutional Court ruling sets off 60-day race to snap presidential election",
        "Political parties began drawing up candidate schedules Tuesday after the ruling, "
        "which requires an election to be held within 60 days under the Constitution.",
        kst(8, 14, 32))),
)  # fmt: skip
_KT_STORIES = (
    ("/www/nation/2025/04/113_395117.html", "Jung Da-eun", Story(
        "Seoul subway fares to rise 150 won from June",
        "Seoul Metropolitan Government said Tuesday that basic subway fares will go up "
        "150 won in June, the second increase in less than two years.",
        kst(8, 14, 5))),
    ("/www/nation/2025/04/113_395109.html", "Choi Min-seo", Story(
        "Wildfire victims in North Gyeongsang still in temporary shelters three weeks on",
        "About 1,800 residents remain in gymnasiums and container homes as authorities "
        "struggle to secure land for prefabricated housing.",
        kst(8, 13, 41))),
    ("/www/nation/2025/04/113_395098.html", "Kim Jae-won", Story(
        "Medical students end class boycott at 30 of 40 schools",
        "Students at most medical schools have returned to lectures, the education ministry "
        "said, though many are attending only the minimum required to avoid expulsion.",
        kst(8, 12, 58))),
    ("/www/nation/2025/04/113_395090.html", "Park Ji-hoon", Story(
        "Police raid crypto exchange over suspected wash trading",
        "Investigators seized trading records from a mid-sized exchange suspected of "
        "inflating volumes of several small tokens listed last year.",
        kst(8, 11, 47))),
    ("/www/nation/2025/04/113_395081.html", "Lee Hae-rin", Story(
        "Foreign workers' visa quota raised to record 180,000",
        "The government will admit a record number of non-professional foreign workers this "
        "year, with shipbuilding and agriculture getting larger allocations.",
        kst(8, 10, 20))),
    ("/www/nation/2025/04/113_395066.html", "Jung Da-eun", Story(
        "Yellow dust to clear by Wednesday; rain expected nationwide",
        "Fine dust levels will drop to normal from Wednesday as a rain front moves across "
        "the peninsula, the weather agency forecast.",
        kst(8, 9, 2))),
    ("/www/nation/2025/04/113_395052.html", "Choi Min-seo", Story(
        "[INTERVIEW] Doctor who runs island clinic alone for 15 years",
        "A family physician on a remote island in South Jeolla has treated nearly every "
        "one of its 900 residents; he talks about what keeps him there.",
        kst(8, 7, 30))),
    ("/www/nation/2025/04/113_395031.html", "Kim Jae-won", Story(
        "Court upholds fine for delivery app over unfair fee terms",
        "The Seoul High Court upheld a 2.5 billion won fine imposed on a delivery platform for "
        "forcing restaurants to accept fee conditions.",
        kst(7, 21, 15))),
    ("/www/nation/2025/04/113_395018.html", "Park Ji-hoon", Story(
        "Gyeonggi to offer free bus rides to residents over 70",
        "Gyeonggi Province will give residents aged 70 and older free rides on city buses "
        "from July, joining several other local governments.",
        kst(7, 18, 40))),
    ("/www/nation/2025/04/113_395004.html", "Lee Hae-rin", Story(
        "Number of newborns rises for eighth straight month",
        "Births rose year-on-year for the eighth consecutive month in January, statistics "
        "showed, as more couples who delayed marriage during the pandemic have children.",
        kst(7, 16, 5))),
    ("/www/nation/2025/04/113_394990.html", "Jung Da-eun", Story(
        "Han River ferry service resumes after two-month safety inspection",
        "The city's commuter ferries returned to the river Monday after an inspection found "
        "no structural problems with the vessels.",
        kst(7, 13, 50))),
    ("/www/nation/2025/04/113_394977.html", "Choi Min-seo", Story(
        "Seoul to plant 3 million trees by 2026 in urban forest push",
        "The city plans to create forest strips along major roads and on unused land near "
        "railway tracks to cut summer temperatures.",
        kst(7, 10, 12))),
)  # fmt: skip
_KT_POPULAR = (
    ("/www/nation/2025/04/113_395120.html", "Constitutional Court ruling sets off race to snap election"),
    ("/www/entertainment/2025/04/398_395061.html", "BTS member's solo world tour sells out in minutes"),
    ("/www/nation/2025/04/113_395117.html", "Seoul subway fares to rise 150 won from June"),
    ("/www/biz/2025/04/602_395002.html", "Won slides to 16-year low against dollar"),
    ("/www/opinion/2025/04/137_394951.html", "[Column] What Korea's birth rate data does not tell us"),
)  # fmt: skip
_KT_MORE = (
    ("/www/lifestyle/2025/04/141_394880.html", "[Weekender] Seoul's last public bathhouses"),
    ("/www/nation/2025/04/113_394601.html", "[Photo] Cherry blossoms at night in Yeouido"),
    ("/www/biz/2025/04/602_394822.html", "Hyundai Motor to build second US plant"),
)


def _kt_byline(author: str, story: Story) -> str:
    assert story.when is not None
    slug = author.lower().replace(" ", "").replace("-", "")
    return (
        f'<div class="list_article_byline2"><a href="/www/author/{slug}.html" class="author">By {author}</a>'
        f'<span class="gray">&nbsp;|&nbsp;</span>{story.when:%Y-%m-%d %H:%M}</div>'
    )


def _kt_item(path: str, author: str, story: Story) -> str:
    img = path.rsplit("_", 1)[1].removesuffix(".html")
    return (
        '<div class="list_article_area">\n'
        f'<div class="list_article_thumb"><a href="{path}"><img src="https://img.koreanherald-times.example.co.kr/upload/newsV2/images/202504/{img}_t.jpg" alt=""></a></div>\n'
        f'<div class="list_article_headline LoraMedium"><a href="{path}">{escape_html(story.title)}</a></div>\n'
        f'<div class="list_article_lead"><a href="{path}">{lead_html(story)}</a></div>\n'
        f"{_kt_byline(author, story)}\n"
        "</div>"
    )


def build_english_daily_section() -> Layout:
    """A Korean English-language daily's section page: a section top story
    (``div.section_top`` with headline, lead and byline) over ``div.list_article_area`` blocks
    each holding a thumbnail link, ``div.list_article_headline > a``, a linked
    ``div.list_article_lead`` and ``div.list_article_byline2`` "By Kim Jae-won | 2025-04-08
    14:05" (KST, no zone; the author links a profile page). Chrome: a language switcher with
    Korean names ("한국어판", "중문판"), section GNB, sub-section tabs, "Most Popular" with
    ranks (one headline shortened), a "More from The Times" box, ads, pagination, footer."""
    page_url = f"{_KT_HOST}/www/sublist_113.html"
    gnb = menu_items(
        (f"/www/sublist_{code}.html", name)
        for code, name in (
            ("103", "North Korea"), ("113", "National"), ("602", "Business"), ("123", "Finance"),
            ("137", "Opinion"), ("398", "Entertainment & Arts"), ("141", "Lifestyle"), ("600", "Sports"),
            ("501", "World"),
        )
    )  # fmt: skip
    subs = menu_items(
        (f"/www/sublist_{code}.html", name)
        for code, name in (
            ("113", "All"), ("251", "Politics"), ("281", "Social affairs"), ("371", "Foreign affairs"),
            ("205", "Defense"), ("181", "Embassy"),
        )
    )  # fmt: skip
    top_path, top_author, top = _KT_TOP[0]
    top_thumb = f'<a href="{top_path}"><img src="https://img.koreanherald-times.example.co.kr/upload/newsV2/images/202504/395120_m.jpg" alt=""></a>'
    items = "\n".join(_kt_item(*entry) for entry in _KT_STORIES)
    popular = link_list(
        _KT_POPULAR,
        '<li><span class="popular_num">{rank}</span><a href="{href}" class="popular_tit">{title}</a></li>',
    )
    more = link_list(_KT_MORE, '<li><a href="{href}">{title}</a></li>')
    body = f"""<div id="wrap">
<div class="top_bar"><div class="lang_switch"><a href="https://www.koreanherald-times.example.co.kr/" class="on">English</a>
<a href="https://kor.koreanherald-times.example.co.kr/">한국어판</a><a href="https://cn.koreanherald-times.example.co.kr/">중문판</a></div>
<div class="top_util"><a href="/www/subscribe.html">Subscribe</a> <a href="/www/member/login.html">Log in</a> <a href="/www/search.html">Search</a></div></div>
<header id="header"><h1 class="logo"><a href="/"><img src="/images/logo_times.png" alt="The Korean Herald Times"></a></h1>
<nav class="gnb"><ul>{gnb}</ul></nav></header>
<div id="container">
<div class="list_wrap">
<h2 class="section_title">National</h2>
<ul class="section_sub_tab">{subs}</ul>
<div class="section_top">
<div class="section_top_thumb">{top_thumb}</div>
<div class="section_top_headline LoraMedium"><a href="{top_path}">{escape_html(top.title)}</a></div>
<div class="section_top_lead"><a href="{top_path}">{lead_html(top)}</a></div>
{_kt_byline(top_author, top)}
</div>
{items}
{pagination("/www/sublist_113.html?pagenum={n}", next_text="Next")}
</div>
<div class="aside">
{ad_slot("aside_ad", "AD", 90333, "times_section_top")}
<div class="popular_box"><h3 class="aside_tit">Most Popular</h3><ul>{popular}</ul></div>
<div class="more_box"><h3 class="aside_tit">More from The Times</h3><ul>{more}</ul></div>
{ad_slot("aside_ad", "AD", 90334, "times_section_bottom")}
</div>
</div>
{
        company_footer(
            _KT_HOST,
            "The Korean Herald Times",
            (
                "About Us",
                "Advertise",
                "Terms of Service",
                "Privacy Policy",
                "Youth Protection Policy",
                "Contact Us",
            ),
        )
    }
</div>"""
    html = html_document("National | The Korean Herald Times", body, lang="en")
    gold = [gold_item(page_url, path, story) for path, _, story in _KT_TOP + _KT_STORIES]
    return korean_layout(
        "ko-english-daily-section",
        "Korean English-language daily's section: div.section_top + div.list_article_area "
        "blocks (div.list_article_headline > a, linked div.list_article_lead, "
        'div.list_article_byline2 "By … | 2025-04-08 14:05", KST), "한국어판" language '
        'switcher, "Most Popular"',
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 4. An economic weekly magazine's article list: one dl.article_list per article
# --------------------------------------------------------------------------------------------

_EW_HOST = "https://economyweek.example.co.kr"
# The cover-story package of the current issue: (idxno, story); the first is the cover story
_EW_COVER = (
    (40512, Story(
        "[커버스토리] 관세 전쟁 2라운드…한국 기업의 생존 지도",
        "미국의 상호관세 부과가 현실이 됐다. 자동차·반도체·철강 업계가 현지 생산 확대와 "
        "공급망 재편으로 대응에 나섰지만 중소 협력사들은 버틸 여력이 없다고 호소한다.",
        None)),
    (40513, Story(
        "현지 공장 짓는 대기업, 남겨진 2차 협력사들",
        None, None)),
    (40514, Story(
        "[인터뷰] 통상 전문가 \"관세 협상, 시간은 우리 편 아니다\"",
        None, None)),
)  # fmt: skip
# (idxno, issue, date, reporter, story); the list shows the issue and its date only
_EW_LIST = (
    (40521, 1781, "2025.04.07", "김철수", Story(
        "금리 인하 기대에 다시 뛰는 리츠…배당 수익률 6% 시대",
        "상장 리츠 주가가 석 달 사이 15% 올랐다. 금리 인하 기대가 커지면서 배당 수익률 6%대의 "
        "리츠에 개인 투자자들이 몰리고 있다.",
        None)),
    (40520, 1781, "2025.04.07", "이영희", Story(
        "편의점 빅2, PB 가격 전쟁…'반값 도시락' 다시 등장",
        "편의점 업계가 자체 브랜드 상품 가격 경쟁에 다시 불을 붙였다. 고물가에 지친 소비자를 "
        "잡기 위한 '반값' 마케팅이 한창이다.",
        None)),
    (40519, 1781, "2025.04.07", "박민수", Story(
        "[CEO 탐구] 35년 만에 물러나는 '철강맨'의 마지막 숙제",
        "국내 2위 철강사를 이끌어 온 최고경영자가 퇴임을 앞두고 있다. 그가 남긴 수소환원제철 "
        "투자 계획의 향방을 짚었다.",
        None)),
    (40518, 1781, "2025.04.07", "정수진", Story(
        "서울 아파트 경매 낙찰가율 2년 만에 최고…강남 쏠림",
        "서울 아파트 경매 낙찰가율이 2년 만에 가장 높은 수준으로 올랐다. 강남권 물건에 "
        "응찰자가 몰린 결과다.",
        None)),
    (40517, 1781, "2025.04.07", "김철수", Story(
        "ETF 수수료 '0원' 경쟁의 그늘…운용사 수익성 빨간불",
        "자산운용사들이 상장지수펀드 총보수를 사실상 없애는 경쟁에 나서면서 중소 운용사들의 "
        "수익성이 빠르게 나빠지고 있다.",
        None)),
    (40516, 1781, "2025.04.07", "최지훈", Story(
        "[재테크] 연금저축 이전 제도 활용법…수수료 아끼는 세 가지 방법",
        "연금저축 계좌를 다른 금융사로 옮길 때 놓치기 쉬운 수수료와 세제 혜택을 정리했다.",
        None)),
    (40515, 1781, "2025.04.07", "이영희", Story(
        "K-뷰티 인디 브랜드, 미국 아마존 매출 1년 새 세 배",
        "국내 중소 화장품 브랜드들의 미국 온라인 매출이 1년 새 세 배로 늘었다.",
        None)),
    (40488, 1780, "2025.03.31", "박민수", Story(
        "배터리 3사 1분기 적자 전망…전기차 캐즘 길어진다",
        "국내 배터리 3사의 1분기 실적이 일제히 부진할 것으로 보인다. 전기차 수요 정체가 예상보다 "
        "길어지고 있다.",
        None)),
    (40487, 1780, "2025.03.31", "정수진", Story(
        "재건축 부담금 감면 첫 적용 단지 나왔다…가구당 1억 줄어",
        "재건축 초과이익 부담금 감면 규정이 처음 적용된 단지가 나왔다. 조합원 한 가구당 "
        "부담금이 1억 원가량 줄었다.",
        None)),
    (40486, 1780, "2025.03.31", "최지훈", Story(
        "[Y의 경제학] 왜 우리는 구독을 끊지 못하나",
        "한 달에 만 원 남짓인 구독 서비스가 쌓이면 가계에 부담이 된다. 구독 경제가 소비자의 "
        "관성을 파고드는 방식을 들여다봤다.",
        None)),
    (40485, 1780, "2025.03.31", "김철수", Story(
        "증권사 IB 인력 쟁탈전…연봉 두 배 제시도",
        "기업공개 시장이 살아나면서 증권사들이 투자은행 인력을 모셔가기 위한 경쟁에 나섰다.",
        None)),
    (40484, 1780, "2025.03.31", "이영희", Story(
        "명품 플랫폼 구조조정 칼바람…살아남은 곳의 공통점",
        "온라인 명품 플랫폼들이 잇달아 문을 닫거나 인력을 줄이고 있다. 살아남은 플랫폼들은 "
        "검수와 정품 보증에 투자했다.",
        None)),
)  # fmt: skip
_EW_POPULAR = (
    (40512, "관세 전쟁 2라운드, 한국 기업의 생존 지도"),
    (40470, '"월 300만원 연금 받는다"…은퇴 부부의 현금흐름 설계'),
    (40518, "서울 아파트 경매 낙찰가율 2년 만에 최고"),
    (40455, "[커버스토리] 반도체 보조금 전쟁, 누가 이기나"),
    (40521, "배당 수익률 6% 리츠에 돈 몰린다"),
)
_EW_ISSUES = (
    (1781, "2025.04.07"),
    (1780, "2025.03.31"),
    (1779, "2025.03.24"),
    (1778, "2025.03.17"),
)


def _ew_href(idxno: int) -> str:
    return f"/news/articleView.html?idxno={idxno}"


def _ew_dl(idxno: int, issue: int, date: str, reporter: str, story: Story) -> str:
    return (
        '<dl class="article_list">\n'
        f'<dt class="title"><a href="{_ew_href(idxno)}">{escape_html(story.title)}</a></dt>\n'
        f'<dd class="photo"><a href="{_ew_href(idxno)}"><img src="/news/thumbnail/202504/{idxno}_t.jpg" alt=""></a></dd>\n'
        f'<dd class="summary">{lead_html(story)}</dd>\n'
        f'<dd class="info"><span class="issue">제{issue}호</span> | <span class="date">{date}</span> | '
        f'<span class="writer">{escape_html(reporter)} 기자</span></dd>\n'
        "</dl>"
    )


def build_economic_weekly() -> Layout:
    """An economic weekly magazine's 최신호 기사 list: a "표지 이야기" box at the top (the
    cover image, issue number, the cover story's ``h3.cover_tit > a`` and lead, two more
    package articles as a plain ``ul.cover_sub``), then one ``dl.article_list`` per article
    (``dt.title > a``, ``dd.photo``, ``dd.summary``, ``dd.info`` "제1781호 | 2025.04.07 |
    김철수 기자"), the issue date the only date shown (no gold time). Chrome: a header with the
    latest issue and a 정기구독 button, a section GNB, a 정기구독 banner between the list's
    halves, "많이 본 기사" (reworded headlines), a "지난호 보기" issue list, ads, pagination,
    footer."""
    page_url = f"{_EW_HOST}/news/articleList.html?sc_section_code=S1N1&view_type=sm"
    gnb = menu_items(
        (f"/news/articleList.html?sc_section_code=S1N{n}&amp;view_type=sm", name)
        for n, name in enumerate(
            ("커버스토리", "경제·정책", "산업·기업", "금융·증권", "부동산", "라이프", "오피니언"),
            start=1,
        )
    )  # fmt: skip
    cover_id, cover = _EW_COVER[0]
    cover_subs = link_list(
        ((_ew_href(idxno), story.title) for idxno, story in _EW_COVER[1:]),
        '<li><a href="{href}">{title}</a></li>',
    )
    first = "\n".join(_ew_dl(*entry) for entry in _EW_LIST[:6])
    rest = "\n".join(_ew_dl(*entry) for entry in _EW_LIST[6:])
    popular = link_list(
        ((_ew_href(idxno), title) for idxno, title in _EW_POPULAR),
        '<li><em class="number">{rank}</em><a href="{href}">{title}</a></li>',
    )
    issues = "".join(
        f'<li><a href="/news/issueList.html?issue_no={no}"><img src="/news/cover/{no}.jpg" alt="제{no}호 표지">'
        f'<span class="issue_no">제{no}호</span><span class="issue_date">{date}</span></a></li>'
        for no, date in _EW_ISSUES
    )
    subscribe_banner = (
        '<div class="subscribe_banner"><a href="/member/subscribe.html?utm_source=list_banner">'
        "<strong>정기구독 신청</strong><span>1년 52권 + 디지털 아카이브 무료 · 월 1만5천원</span>"
        '<img src="/image/banner/subscribe_2025.png" alt="경제주간 정기구독"></a></div>'
    )
    body = f"""<div id="user-wrap">
<header id="header"><div class="header-top"><h1 class="logo"><a href="/"><img src="/image/logo/economyweek.png" alt="경제주간"></a></h1>
<div class="latest_issue"><a href="/news/issueList.html?issue_no=1781">최신호 <strong>제1781호</strong> 2025.04.07</a></div>
<div class="header_util"><a href="/member/login.html">로그인</a><a href="/member/subscribe.html" class="btn_subscribe">정기구독</a></div></div>
<nav id="gnb"><ul class="gnb_menu">{gnb}</ul></nav></header>
<div id="container">
<div class="content_main">
<section class="cover_story"><h2 class="box_tit">표지 이야기</h2>
<div class="cover_img"><a href="{_ew_href(cover_id)}"><img src="/news/cover/1781_l.jpg" alt="제1781호 표지"></a></div>
<div class="cover_txt"><p class="cover_issue">제1781호 · 2025.04.07</p>
<h3 class="cover_tit"><a href="{_ew_href(cover_id)}">{escape_html(cover.title)}</a></h3>
<p class="cover_lead">{lead_html(cover)}</p>
<ul class="cover_sub">{cover_subs}</ul></div></section>
<section class="list_section"><h2 class="box_tit">최신 기사</h2>
<div class="article_list_wrap">
{first}
{subscribe_banner}
{rest}
</div>
{pagination("/news/articleList.html?page={n}&amp;sc_section_code=S1N1&amp;view_type=sm")}
</section>
</div>
<aside class="content_side">
{ad_slot("side_ad", "광고", 55120, "ew_side_top")}
<div class="popular_box"><h3 class="side_tit">많이 본 기사</h3><ol>{popular}</ol></div>
<div class="issue_box"><h3 class="side_tit">지난호 보기</h3><ul>{issues}</ul>
<a href="/news/issueList.html" class="more">전체 호 보기</a></div>
{ad_slot("side_ad", "AD", 55121, "ew_side_bottom")}
</aside>
</div>
{company_footer(_EW_HOST, "경제주간", FOOTER_LINKS)}
</div>"""
    html = html_document("최신 기사 - 경제주간", body, lang="ko")
    gold = [gold_item(page_url, _ew_href(idxno), story) for idxno, story in _EW_COVER] + [
        gold_item(page_url, _ew_href(idxno), story) for idxno, _, _, _, story in _EW_LIST
    ]
    return korean_layout(
        "ko-economic-weekly-issue",
        "economic weekly magazine list: a 표지 이야기 cover-story box (h3.cover_tit > a + lead + "
        "ul.cover_sub package links) over one dl.article_list per article (dt.title > a, "
        'dd.photo, dd.summary, dd.info "제1781호 | 2025.04.07 | 김철수 기자", date only), '
        "a 정기구독 banner mid-list, 지난호 보기 issue box",
        html,
        page_url,
        gold,
    )


BUILDERS: tuple[Builder, ...] = (
    build_portal_press_home,
    build_policy_briefing,
    build_english_daily_section,
    build_economic_weekly,
)
