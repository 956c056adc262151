"""A fifth set of Korean listing layouts: magazine, press-release, mobile and search families
not covered by the other Korean modules.

Each builder returns a whole page in the shape of one family — a weekly news magazine's
article archive grouped under issue headings ("제1812호 2025.04.07") with columnists' bylines
and issue dates only, a press-release distribution wire's newest 보도자료 with the issuing
company as a label, leads cut with "..." and category chips beside a sponsored strip, a
broadcaster's mobile site (``m.`` host) of one-link list items over lazy images under a
swipeable 주요뉴스 carousel that repeats its slides for looping, and a portal's news search
results (``li.bx > div.news_area``) whose main results each carry other outlets' related
articles nested beneath them — with the chrome real pages carry around the list (menus,
"많이 본 뉴스" boxes, related links, ads, pagination, footers, a mobile tab bar). Hosts,
headlines, leads and names are invented.

Every page is fetched at 2025-04-08 15:00 KST and printed on the KST clock. Gold times are
the instants the page states: a relative time ("54분 전", "3시간 전", "1일 전") counted back
from the fetch time, a printed date and clock ("2025-04-08 14:05") read on KST. A date
without a time of day (an issue date "2025.04.07", "2025.04.01.") and a day word without a
clock ("어제") give no gold timestamp; a video's play time ("01:52") is not a time of day.
Gold leads are the text as shown, a site's "..." cut included.
"""

# ruff: noqa: E501

from __future__ import annotations

from urllib.parse import quote_plus

