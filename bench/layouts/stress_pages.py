"""Stress pages: listing pages that are hard on the byte and URL level, in Korean and English.

Each builder returns a whole page in the shape of one real family, with the chrome real pages
carry around the list (menus, "많이 본 뉴스" / "Most read" boxes, picks, ads, pagination,
footers), and one trap below the markup: an IT daily's ``div.newsPost`` list (titles mixing
Korean and English, "2025.04.08 PM 02:20") whose bytes are EUC-KR under ``<meta
charset="utf-8">`` and no HTTP charset; a community news board on a gnuboard webzine skin
(clock "14:20" for today, "04-07" before) served as UTF-8 with a byte-order mark while the
HTTP header and ``<meta>`` both say EUC-KR; a live news feed of 200 items in ten ``ul`` chunks
of twenty, separated by ad rows and date headings, every item timed "n분 전" / "n시간 전" up to
two days back; an English section front whose links resolve against a ``<base href>`` on a
CDN path and come in every relative form (``//host``, ``../``, ``./``, ``?query`` only,
absolute), with ``#fragments``, ``utm_`` parameters and the same article linked several times
under different tracking parameters. Hosts, headlines, leads and names are invented.

Every page is fetched at 2025-04-08 15:00 KST (06:00 UTC). Gold times are the instants the
page states: relative times counted back from the fetch time, printed clocks read on the
site's clock (KST for the Korean pages, US Eastern for the English one); a date without a time
of day gives no gold timestamp. Gold URLs are where a reader's browser goes, resolved against
``<base>`` where the page has one, without ``utm_`` parameters and fragments.
"""

# Page markup is kept as the sites write it, one element per line: long lines are HTML.
# ruff: noqa: E501

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from . import Builder, Layout
from .english_chrome import FETCHED_AT as EN_FETCHED_AT
from .english_chrome import clock12, english_document, nav_links
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
# 1. An IT daily's div.newsPost list: EUC-KR bytes under <meta charset="utf-8">
# --------------------------------------------------------------------------------------------

_IT_HOST = "https://www.zdkorea-it.example.co.kr"
# (article number, reporter, story): printed "2025.04.08 PM 02:20" on the KST clock
_IT_STORIES = (
    ("20250408142011", "김도윤", Story(
        "삼성, AI 칩 HBM4 양산 돌입",
        "삼성전자가 6세대 고대역폭메모리 HBM4 양산에 들어갔다. 첫 물량은 미국 GPU 업체의 "
        "차세대 AI 가속기에 들어갈 예정이다.",
        kst(8, 14, 20))),
    ("20250408135530", "이서진", Story(
        "SK텔레콤, 'A.(에이닷)' 유료화 검토…GPT-4o·Gemini 연동 강화",
        "SK텔레콤이 AI 비서 서비스 '에이닷'의 일부 기능을 유료로 전환하는 방안을 검토하고 "
        "있다. 외부 거대언어모델 연동도 늘린다.",
        kst(8, 13, 55))),
    ("20250408131204", "박하은", Story(
        "[단독] 네이버클라우드, 中東 데이터센터 수주…1조 원 규모",
        "네이버클라우드가 중동 지역 정부 데이터센터 구축 사업을 따낸 것으로 확인됐다. "
        "계약 규모는 1조 원 안팎이다.",
        kst(8, 13, 12))),
    ("20250408124848", "최민준", Story(
        "LG전자 webOS 플랫폼, 글로벌 TV 제조사 10곳에 공급",
        "LG전자가 스마트TV 운영체제 webOS를 다른 TV 제조사 10곳에 공급한다. 플랫폼 광고 "
        "수익을 키우려는 전략이다.",
        kst(8, 12, 48))),
    ("20250408120131", "정유나", Story(
        "카카오, 'Kanana' 언어모델 오픈소스로 공개",
        "카카오가 자체 개발한 언어모델 카나나의 경량 버전을 오픈소스로 공개했다. 상업적 "
        "이용도 허용한다.",
        kst(8, 12, 1))),
    ("20250408113017", "김도윤", Story(
        "TSMC 2nm 수율 60% 돌파설…삼성 파운드리 추격 부담",
        "대만 TSMC의 2나노 공정 수율이 60%를 넘었다는 관측이 나오면서 삼성전자 파운드리 "
        "사업부의 부담이 커지고 있다.",
        kst(8, 11, 30))),
    ("20250408105942", "한지우", Story(
        "KT, 클라우드 자회사 KT cloud에 5천억 원 추가 출자",
        "KT가 클라우드 자회사에 5천억 원을 추가로 출자한다. AI 데이터센터 증설에 쓰일 "
        "자금이다.",
        kst(8, 10, 59))),
    ("20250408101505", "이서진", Story(
        "애플 iOS 18.4 업데이트 후 배터리 광탈 불만 속출",
        "애플이 iOS 18.4를 배포한 뒤 배터리가 빨리 닳는다는 이용자 불만이 잇따르고 있다. "
        "애플은 아직 공식 입장을 내지 않았다.",
        kst(8, 10, 15))),
    ("20250408093320", "박하은", Story(
        "정부, 'K-클라우드' R&D에 3년간 4천억 원 투입",
        "과학기술정보통신부가 국산 AI 반도체 기반 클라우드 연구개발에 3년간 4천억 원을 "
        "투입한다고 밝혔다.",
        kst(8, 9, 33))),
    ("20250408090011", "최민준", Story(
        "엔씨소프트 신작 MMORPG, 스팀 글로벌 동시 출시",
        "엔씨소프트가 신작 다중접속역할수행게임을 PC 플랫폼 스팀에서 전 세계 동시에 "
        "출시한다.",
        kst(8, 9, 0))),
    ("20250407213308", "정유나", Story(
        "MS Copilot, 한국어 음성 비서 기능 국내 출시",
        "마이크로소프트가 AI 비서 코파일럿의 한국어 음성 대화 기능을 국내에 내놨다. "
        "윈도 PC와 모바일 앱에서 쓸 수 있다.",
        kst(7, 21, 33))),
    ("20250407182540", "한지우", Story(
        "반도체 수출 3월 131억 달러…AI 서버용 D램이 견인",
        "3월 반도체 수출이 131억 달러로 집계됐다. 인공지능 서버에 들어가는 고용량 D램 "
        "수요가 실적을 이끌었다.",
        kst(7, 18, 25))),
)  # fmt: skip
_IT_RANK = (
    ("20250408142011", "삼성, HBM4 양산…엔비디아 공급 임박"),
    ("20250407101110", "갤럭시 S25 엣지 출시일 윤곽"),
    ("20250408101505", "iOS 18.4 배터리 문제, 해결법은?"),
    ("20250406153320", "알뜰폰 5G 요금제 1만원대 등장"),
    ("20250405090122", "'챗GPT 이미지 생성' 국내 이용자 폭증"),
)
_IT_PICKS = (
    ("20250404110501", "[ZD브리핑] 이번 주 IT 업계 주요 일정"),
    ("20250403153040", "[IT열쇳말] 온디바이스 AI란"),
    ("20250402093311", "[인터뷰] 국산 NPU 스타트업 대표가 본 AI 반도체 전쟁"),
)


