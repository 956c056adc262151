"""A sixth set of Korean listing layouts: webzine, AMP, sports-portal and print-edition
families not covered by the other Korean modules.

Each builder returns a whole page in the shape of one family — an IT webzine on a blog CMS
whose category page renders its first twelve posts on the server (``article.post`` with a
thumbnail link, ``h2.entry-title``, ``div.entry-summary`` and a ``span.posted-on`` "3시간 전")
and loads the rest by infinite scroll from a "더보기" button's ``data-next-page`` URL, with
"[AD]" sponsored posts in the same markup; an economic daily's AMP section page (``amp-img``,
an ``amp-carousel`` of top stories, ``amp-list`` templates still holding their mustache
placeholders, ``amp-ad`` slots, times with seconds "2025-04-08 14:05:31") in one column; a
sports portal's baseball news page whose items carry team emblems and a "댓글 12" link to
the comment page, beside a "오늘의 경기" scoreboard and a 구단별 뉴스 tab menu; and a
daily's 지면보기 (print edition) page grouping the day's articles under page headings
"A1면 종합", "A2면 종합" … beside page thumbnails that open the PDF viewer — with the chrome
real pages carry around the list (menus, "많이 본 뉴스" boxes, related links, ads,
pagination, footers). Hosts, teams, headlines, leads and names are invented.

Every page is fetched at 2025-04-08 15:00 KST and printed on the KST clock. Gold times are
the instants the page states: a relative time ("25분 전", "3시간 전", "1일 전") counted back
from the fetch time, a printed date and clock ("2025-04-08 14:05:31", "2025.04.07. 21:40")
read on KST, seconds kept where shown. The print edition shows only the edition date
"2025년 4월 8일 화요일", so its items have no gold time; top stories shown without a time
have none either.
"""

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
    kst,
    lead_html,
    link_list,
    menu_items,
)

# --------------------------------------------------------------------------------------------
# 1. An IT webzine's category page: server-rendered posts, then infinite scroll
# --------------------------------------------------------------------------------------------

_ZINE_HOST = "https://www.techmoa.example.co.kr"
# (post id, category slug, category, author, shown age, story); the twelve posts the server
# renders before the "더보기" button takes over
_ZINE_POSTS = (
    (88127, "mobile", "모바일", "한지원", "25분 전", Story(
        "접는 폰 3세대 써보니…힌지 주름은 거의 사라졌다",
        "새로 나온 폴더블 스마트폰을 일주일 동안 써봤다. 화면 가운데 주름은 손끝으로 "
        "더듬어야 느껴질 정도로 옅어졌고, 무게도 200g 아래로 내려왔다. […]",
        ago(FETCHED_AT, minutes=25))),
    (88121, "ai", "AI", "오세훈", "1시간 전", Story(
        "국내 스타트업, 한국어 특화 소형 언어모델 공개…노트북에서 돌아간다",
        "매개변수 30억 개 규모의 한국어 특화 언어모델이 오픈소스로 공개됐다. 일반 노트북의 "
        "그래픽 칩만으로도 실시간 대화가 가능하다는 게 회사 설명이다. […]",
        ago(FETCHED_AT, hours=1))),
    (88116, "mobile", "모바일", "김다은", "2시간 전", Story(
        "[리뷰] 30만 원대 보급형 폰, 카메라만큼은 플래그십 부럽지 않다",
        "보급형 스마트폰의 카메라가 눈에 띄게 좋아졌다. 밝은 야외에서는 두 배 비싼 "
        "제품과 결과물을 구분하기 어려웠다. […]",
        ago(FETCHED_AT, hours=2))),
    (88109, "security", "보안", "박상민", "3시간 전", Story(
        "문자 한 통으로 폰 장악…'택배 조회' 스미싱 변종 기승",
        "택배 배송 조회를 가장한 문자 메시지로 악성 앱을 깔게 하는 스미싱이 다시 늘고 "
        "있다. 이번 변종은 설치 뒤 아이콘을 숨겨 삭제도 어렵다. […]",
        ago(FETCHED_AT, hours=3))),
    (88102, "mobile", "모바일", "한지원", "5시간 전", Story(
        "스마트워치로 혈압 잰다…식약처 의료기기 인증 통과",
        "손목시계형 기기로 혈압을 재는 기능이 의료기기 인증을 받았다. 다만 처음 쓸 때와 "
        "한 달에 한 번은 커프형 혈압계로 보정해야 한다. […]",
        ago(FETCHED_AT, hours=5))),
    (88097, "telecom", "통신", "이준호", "6시간 전", Story(
        "5G 요금제 또 내린다…월 3만 원대 20GB 상품 줄줄이",
        "이동통신 3사가 3만 원대 5G 요금제를 잇달아 내놓는다. 알뜰폰 업계는 가입자 "
        "이탈을 걱정하며 더 싼 요금제로 맞설 채비를 하고 있다. […]",
        ago(FETCHED_AT, hours=6))),
    (88090, "mobile", "모바일", "김다은", "8시간 전", Story(
        "무선 이어폰 배터리 교체 의무화 논의…'수리할 권리' 국내서도",
        "무선 이어폰처럼 배터리를 바꾸기 어려운 기기에 교체 가능한 설계를 의무화하자는 "
        "법안이 발의됐다. 제조사들은 방수 성능이 떨어진다며 난색이다. […]",
        ago(FETCHED_AT, hours=8))),
    (88084, "ai", "AI", "오세훈", "11시간 전", Story(
        "스마트폰 속 AI 비서, 인터넷 없이도 통역한다",
        "기기 안에서 돌아가는 온디바이스 AI로 비행기 모드에서도 실시간 통역이 가능해졌다. "
        "13개 언어를 지원한다. […]",
        ago(FETCHED_AT, hours=11))),
    (88076, "mobile", "모바일", "한지원", "19시간 전", Story(
        "태블릿 시장 3년 만에 반등…교육용 수요가 끌어올렸다",
        "지난해 줄기만 하던 국내 태블릿 출하량이 1분기 들어 늘어났다. 디지털 교과서 "
        "도입을 앞둔 학교의 교육용 구매가 컸다. […]",
        ago(FETCHED_AT, hours=19))),
    (88063, "game", "게임", "정유나", "1일 전", Story(
        "모바일 게임 확률 공개 1년…이용자 신뢰는 돌아왔나",
        "유료 아이템 뽑기 확률 공개가 의무화된 지 1년이 지났다. 공개된 확률이 실제와 "
        "다르다는 신고는 아직도 한 달에 수십 건이다. […]",
        ago(FETCHED_AT, days=1))),
    (88055, "mobile", "모바일", "김다은", "1일 전", Story(
        "중고폰 시세 조회 앱 써보니…같은 모델 값이 10만 원 차이",
        "중고 스마트폰 시세를 알려주는 앱 세 개에 같은 모델을 넣어봤다. 최고가와 최저가 "
        "차이는 10만 원이 넘었다. […]",
        ago(FETCHED_AT, days=1))),
    (88041, "telecom", "통신", "이준호", "2일 전", Story(
        "[단독] 알뜰폰 업체, 고객 유심 정보 관리 부실로 과징금",
        "한 알뜰폰 업체가 가입자 유심 인증 정보를 암호화하지 않은 채 보관하다 적발돼 "
        "과징금을 물게 됐다. […]",
        ago(FETCHED_AT, days=2))),
)  # fmt: skip
# (position in the loop, post id, sponsor, shown age, title, excerpt): sponsored posts the
# theme prints in the same markup, not gold
_ZINE_SPONSORED = (
    (3, 88111, "클라우드원", "3시간 전", "[AD] 중소기업 업무용 클라우드, 첫 3개월 무료로 써보세요",
     "직원 50인 이하 기업이라면 협업 도구와 저장 공간을 3개월 동안 무료로 쓸 수 있습니다. [&hellip;]"),
    (8, 88070, "누리가전", "20시간 전", "[AD] 봄맞이 무선청소기 보상 판매, 최대 30만 원 할인",
     "쓰던 청소기를 반납하면 새 무선청소기를 최대 30만 원 싸게 살 수 있습니다. [&hellip;]"),
)  # fmt: skip
_ZINE_POPULAR = (
    (88121, "노트북에서 돌아가는 한국어 언어모델 나왔다"),
    (87990, "아이폰 새 운영체제 업데이트 전 꼭 확인할 것 5가지"),
    (88109, "'택배 조회' 문자, 누르는 순간 폰이 넘어간다"),
    (87954, "가성비 무선 이어폰 10종 비교"),
    (88127, "폴더블 3세대, 주름 거의 없다"),
)
_ZINE_COMMENTS = (
    (88097, 4412, "데이터많이", "5G 요금제 또 내린다…월 3만 원대 20GB 상품 줄줄이"),
    (88127, 4409, "폴더블유저", "접는 폰 3세대 써보니…힌지 주름은 거의 사라졌다"),
    (87990, 4401, "사과농장", "아이폰 새 운영체제 업데이트 전 꼭 확인할 것 5가지"),
)
_ZINE_CATEGORIES = (
    ("news", "뉴스"), ("mobile", "모바일"), ("ai", "AI"), ("security", "보안"),
    ("telecom", "통신"), ("game", "게임"), ("review", "리뷰"), ("event", "이벤트"),
)  # fmt: skip
_ZINE_TAGS = ("폴더블", "갤럭시", "아이폰", "스미싱", "5G", "요금제", "온디바이스AI", "웨어러블")


