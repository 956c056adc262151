"""An eleventh set of Korean listing layouts: a university newspaper, a fact-check site, a
broadcaster's VOD news grid and a foreign-press translation site — markup families the other
Korean modules do not cover.

Each builder returns a whole page in the shape of one family — a university newspaper's
(대학신문) news list (``div.list_wrap > div.list_item``, each item an issue label "제1089호", a
section link, ``strong.tit > a``, a linked lead, the reporter's name and the issue date
"2025.04.07" only, beside a "지난호 보기" select box whose issues are options, not links), a
fact-check and data-journalism site's card grid (``div.card`` whose one link wraps a verdict
badge "사실" / "대체로 사실" / "거짓" that is no part of the title, ``h3`` title, ``p`` summary and
a date "2025.04.08", under a filter bar of verdict links and a data-story feature), a
broadcaster's news VOD grid (``ul.vod_list > li > a`` wrapping ``span.thumb`` with the clip's
running time "02:31", ``strong.tit`` and ``span.date`` "방송일 2025.04.08", beside the
channel's 편성표 of programme links with air times) and a foreign-press translation site
(headlines opening with the original source "[로이터]" / "[AP]" in a ``span``, part of the
headline as shown, leads, "4시간 전" and a "원문 보기" link to the foreign original on another
host) — with the chrome real pages carry around the list (menus, "많이 본" boxes, related
links, ads, pagination, footers). Hosts, headlines, leads and names are invented.

Every page is fetched at 2025-04-08 15:00 KST and printed on the KST clock. Gold times are
the instants the page states: a relative time ("35분 전", "4시간 전", "1일 전") counted back from
the fetch time. A date without a time of day ("2025.04.07", "방송일 2025.04.08") gives no gold
timestamp, and a clip's running time ("02:31") is no time of day. Gold titles leave out verdict
badges; a source prefix "[로이터]" and "[단독]" are part of the headlines.
"""

# Page markup is kept as the sites write it, one element per line: long lines are HTML.
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
    ranking_box,
)
from .markup import (
    Story,
    ago,
    escape_html,
    gold_item,
    html_document,
    lead_html,
    link_list,
    menu_items,
)

# --------------------------------------------------------------------------------------------
# 1. A university newspaper's news list: div.list_wrap > div.list_item, issue labels
# --------------------------------------------------------------------------------------------

_UNI_HOST = "https://www.hanbitunivnews.example.ac.kr"
# (idxno, issue, section, reporter, date, story): dates only, as the paper prints its issues
_UNI_STORIES = (
    (31877, 1089, "보도", "김하은", "2025.04.07", Story(
        "총학생회 재선거 투표율 51.2%로 성사…'봄빛' 선본 당선",
        "지난 3월 무산됐던 제58대 총학생회 재선거가 투표율 51.2%로 성사됐다. 단독 출마한 '봄빛' "
        "선거운동본부가 찬성 78.4%로 당선을 확정했다.",
        None)),
    (31876, 1089, "보도", "이도윤", "2025.04.07", Story(
        "[단독] 학생회관 리모델링 2년 연기…예산 재편성 탓",
        "올해 여름 착공 예정이던 학생회관 리모델링이 2027년으로 미뤄진 것으로 확인됐다. 본부는 "
        "기숙사 신축 예산을 먼저 편성하면서 공사 일정을 조정했다고 밝혔다.",
        None)),
    (31874, 1089, "보도", "박서진", "2025.04.07", Story(
        "수강신청 서버 또 멈춰…정정기간 연장 요구 빗발",
        "1학기 수강 정정 첫날 수강신청 시스템이 40분간 접속 장애를 일으켰다. 학생들은 정정기간을 "
        "사흘 연장해 달라고 요구하고 있다.",
        None)),
    (31872, 1089, "학술", "최윤서", "2025.04.07", Story(
        "생명과학부 연구팀, 식물 뿌리의 '물 감지' 단백질 규명",
        "생명과학부 정민호 교수 연구팀이 식물 뿌리가 토양의 수분을 감지하는 데 쓰는 단백질을 "
        "찾아냈다. 가뭄에 강한 작물 개발에 쓰일 수 있을 것으로 기대된다.",
        None)),
    (31870, 1089, "사회", "한지우", "2025.04.07", Story(
        "자취생 월세 평균 58만 원…대학가 원룸 '월세 절벽'",
        "본지가 학교 주변 원룸 120곳을 조사한 결과 평균 월세가 58만 원으로 1년 새 9% 올랐다. "
        "보증금을 낮추고 월세를 올리는 계약이 늘었다.",
        None)),
    (31868, 1089, "문화", "정다은", "2025.04.07", Story(
        "개교 80주년 기념 사진전 '캠퍼스의 80번의 봄' 개막",
        "개교 80주년을 맞아 학교 역사를 담은 사진 300여 점을 선보이는 전시가 중앙도서관 "
        "로비에서 열린다.",
        None)),
    (31866, 1089, "여론", "오승현", "2025.04.07", Story(
        "[사설] 수강신청 장애, 사과보다 대책이 먼저다",
        "매 학기 되풀이되는 수강신청 장애에 본부는 이번에도 사과문 한 장을 냈다. 서버 증설과 "
        "분산 신청 같은 구체적 대책을 내놓아야 한다.",
        None)),
    (31861, 1088, "보도", "김하은", "2025.03.31", Story(
        "등록금 동결 17년 만에 깨졌다…학부 4.9% 인상",
        "등록금심의위원회가 올해 학부 등록금을 4.9% 올리기로 의결했다. 학생위원들은 표결에 "
        "앞서 회의장을 떠났다.",
        None)),
    (31859, 1088, "보도", "이도윤", "2025.03.31", Story(
        "교내 셔틀버스 노선 개편…기숙사~공학관 직행 신설",
        "4월부터 교내 셔틀버스 노선이 바뀐다. 기숙사에서 공학관으로 바로 가는 직행 노선이 "
        "새로 생기고 배차 간격은 7분으로 줄어든다.",
        None)),
    (31856, 1088, "학술", "최윤서", "2025.03.31", Story(
        "인문대, AI 번역 시대의 외국어 교육 토론회 열어",
        "인문대학이 AI 번역 도구의 확산이 외국어 교육에 미치는 영향을 주제로 토론회를 열었다. "
        "교수와 학생 150여 명이 참석했다.",
        None)),
    (31853, 1088, "사회", "한지우", "2025.03.31", Story(
        "청년 주거 지원 '대학생 행복기숙사' 입주 경쟁률 9대 1",
        "공공기관이 운영하는 연합기숙사의 올해 입주 경쟁률이 9대 1을 넘었다. 비싼 월세를 "
        "피하려는 학생들이 몰렸다.",
        None)),
    (31850, 1088, "문화", "정다은", "2025.03.31", Story(
        "중앙동아리 공연 시즌 개막…첫 무대는 국악 동아리 '한소리'",
        "봄 학기 중앙동아리 정기공연이 시작됐다. 첫 무대에 오른 국악 동아리 '한소리'는 창작 "
        "국악 여섯 곡을 선보였다.",
        None)),
)  # fmt: skip
# 많이 본 기사: shorter wordings of some list stories among older ones
_UNI_POPULAR = (
    (31861, "등록금 17년 만에 인상…학부 4.9%"),
    (31876, "학생회관 리모델링 2년 연기"),
    (31820, "[기획] 캠퍼스 안 외국인 유학생 3천 명 시대"),
    (31877, "총학 재선거 성사…'봄빛' 당선"),
    (31801, "도서관 24시간 열람실 폐쇄 논란"),
)
# 기획·연재: the paper's series pages (section lists, not articles)
_UNI_SERIES = (
    ("S1N12", "[연재] 캠퍼스의 사람들"),
    ("S1N13", "[기획] 대학가 주거 리포트"),
    ("S1N14", "[연재] 80년의 기록"),
)
# 지난호 보기: (issue, date) options of a select box
_UNI_ISSUES = (
    (1089, "2025.04.07"), (1088, "2025.03.31"), (1087, "2025.03.24"), (1086, "2025.03.17"),
    (1085, "2025.03.04"), (1084, "2024.12.02"), (1083, "2024.11.25"),
)  # fmt: skip


