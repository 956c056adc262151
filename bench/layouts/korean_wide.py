"""A fourth set of Korean listing layouts: markup families not covered by ``korean.py``,
``korean_more.py`` or ``korean_extra.py``.

Each builder returns a whole page in the shape of one family — a portal's redesigned section
page (``ul.sa_list > li.sa_item``) under a "헤드라인" cluster block, a Korean daily's English
edition, a regional CMS's ``ul.type1`` grid in CP949 beside a "지역 소식" tab box, a news
agency's photo/video wire, an opinion section whose only image links are columnists' photos,
an IT news site with English relative times and tag pills, a long list split into chunks by
ad slots, and a CDN-served page whose links resolve against a ``<base href>`` on another
host — with the chrome real pages carry around the list (menus, "많이 본 뉴스" boxes, picks,
ads, pagination, footers). Hosts, headlines, leads and names are invented.

Every page is fetched at 2025-04-08 15:00 KST and printed on the KST clock. Gold times are
the instants the page states: a relative time ("1시간전", "3 hours ago") counted back from the
fetch time, a printed date and clock read on KST (seconds kept where shown), an epoch
``data-timestamp`` where the page carries one. A date without a time of day ("2025.04.08",
"Yesterday") gives no gold timestamp.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from etl.window import KST

from . import Builder, Layout
from .korean_chrome import (
    FETCHED_AT,
    FOOTER_LINKS,
    ad_slot,
    company_footer,
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
# Shared helpers
# --------------------------------------------------------------------------------------------


# --------------------------------------------------------------------------------------------
# 1. A portal's redesigned section page: ul.sa_list > li.sa_item, under a 헤드라인 cluster
# --------------------------------------------------------------------------------------------

_SA_HOST = "https://news.daum-portal.example.com"
_SA_VIEW = "https://n.news.daum-portal.example.com/mnews/article/{oid}/{aid}?sid=101"
# (press id, article id, press, cluster size, story): the headline cluster, no times shown
_SA_HEADLINES = (
    ("015", "0005112874", "한빛경제", 31, Story(
        "기준금리 동결 후 첫 금통위 의사록…\"인하 시점 저울질\"",
        "지난달 기준금리를 동결한 금융통화위원회 의사록이 공개됐다. 위원 다수가 물가 둔화를 "
        "확인한 뒤 인하 시점을 정해야 한다는 의견을 낸 것으로 나타났다.",
        None)),
    ("009", "0005467120", "새벽일보", 18, Story(
        "수출 중소기업 환변동 보험 한도 두 배로…긴급 금융지원",
        "정부가 환율 급등으로 어려움을 겪는 수출 중소기업의 환변동 보험 한도를 두 배로 늘린다. "
        "정책금융기관을 통한 긴급 유동성 지원도 병행한다.",
        None)),
    ("421", "0008190233", "누리통신", 12, Story(
        "대형마트 새벽배송 규제 완화 논의 재점화…소상공인 반발",
        "대형마트의 새벽 온라인 배송을 허용하는 법 개정 논의가 다시 시작됐다. 골목상권 "
        "단체들은 상생 대책이 먼저라며 반발하고 있다.",
        None)),
)  # fmt: skip
# (press id, article id, press, shown time, story): the latest list
_SA_LATEST = (
    ("014", "0005330917", "금융경제", "12분전", Story(
        "카드론 잔액 석 달 만에 다시 증가…중저신용자 몰려",
        "카드론 잔액이 석 달 만에 다시 늘었다. 은행 대출 문턱이 높아지자 중저신용자들이 "
        "카드사로 몰린 것으로 풀이된다.",
        ago(FETCHED_AT, minutes=12))),
    ("015", "0005112901", "한빛경제", "34분전", Story(
        "편의점 3사 1분기 매출 엇갈려…PB 상품이 희비 갈랐다",
        "편의점 3사의 1분기 매출이 엇갈렸다. 자체 브랜드 상품 비중이 높은 곳은 매출이 늘었고 "
        "그렇지 않은 곳은 제자리걸음을 했다.",
        ago(FETCHED_AT, minutes=34))),
    ("009", "0005467188", "새벽일보", "1시간전", Story(
        "올해 상반기 공공기관 신규 채용 2만 명…작년보다 10% 줄어",
        "공공기관들이 올해 상반기에 2만 명을 새로 뽑는다. 지난해보다 10%가량 줄어든 규모로, "
        "청년 인턴 채용도 함께 축소됐다.",
        ago(FETCHED_AT, hours=1))),
    ("421", "0008190311", "누리통신", "2시간전", Story(
        "[단독] 대형 건설사 하도급 대금 지연 120억 원…공정위 조사",
        "한 대형 건설사가 협력업체에 하도급 대금 120억 원을 늦게 지급한 정황이 드러나 "
        "공정거래위원회가 조사에 나섰다.",
        ago(FETCHED_AT, hours=2))),
    ("003", "0013170452", "동녘뉴스", "3시간전", Story(
        "외국인 관광객 카드 지출 역대 최대…면세점 대신 올리브영",
        "외국인 관광객의 국내 카드 지출액이 분기 기준 역대 최대를 기록했다. 면세점보다 "
        "화장품 편집숍과 편의점에서 쓴 돈이 크게 늘었다.",
        ago(FETCHED_AT, hours=3))),
    ("014", "0005330840", "금융경제", "5시간전", Story(
        "보험사 지급여력비율 일제히 하락…금리 하락 여파",
        "주요 보험사의 지급여력비율이 일제히 떨어졌다. 시장 금리가 내려가면서 보험부채 "
        "평가액이 커진 영향이다.",
        ago(FETCHED_AT, hours=5))),
    ("015", "0005112688", "한빛경제", "8시간전", Story(
        "부산 신항 컨테이너 물동량 사상 최대…환적화물이 견인",
        "부산 신항의 1분기 컨테이너 물동량이 사상 최대치를 기록했다. 중국과 동남아를 잇는 "
        "환적화물이 크게 늘었다.",
        ago(FETCHED_AT, hours=8))),
    ("009", "0005466902", "새벽일보", "1일전", Story(
        "자영업자 대출 연체율 10년 만에 최고…취약 차주 부실 우려",
        "자영업자 대출 연체율이 10년 만에 가장 높은 수준으로 올랐다. 여러 곳에서 돈을 빌린 "
        "다중채무 자영업자의 부실 위험이 특히 커지고 있다.",
        ago(FETCHED_AT, days=1))),
)  # fmt: skip
_SA_RANKING = (
    ("015", "0005112350", '"연봉 7천 직장인 실수령액은"…올해 바뀐 세금'),
    ("009", "0005467120", "수출 중소기업 환변동 보험 한도 두 배로…긴급 금융지원"),
    ("003", "0013170111", "전셋값 다시 꿈틀…수도권 아파트 47주째 상승"),
    ("421", "0008190002", "로또 1등 14명…당첨금 각 19억 원"),
    ("014", "0005330211", "금값 또 사상 최고치…골드바 품귀"),
)


def _sa_item(
    oid: str, aid: str, press: str, story: Story, info_right: str, when: str, kind: str
) -> str:
    """One ``li.sa_item``; ``kind`` is its template class, ``when`` the shown time or ""."""
    url = _SA_VIEW.format(oid=oid, aid=aid)
    stamp = f'<div class="sa_text_datetime is_recent"><b>{when}</b></div>' if when else ""
    return (
        f'<li class="sa_item {kind}" data-comment="{aid}">\n'
        '<div class="sa_item_inner"><div class="sa_item_flex">\n'
        '<div class="sa_thumb"><div class="sa_thumb_inner">'
        f'<a href="{url}" class="sa_thumb_link" data-clk="clcou" aria-hidden="true" '
        'tabindex="-1"><img width="106" height="72" src="data:image/gif;base64,R0lGODlhAQABAIAAAP'
        f'///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==" data-src="https://mimgnews.daum-portal.'
        f'example.com/image/{oid}/2025/04/08/{aid}_001.jpg" alt="" class="_LAZY_LOADING">'
        "</a></div></div>\n"
        '<div class="sa_text">\n'
        f'<a href="{url}" class="sa_text_title" data-clk="clart">'
        f'<strong class="sa_text_strong">{story.headline_html}</strong></a>\n'
        f'<div class="sa_text_lede">{lead_html(story)}</div>\n'
        '<div class="sa_text_info"><div class="sa_text_info_left">'
        f'<div class="sa_text_press">{escape_html(press)}</div>{stamp}'
        f'<a href="{url}?cmt=1" class="sa_text_cmt _COMMENT_COUNT_LIST" data-clk="clcmt">'
        f"{int(aid[-3:]) % 97}</a></div>\n{info_right}</div>\n"
        "</div>\n</div></div>\n</li>"
    )


def _sa_cluster(aid: str, size: int) -> str:
    return (
        '<div class="sa_text_info_right"><a href="/cluster/c_202504081400_'
        f'{aid}" class="sa_text_cluster" data-clk="clcls"><span class="sa_text_cluster_num">'
        f"{size}</span>개의 관련뉴스 더보기</a></div>"
    )


def build_portal_sa_list() -> Layout:
    """A portal's redesigned 경제 section: a "헤드라인 뉴스" cluster block and the latest list,
    both ``ul.sa_list > li.sa_item > div.sa_item_inner > div.sa_item_flex`` with a lazy
    ``div.sa_thumb`` link, ``a.sa_text_title > strong.sa_text_strong``, ``div.sa_text_lede``
    and ``div.sa_text_info_left > div.sa_text_press`` (+ ``div.sa_text_datetime > b``
    "1시간전" in the latest list), a comment-count link and "N개의 관련뉴스 더보기" cluster
    links; "기사 더보기" buttons. Headline items show no time."""
    page_url = f"{_SA_HOST}/section/101"
    nav = menu_items(
        (f"/section/{sid}", name)
        for sid, name in (
            ("100", "정치"), ("101", "경제"), ("102", "사회"), ("103", "생활/문화"),
            ("104", "세계"), ("105", "IT/과학"),
        )
    )  # fmt: skip
    heads = "\n".join(
        _sa_item(oid, aid, press, story, _sa_cluster(aid, size), "", "_SECTION_HEADLINE")
        for oid, aid, press, size, story in _SA_HEADLINES
    )
    latest = "\n".join(
        _sa_item(oid, aid, press, story, "", when, "_SECTION_ARTICLE")
        for oid, aid, press, when, story in _SA_LATEST
    )
    ranking = ranking_box(
        [(_SA_VIEW.format(oid=oid, aid=aid), title) for oid, aid, title in _SA_RANKING],
        "경제 많이 본 뉴스",
    )
    body = f"""<div id="wrap">
