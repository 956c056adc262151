"""A further set of Korean listing layouts: photo cards, class-hidden tab panels, ``dl`` items
with an AJAX "더보기" button and title prefixes in their own spans.

Each builder returns a whole page in the shape of one family — a portal's 연예 news list of
celebrity photo cards (``div.photo_card > a > img + strong.tit``) over a text list with
"n시간 전" times and "조회 1,234" view counts, a regional daily's 지역별 뉴스 whose four tab
panels are hidden only by class (``.tab_cont{display:none} .tab_cont.on{display:block}`` in a
``<style>`` element), a news site whose list is one ``dl.article`` per item (``dt.thumb``,
``dd.tit > a``, ``dd.lead``, ``dd.date``) ending in a "더보기" button that loads page two by
AJAX, and a multilingual wire's Korean list whose headlines open with ``span.prefix``
"[영상]" / "[포토]" / "[LIVE]" — with the chrome real pages carry around the list (menus,
ranking boxes, recommended boxes, ads, pagination, footers). Hosts, headlines, leads and
names are invented.

Every page is fetched at 2025-04-08 15:00 KST and printed on the KST clock. Gold times are
the instants the page states: a relative time ("3시간 전") counted back from the fetch time,
a printed date and clock read on KST. Gold titles keep "[영상]" / "[포토]" prefixes (a reader
reads them as part of the headline) but not the "[LIVE]" status badge, view counts or
comment counts. Only the shown tab panel is gold; hidden panels are not seen.
"""

# ruff: noqa: E501

from __future__ import annotations

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
# 1. A portal's 연예 news list: celebrity photo cards over a text list with view counts
# --------------------------------------------------------------------------------------------

