"""extract_article: what an article page says about itself, from meta tags and its body."""

from __future__ import annotations

from etl.records import ArticlePage
from spiders.extract.article import extract_article

URL = "http://127.0.0.1:8081/news/articleView.html?idxno=9230001"
PUBLIC = "https://daily.demo.newsflow.test/news/articleView.html?idxno=9230001"

HEAD = f"""
<meta name="author" content="홍길동 기자">
<meta property="og:title" content="코스피, 2,500 회복">
<meta property="og:url" content="{PUBLIC}">
<meta property="article:section" content="증권">
<meta property="article:published_time" content="2025-04-08T08:06:28+09:00">
<meta property="article:modified_time" content="2025-04-08T10:15:00+09:00">
<link rel="canonical" href="{PUBLIC}">
"""

BODY = """
<article class="article-view">
<h1 class="headline">코스피, 2,500 회복</h1>
<div class="article-body" id="article-body">
<p>코스피가 1.2% 올랐다.</p>
<p>외국인이 <b>3거래일</b> 연속 순매수했다.</p>
<p></p>
<p>S&amp;P 500도 반등했다.</p>
</div>
<p class="byline">홍길동 기자 hong@daily.demo.newsflow.test</p>
</article>
"""


def page(head: str = HEAD, body: str = BODY) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def test_reads_the_contract_page() -> None:
    assert extract_article(page(), URL) == ArticlePage(
        body="코스피가 1.2% 올랐다.\n외국인이 3거래일 연속 순매수했다.\nS&P 500도 반등했다.",
        author="홍길동 기자",
        published_raw="2025-04-08T08:06:28+09:00",
        modified_raw="2025-04-08T10:15:00+09:00",
        section_raw="증권",
        canonical_url=PUBLIC,
    )


def test_body_leaves_out_a_byline_inside_the_container() -> None:
    body = (
        '<div id="article-body"><p>본문 첫 문단.</p>'
        '<p class="byline">홍길동 기자 hong@daily.demo.newsflow.test</p></div>'
    )
    assert extract_article(page(body=body), URL).body == "본문 첫 문단."


def test_body_falls_back_to_the_itemprop_container() -> None:
    body = (
        '<div itemprop="articleBody"><p>하나.</p><p>둘.</p></div>'
        "<article><p>관련 기사</p></article>"
    )
    assert extract_article(page(body=body), URL).body == "하나.\n둘."


def test_body_falls_back_to_the_article_element() -> None:
    body = "<article><p>하나.</p><p>둘.</p></article>"
    assert extract_article(page(body=body), URL).body == "하나.\n둘."


def test_body_without_paragraphs_is_the_containers_br_separated_lines() -> None:
    body = (
        '<div id="article-body">\n  첫 <b>줄</b><br>\n  둘째\n  줄<br/><br/>'
        "<script>var ad = 1;</script>셋째 줄</div>"
    )
    assert extract_article(page(body=body), URL).body == "첫 줄\n둘째 줄\n셋째 줄"


def test_page_without_a_body_container_has_no_body() -> None:
    assert extract_article(page(body="<div><p>메뉴</p></div>"), URL).body is None


def test_canonical_falls_back_to_og_url() -> None:
    head = HEAD.replace(f'<link rel="canonical" href="{PUBLIC}">', "")
    assert extract_article(page(head=head), URL).canonical_url == PUBLIC


def test_a_canonical_no_parser_can_resolve_is_no_canonical() -> None:
    head = '<link rel="canonical" href="//[::1/news/1">'
    article = extract_article(page(head=head), URL)
    assert article.canonical_url is None
    assert article.body is not None  # the rest of the page is read


def test_relative_canonical_is_made_absolute() -> None:
    head = '<link rel="canonical" href="/news/articleView.html?idxno=9230001">'
    assert extract_article(page(head=head), URL).canonical_url == URL


def test_missing_meta_gives_none() -> None:
    article = extract_article(page(head=""), URL)
    assert (
        article.author,
        article.published_raw,
        article.modified_raw,
        article.section_raw,
        article.canonical_url,
    ) == (None, None, None, None, None)


def test_meta_given_with_name_instead_of_property_is_read() -> None:
    head = '<meta name="article:published_time" content="2025-04-08T08:06:28+09:00">'
    assert extract_article(page(head=head), URL).published_raw == "2025-04-08T08:06:28+09:00"