<header class="Nlnb"><a href="/" class="Nlnb_logo">포털뉴스</a>
<nav class="Nlnb_menu"><ul class="Nlnb_menu_list">{nav}</ul></nav></header>
<div id="ct_wrap"><div id="ct" class="section_content">
<div class="section_sub_menu"><ul><li><a href="/breakingnews/section/101/259">금융</a></li>
<li><a href="/breakingnews/section/101/258">증권</a></li>
<li><a href="/breakingnews/section/101/261">산업/재계</a></li></ul></div>
<div class="section_component as_section_headline _PERSIST_CONTENT">
<div class="section_title"><h2 class="section_title_h">헤드라인 뉴스</h2>
<span class="section_title_info">오후 2시~오후 3시까지 수집된 뉴스입니다.</span></div>
<div class="section_article as_headline _TEMPLATE">
<ul class="sa_list">
{heads}
</ul></div>
<div class="section_more"><a href="#" class="section_more_inner _CONTENT_LIST_LOAD_MORE_BUTTON"
data-clk="clmore"><span class="section_more_text">헤드라인 더보기</span></a></div>
</div>
{ad_slot("section_ad _ADVERTISE", "광고", 81002, "portal_section_101")}
<div class="section_component as_section_latest">
<div class="section_title"><h2 class="section_title_h">경제 최신 뉴스</h2></div>
<div class="section_latest"><div class="section_latest_article _CONTENT_LIST">
<div class="section_article _TEMPLATE">
<ul class="sa_list">
{latest}
</ul></div></div>
<div class="section_more"><a href="#" class="section_more_inner _CONTENT_LIST_LOAD_MORE_BUTTON"
data-clk="clmore"><span class="section_more_text">기사 더보기</span></a></div>
</div></div>
</div>
<aside class="section_aside">
{ranking}
{ad_slot("aside_ad", "AD", 81007, "portal_aside")}
</aside>
</div>
{company_footer(_SA_HOST, "포털뉴스", FOOTER_LINKS)}
</div>"""
    html = html_document("경제 : 포털뉴스", body, lang="ko")
    gold = [
        gold_item(page_url, _SA_VIEW.format(oid=oid, aid=aid), story)
        for oid, aid, _, _, story in _SA_HEADLINES + _SA_LATEST
    ]
    return korean_layout(
        "ko-portal-sa-list",
        "portal's redesigned section: ul.sa_list > li.sa_item > div.sa_item_flex, "
        "a.sa_text_title > strong.sa_text_strong, div.sa_text_lede, div.sa_text_datetime > b "
        '"1시간전", a 헤드라인 cluster block, "기사 더보기" buttons',
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 2. A Korean daily's English edition
# --------------------------------------------------------------------------------------------

_EN_HOST = "https://www.koreadaily-en.example.co.kr"
# (ud id, updated-at or None, story); times printed "2025-04-08 14:20" on the KST clock
_EN_TOP = (
    ("20250408000731", kst(8, 14, 48), Story(
        "Seoul to expand late-night bus routes as subway crowding worsens in outer districts",
        "The city will add 14 late-night bus routes from next month, targeting districts where "
        "subway cars run at more than 170 percent of capacity during evening rush hours.",
        kst(8, 14, 5))),
)  # fmt: skip
_EN_STORIES = (
    ("20250408000712", None, Story(
        "Chipmakers lift exports for third month as high-bandwidth memory demand holds",
        "Semiconductor shipments rose for a third straight month in March, led by "
        "high-bandwidth memory sold to makers of AI accelerators, trade data showed.",
        kst(8, 13, 52))),
    ("20250408000688", kst(8, 14, 10), Story(
        "Opposition party proposes supplementary budget focused on small merchants",
        "The main opposition party proposed a 15 trillion won extra budget, arguing that "
        "small merchants hit by weak consumption need direct support before summer.",
        kst(8, 13, 20))),
    ("20250408000654", None, Story(
        "Wildfire damage estimate climbs as forest service completes aerial survey",
        "Officials raised the estimate of forest land burned in last month's fires after "
        "finishing an aerial survey of mountain areas in the southeast.",
        kst(8, 12, 41))),
    ("20250408000610", None, Story(
        "K-pop agency shares slide after boy band announces extended hiatus",
        "Shares of the entertainment agency fell more than 8 percent after it said its "
        "top-selling boy band would pause group activities until next year.",
        kst(8, 11, 57))),
    ("20250408000587", kst(8, 12, 3), Story(
        "[Exclusive] Regulator reviews overseas transfers by crypto exchange executives",
        "Financial authorities are reviewing a series of overseas transfers made by executives "
        "of a mid-sized cryptocurrency exchange, according to people familiar with the matter.",
        kst(8, 10, 30))),
    ("20250408000543", None, Story(
        "Cherry blossom crowds push Yeouido safety staff to record deployment",
        "More than 1,200 safety officers were deployed along the Han River park over the "
        "weekend as cherry blossom visitors topped 2 million, the district office said.",
        kst(8, 9, 15))),
    ("20250407000891", None, Story(
        "Baseball league eyes record early-season attendance despite cold snap",
        "The professional baseball league is on course to pass 1 million spectators faster "
        "than in any previous season, even after a week of unusually cold weather.",
        kst(7, 21, 40))),
    ("20250407000850", None, Story(
        "Hospitals report fewer trainee doctors returning than government expected",
        "Fewer than a third of trainee doctors who left their posts last year have returned, "
        "hospital data showed, well below the government's earlier projection.",
        kst(7, 18, 5))),
)  # fmt: skip
_EN_MOST_READ = (
    ("20250408000402", "How Korea's new visa rules change things for foreign students"),
    ("20250408000731", "Seoul to expand late-night bus routes as subway crowding worsens"),
    ("20250407000712", "Where to see the last of the cherry blossoms this week"),
    ("20250407000533", "Won weakens past 1,460 per dollar as foreign investors sell"),
    ("20250406000290", "[Weekender] The quiet revival of Seoul's old printing alleys"),
)
_EN_PICKS = (
    ("20250405000118", "[Herald Interview] A fisherman's fight to save a dying island school"),
    ("20250404000322", "[Photo News] Spring on the DMZ trail"),
)


def _en_href(ud: str) -> str:
    return f"/view.php?ud={ud}&amp;np=1&amp;mp=1"


def _en_stamp(when: datetime, updated: datetime | None) -> str:
    line = f'<span class="date">{when:%Y-%m-%d %H:%M}</span>'
    if updated is not None:
        line += f'<span class="updated">Updated : {updated:%Y-%m-%d %H:%M}</span>'
    return line


def _en_item(ud: str, updated: datetime | None, story: Story) -> str:
    assert story.when is not None
    return (
        f'<li><a href="{_en_href(ud)}">\n'
        f'<div class="news_img"><img src="https://res.koreadaily-en.example.co.kr/content/image/'
        f'2025/04/08/{ud}_0.jpg" alt=""></div>\n'
        '<div class="news_txt">\n'
        f'<div class="news_title">{escape_html(story.title)}</div>\n'
        f'<p class="news_text">{lead_html(story)}</p>\n'
        f'<div class="news_date">{_en_stamp(story.when, updated)}</div>\n'
        "</div></a></li>"
    )


def build_english_edition() -> Layout:
    """A Korean daily's English edition: a top story (``div.main_top``) and
    ``ul.news_list > li > a`` each wrapping ``div.news_title``, ``p.news_text`` and
    ``span.date`` "2025-04-08 14:20" on the KST clock (no zone printed), some followed by
    ``Updated : 2025-04-08 14:10``. Gold time: the publication time (``span.date``); the
    update line is a later revision, not when the story was listed."""
    page_url = f"{_EN_HOST}/list.php?ct=020100000000"
    nav = menu_items(
        (f"/list.php?ct=0{n}0000000000", name)
        for n, name in enumerate(
            ("National", "Business", "Finance", "Life&Culture", "Sports", "World", "Opinion"),
            start=1,
        )
    )  # fmt: skip
    top_ud, top_updated, top = _EN_TOP[0]
    assert top.when is not None
    items = "\n".join(_en_item(*entry) for entry in _EN_STORIES)
    most_read = link_list(
        ((_en_href(ud), title) for ud, title in _EN_MOST_READ),
        '<li><span class="num">{rank}</span><a href="{href}">{title}</a></li>',
    )
    picks = link_list(
        ((_en_href(ud), title) for ud, title in _EN_PICKS),
        '<li><a href="{href}">{title}</a></li>',
    )
    body = f"""<div id="wrap">
