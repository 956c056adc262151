"""A fifth set of Korean listing layouts: local outlets, public newsrooms and dailies whose
markup families the other Korean modules do not cover.

Each builder returns a whole page in the shape of one family — a local newspaper's news board
on a board CMS (``table.bd_lst`` rows with notice rows, reply counts and "14:05" / "04.07"
dates), a public institution's 보도자료 board (a 번호/제목/담당부서/등록일/조회 table with
attachment icons under the institution's whole mega-menu and a quick-links banner area), a
daily's section front (a photo top story, three sub-tops and a "기사 리스트" of
``div.list-block`` rows, times "2025.04.08 오후 2:05" and "25.04.08 09:31", a "섹션 주요뉴스"
box and a "포토뉴스" carousel), and an economic daily's market-news stream (stock codes in
titles, "LIVE" badges, "04/08 14:20" times and an index ticker bar of quote links) — with the
chrome real pages carry around the list (menus, "많이 본 뉴스" boxes, ads, pagination,
footers). Hosts, headlines, leads and names are invented.

Every page is fetched at 2025-04-08 15:00 KST and printed on the KST clock. Gold times are
the instants the page states: a clock alone ("14:05") is today's, a year-less "04/08 14:20"
is in the fetch year, a two-digit year "25.04.08" is 2025. A date without a time of day
("04.07", "2025-04-08") gives no gold timestamp.
"""

# Page markup is kept as the sites write it, one element per line: long lines are HTML.
# ruff: noqa: E501

from __future__ import annotations

from datetime import datetime

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


def _today(when: datetime) -> bool:
    return when.date() == FETCHED_AT.date()


def _korean_clock(when: datetime) -> str:
    """``2025.04.08 오후 2:05``: the date and a 12-hour clock with 오전/오후."""
    half = "오전" if when.hour < 12 else "오후"
    return f"{when:%Y.%m.%d} {half} {when.hour % 12 or 12}:{when:%M}"


# --------------------------------------------------------------------------------------------
# 1. A local newspaper's news board on a board CMS: table.bd_lst > tbody > tr
# --------------------------------------------------------------------------------------------

_BD_HOST = "https://www.gunnae-news.example.kr"
# (document_srl, category, writer, replies, views, story); the board prints today's posts as
# a clock ("14:05") and older ones as a year-less date ("04.07"): those give no gold time.
_BD_POSTS = (
    (48213, "행정", "최은별", 3, 211, Story(
        "군청 민원실 토요일 오전 운영 시범 실시…5월까지", None, kst(8, 14, 5))),
    (48210, "사회", "편집부", 0, 97, Story(
        "읍내 공영주차장 2곳 이달 말부터 야간 무료 개방", None, kst(8, 13, 31))),
    (48207, "교육", "박준서", 5, 344, Story(
        "농촌 작은학교 살리기 공동 통학버스 첫 운행", None, kst(8, 11, 52))),
    (48205, "경제", "최은별", 1, 158, Story(
        "[단독] 농공단지 입주기업 3곳 증설 투자…일자리 60개", None, kst(8, 10, 18))),
    (48201, "문화", "김하늘", 0, 76, Story(
        "군립미술관 봄 기획전 '물빛 마을' 개막", None, kst(8, 9, 40))),
    (48199, "의회", "박준서", 8, 502, Story(
        "군의회 행정사무감사 일정 확정…집행부와 신경전", None, kst(8, 8, 12))),
    (48194, "사회", "편집부", 2, 265, Story(
        "봄철 산불 감시원 42명 배치…입산 통제 구역 확대", None, kst(7, 17, 25))),
    (48190, "행정", "최은별", 0, 189, Story(
        "상수도 요금 고지서 모바일 전환 신청 받는다", None, kst(7, 15, 2))),
    (48186, "스포츠", "김하늘", 4, 233, Story(
        "군민 마라톤 참가 신청 1천 명 돌파…역대 최다", None, kst(7, 11, 47))),
    (48181, "경제", "박준서", 11, 671, Story(
        "전통시장 상품권 할인율 10%로 상향…이달 한정", None, kst(7, 9, 30))),
    (48175, "교육", "편집부", 0, 120, Story(
        "평생학습관 스마트폰 활용 교실 수강생 모집", None, kst(6, 16, 10))),
    (48172, "사회", "최은별", 6, 398, Story(
        "마을 공동체 텃밭 분양 추첨 결과 발표", None, kst(5, 14, 0))),
    (48166, "문화", "김하늘", 1, 145, Story(
        "향교 전통 혼례 체험 프로그램 재개", None, kst(4, 10, 35))),
    (48160, "행정", "박준서", 2, 230, Story(
        "읍 소재지 도시가스 공급 배관 공사 착공", None, kst(3, 13, 20))),
    (48154, "사회", "편집부", 0, 88, Story(
        "119안전센터 주말 응급처치 교육 무료 운영", None, kst(2, 9, 5))),
)  # fmt: skip
_BD_NOTICES = (
    (41002, "기사 제보 및 보도자료 접수 안내", 4, "2025.01.02"),
    (45880, "지면 개편에 따른 구독료 조정 안내", 12, "2025.03.04"),
)
_BD_POPULAR = (
    (48181, "전통시장 상품권 할인율 10%로 상향"),
    (48199, "군의회 행정사무감사 일정 확정…집행부와 신경전"),
    (48117, "군청 앞 교차로 회전교차로로 바뀐다"),
    (48172, "마을 공동체 텃밭 분양 추첨 결과"),
    (48092, "[기고] 우리 마을 오일장의 내일"),
)
# (document_srl, comment_srl, comment text) for the recent-comments widget
_BD_COMMENTS = (
    (48199, 48215, "감사 제대로 해주세요. 작년에도 흐지부지…"),
    (48181, 48212, "상품권 어디서 살 수 있나요?"),
    (48207, 48209, "우리 애 학교도 포함됐으면 좋겠네요"),
    (48213, 48214, "토요일 운영 정말 반갑습니다"),
)


def _bd_href(srl: int) -> str:
    return f"/local/{srl}"


def _bd_date(when: datetime) -> str:
    return f"{when:%H:%M}" if _today(when) else f"{when:%m.%d}"


def _bd_author(name: str, member: int) -> str:
    return (
        f'<td class="author"><span><a href="#popup_menu_area" class="member_{member}" '
        f'onclick="return false">{escape_html(name)}</a></span></td>'
    )


