"""Stress structures: listing pages whose items are built in shapes that are hard to read.

Each builder returns a whole page in the shape of one real family, with the chrome real pages
carry around the list (menus, "많이 본 뉴스" / "Most read" boxes, related links, ads,
pagination, footers), and one structural trap: a county government's news-release view on a
Drupal theme whose headlines are unlinked ``h3`` elements, each item's only link a "Read more"
after the lead (with a visually hidden "about <headline>"); a Korean daily's section front
that sets two main lists of equal size side by side (정치 and 경제, eight items each with
leads and times) beside a narrower 많이 본 뉴스 column; an English digital outlet's section
whose every card carries its own JSON-LD ``NewsArticle`` script (headline, url, datePublished
as the card shows them); a Korean broadcaster's news list rendered once for readers and once
more inside ``<noscript>`` as the no-script fallback, with a ``<template>`` card holding
``{{title}}`` placeholders for the "더보기" loader. Hosts, headlines, leads and names are
invented.

Every page is fetched at 2025-04-08 15:00 KST (06:00 UTC). Gold times are the instants the
page states, on the site's clock (KST for the Korean pages, US Eastern for the English ones)
where the page names no zone; a date without a time of day gives no gold timestamp.
"""

# Page markup is kept as the sites write it, one element per line: long lines are HTML.
# ruff: noqa: E501

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from . import Builder, Layout
from .english_chrome import FETCHED_AT as EN_FETCHED_AT
from .english_chrome import clock12, english_document, image_slug, nav_links
from .korean_chrome import (
    FOOTER_LINKS,
    ad_slot,
    company_footer,
    dotted,
    korean_layout,
    pagination,
    ranking_box,
)
from .markup import Story, escape_html, gold_item, kst, lead_html, link_list, menu_items

EDT = timezone(timedelta(hours=-4), "EDT")


def _edt(day: int, hour: int, minute: int) -> datetime:
    """An April 2025 instant on the US Eastern (daylight) clock."""
    return datetime(2025, 4, day, hour, minute, tzinfo=EDT)


# --------------------------------------------------------------------------------------------
# 1. A county newsroom on a Drupal view: unlinked h3 headlines, "Read more" the only link
# --------------------------------------------------------------------------------------------

_CO_HOST = "https://www.maplecountyva.example.gov"
_CO_STORIES = (
    Story.at("/news/county-board-adopts-fy2026-budget", "County Board Adopts FY 2026 Budget With Lower Real Estate Tax Rate",
             "The Board of Supervisors voted 6-1 to adopt a $1.9 billion budget that lowers the real estate tax rate by two cents and funds 38 new teaching positions.",
             _edt(7, 21, 40)),
    Story.at("/news/route-7-lane-closures-april", "Overnight Lane Closures on Route 7 Begin April 10",
             "Crews will close up to two westbound lanes between Belmont Ridge Road and Claiborne Parkway from 9 p.m. to 5 a.m. while they repave the roadway.",
             _edt(7, 16, 5)),
    Story.at("/news/spring-hazardous-waste-collection", "Household Hazardous Waste Collection Set for April 26",
             "Residents may drop off paint, pesticides, batteries and fluorescent bulbs at the Landfill Road site from 8 a.m. to 2 p.m. Proof of residency is required.",
             _edt(7, 14, 30)),
    Story.at("/news/library-summer-reading-volunteers", "Public Library Seeks Teen Volunteers for Summer Reading Program",
             "Students ages 13 to 18 can earn service hours by helping younger readers log books and run weekly activities at all ten branches.",
             _edt(7, 11, 15)),
    Story.at("/news/animal-shelter-adoption-event", "Animal Services Waives Adoption Fees During Spring Clear-the-Shelter Weekend",
             "All cats and dogs older than six months can be adopted free of charge on April 12 and 13 at the Waterford Road shelter.",
             _edt(7, 9, 50)),
    Story.at("/news/sheriff-traffic-safety-campaign", "Sheriff's Office Launches Work-Zone Traffic Safety Campaign",
             "Deputies will step up enforcement in highway work zones through the end of May after a rise in speeding citations last year.",
             _edt(4, 15, 20)),
    Story.at("/news/parks-registration-summer-camps", "Registration Opens for Summer Camps at County Parks",
             "More than 400 day camps, from archery to robotics, are open for registration online. Scholarships are available for qualifying families.",
             _edt(4, 10, 0)),
    Story.at("/news/water-main-flushing-sterling", "Water Main Flushing Scheduled in Sterling Neighborhoods",
             "Residents may notice brief discoloration or lower pressure while crews flush lines in the Sterling Park area through April 18.",
             _edt(3, 17, 45)),
    Story.at("/news/broadband-expansion-grant", "County Receives $12 Million Grant to Expand Rural Broadband",
             "The state award will bring fiber internet to about 3,100 homes and businesses in the western part of the county by 2027.",
             _edt(3, 13, 10)),
    Story.at("/news/election-officer-recruitment", "Elections Office Recruiting Officers for June Primary",
             "Paid election officers are needed at polling places countywide. Training sessions begin in May and take about three hours.",
             _edt(2, 12, 25)),
    Story.at("/news/tree-planting-grants-hoas", "Tree Canopy Grants Available to Homeowner Associations",
             "HOAs can apply for up to $5,000 to plant native trees on common land. Applications are due May 15.",
             _edt(1, 16, 0)),
    Story.at("/news/911-telecommunicators-week", "County Honors 911 Telecommunicators During National Public Safety Week",
             "The Emergency Communications Center answered more than 290,000 calls last year, with an average answer time of under six seconds.",
             _edt(1, 9, 30)),
)  # fmt: skip
_CO_ALERTS = (("/alerts/route-15-bridge", "Route 15 bridge closed for inspection until noon"),)
_CO_RELATED = (
    ("/government/departments/public-affairs", "Public Affairs and Communications"),
    ("/news/media-contacts", "Media Contacts"),
    ("/government/newsletters", "Subscribe to County Newsletters"),
)
_CO_POPULAR = (
    ("/news/county-board-adopts-fy2026-budget", "FY 2026 Budget Adopted"),
    ("/government/departments/treasurer/pay-taxes", "Pay Personal Property Taxes"),
    ("/news/parks-registration-summer-camps", "Summer Camp Registration"),
    ("/government/departments/transportation/projects", "Road Projects Map"),
)


