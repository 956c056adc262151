"""A ninth set of Korean listing layouts: a local-newspaper CMS's newer template, a wire
service's regional list, a 24-hour news channel's table and a specialty weekly on an old ASP
CMS — markup families the other Korean modules do not cover.

Each builder returns a whole page in the shape of one family — the newer template of the
most common Korean local-newspaper CMS (``section#section-list > ul.type1 > li`` with the
text in ``div.view-cont``: ``h4.titles > a``, ``p.lead > a`` and ``em.info.category`` /
``em.info.name`` / ``em.info.dated`` "04-08 14:05" with no year, an auto-rolling "많이 본 뉴스"
box whose clones repeat its first entries, "포토뉴스" and "오피니언" side boxes in the same
``view-cont`` markup), a wire service's 전국 list (region tabs, a "지역 주요뉴스" top story,
``a.tit-news > span.title01`` headlines with "[고침]" / "[2보]" prefixes, leads opening with
the dateline "(광주=한누리통신) 김철수 기자 =", ``span.txt-time`` "04-08 14:05"), a 24-hour
news channel's list page as a table (``table.news_list tbody tr`` with ``td.title > a`` and
``td.date`` "2025-04-08 14:05", VOD play icons inside the links, a "속보" ticker at the top
naming the same articles) and a religious weekly on an old ASP CMS (``news_list.asp``,
tables in tables, ``news_view.asp?nidx=`` links, each story three rows: title and
"2025-04-08 오후 2:05:31", the lead in the following ``<tr>``, a one-pixel rule; EUC-KR bytes
with the charset declared in ``http-equiv``) — with the chrome real pages carry around the
list (menus, "많이 본 뉴스" boxes, ads, pagination, footers). Hosts, headlines, leads and
names are invented.

Every page is fetched at 2025-04-08 15:00 KST and printed on the KST clock. Gold times are
the instants the page states: a year-less "04-08 14:05" is in the fetch year, a 12-hour
"오후 2:05:31" is 14:05:31 and "오후 12:40:10" is 12:40:10.
"""

# Page markup is kept as the sites write it, one element per line: long lines are HTML.
# ruff: noqa: E501

from __future__ import annotations

from datetime import datetime

from etl.window import KST

from . import Builder, Layout
from .korean_chrome import (
    FOOTER_LINKS,
    ad_slot,
    company_footer,
    korean_layout,
    ranking_box,
)
from .markup import (
    Story,
    escape_html,
    gold_item,
    html_document,
    kst,
    lead_html,
    link_list,
    menu_items,
)

# --------------------------------------------------------------------------------------------
# Shared helpers
# --------------------------------------------------------------------------------------------


def _kst_s(day: int, hour: int, minute: int, second: int) -> datetime:
    """An April 2025 instant on the KST clock, to the second."""
    return datetime(2025, 4, day, hour, minute, second, tzinfo=KST)


def _asp_clock(when: datetime) -> str:
    """``2025-04-08 오후 2:05:31``: how a classic ASP page prints a date and time in Korean."""
    half = "오전" if when.hour < 12 else "오후"
    hour = when.hour % 12 or 12
    return f"{when:%Y-%m-%d} {half} {hour}:{when:%M:%S}"


# --------------------------------------------------------------------------------------------
# 1. A local-newspaper CMS's newer template: ul.type1 > li > div.view-cont
# --------------------------------------------------------------------------------------------

_VC_HOST = "https://www.haeoreum.example.kr"
# (idxno, section, reporter, thumbnail?, story); times printed "04-08 14:05"
_VC_STORIES = (
    (52418, "사회", "김민재", True, Story(
        "해오름시, 노후 상수관 전면 교체…2028년까지 1200억 투입",
        "해오름시가 설치한 지 30년이 넘은 상수관을 2028년까지 모두 바꾼다. 사업비 1200억 원이 "
        "들어가며 누수가 잦은 구도심부터 공사를 시작한다.",
        kst(8, 14, 41))),
    (52415, "사회", "이수아", True, Story(
        "[단독] 시립요양원 위탁업체, 보조금 부정 수급 의혹",
        "시립요양원을 위탁 운영하는 업체가 근무하지 않은 요양보호사를 근무한 것처럼 꾸며 "
        "보조금을 받아 왔다는 의혹이 제기됐다.",
        kst(8, 14, 5))),
    (52411, "사회", "박정호", False, Story(
        "봄철 산불 위험 최고조…입산 통제 구역 23곳으로 확대",
        "건조한 날씨가 이어지면서 산불 위험이 높아지자 시가 입산 통제 구역을 23곳으로 늘렸다. "
        "위반하면 과태료 최대 200만 원이 부과된다.",
        kst(8, 13, 22))),
    (52407, "사회", "최유진", True, Story(
        "\"통학로에 인도가 없어요\"…초등생 학부모들 안전대책 요구",
        "신도심 초등학교 통학로 일부 구간에 인도가 없어 학생들이 차도를 걷고 있다며 학부모들이 "
        "시에 안전대책을 요구했다.",
        kst(8, 11, 50))),
    (52402, "사회", "김민재", True, Story(
        "[포토] 벚꽃 터널 아래 시민들 '봄나들이'",
        "8일 해오름천 벚꽃길을 찾은 시민들이 활짝 핀 벚꽃 아래를 걷고 있다.",
        kst(8, 10, 34))),
    (52399, "사회", "정하늘", False, Story(
        "시내버스 파업 사흘째…출근길 시민 불편 이어져",
        "시내버스 노조 파업이 사흘째 이어지면서 출근길 시민들이 큰 불편을 겪었다. 시는 전세버스 "
        "80대를 긴급 투입했다.",
        kst(8, 9, 12))),
    (52391, "사회", "이수아", True, Story(
        "해오름경찰서, 보이스피싱 수거책 일당 5명 검거",
        "노인들에게서 현금을 받아 조직에 넘긴 보이스피싱 수거책 일당 5명이 경찰에 붙잡혔다. "
        "피해액은 4억 원에 이른다.",
        kst(7, 18, 40))),
    (52386, "사회", "박정호", True, Story(
        "폐교 활용 마을 공동체 공간 문 열어…주민 주도 운영",
        "10년 넘게 비어 있던 폐교가 마을 공동체 공간으로 다시 문을 열었다. 주민협의회가 "
        "카페와 공방을 직접 운영한다.",
        kst(7, 16, 25))),
    (52380, "사회", "최유진", False, Story(
        "응급실 야간 진료 축소 검토에 시민단체 반발",
        "지역 거점병원이 전공의 공백을 이유로 응급실 야간 진료 축소를 검토하자 시민단체들이 "
        "공공의료 후퇴라며 반발하고 나섰다.",
        kst(7, 14, 58))),
    (52374, "사회", "정하늘", True, Story(
        "전통시장 화재 안전점검…소화기 미비 점포 40곳 적발",
        "소방본부가 관내 전통시장 7곳의 화재 안전점검을 벌여 소화기를 갖추지 않은 점포 40곳을 "
        "적발했다.",
        kst(7, 11, 3))),
    (52369, "사회", "김민재", True, Story(
        "해오름항 여객선 증편…주말 섬 관광객 편의 개선",
        "해오름항과 섬 지역을 잇는 여객선이 주말마다 하루 두 차례 증편된다. 봄철 관광객이 "
        "늘어난 데 따른 조치다.",
        kst(6, 17, 20))),
    (52363, "사회", "이수아", False, Story(
        "외국인 주민 통역 콜센터 운영…12개 언어 지원",
        "시가 외국인 주민을 위한 통역 콜센터를 연다. 병원과 관공서 이용 때 12개 언어로 "
        "전화 통역을 받을 수 있다.",
        kst(6, 10, 45))),
)  # fmt: skip
# The auto-rolling 많이 본 뉴스: shorter wordings of some of the list's stories among others
_VC_POPULAR = (
    (52415, "시립요양원 위탁업체 보조금 부정 수급 의혹"),
    (52301, "해오름시 아파트 분양가 3.3㎡당 1,400만 원 넘었다"),
    (52399, "버스 파업 사흘째…출근길 불편"),
    (52288, "해오름FC 홈 개막전 매진"),
    (52418, "노후 상수관 전면 교체한다"),
)
_VC_PHOTOS = (
    (52396, "[포토] 해오름천 유채꽃 만개"),
    (52352, "[포토] 새벽 수산시장의 봄 도다리"),
    (52340, "[포토] 어린이 안전 골든벨 현장"),
)
# (idxno, columnist, title): 오피니언 with the columnist's photo as the link's image
_VC_OPINION = (
    (52409, "한동석 논설위원", "[사설] 버스 파업, 시민을 볼모로 삼아선 안 된다"),
    (52377, "윤미경 시인", "[해오름칼럼] 벚꽃이 지고 난 자리"),
    (52350, "오재혁 변호사", "[법률상담] 전세 계약 끝났는데 보증금을 못 받았다면"),
)


