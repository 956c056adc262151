"""Korean listing layouts: one page per markup family common on Korean news sites.

Each builder returns a whole page in the shape of one family — the ``articleList.html`` of a
widely used regional-news CMS, a portal's news section list, a wire service's 최신기사, a
broadsheet's card grid under a top-story block, an old CP949 board, a broadcaster's list
with ``<time datetime>``, a newspaper with ``data-*`` timestamps and badge-carrying
headlines, and a web-zine whose cards are each one big link — with the chrome real pages
carry around the list (menus, "많이 본 뉴스" boxes, picks, ads, pagination, footers). Hosts,
headlines, leads and names are invented.

Every page is fetched at 2025-04-08 15:00 KST. Gold times are the instants the page states:
a ``datetime`` attribute or epoch where the markup has one, else the display text — a
relative time ("3시간 전") counted back from the fetch time, a year-less ``04-08 14:20`` in
the fetch year. A day word without a clock ("어제") or a date without a time of day gives no
gold timestamp.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from . import Builder, Layout
from .korean_chrome import FETCHED_AT, dotted, truncate
from .markup import Story, ago, escape_html, gold_item, html_document, kst, link_list, menu_items

# Query parameters a reader drops from a Korean article URL besides ``utm_*``.
_DROPPED_PARAMS = ("section", "from")


# --------------------------------------------------------------------------------------------
# Shared helpers
# --------------------------------------------------------------------------------------------


def _gold(
    base: str, href: str, story: Story, *, timed: bool = True, summary: str | None = None
) -> dict[str, Any]:
    """A labels.json item for ``story``; a reader drops ``utm_*`` and a wire's ``section`` /
    ``from`` parameters from its URL."""
    return gold_item(base, href, story, drop=_DROPPED_PARAMS, timed=timed, summary=summary)


def _relative(when: datetime, *, spaced: bool = True) -> str:
    """How Korean lists print a recent time: "54분 전", "3시간 전", "어제"."""
    minutes = int((FETCHED_AT - when).total_seconds() // 60)
    gap = " " if spaced else ""
    if minutes < 60:
        return f"{minutes}분{gap}전"
    if minutes < 24 * 60:
        return f"{minutes // 60}시간{gap}전"
    return "어제"


_SECTIONS = ("정치", "경제", "사회", "국제", "문화", "스포츠", "오피니언")
_FOOTER_LINKS = (
    "회사소개", "광고안내", "제휴문의", "개인정보처리방침", "청소년보호정책", "고충처리인"
)  # fmt: skip


# --------------------------------------------------------------------------------------------
# 1. The article list of a widely used Korean regional-news CMS
# --------------------------------------------------------------------------------------------

_CMS_HOST = "https://www.saenamdo.example.co.kr"
_CMS_STORIES = (
    (412380, "김민수 기자", True, Story(
        "창원 도심 하천 정비사업 착공…2027년 친수공간 조성",
        "창원시가 도심을 가로지르는 하천 3.2㎞ 구간의 정비사업에 8일 착공했다. 시는 총사업비 "
        "412억 원을 들여 산책로와 생태습지를 만들고 2027년 상반기까지 시민 친수공간으로 바꿀 "
        "계획이다.",
        kst(8, 14, 20), "사회")),
    (412377, "박지현 기자", True, Story(
        "경남 수출 석 달 연속 증가…조선·방산이 견인",
        "경남지역 3월 수출액이 지난해 같은 달보다 11.4% 늘어 석 달 연속 증가세를 이어갔다. "
        "조선과 방위산업 품목의 선적이 한꺼번에 몰린 영향으로 분석된다.",
        kst(8, 13, 55), "경제")),
    (412371, "이정훈 기자", False, Story(
        "도의회, 청년 월세 지원 조례 개정안 상임위 통과",
        "도의회 기획행정위원회는 청년 월세 지원 대상을 만 39세까지 넓히는 내용의 조례 "
        "개정안을 원안 가결했다. 개정안은 이달 말 본회의에 상정된다.",
        kst(8, 13, 12), "정치")),
    (412366, "최유리 기자", True, Story(
        "진주 남강 유등축제 올해부터 입장료 폐지 검토",
        "진주시가 남강 유등축제의 입장료를 받지 않는 방안을 검토하고 있다. 시는 시민 설문과 "
        "상인 간담회를 거쳐 다음 달 중 최종 결정을 내릴 예정이라고 밝혔다.",
        kst(8, 12, 40), "사회")),
    (412360, "정다은 기자", True, Story(
        "도내 초등학교 늘봄학교 참여율 87%…돌봄 공백 줄어",
        "도교육청은 올해 1학기 늘봄학교에 도내 초등학교 1학년의 87%가 참여하고 있다고 8일 "
        "밝혔다. 방과후 프로그램은 학교당 평균 14개가 운영되고 있다.",
        kst(8, 11, 58), "교육")),
    (412352, "한승우 기자", True, Story(
        "통영 국제음악제 개막 앞두고 숙박 예약 '들썩'",
        "통영 국제음악제 개막을 열흘가량 앞두고 시내 숙박업소 예약률이 90%를 넘어섰다. 올해 "
        "음악제는 '바다의 시간'을 주제로 18일간 열린다.",
        kst(8, 11, 5), "문화")),
    (412349, "박지현 기자", False, Story(
        "김해공항 국제선 이용객 1분기 역대 최대 기록",
        "김해공항의 1분기 국제선 이용객이 186만 명으로 집계돼 분기 기준 역대 최대치를 "
        "기록했다. 일본과 동남아 노선 증편이 증가세를 이끌었다.",
        kst(8, 10, 32), "경제")),
    (412341, "김민수 기자", True, Story(
        "양산 물금 신도시 버스노선 개편…배차간격 12분으로 단축",
        "양산시는 물금신도시를 오가는 시내버스 노선 6개를 개편해 이달 14일부터 운행한다. "
        "출퇴근 시간대 배차간격은 평균 20분에서 12분으로 줄어든다.",
        kst(8, 9, 47), "사회")),
    (412335, "오세진 기자", True, Story(
        "프로축구 경남 연고 구단, 홈 개막 3연전 관중 2만 명 돌파",
        "올 시즌 홈 개막 3연전에서 누적 관중 2만 명을 넘겼다. 구단은 가족 단위 관람객을 위한 "
        "할인 좌석을 늘린 효과라고 설명했다.",
        kst(8, 9, 10), "스포츠")),
    (412328, "최유리 기자", True, Story(
        "밀양 산불 진화율 95%…주민 대피령 해제",
        "밀양시 단장면 야산에서 난 불이 이틀째 진화 작업 끝에 진화율 95%를 기록했다. "
        "산림당국은 인근 마을 주민 120여 명에게 내렸던 대피령을 해제했다.",
        kst(8, 8, 30), "사회")),
    (412301, "이정훈 기자", True, Story(
        "거제 조선소 협력업체 인력난 여전…외국인 채용 확대",
        "거제지역 조선소 사내 협력업체들이 수주 증가에도 숙련 인력을 구하지 못해 어려움을 "
        "겪고 있다. 업체들은 외국인 근로자 채용 비중을 30%까지 늘리고 있다.",
        kst(7, 18, 5), "경제")),
    (412290, "논설위원실", False, Story(
        "[사설] 지역 의료 공백, 공공병원 확충으로 풀어야",
        "도내 응급실 상당수가 야간 진료 인력을 확보하지 못해 운영 시간을 줄이고 있다. 지역 "
        "의료 공백을 메우려면 공공병원 확충과 인력 지원이 함께 추진돼야 한다.",
        kst(7, 16, 40), "오피니언")),
)  # fmt: skip
_CMS_POPULAR = (
    (412377, "경남 수출 석 달 연속 증가…조선·방산이 견인"),
    (412211, "마산어시장 일대 주차장 확충…이달 말 200면 추가"),
    (412328, "밀양 산불 진화율 95%…주민 대피령 해제"),
    (412187, "함안 아라가야 고분군 발굴 현장 일반 공개"),
    (412150, "창원 시내버스 노사 임금협상 극적 타결"),
)
_CMS_PICKS = (
    (412098, "[기획] 소멸 위기 농촌 마을, 청년이 돌아온 이유"),
    (412044, "[인터뷰] 30년 지킨 동네 서점 주인이 말하는 책의 힘"),
    (411987, "[현장] 새벽 어판장 경매, 달라진 생선 값 체감해보니"),
)


def _cms_view(idxno: int) -> str:
    return f"/news/articleView.html?idxno={idxno}"


def _cms_item(idxno: int, writer: str, thumb: bool, story: Story) -> str:
    href = _cms_view(idxno)
    image = (
        f'<a href="{href}" class="thumb" target="_top">'
        f'<img src="/news/thumbnail/202504/{idxno}_{idxno - 400000}_{idxno % 97}_v150.jpg" '
        f'alt="{escape_html(story.title)}"></a>\n'
        if thumb
        else ""
    )
    assert story.when is not None and story.lead is not None
    return (
        "<li>\n"
        f"{image}"
        f'<h4 class="titles"><a href="{href}" target="_top">{story.headline_html}</a></h4>\n'
        f'<p class="lead line-6x2"><a href="{href}" target="_top">{escape_html(story.lead)}'
        "</a></p>\n"
        f'<span class="byline"><em>{escape_html(story.label)}</em><em>{escape_html(writer)}</em>'
        f"<em>{dotted(story.when)}</em></span>\n"
        "</li>"
    )


def _cms_aside() -> str:
    popular = link_list(
        ((_cms_view(no), title) for no, title in _CMS_POPULAR),
        '<li class="auto-numbering"><a href="{href}" class="auto-titles">'
        '<span class="number">{rank}</span>{title}</a></li>',
    )
    picks = link_list(
        ((_cms_view(no), title) for no, title in _CMS_PICKS),
        '<li><a href="{href}" class="auto-titles">{title}</a></li>',
    )
    return (
        '<aside class="user-aside">\n'
        '<div class="banner_box ad-area"><span class="ad-label">광고</span>'
        '<a href="https://ad.adnet.example.com/adclick?cid=20931&amp;zone=saenamdo_r1" '
        'target="_blank" rel="nofollow"><img src="https://img.adnet.example.com/b/20931.jpg" '
        'alt=""></a></div>\n'
        '<section class="box-skin auto-article" id="skin-12">\n'
        '<header class="header"><div class="title">많이 본 뉴스</div></header>\n'
        f'<div class="content"><ul class="auto-article tabs-wrap">{popular}</ul></div>\n'
        "</section>\n"
        '<section class="box-skin" id="skin-15">\n'
        '<header class="header"><div class="title">추천 기사</div></header>\n'
        f'<div class="content"><ul class="type0">{picks}</ul></div>\n'
        "</section>\n"
        "</aside>"
    )


def build_regional_cms() -> Layout:
    """The section list of a widely used regional-news CMS: ``section#section-list > ul.type2
    > li`` with ``h4.titles``, a linked ``p.lead`` and a ``span.byline`` of ``<em>`` parts
    (section | writer | ``2025.04.08 14:20``), ``articleView.html?idxno=`` links."""
    page_url = f"{_CMS_HOST}/news/articleList.html?sc_section_code=S1N2&view_type=sm"
    nav = menu_items(
        tuple(
            (f"/news/articleList.html?sc_section_code=S1N{n}&view_type=sm", name)
            for n, name in enumerate(_SECTIONS, start=1)
        )
    )
    items = "\n".join(_cms_item(*entry) for entry in _CMS_STORIES)
    pages = "".join(
        f'<li class="{"current" if n == 1 else ""}"><a href="?sc_section_code=S1N2&amp;'
        f'view_type=sm&amp;page={n}">{n}</a></li>'
        for n in range(1, 6)
    )
    footer = menu_items(tuple((f"/com/{n}.html", text) for n, text in enumerate(_FOOTER_LINKS)))
    body = f"""<div id="user-wrap">