def _co_stamp(when: datetime) -> str:
    """'Monday, April 7, 2025 - 5:40pm' as the Drupal date field prints it."""
    return f"{when:%A, %B} {when.day}, {when:%Y} - {clock12(when, lower=True, space=False)}"


def _co_row(story: Story) -> str:
    """A ``div.views-row`` teaser: unlinked ``h3``, the date field, the body summary, then the
    only link: "Read more" with a visually hidden "about <headline>"."""
    assert story.when is not None
    return (
        '<div class="views-row">\n'
        f'<article role="article" class="node node--type-news-release node--view-mode-teaser" about="{story.path}">\n'
        f'<h3 class="node__title"><span class="field field--name-title field--type-string field--label-hidden">{story.headline_html}</span></h3>\n'
        f'<div class="field field--name-field-release-date field--type-datetime field--label-hidden field__item">{_co_stamp(story.when)}</div>\n'
        f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{lead_html(story)}</p></div>\n'
        f'<ul class="links inline list-inline"><li class="node-readmore"><a href="{story.path}" rel="tag" title="{escape_html(story.title)}" hreflang="en">Read more<span class="visually-hidden"> about {story.headline_html}</span></a></li></ul>\n'
        "</article>\n</div>"
    )


def build_county_readmore_view() -> Layout:
    """A county government's news-release page on a Drupal view: ``div.view-content >
    div.views-row > article.node--view-mode-teaser`` with an unlinked ``h3.node__title``, a
    date field "Monday, April 7, 2025 - 5:40pm" (Eastern, no zone), the body summary and a
    ``li.node-readmore`` link "Read more about …" as each item's only link; alert banner,
    department menu, "Most Visited" and related-links blocks, a pager of links."""
    page_url = f"{_CO_HOST}/news"
    menu = nav_links(
        [
            ("Government", "/government"),
            ("Residents", "/residents"),
            ("Business", "/business"),
            ("Departments", "/government/departments"),
            ("News", "/news"),
            ("Calendar", "/calendar"),
            ("Jobs", "/government/departments/human-resources/jobs"),
        ],
        "menu-item",
    )
    alerts = link_list(_CO_ALERTS, '<li><a href="{href}">{title}</a></li>')
    related = link_list(_CO_RELATED, '<li><a href="{href}">{title}</a></li>', sep="\n")
    popular = link_list(
        _CO_POPULAR, '<li class="popular-link"><a href="{href}">{title}</a></li>', sep="\n"
    )
    rows = "\n".join(_co_row(s) for s in _CO_STORIES)
    body = f"""<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="region region-alerts"><div class="alert-banner alert-warning"><strong>Alert:</strong><ul>{alerts}</ul></div></div>
<header role="banner" class="site-header">
<div class="site-branding"><a href="/" rel="home"><img src="/themes/custom/maple/logo.svg" alt="Maple County, Virginia"></a></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" class="block-menu navigation menu--main"><h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2>
<ul class="menu">
{menu}
</ul></nav>
<form action="/search" method="get" class="search-block-form"><input type="search" name="keys" placeholder="Search"><input type="submit" value="Search"></form>
</header>
<div class="breadcrumb"><ol><li><a href="/">Home</a></li><li>News</li></ol></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content">
<h1 class="page-title">News Releases</h1>
<div class="views-element-container"><div class="view view-news-releases view-id-news_releases view-display-id-page_1">
<div class="view-filters"><form class="views-exposed-form"><label for="edit-field-topic">Topic</label><select id="edit-field-topic" name="field_topic"><option value="All">- Any -</option><option value="12">Transportation</option><option value="14">Parks</option></select><input type="submit" value="Apply"></form></div>
<div class="view-content">
{rows}
</div>
<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Pagination</h4>
<ul class="pager__items js-pager__items">
<li class="pager__item is-active"><a href="?page=0" title="Current page" aria-current="page"><span class="visually-hidden">Current page</span>1</a></li>
<li class="pager__item"><a href="?page=1" title="Go to page 2"><span class="visually-hidden">Page</span>2</a></li>
<li class="pager__item"><a href="?page=2" title="Go to page 3"><span class="visually-hidden">Page</span>3</a></li>
<li class="pager__item pager__item--next"><a href="?page=1" title="Go to next page" rel="next"><span class="visually-hidden">Next page</span><span aria-hidden="true">Next ›</span></a></li>
</ul></nav>
</div></div>
</div>
<aside class="layout-sidebar-second" role="complementary">
<div class="block block-views block-popular"><h2>Most Visited</h2><ul>
{popular}
</ul></div>
<div class="block block-menu related-links"><h2>Related Links</h2><ul class="menu">
{related}
</ul></div>
<div class="block block-block-content"><h2>Stay Connected</h2><p><a href="https://www.facebook.example/maplecountyva">Facebook</a> <a href="https://x.example/maplecountyva">X</a> <a href="/news/rss.xml">RSS</a></p></div>
</aside>
</main>
<footer role="contentinfo" class="site-footer"><ul class="menu">
{nav_links([("Contact Us", "/contact"), ("Accessibility", "/accessibility"), ("Privacy Policy", "/privacy"), ("FOIA Requests", "/foia"), ("Website Feedback", "/feedback")])}
</ul><p>1 Harrison Street SE, Leesburg, VA 20175 &middot; &copy; 2025 Maple County Government</p></footer>
</div>"""
    gold = [gold_item(page_url, s.path, s) for s in _CO_STORIES]
    return Layout(
        name="en-drupal-readmore-unlinked-heads",
        family="county government news releases on a Drupal view: div.views-row > article.node--view-mode-teaser, unlinked h3.node__title, 'Monday, April 7, 2025 - 5:40pm' (Eastern, no zone), body summary, li.node-readmore 'Read more' + visually hidden 'about <headline>' as the only link",
        body=english_document("News Releases | Maple County, VA", "", body, lang="en"),
        page_url=page_url,
        fetched_at=EN_FETCHED_AT,
        items=gold,
        timezone="America/New_York",
    )