def _zine_href(pid: int) -> str:
    return f"{_ZINE_HOST}/archives/{pid}"


def _zine_article(
    pid: int,
    slug: str,
    category: str,
    author: str,
    shown: str,
    title: str,
    excerpt_html: str,
    *,
    sponsor: str = "",
) -> str:
    href = _zine_href(pid)
    classes = (
        f"post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry "
        f"category-{slug}"
    )
    badge = ""
    byline = (
        f'<span class="byline"> by <span class="author vcard"><a class="url fn n" '
        f'href="{_ZINE_HOST}/archives/author/{escape_html(author)}">{escape_html(author)}</a>'
        "</span></span>"
    )
    if sponsor:
        classes += " category-sponsored sponsored-post"
        badge = '<span class="sponsor-badge">AD</span>'
        byline = f'<span class="sponsor-by">Sponsored by {escape_html(sponsor)}</span>'
    return (
        f'<article id="post-{pid}" class="{classes}">\n'
        f'<a class="post-thumbnail" href="{href}" aria-hidden="true" tabindex="-1">'
        f'<img width="360" height="203" src="{_ZINE_HOST}/wp-content/uploads/2025/04/{pid}-360x203.jpg" '
        f'class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" loading="lazy"></a>\n'
        '<div class="entry-content">\n'
        f'<div class="entry-meta-top">{badge}<span class="cat-links"><a href="{_ZINE_HOST}/category/{slug}/" rel="category tag">{escape_html(category)}</a></span></div>\n'
        f'<h2 class="entry-title"><a href="{href}" rel="bookmark">{escape_html(title)}</a></h2>\n'
        f'<div class="entry-summary"><p>{excerpt_html}</p></div>\n'
        f'<div class="entry-meta">{byline}<span class="posted-on">{shown}</span></div>\n'
        "</div>\n</article>"
    )