_ENT_HOST = "https://entertain.portalnet.example.com"
_ENT_VIEW = "/now/read?oid={oid}&aid={aid}"
# (press id, article id, hours ago, views, story): the photo cards (no leads)
_ENT_PHOTOS = (
    ("213", "0001311870", 1, 5420, Story("한지유, 봄 화보 속 청순 미모…'여신 강림'", None, ago(FETCHED_AT, hours=1))),
    ("117", "0003928114", 1, 3877, Story("그룹 루미너스, 컴백 쇼케이스서 칼군무 선보여", None, ago(FETCHED_AT, hours=1))),
    ("609", "0000947320", 2, 2915, Story("배우 강도윤, 영화 '새벽의 끝' 제작보고회 참석", None, ago(FETCHED_AT, hours=2))),
    ("076", "0004256631", 2, 2104, Story("[포토] 서하린, 공항 패션도 화보처럼", None, ago(FETCHED_AT, hours=2))),
    ("241", "0003422905", 3, 1893, Story("드라마 '봄날의 약속' 주역들, 종영 기념 단체 사진", None, ago(FETCHED_AT, hours=3))),
    ("213", "0001311802", 4, 1540, Story("가수 윤채원, 팬미팅 현장서 눈물의 감사 인사", None, ago(FETCHED_AT, hours=4))),
)  # fmt: skip
# (press id, article id, press, hours ago, views, story): the 연예 news list
_ENT_NEWS = (
    ("117", "0003928160", "스타데일리", 0, 1234, Story(
        "[단독] 배우 최서윤, 하반기 넷플릭스 시리즈 주연 확정",
        "배우 최서윤이 하반기 공개되는 스트리밍 시리즈의 주연을 맡는다. 제작사는 촬영을 다음 달 시작한다고 밝혔다.",
        ago(FETCHED_AT, minutes=25))),
    ("609", "0000947388", "연예투데이", 1, 987, Story(
        "루미너스, 신곡 발매 하루 만에 음원 차트 1위",
        "그룹 루미너스의 새 미니앨범 타이틀곡이 발매 하루 만에 주요 음원 차트 정상에 올랐다.",
        ago(FETCHED_AT, hours=1))),
    ("076", "0004256702", "한빛스포츠", 2, 2410, Story(
        "'봄날의 약속' 최종회 시청률 14.2%…자체 최고 경신",
        "주말드라마 '봄날의 약속'이 최종회에서 시청률 14.2%를 기록하며 자체 최고 기록을 다시 썼다.",
        ago(FETCHED_AT, hours=2))),
    ("241", "0003422951", "무비위크", 2, 655, Story(
        "영화 '새벽의 끝' 5월 개봉 확정…메인 예고편 공개",
        "강도윤 주연의 스릴러 '새벽의 끝'이 5월 개봉을 확정하고 메인 예고편을 공개했다.",
        ago(FETCHED_AT, hours=2))),
    ("213", "0001311855", "엔터뉴스", 3, 3021, Story(
        "가수 윤채원, 데뷔 10주년 기념 전국 투어 개최",
        "가수 윤채원이 데뷔 10주년을 맞아 6월부터 전국 8개 도시에서 단독 콘서트를 연다.",
        ago(FETCHED_AT, hours=3))),
    ("117", "0003928033", "스타데일리", 4, 1760, Story(
        "예능 '한끼 여행' 시즌3 돌아온다…원년 멤버 합류",
        "인기 여행 예능 '한끼 여행'이 시즌3로 돌아온다. 시즌1 원년 멤버 두 명이 다시 합류한다.",
        ago(FETCHED_AT, hours=4))),
    ("609", "0000947251", "연예투데이", 5, 842, Story(
        "배우 박지안, 소속사와 재계약…\"신뢰 바탕으로 동행\"",
        "배우 박지안이 현 소속사와 재계약을 맺었다. 소속사는 신뢰를 바탕으로 동행을 이어가기로 했다고 밝혔다.",
        ago(FETCHED_AT, hours=5))),
    ("076", "0004256580", "한빛스포츠", 6, 4315, Story(
        "아이돌 그룹 스텔라, 월드투어 추가 공연 매진",
        "그룹 스텔라의 월드투어 추가 공연이 예매 시작 10분 만에 전석 매진됐다.",
        ago(FETCHED_AT, hours=6))),
    ("241", "0003422870", "무비위크", 7, 512, Story(
        "독립영화 '골목의 시간' 해외 영화제 초청",
        "독립영화 '골목의 시간'이 유럽의 한 국제영화제 경쟁 부문에 초청됐다.",
        ago(FETCHED_AT, hours=7))),
    ("213", "0001311744", "엔터뉴스", 9, 1102, Story(
        "트로트 가수 남궁현, 신곡으로 음악방송 첫 1위",
        "트로트 가수 남궁현이 신곡으로 지상파 음악방송에서 데뷔 후 첫 1위 트로피를 안았다.",
        ago(FETCHED_AT, hours=9))),
    ("117", "0003927980", "스타데일리", 11, 698, Story(
        "뮤지컬 '달빛 정원' 캐스팅 공개…아이돌 출신 배우 대거 합류",
        "창작 뮤지컬 '달빛 정원'이 캐스팅을 공개했다. 아이돌 출신 배우들이 대거 이름을 올렸다.",
        ago(FETCHED_AT, hours=11))),
    ("609", "0000947190", "연예투데이", 13, 2287, Story(
        "배우 서하린, 차기작으로 사극 선택…첫 왕비 연기",
        "배우 서하린이 차기작으로 사극을 택했다. 데뷔 후 처음으로 왕비 역할을 맡는다.",
        ago(FETCHED_AT, hours=13))),
)  # fmt: skip
_ENT_RANKING = (
    ("076", "0004256580", "스텔라 월드투어 추가 공연도 '10분 매진'", "4,315"),
    ("213", "0001311855", "윤채원 데뷔 10주년 투어 개최", "3,021"),
    ("076", "0004256702", "'봄날의 약속' 유종의 미…시청률 14.2%", "2,410"),
    ("609", "0000947190", "서하린 첫 사극 도전", "2,287"),
    ("117", "0003928033", "'한끼 여행' 시즌3 확정", "1,760"),
)
_ENT_RECOMMEND = (
    ("241", "0003421005", "봄 극장가 기대작 다섯 편 미리 보기"),
    ("213", "0001310456", '[인터뷰] 신인 배우 오지민 "첫 주연, 아직 실감 안 나요"'),
    ("117", "0003926771", "아이돌 팬덤 문화, 기부로 진화하다"),
)


def _ent_href(oid: str, aid: str) -> str:
    return _ENT_VIEW.format(oid=oid, aid=aid)


def _ent_card(oid: str, aid: str, hours: int, views: int, story: Story) -> str:
    href = escape_html(_ent_href(oid, aid))
    return (
        f'<div class="photo_card"><a href="{href}" class="link_card">\n'
        f'<span class="thumb"><img src="https://t1.portalnet.example.com/ent/{oid}/{aid}.jpg" alt="" width="210" height="140"></span>\n'
        f'<strong class="tit">{story.headline_html}</strong></a>\n'
        f'<div class="info"><span class="time">{hours}시간 전</span> <span class="view">조회 {views:,}</span></div></div>'
    )


def _ent_item(oid: str, aid: str, press: str, hours: int, views: int, story: Story) -> str:
    href = escape_html(_ent_href(oid, aid))
    assert story.when is not None
    shown = (
        f"{int((FETCHED_AT - story.when).total_seconds() // 60)}분 전"
        if hours == 0
        else f"{hours}시간 전"
    )
    return (
        f'<li><a href="{href}" class="thumb"><img src="https://t1.portalnet.example.com/ent/{oid}/{aid}_s.jpg" alt="" width="96" height="64"></a>\n'
        f'<div class="cont"><a href="{href}" class="tit">{story.headline_html}</a>\n'
        f'<p class="desc">{lead_html(story)}</p>\n'
        f'<div class="info"><span class="press">{escape_html(press)}</span><span class="time">{shown}</span>'
        f'<span class="view">조회 {views:,}</span></div></div></li>'
    )