# --------------------------------------------------------------------------------------------
# 2. A Korean daily's section front: two equal main lists side by side (정치 | 경제)
# --------------------------------------------------------------------------------------------

_TW_HOST = "https://www.hanbit-ilbo.example.co.kr"
_TW_POLITICS = (
    ("202504081432001", Story("여야, 추경 협상 재개…\"이번 주 안에 결론\"",
        "여야 원내대표가 8일 국회에서 만나 추가경정예산안 협상을 다시 시작했다. 양측은 이번 주 안에 결론을 내겠다고 밝혔다.", kst(8, 14, 32))),
    ("202504081405002", Story("[단독] 국회 예결위, 지역 SOC 예산 1조 증액 검토",
        "국회 예산결산특별위원회가 지역 사회간접자본 예산을 1조 원가량 늘리는 방안을 검토하는 것으로 확인됐다.", kst(8, 14, 5))),
    ("202504081340003", Story("외교부 \"한일 외교장관 회담 이달 중 개최 조율\"",
        "외교부는 한일 외교장관 회담을 이달 안에 여는 방안을 일본 측과 조율하고 있다고 밝혔다.", kst(8, 13, 40))),
    ("202504081251004", Story("국방부, 접경지역 드론 대응 전담부대 창설",
        "국방부가 접경지역에 무인기 대응을 전담하는 부대를 새로 만든다. 탐지 레이더와 재밍 장비도 늘린다.", kst(8, 12, 51))),
    ("202504081120005", Story("선관위, 재보궐선거 사전투표소 3천여 곳 확정",
        "중앙선거관리위원회가 이달 재보궐선거의 사전투표소 3천여 곳을 확정해 공고했다.", kst(8, 11, 20))),
    ("202504081002006", Story("통일부 \"이산가족 화상상봉 재개 제안 검토\"",
        "통일부가 이산가족 화상상봉을 다시 열자고 북측에 제안하는 방안을 검토 중이라고 밝혔다.", kst(8, 10, 2))),
    ("202504080915007", Story("국회 행안위, 지방교부세 개편안 공청회",
        "국회 행정안전위원회가 지방교부세 배분 기준을 바꾸는 개정안을 두고 공청회를 열었다.", kst(8, 9, 15))),
    ("202504072148008", Story("[속보] 대통령실 \"개헌 논의, 국회 합의 존중\"",
        "대통령실은 7일 밤 개헌 논의와 관련해 국회의 합의를 존중하겠다는 입장을 밝혔다.", kst(7, 21, 48))),
)  # fmt: skip
_TW_ECONOMY = (
    ("202504081450011", Story("코스피, 외국인 순매수에 2,480선 회복",
        "코스피가 외국인 투자자의 순매수에 힘입어 2,480선을 되찾았다. 반도체와 조선주가 상승을 이끌었다.", kst(8, 14, 50))),
    ("202504081418012", Story("한은 \"가계부채 증가세 2분기에도 이어질 듯\"",
        "한국은행은 주택 거래가 늘면서 가계부채 증가세가 2분기에도 이어질 것으로 내다봤다.", kst(8, 14, 18))),
    ("202504081322013", Story("3월 수출 582억 달러…반도체·선박 호조",
        "3월 수출이 582억 달러로 1년 전보다 3.1% 늘었다. 반도체와 선박 수출이 증가세를 이끌었다.", kst(8, 13, 22))),
    ("202504081230014", Story("원·달러 환율 1,460원대 마감…연중 최고 수준",
        "원·달러 환율이 1,460원대에서 거래를 마쳤다. 미국 관세 우려가 이어지면서 달러 강세가 계속됐다.", kst(8, 12, 30))),
    ("202504081108015", Story("정부, 소상공인 전기요금 감면 1년 연장",
        "정부가 영세 소상공인의 전기요금 감면 조치를 1년 더 연장하기로 했다. 대상은 약 120만 곳이다.", kst(8, 11, 8))),
    ("202504081031016", Story("아파트 분양가 석 달째 상승…서울 ㎡당 1,400만 원 넘어",
        "민간 아파트 분양가가 석 달째 올랐다. 서울은 ㎡당 평균 분양가가 처음으로 1,400만 원을 넘었다.", kst(8, 10, 31))),
    ("202504080940017", Story("[단독] 대형마트 의무휴업 평일 전환 지자체 30곳 넘어",
        "대형마트 의무휴업일을 평일로 바꾼 기초자치단체가 30곳을 넘은 것으로 확인됐다.", kst(8, 9, 40))),
    ("202504072205018", Story("배추값 한 달 새 40% 뛰어…정부 비축물량 방출",
        "배추 도매가격이 한 달 사이 40% 가까이 올랐다. 정부는 비축 물량을 시장에 풀기로 했다.", kst(7, 22, 5))),
)  # fmt: skip
_TW_RANK = (
    ("202504081450011", "코스피 2,480 회복…외국인 '사자' 전환"),
    ("202504071930021", "'벚꽃 명소' 주말 인파 몰려…교통 통제 구간은"),
    ("202504081432001", "추경 협상 재개, 쟁점은 지역화폐"),
    ("202504070812022", "프로야구 개막 2주 만에 관중 100만 돌파"),
    ("202504081230014", "환율 1,460원…해외여행 부담 커진다"),
    ("202504061544023", "청년 월세 지원 신청 오늘부터"),
)
_TW_PHOTO = (
    ("202504081200031", "[포토] 국회 앞 벚꽃길 활짝"),
    ("202504081010032", "[포토] 한산한 외환 딜링룸"),
)


