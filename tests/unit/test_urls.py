"""Canonical URLs: one spelling per article."""

import contextlib
from urllib.parse import parse_qsl, quote, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.urls import UrlRejected, canonical_url, is_tracking_param, url_hash

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


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://WWW.Example.KR/News/View?IDXNO=5", "https://www.example.kr/News/View?IDXNO=5"),
        ("https://x.kr:443/a", "https://x.kr/a"),
        ("https://x.kr:8443/a", "https://x.kr:8443/a"),
        ("https://x.kr/a#comments", "https://x.kr/a"),
        ("https://x.kr/a?", "https://x.kr/a"),
        ("https://x.kr", "https://x.kr/"),
        ("https://x.kr./a", "https://x.kr/a"),
        ("https://user:pw@x.kr/a", "https://x.kr/a"),
        ("https://x.kr/a/./b/../c", "https://x.kr/a/c"),
        ("https://x.kr\\news\\view", "https://x.kr/news/view"),
        ("https://x.kr/news/\nview", "https://x.kr/news/view"),
        ("https://x.kr/%7euser/%ea%b0%80", "https://x.kr/~user/%EA%B0%80"),
        ("https://x.kr/뉴스?q=한글", "https://x.kr/%EB%89%B4%EC%8A%A4?q=%ED%95%9C%EA%B8%80"),
        ("https://뉴스.kr/a", "https://xn--vg1b002a.kr/a"),
        ("https://x.kr/a?q=a+b%20c", "https://x.kr/a?q=a+b+c"),
        ("https://x.kr/a?q=%B4%BA", "https://x.kr/a?q=%B4%BA"),  # EUC-KR bytes survive as they are
        ("https://x.kr/a?flag", "https://x.kr/a?flag="),
    ],
)
def test_spelling_is_normalised(url, expected):
    assert canonical_url(url) == expected


@pytest.mark.parametrize(
    ("url", "base", "expected"),
    [
        (
            "view.html?idxno=7",
            "https://x.kr/news/list.html?page=2",
            "https://x.kr/news/view.html?idxno=7",
        ),
        ("../a?aid=1", "https://x.kr/news/sub/list", "https://x.kr/news/a?aid=1"),
        ("//m.x.kr/a", "https://x.kr/list", "https://m.x.kr/a"),
        ("?idxno=8", "https://x.kr/news/view.html?idxno=7", "https://x.kr/news/view.html?idxno=8"),
        ("https://y.kr/a", "https://x.kr/list", "https://y.kr/a"),
    ],
)
def test_relative_links_become_absolute(url, base, expected):
    assert canonical_url(url, base=base) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("idxno=7&utm_source=naver&utm_medium=ref&utm_campaign=x", "idxno=7"),
        ("idxno=7&fbclid=IwAR0&gclid=Cj0&msclkid=1&_ga=2.1", "idxno=7"),
        ("idxno=7&mc=m_news&ref=main&from=naver", "idxno=7"),
        (
            "mode=LSD&mid=shm&sid1=101&oid=001&aid=0015300000",
            "aid=0015300000&mid=shm&mode=LSD&oid=001&sid1=101",
        ),
        ("sid=105&oid=015&aid=0005&utm_source=x", "aid=0005&oid=015&sid=105"),
        ("UTM_Source=x&Idxno=7", "Idxno=7"),
    ],
)
def test_tracking_parameters_go_and_the_rest_stays(query, expected):
    url = f"https://x.kr/view?{query}"
    assert canonical_url(url, keep_params=["idxno", "aid", "oid", "sid"]) == (
        f"https://x.kr/view?{expected}"
    )


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://m.x.kr/news/view?idxno=7", "https://www.x.kr/news/view?idxno=7"),
        ("https://mobile.x.kr/news/view?idxno=7", "https://www.x.kr/news/view?idxno=7"),
        ("https://m.www.x.kr/a", "https://www.x.kr/a"),
        ("https://www.x.kr/a", "https://www.x.kr/a"),
        ("https://x.kr/a", "https://x.kr/a"),  # the bare domain is not a mobile alias
        ("https://m.other.kr/a", "https://m.other.kr/a"),
    ],
)
def test_mobile_hosts_map_onto_the_desktop_host(url, expected):
    assert canonical_url(url, desktop_host="www.x.kr") == expected


def test_mobile_hosts_stay_without_a_desktop_host():
    assert canonical_url("https://m.x.kr/a") == "https://m.x.kr/a"


def test_invalid_port_is_rejected():
    with pytest.raises(UrlRejected):
        canonical_url("https://x.kr:99999/a")


