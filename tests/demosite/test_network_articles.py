"""Article pages of the network: meta, bylines and bodies agree with the oracle."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from typing import Any

import lxml.html
import pytest
from readers import document
from sitepages import KST, SITE_NOW, Page, fetch_page

from demosite.oracle import OracleArticle, published
from demosite.server import RunningSite, serve_background

DAY = date(2025, 4, 8)
NEW_OUTLETS = ["demo-ilbo", "demo-today", "demo-wire", "demo-herald", "demo-biz"]


def _meta(doc: Any, prop: str) -> list[str]:
    return [m.get("content") for m in doc.xpath(f"//meta[@property='{prop}' or @name='{prop}']")]


def _paragraphs(elements: list[Any]) -> list[str]:
    return [" ".join(p.text_content().split()) for p in elements]


def _ilbo_body(doc: Any) -> list[str]:
    container = doc.get_element_by_id("news_body_area")
    for box in container.cssselect("div.ad_box, div.relation"):
        box.drop_tree()
    for br in container.iter("br"):
        br.tail = "\n" + (br.tail or "")
    return [" ".join(line.split()) for line in container.text_content().split("\n") if line.strip()]


BODIES = {
    "demo-ilbo": _ilbo_body,
    "demo-today": lambda doc: _paragraphs(doc.cssselect("div.article__body > p")),
    "demo-wire": lambda doc: _paragraphs(
        doc.cssselect("article.story-news > p:not(.byline):not(.copyright)")
    ),
    "demo-herald": lambda doc: _paragraphs(doc.xpath("//div[@itemprop='articleBody']/p")),
    "demo-biz": lambda doc: _paragraphs(doc.cssselect("#article-view-content-div > p")),
}


def _sample(outlet: str) -> list[OracleArticle]:
    """The day's first articles plus some of each interesting kind."""
    articles = published(outlet, DAY)
    picked = {a.url: a for a in articles[:4]}
    for flag in ("updated", "wire_copy", "wire_original", "cross_listed", "inline_markup"):
        flagged = [a for a in articles if flag in a.flags][:2]
        picked.update((a.url, a) for a in flagged)
    return list(picked.values())


def _page(demosite: RunningSite, outlet: str, article: OracleArticle) -> Page:
    page = fetch_page(demosite.urls[outlet] + article.path)
    assert page.status == 200, article.path
    return page


@pytest.mark.parametrize("outlet", NEW_OUTLETS)
def test_article_meta_and_body_match_the_oracle(demosite: RunningSite, outlet: str) -> None:
    for article in _sample(outlet):
        doc = document(outlet, _page(demosite, outlet, article))
        seen = {
            "url": _meta(doc, "og:url"),
            "canonical": [link.get("href") for link in doc.xpath("//link[@rel='canonical']")],
            "title": _meta(doc, "og:title"),
            "author": _meta(doc, "author"),
            "sections": _meta(doc, "article:section"),
            "modified": _meta(doc, "article:modified_time"),
            "body": "\n\n".join(BODIES[outlet](doc)),
        }
        modified = article.modified_at or article.published_at
        assert seen == {
            "url": [article.url],
            "canonical": [article.url],
            "title": [article.title],
            "author": [article.author],
            "sections": list(article.section_labels),
            "modified": [modified.astimezone(KST).isoformat()],
            "body": article.body,
        }, article.url


@pytest.mark.parametrize("outlet", ["demo-ilbo", "demo-today", "demo-wire", "demo-herald"])
def test_published_time_meta_is_right_on_honest_outlets(demosite: RunningSite, outlet: str) -> None:
    for article in published(outlet, DAY)[:5]:
        doc = document(outlet, _page(demosite, outlet, article))
        expected = article.published_at.astimezone(KST).isoformat()
        assert _meta(doc, "article:published_time") == [expected]


def test_biz_labels_kst_wall_time_as_utc_in_one_meta_tag(demosite: RunningSite) -> None:
    article = published("demo-biz", DAY)[0]
    doc = document("demo-biz", _page(demosite, "demo-biz", article))
    kst = article.published_at.astimezone(KST)
    assert _meta(doc, "article:published_time") == [f"{kst:%Y-%m-%dT%H:%M:%S}+00:00"]
    assert _meta(doc, "og:regDate") == [f"{kst:%Y%m%d%H%M%S}"]
    assert "wrong_meta_offset" in article.flags


def test_biz_byline_prints_input_and_update_times(demosite: RunningSite) -> None:
    article = next(a for a in published("demo-biz", DAY) if a.modified_at)
    assert article.modified_at is not None
    doc = document("demo-biz", _page(demosite, "demo-biz", article))
    published_kst = article.published_at.astimezone(KST)
    modified_kst = article.modified_at.astimezone(KST)
    assert doc.cssselect("div.art_info span.time")[0].text_content() == (
        f"입력 {published_kst:%Y.%m.%d %H:%M} | 수정 {modified_kst:%Y.%m.%d %H:%M}"
    )


def test_herald_news_article_json_ld_carries_the_whole_article(demosite: RunningSite) -> None:
    article = published("demo-herald", DAY)[3]
    doc = document("demo-herald", _page(demosite, "demo-herald", article))
    data = json.loads(doc.xpath("//script[@type='application/ld+json']")[0].text)
    assert {k: data[k] for k in ("@type", "headline", "datePublished", "articleBody")} == {
        "@type": "NewsArticle",
        "headline": article.title,
        "datePublished": article.published_at.astimezone(KST).isoformat(),
        "articleBody": article.body,
    }
    assert data["author"]["name"] == article.author
    assert data["author"]["email"].endswith(".demo.newsflow.test")


