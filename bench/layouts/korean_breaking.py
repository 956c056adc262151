"""A twelfth set of Korean listing layouts: a lifestyle magazine's masonry grid, a daily's 속보
page, a news site marked up with hAtom microformats and a tag page — markup families the
other Korean modules do not cover.

Each builder returns a whole page in the shape of one family — a lifestyle/culture
magazine's masonry grid (``div.grid > div.grid-item`` cards of different heights, some with
an excerpt and some without, a category label, "by 에디터 김지은" bylines, dates printed with
spaced dots "2025. 4. 8." and no clock, "좋아요 12" counts, a sponsored card in the grid's own
markup), a daily's 속보 page (one flat ``ul.breaking_list`` whose date lines "4월 8일 (화)"
are list entries of their own, each story a bare clock "14:05" and a headline link with no
lead, the newest day first, a "속보 알림 받기" button), a news site whose theme emits hAtom
microformats (``article.hentry > h2.entry-title > a[rel=bookmark]``, ``div.entry-summary``,
``abbr.published[title="2025-04-08T12:48:00+09:00"]`` shown as "2시간 전",
``span.author.vcard``) and a tag page ("#반도체 태그 모아보기": stories of several sections
of one site with their section labels, "관련 태그" chips linking other tag pages, times
"2025.04.08 14:05") — with the chrome real pages carry around the list (menus, "많이 본"
boxes, recommended links, ads, pagination, footers). Hosts, headlines, leads and names are
invented.

Every page is fetched at 2025-04-08 15:00 KST and printed on the KST clock. Gold times are
the instants the page states: an ``abbr`` title's ISO instant behind a relative "2시간 전", a
bare clock "14:05" on the day its date line "4월 8일 (화)" names (the year of the fetch), a
printed date and clock read on KST. A date without a time of day ("2025. 4. 8.") gives no
gold timestamp. Tag chips, section labels, bylines and like counts are no part of titles;
"[속보]" and "[단독]" are.
"""

# Page markup is kept as the sites write it, one element per line: long lines are HTML.
# ruff: noqa: E501

from __future__ import annotations

from datetime import datetime
from urllib.parse import quote

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

_WEEKDAYS = "월화수목금토일"

# --------------------------------------------------------------------------------------------
# 1. A lifestyle/culture magazine's masonry grid: div.grid > div.grid-item cards
# --------------------------------------------------------------------------------------------

_MAG_HOST = "https://www.oneulmag.example.co.kr"
# (category slug, category label, article id, editor, likes, story): dates only
_MAG_STORIES = (
    ("living", "LIVING", 25118, "김지은", 12, Story(
        "봄맞이 베란다 정원, 화분 세 개로 시작하기",
        "햇볕이 잘 드는 베란다라면 허브 화분 세 개로 충분하다. 물 주기와 분갈이 요령까지 "
        "초보 가드너를 위한 첫걸음을 정리했다.",
        kst(8, 0, 0))),
    ("food", "FOOD", 25117, "박서윤", 48, Story(
        "제철 달래로 차린 일주일 밥상", None, kst(8, 0, 0))),
    ("culture", "CULTURE", 25116, "이도현", 7, Story(
        "성수동 골목에 문을 연 작은 판화 공방 세 곳",
        "손으로 찍어 내는 판화의 매력에 빠진 젊은 작가들이 성수동 골목에 공방을 열었다. "
        "주말 원데이 클래스도 운영한다.",
        kst(8, 0, 0))),
    ("travel", "TRAVEL", 25114, "정하린", 103, Story(
        "벚꽃 대신 유채꽃, 4월의 제주 동쪽 마을 산책", None, kst(7, 0, 0))),
    ("fashion", "FASHION", 25113, "김지은", 31, Story(
        "트렌치코트 하나로 완성하는 간절기 스타일링 5",
        "아침저녁으로 쌀쌀한 간절기에는 트렌치코트만 한 아이템이 없다. 셔츠, 니트, 후드와 "
        "어울리는 다섯 가지 조합을 골랐다.",
        kst(7, 0, 0))),
    ("interview", "INTERVIEW", 25111, "최민준", 256, Story(
        "\"느리게 굽는 빵이 오래 남아요\" 동네 빵집 10년, 제빵사 한소망",
        "망원동 골목에서 10년째 천연 발효종으로 빵을 굽는 한소망 씨를 만났다. 하루 두 번 "
        "굽는 캄파뉴가 동네의 시계가 됐다.",
        kst(7, 0, 0))),
    ("living", "LIVING", 25110, "박서윤", 19, Story(
        "원룸 수납, 침대 밑 20cm를 쓰는 법", None, kst(6, 0, 0))),
    ("book", "BOOK", 25108, "이도현", 22, Story(
        "이달의 에세이: 혼자 걷는 사람들의 기록",
        "걷기에 관한 에세이 세 권을 골랐다. 도시를 걷는 사람, 산을 걷는 사람, 그리고 매일 "
        "같은 길을 걷는 사람의 이야기다.",
        kst(6, 0, 0))),
    ("food", "FOOD", 25106, "정하린", 64, Story(
        "커피 대신 보리차, 요즘 뜨는 곡물 음료 카페", None, kst(5, 0, 0))),
    ("wellness", "WELLNESS", 25105, "김지은", 88, Story(
        "잠들기 전 10분, 스트레칭 루틴",
        "하루 종일 굳은 어깨와 허리를 풀어 주는 간단한 동작 여섯 가지. 침대 위에서도 "
        "따라 할 수 있다.",
        kst(5, 0, 0))),
    ("culture", "CULTURE", 25103, "최민준", 15, Story(
        "[전시] 빛과 그림자의 건축가, 서울에서 첫 회고전", None, kst(4, 0, 0))),
    ("travel", "TRAVEL", 25101, "정하린", 41, Story(
        "기차로 떠나는 남도 미식 여행 2박 3일",
        "KTX를 타고 순천, 여수, 목포를 잇는 2박 3일 미식 코스. 역에서 걸어갈 수 있는 "
        "식당만 골랐다.",
        kst(4, 0, 0))),
    ("living", "LIVING", 25099, "박서윤", 9, Story(
        "버리지 말고 고쳐 쓰는 법, 동네 수선집 지도", None, kst(3, 0, 0))),
    ("interview", "INTERVIEW", 25097, "이도현", 132, Story(
        "열일곱 살에 첫 앨범, 싱어송라이터 윤새봄",
        "직접 만든 노래 열 곡을 담아 첫 앨범을 낸 싱어송라이터 윤새봄. 학교와 음악 사이에서 "
        "보낸 1년을 들었다.",
        kst(3, 0, 0))),
)  # fmt: skip
_MAG_MOST_LIKED = (
    (25111, "동네 빵집 10년, 제빵사 한소망 인터뷰"),
    (25097, "싱어송라이터 윤새봄의 첫 앨범"),
    (25114, "4월의 제주 동쪽 마을 산책"),
    (25105, "잠들기 전 10분 스트레칭"),
    (25064, "작은 집을 넓게 쓰는 조명 배치"),
)
_MAG_RECOMMENDED = (
    (25052, "LIVING", "3월의 집: 창가에 둔 작은 책상"),
    (25047, "FOOD", "겨울 끝물 귤로 만든 마멀레이드"),
    (25041, "CULTURE", "올봄 꼭 봐야 할 독립영화 네 편"),
    (25033, "TRAVEL", "강릉, 바다 말고 골목"),
)