def _it_href(no: str) -> str:
    return f"/view/?no={no}"


def _it_stamp(when: datetime) -> str:
    """``2025.04.08 PM 02:20``: the site's English meridiem and zero-padded 12-hour clock."""
    return f"{when:%Y.%m.%d} {clock12(when, pad=True)}"


def _it_post(no: str, reporter: str, story: Story) -> str:
    """One ``div.newsPost``: a thumb link and one link around the ``h3`` headline and lead."""
    assert story.when is not None
    href = _it_href(no)
    return (
        '<div class="newsPost">\n'
        f'<div class="assetThumb"><a href="{href}"><img src="https://image.zdkorea-it.example.co.kr/2025/04/{no}_thumb.jpg" alt="" loading="lazy"></a></div>\n'
        '<div class="assetText">\n'
        f'<a href="{href}">\n<h3>{story.headline_html}</h3>\n<p>{lead_html(story)}</p>\n</a>\n'
        f'<p class="byline"><span><a href="/reporter/?name={reporter}">{reporter} 기자</a></span><span>{_it_stamp(story.when)}</span></p>\n'
        "</div>\n</div>"
    )


def build_it_daily_euckr_bytes() -> Layout:
    """An IT daily's newsroom list: ``div.news_box > div.newsPost`` with a ``div.assetThumb``
    link and one ``a`` around ``h3`` + ``p`` (headline and lead), ``p.byline`` "김도윤 기자 |
    2025.04.08 PM 02:20"; titles mix Korean, English and hanja. The page says ``<meta
    charset="utf-8">`` but its bytes are EUC-KR, with no charset in the HTTP header."""
    page_url = f"{_IT_HOST}/newsroom/?lstcode=0020"
    nav = menu_items(
        (f"/newsroom/?lstcode={code}", name)
        for code, name in (
            ("0010", "컴퓨팅"), ("0020", "반도체·디스플레이"), ("0030", "홈&모바일"),
            ("0040", "인터넷"), ("0050", "게임"), ("0060", "과학"), ("0070", "유통"),
        )
    )  # fmt: skip
    posts = "\n".join(_it_post(*entry) for entry in _IT_STORIES)
    rank = link_list(
        ((_it_href(no), title) for no, title in _IT_RANK),
        '<li><span class="num">{rank}</span><a href="{href}">{title}</a></li>',
    )
    picks = link_list(
        ((_it_href(no), title) for no, title in _IT_PICKS),
        '<li><a href="{href}">{title}</a></li>',
    )
    body = f"""<div id="wrap">
<header class="header"><h1 class="logo"><a href="/">ZD코리아</a></h1>
<nav class="gnb"><ul>{nav}</ul></nav>
<div class="util"><a href="/member/login/">로그인</a><a href="/search/">검색</a></div></header>
<div class="container">
<div class="sub_tit"><h2>반도체·디스플레이</h2></div>
<div class="left_cont">
<div class="news_box">
{posts}
</div>
{pagination("/newsroom/?lstcode=0020&amp;page={n}", count=10)}
</div>
<div class="right_cont">
{ad_slot("banner_ad", "AD", 90311, "zdk_right_1")}
<div class="news_rank"><h3>많이 본 뉴스</h3><ol>{rank}</ol></div>
<div class="pick_box"><h3>ZD 추천</h3><ul>{picks}</ul></div>
{ad_slot("banner_ad", "광고", 90312, "zdk_right_2")}
</div>
</div>
{company_footer(_IT_HOST, "(주)지디코리아", FOOTER_LINKS)}
</div>"""
    # The footer's copyright sign is written as an entity: EUC-KR has no "©".
    html = html_document("반도체·디스플레이 - ZD코리아", body, lang="ko").replace("©", "&copy;")
    gold = [gold_item(page_url, _it_href(no), story) for no, _, story in _IT_STORIES]
    return korean_layout(
        "ko-it-newspost-euckr-bytes",
        'IT daily newsroom: div.newsPost > div.assetText > a > h3 + p, p.byline "2025.04.08 PM '
        '02:20"; EUC-KR bytes under <meta charset="utf-8">, no HTTP charset',
        html,
        page_url,
        gold,
        encoding="euc-kr",
    )