def _tw_href(aid: str) -> str:
    return f"/news/articleView.html?idxno={aid}"


def _tw_column(code: str, name: str, entries: tuple[tuple[str, Story], ...]) -> str:
    """One column of the section front: a heading that links to its section, then
    ``ul.news_list > li`` items of ``strong.tit > a``, ``p.lead`` and ``span.date``."""
    items = "\n".join(
        '<li class="item">\n'
        f'<strong class="tit"><a href="{_tw_href(aid)}">{s.headline_html}</a></strong>\n'
        f'<p class="lead">{lead_html(s)}</p>\n'
        f'<span class="date">{dotted(s.when)}</span>\n'
        "</li>"
        for aid, s in entries
        if s.when is not None
    )
    return (
        f'<div class="col_news col_{code}">\n'
        f'<div class="col_head"><h2 class="col_tit"><a href="/news/articleList.html?sc_section_code={code}">{name}</a></h2>'
        f'<a href="/news/articleList.html?sc_section_code={code}" class="more">더보기 +</a></div>\n'
        f'<ul class="news_list">\n{items}\n</ul>\n</div>'
    )


def build_section_twin_columns() -> Layout:
    """A daily's section front (정치·경제): ``div.twin_wrap`` holding two columns of equal
    size, each ``h2.col_tit`` + ``ul.news_list`` of eight ``li.item`` (``strong.tit > a``,
    ``p.lead``, ``span.date`` "2025.04.08 14:32"), beside a narrower ``aside`` of
    많이 본 뉴스, a 포토뉴스 box and ad banners; menu, pager of the combined list, footer."""
    page_url = f"{_TW_HOST}/news/section.html?sec=polecon"
    nav = menu_items(
        (f"/news/articleList.html?sc_section_code={code}", name)
        for code, name in (
            ("S1N1", "정치"), ("S1N2", "경제"), ("S1N3", "사회"), ("S1N4", "국제"),
            ("S1N5", "문화"), ("S1N6", "스포츠"), ("S1N7", "오피니언"),
        )
    )  # fmt: skip
    photo = link_list(
        ((_tw_href(aid), title) for aid, title in _TW_PHOTO),
        '<li><a href="{href}"><span class="thumb"><img src="https://cdn.hanbit-ilbo.example.co.kr/photo/thumb.jpg" alt=""></span><span class="tit">{title}</span></a></li>',
    )
    body = f"""<div id="wrap">
<header id="header"><h1 class="logo"><a href="/">한빛일보</a></h1>
<nav id="gnb"><ul>{nav}</ul></nav>
<div class="util"><a href="/member/login.html">로그인</a><a href="/member/join.html">회원가입</a><a href="/news/search.html">검색</a></div></header>
{ad_slot("top_banner", "광고", 77101, "hanbit_top")}
<div id="container">
<div class="sec_title"><h2>정치·경제</h2></div>
<div class="content_wrap">
<div class="twin_wrap">
{_tw_column("S1N1", "정치", _TW_POLITICS)}
{_tw_column("S1N2", "경제", _TW_ECONOMY)}
</div>
<aside class="side_col">
{ranking_box([(_tw_href(aid), t) for aid, t in _TW_RANK])}
<div class="photo_box"><h3 class="box_tit">포토뉴스</h3><ul>{photo}</ul></div>
{ad_slot("side_banner", "AD", 77102, "hanbit_side")}
</aside>
</div>
{pagination("/news/section.html?sec=polecon&amp;page={n}")}
</div>
{company_footer(_TW_HOST, "(주)한빛일보", FOOTER_LINKS)}
</div>"""
    html = f'<!DOCTYPE html>\n<html lang="ko">\n<head>\n<meta charset="utf-8">\n<title>정치·경제 - 한빛일보</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n'
    gold = [gold_item(page_url, _tw_href(aid), s) for aid, s in (*_TW_POLITICS, *_TW_ECONOMY)]
    return korean_layout(
        "ko-section-twin-columns",
        'daily section front: two equal main lists side by side (정치 | 경제), each h2.col_tit + ul.news_list > li.item > strong.tit > a, p.lead, span.date "2025.04.08 14:32", beside a narrower 많이 본 뉴스 / 포토뉴스 aside',
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 3. An English digital outlet's section: a JSON-LD NewsArticle script inside every card
# --------------------------------------------------------------------------------------------

_JL_HOST = "https://www.civicledger.example.com"
_JL_STORIES = (
    Story.at("/2025/04/07/transit-agency-fare-capping-pilot/", "Transit agency will cap fares for riders who pay by phone",
             "Riders who tap a phone or contactless card will stop paying after their 12th trip in a week, under a pilot the board approved Monday night.",
             _edt(7, 21, 52), "Transportation"),
    Story.at("/2025/04/07/state-senate-housing-bill-vote/", "State Senate passes bill letting churches build housing on their parking lots",
             "The measure, which cleared the chamber 29-9, would override local zoning for affordable projects on land owned by religious groups.",
             _edt(7, 19, 34), "Politics"),
    Story.at("/2025/04/07/school-district-enrollment-decline/", "Enrollment in city schools falls for the sixth straight year",
             "District projections show 1,900 fewer students by 2028, and officials say consolidating some elementary schools is now on the table.",
             _edt(7, 17, 10), "Education"),
    Story.at("/2025/04/07/heat-pump-rebates-run-out/", "Heat pump rebates ran out in five weeks. Here's what happens next",
             "The utility says it will ask regulators for more money, but homeowners who already signed contracts may have to wait until summer.",
             _edt(7, 15, 45), "Climate"),
    Story.at("/2025/04/07/police-oversight-board-subpoena/", "Police oversight board wins power to subpoena officers",
             "The council voted 9-4 to give the civilian board subpoena authority, ending a two-year fight with the officers' union.",
             _edt(7, 14, 2), "Public Safety"),
    Story.at("/2025/04/07/county-jail-medical-contract/", "County quietly renewed jail medical contract despite audit findings",
             "An audit last fall found the contractor missed required health screenings for hundreds of detainees. The county extended its deal anyway.",
             _edt(7, 11, 27), "Investigations"),
    Story.at("/2025/04/06/downtown-office-conversions/", "Three downtown office towers could become apartments under new tax break",
             "Developers say the incentive closes the gap that kept conversions from penciling out, though critics question the cost to the city.",
             _edt(6, 18, 40), "Housing"),
    Story.at("/2025/04/06/river-cleanup-volunteers-record/", "A record 2,400 volunteers pulled 11 tons of trash from the river",
             "Organizers of the annual cleanup say tires and shopping carts were down this year, but plastic foam was up sharply.",
             _edt(6, 16, 5), "Environment"),
    Story.at("/2025/04/06/minimum-wage-ballot-signatures/", "Minimum wage campaign says it has enough signatures for November ballot",
             "Organizers turned in 86,000 signatures; they need 61,000 valid ones to put a $20 wage before voters.",
             _edt(6, 12, 50), "Politics"),
    Story.at("/2025/04/05/library-hours-restored/", "Libraries restore Sunday hours at eight branches",
             "The branches had been closed on Sundays since budget cuts in 2020. The change takes effect April 13.",
             _edt(5, 10, 15), "Community"),
    Story.at("/2025/04/05/bike-lane-election-fight/", "A bike lane became the biggest issue in this council race",
             "Candidates in the 4th District have split sharply over a protected lane on Harbor Avenue that replaced 140 parking spaces.",
             _edt(5, 8, 0), "Politics"),
    Story.at("/2025/04/04/water-rates-hearing/", "What to know before Thursday's hearing on water rate increases",
             "The utility wants to raise rates 9% a year for three years to replace lead pipes and aging mains. Here's how to weigh in.",
             _edt(4, 13, 30), "Explainer"),
)  # fmt: skip
_JL_MOST_READ = (
    (
        "/2025/04/07/county-jail-medical-contract/",
        "Jail contractor kept its deal despite missed screenings",
    ),
    ("/2025/04/03/restaurant-closures-spring/", "The restaurants that closed this spring"),
    (
        "/2025/04/07/transit-agency-fare-capping-pilot/",
        "Fare capping is coming. Here's how it works",
    ),
    ("/2025/04/02/property-tax-assessments-appeal/", "How to appeal your new property assessment"),
    ("/2025/04/01/stadium-deal-details/", "The stadium deal, line by line"),
)
_JL_PARTNERS = (
    (
        "https://partners.outbrain.example/click?id=88231&pub=civicledger",
        "Homeowners are switching to this roof coating",
    ),
    (
        "https://partners.outbrain.example/click?id=88232&pub=civicledger",
        "Doctors stunned by this simple knee trick",
    ),
)


def _jl_stamp(when: datetime) -> str:
    """'April 7, 2025, 9:52 p.m. EDT' as the outlet prints it."""
    hour = when.hour % 12 or 12
    marker = "a.m." if when.hour < 12 else "p.m."
    return f"{when:%B} {when.day}, {when:%Y}, {hour}:{when:%M} {marker} EDT"


def _jl_card(story: Story) -> str:
    """An ``article.story-card`` with its own JSON-LD ``NewsArticle`` (headline, url,
    datePublished, image, author) before the visible card."""
    assert story.when is not None
    url = _JL_HOST + story.path
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.title,
        "url": url,
        "mainEntityOfPage": url,
        "datePublished": story.when.isoformat(),
        "image": f"https://cdn.civicledger.example.com/uploads/2025/04/{image_slug(story.path)}-1200x800.jpg",
        "articleSection": story.label,
        "author": {"@type": "Person", "name": "Civic Ledger Staff"},
        "publisher": {"@type": "NewsMediaOrganization", "name": "The Civic Ledger"},
    }
    return (
        '<article class="story-card story-card--river">\n'
        f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'
        f'<a class="story-card__image" href="{story.path}" tabindex="-1" aria-hidden="true"><img src="https://cdn.civicledger.example.com/uploads/2025/04/{image_slug(story.path)}-400x267.jpg" alt="" loading="lazy" width="400" height="267"></a>\n'
        '<div class="story-card__body">\n'
        f'<a class="story-card__category" href="/topic/{story.label.lower().replace(" ", "-")}/">{escape_html(story.label)}</a>\n'
        f'<h2 class="story-card__headline"><a href="{story.path}">{story.headline_html}</a></h2>\n'
        f'<p class="story-card__dek">{lead_html(story)}</p>\n'
        f'<div class="story-card__meta"><span class="byline">By Civic Ledger Staff</span> <time class="story-card__date" datetime="{story.when.isoformat()}">{_jl_stamp(story.when)}</time></div>\n'
        "</div>\n</article>"
    )