<header class="user-header">
<div class="header-logo"><a href="/"><img src="/image/logo/toplogo.png" alt="새남도일보"></a></div>
<div class="header-util"><a href="/member/login.html">로그인</a>
<a href="/member/join.html">회원가입</a>
</div>
<nav class="user-nav gnb"><ul class="nav-menu">{nav}</ul></nav>
</header>
<div class="banner_box top-ad"><span class="ad-label">AD</span>
<a href="https://ad.adnet.example.com/adclick?cid=20911&amp;zone=saenamdo_top" target="_blank">
<img src="https://img.adnet.example.com/b/20911.jpg" alt="봄맞이 특별 분양"></a></div>
<div class="user-container">
<div class="user-content">
<header class="article-list-header"><h3 class="heading">경제</h3>
<span class="total">전체 2,418건</span>
</header>
<section id="section-list">
<ul class="type2">
{items}
</ul>
</section>
<div class="list-paging"><ul class="pagination">
<li class="pagination-start"><a href="?sc_section_code=S1N2&amp;view_type=sm&amp;page=1">처음</a>
</li>
{pages}
<li class="pagination-next"><a href="?sc_section_code=S1N2&amp;view_type=sm&amp;page=6">다음</a>
</li>
<li class="pagination-end"><a href="?sc_section_code=S1N2&amp;view_type=sm&amp;page=242">끝</a></li>
</ul></div>
</div>
{_cms_aside()}
</div>
<footer class="user-footer">
<ul class="footer-menu">{footer}</ul>
<address>경상남도 창원시 의창구 가상로 12 | 대표전화 055-000-0000 | 등록번호 경남 아00000</address>
<p class="copyright">Copyright © 새남도일보. All rights reserved.</p>
</footer>
</div>"""
    html = html_document("경제 - 새남도일보", body, lang="ko")
    gold = [_gold(page_url, _cms_view(no), story) for no, _, _, story in _CMS_STORIES]
    return Layout(
        name="ko-regional-cms",
        family="regional-news CMS articleList.html: ul.type2 > li, h4.titles, p.lead, "
        "span.byline <em> parts, articleView.html?idxno=",
        body=html.encode("utf-8"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=gold,
        content_type="text/html; charset=utf-8",
    )


# --------------------------------------------------------------------------------------------
# 2. A portal's news section list
# --------------------------------------------------------------------------------------------

_PORTAL_HOST = "https://news.daon.example.com"
_PORTAL_ARTICLE = "https://n.news.daon.example.com/mnews/article/{oid}/{aid:010d}?sid=101"
_PORTAL_LEAD_LIMIT = 78
# (oid, aid, photo, story); a story without a time shows a day word or a date
_PORTAL_HEADLINES = (
    ("021", 2698810, True, Story(
        "반도체 수출 회복세 뚜렷…3월 ICT 수출 18% 늘어",
        "3월 정보통신기술(ICT) 수출액이 지난해 같은 달보다 18.2% 늘어난 212억 달러로 "
        "집계됐다. 메모리 반도체 가격 반등과 서버용 수요 확대가 증가세를 이끈 것으로 "
        "분석된다.",
        ago(FETCHED_AT, minutes=54), "누리일보")),
    ("015", 5112034, True, Story(
        "한은, 기준금리 연 2.75% 동결…\"환율 변동성 경계\"",
        "한국은행 금융통화위원회가 8일 통화정책방향 회의를 열고 기준금리를 연 2.75%로 "
        "유지하기로 했다. 금통위는 원·달러 환율의 변동성이 여전히 크다며 추가 인하 시점은 "
        "물가와 성장 흐름을 더 지켜본 뒤 판단하겠다고 밝혔다.",
        ago(FETCHED_AT, hours=1), "한결경제")),
    ("081", 3521147, True, Story(
        "서울 아파트 전셋값 47주 연속 상승…매물 감소 영향",
        "서울 아파트 전셋값이 47주 연속 오름세를 이어갔다. 신규 입주 물량이 줄어든 데다 "
        "임대차 시장에 나온 매물도 한 달 새 6% 감소하면서 수요가 몰리는 단지를 중심으로 "
        "호가가 뛰고 있다.",
        ago(FETCHED_AT, hours=2), "새아침신문")),
    ("374", 417702, False, Story(
        "카드론 잔액 또 최대치…중·저신용자 대출 수요 몰려",
        "카드사 9곳의 카드론 잔액이 지난달 말 43조 원을 넘어 또다시 역대 최대치를 "
        "기록했다. 은행 대출 문턱이 높아지자 중·저신용자들이 카드론으로 몰린 것으로 보인다.",
        ago(FETCHED_AT, hours=3), "바른경제TV")),
    ("055", 1240558, True, Story(
        "편의점 업계, 1인 가구 겨냥 소용량 신선식품 확대",
        "편의점 업계가 1인 가구를 겨냥해 소용량 채소와 과일, 정육 상품을 잇따라 늘리고 "
        "있다. 신선식품 매출 비중은 지난해 처음으로 10%를 넘어섰다.",
        ago(FETCHED_AT, hours=5), "동해방송")),
    ("015", 5111890, True, Story(
        "정유 4사 1분기 실적 '먹구름'…정제마진 하락 여파",
        "국내 정유 4사의 1분기 영업이익이 지난해 같은 기간보다 절반 이상 줄어들 것이라는 "
        "전망이 나왔다. 국제 정제마진이 석 달째 손익분기점 아래에 머문 탓이다.",
        None, "한결경제")),
)  # fmt: skip
_PORTAL_LIST = (
    ("018", 6012577, True, Story(
        "중소기업 정책자금 2조원 조기 집행…금리 0.5%p 인하",
        "중소벤처기업부가 올해 정책자금 가운데 2조 원을 상반기에 앞당겨 집행한다. 경영 "
        "안정 자금의 기준금리도 0.5%포인트 내려 자금난을 겪는 기업의 부담을 덜기로 했다.",
        ago(FETCHED_AT, hours=6), "한결경제")),
    ("421", 8011542, False, Story(
        "국민연금 해외투자 비중 확대 검토…환헤지 전략 손질",
        "국민연금이 해외 주식과 대체투자 비중을 단계적으로 늘리는 방안을 검토하고 있다. "
        "환율 급변동에 대비한 전략적 환헤지 비율도 다시 손볼 계획이다.",
        ago(FETCHED_AT, hours=7), "뉴스나루")),
    ("009", 5471203, True, Story(
        "배달앱 수수료 상생안 시행 한 달…가맹점 체감 '글쎄'",
        "배달 플랫폼 수수료 상생안이 시행된 지 한 달이 지났지만 가맹점주들의 체감 효과는 "
        "크지 않다는 지적이 나온다. 배달비 부담이 여전히 점주에게 전가되고 있다는 것이다.",
        ago(FETCHED_AT, hours=8), "새아침신문")),
    ("277", 5590318, True, Story(
        "신규 상장 공모주 청약 경쟁률 1000대 1 넘어",
        "이달 코스닥 상장을 앞둔 공모주 두 곳의 일반 청약 경쟁률이 모두 1000대 1을 "
        "넘었다. 증거금으로만 11조 원이 몰리며 공모주 시장이 다시 달아오르고 있다.",
        ago(FETCHED_AT, hours=9), "아시아경제통신")),
    ("020", 3620915, False, Story(
        "농산물 가격 안정세…사과·배 도매가 전월比 12% 하락",
        "사과와 배의 도매가격이 한 달 전보다 12%가량 떨어지며 안정세를 보이고 있다. "
        "저장 물량 출하가 늘고 수입 과일 할당관세 효과가 나타난 것으로 풀이된다.",
        None, "동해방송")),
    ("366", 1061287, True, Story(
        "전기차 보조금 조기 소진 우려…지자체 추가 예산 편성",
        "전기차 구매 보조금이 일부 지자체에서 4월 초에 이미 절반 넘게 소진됐다. 지자체들은 "
        "추경을 통해 추가 예산을 편성하는 방안을 서두르고 있다.",
        None, "바른경제TV")),
    ("015", 5110762, True, Story(
        "항공업계, 여름 성수기 앞두고 중장거리 노선 증편",
        "국내 항공사들이 여름 성수기를 앞두고 유럽과 북미 노선 운항 횟수를 늘리고 있다. "
        "일부 노선은 주 7회 매일 운항 체제로 전환한다.",
        None, "한결경제")),
    ("014", 5322096, False, Story(
        "가계부채 증가 속도 둔화…2월 주담대 증가폭 축소",
        "2월 은행권 가계대출 증가폭이 전달보다 1조 원가량 줄었다. 주택담보대출 증가세가 "
        "한풀 꺾이면서 가계부채 증가 속도도 둔화하는 모습이다.",
        None, "누리일보")),
)  # fmt: skip
# Display of the items without a relative time: a day word for yesterday's, a date for older.
_PORTAL_DAY = {5111890: "어제", 3620915: "어제", 1061287: "어제"}
_PORTAL_RANKING = (
    ("015", 5112034, '한은, 기준금리 연 2.75% 동결…"환율 변동성 경계"', "한결경제"),
    ("025", 3412877, '"월급 빼고 다 올랐다" 직장인 점심값 1만 원 시대', "새아침신문"),
    ("081", 3521147, "서울 아파트 전셋값 47주 연속 상승…매물 감소 영향", "새아침신문"),
    ("469", 8440012, "연말정산 환급금 평균 62만 원…맞벌이 부부 절세 팁", "뉴스나루"),
    ("018", 6012002, "금값 또 사상 최고치…골드바 품귀 현상까지", "한결경제"),
)


def _portal_url(oid: str, aid: int) -> str:
    return _PORTAL_ARTICLE.format(oid=oid, aid=aid)


def _portal_item(oid: str, aid: int, photo: bool, story: Story) -> str:
    url = _portal_url(oid, aid)
    assert story.lead is not None
    if story.when is not None:
        shown = _relative(story.when, spaced=False)
    else:
        shown = _PORTAL_DAY.get(aid, "2025.04.07.")
    state = "is_new" if story.when is not None and "분" in shown else "is_outdated"
    image = (
        f'<dt class="photo">\n<a href="{url}">\n'
        f'<img src="https://imgnews.daon.example.com/image/thumb140/{oid}/2025/04/08/{aid}.jpg"'
        f' width="106" height="72" alt="{escape_html(story.title)}">\n</a>\n</dt>\n'
        if photo
        else ""
    )
    return (
        "<li>\n<dl>\n"
        f"{image}"
        f'<dt>\n<a href="{url}">\n\t\t\t\t\t\t\t\t{escape_html(story.title)}'
        "\n\t\t\t\t\t\t\t</a>\n</dt>\n"
        f'<dd>\n<span class="lede">{escape_html(truncate(story.lead, _PORTAL_LEAD_LIMIT, "…"))}'
        "</span>\n"
        f'<span class="writing">{escape_html(story.label)}</span>\n'
        f'<span class="date {state}">{shown}</span>\n'
        "</dd>\n</dl>\n</li>"
    )


def _portal_aside() -> str:
    ranking = "".join(
        f'<li><em class="num{rank}">{rank}</em><a href="{_portal_url(oid, aid)}" '
        f'class="nclicks(rig.secrank)">{escape_html(title)}</a>'
        f'<span class="rank_press">{escape_html(press)}</span></li>'
        for rank, (oid, aid, title, press) in enumerate(_PORTAL_RANKING, start=1)
    )
    return (
        '<div id="right.ranking_contents" class="section_aside">\n'
        '<div class="ad_area" id="da_right"><span class="ad_label">광고</span>'
        '<a href="https://adcr.daon.example.com/adclick?x=Rk3a91&amp;u=right_1" target="_blank">'
        '<img src="https://ssl.adimg.daon.example.com/right_1.jpg" alt=""></a></div>\n'
        '<div class="section section_wide">\n<h4 class="h4_mostread">많이 본 뉴스</h4>\n'
        f'<ul class="section_list_ranking">{ranking}</ul>\n</div>\n'
        "</div>"
    )


def build_portal_list() -> Layout:
    """A portal's news section list: two stacked lists (``ul.type06_headline``, ``ul.type06``)
    of ``li > dl`` with ``dt.photo`` image links, a ``dt > a`` title, ``dd > span.lede``,
    ``span.writing`` press name and ``span.date`` ("1시간전", "어제", ``2025.04.07.``)."""
    page_url = f"{_PORTAL_HOST}/main/list.do?mode=LSD&mid=sec&sid1=101&date=20250408"
    nav = menu_items(
        tuple(
            (f"/main/main.do?mode=LSD&mid=shm&sid1={100 + n}", name)
            for n, name in enumerate(("정치", "경제", "사회", "생활/문화", "세계", "IT/과학"))
        )
    )
    sub = menu_items(
        tuple(
            (f"/main/list.do?mode=LS2D&mid=shm&sid2={259 + n}&sid1=101", name)
            for n, name in enumerate(
                ("금융", "증권", "산업/재계", "중기/벤처", "부동산", "생활경제")
            )
        )
    )
    headlines = "\n".join(_portal_item(*entry) for entry in _PORTAL_HEADLINES)
    rest = "\n".join(_portal_item(*entry) for entry in _PORTAL_LIST)
    pages = "".join(
        f'<a href="?mode=LSD&amp;mid=sec&amp;sid1=101&amp;date=20250408&amp;page={n}">{n}</a>'
        for n in range(2, 11)
    )
    footer = menu_items(tuple((f"https://policy.daon.example.com/{n}", t) for n, t in enumerate(
        ("이용약관", "개인정보처리방침", "책임의 한계와 법적고지", "기사배열 책임자", "고객센터")
    )))  # fmt: skip
    body = f"""<div id="wrap">
