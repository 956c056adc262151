"""A sixth set of Korean listing layouts: broadcaster, regional-broadcaster, serialized-column
and portal press-box families not covered by the other Korean modules.

Each builder returns a whole page in the shape of one family — a national broadcaster's
전체뉴스 list of whole-card links (``ul.box-contents > li > a.box-content`` holding
``span.txt-wrapper > p.title + p.date`` "2025.04.08 (14:05)", the clock in parentheses, and a
play icon on video reports) under 카테고리 tabs, a regional broadcaster's (지역민방) news list
with "2025년 04월 08일 14시 05분" times, reporters linked to their own pages and "[영상]" in
the headlines beside a "지역 선택" menu, a daily's 연재 page (a series header, then the
series' episodes "[김 기자의 부동산 돋보기] ⑫ …" with dates only, beside a "다른 연재 보기"
box of other series) and a news portal's 언론사별 뉴스 page (one ``div.press_box`` per press,
each the press's five latest articles with "n분 전") — with the chrome real pages carry
around the list (menus, "많이 본 뉴스" boxes, recommended links, ads, pagination, footers, a
press subscription panel). Hosts, headlines, leads and names are invented.

Every page is fetched at 2025-04-08 15:00 KST and printed on the KST clock. Gold times are
the instants the page states: a printed date and clock ("2025.04.08 (14:05)",
"2025년 04월 08일 14시 05분") read on KST, a relative time ("3분 전", "2시간 전") counted back
from the fetch time. A date without a time of day ("2025-04-08") gives no gold timestamp.
Gold leads are the text as shown; "[영상]" and "[속보]" are part of the headlines, a series'
circled episode number (⑫) too.
"""

# ruff: noqa: E501

from __future__ import annotations

from datetime import datetime

from . import Builder, Layout
from .korean_chrome import (
    FETCHED_AT,
    ad_slot,
    company_footer,
    korean_layout,
    pagination,
    ranking_box,
)
from .markup import Story, ago, escape_html, gold_item, html_document, kst, link_list, menu_items

_FOOTER_LINKS = (
    "회사소개", "시청자센터", "광고·협찬 안내", "이용약관", "개인정보처리방침", "청소년보호정책"
)  # fmt: skip


def _lead(story: Story) -> str:
    assert story.lead is not None
    return escape_html(story.lead)


# --------------------------------------------------------------------------------------------
# 1. A national broadcaster's 전체뉴스: whole-card links with the clock in parentheses
# --------------------------------------------------------------------------------------------

_NATIONAL_HOST = "https://news.gukminbs.example.co.kr"
# (ncd, video report?, thumbnail?, story); leads only on some reports
_NATIONAL_STORIES = (
    (8224611, False, False, Story(
        "[속보] 정부, 산불 피해 3개 군 특별재난지역 추가 선포",
        None,
        kst(8, 14, 52))),
    (8224598, True, True, Story(
        "벚꽃 절정 맞은 여의도…주말 40만 명 몰릴 듯",
        "서울 여의도 윤중로 벚꽃이 절정을 맞았습니다. 이번 주말 40만 명이 넘는 상춘객이 "
        "몰릴 것으로 보여 경찰이 교통 통제에 나섭니다.",
        kst(8, 14, 41))),
    (8224587, True, True, Story(
        "\"보이스피싱 피해금 돌려받았어요\"…은행 창구 직원의 기지",
        "은행 창구 직원이 고액 현금 인출을 요구하는 노인을 수상히 여겨 경찰에 신고해 "
        "보이스피싱 피해를 막았습니다.",
        kst(8, 14, 30))),
    (8224575, False, True, Story(
        "한국은행, 기준금리 동결 전망 우세…환율 부담 여전",
        "이번 달 금융통화위원회를 앞두고 기준금리가 동결될 것이라는 전망이 우세합니다. "
        "높은 환율이 부담으로 꼽힙니다.",
        kst(8, 14, 5))),
    (8224560, True, True, Story(
        "국회, 추경 심사 착수…여야 '재해 대응 예산' 공방",
        "국회가 정부의 추가경정예산안 심사에 들어갔습니다. 여야는 재해 대응 예산 규모를 "
        "놓고 맞서고 있습니다.",
        kst(8, 13, 48))),
    (8224548, False, False, Story(
        "서해안고속도로 다중 추돌…2명 부상",
        None,
        kst(8, 13, 22))),
    (8224533, True, True, Story(
        "AI 교과서 도입 한 달…교실은 지금",
        "인공지능 디지털교과서가 도입된 지 한 달이 지났습니다. 학생과 교사들의 반응은 "
        "엇갈리고 있습니다.",
        kst(8, 12, 57))),
    (8224519, False, True, Story(
        "반도체 수출 석 달 연속 증가…대중 수출은 감소",
        "반도체 수출이 석 달 연속 늘었지만 중국으로 가는 수출은 줄었습니다.",
        kst(8, 12, 31))),
    (8224502, True, True, Story(
        "[단독] 공공기관 청사 내진 보강 '절반'도 안 돼",
        "전국 공공기관 청사 가운데 내진 보강을 마친 곳이 절반에도 못 미치는 것으로 "
        "확인됐습니다.",
        kst(8, 12, 3))),
    (8224488, False, True, Story(
        "미 증시 급락 여파…코스피 2,400선 내줘",
        "미국 증시 급락의 여파로 코스피가 2,400선 아래로 내려갔습니다.",
        kst(8, 11, 40))),
    (8224471, True, True, Story(
        "황사 내일까지 이어져…수도권 미세먼지 '나쁨'",
        "중국발 황사가 내일까지 이어지면서 수도권 미세먼지 농도가 '나쁨' 수준을 "
        "보이겠습니다.",
        kst(8, 11, 15))),
    (8224455, False, False, Story(
        "프로야구 개막 2주 만에 100만 관중 돌파",
        None,
        kst(8, 10, 52))),
    (8224437, True, True, Story(
        "폐교가 마을 도서관으로…시골 아이들의 새 놀이터",
        "학생 수가 줄어 문을 닫은 시골 초등학교가 마을 도서관으로 다시 태어났습니다.",
        kst(8, 10, 20))),
    (8224419, False, True, Story(
        "의료계 \"수업 복귀 먼저\"…정부와 대화 물꼬 틀까",
        "의료계가 의대생들의 수업 복귀를 먼저 요청하면서 정부와의 대화가 다시 시작될지 "
        "주목됩니다.",
        kst(8, 9, 47))),
    (8224402, True, True, Story(
        "전통시장 화재 막는다…전기 설비 일제 점검",
        "봄철 건조한 날씨 속에 전통시장 화재를 막기 위해 전기 설비 일제 점검이 "
        "시작됐습니다.",
        kst(8, 9, 12))),
    (8224388, False, True, Story(
        "청년 전세대출 금리 0.5%p 인하…이달 21일부터",
        "청년 전용 전세자금 대출 금리가 이달 21일부터 0.5%포인트 내려갑니다.",
        kst(8, 8, 36))),
    (8224371, True, True, Story(
        "새벽 도심 달린 무인 버스…첫 운행 동행해 보니",
        "새벽 시간 도심을 달리는 자율주행 버스가 첫 운행을 시작했습니다. 직접 타 "
        "봤습니다.",
        kst(8, 7, 58))),
    (8224350, False, False, Story(
        "오늘의 주요 일정 (4월 8일)",
        None,
        kst(8, 6, 0))),
)  # fmt: skip
# (ncd, title): "많이 본 뉴스", partly the list's reports under shorter titles
_NATIONAL_MOST_VIEWED = (
    (8224598, "여의도 벚꽃 절정…주말 40만 인파"),
    (8224102, '"월급 빼고 다 올라"…외식 물가 3년 새 20%'),
    (8224502, "공공기관 청사 내진 보강 절반도 안 돼"),
    (8223987, "[영상] 고속도로 역주행 차량 아찔한 순간"),
    (8224611, "산불 피해 3개 군 특별재난지역 추가"),
)
# (ncd, title): "추천 영상" strip of older videos, shown in the same card markup
_NATIONAL_PICKS = (
    (8223811, "[크랩] 우리 동네 벚꽃 명소 5곳 지도로 보기"),
    (8223750, "[뉴스in뉴스] 관세 전쟁, 우리 수출 어디로"),
    (8223702, "[자막뉴스] 밤하늘 가른 불덩이의 정체는"),
    (8223655, "[주말엔] 봄 바다 따라 달리는 해안 열차"),
)
_NATIONAL_TABS = (
    ("0000", "전체"), ("0001", "정치"), ("0002", "경제"), ("0003", "사회"),
    ("0004", "문화"), ("0005", "IT·과학"), ("0006", "국제"), ("0007", "스포츠"),
    ("0008", "재난·기후"),
)  # fmt: skip