def build_portal_entertain_cards() -> Layout:
    """A portal's 연예 news list: a row of celebrity photo cards (``div.photo_card > a`` with
    an image and ``strong.tit``, "n시간 전" and "조회 1,234" under it) with a "포토 더보기"
    link, then ``ul.ent_news_list > li`` with a thumb link, ``a.tit``, ``p.desc`` and press +
    time + view count; a numbered "연예 랭킹" box with view counts, a "추천 기사" box, ads."""
    page_url = f"{_ENT_HOST}/now"
    nav = menu_items(
        (f"{_ENT_HOST}/{slug}", name)
        for slug, name in (
            ("now", "연예홈"),
            ("tv", "TV"),
            ("movie", "영화"),
            ("music", "음악"),
            ("photo", "포토"),
            ("ranking", "랭킹"),
        )
    )
    cards = "\n".join(_ent_card(*entry) for entry in _ENT_PHOTOS)
    news = "\n".join(_ent_item(*entry) for entry in _ENT_NEWS)
    ranking = link_list(
        ((escape_html(_ent_href(oid, aid)), title) for oid, aid, title, _ in _ENT_RANKING),
        '<li><em class="num">{rank}</em><a href="{href}" class="tit">{title}</a></li>',
    )
    recommend = link_list(
        ((escape_html(_ent_href(oid, aid)), title) for oid, aid, title in _ENT_RECOMMEND),
        '<li><a href="{href}">{title}</a></li>',
    )
    body = f"""<div id="wrap">
<header id="header"><h1 class="logo"><a href="{_ENT_HOST}/">포털넷 연예</a></h1>
<nav class="gnb"><ul>{nav}</ul></nav></header>
<div id="container"><div id="content" class="ent_now">
<div class="section_photo"><h2 class="tit_section">오늘의 포토</h2>
<div class="photo_list">
{cards}
</div>
<a href="{_ENT_HOST}/photo" class="link_more">포토 더보기</a></div>
{ad_slot("ad_wide", "광고", 70412, "ent_now_middle")}
<div class="section_news"><h2 class="tit_section">연예 최신 뉴스</h2>
<ul class="ent_news_list">
{news}
</ul>
{pagination(_ENT_HOST + "/now?page={n}")}
</div></div>
<aside id="aside">
<div class="ent_ranking"><h3 class="tit_aside">연예 랭킹</h3>
<ol class="rank_list">{ranking}</ol></div>
<div class="recommend_box"><h3 class="tit_aside">추천 기사</h3><ul>{recommend}</ul></div>
{ad_slot("ad_aside", "AD", 70418, "ent_aside")}
</aside></div>
{company_footer(_ENT_HOST, "포털넷", FOOTER_LINKS)}
</div>"""
    html = html_document("연예 : 포털넷", body, lang="ko")
    gold = [
        gold_item(page_url, _ent_href(oid, aid), story) for oid, aid, _, _, story in _ENT_PHOTOS
    ]
    gold += [
        gold_item(page_url, _ent_href(oid, aid), story) for oid, aid, _, _, _, story in _ENT_NEWS
    ]
    return korean_layout(
        "ko-portal-entertain-cards",
        'portal 연예 news: div.photo_card > a > img + strong.tit photo cards with "n시간 전" and "조회 1,234", '
        "ul.ent_news_list > li > a.tit + p.desc + press/time/views, a 연예 랭킹 box with view counts, 포토 더보기",
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 2. A regional daily's 지역별 뉴스: four tab panels hidden only by class
# --------------------------------------------------------------------------------------------

_REG_HOST = "https://www.gyeongnam-ilbo.example.co.kr"
_REG_STYLE = """<style>
.tab_menu li{float:left}.tab_menu li.on a{font-weight:bold;color:#0b4ea2}
.tab_cont{display:none}
.tab_cont.on{display:block}
.local_list li{padding:12px 0;border-bottom:1px solid #eee}
</style>
"""
# region code, region name, stories (idxno, story); the first panel is the shown one
_REG_PANELS = (
    ("cw", "창원", (
        (471203, Story("창원시, 마산해양신도시 개발 재공모 착수", "창원시가 마산해양신도시 복합개발 사업자를 다시 공모한다. 지난 두 차례 공모가 무산된 뒤 사업 조건을 완화했다.", kst(8, 14, 35))),
        (471198, Story("진해 군항제 폐막…방문객 420만 명 집계", "진해 군항제가 열흘간의 일정을 마치고 폐막했다. 주최 측은 올해 방문객을 420만 명으로 집계했다.", kst(8, 13, 50))),
        (471187, Story("창원 국가산단 방산기업 수출 계약 잇따라", "창원 국가산업단지 방산기업들이 잇따라 대형 수출 계약을 따내며 지역 경제에 활기를 불어넣고 있다.", kst(8, 12, 20))),
        (471176, Story("[단독] 창원시의회 의원 해외연수 보고서 '복붙' 의혹", "창원시의회 일부 의원의 해외연수 보고서가 이전 보고서를 그대로 옮겨 적었다는 의혹이 제기됐다.", kst(8, 11, 5))),
        (471160, Story("마산어시장 현대화 사업 첫 삽…2027년 완공 목표", "마산어시장 현대화 사업이 착공식을 열고 본격적인 공사에 들어갔다.", kst(8, 10, 40))),
        (471151, Story("창원 시내버스 노선 개편 한 달…민원 절반으로 줄어", "창원 시내버스 노선 개편 한 달 만에 관련 민원이 절반가량 줄어든 것으로 나타났다.", kst(8, 9, 55))),
        (471138, Story("성산구 도심 하천 산책로 야간 조명 설치", "성산구가 도심 하천 산책로 4㎞ 구간에 야간 조명을 설치해 이달 말부터 운영한다.", kst(8, 9, 10))),
        (471122, Story("창원대 글로컬대학 2차 도전…지역 산업 연계 강화", "창원대가 글로컬대학 지정에 다시 도전한다. 지역 주력 산업과 연계한 학과 개편안을 내놨다.", kst(7, 18, 30))),
        (471109, Story("의창구 전통시장 주차장 증설 완료", "의창구의 한 전통시장에 공영주차장 60면이 새로 생겼다.", kst(7, 16, 45))),
        (471095, Story("창원 NC파크 주변 교통 대책 마련…셔틀버스 증편", "창원시가 프로야구 홈경기 날 NC파크 주변 교통 혼잡을 줄이기 위해 셔틀버스를 늘린다.", kst(7, 14, 15))),
        (471081, Story("창원시 청년 월세 지원 신청 이달 말까지", "창원시가 청년 월세 지원 사업 신청을 이달 말까지 받는다. 최대 12개월간 월 20만 원을 지원한다.", kst(7, 11, 0))),
        (471070, Story("진해 웅동 복합관광단지 소송 2심도 창원시 승소", "진해 웅동 복합관광단지 사업을 둘러싼 소송 항소심에서도 창원시가 이겼다.", kst(7, 9, 20))),
    )),
    ("gh", "김해", (
        (471201, Story("김해시, 가야문화축제 프로그램 확정", "김해시가 다음 달 열리는 가야문화축제의 세부 프로그램을 확정했다.", kst(8, 14, 10))),
        (471170, Story("김해공항 국제선 이용객 1분기 최대", "김해공항 국제선 이용객이 1분기 기준 역대 최대를 기록했다.", kst(8, 11, 30))),
        (471133, Story("장유 신도시 초등학교 과밀 해소 방안 논의", "장유 신도시 초등학교 과밀 문제를 풀기 위한 민관 협의회가 열렸다.", kst(8, 9, 40))),
        (471090, Story("김해 봉하마을 방문객 봄철 증가", "봄철을 맞아 김해 봉하마을을 찾는 방문객이 크게 늘었다.", kst(7, 13, 25))),
    )),
    ("jj", "진주", (
        (471195, Story("진주 남강유등축제 올해부터 유료화 폐지", "진주시가 올해 남강유등축제를 전면 무료로 운영하기로 했다.", kst(8, 13, 40))),
        (471158, Story("경상국립대 의대 정원 조정안 발표", "경상국립대가 내년도 의대 모집 정원 조정안을 발표했다.", kst(8, 10, 25))),
        (471101, Story("진주 혁신도시 공공기관 2차 이전 기대감", "공공기관 2차 이전 논의가 재개되면서 진주 혁신도시에 기대감이 커지고 있다.", kst(7, 15, 5))),
    )),
    ("ty", "통영·거제", (
        (471190, Story("거제 조선소 인력난 심화…외국인 근로자 확대", "거제 지역 조선소들이 인력난을 덜기 위해 외국인 근로자 채용을 늘리고 있다.", kst(8, 13, 15))),
        (471144, Story("통영 케이블카 탑승객 누적 1,800만 명 돌파", "통영 케이블카의 누적 탑승객이 1,800만 명을 넘어섰다.", kst(8, 9, 50))),
        (471088, Story("거제 섬 지역 여객선 공영제 시범 운영", "거제시가 섬 지역 여객선 공영제를 시범적으로 운영한다.", kst(7, 12, 40))),
    )),
)  # fmt: skip
_ON = ' class="on"'
_REG_MOST_READ = (
    (471176, "창원시의회 해외연수 보고서 베끼기 의혹"),
    (471190, "거제 조선소, 외국인 근로자 채용 확대"),
    (471198, "군항제 열흘간 420만 명 다녀가"),
    (470982, "경남 아파트 미분양 석 달 연속 감소"),
    (470955, "도내 벚꽃 명소 주말 인파 절정"),
)
_REG_PHOTOS = (
    (471180, "[포토] 경남도청 앞 벚꽃길 야간 개방"),
    (471111, "[포토] 남해 다랭이마을 유채꽃 만개"),
)


def _reg_href(idxno: int) -> str:
    return f"/news/articleView.html?idxno={idxno}"


def _reg_item(idxno: int, story: Story) -> str:
    assert story.when is not None
    href = _reg_href(idxno)
    return (
        f'<li><a href="{href}" class="thumb"><img src="/news/thumbnail/202504/{idxno}_sm.jpg" alt=""></a>\n'
        f'<div class="txt"><a href="{href}" class="tit">{story.headline_html}</a>\n'
        f'<p class="lead">{lead_html(story)}</p>\n'
        f'<span class="date">{dotted(story.when)}</span></div></li>'
    )


def build_regional_class_tabs() -> Layout:
    """A regional daily's 지역별 뉴스: a ``ul.tab_menu`` of four regions over four
    ``div.tab_cont`` panels of ``ul.local_list > li`` (thumb link, ``a.tit``, ``p.lead``,
    ``span.date`` "2025.04.08 14:35"); the inactive panels are hidden only by the stylesheet
    (``.tab_cont{display:none} .tab_cont.on{display:block}`` in a ``<style>`` element), no
    ``style``/``hidden`` attribute. Gold: the shown "on" panel only."""
    page_url = f"{_REG_HOST}/news/localNews.html"
    nav = menu_items(
        (f"/news/articleList.html?sc_section_code=S1N{n}", name)
        for n, name in enumerate(
            ("정치", "경제", "사회", "지역", "문화", "스포츠", "오피니언"), start=1
        )
    )
    tabs = "".join(
        f'<li{_ON if n == 0 else ""}><a href="#tab_{code}" data-tab="tab_{code}">{name}</a></li>'
        for n, (code, name, _) in enumerate(_REG_PANELS)
    )
    panels = "\n".join(
        f'<div class="tab_cont{" on" if n == 0 else ""}" id="tab_{code}">\n<ul class="local_list">\n'
        + "\n".join(_reg_item(idxno, story) for idxno, story in stories)
        + f'\n</ul>\n<a href="/news/articleList.html?sc_area={code}" class="more">{name} 뉴스 더보기</a></div>'
        for n, (code, name, stories) in enumerate(_REG_PANELS)
    )
    most_read = ranking_box([(_reg_href(i), t) for i, t in _REG_MOST_READ])
    photos = link_list(
        ((_reg_href(i), t) for i, t in _REG_PHOTOS),
        '<li><a href="{href}"><img src="/news/thumbnail/photo.jpg" alt=""><span>{title}</span></a></li>',
    )
    body = f"""<div id="wrap">
<header id="header"><div class="top_bar"><a href="/member/login.html">로그인</a> <a href="/member/join.html">회원가입</a> <a href="/subscribe">구독신청</a></div>
<h1 class="logo"><a href="/">경남일보</a></h1>
<nav id="gnb"><ul>{nav}</ul></nav></header>
<div id="container"><section id="content">
<h2 class="page_tit">지역별 뉴스</h2>
<div class="local_tab">
<ul class="tab_menu">{tabs}</ul>
{panels}
</div>
{ad_slot("ad_content", "광고", 66120, "local_bottom")}
</section>
<aside id="aside">
{most_read}
<div class="photo_box"><h3 class="box_tit">포토뉴스</h3><ul>{photos}</ul></div>
{ad_slot("ad_aside", "AD", 66121, "local_aside")}
</aside></div>
{company_footer(_REG_HOST, "경남일보", FOOTER_LINKS)}
</div>"""
    html = html_document("지역별 뉴스 - 경남일보", body, lang="ko", head=_REG_STYLE)
    gold = [gold_item(page_url, _reg_href(i), story) for i, story in _REG_PANELS[0][2]]
    return korean_layout(
        "ko-regional-class-tabs",
        "regional daily 지역별 뉴스: ul.tab_menu + four div.tab_cont panels of ul.local_list > li (a.tit, p.lead, "
        'span.date "2025.04.08 14:35"), inactive panels hidden only by a <style> rule (.tab_cont{display:none} .tab_cont.on{display:block})',
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 3. A news site whose list is one dl.article per item, with an AJAX "더보기" button
# --------------------------------------------------------------------------------------------

_DL_HOST = "https://www.sejongpost.example.kr"
# (article no, has thumb, story)
_DL_ITEMS = (
    (20250408143, True, Story("세종시 행정수도 특별법 국회 공청회 열려", "행정수도 완성을 위한 특별법 제정안을 두고 국회에서 공청회가 열렸다. 찬반 전문가들이 위헌 논란을 놓고 맞섰다.", kst(8, 14, 5))),
    (20250408139, True, Story("정부세종청사 공무원 통근버스 노선 축소 논란", "정부가 세종청사 공무원 통근버스 노선을 줄이기로 하면서 수도권 거주 공무원들의 반발이 커지고 있다.", kst(8, 13, 22))),
    (20250408131, False, Story("세종 BRT 신규 노선 6월 개통", "세종시 간선급행버스(BRT) 신규 노선이 6월 개통한다. 조치원과 신도심을 20분대로 잇는다.", kst(8, 12, 48))),
    (20250408127, True, Story("[단독] 세종 국가산단 부지 보상 협의율 60% 넘어", "세종 국가산업단지 예정지의 토지 보상 협의율이 60%를 넘어선 것으로 확인됐다.", kst(8, 11, 30))),
    (20250408118, True, Story("세종호수공원 봄꽃축제 12일 개막", "세종호수공원 일대에서 봄꽃축제가 12일부터 사흘간 열린다.", kst(8, 10, 15))),
    (20250408112, False, Story("세종교육청, 초등 늘봄학교 전면 시행", "세종시교육청이 관내 모든 초등학교에서 늘봄학교를 운영한다.", kst(8, 9, 40))),
    (20250408105, True, Story("세종 아파트값 3주 연속 하락…입주 물량 영향", "세종시 아파트값이 3주 연속 떨어졌다. 신규 입주 물량이 몰린 영향으로 풀이된다.", kst(8, 9, 2))),
    (20250407198, True, Story("세종시의회, 지방소멸 대응 특위 구성", "세종시의회가 읍면 지역 인구 감소에 대응하기 위한 특별위원회를 꾸렸다.", kst(7, 17, 35))),
    (20250407184, False, Story("조치원 전통시장 야시장 다음 달 재개장", "조치원 전통시장 야시장이 다음 달 다시 문을 연다.", kst(7, 15, 10))),
    (20250407176, True, Story("세종 중앙공원 2단계 준공 연기…예산 부족", "세종 중앙공원 2단계 준공이 예산 부족으로 내년으로 미뤄졌다.", kst(7, 13, 55))),
)  # fmt: skip
_DL_POPULAR = (
    (20250408127, "국가산단 보상 협의율 60% 돌파"),
    (20250408139, "통근버스 노선 축소에 공무원들 '부글'"),
    (20250406077, "세종 첫 대형 복합쇼핑몰 입점 업체 윤곽"),
    (20250405051, "정부청사 이전 부처 어디까지"),
)
_DL_KEYWORDS = ("행정수도", "BRT", "국가산단", "늘봄학교", "중앙공원")


def _dl_href(no: int) -> str:
    return f"/news/view.php?no={no}"


def _dl_item(no: int, thumb: bool, story: Story) -> str:
    assert story.when is not None
    href = _dl_href(no)
    pic = (
        f'<dt class="thumb"><a href="{href}"><img src="/data/news/2025/04/{no}_thumb.jpg" alt="{escape_html(story.title)}"></a></dt>\n'
        if thumb
        else ""
    )
    return (
        f'<dl class="article{"" if thumb else " no_thumb"}">\n{pic}'
        f'<dd class="tit"><a href="{href}">{story.headline_html}</a></dd>\n'
        f'<dd class="lead">{lead_html(story)}</dd>\n'
        f'<dd class="date">{story.when:%Y-%m-%d %H:%M}</dd>\n</dl>'
    )


def build_dl_article_more() -> Layout:
    """A news site whose 전체기사 list is one ``dl.article`` per item: ``dt.thumb`` image link
    (missing on some), ``dd.tit > a``, ``dd.lead``, ``dd.date`` "2025-04-08 14:05"; ten items,
    then a ``button.btn_more[data-page=2]`` "더보기" that loads the next page by AJAX (no
    link). A 인기기사 box, a 키워드 box of search links, ads."""
    page_url = f"{_DL_HOST}/news/list.php?sec=all"
    nav = menu_items(
        (f"/news/list.php?sec={code}", name)
        for code, name in (
            ("all", "전체기사"),
            ("pol", "정치·행정"),
            ("eco", "경제"),
            ("soc", "사회"),
            ("edu", "교육"),
            ("cul", "문화"),
        )
    )
    items = "\n".join(_dl_item(*entry) for entry in _DL_ITEMS)
    popular = link_list(
        ((_dl_href(no), t) for no, t in _DL_POPULAR),
        '<li><span class="no">{rank}</span><a href="{href}">{title}</a></li>',
    )
    keywords = " ".join(f'<a href="/search.php?q={k}">#{escape_html(k)}</a>' for k in _DL_KEYWORDS)
    body = f"""<div id="wrap">
<div id="header"><h1><a href="/"><img src="/img/logo.png" alt="세종포스트"></a></h1>
<ul id="gnb">{nav}</ul>
<form class="search" action="/search.php"><input type="text" name="q" title="검색어"><button type="submit">검색</button></form></div>
<div id="body"><div id="left">
<h2 class="sec_title">전체기사</h2>
<div class="list_wrap" id="articleList">
{items}
</div>
<div class="more_wrap"><button type="button" class="btn_more" data-page="2" data-sec="all">더보기 <span class="ico_arrow"></span></button></div>
{ad_slot("banner_list", "광고", 55201, "list_bottom")}
</div>
<div id="right">
<div class="popular_box"><h3>인기기사</h3><ol>{popular}</ol></div>
<div class="keyword_box"><h3>주요 키워드</h3><p>{keywords}</p></div>
{ad_slot("banner_right", "AD", 55202, "right_top")}
</div></div>
{company_footer(_DL_HOST, "세종포스트", FOOTER_LINKS)}
</div>
<script>
$(".btn_more").on("click",function(){{var p=$(this).data("page");$.get("/news/ajax_list.php",{{sec:"all",page:p}},function(h){{$("#articleList").append(h)}});$(this).data("page",p+1)}});
</script>"""
    html = html_document("전체기사 - 세종포스트", body, lang="ko")
    gold = [gold_item(page_url, _dl_href(no), story) for no, _, story in _DL_ITEMS]
    return korean_layout(
        "ko-dl-article-more",
        'news list of dl.article items: dt.thumb > a > img (some missing) + dd.tit > a + dd.lead + dd.date "2025-04-08 14:05", '
        "ten items then a button.btn_more[data-page=2] AJAX 더보기 (no link)",
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 4. A multilingual wire's Korean list: title prefixes in their own spans
# --------------------------------------------------------------------------------------------

_WIRE_HOST = "https://kr.asiawire.example.com"
# (article id, prefix or "", story); the story title holds the prefix a reader reads as part of it
_WIRE_ITEMS = (
    ("AKR20250408148700", "LIVE", Story("한미 통상장관 회담 결과 브리핑", "산업통상자원부 장관이 한미 통상장관 회담 결과를 설명하는 브리핑을 생중계한다.", kst(8, 14, 50))),
    ("AKR20250408146500", "영상", Story("[영상] 강풍에 쓰러진 가로수…출근길 도로 통제", "강한 바람에 도심 가로수가 쓰러지면서 출근길 도로 일부가 한동안 통제됐다.", kst(8, 14, 32))),
    ("AKR20250408145200", "", Story("정부, 반도체 장비 수입 관세 면제 1년 연장", "정부가 반도체 제조 장비의 수입 관세 면제 조치를 1년 더 연장하기로 했다.", kst(8, 14, 18))),
    ("AKR20250408143900", "포토", Story("[포토] 여의도 윤중로 벚꽃길 인파", "여의도 윤중로 벚꽃길이 봄꽃을 즐기려는 시민들로 붐비고 있다.", kst(8, 14, 2))),
    ("AKR20250408141100", "", Story("일본 정부, 대중 수출 규제 품목 추가 검토", "일본 정부가 첨단 소재 일부를 대중국 수출 규제 품목에 추가하는 방안을 검토하고 있다.", kst(8, 13, 45))),
    ("AKR20250408139800", "영상", Story("[영상] 인도네시아 화산 분화…항공편 무더기 결항", "인도네시아의 한 화산이 분화하면서 인근 공항의 항공편이 무더기로 결항됐다.", kst(8, 13, 27))),
    ("AKR20250408137400", "", Story("[속보] 코스피, 외국인 매도에 2% 넘게 하락 마감", "코스피가 외국인 투자자의 대규모 매도에 2% 넘게 떨어진 채 장을 마쳤다.", kst(8, 13, 10))),
    ("AKR20250408135000", "포토", Story("[포토] 베트남 하노이서 한류 박람회 개막", "베트남 하노이에서 한국 문화와 상품을 소개하는 한류 박람회가 개막했다.", kst(8, 12, 55))),
    ("AKR20250408132600", "", Story("중국 1분기 수출 증가율 둔화…내수 부양책 주목", "중국의 1분기 수출 증가율이 둔화하면서 당국의 내수 부양책에 관심이 쏠린다.", kst(8, 12, 30))),
    ("AKR20250408130300", "LIVE", Story("유엔 안보리 북한 문제 긴급회의", "유엔 안전보장이사회가 북한의 탄도미사일 발사와 관련해 긴급회의를 연다.", kst(8, 12, 5))),
    ("AKR20250408127700", "", Story("필리핀 남부 규모 6.1 지진…인명 피해 없어", "필리핀 남부 민다나오섬 인근 해역에서 규모 6.1의 지진이 발생했으나 인명 피해는 보고되지 않았다.", kst(8, 11, 40))),
    ("AKR20250408125100", "영상", Story("[영상] 태국 송끄란 축제 앞두고 물총 판매 급증", "태국 최대 명절 송끄란을 앞두고 방콕 시장에서 물총 판매가 급증하고 있다.", kst(8, 11, 12))),
    ("AKR20250408122900", "", Story("싱가포르, 외국인 고용 비자 급여 기준 상향", "싱가포르가 외국인 전문 인력 고용 비자의 최저 급여 기준을 올린다.", kst(8, 10, 48))),
    ("AKR20250408120400", "", Story("대만 TSMC, 미국 2공장 가동 앞당겨", "대만 TSMC가 미국 애리조나 제2공장 가동 시점을 당초 계획보다 앞당긴다.", kst(8, 10, 20))),
    ("AKR20250408117800", "포토", Story("[포토] 몽골 초원에 봄 눈", "몽골 울란바토르 외곽 초원에 때늦은 봄눈이 내렸다.", kst(8, 9, 55))),
)  # fmt: skip
_WIRE_LANGS = (
    ("en", "English"),
    ("cn", "中文"),
    ("jp", "日本語"),
    ("ar", "العربية"),
    ("es", "Español"),
)
_WIRE_MOST = (
    ("AKR20250408137400", "코스피 2% 넘게 하락 마감"),
    ("AKR20250408120400", "TSMC 미국 2공장 조기 가동"),
    ("AKR20250407098100", "환율 1,470원 돌파…금융위기 이후 처음"),
    ("AKR20250407090200", "미 국채 금리 급등에 아시아 증시 흔들"),
)


def _wire_href(aid: str) -> str:
    return f"/view/{aid}?section=international/all"


def _wire_item(aid: str, prefix: str, story: Story) -> str:
    assert story.when is not None
    text = story.title
    if prefix and prefix != "LIVE":
        text = story.title.removeprefix(f"[{prefix}] ")
    cls = " live" if prefix == "LIVE" else ""
    span = f'<span class="prefix{cls}">[{prefix}]</span> ' if prefix else ""
    href = _wire_href(aid)
    return (
        f'<li><div class="item-box01">\n'
        f'<figure class="img-con"><a href="{href}"><img src="https://img.asiawire.example.com/photo/2025/04/08/{aid}_T2.jpg" alt=""></a></figure>\n'
        f'<div class="news-con"><a href="{href}" class="tit-wrap"><strong class="tit-news">{span}<span class="title01">{escape_html(text)}</span></strong></a>\n'
        f'<p class="lead">{lead_html(story)}</p>\n'
        f'<span class="txt-time">{story.when:%Y.%m.%d %H:%M} KST</span></div></div></li>'
    )


def build_wire_prefix_spans() -> Layout:
    """A multilingual wire's Korean 국제 list: ``ul.list > li > div.item-box01`` with an image
    link and ``a.tit-wrap > strong.tit-news`` holding a ``span.prefix`` "[영상]" / "[포토]" /
    "[LIVE]" before ``span.title01``, ``p.lead`` and ``span.txt-time`` "2025.04.08 14:05 KST";
    a language switcher, a 많이 본 기사 box, ads, pagination. Gold titles keep "[영상]" and
    "[포토]" (read as part of the headline) and drop the "[LIVE]" status badge."""
    page_url = f"{_WIRE_HOST}/international/all"
    langs = menu_items(
        (f"https://{code}.asiawire.example.com/", name) for code, name in _WIRE_LANGS
    )
    nav = menu_items(
        (f"/{slug}/all", name)
        for slug, name in (
            ("politics", "정치"),
            ("economy", "경제"),
            ("international", "국제"),
            ("asia", "아시아"),
            ("culture", "문화"),
            ("video", "영상"),
        )
    )
    items = "\n".join(_wire_item(*entry) for entry in _WIRE_ITEMS)
    most = ranking_box([(_wire_href(a), t) for a, t in _WIRE_MOST], "많이 본 기사")
    body = f"""<div id="wrap">
<div class="lang-bar"><ul class="lang-list">{langs}</ul></div>
<header class="header"><h1 class="logo"><a href="/">아시아와이어</a></h1>
<nav class="gnb"><ul>{nav}</ul></nav></header>
<main class="container"><div class="content01">
<div class="title-article01"><h2 class="tit">국제 전체</h2></div>
<div class="list-type038"><ul class="list">
{items}
</ul></div>
{pagination("/international/all/{n}")}
</div>
<aside class="aside">
{most}
{ad_slot("aside-ad", "광고", 90311, "wire_aside")}
</aside></main>
{company_footer(_WIRE_HOST, "아시아와이어", FOOTER_LINKS)}
</div>"""
    html = html_document("국제 전체 | 아시아와이어", body, lang="ko")
    gold = [gold_item(page_url, _wire_href(aid), story) for aid, _, story in _WIRE_ITEMS]
    return korean_layout(
        "ko-wire-prefix-spans",
        'multilingual wire Korean list: div.item-box01, strong.tit-news > span.prefix "[영상]"/"[포토]"/"[LIVE]" + span.title01, '
        'p.lead, span.txt-time "2025.04.08 14:05 KST", language switcher',
        html,
        page_url,
        gold,
    )


BUILDERS: tuple[Builder, ...] = (
    build_portal_entertain_cards,
    build_regional_class_tabs,
    build_dl_article_more,
    build_wire_prefix_spans,
)
