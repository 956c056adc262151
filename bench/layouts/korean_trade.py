# ruff: noqa: E501
"""Korean listing layouts of four more families: a sports/entertainment daily's 연예 photo-news
grid, a city government's 시정소식 board, an IT/electronics trade daily's section list and a
Korean internet newspaper on a blog CMS news theme.

Each builder returns a whole page in the shape of one family — photo news titled
"[SE★포토] …" in a thumbnail grid under a 포토 핫클릭 top block, beside a 실시간 인기 검색어
keyword box; a ``table.bbs_list`` board (번호/제목/부서/등록일/조회) with 공지 rows, "새글"
icons, responsive ``data-cell-header`` cells, a left LNB and a 만족도 조사 form; a trade
daily's ``ul.news_list > li > div.text > strong.title > a`` list under a "PICK" carousel,
beside a tabbed "많이 본 뉴스" box whose weekly panel is hidden; and a blog-CMS category
archive of ``article.post`` entries with category chips, ``h3.entry-title``, a Korean
date-only ``time.entry-date`` whose ``datetime`` carries the full time, and "댓글 3개" links —
with the chrome real pages carry around the list (menus, rankings, recommendations, ads,
pagination, footers). Hosts, headlines, leads and names are invented.

Every page is fetched at 2025-04-08 15:00 KST and printed on the KST clock. Gold times are
the instants the page states: a printed date and clock read on KST, a ``datetime`` attribute
with its offset where the display shows only the date. A date without a time of day and
without such an attribute ("2025.04.08" on the city board) gives no gold timestamp.
"""

from __future__ import annotations

from urllib.parse import quote

from . import Builder, Layout
from .korean_chrome import (
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
    escape_html,
    gold_item,
    html_document,
    kst,
    lead_html,
    link_list,
    menu_items,
)

# --------------------------------------------------------------------------------------------
# 1. A sports/entertainment daily's 연예 photo-news grid: "[SE★포토]" titles, keyword box
# --------------------------------------------------------------------------------------------

_EP_HOST = "https://enter.sidae-econ.example.co.kr"
_EP_TV = "https://tv.sidae-econ.example.co.kr"
# (news id, story): the 포토 핫클릭 top: one big photo with a lead and time, two side photos
# captioned without a time; the brand prefix sits in its own span there
_EP_TOP_BIG = (
    "2025040814312", Story(
        "[SE★포토] 김서윤, 봄날의 여신 강림",
        "배우 김서윤이 8일 오후 서울 강남구의 한 호텔에서 열린 화장품 브랜드 론칭 행사에 "
        "참석해 포즈를 취하고 있다.",
        kst(8, 14, 31), "", '<span class="cate">[SE★포토]</span> 김서윤, 봄날의 여신 강림'),
)  # fmt: skip
_EP_TOP_SIDE = (
    ("2025040814207", Story(
        "[SE★포토] 그룹 루미너스, 완전체 컴백", None, None, "",
        '<span class="cate">[SE★포토]</span> 그룹 루미너스, 완전체 컴백')),
    ("2025040813552", Story(
        "[SE★포토] 박도현, 훈훈한 수트핏", None, None, "",
        '<span class="cate">[SE★포토]</span> 박도현, 훈훈한 수트핏')),
)  # fmt: skip
# (news id, photo count, story): the grid, titles only (photo news shows no lead)
_EP_GRID = (
    ("2025040814455", 5, Story("[SE★포토] 한유리, 시크한 블랙 드레스", None, kst(8, 14, 45))),
    ("2025040814433", 3, Story("[SE★포토] 한유리, 손끝까지 우아하게", None, kst(8, 14, 43))),
    ("2025040814309", 8, Story("[SE★포토] 드라마 '별빛 정류장' 주역들 한자리에", None, kst(8, 14, 30))),
    ("2025040814178", 4, Story("[SE★포토] 그룹 루미너스 리더 하진, 무대 찢은 카리스마", None, kst(8, 14, 17))),
    ("2025040814102", 2, Story("[SE★포토] 이재민 감독, '새 영화 기대해 주세요'", None, kst(8, 14, 10))),
    ("2025040814051", 6, Story("[SE★포토] 최하늘, 러블리 손하트", None, kst(8, 14, 5))),
    ("2025040813489", 3, Story("[SE★포토] 정민호, 제대 후 첫 공식석상", None, kst(8, 13, 48))),
    ("2025040813367", 7, Story("[SE★포토] 걸그룹 핑크문, 상큼 발랄 출근길", None, kst(8, 13, 36))),
    ("2025040813220", 2, Story("[SE★포토] 윤채원, 눈부신 미모", None, kst(8, 13, 22))),
    ("2025040813014", 4, Story("[SE★포토] 뮤지컬 '해무' 프레스콜 현장", None, kst(8, 13, 1))),
    ("2025040812450", 5, Story("[SE★포토] 강태오·서지안, 찰떡 케미", None, kst(8, 12, 45))),
    ("2025040812218", 3, Story("[SE★포토] 임수아, 봄 햇살 같은 미소", None, kst(8, 12, 21))),
    ("2025040811583", 9, Story("[SE★포토] 영화 '마지막 항해' 언론시사회", None, kst(8, 11, 58))),
    ("2025040811306", 2, Story("[SE★포토] 배우 오승민, 인사도 멋지게", None, kst(8, 11, 30))),
    ("2025040811042", 4, Story("[SE★포토] 보이그룹 아스트로웨이브, 공항 패션", None, kst(8, 11, 4))),
    ("2025040810377", 3, Story("[SE★포토] 송다인, 청순의 정석", None, kst(8, 10, 37))),
    ("2025040810125", 6, Story("[SE★포토] 예능 '시골밥상' 제작발표회", None, kst(8, 10, 12))),
    ("2025040809481", 2, Story("[SE★포토] 가수 나윤, 데뷔 10주년 쇼케이스", None, kst(8, 9, 48))),
    ("2025040721330", 5, Story("[SE★포토] 백상 레드카펫 빛낸 스타들", None, kst(7, 21, 33))),
    ("2025040720152", 3, Story("[SE★포토] 김하람, 시선 사로잡는 미니 원피스", None, kst(7, 20, 15))),
)  # fmt: skip
_EP_POPULAR = (
    ("2025040814455", "한유리, 블랙 드레스 입고 '시크'"),
    ("2025040721330", "레드카펫 빛낸 스타들…올해 베스트 드레서는"),
    ("2025040814312", "김서윤, 봄날의 여신"),
    ("2025040813367", "핑크문 출근길…상큼 발랄"),
    ("2025040811583", "'마지막 항해' 시사회 현장"),
)
_EP_KEYWORDS = (
    ("김서윤", "up", 3), ("루미너스", "new", 0), ("한유리", "up", 1), ("별빛 정류장", "down", 2),
    ("백상예술대상", "up", 5), ("핑크문", "down", 1), ("정민호 제대", "new", 0),
    ("마지막 항해", "up", 2), ("시골밥상", "down", 3), ("나윤 쇼케이스", "up", 1),
)  # fmt: skip
_EP_VIDEOS = (
    ("v250408031", "[영상] 김서윤, 봄 여신의 손인사", "00:48"),
    ("v250408027", "[영상] 루미너스 컴백 쇼케이스 하이라이트", "03:12"),
    ("v250408019", "[영상] 핑크문, 출근길 팬서비스", "01:05"),
    ("v250407088", "[영상] 백상 레드카펫 풀영상", "12:40"),
)