def test_wire_bodies_open_with_the_dateline(demosite: RunningSite) -> None:
    article = published("demo-wire", DAY)[0]
    doc = document("demo-wire", _page(demosite, "demo-wire", article))
    first = BODIES["demo-wire"](doc)[0]
    assert first.startswith(f"(서울=데모뉴스통신) {article.author} = ")


@pytest.mark.parametrize("outlet", NEW_OUTLETS)
def test_bodies_hold_an_ad_and_related_links_the_oracle_leaves_out(
    demosite: RunningSite, outlet: str
) -> None:
    article = published(outlet, DAY)[0]  # the day's last: it has earlier ones to relate to
    page = _page(demosite, outlet, article)
    text = page.body.decode("cp949" if outlet == "demo-ilbo" else "utf-8")
    assert "ad.demo.newsflow.test/click" in text
    furniture = r"관련 ?기사|관련 뉴스|함께 볼만한 뉴스"
    assert re.search(furniture, text)
    assert not re.search(furniture, article.body)


@pytest.mark.parametrize("outlet", NEW_OUTLETS)
def test_bylines_give_the_reporter_and_mailbox(demosite: RunningSite, outlet: str) -> None:
    article = next(a for a in published(outlet, DAY) if "wire_copy" not in a.flags)
    page = _page(demosite, outlet, article)
    text = page.body.decode("cp949" if outlet == "demo-ilbo" else "utf-8")
    host = article.url.split("/")[2]
    assert article.author in text
    assert re.search(rf"[a-z.]+@{re.escape(host)}", text)


def test_wire_copy_credits_the_wire_mailbox(demosite: RunningSite) -> None:
    copy = next(a for a in published("demo-today", DAY) if "wire_copy" in a.flags)
    text = _page(demosite, "demo-today", copy).body.decode()
    assert "@wire.demo.newsflow.test" in text and "(서울=데모뉴스통신)" in text


def test_ilbo_pages_are_cp949_declared_as_euc_kr(demosite: RunningSite) -> None:
    base = demosite.urls["demo-ilbo"]
    # 믜 and 햏 exist in CP949 only: a strict EUC-KR decoder fails on the reporters' names.
    article = next(
        a for a in published("demo-ilbo", DAY) if a.author in ("정믜나 기자", "오햏규 기자")
    )
    page = fetch_page(base + article.path)
    assert page.content_type == "text/html; charset=euc-kr"
    assert b'content="text/html; charset=euc-kr"' in page.body
    with pytest.raises(UnicodeDecodeError):
        page.body.decode("euc_kr")
    doc = lxml.html.document_fromstring(page.body.decode("cp949"))
    assert _meta(doc, "author") == [article.author]
    assert doc.get_element_by_id("article_title").text_content() == article.title


def test_ilbo_shows_the_time_of_day_on_the_article_page_only(demosite: RunningSite) -> None:
    article = next(
        a for a in published("demo-ilbo", DAY) if a.published_at.astimezone(KST).hour >= 13
    )
    doc = document("demo-ilbo", _page(demosite, "demo-ilbo", article))
    kst = article.published_at.astimezone(KST)
    info = doc.cssselect("td.info")[0].text_content()
    assert info.startswith(f"기사입력 : {kst:%Y-%m-%d} 오후 {kst.hour - 12 or 12}:{kst:%M:%S}")


@pytest.mark.parametrize("outlet", NEW_OUTLETS)
def test_article_not_yet_published_is_404(demosite: RunningSite, outlet: str) -> None:
    later = next(a for a in published(outlet, SITE_NOW.date()) if a.published_at > SITE_NOW)
    assert fetch_page(demosite.urls[outlet] + later.path).status == 404


@pytest.mark.parametrize(
    ("outlet", "path"),
    [
        ("demo-ilbo", "/news/view.php?no=9229999"),
        ("demo-ilbo", "/news/view.php?no=abc"),
        ("demo-ilbo", "/news/view.php?no=99999999999999999999999"),
        ("demo-today", "/articles/92299999"),
        ("demo-wire", "/view/AKR20250408999900001"),
        ("demo-wire", "/view/AKR20250408000100099"),  # a real sequence under the wrong desk
        ("demo-herald", "/news/2025/04/08/9229999.html"),
        ("demo-herald", "/news/2025/04/09/9229001.html"),  # a real number under another date
        ("demo-biz", "/view.html?aid=2025040899999"),
        ("demo-biz", "/view.html?aid=20250230000001"),
    ],
)
def test_unknown_article_ids_are_404(demosite: RunningSite, outlet: str, path: str) -> None:
    assert fetch_page(demosite.urls[outlet] + path).status == 404


@pytest.mark.parametrize("outlet", NEW_OUTLETS)
def test_an_update_is_invisible_before_its_time(outlet: str) -> None:
    article = next(a for a in published(outlet, DAY) if a.modified_at)
    assert article.modified_at is not None
    with serve_background([outlet], now=article.modified_at - timedelta(seconds=1)) as site:
        doc = document(outlet, fetch_page(site.urls[outlet] + article.path))
    assert _meta(doc, "og:title") == [article.title.removesuffix("(종합)")]
    assert _meta(doc, "article:modified_time") == [article.published_at.astimezone(KST).isoformat()]