def _bd_row(
    srl: int, category: str, writer: str, replies: int, views: int, story: Story, no: int
) -> str:
    assert story.when is not None
    new = (
        '<span class="extraimg"><img src="/modules/document/tpl/icons/new.gif" alt="new" '
        'title="new" style="margin-right:2px;"></span>'
        if _today(story.when)
        else ""
    )
    reply = (
        f' <a href="{_bd_href(srl)}#{srl}_comment" class="replyNum" title="댓글">[{replies}]</a>'
        if replies
        else ""
    )
    return (
        "<tr>\n"
        f'<td class="no">{no}</td>\n'
        f'<td class="cate"><span style="color:#555">{escape_html(category)}</span></td>\n'
        f'<td class="title"><a href="{_bd_href(srl)}" class="hx" '
        f'data-viewer="/index.php?mid=local&amp;document_srl={srl}&amp;listStyle=viewer">'
        f"{escape_html(story.title)}</a>{new}{reply}</td>\n"
        f"{_bd_author(writer, 300 + len(writer) * 7)}\n"
        f'<td class="time">{_bd_date(story.when)}</td>\n'
        f'<td class="m_no">{views}</td>\n'
        "</tr>"
    )


def _bd_notice(srl: int, title: str, replies: int, date: str) -> str:
    return (
        '<tr class="notice">\n'
        '<td class="no"><strong>공지</strong></td>\n'
        '<td class="cate"><span style="color:#c00">알림</span></td>\n'
        f'<td class="title"><a href="{_bd_href(srl)}" class="hx"><strong>'
        f"{escape_html(title)}</strong></a> "
        f'<a href="{_bd_href(srl)}#{srl}_comment" class="replyNum" title="댓글">[{replies}]</a></td>\n'
        f"{_bd_author('관리자', 4)}\n"
        f'<td class="time">{date}</td>\n'
        '<td class="m_no">2318</td>\n'
        "</tr>"
    )


