"""A thirteenth set of Korean listing layouts: a private news agency's whole-item links, an
economic daily's ``li.news_node`` list with premium lock icons, a citizen-journalism site's
article list and a daily's reporter page — markup families the other Korean modules do not
cover.

Each builder returns a whole page in the shape of one family — a private news agency's
section list (``div.list_article > ul > li > a`` wrapping ``div.thumb`` and ``div.txt >
strong.tit + p.desc + span.date`` "2025.04.08 14:05", one link per item, under a 실시간 속보
ticker and beside an "이 시각 주요뉴스" box), an economic daily's news list (a top box of a lead
story and three sub-stories with no time, then ``li.news_node`` with ``div.thumb_area``,
``h3.news_ttl > a`` whose link opens with a "프리미엄" lock icon ``img[alt]``, ``p.news_desc``
and ``span.time_info`` "2025.04.08 14:05:12" with seconds, a "더보기" button), a
citizen-journalism site's 사는이야기 list (``li.list_item`` with a category link, an "오름"
grade badge before the headline link, a linked lead, "홍길동 시민기자" profile links, dates
with a two-digit year "25.04.08 14:05" and "좋은기사 원고료 주기" support buttons) and a
daily's reporter page (a 기자 profile header with a subscribe button, "최신 기사" and a hidden
"많이 본 기사" tab panel, ``div.article-area > h4.article-title > a`` + ``p.article-prologue``
+ ``span.article-date`` "2025-04-08 14:05", a sister weekly's box in the sidebar) — with the
chrome real pages carry around the list (menus, "많이 본 뉴스" boxes, recommended links, ads,
pagination, footers). Hosts, headlines, leads and names are invented.

Every page is fetched at 2025-04-08 15:00 KST and printed on the KST clock. Gold times are
the instants the page states: a printed date and clock read on KST (seconds kept where shown,
a two-digit year read in the 2000s). Items that show no time (top boxes) give no gold
timestamp. Grade badges, lock icons, category labels, bylines and support buttons are no
part of titles; "[속보]" and "[단독]" are.
"""

# Page markup is kept as the sites write it, one element per line: long lines are HTML.
# ruff: noqa: E501

from __future__ import annotations

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
# 1. A private news agency's section list: div.list_article > ul > li > a (one link per item)
# --------------------------------------------------------------------------------------------