# --------------------------------------------------------------------------------------------
# 2. A community news board on a gnuboard webzine skin: a BOM against an EUC-KR header
# --------------------------------------------------------------------------------------------

_GB_HOST = "https://www.bitgoeul-news.example.kr"
# (wr_id, category, comment count, shown time, story): today "14:20", before "04-07"
_GB_STORIES = (
    (1842, "행정", 3, True, Story(
        "빛고을구 봄꽃 축제 12일 개막🌸…야간 경관 조명 첫선",
        "빛고을구 봄꽃 축제가 12일 하천 둔치에서 막을 올린다. 올해는 벚나무 길 2㎞ 구간에 "
        "야간 경관 조명을 처음 설치했다.",
        kst(8, 14, 20))),
    (1841, "사회", 0, True, Story(
        "동네 똠양꿍 맛집 사장님, 독거노인 도시락 500개 기부",
        "마을 어귀에서 타이 음식점을 하는 사장님이 혼자 사는 어르신들께 도시락 500개를 "
        "전달했다. 직접 만든 똠양꿍도 함께 넣었다.",
        kst(8, 13, 42))),
    (1840, "교육", 12, True, Story(
        "초등 돌봄교실 대기 0명 목표…오후 8시까지 연장 운영",
        "구가 초등 돌봄교실 대기자를 없애겠다며 운영 시간을 오후 8시까지 늘린다. 돌봄 "
        "전담 인력도 20명 더 뽑는다.",
        kst(8, 12, 5))),
    (1839, "행사", 1, True, Story(
        "주민자치회 'ＥＳＧ 나눔장터' 19일 구청 광장서",
        "주민자치회가 19일 구청 광장에서 나눔장터를 연다. 안 쓰는 물건을 가져오면 "
        "종량제 봉투로 바꿔 준다.",
        kst(8, 11, 17))),
    (1838, "생활", 0, True, Story(
        "싱크홀 우려 구간 GPR 탐사…3곳 공동(空洞) 발견",
        "구가 도로 아래 빈 공간을 찾는 지표투과레이더 탐사를 벌여 세 곳에서 공동을 "
        "발견했다. 이달 안에 모두 메운다.",
        kst(8, 10, 38))),
    (1837, "문화", 5, True, Story(
        "구립도서관, 작가와의 만남 ‘봄밤 북토크’ 매주 목요일",
        "구립도서관이 이달부터 매주 목요일 저녁 지역 작가를 초청해 북토크를 연다. 참가는 "
        "누리집에서 신청하면 된다.",
        kst(8, 9, 50))),
    (1836, "행정", 2, True, Story(
        "[속보] 구청사 앞 도로 수도관 파열…일대 단수",
        "구청사 앞 도로에서 상수도관이 터져 주변 아파트 단지 세 곳의 수돗물 공급이 "
        "끊겼다. 복구는 오후에 끝날 예정이다.",
        kst(8, 8, 14))),
    (1835, "사회", 7, False, Story(
        "전통시장 주차장 2곳 무료 개방 시간 늘린다",
        "전통시장 공영주차장 두 곳의 무료 개방 시간이 2시간으로 늘어난다. 상인회의 "
        "건의를 구가 받아들였다.",
        kst(7, 17, 30))),
    (1834, "교육", 0, False, Story(
        "청소년 코딩 캠프 참가자 모집…Python·AI 기초",
        "구 청소년센터가 방학 코딩 캠프 참가자를 모집한다. 파이썬과 인공지능 기초를 "
        "가르친다.",
        kst(7, 15, 2))),
    (1833, "생활", 4, False, Story(
        "분리배출 안 된 재활용품 ‘수거 거부’ 스티커 붙인다",
        "구가 분리배출 기준을 지키지 않은 재활용품에 수거 거부 스티커를 붙이기로 했다. "
        "다음 달부터 시행한다.",
        kst(7, 11, 45))),
    (1832, "행사", 0, False, Story(
        "어린이날 큰잔치 부스 운영 단체 공모",
        "구가 어린이날 큰잔치에서 체험 부스를 운영할 단체를 공모한다. 선정된 단체에는 "
        "운영비를 지원한다.",
        kst(6, 16, 20))),
    (1831, "문화", 9, False, Story(
        "마을 합창단 ‘한소리’ 전국대회 은상…첫 입상",
        "주민들로 꾸려진 마을 합창단이 전국 생활문화 합창대회에서 은상을 받았다. 창단 "
        "6년 만의 첫 입상이다.",
        kst(5, 19, 10))),
)  # fmt: skip
_GB_NOTICES = (
    (1702, "[공지] 제보는 카카오톡 채널로 보내 주세요"),
    (1650, "[공지] 기사 무단 전재 금지 안내"),
)
_GB_POPULAR = (
    (1836, "구청사 앞 수도관 파열 단수"),
    (1812, "벚꽃길 차량 통제 구간 안내"),
    (1840, "돌봄교실 오후 8시까지"),
    (1790, "봄철 산불 조심 현수막 공모 결과"),
)