def _vc_href(idxno: int) -> str:
    return f"/news/articleView.html?idxno={idxno}"


def _vc_item(idxno: int, section: str, reporter: str, thumb: bool, story: Story) -> str:
    assert story.when is not None
    href = _vc_href(idxno)
    image = (
        f'<a href="{href}" class="thumb" target="_top"><img src="{_VC_HOST}/news/thumbnail/202504/'
        f'{idxno}_{idxno % 9000}_{idxno % 97}_v150.jpg" alt="{escape_html(story.title)}"></a>\n'
        if thumb
        else ""
    )
    return (
        f'<li>\n{image}<div class="view-cont">\n'
        f'<h4 class="titles"><a href="{href}" target="_top">{story.headline_html}</a></h4>\n'
        f'<p class="lead line-6x2"><a href="{href}" target="_top" class="lead-link">'
        f"{lead_html(story)}</a></p>\n"
        f'<em class="info category">{section}</em>\n'
        f'<em class="info name">{reporter} 기자</em>\n'
        f'<em class="info dated">{story.when:%m-%d %H:%M}</em>\n'
        "</div>\n</li>"
    )


def _vc_auto_rolling() -> str:
    """The 많이 본 뉴스 box: a rolling list whose script appends clones of its first entries."""
    rows = list(_VC_POPULAR) + list(_VC_POPULAR[:2])
    entries = "".join(
        f"<li{' class=clone aria-hidden=true' if n > len(_VC_POPULAR) else ''}>"
        f'<a href="{_vc_href(idx)}" target="_top"><em class="number">'
        f"{(n - 1) % len(_VC_POPULAR) + 1}</em>"
        f'<span class="auto-titles">{escape_html(title)}</span></a></li>'
        for n, (idx, title) in enumerate(rows, start=1)
    )
    return (
        '<section class="box-skin auto-article" id="skin-12">\n'
        '<header class="header"><h2 class="auto-titles">많이 본 뉴스</h2>'
        '<div class="auto-btns"><button type="button" class="auto-prev">이전</button>'
        '<button type="button" class="auto-next">다음</button></div></header>\n'
        '<div class="auto-content rolling" data-roll="vertical" data-speed="3000">'
        f'<ul class="auto-rank">{entries}</ul></div>\n</section>'
    )


def _vc_photo_box() -> str:
    entries = "".join(
        f'<li><a href="{_vc_href(idx)}" class="thumb" target="_top"><img src="{_VC_HOST}/news/'
        f'thumbnail/202504/{idx}_{idx % 9000}_v150.jpg" alt=""></a>'
        f'<div class="view-cont"><h4 class="titles auto-titles line-x2">'
        f'<a href="{_vc_href(idx)}" target="_top">{escape_html(title)}</a></h4></div></li>'
        for idx, title in _VC_PHOTOS
    )
    return (
        '<section class="box-skin photo-news" id="skin-13">\n'
        '<header class="header"><h2 class="titles">포토뉴스</h2>'
        '<a href="/news/photoList.html" class="more">더보기</a></header>\n'
        f'<ul class="type2 auto-photo">{entries}</ul>\n</section>'
    )


def _vc_opinion_box() -> str:
    entries = "".join(
        f'<li><a href="{_vc_href(idx)}" class="thumb round" target="_top"><img src="{_VC_HOST}'
        f'/news/photo/columnist/{idx % 31}.jpg" alt="{escape_html(name)}"></a>'
        f'<div class="view-cont"><h4 class="titles auto-titles line-x2">'
        f'<a href="{_vc_href(idx)}" target="_top">{escape_html(title)}</a></h4>'
        f'<em class="info name">{escape_html(name)}</em></div></li>'
        for idx, name, title in _VC_OPINION
    )
    return (
        '<section class="box-skin opinion-news" id="skin-14">\n'
        '<header class="header"><h2 class="titles">오피니언</h2>'
        '<a href="/news/articleList.html?sc_section_code=S1N5&amp;view_type=sm" class="more">'
        "더보기</a></header>\n"
        f'<ul class="type1 auto-opinion">{entries}</ul>\n</section>'
    )