_AG_HOST = "https://www.nurisis.example.co.kr"
_AG_SECTIONS = (
    ("politics", "정치"), ("economy", "경제"), ("society", "사회"), ("world", "국제"),
    ("culture", "문화"), ("sports", "스포츠"), ("photo", "포토"),
)  # fmt: skip
# (article id, has a thumbnail, story); ids in the agency's "NISX<date>_<serial>" shape
_AG_STORIES = (
    ("NISX20250408_0003140712", True, Story(
        "[속보] 서울 지하철 2호선 신호 장애…출근길 40분 지연 뒤 정상화",
        "서울 지하철 2호선 일부 구간에서 신호 장애가 발생해 열차 운행이 40분가량 지연됐다가 "
        "정상화됐다. 서울교통공사는 정확한 원인을 조사하고 있다.",
        kst(8, 14, 52))),
    ("NISX20250408_0003140688", True, Story(
        "전국 초중고 '늘봄학교' 참여율 82%…돌봄 대기 3천명 남아",
        "올해 1학기 늘봄학교에 참여한 초등학생 비율이 82%로 집계됐다. 교육부는 돌봄 대기 "
        "인원 3천여 명을 이달 안에 해소하겠다고 밝혔다.",
        kst(8, 14, 31))),
    ("NISX20250408_0003140651", False, Story(
        "경찰, 보이스피싱 수거책 27명 검거…피해액 41억원",
        "경찰이 보이스피싱 조직의 현금 수거책 27명을 붙잡았다. 이들이 피해자들로부터 건네받은 "
        "돈은 41억원에 이르는 것으로 조사됐다.",
        kst(8, 14, 5))),
    ("NISX20250408_0003140602", True, Story(
        "[단독] 공공기관 청사 석면 철거 미뤄져…전국 126곳 방치",
        "석면이 쓰인 공공기관 청사 126곳의 철거 공사가 예산 부족을 이유로 미뤄진 것으로 "
        "확인됐다. 일부 청사는 어린이집과 같은 건물을 쓰고 있다.",
        kst(8, 13, 47))),
    ("NISX20250408_0003140577", True, Story(
        "산불 피해 주민 임시주택 입주 시작…1차 120가구",
        "지난달 대형 산불로 집을 잃은 주민들이 임시조립주택에 입주하기 시작했다. 1차로 "
        "120가구가 입주하고 나머지는 이달 말까지 들어간다.",
        kst(8, 13, 20))),
    ("NISX20250408_0003140540", False, Story(
        "법원, '학폭 기록 삭제' 소송 첫 판결…\"교육청 처분 정당\"",
        "학교폭력 가해 기록 삭제를 요구하며 학부모가 낸 행정소송에서 법원이 교육청의 손을 "
        "들어줬다. 같은 취지의 소송은 전국에서 30여 건이 진행 중이다.",
        kst(8, 12, 58))),
    ("NISX20250408_0003140498", True, Story(
        "봄철 건조특보 확대…주말까지 산불 위험 '심각' 유지",
        "건조특보가 강원 영동과 경북 북부로 확대됐다. 산림당국은 주말까지 산불 위기경보 "
        "'심각' 단계를 유지하기로 했다.",
        kst(8, 12, 14))),
    ("NISX20250408_0003140455", True, Story(
        "의대 교수 비대위 \"전공의 복귀 조건 먼저 논의해야\"",
        "전국 의대 교수 비상대책위원회가 전공의 복귀 조건을 먼저 논의해야 한다는 입장을 "
        "냈다. 정부는 이번 주 안에 대화 창구를 열겠다고 했다.",
        kst(8, 11, 40))),
    ("NISX20250408_0003140401", False, Story(
        "택배 노동자 쉼터 100곳 추가…폭염 대비 조기 설치",
        None,
        kst(8, 11, 3))),
    ("NISX20250408_0003140377", True, Story(
        "[속보] 검찰, 대형 물류센터 화재 관련 시공사 압수수색",
        None,
        kst(8, 10, 46))),
    ("NISX20250408_0003140329", True, Story(
        "고령층 키오스크 교육 확대…주민센터 500곳에 체험존",
        "디지털 기기 사용이 어려운 고령층을 위해 전국 주민센터 500곳에 키오스크 체험존이 "
        "생긴다. 강사가 상주하며 주문과 발권을 함께 연습한다.",
        kst(8, 10, 12))),
    ("NISX20250408_0003140288", True, Story(
        "외국인 계절근로자 이탈 막는다…숙소 기준 강화",
        "농어촌 외국인 계절근로자의 숙소 기준이 강화된다. 컨테이너 숙소는 더 이상 허용되지 "
        "않고 1인당 최소 면적도 정해진다.",
        kst(8, 9, 35))),
    ("NISX20250408_0003140231", False, Story(
        "출생아 수 9개월 연속 증가…혼인 건수도 늘어(종합)",
        "출생아 수가 9개월 연속 전년 같은 달보다 늘었다. 혼인 건수도 함께 증가해 당분간 "
        "출생아 증가세가 이어질 것이라는 전망이 나온다.",
        kst(8, 9, 2))),
    ("NISX20250407_0003139980", True, Story(
        "전세사기 특별법 개정안 국회 통과…피해 인정 범위 넓혀",
        "전세사기 피해자 특별법 개정안이 국회 본회의를 통과했다. 보증금 기준이 높아지고 "
        "피해자로 인정받는 범위도 넓어진다.",
        kst(7, 21, 18))),
    ("NISX20250407_0003139912", True, Story(
        "수도권 광역버스 입석 금지 1년…좌석 예약제 확대",
        "수도권 광역버스 입석 금지가 시행된 지 1년이 지났다. 국토교통부는 출근 시간대 좌석 "
        "예약제를 30개 노선으로 늘린다.",
        kst(7, 19, 44))),
)  # fmt: skip
# 실시간 속보 ticker: the agency's newest flashes, some of them list stories under short titles
_AG_TICKER = (
    ("NISX20250408_0003140730", "14:57", '[속보] 美 국무부 "한미 외교장관 회담 내주 개최"'),
    ("NISX20250408_0003140712", "14:52", "[속보] 지하철 2호선 신호 장애 정상화"),
    ("NISX20250408_0003140709", "14:49", "[속보] 코스피 2,480선 마감…외국인 순매도"),
    ("NISX20250408_0003140377", "10:46", "[속보] 검찰, 물류센터 화재 시공사 압수수색"),
)
# 이 시각 주요뉴스: the agency's top stories of every desk, with small photos
_AG_TOP_NOW = (
    ("NISX20250408_0003140120", "여야 원내대표 회동…추경 협상 이번 주 시작"),
    ("NISX20250408_0003140602", "석면 청사 126곳 방치…어린이집 같은 건물도"),
    ("NISX20250408_0003140077", "환율 1,450원대 재진입…수입물가 부담 커져"),
    ("NISX20250408_0003140015", "'국민 타자' 은퇴 경기 매진…잠실 2만3천석"),
)
_AG_RANKING = (
    ("NISX20250408_0003139870", "로또 1등 당첨금 미수령 12억…지급 기한 임박"),
    ("NISX20250408_0003140651", "보이스피싱 수거책 27명 무더기 검거"),
    ("NISX20250407_0003139701", '"벚꽃 절정은 이번 주말"…서울 여의도 교통 통제'),
    ("NISX20250408_0003140455", '의대 교수들 "전공의 복귀 조건부터"'),
    ("NISX20250407_0003139655", "아파트 층간소음 기준 강화…신축부터 적용"),
)


def _ag_href(aid: str) -> str:
    return f"/view/?id={aid}&amp;pID=10200&amp;cID=10201"


def _ag_item(aid: str, thumb: bool, story: Story) -> str:
    assert story.when is not None
    pic = (
        f'<div class="thumb"><img src="https://img1.nurisis.example.co.kr/thumb/2025/04/08/{aid}_web.jpg" '
        f'alt="{escape_html(story.title)}" onerror="this.src=\'/img/noimg.gif\'"></div>\n'
        if thumb
        else ""
    )
    desc = f'<p class="desc">{lead_html(story)}</p>\n' if story.lead else ""
    cls = "" if thumb else ' class="no_img"'
    return (
        f'<li{cls}>\n<a href="{_ag_href(aid)}">\n{pic}'
        f'<div class="txt">\n<strong class="tit">{story.headline_html}</strong>\n{desc}'
        f'<span class="date">{dotted(story.when)}</span>\n</div>\n</a>\n</li>'
    )