def _gb_href(wr_id: int) -> str:
    return f"{_GB_HOST}/bbs/board.php?bo_table=news&amp;wr_id={wr_id}"


def _gb_gold_href(wr_id: int) -> str:
    return f"{_GB_HOST}/bbs/board.php?bo_table=news&wr_id={wr_id}"


def _gb_item(wr_id: int, cate: str, comments: int, today: bool, story: Story) -> str:
    """One ``li.wz_li`` of the webzine skin: thumb, category link, subject link with a
    comment-count badge, ``p.wz_txt`` and ``div.wz_info`` (writer, "14:20" or "04-07", hits)."""
    assert story.when is not None
    shown = f"{story.when:%H:%M}" if today else f"{story.when:%m-%d}"
    badge = (
        f' <span class="cnt_cmt"><span class="sound_only">댓글</span>{comments}'
        '<span class="sound_only">개</span></span>'
        if comments
        else ""
    )
    new = '<span class="new_icon">N<span class="sound_only">새글</span></span>' if today else ""
    return (
        f'<li class="wz_li">\n<div class="wz_img"><a href="{_gb_href(wr_id)}">'
        f'<img src="{_GB_HOST}/data/file/news/thumb-{wr_id}_300x200.jpg" alt=""></a></div>\n'
        '<div class="wz_con">\n'
        f'<a href="{_GB_HOST}/bbs/board.php?bo_table=news&amp;sca={cate}" class="bo_cate_link">{cate}</a>\n'
        f'<a href="{_GB_HOST}/bbs/board.php?bo_table=news&amp;wr_id={wr_id}" class="wz_subject">'
        f"{story.headline_html}{badge}{new}</a>\n"
        f'<p class="wz_txt">{lead_html(story)}</p>\n'
        '<div class="wz_info"><span class="sv_member">빛고을뉴스</span>'
        f'<span class="wz_date"><i class="fa fa-clock-o" aria-hidden="true"></i> {shown}</span>'
        f'<span class="wz_hit"><i class="fa fa-eye" aria-hidden="true"></i> {wr_id % 389 + 40}</span></div>\n'
        "</div>\n</li>"
    )


def build_gnuboard_webzine_bom() -> Layout:
    """A community news site on a gnuboard board with a webzine skin: ``#bo_list >
    ul.webzine_list > li.wz_li`` (thumb, ``a.bo_cate_link``, ``a.wz_subject`` with a
    ``span.cnt_cmt`` comment badge and an "N" new icon, ``p.wz_txt``, ``span.wz_date``
    "14:20" for today and "04-07" before), two "[공지]" notice rows on top. The body is UTF-8
    with a byte-order mark (emoji and syllables EUC-KR lacks) while the HTTP header and the
    page's ``<meta>`` both claim EUC-KR."""
    page_url = f"{_GB_HOST}/bbs/board.php?bo_table=news"
    nav = menu_items(
        (f"/bbs/board.php?bo_table={table}", name)
        for table, name in (
            ("news", "동네소식"), ("people", "사람들"), ("column", "칼럼"), ("photo", "포토"),
            ("free", "자유게시판"),
        )
    )  # fmt: skip
    notices = "\n".join(
        '<li class="wz_li bo_notice"><div class="wz_con"><strong class="notice_icon">공지</strong>'
        f'<a href="{_gb_href(wr_id)}" class="wz_subject">{escape_html(title)}</a></div></li>'
        for wr_id, title in _GB_NOTICES
    )
    rows = "\n".join(_gb_item(*entry) for entry in _GB_STORIES)
    popular = link_list(
        ((_gb_href(wr_id), title) for wr_id, title in _GB_POPULAR),
        '<li><span class="rank_num">{rank}</span><a href="{href}">{title}</a></li>',
    )
    cates = menu_items(
        (f"{_GB_HOST}/bbs/board.php?bo_table=news&amp;sca={c}", c)
        for c in ("행정", "사회", "교육", "생활", "문화", "행사")
    )
    body = f"""<div id="hd"><div id="logo"><a href="{_GB_HOST}/">빛고을동네뉴스</a></div>
<nav id="gnb"><ul id="gnb_1dul">{nav}</ul></nav></div>
<div id="wrapper"><div id="container_wr"><div id="container">
<h2 id="container_title"><span title="동네소식">동네소식</span></h2>
<div id="bo_list" style="width:100%">
<nav id="bo_cate"><h2>동네소식 카테고리</h2><ul id="bo_cate_ul"><li><a href="{_GB_HOST}/bbs/board.php?bo_table=news" id="bo_cate_on">전체</a></li>{cates}</ul></nav>
<div id="bo_btn_top"><div id="bo_list_total"><span>Total 1,842건</span> 1 페이지</div>
<ul class="btn_bo_user"><li><a href="{_GB_HOST}/bbs/rss.php?bo_table=news" class="btn_b01 btn" title="RSS">RSS</a></li>
<li><a href="{_GB_HOST}/bbs/write.php?bo_table=news" class="btn_b01 btn" title="글쓰기">글쓰기</a></li></ul></div>
<form name="fboardlist" id="fboardlist" action="{_GB_HOST}/bbs/board_list_update.php" method="post">
<ul class="webzine_list">
{notices}
{rows}
</ul>
</form>
<nav class="pg_wrap"><span class="pg"><strong class="pg_current">1</strong>
<a href="{_GB_HOST}/bbs/board.php?bo_table=news&amp;page=2" class="pg_page">2</a>
<a href="{_GB_HOST}/bbs/board.php?bo_table=news&amp;page=3" class="pg_page">3</a>
<a href="{_GB_HOST}/bbs/board.php?bo_table=news&amp;page=154" class="pg_page pg_end">맨끝</a></span></nav>
</div>
</div>
<aside id="aside">
<section class="popular_latest"><h2>많이 본 소식</h2><ol>{popular}</ol></section>
{ad_slot("aside_ad", "광고", 55021, "bitgoeul_aside")}
</aside>
</div></div>
<div id="ft">{company_footer(_GB_HOST, "빛고을동네뉴스", FOOTER_LINKS)}</div>"""
    html = html_document("동네소식 1 페이지 | 빛고을동네뉴스", body, lang="ko", charset="euc-kr")
    gold = [
        gold_item(page_url, _gb_gold_href(wr_id), story, timed=today)
        for wr_id, _, _, today, story in _GB_STORIES
    ]
    return korean_layout(
        "ko-gnuboard-webzine-bom",
        'community news board on a gnuboard webzine skin: ul.webzine_list > li.wz_li, a.wz_subject + span.cnt_cmt, p.wz_txt, "14:20" / "04-07"; UTF-8 with a BOM, HTTP and <meta> say EUC-KR',
        html,
        page_url,
        gold,
        encoding="utf-8-sig",
        content_type="text/html; charset=euc-kr",
    )