def build_cards_with_jsonld() -> Layout:
    """A nonprofit digital outlet's section river: ``article.story-card`` cards, each with its
    own ``<script type="application/ld+json">`` ``NewsArticle`` (headline, url, datePublished
    as the card shows them), ``h2.story-card__headline > a``, ``p.story-card__dek``, ``time``
    "April 7, 2025, 9:52 p.m. EDT"; page-level ``WebSite`` and ``BreadcrumbList`` JSON-LD,
    a "Most read" list, a newsletter box, a sponsored content-recommendation widget."""
    page_url = f"{_JL_HOST}/section/politics-and-government/"
    head = (
        '<script type="application/ld+json">'
        + json.dumps(
            [
                {
                    "@context": "https://schema.org",
                    "@type": "WebSite",
                    "name": "The Civic Ledger",
                    "url": _JL_HOST + "/",
                },
                {
                    "@context": "https://schema.org",
                    "@type": "BreadcrumbList",
                    "itemListElement": [
                        {
                            "@type": "ListItem",
                            "position": 1,
                            "name": "Home",
                            "item": _JL_HOST + "/",
                        },
                        {
                            "@type": "ListItem",
                            "position": 2,
                            "name": "Politics & Government",
                            "item": page_url,
                        },
                    ],
                },
            ]
        )
        + "</script>"
    )
    menu = nav_links(
        [
            ("Politics", "/section/politics-and-government/"),
            ("Housing", "/section/housing/"),
            ("Education", "/section/education/"),
            ("Climate", "/section/climate/"),
            ("Investigations", "/section/investigations/"),
            ("Events", "/events/"),
            ("Donate", "https://donate.civicledger.example.com/?utm_source=nav"),
        ],
        "nav__item",
    )
    cards = "\n".join(_jl_card(s) for s in _JL_STORIES)
    most_read = link_list(
        _JL_MOST_READ,
        '<li class="most-read__item"><span class="most-read__rank">{rank}</span><a href="{href}">{title}</a></li>',
        sep="\n",
    )
    partners = link_list(
        _JL_PARTNERS,
        '<li class="ob-dynamic-rec"><a href="{href}" rel="nofollow sponsored" target="_blank"><span class="ob-rec-text">{title}</span><span class="ob-rec-source">Sponsored</span></a></li>',
        sep="\n",
    )
    body = f"""<header class="site-header">
<a class="site-logo" href="/"><img src="/static/logo.svg" alt="The Civic Ledger"></a>
<nav class="nav" aria-label="Sections"><ul class="nav__list">
{menu}
</ul></nav>
<a class="button button--donate" href="https://donate.civicledger.example.com/?utm_source=header">Donate</a>
</header>
<main class="section-page">
<header class="section-header"><h1 class="section-header__title">Politics &amp; Government</h1>
<p class="section-header__description">Coverage of City Hall, the statehouse and the people they serve.</p></header>
<div class="section-page__grid">
<div class="river">
{cards}
</div>
<aside class="sidebar">
<section class="most-read"><h2 class="sidebar__title">Most read</h2><ol class="most-read__list">
{most_read}
</ol></section>
<section class="newsletter-signup"><h2>Get The Ledger Daily</h2><form action="/newsletters/subscribe" method="post"><input type="email" name="email" placeholder="Email address"><button type="submit">Sign up</button></form></section>
<section class="ob-widget"><h2 class="ob-widget-header">Around the web</h2><ul>
{partners}
</ul><a class="ob-logo" href="https://www.outbrain.example/what-is/" rel="nofollow">Recommended by</a></section>
</aside>
</div>
<nav class="pagination" aria-label="Pagination"><span class="pagination__current">1</span> <a href="{page_url}page/2/">2</a> <a href="{page_url}page/3/">3</a> <a class="pagination__next" href="{page_url}page/2/">Older stories</a></nav>
</main>
<footer class="site-footer"><ul class="footer__links">
{nav_links([("About", "/about/"), ("Staff", "/staff/"), ("Ethics policy", "/ethics/"), ("Corrections", "/corrections/"), ("Privacy policy", "/privacy/"), ("Republish our work", "/republish/")])}
</ul><p>&copy; 2025 The Civic Ledger, a nonprofit newsroom.</p></footer>"""
    gold = [gold_item(page_url, s.path, s) for s in _JL_STORIES]
    return Layout(
        name="en-cards-own-jsonld",
        family="nonprofit digital outlet section river: article.story-card each with its own JSON-LD NewsArticle script (headline, url, datePublished), h2.story-card__headline > a, p.story-card__dek, time 'April 7, 2025, 9:52 p.m. EDT', page WebSite/BreadcrumbList JSON-LD, sponsored recommendation widget",
        body=english_document("Politics & Government | The Civic Ledger", head, body),
        page_url=page_url,
        fetched_at=EN_FETCHED_AT,
        items=gold,
        timezone="America/New_York",
    )