def build_agency_list_article() -> Layout:
    """A private news agency's 사회 section: a 실시간 속보 ticker under the masthead, then
    ``div.list_article > ul > li > a`` where the one link wraps ``div.thumb > img`` (absent on
    some items) and ``div.txt > strong.tit + p.desc + span.date`` "2025.04.08 14:05"; some
    flashes have no lead. An "이 시각 주요뉴스" box of photo links and a 많이 본 뉴스 ranking
    in the sidebar, pagination, ads."""
    page_url = f"{_AG_HOST}/list/?cID=10201&pID=10200"
    nav = menu_items((f"/list/?sec={slug}", name) for slug, name in _AG_SECTIONS)
    sub = menu_items(
        (f"/list/?cID=1020{n}&amp;pID=10200", name)
        for n, name in enumerate(("사회일반", "사건", "법원·검찰", "교육", "환경", "복지"), 1)
    )
    ticker = "".join(
        f'<li><a href="{_ag_href(aid)}">{escape_html(title)}</a><span class="time">{shown}</span></li>'
        for aid, shown, title in _AG_TICKER
    )
    top_now = link_list(
        ((_ag_href(aid), title) for aid, title in _AG_TOP_NOW),
        '<li><a href="{href}"><span class="thumb"><img src="https://img1.nurisis.example.co.kr/'
        'thumb/2025/04/08/top_{rank}.jpg" alt=""></span><span class="tit">{title}</span></a></li>',
    )
    items = "\n".join(_ag_item(*entry) for entry in _AG_STORIES)
    ranking = ranking_box([(_ag_href(aid), title) for aid, title in _AG_RANKING])
    body = f"""<div id="wrap">
<div id="header">
<div class="top_bar"><a href="/member/login">로그인</a> <a href="/member/join">회원가입</a> <a href="https://eng.nurisis.example.co.kr/">ENGLISH</a></div>
<h1 class="logo"><a href="/">누리시스</a></h1>
<div id="gnb"><ul class="gnb_list">{nav}</ul></div>
</div>
<div class="breaking_news" id="breakingTicker">
<strong class="breaking_tit">실시간 속보</strong>
<ul class="breaking_list">{ticker}</ul>
<a href="/list/breaking/" class="more">더보기</a>
</div>
<div id="container">
<div id="content">
<div class="sec_title"><h2>사회</h2><ul class="sub_menu">{sub}</ul></div>
<div class="list_article">
<ul>
{items}
</ul>
</div>
{pagination("/list/?cID=10201&amp;pID=10200&amp;page={n}", count=10)}
</div>
<div id="aside">
<div class="top_now_box"><h3 class="box_tit">이 시각 주요뉴스</h3><ul>{top_now}</ul></div>
{ad_slot("ad_right", "AD", 91401, "nurisis_right_1")}
{ranking}
{ad_slot("ad_right", "광고", 91402, "nurisis_right_2")}
</div>
</div>
{company_footer(_AG_HOST, "누리시스", FOOTER_LINKS)}
</div>"""
    html = html_document("사회 | 누리시스", body, lang="ko")
    gold = [
        gold_item(page_url, _ag_href(aid).replace("&amp;", "&"), story)
        for aid, _, story in _AG_STORIES
    ]
    return korean_layout(
        "ko-agency-list-article",
        "private news agency list: div.list_article > ul > li > a wrapping div.thumb + "
        'div.txt > strong.tit + p.desc + span.date "2025.04.08 14:05", 실시간 속보 ticker, '
        "이 시각 주요뉴스 photo box",
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 2. An economic daily's news list: li.news_node, h3.news_ttl > a, "프리미엄" lock icons
# --------------------------------------------------------------------------------------------

_MK_HOST = "https://www.maeil-biz.example.com"
_MK_LOCK = (
    '<img src="https://static.maeil-biz.example.com/images/ico_premium_lock.svg" '
    'class="ico_premium" alt="프리미엄" width="14" height="14">'
)
# top box: (article number, premium, story); no time shown
_MK_TOP = (
    (11284501, False, Story(
        "반도체 수출 석 달째 증가…HBM 덕에 1분기 최대치",
        "반도체 수출이 석 달 연속 늘어 1분기 기준 역대 최대를 기록했다. 인공지능 서버용 "
        "고대역폭메모리 수요가 증가세를 이끌었다.",
        None)),
    (11284470, True, Story("금리 인하기 채권 투자, 지금 들어가도 늦지 않았나", None, None)),
    (11284433, False, Story("정유 4사 1분기 실적 '먹구름'…정제마진 반 토막", None, None)),
    (11284398, False, Story("[단독] 대형 유통사, 물류 자회사 매각 추진", None, None)),
)  # fmt: skip
# list: (article number, premium, "HH:MM:SS" seconds, story)
_MK_LIST = (
    (11284620, False, 12, Story(
        "코스피 외국인 매도에 2,480선 후퇴…2차전지주 약세",
        "코스피가 외국인 매도세에 밀려 2,480선으로 내려앉았다. 2차전지 관련주가 일제히 약세를 "
        "보였다.",
        kst(8, 14, 5))),
    (11284611, True, 48, Story(
        "연금 계좌로 美 배당 ETF 살 때 놓치기 쉬운 세금 세 가지",
        "연금저축과 개인형 퇴직연금 계좌로 미국 배당 상장지수펀드에 투자하는 사람이 늘고 있다. "
        "과세 이연 효과를 제대로 누리려면 따져볼 것이 있다.",
        kst(8, 13, 52))),
    (11284597, False, 3, Story(
        "원·달러 환율 1,450원대…수입 물가 부담 확대",
        "원·달러 환율이 1,450원대로 다시 올라섰다. 원자재를 수입하는 중소 제조업체의 비용 "
        "부담이 커지고 있다.",
        kst(8, 13, 37))),
    (11284580, False, 26, Story(
        "[속보] 정부, 자동차 개별소비세 인하 6개월 연장",
        None,
        kst(8, 13, 21))),
    (11284562, True, 55, Story(
        "[매경 프리미엄] 2차전지 소재株, 바닥 찍었나…증권가 엇갈린 전망",
        "2차전지 소재 기업 주가가 고점 대비 60% 넘게 떨어졌다. 증권가에서는 재고 조정이 끝나 "
        "간다는 분석과 추가 하락 경고가 엇갈린다.",
        kst(8, 12, 58))),
    (11284540, False, 9, Story(
        "건설사 PF 보증 잔액 30조 육박…중견사 유동성 경고",
        "건설사들이 프로젝트파이낸싱에 서 준 보증 잔액이 30조원에 육박했다. 중견 건설사를 "
        "중심으로 유동성 위기 경고가 나온다.",
        kst(8, 12, 30))),
    (11284519, False, 41, Story(
        "삼성·LG 가전 관세 대응…멕시코 공장 증설 검토",
        "삼성전자와 LG전자가 미국의 관세 인상에 대비해 멕시코 공장 증설을 검토하고 있다.",
        kst(8, 11, 47))),
    (11284497, True, 17, Story(
        "강남 재건축 '50억 클럽' 단지 늘었다…거래는 줄고 값은 올라",
        "서울 강남권 재건축 단지 가운데 전용 84㎡ 매매가가 50억원을 넘는 곳이 늘었다. 거래량은 "
        "줄었지만 신고가가 이어지고 있다.",
        kst(8, 11, 2))),
    (11284468, True, 0, Story(
        "은퇴자 월 지급식 펀드 다시 인기…분배율 따져봐야",
        "매달 분배금을 주는 월 지급식 펀드에 은퇴자들의 돈이 다시 몰리고 있다. 분배율만 보고 "
        "고르면 원금이 줄어들 수 있다.",
        kst(8, 10, 30))),
    (11284455, False, 34, Story(
        "항공사 유류할증료 두 달 연속 인하…5월 발권분부터",
        "국제선 유류할증료가 두 달 연속 내려간다. 5월 발권하는 항공권부터 적용된다.",
        kst(8, 10, 4))),
    (11284431, False, 50, Story(
        "中 저가 철강 덤핑에 포스코·현대제철 감산 검토",
        None,
        kst(8, 9, 41))),
    (11284412, False, 22, Story(
        "카드사 1분기 순이익 감소…연체율 10년 만에 최고",
        "주요 카드사의 1분기 순이익이 일제히 줄었다. 연체율이 10년 만에 가장 높은 수준으로 "
        "올라 대손 비용이 늘었다.",
        kst(8, 9, 10))),
    (11284377, False, 8, Story(
        "편의점 도시락 매출 30% 증가…'런치플레이션' 여파",
        "점심값이 오르면서 편의점 도시락 매출이 1년 새 30% 늘었다. 1만원 이하 간편식을 찾는 "
        "직장인이 많아졌다.",
        kst(7, 18, 12))),
    (11284350, True, 45, Story(
        "상속세 개편 앞두고 '가업승계' 컨설팅 문의 급증",
        "상속세 개편안 발표를 앞두고 중소·중견기업의 가업승계 상담이 크게 늘었다. 자녀에게 "
        "지분을 미리 넘기려는 수요가 몰린다.",
        kst(7, 17, 26))),
)  # fmt: skip
_MK_RANKING = (
    (11284601, '"월급 빼고 다 올랐다"…직장인 점심값 1만2천원 시대'),
    (11284497, "강남 재건축 50억 클럽 단지 늘었다"),
    (11284222, "국민연금 수령액 이렇게 늘린다…추납·연기 총정리"),
    (11284620, "외국인 매도 폭탄…코스피 2,480선 밀려"),
    (11284190, "공모주 청약 또 '대박'…증거금 12조 몰려"),
)
_MK_PREMIUM_PICKS = (
    (11284102, "부자들은 지금 금 대신 이것 산다"),
    (11284088, "은퇴 후 월 300만원 만드는 연금 사다리"),
    (11284061, "세무사가 알려주는 증여세 절세 5단계"),
)


def _mk_href(no: int) -> str:
    return f"{_MK_HOST}/economy/{no}"


def _mk_title(premium: bool, story: Story) -> str:
    return (_MK_LOCK if premium else "") + story.headline_html


def _mk_node(no: int, premium: bool, secs: int, story: Story) -> str:
    assert story.when is not None
    desc = f'<p class="news_desc">{lead_html(story)}</p>\n' if story.lead else ""
    return (
        f'<li class="news_node" data-id="{no}">\n'
        f'<div class="thumb_area"><a href="{_mk_href(no)}" class="thumb_link" tabindex="-1">'
        f'<img src="https://wimg.maeil-biz.example.com/news/cms/202504/08/news-p.v1.20250408.{no}_S1.jpg" '
        'alt="" loading="lazy"></a></div>\n'
        '<div class="txt_area">\n'
        f'<h3 class="news_ttl"><a href="{_mk_href(no)}">{_mk_title(premium, story)}</a></h3>\n'
        f"{desc}"
        '<div class="info_group">'
        f'<span class="time_info">{story.when:%Y.%m.%d %H:%M}:{secs:02d}</span>'
        "</div>\n</div>\n</li>"
    )


def build_economic_news_node() -> Layout:
    """An economic daily's 경제 section: a top box (``div.sec_top`` with a lead story's photo,
    ``h2.news_ttl`` and lead, then ``ul.sub_news`` of three headlines, no times), then
    ``ul.news_list > li.news_node`` with ``div.thumb_area > a > img``, ``h3.news_ttl > a``
    whose link opens with a lock ``img[alt="프리미엄"]`` on paid stories, ``p.news_desc`` and
    ``span.time_info`` "2025.04.08 14:05:12"; a "더보기" load button, a 많이 본 뉴스 box and a
    "프리미엄 추천" box of paid picks with lock icons."""
    page_url = f"{_MK_HOST}/economy/"
    nav = menu_items(
        (f"{_MK_HOST}/{slug}/", name)
        for slug, name in (
            ("economy", "경제"), ("business", "기업"), ("society", "사회"),
            ("world", "국제"), ("realestate", "부동산"), ("stock", "증권"),
            ("premium", "프리미엄"),
        )
    )  # fmt: skip
    lead_no, _, lead_story = _MK_TOP[0]
    subs = "\n".join(
        f'<li class="news_node"><a href="{_mk_href(no)}" class="news_item">'
        f'<h3 class="news_ttl">{_mk_title(premium, story)}</h3></a></li>'
        for no, premium, story in _MK_TOP[1:]
    )
    nodes = "\n".join(_mk_node(*entry) for entry in _MK_LIST)
    ranking = ranking_box([(_mk_href(no), title) for no, title in _MK_RANKING])
    picks = link_list(
        ((_mk_href(no), title) for no, title in _MK_PREMIUM_PICKS),
        f'<li><a href="{{href}}">{_MK_LOCK}{{title}}</a></li>',
    )
    body = f"""<div id="wrap">
<header class="header">
<div class="top_util"><a href="/member/login">로그인</a> <a href="/subscribe/">구독신청</a></div>
<h1 class="logo"><a href="{_MK_HOST}/">매일비즈</a></h1>
<nav class="gnb"><ul class="gnb_list">{nav}</ul></nav>
</header>
<main id="container">
<section class="sec_body">
<div class="sec_title"><h2 class="tit">경제</h2>
<ul class="tab_list"><li class="on"><a href="/economy/">전체</a></li><li><a href="/economy/finance/">금융</a></li><li><a href="/economy/policy/">정책</a></li></ul></div>
<div class="sec_top">
<div class="lead_news news_node">
<a href="{_mk_href(lead_no)}" class="news_item">
<div class="thumb_area"><img src="https://wimg.maeil-biz.example.com/news/cms/202504/08/news-p.v1.20250408.{lead_no}_W.jpg" alt=""></div>
<div class="txt_area"><h2 class="news_ttl">{lead_story.headline_html}</h2>
<p class="news_desc">{lead_html(lead_story)}</p></div>
</a>
</div>
<ul class="sub_news">
{subs}
</ul>
</div>
{ad_slot("ad_wrap ad_section", "AD", 77501, "maeilbiz_sec_mid")}
<div class="list_area">
<h3 class="list_tit">최신 뉴스</h3>
<ul class="news_list" id="list_area">
{nodes}
</ul>
<button type="button" class="btn_more" data-page="2" data-url="/ajax/section/economy">더보기</button>
</div>
</section>
<aside class="sec_aside">
{ranking}
<div class="premium_pick"><h3 class="box_tit">프리미엄 추천</h3><ul>{picks}</ul></div>
{ad_slot("ad_wrap", "광고", 77502, "maeilbiz_aside")}
</aside>
</main>
{company_footer(_MK_HOST, "매일비즈", FOOTER_LINKS)}
</div>"""
    html = html_document("경제 - 매일비즈", body, lang="ko")
    gold = [gold_item(page_url, _mk_href(no), story) for no, _, story in _MK_TOP]
    gold += [
        gold_item(page_url, _mk_href(no), _with_seconds(story, secs))
        for no, _, secs, story in _MK_LIST
    ]
    return korean_layout(
        "ko-economic-news-node",
        "economic daily news list: li.news_node > div.thumb_area + h3.news_ttl > a opened by "
        'a lock img[alt="프리미엄"], p.news_desc, span.time_info "2025.04.08 14:05:12", '
        "a top box with no times, 프리미엄 추천 box, 더보기 button",
        html,
        page_url,
        gold,
    )


def _with_seconds(story: Story, secs: int) -> Story:
    assert story.when is not None
    return Story(story.title, story.lead, story.when.replace(second=secs), story.label)


# --------------------------------------------------------------------------------------------
# 3. A citizen-journalism site's article list: "시민기자" bylines, 오름 badges, 원고료 buttons
# --------------------------------------------------------------------------------------------

_CJ_HOST = "https://www.ohmy-citizen.example.co.kr"
_CJ_VIEW = "/NWS_Web/View/at_pg.aspx?CNTN_CD={cd}&amp;CMPT_CD=P0010"
_CJ_CATEGORY = "/NWS_Web/ArticlePage/Total_Article.aspx?PAGE_CD=C0400"
# (content code, writer id, writer, citizen, grade, story); grade "" or "오름"
_CJ_STORIES = (
    ("A0003117702", "jinhee77", "박진희", True, "오름", Story(
        "일흔 넘은 엄마가 스마트폰으로 처음 보낸 사진 한 장",
        "\"이거 어떻게 보내는 거냐\"던 엄마가 처음으로 사진을 보내왔다. 흔들린 벚꽃 사진 한 "
        "장에 한참을 웃었다.",
        kst(8, 14, 5))),
    ("A0003117688", "greenbike", "이도윤", True, "", Story(
        "자전거 출퇴근 1년, 통장보다 먼저 바뀐 것들",
        "자동차 대신 자전거로 출퇴근한 지 1년이 됐다. 기름값보다 먼저 달라진 건 아침의 "
        "표정이었다.",
        kst(8, 13, 41))),
    ("A0003117659", "soyoung_k", "김소영", True, "오름", Story(
        "폐교 앞 문방구가 30년 만에 문을 닫던 날",
        "학교가 문을 닫은 뒤에도 3년을 더 버틴 문방구였다. 마지막 날 동네 사람들이 하나둘 "
        "가게 앞에 모였다.",
        kst(8, 12, 50))),
    ("A0003117630", "reporter_jh", "정현우", False, "", Story(
        "[단독] 지역아동센터 급식비 5년째 동결…\"한 끼 4500원으로는 못 버텨\"",
        "지역아동센터의 급식 단가가 5년째 4500원에 묶여 있는 것으로 확인됐다. 센터장들은 "
        "식재료값이 오른 만큼 반찬 수를 줄이고 있다고 했다.",
        kst(8, 12, 13))),
    ("A0003117611", "busan_dad", "최민석", True, "", Story(
        "아이와 함께 쓴 육아일기 100일, 우리가 배운 것",
        "하루 한 줄씩 아이와 번갈아 쓴 일기가 100일을 채웠다. 맞춤법은 엉망이어도 마음은 "
        "정확했다.",
        kst(8, 11, 28))),
    ("A0003117587", "mountain_lee", "이한결", True, "오름", Story(
        "귀촌 3년 차, 마을 이장님이 내게 맡긴 일",
        "도시에서 내려온 지 3년, 이장님이 마을 회의록을 맡아 달라고 했다. 처음으로 이 마을 "
        "사람이 됐다는 생각이 들었다.",
        kst(8, 10, 47))),
    ("A0003117560", "bookcafe_y", "윤서진", True, "", Story(
        "동네 책방에서 열린 '아무 책 읽기' 모임",
        "정해진 책 없이 각자 읽고 싶은 책을 들고 오는 모임이다. 두 시간 동안 아무도 말이 "
        "없었는데 이상하게 충만했다.",
        kst(8, 10, 2))),
    ("A0003117534", "nurse_kim", "김하늘", True, "", Story(
        "야간 병동 간호사가 환자에게 받은 쪽지",
        "새벽 세 시, 퇴원을 앞둔 할머니가 꼬깃꼬깃 접은 쪽지를 건넸다.",
        kst(8, 9, 15))),
    ("A0003117509", "reporter_sy", "송예린", False, "", Story(
        "\"경로당이 사라지면 갈 곳이 없다\"…재개발 구역 어르신들",
        "재개발 구역의 경로당 세 곳이 한꺼번에 문을 닫게 됐다. 대체 공간 마련은 아직 "
        "논의조차 되지 않았다.",
        kst(7, 20, 33))),
    ("A0003117480", "garden_oh", "오정민", True, "", Story(
        "베란다 텃밭에서 상추를 처음 거둔 날",
        "씨앗 한 봉지로 시작한 베란다 텃밭에서 첫 상추를 땄다. 여덟 장이었다.",
        kst(7, 18, 9))),
    ("A0003117455", "teacher_han", "한지수", True, "오름", Story(
        "교사 20년, 학부모 상담 시간에 하지 못한 말",
        "상담 시간은 늘 15분이었다. 그 안에 다 하지 못한 말들을 이제야 적어 본다.",
        kst(7, 16, 40))),
    ("A0003117431", "walker_park", "박준호", True, "", Story(
        "제주 올레 21코스, 혼자 걷기 좋은 이유",
        None,
        kst(7, 14, 22))),
)  # fmt: skip
_CJ_RANKING = (
    ("A0003117201", '"우리 아파트에 태양광을"…주민들이 해낸 일'),
    ("A0003117702", "엄마가 처음 보낸 사진"),
    ("A0003117380", "동네 목욕탕이 사라지고 있다"),
    ("A0003117659", "30년 문방구의 마지막 날"),
    ("A0003117152", "사교육 없이 중학생 키우기, 가능할까"),
)
_CJ_TV = (
    ("A0003117690", "[오마이TV] 국회 앞 1인 시위 현장"),
    ("A0003117640", "[영상] 벚꽃길 걷는 시각장애인 마라톤"),
)


def _cj_item(cd: str, uid: str, writer: str, citizen: bool, grade: str, story: Story) -> str:
    assert story.when is not None
    href = _CJ_VIEW.format(cd=cd)
    badge = f'<span class="grade grade_oreum" title="오름 기사">{grade}</span>' if grade else ""
    lead = f'<p class="lead"><a href="{href}">{lead_html(story)}</a></p>\n' if story.lead else ""
    role = "시민기자" if citizen else "기자"
    return (
        '<li class="list_item">\n'
        f'<div class="thumb"><a href="{href}"><img src="https://ojsfile.ohmy-citizen.example.co.kr/CT_T_IMG/2025/0408/{cd}_T.jpg" alt=""></a></div>\n'
        '<div class="cont">\n'
        f'<p class="cate"><a href="{_CJ_CATEGORY}">사는이야기</a></p>\n'
        f'<h3 class="tit">{badge}<a href="{href}">{story.headline_html}</a></h3>\n'
        f"{lead}"
        '<p class="info">'
        f'<a href="/NWS_Web/Member/prof.aspx?mem_id={uid}" class="writer">{escape_html(writer)} {role}</a>'
        f'<span class="bar">|</span><span class="date">{story.when:%y.%m.%d %H:%M}</span></p>\n'
        f'<div class="support"><a href="/NWS_Web/Support/ArticleSupport.aspx?CNTN_CD={cd}" '
        'class="btn_support">좋은기사 원고료 주기</a>'
        f'<span class="cnt_comment">댓글 <em>{int(cd[-3:]) % 23}</em></span></div>\n'
        "</div>\n</li>"
    )


def build_citizen_journalism() -> Layout:
    """A citizen-journalism site's 사는이야기 list: ``ul.list_type > li.list_item`` with a
    thumbnail link, ``p.cate`` category link, ``h3.tit`` holding a "오름" grade badge before
    the headline link, a linked ``p.lead``, "박진희 시민기자" profile links (staff stories say
    "기자"), dates with a two-digit year "25.04.08 14:05", a "좋은기사 원고료 주기" support
    button and a comment count per item; a membership banner, "많이 본 기사", an 오마이TV
    video box and a "시민기자 되기" promo in the sidebar."""
    page_url = f"{_CJ_HOST}{_CJ_CATEGORY}"
    nav = menu_items(
        (f"/NWS_Web/ArticlePage/Total_Article.aspx?PAGE_CD={code}", name)
        for code, name in (
            ("N0001", "전체기사"), ("C0100", "정치"), ("C0200", "경제"), ("C0300", "사회"),
            ("C0400", "사는이야기"), ("C0500", "문화"), ("C0600", "여행"), ("C0700", "책동네"),
        )
    )  # fmt: skip
    sub = menu_items(
        (f"{_CJ_CATEGORY}&amp;SUB={n}", name)
        for n, name in enumerate(("전체", "가족", "일상", "육아", "귀농귀촌", "건강"))
    )
    items = "\n".join(_cj_item(*entry) for entry in _CJ_STORIES)
    ranking = ranking_box(
        [(_CJ_VIEW.format(cd=cd), title) for cd, title in _CJ_RANKING], "많이 본 기사"
    )
    tv = link_list(
        ((_CJ_VIEW.format(cd=cd), title) for cd, title in _CJ_TV),
        '<li><a href="{href}"><span class="play">재생</span>{title}</a></li>',
    )
    body = f"""<div id="wrap">
<div id="header">
<div class="util"><a href="/NWS_Web/Member/Login.aspx">로그인</a> <a href="/NWS_Web/Member/Join.aspx">회원가입</a> <a href="/NWS_Web/Write/Write.aspx" class="btn_write">기사쓰기</a></div>
<h1 class="logo"><a href="/">오마이시민</a></h1>
<div class="gnb"><ul>{nav}</ul></div>
</div>
<div id="container">
<div class="content">
<div class="list_header"><h2 class="sec_tit">사는이야기</h2><ul class="sub_tab">{sub}</ul>
<p class="sec_desc">시민기자들이 쓴 우리 이웃의 이야기입니다.</p></div>
<ul class="list_type">
{items}
</ul>
{pagination(_CJ_CATEGORY + "&amp;pageno={n}", count=10)}
</div>
<div class="aside">
<div class="member_banner"><a href="/NWS_Web/Club/Join.aspx"><strong>10만인클럽</strong> 좋은 기사를 지키는 독자 후원 회원이 되어 주세요</a></div>
{ranking}
<div class="tv_box"><h3 class="box_tit"><a href="/NWS_Web/TV/">오마이TV</a></h3><ul>{tv}</ul></div>
<div class="join_banner"><a href="/NWS_Web/Member/CitizenReporter.aspx">시민기자 되기 · 당신의 이야기도 기사가 됩니다</a></div>
{ad_slot("ad_aside", "광고", 64110, "ohmycitizen_aside")}
</div>
</div>
{company_footer(_CJ_HOST, "오마이시민", FOOTER_LINKS)}
</div>"""
    html = html_document("사는이야기 - 오마이시민", body, lang="ko")
    gold = [
        gold_item(page_url, _CJ_VIEW.format(cd=cd).replace("&amp;", "&"), story)
        for cd, _, _, _, _, story in _CJ_STORIES
    ]
    return korean_layout(
        "ko-citizen-journalism",
        'citizen-journalism list: li.list_item, "사는이야기" category link, "오름" grade badge '
        'before h3.tit > a, linked p.lead, "박진희 시민기자" profile links, "25.04.08 14:05", '
        '"좋은기사 원고료 주기" buttons',
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 4. A daily's reporter page: profile header, 최신 기사 list, hidden 많이 본 기사 tab
# --------------------------------------------------------------------------------------------

_RP_HOST = "https://www.saemulgyeol.example.co.kr"
_RP_SISTER = "https://h21.saemulgyeol.example.co.kr"
# (article number, section, story)
_RP_STORIES = (
    (1190412, "사회", Story(
        "[단독] 산재 신청 노동자 절반, 승인까지 반년 넘게 기다렸다",
        "지난해 산업재해를 신청한 노동자의 절반가량이 승인 결과를 받기까지 6개월 넘게 기다린 "
        "것으로 나타났다. 근골격계 질환은 평균 1년이 걸렸다.",
        kst(8, 14, 5))),
    (1190377, "사회", Story(
        "택배 분류작업 또 택배기사 몫으로…사회적 합의 3년 만에 흔들",
        "택배 분류작업을 전담 인력에게 맡기기로 한 사회적 합의가 일부 대리점에서 지켜지지 "
        "않고 있다.",
        kst(8, 10, 31))),
    (1190245, "노동", Story(
        "플랫폼 노동자 고용보험 3년…가입자는 늘었지만 받은 이는 드물다",
        "플랫폼 노동자에게 고용보험이 적용된 지 3년이 지났다. 가입자는 80만 명을 넘었지만 "
        "실업급여를 받은 사람은 1%에 그쳤다.",
        kst(7, 18, 40))),
    (1190102, "노동", Story(
        "\"쉬는 시간에도 콜 받아야\"…대리운전 기사들의 하루",
        "대리운전 기사들은 대기 시간도 사실상 일하는 시간이라고 말한다. 하루를 함께 따라가 "
        "봤다.",
        kst(7, 9, 12))),
    (1189980, "사회", Story(
        "중대재해법 확대 적용 1년, 50인 미만 사업장 사망 줄었나",
        "중대재해처벌법이 50인 미만 사업장으로 확대된 지 1년이 됐다. 사망 사고는 소폭 줄었지만 "
        "기소는 손에 꼽을 정도다.",
        kst(6, 16, 20))),
    (1189874, "노동", Story(
        "최저임금위원회 첫 회의…업종별 차등 적용 두고 신경전",
        None,
        kst(5, 15, 2))),
    (1189790, "사회", Story(
        "급식실 폐암 산재 인정 100명 넘어…환기 설비 개선은 더뎌",
        "학교 급식실 노동자 가운데 폐암으로 산재를 인정받은 사람이 100명을 넘어섰다. 환기 설비 "
        "개선 공사를 마친 학교는 절반에 못 미친다.",
        kst(4, 11, 45))),
    (1189655, "노동", Story(
        "[현장] 폭염 앞둔 물류센터, 냉방기는 아직 창고에",
        "여름을 두 달 앞둔 물류센터를 찾았다. 지난해 약속한 냉방 설비는 아직 설치되지 않았다.",
        kst(3, 17, 8))),
    (1189531, "사회", Story(
        "청년 노동자 첫 직장 평균 근속 1년 7개월",
        "청년들이 첫 직장에 머무는 기간이 평균 1년 7개월로 나타났다. 10년 전보다 5개월 "
        "짧아졌다.",
        kst(2, 10, 0))),
    (1189402, "노동", Story(
        "콜센터 상담사 감정노동 보호법 5년, 현장은 그대로",
        "감정노동자 보호법이 시행된 지 5년이 지났지만 콜센터 상담사들은 여전히 폭언에 "
        "노출돼 있다.",
        kst(1, 14, 55))),
)  # fmt: skip
# 많이 본 기사 tab (hidden until clicked): the reporter's most-read stories
_RP_POPULAR = (
    (1188210, "배달 라이더 사고 산재 인정률 첫 공개"),
    (1190412, "산재 승인까지 반년…노동자 절반이 기다렸다"),
    (1187765, "야간 노동 건강검진, 받은 사람 10%"),
)
_RP_SISTER_STORIES = (
    (57011, "[표지이야기] 일하다 다치면 누가 책임지나"),
    (57008, "[특집] 돌봄노동의 값"),
    (57002, "[만리재에서] 봄, 다시 광장으로"),
)
_RP_OTHER_REPORTERS = (("kimjiwon", "김지원"), ("parkseo", "박서연"), ("leejh", "이재훈"))


def _rp_href(no: int) -> str:
    return f"/arti/society/labor/{no}.html"


def _rp_item(no: int, section: str, story: Story) -> str:
    assert story.when is not None
    prologue = f'<p class="article-prologue">{lead_html(story)}</p>\n' if story.lead else ""
    return (
        '<div class="article-area">\n'
        f'<div class="article-photo"><a href="{_rp_href(no)}"><img src="https://flexible.img.saemulgyeol.example.co.kr/flexible/normal/300/180/imgdb/resize/2025/0408/{no}.jpg" alt=""></a></div>\n'
        '<div class="article-text">\n'
        f'<span class="article-section"><a href="/arti/society/labor/">{section}</a></span>\n'
        f'<h4 class="article-title"><a href="{_rp_href(no)}">{story.headline_html}</a></h4>\n'
        f"{prologue}"
        f'<span class="article-date">{story.when:%Y-%m-%d %H:%M}</span>\n'
        "</div>\n</div>"
    )


def build_reporter_page() -> Layout:
    """A daily's reporter page (기자 페이지): a profile header (photo, "이수진 기자", desk,
    e-mail link, a 구독 button with the subscriber count and a one-line introduction), tabs
    "최신 기사" (shown) and "많이 본 기사" (a hidden panel), the reporter's stories as
    ``div.section-list > div.article-area`` with a photo link, a section link,
    ``h4.article-title > a``, ``p.article-prologue`` and ``span.article-date``
    "2025-04-08 14:05", going back a week; a sister weekly's cover box and a "다른 기자"
    box in the sidebar."""
    page_url = f"{_RP_HOST}/reporter/lsj"
    nav = menu_items(
        (f"/arti/{slug}/", name)
        for slug, name in (
            ("politics", "정치"), ("society", "사회"), ("economy", "경제"),
            ("international", "국제"), ("culture", "문화"), ("opinion", "오피니언"),
        )
    )  # fmt: skip
    items = "\n".join(_rp_item(*entry) for entry in _RP_STORIES)
    popular = link_list(
        ((_rp_href(no), title) for no, title in _RP_POPULAR),
        '<li><span class="num">{rank}</span><a href="{href}">{title}</a></li>',
    )
    sister = link_list(
        ((f"{_RP_SISTER}/arti/cover/{no}.html", title) for no, title in _RP_SISTER_STORIES),
        '<li><a href="{href}">{title}</a></li>',
    )
    others = menu_items((f"/reporter/{slug}", f"{name} 기자") for slug, name in _RP_OTHER_REPORTERS)
    body = f"""<div id="wrap">
<header class="header">
<h1 class="logo"><a href="/">새물결신문</a></h1>
<nav class="gnb"><ul>{nav}</ul></nav>
<a href="/support/" class="btn-support">후원하기</a>
</header>
<div class="container">
<div class="main">
<div class="reporter-profile">
<div class="reporter-photo"><img src="https://img.saemulgyeol.example.co.kr/reporter/lsj.jpg" alt="이수진"></div>
<div class="reporter-info">
<strong class="reporter-name">이수진 기자</strong>
<span class="reporter-desk">사회부 노동팀</span>
<a href="mailto:lsj@saemulgyeol.example.co.kr" class="reporter-email">lsj@saemulgyeol.example.co.kr</a>
<p class="reporter-intro">일하는 사람들의 안전과 권리를 취재합니다.</p>
<button type="button" class="btn-subscribe" data-reporter="lsj">구독</button> <span class="subscriber">구독자 3,214명</span>
</div>
</div>
<ul class="tab-menu" role="tablist"><li class="on" role="tab"><a href="#latest">최신 기사</a></li><li role="tab"><a href="#popular">많이 본 기사</a></li></ul>
<div class="tab-panel" id="latest">
<div class="section-list">
{items}
</div>
{pagination("/reporter/lsj?page={n}")}
</div>
<div class="tab-panel" id="popular" style="display:none" aria-hidden="true">
<ol class="popular-list">{popular}</ol>
</div>
</div>
<aside class="aside">
<div class="sister-box"><h3 class="box-title"><a href="{_RP_SISTER}/">새물결21</a></h3>
<a href="{_RP_SISTER}/arti/cover/57011.html" class="cover"><img src="https://img.saemulgyeol.example.co.kr/h21/cover/1560.jpg" alt="새물결21 제1560호 표지"></a>
<ul>{sister}</ul>
<a href="{_RP_SISTER}/subscribe/" class="btn">정기구독</a></div>
<div class="other-reporters"><h3 class="box-title">사회부 다른 기자</h3><ul>{others}</ul></div>
{ad_slot("ad-aside", "광고", 55301, "saemulgyeol_reporter")}
</aside>
</div>
{company_footer(_RP_HOST, "새물결신문", FOOTER_LINKS)}
</div>"""
    html = html_document("이수진 기자 : 새물결신문", body, lang="ko")
    gold = [gold_item(page_url, _rp_href(no), story) for no, _, story in _RP_STORIES]
    return korean_layout(
        "ko-reporter-page",
        "daily's reporter page: profile header with 구독 button, 최신 기사 / hidden 많이 본 기사 "
        "tabs, div.section-list > div.article-area > h4.article-title > a + p.article-prologue "
        '+ span.article-date "2025-04-08 14:05" over a week, sister weekly box',
        html,
        page_url,
        gold,
    )


BUILDERS: tuple[Builder, ...] = (
    build_agency_list_article,
    build_economic_news_node,
    build_citizen_journalism,
    build_reporter_page,
)