# --------------------------------------------------------------------------------------------
# 3. A live news feed: 200 items in ten ul chunks, ad rows and date headings between them
# --------------------------------------------------------------------------------------------

_FEED_HOST = "https://www.silsigan.example.co.kr"
_FEED_SUBJECTS = (
    "국회", "기재부", "한은", "서울시", "경찰청", "질병청", "국토부", "산업부", "교육부", "환경부",
    "금감원", "공정위", "국방부", "외교부", "법무부", "소방청", "기상청", "통계청", "행안부", "복지부",
)  # fmt: skip
_FEED_TOPICS = (
    ("관련 후속 대책 발표", "관련 후속 대책을 내놨다. 세부 시행 방안은 이달 말 확정한다."),
    ("긴급 점검회의 개최", "긴급 점검회의를 열고 대응 상황을 확인했다. 관계기관 협조도 당부했다."),
    ("올해 업무계획 공개", "올해 업무계획을 공개했다. 핵심 과제 열 가지와 일정을 담았다."),
    ("현장 간담회서 애로 청취", "현장 간담회를 열어 업계와 주민의 애로 사항을 들었다."),
    ("제도 개선안 입법예고", "제도 개선안을 입법예고했다. 40일간 의견을 받은 뒤 확정한다."),
    ("상반기 예산 조기 집행", "상반기 예산의 60%를 조기 집행하기로 했다. 민생 분야를 우선한다."),
    ("전담 조직 신설 추진", "전담 조직을 새로 만들기로 했다. 인력은 다음 달까지 충원한다."),
    ("실태조사 결과 발표", "실태조사 결과를 발표했다. 개선이 필요한 과제 12건을 추렸다."),
    ("합동 단속 착수", "관계기관과 합동 단속에 나섰다. 위반 사항은 엄정 조치한다는 방침이다."),
    ("시범사업 대상 지역 선정", "시범사업을 벌일 지역 다섯 곳을 뽑았다. 하반기에 성과를 본다."),
)
_FEED_CHUNK = 20
# Items per day, newest day first: 80 on the 8th (till 15:00), 80 on the 7th, 40 on the 6th.
_FEED_DAYS = ((8, 80, 0, 15 * 60), (7, 80, 15 * 60 + 60, 39 * 60), (6, 40, 39 * 60 + 60, 48 * 60))
_WEEKDAYS = "월화수목금토일"


def _feed_offsets() -> list[int]:
    """Minutes back from the fetch time of the 200 items, newest first, spread over each day's
    span (the 8th down to 00:00, the 7th whole, the 6th back to 15:00)."""
    offsets: list[int] = []
    for _, count, start, end in _FEED_DAYS:
        first = max(start, 2)
        step = (end - first) / count
        offsets += [first + int(step * n) for n in range(count)]
    return offsets