def _uni_href(idxno: int) -> str:
    return f"/news/articleView.html?idxno={idxno}"


def _uni_item(idxno: int, issue: int, section: str, reporter: str, date: str, story: Story) -> str:
    href = _uni_href(idxno)
    return (
        '<div class="list_item">\n'
        f'<div class="thumb"><a href="{href}"><img src="{_UNI_HOST}/news/thumbnail/202504/'
        f'{idxno}_{idxno % 997}_v150.jpg" alt=""></a></div>\n'
        '<div class="txt">\n'
        f'<div class="label"><span class="issue">제{issue}호</span> '
        f'<a href="/news/articleList.html?sc_section={escape_html(section)}" class="sec">'
        f"{escape_html(section)}</a></div>\n"
        f'<strong class="tit"><a href="{href}">{story.headline_html}</a></strong>\n'
        f'<p class="lead"><a href="{href}">{lead_html(story)}</a></p>\n'
        f'<div class="info"><span class="writer">{escape_html(reporter)} 기자</span>'
        f'<span class="bar">|</span><span class="date">{date}</span></div>\n'
        "</div>\n</div>"
    )


def build_university_newspaper() -> Layout:
    """A university newspaper's 전체기사 list: ``div.list_wrap > div.list_item`` with a thumbnail
    link, ``div.label`` ("제1089호" issue label + section link), ``strong.tit > a``, a linked
    ``p.lead`` and ``div.info`` (reporter + the issue date "2025.04.07", no time of day).
    Beside it a "지난호 보기" ``select`` of past issues (options, no links), a "많이 본 기사"
    box, a 기획·연재 box of series pages, a 수습기자 모집 notice banner and the university's
    links in the footer."""
    page_url = f"{_UNI_HOST}/news/articleList.html?view_type=sm"
    nav = menu_items(
        (f"/news/articleList.html?sc_section={name}", name)
        for name in ("보도", "학술", "사회", "문화", "여론", "사진", "영문")
    )
    items = "\n".join(_uni_item(*entry) for entry in _UNI_STORIES)
    options = "".join(
        f'<option value="/news/issue.html?no={no}"{" selected" if n == 0 else ""}>'
        f"제{no}호 ({date})</option>"
        for n, (no, date) in enumerate(_UNI_ISSUES)
    )
    series = link_list(
        ((f"/news/articleList.html?sc_serial_code={code}", title) for code, title in _UNI_SERIES),
        '<li><a href="{href}">{title}</a></li>',
    )
    popular = ranking_box([(_uni_href(idx), title) for idx, title in _UNI_POPULAR], "많이 본 기사")
    body = f"""<div id="wrap">
<div class="top_bar"><a href="https://www.hanbit.example.ac.kr/" target="_blank">한빛대학교</a>
<a href="/member/login.html">로그인</a> <a href="/com/jebo.html">독자투고</a></div>
<header id="header"><h1 class="logo"><a href="/"><img src="{_UNI_HOST}/image/logo.png" alt="한빛대신문"></a></h1>
<p class="since">1948년 창간 · 매주 월요일 발행</p>
<nav class="gnb"><ul><li><a href="/news/articleList.html?view_type=sm">전체기사</a></li>{nav}</ul></nav>
</header>
<div id="container">
<div class="content">
<div class="list_head"><h2 class="tit">전체기사</h2>
<span class="count">총 <b>8,412</b>건</span></div>
<div class="list_wrap">
{items}
</div>
{pagination("/news/articleList.html?view_type=sm&amp;page={n}")}
</div>
<div class="aside">
<div class="issue_box"><h3 class="box_tit">지난호 보기</h3>
<form action="/news/issue.html" method="get">
<select name="no" title="호수 선택" onchange="location.href=this.value">{options}</select>
<button type="submit" class="btn_go">보기</button></form>
<a href="/pdf/1089.pdf" class="btn_pdf" target="_blank">이번 호 PDF</a></div>
{popular}
<div class="series_box"><h3 class="box_tit">기획·연재</h3><ul>{series}</ul></div>
<div class="notice_banner"><a href="/com/recruit.html"><img src="{_UNI_HOST}/image/banner_recruit.jpg" alt="[공지] 한빛대신문 제86기 수습기자 모집"></a></div>
{ad_slot("ad_aside", "광고", 66021, "hanbitunivnews_aside")}
</div>
</div>
<footer id="footer">
<ul class="footer_menu"><li><a href="/com/about.html">신문사 소개</a></li>
<li><a href="/com/ad.html">광고 안내</a></li><li><a href="/com/privacy.html">개인정보처리방침</a></li>
<li><a href="/com/youth.html">청소년보호정책</a></li><li><a href="https://www.hanbit.example.ac.kr/">한빛대학교</a></li></ul>
<address>한빛대신문사 | 한빛시 대학로 1 학생회관 3층 | 편집국 031-000-1948 | 발행인 총장 · 편집인 주간</address>
<p class="copyright">Copyright © 한빛대신문. All rights reserved.</p>
</footer>
</div>"""
    html = html_document("전체기사 - 한빛대신문", body, lang="ko")
    gold = [
        gold_item(page_url, _uni_href(idx), story, timed=False)
        for idx, _, _, _, _, story in _UNI_STORIES
    ]
    return korean_layout(
        "ko-university-newspaper",
        'university newspaper 전체기사: div.list_wrap > div.list_item, span.issue "제1089호" + '
        'section link, strong.tit > a, linked p.lead, reporter + date-only "2025.04.07", '
        "지난호 보기 select box (options, no links), 기획·연재 box",
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 2. A fact-check and data-journalism site: div.card grid with verdict badges
# --------------------------------------------------------------------------------------------

_FC_HOST = "https://factcheck.jinsil.example.kr"
# The data-story feature on top of the grid: (id, date, story)
_FC_FEATURE = (
    5102, "2025.04.08", Story(
        "[데이터] 전국 응급실 1,032곳 1년 치 운영 기록 전수 분석",
        "응급실 운영 기록 1년 치를 모두 분석했다. 야간에 중증 환자를 받지 못한 날이 가장 많은 "
        "곳은 비수도권 중소도시였고, 그 수는 1년 새 두 배가 됐다.",
        None),
)  # fmt: skip
# (id, verdict class, verdict, speaker, date, story)
_FC_CARDS = (
    (5098, "true", "사실", "보건복지부 장관", "2025.04.08", Story(
        "\"의대 정원 늘려도 지역 의사는 안 늘어\"…과거 증원 때 실제로 어땠나",
        "2000년대 의대 신설 당시 졸업생의 지역 정착률을 확인했다. 비수도권 의대 졸업생의 "
        "60% 이상이 수도권에서 수련을 받은 것으로 나타나 발언은 사실에 가깝다.",
        None)),
    (5097, "mostly-true", "대체로 사실", "국회의원 김○○", "2025.04.08", Story(
        "\"청년 1인 가구 절반이 월세 산다\"는 주장 따져보니",
        "통계청 주거실태조사를 보면 20대 1인 가구의 월세 거주 비율은 48.7%였다. 30대까지 넓히면 "
        "비율이 낮아져 '청년' 범위에 따라 결론이 달라진다.",
        None)),
    (5095, "false", "거짓", "온라인 커뮤니티", "2025.04.07", Story(
        "'수돗물에 산불 재가 섞여 나온다' 영상, 사실일까",
        "SNS에 퍼진 영상 속 정수장은 산불 피해 지역과 80km 떨어진 곳이었다. 수질 검사에서도 "
        "이상이 발견되지 않았다.",
        None)),
    (5094, "half-true", "절반의 사실", "○○시장", "2025.04.07", Story(
        "\"우리 시 출생아 수 전국 1위 증가율\"…기준 바꾸면 순위 달라져",
        "전년 대비 증가율로는 1위가 맞지만 출생아 수 자체는 3년 전보다 적다. 비교 기준에 따라 "
        "의미가 크게 달라지는 주장이다.",
        None)),
    (5092, "mostly-false", "대체로 거짓", "정당 논평", "2025.04.06", Story(
        "\"전기요금 OECD에서 가장 싸다\"는 말, 어디까지 맞나",
        "주택용 전기요금은 OECD 하위권이 맞지만 구매력 기준으로 환산하면 중위권이다. 산업용은 "
        "평균보다 높아 '가장 싸다'는 표현은 과장됐다.",
        None)),
    (5091, "false", "거짓", "SNS 게시물", "2025.04.06", Story(
        "'4월부터 현금 결제 시 부가세 2배' 메시지는 허위",
        "기획재정부와 국세청 모두 그런 제도를 검토한 적이 없다고 밝혔다. 지난해 해외에서 돈 "
        "가짜 뉴스를 번역한 것으로 확인됐다.",
        None)),
    (5089, "true", "사실", "교육부", "2025.04.05", Story(
        "초등학교 1학년 학생 수 처음으로 30만 명 아래로",
        "교육통계 연보를 확인한 결과 올해 초등학교 1학년 학생 수는 29만 8천여 명으로 처음 "
        "30만 명을 밑돌았다.",
        None)),
    (5088, "unproven", "판단 유보", "경제단체", "2025.04.05", Story(
        "\"주 4일제 도입하면 생산성 20% 떨어진다\" 근거는",
        "인용된 보고서는 해외 일부 업종의 설문 결과를 바탕으로 했다. 국내 자료가 부족해 현재로서는 "
        "판단하기 어렵다.",
        None)),
    (5086, "mostly-true", "대체로 사실", "국토교통부", "2025.04.04", Story(
        "\"수도권 아파트 입주 물량 10년 만에 최저\" 확인해보니",
        "부동산 정보업체와 국토부 자료를 비교했다. 올해 수도권 입주 예정 물량은 2015년 이후 가장 "
        "적지만 오피스텔을 포함하면 차이가 줄어든다.",
        None)),
    (5085, "false", "거짓", "유튜브 영상", "2025.04.04", Story(
        "[팩트체크] '벚꽃 축제 전면 취소' 공문은 조작된 이미지",
        "해당 공문의 문서번호와 담당자 이름은 실제 지자체 공문과 맞지 않았다. 지자체는 축제를 "
        "예정대로 연다고 밝혔다.",
        None)),
    (5083, "half-true", "절반의 사실", "국회의원 이○○", "2025.04.03", Story(
        "\"최저임금 오르면 고용 줄어\"…연구 결과는 엇갈린다",
        "국내외 연구 12편을 살펴봤다. 고용이 줄었다는 연구와 영향이 없었다는 연구가 비슷하게 "
        "나뉘어 한쪽으로 단정하기 어렵다.",
        None)),
    (5082, "mostly-false", "대체로 거짓", "온라인 커뮤니티", "2025.04.03", Story(
        "'외국인 건강보험 무임승차로 적자' 주장 살펴보니",
        "외국인 가입자 전체로 보면 건강보험 재정은 수년째 흑자다. 일부 피부양자 제도의 허점은 "
        "있지만 적자의 원인으로 보기는 어렵다.",
        None)),
)  # fmt: skip
_FC_VERDICTS = (
    ("true", "사실"), ("mostly-true", "대체로 사실"), ("half-true", "절반의 사실"),
    ("mostly-false", "대체로 거짓"), ("false", "거짓"), ("unproven", "판단 유보"),
)  # fmt: skip
# 많이 본 팩트체크: with their verdict badges, some list cards among older ones
_FC_POPULAR = (
    (5091, "거짓", "'현금 결제 부가세 2배' 메시지는 허위"),
    (5044, "대체로 거짓", "국민연금 고갈되면 연금 못 받는다?"),
    (5097, "대체로 사실", "청년 1인 가구 절반이 월세"),
    (5012, "사실", "한국 자살률 OECD 1위, 20년째 맞나"),
    (4998, "거짓", "'전자레인지 물 끓이면 독성' 주장"),
)
# 데이터 스토리: the site's data pieces (older, recommended beside the grid)
_FC_DATA = (
    ("/data/2025/housing-price-map", "[인터랙티브] 서울 아파트값 20년 지도"),
    ("/data/2025/assembly-attendance", "[데이터] 국회의원 본회의 출석률 전수 조사"),
    ("/data/2025/pm25-school", "[데이터] 학교 옆 미세먼지 측정소 1,200곳"),
)


def _fc_href(fid: int) -> str:
    return f"/facts/show?id={fid}"


def _fc_card(fid: int, css: str, verdict: str, speaker: str, date: str, story: Story) -> str:
    href = _fc_href(fid)
    return (
        f'<div class="card" data-verdict="{css}">\n'
        f'<a href="{href}" class="card_link">\n'
        f'<div class="card_thumb"><img src="https://cdn.jinsil.example.kr/facts/{fid}/thumb.jpg" alt="" loading="lazy"></div>\n'
        f'<span class="verdict verdict--{css}">{verdict}</span>\n'
        f'<h3 class="card_tit">{story.headline_html}</h3>\n'
        f'<p class="card_desc">{lead_html(story)}</p>\n'
        f'<span class="card_date">{date}</span>\n'
        "</a>\n"
        f'<div class="card_foot"><span class="speaker">검증 대상: {escape_html(speaker)}</span>'
        f'<a href="/facts?speaker={fid % 89}" class="speaker_more">발언 더보기</a></div>\n'
        "</div>"
    )


def build_fact_check_cards() -> Layout:
    """A fact-check and data-journalism site's list: a data-story feature (``div.feature``,
    one link over an ``h2`` and a lead) above a grid of ``div.card``, each one ``a.card_link``
    wrapping a thumbnail, a verdict badge ``span.verdict`` ("사실", "대체로 사실", "거짓" …: no
    part of the title), ``h3.card_tit``, ``p.card_desc`` and ``span.card_date`` "2025.04.08"
    (no time of day), then a "검증 대상" speaker line and a "발언 더보기" link. A filter bar of
    verdict links over the grid, "많이 본 팩트체크" with verdict badges, a "데이터 스토리" box,
    a newsletter form and a 후원 banner."""
    page_url = f"{_FC_HOST}/facts"
    nav = menu_items(
        (path, name)
        for path, name in (
            ("/facts", "팩트체크"), ("/data", "데이터 스토리"), ("/explainer", "알고 보니"),
            ("/request", "검증 요청"), ("/about", "소개"),
        )
    )  # fmt: skip
    filters = "".join(
        f'<li><a href="/facts?verdict={css}" class="chip chip--{css}">{name}</a></li>'
        for css, name in _FC_VERDICTS
    )
    fid, fdate, feature = _FC_FEATURE
    cards = "\n".join(_fc_card(*entry) for entry in _FC_CARDS)
    popular = "".join(
        f'<li><em class="num">{n}</em><a href="{_fc_href(idx)}"><span class="verdict">{verdict}'
        f"</span> {escape_html(title)}</a></li>"
        for n, (idx, verdict, title) in enumerate(_FC_POPULAR, start=1)
    )
    data = link_list(_FC_DATA, '<li><a href="{href}">{title}</a></li>')
    body = f"""<div class="site">
<header class="site_header"><a href="/" class="logo">진실검증센터</a>
<nav class="gnb"><ul>{nav}</ul></nav>
<a href="/support" class="btn_support">후원하기</a></header>
<main class="site_main">
<section class="feature">
<a href="{_fc_href(fid)}" class="feature_link">
<div class="feature_img"><img src="https://cdn.jinsil.example.kr/facts/{fid}/cover.jpg" alt=""></div>
<div class="feature_txt"><span class="kicker">데이터 스토리</span>
<h2 class="feature_tit">{feature.headline_html}</h2>
<p class="feature_desc">{lead_html(feature)}</p>
<span class="feature_date">{fdate}</span></div></a>
</section>
<section class="fact_list">
<div class="list_head"><h2>최신 팩트체크</h2>
<ul class="verdict_filter"><li><a href="/facts" class="chip on">전체</a></li>{filters}</ul></div>
<div class="card_grid">
{cards}
</div>
<div class="more_wrap"><a href="/facts?page=2" class="btn_more">더 보기</a></div>
</section>
</main>
<aside class="site_aside">
<div class="popular"><h3>많이 본 팩트체크</h3><ol>{popular}</ol></div>
<div class="data_box"><h3>데이터 스토리</h3><ul>{data}</ul></div>
<div class="newsletter"><h3>팩트체크 뉴스레터</h3><p>매주 화요일 검증 결과를 보내드립니다.</p>
<form action="/newsletter" method="post"><input type="email" name="email" placeholder="이메일 주소">
<button type="submit">구독</button></form></div>
<div class="support_banner"><a href="/support"><img src="https://cdn.jinsil.example.kr/banner/support.png" alt="독립 팩트체크를 후원해 주세요"></a></div>
</aside>
{company_footer(_FC_HOST, "진실검증센터", ("센터 소개", "검증 원칙", "정정 보도", "이용약관", "개인정보처리방침"))}
</div>"""
    html = html_document("팩트체크 - 진실검증센터", body, lang="ko")
    gold = [gold_item(page_url, _fc_href(fid), feature, timed=False)] + [
        gold_item(page_url, _fc_href(idx), story, timed=False)
        for idx, _, _, _, _, story in _FC_CARDS
    ]
    return korean_layout(
        "ko-fact-check-cards",
        "fact-check/data-journalism site: div.card > a.card_link wrapping span.verdict badge "
        '("사실"/"대체로 사실"/"거짓", not title) + h3.card_tit + p.card_desc + "2025.04.08" '
        "(date only), verdict filter bar, data-story feature, 많이 본 팩트체크 with badges",
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 3. A broadcaster's news VOD grid: ul.vod_list > li > a, running times, 편성표 links
# --------------------------------------------------------------------------------------------

_VOD_HOST = "https://tv.hanultv.example.co.kr"
# (clip id, running time, air date, story): no leads, air dates only
_VOD_CLIPS = (
    (1002841, "02:31", "2025.04.08", Story("[단독] 산불 헬기 절반이 '30년 넘은 기체'…부품 구하기도 어려워", None, None)),
    (1002840, "01:58", "2025.04.08", Story("벚꽃 명소마다 인파…주말 교통 혼잡 예상", None, None)),
    (1002839, "02:12", "2025.04.08", Story("환율 1,470원 넘어…수입 물가 비상", None, None)),
    (1002838, "03:05", "2025.04.08", Story("\"전세금 못 돌려받아\"…빌라 세입자 피해 또 늘어", None, None)),
    (1002837, "01:47", "2025.04.08", Story("국회 추경 심사 착수…재해 예산 놓고 공방", None, None)),
    (1002836, "02:26", "2025.04.08", Story("의대생 복귀 마감 D-1…대학들 '막판 설득'", None, None)),
    (1002835, "02:03", "2025.04.08", Story("[날씨] 내일 전국 비…강원 산지 늦은 눈", None, None)),
    (1002821, "02:44", "2025.04.07", Story("보이스피싱 막은 은행원…\"손님 표정이 이상했다\"", None, None)),
    (1002820, "01:55", "2025.04.07", Story("지하철 요금 150원 인상 확정…6월부터", None, None)),
    (1002819, "02:38", "2025.04.07", Story("[현장K] 불법 개조 전동킥보드 시속 60km로 '질주'", None, None)),
    (1002818, "02:15", "2025.04.07", Story("프로야구 개막 열흘 만에 100만 관중 돌파", None, None)),
    (1002817, "01:39", "2025.04.07", Story("[날씨] 낮 기온 20도 안팎…일교차 커", None, None)),
    (1002805, "02:51", "2025.04.06", Story("산불 피해 마을 '임시 주택' 입주 시작", None, None)),
    (1002804, "02:09", "2025.04.06", Story("AI 교과서 도입 한 달…교실은 아직 '적응 중'", None, None)),
    (1002803, "02:22", "2025.04.06", Story("해외 직구 어린이 제품서 유해물질 기준치 40배", None, None)),
    (1002802, "01:50", "2025.04.06", Story("동해안 오징어 어획량 반 토막…어민 시름", None, None)),
)  # fmt: skip
# 인기 클립: numbered, with running times, some list clips among older ones
_VOD_POPULAR = (
    (1002841, "03:11", "산불 헬기 절반이 30년 넘은 기체"),
    (1002766, "04:02", "[풀영상] 대통령 대국민 담화"),
    (1002821, "02:44", "보이스피싱 막은 은행원"),
    (1002750, "01:33", "고속도로 역주행 차량 블랙박스"),
)
# 편성표: (air time, programme id, programme)
_VOD_SCHEDULE = (
    ("06:00", "morning", "한울 뉴스광장"), ("12:00", "noon", "뉴스 12"),
    ("17:00", "five", "뉴스 5"), ("19:00", "seven", "7시 뉴스"),
    ("21:00", "nine", "한울 뉴스 9"), ("23:30", "night", "뉴스라인"),
)  # fmt: skip


def _vod_href(clip: int) -> str:
    return f"/news/vod/view.html?prog=nine&amp;clip={clip}"


def _vod_item(clip: int, length: str, air: str, story: Story) -> str:
    return (
        f'<li><a href="{_vod_href(clip)}" class="vod_link">\n'
        f'<span class="thumb"><img src="https://img.hanultv.example.co.kr/vod/{clip}/thumb_320.jpg" alt="">'
        f'<span class="ico_play">재생</span><span class="time">{length}</span></span>\n'
        f'<strong class="tit">{story.headline_html}</strong>\n'
        f'<span class="date">방송일 {air}</span>\n'
        "</a></li>"
    )


def build_broadcaster_vod_grid() -> Layout:
    """A broadcaster's news-programme VOD page: ``ul.vod_list > li > a.vod_link`` wrapping
    ``span.thumb`` (image, play icon and the clip's running time ``span.time`` "02:31"),
    ``strong.tit`` and ``span.date`` "방송일 2025.04.08" (air date only, no leads). Around it
    the programme's tabs (홈 / 다시보기 / 클립 VOD / 편성표), a "LIVE 보기" button, the
    channel's 편성표 of programme links with air times "21:00", a numbered "인기 클립" box with
    running times, an ad and pagination."""
    page_url = f"{_VOD_HOST}/news/vod/list.html?prog=nine"
    nav = menu_items(
        (f"/news/list.html?sec={sec}", name)
        for sec, name in (
            ("politics", "정치"), ("economy", "경제"), ("society", "사회"), ("world", "국제"),
            ("culture", "문화"), ("sports", "스포츠"), ("weather", "날씨"),
        )
    )  # fmt: skip
    clips = "\n".join(_vod_item(*entry) for entry in _VOD_CLIPS)
    schedule = "".join(
        f'<li{" class=on" if prog == "nine" else ""}><span class="hour">{hour}</span>'
        f'<a href="/program/{prog}/index.html">{escape_html(name)}</a></li>'
        for hour, prog, name in _VOD_SCHEDULE
    )
    popular = "".join(
        f'<li><em class="rank">{n}</em><a href="{_vod_href(clip)}"><span class="time">{length}'
        f"</span>{escape_html(title)}</a></li>"
        for n, (clip, length, title) in enumerate(_VOD_POPULAR, start=1)
    )
    body = f"""<div id="wrap">
<header id="header"><h1 class="logo"><a href="/"><img src="https://img.hanultv.example.co.kr/common/logo.png" alt="한울TV 뉴스"></a></h1>
<nav class="gnb"><ul>{nav}</ul></nav>
<a href="/live/index.html" class="btn_live">LIVE 보기</a></header>
<div id="container">
<div class="program_head">
<h2 class="program_tit"><a href="/program/nine/index.html">한울 뉴스 9</a></h2>
<p class="program_info">매일 밤 9시 | 앵커 박지훈 · 김소연</p>
<ul class="program_tab"><li><a href="/program/nine/index.html">홈</a></li>
<li><a href="/news/vod/full.html?prog=nine">다시보기</a></li>
<li class="on"><a href="/news/vod/list.html?prog=nine">클립 VOD</a></li>
<li><a href="/schedule/index.html">편성표</a></li></ul></div>
<div class="content">
<div class="vod_head"><h3 class="tit">클립 VOD</h3>
<div class="sort"><a href="/news/vod/list.html?prog=nine&amp;sort=new" class="on">최신순</a>
<a href="/news/vod/list.html?prog=nine&amp;sort=hit">인기순</a></div></div>
<ul class="vod_list">
{clips}
</ul>
{pagination("/news/vod/list.html?prog=nine&amp;page={n}")}
</div>
<div class="aside">
<div class="schedule_box"><h3 class="box_tit">오늘의 편성표</h3>
<p class="day">04.08 (화)</p><ul class="schedule">{schedule}</ul>
<a href="/schedule/index.html" class="more">전체 편성표</a></div>
<div class="popular_clip"><h3 class="box_tit">인기 클립</h3><ol>{popular}</ol></div>
{ad_slot("ad_aside", "AD", 58214, "hanultv_vod_aside")}
</div>
</div>
{company_footer(_VOD_HOST, "한울방송", ("회사소개", "시청자센터", "광고·협찬 안내", "이용약관", "개인정보처리방침", "청소년보호정책"))}
</div>"""
    html = html_document("클립 VOD - 한울 뉴스 9 - 한울TV 뉴스", body, lang="ko")
    gold = [
        gold_item(page_url, _vod_href(clip).replace("&amp;", "&"), story, timed=False)
        for clip, _, _, story in _VOD_CLIPS
    ]
    return korean_layout(
        "ko-broadcaster-vod-grid",
        "broadcaster news VOD grid: ul.vod_list > li > a wrapping span.thumb (span.time "
        '"02:31" running time) + strong.tit + span.date "방송일 2025.04.08" (date only), no '
        "leads, 편성표 programme links with air times, numbered 인기 클립 box",
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 4. A foreign-press translation site: "[로이터]" source prefixes and "원문 보기" links
# --------------------------------------------------------------------------------------------

_TR_HOST = "https://www.oesinbeon.example.kr"
# Foreign originals: (label, host)
_TR_SOURCES = {
    "로이터": "https://www.reuters-wire.example.com",
    "AP": "https://apnews-wire.example.com",
    "AFP": "https://www.afp-wire.example.com",
    "블룸버그": "https://www.bloomberg-wire.example.com",
    "FT": "https://www.ft-paper.example.com",
    "NYT": "https://www.nyt-paper.example.com",
}
# (id, source, translator, shown time, original path, story); the headline is the source
# label then the translated title
_TR_STORIES = (
    (40218, "로이터", "김서연", "35분 전", "/world/asia/fed-officials-signal-patience-2025-04-08/", Story(
        "[로이터] 미 연준 인사들 \"관세 충격 지켜봐야…금리 인하 서두를 이유 없어\"",
        "미국 연방준비제도 고위 인사들이 새 관세가 물가에 미칠 영향을 확인할 때까지 금리 결정을 "
        "서두르지 않겠다는 뜻을 잇달아 밝혔다.",
        ago(FETCHED_AT, minutes=35))),
    (40217, "AP", "이준호", "1시간 전", "/article/earthquake-aid-myanmar-8b1f2c", Story(
        "[AP] 미얀마 지진 구호품, 군부 검문에 막혀 피해 지역 도착 지연",
        "국제 구호단체들이 보낸 구호품이 군부 검문소에서 며칠씩 묶이면서 피해가 큰 중부 지역 "
        "주민들에게 제때 전달되지 못하고 있다.",
        ago(FETCHED_AT, hours=1))),
    (40215, "블룸버그", "박민지", "2시간 전", "/news/articles/2025-04-08/chip-stocks-rebound", Story(
        "[블룸버그] 반도체주 사흘 만에 반등…\"저가 매수세 유입\"",
        "관세 우려로 급락했던 아시아 반도체주가 사흘 만에 반등했다. 낙폭이 컸던 종목을 중심으로 "
        "저가 매수세가 들어왔다.",
        ago(FETCHED_AT, hours=2))),
    (40214, "FT", "정유나", "3시간 전", "/content/3e9a1c52-eu-retaliation", Story(
        "[FT] EU, 미국산 공산품 보복관세 목록 마련…발효는 유예",
        "유럽연합이 미국산 공산품 수백 종에 매길 보복관세 목록을 확정했다. 다만 협상 여지를 "
        "남기려 발효 시점은 정하지 않았다.",
        ago(FETCHED_AT, hours=3))),
    (40212, "로이터", "김서연", "4시간 전", "/business/energy/opec-output-may-2025-04-08/", Story(
        "[로이터] OPEC+ 5월 증산 규모 유지…유가 60달러대 초반",
        "석유수출국기구와 주요 산유국 협의체가 5월 증산 계획을 그대로 유지하기로 했다. 국제 "
        "유가는 배럴당 60달러대 초반에서 움직였다.",
        ago(FETCHED_AT, hours=4))),
    (40211, "NYT", "최현우", "5시간 전", "/2025/04/07/us/college-visas-students.html", Story(
        "[NYT] 미 대학가, 유학생 비자 취소 잇따라…\"이유도 모른 채 통보\"",
        "미국 대학 여러 곳에서 유학생 비자가 갑자기 취소되는 일이 잇따르고 있다. 학생들은 "
        "구체적인 사유를 듣지 못했다고 말한다.",
        ago(FETCHED_AT, hours=5))),
    (40209, "AFP", "이준호", "6시간 전", "/en/news/20250408-paris-olympic-pool-reopens", Story(
        "[AFP] 파리 올림픽 수영장, 1년 만에 시민에게 개방",
        "지난여름 올림픽 경기가 열렸던 파리의 수영장이 시민 수영장으로 새 단장을 마치고 문을 "
        "열었다.",
        ago(FETCHED_AT, hours=6))),
    (40208, "로이터", "박민지", "8시간 전", "/world/china/china-export-controls-2025-04-08/", Story(
        "[로이터] 중국, 희토류 7종 수출 통제 강화…\"허가제 전환\"",
        "중국 상무부가 희토류 7종의 수출을 허가제로 바꾼다고 발표했다. 전기차와 방산 업계의 "
        "공급망 우려가 커지고 있다.",
        ago(FETCHED_AT, hours=8))),
    (40206, "AP", "정유나", "10시간 전", "/article/tornado-midwest-storms-3c4d", Story(
        "[AP] 미 중서부 토네이도로 최소 12명 사망…주 비상사태 선포",
        "미국 중서부를 휩쓴 토네이도와 폭풍으로 최소 12명이 숨졌다. 주지사들은 잇따라 비상사태를 "
        "선포했다.",
        ago(FETCHED_AT, hours=10))),
    (40205, "블룸버그", "최현우", "13시간 전", "/news/articles/2025-04-07/yen-safe-haven", Story(
        "[블룸버그] 엔화 안전자산 수요에 6개월 만의 강세",
        "금융시장 불안이 이어지면서 엔화가 달러 대비 6개월 만에 가장 강한 수준까지 올랐다.",
        ago(FETCHED_AT, hours=13))),
    (40203, "FT", "김서연", "1일 전", "/content/71bd0e44-uk-gilts-selloff", Story(
        "[FT] 영국 국채 금리 급등…재정 규칙 논란 재점화",
        "영국 장기 국채 금리가 1998년 이후 최고 수준으로 뛰었다. 정부의 재정 규칙을 둘러싼 "
        "논쟁이 다시 불붙었다.",
        ago(FETCHED_AT, days=1))),
    (40202, "AFP", "이준호", "1일 전", "/en/news/20250407-kenya-tea-drought", Story(
        "[AFP] 케냐 차 농가, 가뭄에 수확량 30% 급감",
        "동아프리카에 이어진 가뭄으로 케냐 차 농가의 수확량이 지난해보다 30% 가까이 줄었다.",
        ago(FETCHED_AT, days=1))),
)  # fmt: skip
# 많이 본 외신: shorter wordings of some list stories among older ones
_TR_POPULAR = (
    (40208, "[로이터] 중국, 희토류 수출 허가제로"),
    (40190, "[NYT] 관세 전쟁, 누가 이기나"),
    (40218, '[로이터] 연준 "금리 인하 서두르지 않아"'),
    (40177, "[이코노미스트] 한국 경제의 다섯 가지 숙제"),
    (40211, "[NYT] 미 유학생 비자 취소 잇따라"),
)
# 함께 읽을 해설: the site's explainers (recommended, not listed stories)
_TR_EXPLAINERS = (
    (40150, "[해설] 상호관세는 어떻게 계산됐나"),
    (40121, "[해설] 희토류가 왜 무기가 되나"),
)


def _tr_href(tid: int) -> str:
    return f"/news/articleView.html?idxno={tid}"


def _tr_source_html(source: str, story: Story) -> str:
    """The headline's markup: the source label in a span, then the translated title."""
    prefix = f"[{source}] "
    assert story.title.startswith(prefix)
    rest = escape_html(story.title[len(prefix) :])
    return f'<span class="src src--{len(source)}">[{escape_html(source)}]</span> {rest}'


def _tr_item(
    tid: int, source: str, translator: str, shown: str, original: str, story: Story
) -> str:
    href = _tr_href(tid)
    return (
        '<li class="article">\n'
        f'<a href="{href}" class="thumb"><img src="{_TR_HOST}/news/thumbnail/202504/{tid}_v150.jpg" alt=""></a>\n'
        '<div class="txt">\n'
        f'<h2 class="tit"><a href="{href}">{_tr_source_html(source, story)}</a></h2>\n'
        f'<p class="lead">{lead_html(story)}</p>\n'
        f'<div class="meta"><span class="time">{shown}</span>'
        f'<span class="translator">번역 {escape_html(translator)}</span>'
        f'<a href="{_TR_SOURCES[source]}{original}" class="origin" target="_blank" rel="noopener">원문 보기</a></div>\n'
        "</div>\n</li>"
    )


def build_foreign_press_translation() -> Layout:
    """A foreign-press translation site's 최신 외신: a 오늘의 외신 top story and
    ``ul.article_list > li.article`` with a thumbnail link, ``h2.tit > a`` whose headline opens
    with the original source as ``span.src`` "[로이터]" (part of the headline as shown),
    ``p.lead`` and ``div.meta`` with ``span.time`` "4시간 전", the translator and an
    ``a.origin`` "원문 보기" to the original on the foreign outlet's host. A source filter
    bar (로이터 / AP / AFP …), "많이 본 외신", a "함께 읽을 해설" box, a 유료 구독 banner, ads."""
    page_url = f"{_TR_HOST}/news/articleList.html?sc_section_code=S1N1"
    nav = menu_items(
        (f"/news/articleList.html?sc_section_code=S1N{n}", name)
        for n, name in enumerate(("최신 외신", "미국", "중국", "유럽", "경제", "테크", "해설"), 1)
    )
    sources = "".join(
        f'<li><a href="/news/articleList.html?source={escape_html(name)}">{escape_html(name)}</a></li>'
        for name in _TR_SOURCES
    )
    top_id, top_src, top_translator, top_shown, top_orig, top = _TR_STORIES[0]
    items = "\n".join(_tr_item(*entry) for entry in _TR_STORIES[1:])
    popular = ranking_box([(_tr_href(t), title) for t, title in _TR_POPULAR], "많이 본 외신")
    explainers = link_list(
        ((_tr_href(t), title) for t, title in _TR_EXPLAINERS),
        '<li><a href="{href}">{title}</a></li>',
    )
    body = f"""<div id="wrap">
<header id="header"><h1 class="logo"><a href="/">외신번역</a></h1>
<p class="slogan">세계의 뉴스를 한국어로</p>
<nav class="gnb"><ul>{nav}</ul></nav>
<div class="util"><a href="/member/login.html">로그인</a> <a href="/subscribe">구독하기</a></div></header>
<div id="container">
<div class="content">
<section class="today_top"><h2 class="box_tit">오늘의 외신</h2>
<div class="top_item"><a href="{_tr_href(top_id)}" class="top_img"><img src="{_TR_HOST}/news/photo/202504/{top_id}_main.jpg" alt=""></a>
<h3 class="top_tit"><a href="{_tr_href(top_id)}">{_tr_source_html(top_src, top)}</a></h3>
<p class="top_lead">{lead_html(top)}</p>
<div class="meta"><span class="time">{top_shown}</span><span class="translator">번역 {top_translator}</span>
<a href="{_TR_SOURCES[top_src]}{top_orig}" class="origin" target="_blank" rel="noopener">원문 보기</a></div></div>
</section>
<div class="source_filter"><span class="label">출처별</span><ul><li class="on"><a href="/news/articleList.html?sc_section_code=S1N1">전체</a></li>{sources}</ul></div>
<ul class="article_list">
{items}
</ul>
{pagination("/news/articleList.html?sc_section_code=S1N1&amp;page={n}")}
</div>
<div class="aside">
<div class="subscribe_banner"><a href="/subscribe"><img src="{_TR_HOST}/image/banner_subscribe.png" alt="월 4,900원으로 모든 번역 기사 보기"></a></div>
{popular}
<div class="explainer_box"><h3 class="box_tit">함께 읽을 해설</h3><ul>{explainers}</ul></div>
{ad_slot("ad_aside", "광고", 61120, "oesinbeon_aside")}
</div>
</div>
{company_footer(_TR_HOST, "외신번역", FOOTER_LINKS)}
</div>"""
    html = html_document("최신 외신 - 외신번역", body, lang="ko")
    gold = [gold_item(page_url, _tr_href(tid), story) for tid, *_, story in _TR_STORIES]
    return korean_layout(
        "ko-foreign-press-translation",
        'foreign-press translation site: h2.tit > a > span.src "[로이터]"/"[AP]" source prefix '
        '(part of the title) + p.lead + span.time "4시간 전" + a.origin "원문 보기" to the '
        "foreign original on another host, 오늘의 외신 top story, source filter bar",
        html,
        page_url,
        gold,
    )


BUILDERS: tuple[Builder, ...] = (
    build_university_newspaper,
    build_fact_check_cards,
    build_broadcaster_vod_grid,
    build_foreign_press_translation,
)