@pytest.mark.parametrize(
    ("url", "base"),
    [("https://[::1/a/1", None), ("//[::1/news/9", "https://x.kr/list"), ("/a", "https://[::1")],
)
def test_an_authority_no_parser_accepts_is_rejected_not_raised_as_value_error(url, base):
    with pytest.raises(UrlRejected, match="unparsable URL"):
        canonical_url(url, base=base)


def test_non_web_base_does_not_make_a_relative_link_a_web_url():
    with pytest.raises(UrlRejected):
        canonical_url("/a", base="dump://seed.txt")


KEEP = ["idxno", "aid", "oid", "sid", "ref"]
DROP = ["src"]
_names = st.sampled_from(
    ["idxno", "Idxno", "aid", "oid", "sid", "ref", "page", "q", "utm_source", "UTM_Medium"]
    + ["fbclid", "gclid", "mc", "from", "src", "a b", "한글", "x+y", "k=v"]
) | st.text(min_size=1, max_size=6)
_values = st.text(max_size=8)
_hosts = st.builds(
    lambda name, tld, case: case(f"{name}.{tld}"),
    st.sampled_from(["news", "www.news", "m.news", "mobile.news", "뉴스", "x-y"]),
    st.sampled_from(["kr", "co.kr", "com"]),
    st.sampled_from([str.lower, str.upper, str.title]),
)
_paths = st.lists(
    st.sampled_from(
        list("aZ09-._~/ 가+;=@!$'(),:\\")
        + ["%7e", "%2F", "%EA%B0%80", "%e9", "%20", "%", "..", "//", "./"]
    ),
    max_size=12,
).map("".join)


@st.composite
def _urls(draw: st.DrawFn) -> tuple[str, list[tuple[str, str]]]:
    """A messy URL and the (name, value) pairs of its query."""
    scheme = draw(st.sampled_from(["http", "https", "HTTP", "Https"]))
    port = draw(st.sampled_from(["", ":80", ":443", ":8080"]))
    pairs = draw(st.lists(st.tuples(_names, _values), max_size=5))
    query = "&".join(f"{quote(n, safe='')}={quote(v, safe='')}" for n, v in pairs)
    fragment = draw(st.sampled_from(["", "#top", "#!/a?b=1"]))
    url = f"{scheme}://{draw(_hosts)}{port}/{draw(_paths)}"
    return url + (f"?{query}" if query else "") + fragment, pairs


@settings(max_examples=500, deadline=None)
@given(_urls(), st.booleans(), st.sampled_from([None, "www.news.kr"]))
def test_canonicalisation_is_idempotent_for_any_url(case, force_https, desktop_host):
    url, _ = case
    options = dict(keep_params=KEEP, drop_params=DROP, force_https=force_https)
    once = canonical_url(url, desktop_host=desktop_host, **options)
    assert canonical_url(once, desktop_host=desktop_host, **options) == once


@settings(max_examples=500, deadline=None)
@given(_urls())
def test_no_significant_parameter_is_ever_dropped(case):
    url, pairs = case
    query = urlsplit(canonical_url(url, keep_params=KEEP, drop_params=DROP)).query
    kept = parse_qsl(query, keep_blank_values=True)
    for name, value in pairs:
        if name.lower() in KEEP or not is_tracking_param(name, DROP):
            assert (name, value) in kept
        else:
            assert name not in [k for k, _ in kept]


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=30), st.sampled_from(["https://x.kr/", "http://M.News.kr:80/a?", ""]))
def test_canonicalisation_is_idempotent_for_any_text_that_is_accepted(tail, head):
    try:
        once = canonical_url(head + tail, base="https://news.kr/list?page=1", keep_params=KEEP)
    except UrlRejected:
        return
    assert canonical_url(once, keep_params=KEEP) == once


_URL_PIECES = [
    "https:", "http:", "//", "/", "[", "]", "::1", ":", "80", "99999", "x.kr", "%zz", "\\",
    "?", "#", "&", "=", "a", "..", "@", " ", "javascript:", "m.", "www.",
]  # fmt: skip


@settings(max_examples=1000, deadline=None, derandomize=True)
@given(
    st.lists(st.sampled_from(_URL_PIECES), max_size=10).map("".join),
    st.sampled_from([None, "https://x.kr/list?page=1", "https://[::1]:8080/a"]),
)
def test_any_link_is_canonical_or_rejected_with_a_reason(href, base):
    # UrlRejected is the one error a link may cause: the clean stage turns it into a quarantine
    # reason; anything else would stop the batch.
    with contextlib.suppress(UrlRejected):
        canonical_url(href, base=base)