def _mag_href(category: str, aid: int) -> str:
    return f"/{category}/{aid}"


def _mag_date(when: datetime) -> str:
    """The date as the magazine prints it: "2025. 4. 8." (spaced dots, no padding, no clock)."""
    return f"{when.year}. {when.month}. {when.day}."


def _mag_card(
    n: int, category: str, label: str, aid: int, editor: str, likes: int, story: Story
) -> str:
    assert story.when is not None
    href = _mag_href(category, aid)
    size = ("grid-item--tall", "", "grid-item--wide", "")[n % 4]
    excerpt = f'<p class="grid-excerpt">{lead_html(story)}</p>\n' if story.lead else ""
    return (
        f'<div class="grid-item {size}" data-id="{aid}">\n'
        f'<a class="grid-thumb" href="{href}"><img src="https://img.oneulmag.example.co.kr/'
        f'2025/04/{aid}_m.jpg" width="360" height="{(480, 270, 360, 420)[n % 4]}" alt="" '
        'loading="lazy"></a>\n'
        '<div class="grid-body">\n'
        f'<a class="grid-cat" href="/{category}">{label}</a>\n'
        f'<h3 class="grid-title"><a href="{href}">{story.headline_html}</a></h3>\n'
        f"{excerpt}"
        '<div class="grid-meta">'
        f'<span class="byline">by 에디터 {escape_html(editor)}</span>'
        f'<span class="date">{_mag_date(story.when)}</span>'
        f'<button type="button" class="like" data-id="{aid}"><i class="ico-heart"></i>'
        f"좋아요 {likes}</button></div>\n"
        "</div>\n</div>"
    )


def _mag_sponsored() -> str:
    """A paid card in the grid's own markup, labelled "Sponsored", linking the ad server."""
    href = "https://ad.adnet.example.com/adclick?cid=66120&amp;zone=oneulmag_grid"
    return (
        '<div class="grid-item grid-item--sponsored">\n'
        f'<a class="grid-thumb" href="{href}" rel="sponsored nofollow" target="_blank">'
        '<img src="https://img.adnet.example.com/b/66120.jpg" width="360" height="360" '
        'alt=""></a>\n'
        '<div class="grid-body">\n'
        '<span class="grid-cat sponsored">Sponsored</span>\n'
        f'<h3 class="grid-title"><a href="{href}" rel="sponsored nofollow" target="_blank">'
        "봄 신상 리넨 침구, 첫 구매 30% 할인</a></h3>\n"
        '<p class="grid-excerpt">포근한 봄잠을 위한 리넨 100% 침구 컬렉션을 만나 보세요.</p>\n'
        '<div class="grid-meta"><span class="byline">by 솜결 리빙</span></div>\n'
        "</div>\n</div>"
    )