from . import Builder, Layout
from .korean_chrome import (
    FETCHED_AT,
    FOOTER_LINKS,
    ad_slot,
    company_footer,
    korean_layout,
    pagination,
    ranking_box,
    truncate,
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
# 1. A weekly news magazine's article archive, grouped under issue headings
# --------------------------------------------------------------------------------------------

_WEEKLY_HOST = "https://weekly.sisahanbit.example.co.kr"
# (issue number, issue date, [(article id, section, byline, columnist?, story)]); the page
# prints only the issue date, so no story carries a time of day.
_WEEKLY_ISSUES = (
    (1812, "2025.04.07", (
        ("202504070001", "커버스토리", "김은하 기자", False, Story(
            "청년 1인 가구 300만 시대, 월세는 어디까지 오르나",
            "서울에서 혼자 사는 20~30대가 처음으로 100만 명을 넘었다. 소득은 제자리인데 원룸 "
            "월세는 3년 새 20% 넘게 올랐다. 청년 1인 가구의 주거비 부담을 들여다봤다.",
            None)),
        ("202504070002", "커버스토리", "김은하·박준서 기자", False, Story(
            "\"보증금 대신 월세\"…전세의 종말은 오는가",
            "전세사기 이후 세입자들이 보증금을 줄이고 월세를 택하고 있다. 전문가들은 전세 "
            "제도가 사라지기보다 고가 주택 중심으로 좁아질 것으로 본다.",
            None)),
        ("202504070005", "정치", "이도윤 기자", False, Story(
            "개헌 논의 다시 불붙나…여야 원로들의 물밑 대화",
            "권력구조 개편을 둘러싼 개헌 논의가 다시 고개를 들고 있다. 여야 원로 정치인들이 "
            "비공개 모임을 이어가며 공감대를 넓히고 있다.",
            None)),
        ("202504070009", "경제", "최민재 기자", False, Story(
            "[단독] 대형 유통사 PB 납품단가 일방 인하 의혹",
            "한 대형 유통사가 자체 브랜드 상품 납품업체들에 단가 인하를 일방적으로 통보했다는 "
            "내부 문건을 입수했다.",
            None)),
        ("202504070014", "경제 칼럼", "이정우 경제칼럼니스트·전 한빛대 교수", True, Story(
            "[이정우의 경제산책] 금리가 내려도 지갑이 닫히는 이유",
            "금리 인하가 곧바로 소비 회복으로 이어지지 않는 데는 까닭이 있다. 가계가 빚을 "
            "갚는 데 먼저 돈을 쓰기 때문이다.",
            None)),
        ("202504070017", "문화", "정다은 기자", False, Story(
            "동네 책방 500곳이 살아남은 방법",
            "대형 온라인 서점과 경쟁하며 문을 연 지 5년이 넘은 동네 책방이 500곳을 넘었다. "
            "이들이 찾은 생존 전략은 '모임'이었다.",
            None)),
        ("202504070021", "칼럼", "한서윤 소설가", True, Story(
            "[한서윤의 편지] 봄에는 느리게 걷기로 했다",
            "벚꽃이 피는 속도를 따라잡으려 애쓰던 봄이 있었다. 올해는 꽃보다 느리게 걷기로 "
            "마음먹었다.",
            None)),
    )),
    (1811, "2025.03.31", (
        ("202503310001", "커버스토리", "박준서 기자", False, Story(
            "산불이 지나간 자리, 다시 사람이 산다",
            "역대 최악의 산불이 휩쓸고 간 마을을 일주일 동안 지켜봤다. 잿더미 위에서 주민들은 "
            "다시 집을 짓고 밭을 갈고 있었다.",
            None)),
        ("202503310004", "사회", "윤지호 기자", False, Story(
            "의대 증원 1년, 지역 병원 응급실은 지금",
            "의대 정원 갈등이 1년을 넘긴 사이 지역 병원 응급실의 야간 당직표는 더 얇아졌다. "
            "세 곳의 지역 응급실을 찾았다.",
            None)),
        ("202503310008", "국제", "오세린 기자", False, Story(
            "관세 전쟁 한복판, 멕시코 국경 공장 도시를 가다",
            "미국의 관세 인상으로 멕시코 국경 도시의 공장들이 술렁이고 있다. 한국 부품 "
            "협력사들도 생산 계획을 다시 짜고 있다.",
            None)),
        ("202503310012", "과학", "강하람 기자", False, Story(
            "AI가 쓴 논문을 AI가 심사한다면",
            "인공지능이 논문 작성과 심사에 동시에 쓰이면서 학계가 새로운 규칙 마련에 나섰다. "
            "국내 학회들의 대응을 살펴봤다.",
            None)),
        ("202503310016", "시사 칼럼", "문태경 시사평론가", True, Story(
            "[문태경의 세상읽기] 정치가 사라진 자리에 남은 것",
            "대화와 타협이라는 말이 낡은 구호가 됐다. 정치가 비워 둔 자리는 분노와 조롱이 "
            "채우고 있다.",
            None)),
    )),
    (1810, "2025.03.24", (
        ("202503240001", "커버스토리", "김은하 기자", False, Story(
            "노인 일자리 100만 개, 숫자 뒤의 하루",
            "정부가 만든 노인 일자리가 100만 개를 넘었다. 하루 세 시간, 한 달 29만 원을 받는 "
            "일자리의 하루를 따라가 봤다.",
            None)),
        ("202503240006", "경제", "최민재 기자", False, Story(
            "반도체 슈퍼사이클은 끝났나…HBM 이후를 묻다",
            "고대역폭메모리 호황이 언제까지 이어질지에 관심이 쏠린다. 업계는 다음 성장 동력을 "
            "찾느라 분주하다.",
            None)),
        ("202503240010", "스포츠", "한지후 기자", False, Story(
            "프로야구 1000만 관중 2년 연속 가능할까",
            "개막 2주 만에 100만 관중을 넘긴 프로야구가 2년 연속 1000만 관중에 도전한다. "
            "20대 여성 팬의 증가가 흥행을 이끌고 있다.",
            None)),
    )),
)  # fmt: skip
_WEEKLY_POPULAR = (
    ("202504070009", "[단독] 대형 유통사, 납품단가 일방 인하 의혹 문건 입수"),
    ("202503170003", "연봉 1억 직장인도 '영끌' 못 하는 이유"),
    ("202504070001", "청년 1인 가구 월세 부담, 3년 새 20% 늘었다"),
    ("202503310001", "산불 마을 일주일의 기록"),
    ("202503100011", "[이정우의 경제산책] 물가는 왜 내려오지 않나"),
)
_WEEKLY_BACK_ISSUES = ((1809, "2025.03.17"), (1808, "2025.03.10"), (1807, "2025.03.03"))


def _weekly_href(aid: str) -> str:
    return f"/Article/Content/{aid[:8]}/{aid}/1"


def _weekly_item(
    issue: int, date: str, aid: str, section: str, byline: str, columnist: bool, story: Story
) -> str:
    href = _weekly_href(aid)
    if columnist:
        writer = byline.split(" ")[0].split("·")[0]
        thumb = (
            f'<div class="thumb columnist"><a href="/Columnist/{aid[-4:]}">'
            f'<img src="https://dimg.sisahanbit.example.co.kr/columnist/{aid[-4:]}.png" '
            f'alt="{escape_html(writer)}"></a></div>\n'
        )
    else:
        thumb = (
            f'<div class="thumb"><a href="{href}"><img src="https://dimg.sisahanbit.example.co.kr'
            f'/wwwfiles/{issue}/{aid}_1.jpg" alt=""></a></div>\n'
        )
    return (
        f'<li class="article_item">\n{thumb}<div class="txt">\n'
        f'<span class="cate">{escape_html(section)}</span>\n'
        f'<h3 class="tit"><a href="{href}">{escape_html(story.title)}</a></h3>\n'
        f'<p class="summary">{lead_html(story)}</p>\n'
        f'<div class="byline"><span class="writer">{escape_html(byline)}</span>'
        f'<span class="issue">제{issue}호</span><span class="date">{date}</span></div>\n'
        "</div>\n</li>"
    )


def build_weekly_magazine_archive() -> Layout:
    """A weekly news magazine's 기사 아카이브: ``div.issue_group`` per issue, each under an
    ``h2.issue_tit`` "제1812호 2025.04.07" heading with a "목차 보기" link, over
    ``ul.article_list > li.article_item`` with ``span.cate``, ``h3.tit > a``,
    ``p.summary`` and ``div.byline`` (``span.writer`` reporters or columnists
    "이정우 경제칼럼니스트·전 한빛대 교수", ``span.issue`` "제1812호", ``span.date`` the issue
    date only). Columns show the columnist's photo linking the columnist page instead of a
    thumbnail. No item shows a time of day (no gold time). The side column holds the latest
    cover, back issues, "많이 본 기사" and a subscription ad."""
    page_url = f"{_WEEKLY_HOST}/Archive?page=1"
    nav = menu_items(
        (f"/Section/{slug}", name)
        for slug, name in (
            ("cover", "커버스토리"), ("politics", "정치"), ("economy", "경제"),
            ("society", "사회"), ("world", "국제"), ("culture", "문화"), ("column", "칼럼"),
        )
    )  # fmt: skip
    groups = "\n".join(
        f'<div class="issue_group">\n<div class="issue_head">'
        f'<h2 class="issue_tit"><a href="/Library/{issue}">제{issue}호</a> '
        f'<span class="issue_date">{date}</span></h2>'
        f'<a href="/Library/{issue}/toc" class="btn_toc">목차 보기</a></div>\n'
        '<ul class="article_list">\n'
        + "\n".join(_weekly_item(issue, date, *entry) for entry in entries)
        + "\n</ul>\n</div>"
        for issue, date, entries in _WEEKLY_ISSUES
    )
    popular = ranking_box(
        [(_weekly_href(aid), title) for aid, title in _WEEKLY_POPULAR], "많이 본 기사"
    )
    back = "".join(
        f'<li><a href="/Library/{issue}"><img src="https://dimg.sisahanbit.example.co.kr/cover/'
        f'{issue}_s.jpg" alt="제{issue}호 표지"><span>제{issue}호 ({date})</span></a></li>'
        for issue, date in _WEEKLY_BACK_ISSUES
    )
    body = f"""<div id="wrap">
<header id="header"><div class="top_util"><a href="/Member/Login">로그인</a>
<a href="/Subscribe" class="btn_sub">정기구독</a></div>
<h1 class="logo"><a href="/">주간 시사한빛</a></h1>
<nav class="gnb"><ul>{nav}</ul></nav></header>
<div id="container">
<div id="content" class="archive">
<div class="page_tit"><h2>기사 아카이브</h2>
<p class="desc">지난 호에 실린 기사를 호수별로 모아 봅니다.</p></div>
{groups}
{pagination("/Archive?page={n}")}
</div>
<div id="aside">
<div class="latest_issue"><h3 class="box_tit">최신호</h3>
<a href="/Library/1812"><img src="https://dimg.sisahanbit.example.co.kr/cover/1812.jpg"
alt="제1812호 표지"></a><p class="issue_info">제1812호 2025.04.07</p>
<a href="/Library/1812/toc" class="btn_more">목차 보기</a></div>
<div class="back_issues"><h3 class="box_tit">지난호 보기</h3><ul>{back}</ul></div>
{popular}
{ad_slot("aside_banner", "광고", 52011, "sisahanbit_aside")}
<div class="subscribe_banner"><a href="/Subscribe?ref=archive"><strong>1년 정기구독</strong>
<span>52권을 집에서 받아보세요</span></a></div>
</div>
</div>
{company_footer(_WEEKLY_HOST, "주간 시사한빛", FOOTER_LINKS)}
</div>"""
    html = html_document("기사 아카이브 | 주간 시사한빛", body, lang="ko")
    gold = [
        gold_item(page_url, _weekly_href(aid), story, timed=False)
        for _, _, entries in _WEEKLY_ISSUES
        for aid, _, _, _, story in entries
    ]
    return korean_layout(
        "ko-weekly-magazine-archive",
        'weekly news magazine archive: issue groups under "제1812호 2025.04.07" headings, '
        "li.article_item > h3.tit > a + p.summary + span.writer columnist bylines, issue dates "
        "only, columnist photo links",
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 2. A press-release distribution wire's newest releases (보도자료)
# --------------------------------------------------------------------------------------------

_PR_HOST = "https://www.prwire.example.co.kr"
_PR_LEAD_LIMIT = 92
# (release no, company no, company, category chips, story)
_PR_RELEASES = (
    (1012877, 38811, "주식회사 누리모빌리티", ("자동차", "IT"), Story(
        "누리모빌리티, 전기 화물 밴 사전계약 1만 대 돌파",
        "누리모빌리티가 지난달 공개한 1톤 전기 화물 밴의 사전계약이 출시 3주 만에 1만 대를 "
        "넘어섰다고 8일 밝혔다. 회사는 하반기 생산 라인을 증설해 연간 3만 대 공급 체계를 "
        "갖출 계획이다.",
        kst(8, 14, 52))),
    (1012874, 20417, "한빛제약", ("제약", "건강"), Story(
        "한빛제약, 비만 치료 신약 임상 2상 승인 받아",
        "한빛제약은 식품의약품안전처로부터 먹는 비만 치료 신약 후보물질의 임상 2상 시험 "
        "계획을 승인받았다고 8일 밝혔다. 국내 8개 병원에서 240명을 대상으로 진행한다.",
        kst(8, 14, 40))),
    (1012870, 51230, "바른교육재단", ("교육", "사회공헌"), Story(
        "바른교육재단, 농어촌 중학생 코딩 캠프 참가자 모집",
        "바른교육재단이 농어촌 지역 중학생을 위한 여름방학 코딩 캠프 참가자를 모집한다. "
        "선발된 학생 200명은 4주 동안 무료로 교육을 받고 노트북을 지원받는다.",
        kst(8, 14, 5))),
    (1012866, 44502, "(주)다온소프트", ("IT", "인공지능"), Story(
        "다온소프트, 중소기업용 AI 회계 비서 출시…월 9900원",
        "다온소프트가 중소기업과 소상공인을 위한 AI 회계 비서 서비스를 출시했다. 영수증을 "
        "사진으로 찍으면 장부 작성과 부가세 신고 자료 준비까지 자동으로 처리한다.",
        kst(8, 13, 48))),
    (1012861, 30988, "푸른숲식품", ("식품", "유통"), Story(
        "푸른숲식품, 저당 간편식 브랜드 '가벼운 한끼' 론칭",
        "푸른숲식품이 당류를 줄인 간편식 브랜드 '가벼운 한끼'를 선보인다고 8일 밝혔다. "
        "도시락과 샐러드 등 12종을 편의점과 온라인몰에서 판매한다.",
        kst(8, 13, 30))),
    (1012858, 12075, "한국스마트농업협회", ("농업", "정책/정부"), Story(
        "한국스마트농업협회, 스마트팜 청년 창업 지원 설명회 개최",
        "한국스마트농업협회는 오는 17일 스마트팜 창업을 준비하는 청년을 대상으로 정부 지원 "
        "사업 설명회를 연다. 참가비는 무료이며 사전 신청을 받는다.",
        kst(8, 13, 2))),
    (1012853, 47761, "주식회사 별빛엔터테인먼트", ("문화", "엔터테인먼트"), Story(
        "별빛엔터테인먼트, 신인 걸그룹 데뷔 앨범 선주문 50만 장",
        "별빛엔터테인먼트의 신인 걸그룹이 데뷔 앨범 선주문 50만 장을 기록했다. 데뷔 쇼케이스는 "
        "다음 달 2일 서울에서 열리며 전 세계에 온라인으로 생중계된다.",
        kst(8, 12, 41))),
    (1012849, 26634, "동녘건설", ("건설", "부동산"), Story(
        "동녘건설, 부산 해운대 주상복합 '동녘 오션뷰' 견본주택 개관",
        "동녘건설이 부산 해운대구에 짓는 주상복합 '동녘 오션뷰'의 견본주택을 11일 연다. "
        "지하 5층~지상 49층 2개 동, 전용 84~140㎡ 412가구 규모다.",
        kst(8, 11, 55))),
    (1012842, 39120, "서울여행협회", ("여행", "관광"), Story(
        "서울여행협회, 외국인 관광객 대상 '한강 야경 투어' 상품 출시",
        "서울여행협회가 외국인 관광객을 위한 한강 야경 투어 상품을 내놨다. 유람선 탑승과 "
        "야시장 방문을 묶은 3시간 코스로 영어와 중국어 가이드가 동행한다.",
        kst(8, 11, 20))),
    (1012836, 44502, "(주)다온소프트", ("IT", "보안"), Story(
        "다온소프트, 랜섬웨어 탐지 솔루션 국정원 보안 인증 획득",
        "다온소프트의 랜섬웨어 탐지 솔루션이 국가정보원 보안기능 확인서를 받았다. 이로써 "
        "공공기관 납품 요건을 갖추게 됐다.",
        kst(8, 10, 47))),
    (1012830, 18840, "하늘에너지", ("에너지", "환경"), Story(
        "하늘에너지, 새만금 수상태양광 2단계 준공…연 3만 가구 전력",
        "하늘에너지가 새만금 수상태양광 발전단지 2단계 공사를 마쳤다. 연간 발전량은 약 "
        "3만 가구가 1년 동안 쓸 수 있는 규모다.",
        kst(8, 10, 3))),
    (1012822, 50871, "미래금융연구원", ("금융", "조사/통계"), Story(
        "미래금융연구원 \"20대 10명 중 4명, 비상금 100만 원 없어\"",
        "미래금융연구원이 전국 20대 1000명을 설문한 결과 10명 가운데 4명은 비상금으로 쓸 "
        "수 있는 돈이 100만 원이 되지 않는다고 답했다.",
        kst(8, 9, 30))),
    (1012815, 33309, "그린펫코리아", ("생활", "반려동물"), Story(
        "그린펫코리아, 반려견 관절 건강 기능식 3종 출시",
        "그린펫코리아가 노령견의 관절 건강을 돕는 기능성 간식 3종을 출시했다. 수의사와 함께 "
        "개발했으며 동물병원과 온라인몰에서 판매한다.",
        kst(8, 9, 5))),
    (1012801, 20417, "한빛제약", ("제약", "IR"), Story(
        "한빛제약, 1분기 잠정 매출 1520억 원…전년 대비 12% 증가",
        "한빛제약은 1분기 연결 기준 잠정 매출이 1520억 원으로 지난해 같은 기간보다 12% "
        "늘었다고 공시했다. 영업이익은 184억 원으로 집계됐다.",
        kst(7, 17, 42))),
)  # fmt: skip
# (release no, company, title): the sponsored strip above the list, not gold
_PR_SPONSORED = (
    (1012790, "(주)클라우드원", "클라우드원, 중소기업 클라우드 전환 바우처 무료 상담"),
    (1012702, "에듀플러스", "에듀플러스, 직장인 AI 자격증 과정 50% 할인 이벤트"),
    (1012655, "한마음상조", "한마음상조, 봄맞이 신규 가입 고객 사은품 증정"),
)
_PR_POPULAR = (
    (1012701, "하늘에너지, 해상풍력 단지 우선협상대상자 선정"),
    (1012877, "누리모빌리티 전기 화물 밴, 사전계약 1만 대 넘어"),
    (1012640, "다온소프트, 시리즈C 300억 원 투자 유치"),
    (1012853, "별빛엔터 신인 걸그룹 데뷔 앨범 선주문 50만 장"),
    (1012588, "서울여행협회, 봄 시즌 궁궐 야간 개장 투어 모집"),
)
_PR_CATEGORIES = (
    ("A00", "전체"), ("A10", "경제"), ("A20", "IT"), ("A30", "건강"), ("A40", "문화"),
    ("A50", "생활"), ("A60", "교육"), ("A70", "정책/정부"),
)  # fmt: skip


def _pr_href(no: int) -> str:
    return f"/newsRead.php?no={no}"


def _pr_item(no: int, cno: int, company: str, chips: tuple[str, ...], story: Story) -> str:
    assert story.lead is not None and story.when is not None
    href = _pr_href(no)
    chip_links = "".join(
        f'<a href="/?md=A01&amp;cat={quote_plus(chip)}" class="chip">{escape_html(chip)}</a>'
        for chip in chips
    )
    lead = escape_html(truncate(story.lead, _PR_LEAD_LIMIT, "..."))
    return (
        f'<li class="release_item">\n'
        f'<div class="thumb"><a href="{href}"><img src="https://file.prwire.example.co.kr/'
        f'data/2025/04/08/{no}_t.jpg" alt="{escape_html(company)}"></a></div>\n'
        '<div class="cont">\n'
        f'<a href="/company/?no={cno}" class="company">{escape_html(company)}</a>\n'
        f'<h3 class="tit"><a href="{href}">{escape_html(story.title)}</a></h3>\n'
        f'<p class="lead">{lead}</p>\n'
        f'<div class="meta"><span class="date">{story.when:%Y-%m-%d %H:%M}</span>'
        f'<div class="chips">{chip_links}</div></div>\n'
        "</div>\n</li>"
    )


def build_press_release_wire() -> Layout:
    """A press-release distribution wire's 최신 보도자료: ``ul.release_list >
    li.release_item`` with a thumbnail link, the issuing company as ``a.company`` (linking
    the company's page) above ``h3.tit > a``, a two-line ``p.lead`` cut with "...",
    ``span.date`` "2025-04-08 14:05" and ``a.chip`` category links. A "스폰서 보도자료" strip
    (label "AD") above the list links other releases in the same markup, without leads;
    "많이 본 보도자료" repeats some releases under other titles. Gold leads keep the "..."."""
    page_url = f"{_PR_HOST}/?md=A01&cat=A00"
    nav = menu_items((f"/?md=A01&amp;cat={code}", name) for code, name in _PR_CATEGORIES)
    items = "\n".join(_pr_item(*entry) for entry in _PR_RELEASES)
    sponsored = "\n".join(
        f'<li class="release_item sponsored"><span class="ad_badge">AD</span>'
        f'<a href="/company/?no={9000 + n}" class="company">{escape_html(company)}</a>'
        f'<h3 class="tit"><a href="{_pr_href(no)}&amp;sp=1">{escape_html(title)}</a></h3></li>'
        for n, (no, company, title) in enumerate(_PR_SPONSORED)
    )
    popular = ranking_box([(_pr_href(no), title) for no, title in _PR_POPULAR], "많이 본 보도자료")
    body = f"""<div id="wrap">
<header class="header"><h1 class="logo"><a href="/">PR와이어</a></h1>
<div class="header_util"><a href="/member/login">로그인</a> <a href="/service/distribute"
class="btn_dist">보도자료 배포</a></div>
<nav class="category_nav"><ul>{nav}</ul></nav></header>
<div class="container">
<div class="main_col">
<div class="sponsored_strip"><h2 class="strip_tit">스폰서 보도자료</h2>
<ul class="sponsored_list">
{sponsored}
</ul></div>
<div class="list_head"><h2 class="list_tit">최신 보도자료</h2>
<span class="count">오늘 배포 <strong>312</strong>건</span>
<div class="sort"><a href="/?md=A01&amp;cat=A00&amp;sort=new" class="on">최신순</a>
<a href="/?md=A01&amp;cat=A00&amp;sort=view">조회순</a></div></div>
<ul class="release_list">
{items}
</ul>
{pagination("/?md=A01&amp;cat=A00&amp;page={n}")}
</div>
<aside class="side_col">
{popular}
<div class="service_banner"><a href="/service/distribute?ref=side"><strong>보도자료 배포
</strong> 언론사 3,500곳에 한 번에</a></div>
{ad_slot("side_ad", "광고", 61204, "prwire_side")}
</aside>
</div>
{company_footer(_PR_HOST, "PR와이어", FOOTER_LINKS)}
</div>"""
    html = html_document("최신 보도자료 - PR와이어", body, lang="ko")
    gold = [
        gold_item(
            page_url,
            _pr_href(no),
            story,
            summary=truncate(story.lead or "", _PR_LEAD_LIMIT, "..."),
        )
        for no, _, _, _, story in _PR_RELEASES
    ]
    return korean_layout(
        "ko-press-release-wire",
        "press-release wire 최신 보도자료: li.release_item > a.company label + h3.tit > a + "
        'p.lead cut "..." + span.date "2025-04-08 14:05" + a.chip categories, '
        "a sponsored strip in the same markup",
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 3. A broadcaster's mobile site: one-link items over lazy images, a looping carousel
# --------------------------------------------------------------------------------------------

_MOBILE_HOST = "https://m.hanulbs.example.co.kr"
_BLANK = "/static/img/blank_1x1.gif"
# (news id, story): the 주요뉴스 carousel; slides show no time
_MOBILE_TOP = (
    ("N1007912034", Story("[단독] 경찰, 전세사기 조직 자금 세탁책 3명 체포", None, None)),
    ("N1007912001", Story("서울 도심 대규모 집회…퇴근길 교통 혼잡 예상", None, None)),
    ("N1007911987", Story("\"벚꽃 보러 갔다가\"…주말 상춘객 몰린 여의도 안전사고 잇따라", None, None)),
    ("N1007911950", Story("산불 피해 주민 임시주택 입주 시작…\"여름 전 마무리\"", None, None)),
    ("N1007911932", Story("국회 본회의, 추경안 처리 놓고 여야 막판 협상", None, None)),
)  # fmt: skip
# (news id, shown time, play time or "", story): the 최신뉴스 list
_MOBILE_LATEST = (
    ("N1007912088", "6분 전", "", Story(
        "고속도로 화물차 낙하물 사고…2개 차로 통제", None, ago(FETCHED_AT, minutes=6))),
    ("N1007912075", "21분 전", "01:52", Story(
        "초등학교 앞 스쿨존 과속 단속 카메라 2배로 늘린다", None,
        ago(FETCHED_AT, minutes=21))),
    ("N1007912061", "54분 전", "", Story(
        "오늘 밤부터 전국 비…내일 아침 기온 뚝", None, ago(FETCHED_AT, minutes=54))),
    ("N1007912034", "1시간 전", "02:14", Story(
        _MOBILE_TOP[0][1].title, None, ago(FETCHED_AT, hours=1))),
    ("N1007912020", "1시간 전", "", Story(
        "수도권 지하철 9호선 출근길 30분 지연…신호 장애", None, ago(FETCHED_AT, hours=1))),
    ("N1007912003", "2시간 전", "01:31", Story(
        "\"배달앱 수수료 낮춰라\"…자영업자 단체 기자회견", None, ago(FETCHED_AT, hours=2))),
    ("N1007911990", "2시간 전", "", Story(
        "교육부, 늘봄학교 초등 2학년까지 확대", None, ago(FETCHED_AT, hours=2))),
    ("N1007911966", "3시간 전", "03:05", Story(
        "[현장] 산불 한 달, 다시 문 연 마을 장터", None, ago(FETCHED_AT, hours=3))),
    ("N1007911941", "3시간 전", "", Story(
        "공공기관 청사 주차장 주말 무료 개방 확대", None, ago(FETCHED_AT, hours=3))),
    ("N1007911920", "5시간 전", "", Story(
        "전기차 화재 대응 매뉴얼 개정…지하주차장 충전 제한 검토", None,
        ago(FETCHED_AT, hours=5))),
    ("N1007911895", "7시간 전", "00:58", Story(
        "새벽 주택가 화재로 일가족 4명 대피…인명 피해 없어", None, ago(FETCHED_AT, hours=7))),
    ("N1007911870", "9시간 전", "", Story(
        "\"보이스피싱 의심되면 112\"…금감원 고령층 예방 교육", None,
        ago(FETCHED_AT, hours=9))),
    ("N1007911802", "어제", "02:40", Story(
        "봄철 황사 잦아져…미세먼지 '나쁨' 일수 작년의 두 배", None, None)),
    ("N1007911788", "어제", "", Story(
        "지방 의료원 3곳 야간 응급실 운영 재개", None, None)),
    ("N1007911710", "2025.04.06", "", Story(
        "대학 기숙사 수용률 20%대 그쳐…지방 학생 주거 부담", None, None)),
)  # fmt: skip
_MOBILE_RANKING = (
    ("N1007911987", "여의도 상춘객 안전사고 잇따라"),
    ("N1007911550", "로또 1등 당첨 명당 또 나왔다"),
    ("N1007912061", "내일 아침 기온 '뚝'…전국에 봄비"),
    ("N1007911402", "연예인 부부 깜짝 득남 소식"),
    ("N1007912034", "전세사기 조직 자금 세탁책 검거"),
)


def _mobile_href(nid: str) -> str:
    return f"/news/endPage.do?news_id={nid}"


def _mobile_image(nid: str, width: int) -> str:
    return (
        f'<img src="{_BLANK}" data-src="https://img.hanulbs.example.co.kr/news/2025/04/08/'
        f'{nid}_{width}.jpg" class="lazy" alt="">'
    )


def _mobile_slide(index: int, nid: str, story: Story, *, duplicate: bool = False) -> str:
    cls = "swiper-slide swiper-slide-duplicate" if duplicate else "swiper-slide"
    return (
        f'<div class="{cls}" data-swiper-slide-index="{index}"><a href="{_mobile_href(nid)}">'
        f'<div class="thumb">{_mobile_image(nid, 640)}</div>'
        f'<div class="txt"><strong class="title">{escape_html(story.title)}</strong></div>'
        "</a></div>"
    )


def _mobile_item(nid: str, shown: str, play: str, story: Story) -> str:
    badge = (
        f'<span class="ico_play"><span class="blind">동영상</span><em>{play}</em></span>'
        if play
        else ""
    )
    return (
        f'<li><a href="{_mobile_href(nid)}">\n'
        f'<div class="thumb">{_mobile_image(nid, 240)}{badge}</div>\n'
        f'<div class="txt"><strong class="title">{escape_html(story.title)}</strong>'
        f'<span class="time">{shown}</span></div>\n'
        "</a></li>"
    )


def build_mobile_broadcaster() -> Layout:
    """A broadcaster's mobile news site (``m.`` host): a swipeable 주요뉴스 carousel
    (``div.swiper > div.swiper-wrapper > div.swiper-slide > a``, lazy image and
    ``strong.title``, no time) in loop mode, so its last and first slides are cloned as
    ``swiper-slide-duplicate`` at both ends; then ``ul.list > li > a`` wrapping a lazy
    ``img`` (``src`` a 1x1 placeholder, ``data-src`` the photo) with a play-time badge on
    videos ("01:52", not a time of day) and ``strong.title`` + ``span.time`` "54분 전" /
    "3시간 전" / "어제" / "2025.04.06". No leads. A carousel story listed again in the list
    takes its time from the list. Chrome: swipe section tabs, an "AD" banner, "많이 본 뉴스",
    a "더보기" button, a bottom tab bar and a footer with "PC버전"."""
    page_url = f"{_MOBILE_HOST}/news/list.do?sec=society"
    tabs = menu_items(
        (f"/news/list.do?sec={slug}", name)
        for slug, name in (
            ("flash", "속보"), ("politics", "정치"), ("economy", "경제"), ("society", "사회"),
            ("world", "국제"), ("culture", "문화"), ("sports", "스포츠"), ("weather", "날씨"),
        )
    )  # fmt: skip
    slides = [_mobile_slide(n, nid, story) for n, (nid, story) in enumerate(_MOBILE_TOP)]
    last = len(_MOBILE_TOP) - 1
    carousel = "\n".join(
        [_mobile_slide(last, *_MOBILE_TOP[last], duplicate=True)]
        + slides
        + [_mobile_slide(0, *_MOBILE_TOP[0], duplicate=True)]
    )
    items = "\n".join(_mobile_item(*entry) for entry in _MOBILE_LATEST)
    ranking = link_list(
        ((_mobile_href(nid), title) for nid, title in _MOBILE_RANKING),
        '<li><a href="{href}"><span class="num">{rank}</span><span class="tit">{title}</span>'
        "</a></li>",
    )
    bullets = "".join(
        '<span class="swiper-pagination-bullet"></span>' for _ in range(len(_MOBILE_TOP))
    )
    body = f"""<div id="m_wrap">
<header class="m_header"><a href="#menu" class="btn_menu"><span class="blind">전체메뉴</span></a>
<h1 class="logo"><a href="/">한울방송 뉴스</a></h1>
<a href="/search" class="btn_search"><span class="blind">검색</span></a></header>
<nav class="m_gnb swipe_menu"><ul>{tabs}</ul></nav>
<main id="m_container">
<section class="top_news"><h2 class="sec_tit">주요뉴스</h2>
<div class="swiper main_swiper"><div class="swiper-wrapper">
{carousel}
</div><div class="swiper-pagination">{bullets}</div></div></section>
{ad_slot("m_ad_banner", "AD", 70331, "hbs_m_list_top")}
<section class="latest_news"><h2 class="sec_tit">사회 최신뉴스</h2>
<ul class="list">
{items}
</ul>
<button type="button" class="btn_more" data-page="2">더보기 <span class="blind">기사 더보기</span></button>
</section>
<section class="rank_news"><h2 class="sec_tit">많이 본 뉴스</h2><ol class="rank_list">{ranking}</ol></section>
{ad_slot("m_ad_bottom", "광고", 70338, "hbs_m_list_bottom")}
</main>
<footer class="m_footer"><ul class="foot_link"><li><a href="https://www.hanulbs.example.co.kr/?pc=1">PC버전</a></li>
<li><a href="/company/about">회사소개</a></li><li><a href="/company/privacy"><strong>개인정보처리방침</strong></a></li>
<li><a href="/company/terms">이용약관</a></li></ul>
<p class="copyright">ⓒ HBS 한울방송. All rights reserved.</p></footer>
<nav class="tab_bar"><a href="/" class="tab_home">홈</a><a href="/news/list.do?sec=flash" class="tab_news on">뉴스</a>
<a href="/vod/list.do" class="tab_vod">VOD</a><a href="/onair" class="tab_live">온에어</a>
<a href="#menu" class="tab_menu">전체메뉴</a></nav>
</div>"""
    html = html_document("사회 | 한울방송 뉴스", body, lang="ko")
    latest_ids = {nid for nid, _, _, _ in _MOBILE_LATEST}
    gold = [
        gold_item(page_url, _mobile_href(nid), story)
        for nid, story in _MOBILE_TOP
        if nid not in latest_ids
    ]
    gold += [gold_item(page_url, _mobile_href(nid), story) for nid, _, _, story in _MOBILE_LATEST]
    return korean_layout(
        "ko-mobile-broadcaster",
        "broadcaster mobile site: swiper 주요뉴스 carousel with loop duplicates, ul.list > li > "
        'a > lazy img (1x1 src) + strong.title + span.time "54분 전"/"어제", play-time badges, '
        "bottom tab bar",
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 4. A portal's news search results, other outlets' related articles nested under each
# --------------------------------------------------------------------------------------------

_SEARCH_HOST = "https://search.daon-portal.example.com"
_SEARCH_QUERY = "전기차 보조금"
_SEARCH_PORTAL = "https://n.news.daon-portal.example.com/mnews/article/{oid}/{aid}?sid=101"
_MARKED = "<mark>전기차</mark> <mark>보조금</mark>"
# (press, press id, article URL, portal article id or "", print page or "", shown time,
#  story, [(press, URL, title, shown time)] nested related articles)
_SEARCH_RESULTS = (
    ("한빛경제", "015", "https://www.hanbit-econ.example.co.kr/article/2025040814331",
     "0005113001", "", "44분 전", Story(
        "전기차 보조금 하반기 조기 소진 우려…지자체 추가 편성 검토",
        "올해 전기차 보조금이 예상보다 빠르게 소진되면서 일부 지자체가 추경을 통한 추가 "
        "편성을 검토하고 있다. 서울과 부산은 이미 상반기 물량의 70%를...",
        ago(FETCHED_AT, minutes=44), title_html=f"{_MARKED} 하반기 조기 소진 우려…지자체 "
        "추가 편성 검토"),
     (("새벽일보", "https://www.saebyeok.example.com/economy/2025/04/08/AB12CD/",
       "지자체 전기차 보조금 벌써 바닥…\"하반기 구매자 어쩌나\"", "1시간 전"),
      ("누리통신", "https://www.nurinews.example.co.kr/view/AKR20250408120300003",
       "서울시, 전기차 보조금 상반기 물량 70% 소진", "2시간 전"))),
    ("새벽일보", "009", "https://www.saebyeok.example.com/economy/2025/04/08/XY98ZT/",
     "0005467301", "A12면 1단", "3시간 전", Story(
        "환경부, 전기차 보조금 지침 개정…배터리 재활용 가치 반영",
        "환경부가 전기차 보조금 산정 기준에 배터리 재활용 가치를 반영하는 방향으로 지침을 "
        "고친다. 재활용이 쉬운 배터리를 단 차량이 더 많은...",
        ago(FETCHED_AT, hours=3), title_html="환경부, <mark>전기차</mark> <mark>보조금</mark> "
        "지침 개정…배터리 재활용 가치 반영"),
     ()),
    ("금융경제", "014", "https://www.fnecon.example.co.kr/news/newsview.php?ncode=179559001",
     "", "", "3시간 전", Story(
        "수입 전기차 판매 급감…보조금 축소에 가격 경쟁력 약화",
        "수입 전기차 판매량이 1분기 들어 30% 넘게 줄었다. 고가 차량에 대한 전기차 보조금이 "
        "줄어든 데다 충전 인프라 불만이...",
        ago(FETCHED_AT, hours=3), title_html="수입 <mark>전기차</mark> 판매 급감…<mark>보조금"
        "</mark> 축소에 가격 경쟁력 약화"),
     (("동녘뉴스", "https://news.dongnyeok.example.co.kr/article/20250408/131455",
       "보조금 줄자 수입 전기차 판매 '뚝'…국산차 반사이익", "4시간 전"),)),
    ("누리통신", "421", "https://www.nurinews.example.co.kr/view/AKR20250408101900003",
     "0008190344", "", "5시간 전", Story(
        "[단독] 전기차 보조금 부정수급 200건 적발…중고 수출 악용",
        "전기차 보조금을 받고 의무 운행 기간을 채우지 않은 채 차량을 해외로 팔아넘긴 사례가 "
        "200건 넘게 적발된 것으로 확인됐다. 환경부는 보조금 환수와...",
        ago(FETCHED_AT, hours=5), title_html="[단독] <mark>전기차</mark> <mark>보조금</mark> "
        "부정수급 200건 적발…중고 수출 악용"),
     (("한빛경제", "https://www.hanbit-econ.example.co.kr/article/2025040812101",
       "보조금 받고 해외로…전기차 부정수급 200건", "4시간 전"),
      ("금융경제", "https://www.fnecon.example.co.kr/news/newsview.php?ncode=179558811",
       "환경부, 전기차 보조금 부정수급 전수 조사 착수", "5시간 전"),
      ("동녘뉴스", "https://news.dongnyeok.example.co.kr/article/20250408/131402",
       "중고 전기차 수출, 보조금 의무 기간 '구멍'", "6시간 전"))),
    ("동녘뉴스", "003", "https://news.dongnyeok.example.co.kr/article/20250408/131377",
     "0013170520", "A3면 TOP", "7시간 전", Story(
        "전기차 보조금 개편 1년, 국산 vs 수입 점유율 뒤집혔다",
        "배터리 효율과 사후관리 역량에 따라 보조금을 차등 지급한 지 1년 만에 국산 전기차 "
        "점유율이 다시 80%를 넘었다...",
        ago(FETCHED_AT, hours=7), title_html=f"{_MARKED} 개편 1년, 국산 vs 수입 점유율 "
        "뒤집혔다"),
     ()),
    ("그린데일리", "", "https://www.greendaily.example.com/news/articleView.html?idxno=88213",
     "", "", "1일 전", Story(
        "전기 화물차 보조금 대기 1만 대…영세 운송업자 발 동동",
        "1톤 전기 화물차 보조금 대기 물량이 1만 대를 넘어섰다. 출고까지 6개월 넘게 기다리는 "
        "영세 운송업자들은 전기차 보조금 추가 편성을...",
        ago(FETCHED_AT, days=1), title_html="전기 화물차 <mark>보조금</mark> 대기 1만 대…"
        "영세 운송업자 발 동동"),
     ()),
    ("한빛경제", "015", "https://www.hanbit-econ.example.co.kr/article/2025040709122",
     "0005112760", "A14면 1단", "1일 전", Story(
        "중고 전기차 가격 1년 새 25% 하락…보조금이 발목",
        "신차 구매 때 받는 전기차 보조금이 중고차 시세를 끌어내리고 있다. 보조금만큼 싸게 "
        "산 신차와 경쟁해야 하는 중고...",
        ago(FETCHED_AT, days=1), title_html="중고 <mark>전기차</mark> 가격 1년 새 25% 하락…"
        "<mark>보조금</mark>이 발목"),
     (("새벽일보", "https://www.saebyeok.example.com/economy/2025/04/07/QW34ER/",
       "중고 전기차 시세 '반토막' 모델도…보조금 역설", "1일 전"),)),
    ("지역신문 강변일보", "", "http://www.gangbyeon.example.co.kr/news/articleView.html?idxno=210377",
     "", "", "2일 전", Story(
        "강변시 전기차 보조금 2차 접수 14일부터…600대 지원",
        "강변시가 오는 14일부터 전기차 보조금 2차 신청을 받는다. 승용차 500대와 화물차 "
        "100대 등 600대를 지원하며...",
        ago(FETCHED_AT, days=2), title_html=f"강변시 {_MARKED} 2차 접수 14일부터…600대 지원"),
     ()),
    ("금융경제", "014", "https://www.fnecon.example.co.kr/news/newsview.php?ncode=179541200",
     "0005330602", "", "3일 전", Story(
        "\"보조금보다 할인\"…완성차 업계, 전기차 가격 인하 경쟁",
        "완성차 업체들이 잇따라 전기차 가격을 내리고 있다. 정부 전기차 보조금 100%를 받을 수 "
        "있는 가격선에 맞추려는...",
        ago(FETCHED_AT, days=3), title_html="\"<mark>보조금</mark>보다 할인\"…완성차 업계, "
        "<mark>전기차</mark> 가격 인하 경쟁"),
     ()),
    ("새벽일보", "009", "https://www.saebyeok.example.com/economy/2025/04/01/MN56OP/",
     "0005465998", "A1면 1단", "2025.04.01.", Story(
        "올해 전기차 보조금 국비 최대 580만 원…배터리 안전성 평가 강화",
        "올해 전기 승용차 한 대에 주는 국비 보조금이 최대 580만 원으로 정해졌다. 배터리 "
        "화재 예방 기능을 갖춘 차량에...",
        None, title_html=f"올해 {_MARKED} 국비 최대 580만 원…배터리 안전성 평가 강화"),
     ()),
)  # fmt: skip
_SEARCH_RELATED_QUERIES = (
    "전기차 보조금 지역별", "전기차 보조금 2025", "전기 화물차 보조금", "전기차 보조금 신청 방법",
    "중고 전기차", "전기차 충전요금",
)  # fmt: skip


def _search_result(
    press: str,
    oid: str,
    url: str,
    aid: str,
    page: str,
    shown: str,
    story: Story,
    related: tuple[tuple[str, str, str, str], ...],
    n: int,
) -> str:
    assert story.lead is not None
    href = escape_html(url)
    marked_lead = (
        lead_html(story)
        .replace("전기차", "<mark>전기차</mark>")
        .replace("보조금", "<mark>보조금</mark>")
    )
    infos = [
        f'<a href="{escape_html(url.split("/")[0] + "//" + url.split("/")[2])}/" '
        f'class="info press" target="_blank"><span class="thumb_box"><img src="https://'
        f'mimgnews.daon-portal.example.com/press/{oid or "000"}.png" class="thumb" width="16" '
        f'height="16" alt=""></span>{escape_html(press)}</a>'
    ]
    if page:
        infos.append(f'<span class="info">{page}</span>')
    infos.append(f'<span class="info">{shown}</span>')
    if aid:
        portal = escape_html(_SEARCH_PORTAL.format(oid=oid, aid=aid))
        infos.append(f'<a href="{portal}" class="info" target="_blank">다온뉴스</a>')
    cluster = ""
    if related:
        subs = "\n".join(
            f'<li class="sub_bx"><span class="sub_wrap"><a href="{escape_html(sub_url)}" '
            f'class="elss sub_tit" title="{escape_html(title)}" target="_blank">'
            f'{escape_html(title)}</a><cite class="sub_txt press">{escape_html(sub_press)}'
            f'</cite><span class="sub_txt">{sub_shown}</span></span></li>'
            for sub_press, sub_url, title, sub_shown in related
        )
        cluster = (
            f'<div class="news_cluster"><ul class="list_cluster">\n{subs}\n</ul>'
            f'<div class="news_more"><a href="?where=news&amp;query={quote_plus(_SEARCH_QUERY)}'
            f'&amp;cluster_rank={n + 10}&amp;sm=tab_clk.rel" class="link_more">'
            f"관련뉴스 {len(related) + 3}건 전체보기</a></div></div>"
        )
    return (
        f'<li class="bx" id="sp_nws{n}">\n<div class="news_wrap api_ani_send">\n'
        '<div class="news_area">\n'
        f'<div class="news_info"><div class="info_group">{"".join(infos)}</div></div>\n'
        f'<a href="{href}" class="news_tit" target="_blank" title="{escape_html(story.title)}">'
        f"{story.headline_html}</a>\n"
        '<div class="news_dsc"><div class="dsc_wrap">'
        f'<a href="{href}" class="api_txt_lines dsc_txt_wrap" target="_blank">{marked_lead}</a>'
        "</div></div>\n"
        "</div>\n"
        f'<a href="{href}" class="dsc_thumb" target="_blank"><img src="https://search.pstatic.'
        f'daon-portal.example.com/common/?src=thumb{n}.jpg&amp;type=ofullfill264_180" '
        'class="thumb api_get" alt="" width="132" height="90"></a>\n'
        f"</div>\n{cluster}\n</li>"
    )


def build_portal_news_search() -> Layout:
    """A portal's news search results for "전기차 보조금": ``ul.list_news > li.bx >
    div.news_wrap > div.news_area`` with ``div.info_group`` (press link with its logo,
    "A12면 1단" print page, "3시간 전" / "1일 전" / "2025.04.01." and, where the portal hosts a
    copy, a "다온뉴스" link to it), ``a.news_tit`` (``title`` attribute = the full title; the
    text has the keyword in ``<mark>``), a lead ``a.dsc_txt_wrap`` snippet with ``<mark>``
    cut with "..." and a thumbnail link. Under some results ``div.news_cluster >
    ul.list_cluster > li.sub_bx`` nests other outlets' articles on the same story
    (``a.sub_tit``, ``cite`` press, time) with "관련뉴스 N건 전체보기": not gold, only each
    group's main result is. Chrome: search tabs, sort/period options, a "파워링크" ad box,
    "연관 검색어", ``div.sc_page`` pagination."""
    query = quote_plus(_SEARCH_QUERY)
    page_url = f"{_SEARCH_HOST}/search?where=news&query={query}&sm=tab_opt&sort=0"
    results = "\n".join(
        _search_result(*entry, n=n) for n, entry in enumerate(_SEARCH_RESULTS, start=1)
    )
    tabs = "".join(
        f'<a href="?where={where}&amp;query={query}" class="tab{" on" if where == "news" else ""}"'
        f' role="tab">{name}</a>'
        for where, name in (
            ("nexearch", "통합"), ("image", "이미지"), ("view", "VIEW"), ("news", "뉴스"),
            ("video", "동영상"), ("shopping", "쇼핑"),
        )
    )  # fmt: skip
    related_queries = "".join(
        f'<li class="item"><a href="?where=news&amp;query={quote_plus(q)}&amp;sm=tab_she" '
        f'class="keyword"><div class="tit">{escape_html(q)}</div></a></li>'
        for q in _SEARCH_RELATED_QUERIES
    )
    power_links = "\n".join(
        f'<li class="lst"><div class="inner"><span class="lnk_head"><a href="https://ad.search.'
        f'daon-portal.example.com/ad/click?x={token}" class="lnk_tit" target="_blank">'
        f'{escape_html(title)}</a></span><a href="https://ad.search.daon-portal.example.com/ad/'
        f'click?x={token}" class="lnk_url">{site}</a><p class="ad_dsc">{escape_html(desc)}</p>'
        "</div></li>"
        for token, title, site, desc in (
            ("Kx91aZ", "전기차 보조금 최대 지원 - 장기렌트 즉시출고", "www.evrent.example.com",
             "보조금 적용가 월 39만 원부터. 인기 전기차 즉시 출고 상담."),
            ("Pq72bY", "전기차 충전기 설치 - 아파트·주택 무료 상담", "www.chargeon.example.com",
             "정부 지원금으로 설치비 부담 없이. 전국 시공."),
        )
    )  # fmt: skip
    pages = "".join(
        f'<a href="?where=news&amp;query={query}&amp;start={(p - 1) * 10 + 1}" role="button"'
        f' class="btn">{p}</a>'
        for p in range(2, 11)
    )
    body = f"""<div id="wrap">
<div id="header"><div class="search_area"><h1 class="logo"><a href="https://www.daon-portal.example.com/">다온</a></h1>
<form id="sform" action="/search" method="get"><input type="hidden" name="where" value="news">
<input type="text" name="query" value="{escape_html(_SEARCH_QUERY)}" class="box_window" title="검색어 입력">
<button type="submit" class="bt_search"><span class="blind">검색</span></button></form></div>
<div class="lnb_group"><div class="lnb_menu" role="tablist">{tabs}</div></div></div>
<div id="container"><div id="content">
<div id="main_pack">
<section class="sc_new sp_power"><div class="api_subject_bx">
<div class="api_title_area"><h2 class="api_title">파워링크</h2><span class="sub_title">'{escape_html(_SEARCH_QUERY)}' 관련 광고입니다.</span>
<a href="https://ad.search.daon-portal.example.com/info" class="link_ad">광고</a></div>
<ul class="lst_type">
{power_links}
</ul></div></section>
<section class="sc_new sp_nnews _fe_news_collection"><div class="api_subject_bx">
<div class="api_title_area"><h2 class="api_title">뉴스</h2></div>
<div class="group_option_sort"><ul class="lst_option">
<li><a href="?where=news&amp;query={query}&amp;sort=0" class="txt on" aria-selected="true">관련도순</a></li>
<li><a href="?where=news&amp;query={query}&amp;sort=1" class="txt">최신순</a></li>
<li><a href="?where=news&amp;query={query}&amp;sort=2" class="txt">오래된순</a></li></ul>
<div class="option_period"><a href="?where=news&amp;query={query}&amp;pd=4" class="txt">1일</a>
<a href="?where=news&amp;query={query}&amp;pd=1" class="txt">1주</a>
<a href="?where=news&amp;query={query}&amp;pd=2" class="txt">1개월</a></div></div>
<div class="group_news"><ul class="list_news">
{results}
</ul></div>
</div></section>
<div class="api_sc_page_wrap"><div class="sc_page"><a href="#" class="btn_prev" aria-disabled="true">이전페이지</a>
<div class="sc_page_inner"><a href="?where=news&amp;query={query}&amp;start=1" class="btn" aria-pressed="true">1</a>{pages}</div>
<a href="?where=news&amp;query={query}&amp;start=11" class="btn_next">다음페이지</a></div></div>
</div>
<div id="sub_pack">
<section class="sc_new sp_related"><div class="api_subject_bx"><div class="api_title_area">
<h2 class="api_title">연관 검색어</h2></div><ul class="lst_related_srch">{related_queries}</ul></div></section>
</div>
</div></div>
<div id="footer"><ul class="footer_menu"><li><a href="https://www.daon-portal.example.com/policy/service">이용약관</a></li>
<li><a href="https://www.daon-portal.example.com/policy/privacy"><strong>개인정보처리방침</strong></a></li>
<li><a href="https://help.daon-portal.example.com/search">검색 고객센터</a></li></ul>
<p class="copyright">© DAON Corp.</p></div>
</div>"""
    html = html_document(f"{_SEARCH_QUERY} : 다온 뉴스검색", body, lang="ko")
    gold = [gold_item(page_url, url, story) for _, _, url, _, _, _, story, _ in _SEARCH_RESULTS]
    return korean_layout(
        "ko-portal-news-search",
        "portal news search results: ul.list_news > li.bx > div.news_area, info_group press + "
        '"A12면 1단" + "3시간 전", a.news_tit[title] with <mark>, nested news_cluster of other '
        "outlets (not gold), 파워링크 ads",
        html,
        page_url,
        gold,
    )


BUILDERS: tuple[Builder, ...] = (
    build_weekly_magazine_archive,
    build_press_release_wire,
    build_mobile_broadcaster,
    build_portal_news_search,
)