<div id="header">
<h1><a href="{_PORTAL_HOST}/">다온 뉴스</a></h1>
<div id="lnb" class="lnb_menu"><ul>{nav}</ul></div>
</div>
<div id="container">
<div id="snb"><h2 class="snb_h2">경제</h2><ul class="nav">{sub}</ul></div>
<div id="main_content" class="content">
<div class="list_header newsflash_header"><h3>경제 일반 <em>최신뉴스</em></h3>
<span class="viewday">2025.04.08</span></div>
<div class="list_body newsflash_body">
<ul class="type06_headline">
{headlines}
</ul>
<ul class="type06">
{rest}
</ul>
</div>
<div class="paging">
<strong>1</strong>{pages}
<a href="?mode=LSD&amp;mid=sec&amp;sid1=101&amp;date=20250408&amp;page=11"
 class="next nclicks(fls.page)">다음</a>
</div>
</div>
{_portal_aside()}
</div>
<div id="footer"><ul class="footer_link">{footer}</ul><p class="copyright">© DAON Corp.</p></div>
</div>"""
    html = html_document("경제 일반 : 다온 뉴스", body, lang="ko")
    gold = [
        _gold(
            page_url,
            _portal_url(oid, aid),
            story,
            summary=truncate(story.lead or "", _PORTAL_LEAD_LIMIT, "…"),
        )
        for oid, aid, _, story in (*_PORTAL_HEADLINES, *_PORTAL_LIST)
    ]
    return Layout(
        name="ko-portal-list",
        family="portal news section list: ul.type06_headline / ul.type06 > li > dl, dt.photo, "
        'dt > a, span.lede, span.writing, span.date ("1시간전", "어제")',
        body=html.encode("utf-8"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=gold,
    )


# --------------------------------------------------------------------------------------------
# 3. A wire service's 최신기사
# --------------------------------------------------------------------------------------------

_WIRE_HOST = "https://www.nuritong.example.co.kr"
_WIRE_STORIES = (
    ("AKR20250408154051001", True, Story(
        "정부, 산불 피해 지역 특별재난지역 추가 선포 검토",
        "(세종=누리통신) 박성민 기자 = 정부가 지난주 산불로 큰 피해를 본 경북 북부 3개 군을 "
        "특별재난지역으로 추가 선포하는 방안을 검토하고 있다.",
        kst(8, 14, 52))),
    ("AKR20250408153700008", True, Story(
        "코스피 외국인 순매수에 2,600선 회복…반도체주 강세",
        "(서울=누리통신) 윤지아 기자 = 코스피가 8일 외국인 투자자의 순매수에 힘입어 "
        "2,600선을 회복했다. 시가총액 상위 반도체주가 일제히 올랐다.",
        kst(8, 14, 47))),
    ("AKR20250408152900504", False, Story(
        "北, 동해상으로 단거리 탄도미사일 발사…합참 \"추가 도발 대비\"",
        "(서울=누리통신) 정태윤 기자 = 북한이 8일 오후 동해상으로 단거리 탄도미사일 "
        "여러 발을 발사했다고 합동참모본부가 밝혔다.",
        kst(8, 14, 39))),
    ("AKR20250408151300001", True, Story(
        "여야, 추경 편성 규모 놓고 협상 재개…이견 여전",
        "(서울=누리통신) 한도윤 기자 = 여야 원내대표가 8일 국회에서 만나 추가경정예산 "
        "편성 규모를 놓고 협상을 재개했지만 입장 차이를 좁히지 못했다.",
        kst(8, 14, 31))),
    ("AKR20250408150200017", True, Story(
        "국내 연구진, 상온 작동 고효율 수소 생산 촉매 개발",
        "(대전=누리통신) 이서연 기자 = 국내 연구진이 상온에서도 높은 효율로 수소를 만들어 "
        "내는 촉매를 개발했다고 8일 밝혔다.",
        kst(8, 14, 20))),
    ("AKR20250408148600004", False, Story(
        "수도권 미세먼지 '나쁨'…내일 오후부터 해소될 듯",
        "(서울=누리통신) 김하늘 기자 = 8일 수도권과 충청권의 초미세먼지 농도가 '나쁨' "
        "수준을 보이고 있다. 대기 정체는 9일 오후부터 풀릴 전망이다.",
        kst(8, 14, 12))),
    ("AKR20250408146300007", True, Story(
        "프로야구 개막 2주 만에 관중 100만 명 돌파",
        "(서울=누리통신) 최준호 기자 = 프로야구가 개막 2주 만에 누적 관중 100만 명을 "
        "넘어섰다. 역대 가장 빠른 속도다.",
        kst(8, 13, 58))),
    ("AKR20250408143400011", True, Story(
        "공정위, 온라인 플랫폼 끼워팔기 혐의 현장조사",
        "(세종=누리통신) 오민지 기자 = 공정거래위원회가 자사 유료 멤버십에 다른 서비스를 "
        "끼워 판 혐의로 온라인 플랫폼 업체 두 곳을 현장 조사했다.",
        kst(8, 13, 44))),
    ("AKR20250408140200071", True, Story(
        "日정부, 외국인 관광객 출국세 인상 방침",
        "(도쿄=누리통신) 강민석 특파원 = 일본 정부가 외국인 관광객에게 부과하는 출국세를 "
        "현행의 세 배 수준으로 올리는 방안을 추진한다.",
        kst(8, 13, 30))),
    ("AKR20250408138500061", False, Story(
        "전국 벚꽃 절정…주말 나들이 차량 몰려 고속도로 정체 예상",
        "(서울=누리통신) 문지훈 기자 = 전국 벚꽃이 절정에 이르면서 이번 주말 고속도로 "
        "교통량이 평소보다 15%가량 늘어날 것으로 예상된다.",
        kst(8, 13, 15))),
    ("AKR20250407171600009", True, Story(
        "美 연준 인사 \"관세 영향 지켜본 뒤 금리 결정\"",
        "(워싱턴=누리통신) 임현우 특파원 = 미국 연방준비제도 고위 인사가 7일 관세 인상이 "
        "물가에 미치는 영향을 충분히 확인한 뒤 금리를 결정하겠다고 말했다.",
        kst(7, 23, 58))),
    ("AKR20250407166800051", True, Story(
        "부산 해운대 고층 건물 화재…주민 수십 명 대피",
        "(부산=누리통신) 신동욱 기자 = 7일 오후 10시 30분께 부산 해운대구의 한 고층 "
        "주상복합 건물에서 불이 나 주민 수십 명이 대피했다.",
        kst(7, 22, 41))),
)  # fmt: skip
_WIRE_POPULAR = (
    ("AKR20250408154051001", "정부, 산불 피해 지역 특별재난지역 추가 선포 검토"),
    ("AKR20250408092200002", "'역대급' 벚꽃 인파에 지자체 안전관리 비상"),
    ("AKR20250408101500530", "[르포] 산불 휩쓴 마을, 잿더미 속 다시 피는 희망"),
    ("AKR20250408146300007", "프로야구 개막 2주 만에 관중 100만 명 돌파"),
    ("AKR20250407120700017", "내년 최저임금 심의 시작…노사 첫 요구안 주목"),
)
_WIRE_PICKS = (
    ("AKR20250406031200005", "[특파원 시선] 관세 전쟁 속 항구 도시의 조용한 변화"),
    ("AKR20250405022800797", '[인터뷰] "작은 섬마을 학교가 살아야 마을이 산다"'),
    ("AKR20250404112900371", "[팩트체크] 봄철 황사와 미세먼지, 무엇이 다른가"),
)


def _wire_href(aid: str) -> str:
    return f"{_WIRE_HOST}/view/{aid}?section=news"


def _wire_item(aid: str, photo: bool, story: Story) -> str:
    href = _wire_href(aid)
    assert story.when is not None and story.lead is not None
    figure = (
        f'<figure class="img-con"><a href="{href}" class="img img-cover">'
        f'<img src="https://img.nuritong.example.co.kr/photo/cms/2025/04/08/{aid[-6:]}/'
        f'{aid}_P2.jpg" alt="{escape_html(story.title)}"></a></figure>\n'
        if photo
        else ""
    )
    return (
        f'<li>\n<div class="item-box01" data-cid="{aid}">\n{figure}'
        '<div class="news-con">\n'
        f'<a href="{href}" class="tit-wrap">'
        f'<strong class="tit-news">{escape_html(story.title)}</strong></a>\n'
        f'<p class="lead">{escape_html(story.lead)}</p>\n</div>\n'
        f'<div class="info-box01"><span class="txt-time">{story.when:%m-%d %H:%M}</span></div>\n'
        "</div>\n</li>"
    )


def _wire_ad() -> str:
    return (
        '<li class="aside-box-ad">\n<div class="item-box01 ad-item">\n'
        '<div class="news-con"><span class="ad-mark">AD</span>\n'
        '<a href="https://clickserve.adnet.example.com/c?cid=88412&amp;pl=nuritong_list" '
        'class="tit-wrap" target="_blank"><strong class="tit-news">봄맞이 가전 특가 최대 40% '
        "할인 이벤트 진행 중</strong></a>\n</div>\n</div>\n</li>"
    )


def build_wire_latest() -> Layout:
    """A wire service's 최신기사: ``ul.list > li > div.item-box01`` with ``strong.tit-news``,
    ``p.lead``, a year-less ``span.txt-time`` ("04-08 14:20") and AKR article ids in the URL,
    an ad slotted into the list, "에디터스 픽" and "많이 본 뉴스" beside it."""
    page_url = f"{_WIRE_HOST}/news?site=navi_latest_depth01"
    nav = menu_items(
        tuple(
            (f"/{slug}/all", name)
            for slug, name in (
                ("nk", "북한"), ("politics", "정치"), ("economy", "경제"), ("market-plus", "마켓+"),
                ("industry", "산업"), ("society", "사회"), ("local", "전국"),
                ("international", "세계"), ("culture", "문화"), ("sports", "스포츠"),
            )
        )
    )  # fmt: skip
    rows = [_wire_item(*entry) for entry in _WIRE_STORIES]
    rows.insert(6, _wire_ad())
    popular = link_list(
        ((_wire_href(aid), title) for aid, title in _WIRE_POPULAR),
        '<li><span class="num">{rank}</span><a href="{href}" class="tit">{title}</a></li>',
    )
    picks = link_list(
        ((_wire_href(aid), title) for aid, title in _WIRE_PICKS),
        '<li><a href="{href}"><strong class="tit-news">{title}</strong></a></li>',
    )
    pages = "".join(
        f'<a href="/news/{n}?site=navi_latest_depth01" class="num">{n}</a>' for n in range(2, 11)
    )
    footer = menu_items(tuple((f"/about/{n}", t) for n, t in enumerate(_FOOTER_LINKS)))
    body = f"""<div id="container">
