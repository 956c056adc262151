"""Small crafted listing pages for the automatic extractor's tests, one per template shape.

Each builder returns a whole document; names and numbers are invented. The shapes follow
what real Korean and English news sites use: a classic ``ul/li`` 최신기사 list beside a
"많이 본 뉴스" box, a bulletin-board table, card grids, wire-service lists, JSON-LD lists.
"""

from __future__ import annotations

from datetime import datetime

from etl.window import KST

FETCHED_AT = datetime(2025, 4, 8, 15, 0, tzinfo=KST)
SITE = "https://daily.example.co.kr"
LISTING_URL = f"{SITE}/news/articleList.html?sc_section_code=S1N1&page=1"


def document(body: str, *, head: str = "", charset: str = "utf-8") -> str:
    return (
        f'<!DOCTYPE html><html lang="ko"><head><meta charset="{charset}">'
        f"<title>최신기사 - 데일리</title>{head}</head><body>{body}</body></html>"
    )


NAVIGATION = """
<header class="site-header"><nav class="gnb"><ul>
  <li><a href="/news/articleList.html?sc_section_code=S1N1">정치</a></li>
  <li><a href="/news/articleList.html?sc_section_code=S1N2">경제</a></li>
  <li><a href="/news/articleList.html?sc_section_code=S1N3">사회</a></li>
  <li><a href="/news/articleList.html?sc_section_code=S1N4">국제</a></li>
  <li><a href="/news/articleList.html?sc_section_code=S1N5">문화·생활 전체보기</a></li>
  <li><a href="/news/articleList.html?sc_section_code=S1N6">스포츠·연예 전체보기</a></li>
</ul></nav></header>
"""

FOOTER = """
<footer class="site-footer"><ul>
  <li><a href="/com/company.html">회사소개 및 연혁 안내</a></li>
  <li><a href="/com/privacy.html">개인정보처리방침 안내</a></li>
  <li><a href="/com/youth.html">청소년보호정책 안내</a></li>
</ul><p>Copyright 데일리. All rights reserved.</p></footer>
"""

# (idxno, title, lead, time) of the main list; titles and leads as a reader sees them.
MAIN_ITEMS = [
    (
        1005,
        '한은, 기준금리 연 3.00%로 동결…"물가 불확실성 커"',
        "한국은행 금융통화위원회가 8일 기준금리를 현 수준에서 유지했다. 이창용 총재는 물가 경로의 "
        "불확실성이 여전히 크다고 말했다.",
        "2025-04-08 14:20",
    ),
    (
        1004,
        "반도체 수출 석 달 연속 증가…대중 수출도 반등",
        "산업통상자원부가 발표한 4월 1~7일 수출입 현황에 따르면 반도체 수출이 1년 전보다 늘었다.",
        "2025-04-08 13:05",
    ),
    (
        1003,
        "서울 아파트 전셋값 12주 연속 상승세 이어가",
        "한국부동산원 주간 아파트 가격 동향에서 서울 전셋값이 0.05% 올라 상승 폭을 키웠다.",
        "2025-04-08 11:47",
    ),
    (
        1002,
        "정부, 소상공인 전기요금 감면 대상 확대 추진",
        "정부가 연 매출 6천만원 이하 소상공인의 전기요금 감면 대상을 넓히는 방안을 추진한다.",
        "2025-04-08 10:30",
    ),
    (
        1001,
        "코스피 2,450선 회복…외국인 닷새 만에 순매수",
        "코스피가 외국인 매수세에 힘입어 2,450선을 회복하며 장을 마쳤다.",
        "2025-04-08 09:02",
    ),
]

MOST_VIEWED = [
    (901, '"이 가격 실화?" 벚꽃 축제 바가지 논란에 상인회 사과'),
    (902, "유명 배우 A씨, 10년 만에 안방극장 복귀 확정"),
    (903, "출근길 지하철 2호선 운행 지연…승객 불편 잇따라"),
    (904, "올여름 역대급 폭염 온다…기상청 장기 전망 발표"),
    (905, "프로야구 개막 2연전 전 경기 매진 기록 달성"),
]


def article_url(idxno: int) -> str:
    return f"{SITE}/news/articleView.html?idxno={idxno}"


def main_list(items: list[tuple[int, str, str, str]] = MAIN_ITEMS, *, extra: str = "") -> str:
    """The classic 최신기사 list: thumbnail link, title link, lead, byline and time."""
    rows = "".join(
        f"""
        <li class="article-item">
          <a class="thumb" href="/news/articleView.html?idxno={idxno}">
            <img src="/photo/{idxno}.jpg" alt=""></a>
          <h4 class="titles"><a href="/news/articleView.html?idxno={idxno}">{title}</a></h4>
          <p class="lead"><a href="/news/articleView.html?idxno={idxno}">{lead}</a></p>
          <span class="byline"><em>홍길동 기자</em> <em>{time}</em></span>
        </li>"""
        for idxno, title, lead, time in items
    )
    return (
        '<section class="article-list"><h2>최신기사</h2>'
        f'<ul class="list-block">{rows}{extra}</ul></section>'
    )


def most_viewed_box() -> str:
    rows = "".join(
        f'<li><span class="num">{rank}</span>'
        f'<a href="/news/articleView.html?idxno={idxno}">{title}</a></li>'
        for rank, (idxno, title) in enumerate(MOST_VIEWED, start=1)
    )
    return (
        '<div class="box"><h3 class="box-title">많이 본 뉴스</h3>'
        f'<ol class="list">{rows}</ol></div>'
    )


def link_box(css_class: str, heading: str, links: list[tuple[str, str]]) -> str:
    """A titled box of plain headline links: ``<div class=…><h3>heading</h3><ul>…``."""
    rows = "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in links)
    return f'<div class="{css_class}"><h3>{heading}</h3><ul>{rows}</ul></div>'


PAGINATION = """
<div class="paginate"><a href="?page=1">1</a><a href="?page=2">2</a><a href="?page=3">3</a>
<a href="?page=2">다음 페이지</a></div>
"""


def portal_page(*, main_extra: str = "", column_extra: str = "") -> str:
    """Navigation, the main list, pagination, a most-viewed box in the right column, footer."""
    return document(
        NAVIGATION
        + '<div id="container"><div class="content">'
        + main_list(extra=main_extra)
        + PAGINATION
        + column_extra
        + '</div><div class="aside">'
        + most_viewed_box()
        + "</div></div>"
        + FOOTER
    )