def build_xe_board() -> Layout:
    """A local newspaper's 지역뉴스 board on a board CMS: ``table.bd_lst.bd_tb_lst`` with a
    번호/분류/제목/글쓴이/날짜/조회 수 head, two ``tr.notice`` rows marked "공지" on top, then
    rows of ``td.no``, ``td.cate``, ``td.title > a.hx`` followed by a "new" icon and a
    ``a.replyNum`` "[3]" reply count, ``td.author`` (a member popup link), ``td.time`` "14:05"
    for today's posts and "04.07" before, ``td.m_no`` views. Around it: the site menu, a
    category tab bar, a search form, ``div.bd_pg`` pagination and sidebar widgets ("많이 본
    뉴스", "최근 댓글" whose links point at the listed articles' comments)."""
    page_url = f"{_BD_HOST}/local"
    nav = menu_items(
        (f"/{slug}", name)
        for slug, name in (
            ("local", "지역뉴스"), ("council", "의회"), ("edu", "교육"), ("people", "사람과 마을"),
            ("opinion", "오피니언"), ("photo", "포토"), ("board", "독자마당"),
        )
    )  # fmt: skip
    cats = " ".join(
        f'<li><a href="/index.php?mid=local&amp;category={n}">{name}</a></li>'
        for n, name in enumerate(
            ("행정", "의회", "사회", "경제", "교육", "문화", "스포츠"), start=9101
        )
    )
    total = 1243
    rows = "\n".join(_bd_row(*post, no=total - n) for n, post in enumerate(_BD_POSTS))
    notices = "\n".join(_bd_notice(*notice) for notice in _BD_NOTICES)
    popular = link_list(
        ((f"/index.php?mid=local&amp;document_srl={srl}", title) for srl, title in _BD_POPULAR),
        '<li><span class="num">{rank}</span><a href="{href}">{title}</a></li>',
    )
    comments = "\n".join(
        f'<li><a href="/index.php?mid=local&amp;document_srl={srl}#comment_{csrl}">'
        f'<span class="comment_txt">{escape_html(text)}</span></a></li>'
        for srl, csrl, text in _BD_COMMENTS
    )
    pages = " ".join(
        f'<a href="/index.php?mid=local&amp;page={n}" class="frst_last bubble">{n}</a>'
        for n in range(2, 11)
    )
    body = f"""<div id="wrapper" class="xe">
<header id="header">
<div class="top_util"><a href="/index.php?mid=local&amp;act=dispMemberLoginForm">로그인</a>
<a href="/index.php?mid=local&amp;act=dispMemberSignUpForm">회원가입</a></div>
<h1 class="logo"><a href="/">군내신문</a></h1>
<nav id="gnb"><ul class="gnb_ul">{nav}</ul></nav>
</header>
<div id="container" class="clearfix">
<div id="content">
<div class="bd hover_effect" data-default_style="list" data-bdFilesType="">
<div class="bd_hd clear">
<h2 class="bd_tit"><a href="/local">지역뉴스</a></h2>
<div class="bd_set fr m_btn_wrp"><a class="bd_login" href="/index.php?mid=local&amp;act=dispBoardWrite"><i class="fa fa-pencil"></i> 쓰기</a></div>
</div>
<div class="cnb_n_list"><div class="bd_cnb clearBoth">
<ul class="bubble"><li class="on"><a href="/local">전체</a></li> {cats}</ul>
</div></div>
<table class="bd_lst bd_tb_lst bd_tb">
<caption class="blind">List of Articles</caption>
<thead class="bg_f_f9">
<tr>
<th scope="col" class="no"><span><a href="/index.php?mid=local&amp;order_type=desc" title="내림차순">번호</a></span></th>
<th scope="col" class="m_no"><span>분류</span></th>
<th scope="col" class="title"><span><a href="/index.php?mid=local&amp;sort_index=title">제목</a></span></th>
<th scope="col"><span>글쓴이</span></th>
<th scope="col"><span><a href="/index.php?mid=local&amp;sort_index=regdate">날짜</a></span></th>
<th scope="col" class="m_no"><span><a href="/index.php?mid=local&amp;sort_index=readed_count">조회 수</a></span></th>
</tr>
</thead>
<tbody>
{notices}
{rows}
</tbody>
</table>
<div class="btm_mn clear">
<div class="fl"><form action="/" method="get" class="bd_srch_btm"><input type="hidden" name="mid" value="local">
<span class="btn_img itx_wrp"><label for="bd_srch_btm_itx">검색</label><input type="text" name="search_keyword" id="bd_srch_btm_itx" class="itx srch_itx"></span>
<span class="btn_img select"><select name="search_target"><option value="title_content">제목+내용</option><option value="title">제목</option><option value="nick_name">닉네임</option></select></span>
<button type="submit" class="btn_img">검색</button></form></div>
<div class="fr"><a class="btn_img" href="/index.php?mid=local&amp;act=dispBoardWrite"><i class="ico_16px write"></i> 쓰기</a></div>
</div>
<form action="./" method="get" class="bd_pg clear"><strong class="direction"><i class="fa fa-angle-left"></i> Prev</strong>
<strong class="this">1</strong> {pages}
<a href="/index.php?mid=local&amp;page=2" class="direction">Next <i class="fa fa-angle-right"></i></a></form>
</div>
</div>
<aside id="sidebar">
<div class="widget popular"><h3 class="widget_tit">많이 본 뉴스</h3><ol>{popular}</ol></div>
<div class="widget recent_comment"><h3 class="widget_tit">최근 댓글</h3><ul>
{comments}
</ul></div>
{ad_slot("widget banner", "광고", 55120, "gunnae_side")}
</aside>
</div>
{company_footer(_BD_HOST, "군내신문", FOOTER_LINKS)}
</div>"""
    html = html_document("지역뉴스 - 군내신문", body, lang="ko")
    gold = []
    for srl, *_, story in _BD_POSTS:
        assert story.when is not None
        gold.append(gold_item(page_url, _bd_href(srl), story, timed=_today(story.when)))
    return korean_layout(
        "ko-xe-board",
        "local newspaper on a board CMS: table.bd_lst tbody tr, td.title > a.hx + a.replyNum "
        '"[3]", td.author member link, td.time "14:05" today / "04.07" before, "공지" notice rows',
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 2. A public institution's 보도자료 board under its GNB mega-menu
# --------------------------------------------------------------------------------------------

_PR_HOST = "https://www.kafri.example.go.kr"
_PR_BBS = "BBSMSTR_000000000012"
# (nttId, department, views, attachment, story); 등록일 is a date only: no gold time
_PR_RELEASES = (
    (18342, "식량정책과", 128, True, Story(
        "봄철 밭작물 파종기 앞두고 종자 소독 요령 당부", None, kst(8, 9, 0))),
    (18341, "스마트농업과", 96, True, Story(
        "(설명자료) 스마트팜 보급 실적 관련 보도에 대한 설명", None, kst(8, 9, 0))),
    (18339, "기후변화대응과", 211, True, Story(
        "사과 재배 적지 북상…2050년 주산지 지도 새로 그린다", None, kst(7, 9, 0))),
    (18337, "축산환경과", 174, False, Story(
        "가축분뇨 고체연료 활용 확대 위한 현장 실증 착수", None, kst(7, 9, 0))),
    (18336, "국제협력과", 88, True, Story(
        "라오스·캄보디아 벼 품종 개발 협력 업무협약 체결", None, kst(7, 9, 0))),
    (18333, "식량정책과", 302, True, Story(
        "「2025년 농업기술 실용화 우수사례」 공모 결과 발표", None, kst(4, 9, 0))),
    (18330, "원예작물과", 145, True, Story(
        "딸기 수출 신품종 '설하' 현장 평가회 개최", None, kst(4, 9, 0))),
    (18328, "농촌환경과", 67, False, Story(
        "농촌 빈집 정비 사례집 발간…지자체에 배포", None, kst(3, 9, 0))),
    (18325, "대변인실", 410, True, Story(
        "[장관 동정] 청장, 산불 피해 농가 복구 현장 방문", None, kst(3, 9, 0))),
    (18322, "스마트농업과", 133, True, Story(
        "농업용 드론 방제 안전 수칙 개정…비행 고도 기준 신설", None, kst(2, 9, 0))),
    (18320, "기후변화대응과", 192, True, Story(
        "4월 농업기상 전망…일교차 커 저온 피해 주의", None, kst(2, 9, 0))),
    (18317, "축산환경과", 101, False, Story(
        "한우 사료 효율 높이는 발효 조사료 기술 이전", None, kst(1, 9, 0))),
    (18315, "식량정책과", 156, True, Story(
        "국산 밀 가공 적성 평가 결과 공개…제빵용 2품종 우수", None, kst(1, 9, 0))),
    (18312, "운영지원과", 74, True, Story(
        "2025년 상반기 공무직 근로자 채용 공고 관련 안내", None, kst(1, 9, 0))),
)  # fmt: skip
# The whole GNB: (top menu, [(href, sub-menu)])
_PR_GNB = (
    (
        "기관소개",
        (
            ("/intro/greeting.do", "인사말"),
            ("/intro/history.do", "연혁"),
            ("/intro/org.do", "조직도"),
            ("/intro/map.do", "찾아오시는 길"),
        ),
    ),
    (
        "알림·소식",
        (
            ("/cop/bbs/selectBoardList.do?bbsId=BBSMSTR_000000000011", "공지사항"),
            ("/cop/bbs/selectBoardList.do?bbsId=BBSMSTR_000000000012", "보도자료"),
            ("/cop/bbs/selectBoardList.do?bbsId=BBSMSTR_000000000013", "해명자료"),
            ("/cop/bbs/selectBoardList.do?bbsId=BBSMSTR_000000000014", "카드뉴스"),
            ("/cop/bbs/selectBoardList.do?bbsId=BBSMSTR_000000000015", "채용정보"),
        ),
    ),
    (
        "농업기술",
        (
            ("/tech/crop.do", "식량작물"),
            ("/tech/horti.do", "원예특작"),
            ("/tech/livestock.do", "축산"),
            ("/tech/smart.do", "스마트농업"),
            ("/tech/climate.do", "기후변화 대응"),
        ),
    ),
    (
        "정보공개",
        (
            ("/open/info.do", "정보공개 제도"),
            ("/open/list.do", "사전정보공표"),
            ("/open/budget.do", "예산·재정"),
            ("/open/audit.do", "감사결과"),
        ),
    ),
    (
        "국민참여",
        (
            ("/part/petition.do", "국민신문고"),
            ("/part/idea.do", "국민제안"),
            ("/part/survey.do", "설문조사"),
            ("/part/report.do", "부패·공익신고"),
        ),
    ),
)
_PR_QUICK = (
    ("https://www.gov24.example.go.kr/", "정부24"),
    ("https://www.epeople.example.go.kr/", "국민신문고"),
    ("https://www.open.example.go.kr/", "정보공개포털"),
    ("https://www.nongsaro.example.go.kr/", "농사로"),
    ("https://www.agrix.example.go.kr/", "농업기술포털"),
    ("https://www.data.example.go.kr/", "공공데이터포털"),
)
_PR_CARDS = (
    (18301, "[카드뉴스] 봄철 농작업 안전 수칙 5가지"),
    (18288, "[카드뉴스] 우리 쌀 품종 알아보기"),
)


def _pr_href(ntt: int) -> str:
    return f"/cop/bbs/selectBoardArticle.do?bbsId={_PR_BBS}&amp;nttId={ntt}&amp;pageIndex=1"


def _pr_row(no: int, ntt: int, dept: str, views: int, attached: bool, story: Story) -> str:
    assert story.when is not None
    clip = (
        ' <img src="/images/common/ico_file.gif" alt="첨부파일" class="ico_file">'
        if attached
        else ""
    )
    new = (
        ' <img src="/images/common/ico_new.gif" alt="새글" class="ico_new">'
        if _today(story.when)
        else ""
    )
    file_cell = (
        f'<a href="/cmm/fms/FileDown.do?atchFileId=FILE_0000{ntt}&amp;fileSn=0" '
        'class="btn_down" title="첨부파일 내려받기"><span class="blind">hwp</span></a>'
        if attached
        else "-"
    )
    return (
        "<tr>\n"
        f'<td class="num">{no}</td>\n'
        f'<td class="subject"><a href="{_pr_href(ntt)}" title="{escape_html(story.title)} 상세보기">'
        f"{escape_html(story.title)}</a>{clip}{new}</td>\n"
        f'<td class="dept">{escape_html(dept)}</td>\n'
        f'<td class="date">{story.when:%Y-%m-%d}</td>\n'
        f'<td class="hit">{views}</td>\n'
        f'<td class="file">{file_cell}</td>\n'
        "</tr>"
    )


def build_press_release_board() -> Layout:
    """A public institution's 보도자료 board: the institution's whole GNB mega-menu (five top
    menus each with a ``div.depth2`` of sub-menus), a "자주 찾는 서비스" quick-links banner
    area of outside government sites, a left sub-menu, a search box, then
    ``table.board_list`` with a caption and a 번호/제목/담당부서/등록일/조회/첨부 head: title
    cells holding the link and an ``img alt="첨부파일"`` (and "새글") icon, 등록일
    "2025-04-08" (a date only: no gold time), an attachment download link per row; a
    "카드뉴스" side box, pagination and the government footer."""
    page_url = f"{_PR_HOST}/cop/bbs/selectBoardList.do?bbsId={_PR_BBS}"
    gnb = "\n".join(
        f'<li class="depth1"><a href="{subs[0][0]}">{escape_html(top)}</a>'
        f'<div class="depth2"><div class="inner"><strong class="tit">{escape_html(top)}</strong>'
        f"<ul>{menu_items(subs)}</ul></div></div></li>"
        for top, subs in _PR_GNB
    )
    lnb = menu_items(_PR_GNB[1][1])
    quick = link_list(
        _PR_QUICK,
        '<li class="swiper-slide"><a href="{href}" target="_blank" title="새창열림">'
        '<span class="ico"></span>{title}</a></li>',
    )
    rows = "\n".join(
        _pr_row(len(_PR_RELEASES) + 1980 - n, *entry) for n, entry in enumerate(_PR_RELEASES)
    )
    cards = link_list(
        (
            (_pr_href(ntt).replace(_PR_BBS, "BBSMSTR_000000000014"), title)
            for ntt, title in _PR_CARDS
        ),
        '<li><a href="{href}"><span class="thumb"><img src="/images/card/thumb.jpg" alt=""></span>'
        '<span class="txt">{title}</span></a></li>',
    )
    footer_links = menu_items(
        (
            ("/etc/privacy.do", "개인정보처리방침"), ("/etc/copyright.do", "저작권정책"),
            ("/etc/email.do", "이메일무단수집거부"), ("/intro/map.do", "찾아오시는 길"),
            ("/etc/sitemap.do", "사이트맵"),
        )
    )  # fmt: skip
    pages = " ".join(
        f'<a href="/cop/bbs/selectBoardList.do?bbsId={_PR_BBS}&amp;pageIndex={n}" title="{n}페이지">{n}</a>'
        for n in range(2, 11)
    )
    body = f"""<div id="skipNav"><a href="#contents">본문 바로가기</a><a href="#gnb">주메뉴 바로가기</a></div>
<div id="wrap">
<div class="gov_banner"><span class="emblem"></span>이 누리집은 대한민국 공식 전자정부 누리집입니다.</div>
<header id="header">
<div class="header_top"><ul class="util"><li><a href="/etc/sitemap.do">사이트맵</a></li><li><a href="/eng/main.do">ENGLISH</a></li></ul></div>
<div class="header_inner"><h1 class="logo"><a href="/main.do"><img src="/images/common/logo.png" alt="국립농촌과학원"></a></h1>
<nav id="gnb"><ul class="gnb_list">
{gnb}
</ul></nav>
<div class="all_menu"><button type="button" class="btn_allmenu">전체메뉴</button></div></div>
</header>
<div class="quick_banner"><h2 class="blind">자주 찾는 서비스</h2>
<div class="swiper-container"><ul class="swiper-wrapper">{quick}</ul></div>
<button type="button" class="swiper-button-prev">이전</button><button type="button" class="swiper-button-next">다음</button></div>
<div id="container" class="sub">
<div id="lnb"><h2 class="lnb_tit">알림·소식</h2><ul class="lnb_list">{lnb}</ul></div>
<div id="contents">
<div class="location"><a href="/main.do" class="home">홈</a> &gt; <span>알림·소식</span> &gt; <strong>보도자료</strong></div>
<h3 class="cont_tit">보도자료</h3>
<form name="searchForm" action="/cop/bbs/selectBoardList.do" method="post">
<div class="board_search"><input type="hidden" name="bbsId" value="{_PR_BBS}">
<label for="searchCnd" class="blind">검색조건</label><select id="searchCnd" name="searchCnd"><option value="0">제목</option><option value="1">내용</option><option value="2">담당부서</option></select>
<label for="searchWrd" class="blind">검색어</label><input type="text" id="searchWrd" name="searchWrd" title="검색어 입력">
<button type="submit" class="btn_search">검색</button></div>
</form>
<p class="board_total">전체 <strong>1,994</strong>건 [1/143 페이지]</p>
<table class="board_list">
<caption>보도자료 목록 - 번호, 제목, 담당부서, 등록일, 조회, 첨부로 구성</caption>
<colgroup><col style="width:8%"><col><col style="width:14%"><col style="width:12%"><col style="width:8%"><col style="width:8%"></colgroup>
<thead><tr><th scope="col">번호</th><th scope="col">제목</th><th scope="col">담당부서</th><th scope="col">등록일</th><th scope="col">조회</th><th scope="col">첨부</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<div class="paging"><a href="#" class="first" title="첫 페이지">처음</a><strong title="현재 페이지">1</strong> {pages}
<a href="/cop/bbs/selectBoardList.do?bbsId={_PR_BBS}&amp;pageIndex=11" class="next" title="다음 페이지">다음</a>
<a href="/cop/bbs/selectBoardList.do?bbsId={_PR_BBS}&amp;pageIndex=143" class="last" title="마지막 페이지">끝</a></div>
<div class="satisfaction"><p>이 페이지에서 제공하는 정보에 만족하십니까?</p>
<a href="/part/survey.do?menu=press">만족도 평가하기</a></div>
</div>
<aside class="side_box card_news"><h3>카드뉴스</h3><ul>{cards}</ul>
<a href="/cop/bbs/selectBoardList.do?bbsId=BBSMSTR_000000000014" class="more">더보기</a></aside>
</div>
<footer id="footer">
<div class="footer_link"><ul>{footer_links}</ul></div>
<address>(54875) 전북특별자치도 전주시 덕진구 농생명로 300 국립농촌과학원 | 대표전화 1544-0000</address>
<p class="copyright">COPYRIGHT © 국립농촌과학원. ALL RIGHTS RESERVED.</p>
<div class="related_site"><label for="family" class="blind">관련기관</label><select id="family"><option>관련기관 바로가기</option><option value="https://www.mafra.example.go.kr/">농림축산부</option></select></div>
</footer>
</div>"""
    html = html_document("보도자료 | 알림·소식 | 국립농촌과학원", body, lang="ko")
    gold = [
        gold_item(
            page_url,
            _pr_href(ntt).replace("&amp;", "&"),
            story,
            drop=("pageIndex",),
            timed=False,
        )
        for ntt, _, _, _, story in _PR_RELEASES
    ]
    return korean_layout(
        "ko-press-release-board",
        "public institution's 보도자료 board: 번호/제목/담당부서/등록일/조회 table, title cells "
        'with img alt="첨부파일", 등록일 "2025-04-08" (date only), GNB mega-menu, quick-links banners',
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 3. A daily's section front: top story, three sub-tops and a 기사 리스트 of div.list-block
# --------------------------------------------------------------------------------------------

_SF_HOST = "https://www.daehan-ilbo.example.co.kr"
# (article id, story): the top story and sub-tops print "25.04.08 09:31"
_SF_TOP = (
    ("20250408500143", Story(
        "전세사기 피해자 인정 2만 명 넘었다…구제 속도는 여전히 더뎌",
        "전세사기 피해자로 인정받은 사람이 2만 명을 넘어섰다. 하지만 피해 주택을 경매로 "
        "사들여 공공임대로 돌리는 절차는 아직 수백 건에 그쳐 구제가 더디다는 지적이 나온다.",
        kst(8, 9, 31), "사회")),
)  # fmt: skip
_SF_SUBTOPS = (
    ("20250408500121", Story(
        "의대생 복귀 시한 하루 앞으로…대학들 \"학칙대로 처리\"", None, kst(8, 8, 47))),
    ("20250408500098", Story(
        "서울 지하철 5호선 연장 노선 예타 면제 가닥", None, kst(8, 7, 58))),
    ("20250407500312", Story(
        "[르포] 산불 3주…임시 조립주택 입주 첫날의 마을", None, kst(7, 21, 4))),
)  # fmt: skip
# (article id, reporter, story): the 기사 리스트 prints "2025.04.08 오후 2:05"
_SF_LIST = (
    ("20250408500188", "정다운", Story(
        "어린이집 급식 식중독 의심 30명…보건당국 역학조사",
        "경기도의 한 어린이집에서 점심 급식을 먹은 원아와 교사 30명이 구토와 설사 증상을 "
        "보여 보건당국이 역학조사에 나섰다.",
        kst(8, 14, 5))),
    ("20250408500180", "김도윤", Story(
        "고속도로 졸음쉼터 30곳 새로 만든다…화물차 전용칸도",
        "한국도로공사가 올해 고속도로 졸음쉼터 30곳을 새로 짓는다. 대형 화물차가 쉴 수 있는 "
        "전용 주차칸도 함께 늘린다.",
        kst(8, 13, 42))),
    ("20250408500172", "이서연", Story(
        "[단독] 수도권 대학병원 간호사 채용 절반으로 줄었다",
        "수도권 주요 대학병원의 올해 신규 간호사 채용 규모가 지난해의 절반 수준으로 줄어든 "
        "것으로 확인됐다.",
        kst(8, 12, 20))),
    ("20250408500166", "박민재", Story(
        "전동킥보드 면허 확인 의무화 1년…무면허 적발 오히려 늘어",
        "공유 전동킥보드 업체에 운전면허 확인을 의무화한 지 1년이 지났지만 무면허 운전 "
        "적발 건수는 오히려 늘었다.",
        kst(8, 11, 3))),
    ("20250408500159", "정다운", Story(
        "폐교 활용한 마을 돌봄센터 전국 50곳으로 확대",
        "교육부와 지방자치단체가 문을 닫은 학교를 마을 돌봄센터로 바꾸는 사업을 전국 50곳으로 "
        "넓힌다.",
        kst(8, 10, 15))),
    ("20250408500150", "최하은", Story(
        "119 구급차 이송 거부 사례 분석해보니…\"병상 없다\"가 절반",
        "지난해 구급차가 병원에서 이송을 거부당한 사례를 분석한 결과 절반이 병상 부족을 "
        "이유로 들었던 것으로 나타났다.",
        kst(8, 9, 2))),
    ("20250408500139", "김도윤", Story(
        "봄 황사 올해 첫 위기경보 '관심'…수도권 미세먼지 나쁨",
        "올해 들어 처음으로 황사 위기경보 '관심' 단계가 발령됐다. 수도권과 충청권은 하루 종일 "
        "미세먼지 농도가 '나쁨' 수준을 보이겠다.",
        kst(8, 7, 40))),
    ("20250408500127", "이서연", Story(
        "스토킹 가해자 전자발찌 부착 명령 1년 새 세 배",
        "법원이 스토킹 가해자에게 전자발찌 부착을 명령한 건수가 1년 사이 세 배로 늘었다.",
        kst(8, 6, 30))),
    ("20250407500355", "박민재", Story(
        "지방 공항 국제선 절반 '개점휴업'…항공사 노선 철수",
        "지방 공항 국제선 노선의 절반가량이 운항을 멈춘 것으로 나타났다. 항공사들이 수익성이 "
        "낮은 노선을 잇따라 정리하고 있다.",
        kst(7, 22, 10))),
    ("20250407500341", "최하은", Story(
        "노인 일자리 신청자 역대 최대…경쟁률 2대 1 넘어",
        "올해 정부 노인 일자리 사업 신청자가 역대 가장 많았다. 일부 지역은 경쟁률이 2대 1을 "
        "넘었다.",
        kst(7, 20, 45))),
    ("20250407500320", "정다운", Story(
        "장애인 콜택시 대기 평균 40분…농어촌은 두 시간",
        "장애인 콜택시를 부르면 평균 40분을 기다려야 하는 것으로 조사됐다. 농어촌 지역의 대기 "
        "시간은 두 시간에 이르렀다.",
        kst(7, 18, 25))),
    ("20250407500298", "김도윤", Story(
        "학교 앞 문구점 10년 새 절반 사라져",
        "초등학교 앞 문구점이 10년 만에 절반으로 줄었다. 학습 준비물 지원 제도와 온라인 쇼핑이 "
        "겹친 결과다.",
        kst(7, 16, 50))),
)  # fmt: skip
_SF_MAJOR = (
    ("20250408500143", "전세사기 피해자 2만 명 넘어…구제는 더뎌"),
    ("20250408500172", "대학병원 간호사 채용 반토막"),
    ("20250408500121", "의대생 복귀 시한 D-1"),
    ("20250406500077", "주말 나들이객 몰린 벚꽃길…교통 혼잡"),
    ("20250405500031", "[사설] 전세사기 구제, 속도가 곧 정의다"),
)
_SF_PHOTOS = (
    ("20250408500111", "[포토] 여의도 윤중로 벚꽃 절정"),
    ("20250408500102", "[포토] 황사에 갇힌 도심"),
    ("20250407500280", "[포토] 산불 피해지에 심은 첫 묘목"),
    ("20250407500266", "[포토] 봄비 속 출근길"),
)
_SF_ASIDE_RANK = (
    ("20250408500143", "전세사기 피해자 인정 2만 명 넘었다"),
    ("20250407500355", "지방 공항 국제선 절반 '개점휴업'"),
    ("20250406500009", "[단독] 재건축 조합장 비자금 의혹"),
    ("20250408500166", "전동킥보드 무면허 적발 오히려 늘어"),
    ("20250405500112", "5월 황금연휴 항공권 벌써 매진"),
)


def _sf_href(aid: str) -> str:
    return f"/article/{aid}"


def _sf_short(when: datetime) -> str:
    """``25.04.08 09:31``: a two-digit year."""
    return f"{when:%y.%m.%d %H:%M}"


def _sf_block(aid: str, reporter: str, story: Story) -> str:
    assert story.when is not None
    href = _sf_href(aid)
    return (
        '<div class="list-block">\n'
        f'<div class="list-photo"><a href="{href}"><img src="https://img.daehan-ilbo.example.co.kr/'
        f'thumb/{aid}.jpg" alt="" loading="lazy"></a></div>\n'
        '<div class="list-titleLead">\n'
        f'<div class="list-title"><a href="{href}">{story.headline_html}</a></div>\n'
        f'<div class="list-lead"><a href="{href}">{lead_html(story)}</a></div>\n'
        "</div>\n"
        f'<div class="list-byline"><span class="reporter">{escape_html(reporter)} 기자</span>'
        f'<span class="list-date">{_korean_clock(story.when)}</span></div>\n'
        "</div>"
    )


def build_daily_section_front() -> Layout:
    """A daily's 사회 section front: a top story (``div.section-top`` with a big photo,
    ``h2.top-title > a``, ``p.top-lead`` and "25.04.08 09:31"), three sub-tops
    (``ul.sub-top > li``, photo + ``h3`` + "25.04.08 08:47", no lead), then a "기사 리스트"
    of ``div.list-block`` rows (``div.list-photo``, ``div.list-title > a``, a linked
    ``div.list-lead``, ``div.list-byline`` with "2025.04.08 오후 2:05"). Around it: a
    "섹션 주요뉴스" box repeating top articles under shorter titles, a "포토뉴스" carousel,
    a "많이 본 뉴스" box, ads, pagination and the footer."""
    page_url = f"{_SF_HOST}/section/society"
    nav = menu_items(
        (f"/section/{slug}", name)
        for slug, name in (
            ("politics", "정치"), ("economy", "경제"), ("society", "사회"), ("world", "국제"),
            ("culture", "문화"), ("sports", "스포츠"), ("opinion", "오피니언"), ("people", "사람"),
        )
    )  # fmt: skip
    subnav = menu_items(
        (f"/section/society/{slug}", name)
        for slug, name in (
            ("incident", "사건사고"), ("court", "법원·검찰"), ("education", "교육"),
            ("labor", "노동"), ("welfare", "복지"), ("environment", "환경"),
        )
    )  # fmt: skip
    top_aid, top = _SF_TOP[0]
    assert top.when is not None
    subtops = "\n".join(
        f'<li><a href="{_sf_href(aid)}" class="thumb"><img src="https://img.daehan-ilbo.example.'
        f'co.kr/thumb/{aid}.jpg" alt=""></a>\n<h3 class="sub-title"><a href="{_sf_href(aid)}">'
        f"{story.headline_html}</a></h3>\n"
        f'<span class="date">{_sf_short(story.when)}</span></li>'
        for aid, story in _SF_SUBTOPS
        if story.when is not None
    )
    blocks = "\n".join(_sf_block(*entry) for entry in _SF_LIST)
    major = link_list(
        ((_sf_href(aid), title) for aid, title in _SF_MAJOR),
        '<li><a href="{href}">{title}</a></li>',
    )
    photos = link_list(
        ((_sf_href(aid), title) for aid, title in _SF_PHOTOS),
        '<div class="swiper-slide"><a href="{href}"><img src="https://img.daehan-ilbo.example.'
        'co.kr/photo/slide.jpg" alt=""><p class="photo-tit">{title}</p></a></div>',
    )
    ranking = ranking_box([(_sf_href(aid), title) for aid, title in _SF_ASIDE_RANK])
    body = f"""<div id="wrap">
<header id="header">
<div class="header-top"><a href="/" class="logo">대한일보</a>
<div class="util"><a href="/member/login">로그인</a> <a href="/subscribe">구독신청</a> <a href="/epaper">지면보기</a></div></div>
<nav class="gnb"><ul>{nav}</ul></nav>
</header>
<div id="container">
<div class="section-head"><h2 class="section-name">사회</h2><ul class="section-sub">{subnav}</ul></div>
<div class="content-left">
<div class="section-top">
<div class="top-photo"><a href="{_sf_href(top_aid)}"><img src="https://img.daehan-ilbo.example.co.kr/photo/{top_aid}_main.jpg" alt=""></a></div>
<div class="top-text">
<h2 class="top-title"><a href="{_sf_href(top_aid)}">{top.headline_html}</a></h2>
<p class="top-lead">{lead_html(top)}</p>
<span class="date">{_sf_short(top.when)}</span>
</div>
</div>
<ul class="sub-top">
{subtops}
</ul>
{ad_slot("ad-inline", "광고", 66031, "daehan_section_mid")}
<div class="list-wrap">
<h3 class="list-head">기사 리스트</h3>
{blocks}
</div>
{pagination("/section/society?page={n}")}
</div>
<div class="content-right">
<div class="major-box"><h3 class="box-tit">섹션 주요뉴스</h3><ul>{major}</ul></div>
<div class="photo-news"><h3 class="box-tit">포토뉴스</h3>
<div class="swiper-container"><div class="swiper-wrapper">
{photos}
</div><div class="swiper-pagination"></div></div></div>
{ranking}
{ad_slot("ad-right", "AD", 66040, "daehan_right")}
</div>
</div>
{company_footer(_SF_HOST, "대한일보", FOOTER_LINKS)}
</div>"""
    html = html_document("사회 | 대한일보", body, lang="ko")
    gold = [gold_item(page_url, _sf_href(aid), story) for aid, story in _SF_TOP + _SF_SUBTOPS] + [
        gold_item(page_url, _sf_href(aid), story) for aid, _, story in _SF_LIST
    ]
    return korean_layout(
        "ko-daily-section-front",
        "daily's section front: photo top story h2 + lead, three sub-tops, a 기사 리스트 of "
        'div.list-block rows, "2025.04.08 오후 2:05" / "25.04.08 09:31", 섹션 주요뉴스 and 포토뉴스 boxes',
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 4. An economic daily's market-news stream with stock codes in titles and an index ticker
# --------------------------------------------------------------------------------------------

_MK_HOST = "https://www.sijang-daily.example.co.kr"
# (news id, live badge, quote codes chipped under the item, story); times "04/08 14:20"
_MK_STREAM = (
    ("2025040814520061", True, ("KOSPI",), Story(
        "코스피 2,450선 회복 시도…외국인 닷새 만에 순매수",
        "코스피가 장중 2,450선 회복을 시도하고 있다. 외국인이 닷새 만에 순매수로 돌아서며 "
        "반도체 대형주를 중심으로 매수세가 유입됐다.",
        kst(8, 14, 52))),
    ("2025040814380047", False, ("005930",), Story(
        "삼성전자(005930) 3%↑…HBM 공급 기대에 외국인 매수",
        "삼성전자가 3% 넘게 오르고 있다. 고대역폭메모리 공급 계약 기대가 커지며 외국인 "
        "매수가 몰렸다.",
        kst(8, 14, 38))),
    ("2025040814200035", False, ("000660",), Story(
        "SK하이닉스(000660) 52주 신고가…목표가 줄상향", None, kst(8, 14, 20))),
    ("2025040814050028", False, ("373220", "006400"), Story(
        "2차전지株 동반 약세…LG에너지솔루션(373220) 2%↓",
        "2차전지 관련주가 일제히 약세다. 전기차 수요 둔화 우려가 다시 부각되며 "
        "LG에너지솔루션과 삼성SDI가 2%대 하락하고 있다.",
        kst(8, 14, 5))),
    ("2025040813470019", True, ("USDKRW",), Story(
        "원·달러 환율 1,467원대 등락…당국 경계감 여전",
        "원·달러 환율이 1,467원대에서 등락하고 있다. 외환당국의 구두개입 경계감이 상단을 "
        "막고 있다는 분석이다.",
        kst(8, 13, 47))),
    ("2025040813300012", False, ("035720",), Story(
        "[특징주] 카카오(035720), 자회사 지분 매각설에 5%↑", None, kst(8, 13, 30))),
    ("2025040813120007", False, ("068270",), Story(
        "셀트리온(068270) 1분기 실적 기대…증권가 \"영업익 40%↑\"",
        "셀트리온의 1분기 영업이익이 지난해보다 40% 늘어날 것이라는 증권가 전망이 나왔다. "
        "바이오시밀러 신제품 매출이 본격 반영된 효과다.",
        kst(8, 13, 12))),
    ("2025040812540093", False, ("KOSDAQ",), Story(
        "코스닥 1%대 상승…개인 '사자'에 700선 눈앞",
        "코스닥지수가 1%대 오르며 700선에 다가섰다. 개인 투자자가 1천억 원 넘게 순매수하고 "
        "있다.",
        kst(8, 12, 54))),
    ("2025040812310081", False, ("012330",), Story(
        "현대모비스(012330), 관세 우려에 3거래일 연속 하락", None, kst(8, 12, 31))),
    ("2025040811580066", False, ("105560", "055550"), Story(
        "금융지주株 배당 기대 강세…KB금융(105560) 4%↑",
        "금융지주 주가가 배당 확대 기대에 강세다. KB금융이 4% 오르고 신한지주도 3%대 상승 "
        "중이다.",
        kst(8, 11, 58))),
    ("2025040811200052", False, (), Story(
        "[마감시황] 아시아 증시 혼조…닛케이 1.2%↑·항셍 0.4%↓", None, kst(8, 11, 20))),
    ("2025040810450039", False, ("207940",), Story(
        "삼성바이오로직스(207940) 수주 공시…계약 규모 1.4조",
        "삼성바이오로직스가 글로벌 제약사와 1조4천억 원 규모의 위탁생산 계약을 맺었다고 "
        "공시했다.",
        kst(8, 10, 45))),
    ("2025040809150011", True, ("KOSPI",), Story(
        "[개장시황] 코스피 0.8% 상승 출발…반도체 강세",
        "코스피가 0.8% 오른 채 거래를 시작했다. 간밤 미국 반도체주 반등 영향으로 대형 "
        "반도체주가 강세를 보였다.",
        kst(8, 9, 15))),
    ("2025040716100087", False, ("KOSPI",), Story(
        "[마감시황] 코스피 2,430선 후퇴…외국인 7천억 매도",
        "코스피가 외국인 매도에 밀려 2,430선으로 물러났다. 외국인은 유가증권시장에서 7천억 원 "
        "가까이 팔았다.",
        kst(7, 16, 10))),
    ("2025040715420072", False, ("005380",), Story(
        "현대차(005380) 美 관세 대응 현지 생산 확대 발표…주가 1%↑", None, kst(7, 15, 42))),
)  # fmt: skip
_MK_INDICES = (
    ("KOSPI", "코스피", "2,447.21", "▲", "18.42", "+0.76%", "up"),
    ("KOSDAQ", "코스닥", "698.35", "▲", "9.11", "+1.32%", "up"),
    ("KPI200", "코스피200", "327.05", "▲", "2.77", "+0.85%", "up"),
    ("USDKRW", "원/달러", "1,467.40", "▼", "3.10", "-0.21%", "down"),
    ("DJI", "다우", "38,314.86", "▼", "349.26", "-0.90%", "down"),
    ("IXIC", "나스닥", "15,603.26", "▲", "15.48", "+0.10%", "up"),
    ("WTI", "WTI", "60.70", "▼", "1.29", "-2.08%", "down"),
)
_MK_NAMES = {
    "KOSPI": "코스피", "KOSDAQ": "코스닥", "USDKRW": "원/달러", "005930": "삼성전자",
    "000660": "SK하이닉스", "373220": "LG에너지솔루션", "006400": "삼성SDI", "035720": "카카오",
    "068270": "셀트리온", "012330": "현대모비스", "105560": "KB금융", "055550": "신한지주",
    "207940": "삼성바이오로직스", "005380": "현대차",
}  # fmt: skip
_MK_RANKING = (
    ("2025040814380047", "삼성전자 3% 급등…외국인 돌아왔다"),
    ("2025040807000003", '"월 300만 원 배당"…은퇴자 몰린 ETF는'),
    ("2025040814200035", "SK하이닉스 52주 신고가"),
    ("2025040718300095", "[단독] 중견 건설사 워크아웃 신청 검토"),
    ("2025040813470019", "환율 1,467원대…당국 경계"),
)
_MK_HOT = ("005930", "000660", "035720", "207940", "373220")


def _mk_href(nid: str) -> str:
    return f"/news/read.php?no={nid}&amp;sc=30000001"


def _mk_quote(code: str) -> str:
    return f"/quote/{'index' if not code.isdigit() else 'stock'}/{code}"


def _mk_item(nid: str, live: bool, codes: tuple[str, ...], story: Story) -> str:
    assert story.when is not None
    badge = '<em class="badge-live">LIVE</em> ' if live else ""
    lead = f'<p class="news-lead">{lead_html(story)}</p>\n' if story.lead else ""
    chips = "".join(
        f'<a href="{_mk_quote(code)}" class="chip">{escape_html(_MK_NAMES[code])}</a>'
        for code in codes
    )
    chip_row = f'<div class="stock-chips">{chips}</div>\n' if chips else ""
    return (
        '<li class="news-item">\n'
        f'<span class="news-time">{story.when:%m/%d %H:%M}</span>\n'
        '<div class="news-body">\n'
        f'<strong class="news-tit"><a href="{_mk_href(nid)}">{badge}{story.headline_html}</a></strong>\n'
        f"{lead}{chip_row}"
        "</div>\n"
        "</li>"
    )


def build_market_stream() -> Layout:
    """An economic daily's 증권 실시간 market-news stream: an index ticker bar above the
    stream (``div.index-ticker`` of links to quote pages: "코스피 2,447.21 ▲18.42 +0.76%"), then
    ``ul.news-stream > li.news-item`` rows of ``span.news-time`` "04/08 14:20" (month/day,
    no year), ``strong.news-tit > a`` whose titles carry stock codes ("삼성전자(005930)
    3%↑…") and, on some, an ``em.badge-live`` "LIVE" badge inside the link (not part of the
    title), an optional ``p.news-lead`` and a row of quote chips; one sponsored row in the
    stream marked "광고". Around it: a "많이 본 뉴스" box, a "인기 종목" box of quote links,
    ads, pagination and the footer."""
    page_url = f"{_MK_HOST}/news/list.php?sc=30000001"
    nav = menu_items(
        (f"/news/list.php?sc={code}", name)
        for code, name in (
            ("30000001", "증권"), ("30100041", "경제"), ("30200030", "부동산"),
            ("30300018", "기업"), ("30500021", "국제"), ("30600041", "IT"), ("30800011", "오피니언"),
        )
    )  # fmt: skip
    subnav = menu_items(
        (f"/news/list.php?sc=30000001&amp;sub={n}", name)
        for n, name in enumerate(("실시간", "시황", "특징주", "공시", "해외증시", "ETF"), start=1)
    )
    ticker = "\n".join(
        f'<li class="{cls}"><a href="{_mk_quote(code)}"><span class="idx-name">{name}</span> '
        f'<span class="idx-val">{val}</span> <span class="idx-chg">{arrow}{chg}</span> '
        f'<span class="idx-rate">{rate}</span></a></li>'
        for code, name, val, arrow, chg, rate, cls in _MK_INDICES
    )
    items = [_mk_item(*entry) for entry in _MK_STREAM]
    sponsored = (
        '<li class="news-item ad-item">\n<span class="news-time ad-label">광고</span>\n'
        '<div class="news-body">\n<strong class="news-tit"><a href="https://ad.adnet.example.com/'
        'adclick?cid=77310&amp;zone=sijang_stream" target="_blank" rel="nofollow sponsored">'
        "수수료 평생 무료…지금 비대면 계좌 개설하면 주식 1주 증정</a></strong>\n"
        '<p class="news-lead">신규 고객 한정 이벤트, 4월 30일까지</p>\n</div>\n</li>'
    )
    items.insert(6, sponsored)
    stream = "\n".join(items)
    ranking = ranking_box([(_mk_href(nid), title) for nid, title in _MK_RANKING])
    hot = link_list(
        ((_mk_quote(code), _MK_NAMES[code]) for code in _MK_HOT),
        '<li><span class="num">{rank}</span><a href="{href}">{title}</a></li>',
    )
    body = f"""<div id="wrap">
<header id="header">
<div class="hd-top"><h1 class="logo"><a href="/">시장일보</a></h1>
<div class="hd-util"><a href="/member/login.php">로그인</a> <a href="/premium/">프리미엄</a></div></div>
<nav class="gnb"><ul>{nav}</ul></nav>
</header>
<div id="container">
<div class="content">
<div class="sub-gnb"><h2 class="sec-tit">증권</h2><ul>{subnav}</ul></div>
<div class="index-ticker"><h3 class="blind">주요 지수</h3><ul class="ticker-list">
{ticker}
</ul><span class="ticker-time">04/08 15:00 기준</span></div>
<h3 class="stream-tit">실시간 마켓뉴스</h3>
<ul class="news-stream">
{stream}
</ul>
{pagination("/news/list.php?sc=30000001&amp;page={n}")}
</div>
<aside class="aside">
{ranking}
<div class="hot-stock"><h3 class="box_tit">인기 종목</h3><ol>{hot}</ol></div>
{ad_slot("aside-ad", "AD", 77322, "sijang_aside")}
</aside>
</div>
{company_footer(_MK_HOST, "시장일보", FOOTER_LINKS)}
</div>"""
    html = html_document("증권 실시간 마켓뉴스 - 시장일보", body, lang="ko")
    gold = [
        gold_item(page_url, _mk_href(nid).replace("&amp;", "&"), story)
        for nid, _, _, story in _MK_STREAM
    ]
    return korean_layout(
        "ko-market-stream",
        'economic daily\'s market-news stream: li.news-item, span.news-time "04/08 14:20", '
        'stock codes in titles "삼성전자(005930) 3%↑", em "LIVE" badge in the link, index ticker bar of quote links',
        html,
        page_url,
        gold,
    )


BUILDERS: tuple[Builder, ...] = (
    build_xe_board, build_press_release_board, build_daily_section_front, build_market_stream,
)  # fmt: skip
