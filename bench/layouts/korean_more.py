"""More Korean listing layouts: markup families not covered by ``korean.py``.

Each builder returns a whole page in the shape of one family — a second portal's
``ul.list_news2`` news list, a progressive daily's ``div.section-list-area``, a newspaper on a
headless CMS whose server-rendered story cards sit beside a ``Fusion.globalContent`` JSON
island, a sports/entertainment daily whose list items are each one link, an economic daily
with "입력 … | 수정 …" bylines and "오후 2시 5분" times, the board CMS that many small local
outlets run, a regional page that is UTF-8 but declares EUC-KR, an old page in CP949 that
declares no charset at all, and a news list laid out as a two-column ``<table>`` — with the
chrome real pages carry around the list (menus, "많이 본 뉴스" boxes, picks, ads,
pagination, footers). Hosts, headlines, leads and names are invented.

Every page is fetched at 2025-04-08 15:00 KST. Gold times are the instants the page states:
the display text read on the KST clock — a relative time ("3분 전") counted back from the
fetch time, "어제 14:20" as the day before at 14:20, a bare clock ("14:20") as today's — and
the first ("입력") time of a byline that also shows a "수정" time. A date without a time of
day ("2025.04.08.", "04-07") gives no gold timestamp.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from etl.window import KST

from . import Builder, Layout
from .korean_chrome import FETCHED_AT, korean_layout, truncate
from .markup import Story, ago, escape_html, gold_item, html_document, kst, link_list, menu_items

_FOOTER_LINKS = (
    "회사소개", "광고안내", "제휴문의", "이용약관", "개인정보처리방침", "청소년보호정책"
)  # fmt: skip


# --------------------------------------------------------------------------------------------
# Shared helpers
# --------------------------------------------------------------------------------------------


def _gold(
    base: str,
    href: str,
    story: Story,
    *,
    timed: bool = True,
    summary: str | None = None,
    drop: tuple[str, ...] = (),
) -> dict[str, Any]:
    """A labels.json item for ``story`` linked by ``href`` (markup-unescaped) under ``base``."""
    return gold_item(base, href, story, drop=drop, timed=timed, summary=summary)


def _minutes_before(when: datetime) -> int:
    return int((FETCHED_AT - when).total_seconds() // 60)


def _relative(when: datetime, *, spaced: bool = True) -> str:
    """A recent time as lists print it: "3분 전" within the hour, "2시간 전" within the day."""
    minutes = _minutes_before(when)
    gap = " " if spaced else ""
    if minutes < 60:
        return f"{minutes}분{gap}전"
    return f"{minutes // 60}시간{gap}전"


def _korean_clock(when: datetime) -> str:
    """``오후 2시 5분`` (minutes left out on the hour: ``오전 9시``)."""
    half = "오전" if when.hour < 12 else "오후"
    hour = when.hour % 12 or 12
    return f"{half} {hour}시" + (f" {when.minute}분" if when.minute else "")


def _ad_slot(css: str, label: str, cid: int, zone: str) -> str:
    """An ad-server banner with its "광고"/"AD" label."""
    return (
        f'<div class="{css}"><span class="ad_label">{label}</span>\n'
        f'<a href="https://ad.adnet.example.com/adclick?cid={cid}&amp;zone={zone}" '
        f'target="_blank" rel="nofollow"><img src="https://img.adnet.example.com/b/{cid}.jpg" '
        'alt=""></a></div>'
    )


# --------------------------------------------------------------------------------------------
# 1. A second portal's news list: ul.list_news2 > li > div.item_issue
# --------------------------------------------------------------------------------------------

_HANARO_HOST = "https://news.hanaro.example.com"
_HANARO_VIEW = "https://v.hanaro.example.com/v/{vid}"
# (article id with its date and time, press, story, lead shown in div.desc_thumb rather than
# p.desc)
_HANARO_STORIES = (
    ("20250408145702117", "한빛경제", False, Story(
        "원·달러 환율 1,460원대로 올라…외국인 주식 순매도 영향",
        "원·달러 환율이 8일 오후 들어 1,460원대로 올라섰다. 외국인 투자자들이 국내 증시에서 "
        "사흘째 순매도를 이어가면서 달러 수요가 늘어난 영향으로 풀이된다.",
        ago(FETCHED_AT, minutes=3))),
    ("20250408144350882", "누리TV", True, Story(
        "1분기 가계 통신비 월평균 13만 원…알뜰폰 가입 증가세",
        "1분기 가구당 월평균 통신비가 13만 원으로 집계됐다. 요금 부담을 줄이려는 소비자들이 "
        "알뜰폰으로 옮겨 가면서 알뜰폰 가입자는 1년 새 12% 늘었다.",
        ago(FETCHED_AT, minutes=17))),
    ("20250408141812304", "동녘일보", False, Story(
        "중견 건설사 잇단 법정관리 신청…하도급 업체 연쇄 피해 우려",
        "지방 중견 건설사 두 곳이 이달 들어 잇따라 기업회생 절차를 신청했다. 공사 대금을 받지 "
        "못한 하도급 업체들의 연쇄 도산이 우려된다.",
        ago(FETCHED_AT, minutes=42))),
    ("20250408135809551", "한빛경제", False, Story(
        "편의점 택배 이용 1년 새 30% 늘어…중고거래 영향",
        "편의점 택배 이용 건수가 지난해보다 30% 가까이 늘었다. 중고거래 플랫폼 이용자들이 "
        "반값 택배를 찾으면서 점포당 하루 평균 접수 건수도 크게 증가했다.",
        kst(8, 13, 58))),
    ("20250408131544020", "새벽뉴스", True, Story(
        "금융당국, 보험사 해약환급금 준비금 규제 완화 검토",
        "금융당국이 보험사들이 쌓아야 하는 해약환급금 준비금 기준을 완화하는 방안을 검토하고 "
        "있다. 배당 여력이 줄었다는 업계의 건의를 받아들인 것이다.",
        kst(8, 13, 15))),
    ("20250408122031776", "누리TV", False, Story(
        "서울 지하철 기본요금 인상 앞두고 정기권 판매 급증",
        "서울 지하철 기본요금 인상을 앞두고 정기권 판매량이 평소의 두 배 수준으로 늘었다. "
        "시는 다음 달부터 기본요금을 150원 올린다.",
        kst(8, 12, 20))),
    ("20250408110209913", "동녘일보", False, Story(
        "\"車 보험료 내린다\"…손보사들 이달 중 1%대 인하",
        "주요 손해보험사들이 이달 중 개인용 자동차 보험료를 1% 안팎 내린다. 지난해 손해율이 "
        "안정적으로 관리된 데 따른 것이다.",
        kst(8, 11, 2))),
    ("20250408094517268", "새벽뉴스", True, Story(
        "스타트업 투자 혹한기 끝나나…1분기 벤처투자 20% 증가",
        "1분기 국내 벤처투자 금액이 지난해 같은 기간보다 20% 늘었다. 인공지능과 바이오 분야에 "
        "투자가 몰리며 얼어붙었던 시장에 온기가 돌고 있다는 평가가 나온다.",
        kst(8, 9, 45))),
    ("20250407213306441", "한빛경제", False, Story(
        "공공요금 줄인상 예고에 하반기 물가 다시 들썩이나",
        "전기와 가스, 교통 요금이 하반기에 잇따라 오를 것으로 예고되면서 물가 상승률이 다시 "
        "높아질 수 있다는 우려가 나온다.",
        kst(7, 21, 33))),
)  # fmt: skip
_HANARO_RANKING = (
    ("20250408081022310", "연봉 5천만 원 직장인, 올해 실수령액 얼마나 늘까", "한빛경제"),
    ("20250408145702117", "원·달러 환율 1,460원대로 올라…외국인 주식 순매도 영향", "한빛경제"),
    ("20250408070533187", '"월세가 대출 이자보다 싸다"…전세 기피 뚜렷', "동녘일보"),
    ("20250407190244501", "퇴직연금 수익률 공개…1위 상품은 연 9%", "새벽뉴스"),
    ("20250408062117092", "아파트 관리비 고지서 확인하세요…난방비 환급 시작", "누리TV"),
)


def _hanaro_time(story: Story) -> str:
    assert story.when is not None
    if story.when.date() != FETCHED_AT.date():
        return f"{story.when:%Y.%m.%d.}"
    if _minutes_before(story.when) < 60:
        return _relative(story.when)
    return f"{story.when:%H:%M}"


def _hanaro_item(vid: str, press: str, boxed_lead: bool, story: Story) -> str:
    url = _HANARO_VIEW.format(vid=vid)
    assert story.lead is not None
    lead = (
        f'<div class="desc_thumb"><span class="link_txt">{escape_html(story.lead)}</span></div>'
        if boxed_lead
        else f'<p class="desc">{escape_html(story.lead)}</p>'
    )
    return (
        "<li>\n"
        '<div class="item_issue" data-tiara-layer="article_main">\n'
        f'<a href="{url}" class="wrap_thumb" data-tiara-layer="article_thumb">'
        f'<img src="https://img1.hanaro.example.net/thumb/R200x0/?fname={vid}.jpg" '
        'class="thumb_g" alt=""></a>\n'
        '<div class="cont_thumb">\n'
        f'<strong class="tit_g"><a href="{url}" class="link_txt">{story.headline_html}</a>'
        "</strong>\n"
        f"{lead}\n"
        f'<div class="info_thumb"><span class="txt_info">{escape_html(press)}</span>'
        f'<span class="txt_info">{_hanaro_time(story)}</span></div>\n'
        "</div>\n</div>\n</li>"
    )


def build_portal_news2() -> Layout:
    """A second portal's section list: ``ul.list_news2 > li > div.item_issue`` with an image
    link, ``strong.tit_g > a.link_txt``, a ``p.desc`` or ``div.desc_thumb`` lead and two
    ``span.txt_info`` labels (press, then "3분 전" / "14:20" / ``2025.04.07.``); article ids
    carry the date, so a bare clock has its day."""
    page_url = f"{_HANARO_HOST}/breakingnews/economic"
    nav = menu_items(
        (f"{_HANARO_HOST}/{slug}", name)
        for slug, name in (
            ("", "홈"), ("society", "사회"), ("politics", "정치"), ("economic", "경제"),
            ("foreign", "국제"), ("culture", "문화"), ("digital", "IT"), ("ranking", "랭킹"),
        )
    )  # fmt: skip
    items = "\n".join(_hanaro_item(*entry) for entry in _HANARO_STORIES)
    ranking = "".join(
        f'<li><span class="num_rank">{rank}</span><div class="cont_rank">'
        f'<a href="{_HANARO_VIEW.format(vid=vid)}" class="link_txt">{escape_html(title)}</a>'
        f'<span class="info_rank">{escape_html(press)}</span></div></li>'
        for rank, (vid, title, press) in enumerate(_HANARO_RANKING, start=1)
    )
    pages = "".join(f'<a href="?page={n}" class="link_page">{n}</a>' for n in range(2, 6))
    footer = menu_items(
        (f"https://policy.hanaro.example.com/{n}", text)
        for n, text in enumerate(("서비스 약관", "개인정보처리방침", "뉴스 운영정책", "고객센터"))
    )
    body = f"""<div id="kakaoWrap" class="container-doc">
