"""The evidence blocks are judged on: article-shaped URLs, headline-shaped texts, vocabulary."""

import pytest

from spiders.extract.auto.dom import url_key
from spiders.extract.auto.signals import (
    AD_LABEL,
    article_url_score,
    is_ad_url,
    is_headline,
    names_sidebar,
    url_shape,
    vocabulary,
    words_of,
)


@pytest.mark.parametrize(
    ("url", "score"),
    [
        ("https://n.news.example.com/mnews/article/025/0003249579?sid=100", 1.0),
        ("https://www.example.co.kr/news/articleView.html?idxno=12345", 1.0),
        ("https://wire.example.co.kr/view/AKR20250408012300004", 1.0),
        ("http://edition.example.com/2014/07/24/world/crash/index.html", 1.0),
        ("https://www.example.com/story/joe-biden-tiktok-campaign-comments/", 1.0),
        ("https://www.example.com/news/read.php?no=12", 0.5),
        ("https://www.example.com/", 0.0),
        ("https://www.example.co.kr/news/articleList.html?sc_section_code=S1N1", 0.0),
        ("https://www.example.com/category/business/", 0.0),
        ("https://www.example.com/topics/293965", 0.0),
        ("https://www.example.com/author/jane-doe-smith", 0.0),
        ("https://www.example.com/video/series/google-autocomplete-interviews", 0.0),
        # A letter-prefixed id names an article; a day's edition or a file to download does not.
        ("https://m.tv.example.co.kr/news/endPage.do?news_id=N1007912034", 1.0),
        ("https://www.example.co.kr/newspaper/viewer?date=20250408&page=A01", 0.5),
        ("https://www.example.co.kr/newspaper/pdf/20250408.pdf", 0.0),
        ("https://www.example.go.kr/files/2025040812345/attach.hwp", 0.0),
    ],
)
def test_how_much_a_url_names_one_article(url, score):
    assert article_url_score(url) == score


def test_the_shape_of_a_url_keeps_its_literal_first_segments():
    assert url_shape("https://www.example.com/story/a-long-article-slug/") == (
        "www.example.com/story/~"
    )
    assert url_shape("http://edition.example.com/2014/07/24/x/index.html") == (
        "edition.example.com/#4/#2"
    )
    # A letter-prefixed id is one article's name, not a folder its siblings share.
    assert url_shape("https://wire.example.co.kr/view/AKR20250408121500054") == (
        url_shape("https://wire.example.co.kr/view/AKR20250408158400051")
    )


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("http://www.example.com/2014/07/24/x/index.html?hpt=hp_t1",
         "example.com/2014/07/24/x/index.html"),
        ("https://example.co.kr/news/view.php?no=9231005&ref=newsletter",
         "example.co.kr/news/view.php?no=9231005"),
        ("https://example.co.kr/news/view.php?utm_source=a&no=7",
         "example.co.kr/news/view.php?no=7"),
    ],
)  # fmt: skip
def test_one_article_linked_with_different_tracking_has_one_key(url, key):
    assert url_key(url) == key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("정부, 반도체 지원 예산 추가 편성", True),
        ("정치", False),
        ("Gaza war crimes?", True),
        ("Politics", False),
        ("가" * 120, False),
        # A pager and a company name are no headlines.
        ("Earlier items »", False),
        ("Helix Semiconductor Inc.", False),
        ("Inc. magazine names its fastest-growing companies", True),
    ],
)
def test_what_reads_like_a_headline(text, expected):
    assert is_headline(text) is expected


@pytest.mark.parametrize(
    ("names", "words"),
    [
        ("SiteFooterGrid-jSrXSj gSnwPr", "site footer grid"),
        ("section_list_ranking_press", "section list ranking press"),
        ("mostViewed", "most viewed"),
    ],
)
def test_class_names_become_words_without_build_hashes(names, words):
    assert words_of(names) == words


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("언론사별 가장 많이 본 뉴스", {"ranking"}),
        ("most viewed", {"ranking"}),
        ("sub topic discovery wrapper", {"related"}),
        ("관련기사", {"related"}),
        ("ad box", {"ads"}),
        ("site footer grid", {"navigation"}),
        ("gnb", {"navigation"}),
        ("right col", {"sidebar"}),
        ("video rail", set()),  # a strip of the site's own clips, not a side column
        ("photo rail stack", set()),
        ("rail", {"sidebar"}),
        ("obituaries", {"related"}),
        ("article list", set()),
    ],
)
def test_block_vocabulary(text, kinds):
    assert vocabulary(text) == kinds


@pytest.mark.parametrize(
    ("url", "advert"),
    [
        ("https://ad.doubleclick.net/clk;27;?https://shop.example.com/", True),
        ("https://biz.example.com/promotion/view.html?pid=10375794", True),
        ("https://biz.example.com/view.html?aid=2025040900011", False),
        ("https://clck.mgid.example/ghits/1/i/2", True),
    ],
)
def test_ad_links(url, advert):
    assert is_ad_url(url) is advert


@pytest.mark.parametrize(
    ("names", "sidebar"),
    [
        ("right_col", True),
        ("layout__rail", True),
        ("layout-no-rail__wrapper", False),  # a layout that says it has no rail
        ("page-without-sidebar", False),
    ],
)
def test_a_class_that_negates_a_sidebar_word_names_no_sidebar(names, sidebar):
    assert names_sidebar(names) is sidebar


@pytest.mark.parametrize(
    ("label", "advert"),
    [
        ("AD", True),
        ("Ad • Vantage Windows", True),
        ("Sponsored · Northwind Bank", True),
        ("광고", True),
        ("Adapting to the new tariffs", False),
        ("Ad hoc committee meets again", False),
    ],
)
def test_an_ad_label_may_name_its_advertiser(label, advert):
    assert (AD_LABEL.match(label) is not None) is advert