# --------------------------------------------------------------------------------------------
# 4. A Korean broadcaster's news list rendered twice (page and <noscript>) plus a <template>
# --------------------------------------------------------------------------------------------

_NS_HOST = "https://news.hanultv.example.co.kr"
_NS_STORIES = (
    ("N1012450", "사회", Story("서해안 고속도로 7중 추돌…2명 중상",
        "8일 오후 서해안고속도로 상행선에서 차량 7대가 잇따라 부딪쳐 2명이 크게 다쳤다. 경찰은 안개로 시야가 좁았던 것으로 보고 있다.", kst(8, 14, 41))),
    ("N1012447", "정치", Story("[속보] 국회 본회의, 산불 피해 지원 특별법 통과",
        "국회가 8일 본회의를 열고 산불 피해 주민 지원을 위한 특별법을 재석 의원 다수의 찬성으로 통과시켰다.", kst(8, 14, 12))),
    ("N1012441", "경제", Story("정부, 중소기업 수출 바우처 2천억 원 추가 편성",
        "정부가 관세 부담을 겪는 중소기업을 돕기 위해 수출 바우처 예산 2천억 원을 추가로 편성한다.", kst(8, 13, 37))),
    ("N1012436", "국제", Story("日 도쿄 벚꽃 만개…외국인 관광객 역대 최다",
        "일본 도쿄의 벚꽃이 만개하면서 외국인 관광객이 역대 가장 많이 몰렸다. 주요 공원에는 입장 제한도 걸렸다.", kst(8, 13, 5))),
    ("N1012430", "사회", Story("봄철 건조특보 확대…\"야외 소각 절대 금지\"",
        "건조특보가 강원과 경북 내륙으로 확대됐다. 산림당국은 논밭 태우기 등 야외 소각을 하지 말아 달라고 당부했다.", kst(8, 12, 28))),
    ("N1012425", "문화", Story("국립중앙박물관, 고려 불화 특별전 개막",
        "국립중앙박물관이 해외에 흩어진 고려 불화 40여 점을 한자리에 모은 특별전을 연다.", kst(8, 11, 50))),
    ("N1012418", "스포츠", Story("여자배구 챔프전 5차전 매진…13년 만의 우승 도전",
        "여자배구 챔피언결정전 5차전 입장권이 모두 팔렸다. 홈팀은 13년 만의 우승에 도전한다.", kst(8, 11, 3))),
    ("N1012411", "경제", Story("서울 아파트 전셋값 12주 연속 상승",
        "서울 아파트 전셋값이 12주 연속 올랐다. 신규 입주 물량이 줄면서 상승 폭도 커졌다.", kst(8, 10, 22))),
    ("N1012403", "사회", Story("[단독] 수도권 광역버스 입석 단속 이달 재개",
        "국토교통부가 수도권 광역버스 입석 운행 단속을 이달 중순부터 다시 시작하는 것으로 확인됐다.", kst(8, 9, 36))),
    ("N1012396", "IT·과학", Story("누리호 5차 발사 예정일 11월 27일로 확정",
        "한국형 발사체 누리호의 다섯 번째 발사일이 11월 27일로 정해졌다. 차세대 중형위성 등이 실린다.", kst(8, 8, 54))),
    ("N1012388", "정치", Story("여야 대표 회동 무산…'민생 협의체' 출범 불투명",
        "여야 대표 회동이 일정 조율에 실패해 무산됐다. 민생 협의체 출범도 불투명해졌다.", kst(7, 21, 10))),
    ("N1012381", "국제", Story("美 연준 위원 \"관세 여파 지켜봐야…금리 동결 적절\"",
        "미국 연방준비제도 위원이 관세의 물가 영향을 지켜봐야 한다며 당분간 금리를 동결하는 것이 적절하다고 말했다.", kst(7, 19, 45))),
)  # fmt: skip
_NS_POPULAR = (
    ("N1012447", "산불 특별법 국회 통과…지원 내용은"),
    ("N1012380", "[영상] 벚꽃길 달리는 '꽃 열차' 타 보니"),
    ("N1012450", "서해안고속도로 추돌 현장 영상"),
    ("N1012360", "로또 1166회 당첨번호"),
    ("N1012411", "전셋값 12주째 올라…세입자 한숨"),
)