def build_it_webzine_infinite() -> Layout:
    """An IT webzine's category page on a blog CMS theme with infinite scroll: the server
    renders the first twelve ``article.post`` (``a.post-thumbnail``, ``div.entry-content``
    with ``span.cat-links``, ``h2.entry-title > a``, ``div.entry-summary > p`` ending in
    "[…]", ``span.byline`` and ``span.posted-on`` "25분 전" / "3시간 전" / "1일 전"); a
    "더보기" button carries the next page as ``data-next-page`` (with a ``noscript`` pager
    for crawlers). Two sponsored posts sit in the loop in the same markup, marked by a
    ``sponsored-post`` class, an "AD" badge, a "[AD]" title prefix and "Sponsored by …":
    not gold. Sidebar widgets: "인기 글" (numbered, reworded titles), "최근 댓글" linking
    posts' comment anchors, a tag cloud, a newsletter form and an ad."""
    page_url = f"{_ZINE_HOST}/category/mobile/"
    nav = menu_items(
        ((f"{_ZINE_HOST}/category/{slug}/", name) for slug, name in _ZINE_CATEGORIES),
        item_class="menu-item menu-item-type-taxonomy menu-item-object-category",
    )
    sponsored = {pos: entry for pos, *entry in _ZINE_SPONSORED}
    articles = []
    for n, (pid, slug, category, author, shown, story) in enumerate(_ZINE_POSTS):
        if n in sponsored:
            spid, sponsor, sshown, stitle, sexcerpt = sponsored[n]
            articles.append(
                _zine_article(
                    spid, "sponsored", "스폰서", "", sshown, stitle, sexcerpt, sponsor=sponsor
                )
            )
        articles.append(
            _zine_article(
                pid,
                slug,
                category,
                author,
                shown,
                story.title,
                lead_html(story).replace("[…]", "[&hellip;]"),
            )
        )
    loop = "\n".join(articles)
    popular = link_list(
        ((_zine_href(pid), title) for pid, title in _ZINE_POPULAR),
        '<li><span class="wpp-rank">{rank}</span><a href="{href}" class="wpp-post-title">'
        "{title}</a></li>",
    )
    comments = "".join(
        f'<li class="recentcomments"><span class="comment-author-link">{escape_html(who)}</span>'
        f'님이 <a href="{_zine_href(pid)}#comment-{cid}">{escape_html(title)}</a>에</li>'
        for pid, cid, who, title in _ZINE_COMMENTS
    )
    tags = " ".join(
        f'<a href="{_ZINE_HOST}/tag/{escape_html(tag)}/" class="tag-cloud-link" '
        f'style="font-size: {12 + n % 4}pt;">{escape_html(tag)}</a>'
        for n, tag in enumerate(_ZINE_TAGS)
    )
    body = f"""<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">본문 바로가기</a>
<header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="{_ZINE_HOST}/" rel="home">테크모아</a></p>
<p class="site-description">IT가 궁금할 때</p></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">메뉴</button>
<ul id="primary-menu" class="menu">{nav}</ul></nav>
</header>
<div class="header-banner">{ad_slot("ad-leaderboard", "AD", 81102, "techmoa_top")}</div>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<header class="page-header"><h1 class="page-title">카테고리: <span>모바일</span></h1>
<div class="archive-description"><p>스마트폰, 태블릿, 웨어러블 소식과 리뷰</p></div></header>
<div id="infinite-wrap" class="posts-loop">
{loop}
</div>
<div class="load-more-wrap"><button type="button" class="btn-load-more" data-next-page="{_ZINE_HOST}/category/mobile/page/2/" data-max-pages="41">더보기</button>
<span class="loading-spinner" hidden>불러오는 중…</span></div>
<noscript><nav class="navigation posts-navigation" aria-label="글"><h2 class="screen-reader-text">글 내비게이션</h2>
<div class="nav-links"><div class="nav-previous"><a href="{_ZINE_HOST}/category/mobile/page/2/">이전 글</a></div></div></nav></noscript>
</main></div>
<aside id="secondary" class="widget-area">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{_ZINE_HOST}/">
<label><span class="screen-reader-text">검색:</span><input type="search" class="search-field" placeholder="검색 &hellip;" name="s"></label>
<input type="submit" class="search-submit" value="검색"></form></section>
<section id="wpp-2" class="widget popular-posts"><h2 class="widget-title">인기 글</h2><ul class="wpp-list">{popular}</ul></section>
<section id="custom_html-3" class="widget_text widget widget_custom_html">{ad_slot("ad-sidebar", "광고", 81107, "techmoa_side")}</section>
<section id="recent-comments-2" class="widget widget_recent_comments"><h2 class="widget-title">최근 댓글</h2><ul id="recentcomments">{comments}</ul></section>
<section id="tag_cloud-2" class="widget widget_tag_cloud"><h2 class="widget-title">태그</h2><div class="tagcloud">{tags}</div></section>
<section id="newsletter-2" class="widget widget_newsletter"><h2 class="widget-title">뉴스레터</h2>
<p>매주 월요일 아침, 한 주의 IT 소식을 보내드립니다.</p>
<form action="{_ZINE_HOST}/newsletter/subscribe" method="post"><input type="email" name="email" placeholder="이메일 주소"><button type="submit">구독하기</button></form></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="footer-menu"><ul>
<li><a href="{_ZINE_HOST}/about/">테크모아 소개</a></li><li><a href="{_ZINE_HOST}/ad/">광고 문의</a></li>
<li><a href="{_ZINE_HOST}/privacy-policy/">개인정보처리방침</a></li><li><a href="{_ZINE_HOST}/feed/">RSS</a></li></ul></div>
<div class="site-info">© 2025 테크모아. 등록번호 서울 아01234 | 발행·편집인 한지원</div></footer>
</div>"""
    html = html_document("모바일 아카이브 - 테크모아", body, lang="ko-KR")
    gold = [gold_item(page_url, _zine_href(pid), story) for pid, *_, story in _ZINE_POSTS]
    return korean_layout(
        "ko-it-webzine-infinite",
        "IT webzine on a blog CMS with infinite scroll: 12 server-rendered article.post > "
        "a.post-thumbnail + h2.entry-title > a + div.entry-summary + span.posted-on "
        '"3시간 전", "더보기" button[data-next-page], [AD] sponsored posts in the loop',
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 2. An economic daily's AMP section page
# --------------------------------------------------------------------------------------------

_AMP_HOST = "https://www.econaru.example.co.kr"
_AMP_IMG = "https://img.econaru.example.co.kr/photo/202504/{aid}_{w}.jpg"
_AMP_BOILERPLATE = (
    "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
    "animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>"
    "<noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>"
)
# (article id, story): the 주요뉴스 carousel; slides show no time
_AMP_TOP = (
    ("2025040814171", Story("코스피 2% 급락…외국인 1조 원 '팔자'에 2400선 위태", None, None)),
    ("2025040813552", Story("[단독] 국민연금, 국내 주식 비중 상향 검토…하반기 결론", None, None)),
    ("2025040812305", Story("반도체 쇼크에 2차전지까지…시총 상위株 동반 약세", None, None)),
    ("2025040811084", Story("공매도 재개 1주일, 개인 투자자 손실 불어났다", None, None)),
    ("2025040809321", Story("\"배당 늘려라\"…행동주의 펀드 주총 표 대결 잇따라", None, None)),
)  # fmt: skip
# (article id, seconds, has thumbnail, story): the 증권 최신기사 list
_AMP_LIST = (
    ("2025040814551", 8, True, Story(
        "원·달러 환율 1470원 돌파…16년 만에 최고",
        "원·달러 환율이 장중 1470원을 넘어섰다. 글로벌 금융위기 이후 16년 만의 최고 "
        "수준이다. 외국인의 주식 매도세가 환율을 밀어 올렸다.",
        kst(8, 14, 55))),
    ("2025040814171", 42, True, Story(
        _AMP_TOP[0][1].title,
        "코스피가 외국인의 대규모 매도에 2% 넘게 떨어졌다. 유가증권시장에서 외국인은 "
        "하루 동안 1조 원어치를 순매도했다.",
        kst(8, 14, 17))),
    ("2025040814053", 31, False, Story(
        "코스닥 바이오株 급등…임상 결과 발표 앞두고 기대감",
        "코스닥 바이오 종목들이 일제히 올랐다. 다음 달 국제 학회에서 임상 결과를 "
        "발표하는 종목들에 매수세가 몰렸다.",
        kst(8, 14, 5))),
    ("2025040813552", 10, True, Story(
        _AMP_TOP[1][1].title,
        "국민연금이 국내 주식 투자 비중을 다시 높이는 방안을 검토하고 있는 것으로 "
        "확인됐다. 기금운용위원회는 하반기에 결론을 낼 예정이다.",
        kst(8, 13, 55))),
    ("2025040813280", 5, False, Story(
        "증권사 1분기 실적 전망 '흐림'…거래대금 감소 직격탄",
        "주요 증권사의 1분기 순이익이 지난해보다 20% 가까이 줄어들 것으로 보인다. "
        "증시 거래대금이 줄어든 탓이다.",
        kst(8, 13, 28))),
    ("2025040812470", 59, True, Story(
        "ETF 순자산 200조 원 눈앞…월배당 상품에 뭉칫돈",
        "국내 상장지수펀드 순자산이 200조 원에 다가섰다. 매달 분배금을 주는 월배당 "
        "ETF에 올해 들어서만 5조 원이 몰렸다.",
        kst(8, 12, 47))),
    ("2025040812133", 17, False, Story(
        "금융위 \"불법 리딩방 신고 포상금 최대 20억 원\"",
        "금융위원회가 주식 리딩방 등 불공정거래 신고 포상금 한도를 20억 원으로 올린다. "
        "신고 창구도 하나로 통합한다.",
        kst(8, 12, 13))),
    ("2025040811402", 26, True, Story(
        "개미들 '빚투' 다시 늘었다…신용융자 잔고 18조 원",
        "주가 하락에도 빚을 내 주식을 사는 개인 투자자가 늘고 있다. 신용거래융자 잔고가 "
        "석 달 만에 18조 원을 넘었다.",
        kst(8, 11, 40))),
    ("2025040810559", 3, False, Story(
        "IPO 대어 상장 첫날 공모가 밑돌아…공모주 열기 식나",
        "올해 최대어로 꼽힌 기업이 상장 첫날 공모가보다 낮은 가격에 거래를 마쳤다. "
        "수요예측 경쟁률도 예상에 못 미쳤다.",
        kst(8, 10, 55))),
    ("2025040810211", 48, True, Story(
        "외국인, 3월 국내 채권 4조 원 순매수…석 달 연속",
        "외국인 투자자가 지난달 국내 채권을 4조 원 넘게 사들였다. 금리 인하 기대에 "
        "국채 수요가 꾸준하다.",
        kst(8, 10, 21))),
    ("2025040809490", 12, False, Story(
        "[마감시황] 뉴욕증시 반등에도 아시아 증시 일제히 하락",
        "간밤 뉴욕증시가 반등했지만 아시아 주요 증시는 약세로 출발했다. 일본 닛케이지수는 "
        "장 초반 1% 넘게 빠졌다.",
        kst(8, 9, 49))),
    ("2025040809055", 37, True, Story(
        "증시 개장 전 꼭 알아야 할 5가지…환율·실적·공매도",
        "오늘 증시에서 눈여겨볼 재료를 정리했다. 환율 급등과 반도체 기업 실적 발표, "
        "공매도 잔고 변화가 관심이다.",
        kst(8, 9, 5))),
    ("2025040808301", 54, False, Story(
        "금값 또 사상 최고…국내 금 ETF 수익률 연초 대비 18%",
        "국제 금값이 다시 사상 최고치를 갈아치웠다. 국내 금 ETF 수익률도 연초 대비 "
        "18%를 넘었다.",
        kst(8, 8, 30))),
    ("2025040721104", 20, True, Story(
        "美 관세 유예 기대감에 시간외 선물 반등",
        "미국의 관세 부과 유예 가능성이 거론되면서 야간 선물 시장이 반등했다. 다만 "
        "변동성은 여전히 크다.",
        kst(7, 21, 10))),
    ("2025040718452", 9, False, Story(
        "증권가 \"2분기 코스피 밴드 2300~2700\"",
        "증권사들이 2분기 코스피 예상 범위를 잇따라 낮추고 있다. 하단을 2300까지 "
        "열어둔 곳도 나왔다.",
        kst(7, 18, 45))),
)  # fmt: skip
_AMP_RANKING = (
    ("2025040814551", "환율 1470원 뚫었다…16년 만"),
    ("2025040811084", "공매도 재개 1주일, 개미 손실 커졌다"),
    ("2025040714020", "삼성전자 1분기 잠정실적 발표…영업이익 6조 원대"),
    ("2025040814171", "외국인 1조 '팔자'…코스피 2400 위태"),
    ("2025040810559", "IPO 대어, 상장 첫날 공모가 하회"),
)
_AMP_SECTIONS = (
    ("economy", "경제"), ("stock", "증권"), ("realestate", "부동산"), ("industry", "산업"),
    ("it", "IT"), ("politics", "정치"), ("society", "사회"), ("world", "국제"),
)  # fmt: skip


def _amp_href(aid: str) -> str:
    return f"/amp/article/{aid}"


def _amp_item(aid: str, sec: int, thumb: bool, story: Story) -> str:
    assert story.when is not None
    image = (
        f'<div class="news-thumb"><amp-img src="{_AMP_IMG.format(aid=aid, w=240)}" width="120" '
        f'height="80" layout="responsive" alt="{escape_html(story.title)}"></amp-img></div>'
        if thumb
        else ""
    )
    return (
        f'<li class="news-item">\n<a href="{_amp_href(aid)}" class="news-link">{image}'
        f'<div class="news-txt"><h3 class="news-tit">{escape_html(story.title)}</h3>'
        f'<p class="news-lead">{lead_html(story)}</p></div></a>\n'
        f'<p class="news-date">{story.when:%Y-%m-%d %H:%M}:{sec:02d}</p>\n</li>'
    )


def _amp_ad(slot: str) -> str:
    return (
        f'<div class="amp-ad-wrap"><span class="ad-label">AD</span>'
        f'<amp-ad width="320" height="100" type="doubleclick" data-slot="/2391/econaru/m_amp/{slot}" '
        'data-multi-size="320x50" data-multi-size-validation="false">'
        '<div placeholder></div><div fallback><a href="https://ad.adnet.example.com/adclick?'
        f'cid=90411&amp;zone={slot}">광고 문의</a></div></amp-ad></div>'
    )


def build_amp_economic_section() -> Layout:
    """An economic daily's AMP 증권 section page (``<html ⚡>``, one column, no sidebar): an
    ``amp-sidebar`` menu; an ``amp-carousel`` (type slides) of 주요뉴스 whose slides are one
    link around an ``amp-img`` and an ``h2.slide-tit`` (no time); the 증권 최신기사 list
    ``ul.news-list > li.news-item > a.news-link`` (``amp-img`` on some, ``h3.news-tit``,
    ``p.news-lead``) with ``p.news-date`` "2025-04-08 14:05:31" after the link; ``amp-ad``
    slots labelled "AD" between chunks of the list; an ``amp-list`` "추천 뉴스" whose
    mustache template links ``{{url}}`` (nothing server-rendered but a loading placeholder);
    a numbered "많이 본 뉴스"; a link to the full (non-AMP) section; the company footer.
    Carousel stories listed again below take their time from the list."""
    page_url = f"{_AMP_HOST}/amp/section/stock"
    slides = "\n".join(
        f'<div class="slide"><a href="{_amp_href(aid)}"><amp-img src="{_AMP_IMG.format(aid=aid, w=640)}" '
        f'width="400" height="250" layout="responsive" alt="{escape_html(story.title)}"></amp-img>'
        f'<div class="slide-caption"><span class="slide-cate">증권</span><h2 class="slide-tit">'
        f"{escape_html(story.title)}</h2></div></a></div>"
        for aid, story in _AMP_TOP
    )
    first, second = _AMP_LIST[:6], _AMP_LIST[6:11]
    third = _AMP_LIST[11:]
    chunks = [
        '<ul class="news-list">\n' + "\n".join(_amp_item(*e) for e in part) + "\n</ul>"
        for part in (first, second, third)
    ]
    menu = menu_items((f"/amp/section/{slug}", name) for slug, name in _AMP_SECTIONS)
    ranking = ranking_box([(_amp_href(aid), title) for aid, title in _AMP_RANKING])
    head = (
        f'<link rel="canonical" href="{_AMP_HOST}/section/stock">\n'
        '<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
        '<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.1.js"></script>\n'
        '<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>\n'
        '<script async custom-element="amp-list" src="https://cdn.ampproject.org/v0/amp-list-0.1.js"></script>\n'
        '<script async custom-template="amp-mustache" src="https://cdn.ampproject.org/v0/amp-mustache-0.2.js"></script>\n'
        '<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>\n'
        f"{_AMP_BOILERPLATE}\n"
        "<style amp-custom>.news-item{border-bottom:1px solid #eee;padding:12px 0}"
        ".news-tit{font-size:17px;margin:0}.news-date{color:#888;font-size:12px}</style>\n"
    )
    body = f"""<amp-sidebar id="sidebar" layout="nodisplay" side="left">
<button on="tap:sidebar.close" class="close">닫기</button>
<ul class="side-menu">{menu}</ul>
<a href="{_AMP_HOST}/member/login" class="side-login">로그인</a></amp-sidebar>
<header class="amp-header"><button on="tap:sidebar.toggle" class="btn-menu" aria-label="전체메뉴">☰</button>
<a href="/amp/" class="logo"><amp-img src="https://img.econaru.example.co.kr/common/logo.png" width="120" height="28" alt="경제나루"></amp-img></a>
<a href="/amp/search" class="btn-search" aria-label="검색">검색</a></header>
<main class="amp-main">
<h1 class="section-tit">증권</h1>
<section class="top-news"><h2 class="blind">주요뉴스</h2>
<amp-carousel id="topCarousel" width="400" height="300" layout="responsive" type="slides" autoplay delay="5000" role="region" aria-label="주요뉴스">
{slides}
</amp-carousel></section>
{_amp_ad("list_top")}
<section class="latest-news"><h2 class="sec-tit">증권 최신기사</h2>
{chunks[0]}
{_amp_ad("list_mid1")}
{chunks[1]}
{_amp_ad("list_mid2")}
{chunks[2]}
<a href="{_AMP_HOST}/section/stock?page=2" class="btn-more">증권 기사 더보기</a>
</section>
<section class="recommend-news"><h2 class="sec-tit">추천 뉴스</h2>
<amp-list src="{_AMP_HOST}/api/amp/recommend.json?section=stock" layout="fixed-height" height="320" items="items">
<template type="amp-mustache"><div class="rec-item"><a href="{{{{url}}}}"><amp-img src="{{{{image}}}}" width="80" height="60" layout="fixed"></amp-img><span class="rec-tit">{{{{title}}}}</span></a></div></template>
<div placeholder class="loading">불러오는 중...</div>
<div fallback>추천 뉴스를 불러오지 못했습니다.</div>
</amp-list></section>
{ranking}
{_amp_ad("list_bottom")}
</main>
<footer id="footer"><ul class="footer_menu">{menu_items((f"{_AMP_HOST}/company/{n}", t) for n, t in enumerate(FOOTER_LINKS))}</ul>
<a href="{_AMP_HOST}/section/stock?amp=0" class="pc-view">PC버전</a>
<p class="copyright">Copyright © 경제나루. All rights reserved.</p></footer>"""
    html = html_document("증권 - 경제나루", body, lang="ko", head=head).replace(
        '<html lang="ko">', '<html ⚡ lang="ko">'
    )
    listed = {aid for aid, *_ in _AMP_LIST}
    gold = [
        gold_item(page_url, _amp_href(aid), story) for aid, story in _AMP_TOP if aid not in listed
    ]
    for aid, sec, _, story in _AMP_LIST:
        assert story.when is not None
        item = gold_item(page_url, _amp_href(aid), story)
        item["timestamp_iso"] = story.when.replace(second=sec).isoformat()
        gold.append(item)
    return korean_layout(
        "ko-amp-economic-section",
        "economic daily AMP section: amp-carousel 주요뉴스 slides (a > amp-img + h2, no time), "
        'ul.news-list > li > a.news-link + p.news-date "2025-04-08 14:05:31", amp-list '
        "mustache templates, amp-ad slots, one column",
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 3. A sports portal's baseball news page
# --------------------------------------------------------------------------------------------

_BALL_HOST = "https://sports.nuri-portal.example.com"
_EMBLEM = "https://sports-phinf.nuri-portal.example.com/emblem/kbo/{code}.png"
# (code, short name, full name): the league's clubs as the 구단별 뉴스 tabs list them
_BALL_TEAMS = (
    ("HB", "한빛", "한빛 레이븐스"), ("SG", "서강", "서강 타이거즈"), ("BD", "부두", "부두 씨호크스"),
    ("NR", "누리", "누리 이글스"), ("DG", "달구벌", "달구벌 라이온즈"), ("GW", "광원", "광원 위즈"),
    ("HN", "한내", "한내 트윈스"), ("MR", "미르", "미르 다이노스"), ("JH", "제해", "제해 랜더스"),
    ("GR", "구름", "구름 히어로즈"),
)  # fmt: skip
# (press id, article id, press, team code, shown time, comments, story)
_BALL_NEWS = (
    ("109", "0005280112", "스포츠한빛", "HB", "12분 전", 38, Story(
        "한빛 새 외국인 투수, 데뷔전 7이닝 무실점…최고 157㎞",
        "한빛 레이븐스의 새 외국인 투수가 데뷔전에서 7이닝 동안 삼진 9개를 잡으며 "
        "무실점으로 막았다.",
        ago(FETCHED_AT, minutes=12))),
    ("076", "0004260518", "데일리볼", "DG", "35분 전", 12, Story(
        "달구벌 4번 타자 손목 부상…\"2주 결장 불가피\"",
        "달구벌 라이온즈 4번 타자가 전날 경기에서 몸에 맞는 공에 손목을 다쳐 2주 "
        "동안 나서지 못한다.",
        ago(FETCHED_AT, minutes=35))),
    ("410", "0001050299", "야구타임즈", "SG", "1시간 전", 104, Story(
        "[단독] 서강, FA 포수와 4년 80억 원 연장 계약 합의",
        "서강 타이거즈가 주전 포수와 4년 총액 80억 원 규모의 다년 계약에 합의한 것으로 "
        "확인됐다.",
        ago(FETCHED_AT, hours=1))),
    ("117", "0003930871", "스포츠누리", "HN", "1시간 전", 7, Story(
        "한내 신인 유격수, 개막 10경기 타율 0.385 '돌풍'",
        "고졸 신인 유격수가 개막 후 10경기에서 타율 0.385를 기록하며 신인왕 경쟁에 "
        "불을 붙였다.",
        ago(FETCHED_AT, hours=1))),
    ("109", "0005280087", "스포츠한빛", "BD", "2시간 전", 56, Story(
        "부두 감독 \"불펜 과부하, 선발이 6회까지 버텨줘야\"",
        "부두 씨호크스 감독이 최근 불펜 투수들의 잦은 등판에 대해 선발진의 분발을 "
        "주문했다.",
        ago(FETCHED_AT, hours=2))),
    ("529", "0000712044", "베이스볼데일리", "NR", "2시간 전", 0, Story(
        "누리 이글스 홈구장 새 전광판 공개…국내 최대 크기",
        "누리 이글스가 홈구장에 가로 60m 크기의 새 전광판을 설치했다. 국내 야구장 가운데 "
        "가장 크다.",
        ago(FETCHED_AT, hours=2))),
    ("076", "0004260490", "데일리볼", "MR", "3시간 전", 21, Story(
        "미르 다이노스, 연패 끊은 비결은 '수비 시프트' 폐지",
        "5연패에 빠졌던 미르 다이노스가 수비 시프트를 없앤 뒤 2연승을 달렸다.",
        ago(FETCHED_AT, hours=3))),
    ("410", "0001050271", "야구타임즈", "JH", "4시간 전", 15, Story(
        "제해 랜더스 베테랑 외야수, 통산 2000안타까지 3개",
        "제해 랜더스의 베테랑 외야수가 통산 2000안타에 3개만을 남겨 뒀다. 이번 주 "
        "홈 6연전에서 달성이 유력하다.",
        ago(FETCHED_AT, hours=4))),
    ("117", "0003930844", "스포츠누리", "GW", "5시간 전", 3, Story(
        "광원 위즈 2군 유망주 콜업…\"선발 한 자리 경쟁\"",
        "광원 위즈가 퓨처스리그에서 3경기 연속 호투한 유망주 투수를 1군에 불러올렸다.",
        ago(FETCHED_AT, hours=5))),
    ("109", "0005280032", "스포츠한빛", "GR", "6시간 전", 44, Story(
        "구름 히어로즈 마무리 투수 블론세이브 3개…보직 변경 검토",
        "구름 히어로즈가 개막 후 세 번이나 리드를 날린 마무리 투수의 보직 변경을 "
        "검토하고 있다.",
        ago(FETCHED_AT, hours=6))),
    ("529", "0000711990", "베이스볼데일리", "HB", "7시간 전", 9, Story(
        "프로야구 시즌 초반 관중 100만 돌파…역대 최소 경기",
        "프로야구가 개막 이후 역대 최소 경기 만에 누적 관중 100만 명을 넘어섰다.",
        ago(FETCHED_AT, hours=7))),
    ("076", "0004260433", "데일리볼", "SG", "9시간 전", 27, Story(
        "ABS 판정 논란 또…\"존 상단 기준 다시 봐야\"",
        "자동 투구 판정 시스템의 스트라이크 존 상단 판정을 두고 현장의 불만이 다시 "
        "나오고 있다.",
        ago(FETCHED_AT, hours=9))),
    ("410", "0001050230", "야구타임즈", "DG", "11시간 전", 2, Story(
        "달구벌 라이온즈, 어린이 팬 위한 '주니어 데이' 연다",
        "달구벌 라이온즈가 이번 주말 홈경기를 어린이 팬을 위한 주니어 데이로 "
        "꾸민다.",
        ago(FETCHED_AT, hours=11))),
    ("117", "0003930790", "스포츠누리", "HN", "2025.04.07. 22:41", 61, Story(
        "[경기 리뷰] 한내, 9회말 끝내기 홈런으로 3연승",
        "한내 트윈스가 9회말 터진 끝내기 2점 홈런에 힘입어 3연승을 달렸다.",
        kst(7, 22, 41))),
    ("109", "0005279981", "스포츠한빛", "BD", "2025.04.07. 21:58", 18, Story(
        "부두 씨호크스 선발 10K 완투승…올 시즌 첫 완투",
        "부두 씨호크스 선발 투수가 삼진 10개를 곁들여 올 시즌 리그 첫 완투승을 "
        "거뒀다.",
        kst(7, 21, 58))),
    ("529", "0000711902", "베이스볼데일리", "MR", "2025.04.07. 19:05", 5, Story(
        "미르 다이노스 외국인 타자 교체 가능성 '솔솔'",
        "타율 1할대에 머문 미르 다이노스 외국인 타자의 교체 가능성이 구단 안팎에서 "
        "나오고 있다.",
        kst(7, 19, 5))),
)  # fmt: skip
# (game id, away, away score, home, home score, state): today's scoreboard, not gold
_BALL_GAMES = (
    ("20250408HBSG02025", "HB", "", "SG", "", "18:30 경기전"),
    ("20250408BDNR02025", "BD", "", "NR", "", "18:30 경기전"),
    ("20250408DGGW02025", "DG", "", "GW", "", "18:30 경기전"),
    ("20250408HNMR02025", "HN", "", "MR", "", "18:30 경기전"),
    ("20250408JHGR02025", "JH", "", "GR", "", "18:30 경기전"),
)
_BALL_RANKING = (
    ("410", "0001050299", "서강, 안방마님 붙잡았다…4년 80억"),
    ("109", "0005280112", "데뷔전 157㎞ 7이닝 무실점, 한빛 새 외인"),
    ("117", "0003930790", "한내 끝내기 홈런, 3연승 질주"),
    ("076", "0004260111", '은퇴 선언한 레전드 투수 "후회 없다"'),
    ("109", "0005280032", "구름 마무리 또 블론…보직 바뀌나"),
)
_BALL_PHOTOS = (
    ("0000000512", "[포토] 끝내기 홈런 후 환호하는 한내 선수들"),
    ("0000000509", "[포토] 만원 관중 들어찬 누리 홈구장"),
    ("0000000503", "[포토] 시구하는 아이돌 가수"),
)


def _team(code: str) -> tuple[str, str]:
    return next((short, full) for c, short, full in _BALL_TEAMS if c == code)


def _ball_href(oid: str, aid: str) -> str:
    return f"/news/read?oid={oid}&aid={aid}"


def _ball_item(
    oid: str, aid: str, press: str, team: str, shown: str, comments: int, story: Story
) -> str:
    href = escape_html(_ball_href(oid, aid))
    short, full = _team(team)
    comment = (
        f'<a href="{href}&amp;m_view=1&amp;sort=LIKE" class="comment">댓글 <em>{comments}</em></a>'
        if comments
        else ""
    )
    return (
        f'<li class="news_item">\n<a href="{href}" class="thumb"><img src="https://imgnews.'
        f'nuri-portal.example.com/image/{oid}/2025/04/08/{aid}_001.jpg?type=nf132_82" '
        f'width="132" height="82" alt=""></a>\n<div class="text">\n'
        f'<a href="{href}" class="title"><span>{escape_html(story.title)}</span></a>\n'
        f'<p class="desc">{lead_html(story)}</p>\n'
        f'<div class="source"><a href="/kbaseball/news/index?team={team}" class="team_emblem">'
        f'<img src="{_EMBLEM.format(code=team)}" width="18" height="18" alt="{escape_html(full)}">'
        f'<span class="blind">{escape_html(short)}</span></a>'
        f'<span class="press">{escape_html(press)}</span><span class="time">{shown}</span>'
        f"{comment}</div>\n</div>\n</li>"
    )


def build_sports_baseball_news() -> Layout:
    """A sports portal's 야구 뉴스 page: a 구단별 뉴스 tab menu (전체 plus one tab per club
    with its emblem), then ``ul.news_list > li.news_item`` with a thumbnail link,
    ``div.text > a.title > span``, ``p.desc`` and ``div.source`` holding the club's emblem
    (a link to that club's news), ``span.press``, ``span.time`` "12분 전" / "3시간 전" /
    "2025.04.07. 22:41" and a "댓글 38" link to the article's comment view (not a title,
    absent on items without comments). Chrome: sport menu and 야구 sub-menu, a "오늘의 경기"
    scoreboard linking each game's preview (start times "18:30", not items), "많이 본 뉴스"
    with reworded titles, a "야구 포토" box, ads and numbered pages."""
    page_url = f"{_BALL_HOST}/kbaseball/news/index?isphoto=N&type=latest"
    sports = menu_items(
        (f"/{slug}/index", name)
        for slug, name in (
            ("kbaseball", "야구"), ("wbaseball", "해외야구"), ("kfootball", "축구"),
            ("wfootball", "해외축구"), ("basketball", "농구"), ("volleyball", "배구"),
            ("golf", "골프"), ("esports", "e스포츠"),
        )
    )  # fmt: skip
    sub = menu_items(
        (f"/kbaseball/{slug}", name)
        for slug, name in (
            ("index", "홈"), ("news/index", "뉴스"), ("video/index", "영상"),
            ("schedule/index", "일정/결과"), ("record/index", "기록/순위"),
            ("community/index", "커뮤니티"),
        )
    )  # fmt: skip
    tabs = '<li class="on"><a href="/kbaseball/news/index?type=latest">전체</a></li>' + "".join(
        f'<li><a href="/kbaseball/news/index?team={code}"><img src="{_EMBLEM.format(code=code)}" '
        f'width="24" height="24" alt="">{escape_html(short)}</a></li>'
        for code, short, _ in _BALL_TEAMS
    )
    games = "".join(
        f'<li class="game_item"><a href="/game/{gid}/preview">'
        f'<div class="team away"><img src="{_EMBLEM.format(code=away)}" width="28" alt="">'
        f'<span class="name">{escape_html(_team(away)[0])}</span><em class="score">{ascore}</em></div>'
        f'<div class="state">{state}</div>'
        f'<div class="team home"><img src="{_EMBLEM.format(code=home)}" width="28" alt="">'
        f'<span class="name">{escape_html(_team(home)[0])}</span><em class="score">{hscore}</em></div>'
        "</a></li>"
        for gid, away, ascore, home, hscore, state in _BALL_GAMES
    )
    items = "\n".join(_ball_item(*entry) for entry in _BALL_NEWS)
    ranking = ranking_box(
        [(escape_html(_ball_href(oid, aid)), title) for oid, aid, title in _BALL_RANKING]
    )
    photos = "".join(
        f'<li><a href="/photo/read?gid={gid}"><img src="https://imgnews.nuri-portal.example.com/'
        f'photo/{gid}.jpg" alt=""><span class="tit">{escape_html(title)}</span></a></li>'
        for gid, title in _BALL_PHOTOS
    )
    body = f"""<div id="wrap">
<div id="header"><h1 class="logo"><a href="https://www.nuri-portal.example.com/">누리</a>
<a href="/" class="sports">스포츠</a></h1>
<div class="gnb"><ul class="sports_menu">{sports}</ul></div>
<div class="lnb"><ul class="sub_menu">{sub}</ul></div></div>
<div id="container">
<div id="content">
<div class="today_game"><h3 class="title">오늘의 경기 <span class="date">4.8(화)</span></h3>
<ul class="game_list">{games}</ul>
<a href="/kbaseball/schedule/index?date=20250408" class="more">전체 일정</a></div>
<div class="news_wrap">
<h2 class="title">야구 뉴스</h2>
<div class="team_tab"><ul>{tabs}</ul></div>
<div class="sort"><a href="?isphoto=N&amp;type=latest" class="on">최신순</a>
<a href="?isphoto=N&amp;type=popular">인기순</a> <a href="?isphoto=Y&amp;type=latest">포토</a></div>
<ul class="news_list">
{items}
</ul>
{pagination("/kbaseball/news/index?isphoto=N&amp;type=latest&amp;page={n}", count=10)}
</div>
</div>
<div id="aside">
{ranking}
{ad_slot("aside_ad", "광고", 93310, "nuri_sports_side")}
<div class="photo_box"><h3 class="box_tit">야구 포토</h3><ul>{photos}</ul>
<a href="/kbaseball/news/index?isphoto=Y" class="more">더보기</a></div>
</div>
</div>
{company_footer("https://www.nuri-portal.example.com", "NURI Corp.", FOOTER_LINKS)}
</div>"""
    html = html_document("야구 뉴스 : 누리스포츠", body, lang="ko")
    gold = [
        gold_item(page_url, _ball_href(oid, aid), story)
        for oid, aid, _, _, _, _, story in _BALL_NEWS
    ]
    return korean_layout(
        "ko-sports-baseball-news",
        "sports portal baseball news: ul.news_list > li.news_item, a.title > span, p.desc, "
        'team emblem link, span.time "1시간 전", a "댓글 12" comment-view link, "오늘의 경기" '
        "scoreboard, 구단별 뉴스 tabs",
        html,
        page_url,
        gold,
    )


# --------------------------------------------------------------------------------------------
# 4. A daily's 지면보기 (print edition) page, articles grouped under page headings
# --------------------------------------------------------------------------------------------

_PAPER_HOST = "https://www.saegil.example.co.kr"
_PAPER_DATE = "20250408"
# (page, section, [(article id, byline, story)]): the edition printed on 2025-04-08; only the
# edition date is shown
_PAPER_PAGES = (
    ("A1", "종합", (
        ("2025040800101", "김태윤 기자", Story(
            "여야 '추경 12조' 잠정 합의…이번 주 본회의 처리",
            "여야가 12조 원 규모의 추가경정예산안에 잠정 합의했다. 산불 피해 복구와 "
            "소상공인 지원 예산이 늘어난다.",
            None)),
        ("2025040800102", "이서연 기자", Story(
            "환율 1470원 턱밑…수입물가 비상", None, None)),
        ("2025040800103", "박재현 기자", Story(
            "[단독] 공공기관 지방 이전 2차 명단 이달 발표", None, None)),
    )),
    ("A2", "종합", (
        ("2025040800201", "정하늘 기자", Story(
            "추경 12조, 어디에 쓰이나…재해 복구 4조·민생 5조",
            "이번 추경은 산불 피해 복구와 재해 대비에 4조 원, 소상공인과 취약계층 지원에 "
            "5조 원이 배정됐다.",
            None)),
        ("2025040800202", "정하늘 기자", Story(
            "\"경기 부양엔 역부족\" 지적도", None, None)),
        ("2025040800203", "최윤아 기자", Story(
            "지자체 '추경 매칭' 부담에 한숨", None, None)),
    )),
    ("A3", "종합", (
        ("2025040800301", "한도윤 기자", Story(
            "외국인 한 달 새 6조 매도…증시 '셀 코리아' 공포",
            "외국인 투자자들이 지난 한 달 동안 국내 주식을 6조 원어치 팔았다. 환율 급등과 "
            "관세 불확실성이 겹쳤다.",
            None)),
        ("2025040800302", "한도윤 기자", Story(
            "개인 투자자는 '저가 매수'…빚투도 늘어", None, None)),
    )),
    ("A4", "정치", (
        ("2025040800401", "김태윤 기자", Story(
            "개헌 자문위 첫 회의…권력구조 개편 논의 착수", None, None)),
        ("2025040800402", "오지훈 기자", Story(
            "국회 정보위, 北 미사일 도발 긴급 현안 보고", None, None)),
        ("2025040800403", "오지훈 기자", Story(
            "與 지도부 \"민생 법안 4월 안에 처리\"", None, None)),
    )),
    ("A6", "경제", (
        ("2025040800601", "이서연 기자", Story(
            "가계대출 석 달 만에 증가 전환…주택담보대출 2조 늘어",
            "지난달 은행권 가계대출이 석 달 만에 다시 늘었다. 봄 이사철 주택 거래가 늘어난 "
            "영향이다.",
            None)),
        ("2025040800602", "송민재 기자", Story(
            "반도체 수출 1분기 14% 증가…HBM이 견인", None, None)),
        ("2025040800603", "송민재 기자", Story(
            "중소기업 10곳 중 6곳 \"2분기 자금 사정 악화\"", None, None)),
    )),
    ("A10", "사회", (
        ("2025040801001", "윤가람 기자", Story(
            "산불 이재민 임시주택 입주 시작…\"여름 전 모두 마무리\"", None, None)),
        ("2025040801002", "윤가람 기자", Story(
            "벚꽃 명소 주말 인파 몰려…안전사고 잇따라", None, None)),
        ("2025040801003", "임소정 기자", Story(
            "의대생 복귀 시한 넘겨…대학들 '유급' 통보 임박", None, None)),
    )),
    ("A30", "오피니언", (
        ("2025040803001", "", Story(
            "[사설] 추경 합의, 속도만큼 쓰임새도 따져야", None, None)),
        ("2025040803002", "", Story(
            "[사설] 환율 1470원, 외환 방어선 점검할 때다", None, None)),
        ("2025040803003", "문태호 논설위원", Story(
            "[새길칼럼] 봄꽃은 기다려 주지 않는다", None, None)),
    )),
)  # fmt: skip
_PAPER_RANKING = (
    ("2025040800103", "공공기관 2차 지방 이전 명단, 이달 나온다"),
    ("2025040700411", "로또 1등 17명…당첨금 각 16억 원"),
    ("2025040800101", "추경 12조 잠정 합의"),
    ("2025040801003", "의대생 유급 통보 임박"),
    ("2025040700208", "주말 고속도로 정체 언제 풀리나"),
)


def _paper_href(aid: str) -> str:
    return f"/article/{aid}"


def _paper_viewer(page: str) -> str:
    return f"/newspaper/viewer?date={_PAPER_DATE}&amp;page={page[0]}{int(page[1:]):02d}"


def _paper_group(page: str, section: str, entries: tuple[tuple[str, str, Story], ...]) -> str:
    rows = []
    for n, (aid, byline, story) in enumerate(entries):
        lead = f'<p class="lead">{lead_html(story)}</p>' if story.lead else ""
        writer = f'<span class="writer">{escape_html(byline)}</span>' if byline else ""
        cls = ' class="top"' if n == 0 and story.lead else ""
        rows.append(
            f'<li{cls}><a href="{_paper_href(aid)}" class="tit">{escape_html(story.title)}</a>'
            f"{writer}{lead}</li>"
        )
    viewer = _paper_viewer(page)
    thumb_page = f"{page[0]}{int(page[1:]):02d}"
    return (
        f'<div class="paper_section" id="{page}">\n'
        f'<div class="paper_thumb"><a href="{viewer}" target="_blank" title="{page}면 PDF 보기">'
        f'<img src="https://pdf.saegil.example.co.kr/{_PAPER_DATE}/{thumb_page}_s.jpg" '
        f'alt="{page}면 {section}"></a>\n'
        f'<a href="{viewer}" target="_blank" class="btn_pdf">PDF 보기</a></div>\n'
        f'<div class="paper_list"><h3 class="page_tit"><strong>{page}면</strong> {section}</h3>\n'
        '<ul class="article_list">' + "\n".join(rows) + "</ul></div>\n</div>"
    )


def build_print_edition() -> Layout:
    """A daily's 지면보기 page for one edition: the edition date "2025년 4월 8일 화요일" with
    이전/다음 links and a month calendar linking each day's edition, a row of page tabs (A1,
    A2 … anchors), then one ``div.paper_section`` per printed page: a page thumbnail and a
    "PDF 보기" button opening the PDF viewer (not gold), ``h3.page_tit`` "A1면 종합" and
    ``ul.article_list > li > a.tit`` with the byline, the page's top story with a
    ``p.lead``. No item shows a time of day: every gold time is None. Chrome: menu,
    "많이 본 뉴스", a 구독 신청 banner, ads and the footer."""
    page_url = f"{_PAPER_HOST}/newspaper/?date={_PAPER_DATE}"
    nav = menu_items(
        (f"/section/{slug}", name)
        for slug, name in (
            ("politics", "정치"), ("economy", "경제"), ("society", "사회"), ("world", "국제"),
            ("culture", "문화"), ("sports", "스포츠"), ("opinion", "오피니언"), ("newspaper", "지면보기"),
        )
    )  # fmt: skip
    tabs = "".join(f'<li><a href="#{page}">{page}</a></li>' for page, _, _ in _PAPER_PAGES)
    days = "".join(
        f'<td><a href="/newspaper/?date=202504{d:02d}"{" class=on" if d == 8 else ""}>{d}</a></td>'
        if d <= 8 and d != 6
        else f"<td>{d}</td>"
        for d in range(1, 31)
    )
    groups = "\n".join(_paper_group(*entry) for entry in _PAPER_PAGES)
    ranking = ranking_box([(_paper_href(aid), title) for aid, title in _PAPER_RANKING])
    body = f"""<div id="wrap">
<header id="header"><div class="util"><a href="/member/login">로그인</a> <a href="/subscribe">구독신청</a></div>
<h1 class="logo"><a href="/">새길일보</a></h1>
<nav class="gnb"><ul>{nav}</ul></nav></header>
<div id="container">
<div id="content" class="newspaper">
<div class="paper_head"><h2 class="tit">지면보기</h2>
<div class="paper_date"><a href="/newspaper/?date=20250407" class="prev">이전 호</a>
<strong class="date">2025년 4월 8일 화요일</strong>
<a href="/newspaper/?date=20250409" class="next disabled">다음 호</a></div>
<div class="calendar"><table><caption>2025년 4월</caption><tbody><tr>{days}</tr></tbody></table></div>
<ul class="page_tab">{tabs}</ul>
<a href="/newspaper/pdf/{_PAPER_DATE}.pdf" class="btn_all_pdf">전체 PDF 내려받기</a></div>
{groups}
</div>
<div id="aside">
{ranking}
<div class="subscribe_banner"><a href="/subscribe?ref=paper"><strong>새길일보 구독</strong> 매일 아침 집 앞으로</a></div>
{ad_slot("aside_banner", "광고", 77120, "saegil_paper")}
</div>
</div>
{company_footer(_PAPER_HOST, "새길일보", FOOTER_LINKS)}
</div>"""
    html = html_document("지면보기 2025년 4월 8일 | 새길일보", body, lang="ko")
    gold = [
        gold_item(page_url, _paper_href(aid), story, timed=False)
        for _, _, entries in _PAPER_PAGES
        for aid, _, story in entries
    ]
    return korean_layout(
        "ko-print-edition",
        '지면보기 print edition: page groups "A1면 종합" with page thumbnails and "PDF 보기" '
        "viewer links, ul.article_list > li > a.tit + byline (+ p.lead on top stories), only "
        'the edition date "2025년 4월 8일 화요일"',
        html,
        page_url,
        gold,
    )


BUILDERS: tuple[Builder, ...] = (
    build_it_webzine_infinite,
    build_amp_economic_section,
    build_sports_baseball_news,
    build_print_edition,
)