def _feed_stories() -> list[tuple[int, str, Story]]:
    """(article id, shown time, story): "n분 전" within the hour, then "n시간 전" (the gold
    instant the whole hours the page states, counted back from the fetch time)."""
    stories: list[tuple[int, str, Story]] = []
    for n, minutes in enumerate(_feed_offsets()):
        if minutes < 60:
            shown, when = f"{minutes}분 전", ago(FETCHED_AT, minutes=minutes)
        else:
            hours = minutes // 60
            shown, when = f"{hours}시간 전", ago(FETCHED_AT, hours=hours)
        subject = _FEED_SUBJECTS[n % len(_FEED_SUBJECTS)]
        topic, lead = _FEED_TOPICS[(n // len(_FEED_SUBJECTS)) % len(_FEED_TOPICS)]
        title = f"{subject}, {topic}"
        if n % 7 == 3:
            title = f"[속보] {title}"
        stories.append((202504080950 - n * 37, shown, Story(title, f"{subject}가 {lead}", when)))
    return stories


def _feed_href(aid: int) -> str:
    return f"/news/articleView.do?aid={aid}"


def _feed_item(aid: int, shown: str, story: Story) -> str:
    return (
        f'<li class="feed_item" data-aid="{aid}">\n'
        f'<a href="{_feed_href(aid)}" class="feed_link"><strong class="feed_tit">{story.headline_html}</strong></a>\n'
        f'<p class="feed_lead">{lead_html(story)}</p>\n'
        f'<span class="feed_time">{shown}</span>\n</li>'
    )


def _feed_ad(n: int) -> str:
    """An ad row between chunks: a sponsored line written like a feed item."""
    return (
        f'<div class="feed_ad" data-ad-slot="feed_{n}"><span class="ad_badge">광고</span>\n'
        f'<a href="https://ad.adnet.example.com/adclick?cid={70400 + n}&amp;zone=silsigan_feed_{n}" target="_blank" rel="nofollow sponsored">'
        '<strong class="feed_tit">봄 이사철 포장이사 견적 한 번에 비교하세요</strong></a>\n'
        '<p class="feed_lead">전국 500개 업체 견적을 무료로 받아 보세요.</p></div>'
    )


def _feed_heading(day: int) -> str:
    weekday = _WEEKDAYS[datetime(2025, 4, day).weekday()]
    return f'<h3 class="feed_date">2025년 4월 {day}일 ({weekday})</h3>'


def build_live_feed_200() -> Layout:
    """A news agency's 실시간 뉴스 feed, 200 items long: ``ul.feed_list`` chunks of twenty
    ``li.feed_item`` (``a.feed_link > strong.feed_tit``, ``p.feed_lead``, ``span.feed_time``
    "12분 전" / "5시간 전" up to 48 hours back), a ``div.feed_ad`` row written like an item
    between chunks and an ``h3.feed_date`` "2025년 4월 7일 (월)" heading where the day
    changes. Nothing of the list may be lost at this scale."""
    page_url = f"{_FEED_HOST}/news/realtime.do"
    nav = menu_items(
        (f"/news/section.do?sec={sec}", name)
        for sec, name in (
            ("pol", "정치"), ("eco", "경제"), ("soc", "사회"), ("int", "국제"), ("cul", "문화"),
            ("spo", "스포츠"),
        )
    )  # fmt: skip
    stories = _feed_stories()
    parts: list[str] = []
    index = 0
    for day, count, _, _ in _FEED_DAYS:
        parts.append(_feed_heading(day))
        for start in range(index, index + count, _FEED_CHUNK):
            rows = "\n".join(_feed_item(*entry) for entry in stories[start : start + _FEED_CHUNK])
            parts.append(f'<ul class="feed_list">\n{rows}\n</ul>')
            chunk = start // _FEED_CHUNK + 1
            if start + _FEED_CHUNK < index + count:
                parts.append(_feed_ad(chunk))
        index += count
    popular = ranking_box(
        [(_feed_href(aid), f"{story.title} (종합)") for aid, _, story in stories[3:60:12]],
        "많이 본 기사",
    )
    body = f"""<div id="wrap">
<header id="header"><h1 class="logo"><a href="/">실시간통신</a></h1>
<nav class="gnb"><ul>{nav}</ul></nav></header>
<div id="container">
<section class="realtime">
<h2 class="sec_title">실시간 뉴스</h2>
<div class="feed_opts"><a href="/news/realtime.do?sort=new" class="on">최신순</a><a href="/news/realtime.do?sort=view">조회순</a></div>
{chr(10).join(parts)}
<div class="btn_more"><a href="/news/realtime.do?page=2">이전 뉴스 더보기</a></div>
</section>
<aside class="side">
{popular}
{ad_slot("side_ad", "AD", 70490, "silsigan_side")}
</aside>
</div>
{company_footer(_FEED_HOST, "실시간통신", FOOTER_LINKS)}
</div>"""
    html = html_document("실시간 뉴스 | 실시간통신", body, lang="ko")
    gold = [gold_item(page_url, _feed_href(aid), story) for aid, _, story in stories]
    return korean_layout(
        "ko-live-feed-200",
        'live news feed of 200 items: ul.feed_list chunks of 20 li.feed_item (strong.feed_tit, p.feed_lead, "n분 전"/"n시간 전" to 48 h back), ad rows and h3 date headings between chunks',
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 4. An English section front under a CDN <base href>: every relative link form
# --------------------------------------------------------------------------------------------

EDT = timezone(timedelta(hours=-4), "EDT")
_LG_HOST = "https://www.harborledger.example.com"
_LG_BASE = "https://static.harborledger-cdn.example.net/www/news/index.php"
# (href as the headline links it, story); times "9:41 AM EDT" or "April 7, 2025"
_LG_STORIES = (
    ("//www.harborledger.example.com/news/local/2025/04/08/harbor-tunnel-reopens-after-flood-repairs/?utm_source=homepage&utm_medium=web&utm_campaign=topstory", Story(
        "Harbor tunnel reopens after six weeks of flood repairs",
        "Commuters got their shortcut back on Tuesday morning, two weeks ahead of the schedule "
        "the transit authority set in February.",
        datetime(2025, 4, 8, 1, 41, tzinfo=EDT))),
    ("../local/school-board-approves-later-start-times#comments", Story(
        "School board approves later start times for high schools",
        "Classes will begin at 8:45 a.m. from the fall term after a 5-2 vote that followed four "
        "hours of public comment.",
        datetime(2025, 4, 7, 22, 15, tzinfo=EDT))),
    ("./business/dockworkers-ratify-five-year-contract?utm_source=newsletter&utm_medium=email", Story(
        "Dockworkers ratify five-year contract, ending strike threat",
        "Members voted 81 percent in favor of a deal that raises wages 22 percent and limits "
        "automation at the container terminals.",
        datetime(2025, 4, 7, 20, 3, tzinfo=EDT))),
    ("?view=article&id=48813&catid=12", Story(
        "City council delays vote on short-term rental cap",
        "Council members said they needed more data on how many units the cap would return to "
        "the long-term market.",
        datetime(2025, 4, 7, 18, 30, tzinfo=EDT))),
    ("https://www.harborledger.example.com/news/weather/late-frost-warning-for-inland-orchards#main", Story(
        "Late frost warning issued for inland orchards",
        "Growers were told to run wind machines overnight as temperatures could dip to 27 "
        "degrees in the valley.",
        datetime(2025, 4, 7, 16, 52, tzinfo=EDT))),
    ("../sports/2025/04/07/mariners-rally-past-astros-in-ninth/?utm_medium=social&utm_source=twitter&utm_content=link", Story(
        "Mariners rally past Astros in ninth on walk-off double",
        None,
        datetime(2025, 4, 7, 13, 58, tzinfo=EDT))),
    ("./local/ferry-fares-rise-15-cents-in-june", Story(
        "Ferry fares to rise 15 cents in June",
        "The increase is the first in three years and will fund two new electric vessels, the "
        "ferry district said.",
        datetime(2025, 4, 7, 14, 10, tzinfo=EDT))),
    ("//www.harborledger.example.com/news/opinion/editorial-the-port-deserves-a-real-plan/", Story(
        "Editorial: The port deserves a real plan, not another study",
        "Three studies in a decade have told the city what it already knows about its aging "
        "piers.",
        None)),
    ("?view=article&id=48790&catid=12&utm_source=rss", Story(
        "Library system extends Sunday hours at five branches",
        "Branches in the north end will stay open until 6 p.m. on Sundays starting next "
        "month.",
        datetime(2025, 4, 7, 11, 25, tzinfo=EDT))),
    ("https://static.harborledger-cdn.example.net/www/news/local/food-bank-sees-record-demand?utm_source=homepage#top", Story(
        "Food bank sees record demand as federal aid shrinks",
        "The regional food bank served 41,000 households in March, the most in its 38-year "
        "history.",
        datetime(2025, 4, 7, 9, 5, tzinfo=EDT))),
    ("../../www/news/business/shipyard-lands-navy-repair-contract.html", Story(
        "Shipyard lands $240 million Navy repair contract",
        "The award secures about 600 jobs at the east waterfront yard through 2029, the "
        "company said.",
        datetime(2025, 4, 6, 19, 40, tzinfo=EDT))),
    ("./local/bridge-lane-closures-this-weekend#gallery", Story(
        "Photos: Bridge lane closures begin this weekend",
        None,
        datetime(2025, 4, 6, 15, 0, tzinfo=EDT))),
)  # fmt: skip
# The date-only editorial is printed "April 7, 2025"
_LG_MOST_READ = (
    (
        "//www.harborledger.example.com/news/local/2025/04/08/harbor-tunnel-reopens-after-flood-repairs/?utm_source=mostread",
        "Tunnel is back: what drivers need to know",
    ),
    ("../local/restaurant-inspections-april", "Restaurant inspections: who failed in April"),
    ("?view=article&id=48813&catid=12&utm_source=mostread", "Rental cap vote delayed again"),
    (
        "https://www.harborledger.example.com/news/sports/draft-preview",
        "Draft preview: five names to watch",
    ),
)
_LG_SPONSORED = (
    (
        "https://ad.doubleclick.example.net/ddm/trackclk/N1234.5678/B2468;dc_trk_aid=1",
        "Sponsored: Refinance rates fall to a two-year low",
    ),
    (
        "https://partners.outbrain-like.example.com/r?u=travel-deals&src=harborledger",
        "Sponsored: 12 island escapes under $500",
    ),
)


def _lg_stamp(story: Story) -> str:
    if story.when is None:
        return '<time class="timestamp" datetime="2025-04-07">April 7, 2025</time>'
    return (
        f'<time class="timestamp" datetime="{story.when:%Y-%m-%dT%H:%M:%S%z}">'
        f"{clock12(story.when)} EDT</time>"
        if story.when.day == 8
        else f'<time class="timestamp">{story.when:%B} {story.when.day}, {clock12(story.when)} EDT</time>'
    )


def _lg_card(n: int, href: str, story: Story) -> str:
    """One ``article.story-card``: an image link and a "Read more" link tagged with other
    tracking parameters than the headline's, the headline, dek and time."""
    img_href = href.split("#", 1)[0]
    img_href += ("&" if "?" in img_href else "?") + "utm_medium=image&utm_content=thumb"
    more = href.split("#", 1)[0] + "#article-body"
    dek = f'<p class="story-card__dek">{lead_html(story)}</p>\n' if story.lead else ""
    return (
        f'<article class="story-card{" story-card--lead" if n == 0 else ""}">\n'
        f'<a class="story-card__media" href="{escape_html(img_href)}"><img src="./img/blank.gif" data-src="//img.harborledger-cdn.example.net/2025/04/story-{n}.jpg" alt=""></a>\n'
        f'<h3 class="story-card__headline"><a href="{escape_html(href)}">{story.headline_html}</a></h3>\n'
        f"{dek}"
        f'<div class="story-card__meta">{_lg_stamp(story)}'
        f'<a class="story-card__more" href="{escape_html(more)}">Read more</a></div>\n'
        "</article>"
    )


def build_cdn_base_relative_forms() -> Layout:
    """A US regional daily's Local section served from a CDN: ``<base href>`` names
    ``static.…-cdn…/www/news/index.php``; ``article.story-card`` links (image, headline,
    "Read more") come as ``//host/…``, ``../…``, ``./…``, ``?view=article&id=…`` only,
    absolute URLs on either host, with ``#fragments`` and ``utm_`` parameters, the card's
    three links to one article each tagged differently; times "9:41 AM EDT" today, "April 7,
    9:05 AM EDT" before, one date-only card. Gold URLs resolve against ``<base>``."""
    page_url = f"{_LG_HOST}/news/local/"
    sections = [
        ("Local", "./local/"), ("Business", "./business/"), ("Sports", "../sports/"),
        ("Weather", "//www.harborledger.example.com/news/weather/"), ("Opinion", "?view=category&id=7"),
    ]  # fmt: skip
    cards = "\n".join(_lg_card(n, href, story) for n, (href, story) in enumerate(_LG_STORIES))
    most_read = link_list(
        ((escape_html(href), title) for href, title in _LG_MOST_READ),
        '<li class="most-read__item"><span class="most-read__rank">{rank}</span><a href="{href}">{title}</a></li>',
    )
    sponsored = link_list(
        ((escape_html(href), title) for href, title in _LG_SPONSORED),
        '<li class="sponsored__item"><span class="label">Sponsored</span><a href="{href}" rel="sponsored nofollow">{title}</a></li>',
    )
    head = (
        f'<base href="{_LG_BASE}">\n'
        f'<link rel="canonical" href="{page_url}">\n'
        '<link rel="stylesheet" href="./css/site.min.css?v=20250401">'
    )
    body = f"""<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header"><a class="site-header__logo" href="//www.harborledger.example.com/">The Harbor Ledger</a>
<nav class="site-nav" aria-label="Sections"><ul>
{nav_links(sections, "site-nav__item")}
</ul></nav>
<a class="site-header__subscribe" href="https://subscribe.harborledger.example.com/?utm_source=header">Subscribe</a></header>
<main id="main" class="section-front">
<h1 class="section-front__title">Local News</h1>
<div class="ad-slot ad-slot--leaderboard"><span class="ad-slot__label">Advertisement</span><a href="https://ad.doubleclick.example.net/ddm/jump/N1234.5678/B2468.1;sz=728x90" rel="nofollow"><img src="https://tpc.adserver.example.net/simgad/2468" alt="Advertisement"></a></div>
<section class="story-list">
{cards}
</section>
<nav class="pagination"><a href="?view=category&amp;id=3&amp;page=2" rel="next">Next page</a> <a href="?view=category&amp;id=3&amp;page=3">3</a></nav>
</main>
<aside class="rail">
<section class="most-read"><h2>Most Read</h2><ol>
{most_read}
</ol></section>
<section class="sponsored"><h2>From our partners</h2><ul>
{sponsored}
</ul></section>
</aside>
<footer class="site-footer"><ul>
<li><a href="//www.harborledger.example.com/about/">About us</a></li>
<li><a href="//www.harborledger.example.com/privacy/">Privacy Policy</a></li>
<li><a href="//www.harborledger.example.com/terms/">Terms of Service</a></li>
<li><a href="#top">Back to top</a></li>
</ul><p>&copy; 2025 Harbor Ledger Media LLC</p></footer>"""
    gold = [
        gold_item(_LG_BASE, href, story, timed=story.when is not None)
        for href, story in _LG_STORIES
    ]
    return Layout(
        name="en-cdn-base-relative-forms",
        family='US regional section front under a CDN <base href> (…/index.php): article.story-card links as //host, ../, ./, ?query only and absolute, with #fragments, utm_ and per-link tracking; "9:41 AM EDT"',
        body=english_document("Local News | The Harbor Ledger", head, body),
        page_url=page_url,
        fetched_at=EN_FETCHED_AT,
        items=gold,
        timezone="America/New_York",
    )


BUILDERS: tuple[Builder, ...] = (
    build_it_daily_euckr_bytes,
    build_gnuboard_webzine_bom,
    build_live_feed_200,
    build_cdn_base_relative_forms,
)