def _ns_href(nid: str) -> str:
    return f"/news/view.do?ncd={nid}"


def build_noscript_twin_list() -> Layout:
    """A broadcaster's 최신뉴스 list: ``ul#newsList.news-list > li.news-item`` cards rendered
    for readers (thumb link, ``span.cate``, ``strong.tit > a``, ``p.txt``, ``span.date``
    "2025.04.08 14:41"), followed by a ``<noscript>`` copy of the same list for browsers
    without script (``ul.nojs-list > li > a`` + date + lead), a ``<template>`` card for the
    "더보기" loader with ``{{title}}`` / ``{{summary}}`` placeholders, 인기뉴스, ads, footer."""
    page_url = f"{_NS_HOST}/news/list.do?mcd=0000"
    nav = menu_items(
        (f"/news/list.do?mcd={code}", name)
        for code, name in (
            ("0000", "최신"), ("0100", "정치"), ("0200", "경제"), ("0300", "사회"),
            ("0400", "국제"), ("0500", "문화"), ("0600", "스포츠"), ("0700", "날씨"),
        )
    )  # fmt: skip
    cards = "\n".join(
        '<li class="news-item">\n'
        f'<a href="{_ns_href(nid)}" class="thumb"><img src="https://img.hanultv.example.co.kr/news/2025/04/08/{nid}_thumb.jpg" alt="" loading="lazy"><span class="ico-vod">동영상</span></a>\n'
        f'<div class="cont"><span class="cate">{cate}</span>\n'
        f'<strong class="tit"><a href="{_ns_href(nid)}">{s.headline_html}</a></strong>\n'
        f'<p class="txt">{lead_html(s)}</p>\n'
        f'<span class="date">{dotted(s.when)}</span></div>\n'
        "</li>"
        for nid, cate, s in _NS_STORIES
        if s.when is not None
    )
    fallback = "\n".join(
        f'<li><a href="{_ns_href(nid)}">{s.headline_html}</a> <span class="date">{dotted(s.when)}</span>\n<p>{lead_html(s)}</p></li>'
        for nid, _, s in _NS_STORIES
        if s.when is not None
    )
    popular = link_list(
        ((_ns_href(nid), title) for nid, title in _NS_POPULAR),
        '<li><span class="num">{rank}</span><a href="{href}">{title}</a></li>',
    )
    body = f"""<div id="wrap">
<header id="header"><h1 class="logo"><a href="/">하늘TV 뉴스</a></h1>
<nav class="gnb"><ul>{nav}</ul></nav>
<div class="util"><a href="/onair/">ON AIR</a><a href="/vod/">다시보기</a><a href="/search/">검색</a></div></header>
<div id="contents">
<div class="list-head"><h2 class="tit">최신뉴스</h2><div class="sort"><a href="?mcd=0000&amp;sort=new" class="on">최신순</a><a href="?mcd=0000&amp;sort=view">인기순</a></div></div>
<div class="list-wrap">
<ul id="newsList" class="news-list" data-page="1" data-more-url="/api/news/list.json?mcd=0000">
{cards}
</ul>
<noscript>
<ul class="nojs-list">
{fallback}
</ul>
<p class="nojs-paging"><a href="/news/list.do?mcd=0000&amp;page=2">다음 페이지</a></p>
</noscript>
<template id="tplNewsItem">
<li class="news-item">
<a href="/news/view.do?ncd={{{{ncd}}}}" class="thumb"><img src="{{{{thumb}}}}" alt="" loading="lazy"><span class="ico-vod">동영상</span></a>
<div class="cont"><span class="cate">{{{{cate}}}}</span>
<strong class="tit"><a href="/news/view.do?ncd={{{{ncd}}}}">{{{{title}}}}</a></strong>
<p class="txt">{{{{summary}}}}</p>
<span class="date">{{{{date}}}}</span></div>
</li>
</template>
<button type="button" class="btn-more" data-target="#newsList">더보기</button>
</div>
<aside class="aside">
<div class="popular-box"><h3 class="aside-tit">인기뉴스</h3><ol>{popular}</ol></div>
{ad_slot("aside-ad", "광고", 55201, "hanultv_aside")}
</aside>
</div>
{company_footer(_NS_HOST, "(주)하늘방송", FOOTER_LINKS)}
</div>
<script src="/static/js/news-list.js"></script>"""
    html = f'<!DOCTYPE html>\n<html lang="ko">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>최신뉴스 | 하늘TV 뉴스</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n'
    gold = [gold_item(page_url, _ns_href(nid), s) for nid, _, s in _NS_STORIES]
    return korean_layout(
        "ko-noscript-fallback-list",
        'broadcaster 최신뉴스: ul#newsList > li.news-item (thumb, span.cate, strong.tit > a, p.txt, span.date "2025.04.08 14:41") rendered, the same list again inside <noscript> (ul.nojs-list > li > a), a <template> card with {{title}} placeholders for the 더보기 loader',
        html,
        page_url,
        gold,
    )


BUILDERS: tuple[Builder, ...] = (
    build_county_readmore_view,
    build_section_twin_columns,
    build_cards_with_jsonld,
    build_noscript_twin_list,
)