def _vc_pagination(base: str) -> str:
    pages = "".join(
        f'<li class="pagination-num"><a href="{base}&amp;page={n}">{n}</a></li>'
        for n in range(2, 11)
    )
    return (
        '<div class="list-paging"><ul class="pagination justify-content-center">\n'
        f'<li class="pagination-start"><a href="{base}&amp;page=1">처음</a></li>'
        f'<li class="pagination-prev"><a href="{base}&amp;page=1">이전</a></li>'
        '<li class="pagination-num active"><span>1</span></li>'
        f'{pages}<li class="pagination-next"><a href="{base}&amp;page=11">다음</a></li>'
        f'<li class="pagination-end"><a href="{base}&amp;page=142">맨끝</a></li>\n'
        "</ul></div>"
    )


def build_cms_view_cont() -> Layout:
    """A local newspaper on the most common Korean local-news CMS, newer template:
    ``section#section-list > ul.type1 > li`` with an optional ``a.thumb`` (alt = headline)
    and ``div.view-cont`` holding ``h4.titles > a``, ``p.lead > a.lead-link`` to the same
    article and ``em.info.category`` / ``em.info.name`` / ``em.info.dated`` "04-08 14:05"
    (no year). Beside it an auto-rolling "많이 본 뉴스" (numbered, shorter wordings of some
    list stories, clones of its first entries for the loop), "포토뉴스" and "오피니언" boxes in
    the same ``view-cont`` markup, banner ads; ``ul.pagination`` with ``li.active``."""
    base = "/news/articleList.html?sc_section_code=S1N3&amp;view_type=sm"
    page_url = f"{_VC_HOST}{base.replace('&amp;', '&')}"
    nav = menu_items(
        (f"/news/articleList.html?sc_section_code=S1N{n}&amp;view_type=sm", name)
        for n, name in enumerate(
            ("정치", "경제", "사회", "문화", "오피니언", "스포츠", "사람들"), start=1
        )
    )
    items = "\n".join(_vc_item(*entry) for entry in _VC_STORIES)
    titles_only = base.replace("view_type=sm", "view_type=tm")
    photos_only = base.replace("view_type=sm", "view_type=pm")
    body = f"""<div id="user-wrap">
<div id="user-header" class="user-header">
<div class="header-top float-center max-width-1080"><ul class="header-util">
<li><a href="/member/login.html">로그인</a></li><li><a href="/member/join.html">회원가입</a></li>
<li><a href="/com/jebo.html">기사제보</a></li><li><a href="/bbs/list.html?table=bbs_13">구독신청</a></li></ul></div>
<div class="header-logo"><a href="/"><img src="{_VC_HOST}/image/logo/toplogo_20241102.png" alt="해오름신문"></a></div>
<nav id="user-nav" class="user-nav"><ul class="nav-menu">
<li><a href="/news/articleList.html?view_type=sm">전체기사</a></li>{nav}</ul></nav>
</div>
{ad_slot("banner_box banner-top", "광고", 44102, "haeoreum_top")}
<div id="user-container"><div class="float-center max-width-1080">
<div class="user-content">
<section id="section-list" class="content">
<header class="box-title"><h2 class="titles">사회</h2>
<div class="view-type"><a href="{titles_only}" class="tm">제목형</a>
<a href="{base}" class="sm on">요약형</a>
<a href="{photos_only}" class="pm">포토형</a></div></header>
<div class="list-titles"><span class="total">총 1,418건의 기사가 있습니다.</span></div>
<ul class="type1">
{items}
</ul>
{_vc_pagination(base)}
</section>
</div>
<div class="aside">
{_vc_auto_rolling()}
{ad_slot("banner_box aside-ad", "AD", 44117, "haeoreum_aside")}
{_vc_photo_box()}
{_vc_opinion_box()}
</div>
</div></div>
<div id="user-footer">
{company_footer(_VC_HOST, "해오름신문", FOOTER_LINKS)}
<address>해오름신문 | 해오름시 중앙로 12 | 대표전화 061-000-1234 | 등록번호 전남 아 00123 | 발행·편집인 정태수</address>
</div>
</div>"""
    html = html_document("사회 - 해오름신문", body, lang="ko")
    gold = [gold_item(page_url, _vc_href(idx), story) for idx, _, _, _, story in _VC_STORIES]
    return korean_layout(
        "ko-cms-view-cont",
        "local-newspaper CMS newer template: section#section-list > ul.type1 > li > "
        'div.view-cont > h4.titles > a + p.lead > a + em.info.dated "04-08 14:05" (no year), '
        "auto-rolling 많이 본 뉴스 with clones, 포토뉴스/오피니언 boxes in the same markup",
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 2. A wire service's regional (전국) list: region tabs, datelined leads, [고침]/[2보] titles
# --------------------------------------------------------------------------------------------

_RG_HOST = "https://www.hanuri-news.example.co.kr"
_RG_REGIONS = (
    ("seoul", "서울"), ("incheon", "인천"), ("gyeonggi", "경기"), ("gangwon", "강원"),
    ("daejeon", "대전·세종·충남"), ("chungbuk", "충북"), ("gwangju", "광주·전남"),
    ("jeonbuk", "전북"), ("busan", "부산·울산·경남"), ("daegu", "대구·경북"), ("jeju", "제주"),
)  # fmt: skip
# (article id, photo?, story): the 지역 주요뉴스 top story
_RG_TOP = (
    ("AKR20250408121500054", True, Story(
        "광주 도심 하천 범람 대비 '지하 저류조' 첫 가동",
        "(광주=한누리통신) 김철수 기자 = 광주 도심 하천의 범람을 막기 위해 만든 대형 지하 "
        "저류조가 8일 처음으로 가동에 들어갔다.",
        kst(8, 12, 15))),
)  # fmt: skip
_RG_STORIES = (
    ("AKR20250408158400051", False, Story(
        "[2보] 부산 사하구 공장 화재 대응 2단계 발령…인명 피해 확인 중",
        "(부산=한누리통신) 박영훈 기자 = 8일 오후 2시 30분께 부산 사하구 신평동의 한 "
        "금속가공 공장에서 불이 나 소방당국이 대응 2단계를 발령했다.",
        kst(8, 14, 52))),
    ("AKR20250408157200063", True, Story(
        "제주 봄 관광객 하루 4만 명 넘어…렌터카 예약률 90%",
        "(제주=한누리통신) 고은비 기자 = 봄 여행철을 맞아 제주를 찾는 관광객이 하루 4만 명을 "
        "넘어섰다. 주말 렌터카 예약률은 90%에 이른다.",
        kst(8, 14, 41))),
    ("AKR20250408155900053", False, Story(
        "[고침] 대구 달서구, 경로당 냉난방비 지원 20% 늘린다",
        "(대구=한누리통신) 이재훈 기자 = 대구 달서구가 관내 경로당 180곳의 냉난방비 지원을 "
        "올해 20% 늘린다고 8일 밝혔다.",
        kst(8, 14, 33))),
    ("AKR20250408154700061", True, Story(
        "강원 고성 산불 진화율 90%…야간 확산 막기 총력",
        "(고성=한누리통신) 최민호 기자 = 강원 고성에서 발생한 산불의 진화율이 8일 오후 2시 "
        "기준 90%를 기록했다. 산림당국은 해가 지기 전 주불을 잡는다는 방침이다.",
        kst(8, 14, 20))),
    ("AKR20250408153100052", False, Story(
        "[속보] 부산 사하구 공장서 큰불…검은 연기 치솟아",
        None,
        kst(8, 14, 5))),
    ("AKR20250408150800055", True, Story(
        "전북 새만금 이차전지 특구 입주 기업 30곳 돌파",
        "(군산=한누리통신) 정수연 기자 = 새만금 이차전지 특화단지에 입주 계약을 맺은 기업이 "
        "30곳을 넘어섰다고 새만금개발청이 8일 밝혔다.",
        kst(8, 13, 48))),
    ("AKR20250408148200057", False, Story(
        "충북 청주 오송역 환승센터 착공…2027년 완공",
        "(청주=한누리통신) 윤태경 기자 = KTX 오송역 복합환승센터가 8일 착공식을 열고 공사에 "
        "들어갔다. 2027년 완공이 목표다.",
        kst(8, 13, 26))),
    ("AKR20250408145600062", False, Story(
        "[고침] 인천공항 제2터미널 확장 구역 이달 말 개장",
        "(인천=한누리통신) 한지민 기자 = 인천국제공항 제2여객터미널 확장 구역이 이달 말 문을 "
        "연다. 연간 여객 처리 능력이 2천300만 명 늘어난다.",
        kst(8, 13, 2))),
    ("AKR20250408143000054", True, Story(
        "전남 신안 해상풍력 주민 이익공유 배당금 첫 지급",
        "(신안=한누리통신) 김철수 기자 = 전남 신안군이 태양광·풍력 발전 이익을 주민과 나누는 "
        "제도에 따라 해상풍력 배당금을 처음으로 지급했다.",
        kst(8, 12, 40))),
    ("AKR20250408140300060", False, Story(
        "경기 수원 버스 노선 전면 개편 앞두고 설명회",
        "(수원=한누리통신) 서지호 기자 = 수원시가 다음 달 시내버스 노선 전면 개편을 앞두고 "
        "구별 주민 설명회를 연다.",
        kst(8, 11, 55))),
    ("AKR20250408137700052", False, Story(
        "[부고] 이정남(전 광주일보 편집국장)씨 별세",
        "(광주=한누리통신) ▲ 이정남씨 별세, 이민수(광주시청 주무관)씨 부친상 = 8일 오전 "
        "광주 조선대병원 장례식장, 발인 10일 오전 8시.",
        kst(8, 11, 30))),
    ("AKR20250408134200058", True, Story(
        "대전 엑스포과학공원 일대 야간 관광 명소로…미디어아트 개막",
        "(대전=한누리통신) 강다은 기자 = 대전 엑스포과학공원 일대에서 대형 미디어아트 전시가 "
        "8일 개막했다. 전시는 10월까지 매일 밤 이어진다.",
        kst(8, 10, 48))),
    ("AKR20250408131800051", False, Story(
        "울산 태화강 국가정원 봄꽃축제 11일 개막",
        "(울산=한누리통신) 장현우 기자 = 울산 태화강 국가정원에서 봄꽃축제가 11일부터 "
        "사흘간 열린다. 꽃양귀비와 작약 60만 송이가 선보인다.",
        kst(8, 10, 12))),
    ("AKR20250408127500059", True, Story(
        "경북 안동 하회마을 관람객 급증…주차난 해소 셔틀버스 운행",
        "(안동=한누리통신) 이재훈 기자 = 봄 관광철 경북 안동 하회마을을 찾는 관람객이 크게 "
        "늘면서 안동시가 주말 셔틀버스를 운행한다.",
        kst(8, 9, 40))),
    ("AKR20250407188900055", False, Story(
        "세종시, 공공자전거 '어울링' 요금 1년간 동결",
        "(세종=한누리통신) 강다은 기자 = 세종시가 공공자전거 어울링의 이용 요금을 앞으로 1년간 "
        "동결하기로 했다고 7일 밝혔다.",
        kst(7, 19, 22))),
)  # fmt: skip
_RG_POPULAR = (
    ("AKR20250408153100052", "부산 사하구 공장서 큰불"),
    ("AKR20250408091200058", '"1시간 기다려 탔다" 벚꽃 명소 주말 교통 체증'),
    ("AKR20250408154700061", "고성 산불 진화율 90%"),
    ("AKR20250407175500061", "제주 해안도로서 렌터카 추락…2명 부상"),
    ("AKR20250408121500054", "광주 지하 저류조 첫 가동"),
)
# The 지역 화제의 사진 side box: photo pages (PYH ids) the list does not carry
_RG_PHOTOS = (
    ("PYH2025040812340005400", "하회마을 봄나들이"),
    ("PYH2025040810220006100", "태화강 국가정원 꽃양귀비"),
    ("PYH2025040809150005300", "고성 산불 진화 헬기"),
)


def _rg_href(aid: str) -> str:
    return f"{_RG_HOST}/view/{aid}?section=local/all"


def _rg_image(aid: str, title: str) -> str:
    return (
        f'<figure class="img-con"><a href="{_rg_href(aid)}" class="img img-cover imgLink" '
        f'data-cid="{aid}"><img src="https://img.hanuri-news.example.co.kr/photo/cms/2025/04/'
        f'08/{aid[-6:]}/{aid}_T2.jpg" alt="{escape_html(title)}"></a></figure>\n'
    )


def _rg_item(aid: str, photo: bool, story: Story) -> str:
    assert story.when is not None
    lead = f'<p class="lead">{lead_html(story)}</p>\n' if story.lead else ""
    image = _rg_image(aid, story.title) if photo else ""
    return (
        f'<li data-cid="{aid}">\n<div class="item-box01">\n{image}'
        '<div class="news-con">\n'
        f'<a href="{_rg_href(aid)}" class="tit-news" data-cid="{aid}">'
        f'<span class="title01">{story.headline_html}</span></a>\n{lead}</div>\n'
        f'<div class="info-box01"><span class="txt-time">{story.when:%m-%d %H:%M}</span></div>\n'
        "</div>\n</li>"
    )


def build_wire_regional() -> Layout:
    """A wire service's 전국 (regional) list: region tabs (서울 … 제주) under the section
    title, a "지역 주요뉴스" top story (``div.item-box-main``), then ``ul.list01 > li >
    div.item-box01`` with ``a.tit-news > span.title01``, ``p.lead`` opening with the
    dateline "(광주=한누리통신) 김철수 기자 =", ``span.txt-time`` "04-08 14:05" (no year).
    Titles carry the wire's "[고침]" / "[2보]" / "[속보]" / "[부고]" prefixes (part of the
    title); a "[속보]" flash shows no lead. Aside: a numbered "전국 많이 본 뉴스" with short
    wordings, a "지역 화제의 사진" box and ads."""
    page_url = f"{_RG_HOST}/local/all"
    nav = menu_items(
        (f"/{slug}/all", name)
        for slug, name in (
            ("nk", "북한"), ("politics", "정치"), ("economy", "경제"), ("industry", "산업"),
            ("society", "사회"), ("local", "전국"), ("international", "세계"),
            ("culture", "문화"), ("sports", "스포츠"),
        )
    )  # fmt: skip
    tabs = '<li class="on"><a href="/local/all">전체</a></li>' + menu_items(
        (f"/local/{slug}", name) for slug, name in _RG_REGIONS
    )
    top_aid, _, top = _RG_TOP[0]
    assert top.when is not None
    items = "\n".join(_rg_item(*entry) for entry in _RG_STORIES)
    popular = link_list(
        ((_rg_href(aid), title) for aid, title in _RG_POPULAR),
        '<li><span class="rank">{rank}</span><a href="{href}" class="tit-news"><span class="title01">{title}</span></a></li>',
    )
    photos = link_list(
        ((f"{_RG_HOST}/photo/{pid}?section=photo/local", title) for pid, title in _RG_PHOTOS),
        '<li><a href="{href}" class="img-cover"><img src="https://img.hanuri-news.example.co.kr/photo/yna/thumb.jpg" alt=""></a>'
        '<a href="{href}" class="tit-news"><span class="title01">{title}</span></a></li>',
    )
    pages = "".join(f'<a href="/local/all/{n}" class="num">{n}</a>' for n in range(2, 11))
    body = f"""<div id="container">
<header id="header" class="header-type01">
<h1 class="logo"><a href="/">한누리통신</a></h1>
<nav class="gnb-wrap"><ul class="gnb">{nav}</ul></nav>
</header>
{ad_slot("ad-box-top", "광고", 71201, "hanuri_local_top")}
<main class="container521">
<div class="content03">
<section class="box-type001">
<div class="title-page01"><h2 class="tit">전국</h2></div>
<nav class="nav-local01"><ul class="list-tab01">{tabs}</ul></nav>
<div class="top-main-news">
<h3 class="blind">지역 주요뉴스</h3>
<div class="item-box-main">
{_rg_image(top_aid, top.title)}<div class="news-con">
<a href="{_rg_href(top_aid)}" class="tit-news"><strong class="tit01">{escape_html(top.title)}</strong></a>
<p class="lead">{lead_html(top)}</p>
<span class="txt-time">{top.when:%m-%d %H:%M}</span></div>
</div>
</div>
<div class="list-type212">
<ul class="list01">
{items}
</ul>
</div>
<div class="paging paging-type01"><strong class="num on">1</strong>{pages}
<a href="/local/all/11" class="next">다음 페이지</a></div>
</section>
</div>
<aside class="aside-area">
<div class="aside-box01 most-popular"><h2 class="title-type04">전국 많이 본 뉴스</h2>
<ol class="list-type052">{popular}</ol></div>
<div class="aside-box01 photo-local"><h2 class="title-type04">지역 화제의 사진</h2>
<ul class="list-type060">{photos}</ul></div>
{ad_slot("aside-box-ad", "AD", 71215, "hanuri_local_aside")}
</aside>
</main>
{company_footer(_RG_HOST, "한누리통신", FOOTER_LINKS)}
</div>"""
    html = html_document("전국 | 한누리통신", body, lang="ko")
    gold = [gold_item(page_url, _rg_href(aid), story) for aid, _, story in _RG_TOP + _RG_STORIES]
    return korean_layout(
        "ko-wire-regional",
        "wire service 전국 list: region tabs, 지역 주요뉴스 top story, ul.list01 > li > "
        'div.item-box01 > a.tit-news > span.title01 "[고침]"/"[2보]", datelined p.lead '
        '"(광주=…) 기자 =", span.txt-time "04-08 14:05"',
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 3. A 24-hour news channel's list page as a table, under a 속보 ticker
# --------------------------------------------------------------------------------------------

_CH_HOST = "https://www.onnuri24.example.co.kr"
# (article key, category, VOD?, story); no leads, times "2025-04-08 14:05"
_CH_STORIES = (
    ("0101_202504081452187301", "정치", True, Story(
        "[속보] 국회, 산불 피해 지원 특별법 본회의 통과", None, kst(8, 14, 52))),
    ("0103_202504081447065512", "사회", True, Story(
        "부산 사하구 공장 화재 대응 2단계…\"인근 주민 창문 닫아야\"", None, kst(8, 14, 47))),
    ("0102_202504081441133120", "경제", False, Story(
        "원·달러 환율 1,450원대로 하락…외국인 순매수 전환", None, kst(8, 14, 41))),
    ("0104_202504081435218841", "국제", True, Story(
        "日 규슈 해역 규모 5.8 지진…\"쓰나미 우려 없어\"", None, kst(8, 14, 35))),
    ("0101_202504081428392204", "정치", False, Story(
        "여야 원내대표 회동…추경 협상 이견 못 좁혀", None, kst(8, 14, 28))),
    ("0103_202504081420117783", "사회", True, Story(
        "[단독] 전세사기 피해 주택 경매 유예 연장 검토", None, kst(8, 14, 20))),
    ("0105_202504081412302915", "과학", False, Story(
        "국내 연구진, 폐배터리 리튬 회수율 95% 기술 개발", None, kst(8, 14, 12))),
    ("0103_202504081405044470", "사회", True, Story(
        "[날씨] 내일 전국 흐리고 비…강원 산지 최대 30mm", None, kst(8, 14, 5))),
    ("0102_202504081358215301", "경제", False, Story(
        "3월 취업자 19만 명 증가…청년층은 감소 지속", None, kst(8, 13, 58))),
    ("0104_202504081351409962", "국제", True, Story(
        "美 국무장관 \"동맹 방위비 분담 재협상 필요\"", None, kst(8, 13, 51))),
    ("0101_202504081343016628", "정치", False, Story(
        "대통령실 \"통상 대응 범정부 태스크포스 가동\"", None, kst(8, 13, 43))),
    ("0106_202504081336554187", "문화", True, Story(
        "국립중앙박물관, 고려 청자 특별전 개막", None, kst(8, 13, 36))),
    ("0103_202504081325338805", "사회", False, Story(
        "경찰, 마약 유통 조직 총책 등 21명 검거", None, kst(8, 13, 25))),
    ("0107_202504081317129043", "스포츠", True, Story(
        "프로야구 개막 2주 만에 100만 관중…역대 최소 경기", None, kst(8, 13, 17))),
    ("0102_202504081304472736", "경제", False, Story(
        "정부, 수출 중소기업 긴급 유동성 5조 원 지원", None, kst(8, 13, 4))),
    ("0103_202504081251186654", "사회", True, Story(
        "벚꽃 명소 주말 인파 몰려…지자체 안전관리 비상", None, kst(8, 12, 51))),
    ("0104_202504081240028210", "국제", False, Story(
        "EU, 미국산 제품 보복관세 목록 발표 연기", None, kst(8, 12, 40))),
    ("0105_202504081228497719", "과학", True, Story(
        "누리호 5차 발사 준비 본격화…발사체 조립 착수", None, kst(8, 12, 28))),
)  # fmt: skip
# The 속보 ticker: the latest flashes as the channel's caption writes them, same articles
_CH_TICKER = (
    ("0101_202504081452187301", "[속보] 국회, 산불 피해 지원 특별법 본회의 통과"),
    ("0103_202504081447065512", "[속보] 부산 사하구 공장 화재 대응 2단계 발령"),
    ("0104_202504081435218841", "[속보] 日 규슈 해역 규모 5.8 지진"),
)
_CH_POPULAR = (
    ("0103_202504081120338105", '"벚꽃 보러 갔다가…" 주말 교통사고 잇따라'),
    ("0103_202504081447065512", "부산 공장 화재 대응 2단계"),
    ("0102_202504080935114527", "금값 또 사상 최고치…골드바 품귀"),
    ("0107_202504081317129043", "프로야구 최소 경기 100만 관중"),
    ("0104_202504080812052210", "美 관세 발효 하루 앞으로…주요국 대응은"),
)
# (clip id, play time, title): the 인기 영상 box of the channel's clips
_CH_CLIPS = (
    ("0930_202504081200391881", "01:52", "[현장영상] 불길 치솟은 공장…소방대원 진입 순간"),
    ("0930_202504081015226612", "03:05", "[뉴스리뷰] 관세 발효 D-1, 산업계 긴장"),
    ("0930_202504080901174403", "00:48", "[영상] 벚꽃길 드론 풍경"),
)


def _ch_href(key: str) -> str:
    return f"/_ln/{key}"


def _ch_row(key: str, category: str, vod: bool, story: Story) -> str:
    assert story.when is not None
    play = (
        '<img src="/img/common/ico_vod_play.png" class="ico_vod" alt="동영상 기사">' if vod else ""
    )
    return (
        "<tr>\n"
        f'<td class="cate"><a href="/news/list.php?mcd={key[:4]}">{category}</a></td>\n'
        f'<td class="title"><a href="{_ch_href(key)}">{play}{story.headline_html}</a></td>\n'
        f'<td class="date">{story.when:%Y-%m-%d %H:%M}</td>\n'
        "</tr>"
    )


def build_news_channel_table() -> Layout:
    """A 24-hour news channel's 전체 뉴스 list as a table: ``table.news_list`` with a caption,
    ``thead`` (구분/제목/날짜) and ``tbody tr`` rows of ``td.cate > a`` (a section link),
    ``td.title > a`` (a VOD play ``<img alt="동영상 기사">`` inside the link before the
    headline on video reports) and ``td.date`` "2025-04-08 14:05"; no leads. Above it a
    rolling "속보" ticker naming the latest flashes — the same articles as the first rows,
    worded as captions ("[속보] … 발령"): one story each, not separate items. Aside: a
    numbered "많이 본 뉴스", an "인기 영상" box of clips with play times, ads."""
    page_url = f"{_CH_HOST}/news/list.php?mcd=recentnews"
    nav = menu_items(
        (f"/news/list.php?mcd={code}", name)
        for code, name in (
            ("0101", "정치"), ("0102", "경제"), ("0103", "사회"), ("0104", "국제"),
            ("0105", "과학"), ("0106", "문화"), ("0107", "스포츠"), ("0930", "영상"),
        )
    )  # fmt: skip
    ticker = link_list(
        ((_ch_href(key), title) for key, title in _CH_TICKER),
        '<li><a href="{href}">{title}</a></li>',
    )
    rows = "\n".join(_ch_row(*entry) for entry in _CH_STORIES)
    popular = ranking_box([(_ch_href(key), title) for key, title in _CH_POPULAR])
    clips = "".join(
        f'<li><a href="{_ch_href(key)}"><span class="thumb"><img src="https://img.onnuri24.'
        f'example.co.kr/thumb/{key}.jpg" alt=""><span class="ico_play">재생</span>'
        f'<span class="play_time">{time}</span></span>'
        f'<span class="tit">{escape_html(title)}</span></a></li>'
        for key, time, title in _CH_CLIPS
    )
    pages = "".join(
        f'<a href="/news/list.php?mcd=recentnews&amp;page={n}">{n}</a>' for n in range(2, 11)
    )
    body = f"""<div id="wrap">
<div id="header">
<h1 class="logo"><a href="/"><img src="/img/common/logo.png" alt="온누리24"></a></h1>
<a href="/live/" class="btn_live">LIVE 온에어</a>
<ul class="gnb">{nav}</ul>
</div>
<div class="breaking_news"><strong class="tit">속보</strong>
<div class="ticker_wrap" data-roll="true"><ul class="ticker">{ticker}</ul></div>
<a href="/news/list.php?mcd=breaking" class="more">더보기</a></div>
<div id="container">
<div id="content">
<div class="title_area"><h2>전체 뉴스</h2>
<p class="location"><a href="/">홈</a> &gt; <a href="/news/">뉴스</a> &gt; 전체 뉴스</p></div>
<table class="news_list" summary="전체 뉴스 목록: 구분, 제목, 날짜">
<caption>전체 뉴스 목록</caption>
<colgroup><col width="90"><col width="*"><col width="130"></colgroup>
<thead><tr><th scope="col">구분</th><th scope="col">제목</th><th scope="col">날짜</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<div class="paging"><strong>1</strong>{pages}
<a href="/news/list.php?mcd=recentnews&amp;page=11" class="next">다음</a></div>
</div>
<div id="aside">
{popular}
<div class="popular_vod"><h3 class="box_tit">인기 영상</h3><ul>{clips}</ul></div>
{ad_slot("ad_aside", "광고", 52310, "onnuri24_aside")}
</div>
</div>
{company_footer(_CH_HOST, "온누리24", FOOTER_LINKS)}
</div>"""
    html = html_document("전체 뉴스 | 온누리24", body, lang="ko")
    gold = [gold_item(page_url, _ch_href(key), story) for key, _, _, story in _CH_STORIES]
    return korean_layout(
        "ko-news-channel-table",
        "24-hour news channel list as a table: table.news_list tbody tr, td.title > a with a "
        'VOD play <img alt> inside, td.date "2025-04-08 14:05", no leads, a 속보 ticker of '
        "the same articles, 인기 영상 box",
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 4. A religious weekly on an old ASP CMS: tables in tables, EUC-KR
# --------------------------------------------------------------------------------------------

_ASP_HOST = "http://www.bitsori.example.co.kr"
# (nidx, photo?, story): times printed "2025-04-08 오후 2:05:31"
_ASP_STORIES = (
    (38215, True, Story(
        "부활절 연합예배 20일 광장에서…3만 명 참석 예상",
        "올해 부활절 연합예배가 오는 20일 오후 시청 앞 광장에서 열린다. 준비위원회는 각 교단에서 "
        "3만여 명이 참석할 것으로 내다봤다...",
        _kst_s(8, 14, 5, 31))),
    (38212, False, Story(
        "농어촌 미자립교회 목회자 생활비 지원 확대",
        "교단 총회가 농어촌 지역 미자립교회 목회자에게 지급하는 생활비 지원금을 월 30만 원에서 "
        "50만 원으로 올리기로 했다...",
        _kst_s(8, 12, 40, 10))),
    (38209, True, Story(
        "산불 피해 지역에 구호 물품·성금 잇따라",
        "경북 산불 피해 지역 주민들을 돕기 위한 교회와 기독교 단체들의 구호 물품과 성금 전달이 "
        "이어지고 있다...",
        _kst_s(8, 10, 18, 2))),
    (38204, False, Story(
        "[인터뷰] 30년 섬마을 사역 마친 김은혜 목사",
        "전남 신안의 작은 섬에서 30년간 목회한 김은혜 목사가 은퇴를 앞두고 섬 주민들과 함께한 "
        "시간을 돌아봤다...",
        _kst_s(7, 17, 22, 45))),
    (38198, True, Story(
        "기독교 대안학교 연합회, 교사 연수 프로그램 개설",
        "기독교 대안학교 연합회가 신임 교사를 위한 6주 과정의 연수 프로그램을 새로 만들었다. "
        "수업 설계와 상담 실습이 중심이다...",
        _kst_s(7, 11, 3, 57))),
    (38193, False, Story(
        "청년 선교사 파송 감소세…\"단기 선교 다시 늘려야\"",
        "해외로 파송되는 청년 선교사 수가 5년째 줄어들고 있다는 조사 결과가 나왔다. 선교 단체들은 "
        "단기 선교 프로그램 확대를 제안했다...",
        _kst_s(5, 16, 48, 20))),
    (38187, True, Story(
        "사순절 맞아 지역 교회들 '나눔 장터' 열어",
        "사순절 기간을 맞아 지역 교회들이 공동으로 나눔 장터를 열고 수익금 전액을 지역 "
        "복지관에 기부했다...",
        _kst_s(4, 15, 10, 8))),
    (38181, False, Story(
        "교회 건축 부채 문제 해법 찾는 세미나 열려",
        "교회 건축 과정에서 생긴 부채로 어려움을 겪는 교회들을 위한 재정 세미나가 열려 "
        "전문가들이 구조조정 사례를 소개했다...",
        _kst_s(4, 10, 25, 44))),
    (38176, True, Story(
        "성서 번역 선교회, 소수 언어 신약 번역 완료 감사예배",
        "성서 번역 선교회가 동남아시아 소수 언어로 신약성경 번역을 마치고 감사예배를 드렸다. "
        "번역에는 12년이 걸렸다...",
        _kst_s(3, 12, 30, 15))),
    (38170, False, Story(
        "[기고] 다음 세대에게 교회는 어떤 곳이어야 하나",
        "주일학교 학생 수가 해마다 줄어드는 지금, 교회가 다음 세대에게 어떤 공동체가 되어야 "
        "하는지 묻지 않을 수 없다...",
        _kst_s(2, 9, 15, 0))),
    (38164, True, Story(
        "기독 의료인 단체, 외국인 노동자 무료 진료 10년",
        "기독 의료인들이 모여 시작한 외국인 노동자 무료 진료소가 문을 연 지 10년을 맞았다. "
        "그동안 2만여 명이 진료를 받았다...",
        _kst_s(1, 18, 2, 36))),
    (38159, False, Story(
        "교단 총회, 목회자 윤리 지침 개정안 공청회",
        "교단 총회가 목회자 윤리 지침 개정안을 놓고 공청회를 열었다. 개정안에는 재정 투명성과 "
        "성범죄 예방 조항이 담겼다...",
        _kst_s(1, 14, 0, 12))),
)  # fmt: skip
_ASP_POPULAR = (
    (38209, "산불 피해 지역에 구호 물품·성금"),
    (38120, "한국 교회 주일학교 통계 발표"),
    (38215, "부활절 연합예배 20일 광장에서"),
    (38101, "[칼럼] 고난주간을 보내며"),
    (38095, "신학교 입학 정원 미달 사태"),
)
_ASP_COLUMNS = (
    (38207, "[목회칼럼] 봄, 다시 시작하는 용기"),
    (38190, "[시론] 교회 재정의 투명성"),
)
_ASP_SECTIONS = ("교계소식", "목회·신학", "선교", "교육", "문화", "인물", "오피니언")


def _asp_view(nidx: int) -> str:
    return f"news_view.asp?nidx={nidx}"


def _asp_rows(nidx: int, photo: bool, story: Story) -> str:
    """One story as the list writes it: a title row, the lead in the following row, a rule."""
    assert story.when is not None
    href = _asp_view(nidx)
    image = (
        f'<td width="110" rowspan="2" valign="top" style="padding:8px 10px 8px 0">'
        f'<a href="{href}"><img src="/upload/news/thumb/{nidx}.jpg" width="100" height="72" '
        'border="0"></a></td>\n'
        if photo
        else ""
    )
    span = "" if photo else ' colspan="2"'
    return (
        f"<tr>\n{image}"
        f'<td height="28"{span} style="padding-top:8px"><img src="/images/icon_arrow.gif" '
        f'width="7" height="7" align="absmiddle"> <a href="{href}" class="news_title">'
        f"<b>{story.headline_html}</b></a></td>\n"
        f'<td width="170" align="right" class="news_date"><font color="#999999">'
        f"{_asp_clock(story.when)}</font></td>\n"
        "</tr>\n"
        f'<tr><td colspan="{2 if photo else 3}" valign="top" class="news_text" '
        'style="padding:2px 0 8px 0;line-height:150%">'
        f'<font color="#777777">{lead_html(story)}</font></td></tr>\n'
        '<tr><td colspan="3" height="1" bgcolor="#E1E1E1"></td></tr>'
    )


def build_asp_weekly_euckr() -> Layout:
    """A religious weekly on an old ASP CMS, EUC-KR bytes declared by ``<meta http-equiv
    content="text/html; charset=euc-kr">``: ``news_list.asp`` built of tables in tables
    (logo and top menu, a left column of section links and a "많이 본 기사" table, the list
    column). Each story is three sibling ``<tr>`` with no wrapper: a title row (an optional
    ``rowspan=2`` photo cell, ``a.news_title > b`` to ``news_view.asp?nidx=`` and the time
    "2025-04-08 오후 2:05:31"), the lead cut with "..." in the following row, a one-pixel
    rule. Below: "[1] [2] … [다음]" paging, a "칼럼" table, a banner ad and a footer table.

    The "칼럼" table sits in the page's own column under the list and links the paper's column
    articles (no lead, no time): they are items, as the real labelled pages count every article
    list of the content area; side boxes and "많이 본 기사" are not."""
    page_url = f"{_ASP_HOST}/news/news_list.asp?section=1&page=1"
    menu = "".join(
        f'<td align="center"><a href="/news/news_list.asp?section={n}" class="topmenu">'
        f"{name}</a></td>"
        for n, name in enumerate(_ASP_SECTIONS, start=1)
    )
    left = "".join(
        f'<tr><td height="24" style="padding-left:12px"><img src="/images/bullet_left.gif"> '
        f'<a href="/news/news_list.asp?section={n}" class="leftmenu">{name}</a></td></tr>'
        for n, name in enumerate(_ASP_SECTIONS, start=1)
    )
    popular = "".join(
        f'<tr><td height="22"><img src="/images/num_{rank}.gif" alt="{rank}"> '
        f'<a href="{_asp_view(nidx)}" class="side">{escape_html(title)}</a></td></tr>'
        for rank, (nidx, title) in enumerate(_ASP_POPULAR, start=1)
    )
    columns = "".join(
        f'<tr><td height="22"><img src="/images/bullet_col.gif"> '
        f'<a href="{_asp_view(nidx)}" class="side">{escape_html(title)}</a></td></tr>'
        for nidx, title in _ASP_COLUMNS
    )
    rows = "\n".join(_asp_rows(*entry) for entry in _ASP_STORIES)
    pages = " ".join(
        f'<a href="news_list.asp?section=1&amp;page={n}">[{n}]</a>' for n in range(2, 11)
    )
    footer = " | ".join(
        f'<a href="/company/{page}.asp" class="foot">{name}</a>'
        for page, name in (
            ("about", "회사소개"), ("ad", "광고안내"), ("privacy", "개인정보취급방침"),
            ("youth", "청소년보호정책"), ("email", "이메일무단수집거부"),
        )
    )  # fmt: skip
    html = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>빛소리신문 - 교계소식</title>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/common.js"></script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2" height="90"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="240"><a href="/"><img src="/images/logo.gif" width="220" height="70" border="0" alt="빛소리신문"></a></td>
<td align="right"><a href="http://ad.bitsori.example.co.kr/ad_click.asp?idx=211&amp;pos=top" target="_blank"><img src="/upload/banner/top_211.gif" width="468" height="60" border="0" alt="광고"></a></td>
</tr></table></td></tr>
<tr><td colspan="2" height="36" bgcolor="#2E4A7D"><table border="0" cellspacing="0" cellpadding="0" align="center"><tr>
<td align="center"><a href="/" class="topmenu">HOME</a></td>{menu}</tr></table></td></tr>
<tr>
<td width="190" valign="top" bgcolor="#F6F6F6">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="36" style="padding-left:12px"><b>뉴스</b></td></tr>
{left}
</table>
<br>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="30" style="padding-left:8px"><b>많이 본 기사</b></td></tr>
{popular}
</table>
<br>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td align="center">
<a href="http://ad.bitsori.example.co.kr/ad_click.asp?idx=215&amp;pos=left" target="_blank"><img src="/upload/banner/left_215.jpg" width="170" height="200" border="0" alt="광고"></a>
</td></tr></table>
</td>
<td width="790" valign="top" style="padding-left:20px">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="40" style="border-bottom:2px solid #2E4A7D"><font size="4"><b>교계소식</b></font></td>
<td align="right"><font color="#999999">HOME &gt; 뉴스 &gt; 교계소식</font></td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" style="margin-top:10px">
{rows}
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="40" align="center">[1] {pages} <a href="news_list.asp?section=1&amp;page=11">[다음]</a></td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" style="margin-top:12px">
<tr><td height="30"><b>칼럼</b></td></tr>
{columns}
</table>
</td>
</tr>
<tr><td colspan="2" height="80" bgcolor="#EEEEEE" align="center" style="padding:12px">
{footer}<br>
<font color="#888888">빛소리신문 | 서울시 종로구 대학로 00 | 등록번호 서울 다 01234 | 발행인 박선희 | TEL 02-000-1234<br>
Copyright ⓒ 빛소리신문. All rights reserved.</font>
</td></tr>
</table>
</body>
</html>
"""
    gold = [gold_item(page_url, _asp_view(nidx), story) for nidx, _, story in _ASP_STORIES]
    gold += [
        gold_item(page_url, _asp_view(nidx), Story(title, None, None), timed=False)
        for nidx, title in _ASP_COLUMNS
    ]
    return korean_layout(
        "ko-asp-weekly-euckr",
        "religious weekly on an old ASP CMS in EUC-KR (http-equiv charset): news_list.asp, "
        "tables in tables, each story a title row (a.news_title > b to news_view.asp?nidx=, "
        '"2025-04-08 오후 2:05:31") + a lead row + a rule row, no wrapper',
        html,
        page_url,
        gold,
        encoding="cp949",
    )


BUILDERS: tuple[Builder, ...] = (
    build_cms_view_cont, build_wire_regional, build_news_channel_table, build_asp_weekly_euckr,
)  # fmt: skip
