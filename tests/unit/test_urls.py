"""Canonical URLs: one spelling per article."""

import pytest

from etl.urls import UrlRejected, canonical_url, url_hash

LIVE = "http://127.0.0.1:41234"
PUBLIC = "https://daily.demo.newsflow.test"


def test_relative_link_is_resolved_against_the_listing_page():
    assert (
        canonical_url("/news/articleView.html?idxno=9230001", base=f"{LIVE}/news/latest?page=2")
        == f"{LIVE}/news/articleView.html?idxno=9230001"
    )


def test_tracking_parameters_are_dropped_and_significant_ones_kept():
    url = "https://x.kr/view?idxno=7&utm_source=naver&utm_medium=ref&fbclid=abc&gclid=1&mc=m"
    assert canonical_url(url, keep_params=["idxno"]) == "https://x.kr/view?idxno=7"


def test_outlet_specific_tracking_parameter_is_dropped():
    assert (
        canonical_url("https://x.kr/a?aid=1&src=rss", drop_params=["src"]) == "https://x.kr/a?aid=1"
    )


def test_keep_params_win_over_the_tracking_list():
    assert canonical_url("https://x.kr/a?ref=3", keep_params=["ref"]) == "https://x.kr/a?ref=3"


def test_host_case_default_port_fragment_and_query_order_are_normalised():
    assert canonical_url("HTTP://News.Example.COM:80//a//b?z=1&a=2#top") == (
        "http://news.example.com/a/b?a=2&z=1"
    )


def test_non_default_port_is_kept():
    assert canonical_url("http://127.0.0.1:8080/a") == "http://127.0.0.1:8080/a"


def test_force_https_upgrades_the_scheme():
    assert canonical_url("http://x.kr/a", force_https=True) == "https://x.kr/a"


def test_live_demo_origin_is_rebased_onto_the_public_origin():
    assert (
        canonical_url(f"{LIVE}/news/articleView.html?idxno=5&mc=1", rebase=(LIVE, PUBLIC))
        == f"{PUBLIC}/news/articleView.html?idxno=5"
    )


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "data:text/html,hi", "mailto:a@b.kr", "ftp://x.kr/a", "http:///a"],
)
def test_non_web_links_are_rejected(url):
    with pytest.raises(UrlRejected):
        canonical_url(url)


def test_canonicalisation_is_idempotent():
    once = canonical_url("https://X.kr:443/a b/?b=%7e&a=1&utm_campaign=z#f")
    assert canonical_url(once) == once
    assert once == "https://x.kr/a%20b/?a=1&b=~"


def test_url_hash_is_sha1_hex_of_the_url():
    assert url_hash("https://x.kr/a") == "6515958175f62eea424b7635d1aeab31eff9e329"