def _national_href(ncd: int, ref: str = "A") -> str:
    return f"/news/pc/view/view.do?ncd={ncd}&amp;ref={ref}"


def _national_item(ncd: int, video: bool, thumb: bool, story: Story) -> str:
    assert story.when is not None
    icon = '<span class="icon-play"><span class="blind">동영상기사</span></span>' if video else ""
    image = (
        f'<span class="thumbnail"><img src="https://news.gukminbs.example.co.kr/data/news/2025/'
        f'04/08/{ncd}_s.jpg" alt="">{icon}</span>'
        if thumb
        else ""
    )
    lead = f'<p class="txt">{_lead(story)}</p>' if story.lead else ""
    return (
        f'<li><a href="{_national_href(ncd)}" class="box-content flex-style">{image}'
        f'<span class="txt-wrapper"><p class="title">{story.headline_html}</p>{lead}'
        f'<p class="date">{story.when:%Y.%m.%d (%H:%M)}</p></span></a></li>'
    )


def build_broadcaster_box_contents() -> Layout:
    """A national broadcaster's 전체뉴스 list: ``ul.box-contents > li > a.box-content`` — one
    link per report wrapping an optional ``span.thumbnail`` (with ``span.icon-play`` and its
    hidden "동영상기사" text on video reports) and ``span.txt-wrapper > p.title`` (+ ``p.txt``
    lead on some) + ``p.date`` "2025.04.08 (14:05)", the clock in parentheses; article links
    carry a ``ref=A`` referrer parameter the clean URL drops. Chrome: a GNB, 카테고리 tabs and
    a date picker, a "추천 영상" strip in the same card markup (not gold), "많이 본 뉴스"
    (``ol`` with ``span.num`` ranks) repeating some reports under shorter titles, ads,
    numbered pagination and a footer."""
    page_url = f"{_NATIONAL_HOST}/news/pc/category/category.do?ctcd=0000&ref=pGnb"
    gnb = menu_items(
        (f"/news/pc/category/category.do?ctcd={code}&amp;ref=pGnb", name)
        for code, name in _NATIONAL_TABS[1:]
    )
    tabs = "".join(
        f'<li class="{"active" if code == "0000" else ""}"><a href="/news/pc/category/'
        f'category.do?ctcd={code}&amp;ref=pTab">{name}</a></li>'
        for code, name in _NATIONAL_TABS
    )
    items = "\n".join(_national_item(*entry) for entry in _NATIONAL_STORIES)
    picks = "\n".join(
        f'<li><a href="{_national_href(ncd, "pRec")}" class="box-content">'
        f'<span class="thumbnail"><img src="https://news.gukminbs.example.co.kr/data/news/2025/'
        f'04/0{5 + n % 2}/{ncd}_s.jpg" alt=""><span class="icon-play"><span class="blind">'
        f'동영상기사</span></span></span><span class="txt-wrapper"><p class="title">'
        f"{escape_html(title)}</p></span></a></li>"
        for n, (ncd, title) in enumerate(_NATIONAL_PICKS)
    )
    most = link_list(
        ((_national_href(ncd, "pMost"), title) for ncd, title in _NATIONAL_MOST_VIEWED),
        '<li><a href="{href}"><span class="num">{rank}</span><span class="txt">{title}</span>'
        "</a></li>",
    )
    pages = " ".join(
        f'<a href="#" class="number" data-page="{n}" onclick="goPage({n});return false;">{n}</a>'
        for n in range(2, 11)
    )
    body = f"""<div id="wrap">
<header id="header"><div class="header-top"><h1 class="logo"><a href="/news/pc/main/main.html">
<img src="https://news.gukminbs.example.co.kr/images/logo.png" alt="국민방송 뉴스"></a></h1>
<div class="util"><a href="https://www.gukminbs.example.co.kr/">국민방송</a>
<a href="/news/pc/live/onair.do" class="btn-live">ON AIR</a><a href="/news/pc/search/search.do">검색</a></div></div>
<nav class="gnb"><ul><li><a href="/news/pc/category/category.do?ctcd=0000&amp;ref=pGnb">전체뉴스</a></li>{gnb}</ul></nav></header>
<div id="container" class="category">
<div class="main-area">
<div class="title-wrap"><h2 class="page-title">전체뉴스</h2>
<div class="date-picker"><button type="button" class="btn-prev-date">이전 날짜</button>
<span class="current-date">2025.04.08 (화)</span><button type="button" class="btn-next-date">다음 날짜</button></div></div>
<div class="category-tab"><ul class="tab-list">{tabs}</ul></div>
<div class="box-contents has-wrap"><ul class="box-contents">
{items}
</ul></div>
<div class="paging"><a href="#" class="btn-first"><span class="blind">처음</span></a>
<strong class="number on">1</strong> {pages} <a href="#" class="btn-next"><span class="blind">다음</span></a></div>
{ad_slot("ad-area banner-center", "AD", 81204, "gbs_category_mid")}
<section class="box-recommend"><h3 class="box-title">추천 영상</h3>
<ul class="box-contents type-video">
{picks}
</ul></section>
</div>
<aside class="side-area">
<section class="box-most"><h3 class="box-title">많이 본 뉴스</h3><ol class="rank-list">{most}</ol></section>
{ad_slot("ad-area side", "광고", 81210, "gbs_category_side")}
<section class="box-issue"><h3 class="box-title">이슈</h3><ul class="keyword">
<li><a href="/news/pc/issue/issueList.do?icd=19652">#산불 피해</a></li>
<li><a href="/news/pc/issue/issueList.do?icd=19590">#추경</a></li>
<li><a href="/news/pc/issue/issueList.do?icd=19511">#의정 갈등</a></li></ul></section>
</aside>
</div>
{company_footer("https://www.gukminbs.example.co.kr", "GBS 국민방송", _FOOTER_LINKS)}
</div>"""
    html = html_document("전체뉴스 | 국민방송 뉴스", body, lang="ko")
    gold = [
        gold_item(page_url, _national_href(ncd).replace("&amp;", "&"), story, drop=("ref",))
        for ncd, _, _, story in _NATIONAL_STORIES
    ]
    return korean_layout(
        "ko-broadcaster-box-contents",
        "national broadcaster 전체뉴스: ul.box-contents > li > a.box-content wrapping "
        'span.thumbnail (icon-play + hidden "동영상기사") and span.txt-wrapper > p.title + '
        'p.date "2025.04.08 (14:05)", ref= links, 카테고리 tabs, 추천 영상 strip in the same cards',
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 2. A regional broadcaster's (지역민방) news list
# --------------------------------------------------------------------------------------------

_REGIONAL_HOST = "https://www.gnbtv.example.co.kr"
# (idx, reporter id, reporter, area, story)
_REGIONAL_STORIES = (
    (412398, 27, "김민수", "창원", Story(
        "[영상] 진해 군항제 개막 첫 주말 35만 명…교통 혼잡 여전",
        "진해 군항제가 개막 후 첫 주말 35만 명의 상춘객을 맞았습니다. 하지만 올해도 진해 "
        "시내 곳곳이 극심한 교통 혼잡을 빚었습니다.",
        kst(8, 14, 38))),
    (412391, 41, "박지현", "진주", Story(
        "[영상] 산불 한 달, 산청 이재민 임시주택 입주 시작",
        "산청 산불로 집을 잃은 주민들이 한 달 만에 임시조립주택에 입주하기 시작했습니다.",
        kst(8, 14, 5))),
    (412387, 19, "이도현", "김해", Story(
        "김해공항 국제선 이용객 1분기 역대 최대",
        "김해공항 국제선 이용객이 올해 1분기 역대 최대를 기록했습니다. 일본과 동남아 노선이 "
        "증가세를 이끌었습니다.",
        kst(8, 13, 52))),
    (412380, 33, "최서연", "창원", Story(
        "경남도, 조선업 인력난 해소에 외국인 숙련공 1천 명 유치",
        "경상남도가 조선업 인력난을 덜기 위해 외국인 숙련 기능인력 1천 명을 유치하기로 "
        "했습니다.",
        kst(8, 13, 20))),
    (412374, 27, "김민수", "창원", Story(
        "[영상] 창원 NC파크 재개장 앞두고 안전 점검 마무리",
        "구조물 사고로 문을 닫았던 창원 NC파크가 재개장을 앞두고 정밀 안전 점검을 "
        "마쳤습니다.",
        kst(8, 12, 46))),
    (412366, 52, "정하늘", "통영", Story(
        "통영 앞바다 굴 양식장 고수온 피해 우려…조기 출하",
        "올봄 수온이 평년보다 높아지면서 통영 굴 양식 어민들이 피해를 우려해 조기 출하에 "
        "나섰습니다.",
        kst(8, 12, 10))),
    (412359, 41, "박지현", "진주", Story(
        "경상국립대 의대 신입생 수업 복귀율 절반 넘어",
        "경상국립대 의과대학 신입생의 수업 복귀율이 절반을 넘어섰습니다.",
        kst(8, 11, 35))),
    (412351, 19, "이도현", "김해", Story(
        "[영상] 가야 고분군 발굴 현장 시민 공개…사흘간 관람",
        "세계유산 가야 고분군의 발굴 현장이 사흘 동안 시민들에게 공개됩니다.",
        kst(8, 11, 2))),
    (412344, 33, "최서연", "창원", Story(
        "마산해양신도시 개발 민간사업자 재공모",
        "창원시가 마산해양신도시 복합개발 민간사업자를 다시 공모합니다. 앞선 공모는 사업성 "
        "부족으로 무산됐습니다.",
        kst(8, 10, 28))),
    (412338, 52, "정하늘", "거제", Story(
        "거제 조선소 하청 노동자 임금 체불 신고 잇따라",
        "거제 지역 조선소 하청 노동자들의 임금 체불 신고가 잇따르고 있습니다.",
        kst(8, 9, 55))),
    (412330, 27, "김민수", "창원", Story(
        "[영상] 출근길 창원터널 화물차 고장…1시간 정체",
        "출근 시간 창원터널에서 화물차가 멈춰 서면서 1시간 가까이 정체가 빚어졌습니다.",
        kst(8, 9, 17))),
    (412322, 41, "박지현", "사천", Story(
        "우주항공청 개청 1년, 사천 인구 늘었나",
        "우주항공청이 사천에 문을 연 지 1년이 다가옵니다. 기대했던 인구 유입 효과를 "
        "살펴봤습니다.",
        kst(8, 8, 40))),
    (412315, 19, "이도현", "양산", Story(
        "양산 부산도시철도 연장선 개통 앞두고 시운전",
        "부산도시철도 양산선 연장 구간이 개통을 앞두고 시운전에 들어갔습니다.",
        kst(7, 20, 11))),
    (412307, 33, "최서연", "창원", Story(
        "[영상] 경남 봄 가뭄 해소…저수율 평년 수준 회복",
        "지난 주말 내린 비로 경남 지역 저수지의 저수율이 평년 수준을 되찾았습니다.",
        kst(7, 18, 45))),
    (412299, 52, "정하늘", "통영", Story(
        "한려수도 케이블카 탑승객 누적 1,600만 명",
        "통영 한려수도 조망 케이블카의 누적 탑승객이 1,600만 명을 넘었습니다.",
        kst(7, 17, 30))),
)  # fmt: skip
_REGIONAL_AREAS = (
    ("all", "경남 전체"), ("changwon", "창원"), ("jinju", "진주"), ("gimhae", "김해"),
    ("tongyeong", "통영"), ("geoje", "거제"), ("sacheon", "사천"), ("yangsan", "양산"),
    ("miryang", "밀양"),
)  # fmt: skip
_REGIONAL_POPULAR = (
    (412398, "진해 군항제 첫 주말 35만 인파"),
    (412250, "[영상] 밀양 얼음골 사과 꽃 활짝"),
    (412374, "창원 NC파크 재개장 임박"),
    (412201, "경남 아파트 분양 물량 반토막"),
    (412187, "남해 독일마을 맥주축제 일정 확정"),
)
_REGIONAL_PROGRAMS = (
    ("/program/news8/", "GNB 8 뉴스"),
    ("/program/morning/", "모닝와이드 경남"),
    ("/program/talk/", "시사토크 쟁점"),
    ("/program/docu/", "경남 다큐 길"),
)


def _regional_href(idx: int) -> str:
    return f"/news/view.php?idx={idx}&amp;mcode=m_news_all"


def _regional_item(idx: int, rid: int, reporter: str, area: str, story: Story) -> str:
    assert story.when is not None
    href = _regional_href(idx)
    vod = story.title.startswith("[영상]")
    badge = '<span class="ico_vod">VOD</span>' if vod else ""
    return (
        '<div class="news_item">\n'
        f'<div class="thumb"><a href="{href}"><img src="https://www.gnbtv.example.co.kr/data/'
        f'news/thumb/{idx}.jpg" alt="{escape_html(story.title)}">{badge}</a></div>\n'
        '<div class="cont">\n'
        f'<span class="area">{escape_html(area)}</span>\n'
        f'<a href="{href}" class="tit">{story.headline_html}</a>\n'
        f'<p class="sum"><a href="{href}">{_lead(story)}</a></p>\n'
        f'<div class="info"><a href="/reporter/view.php?rid={rid}" class="reporter">'
        f"{escape_html(reporter)} 기자</a>"
        f'<span class="bar">|</span><span class="date">'
        f"{story.when:%Y년 %m월 %d일 %H시 %M분}</span></div>\n"
        "</div>\n</div>"
    )


def build_regional_broadcaster() -> Layout:
    """A regional broadcaster's (지역민방) 뉴스 전체 list: ``div.news_list > div.news_item``,
    each a thumbnail link (a "VOD" badge on video reports), ``span.area``, ``a.tit`` headline
    ("[영상] …" on video reports: part of the title), ``p.sum > a`` lead and ``div.info`` with
    the reporter linked to the reporter's page ("김민수 기자") and ``span.date``
    "2025년 04월 08일 14시 05분". Chrome: a left "지역 선택" menu of the region's cities, a
    GNB, "많이 본 뉴스", a "TV 다시보기" program box, an ad, pagination and a footer."""
    page_url = f"{_REGIONAL_HOST}/news/list.php?mcode=m_news_all"
    gnb = menu_items(
        (f"/news/list.php?mcode=m_news_{slug}", name)
        for slug, name in (
            ("all", "전체뉴스"), ("politics", "정치"), ("economy", "경제"), ("society", "사회"),
            ("culture", "문화"), ("sports", "스포츠"), ("weather", "날씨"),
        )
    )  # fmt: skip
    areas = "".join(
        f'<li class="{"on" if slug == "all" else ""}"><a href="/news/list.php?mcode='
        f'm_news_all&amp;area={slug}">{name}</a></li>'
        for slug, name in _REGIONAL_AREAS
    )
    items = "\n".join(_regional_item(*entry) for entry in _REGIONAL_STORIES)
    popular = ranking_box(
        [(_regional_href(idx), title) for idx, title in _REGIONAL_POPULAR], "많이 본 뉴스"
    )
    programs = menu_items(_REGIONAL_PROGRAMS)
    body = f"""<div id="wrap">
<div id="header"><div class="top_menu"><a href="/onair/">온에어</a> <a href="/vod/">다시보기</a>
<a href="/jebo/">제보하기</a></div>
<h1 class="logo"><a href="/"><img src="/images/common/logo.png" alt="GNB 경남방송"></a></h1>
<div class="gnb"><ul>{gnb}</ul></div></div>
<div id="container" class="sub">
<div id="lnb"><h2 class="lnb_tit">뉴스</h2>
<div class="area_select"><h3>지역 선택</h3><ul>{areas}</ul></div>
<div class="lnb_banner"><a href="/jebo/"><img src="/images/banner/jebo.png" alt="시청자 제보 055-000-0000"></a></div>
</div>
<div id="contents">
<div class="location"><a href="/">HOME</a> &gt; <a href="/news/list.php?mcode=m_news_all">뉴스</a> &gt; <strong>전체뉴스</strong></div>
<h2 class="con_tit">전체뉴스</h2>
<div class="news_search"><form action="/news/list.php" method="get"><input type="text" name="sw" title="검색어">
<button type="submit">검색</button></form></div>
<div class="news_list">
{items}
</div>
{pagination("/news/list.php?mcode=m_news_all&amp;page={n}", count=10)}
</div>
<div id="aside">
{popular}
<div class="program_box"><h3 class="box_tit">TV 다시보기</h3><ul>{programs}</ul></div>
{ad_slot("side_banner", "광고", 55120, "gnbtv_news_side")}
</div>
</div>
{company_footer(_REGIONAL_HOST, "GNB 경남방송", _FOOTER_LINKS)}
</div>"""
    html = html_document("전체뉴스 < 뉴스 < GNB 경남방송", body, lang="ko")
    gold = [
        gold_item(page_url, _regional_href(idx).replace("&amp;", "&"), story)
        for idx, _, _, _, story in _REGIONAL_STORIES
    ]
    return korean_layout(
        "ko-regional-broadcaster",
        'regional broadcaster 전체뉴스: div.news_item > a.tit "[영상] …" + p.sum > a + '
        'div.info a.reporter "김민수 기자" + span.date "2025년 04월 08일 14시 05분", '
        'left "지역 선택" menu, TV 다시보기 box',
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 3. A daily's serialized column (연재): a series header, then the series' episodes
# --------------------------------------------------------------------------------------------

_SERIES_HOST = "https://www.hanseoilbo.example.co.kr"
_SERIES_NAME = "김 기자의 부동산 돋보기"
_SERIES_NUMBERS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫"
# (article id, episode, subtitle, lead); newest first; the page prints the date (the id's
# first eight digits) only
_SERIES_EPISODES = (
    ("2025040815321", 12, "전세 사기 피하려면", "등기부등본의 근저당과 신탁 여부, 집주인의 "
     "세금 체납까지 확인해야 한다. 계약 전 꼭 짚어야 할 다섯 가지를 정리했다."),
    ("2025040115112", 11, "청약 가점 낮아도 당첨되는 법", "추첨제 물량과 특별공급을 잘 "
     "노리면 가점이 낮은 30대도 기회가 있다."),
    ("2025032514877", 10, "재건축 분담금, 얼마나 낼까", "공사비가 오르면서 조합원 분담금이 "
     "수억 원씩 불어나고 있다. 분담금 계산법을 알아봤다."),
    ("2025031814650", 9, "DSR 3단계, 대출 한도 얼마나 줄까", "7월부터 스트레스 DSR 3단계가 "
     "시행되면 연봉 5천만 원 직장인의 대출 한도는 수천만 원 줄어든다."),
    ("2025031114409", 8, "오피스텔 투자, 지금은 아니다", "공급 과잉과 금리 부담에 오피스텔 "
     "매매가가 2년째 내리고 있다."),
    ("2025030414188", 7, "공시가격으로 보유세 미리 계산하기", "올해 공시가격 안이 공개됐다. "
     "내 집 보유세를 직접 계산해 보는 방법을 소개한다."),
    ("2025022513950", 6, "경매로 내 집 마련? 권리분석부터", "낙찰가가 싸다고 덜컥 "
     "입찰했다가는 인수해야 할 권리에 발목이 잡힐 수 있다."),
    ("2025021813721", 5, "신혼부부 전용 대출 총정리", "신생아 특례대출과 신혼부부 "
     "버팀목 대출의 조건과 금리를 비교했다."),
    ("2025021113490", 4, "갭투자 막차, 위험 신호 세 가지", "전세가율과 입주 물량, "
     "금리를 보면 갭투자의 위험이 보인다."),
    ("2025020413255", 3, "월세 세액공제 놓치지 마세요", "무주택 세대주라면 연말정산에서 "
     "월세의 최대 17%를 돌려받을 수 있다."),
    ("2025012813012", 2, "등기부등본 읽는 법", "갑구와 을구만 제대로 읽어도 위험한 집을 "
     "걸러 낼 수 있다."),
    ("2025012112788", 1, "부동산 공부, 무엇부터 시작할까", "내 집 마련을 준비하는 "
     "사회초년생을 위해 부동산 기초 개념부터 차근차근 짚어 본다."),
)  # fmt: skip
# (series id, name, description, episode count): other series, linked to their series pages
_SERIES_OTHERS = (
    (318, "이 기자의 재테크 노트", "사회초년생을 위한 월급 관리와 투자 기초", 34),
    (305, "박 교수의 건강한 노년", "노년내과 전문의가 알려주는 건강 수칙", 21),
    (297, "세계 도시 산책", "특파원들이 걸으며 본 세계의 도시", 47),
    (290, "AI 시대의 일자리", "인공지능이 바꾸는 직업의 미래를 따라가다", 15),
)
_SERIES_POPULAR = (
    ("2025040815321", "전세 사기 피하려면 이것부터"),
    ("2025040815277", "서울 아파트값 5주 연속 상승"),
    ("2025040715102", "[사설] 추경, 속도가 관건이다"),
    ("2025040815210", "벚꽃 명소 주말 교통 통제 구간"),
)


def _series_story(episode: int, subtitle: str, lead: str) -> Story:
    title = f"[{_SERIES_NAME}] {_SERIES_NUMBERS[episode - 1]} {subtitle}"
    return Story(title, lead, None)


def _series_href(aid: str) -> str:
    return f"/news/articleView.html?aid={aid}"


def _series_item(aid: str, episode: int, subtitle: str, lead: str) -> str:
    story = _series_story(episode, subtitle, lead)
    href = _series_href(aid)
    date = f"{aid[:4]}-{aid[4:6]}-{aid[6:8]}"
    return (
        '<li class="item">\n'
        f'<div class="thumb"><a href="{href}"><img src="https://img.hanseoilbo.example.co.kr/'
        f'news/{aid[:6]}/{aid}_t.jpg" alt=""></a></div>\n'
        '<div class="txt">\n'
        f'<h3 class="tit"><a href="{href}">{escape_html(story.title)}</a></h3>\n'
        f'<p class="lead"><a href="{href}">{_lead(story)}</a></p>\n'
        f'<div class="info"><span class="writer">김지훈 기자</span><span class="date">{date}</span></div>\n'
        "</div>\n</li>"
    )


def build_series_column() -> Layout:
    """A daily's 연재 (serialized column) page: ``div.series_head`` (series image, "연재" label,
    ``h2`` series name, description, the writer linked to the reporter page, "총 12회" and a
    구독 button), then ``ul.series_list > li.item`` episodes, newest first: a thumbnail link,
    ``h3.tit > a`` "[김 기자의 부동산 돋보기] ⑫ 전세 사기 피하려면" (circled episode numbers),
    ``p.lead > a`` and ``span.date`` "2025-04-08" (date only: no gold time). A "다른 연재 보기"
    box lists other series — image, name, description and episode count, each linking the
    series page (not articles: not gold). Chrome: GNB, "많이 본 기사", ads, pagination of the
    series, footer."""
    page_url = f"{_SERIES_HOST}/news/seriesList.html?sid=312"
    gnb = menu_items(
        (f"/news/articleList.html?sc={slug}", name)
        for slug, name in (
            ("politics", "정치"), ("economy", "경제"), ("realestate", "부동산"),
            ("society", "사회"), ("culture", "문화"), ("opinion", "오피니언"),
            ("series", "연재"),
        )
    )  # fmt: skip
    items = "\n".join(_series_item(*entry) for entry in _SERIES_EPISODES)
    others = "\n".join(
        f'<li><a href="/news/seriesList.html?sid={sid}" class="series_link">'
        f'<span class="img"><img src="https://img.hanseoilbo.example.co.kr/series/{sid}.jpg" '
        f'alt=""></span><strong class="name">{escape_html(name)}</strong>'
        f'<span class="desc">{escape_html(desc)}</span>'
        f'<span class="cnt">{count}회</span></a></li>'
        for sid, name, desc, count in _SERIES_OTHERS
    )
    popular = ranking_box(
        [(_series_href(aid), title) for aid, title in _SERIES_POPULAR], "많이 본 기사"
    )
    body = f"""<div id="wrap">
<header id="header"><h1 class="logo"><a href="/">한서일보</a></h1>
<nav id="gnb"><ul>{gnb}</ul></nav>
<div class="util"><a href="/member/login.html">로그인</a> <a href="/member/join.html">회원가입</a></div></header>
<div id="container">
<div id="content">
<div class="series_head">
<div class="series_img"><img src="https://img.hanseoilbo.example.co.kr/series/312_main.jpg" alt="{escape_html(_SERIES_NAME)}"></div>
<div class="series_info"><span class="label">연재</span>
<h2 class="series_name">{escape_html(_SERIES_NAME)}</h2>
<p class="series_desc">내 집 마련부터 전세, 청약, 세금까지. 부동산 전문 기자가 독자의 질문에 답하고 꼭 알아야 할 정보를 쉽게 풀어 드립니다. 매주 화요일 연재.</p>
<div class="series_writer"><a href="/news/reporterView.html?rid=1021"><img src="https://img.hanseoilbo.example.co.kr/reporter/1021.jpg" alt="">김지훈 기자</a></div>
<span class="series_cnt">총 <strong>12</strong>회</span>
<button type="button" class="btn_subscribe" data-sid="312">연재 구독</button></div>
</div>
<div class="list_head"><h3 class="list_tit">연재 기사</h3><div class="sort">
<a href="/news/seriesList.html?sid=312&amp;sort=new" class="on">최신순</a>
<a href="/news/seriesList.html?sid=312&amp;sort=old">1회부터</a></div></div>
<ul class="series_list">
{items}
</ul>
{pagination("/news/seriesList.html?sid=312&amp;page={n}", count=2)}
<div class="other_series"><h3 class="box_tit">다른 연재 보기</h3>
<ul>
{others}
</ul>
<a href="/news/seriesAll.html" class="more">연재 전체보기</a></div>
</div>
<div id="aside">
{popular}
{ad_slot("aside_ad", "광고", 64412, "hanseo_series_side")}
</div>
</div>
{company_footer(_SERIES_HOST, "한서일보", _FOOTER_LINKS)}
</div>"""
    html = html_document(f"{_SERIES_NAME} - 한서일보", body, lang="ko")
    gold = [
        gold_item(
            page_url,
            _series_href(aid),
            _series_story(episode, subtitle, lead),
            timed=False,
        )
        for aid, episode, subtitle, lead in _SERIES_EPISODES
    ]
    return korean_layout(
        "ko-series-column",
        "daily's 연재 page: series header box, ul.series_list > li.item > h3.tit > a "
        '"[김 기자의 부동산 돋보기] ⑫ …" + p.lead + span.date "2025-04-08" (date only), '
        '"다른 연재 보기" box of series-page links',
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 4. A news portal's 언론사별 뉴스: one box per press, each the press's latest articles
# --------------------------------------------------------------------------------------------

_PORTAL_HOST = "https://news.nuri-portal.example.com"
_PORTAL_ARTICLE = "https://n.news.nuri-portal.example.com/mnews/article"
# (press code, press name, [(article id, minutes ago, story)]); the first item of a box shows
# a photo and its lead
_PORTAL_PRESSES = (
    ("001", "한빛통신", (
        ("0015310452", 3, "정부, 산불 피해 지역 복구비 1조 원 투입",
         "정부가 산불 피해 지역 복구에 1조 원 규모의 예산을 투입하기로 했다. 주택 복구와 "
         "산림 복원에 우선 쓰인다."),
        ("0015310431", 11, "코스피, 외국인 매도에 2,400선 하회", None),
        ("0015310402", 26, "국회 상임위, 추경안 심사 본격화", None),
        ("0015310377", 48, "'벚꽃 절정' 주말 전국 나들이객 몰릴 듯", None),
        ("0015310341", 72, "북한, 서해상으로 탄도미사일 발사", None),
    )),
    ("025", "중앙한국일보", (
        ("0003421876", 7, "[단독] 대형 건설사 하도급 대금 '어음 돌려막기' 의혹",
         "한 대형 건설사가 하도급 업체들에 대금을 장기 어음으로 지급하며 돌려막기를 해 "
         "왔다는 의혹이 제기됐다."),
        ("0003421860", 19, "의대생 복귀 시한 D-3…대학들 '학칙대로'", None),
        ("0003421845", 35, "\"월세가 월급의 절반\" 청년 1인 가구의 봄", None),
        ("0003421822", 63, "미 연준 인사 \"관세發 물가 자극 우려\"", None),
        ("0003421801", 95, "[사설] 추경, 속도와 규모 모두 놓치지 말아야", None),
    )),
    ("055", "SBN", (
        ("0001245533", 14, "[영상] 고속도로 터널서 차량 화재…운전자 대피",
         "오늘 오전 고속도로 터널 안에서 달리던 승용차에 불이 났다. 운전자는 곧바로 "
         "대피해 다치지 않았다."),
        ("0001245519", 30, "황사 이어져 수도권 미세먼지 '나쁨'", None),
        ("0001245490", 52, "프로야구 1위 싸움 치열…주중 3연전 관전 포인트", None),
        ("0001245467", 81, "\"전세보증금 못 돌려받아\" 피해 신고 다시 늘어", None),
        ("0001245441", 128, "AI 교과서 한 달…학부모 반응 엇갈려", None),
    )),
    ("015", "한국경제신보", (
        ("0005112089", 22, "반도체 수출 석 달 연속 증가…HBM이 견인",
         "반도체 수출이 석 달 연속 증가세를 이어갔다. 고대역폭메모리 수요가 수출을 끌어올린 "
         "것으로 분석된다."),
        ("0005112064", 40, "10대 그룹 올해 신규 채용 작년보다 줄어", None),
        ("0005112050", 58, "원·달러 환율 1,470원대…17년 만에 최고", None),
        ("0005112031", 97, "서울 아파트 거래량 두 달 연속 증가", None),
        ("0005112007", 145, "배터리 3사 1분기 실적 '바닥 통과' 기대", None),
    )),
)  # fmt: skip
# (press code, article id, title): 언론사별 랭킹, partly the boxes' articles reworded
_PORTAL_RANKING = (
    ("025", "0003421876", "대형 건설사 하도급 대금 어음 돌려막기 의혹"),
    ("001", "0015309988", "전국 벚꽃 개화 지도…이번 주말이 절정"),
    ("055", "0001245533", "터널 안 차량 화재 아찔한 순간"),
    ("015", "0005111950", "연봉 1억 직장인 늘었지만…실질임금은 제자리"),
    ("001", "0015310452", "산불 복구비 1조 원 투입"),
)
_PORTAL_SUBSCRIBE = (
    ("001", "한빛통신"), ("025", "중앙한국일보"), ("055", "SBN"), ("015", "한국경제신보"),
    ("032", "서울새신문"), ("214", "MBN뉴스"), ("081", "대한데일리"), ("421", "뉴스누리"),
)  # fmt: skip


def _portal_href(press: str, aid: str) -> str:
    return f"{_PORTAL_ARTICLE}/{press}/{aid}?sid=100"


def _portal_age(minutes: int) -> str:
    return f"{minutes}분 전" if minutes < 60 else f"{minutes // 60}시간 전"


def _portal_when(minutes: int) -> datetime:
    shown = minutes if minutes < 60 else minutes // 60 * 60
    return ago(FETCHED_AT, minutes=shown)


def _portal_box(
    press: str, name: str, entries: tuple[tuple[str, int, str, str | None], ...]
) -> str:
    rows = []
    for n, (aid, minutes, title, lead) in enumerate(entries):
        href = _portal_href(press, aid)
        age = f'<span class="time">{_portal_age(minutes)}</span>'
        if n == 0:
            rows.append(
                '<li class="press_news_item is_photo">'
                f'<a href="{href}" class="news_thumb"><img src="https://imgnews.nuri-portal.'
                f'example.com/image/{press}/2025/04/08/{aid}_s.jpg" alt="" width="110" height="74">'
                '</a><div class="news_text">'
                f'<a href="{href}" class="news_tit">{escape_html(title)}</a>'
                f'<p class="news_lede">{escape_html(lead or "")}</p>{age}</div></li>'
            )
        else:
            rows.append(
                f'<li class="press_news_item"><a href="{href}" class="news_tit">'
                f"{escape_html(title)}</a>{age}</li>"
            )
    return (
        f'<div class="press_box" data-press="{press}">\n'
        f'<div class="press_head"><a href="{_PORTAL_HOST}/press/{press}" class="press_logo">'
        f'<img src="https://mimgnews.nuri-portal.example.com/logo/{press}.png" alt="{escape_html(name)}"></a>'
        f'<h3 class="press_name"><a href="{_PORTAL_HOST}/press/{press}">{escape_html(name)}</a></h3>'
        f'<a href="{_PORTAL_HOST}/press/{press}/subscribe" class="btn_subscribe" role="button">구독</a></div>\n'
        f'<ul class="press_news_list">\n' + "\n".join(rows) + "\n</ul>\n"
        f'<a href="{_PORTAL_HOST}/press/{press}?sid=100" class="press_more">{escape_html(name)} 기사 더보기</a>\n'
        "</div>"
    )


def build_portal_press_boxes() -> Layout:
    """A news portal's 언론사별 뉴스 page: ``div.press_box`` per press, each headed by the
    press logo and ``h3.press_name`` (linking the press page) with a 구독 button, then
    ``ul.press_news_list`` of the press's five latest articles (``a.news_tit`` +
    ``span.time`` "3분 전" / "1시간 전"), the first with a photo and ``p.news_lede``, and a
    "기사 더보기" link. Articles link the portal's article host. Every box's articles are the
    page's items. Chrome: portal GNB and section tabs, a "언론사 구독 설정" panel listing presses
    with their page links, a "언론사별 랭킹" box repeating some articles reworded, ads, a
    footer."""
    page_url = f"{_PORTAL_HOST}/section/press?sid=100"
    tabs = menu_items(
        (f"{_PORTAL_HOST}/section/{slug}?sid={sid}", name)
        for slug, sid, name in (
            ("home", "000", "뉴스홈"), ("press", "100", "언론사별"), ("politics", "100", "정치"),
            ("economy", "101", "경제"), ("society", "102", "사회"), ("life", "103", "생활/문화"),
            ("it", "105", "IT/과학"), ("world", "104", "세계"), ("ranking", "000", "랭킹"),
        )
    )  # fmt: skip
    boxes = "\n".join(_portal_box(*entry) for entry in _PORTAL_PRESSES)
    ranking = link_list(
        ((_portal_href(press, aid), title) for press, aid, title in _PORTAL_RANKING),
        '<li class="rank_item"><em class="rank_num">{rank}</em><a href="{href}" class="rank_tit">'
        "{title}</a></li>",
    )
    subscribe = "".join(
        f'<li><a href="{_PORTAL_HOST}/press/{code}" class="press_link"><img src="https://mimgnews.'
        f'nuri-portal.example.com/logo/{code}_s.png" alt="">{escape_html(name)}</a>'
        f'<button type="button" class="btn_toggle" data-press="{code}">구독중</button></li>'
        for code, name in _PORTAL_SUBSCRIBE
    )
    body = f"""<div id="u_skip"><a href="#ct">본문 바로가기</a></div>
<div id="wrap">
<header class="Nheader"><h1 class="Nlogo"><a href="https://www.nuri-portal.example.com/">누리</a>
<a href="{_PORTAL_HOST}/" class="Nlogo_news">뉴스</a></h1>
<nav class="Nlnb"><ul>{tabs}</ul></nav></header>
<div id="ct" class="press_wrap">
<div class="press_main">
<div class="press_top"><h2 class="press_title">언론사별 뉴스</h2>
<p class="press_desc">구독한 언론사의 최신 기사를 한눈에 봅니다.</p>
<div class="press_sort"><a href="?sid=100&amp;sort=recent" class="on">최신순</a>
<a href="?sid=100&amp;sort=press">언론사명순</a></div></div>
<div class="press_box_area">
{boxes}
</div>
</div>
<aside class="press_aside">
<div class="subscribe_panel"><h3 class="aside_tit">언론사 구독 설정</h3>
<p class="aside_desc">구독한 언론사 <strong>8</strong>곳</p><ul class="subscribe_list">{subscribe}</ul>
<a href="{_PORTAL_HOST}/press/subscribe/edit" class="btn_edit">구독 언론사 편집</a></div>
<div class="rank_box"><h3 class="aside_tit">언론사별 랭킹</h3><ol class="rank_list">{ranking}</ol>
<a href="{_PORTAL_HOST}/section/ranking?sid=000" class="more">랭킹 더보기</a></div>
{ad_slot("aside_ad", "AD", 90311, "nuri_news_press_side")}
</aside>
</div>
<footer class="Nfooter"><ul class="Nfooter_link"><li><a href="https://policy.nuri-portal.example.com/terms">이용약관</a></li>
<li><a href="https://policy.nuri-portal.example.com/privacy"><strong>개인정보처리방침</strong></a></li>
<li><a href="{_PORTAL_HOST}/notice">뉴스 공지</a></li><li><a href="https://help.nuri-portal.example.com/news">고객센터</a></li></ul>
<p class="Nfooter_copy">© NURI Corp.</p></footer>
</div>"""
    html = html_document("언론사별 뉴스 : 누리 뉴스", body, lang="ko")
    gold = [
        gold_item(
            page_url,
            _portal_href(press, aid),
            Story(title, lead, _portal_when(minutes)),
        )
        for press, _, entries in _PORTAL_PRESSES
        for aid, minutes, title, lead in entries
    ]
    return korean_layout(
        "ko-portal-press-boxes",
        "portal 언론사별 뉴스: div.press_box per press (logo + h3.press_name + 구독), "
        'ul.press_news_list > li > a.news_tit + span.time "3분 전", first item photo + lede, '
        "언론사 구독 설정 panel, 랭킹 box",
        html,
        page_url,
        gold,
    )


BUILDERS: tuple[Builder, ...] = (
    build_broadcaster_box_contents,
    build_regional_broadcaster,
    build_series_column,
    build_portal_press_boxes,
)