def _ep_href(nid: str) -> str:
    return f"/article/{nid}"


def _ep_img(nid: str, alt: str, size: str) -> str:
    return (
        f'<img src="https://img.sidae-econ.example.co.kr/photo/2025/04/{nid}_{size}.jpg" '
        f'alt="{escape_html(alt)}" loading="lazy">'
    )


def _ep_grid_item(nid: str, count: int, story: Story) -> str:
    assert story.when is not None
    return (
        '<li class="photo_item">\n'
        f'<div class="thumb"><a href="{_ep_href(nid)}">{_ep_img(nid, story.title, "s")}</a>'
        f'<em class="ico_cnt"><span class="blind">사진</span>{count}</em></div>\n'
        f'<div class="txt"><a href="{_ep_href(nid)}" class="tit">{story.headline_html}</a>\n'
        f'<span class="date">{dotted(story.when)}</span></div>\n'
        "</li>"
    )


def build_ent_photo_grid() -> Layout:
    """A sports/entertainment daily's 연예 > 포토 list: a "포토 핫클릭" top block (one big
    photo with ``strong.tit``, ``p.lead`` and a time, two side photos with a caption), then
    ``div.photo_list > ul.grid_list > li.photo_item`` cells of a ``div.thumb`` link (photo
    count badge) and ``div.txt > a.tit`` "[SE★포토] …" + ``span.date`` "2025.04.08 14:05";
    a "포토 더보기" link, a 실시간 인기 검색어 keyword box with rank changes, a numbered
    "많이 본 포토" box repeating grid photos under shorter titles, a 추천 영상 strip on the
    video host, ad slots, pagination and the company footer."""
    page_url = f"{_EP_HOST}/photo/list?sec=entertain"
    gnb = menu_items(
        (f"/section/{slug}", name)
        for slug, name in (
            ("entertain", "연예"), ("sports", "스포츠"), ("golf", "골프"), ("photo", "포토"),
            ("video", "영상"), ("life", "라이프"),
        )
    )  # fmt: skip
    sub = menu_items(
        (f"/photo/list?sec={slug}", name)
        for slug, name in (
            ("entertain", "연예 포토"), ("broadcast", "방송·TV"), ("movie", "영화"),
            ("music", "가요"), ("sports", "스포츠 포토"),
        )
    )  # fmt: skip
    big_id, big = _EP_TOP_BIG
    assert big.when is not None
    side = "\n".join(
        f'<li><a href="{_ep_href(nid)}">{_ep_img(nid, s.title, "m")}'
        f'<strong class="cap">{s.headline_html}</strong></a></li>'
        for nid, s in _EP_TOP_SIDE
    )
    grid = "\n".join(_ep_grid_item(nid, count, s) for nid, count, s in _EP_GRID)
    arrows = {"up": "▲", "down": "▼", "new": "NEW"}
    keywords = "\n".join(
        f'<li><span class="num">{rank}</span><a href="/search?q={quote(word)}&amp;'
        f'from=keyword">{escape_html(word)}</a><span class="change {kind}">'
        f"{arrows[kind]}{step if step else ''}</span></li>"
        for rank, (word, kind, step) in enumerate(_EP_KEYWORDS, start=1)
    )
    popular = ranking_box([(_ep_href(nid), title) for nid, title in _EP_POPULAR], "많이 본 포토")
    videos = "\n".join(
        f'<li><a href="{_EP_TV}/watch/{vid}"><span class="thumb"><img src="https://img.'
        f'sidae-econ.example.co.kr/vod/{vid}.jpg" alt=""><span class="play_time">{length}</span>'
        f'</span><p class="tit">{escape_html(title)}</p></a></li>'
        for vid, title, length in _EP_VIDEOS
    )
    body = f"""<div id="wrap">
<div class="top_banner">{ad_slot("ad_top", "AD", 88101, "se_ent_top")}</div>
<header id="header"><h1 class="logo"><a href="/">시대경제 <em>엔터</em></a></h1>
<nav id="gnb"><ul class="gnb_list">{gnb}</ul></nav>
<div class="util"><a href="https://member.sidae-econ.example.co.kr/login">로그인</a><a href="/search">검색</a></div></header>
<div class="sub_nav"><ul>{sub}</ul></div>
<div id="container">
<div id="content">
<h2 class="sec_tit">연예 포토</h2>
<div class="photo_top"><h3 class="blind">포토 핫클릭</h3>
<div class="top_big"><a href="{_ep_href(big_id)}">{_ep_img(big_id, big.title, "l")}</a>
<div class="txt"><a href="{_ep_href(big_id)}"><strong class="tit">{big.headline_html}</strong></a>
<p class="lead">{lead_html(big)}</p><span class="date">{dotted(big.when)}</span></div></div>
<ul class="top_side">
{side}
</ul></div>
<div class="photo_list"><ul class="grid_list">
{grid}
</ul>
<a href="/photo/list?sec=entertain&amp;page=2" class="btn_more">포토 더보기 <span>+</span></a></div>
{pagination("/photo/list?sec=entertain&amp;page={n}", count=10)}
</div>
<aside id="aside">
<div class="keyword_box"><h3 class="box_tit">실시간 인기 검색어</h3>
<p class="base_time">04.08 15:00 기준</p><ol class="keyword_rank">{keywords}</ol></div>
{popular}
{ad_slot("ad_aside", "광고", 88102, "se_ent_aside")}
<div class="video_rec"><h3 class="box_tit">추천 영상</h3><ul>{videos}</ul>
<a href="{_EP_TV}/" class="more">영상 더보기</a></div>
</aside>
</div>
{company_footer(_EP_HOST, "시대경제", FOOTER_LINKS)}
</div>"""
    html = html_document("연예 포토 | 시대경제 엔터", body, lang="ko")
    gold = [
        gold_item(page_url, _ep_href(nid), s)
        for nid, s in (_EP_TOP_BIG, *_EP_TOP_SIDE, *((n, s) for n, _, s in _EP_GRID))
    ]
    return korean_layout(
        "ko-ent-photo-grid",
        'sports/entertainment daily 연예 photo list: "[SE★포토]" titles, 포토 핫클릭 top, '
        'ul.grid_list > li > div.thumb + div.txt > a.tit + span.date "2025.04.08 14:05", '
        "포토 더보기, 실시간 인기 검색어 keyword box, 많이 본 포토, 추천 영상",
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 2. A city government's 시정소식 board: table.bbs_list, 공지 rows, "새글" icons, date only
# --------------------------------------------------------------------------------------------

_CT_HOST = "https://www.hanbit.example.go.kr"
_CT_KEY = "4107"
_CT_BBS = "27"
# (ntt no, department, views, new icon, attachment, story): the board rows, 등록일 date only
_CT_ROWS = (
    (318842, "공보담당관", 41, True, True, Story(
        "한빛시, 봄철 산불 예방 특별대책 기간 운영", None, kst(8, 0, 0))),
    (318839, "교통정책과", 57, True, False, Story(
        "시내버스 5개 노선 4월 21일부터 배차 간격 조정", None, kst(8, 0, 0))),
    (318825, "복지정책과", 88, True, True, Story(
        "2025년 기초생활수급자 긴급복지 지원 확대 시행", None, kst(8, 0, 0))),
    (318817, "문화예술과", 103, True, True, Story(
        "제12회 한빛 벚꽃축제 개최 안내 및 교통 통제 알림", None, kst(8, 0, 0))),
    (318790, "일자리경제과", 126, True, False, Story(
        "청년 창업 지원센터 2기 입주기업 모집", None, kst(7, 0, 0))),
    (318781, "환경정책과", 97, True, True, Story(
        "미세먼지 저감 위한 노후 경유차 조기폐차 지원 신청 접수", None, kst(7, 0, 0))),
    (318766, "건강증진과", 142, False, True, Story(
        "보건소, 어르신 대상 대상포진 무료 예방접종 실시", None, kst(4, 0, 0))),
    (318754, "도시계획과", 211, False, True, Story(
        "한빛역세권 도시개발사업 주민설명회 개최", None, kst(4, 0, 0))),
    (318731, "안전총괄과", 176, False, False, Story(
        "해빙기 대형 공사장 안전점검 결과 발표", None, kst(3, 0, 0))),
    (318720, "평생교육과", 254, False, True, Story(
        "시민 평생학습 강좌 수강생 1,200명 모집", None, kst(3, 0, 0))),
    (318702, "세정과", 198, False, False, Story(
        "4월은 자동차세 연납 신청의 달…최대 4.6% 공제", None, kst(2, 0, 0))),
    (318695, "자원순환과", 233, False, True, Story(
        "공동주택 투명 페트병 분리배출 우수 단지 시상", None, kst(2, 0, 0))),
    (318677, "농업정책과", 165, False, False, Story(
        "도시농부 텃밭 분양 추가 접수…4월 11일까지", None, kst(1, 0, 0))),
    (318660, "공원녹지과", 309, False, True, Story(
        "중앙공원 야간 경관조명 새 단장 마쳐", None, kst(1, 0, 0))),
    (318648, "여성가족과", 187, False, False, Story(
        "다함께돌봄센터 3곳 추가 개소…초등 돌봄 공백 해소", None, kst(1, 0, 0))),
)  # fmt: skip
_CT_NOTICES = (
    (317002, "[공지] 시정소식 게시판 운영 원칙 안내", "공보담당관", "2025.01.02", 1873),
    (316540, "[공지] 개인정보 포함 게시물 작성 자제 요청", "정보통신과", "2024.11.18", 965),
)
_CT_GNB = (
    ("열린시정", (("/www/contents.do?key=4101", "시장실"), ("/www/contents.do?key=4102", "시정비전"),
                 ("/www/contents.do?key=4103", "조직도"))),
    ("알림마당", ((f"/www/selectBbsNttList.do?bbsNo={_CT_BBS}&key={_CT_KEY}", "시정소식"),
                 ("/www/selectBbsNttList.do?bbsNo=28&key=4108", "보도자료"),
                 ("/www/selectBbsNttList.do?bbsNo=29&key=4109", "고시공고"),
                 ("/www/selectBbsNttList.do?bbsNo=30&key=4110", "입법예고"))),
    ("민원·참여", (("/www/contents.do?key=4201", "민원안내"), ("/www/contents.do?key=4202", "시민제안"),
                 ("/www/contents.do?key=4203", "여권·등본"))),
    ("분야별정보", (("/www/contents.do?key=4301", "복지"), ("/www/contents.do?key=4302", "교통"),
                 ("/www/contents.do?key=4303", "환경"), ("/www/contents.do?key=4304", "문화관광"))),
)  # fmt: skip
_CT_LNB = (
    (f"/www/selectBbsNttList.do?bbsNo={_CT_BBS}&key={_CT_KEY}", "시정소식"),
    ("/www/selectBbsNttList.do?bbsNo=28&key=4108", "보도자료"),
    ("/www/selectBbsNttList.do?bbsNo=31&key=4111", "해명자료"),
    ("/www/selectBbsNttList.do?bbsNo=29&key=4109", "고시공고"),
    ("/www/selectBbsNttList.do?bbsNo=30&key=4110", "입법예고"),
    ("/www/contents.do?key=4112", "시정 소식지"),
    ("/www/selectBbsNttList.do?bbsNo=32&key=4113", "채용정보"),
)


def _ct_href(ntt: int) -> str:
    return (
        f"/www/selectBbsNttView.do?key={_CT_KEY}&amp;bbsNo={_CT_BBS}&amp;nttNo={ntt}"
        "&amp;searchCnd=all&amp;pageIndex=1"
    )


def _ct_row(number: int, ntt: int, dept: str, views: int, new: bool, attach: bool, s: Story) -> str:
    assert s.when is not None
    new_icon = (
        ' <img src="/images/egovframework/bbs/icon_new.gif" alt="새글" class="ico_new">'
        if new
        else ""
    )
    icons = (
        ' <img src="/images/egovframework/bbs/icon_file.gif" alt="첨부파일 있음">' if attach else ""
    )
    return (
        "<tr>\n"
        f'<td class="p-num" data-cell-header="번호：">{number}</td>\n'
        f'<td class="p-subject" data-cell-header="제목："><a href="{_ct_href(ntt)}">'
        f"{s.headline_html}{new_icon}</a>{icons}</td>\n"
        f'<td data-cell-header="부서：">{escape_html(dept)}</td>\n'
        f'<td data-cell-header="등록일：">{s.when:%Y.%m.%d}</td>\n'
        f'<td data-cell-header="조회：">{views}</td>\n'
        "</tr>"
    )


def build_city_news_board() -> Layout:
    """A city government's 알림마당 > 시정소식 board on the e-government board module: a
    GNB with four top menus and their sub-menus, a left LNB of the 알림마당 boards, a search
    form and ``table.bbs_list`` (caption, 번호/제목/부서/등록일/조회 head, responsive
    ``data-cell-header`` cells): two "공지" rows pinned on top, then the board rows whose
    title cells hold the link to ``selectBbsNttView.do`` and "새글" / 첨부파일 icons; 등록일
    "2025.04.08" (a date only: no gold time); pagination, a "이 페이지에서 제공하는 정보에
    대하여 만족하십니까?" survey form with the 담당부서 line, and the city footer."""
    page_url = f"{_CT_HOST}/www/selectBbsNttList.do?bbsNo={_CT_BBS}&key={_CT_KEY}"
    gnb = "\n".join(
        f'<li class="depth1"><a href="{escape_html(subs[0][0])}">{escape_html(top)}</a>'
        f'<ul class="depth2">{menu_items(subs)}</ul></li>'
        for top, subs in _CT_GNB
    )
    lnb = menu_items(_CT_LNB)
    notices = "\n".join(
        '<tr class="p-notice">\n'
        '<td class="p-num" data-cell-header="번호："><span class="p-icon p-icon__notice">공지</span></td>\n'
        f'<td class="p-subject" data-cell-header="제목："><a href="{_ct_href(ntt)}">'
        f"{escape_html(title)}</a></td>\n"
        f'<td data-cell-header="부서：">{dept}</td>\n<td data-cell-header="등록일：">{day}</td>\n'
        f'<td data-cell-header="조회：">{views}</td>\n</tr>'
        for ntt, title, dept, day, views in _CT_NOTICES
    )
    rows = "\n".join(_ct_row(1524 - n, *entry) for n, entry in enumerate(_CT_ROWS))
    pages = " ".join(
        f'<a href="/www/selectBbsNttList.do?bbsNo={_CT_BBS}&amp;key={_CT_KEY}&amp;pageIndex={n}" '
        f'class="p-page__link" title="{n}페이지">{n}</a>'
        for n in range(2, 11)
    )
    sns = link_list(
        (
            ("https://blog.example.com/hanbitcity", "한빛시 블로그"),
            ("https://www.youtube.example.com/@hanbitcity", "한빛시 유튜브"),
            ("https://www.instagram.example.com/hanbit_city", "한빛시 인스타그램"),
        ),
        '<li><a href="{href}" target="_blank" title="새창">{title}</a></li>',
    )
    footer_links = menu_items(
        (
            ("/www/contents.do?key=4901", "개인정보처리방침"),
            ("/www/contents.do?key=4902", "영상정보처리기기 운영·관리방침"),
            ("/www/contents.do?key=4903", "저작권정책"), ("/www/contents.do?key=4904", "이메일무단수집거부"),
            ("/www/contents.do?key=4905", "찾아오시는 길"), ("/www/contents.do?key=4906", "사이트맵"),
        )
    )  # fmt: skip
    body = f"""<div id="skip"><a href="#contents">본문 바로가기</a><a href="#gnb">주메뉴 바로가기</a></div>
<div id="wrapper">
<div class="gov_banner"><span class="emblem"></span>이 누리집은 대한민국 공식 전자정부 누리집입니다.</div>
<header id="header">
<div class="header_util"><ul><li><a href="/www/index.do">HOME</a></li><li><a href="/www/contents.do?key=4906">사이트맵</a></li><li><a href="/eng/index.do">ENGLISH</a></li><li><a href="https://www.hanbit.example.go.kr/www/login.do">로그인</a></li></ul></div>
<h1 class="logo"><a href="/www/index.do"><img src="/site/www/images/common/logo.png" alt="한빛시"></a></h1>
<nav id="gnb"><ul class="gnb_menu">
{gnb}
</ul></nav></header>
<div id="container" class="sub_container">
<div id="lnb"><h2 class="lnb_title">알림마당</h2><ul class="lnb_menu">{lnb}</ul></div>
<div id="contents">
<div class="sub_head"><div class="location"><span class="home">홈</span> &gt; <span>알림마당</span> &gt; <strong>시정소식</strong></div>
<h3 class="sub_title">시정소식</h3>
<div class="share_util"><a href="/www/print.do" class="btn_print">인쇄</a></div></div>
<form name="searchForm" action="/www/selectBbsNttList.do" method="get" class="p-form-group">
<input type="hidden" name="bbsNo" value="{_CT_BBS}"><input type="hidden" name="key" value="{_CT_KEY}">
<fieldset><legend class="blind">게시물 검색</legend>
<select name="searchCnd" title="검색항목 선택"><option value="all">전체</option><option value="SJ">제목</option><option value="CN">내용</option></select>
<input type="text" name="searchKrwd" title="검색어 입력" placeholder="검색어를 입력하세요">
<button type="submit" class="p-button">검색</button></fieldset></form>
<p class="p-total">총 게시물 <strong>1,526</strong>건, 현재 페이지 <strong>1</strong>/102</p>
<table class="bbs_list p-table">
<caption>시정소식 목록 : 번호, 제목, 부서, 등록일, 조회 정보 제공</caption>
<colgroup><col class="num"><col><col class="dept"><col class="date"><col class="hit"></colgroup>
<thead><tr><th scope="col">번호</th><th scope="col">제목</th><th scope="col">부서</th><th scope="col">등록일</th><th scope="col">조회</th></tr></thead>
<tbody>
{notices}
{rows}
</tbody>
</table>
<div class="p-pagination"><span class="p-page"><a href="#" class="p-page__link first">처음</a><a href="#" class="p-page__link prev">이전</a>
<strong class="p-page__link active" title="현재 페이지">1</strong> {pages}
<a href="/www/selectBbsNttList.do?bbsNo={_CT_BBS}&amp;key={_CT_KEY}&amp;pageIndex=11" class="p-page__link next">다음</a>
<a href="/www/selectBbsNttList.do?bbsNo={_CT_BBS}&amp;key={_CT_KEY}&amp;pageIndex=102" class="p-page__link last">끝</a></span></div>
<div class="satisfaction">
<form name="satisfyForm" action="/www/insertSatisfaction.do" method="post">
<input type="hidden" name="key" value="{_CT_KEY}">
<fieldset><legend>만족도 조사</legend>
<p class="question">이 페이지에서 제공하는 정보에 대하여 만족하십니까?</p>
<ul class="choice"><li><input type="radio" name="score" id="s5" value="5"><label for="s5">매우만족</label></li>
<li><input type="radio" name="score" id="s4" value="4"><label for="s4">만족</label></li>
<li><input type="radio" name="score" id="s3" value="3"><label for="s3">보통</label></li>
<li><input type="radio" name="score" id="s2" value="2"><label for="s2">불만족</label></li>
<li><input type="radio" name="score" id="s1" value="1"><label for="s1">매우불만족</label></li></ul>
<input type="text" name="opinion" title="의견 입력" placeholder="의견을 남겨 주세요"><button type="submit">평가하기</button>
</fieldset></form>
<p class="manager">담당부서 : 공보담당관 언론팀 <span>031-000-2041</span> <span class="update">최종수정일 : 2025-03-14</span></p></div>
</div>
<aside class="sns_box"><h3>한빛시 SNS</h3><ul>{sns}</ul></aside>
</div>
<footer id="footer">
<div class="footer_menu"><ul>{footer_links}</ul></div>
<address>(12345) 한빛시 시청로 1 (한빛동) 한빛시청 | 대표전화 031-000-2114 (평일 09:00~18:00)</address>
<p class="copyright">COPYRIGHT © HANBIT CITY. ALL RIGHTS RESERVED.</p>
<div class="wa_mark"><img src="/site/www/images/common/wa_mark.png" alt="과학기술정보통신부 WEB ACCESSIBILITY 마크(웹 접근성 품질인증 마크)"></div>
</footer>
</div>"""
    html = html_document("시정소식 | 알림마당 | 한빛시청", body, lang="ko")
    gold = [
        gold_item(
            page_url, _ct_href(ntt).replace("&amp;", "&"), s, drop=("pageIndex",), timed=False
        )
        for ntt, *_, s in _CT_ROWS
    ]
    return korean_layout(
        "ko-city-news-board",
        "city government 시정소식 board: table.bbs_list 번호/제목/부서/등록일/조회 with "
        'data-cell-header cells, "공지" rows, "새글" icons, 등록일 "2025.04.08" (date only), '
        "GNB + LNB, 만족도 조사 form",
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 3. An IT/electronics trade daily's section list: ul.news_list > li > div.text > strong.title
# --------------------------------------------------------------------------------------------

_IT_HOST = "https://www.jeonja-sibo.example.co.kr"
# (article id, story): the "전자시보 PICK" carousel, headline and photo only
_IT_PICK = (
    ("20250408000211", Story("[ET단독] 반도체 소재 국산화 2단계 착수…불화수소 다음은 포토레지스트", None, None)),
    ("20250408000187", Story("[이슈분석] 온디바이스 AI 칩 경쟁, 스마트폰에서 가전으로 번진다", None, None)),
    ("20250408000164", Story("[르포] 첫 양산 앞둔 차세대 배터리 라인 가보니", None, None)),
    ("20250408000142", Story("[인터뷰] \"공공 클라우드 전환, 보안 인증이 관건\"", None, None)),
)  # fmt: skip
# (article id, reporter, story): the section list, "2025-04-08 14:05"
_IT_LIST = (
    ("20250408000298", "김지훈", Story(
        "디스플레이 업계, 중소형 OLED 설비 투자 재개",
        "국내 디스플레이 업체들이 중소형 유기발광다이오드(OLED) 설비 투자를 재개한다. 노트북과 "
        "태블릿용 8.6세대 라인 발주가 이르면 다음 달 나온다.",
        kst(8, 14, 52))),
    ("20250408000290", "이수민", Story(
        "[단독] 통신 3사, 5G 단독모드 전국망 연내 구축 합의",
        "이동통신 3사가 5G 단독모드(SA) 전국망을 연내 구축하기로 뜻을 모았다. 과학기술정보통신부와 "
        "주파수 재할당 조건을 놓고 막바지 협의 중이다.",
        kst(8, 14, 38))),
    ("20250408000284", "박현우", Story(
        "파운드리 2나노 공정 수율 60% 돌파…고객사 확보 탄력",
        "국내 파운드리의 2나노 공정 수율이 60%를 넘어선 것으로 파악됐다. 빅테크 고객사와의 "
        "시제품 계약에도 속도가 붙을 전망이다.",
        kst(8, 14, 21))),
    ("20250408000279", "정하은", Story(
        "가전 구독 서비스 가입자 100만 돌파…냉장고·정수기 인기",
        "가전 구독 서비스 누적 가입자가 100만 명을 넘었다. 냉장고와 정수기가 전체 계약의 절반 "
        "이상을 차지했다.",
        kst(8, 14, 5))),
    ("20250408000266", "최민석", Story(
        "전력반도체 SiC 웨이퍼 국산화 과제 공모…300억 지원",
        "정부가 실리콘카바이드(SiC) 전력반도체 웨이퍼 국산화 과제를 공모한다. 3년간 300억원을 "
        "지원한다.",
        kst(8, 13, 47))),
    ("20250408000251", "한서진", Story(
        "스마트폰 카메라 모듈 업계, 1분기 실적 '상저하고' 전망",
        "카메라 모듈 업체들의 1분기 실적이 부진할 것으로 보인다. 하반기 신제품 출시 효과로 "
        "실적이 회복될 것이라는 관측이 나온다.",
        kst(8, 13, 20))),
    ("20250408000243", "윤태호", Story(
        "공공 SW 사업 대기업 참여 제한 완화…업계 '환영' 속 중소기업 우려",
        "공공 소프트웨어 사업의 대기업 참여 제한이 일부 완화된다. 중소 SW 기업들은 시장 잠식을 "
        "우려하고 있다.",
        kst(8, 12, 58))),
    ("20250408000230", "오지연", Story(
        "배터리 3사 북미 ESS 수주 경쟁 본격화",
        "국내 배터리 3사가 북미 에너지저장장치(ESS) 시장에서 수주 경쟁에 나섰다. 리튬인산철(LFP) "
        "제품 양산 시점이 승부를 가를 전망이다.",
        kst(8, 12, 31))),
    ("20250408000222", "김지훈", Story(
        "TV 패널 가격 석 달 연속 상승…LCD 감산 효과",
        "TV용 액정표시장치(LCD) 패널 가격이 석 달 연속 올랐다. 중국 패널 업체들의 감산이 "
        "가격을 밀어 올렸다.",
        kst(8, 11, 49))),
    ("20250408000205", "이수민", Story(
        "알뜰폰 번호이동 3월 역대 최대…0원 요금제 효과",
        "지난달 알뜰폰으로 번호를 옮긴 가입자가 역대 최대를 기록했다. 통신사 자회사들의 0원 "
        "요금제가 수요를 끌어들였다.",
        kst(8, 11, 12))),
    ("20250408000198", "박현우", Story(
        "HBM 후공정 장비 발주 늘어…장비株 수혜 기대",
        "고대역폭메모리(HBM) 후공정 장비 발주가 늘고 있다. 본딩과 검사 장비 업체들이 수혜를 볼 "
        "것으로 예상된다.",
        kst(8, 10, 40))),
    ("20250408000176", "정하은", Story(
        "로봇청소기 신제품 쏟아진다…물걸레 자동 세척 경쟁",
        "가전 업체들이 로봇청소기 신제품을 잇달아 내놓는다. 물걸레 자동 세척과 건조 기능이 "
        "경쟁의 핵심으로 떠올랐다.",
        kst(8, 10, 3))),
    ("20250408000158", "최민석", Story(
        "車 반도체 공급망 점검회의…MCU 재고 일주일치 불과",
        "정부가 차량용 반도체 공급망 점검회의를 열었다. 일부 마이크로컨트롤러(MCU) 재고가 "
        "일주일치에 불과한 것으로 나타났다.",
        kst(8, 9, 36))),
    ("20250408000131", "한서진", Story(
        "[ET시론] 디지털 전환의 마지막 퍼즐은 사람이다",
        "기업의 디지털 전환이 기술 도입에 그쳐서는 안 된다. 조직과 인재가 함께 바뀌어야 성과가 "
        "난다.",
        kst(8, 9, 0))),
    ("20250408000119", "윤태호", Story(
        "클라우드 보안인증 등급제 시행 1년…하 등급 인증 10건 그쳐",
        "클라우드 보안인증 등급제가 시행 1년을 맞았지만 하 등급 인증은 10건에 그쳤다. 공공기관 "
        "도입이 더디다는 지적이다.",
        kst(8, 8, 24))),
    ("20250408000102", "오지연", Story(
        "전기차 충전기 화재 예방 기술 표준 나온다",
        "전기차 충전기 화재를 막기 위한 기술 표준이 만들어진다. 충전 중 배터리 상태를 실시간으로 "
        "감시하는 기능이 의무화된다.",
        kst(8, 7, 50))),
    ("20250407000388", "김지훈", Story(
        "마이크로LED TV 가격 절반으로…대중화 시동",
        "마이크로LED TV 가격이 지난해의 절반 수준으로 내려간다. 칩 전사 공정 개선으로 생산 "
        "비용이 줄었다.",
        kst(7, 20, 15))),
    ("20250407000371", "이수민", Story(
        "위성통신 스마트폰 상용화 눈앞…국내 실증 착수",
        "스마트폰으로 위성과 직접 통신하는 서비스의 국내 실증이 시작됐다. 재난 상황에서 "
        "통신망을 보완할 것으로 기대된다.",
        kst(7, 19, 2))),
)  # fmt: skip
_IT_DAILY = (
    ("20250408000284", "2나노 수율 60% 넘었다…파운드리 반격"),
    ("20250408000290", "통신 3사 5G SA 전국망 연내 구축"),
    ("20250408000211", "반도체 소재 국산화 2단계…포토레지스트 겨냥"),
    ("20250408000205", "알뜰폰 번호이동 역대 최대"),
    ("20250408000279", "가전 구독 100만 시대"),
)
_IT_WEEKLY = (
    ("20250403000412", "AI 반도체 예산 1조 추경 편성 검토"),
    ("20250404000188", "폴더블폰 판매량 첫 역성장"),
    ("20250402000306", "데이터센터 전력 부족…수도권 신규 허가 제동"),
    ("20250407000371", "위성통신 스마트폰 국내 실증 착수"),
    ("20250401000255", "공공 클라우드 전환 예산 삭감 논란"),
)
_IT_COLUMNS = (
    ("20250408000090", "[데스크라인] 반도체 특별법, 더는 미룰 수 없다"),
    ("20250407000350", "[기고] 산업 AI 데이터 표준이 필요하다"),
    ("20250407000322", "[사설] 통신비 인하, 시장에 맡겨야"),
)


def _it_href(aid: str) -> str:
    return f"/{aid}"


def _it_item(aid: str, reporter: str, s: Story) -> str:
    assert s.when is not None
    return (
        "<li>\n"
        f'<figure class="thumb"><a href="{_it_href(aid)}"><img src="https://img.jeonja-sibo.'
        f'example.co.kr/news/thumbnail/{aid}_1.jpg" alt="" loading="lazy"></a></figure>\n'
        '<div class="text">\n'
        f'<strong class="title"><a href="{_it_href(aid)}">{s.headline_html}</a></strong>\n'
        f'<p class="lead">{lead_html(s)}</p>\n'
        f'<div class="info"><span class="author">{escape_html(reporter)} 기자</span>'
        f'<span class="date">{s.when:%Y-%m-%d %H:%M}</span></div>\n'
        "</div>\n</li>"
    )


def _it_rank(entries: tuple[tuple[str, str], ...]) -> str:
    return link_list(
        ((_it_href(aid), title) for aid, title in entries),
        '<li><span class="num">{rank}</span><a href="{href}">{title}</a></li>',
    )


def build_it_trade_daily() -> Layout:
    """An IT/electronics trade daily's 전자 section: a "전자시보 PICK" swiper carousel of four
    photo slides (``a > figure + div.txt > strong``, no time), then ``ul.news_list > li`` with
    ``figure.thumb``, ``div.text > strong.title > a``, ``p.lead``, ``div.info`` with the
    reporter and ``span.date`` "2025-04-08 14:05"; a "많이 본 뉴스" box with 일간/주간 tabs
    (the weekly panel hidden), an 오피니언 box, ad slots, pagination and the footer."""
    page_url = f"{_IT_HOST}/news/section.html?id1=06"
    gnb = menu_items(
        (f"/news/section.html?id1={sid}", name)
        for sid, name in (
            ("02", "SW"), ("03", "IT"), ("04", "통신방송"), ("06", "전자"), ("20", "모빌리티"),
            ("60", "에너지"), ("16", "경제"), ("22", "과학"), ("40", "오피니언"),
        )
    )  # fmt: skip
    subs = menu_items(
        (f"/news/section.html?id1=06&amp;id2={sid}", name)
        for sid, name in (
            ("601", "반도체"), ("602", "디스플레이"), ("603", "가전"), ("604", "배터리"),
            ("605", "부품·소재"),
        )
    )  # fmt: skip
    picks = "\n".join(
        f'<div class="swiper-slide"><a href="{_it_href(aid)}"><figure><img src="https://img.'
        f'jeonja-sibo.example.co.kr/news/pick/{aid}.jpg" alt=""></figure>'
        f'<div class="txt"><strong>{s.headline_html}</strong></div></a></div>'
        for aid, s in _IT_PICK
    )
    items = "\n".join(_it_item(aid, rep, s) for aid, rep, s in _IT_LIST)
    columns = link_list(
        ((_it_href(aid), title) for aid, title in _IT_COLUMNS),
        '<li><a href="{href}">{title}</a></li>',
    )
    body = f"""<div id="wrap">
<header id="header">
<div class="top_bar"><span class="today">2025년 4월 8일 화요일</span>
<a href="https://member.jeonja-sibo.example.co.kr/login">로그인</a><a href="https://member.jeonja-sibo.example.co.kr/join">회원가입</a>
<a href="/subscribe">구독신청</a></div>
<h1 class="logo"><a href="/">전자시보</a></h1>
<nav class="gnb"><ul>{gnb}</ul></nav>
</header>
{ad_slot("ad_top_wide", "AD", 51201, "js_section_top")}
<div id="container">
<div class="content_wrap">
<div class="section_head"><h2>전자</h2><ul class="sub_menu">{subs}</ul></div>
<div class="pick_area"><h3 class="pick_tit">전자시보 PICK</h3>
<div class="swiper pick_slide"><div class="swiper-wrapper">
{picks}
</div><div class="swiper-pagination"></div>
<button type="button" class="swiper-button-prev">이전</button><button type="button" class="swiper-button-next">다음</button></div></div>
<div class="list_area">
<ul class="news_list">
{items}
</ul>
{pagination("/news/section.html?id1=06&amp;page={n}", count=10)}
</div>
</div>
<aside class="aside">
<div class="popular_news"><h3 class="box_tit">많이 본 뉴스</h3>
<ul class="tab" role="tablist"><li class="on" role="presentation"><a href="#popDaily" role="tab" aria-selected="true">일간</a></li><li role="presentation"><a href="#popWeekly" role="tab" aria-selected="false">주간</a></li></ul>
<div id="popDaily" class="tab_cont on" role="tabpanel"><ol>{_it_rank(_IT_DAILY)}</ol></div>
<div id="popWeekly" class="tab_cont" role="tabpanel" style="display:none"><ol>{_it_rank(_IT_WEEKLY)}</ol></div>
</div>
{ad_slot("ad_aside", "광고", 51202, "js_section_aside")}
<div class="opinion_box"><h3 class="box_tit"><a href="/news/section.html?id1=40">오피니언</a></h3><ul>{columns}</ul></div>
{ad_slot("ad_aside2", "광고", 51203, "js_section_aside2")}
</aside>
</div>
{company_footer(_IT_HOST, "전자시보", FOOTER_LINKS)}
</div>"""
    html = html_document("전자 | 전자시보", body, lang="ko")
    gold = [gold_item(page_url, _it_href(aid), s) for aid, s in _IT_PICK] + [
        gold_item(page_url, _it_href(aid), s) for aid, _, s in _IT_LIST
    ]
    return korean_layout(
        "ko-it-trade-daily",
        "IT/electronics trade daily section: 전자시보 PICK swiper carousel (no time), "
        "ul.news_list > li > figure.thumb + div.text > strong.title > a + p.lead + span.date "
        '"2025-04-08 14:05", tabbed 많이 본 뉴스 (일간/주간, weekly hidden), 오피니언 box',
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 4. A Korean internet newspaper on a blog CMS news theme: article.post, date-only Korean time
# --------------------------------------------------------------------------------------------

_WP_HOST = "https://www.mirae-news.example.kr"
# (post id, slug, categories, comments, story): the 사회 category archive
_WP_POSTS = (
    (28411, "전세사기-피해-임차인-우선매수권-행사-첫-사례", ("사회", "부동산"), 3, Story(
        "전세사기 피해 임차인 우선매수권 행사 첫 사례 나왔다",
        "전세사기 피해 임차인이 경매에서 우선매수권을 행사해 살던 집을 낙찰받은 첫 사례가 나왔다. "
        "피해자 단체는 절차가 여전히 복잡하다고 지적했다.",
        kst(8, 14, 5))),
    (28405, "지하철-노조-총파업-예고", ("사회", "노동"), 12, Story(
        "지하철 노조 15일 총파업 예고…출퇴근 대란 우려",
        "수도권 지하철 노조가 임금 협상 결렬을 이유로 15일 총파업을 예고했다. 시는 비상 수송 "
        "대책을 마련하고 있다.",
        kst(8, 12, 41))),
    (28398, "초등학교-늘봄학교-전면-시행-한-달", ("사회", "교육"), 0, Story(
        "늘봄학교 전면 시행 한 달…강사 구하기 여전히 '하늘의 별따기'",
        "초등학교 늘봄학교가 전면 시행된 지 한 달이 지났다. 현장에서는 프로그램 강사를 구하지 "
        "못해 애를 태우는 학교가 적지 않다.",
        kst(8, 10, 17))),
    (28390, "119-구급차-이송-지연-응급실", ("사회",), 5, Story(
        "119 구급차 이송 지연 1시간 넘는 사례 두 배로",
        "응급실을 찾지 못해 119 구급차 이송이 1시간 넘게 걸린 사례가 지난해의 두 배로 늘었다.",
        kst(8, 8, 52))),
    (28384, "폐지-줍는-노인-실태조사", ("사회", "복지"), 1, Story(
        "폐지 줍는 노인 4만 2천 명…월 수입 15만 원 그쳐",
        "정부 첫 실태조사에서 폐지를 주워 생계를 잇는 노인이 4만 2천 명으로 집계됐다. 한 달 "
        "수입은 평균 15만 원에 그쳤다.",
        kst(7, 21, 30))),
    (28377, "산불-이재민-임시주택-입주", ("사회", "지역"), 2, Story(
        "산불 이재민 임시주택 첫 입주…\"그래도 내 집 같아\"",
        "지난달 대형 산불로 집을 잃은 주민들이 조립식 임시주택에 처음 입주했다.",
        kst(7, 18, 3))),
    (28369, "외국인-계절근로자-무단이탈", ("사회", "노동"), 0, Story(
        "외국인 계절근로자 무단이탈 급증…농가 일손 비상",
        "농번기를 앞두고 외국인 계절근로자의 무단이탈이 잇따르고 있다. 농가들은 인력 공백을 "
        "메우느라 발을 구르고 있다.",
        kst(7, 15, 26))),
    (28361, "어린이보호구역-과속-단속-카메라", ("사회", "교통"), 4, Story(
        "어린이보호구역 과속 단속 카메라 1천 대 추가 설치",
        "어린이보호구역에 과속 단속 카메라 1천 대가 추가로 설치된다. 등하교 시간대 집중 단속도 "
        "이뤄진다.",
        kst(7, 11, 8))),
    (28352, "고독사-예방-ai-안부전화", ("사회", "복지"), 7, Story(
        "고독사 예방 AI 안부전화, 1인 가구 중장년까지 확대",
        "홀몸 어르신에게 걸던 인공지능 안부전화가 1인 가구 중장년층으로 확대된다.",
        kst(6, 16, 45))),
    (28346, "대학가-원룸-월세-상승", ("사회", "부동산"), 9, Story(
        "대학가 원룸 월세 1년 새 10% 올라…학생들 '방 구하기 전쟁'",
        "서울 주요 대학가 원룸 평균 월세가 1년 새 10% 가까이 올랐다. 기숙사 수용률이 낮은 "
        "학교 학생들의 부담이 특히 크다.",
        kst(6, 9, 12))),
    (28339, "택배-기사-휴게시간-보장", ("사회", "노동"), 0, Story(
        "택배기사 휴게시간 보장 합의 3년…현장은 '그림의 떡'",
        "택배기사의 휴게시간을 보장하기로 한 사회적 합의가 3년을 맞았다. 현장에서는 여전히 "
        "쉬는 시간을 챙기기 어렵다는 목소리가 나온다.",
        kst(5, 14, 33))),
    (28331, "마약-투약-10대-급증", ("사회", "사건사고"), 6, Story(
        "[단독] 10대 마약 사범 3년 새 세 배…SNS 통해 거래",
        "마약류 투약으로 적발된 10대가 3년 새 세 배로 늘었다. 대부분 SNS와 메신저를 통해 "
        "마약을 구입한 것으로 조사됐다.",
        kst(5, 10, 2))),
)  # fmt: skip
_WP_CATS = {
    "사회": "society", "부동산": "real-estate", "노동": "labor", "교육": "education",
    "복지": "welfare", "지역": "local", "교통": "traffic", "사건사고": "accident",
}  # fmt: skip
_WP_POPULAR = (
    (28405, "지하철-노조-총파업-예고", "지하철 노조 15일 총파업 예고…출퇴근 대란 우려"),
    (28290, "벚꽃-명소-주차-대란", "벚꽃 명소 주말 주차 대란…셔틀버스 증편"),
    (28346, "대학가-원룸-월세-상승", "대학가 원룸 월세 1년 새 10% 올라"),
    (28255, "의대-정원-조정-결론", "의대 정원 조정 결론 임박…수험생 혼란"),
)
_WP_COMMENTS = (
    ("한빛맘", 28398, "초등학교-늘봄학교-전면-시행-한-달", "늘봄학교 전면 시행 한 달…", 5412),
    ("지나가던 시민", 28405, "지하철-노조-총파업-예고", "지하철 노조 15일 총파업 예고…", 5409),
    ("김민준", 28331, "마약-투약-10대-급증", "[단독] 10대 마약 사범 3년 새 세 배…", 5401),
)


def _wp_href(slug: str) -> str:
    """A post's permalink: the dated path with its Korean slug percent-encoded."""
    return f"{_WP_HOST}/2025/04/{_wp_day(slug)}/{quote(slug)}/"


def _wp_day(slug: str) -> str:
    for _, s, _, _, story in _WP_POSTS:
        if s == slug and story.when is not None:
            return f"{story.when.day:02d}"
    return "01"


def _wp_date(story: Story) -> str:
    assert story.when is not None
    return f"{story.when.year}년 {story.when.month}월 {story.when.day}일"


def _wp_cat(name: str) -> str:
    return f"{_WP_HOST}/category/{_WP_CATS[name]}/"


def _wp_post(pid: int, slug: str, cats: tuple[str, ...], comments: int, s: Story) -> str:
    assert s.when is not None
    url = _wp_href(slug)
    chips = "".join(
        f'<a href="{_wp_cat(c)}" class="cat-{_WP_CATS[c]}" rel="category tag">{c}</a>' for c in cats
    )
    classes = " ".join(f"category-{_WP_CATS[c]}" for c in cats)
    talk = f"댓글 {comments}개" if comments else "댓글 남기기"
    anchor = "#comments" if comments else "#respond"
    return f"""<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry {classes}">
<div class="featured-image"><a href="{url}" title="{escape_html(s.title)}"><img width="390" height="205" src="{_WP_HOST}/wp-content/uploads/2025/04/{pid}-390x205.jpg" class="attachment-colormag-featured-post-medium size-colormag-featured-post-medium wp-post-image" alt="" decoding="async"></a></div>
<div class="article-content clearfix">
<div class="above-entry-meta"><span class="cat-links">{chips}</span></div>
<header class="entry-header"><h3 class="entry-title"><a href="{url}" title="{escape_html(s.title)}">{s.headline_html}</a></h3></header>
<div class="below-entry-meta">
<span class="posted-on"><a href="{url}" title="{s.when:%H:%M}" rel="bookmark"><i class="fa fa-calendar-o"></i> <time class="entry-date published" datetime="{s.when.isoformat()}">{_wp_date(s)}</time><time class="updated" datetime="{s.when.isoformat()}">{_wp_date(s)}</time></a></span>
<span class="byline"><span class="author vcard"><i class="fa fa-user"></i><a class="url fn n" href="{_WP_HOST}/author/newsroom/" title="편집국">편집국</a></span></span>
<span class="comments"><a href="{url}{anchor}"><i class="fa fa-comment"></i> {talk}</a></span>
</div>
<div class="entry-content clearfix"><p>{lead_html(s)}</p>
<a class="more-link" title="{escape_html(s.title)}" href="{url}"><span>더 읽기</span></a></div>
</div>
</article>"""


def build_wp_news_theme() -> Layout:
    """A Korean internet newspaper on a blog CMS with a magazine news theme: the 사회 category
    archive (``header.page-header > h1`` "사회"), ``article.post`` entries of a featured image,
    ``span.cat-links`` category chips, ``h3.entry-title > a``, meta with
    ``time.entry-date.published`` printed "2025년 4월 8일" (no clock) whose ``datetime``
    carries the full time with its offset, a byline and a "댓글 3개" comments link, the
    excerpt and a "더 읽기" link; widgets (최근 글 repeating the newest posts, 인기 글, 최근
    댓글, 카테고리, a 광고 문의 banner), numbered ``page-numbers`` pagination and the
    internet newspaper's registration footer."""
    page_url = f"{_WP_HOST}/category/society/"
    menu = menu_items(
        ((_wp_cat(c), c) for c in ("사회", "교육", "복지", "노동", "지역")),
        item_class="menu-item menu-item-type-taxonomy menu-item-object-category",
    )
    posts = "\n".join(_wp_post(*entry) for entry in _WP_POSTS)
    recent = link_list(
        ((_wp_href(slug), s.title) for _, slug, _, _, s in _WP_POSTS[:5]),
        '<li><a href="{href}">{title}</a></li>',
    )
    popular = "\n".join(
        f'<li><a href="{_WP_HOST}/2025/04/0{1 + pid % 7}/{quote(slug)}/" class="wpp-post-title">'
        f"{escape_html(title)}</a></li>"
        for pid, slug, title in _WP_POPULAR
    )
    comments = "\n".join(
        f'<li class="recentcomments"><span class="comment-author-link">{escape_html(who)}</span>'
        f' 님의 <a href="{_wp_href(slug)}#comment-{cid}">{escape_html(title)}</a>에 댓글</li>'
        for who, _, slug, title, cid in _WP_COMMENTS
    )
    cat_list = "".join(
        f'<li class="cat-item"><a href="{_wp_cat(c)}">{c}</a> ({n})</li>'
        for c, n in (("사회", 1204), ("교육", 318), ("노동", 276), ("복지", 231), ("지역", 512))
    )
    body = f"""<div id="page" class="hfeed site">
<a class="skip-link screen-reader-text" href="#main">본문 바로가기</a>
<header id="masthead" class="site-header clearfix">
<div class="news-bar"><div class="date-in-header">2025년 4월 8일 화요일</div>
<div class="breaking-news"><strong class="breaking-news-latest">속보:</strong><ul class="newsticker"><li><a href="{_wp_href(_WP_POSTS[0][1])}" title="{escape_html(_WP_POSTS[0][4].title)}">{escape_html(_WP_POSTS[0][4].title)}</a></li></ul></div></div>
<div class="header-text-wrap"><h1 id="site-title"><a href="{_WP_HOST}/" rel="home">미래뉴스</a></h1><p id="site-description">시민과 함께 만드는 인터넷신문</p></div>
{ad_slot("header-right-sidebar", "광고", 70301, "mirae_header")}
<nav id="site-navigation" class="main-navigation clearfix"><div class="home-icon"><a href="{_WP_HOST}/" title="미래뉴스"><i class="fa fa-home"></i></a></div>
<ul id="menu-primary" class="menu-primary-container">{menu}</ul></nav>
</header>
<div id="main" class="clearfix"><div class="inner-wrap clearfix">
<div id="primary"><div id="content" class="clearfix">
<header class="page-header"><h1 class="page-title"><span>사회</span></h1></header>
<div class="article-container">
{posts}
</div>
<nav class="navigation pagination" aria-label="글 페이지 매기기"><h2 class="screen-reader-text">글 페이지 매기기</h2><div class="nav-links">
<span aria-current="page" class="page-numbers current">1</span>
<a class="page-numbers" href="{_WP_HOST}/category/society/page/2/">2</a>
<a class="page-numbers" href="{_WP_HOST}/category/society/page/3/">3</a>
<span class="page-numbers dots">…</span>
<a class="page-numbers" href="{_WP_HOST}/category/society/page/101/">101</a>
<a class="next page-numbers" href="{_WP_HOST}/category/society/page/2/">다음</a></div></nav>
</div></div>
<div id="secondary">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{_WP_HOST}/"><input type="search" class="search-field" placeholder="검색 …" name="s"><button type="submit">검색</button></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h3 class="widget-title"><span>최근 글</span></h3><ul>{recent}</ul></aside>
<aside id="custom_html-3" class="widget_text widget widget_custom_html"><div class="textwidget custom-html-widget">{ad_slot("ad_sidebar", "AD", 70302, "mirae_side")}</div></aside>
<aside id="wpp-2" class="widget popular-posts"><h3 class="widget-title"><span>인기 글</span></h3><ul class="wpp-list">{popular}</ul></aside>
<aside id="recent-comments-2" class="widget widget_recent_comments"><h3 class="widget-title"><span>최근 댓글</span></h3><ul id="recentcomments">{comments}</ul></aside>
<aside id="categories-2" class="widget widget_categories"><h3 class="widget-title"><span>카테고리</span></h3><ul>{cat_list}</ul></aside>
<aside id="text-4" class="widget widget_text"><div class="textwidget"><p><a href="{_WP_HOST}/ad-inquiry/">광고 문의</a> · <a href="{_WP_HOST}/tip/">제보하기</a></p></div></aside>
</div>
</div></div>
<footer id="colophon" class="clearfix">
<div class="footer-widgets-wrapper"><div class="tg-footer-main-widget"><p>미래뉴스 | 등록번호 서울 아00000 | 등록일 2019.05.02 | 발행·편집인 김미래 | 청소년보호책임자 이하늘</p>
<ul class="footer-menu">{menu_items(((_WP_HOST + "/about/", "회사소개"), (_WP_HOST + "/privacy-policy/", "개인정보처리방침"), (_WP_HOST + "/youth-policy/", "청소년보호정책"), (_WP_HOST + "/ethics/", "윤리강령")))}</ul></div></div>
<div class="footer-socket-wrapper"><div class="copyright">Copyright © 2025 <a href="{_WP_HOST}/">미래뉴스</a>. All rights reserved. Theme: ColorMag by ThemeGrill. Powered by <a href="https://wordpress.example.org/">WordPress</a>.</div></div>
</footer>
<a href="#masthead" id="scroll-up"><i class="fa fa-chevron-up"></i></a>
</div>"""
    html = html_document(
        "사회 Archives - 미래뉴스",
        body,
        lang="ko-KR",
        head=f'<link rel="alternate" type="application/rss+xml" title="미래뉴스 &raquo; 사회 카테고리 피드" href="{_WP_HOST}/category/society/feed/">\n',
    )
    gold = [gold_item(page_url, _wp_href(slug), s) for _, slug, _, _, s in _WP_POSTS]
    return korean_layout(
        "ko-wp-news-theme",
        "Korean internet newspaper on a blog CMS news theme: article.post with span.cat-links "
        'chips, h3.entry-title > a, time.entry-date "2025년 4월 8일" (no clock) with a full ISO '
        'datetime, "댓글 3개" links, 최근 글/인기 글/최근 댓글 widgets, 속보 ticker',
        html,
        page_url,
        gold,
    )


BUILDERS: tuple[Builder, ...] = (
    build_ent_photo_grid, build_city_news_board, build_it_trade_daily, build_wp_news_theme,
)  # fmt: skip