<header id="header"><h1 class="logo"><a href="/">The Korea Daily English</a></h1>
<nav class="gnb"><ul>{nav}</ul></nav>
<div class="util"><a href="/search">Search</a> <a href="https://www.koreadaily.example.co.kr/">
한국어</a></div></header>
<div id="contents">
<div class="list_area">
<h2 class="list_tit">National &gt; Social affairs</h2>
<div class="main_top"><a href="{_en_href(top_ud)}">
<div class="main_img"><img src="https://res.koreadaily-en.example.co.kr/content/image/2025/04/08/
{top_ud}_0.jpg" alt=""></div>
<div class="main_title">{escape_html(top.title)}</div>
<p class="main_text">{lead_html(top)}</p>
<div class="main_date">{_en_stamp(top.when, top_updated)}</div></a></div>
<ul class="news_list">
{items}
</ul>
{pagination("/list.php?ct=020100000000&amp;np={n}", next_text="Next")}
</div>
<div class="side_area">
<div class="most_read"><h3>Most Popular</h3><ul>{most_read}</ul></div>
<div class="editor_pick"><h3>Editor's Picks</h3><ul>{picks}</ul></div>
{ad_slot("ad_side", "AD", 90121, "kd_en_side")}
</div>
</div>
{
        company_footer(
            _EN_HOST,
            "The Korea Daily",
            ("About Us", "Advertise", "Terms of Service", "Privacy Policy", "Contact"),
        )
    }
</div>"""
    html = html_document("National - The Korea Daily English", body, lang="en")
    gold = [
        gold_item(page_url, _en_href(ud).replace("&amp;", "&"), story)
        for ud, _, story in _EN_TOP + _EN_STORIES
    ]
    return korean_layout(
        "ko-english-edition",
        "Korean daily's English edition: div.main_top + ul.news_list > li > a > "
        'div.news_title + p.news_text + span.date "2025-04-08 14:20" (KST, no zone), '
        '"Updated : …" lines',
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 3. A regional CMS grid (ul.type1) in CP949, beside a "지역 소식" tab box
# --------------------------------------------------------------------------------------------

_TYPE1_HOST = "http://www.gangbyeon.example.co.kr"
# (idxno, section, reporter, story)
_TYPE1_STORIES = (
    (210455, "경제", "박수진", Story(
        "강변시, 전통시장 공영주차장 3곳 추가 조성…내년 완공",
        "강변시가 전통시장 이용객 편의를 위해 공영주차장 세 곳을 추가로 짓는다. 사업비 "
        "120억 원이 투입되며 내년 상반기 완공이 목표다.",
        kst(8, 14, 20))),
    (210449, "사회", "이도윤", Story(
        "시내버스 노선 개편 한 달…\"배차 간격 길어졌다\" 민원 잇따라",
        "시내버스 노선 개편 한 달 만에 배차 간격이 길어졌다는 민원이 300건을 넘었다. 시는 "
        "이용객이 많은 노선부터 증차를 검토하기로 했다.",
        kst(8, 13, 41))),
    (210441, "정치", "최은영", Story(
        "도의회, 청년 농업인 정착 지원 조례안 상임위 통과",
        "청년 농업인에게 정착 자금과 주거를 지원하는 조례안이 도의회 상임위원회를 통과했다. "
        "본회의 의결을 거쳐 하반기부터 시행된다.",
        kst(8, 12, 5))),
    (210430, "교육", "김하람", Story(
        "농촌 작은 학교 살리기…통학버스·기숙사 지원 확대",
        "도교육청이 학생 수 60명 이하 농촌 학교의 통학버스와 기숙사 지원을 늘린다. 전학 오는 "
        "가정에는 주거비도 보조한다.",
        kst(8, 11, 12))),
    (210422, "문화", "정다은", Story(
        "강변 벚꽃축제 주말 30만 명 다녀가…역대 최다",
        "지난 주말 열린 강변 벚꽃축제에 30만 명이 다녀가 역대 최다 방문객을 기록했다. "
        "지역 상권 매출도 평소 주말의 두 배 가까이 늘었다.",
        kst(8, 10, 3))),
    (210415, "사회", "이도윤", Story(
        "[단독] 산업단지 폐수 무단 방류 의혹…시, 현장 조사 착수",
        "시 외곽 산업단지의 한 업체가 정화되지 않은 폐수를 하천으로 흘려보냈다는 의혹이 "
        "제기돼 시가 현장 조사에 나섰다.",
        kst(8, 9, 26))),
    (210398, "경제", "박수진", Story(
        "지역 중소기업 수출 보험료 전액 지원…올해 200곳",
        "시가 수출 초보 중소기업의 수출 보험료를 전액 지원한다. 올해 200곳을 선정하고 "
        "해외 전시회 참가비도 함께 보조한다.",
        kst(7, 17, 48))),
    (210387, "스포츠", "한지후", Story(
        "강변FC, 홈 개막전 역전승…관중 1만 명 넘겨",
        "프로축구 강변FC가 홈 개막전에서 역전승을 거뒀다. 경기장에는 1만 명이 넘는 관중이 "
        "찾아 창단 이후 가장 많은 관중을 기록했다.",
        kst(7, 16, 30))),
)  # fmt: skip
# (tab name, [(idxno, title, date)]): the "지역 소식" box; only the first panel is shown
_TYPE1_TABS = (
    ("동부권", (
        (210451, "동부권 보건지소 야간 진료 시범 운영", "04-08"),
        (210436, "산골 마을 작은 도서관 개관", "04-08"),
        (210401, "동부권 하천 정비 사업 착공", "04-07"),
    )),
    ("서부권", (
        (210447, "서부권 공영 버스 무료 환승 확대", "04-08"),
        (210419, "서부 해안 갯벌 체험장 재개장", "04-08"),
        (210392, "서부권 노인 일자리 500개 늘린다", "04-07"),
    )),
    ("남부권", (
        (210444, "남부권 딸기 수확 체험 축제 개막", "04-08"),
        (210411, "남부 산업단지 진입도로 개통", "04-08"),
        (210380, "남부권 청년 창업 공간 문 열어", "04-07"),
    )),
)  # fmt: skip
_TYPE1_POPULAR = (
    (210402, "강변시 인구 30만 명 회복…5년 만"),
    (210455, "강변시, 전통시장 공영주차장 3곳 추가 조성…내년 완공"),
    (210376, "[포토] 봄비 머금은 강변 벚꽃길"),
    (210360, "시청 앞 광장 주말 야시장 다시 연다"),
    (210355, "지역 아파트 분양가 3.3㎡당 1,500만 원 돌파"),
)


def _type1_href(idxno: int) -> str:
    return f"/news/articleView.html?idxno={idxno}"


def _type1_item(idxno: int, section: str, reporter: str, story: Story) -> str:
    assert story.when is not None
    href = _type1_href(idxno)
    return (
        f'<li>\n<a href="{href}" class="thumb"><img src="{_TYPE1_HOST}/news/thumbnail/202504/'
        f'{idxno}_3021_1045_v150.jpg" alt=""></a>\n'
        f'<h4 class="titles"><a href="{href}">{story.headline_html}</a></h4>\n'
        f'<p class="lead line-6x2"><a href="{href}">{lead_html(story)}</a></p>\n'
        f'<em class="info">{section} <i class="bar">|</i> {reporter} 기자 <i class="bar">|</i> '
        f"{story.when:%Y-%m-%d %H:%M}</em>\n</li>"
    )


def _type1_tabs() -> str:
    menu = "".join(
        f'<li{" class=on" if n == 1 else ""}><a href="#tab-local{n}" role="tab">{name}</a></li>'
        for n, (name, _) in enumerate(_TYPE1_TABS, start=1)
    )
    panels = "\n".join(
        f'<div class="tab-cont" id="tab-local{n}" role="tabpanel"'
        f'{"" if n == 1 else " style=display:none"}><ul class="type2">'
        + "".join(
            f'<li><a href="{_type1_href(idx)}">{escape_html(title)}</a>'
            f'<em class="date">{date}</em></li>'
            for idx, title, date in rows
        )
        + "</ul></div>"
        for n, (_, rows) in enumerate(_TYPE1_TABS, start=1)
    )
    return (
        '<div class="box-skin tab-box"><h3 class="box-title">지역 소식</h3>'
        f'<ul class="tab-menu" role="tablist">{menu}</ul>\n{panels}</div>'
    )


def build_cms_type1_grid() -> Layout:
    """A regional CMS's article list in CP949 (``<meta charset="euc-kr">``): ``ul.type1 > li``
    with ``a.thumb``, ``h4.titles > a``, a ``p.lead > a`` linking the same article and
    ``em.info`` "경제 | 박수진 기자 | 2025-04-08 14:20" with ``<i class="bar">`` separators.
    A sidebar "지역 소식" tab box lists other districts' articles in three panels, two hidden
    with ``style=display:none``. Gold leaves the whole tab box out: it is a sidebar widget
    pointing at other sections (like a related box), and its hidden panels are not seen."""
    page_url = f"{_TYPE1_HOST}/news/articleList.html?sc_section_code=S1N3&view_type=sm"
    nav = menu_items(
        (f"/news/articleList.html?sc_section_code=S1N{n}&amp;view_type=sm", name)
        for n, name in enumerate(("정치", "경제", "사회", "교육", "문화", "스포츠"), start=1)
    )
    items = "\n".join(_type1_item(*entry) for entry in _TYPE1_STORIES)
    popular = ranking_box([(_type1_href(idx), title) for idx, title in _TYPE1_POPULAR])
    body = f"""<div id="user-wrap">