<header id="header" class="header-type01">
<h1 class="logo"><a href="/">누리통신</a></h1>
<nav class="gnb-wrap"><ul class="gnb">{nav}</ul></nav>
</header>
<div class="ad-box-top"><span class="blind">광고</span>
<a href="https://ad.adnet.example.com/adclick?cid=77310&amp;zone=top_wide" target="_blank">
<img src="https://img.adnet.example.com/b/77310.jpg" alt=""></a></div>
<main class="container-wrap">
<section class="section01">
<div class="title-article01"><h2 class="tit">최신기사</h2></div>
<div class="list-type038">
<ul class="list">
{chr(10).join(rows)}
</ul>
</div>
<div class="paging paging-type01">
<strong class="num on">1</strong>{pages}
<a href="/news/11?site=navi_latest_depth01" class="next">다음</a>
</div>
</section>
<aside class="aside-area">
<div class="aside-box01 editors-pick">
<h2 class="title-type04">에디터스 픽</h2>
<ul class="list-type050">{picks}</ul>
</div>
<div class="aside-box01 most-popular">
<h2 class="title-type04">많이 본 뉴스</h2>
<ol class="list-type052">{popular}</ol>
</div>
<div class="aside-box-ad"><span class="ad-mark">AD</span>
<a href="https://ad.adnet.example.com/adclick?cid=77322&amp;zone=aside" target="_blank">
<img src="https://img.adnet.example.com/b/77322.jpg" alt=""></a></div>
</aside>
</main>
<footer id="footer"><ul class="foot-link">{footer}</ul>
<p class="copyright">Copyright ⓒ 누리통신. 무단 전재 및 재배포 금지</p></footer>
</div>"""
    html = html_document("최신기사 | 누리통신", body, lang="ko")
    gold = [_gold(page_url, _wire_href(aid), story) for aid, _, story in _WIRE_STORIES]
    return Layout(
        name="ko-wire-latest",
        family="wire service 최신기사: ul.list > li > div.item-box01, strong.tit-news, p.lead, "
        'span.txt-time "04-08 14:20", AKR ids',
        body=html.encode("utf-8"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=gold,
    )


# --------------------------------------------------------------------------------------------
# 4. A broadsheet's card grid under a top-story block
# --------------------------------------------------------------------------------------------

_BROAD_HOST = "https://www.hanbit.example.co.kr"
_ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _arc_id(seed: int) -> str:
    """A 26-character upper-case story id, derived deterministically from ``seed``."""
    value = (seed * 0x9E3779B97F4A7C15 + 0x632BE59BD9B4E019) % (1 << 130)
    return "".join(_ID_ALPHABET[(value >> (5 * n)) & 31] for n in range(26))


def _broad_path(seed: int, when: datetime) -> str:
    return f"/article/{when:%Y/%m/%d}/{_arc_id(seed)}/"


# (seed, story); the lead card's story is listed again in the grid.
_BROAD_TOP = (
    (101, Story(
        "국내 반도체 업계, 고대역폭메모리 증설 경쟁…올해 투자 40조 넘는다",
        "인공지능 서버용 고대역폭메모리(HBM) 수요가 급증하면서 국내 반도체 업계의 설비 "
        "투자가 올해 40조 원을 넘어설 전망이다. 업계는 하반기 신규 라인 가동을 앞당기고 "
        "있다.",
        kst(8, 14, 20), "산업")),
    (102, Story(
        "수출 중소기업 10곳 중 6곳 \"환율 변동에 계약 차질\"", None, kst(8, 13, 40), "경제일반")),
    (103, Story(
        "은행권 대출 금리 줄인하…주담대 3%대 재진입", None, kst(8, 13, 5), "금융")),
)  # fmt: skip
_BROAD_GRID = (
    (104, Story(
        "유통 대기업들 '초저가' 자체브랜드 경쟁 다시 불붙어",
        "고물가가 이어지자 대형 유통업체들이 1000원대 생활용품과 간편식을 앞세운 자체 "
        "브랜드 상품을 잇따라 내놓고 있다.",
        kst(8, 12, 50), "유통")),
    (105, Story(
        "정부, 소상공인 전기요금 감면 대상 50만 곳으로 확대",
        "정부가 영세 소상공인의 전기요금을 최대 20만 원까지 감면해 주는 지원 대상을 기존 "
        "30만 곳에서 50만 곳으로 늘리기로 했다.",
        kst(8, 12, 22), "경제일반")),
    (106, Story(
        "국산 전기차 가격 인하 승부수…보급형 모델 잇따라 출시",
        "국내 완성차 업체들이 3000만 원대 보급형 전기차를 잇따라 내놓으며 가격 경쟁에 "
        "뛰어들었다. 보조금을 받으면 2000만 원대 구매도 가능하다.",
        kst(8, 11, 48), "자동차")),
    (107, Story(
        "부동산 PF 부실 사업장 정리 속도…경·공매 물건 급증",
        "금융당국의 부동산 프로젝트파이낸싱(PF) 구조조정이 속도를 내면서 경매와 공매로 "
        "나온 사업장이 1년 새 두 배 가까이 늘었다.",
        kst(8, 11, 10), "부동산")),
    (108, Story(
        "청년 취업자 9개월째 감소…제조업 일자리 부진",
        "15~29세 청년층 취업자 수가 9개월 연속 줄었다. 제조업과 건설업에서 일자리가 크게 "
        "줄어든 영향이 컸다.",
        kst(8, 10, 35), "경제일반")),
    (109, Story(
        "해외 직구 플랫폼 규제 강화…어린이 제품 안전 인증 의무화 추진",
        "해외 직구로 들어오는 어린이 제품과 전기용품에 국내 안전 인증을 의무화하는 방안이 "
        "추진된다. 위해 제품 차단 조치도 강화된다.",
        kst(8, 9, 58), "유통")),
    (110, Story(
        "국제 유가 하락에 휘발유 가격 5주 연속 내림세",
        "국제 유가가 약세를 보이면서 전국 주유소 휘발유 평균 가격이 5주 연속 하락했다. "
        "경유 가격도 ℓ당 1500원대로 내려왔다.",
        kst(8, 9, 20), "산업")),
    (111, Story(
        "연금저축 계좌 이전 간소화…앱에서 10분이면 끝",
        "이달부터 연금저축 계좌를 다른 금융회사로 옮길 때 영업점을 방문하지 않고 모바일 "
        "앱에서 바로 신청할 수 있게 됐다.",
        kst(7, 19, 30), "금융")),
    (112, Story(
        "中 저가 철강 공세에 국내 철강사 감산 검토",
        "중국산 저가 철강재 수입이 급증하자 국내 철강사들이 일부 설비의 가동률을 낮추는 "
        "감산을 검토하고 있다.",
        kst(7, 17, 45), "산업")),
)  # fmt: skip
_BROAD_POPULAR = (
    (201, kst(8, 7, 0), '"노후 준비 이렇게"…은퇴 10년 차가 말하는 연금 활용법'),
    (101, kst(8, 14, 20), "국내 반도체 업계, 고대역폭메모리 증설 경쟁…올해 투자 40조 넘는다"),
    (202, kst(7, 21, 10), "서울 상가 공실률 최고치…명동·강남도 '텅텅'"),
    (203, kst(7, 9, 30), "올해 성과급 잔치 끝났다…대기업 직원들 '한숨'"),
    (204, kst(6, 18, 0), "[단독] 대형 건설사, 해외 원전 수주 막판 협상"),
)
_BROAD_PICKS = (
    (301, kst(5, 6, 0), "[경제 읽기] 환율 1400원 시대, 우리 지갑은 어떻게 달라지나"),
    (302, kst(4, 6, 0), "[현장 리포트] 반도체 클러스터 공사장에 가 보니"),
    (303, kst(3, 6, 0), "[숫자로 본 경제] 1인 가구 소비의 다섯 가지 변화"),
)


def _broad_card(seed: int, story: Story, *, tag: str, extra: str = "", query: str = "") -> str:
    assert story.when is not None
    href = _broad_path(seed, story.when) + query
    description = (
        f'<p class="description">{escape_html(story.lead)}</p>\n' if story.lead is not None else ""
    )
    return (
        f'<div class="card{extra}">\n'
        f'<div class="card_image"><a href="{href}"><img src="https://img.hanbit.example.co.kr/'
        f'resize/{_arc_id(seed)[:12]}.jpg" alt=""></a></div>\n'
        '<div class="card_body">\n'
        f'<span class="section_name">{escape_html(story.label)}</span>\n'
        f'<{tag} class="headline"><a href="{href}">{story.headline_html}</a></{tag}>\n'
        f"{description}"
        f'<div class="meta"><p class="date">{dotted(story.when)}</p></div>\n'
        "</div>\n</div>"
    )


def build_broadsheet_cards() -> Layout:
    """A broadsheet section front: a top-story block (a lead card with a description, two sub
    cards) over ``div.story_list > div.card`` cards with ``h2.headline > a``,
    ``p.description`` and ``p.date`` ``2025.04.08 14:20``; dated ``/article/2025/04/08/<id>/``
    paths, ``utm_*`` on the top block's links."""
    page_url = f"{_BROAD_HOST}/economy/"
    nav = menu_items(
        tuple((f"/{slug}/", name) for slug, name in zip(
            ("politics", "economy", "national", "international", "culture", "sports", "opinion"),
            _SECTIONS, strict=True,
        ))
    )  # fmt: skip
    sub = menu_items(
        tuple((f"/economy/{slug}/", name) for slug, name in (
            ("economy_general", "경제일반"), ("finance", "금융"), ("industry", "산업"),
            ("real_estate", "부동산"), ("distribution", "유통"), ("car", "자동차"),
        ))
    )  # fmt: skip
    query = "?utm_source=section&utm_medium=top_story"
    lead_seed, lead_story = _BROAD_TOP[0]
    top = "\n".join(
        (
            _broad_card(lead_seed, lead_story, tag="h2", extra=" card_lead", query=query),
            '<div class="top_sub">',
            *(_broad_card(s, st, tag="h3", extra=" card_sub", query=query) for s, st in
              _BROAD_TOP[1:]),
            "</div>",
        )
    )  # fmt: skip
    grid = "\n".join(
        _broad_card(seed, story, tag="h2") for seed, story in ((lead_seed, lead_story),
                                                                *_BROAD_GRID)
    )  # fmt: skip
    popular = link_list(
        ((_broad_path(seed, when), title) for seed, when, title in _BROAD_POPULAR),
        '<li><span class="rank">{rank}</span><a href="{href}">{title}</a></li>',
    )
    picks = link_list(
        ((_broad_path(seed, when), title) for seed, when, title in _BROAD_PICKS),
        '<li class="card"><h3 class="headline"><a href="{href}">{title}</a></h3></li>',
    )
    footer = menu_items(tuple((f"/company/{n}/", t) for n, t in enumerate(_FOOTER_LINKS)))
    body = f"""<header id="header" class="site_header">
<div class="logo"><a href="/">한빛일보</a></div>
<nav class="gnb"><ul>{nav}</ul></nav>
<nav class="section_nav"><h1 class="section_title">경제</h1><ul>{sub}</ul></nav>
</header>
<div class="ad_wrap ad_top"><span class="ad_label">AD</span>
<a href="https://ad.adnet.example.com/adclick?cid=55120&amp;zone=hanbit_970" target="_blank">
<img src="https://img.adnet.example.com/b/55120.jpg" alt=""></a></div>
<main id="container" class="layout_main">
<div class="contents">
<section class="top_story">
{top}
</section>
<section class="section_list">
<h2 class="list_title">경제 최신기사</h2>
<div class="story_list">
{grid}
</div>
<div class="pagination"><a class="active" href="/economy/?page=1">1</a>
<a href="/economy/?page=2">2</a><a href="/economy/?page=3">3</a><a href="/economy/?page=4">4</a>
<a class="next" href="/economy/?page=2">다음</a></div>
</section>
</div>
<aside class="aside">
<section class="most_viewed"><h3 class="aside_title">가장 많이 본 뉴스</h3>
<ol class="rank_list">{popular}</ol></section>
<div class="ad_wrap ad_aside"><span class="ad_label">광고</span>
<a href="https://ad.adnet.example.com/adclick?cid=55133&amp;zone=hanbit_300" target="_blank">
<img src="https://img.adnet.example.com/b/55133.jpg" alt=""></a></div>
<section class="editors_pick"><h3 class="aside_title">Editor's Pick</h3>
<ul class="pick_list">{picks}</ul></section>
</aside>
</main>
<footer id="footer"><ul class="footer_menu">{footer}</ul>
<p class="copyright">© 한빛일보 All rights reserved.</p></footer>"""
    html = html_document("경제 | 한빛일보", body, lang="ko")
    gold = [
        _gold(page_url, _broad_path(seed, story.when) + query, story)  # type: ignore[arg-type]
        for seed, story in _BROAD_TOP
    ] + [
        _gold(page_url, _broad_path(seed, story.when), story)  # type: ignore[arg-type]
        for seed, story in _BROAD_GRID
    ]
    return Layout(
        name="ko-broadsheet-cards",
        family="broadsheet card grid with a top-story block: div.story_list > div.card, "
        "h2.headline > a, p.description, p.date, /article/YYYY/MM/DD/<id>/",
        body=html.encode("utf-8"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=gold,
    )


# --------------------------------------------------------------------------------------------
# 5. An old board-style list served in CP949
# --------------------------------------------------------------------------------------------

_BOARD_HOST = "http://www.hannuri.example.co.kr"
_BOARD_TITLE_LIMIT = 20
# (post number, day of April, title)
_BOARD_POSTS = (
    (8141, 8, "한누리시 봄철 산불 예방 특별 단속 실시…입산 통제 구역 지정"),
    (8140, 8, "시립도서관 야간 개관 연장…평일 밤 10시까지 운영"),
    (8139, 8, "전통시장 온누리상품권 환급 행사 이번 주말 개최"),
    (8138, 8, "한누리천 벚꽃길 차량 통제 안내"),
    (8137, 8, "농업기술센터, 귀농·귀촌 교육생 40명 모집"),
    (8136, 8, "노후 상수도관 교체 공사로 일부 지역 단수 예고"),
    (8135, 7, "초등학생 대상 생활안전 체험교실 운영"),
    (8134, 7, "한누리 청소년 오케스트라 정기연주회 성황리에 마쳐"),
    (8133, 7, "보건소, 어르신 대상포진 무료 예방접종 시작"),
    (8132, 7, "관내 중소기업 수출 상담회서 320만 달러 계약 성과 거둬"),
    (8131, 7, "공공자전거 대여소 12곳 신설…역세권 중심으로 확충"),
    (8130, 5, "시의회 임시회 개회…추경안 등 18건 심의"),
    (8129, 5, "지역아동센터 급식비 단가 인상…끼니당 9천원"),
    (8128, 5, "한누리시 체육회, 생활체육 지도자 공개 채용"),
    (8127, 4, "폐교 활용한 청년 창업공간 '청춘마루' 문 열어"),
)
_BOARD_BEST = (
    (8101, "한누리역 환승주차장 무료 운영 연장 결정"),
    (8141, "한누리시 봄철 산불 예방 특별 단속 실시…입산 통제 구역 지정"),
    (8090, "시내버스 노선 번호 체계 전면 개편 안내"),
    (8077, "한누리 벚꽃축제 일정 확정…12일 개막"),
    (8069, "어린이 공원 물놀이장 리모델링 착공"),
)


def _board_href(number: int) -> str:
    return f"view.php?id=news&amp;no={number}"


def _board_row(number: int, day: int, title: str) -> str:
    shown = truncate(title, _BOARD_TITLE_LIMIT, "..")
    new = ' <img src="/bbs/skin/news/images/icon_new.gif" alt="new">' if day == 8 else ""
    return (
        '<tr bgcolor="#FFFFFF" onmouseover="this.style.backgroundColor=\'#F5F5F5\'" '
        "onmouseout=\"this.style.backgroundColor='#FFFFFF'\">\n"
        f'<td class="num" align="center">{number}</td>\n'
        f'<td class="subject" align="left">&nbsp;<a href="{_board_href(number)}" '
        f'title="{escape_html(title)}">{escape_html(shown)}</a>{new}</td>\n'
        '<td class="name" align="center">편집부</td>\n'
        f'<td class="date" align="center">[2025.04.{day:02d}]</td>\n'
        f'<td class="hit" align="center">{(number * 37) % 400 + 12}</td>\n'
        "</tr>"
    )


def build_board_euckr() -> Layout:
    """An older board-style news list in CP949 with ``<meta charset="euc-kr">``: table rows
    of post number, a title cut with ".." (full title in the ``title`` attribute), writer,
    ``[2025.04.08]`` and hits; a notice row on top, relative links under a ``<base href>``."""
    page_url = f"{_BOARD_HOST}/news/news.php?menu=3"
    base = f"{_BOARD_HOST}/bbs/"
    rows = "\n".join(_board_row(*post) for post in _BOARD_POSTS)
    board_pages = " ".join(f'<a href="list.php?id=news&amp;page={n}">{n}</a>' for n in range(2, 6))
    best = link_list(
        ((_board_href(no), truncate(title, 16, "..")) for no, title in _BOARD_BEST),
        '<tr><td class="best_num">{rank}.</td><td class="best_tit"><a href="{href}">{title}</a>'
        "</td></tr>",
        sep="\n",
    )
    menu = "".join(
        f'<td><a href="{_BOARD_HOST}/news/news.php?menu={n}"><b>{name}</b></a></td>'
        for n, name in enumerate(("시정소식", "의회소식", "지역뉴스", "행사안내", "포토뉴스"), 1)
    )
    body = f"""<table width="980" border="0" cellspacing="0" cellpadding="0" align="center"
 id="top">
<tr><td width="200"><a href="{_BOARD_HOST}/">
<img src="/img/top_logo.gif" alt="한누리신문" border="0">
</a></td>
<td><table class="topmenu" border="0" cellspacing="0" cellpadding="0"><tr>{menu}</tr></table></td>
</tr>
</table>
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
<tr>
<td width="180" valign="top" class="left">
<table class="leftmenu" width="180"><tr><td>
<a href="{_BOARD_HOST}/news/news.php?menu=3&amp;s=1">· 지역경제</a></td></tr>
<tr><td><a href="{_BOARD_HOST}/news/news.php?menu=3&amp;s=2">· 교육/복지</a></td></tr>
<tr><td><a href="{_BOARD_HOST}/news/news.php?menu=3&amp;s=3">· 문화/체육</a></td></tr></table>
<br>
<table class="best" width="180" border="0" cellspacing="0" cellpadding="2">
<tr><td colspan="2" class="best_title"><b>많이 본 소식</b></td></tr>
{best}
</table>
<br>
<table class="banner" width="180"><tr><td><font size="1" color="#999999">광고</font><br>
<a href="http://ad.hannuri.example.co.kr/adclick.php?bn=12&amp;pos=left" target="_blank">
<img src="/banner/left_12.gif" width="180" height="150" border="0" alt=""></a></td></tr></table>
</td>
<td width="20"></td>
<td valign="top" class="main">
<table width="780" border="0"><tr><td class="location">홈 &gt; 지역뉴스</td></tr></table>
<table width="780" border="0" cellspacing="0" cellpadding="4" class="board_list">
<tr class="board_head" bgcolor="#EEEEEE"><th width="60">번호</th><th>제목</th>
<th width="80">글쓴이</th>
<th width="100">날짜</th><th width="50">조회</th></tr>
<tr class="notice" bgcolor="#FFF8E8">
<td class="num" align="center"><img src="/bbs/skin/news/images/icon_notice.gif" alt="공지"></td>
<td class="subject" align="left">&nbsp;<a href="{_board_href(7990)}"
 title="[공지] 홈페이지 시스템 점검 안내 (4월 10일 새벽 2시~5시)">
<b>[공지] 홈페이지 시스템 점검..</b></a></td>
<td class="name" align="center">관리자</td>
<td class="date" align="center">[2025.04.01]</td>
<td class="hit" align="center">88</td>
</tr>
{rows}
</table>
<table width="780" border="0"><tr><td align="center" class="paging">
<a href="list.php?id=news&amp;page=1">[이전]</a> <b>1</b>
{board_pages}
<a href="list.php?id=news&amp;page=6">[다음]</a>
</td></tr></table>
</td>
</tr>
</table>
<table width="980" border="0" align="center" class="bottom"><tr><td align="center">
<a href="{_BOARD_HOST}/company/intro.php">회사소개</a> |
<a href="{_BOARD_HOST}/company/ad.php">광고문의</a> |
<a href="{_BOARD_HOST}/company/privacy.php">개인정보취급방침</a> |
<a href="{_BOARD_HOST}/company/email.php">이메일무단수집거부</a>
<br>
<font color="#888888">Copyright (c) 한누리신문 All rights reserved.</font>
</td></tr></table>"""
    head = f'<base href="{base}">\n<link rel="stylesheet" href="/css/style.css">\n'
    html = html_document(
        "한누리신문 - 지역뉴스", body, lang="ko", charset="euc-kr", head=head, legacy=True
    )
    gold = [
        _gold(base, f"view.php?id=news&no={no}", Story(title, None, None))
        for no, _, title in _BOARD_POSTS
    ]
    return Layout(
        name="ko-board-euckr",
        family="old board-style list in CP949: <meta charset=euc-kr>, table rows, titles cut "
        'with ".." (title attribute), [YYYY.MM.DD], <base href>',
        body=html.encode("cp949"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=gold,
        content_type="text/html",
    )


# --------------------------------------------------------------------------------------------
# 6. A broadcaster's news list with <time datetime>
# --------------------------------------------------------------------------------------------

_CAST_HOST = "https://news.hbs.example.co.kr"
_CAST_HEADLINE = (
    (8212930, Story(
        "서울 도심 대규모 집회…광화문 일대 교통 통제", None, kst(8, 14, 6), "사회")),
    (8212871, Story(
        "봄철 건조한 날씨 속 전국 산불 잇따라…진화 총력", None, kst(8, 12, 41), "사회")),
    (8212840, Story(
        "초등학교 앞 어린이보호구역 과속 단속 카메라 확대", None, kst(8, 11, 52), "사회")),
)  # fmt: skip
_CAST_LIST = (
    (8212955, Story(
        "보이스피싱 조직 총책 해외서 검거…피해액 120억 원",
        "경찰이 전화금융사기 조직을 이끌어 온 총책을 동남아시아의 한 도시에서 붙잡아 국내로 "
        "송환했습니다. 이 조직의 피해자는 800명이 넘습니다.",
        kst(8, 14, 38), "사회")),
    (8212933, Story(
        "층간소음 갈등 중재 신청 급증…지난해 4만 건 넘어",
        "층간소음 이웃사이센터에 접수된 중재 신청이 지난해 4만 건을 넘어 역대 최대를 "
        "기록했습니다. 갈등이 강력 범죄로 번지는 일도 잇따르고 있습니다.",
        kst(8, 14, 15), "사회")),
    (8212902, Story(
        "[단독] 요양병원 간호인력 기준 미달 수두룩…관리 허점",
        "전국 요양병원 다섯 곳 가운데 한 곳은 법정 간호인력 기준을 채우지 못한 것으로 "
        "취재 결과 확인됐습니다. 그런데도 제재를 받은 곳은 거의 없었습니다.",
        kst(8, 13, 30), "사회")),
    (8212862, Story(
        "고속도로 졸음쉼터 확충…연말까지 30곳 추가",
        "한국도로공사가 졸음운전 사고를 줄이기 위해 연말까지 고속도로 졸음쉼터 30곳을 "
        "새로 만듭니다. 화장실과 조명도 함께 설치됩니다.",
        kst(8, 12, 5), "사회")),
    (8212811, Story(
        "전세사기 피해자 지원 특별법 개정안 국회 계류",
        "전세사기 피해자 지원을 넓히는 특별법 개정안이 넉 달째 국회 상임위원회에 머물러 "
        "있습니다. 피해자들은 조속한 처리를 촉구했습니다.",
        kst(8, 11, 0), "사회")),
    (8212770, Story(
        "야간 배달 오토바이 소음 민원 급증…단속은 '한계'",
        "심야 시간 배달 오토바이 소음에 대한 민원이 크게 늘고 있지만 단속 장비와 인력이 "
        "부족해 현장 대응에는 한계가 있다는 지적입니다.",
        kst(8, 9, 48), "사회")),
    (8212731, Story(
        "응급실 뺑뺑이 막는다…중증환자 이송 지침 개정",
        "보건당국이 중증 응급환자가 병원을 찾아 헤매는 일을 막기 위해 구급대의 이송 병원 "
        "선정 지침을 개정했습니다. 다음 달부터 시행됩니다.",
        kst(8, 8, 20), "사회")),
    (8212705, Story(
        "장애인 이동권 보장 저상버스 도입률 여전히 30%대",
        "저상버스 도입 의무화가 시행된 지 2년이 지났지만 전국 시내버스의 저상버스 비율은 "
        "여전히 30%대에 머물고 있습니다.",
        kst(8, 7, 10), "사회")),
    (8212650, Story(
        "주말 전국 곳곳 비 소식…강풍 동반 예상",
        "이번 주말 전국 대부분 지역에 비가 내리겠습니다. 해안가를 중심으로 바람도 강하게 "
        "불 것으로 보여 시설물 관리에 유의해야 합니다.",
        kst(7, 21, 30), "날씨")),
    (8212611, Story(
        "한파 지나자 황사…내일 수도권 미세먼지 '나쁨'",
        "몽골 고비사막에서 발원한 황사가 유입되면서 내일 수도권과 충청권의 미세먼지 농도가 "
        "'나쁨' 수준으로 올라가겠습니다.",
        kst(7, 18, 15), "날씨")),
)  # fmt: skip
_CAST_POPULAR = (
    (8212555, '"아이 둘 키우면 월 100만 원" 새 육아 지원책 보니'),
    (8212902, "[단독] 요양병원 간호인력 기준 미달 수두룩…관리 허점"),
    (8212498, "한밤 도심 싱크홀…출근길 차량 통제"),
    (8212430, "[날씨] 낮 기온 25도 '초여름 더위'…일교차 주의"),
    (8212955, "보이스피싱 조직 총책 해외서 검거…피해액 120억 원"),
)


def _cast_href(ncd: int, source: str) -> str:
    return (
        f"//news.hbs.example.co.kr/news/view.do?ncd={ncd}"
        f"&amp;utm_source=hbs&amp;utm_medium={source}"
    )


def _cast_time(when: datetime) -> str:
    return f'<time datetime="{when.isoformat()}">{_relative(when)}</time>'


def _cast_item(ncd: int, story: Story, *, css: str, source: str) -> str:
    href = _cast_href(ncd, source)
    assert story.when is not None
    lead = f'<p class="desc">{escape_html(story.lead)}</p>\n' if story.lead else ""
    return (
        f'<li class="{css}">\n'
        f'<div class="thumb"><a href="{href}"><img src="/static/img/blank.gif" '
        f'data-src="https://img.hbs.example.co.kr/news/2025/04/{ncd}_300.jpg" class="lazy" '
        f'alt=""><span class="ico_vod">동영상</span></a></div>\n'
        '<div class="text_area">\n'
        f'<strong class="title"><a href="{href}">{story.headline_html}</a></strong>\n'
        f"{lead}"
        f'<div class="info"><span class="category">{escape_html(story.label)}</span>'
        f"{_cast_time(story.when)}</div>\n"
        "</div>\n</li>"
    )


def build_broadcaster_time() -> Layout:
    """A broadcaster's section list: a headline strip and ``ul.news-list`` of items with
    lazy thumbnails, ``strong.title > a``, ``p.desc`` and ``<time datetime="…+09:00">`` shown
    as "3시간 전"; protocol-relative ``view.do?ncd=`` links with ``utm_*``."""
    page_url = f"{_CAST_HOST}/news/list.do?mcd=0003"
    nav = menu_items(
        tuple(
            (f"/news/list.do?mcd={n:04d}", name)
            for n, name in enumerate(("정치", "경제", "사회", "국제", "문화", "스포츠", "날씨"), 1)
        )
    )
    headline = "\n".join(
        _cast_item(ncd, story, css="headline-item", source="headline")
        for ncd, story in _CAST_HEADLINE
    )
    items = "\n".join(
        _cast_item(ncd, story, css="news-item", source="list") for ncd, story in _CAST_LIST
    )
    popular = link_list(
        ((_cast_href(ncd, "popular"), title) for ncd, title in _CAST_POPULAR),
        '<li><em class="rank">{rank}</em><a href="{href}"><span class="tit">{title}</span></a>'
        "</li>",
    )
    pages = "".join(f'<a href="/news/list.do?mcd=0003&amp;page={n}">{n}</a>' for n in range(2, 6))
    footer = menu_items(
        (f"https://www.hbs.example.co.kr/company/{n}", t) for n, t in enumerate(
            ("HBS 소개", "시청자센터", "편성표", "광고안내", "개인정보처리방침", "저작권 정책")
        )
    )  # fmt: skip
    body = f"""<div id="wrap">
<header class="header">
<h1 class="logo"><a href="/">HBS 뉴스</a></h1>
<nav class="gnb"><ul>{nav}</ul></nav>
<div class="util"><a href="/live">LIVE</a><a href="/search">검색</a></div>
</header>
<div id="container">
<div class="content">
<h2 class="page-title">사회</h2>
<section class="headline-area">
<h3 class="blind">사회 헤드라인</h3>
<ul class="headline-list">
{headline}
</ul>
</section>
<div class="ad-wrap" id="ad-middle"><span class="ad-txt">AD</span>
<a href="https://ad.adnet.example.com/adclick?cid=61002&amp;zone=hbs_mid" target="_blank">
<img src="https://img.adnet.example.com/b/61002.jpg" alt=""></a></div>
<section class="list-area">
<h3 class="sub-title">최신 뉴스</h3>
<ul class="news-list">
{items}
</ul>
<div class="pagination">
<strong class="on">1</strong>{pages}
<a class="btn-next" href="/news/list.do?mcd=0003&amp;page=2">다음</a>
</div>
</section>
</div>
<aside class="aside">
<section class="box-popular"><h3 class="box-title">많이 본 뉴스</h3>
<ol class="popular-list">{popular}</ol></section>
<div class="ad-wrap"><span class="ad-txt">광고</span>
<a href="https://ad.adnet.example.com/adclick?cid=61017&amp;zone=hbs_aside" target="_blank">
<img src="https://img.adnet.example.com/b/61017.jpg" alt=""></a></div>
</aside>
</div>
<footer class="footer"><ul class="footer-menu">{footer}</ul>
<p class="copyright">Copyright © HBS. All rights reserved.</p></footer>
</div>"""
    html = html_document("사회 | HBS 뉴스", body, lang="ko")
    gold = [
        _gold(page_url, _cast_href(ncd, source).replace("&amp;", "&"), story)
        for source, entries in (("headline", _CAST_HEADLINE), ("list", _CAST_LIST))
        for ncd, story in entries
    ]
    return Layout(
        name="ko-broadcaster-time",
        family="broadcaster news list: ul.news-list > li, strong.title > a, p.desc, "
        '<time datetime=+09:00> shown as "3시간 전", protocol-relative links',
        body=html.encode("utf-8"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=gold,
    )


# --------------------------------------------------------------------------------------------
# 7. A newspaper with data-* timestamps and badge-carrying headlines
# --------------------------------------------------------------------------------------------

_PAPER_HOST = "https://www.hanul.example.co.kr"
_PAPER_LEAD_LIMIT = 70
_EXCLUSIVE = '<span class="icon">단독</span> '
_BREAKING = "<b>[속보]</b> "


def _badged(badge: str, title: str) -> tuple[str, str]:
    """(plain title, title markup) of a headline carrying a badge."""
    if badge == "단독":
        return f"단독 {title}", _EXCLUSIVE + escape_html(title)
    if badge == "속보":
        return f"[속보] {title}", _BREAKING + escape_html(title)
    return title, ""


def _paper_story(badge: str, title: str, lead: str, when: datetime, section: str) -> Story:
    plain, markup = _badged(badge, title)
    return Story(plain, lead, when, section, markup)


_PAPER_STORIES = (
    ("society/society_general", 1190431, _paper_story(
        "단독", "대형마트 의무휴업 평일 전환 지자체 절반 넘었다",
        "대형마트 의무휴업일을 일요일에서 평일로 바꾼 기초자치단체가 전체의 절반을 넘어선 "
        "것으로 확인됐다. 전통시장 상인들은 매출 감소를 우려하며 반발하고 있다.",
        kst(8, 14, 35), "사회")),
    ("politics/assembly", 1190429, _paper_story(
        "속보", "헌재, 공직선거법 일부 조항 헌법불합치 결정",
        "헌법재판소가 선거운동 기간 중 특정 표현 방식을 금지한 공직선거법 조항에 대해 "
        "헌법불합치 결정을 내렸다. 국회는 내년 말까지 법을 고쳐야 한다.",
        kst(8, 14, 28), "정치")),
    ("economy/property", 1190418, _paper_story(
        "", "재건축 초과이익 부담금 첫 부과…평균 1억 원대",
        "재건축 초과이익 환수제가 시행된 뒤 처음으로 실제 부담금이 부과됐다. 서울 강남권 "
        "단지 조합원 한 명당 평균 부담액은 1억 원대로 산정됐다.",
        kst(8, 13, 50), "경제")),
    ("politics/administration", 1190402, _paper_story(
        "단독", "공공기관 지방 이전 2차 대상 30여 곳 윤곽",
        "정부가 추진하는 공공기관 2차 지방 이전 대상 기관 30여 곳의 윤곽이 드러났다. "
        "금융 공기업과 연구기관이 다수 포함된 것으로 알려졌다.",
        kst(8, 13, 12), "정치")),
    ("economy/economy_general", 1190391, _paper_story(
        "", "자영업자 폐업 공제금 지급 역대 최대…경기 침체 여파",
        "소상공인이 폐업할 때 받는 노란우산 공제금 지급액이 지난해 역대 최대치를 기록했다. "
        "내수 부진이 길어지면서 문을 닫는 가게가 크게 늘었다.",
        kst(8, 12, 40), "경제")),
    ("politics/assembly", 1190377, _paper_story(
        "", "국회 예결위, 재해 대책 예비비 집행 내역 질타",
        "국회 예산결산특별위원회 회의에서 여야 의원들이 정부의 재해 대책 예비비 집행이 "
        "늦고 불투명하다고 한목소리로 비판했다.",
        kst(8, 11, 55), "정치")),
    ("society/labor", 1190360, _paper_story(
        "", "산업재해 사망 사고 1분기 감소…건설업은 오히려 늘어",
        "올해 1분기 산업재해로 숨진 노동자 수가 지난해보다 줄었지만 건설업 사망자는 오히려 "
        "늘어난 것으로 나타났다. 소규모 현장의 안전 관리가 과제로 꼽힌다.",
        kst(8, 11, 2), "사회")),
    ("society/society_general", 1190344, _paper_story(
        "속보", "수도권 광역급행철도 개통 일정 3개월 연기",
        "수도권 광역급행철도 신규 노선의 개통 일정이 당초 계획보다 3개월 늦춰졌다. "
        "시운전 과정에서 신호 시스템 보완이 필요하다는 판단이 나왔다.",
        kst(8, 10, 30), "사회")),
    ("society/labor", 1190329, _paper_story(
        "", "플랫폼 노동자 표준계약서 도입…배달·대리기사 적용",
        "고용노동부가 배달 라이더와 대리운전 기사 등 플랫폼 노동자를 위한 표준계약서를 "
        "마련했다. 일방적 계약 해지와 보수 삭감을 막는 조항이 담겼다.",
        kst(8, 9, 45), "사회")),
    ("society/rural", 1190315, _paper_story(
        "", "외국인 계절근로자 무단이탈 줄었다…숙소 개선 효과",
        "농어촌 외국인 계절근로자의 무단이탈률이 지난해 절반 수준으로 떨어졌다. "
        "지자체들이 공공형 숙소를 늘리고 임금 체불을 막은 효과로 분석된다.",
        kst(8, 8, 50), "사회")),
    ("society/environment", 1190270, _paper_story(
        "", "기후위기 대응 '탄소중립 선도도시' 10곳 선정",
        "환경부가 건물 에너지 효율화와 대중교통 전환 계획을 낸 10개 시군을 탄소중립 "
        "선도도시로 선정했다. 5년간 국비 1000억 원이 지원된다.",
        kst(7, 20, 10), "사회")),
    ("society/education", 1190251, _paper_story(
        "", "학교 급식 조리실무사 결원 심각…대체인력 확보 비상",
        "전국 초중고 학교 급식실의 조리실무사 결원이 3000명을 넘어섰다. 고된 업무에 비해 "
        "처우가 낮아 채용 공고를 내도 지원자가 없다는 하소연이 나온다.",
        kst(7, 17, 25), "사회")),
)  # fmt: skip
_PAPER_POPULAR = (
    ("society/society_general", 1190431, "[단독] 대형마트 의무휴업 평일 전환 지자체 절반 넘었다"),
    ("economy/economy_general", 1190112, "월세 비중 60% 돌파…청년 주거비 부담 가중"),
    ("politics/assembly", 1190429, "[속보] 헌재, 공직선거법 일부 조항 헌법불합치 결정"),
    ("society/health", 1190098, "감기약 품귀 다시 오나…제약사 생산 차질"),
    ("opinion/column", 1190044, "[칼럼] 느린 도시가 더 행복한 이유"),
)
_PAPER_RECOMMEND = (
    ("society/society_general", 1189977, "[기획] 지방 소멸 시대, 마을 버스가 멈춘 자리"),
    ("economy/economy_general", 1189960, "[데이터로 본 경제] 20대 자산 격차 10년의 기록"),
    ("culture/book", 1189931, "이번 주 새로 나온 책…봄에 읽기 좋은 에세이 다섯 권"),
)


def _paper_href(path: str, aid: int) -> str:
    return f"/{path}/{aid}.html"


def _paper_item(path: str, aid: int, story: Story) -> str:
    href = _paper_href(path, aid)
    assert story.when is not None and story.lead is not None
    epoch = int(story.when.timestamp())
    today = story.when.date() == FETCHED_AT.date()
    shown = _relative(story.when) if today else dotted(story.when)
    return (
        f'<li class="article-item" data-article-id="{aid}" data-timestamp="{epoch}">\n'
        '<div class="article-thumb">'
        f'<a href="{href}"><img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAAAAACw='
        f'" data-src="https://flexible.img.hanul.example.co.kr/r560x336/{aid}.jpg" alt=""></a>'
        "</div>\n"
        '<div class="article-text">\n'
        f'<span class="article-category">{escape_html(story.label)}</span>\n'
        f'<h3 class="article-title"><a href="{href}">{story.headline_html}</a></h3>\n'
        f'<p class="article-lead">{escape_html(truncate(story.lead, _PAPER_LEAD_LIMIT, "…"))}'
        "</p>\n"
        f'<span class="article-date">{shown}</span>\n'
        "</div>\n</li>"
    )


def build_newspaper_data() -> Layout:
    """A newspaper section list whose items carry ``data-timestamp`` epochs (display "35분
    전" or ``2025.04.07 20:10``), headlines with ``<span class="icon">단독</span>`` or
    ``<b>[속보]</b>`` badges, leads cut with "…", lazy ``data-src`` images."""
    page_url = f"{_PAPER_HOST}/society"
    nav = menu_items(
        tuple((f"/{slug}", name) for slug, name in zip(
            ("politics", "economy", "society", "international", "culture", "sports", "opinion"),
            _SECTIONS, strict=True,
        ))
    )  # fmt: skip
    items = "\n".join(_paper_item(*entry) for entry in _PAPER_STORIES)
    popular = link_list(
        ((_paper_href(path, aid), title) for path, aid, title in _PAPER_POPULAR),
        '<li><span class="ranking-num">{rank}</span><a href="{href}">{title}</a></li>',
    )
    recommend = link_list(
        ((_paper_href(path, aid), title) for path, aid, title in _PAPER_RECOMMEND),
        '<li><a href="{href}">{title}</a></li>',
    )
    footer = menu_items(tuple((f"/company/{n}", t) for n, t in enumerate(_FOOTER_LINKS)))
    body = f"""<header class="site-header">
<div class="header-inner"><a class="logo" href="/">하늘신문</a>
<nav class="main-menu"><ul>{nav}</ul></nav></div>
</header>
<div class="ad-container ad-top"><span class="ad-label">AD</span>
<a href="https://ad.adnet.example.com/adclick?cid=70021&amp;zone=hanul_top" target="_blank">
<img src="https://img.adnet.example.com/b/70021.jpg" alt=""></a></div>
<div class="section-wrap">
<main class="section-main">
<h2 class="section-title">사회</h2>
<div class="article-list">
<ul>
{items}
</ul>
</div>
<nav class="paginate"><a class="active" href="/society?page=1">1</a><a href="/society?page=2">2</a>
<a href="/society?page=3">3</a><a href="/society?page=4">4</a>
<a class="next" href="/society?page=2">다음</a></nav>
</main>
<div class="section-side">
<div class="ranking-box"><h3 class="box-title">많이 본 기사</h3>
<ol class="ranking-list">{popular}</ol>
</div>
<div class="ad-container"><span class="ad-label">광고</span>
<a href="https://ad.adnet.example.com/adclick?cid=70033&amp;zone=hanul_side" target="_blank">
<img src="https://img.adnet.example.com/b/70033.jpg" alt=""></a></div>
<div class="recommend-box"><h3 class="box-title">추천 기사</h3>
<ul class="recommend-list">{recommend}</ul></div>
</div>
</div>
<footer class="site-footer"><ul class="footer-links">{footer}</ul>
<p class="copyright">© 하늘신문사 무단 전재 및 재배포 금지</p></footer>"""
    html = html_document("사회 : 하늘신문", body, lang="ko")
    gold = [
        _gold(
            page_url,
            _paper_href(path, aid),
            story,
            summary=truncate(story.lead or "", _PAPER_LEAD_LIMIT, "…"),
        )
        for path, aid, story in _PAPER_STORIES
    ]
    return Layout(
        name="ko-newspaper-data",
        family="newspaper list with data-timestamp epochs, <span class=icon>단독</span> and "
        '<b>[속보]</b> badges in headlines, leads cut with "…"',
        body=html.encode("utf-8"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=gold,
    )


# --------------------------------------------------------------------------------------------
# 8. A web-zine whose cards are each one link
# --------------------------------------------------------------------------------------------

_ZINE_HOST = "https://www.dalbit.example.co.kr"
_ZINE_STORIES = (
    ("indie-films-spring-box-office", Story(
        "올봄 극장가 독립영화 강세…관객 10만 돌파 작품 셋",
        "대형 상업영화가 주춤한 사이 독립·예술영화 세 편이 나란히 관객 10만 명을 넘겼다. "
        "입소문과 관객 참여 상영회가 흥행을 이끌었다.",
        ago(FETCHED_AT, hours=2), "무비")),
    ("seochon-gallery-alley-tour", Story(
        "서울 서촌 골목 갤러리 투어, 주말 예약 필수 된 이유",
        "서촌 골목의 작은 갤러리 열두 곳을 잇는 도보 투어가 주말마다 조기 마감되고 있다. "
        "작가와 직접 대화하는 프로그램이 인기 비결이다.",
        ago(FETCHED_AT, hours=5), "아트")),
    ("dawn-bus-stop-first-album", Story(
        "인디 밴드 '새벽정류장' 첫 정규 앨범으로 돌아오다",
        "데뷔 7년 차 인디 밴드 새벽정류장이 첫 정규 앨범을 발표했다. 멤버들은 '지난 시간의 "
        "일기 같은 음반'이라고 소개했다.",
        ago(FETCHED_AT, hours=6), "뮤직")),
    ("picture-book-original-art-show", Story(
        "그림책 원화전이 어른 관객을 끌어모으는 방법",
        "어린이를 위한 전시로 여겨지던 그림책 원화전에 성인 관람객이 몰리고 있다. 전시장의 "
        "60% 이상이 20~30대라는 집계도 나왔다.",
        ago(FETCHED_AT, hours=8), "아트")),
    ("hanok-stay-small-towns", Story(
        "한옥 스테이 열풍, 지방 소도시에 불어온 변화",
        "오래된 한옥을 고쳐 숙소로 운영하는 '한옥 스테이'가 지방 소도시의 풍경을 바꾸고 "
        "있다. 빈집이 줄고 골목 상권도 살아나는 중이다.",
        kst(7, 0, 0), "라이프")),
    ("nineties-drama-ost-charts", Story(
        "90년대 드라마 OST가 다시 차트에 오른 까닭",
        "30년 전 드라마 주제곡들이 음원 차트 상위권에 다시 등장했다. 짧은 영상 플랫폼에서의 "
        "재발견이 역주행의 출발점이 됐다.",
        kst(7, 0, 0), "뮤직")),
    ("neighborhood-bookstores", Story(
        "동네 책방 1000곳 시대, 살아남는 책방의 조건",
        "전국의 동네 책방이 1000곳을 넘어섰지만 문을 닫는 곳도 적지 않다. 오래 살아남는 "
        "책방들은 모임과 큐레이션으로 단골을 만든다.",
        kst(6, 0, 0), "북")),
    ("pottery-one-day-class", Story(
        "도자기 공방 원데이 클래스, 2030 취미로 자리 잡다",
        "흙을 만지며 그릇을 빚는 도자기 원데이 클래스가 2030 세대의 주말 취미로 자리 "
        "잡았다. 예약 플랫폼의 공방 수업 예약은 1년 새 두 배가 됐다.",
        kst(5, 0, 0), "라이프")),
    ("jazz-festival-lineup", Story(
        "재즈 페스티벌 라인업 공개…해외 뮤지션 12팀 합류",
        "올가을 열리는 재즈 페스티벌이 1차 라인업을 공개했다. 해외 뮤지션 12팀과 국내 "
        "신예 팀들이 사흘간 무대에 오른다.",
        kst(5, 0, 0), "뮤직")),
    ("museum-night-opening", Story(
        "미술관 야간 개장 확대, '퇴근 후 전시' 문화 만든다",
        "국공립 미술관들이 야간 개장 요일을 늘리면서 퇴근길 관람객이 증가하고 있다. 야간 "
        "관람객의 절반은 직장인으로 나타났다.",
        kst(4, 0, 0), "아트")),
)  # fmt: skip
# The popular box: (slug, date, rank shown) — two from the list, three older posts.
_ZINE_POPULAR = (
    ("seochon-gallery-alley-tour", None),
    ("empty-room-play-sold-out", Story(
        "연극 '빈방' 재공연 매진 행렬…관객 평점 9.6",
        "지난해 초연 당시 입소문을 탔던 연극 '빈방'이 재공연 첫 주부터 전 회차 매진을 "
        "기록했다.", kst(2, 0, 0), "스테이지")),
    ("nineties-drama-ost-charts", None),
    ("spring-camping-gear-review", Story(
        "봄 시즌 신상 캠핑 용품 써보니…가성비 5선",
        "봄 캠핑 시즌을 맞아 새로 나온 캠핑 용품을 에디터들이 직접 써 봤다. 가격 대비 "
        "만족도가 높았던 다섯 가지를 골랐다.", kst(1, 0, 0), "라이프")),
    ("webtoon-drama-adaptations", Story(
        "웹툰 원작 드라마, 올해 편성 20편 넘는다",
        "올해 방송과 OTT에 편성된 웹툰 원작 드라마가 20편을 넘어설 전망이다. 제작사들은 "
        "원작 팬덤을 흥행의 보증수표로 본다.", kst(1, 0, 0), "드라마")),
)  # fmt: skip
_ZINE_EDITOR = (
    ("/2025/03/28/spring-reading-list/", "에디터가 고른 봄날의 책 7권"),
    ("/2025/03/21/city-walk-routes/", "주말에 걷기 좋은 도심 산책길 5곳"),
    ("/2025/03/14/small-concert-halls/", "작지만 소리 좋은 공연장 지도"),
)


def _zine_path(slug: str, when: datetime) -> str:
    return f"/{when:%Y/%m/%d}/{slug}/"


def _zine_date(when: datetime) -> str:
    """Today's posts in hours, older ones by date only."""
    if when.date() == FETCHED_AT.date():
        return _relative(when)
    return when.strftime("%Y.%m.%d")


def _zine_card(slug: str, story: Story, *, query: str, heading: str = "h3") -> str:
    assert story.when is not None
    href = _zine_path(slug, story.when) + query
    return (
        f'<a href="{href}" class="post-card__link">\n'
        '<div class="post-card__thumb"><img class="lazyload" src="/assets/img/placeholder.svg" '
        f'data-src="https://cdn.dalbit.example.co.kr/uploads/2025/04/{slug}-640x400.jpg" '
        f'alt="{escape_html(story.title)}"></div>\n'
        '<div class="post-card__body">\n'
        f'<span class="post-card__kicker">{escape_html(story.label)}</span>\n'
        f'<{heading} class="post-card__title">{escape_html(story.title)}</{heading}>\n'
        f'<p class="post-card__excerpt">{escape_html(story.lead or "")}</p>\n'
        f'<span class="post-card__date">{_zine_date(story.when)}</span>\n'
        "</div>\n</a>"
    )


def build_webzine_cards() -> Layout:
    """A web-zine category page where each card is one ``<a>`` holding image, kicker, title,
    summary and date ("2시간 전", ``2025.04.07``), ``/YYYY/MM/DD/slug/`` paths with ``utm_*``,
    beside a "많이 본 기사" box of numbered full cards and an editor's list."""
    page_url = f"{_ZINE_HOST}/culture/"
    known = dict(_ZINE_STORIES)
    nav = menu_items(
        tuple((f"/{slug}/", name) for slug, name in (
            ("culture", "컬처"), ("movie", "무비"), ("music", "뮤직"), ("art", "아트"),
            ("life", "라이프"), ("book", "북"), ("people", "피플"),
        ))
    )  # fmt: skip
    query = "?utm_source=dalbit&utm_medium=category"
    cards = "\n".join(
        f'<article class="post-card">\n{_zine_card(slug, story, query=query.replace("&", "&amp;"))}'
        "\n</article>"
        for slug, story in _ZINE_STORIES
    )
    popular = "\n".join(
        f'<li class="popular-item"><span class="popular-item__rank">{rank}</span>\n'
        f"{_zine_card(slug, story or known[slug], query='', heading='h4')}\n</li>"
        for rank, (slug, story) in enumerate(_ZINE_POPULAR, start=1)
    )
    editor = link_list(_ZINE_EDITOR, '<li><a href="{href}">{title}</a></li>')
    footer = menu_items(tuple((f"/about/{n}/", t) for n, t in enumerate(
        ("달빛 소개", "광고·제휴", "기고 안내", "이용약관", "개인정보처리방침")
    )))  # fmt: skip
    body = f"""<header class="site-header">
<a class="site-logo" href="/">달빛 매거진</a>
<nav class="site-nav" aria-label="카테고리"><ul class="menu">{nav}</ul></nav>
<button class="search-toggle" type="button">검색</button>
</header>
<main class="site-main">
<header class="archive-header"><h1 class="archive-title">컬처</h1>
<p class="archive-desc">영화, 음악, 전시, 책…지금 볼 만한 모든 것</p></header>
<div class="archive-layout">
<section class="post-grid">
{cards}
</section>
<nav class="pagination" aria-label="페이지"><span class="page-numbers current">1</span>
<a class="page-numbers" href="/culture/page/2/">2</a>
<a class="page-numbers" href="/culture/page/3/">3</a>
<a class="next page-numbers" href="/culture/page/2/">다음</a></nav>
<aside class="archive-sidebar">
<section class="widget popular-posts"><h2 class="widget-title">많이 본 기사</h2>
<ol class="popular-list">
{popular}
</ol></section>
<div class="widget ad-widget"><span class="ad-widget__label">Sponsored</span>
<a href="https://ad.adnet.example.com/adclick?cid=90210&amp;zone=dalbit_side"
 target="_blank" rel="sponsored">
<img src="https://img.adnet.example.com/b/90210.jpg" alt="봄 신상 가구 기획전"></a></div>
<section class="widget editor-list"><h2 class="widget-title">에디터의 선택</h2><ul>{editor}</ul>
</section>
</aside>
</div>
</main>
<footer class="site-footer"><ul class="footer-menu">{footer}</ul>
<p class="site-info">© 달빛 매거진</p>
</footer>"""
    html = html_document("컬처 – 달빛 매거진", body, lang="ko")
    gold = []
    for slug, story in _ZINE_STORIES:
        assert story.when is not None
        today = story.when.date() == FETCHED_AT.date()
        gold.append(_gold(page_url, _zine_path(slug, story.when) + query, story, timed=today))
    return Layout(
        name="ko-webzine-cards",
        family="web-zine category whose cards are each one <a> (image, kicker, title, summary, "
        'date), plus a numbered "많이 본 기사" box of full cards',
        body=html.encode("utf-8"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=gold,
    )


BUILDERS: tuple[Builder, ...] = (
    build_regional_cms, build_portal_list, build_wire_latest, build_broadsheet_cards,
    build_board_euckr, build_broadcaster_time, build_newspaper_data, build_webzine_cards,
)  # fmt: skip