<header id="kakaoHead" class="doc-header">
<h1 class="doc-title"><a href="{_HANARO_HOST}/" class="link_logo">하나로 뉴스</a></h1>
<nav id="kakaoGnb" class="doc-gnb"><ul class="gnb_comm">{nav}</ul></nav>
</header>
<main class="doc-main">
<div class="box_g box_news_major">
<h2 class="screen_out">경제 최신 뉴스</h2>
<div class="box_tit"><strong class="tit_g">경제</strong><span class="txt_date">2025.04.08 (화)
</span></div>
<ul class="list_news2 list_allnews">
{items}
</ul>
<div class="paging_comm"><span class="inner_paging">
<em class="num_page"><span class="screen_out">현재 페이지</span>1</em>{pages}
<a href="?page=6" class="btn_next">다음</a></span></div>
</div>
<aside class="box_side">
{_ad_slot("ad_pc", "광고", 51402, "hanaro_econ_r1")}
<div class="box_rank">
<h3 class="tit_rank">많이 본 뉴스</h3>
<ol class="list_ranking">{ranking}</ol>
</div>
</aside>
</main>
<footer id="kakaoFoot" class="doc-footer"><ul class="list_footer">{footer}</ul>
<small class="txt_copyright">© HANARO Corp.</small></footer>
</div>"""
    html = html_document("경제 | 하나로 뉴스", body, lang="ko")
    gold = []
    for vid, _, _, story in _HANARO_STORIES:
        assert story.when is not None
        today = story.when.date() == FETCHED_AT.date()
        gold.append(_gold(page_url, _HANARO_VIEW.format(vid=vid), story, timed=today))
    return korean_layout(
        "ko-portal-news2",
        "second portal's news list: ul.list_news2 > li > div.item_issue, strong.tit_g > "
        'a.link_txt, p.desc / div.desc_thumb, span.txt_info press + time ("3분 전", "14:20")',
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 2. A progressive daily: div.section-list-area > div.list > div.article-area
# --------------------------------------------------------------------------------------------

_SAEOL_HOST = "https://www.saeol.example.co.kr"
# (path, numeric id, story); the first is the section's top story
_SAEOL_STORIES = (
    ("society/labor", 1190588, Story(
        "\"주 4.5일제 해보니 생산성 안 떨어졌다\"…시범 기업 1년의 기록",
        "주 4.5일 근무제를 1년간 시범 운영한 중소기업 27곳의 생산성 지표가 도입 전과 비슷하거나 "
        "조금 나아진 것으로 나타났다. 이직률은 절반 가까이 줄었고, 채용 공고 지원자는 두 배로 "
        "늘었다.",
        kst(8, 14, 31))),
    ("society/society_general", 1190581, Story(
        "쪽방촌 주민 절반 \"올겨울 난방비 감당 못 했다\"",
        "서울 시내 쪽방촌 주민 절반 이상이 지난겨울 난방비를 제때 내지 못한 것으로 조사됐다. "
        "시민단체는 에너지 바우처의 지급 대상과 금액을 현실화해야 한다고 요구했다.",
        kst(8, 14, 5))),
    ("society/environment", 1190570, Story(
        "새만금 갯벌 복원 논의 본격화…주민·환경단체 첫 공동 토론",
        "새만금 일대의 갯벌 일부를 되살리는 방안을 두고 지역 주민과 환경단체가 처음으로 한자리에 "
        "모였다. 해수 유통 확대가 주요 쟁점으로 떠올랐다.",
        kst(8, 13, 22))),
    ("society/education", 1190562, Story(
        "특수교사 1명이 학생 8명…법정 기준 넘는 학급 1천 곳",
        "특수교사 한 명이 법정 기준보다 많은 장애 학생을 맡는 과밀 특수학급이 전국에 1천 곳을 "
        "넘는 것으로 나타났다.",
        kst(8, 12, 47))),
    ("society/rights", 1190549, Story(
        "이주노동자 숙소 실태조사…10곳 중 4곳 '비닐하우스·컨테이너'",
        "농어촌 이주노동자 숙소 10곳 중 4곳이 비닐하우스 안 가설 건축물이나 컨테이너인 것으로 "
        "조사됐다. 화재와 한파에 그대로 노출돼 있다는 지적이다.",
        kst(8, 11, 40))),
    ("society/labor", 1190533, Story(
        "택배 노동자 과로사 대책 3년…분류 작업 여전히 떠안아",
        "택배 분류 작업을 노동자에게 맡기지 않기로 한 사회적 합의가 나온 지 3년이 지났지만 "
        "현장에서는 여전히 분류 작업을 떠안고 있다는 증언이 잇따른다.",
        kst(8, 10, 18))),
    ("society/health", 1190521, Story(
        "지역 공공병원 의사 구인난…연봉 4억에도 지원자 '0명'",
        "지방의료원들이 연봉 4억 원 안팎을 제시하고도 내과와 응급의학과 전문의를 구하지 못하고 "
        "있다. 일부 병원은 야간 응급실 운영을 중단했다.",
        kst(8, 9, 6))),
    ("society/society_general", 1190507, Story(
        "전세사기 피해자 지원 특별법 1년…인정률 60%대 그쳐",
        "전세사기 피해자 지원 특별법이 시행된 지 1년이 지났지만 피해자 인정률은 60%대에 "
        "머물고 있다. 요건이 지나치게 까다롭다는 비판이 나온다.",
        kst(7, 19, 52))),
    ("society/environment", 1190498, Story(
        "플라스틱 일회용 컵 보증금제 전국 확대 또 미뤄져",
        "일회용 컵 보증금제의 전국 확대 시점이 다시 늦춰졌다. 환경단체들은 제도가 사실상 "
        "표류하고 있다며 정부에 명확한 일정 제시를 요구했다.",
        kst(7, 17, 30))),
)  # fmt: skip
# Links from the front page's curation carry a "from" marker a reader drops.
_SAEOL_TRACKED = {1190581: "?_fr=mt2", 1190549: "?_fr=sr1"}
_SAEOL_POPULAR = (
    ("politics/assembly", 1190412, '여야, 선거구 획정 시한 또 넘겨…"이번엔 다르다"'),
    ("society/labor", 1190588, '"주 4.5일제 해보니 생산성 안 떨어졌다"…시범 기업 1년의 기록'),
    ("economy/economy_general", 1190455, "청년 '영끌' 대출 다시 늘었다…30대 주담대 최대"),
    ("international/asiapacific", 1190430, "일본 쌀값 1년 새 두 배…비축미 방출에도 역부족"),
    ("culture/book", 1190401, "[책&생각] 돌봄은 누구의 일인가"),
)
_SAEOL_PICKS = (
    ("opinion/column", 1190350, "[한겨울 칼럼] 느리게 가는 정의에 대하여"),
    ("society/rights", 1190322, "[기획] 이름 없는 노동자들의 부고"),
    ("economy/working", 1190301, "[뉴스AS] 최저임금 심의, 올해는 무엇이 다른가"),
)


def _saeol_href(path: str, aid: int) -> str:
    return f"/arti/{path}/{aid}.html"


def _saeol_area(path: str, aid: int, story: Story, *, top: bool = False) -> str:
    href = _saeol_href(path, aid) + _SAEOL_TRACKED.get(aid, "")
    assert story.when is not None and story.lead is not None
    size = "416x260" if top else "140x90"
    heading = "h3" if top else "h4"
    return (
        f'<div class="article-area{" top" if top else ""}">\n'
        f'<{heading} class="article-title"><a href="{href}">{story.headline_html}</a>'
        f"</{heading}>\n"
        '<div class="article-prologue">\n'
        f'<a href="{href}" class="article-photo"><img src="//img.saeol.example.co.kr/'
        f'data/saeol/files/2025/0408/{size}/{aid}.jpg" alt="{escape_html(story.title)}"></a>\n'
        f'<a href="{href}"><p>{escape_html(story.lead)}</p></a>\n'
        f'<span class="date">{story.when:%Y-%m-%d %H:%M}</span>\n'
        "</div>\n</div>"
    )


def build_progressive_daily() -> Layout:
    """A progressive daily's section page: a top ``div.article-area.top`` over
    ``div.section-list-area > div.list > div.article-area`` teasers with ``h4.article-title >
    a``, a linked ``div.article-prologue > a > p`` lead and ``span.date`` "2025-04-08 14:20";
    some links carry the front page's ``?_fr=`` marker."""
    page_url = f"{_SAEOL_HOST}/arti/society"
    nav = menu_items(
        (f"/arti/{slug}", name)
        for slug, name in (
            ("politics", "정치"), ("society", "사회"), ("area", "전국"), ("economy", "경제"),
            ("international", "국제"), ("culture", "문화"), ("sports", "스포츠"),
            ("opinion", "오피니언"),
        )
    )  # fmt: skip
    sub = menu_items(
        (f"/arti/society/{slug}", name)
        for slug, name in (
            ("society_general", "사회일반"), ("labor", "노동"), ("rights", "인권·복지"),
            ("environment", "환경"), ("health", "건강"), ("education", "교육"),
        )
    )  # fmt: skip
    (top_path, top_aid, top_story), *rest = _SAEOL_STORIES
    lists = "\n".join(
        f'<div class="list">\n{_saeol_area(path, aid, story)}\n</div>' for path, aid, story in rest
    )
    popular = link_list(
        ((_saeol_href(path, aid), title) for path, aid, title in _SAEOL_POPULAR),
        '<li><span class="ranking">{rank}</span><a href="{href}">{title}</a></li>',
    )
    picks = link_list(
        ((_saeol_href(path, aid) + "?_fr=pick", title) for path, aid, title in _SAEOL_PICKS),
        '<li><a href="{href}">{title}</a></li>',
    )
    footer = menu_items((f"/company/{n}", t) for n, t in enumerate(_FOOTER_LINKS))
    body = f"""<div id="wrap">
<div id="header-wrap">
<div class="header"><h1 class="logo"><a href="/">새얼신문</a></h1>
<div class="util"><a href="/member/login">로그인</a> <a href="/support">후원하기</a></div></div>
<div id="gnb"><ul class="gnb-menu">{nav}</ul></div>
<div class="section-sub-menu"><ul>{sub}</ul></div>
</div>
<div id="container">
<div id="contents-wrap">
<div class="section-title-area"><h2 class="section-title">사회</h2></div>
<div class="section-top-area">
{_saeol_area(top_path, top_aid, top_story, top=True)}
</div>
<div class="section-list-area">
{lists}
</div>
<div class="paginate">
<strong>1</strong>
<a href="/arti/society/list2.html">2</a>
<a href="/arti/society/list3.html">3</a>
<a href="/arti/society/list4.html">4</a>
<a href="/arti/society/list2.html" class="next">다음</a>
</div>
</div>
<div id="right-wrap">
{_ad_slot("ad-section right-ad", "광고", 61030, "saeol_r1")}
<div class="most-popular-area"><h3 class="box-title">많이 본 기사</h3>
<ol class="most-popular">{popular}</ol></div>
<div class="recommend-area"><h3 class="box-title">오늘의 추천</h3>
<ul class="recommend-list">{picks}</ul></div>
</div>
</div>
<div id="footer"><ul class="footer-menu">{footer}</ul>
<p class="copyright">ⓒ 새얼신문사 : 무단전재 및 재배포 금지</p></div>
</div>"""
    html = html_document("사회 : 새얼신문", body, lang="ko")
    gold = [
        _gold(page_url, _saeol_href(path, aid) + _SAEOL_TRACKED.get(aid, ""), story,
              drop=("_fr",))
        for path, aid, story in _SAEOL_STORIES
    ]  # fmt: skip
    return korean_layout(
        "ko-progressive-daily",
        "progressive daily section list: div.section-list-area > div.list > div.article-area, "
        'h4.article-title > a, div.article-prologue > a > p, span.date "2025-04-08 14:20"',
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 3. A newspaper on a headless CMS: SSR story cards plus a Fusion.globalContent JSON island
# --------------------------------------------------------------------------------------------

_JOEUN_HOST = "https://www.joeun.example.com"
_ARC_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _arc_id(seed: int) -> str:
    """A 26-character upper-case story id, derived deterministically from ``seed``."""
    value = (seed * 0xD1B54A32D192ED03 + 0x8CB92BA72F3D8DD7) % (1 << 130)
    return "".join(_ARC_ALPHABET[(value >> (5 * n)) & 31] for n in range(26))


# (seed, section slug, story)
_JOEUN_STORIES = (
    (11, "national", Story(
        "서울 강남 한복판 땅꺼짐…퇴근길 차량 통제에 극심한 정체",
        "8일 오후 서울 강남구의 한 왕복 6차로 도로에서 지름 2m가량의 땅꺼짐이 발생했다. 경찰은 "
        "사고 지점 양방향을 통제했고, 서울시는 인근 상수도관 누수 여부를 조사하고 있다.",
        kst(8, 14, 48), "사회")),
    (12, "politics", Story(
        "여야 지도부, 민생법안 12건 4월 국회 처리 합의",
        "여야 지도부가 8일 회동을 갖고 소상공인 지원법 등 민생법안 12건을 이달 임시국회에서 "
        "처리하기로 합의했다. 쟁점 법안은 상임위에서 추가 논의한다.",
        kst(8, 14, 20), "정치")),
    (13, "economy", Story(
        "삼성·SK, 美 관세 대응 전담조직 꾸렸다",
        "국내 반도체 대기업들이 미국의 관세 정책 변화에 대응하기 위한 전담 조직을 잇따라 "
        "신설했다. 현지 생산 확대와 공급망 재편 전략을 함께 검토한다.",
        kst(8, 13, 51), "경제")),
    (14, "international", Story(
        "中, 희토류 수출 통제 품목 확대…공급망 긴장 고조",
        "중국 상무부가 희토류 가공 기술과 일부 소재를 수출 통제 품목에 추가했다. 반도체와 전기차 "
        "업계의 공급망 불안이 커질 전망이다.",
        kst(8, 13, 2), "국제")),
    (15, "national", Story(
        "의대 증원 조정안 발표 임박…수험생·학부모 '혼란'",
        "정부의 의대 정원 조정안 발표가 임박하면서 입시 현장의 혼란이 커지고 있다. 수시 모집 "
        "요강 확정을 앞둔 대학들도 발표만 기다리는 상황이다.",
        kst(8, 12, 15), "사회")),
    (16, "culture-life", Story(
        "올봄 벚꽃 개화 1주일 빨라…주말 전국 '만개'",
        "올봄 벚꽃이 평년보다 일주일가량 일찍 피면서 이번 주말 전국 대부분 지역에서 만개할 "
        "것으로 보인다. 지자체들은 축제 일정을 앞당겼다.",
        kst(8, 11, 37), "문화·라이프")),
    (17, "economy", Story(
        "1기 신도시 재건축 선도지구 이주 대책 윤곽",
        "1기 신도시 재건축 선도지구 주민들의 이주 대책이 윤곽을 드러냈다. 정부는 유휴 부지에 "
        "이주 주택을 짓고 전세 대출 지원을 늘리기로 했다.",
        kst(8, 10, 44), "경제")),
    (18, "sports", Story(
        "프로야구 시범경기 관중 역대 최다…'야구 붐' 이어간다",
        "올해 프로야구 시범경기에 역대 가장 많은 관중이 몰렸다. 구단들은 정규시즌 예매율도 "
        "지난해를 웃돌고 있다고 밝혔다.",
        kst(8, 9, 28), "스포츠")),
    (19, "politics", Story(
        "국회 연금특위, 구조개혁 논의 첫발…자동조정장치 쟁점",
        "국회 연금개혁특별위원회가 첫 회의를 열고 구조개혁 논의에 착수했다. 자동조정장치 도입 "
        "여부가 최대 쟁점이 될 전망이다.",
        kst(7, 18, 10), "정치")),
    (20, "national", Story(
        "전국 초미세먼지 '나쁨'…노약자 외출 자제 당부",
        "황사와 대기 정체가 겹치면서 전국 대부분 지역의 초미세먼지 농도가 '나쁨' 수준을 "
        "보이고 있다. 환경당국은 노약자의 외출 자제를 당부했다.",
        kst(7, 16, 55), "사회")),
)  # fmt: skip
_JOEUN_POPULAR = (
    (31, "national", kst(8, 6, 30), "[단독] 수도권 광역버스 노선 20개 폐지 위기"),
    (11, "national", kst(8, 14, 48), "서울 강남 한복판 땅꺼짐…퇴근길 차량 통제에 극심한 정체"),
    (32, "economy", kst(7, 20, 0), '"이자만 月 300만 원"…영끌족 경매 매물 쏟아진다'),
    (33, "opinion", kst(8, 0, 5), "[사설] 연금개혁, 더 미룰 시간이 없다"),
    (34, "culture-life", kst(6, 9, 0), "[아무튼, 주말] 봄 산나물 제대로 먹는 법"),
)


def _joeun_path(seed: int, slug: str, when: datetime) -> str:
    return f"/{slug}/{when:%Y/%m/%d}/{_arc_id(seed)}/"


def _joeun_card(seed: int, slug: str, story: Story, query: str) -> str:
    assert story.when is not None and story.lead is not None
    href = _joeun_path(seed, slug, story.when) + query
    return (
        '<div class="story-card-wrapper">\n'
        '<div class="story-card story-card--art-left | flex flex--wrap box--hidden-sm">\n'
        '<div class="story-card__image-container | box--margin-right-md grid__col--sm-4">'
        f'<div class="story-card__image | box--position-relative"><a href="{href}" '
        'tabindex="-1" aria-hidden="true"><img class="story-card__image-img" loading="lazy" '
        f'src="https://www.joeun.example.com/resizer/v2/{_arc_id(seed + 500)}.jpg?width=280" '
        f'alt="{escape_html(story.title)}"></a></div></div>\n'
        '<div class="story-card-right | grid__col--sm-8 box--pad-left-sm">\n'
        '<div class="story-card__headline-container | box--margin-bottom-xs">'
        '<a class="story-card__headline | box--margin-none text--black font--primary h6 '
        f'text__link--color" href="{href}"><span>{story.headline_html}</span></a></div>\n'
        '<span class="story-card__deck | font--secondary text--grey-80 box--hidden-sm">'
        f"<span>{escape_html(story.lead)}</span></span>\n"
        '<div class="story-card__sigline | flex flex--align-items-center">'
        f'<span class="story-card__breadcrumb | text--grey-60">{escape_html(story.label)}</span>'
        f'<span class="story-card__date | text--grey-60">{story.when:%Y.%m.%d. %H:%M}</span>'
        "</div>\n</div>\n</div>\n</div>"
    )


def _joeun_content(seed: int, slug: str, story: Story) -> dict[str, Any]:
    """One ``content_elements`` entry of the page's globalContent (an ANS story)."""
    assert story.when is not None
    path = _joeun_path(seed, slug, story.when)
    stamp = story.when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    return {
        "_id": _arc_id(seed),
        "type": "story",
        "canonical_url": path,
        "website_url": path,
        "headlines": {"basic": story.title},
        "subheadlines": {"basic": story.lead or ""},
        "display_date": stamp,
        "first_publish_date": stamp,
        "taxonomy": {"primary_section": {"_id": f"/{slug}", "name": story.label}},
        "promo_items": {"basic": {
            "type": "image",
            "url": f"https://www.joeun.example.com/resizer/v2/{_arc_id(seed + 500)}.jpg",
        }},
        "credits": {"by": [{"type": "author", "name": "조은일보 취재팀"}]},
    }  # fmt: skip


def _joeun_fusion() -> str:
    """The inline ``<script>`` with ``Fusion.globalContent``: the same stories as JSON."""
    content = {
        "_id": "section-national-latest",
        "type": "results",
        "count": 2418,
        "next": 10,
        "content_elements": [_joeun_content(*entry) for entry in _JOEUN_STORIES],
    }
    data = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    return (
        '<script id="fusion-metadata" type="application/javascript">'
        'window.Fusion=window.Fusion||{};Fusion.arcSite="joeun";Fusion.contextPath="/pf";'
        'Fusion.deployment="1203";Fusion.globalContent=' + data + ";"
        'Fusion.globalContentConfig={"source":"story-feed-sections","query":'
        '{"includeSections":"/national","size":10}};</script>\n'
    )


def build_headless_cms() -> Layout:
    """A newspaper served by a headless CMS: server-rendered ``div.story-card-wrapper`` cards
    (``a.story-card__headline > span``, ``span.story-card__deck``, ``span.story-card__breadcrumb``,
    ``span.story-card__date`` "2025.04.08. 14:20") and an inline ``Fusion.globalContent`` JSON
    island holding the same stories; some links carry ``utm_*``."""
    page_url = f"{_JOEUN_HOST}/national/"
    nav = menu_items(
        (f"/{slug}/", name)
        for slug, name in (
            ("politics", "정치"), ("national", "사회"), ("economy", "경제"),
            ("international", "국제"), ("culture-life", "문화·라이프"), ("sports", "스포츠"),
            ("opinion", "오피니언"),
        )
    )  # fmt: skip
    tracked = "?utm_source=joeun&utm_medium=section&utm_campaign=latest"
    queries = [tracked if n % 3 == 1 else "" for n in range(len(_JOEUN_STORIES))]
    cards = "\n".join(
        _joeun_card(seed, slug, story, query.replace("&", "&amp;"))
        for (seed, slug, story), query in zip(_JOEUN_STORIES, queries, strict=True)
    )
    popular = "".join(
        f'<li class="ranking-item"><span class="ranking__num">{rank}</span>'
        f'<a class="ranking__headline" href="{_joeun_path(seed, slug, when)}">'
        f"{escape_html(title)}</a></li>"
        for rank, (seed, slug, when, title) in enumerate(_JOEUN_POPULAR, start=1)
    )
    footer = menu_items((f"/company/{n}/", t) for n, t in enumerate(_FOOTER_LINKS))
    body = f"""<div id="fusion-app" class="layout-section-wrapper">
<header class="site-header | box--bg-white">
<div class="site-header__logo"><a href="/" aria-label="조은일보 홈">조은일보</a></div>
<nav class="site-header__nav" aria-label="섹션"><ul class="nav-sections">{nav}</ul></nav>
</header>
<div class="ad-container ad-container--leaderboard"><span class="ad-container__label">AD</span>
<a href="https://ad.adnet.example.com/adclick?cid=80412&amp;zone=joeun_top" target="_blank">
<img src="https://img.adnet.example.com/b/80412.jpg" alt=""></a></div>
<main class="layout-section | grid">
<section class="layout-section__main | grid__col--md-8">
<h1 class="section-heading | font--primary">사회</h1>
<div class="story-feed | box--margin-top-md">
{cards}
</div>
<nav class="pagination | flex" aria-label="페이지"><span class="pagination__current">1</span>
<a class="pagination__page" href="/national/?page=2">2</a>
<a class="pagination__page" href="/national/?page=3">3</a>
<a class="pagination__next" href="/national/?page=2">다음</a></nav>
</section>
<aside class="layout-section__rail | grid__col--md-4">
<div class="ranking-list | box--pad-md"><h2 class="ranking-list__title">많이 본 뉴스</h2>
<ol class="ranking-list__items">{popular}</ol></div>
{_ad_slot("ad-container ad-container--rail", "광고", 80433, "joeun_rail")}
</aside>
</main>
<footer class="site-footer"><ul class="site-footer__links">{footer}</ul>
<p class="site-footer__copyright">Copyright 조은일보. All rights reserved.</p></footer>
</div>
{_joeun_fusion()}"""
    html = html_document("사회 - 조은일보", body, lang="ko")
    gold = [
        _gold(page_url, _joeun_path(seed, slug, story.when or FETCHED_AT) + query, story)
        for (seed, slug, story), query in zip(_JOEUN_STORIES, queries, strict=True)
    ]
    return korean_layout(
        "ko-headless-cms",
        "headless-CMS newspaper: SSR div.story-card-wrapper, a.story-card__headline > span, "
        'span.story-card__date "2025.04.08. 14:20", inline Fusion.globalContent JSON island',
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 4. A sports/entertainment daily: ul.news_list > li > a wrapping the whole teaser
# --------------------------------------------------------------------------------------------

_SPOTEEN_HOST = "https://www.spoteen.example.co.kr"
_SPOTEEN_TITLE_LIMIT = 26
# (article number, story); the first is the headline area's lead story
_SPOTEEN_STORIES = (
    (582310, Story(
        "'국민 배우' 정하윤, 10년 만의 안방 복귀작 첫 방송부터 시청률 12%",
        "배우 정하윤이 10년 만에 복귀한 주말극이 첫 방송에서 전국 시청률 12%를 기록했다. "
        "제작진은 \"예상을 뛰어넘는 반응에 배우와 스태프 모두 고무돼 있다\"고 전했다.",
        kst(8, 0, 0))),
    (582305, Story(
        "프로야구 한밭 이글스, 9회말 끝내기 역전승으로 5연승 질주",
        "한밭 이글스가 9회말 터진 대타 끝내기 2루타에 힘입어 5연승을 달렸다. 마무리 투수는 "
        "시즌 4세이브째를 올렸다.",
        kst(8, 0, 0))),
    (582298, Story(
        "걸그룹 루미너스, 데뷔 3년 만에 첫 단독 월드투어 확정",
        "걸그룹 루미너스가 데뷔 3년 만에 첫 단독 월드투어에 나선다. 서울 공연을 시작으로 아시아와 "
        "북미 12개 도시를 돈다.",
        kst(8, 0, 0))),
    (582291, Story(
        "K리그1 선두 경쟁 안갯속…상위 4팀 승점 차 단 2점",
        "시즌 초반 K리그1 선두 경쟁이 치열하다. 상위 네 팀의 승점 차가 2점에 불과해 이번 "
        "주말 맞대결 결과에 관심이 쏠린다.",
        kst(8, 0, 0))),
    (582284, Story(
        "예능 '시골밥상' 시즌3 제작 확정…원년 멤버 전원 합류",
        "인기 예능 '시골밥상'이 시즌3로 돌아온다. 원년 멤버 네 명이 모두 합류해 이번엔 "
        "남해안 섬마을을 찾는다.",
        kst(8, 0, 0))),
    (582277, Story(
        "골프 신예 한서윤, 데뷔 두 번째 대회 만에 생애 첫 우승",
        "신인 한서윤이 데뷔 두 번째 대회에서 생애 첫 우승을 차지했다. 최종 라운드에서 버디 7개를 "
        "몰아치며 역전에 성공했다.",
        kst(8, 0, 0))),
    (582263, Story(
        "영화 '푸른 밤의 끝' 개봉 첫 주 관객 80만…박스오피스 1위",
        "스릴러 영화 '푸른 밤의 끝'이 개봉 첫 주말 80만 관객을 모으며 박스오피스 정상에 "
        "올랐다. 입소문을 타고 좌석 판매율도 오르고 있다.",
        kst(7, 0, 0))),
    (582250, Story(
        "농구 정규리그 MVP 후보 3파전…기자단 투표 9일 마감",
        "프로농구 정규리그 최우수선수 후보가 세 명으로 압축됐다. 기자단 투표는 9일 마감되고 "
        "시상식은 다음 주에 열린다.",
        kst(7, 0, 0))),
    (582241, Story(
        "트로트 가수 백승민, 전국 투어 추가 공연 10분 만에 매진",
        "트로트 가수 백승민의 전국 투어 추가 공연이 예매 시작 10분 만에 전석 매진됐다. "
        "소속사는 지방 공연 추가 편성을 검토 중이다.",
        kst(7, 0, 0))),
)  # fmt: skip
_SPOTEEN_GALLERY = (
    (10442, "[포토] 루미너스, 공항 패션 '봄 느낌'"),
    (10439, "[포토] 정하윤, 제작발표회 빛난 미소"),
    (10435, "[포토] 이글스 선수단, 끝내기 세리머니"),
    (10431, "[포토] 레드카펫 수놓은 스타들"),
)
_SPOTEEN_POPULAR = (
    (582188, "[단독] 인기 배우 A씨, 연상 사업가와 6월 결혼"),
    (582310, "'국민 배우' 정하윤, 10년 만의 안방 복귀작 첫 방송부터 시청률 12%"),
    (582166, '"은퇴는 없다" 40세 베테랑 골키퍼의 고백'),
    (582150, "아이돌 그룹 멤버, 학폭 의혹 전면 부인"),
    (582305, "프로야구 한밭 이글스, 9회말 끝내기 역전승으로 5연승 질주"),
)


def _spoteen_href(no: int) -> str:
    return f"//www.spoteen.example.co.kr/news/article.html?no={no}"


def _spoteen_item(no: int, story: Story) -> str:
    assert story.when is not None and story.lead is not None
    shown = truncate(story.title, _SPOTEEN_TITLE_LIMIT, "…")
    return (
        f'<li>\n<a href="{_spoteen_href(no)}" title="{escape_html(story.title)}">\n'
        '<div class="thumb"><img src="/images/common/noimg.gif" '
        f'data-src="//cdn.spoteen.example.co.kr/news/photo/202504/{no}_thumb.jpg" '
        'class="lazy" alt=""></div>\n'
        '<div class="text">\n'
        f'<strong class="tit">{escape_html(shown)}</strong>\n'
        f'<p class="desc">{escape_html(story.lead)}</p>\n'
        f'<span class="date">{story.when:%Y.%m.%d.}</span>\n'
        "</div>\n</a>\n</li>"
    )


def build_sports_entertainment() -> Layout:
    """A sports/entertainment daily's list: ``ul.news_list > li > a`` wrapping ``div.thumb``
    and ``div.text > strong.tit + p.desc + span.date`` (date only, "2025.04.08."), titles cut
    with "…" and whole in the link's ``title``, protocol-relative links, a headline card on top
    and a photo-gallery block of captioned picture links beside the list."""
    page_url = f"{_SPOTEEN_HOST}/news/list.html?sec=ent"
    nav = menu_items(
        (f"/news/list.html?sec={slug}", name)
        for slug, name in (
            ("ent", "연예"), ("broadcast", "방송"), ("music", "가요"), ("movie", "영화"),
            ("baseball", "야구"), ("football", "축구"), ("golf", "골프"), ("photo", "포토"),
        )
    )  # fmt: skip
    (top_no, top), *rest = _SPOTEEN_STORIES
    assert top.lead is not None
    items = "\n".join(_spoteen_item(no, story) for no, story in rest)
    gallery = link_list(
        ((f"/photo/view.html?gid={gid}", caption) for gid, caption in _SPOTEEN_GALLERY),
        '<li><a href="{href}"><span class="img"><img src="/images/common/noimg.gif" alt="">'
        '</span><span class="txt">{title}</span></a></li>',
    )
    popular = link_list(
        ((_spoteen_href(no), title) for no, title in _SPOTEEN_POPULAR),
        '<li><em class="rank">{rank}</em><a href="{href}">{title}</a></li>',
    )
    footer = menu_items((f"/company/{n}.html", t) for n, t in enumerate(_FOOTER_LINKS))
    body = f"""<div id="wrap">
<header id="header"><h1 class="logo"><a href="/">스포틴</a></h1>
<nav id="gnb"><ul>{nav}</ul></nav></header>
{_ad_slot("ad_top", "AD", 33120, "spoteen_top")}
<div id="container">
<div id="content">
<div class="headline_area">
<a href="{_spoteen_href(top_no)}" class="main_headline">
<div class="thumb"><img src="//cdn.spoteen.example.co.kr/news/photo/202504/{top_no}_main.jpg"
 alt=""></div>
<div class="text"><h2 class="tit">{escape_html(top.title)}</h2>
<p class="desc">{escape_html(top.lead)}</p>
<span class="date">{(top.when or FETCHED_AT):%Y.%m.%d.}</span></div>
</a>
</div>
<div class="list_wrap">
<h3 class="list_tit">연예 최신기사</h3>
<ul class="news_list">
{items}
</ul>
<div class="paging"><strong>1</strong><a href="?sec=ent&amp;page=2">2</a>
<a href="?sec=ent&amp;page=3">3</a><a href="?sec=ent&amp;page=4">4</a>
<a href="?sec=ent&amp;page=2" class="next">다음</a></div>
</div>
</div>
<div id="aside">
<div class="photo_gallery"><h3 class="aside_tit">포토 갤러리</h3>
<ul class="photo_list">{gallery}</ul></div>
<div class="best_news"><h3 class="aside_tit">많이 본 뉴스</h3>
<ol>{popular}</ol></div>
{_ad_slot("ad_aside", "광고", 33128, "spoteen_aside")}
</div>
</div>
<footer id="footer"><ul class="f_menu">{footer}</ul>
<p class="copy">Copyright © 스포틴. All rights reserved.</p></footer>
</div>"""
    html = html_document("연예 - 스포틴", body, lang="ko")
    gold = [
        _gold(page_url, _spoteen_href(no), story, timed=False) for no, story in _SPOTEEN_STORIES
    ]
    return korean_layout(
        "ko-sports-entertainment",
        "sports/entertainment daily: ul.news_list > li > a wrapping div.thumb + div.text > "
        'strong.tit (cut "…", title attr) + p.desc + span.date "2025.04.08.", photo gallery',
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 5. An economic daily: "입력 … | 수정 …" bylines, "오후 2시 5분" top block, headline strip
# --------------------------------------------------------------------------------------------

_HANJAE_HOST = "https://www.hanjae.example.com"
# (article id, reporter, story, minutes after publishing it was updated, or None)
_HANJAE_TOP = (
    ("2025040841237", "김도윤", Story(
        "반도체 수출 5개월 만에 반등…\"AI 서버 수요가 견인\"",
        "반도체 수출이 5개월 만에 증가세로 돌아섰다. 인공지능 서버용 고성능 메모리 수요가 "
        "늘어난 덕분으로, 업계는 2분기에도 회복세가 이어질 것으로 내다봤다.",
        kst(8, 14, 5))),
    ("2025040839871", "이수아", Story(
        "코스닥 바이오주 급등…신약 기술수출 기대감",
        None, kst(8, 13, 40))),
    ("2025040838802", "박준형", Story(
        "국고채 금리 하락 전환…외국인 선물 순매수",
        None, kst(8, 13, 12))),
)  # fmt: skip
_HANJAE_LIST = (
    ("2025040842055", "정민재", 8, Story(
        "대형마트 3사, 신선식품 가격 동결 선언…물가 안정 동참",
        "대형마트 3사가 이달 말까지 채소와 과일 등 신선식품 50여 종의 가격을 동결하기로 했다. "
        "산지 직거래 물량을 늘려 원가 부담을 흡수한다는 계획이다.",
        kst(8, 14, 38))),
    ("2025040841237", "김도윤", 47, _HANJAE_TOP[0][2]),
    ("2025040840710", "최하은", None, Story(
        "은행 예금금리 2%대로 뚝…'파킹통장'으로 돈 몰린다",
        "시중은행 정기예금 금리가 연 2%대로 떨어지자 하루만 맡겨도 이자를 주는 파킹통장으로 "
        "자금이 몰리고 있다. 인터넷은행의 파킹통장 잔액은 한 달 새 3조 원 늘었다.",
        kst(8, 13, 55))),
    ("2025040839114", "한지훈", 21, Story(
        "조선 빅3, 1분기 수주 목표 30% 달성…LNG선 싹쓸이",
        "국내 조선 빅3가 1분기에만 연간 수주 목표의 30%를 채웠다. 고부가가치 액화천연가스(LNG) "
        "운반선 발주를 사실상 독식한 결과다.",
        kst(8, 13, 20))),
    ("2025040837466", "오예린", None, Story(
        "중소기업 10곳 중 7곳 \"올해 임금 동결 또는 삭감\"",
        "중소기업 10곳 중 7곳은 올해 임금을 동결하거나 깎을 계획인 것으로 나타났다. 내수 부진과 "
        "원자재 가격 상승이 겹치며 인건비 여력이 줄었다는 응답이 많았다.",
        kst(8, 12, 31))),
    ("2025040835520", "문태섭", 75, Story(
        "배터리 소재 기업들, 북미 공장 가동률 낮춘다",
        "국내 배터리 소재 기업들이 전기차 수요 둔화에 대응해 북미 공장의 가동률을 낮추고 있다. "
        "일부는 신규 라인 착공 시점을 내년으로 미뤘다.",
        kst(8, 11, 10))),
    ("2025040832981", "이수아", None, Story(
        "증권사 1분기 순이익 전망치 상향…거래대금 회복 덕",
        "주요 증권사의 1분기 순이익 전망치가 잇따라 올라가고 있다. 증시 거래대금이 회복되고 "
        "기업금융 수수료 수익도 늘어난 영향이다.",
        kst(8, 9, 42))),
    ("2025040729874", "정민재", 30, Story(
        "외식 물가 상승률 4년 만에 최저…배달비는 여전히 부담",
        "외식 물가 상승률이 4년 만에 가장 낮은 수준으로 떨어졌다. 다만 배달 수수료와 배달비 "
        "부담은 소비자와 자영업자 모두에게 여전하다.",
        kst(7, 17, 25))),
)  # fmt: skip
# The strip: articles of the list and two breaking items shown only there.
_HANJAE_STRIP = (
    ("2025040842055", "대형마트 3사, 신선식품 가격 동결 선언…물가 안정 동참"),
    ("2025040842301", '[속보] 한은 총재 "환율 변동성 과도…시장 안정 조치 준비"'),
    ("2025040841237", '반도체 수출 5개월 만에 반등…"AI 서버 수요가 견인"'),
    ("2025040842118", "정부, 수출기업 긴급 유동성 5조 원 추가 공급"),
)
_HANJAE_POPULAR = (
    ("2025040811203", '"연봉 1억 넘어도 집 못 산다"…서울 아파트 소득 대비 가격 최고'),
    ("2025040840710", "은행 예금금리 2%대로 뚝…'파킹통장'으로 돈 몰린다"),
    ("2025040709871", "국민연금 수령 나이 늦추면 얼마나 더 받나"),
    ("2025040808215", "금값 사상 최고치 또 경신…골드바 판매 급증"),
    ("2025040730054", "[마켓인사이트] 사모펀드, 올해 인수합병 큰손으로"),
)
_HANJAE_PICKS = (
    ("2025040500112", "[창간 기획] 저성장 시대, 한국 경제의 다음 10년"),
    ("2025040400871", '[인터뷰] "수출 다변화 없인 관세 파고 못 넘는다"'),
)


def _hanjae_href(aid: str) -> str:
    """Relative to the page's ``<base href>``."""
    return f"article/{aid}"


def _hanjae_top(aid: str, _reporter: str, story: Story, *, lead: bool) -> str:
    assert story.when is not None
    summary = f'<p class="lead">{escape_html(story.lead)}</p>\n' if lead and story.lead else ""
    tag = "h2" if lead else "h3"
    return (
        f'<div class="{"top-news" if lead else "sub-news"}">\n'
        f'<{tag} class="news-tit"><a href="{_hanjae_href(aid)}">{story.headline_html}</a>'
        f"</{tag}>\n{summary}"
        f'<span class="time">{_korean_clock(story.when)}</span>\n</div>'
    )


def _hanjae_item(aid: str, reporter: str, updated: int | None, story: Story) -> str:
    assert story.when is not None and story.lead is not None
    byline = f"{reporter} 기자 입력 {story.when:%Y.%m.%d %H:%M}"
    if updated is not None:
        byline += f" | 수정 {ago(story.when, minutes=-updated):%Y.%m.%d %H:%M}"
    return (
        '<li>\n<div class="news-item">\n'
        f'<div class="thumb"><a href="{_hanjae_href(aid)}"><img src="https://img.hanjae.'
        f'example.com/photo/202504/{aid}_AA.jpg" alt="{escape_html(story.title)}"></a></div>\n'
        '<div class="txt-cont">\n'
        f'<h3 class="news-tit"><a href="{_hanjae_href(aid)}">{story.headline_html}</a></h3>\n'
        f'<p class="lead">{escape_html(story.lead)}</p>\n'
        f'<p class="txt-date">{escape_html(byline)}</p>\n'
        "</div>\n</div>\n</li>"
    )


def build_economic_daily() -> Layout:
    """An economic daily's section page under a ``<base href>``: a top block whose times read
    "오후 2시 5분", an "[이 시각 헤드라인]" strip of bare headline links, and ``ul.news-list``
    items whose byline is "홍길동 기자 입력 2025.04.08 14:20 | 수정 2025.04.08 15:02"."""
    page_url = f"{_HANJAE_HOST}/economy"
    nav = menu_items(
        (f"{slug}", name)
        for slug, name in (
            ("economy", "경제"), ("finance", "금융"), ("industry", "산업"), ("it", "IT"),
            ("realestate", "부동산"), ("politics", "정치"), ("international", "국제"),
            ("opinion", "오피니언"),
        )
    )  # fmt: skip
    top = "\n".join(_hanjae_top(*entry, lead=n == 0) for n, entry in enumerate(_HANJAE_TOP))
    strip = link_list(
        ((_hanjae_href(aid), title) for aid, title in _HANJAE_STRIP),
        '<li><a href="{href}">{title}</a></li>',
    )
    items = "\n".join(_hanjae_item(*entry) for entry in _HANJAE_LIST)
    popular = link_list(
        ((_hanjae_href(aid), title) for aid, title in _HANJAE_POPULAR),
        '<li><strong class="num">{rank}</strong><a href="{href}">{title}</a></li>',
    )
    picks = link_list(
        ((_hanjae_href(aid), title) for aid, title in _HANJAE_PICKS),
        '<li><a href="{href}">{title}</a></li>',
    )
    footer = menu_items((f"company/{n}", t) for n, t in enumerate(_FOOTER_LINKS))
    body = f"""<div id="wrap">
<header class="header"><h1 class="logo"><a href="{_HANJAE_HOST}/">한재경제</a></h1>
<nav class="gnb"><ul>{nav}</ul></nav></header>
<div class="headline-roll"><strong class="roll-label">[이 시각 헤드라인]</strong>
<ul class="roll-list">{strip}</ul></div>
{_ad_slot("ad-wrap ad-top", "AD", 47001, "hanjae_top")}
<div class="container">
<div class="contents">
<section class="main-top"><h2 class="blind">경제 주요 뉴스</h2>
{top}
</section>
<section class="section-news"><h2 class="section-tit">경제 전체기사</h2>
<ul class="news-list">
{items}
</ul>
<div class="pagination"><strong class="on">1</strong><a href="economy?page=2">2</a>
<a href="economy?page=3">3</a><a href="economy?page=4">4</a>
<a href="economy?page=2" class="btn-next">다음</a></div>
</section>
</div>
<aside class="aside">
<div class="box-popular"><h3 class="box-tit">많이 본 뉴스</h3><ol>{popular}</ol></div>
{_ad_slot("ad-wrap ad-aside", "광고", 47010, "hanjae_aside")}
<div class="box-pick"><h3 class="box-tit">기획·연재</h3><ul>{picks}</ul></div>
</aside>
</div>
<footer class="footer"><ul class="footer-link">{footer}</ul>
<p class="copyright">ⓒ 한재경제, 무단전재 및 재배포 금지</p></footer>
</div>"""
    head = f'<base href="{_HANJAE_HOST}/">\n'
    html = html_document("경제 | 한재경제", body, lang="ko", head=head)
    base = f"{_HANJAE_HOST}/"
    stories = {aid: story for aid, _, story in _HANJAE_TOP}
    stories.update((aid, story) for aid, _, _, story in _HANJAE_LIST)
    gold: dict[str, dict[str, Any]] = {}
    for aid, story in stories.items():
        gold[aid] = _gold(base, _hanjae_href(aid), story)
    for aid, title in _HANJAE_STRIP:
        if aid not in gold:
            gold[aid] = _gold(base, _hanjae_href(aid), Story(title, None, None))
    return korean_layout(
        "ko-economic-daily",
        'economic daily: bylines "기자 입력 2025.04.08 14:20 | 수정 …", top block times '
        '"오후 2시 5분", an "[이 시각 헤드라인]" strip, <base href>',
        html,
        page_url,
        list(gold.values()),
    )


# --------------------------------------------------------------------------------------------
# 6. The board CMS of small local outlets: div.list_01 > ul > li
# --------------------------------------------------------------------------------------------

_DONGNE_HOST = "https://www.dongne-news.example.co.kr"
# (wr_id, category, writer, comments, hits, story); today's show a clock, older ones MM-DD
_DONGNE_POSTS = (
    (3128, "행정", "김기자", 3, 152, Story(
        "읍사무소 민원실 리모델링 마치고 14일 재개장", None, kst(8, 14, 20))),
    (3127, "사회", "편집국", 0, 98, Story(
        "마을버스 3번 노선 이달부터 30분 간격으로 증편", None, kst(8, 13, 5))),
    (3126, "교육", "이기자", 7, 311, Story(
        "초등학교 통학로 어린이보호구역 과속카메라 4대 추가", None, kst(8, 11, 48))),
    (3125, "문화", "박기자", 1, 87, Story(
        "군립도서관 봄 인문학 강좌 수강생 모집…선착순 40명", None, kst(8, 10, 2))),
    (3124, "경제", "김기자", 12, 540, Story(
        "전통시장 주차장 유료화 논란…상인회 \"손님 끊긴다\"", None, kst(8, 8, 37))),
    (3121, "행정", "편집국", 0, 203, Story(
        "군의회 임시회 개회…추경 예산안 등 9건 심의", None, kst(7, 16, 0))),
    (3119, "사회", "이기자", 5, 377, Story(
        "하천변 산책로 야간 조명 설치 완료…주민 만족도 높아", None, kst(7, 11, 0))),
    (3118, "스포츠", "박기자", 2, 141, Story(
        "군민체육대회 5월 개최 확정…읍면 대항 12개 종목", None, kst(6, 15, 0))),
    (3116, "경제", "편집국", 0, 260, Story(
        "농산물 공동 브랜드 '들빛' 온라인몰 입점", None, kst(5, 9, 0))),
    (3115, "교육", "김기자", 4, 198, Story(
        "청소년 수련관 주말 프로그램 확대 운영", None, kst(4, 17, 0))),
)  # fmt: skip
_DONGNE_POPULAR = (
    (3124, '전통시장 주차장 유료화 논란…상인회 "손님 끊긴다"'),
    (3097, "군청 앞 사거리 신호체계 바뀐다…좌회전 신호 신설"),
    (3119, "하천변 산책로 야간 조명 설치 완료…주민 만족도 높아"),
    (3088, "[독자기고] 우리 동네 오래된 빵집 이야기"),
    (3126, "초등학교 통학로 어린이보호구역 과속카메라 4대 추가"),
)


def _dongne_href(wr_id: int) -> str:
    return f"{_DONGNE_HOST}/bbs/board.php?bo_table=news&amp;wr_id={wr_id}"


def _dongne_date(when: datetime) -> str:
    """The board prints today's posts as a clock, older ones as ``MM-DD``."""
    return f"{when:%H:%M}" if when.date() == FETCHED_AT.date() else f"{when:%m-%d}"


def _dongne_writer(name: str) -> str:
    """The writer's side-view menu: the name and a hidden menu of member links."""
    return (
        '<span class="sv_wrap"><a href="'
        f'{_DONGNE_HOST}/bbs/profile.php?mb_id=reporter" class="sv_member" title="{name} '
        f'자기소개" target="_blank" rel="nofollow">{name}</a><span class="sv">'
        f'<a href="{_DONGNE_HOST}/bbs/memo_form.php?me_recv_mb_id=reporter">쪽지보내기</a>'
        f'<a href="{_DONGNE_HOST}/bbs/new.php?mb_id=reporter">전체게시물</a></span>'
        '<noscript class="sv_nojs"></noscript></span>'
    )


def _dongne_row(
    wr_id: int, category: str, writer: str, comments: int, hits: int, story: Story
) -> str:
    assert story.when is not None
    count = (
        '<span class="sound_only">댓글</span><span class="cnt_cmt">'
        f'{comments}</span><span class="sound_only">개</span>'
        if comments
        else ""
    )
    new = (
        '<span class="new_icon">N<span class="sound_only">새글</span></span>'
        if story.when.date() == FETCHED_AT.date()
        else ""
    )
    return (
        "<li>\n"
        f'<div class="wr_subject"><a href="{_DONGNE_HOST}/bbs/board.php?bo_table=news&amp;'
        f'sca={category}" class="bo_cate_link">{category}</a>\n'
        f'<a href="{_dongne_href(wr_id)}">{escape_html(story.title)}{count}</a>{new}</div>\n'
        '<div class="wr_info">'
        f'<span class="sound_only">작성자</span>{_dongne_writer(writer)}\n'
        f'<span class="wr_hit"><i class="fa fa-eye" aria-hidden="true"></i> {hits}</span>\n'
        f'<span class="wr_date"><i class="fa fa-clock-o" aria-hidden="true"></i> '
        f"{_dongne_date(story.when)}</span></div>\n"
        "</li>"
    )


def build_community_board() -> Layout:
    """The news board of a board CMS that small local outlets run: ``div.list_01 > ul > li``
    with a category link and ``div.wr_subject > a`` whose comment count (``span.cnt_cmt``
    beside hidden "댓글"/"개" words) is glued into the title link, a writer side-view menu,
    ``span.wr_date`` "14:20" for today and "04-07" before; a notice row on top."""
    page_url = f"{_DONGNE_HOST}/bbs/board.php?bo_table=news"
    nav = menu_items(
        (f"{_DONGNE_HOST}/bbs/board.php?bo_table={slug}", name)
        for slug, name in (
            ("news", "지역뉴스"), ("council", "의회소식"), ("people", "사람들"),
            ("column", "칼럼"), ("photo", "포토"), ("notice", "알림마당"),
        )
    )  # fmt: skip
    rows = "\n".join(_dongne_row(*post) for post in _DONGNE_POSTS)
    popular = link_list(
        ((_dongne_href(wr_id), title) for wr_id, title in _DONGNE_POPULAR),
        '<li><span class="rank_num">{rank}</span><a href="{href}">{title}</a></li>',
    )
    footer = menu_items(
        (f"{_DONGNE_HOST}/bbs/content.php?co_id={slug}", name)
        for slug, name in (
            ("company", "회사소개"), ("provision", "이용약관"), ("privacy", "개인정보처리방침"),
            ("ad", "광고문의"),
        )
    )  # fmt: skip
    notice = (
        '<li class="bo_notice">\n<div class="wr_subject"><strong class="notice_icon">공지'
        f'</strong>\n<a href="{_dongne_href(3001)}">[공지] 기사 제보 및 보도자료 접수 안내</a>'
        "</div>\n"
        f'<div class="wr_info"><span class="sound_only">작성자</span>{_dongne_writer("관리자")}'
        '\n<span class="wr_date"><i class="fa fa-clock-o" aria-hidden="true"></i> 01-02</span>'
        "</div>\n</li>"
    )
    body = f"""<div id="hd">
<h1 id="hd_h1">동네소식 - 지역뉴스</h1>
<div id="hd_wrapper"><div id="logo"><a href="{_DONGNE_HOST}/">동네소식</a></div>
<ul class="hd_login"><li><a href="{_DONGNE_HOST}/bbs/login.php">로그인</a></li></ul></div>
<nav id="gnb"><h2>메인메뉴</h2><ul id="gnb_1dul">{nav}</ul></nav>
</div>
<div id="wrapper"><div id="container_wr">
<div id="container"><h2 id="container_title"><span title="지역뉴스">지역뉴스</span></h2>
<div id="bo_list" style="width:100%">
<div id="bo_btn_top"><div id="bo_list_total"><span>Total 3,128건</span> 1 페이지</div></div>
<form name="fboardlist" id="fboardlist" action="{_DONGNE_HOST}/bbs/board_list_update.php"
 method="post">
<div class="list_01">
<ul>
{notice}
{rows}
</ul>
</div>
</form>
<nav class="pg_wrap"><span class="pg"><strong class="pg_current">1</strong>
<a href="{_DONGNE_HOST}/bbs/board.php?bo_table=news&amp;page=2" class="pg_page">2</a>
<a href="{_DONGNE_HOST}/bbs/board.php?bo_table=news&amp;page=3" class="pg_page">3</a>
<a href="{_DONGNE_HOST}/bbs/board.php?bo_table=news&amp;page=4" class="pg_page">4</a>
<a href="{_DONGNE_HOST}/bbs/board.php?bo_table=news&amp;page=5" class="pg_page pg_next">다음</a>
</span></nav>
</div>
</div>
<div id="aside">
<section class="popular_lt"><h2 class="lat_title">인기 기사</h2><ol>{popular}</ol></section>
{_ad_slot("aside_banner", "광고", 12077, "dongne_side")}
</div>
</div></div>
<div id="ft"><div id="ft_link">{footer}</div>
<div id="ft_copy">Copyright &copy; 동네소식. All rights reserved.</div></div>"""
    html = html_document("지역뉴스 1 페이지 | 동네소식", body, lang="ko")
    gold = []
    for wr_id, *_, story in _DONGNE_POSTS:
        assert story.when is not None
        today = story.when.date() == FETCHED_AT.date()
        href = f"{_DONGNE_HOST}/bbs/board.php?bo_table=news&wr_id={wr_id}"
        gold.append(_gold(page_url, href, story, timed=today))
    return korean_layout(
        "ko-community-board",
        "local outlet on a board CMS: div.list_01 > ul > li, div.wr_subject > a with a "
        'span.cnt_cmt count glued in, .sv_member writer, span.wr_date "14:20" / "04-07"',
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 7. A regional outlet whose UTF-8 bytes declare EUC-KR (an old server-side script site)
# --------------------------------------------------------------------------------------------

_GANGBYEON_HOST = "https://www.gangbyeon.example.co.kr"
# (idx, reporter, story); the list prints the script runtime's Korean date ("오후 2:20:15")
_GANGBYEON_STORIES = (
    (51240, "윤성호", Story(
        "강변도시 광역철도 예비타당성 조사 통과…2031년 개통 목표",
        "강변도시와 도청 소재지를 잇는 광역철도 사업이 예비타당성 조사를 통과했다. 시는 "
        "기본계획 수립을 서둘러 2031년 개통을 목표로 하고 있다.",
        datetime(2025, 4, 8, 14, 20, 15, tzinfo=KST))),
    (51236, "장미경", Story(
        "시립 요양원 입소 대기 400명…공공 돌봄 시설 확충 시급",
        "시립 요양원 입소를 기다리는 어르신이 400명을 넘었다. 민간 시설 비용 부담이 커 공공 "
        "돌봄 시설을 늘려야 한다는 목소리가 높다.",
        datetime(2025, 4, 8, 13, 2, 48, tzinfo=KST))),
    (51231, "윤성호", Story(
        "강변 둔치 주차장 유료화 연기…시민 의견 수렴 더 거친다",
        "시가 강변 둔치 주차장 유료화 시행을 하반기로 미뤘다. 상인과 이용객 의견을 더 듣고 "
        "요금 체계를 다시 짜겠다는 방침이다.",
        datetime(2025, 4, 8, 11, 47, 3, tzinfo=KST))),
    (51225, "김한결", Story(
        "지역 농협 로컬푸드 직매장 매출 50억 돌파",
        "지역 농협이 운영하는 로컬푸드 직매장의 연 매출이 처음으로 50억 원을 넘었다. 참여 농가도 "
        "2년 새 두 배로 늘었다.",
        datetime(2025, 4, 8, 10, 5, 31, tzinfo=KST))),
    (51219, "장미경", Story(
        "도심 공원 야간 개방 확대…안전요원 배치",
        "시가 도심 공원 세 곳의 야간 개방 시간을 밤 11시까지 늘린다. 야간에는 안전요원과 "
        "순찰 인력을 추가로 배치한다.",
        datetime(2025, 4, 8, 9, 12, 40, tzinfo=KST))),
    (51206, "김한결", Story(
        "중학교 무상 교복 지원 대상 확대…전입생도 포함",
        "시교육청이 무상 교복 지원 대상을 전입생까지 넓힌다. 학기 중 전학 온 학생도 1인당 "
        "30만 원 상당의 교복을 받을 수 있다.",
        datetime(2025, 4, 7, 17, 33, 9, tzinfo=KST))),
    (51198, "윤성호", Story(
        "강변축제 추진위 출범…올해 주제는 '물길 따라 걷는 봄'",
        "올해 강변축제를 준비할 추진위원회가 공식 출범했다. 축제는 다음 달 셋째 주말 사흘간 "
        "강변 일대에서 열린다.",
        datetime(2025, 4, 7, 15, 8, 52, tzinfo=KST))),
)  # fmt: skip
_GANGBYEON_POPULAR = (
    (51240, "강변도시 광역철도 예타 통과…2031년 개통 목표"),
    (51112, "시청 앞 광장 재구조화 공사 이달 착공"),
    (51236, "시립 요양원 입소 대기 400명…공공 돌봄 시설 확충 시급"),
    (51090, "[사설] 인구 감소, 생활인구로 돌파구 찾아야"),
)


def _asp_time(when: datetime) -> str:
    """The server-side runtime's Korean date: ``2025-04-08 오후 2:20:15``."""
    half = "오전" if when.hour < 12 else "오후"
    return f"{when:%Y-%m-%d} {half} {when.hour % 12 or 12}:{when:%M:%S}"


def _gangbyeon_href(idx: int) -> str:
    return f"/news/news_view.asp?idx={idx}&amp;sec=2"


def _gangbyeon_item(idx: int, reporter: str, story: Story) -> str:
    assert story.when is not None and story.lead is not None
    href = _gangbyeon_href(idx)
    return (
        '<dl class="list_article">\n'
        f'<dt class="tit"><a href="{href}">{story.headline_html}</a></dt>\n'
        f'<dd class="photo"><a href="{href}"><img src="/upload/news/thumb/{idx}.jpg" '
        'width="120" height="80" alt=""></a></dd>\n'
        f'<dd class="sum"><a href="{href}">{escape_html(story.lead)}</a></dd>\n'
        f'<dd class="info"><span class="name">{escape_html(reporter)} 기자</span> '
        f'<span class="date">{_asp_time(story.when)}</span></dd>\n'
        "</dl>"
    )


def build_utf8_declared_euckr() -> Layout:
    """A regional outlet's server-script list re-saved as UTF-8 that still says
    ``<meta charset="euc-kr">``: ``dl.list_article`` with ``dt.tit > a``, a linked ``dd.sum``
    lead and ``dd.info`` with the runtime's Korean date "2025-04-08 오후 2:20:15"."""
    page_url = f"{_GANGBYEON_HOST}/news/news_list.asp?sec=2"
    nav = "".join(
        f'<li><a href="/news/news_list.asp?sec={n}">{name}</a></li>'
        for n, name in enumerate(("정치", "사회", "경제", "교육", "문화", "오피니언"), start=1)
    )
    items = "\n".join(_gangbyeon_item(*entry) for entry in _GANGBYEON_STORIES)
    popular = link_list(
        ((_gangbyeon_href(idx), title) for idx, title in _GANGBYEON_POPULAR),
        '<li><span class="no">{rank}</span> <a href="{href}">{title}</a></li>',
    )
    footer = " | ".join(
        f'<a href="/company/{page}.asp">{name}</a>'
        for page, name in (
            ("intro", "회사소개"), ("ad", "광고안내"), ("privacy", "개인정보취급방침"),
            ("youth", "청소년보호정책"),
        )
    )  # fmt: skip
    body = f"""<div id="top"><div class="top_logo"><a href="/"><img src="/images/logo.gif"
 alt="강변일보"></a></div>
<div id="top_menu"><ul>{nav}</ul></div></div>
<div id="body_wrap">
<div id="left_area">
<div class="sub_title"><img src="/images/sub/tit_society.gif" alt="사회"></div>
<div class="news_list">
{items}
</div>
<div class="page_num"><b>1</b> <a href="/news/news_list.asp?sec=2&amp;page=2">2</a>
<a href="/news/news_list.asp?sec=2&amp;page=3">3</a>
<a href="/news/news_list.asp?sec=2&amp;page=4">4</a>
<a href="/news/news_list.asp?sec=2&amp;page=2">다음</a></div>
</div>
<div id="right_area">
<div class="best_news"><h3>많이 본 뉴스</h3><ul>{popular}</ul></div>
{_ad_slot("right_banner", "광고", 24410, "gangbyeon_r")}
</div>
</div>
<div id="bottom"><div class="bottom_menu">{footer}</div>
<p>강변일보 | 등록번호 경기 아00000 | Copyright (c) 강변일보 All Rights Reserved.</p></div>"""
    html = html_document("강변일보 :: 사회", body, lang="ko", charset="euc-kr", legacy=True)
    gold = [
        _gold(page_url, _gangbyeon_href(idx).replace("&amp;", "&"), story)
        for idx, _, story in _GANGBYEON_STORIES
    ]
    return korean_layout(
        "ko-utf8-declared-euckr",
        'UTF-8 bytes under <meta charset="euc-kr">: dl.list_article, dt.tit > a, linked dd.sum, '
        'dd.info date "2025-04-08 오후 2:20:15"',
        html,
        page_url,
        gold,
        content_type="text/html",
    )


# --------------------------------------------------------------------------------------------
# 8. An old regional page in CP949 with no charset declared anywhere
# --------------------------------------------------------------------------------------------

_SEOMJIN_HOST = "http://www.seomjin.example.co.kr"
# (article id, story)
_SEOMJIN_STORIES = (
    ("20250408141210", Story(
        "섬진강 재첩 채취 시작…올해 작황 '맑음'",
        "섬진강 하류에서 올해 첫 재첩 채취가 시작됐다. 어민들은 수온이 적당해 씨알이 굵고 양도 "
        "지난해보다 많다고 전했다.",
        kst(8, 14, 12))),
    ("20250408133507", Story(
        "광양 매화마을 관광객 80만 명 다녀가",
        "올봄 광양 매화마을을 찾은 관광객이 80만 명으로 집계됐다. 축제 기간 지역 상가 매출도 "
        "지난해보다 15% 늘었다.",
        kst(8, 13, 35))),
    ("20250408120044", Story(
        "하동 녹차 첫물차 수확 앞두고 냉해 피해 점검",
        "하동군이 첫물차 수확을 앞두고 차밭의 냉해 피해를 점검하고 있다. 지난주 늦서리로 일부 "
        "고지대 차밭의 새순이 얼었다.",
        kst(8, 12, 0))),
    ("20250408102231", Story(
        "구례 산수유 농가 \"인건비 올라 수확 포기할 판\"",
        "구례 산수유 농가들이 치솟는 인건비 때문에 수확을 포기해야 할 처지라고 호소하고 있다. "
        "군은 공동 수확단 운영을 검토 중이다.",
        kst(8, 10, 22))),
    ("20250408091518", Story(
        "순천만 흑두루미 북상 마무리…올겨울 1만 마리 찾아",
        "순천만에서 겨울을 난 흑두루미들이 번식지로 모두 떠났다. 올겨울 이곳을 찾은 흑두루미는 "
        "1만 마리로 역대 가장 많았다.",
        kst(8, 9, 15))),
    ("20250407173001", Story(
        "여수 밤바다 야간 관광 프로그램 재개",
        "여수시가 겨울 동안 중단했던 야간 유람선과 해상 불꽃 프로그램을 재개한다. 주말마다 하루 "
        "두 차례 운항한다.",
        kst(7, 17, 30))),
    ("20250407152540", Story(
        "섬진강 자전거길 정비 완료…종주 인증센터 2곳 신설",
        "섬진강 자전거길 정비 공사가 마무리됐다. 종주 인증센터 두 곳이 새로 생겨 자전거 "
        "여행객들의 편의가 좋아졌다.",
        kst(7, 15, 25))),
)  # fmt: skip
_SEOMJIN_HOT = (
    ("20250408141210", "섬진강 재첩 채취 시작…올해 작황 '맑음'"),
    ("20250406110022", "화개장터 벚꽃길 주말 차량 통제"),
    ("20250405093317", "지리산 둘레길 새 구간 개통"),
)


def _seomjin_href(aid: str) -> str:
    return f"read.php?id={aid}&amp;part=local"


def _seomjin_item(aid: str, story: Story) -> str:
    assert story.when is not None and story.lead is not None
    href = _seomjin_href(aid)
    return (
        '<div class="list_item">\n'
        f'<div class="list_img"><a href="{href}"><img src="/photo/{aid}_s.jpg" width="100" '
        'height="70" border="0"></a></div>\n'
        f'<div class="list_tit"><a href="{href}"><b>{escape_html(story.title)}</b></a></div>\n'
        f'<div class="list_text"><font color="#666666">{escape_html(story.lead)}</font></div>\n'
        f'<div class="list_date">{story.when:%Y/%m/%d %H:%M}</div>\n'
        "</div>"
    )


def build_cp949_undeclared() -> Layout:
    """An old regional page whose bytes are CP949 and which declares no charset (no ``<meta>``,
    no header parameter): ``div#list_body > div.list_item`` with ``div.list_tit > a > b``,
    ``div.list_text`` and ``div.list_date`` "2025/04/08 14:12", plain relative links."""
    page_url = f"{_SEOMJIN_HOST}/news/list.php?part=local"
    menu = " | ".join(
        f'<a href="list.php?part={slug}">{name}</a>'
        for slug, name in (
            ("local", "지역소식"), ("politics", "정치·행정"), ("economy", "경제"),
            ("culture", "문화·관광"), ("opinion", "오피니언"),
        )
    )  # fmt: skip
    items = "\n".join(_seomjin_item(*entry) for entry in _SEOMJIN_STORIES)
    hot = link_list(
        ((_seomjin_href(aid), title) for aid, title in _SEOMJIN_HOT),
        '<tr><td class="hot_no">{rank}</td><td><a href="{href}">{title}</a></td></tr>',
    )
    body = f"""<table width="960" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td><a href="/"><img src="/img/logo.gif" border="0" alt="섬진일보"></a></td>
<td class="top_menu">{menu}</td></tr></table>
<table width="960" align="center" border="0" cellpadding="0" cellspacing="0"><tr>
<td width="700" valign="top">
<div id="list_body">
<div class="list_head">지역소식</div>
{items}
</div>
<div class="paging">[1] <a href="list.php?part=local&amp;page=2">[2]</a>
<a href="list.php?part=local&amp;page=3">[3]</a>
<a href="list.php?part=local&amp;page=2">다음</a></div>
</td>
<td width="20"></td>
<td width="240" valign="top">
<table class="hot_news" width="240"><tr><td colspan="2"><b>많이 본 기사</b></td></tr>
{hot}
</table>
<div class="banner"><font size="1" color="#999999">광고</font><br>
<a href="http://ad.adnet.example.com/adclick?cid=9120&amp;zone=seomjin" target="_blank">
<img src="http://img.adnet.example.com/b/9120.gif" border="0" alt=""></a></div>
</td></tr></table>
<table width="960" align="center" class="bottom"><tr><td align="center">
<a href="/company/intro.php">회사소개</a> | <a href="/company/ad.php">광고안내</a> |
<a href="/company/privacy.php">개인정보취급방침</a><br>
<font color="#888888">Copyright (c) 섬진일보. All rights reserved.</font></td></tr></table>"""
    html = (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n'
        "<title>섬진일보 - 지역소식</title>\n"
        '<link rel="stylesheet" href="/css/style.css" type="text/css">\n'
        f"</head>\n<body>\n{body}\n</body>\n</html>\n"
    )
    gold = [
        _gold(page_url, _seomjin_href(aid).replace("&amp;", "&"), story)
        for aid, story in _SEOMJIN_STORIES
    ]
    return korean_layout(
        "ko-cp949-undeclared",
        "old regional page in CP949 with no charset declared: div.list_item, div.list_tit > a > "
        'b, div.list_text, div.list_date "2025/04/08 14:12", relative links',
        html,
        page_url,
        gold,
        encoding="cp949",
        content_type="text/html",
    )


# --------------------------------------------------------------------------------------------
# 9. A news list laid out as a table, two articles per row
# --------------------------------------------------------------------------------------------

_BITGOEUL_HOST = "https://www.bitgoeul.example.co.kr"
# (article number, story); today's print "N분 전" / "N시간 전", yesterday's "어제 14:20"
_BITGOEUL_STORIES = (
    (88121, Story(
        "빛고을 도시철도 2호선 1단계 시운전 돌입",
        "도시철도 2호선 1단계 구간이 시운전에 들어갔다. 시는 안전 점검을 거쳐 내년 상반기 "
        "개통할 계획이다.",
        ago(FETCHED_AT, minutes=8))),
    (88117, Story(
        "지역 대학 유학생 3천 명 돌파…기숙사 부족 호소",
        "지역 대학의 외국인 유학생이 3천 명을 넘어섰다. 학교 기숙사가 부족해 원룸을 구하지 "
        "못한 학생도 적지 않다.",
        ago(FETCHED_AT, minutes=36))),
    (88110, Story(
        "무등산 탐방로 봄철 산불 조심 기간 일부 통제",
        "무등산국립공원이 봄철 산불 조심 기간을 맞아 탐방로 일부 구간의 출입을 통제한다. "
        "통제는 다음 달 15일까지 이어진다.",
        ago(FETCHED_AT, hours=2))),
    (88104, Story(
        "청년 창업 지원센터 입주 기업 모집…최대 2년 무상",
        "청년 창업 지원센터가 새 입주 기업을 모집한다. 선정된 기업은 최대 2년간 사무 공간을 "
        "무상으로 쓸 수 있다.",
        ago(FETCHED_AT, hours=4))),
    (88099, Story(
        "광역 버스 환승 할인 확대…인근 4개 군까지",
        "광역 버스 환승 할인이 인근 4개 군까지 확대된다. 시외 통근자들의 교통비 부담이 다소 "
        "줄어들 전망이다.",
        ago(FETCHED_AT, hours=6))),
    (88093, Story(
        "5·18 기록관 새 상설전시 개막…미공개 사진 120점",
        "5·18 기록관이 새 상설전시를 열었다. 그동안 공개되지 않았던 현장 사진 120점이 처음으로 "
        "선보인다.",
        kst(7, 18, 40))),
    (88087, Story(
        "시의회, 공공배달앱 예산 삭감 두고 공방",
        "시의회 예산 심의에서 공공배달앱 운영 예산 삭감을 두고 의원들 간 공방이 벌어졌다. "
        "이용률 저조를 이유로 한 삭감안이 논란이 됐다.",
        kst(7, 14, 20))),
    (88080, Story(
        "양림동 근대 골목 야간 투어 주말마다 운영",
        "양림동 근대 골목을 해설사와 함께 걷는 야간 투어가 주말마다 운영된다. 참가비는 "
        "무료이며 사전 예약을 받는다.",
        kst(7, 10, 5))),
)  # fmt: skip
_BITGOEUL_BEST = (
    (88012, "아파트 분양가 3.3㎡당 2천만 원 넘었다"),
    (88121, "빛고을 도시철도 2호선 1단계 시운전 돌입"),
    (87990, "[포토] 만개한 벚꽃 아래 봄나들이"),
    (88045, "지역 프로축구단 홈 개막전 매진"),
)


def _bitgoeul_time(when: datetime) -> str:
    if when.date() == FETCHED_AT.date():
        return _relative(when)
    return f"어제 {when:%H:%M}"


def _bitgoeul_cell(no: int, story: Story) -> str:
    assert story.when is not None and story.lead is not None
    href = f"view.html?no={no}"
    return (
        '<td class="news_cell" width="50%" valign="top">\n'
        f'<div class="thumb"><a href="{href}"><img src="//img.bitgoeul.example.co.kr/news/'
        f'{no}_s.jpg" alt=""></a></div>\n'
        f'<div class="subject"><a href="{href}">{escape_html(story.title)}</a></div>\n'
        f'<div class="summary">{escape_html(story.lead)}</div>\n'
        f'<span class="time">{_bitgoeul_time(story.when)}</span>\n'
        "</td>"
    )


def build_table_two_column() -> Layout:
    """A news list rendered as ``table.news_table`` with two article cells per ``<tr>``
    (``div.subject > a``, ``div.summary``, ``span.time`` "8분 전" / "어제 14:20")."""
    page_url = f"{_BITGOEUL_HOST}/news/list.html?cate=local"
    nav = menu_items(
        (f"/news/list.html?cate={slug}", name)
        for slug, name in (
            ("local", "지역"), ("politics", "정치"), ("economy", "경제"), ("society", "사회"),
            ("culture", "문화"), ("sports", "스포츠"),
        )
    )  # fmt: skip
    pairs = [_BITGOEUL_STORIES[n : n + 2] for n in range(0, len(_BITGOEUL_STORIES), 2)]
    rows = "\n".join(
        "<tr>\n" + "\n".join(_bitgoeul_cell(no, story) for no, story in pair) + "\n</tr>"
        for pair in pairs
    )
    best = link_list(
        ((f"view.html?no={no}", title) for no, title in _BITGOEUL_BEST),
        '<li><span class="best_no">{rank}</span><a href="{href}">{title}</a></li>',
    )
    footer = menu_items((f"/company/{n}.html", t) for n, t in enumerate(_FOOTER_LINKS))
    body = f"""<div id="header"><h1><a href="/">빛고을일보</a></h1>
<ul class="gnb">{nav}</ul></div>
{_ad_slot("top_banner", "AD", 66102, "bitgoeul_top")}
<div id="container">
<div id="content">
<h2 class="cate_title">지역</h2>
<table class="news_table" width="100%" border="0" cellspacing="0" cellpadding="0"
 summary="지역 뉴스 목록">
<caption class="blind">지역 뉴스 목록</caption>
<colgroup><col width="50%"><col width="50%"></colgroup>
{rows}
</table>
<div class="paging"><strong>1</strong> <a href="?cate=local&amp;page=2">2</a>
<a href="?cate=local&amp;page=3">3</a> <a href="?cate=local&amp;page=2" class="next">다음</a>
</div>
</div>
<div id="side">
<div class="best_box"><h3>많이 본 기사</h3><ol>{best}</ol></div>
{_ad_slot("side_banner", "광고", 66110, "bitgoeul_side")}
</div>
</div>
<div id="footer"><ul>{footer}</ul><p>Copyright © 빛고을일보. All rights reserved.</p></div>"""
    html = html_document("지역 | 빛고을일보", body, lang="ko")
    gold = [_gold(page_url, f"view.html?no={no}", story) for no, story in _BITGOEUL_STORIES]
    return korean_layout(
        "ko-table-two-column",
        'news list as a table, two article cells per <tr>: div.subject > a, div.summary, "8분 전"'
        ' / "어제 14:20"',
        html,
        page_url,
        gold,
    )


BUILDERS: tuple[Builder, ...] = (
    build_portal_news2, build_progressive_daily, build_headless_cms,
    build_sports_entertainment, build_economic_daily, build_community_board,
    build_utf8_declared_euckr, build_cp949_undeclared, build_table_two_column,
)  # fmt: skip