<header id="user-header"><div class="header-logo"><a href="/">강변일보</a></div>
<nav id="user-nav"><ul class="nav-menu">{nav}</ul></nav></header>
{ad_slot("banner-top", "광고", 33108, "gangbyeon_top")}
<div id="user-container"><div class="float-center max-width-1080">
<section id="section-list" class="content">
<header class="box-header"><h2 class="title">전체기사</h2></header>
<ul class="type1">
{items}
</ul>
{pagination("/news/articleList.html?page={n}&amp;total=4210&amp;view_type=sm")}
</section>
<aside class="aside">
{popular}
{_type1_tabs()}
{ad_slot("banner-aside", "AD", 33115, "gangbyeon_aside")}
</aside>
</div></div>
{company_footer(_TYPE1_HOST, "강변일보", FOOTER_LINKS)}
</div>"""
    html = html_document("전체기사 - 강변일보", body, lang="ko", charset="euc-kr", legacy=True)
    html = html.replace("©", "ⓒ")  # the copyright sign Korean EUC-KR pages print
    gold = [gold_item(page_url, _type1_href(idx), story) for idx, _, _, story in _TYPE1_STORIES]
    return korean_layout(
        "ko-cms-type1-grid",
        "regional CMS grid in CP949: ul.type1 > li > a.thumb + h4.titles > a + p.lead > a + "
        'em.info "경제 | 기자 | 2025-04-08 14:20", a "지역 소식" tab box with hidden panels',
        html,
        page_url,
        gold,
        encoding="cp949",
    )


# --------------------------------------------------------------------------------------------
# 4. A news agency's photo/video wire
# --------------------------------------------------------------------------------------------

_PHOTO_HOST = "https://www.nurinews.example.co.kr"


def _ks(day: int, hour: int, minute: int, second: int) -> datetime:
    """An April 2025 instant on the KST clock with seconds."""
    return datetime(2025, 4, day, hour, minute, second, tzinfo=KST)


# (content id, story): AKR ids are articles ([영상]), PYH ids photos ([포토])
_PHOTO_STORIES = (
    ("PYH2025040815420001300", Story(
        "[포토] 봄비 속 출근길 시민들", None, _ks(8, 14, 52, 7))),
    ("AKR20250408148700704", Story(
        "[영상] 고속도로 25중 추돌 현장…짙은 안개에 시야 10m",
        "서해안고속도로에서 차량 25대가 잇따라 부딪치는 사고가 났습니다. 사고 직후 현장 "
        "모습을 영상으로 전합니다.",
        _ks(8, 14, 20, 31))),
    ("PYH2025040813980005100", Story(
        "[포토] 만개한 벚꽃 아래 유치원생 나들이", None, _ks(8, 13, 58, 44))),
    ("AKR20250408131200704", Story(
        "[영상] \"모내기 준비 한창\"…드론으로 본 봄 들녘",
        "본격적인 영농철을 앞두고 들녘이 바빠졌습니다. 드론으로 내려다본 봄 농촌 풍경을 "
        "담았습니다.",
        _ks(8, 13, 12, 5))),
    ("PYH2025040812470006300", Story(
        "[포토] 국회 본회의장 향하는 여야 원내대표", None, _ks(8, 12, 47, 19))),
    ("AKR20250408117300704", Story(
        "[영상] 산불 휩쓴 마을에 다시 핀 진달래",
        "지난달 산불이 휩쓸고 간 마을 뒷산에 진달래가 다시 피었습니다. 주민들은 복구 작업 "
        "틈틈이 봄꽃을 바라보며 힘을 내고 있습니다.",
        _ks(8, 11, 40, 58))),
    ("PYH2025040810330002200", Story(
        "[포토] 프로야구 관중석 가득 메운 응원 인파", None, _ks(8, 10, 33, 2))),
    ("AKR20250408091500704", Story(
        "[영상] 한강 리버버스 첫 시범 운항…직접 타봤습니다",
        "한강 리버버스가 시범 운항을 시작했습니다. 출근 시간대에 직접 타고 여의도까지 "
        "걸리는 시간을 재봤습니다.",
        _ks(8, 9, 15, 40))),
    ("PYH2025040721190004400", Story(
        "[포토] 밤하늘 수놓은 드론 라이트쇼", None, _ks(7, 21, 19, 11))),
)  # fmt: skip
_PHOTO_POPULAR = (
    ("AKR20250408101500704", "[영상] 도심 싱크홀에 빠진 승용차…운전자 구조"),
    ("PYH2025040815420001300", "[포토] 봄비 속 출근길 시민들"),
    ("AKR20250407220100704", "[영상] 멸종위기 산양 새끼 포착"),
    ("PYH2025040709120003000", "[포토] 벚꽃 엔딩"),
)


def _photo_href(cid: str) -> str:
    kind = "photos" if cid.startswith("PYH") else "view"
    return f"/{kind}/{cid}?section=multimedia/all&amp;site=photo_list"


def _photo_item(cid: str, story: Story) -> str:
    assert story.when is not None
    href = _photo_href(cid)
    video = '<span class="ico-video">동영상</span>' if cid.startswith("AKR") else ""
    lead = f'<p class="lead">{lead_html(story)}</p>\n' if story.lead else ""
    return (
        f'<li>\n<div class="item-box02" data-cid="{cid}">\n'
        f'<a href="{href}" class="img-con"><span class="img img-cover">'
        f'<img src="https://img.nurinews.example.co.kr/photo/yna/YH/2025/04/08/{cid}_T2.jpg" '
        f'alt="{escape_html(story.title)}"></span>{video}</a>\n'
        '<div class="txt-con">\n'
        f'<a href="{href}" class="tit-wrap"><strong class="tit">{escape_html(story.title)}'
        f"</strong></a>\n{lead}"
        f'<span class="txt-time">{story.when:%Y-%m-%d %H:%M:%S}</span>\n'
        "</div>\n</div>\n</li>"
    )


def build_photo_video_wire() -> Layout:
    """A news agency's 포토·영상 wire: ``ul.list-photo > li > div.item-box02`` with an
    ``a.img-con`` photo link (alt = headline, a play icon on videos) and ``div.txt-con >
    a.tit-wrap > strong.tit`` whose headlines start "[포토]"/"[영상]" (part of the headline as
    printed, so kept in gold), a lead on videos only, ``span.txt-time`` "2025-04-08 14:20:31"
    with seconds; ``AKR``/``PYH`` ids in path URLs with ``section``/``site`` parameters a
    reader drops."""
    page_url = f"{_PHOTO_HOST}/multimedia/all"
    nav = menu_items(
        (f"/{slug}/all", name)
        for slug, name in (
            ("politics", "정치"), ("economy", "경제"), ("society", "사회"), ("world", "세계"),
            ("multimedia", "포토·영상"), ("sports", "스포츠"),
        )
    )  # fmt: skip
    items = "\n".join(_photo_item(*entry) for entry in _PHOTO_STORIES)
    popular = link_list(
        ((_photo_href(cid), title) for cid, title in _PHOTO_POPULAR),
        '<li><span class="num">{rank}</span><a href="{href}" class="tit">{title}</a></li>',
    )
    body = f"""<div id="container">