def build_magazine_masonry() -> Layout:
    """A lifestyle/culture magazine's "최신 스토리" masonry grid: ``div.grid > div.grid-item``
    cards (``--tall``/``--wide`` variants) with a thumbnail link, ``a.grid-cat`` category
    label, ``h3.grid-title > a``, a ``p.grid-excerpt`` on some cards only, and
    ``div.grid-meta`` holding "by 에디터 김지은", the date "2025. 4. 8." (no clock) and a
    "좋아요 12" button; a sponsored card in the same markup links the ad server. A "MOST
    LIKED" ranking retells some cards under shorter titles, an "에디터 추천" strip links
    older stories, a "더 보기" button and a pager close the grid."""
    page_url = f"{_MAG_HOST}/latest"
    nav = menu_items(
        (f"/{slug}", label)
        for slug, label in (
            ("living", "LIVING"), ("food", "FOOD"), ("fashion", "FASHION"),
            ("culture", "CULTURE"), ("travel", "TRAVEL"), ("wellness", "WELLNESS"),
            ("book", "BOOK"), ("interview", "INTERVIEW"),
        )
    )  # fmt: skip
    cards = [
        _mag_card(n, cat, label, aid, editor, likes, story)
        for n, (cat, label, aid, editor, likes, story) in enumerate(_MAG_STORIES)
    ]
    cards.insert(5, _mag_sponsored())
    categories = {aid: cat for cat, _, aid, _, _, _ in _MAG_STORIES}
    liked = link_list(
        [(_mag_href(categories.get(aid, "living"), aid), t) for aid, t in _MAG_MOST_LIKED],
        '<li><span class="num">{rank:02d}</span><a href="{href}">{title}</a></li>',
    )
    recommended = "\n".join(
        f'<li class="rec-item"><a href="/{label.lower()}/{aid}"><img src="https://img.oneulmag.'
        f'example.co.kr/2025/03/{aid}_s.jpg" alt=""><span class="rec-cat">{label}</span>'
        f'<span class="rec-tit">{escape_html(title)}</span></a></li>'
        for aid, label, title in _MAG_RECOMMENDED
    )
    body = f"""<div class="site">
<header class="site-header">
<div class="header-top"><a href="/subscribe" class="btn-subscribe">정기구독</a> <a href="/newsletter" class="btn-newsletter">뉴스레터</a> <a href="/login">로그인</a></div>
<h1 class="site-logo"><a href="/"><img src="/static/logo.svg" alt="오늘매거진"></a></h1>
<nav class="gnb"><ul class="gnb-list">{nav}</ul></nav>
</header>
<main class="site-main">
<div class="page-head"><h2 class="page-title">최신 스토리</h2>
<div class="sort"><a href="/latest" class="on">최신순</a> <a href="/latest?sort=like">좋아요순</a></div></div>
<div class="grid" data-masonry='{{"itemSelector": ".grid-item", "columnWidth": 360, "gutter": 24}}'>
<div class="grid-sizer"></div>
{chr(10).join(cards)}
</div>
<div class="load-more"><button type="button" class="btn-more" data-next="/latest?page=2">더 보기</button></div>
{pagination("/latest?page={n}", next_text="NEXT")}
<section class="editor-pick"><h3 class="sec-tit">에디터 추천</h3>
<ul class="rec-list">
{recommended}
</ul></section>
</main>
<aside class="site-aside">
<div class="widget most-liked"><h3 class="widget-title">MOST LIKED</h3><ol>{liked}</ol></div>
{ad_slot("widget ad-box", "AD", 66131, "oneulmag_aside")}
<div class="widget newsletter"><h3 class="widget-title">NEWSLETTER</h3><p>매주 금요일, 오늘매거진의 이야기를 메일로 받아 보세요.</p>
<form action="/newsletter/subscribe" method="post"><input type="email" name="email" placeholder="이메일 주소"><button type="submit">구독하기</button></form></div>
<div class="widget insta"><h3 class="widget-title">@oneulmag</h3>
<a href="https://www.instagram.example.com/oneulmag/" target="_blank">인스타그램에서 더 보기</a></div>
</aside>
{company_footer(_MAG_HOST, "오늘매거진", FOOTER_LINKS)}
</div>"""
    html = html_document("최신 스토리 | 오늘매거진", body, lang="ko")
    gold = [
        gold_item(page_url, _mag_href(cat, aid), story, timed=False)
        for cat, _, aid, _, _, story in _MAG_STORIES
    ]
    return korean_layout(
        "ko-magazine-masonry",
        "lifestyle/culture magazine masonry grid: div.grid > div.grid-item cards of mixed "
        'heights, a.grid-cat label, h3.grid-title > a, optional p.grid-excerpt, "by 에디터 김지은", '
        '"2025. 4. 8." (date only), "좋아요 12" buttons, a Sponsored card in the same markup',
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 2. A daily's 속보 page: one flat list, date lines as entries, bare clocks, no leads
# --------------------------------------------------------------------------------------------

_FLASH_HOST = "https://www.saeachim.example.co.kr"
# (article id, story): newest first; each day's clocks are dated by its date line
_FLASH_STORIES = (
    (1187342, Story("[속보] 한은 총재 \"환율 변동성 과도하면 시장 안정 조치\"", None, kst(8, 14, 52))),
    (1187335, Story("[속보] 코스피 2% 넘게 떨어져 2,380선…외국인 1조 순매도", None, kst(8, 14, 31))),
    (1187321, Story("[속보] 경찰, '전세사기' 일당 총책 구속영장 신청", None, kst(8, 14, 5))),
    (1187309, Story("[속보] 서울 도심 지하철 2호선 운행 재개…40분 만", None, kst(8, 13, 40))),
    (1187290, Story("[속보] 정부 \"반도체 업계 긴급 유동성 10조 원 지원\"", None, kst(8, 12, 58))),
    (1187266, Story("[속보] 산불 3단계 발령 경북 의성…주민 대피령", None, kst(8, 11, 47))),
    (1187248, Story("[속보] 대통령실 \"통상 대응 TF 오늘 첫 회의\"", None, kst(8, 10, 30))),
    (1187230, Story("[단독] 대형 병원 전공의 복귀 협상 타결 임박", None, kst(8, 9, 15))),
    (1187211, Story("[속보] 뉴욕증시 급락 마감…나스닥 4% 하락", None, kst(8, 6, 10))),
    (1187204, Story("[속보] 일본 도쿄 인근 규모 5.8 지진…쓰나미 우려 없어", None, kst(8, 0, 42))),
    (1187196, Story("[속보] 국회 본회의, 추경안 처리 무산…여야 협상 결렬", None, kst(7, 23, 41))),
    (1187170, Story("[속보] 원·달러 환율 1,470원 돌파…16년 만에 최고", None, kst(7, 20, 5))),
    (1187152, Story("[속보] 법원, 전 국회의원 정치자금법 위반 징역 1년", None, kst(7, 17, 28))),
    (1187133, Story("[속보] 검찰, 가상자산 거래소 압수수색", None, kst(7, 15, 2))),
    (1187119, Story("[속보] 중대본 \"산불 진화율 85%…오늘 중 주불 진화 목표\"", None, kst(7, 12, 50))),
    (1187101, Story("[속보] 삼성전자 1분기 영업이익 6조 6천억…시장 예상 웃돌아", None, kst(7, 8, 35))),
    (1187088, Story("[속보] 북한, 동해상으로 단거리 탄도미사일 발사", None, kst(7, 7, 2))),
    (1187062, Story("[속보] 서해안고속도로 29중 추돌…2명 부상", None, kst(6, 22, 16))),
    (1187049, Story("[속보] 프로야구 개막 2주 관중 200만 돌파", None, kst(6, 18, 40))),
    (1187031, Story("[속보] 기상청 \"내일 전국 비…강원 산지 눈\"", None, kst(6, 16, 3))),
)  # fmt: skip
_FLASH_POPULAR = (
    (1187335, "코스피 2,380선 후퇴…외국인 1조 넘게 팔았다"),
    (1187170, "환율 1,470원 돌파, 16년 만의 최고치…수입물가 비상"),
    (1187101, "삼성전자 1분기 영업익 6.6조, 반도체 부진에도 선방"),
    (1187002, "'벚꽃 엔딩' 주말 비 소식…나들이 어쩌나"),
    (1186977, "공무원 연금 개혁안 윤곽…더 내고 덜 받는다"),
)
_FLASH_PICKS = (
    (1187120, "[르포] 잿더미 된 산골 마을, 돌아갈 집이 없다"),
    (1187098, "[그래픽] 한눈에 보는 올해 통상 일정"),
    (1187075, "[이슈 분석] 추경 줄다리기, 쟁점은 세 가지"),
)


def _flash_href(aid: int) -> str:
    return f"/news/article/{aid}"


def _flash_entries() -> str:
    """Date lines and stories in one flat list: a date line opens each day."""
    rows: list[str] = []
    day = None
    for aid, story in _FLASH_STORIES:
        assert story.when is not None
        if story.when.day != day:
            day = story.when.day
            weekday = _WEEKDAYS[story.when.weekday()]
            rows.append(
                f'<li class="date_line"><strong>{story.when.month}월 {day}일 ({weekday})</strong></li>'
            )
        rows.append(
            '<li class="breaking_item">'
            f'<span class="time">{story.when:%H:%M}</span> '
            f'<a href="{_flash_href(aid)}" class="tit">{story.headline_html}</a></li>'
        )
    return "\n".join(rows)


def build_breaking_flash() -> Layout:
    """A daily's 속보 page: a "속보 알림 받기" button over one flat ``ul.breaking_list`` whose
    date lines ``li.date_line > strong`` "4월 8일 (화)" (no year) sit between the stories,
    each ``li.breaking_item`` only a clock ``span.time`` "14:05" and ``a.tit`` headline; the
    newest day first, so a clock belongs to the date line above it. A "많이 본 뉴스"
    ranking retells some 속보 under fuller titles, a "기획·분석" picks box, an ad and an
    "이전 속보 더보기" pager close the page."""
    page_url = f"{_FLASH_HOST}/news/breaking"
    nav = menu_items(
        (f"/news/{slug}", name)
        for slug, name in (
            ("breaking", "속보"), ("politics", "정치"), ("economy", "경제"),
            ("society", "사회"), ("world", "국제"), ("culture", "문화"),
            ("sports", "스포츠"), ("opinion", "오피니언"),
        )
    )  # fmt: skip
    popular = ranking_box([(_flash_href(aid), title) for aid, title in _FLASH_POPULAR])
    picks = link_list(
        [(_flash_href(aid), title) for aid, title in _FLASH_PICKS],
        '<li><a href="{href}"><span class="thumb"><img src="https://img.saeachim.example.co.kr/'
        'pick.jpg" alt=""></span><span class="txt">{title}</span></a></li>',
    )
    body = f"""<div id="wrap">
<header id="header">
<div class="util"><a href="/member/login">로그인</a> <a href="/member/join">회원가입</a> <a href="/epaper">지면보기</a></div>
<h1 class="logo"><a href="/">새아침일보</a></h1>
<nav id="gnb"><ul>{nav}</ul></nav>
</header>
<div id="container">
<div id="content">
<div class="breaking_head">
<h2 class="page_tit">속보</h2>
<p class="page_desc">새아침일보가 가장 빠르게 전하는 속보입니다.</p>
<button type="button" class="btn_alarm" onclick="pushAlarm.subscribe('breaking')"><i class="ico_bell"></i>속보 알림 받기</button>
</div>
<ul class="breaking_list">
{_flash_entries()}
</ul>
<div class="btn_more_wrap"><a href="/news/breaking?page=2" class="btn_more">이전 속보 더보기</a></div>
</div>
<div id="aside">
{popular}
<div class="pick_box"><h3 class="box_tit">기획·분석</h3><ul>{picks}</ul></div>
{ad_slot("ad_aside", "광고", 58120, "saeachim_breaking")}
</div>
</div>
{company_footer(_FLASH_HOST, "새아침일보", FOOTER_LINKS)}
</div>"""
    html = html_document("속보 | 새아침일보", body, lang="ko")
    gold = [gold_item(page_url, _flash_href(aid), story) for aid, story in _FLASH_STORIES]
    return korean_layout(
        "ko-breaking-flash",
        'daily\'s 속보 page: one flat ul.breaking_list with li.date_line "4월 8일 (화)" (no year) '
        'entries between li.breaking_item span.time "14:05" + a.tit, no leads, newest day '
        'first, "속보 알림 받기" button',
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 3. A news site whose theme emits hAtom microformats: article.hentry, abbr.published
# --------------------------------------------------------------------------------------------

_HATOM_HOST = "https://www.purunnews.example.kr"
# (post id, category, reporter id, reporter, comments, story)
_HATOM_STORIES = (
    (52031, "사회", "kimms", "김민수", 0, Story(
        "장마 앞두고 반지하 침수 방지판 무상 설치 신청 시작",
        "시가 반지하 주택 침수 방지판 무상 설치 신청을 받는다. 지난해 침수 피해 지역 "
        "가구가 우선 대상이다.",
        ago(FETCHED_AT, minutes=23))),
    (52027, "경제", "parkjh", "박지혜", 4, Story(
        "지역화폐 할인율 10%로 상향…이달 말까지 한시 적용",
        "지역화폐 구매 할인율이 이달 말까지 10%로 오른다. 1인당 월 구매 한도는 "
        "50만 원으로 유지된다.",
        ago(FETCHED_AT, minutes=57))),
    (52020, "사회", "kimms", "김민수", 12, Story(
        "[단독] 구청 공무원 수당 부정 수령 3년간 1억 원",
        "한 구청 공무원들이 3년 동안 초과근무 수당 1억 원가량을 부정하게 받은 사실이 "
        "확인됐다.",
        ago(FETCHED_AT, hours=2, minutes=12))),
    (52016, "문화", "leesy", "이서연", 1, Story(
        "구도심 옛 극장, 복합문화공간으로 다시 문 연다",
        "40년 넘게 방치됐던 구도심의 옛 극장이 복합문화공간으로 바뀐다. 다음 달 "
        "개관 기념 공연이 열린다.",
        ago(FETCHED_AT, hours=3, minutes=40))),
    (52011, "교육", "choihn", "최하늘", 7, Story(
        "초등 늘봄학교 참여율 80% 넘어…돌봄 인력은 부족",
        "초등학교 1학년 늘봄학교 참여율이 80%를 넘었다. 다만 일부 학교는 돌봄 인력을 "
        "구하지 못해 운영 시간을 줄였다.",
        ago(FETCHED_AT, hours=5, minutes=5))),
    (52004, "경제", "parkjh", "박지혜", 2, Story(
        "전통시장 주차장 확충 예산 30억 원 확보",
        "전통시장 다섯 곳의 주차장을 넓히는 예산 30억 원이 확보됐다. 공사는 하반기에 "
        "시작한다.",
        ago(FETCHED_AT, hours=7, minutes=31))),
    (51998, "정치", "jungwj", "정우진", 23, Story(
        "시의회, 버스 준공영제 개편 조례안 상임위 통과",
        "시내버스 준공영제 개편 조례안이 시의회 상임위원회를 통과했다. 본회의 표결은 "
        "다음 주로 예정됐다.",
        ago(FETCHED_AT, hours=21, minutes=18))),
    (51990, "사회", "choihn", "최하늘", 0, Story(
        "봄철 산불 조심 기간 입산 통제 구역 확대",
        "산불 조심 기간을 맞아 입산 통제 구역이 넓어진다. 등산로 40곳이 다음 달 "
        "중순까지 닫힌다.",
        ago(FETCHED_AT, days=1, hours=2, minutes=44))),
    (51983, "문화", "leesy", "이서연", 3, Story(
        "시립미술관 봄 기획전 '물의 기억' 개막",
        "시립미술관이 강과 바다를 주제로 한 봄 기획전을 연다. 지역 작가 12명이 참여했다.",
        ago(FETCHED_AT, days=2, hours=5, minutes=9))),
    (51975, "스포츠", "jungwj", "정우진", 9, Story(
        "시민축구단, 홈 개막전서 2-1 역전승",
        "시민축구단이 홈 개막전에서 2-1 역전승을 거뒀다. 후반 추가시간 결승골이 터졌다.",
        ago(FETCHED_AT, days=3, hours=1, minutes=27))),
    (51962, "교육", "choihn", "최하늘", 5, Story(
        "국립대 등록금 3년 만에 인상…학생회 반발",
        "지역 국립대가 3년 만에 등록금을 올렸다. 학생회는 등록금심의위원회 결정에 "
        "반발하고 있다.",
        ago(FETCHED_AT, days=4, hours=6, minutes=2))),
    (51950, "경제", "parkjh", "박지혜", 1, Story(
        "산업단지 입주 기업 절반 '인력난 심각'",
        "산업단지 입주 기업 절반이 인력난이 심각하다고 답했다. 생산직 구인이 특히 어려웠다.",
        ago(FETCHED_AT, days=5, hours=3, minutes=50))),
)  # fmt: skip
_HATOM_POPULAR = (
    (52020, "구청 공무원 수당 부정 수령 1억"),
    (51998, "버스 준공영제 개편 조례안 통과"),
    (51940, "벚꽃길 야간 개방 이번 주말까지"),
    (51975, "시민축구단 홈 개막전 역전승"),
)
_HATOM_TAGS = ("침수", "지역화폐", "늘봄학교", "준공영제", "산불", "시민축구단")


def _hatom_href(pid: int) -> str:
    return f"/archives/{pid}"


def _hatom_shown(when: datetime) -> str:
    """How the theme prints a post time: "23분 전", "2시간 전", "어제", "3일 전", then the date."""
    minutes = int((FETCHED_AT - when).total_seconds() // 60)
    if minutes < 60:
        return f"{minutes}분 전"
    if minutes < 24 * 60:
        return f"{minutes // 60}시간 전"
    days = (FETCHED_AT.date() - when.date()).days
    if days == 1:
        return "어제"
    if days < 5:
        return f"{days}일 전"
    return f"{when:%Y.%m.%d}"


def _hatom_entry(
    pid: int, category: str, rid: str, reporter: str, comments: int, story: Story
) -> str:
    assert story.when is not None
    href = _hatom_href(pid)
    edited = story.when + (FETCHED_AT - story.when) / 3
    updated = (
        f'<abbr class="updated" title="{edited.isoformat(timespec="seconds")}"></abbr>'
        if comments % 3 == 1
        else ""
    )
    talk = (
        f'<a class="comments-link" href="{href}#comments">댓글 {comments}</a>'
        if comments
        else f'<a class="comments-link" href="{href}#respond">댓글 남기기</a>'
    )
    return (
        f'<article id="post-{pid}" class="hentry post type-post status-publish category-{pid % 7}">\n'
        f'<div class="entry-thumb"><a href="{href}" rel="bookmark"><img src="{_HATOM_HOST}/wp-content/'
        f'uploads/2025/04/{pid}-300x200.jpg" width="300" height="200" alt=""></a></div>\n'
        '<header class="entry-header">\n'
        f'<span class="entry-category"><a href="/category/{pid % 7}" rel="category tag">{category}</a></span>\n'
        f'<h2 class="entry-title"><a href="{href}" rel="bookmark">{story.headline_html}</a></h2>\n'
        '<div class="entry-meta">'
        f'<span class="author vcard"><a class="url fn n" href="/author/{rid}">{escape_html(reporter)} 기자</a></span>'
        '<span class="sep"> · </span>'
        f'<abbr class="published" title="{story.when.isoformat(timespec="seconds")}">{_hatom_shown(story.when)}</abbr>'
        f'{updated}<span class="sep"> · </span>{talk}</div>\n'
        "</header>\n"
        f'<div class="entry-summary"><p>{lead_html(story)}</p></div>\n'
        "</article>"
    )


def build_hatom_entries() -> Layout:
    """A local news site whose theme emits hAtom microformats: ``div.hfeed`` of
    ``article.hentry`` posts with a category link (``rel="category tag"``),
    ``h2.entry-title > a[rel=bookmark]``, ``div.entry-meta`` holding
    ``span.author.vcard > a.url.fn`` "김민수 기자", ``abbr.published`` whose ``title`` is
    the ISO instant while the text says "23분 전" / "2시간 전" / "어제" / "3일 전" /
    "2025.04.03", on some posts an empty ``abbr.updated``, and a comment link "댓글 4";
    ``div.entry-summary > p`` lead. Sidebar widgets: "인기 기사", a tag cloud, recent
    comments, an ad; a numbered pager."""
    page_url = f"{_HATOM_HOST}/latest"
    nav = menu_items(
        (f"/category/{n}", name)
        for n, name in enumerate(("정치", "경제", "사회", "교육", "문화", "스포츠", "오피니언"))
    )
    entries = "\n".join(_hatom_entry(*row) for row in _HATOM_STORIES)
    popular = link_list(
        [(_hatom_href(pid), title) for pid, title in _HATOM_POPULAR],
        '<li><span class="rank">{rank}</span><a href="{href}">{title}</a></li>',
    )
    tags = " ".join(
        f'<a href="/tag/{quote(tag)}" class="tag-cloud-link" rel="tag">{escape_html(tag)}</a>'
        for tag in _HATOM_TAGS
    )
    comments = link_list(
        [(f"{_hatom_href(52020)}#comment-8812", "구청 공무원 수당 부정 수령 3년간 1억 원"),
         (f"{_hatom_href(51998)}#comment-8807", "시의회, 버스 준공영제 개편 조례안 상임위 통과")],
        '<li class="recentcomments"><span class="comment-author-link">익명</span>님의 댓글: '
        '<a href="{href}">{title}</a></li>',
    )  # fmt: skip
    body = f"""<div id="page" class="site">
<header id="masthead" class="site-header">
<p class="site-title"><a href="/" rel="home">푸른뉴스</a></p>
<p class="site-description">우리 동네 이야기, 푸른뉴스</p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{nav}</ul></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main hfeed">
<header class="page-header"><h1 class="page-title">최신 기사</h1></header>
{entries}
<nav class="navigation pagination"><div class="nav-links"><span aria-current="page" class="page-numbers current">1</span>
<a class="page-numbers" href="/latest/page/2">2</a> <a class="page-numbers" href="/latest/page/3">3</a>
<a class="next page-numbers" href="/latest/page/2">다음 »</a></div></nav>
</main></div>
<aside id="secondary" class="widget-area">
<section class="widget widget_popular"><h2 class="widget-title">인기 기사</h2><ol>{popular}</ol></section>
{ad_slot("widget widget_ad", "광고", 61877, "purun_sidebar")}
<section class="widget widget_tag_cloud"><h2 class="widget-title">태그</h2><div class="tagcloud">{tags}</div></section>
<section class="widget widget_recent_comments"><h2 class="widget-title">최근 댓글</h2><ul>{comments}</ul></section>
</aside>
</div>
{company_footer(_HATOM_HOST, "푸른뉴스", FOOTER_LINKS)}
</div>"""
    html = html_document("최신 기사 – 푸른뉴스", body, lang="ko")
    gold = [gold_item(page_url, _hatom_href(row[0]), row[-1]) for row in _HATOM_STORIES]
    return korean_layout(
        "ko-hatom-entries",
        "news site with hAtom microformats: article.hentry > h2.entry-title > a[rel=bookmark], "
        'div.entry-summary, abbr.published[title=ISO +09:00] shown as "2시간 전"/"어제"/"3일 전", '
        "span.author.vcard, empty abbr.updated, tag-cloud and recent-comments widgets",
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 4. A tag page: stories of several sections under one tag, related-tag chips
# --------------------------------------------------------------------------------------------

_TAG_HOST = "https://www.daehannews.example.com"
# (article id, section slug, section label, chips, story)
_TAG_STORIES = (
    (2504081405, "industry", "산업", ("삼성전자", "HBM"), Story(
        "삼성전자, 차세대 HBM 양산 앞당긴다…하반기 공급 목표",
        "삼성전자가 차세대 고대역폭메모리 양산 일정을 앞당긴다. 주요 고객사 품질 검증을 "
        "마치는 대로 하반기부터 공급할 계획이다.",
        kst(8, 14, 5))),
    (2504081322, "stock", "증권", ("SK하이닉스", "코스피"), Story(
        "반도체주 동반 약세…SK하이닉스 4% 하락",
        "미국 관세 우려에 반도체주가 일제히 내렸다. SK하이닉스는 4% 넘게 떨어지며 "
        "코스피 하락을 이끌었다.",
        kst(8, 13, 22))),
    (2504081150, "politics", "정치", ("반도체특별법",), Story(
        "반도체특별법 '주 52시간 예외' 놓고 여야 또 공방",
        "반도체특별법의 연구개발 인력 근로시간 예외 조항을 두고 여야가 다시 맞섰다. "
        "법안소위 논의는 다음 주로 미뤄졌다.",
        kst(8, 11, 50))),
    (2504081017, "world", "국제", ("TSMC", "대만"), Story(
        "TSMC 1분기 매출 42% 급증…AI 칩 수요 견조",
        "대만 TSMC의 1분기 매출이 1년 전보다 42% 늘었다. 인공지능 칩 수요가 여전히 "
        "강한 것으로 나타났다.",
        kst(8, 10, 17))),
    (2504080902, "economy", "경제", ("수출", "관세"), Story(
        "[단독] 반도체 수출 보증 한도 2배로…정부 긴급 지원책",
        "정부가 반도체 기업의 수출 보증 한도를 두 배로 늘리는 긴급 지원책을 마련했다. "
        "이르면 이번 주 발표한다.",
        kst(8, 9, 2))),
    (2504071840, "industry", "산업", ("소부장", "장비"), Story(
        "국산 반도체 장비 점유율 20% 첫 돌파",
        "국내 반도체 장비 기업들의 국내 시장 점유율이 처음으로 20%를 넘었다. 식각과 "
        "세정 장비가 성장을 이끌었다.",
        kst(7, 18, 40))),
    (2504071615, "opinion", "오피니언", ("사설",), Story(
        "[사설] 반도체 전쟁, 보조금 없이 버틸 수 있나", None, kst(7, 16, 15))),
    (2504071433, "stock", "증권", ("삼성전자", "외국인"), Story(
        "외국인, 삼성전자 8거래일 연속 순매도",
        "외국인 투자자가 삼성전자 주식을 8거래일 연속 팔았다. 누적 순매도 규모는 "
        "2조 원을 넘었다.",
        kst(7, 14, 33))),
    (2504071120, "society", "사회", ("용인", "클러스터"), Story(
        "용인 반도체 클러스터 용수 공급 합의…착공 청신호",
        "용인 반도체 클러스터의 공업용수 공급 방안에 관계 기관이 합의했다. 착공을 "
        "가로막던 걸림돌이 사라졌다.",
        kst(7, 11, 20))),
    (2504061905, "world", "국제", ("미국", "관세"), Story(
        "미 상무부 \"반도체 관세 조사 이달 중 결론\"",
        "미국 상무부가 수입 반도체에 대한 관세 조사를 이달 안에 마무리하겠다고 밝혔다.",
        kst(6, 19, 5))),
    (2504051030, "industry", "산업", ("파운드리",), Story(
        "국내 파운드리, 2나노 시제품 수율 개선", None, kst(5, 10, 30))),
    (2504041648, "economy", "경제", ("수출",), Story(
        "3월 반도체 수출 131억 달러…역대 3월 최대",
        "3월 반도체 수출이 131억 달러로 3월 기준 역대 최대를 기록했다. 고부가 메모리 "
        "제품 수출이 크게 늘었다.",
        kst(4, 16, 48))),
    (2504031415, "it", "IT", ("AI", "온디바이스"), Story(
        "온디바이스 AI 칩 경쟁 본격화…스마트폰 신제품 잇따라",
        "스마트폰 제조사들이 기기 안에서 인공지능을 돌리는 전용 칩을 넣은 신제품을 "
        "잇따라 내놓고 있다.",
        kst(3, 14, 15))),
)  # fmt: skip
_TAG_RELATED = ("삼성전자", "SK하이닉스", "HBM", "파운드리", "TSMC", "반도체특별법", "관세")
_TAG_HOT = ("관세", "벚꽃", "산불", "반도체", "전세사기", "프로야구")
_TAG_POPULAR = (
    (2504081322, "SK하이닉스 4% 급락, 반도체주 줄줄이 약세"),
    (2504080755, "올해 벚꽃 명소 야간 개방 총정리"),
    (2504081405, "삼성 차세대 HBM 하반기 공급"),
    (2504070812, "전세사기 피해 지원 특별법 개정안 통과"),
    (2504060933, "주말 전국 비 소식…기온 '뚝'"),
)


def _tag_href(aid: int) -> str:
    return f"/article/{aid}"


def _tag_link(tag: str) -> str:
    return f"/tag/{quote(tag)}"


def _tag_item(aid: int, slug: str, section: str, chips: tuple[str, ...], story: Story) -> str:
    assert story.when is not None
    href = _tag_href(aid)
    thumb = (
        f'<a href="{href}" class="thumb"><img src="https://img.daehannews.example.com/'
        f'2025/04/{aid}_t.jpg" alt=""></a>\n'
        if story.lead
        else ""
    )
    lead = f'<p class="lead">{lead_html(story)}</p>\n' if story.lead else ""
    tags = "".join(
        f'<a href="{_tag_link(t)}" class="chip">#{escape_html(t)}</a>' for t in ("반도체", *chips)
    )
    return (
        '<li class="article_item">\n'
        f"{thumb}"
        '<div class="cont">\n'
        f'<a href="/section/{slug}" class="section">{section}</a>\n'
        f'<strong class="tit"><a href="{href}">{story.headline_html}</a></strong>\n'
        f"{lead}"
        f'<div class="tags">{tags}</div>\n'
        f'<span class="date">{dotted(story.when)}</span>\n'
        "</div>\n</li>"
    )


def build_tag_page() -> Layout:
    """A daily's tag page "#반도체 태그 모아보기": a tag header with a count and a "태그
    구독" button, a "관련 태그" chip bar linking other tag pages, then ``ul.tag_article_list
    > li.article_item`` stories of several sections (``a.section`` "산업"/"증권"/"오피니언",
    ``strong.tit > a``, ``p.lead`` where shown, a ``div.tags`` row of "#삼성전자" chips,
    ``span.date`` "2025.04.08 14:05"). A "인기 태그" box, "많이 본 뉴스", an ad and a pager
    surround it."""
    page_url = f"{_TAG_HOST}/tag/{quote('반도체')}"
    nav = menu_items(
        (f"/section/{slug}", name)
        for slug, name in (
            ("politics", "정치"), ("economy", "경제"), ("industry", "산업"),
            ("stock", "증권"), ("society", "사회"), ("world", "국제"), ("it", "IT"),
            ("opinion", "오피니언"),
        )
    )  # fmt: skip
    items = "\n".join(_tag_item(*row) for row in _TAG_STORIES)
    related = "".join(
        f'<li><a href="{_tag_link(t)}">#{escape_html(t)}</a></li>' for t in _TAG_RELATED
    )
    hot = link_list(
        [(_tag_link(t), f"#{t}") for t in _TAG_HOT],
        '<li><em class="num">{rank}</em><a href="{href}">{title}</a></li>',
    )
    popular = ranking_box([(_tag_href(aid), title) for aid, title in _TAG_POPULAR])
    body = f"""<div id="wrap">
<header class="header">
<h1 class="logo"><a href="/">대한뉴스</a></h1>
<nav class="gnb"><ul>{nav}</ul></nav>
<form class="search" action="/search"><input type="text" name="q" placeholder="검색어 입력"><button type="submit">검색</button></form>
</header>
<div class="container">
<div class="content">
<div class="tag_head">
<p class="tag_label">태그 모아보기</p>
<h2 class="tag_name">#반도체</h2>
<p class="tag_desc">'반도체' 태그가 달린 기사 <em>1,284</em>건</p>
<button type="button" class="btn_follow" data-tag="반도체">+ 태그 구독</button>
</div>
<div class="related_tags"><strong class="tit">관련 태그</strong><ul>{related}</ul></div>
<div class="sort_tab"><a href="{page_url}?sort=date" class="on">최신순</a> <a href="{page_url}?sort=view">인기순</a></div>
<ul class="tag_article_list">
{items}
</ul>
{pagination(page_url + "?page={n}")}
</div>
<aside class="aside">
<div class="hot_tags"><h3 class="box_tit">인기 태그</h3><ol>{hot}</ol></div>
{popular}
{ad_slot("ad_box", "AD", 70455, "daehan_tag")}
</aside>
</div>
{company_footer(_TAG_HOST, "대한뉴스", FOOTER_LINKS)}
</div>"""
    html = html_document("#반도체 태그 모아보기 | 대한뉴스", body, lang="ko")
    gold = [gold_item(page_url, _tag_href(row[0]), row[-1]) for row in _TAG_STORIES]
    return korean_layout(
        "ko-tag-page",
        '#반도체 tag page: "관련 태그" chip bar, ul.tag_article_list > li.article_item with '
        'a.section label, strong.tit > a, optional p.lead, div.tags "#삼성전자" chips to other '
        'tag pages, span.date "2025.04.08 14:05", stories of several sections',
        html,
        page_url,
        gold,
    )


BUILDERS: tuple[Builder, ...] = (
    build_magazine_masonry, build_breaking_flash, build_hatom_entries, build_tag_page,
)  # fmt: skip