<header class="header-wrap"><h1 class="logo"><a href="/">누리뉴스</a></h1>
<nav class="nav-main"><ul>{nav}</ul></nav></header>
<div class="content-wrap">
<div class="section01">
<div class="title-page"><h2 class="tit">포토·영상</h2>
<ul class="tab-type01"><li class="on"><a href="/multimedia/all">전체</a></li>
<li><a href="/multimedia/photo">포토</a></li><li><a href="/multimedia/video">영상</a></li></ul>
</div>
<ul class="list-photo">
{items}
</ul>
{pagination("/multimedia/all/{n}")}
</div>
<aside class="section02">
<div class="aside-box01"><h3 class="tit-aside">많이 본 포토·영상</h3><ol>{popular}</ol></div>
{ad_slot("aside-box-ad", "AD", 77120, "nurinews_photo")}
</aside>
</div>
{company_footer(_PHOTO_HOST, "누리뉴스", FOOTER_LINKS)}
</div>"""
    html = html_document("포토·영상 | 누리뉴스", body, lang="ko")
    gold = [
        gold_item(page_url, _photo_href(cid).replace("&amp;", "&"), story,
                  drop=("section", "site"))
        for cid, story in _PHOTO_STORIES
    ]  # fmt: skip
    return korean_layout(
        "ko-photo-video-wire",
        "news agency photo/video wire: ul.list-photo > li > div.item-box02, a.img-con + "
        'a.tit-wrap > strong.tit "[포토]"/"[영상]", span.txt-time with seconds, AKR/PYH ids',
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 5. An opinion section: columnists' photos as the only image links, date-only stamps
# --------------------------------------------------------------------------------------------

_OPINION_HOST = "https://www.dongnyeok.example.co.kr"
# (article id, writer id or 0 for an unsigned editorial, writer, story); dates only
_OPINION_TOP = (
    ("20250408/131402", 0, "", Story(
        "[사설] 반도체 지원법, 더 미룰 이유 없다",
        "반도체 산업 지원을 담은 특별법이 국회에서 석 달째 표류하고 있다. 경쟁국들이 보조금을 "
        "쏟아붓는 사이 우리는 논쟁만 거듭하고 있다.",
        kst(8, 0, 0))),
    ("20250408/131398", 0, "", Story(
        "[사설] 산불 이재민 임시주택, 여름 전에 마무리해야",
        "산불 이재민 상당수가 아직 체육관과 마을회관에서 지내고 있다. 장마가 오기 전에 "
        "임시주택 입주를 끝내야 한다.",
        kst(8, 0, 0))),
)  # fmt: skip
_OPINION_STORIES = (
    ("20250408/131387", 1203, "김하늘 논설위원", Story(
        "[칼럼] 숫자로 본 인구 절벽, 숫자 너머의 사람들",
        "출생아 수가 다시 줄었다는 발표가 나올 때마다 우리는 숫자에만 놀란다. 그러나 그 숫자 "
        "뒤에는 아이를 낳지 않기로 한 사람들의 구체적인 사정이 있다.",
        kst(8, 0, 0))),
    ("20250408/131351", 1188, "오정민 경제부장", Story(
        "[데스크 칼럼] 환율 1,460원의 경고",
        "환율이 1,460원을 넘나드는 지금, 외환시장은 한국 경제의 체력을 묻고 있다. 단기 "
        "대응보다 구조적인 처방이 필요한 때다.",
        kst(8, 0, 0))),
    ("20250407/131290", 1152, "이서윤 객원논설위원", Story(
        "[시론] 의대 정원 논쟁, 환자는 어디에 있나",
        "의대 정원을 둘러싼 논쟁이 1년을 넘겼다. 정부와 의료계가 숫자를 놓고 다투는 동안 "
        "환자들은 진료 공백을 온몸으로 견디고 있다.",
        kst(7, 0, 0))),
    ("20250408/131398", 0, "", _OPINION_TOP[1][3]),
    ("20250407/131255", 1210, "박도현 문화부 기자", Story(
        "[기자수첩] 벚꽃 축제에 사람만 있고 쉼은 없었다",
        "주말 벚꽃 축제장은 발 디딜 틈이 없었다. 사진 한 장을 남기려는 인파 속에서 정작 봄을 "
        "누릴 여유는 찾기 어려웠다.",
        kst(7, 0, 0))),
    ("20250407/131240", 0, "", Story(
        "[사설] 가계부채 관리, 금리 인하기에 더 고삐 죄야",
        "금리 인하 기대가 커지면서 가계대출이 다시 늘고 있다. 부채가 쌓이면 금리 인하의 "
        "효과도 반감된다.",
        kst(7, 0, 0))),
    ("20250406/131177", 1099, "정유나 소설가", Story(
        "[삶과 문화] 오래된 서점이 문을 닫던 날",
        "동네에서 40년을 버틴 서점이 마지막 영업을 했다. 단골들은 책 대신 인사를 사 들고 "
        "서점을 찾았다.",
        kst(6, 0, 0))),
)  # fmt: skip
_OPINION_POPULAR = (
    ("20250407/131201", "[사설] 지방 소멸, 대책은 말뿐인가"),
    ("20250408/131387", "[칼럼] 숫자로 본 인구 절벽, 숫자 너머의 사람들"),
    ("20250405/131022", "[오늘과 내일] 청년 월세 지원의 역설"),
    ("20250404/130987", "[시론] 관세 전쟁, 한국의 선택지"),
)
_OPINION_WRITERS = (
    (1203, "김하늘 논설위원"), (1188, "오정민 경제부장"), (1152, "이서윤 객원논설위원"),
    (1099, "정유나 소설가"),
)  # fmt: skip


def _opinion_href(aid: str) -> str:
    return f"/opinion/{aid}"


def _opinion_item(aid: str, writer_id: int, writer: str, story: Story) -> str:
    assert story.when is not None
    photo = (
        f'<div class="writer_photo"><a href="/opinion/writer/{writer_id}">'
        f'<img src="https://img.dongnyeok.example.co.kr/writer/{writer_id}.png" '
        f'alt="{escape_html(writer)}"></a></div>\n'
        if writer_id
        else ""
    )
    name = f'<span class="writer">{escape_html(writer)}</span>' if writer else ""
    return (
        f'<li class="opinion_item">\n{photo}<div class="opinion_txt">\n'
        f'<strong class="tit"><a href="{_opinion_href(aid)}">{escape_html(story.title)}</a>'
        f"</strong>\n"
        f'<p class="lead">{lead_html(story)}</p>\n'
        f'<div class="info">{name}<span class="date">{story.when:%Y.%m.%d}</span></div>\n'
        "</div>\n</li>"
    )


def build_opinion_columns() -> Layout:
    """A daily's 오피니언 section: a "오늘의 사설" box of two editorials over
    ``ul.opinion_list > li.opinion_item`` whose only image link is the columnist's photo
    (``div.writer_photo > a`` to the columnist's page, alt = name), ``strong.tit > a``
    "[사설]"/"[칼럼]"/"[시론]"…, ``p.lead``, ``span.writer`` and a date-only
    ``span.date`` "2025.04.08" (no gold time). An editorial of the top box is listed again;
    gold lists it once. A columnists strip links writer pages only (not gold)."""
    page_url = f"{_OPINION_HOST}/opinion"
    nav = menu_items(
        (f"/{slug}", name)
        for slug, name in (
            ("politics", "정치"), ("economy", "경제"), ("society", "사회"), ("world", "국제"),
            ("culture", "문화"), ("opinion", "오피니언"),
        )
    )  # fmt: skip
    editorials = "\n".join(
        f'<li><a href="{_opinion_href(aid)}"><strong class="tit">{escape_html(story.title)}'
        f'</strong><p class="lead">{lead_html(story)}</p></a></li>'
        for aid, _, _, story in _OPINION_TOP
    )
    items = "\n".join(_opinion_item(*entry) for entry in _OPINION_STORIES)
    writers = "".join(
        f'<li><a href="/opinion/writer/{wid}"><img src="https://img.dongnyeok.example.co.kr/'
        f'writer/{wid}.png" alt=""><span>{escape_html(name)}</span></a></li>'
        for wid, name in _OPINION_WRITERS
    )
    popular = ranking_box(
        [(_opinion_href(aid), title) for aid, title in _OPINION_POPULAR], "많이 본 오피니언"
    )
    body = f"""<div id="wrap">
<header id="header"><h1 class="logo"><a href="/">동녘일보</a></h1>
<nav class="gnb"><ul>{nav}</ul></nav></header>
<div id="container">
<div class="content">
<div class="sub_menu"><a href="/opinion/editorial">사설</a> <a href="/opinion/column">칼럼</a>
<a href="/opinion/contribution">시론·기고</a> <a href="/opinion/desk">데스크</a></div>
<div class="today_editorial"><h2 class="box_tit">오늘의 사설</h2><ul>
{editorials}
</ul></div>
<ul class="opinion_list">
{items}
</ul>
{pagination("/opinion?page={n}")}
</div>
<aside class="aside">
<div class="columnist_box"><h3 class="box_tit">칼럼니스트</h3><ul>{writers}</ul></div>
{popular}
{ad_slot("aside_ad", "광고", 45310, "dongnyeok_opinion")}
</aside>
</div>
{company_footer(_OPINION_HOST, "동녘일보", FOOTER_LINKS)}
</div>"""
    html = html_document("오피니언 | 동녘일보", body, lang="ko")
    gold: list[dict[str, Any]] = []
    seen: set[str] = set()
    for aid, _, _, story in _OPINION_TOP + _OPINION_STORIES:
        if aid not in seen:
            seen.add(aid)
            gold.append(gold_item(page_url, _opinion_href(aid), story, timed=False))
    return korean_layout(
        "ko-opinion-columns",
        'opinion section: "오늘의 사설" box + ul.opinion_list > li with the columnist photo as '
        'the only image link, "[사설]"/"[칼럼]" titles, span.writer, date-only "2025.04.08"',
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 6. An IT news site: tag pills before titles, English relative times
# --------------------------------------------------------------------------------------------

_IT_HOST = "https://www.bytelog.example.co.kr"
# (slug, tags, shown time, tracked?, story)
_IT_STORIES = (
    ("ai-chip-startup-series-b", ("AI", "반도체"), "25 minutes ago", False, Story(
        "국내 AI 반도체 스타트업, 800억 원 시리즈B 유치",
        "추론용 AI 반도체를 설계하는 국내 스타트업이 800억 원 규모의 시리즈B 투자를 유치했다. "
        "하반기 양산 칩 출시를 앞두고 있다.",
        ago(FETCHED_AT, minutes=25))),
    ("cloud-outage-postmortem", ("클라우드",), "2 hours ago", True, Story(
        "지난주 클라우드 장애 원인은 '설정 배포 오류'…재발 방지책 공개",
        "국내 클라우드 사업자가 지난주 3시간 동안 이어진 서비스 장애의 원인을 공개했다. "
        "잘못된 네트워크 설정이 전 리전에 한꺼번에 배포된 것이 화근이었다.",
        ago(FETCHED_AT, hours=2))),
    ("foldable-shipments-q1", ("모바일", "시장조사"), "3 hours ago", False, Story(
        "폴더블폰 1분기 출하량 30% 감소…신제품 공백 탓",
        "1분기 전 세계 폴더블폰 출하량이 지난해보다 30% 줄었다는 조사 결과가 나왔다. 주요 "
        "제조사들의 신제품 출시가 하반기로 몰린 영향이다.",
        ago(FETCHED_AT, hours=3))),
    ("open-source-llm-korean", ("AI", "오픈소스"), "5 hours ago", False, Story(
        "한국어 특화 오픈소스 LLM 공개…\"법률·의료 문서 성능 강화\"",
        "국내 연구진이 한국어 법률과 의료 문서 처리에 강한 오픈소스 대규모 언어모델을 "
        "공개했다. 상업적 이용도 허용한다.",
        ago(FETCHED_AT, hours=5))),
    ("game-rating-reform", ("게임", "정책"), "Yesterday", True, Story(
        "게임 등급 분류 민간 이양 확대…자율심의 대상 늘린다",
        "게임물 등급 분류 업무를 민간에 넘기는 범위가 넓어진다. 청소년이용불가 게임을 "
        "제외한 대부분이 자율심의 대상이 된다.",
        kst(7, 16, 0))),
    ("data-center-power", ("인프라",), "2025.04.07", False, Story(
        "수도권 데이터센터 전력 부족…비수도권 분산 인센티브 검토",
        "수도권에 몰린 데이터센터들이 전력 확보에 어려움을 겪으면서 정부가 비수도권 입지에 "
        "인센티브를 주는 방안을 검토하고 있다.",
        kst(7, 11, 0))),
    ("security-patch-router", ("보안",), "2025.04.06", False, Story(
        "가정용 공유기 취약점 긴급 패치…\"펌웨어 업데이트 필수\"",
        "널리 쓰이는 가정용 공유기에서 원격 접속을 허용하는 취약점이 발견돼 제조사가 긴급 "
        "패치를 내놨다. 이용자는 펌웨어를 직접 업데이트해야 한다.",
        kst(6, 10, 0))),
)  # fmt: skip
_IT_TRENDING = (
    ("mac-mini-review", "한 달 써본 소형 데스크톱, 개발자에게 충분할까"),
    ("ai-chip-startup-series-b", "국내 AI 반도체 스타트업, 800억 원 시리즈B 유치"),
    ("password-manager-guide", "비밀번호 관리자 고르는 법 2025"),
    ("ev-software-update", "전기차 무선 업데이트, 어디까지 왔나"),
)


def _it_href(slug: str, story: Story, tracked: bool) -> str:
    assert story.when is not None
    href = f"/{story.when:%Y/%m/%d}/{slug}/"
    return href + "?utm_source=newsletter&amp;utm_campaign=daily" if tracked else href


def _it_item(slug: str, tags: tuple[str, ...], shown: str, tracked: bool, story: Story) -> str:
    href = _it_href(slug, story, tracked)
    pills = "".join(
        f'<a class="tag" href="/tag/{escape_html(tag.lower())}/">{escape_html(tag)}</a>'
        for tag in tags
    )
    return (
        '<article class="post-item">\n'
        f'<a href="{href}" class="post-thumb"><img src="/assets/blank.png" '
        f'data-src="https://cdn.bytelog.example.co.kr/uploads/2025/04/{slug}-640x360.jpg" '
        'class="lazyload" alt=""></a>\n'
        '<div class="post-body">\n'
        f'<div class="tags">{pills}</div>\n'
        f'<h3 class="post-title"><a href="{href}">{story.headline_html}</a></h3>\n'
        f'<p class="post-excerpt">{lead_html(story)}</p>\n'
        '<div class="post-meta"><span class="author">by 바이트로그</span> · '
        f'<span class="time">{shown}</span></div>\n'
        "</div>\n</article>"
    )


def build_it_tag_pills() -> Layout:
    """An IT news site's latest posts: ``article.post-item`` with a lazy thumbnail link,
    ``div.tags`` of ``a.tag`` pill links before ``h3.post-title > a``, ``p.post-excerpt`` and
    a time in English: "25 minutes ago", "2 hours ago", "Yesterday" or a date "2025.04.07".
    Day words and dates give no gold time; some links carry ``utm_*`` parameters."""
    page_url = f"{_IT_HOST}/latest/"
    nav = menu_items(
        (f"/category/{slug}/", name)
        for slug, name in (
            ("ai", "AI"), ("mobile", "모바일"), ("cloud", "클라우드"), ("security", "보안"),
            ("game", "게임"), ("startup", "스타트업"),
        )
    )  # fmt: skip
    items = "\n".join(_it_item(*entry) for entry in _IT_STORIES)
    trending = link_list(
        ((f"/2025/04/0{5 + n % 3}/{slug}/", title) for n, (slug, title) in enumerate(_IT_TRENDING)),
        '<li><span class="rank">{rank}</span><a href="{href}">{title}</a></li>',
    )
    body = f"""<div class="site">
<header class="site-header"><a class="brand" href="/">ByteLog 바이트로그</a>
<nav class="main-nav"><ul>{nav}</ul></nav>
<a class="btn-subscribe" href="/newsletter/">뉴스레터 구독</a></header>
<main class="site-main">
<h1 class="page-title">최신 기사</h1>
<div class="article-list">
{items}
</div>
<nav class="pagination"><span class="current">1</span> <a href="/latest/page/2/">2</a>
<a href="/latest/page/3/">3</a> <a class="next" href="/latest/page/2/">Next →</a></nav>
</main>
<aside class="sidebar">
<section class="widget trending"><h2>Trending</h2><ol>{trending}</ol></section>
<section class="widget sponsor"><span class="label">Sponsored</span>
<a href="https://ad.adnet.example.com/adclick?cid=51230&amp;zone=bytelog_side" rel="sponsored">
클라우드 비용 40% 절감하는 방법 — 무료 웨비나 신청</a></section>
<section class="widget tags"><h2>Tags</h2><a class="tag" href="/tag/ai/">AI</a>
<a class="tag" href="/tag/보안/">보안</a> <a class="tag" href="/tag/게임/">게임</a></section>
</aside>
{company_footer(_IT_HOST, "ByteLog", ("About", "Contact", "Advertise", "Privacy", "RSS"))}
</div>"""
    html = html_document("최신 기사 – ByteLog 바이트로그", body, lang="ko")
    gold = [
        gold_item(
            page_url,
            _it_href(slug, story, tracked).replace("&amp;", "&"),
            story,
            timed=shown.endswith("ago"),
        )
        for slug, _, shown, tracked, story in _IT_STORIES
    ]
    return korean_layout(
        "ko-it-tag-pills",
        "IT news site: article.post-item with a.tag pills before h3.post-title > a, "
        'English relative times ("2 hours ago", "Yesterday") mixed with "2025.04.07"',
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 7. A long list split into chunks of ten by ad slots
# --------------------------------------------------------------------------------------------

_LONG_HOST = "https://www.jeonguk.example.co.kr"
_LONG_CITIES = (
    "부산시",
    "대구시",
    "광주시",
    "대전시",
    "울산시",
    "세종시",
    "수원시",
    "창원시",
    "전주시",
)
_LONG_TOPICS = (
    ("청년 월세 지원 대상 두 배로 확대", "청년 월세 지원 대상을 두 배로 늘린다. 소득 기준을 "
     "완화하고 지원 기간도 최대 2년으로 연장한다."),
    ("노후 하수관로 정비에 300억 원 투입", "땅꺼짐 사고를 막기 위해 30년 넘은 하수관로 "
     "정비에 300억 원을 투입한다. 올해 안에 40㎞ 구간을 교체한다."),
    ("시내버스 심야 노선 신설…새벽 2시까지 운행", "시내버스 심야 노선을 새로 만든다. "
     "밤늦게 퇴근하는 노동자와 학생들의 귀갓길 불편을 덜기 위한 조치다."),
    ("공공 산후조리원 이용료 절반 인하", "공공 산후조리원 이용료를 절반으로 내린다. "
     "셋째 아이부터는 이용료를 전액 면제하기로 했다."),
    ("전통시장 화재 안전 점검…소방시설 무상 설치", "전통시장 점포를 대상으로 화재 안전 "
     "점검을 벌이고 노후 점포에는 소방시설을 무료로 설치해 준다."),
    ("어린이 통학로 보행 안전 펜스 설치 마무리", "초등학교 주변 통학로에 보행 안전 "
     "펜스 설치를 마쳤다. 과속 단속 카메라도 함께 늘렸다."),
    ("1인 가구 안부 확인 서비스 전 지역 확대", "혼자 사는 중장년과 노인의 안부를 "
     "확인하는 서비스를 전 지역으로 넓힌다. 전력 사용량으로 이상 징후를 살핀다."),
)  # fmt: skip
_LONG_COUNT = 63
_LONG_CHUNK = 10


def _long_stories() -> list[tuple[int, Story]]:
    """63 stories, newest first, 23 minutes apart from 14:52: each city's news on each topic."""
    newest = kst(8, 14, 52)
    stories: list[tuple[int, Story]] = []
    for n in range(_LONG_COUNT):
        city = _LONG_CITIES[n % len(_LONG_CITIES)]
        topic, lead = _LONG_TOPICS[(n // len(_LONG_CITIES) + n) % len(_LONG_TOPICS)]
        when = ago(newest, minutes=23 * n)
        stories.append((880400 - n * 7, Story(f"{city}, {topic}", f"{city}가 {lead}", when)))
    return stories


def _long_href(nid: int) -> str:
    return f"/news/view.php?no={nid}"


def _long_item(nid: int, story: Story) -> str:
    assert story.when is not None
    return (
        f'<li><dl>\n<dt><a href="{_long_href(nid)}">{escape_html(story.title)}</a></dt>\n'
        f'<dd class="lead">{lead_html(story)}</dd>\n'
        f'<dd class="date">{story.when:%Y.%m.%d %H:%M}</dd>\n</dl></li>'
    )


def _long_ad(n: int) -> str:
    """The ad slot between chunks: a banner and a native ad written like a list item."""
    return (
        f'<div class="ad_list" id="ad_list_{n}"><span class="ad_label">AD</span>\n'
        f'<a href="https://ad.adnet.example.com/adclick?cid={60100 + n}&amp;zone=jeonguk_list_'
        f'{n}" target="_blank" rel="nofollow sponsored"><img src="https://img.adnet.example.com/'
        f'b/{60100 + n}.jpg" alt="광고"></a>\n'
        '<ul class="list_news sponsored"><li><dl>\n'
        f'<dt><a href="https://ad.adnet.example.com/native?cid={60200 + n}&amp;zone=jeonguk" '
        'target="_blank" rel="sponsored">봄맞이 종합검진 패키지 최대 50% 할인 예약 진행 중</a>'
        '</dt>\n<dd class="lead">전국 제휴 검진센터에서 이달 말까지 예약하면 추가 혜택을 '
        '드립니다.</dd>\n<dd class="date"><span class="ad_mark">광고</span></dd>\n'
        "</dl></li></ul></div>"
    )


def build_long_ad_chunks() -> Layout:
    """A national-news aggregator's 전국 소식 page: 63 items in ``ul.list_news`` chunks of ten
    (``li > dl > dt > a`` + ``dd.lead`` + ``dd.date`` "2025.04.08 14:52"), the chunks
    separated by ``div.ad_list`` slots each holding a banner and a native ad written in the
    list's own ``li > dl`` markup (marked "광고"; not gold). One list split by ads."""
    page_url = f"{_LONG_HOST}/news/list.php?sec=local"
    nav = menu_items(
        (f"/news/list.php?sec={slug}", name)
        for slug, name in (
            ("politics", "정치"), ("economy", "경제"), ("society", "사회"), ("local", "전국"),
            ("culture", "문화"), ("sports", "스포츠"),
        )
    )  # fmt: skip
    stories = _long_stories()
    chunks: list[str] = []
    for start in range(0, len(stories), _LONG_CHUNK):
        rows = "\n".join(_long_item(*entry) for entry in stories[start : start + _LONG_CHUNK])
        chunks.append(f'<ul class="list_news">\n{rows}\n</ul>')
        if start + _LONG_CHUNK < len(stories):
            chunks.append(_long_ad(start // _LONG_CHUNK + 1))
    popular = ranking_box(
        [(_long_href(880401 + n * 13), f"{city} 벚꽃길 야간 개방 연장") for n, city in
         enumerate(_LONG_CITIES[:5])]
    )  # fmt: skip
    body = f"""<div id="wrap">
<header id="header"><h1 class="logo"><a href="/">전국일보</a></h1>
<nav id="gnb"><ul>{nav}</ul></nav></header>
<div id="container">
<div id="content">
<h2 class="sec_tit">전국 소식</h2>
<div class="list_wrap">
{chr(10).join(chunks)}
</div>
{pagination("/news/list.php?sec=local&amp;page={n}", count=10)}
</div>
<div id="aside">
{popular}
{ad_slot("side_ad", "광고", 60190, "jeonguk_side")}
</div>
</div>
{company_footer(_LONG_HOST, "전국일보", FOOTER_LINKS)}
</div>"""
    html = html_document("전국 소식 - 전국일보", body, lang="ko")
    gold = [gold_item(page_url, _long_href(nid), story) for nid, story in stories]
    return korean_layout(
        "ko-long-ad-chunks",
        "long list: 63 items in ul.list_news chunks of ten (li > dl > dt > a, dd.lead, "
        "dd.date) separated by div.ad_list slots holding a native ad in the list's markup",
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 8. A CDN-served page: <base href> on another host, canonical on the real one
# --------------------------------------------------------------------------------------------

_CDN_HOST = "https://www.saenuri.example.co.kr"
_CDN_BASE = "https://static.saenuri-cdn.example.net/www/news/"
# (article number, story); shown "04-08 14:20" with an epoch data-timestamp
_CDN_STORIES = (
    (40218, Story(
        "도심 빈 상가 공공 임대로 전환…청년 창업 공간 100곳",
        "도심에 비어 있는 상가를 공공이 빌려 청년 창업 공간으로 바꾼다. 올해 100곳을 "
        "조성하고 임대료는 시세의 절반 수준으로 책정한다.",
        kst(8, 14, 35))),
    (40211, Story(
        "국가 장학금 소득 기준 완화…중산층 가구도 받는다",
        "국가장학금 지원 대상이 소득 9구간까지 넓어진다. 중산층 가구 대학생 약 10만 명이 "
        "새로 혜택을 받을 것으로 보인다.",
        kst(8, 13, 50))),
    (40203, Story(
        "봄철 미세먼지 비상저감조치 올해 첫 발령",
        "수도권에 올해 첫 미세먼지 비상저감조치가 발령됐다. 배출가스 5등급 차량 운행이 "
        "제한되고 공공기관 차량 2부제가 시행된다.",
        kst(8, 12, 14))),
    (40196, Story(
        "[단독] 공공 와이파이 절반이 '먹통'…관리 부실 드러나",
        "전국에 설치된 공공 와이파이 가운데 절반가량이 제대로 작동하지 않는 것으로 "
        "확인됐다. 관리 주체가 불분명한 곳이 많았다.",
        kst(8, 11, 2))),
    (40188, Story(
        "고령 운전자 면허 반납 인센티브 30만 원으로 상향",
        "고령 운전자가 면허를 자진 반납하면 받는 지원금이 30만 원으로 오른다. 교통카드와 "
        "지역화폐 가운데 고를 수 있다.",
        kst(8, 9, 47))),
    (40172, Story(
        "전세사기 피해자 공공임대 우선 입주…첫 300가구",
        "전세사기 피해자들이 공공임대주택에 우선 입주한다. 첫 물량 300가구의 입주가 "
        "이달 말 시작된다.",
        kst(7, 20, 18))),
    (40165, Story(
        "지방 공항 국제선 잇따라 재개…소도시 여행 수요 회복",
        "코로나19 이후 멈췄던 지방 공항의 국제선 노선이 잇따라 다시 열리고 있다. 소도시 "
        "여행 수요가 회복된 영향이다.",
        kst(7, 17, 5))),
)  # fmt: skip
_CDN_POPULAR = (
    (40101, "올해 벚꽃 개화, 평년보다 닷새 빨라"),
    (40218, "도심 빈 상가 공공 임대로 전환…청년 창업 공간 100곳"),
    (40090, "건강보험료 정산 결과 이달 고지"),
    (40077, "KTX 요금 10년 만에 오르나"),
)


def _cdn_href(no: int, n: int) -> str:
    """Relative hrefs in the page's several spellings (each resolved against ``<base>``)."""
    return (f"view.html?no={no}", f"./view.html?no={no}", f"../news/view.html?no={no}")[n % 3]


def _cdn_item(n: int, no: int, story: Story) -> str:
    assert story.when is not None
    href = _cdn_href(no, n)
    return (
        '<div class="list_item">\n'
        f'<div class="item_img"><a href="{href}"><img src="../img/blank.gif" '
        f'data-src="//img.saenuri-cdn.example.net/news/2025/04/{no}_thumb.jpg" alt=""></a></div>\n'
        '<div class="item_text">\n'
        f'<h3 class="item_title"><a href="{href}">{story.headline_html}</a></h3>\n'
        f'<p class="item_summary">{lead_html(story)}</p>\n'
        f'<span class="item_date" data-timestamp="{int(story.when.timestamp())}">'
        f"{story.when:%m-%d %H:%M}</span>\n"
        "</div>\n</div>"
    )


def build_cdn_base_href() -> Layout:
    """A daily's section page served as HTML from a CDN: ``<base href>`` points at the CDN
    host (``static.saenuri-cdn…/www/news/``) while ``<link rel=canonical>`` names the real
    page; the list (``div.list_body > div.list_item``, ``h3.item_title > a``,
    ``p.item_summary``, ``span.item_date`` "04-08 14:20" with an epoch ``data-timestamp``)
    links ``view.html?no=…``, ``./view.html?no=…`` and ``../news/view.html?no=…``. Gold URLs
    are where a reader's browser goes: resolved against ``<base>``, so on the CDN host. The
    ranking box links the real host absolutely."""
    page_url = f"{_CDN_HOST}/news/list.html?sec=society"
    nav = menu_items(
        (f"list.html?sec={slug}", name)
        for slug, name in (
            ("politics", "정치"), ("economy", "경제"), ("society", "사회"), ("world", "국제"),
            ("culture", "문화"),
        )
    )  # fmt: skip
    items = "\n".join(_cdn_item(n, no, story) for n, (no, story) in enumerate(_CDN_STORIES))
    popular = ranking_box(
        [(f"{_CDN_HOST}/news/view.html?no={no}", title) for no, title in _CDN_POPULAR]
    )
    head = (
        f'<base href="{_CDN_BASE}">\n'
        f'<link rel="canonical" href="{_CDN_HOST}/news/list.html?sec=society">\n'
        '<link rel="stylesheet" href="../css/common.css">\n'
    )
    body = f"""<div id="wrap">
<header id="header"><h1 class="logo"><a href="{_CDN_HOST}/">새누리일보</a></h1>
<nav class="gnb"><ul>{nav}</ul></nav></header>
<div id="container">
<div class="list_area">
<h2 class="list_tit">사회</h2>
<div class="list_body">
{items}
</div>
{pagination("list.html?sec=society&amp;page={n}")}
</div>
<div class="aside">
{popular}
{ad_slot("ad_aside", "광고", 73001, "saenuri_aside")}
</div>
</div>
{company_footer(_CDN_HOST, "새누리일보", FOOTER_LINKS)}
</div>"""
    html = html_document("사회 - 새누리일보", body, lang="ko", head=head)
    gold = [
        gold_item(_CDN_BASE, _cdn_href(no, n), story) for n, (no, story) in enumerate(_CDN_STORIES)
    ]
    return korean_layout(
        "ko-cdn-base-href",
        "CDN-served section page: <base href> on a CDN host, canonical on the real host, "
        'div.list_item with ./ and ../ relative links, "04-08 14:20" + data-timestamp epoch',
        html,
        page_url,
        gold,
    )


BUILDERS: tuple[Builder, ...] = (
    build_portal_sa_list, build_english_edition, build_cms_type1_grid, build_photo_video_wire,
    build_opinion_columns, build_it_tag_pills, build_long_ad_chunks, build_cdn_base_href,
)  # fmt: skip
