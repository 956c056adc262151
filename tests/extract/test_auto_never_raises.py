"""Automatic extraction answers for any markup: items or none, never an exception.

Pages are built from the pieces that broke readers before (addresses no parser resolves,
times beyond the calendar, offsets no zone has, malformed JSON-LD) inside random nesting.
"""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from spiders.extract.auto import extract_listing

FETCHED = datetime(2025, 4, 10, tzinfo=UTC)
_TAGS = ["div", "ul", "li", "a", "span", "p", "h2", "time", "ol", "nav", "img", "dl", "dd"]
_HREFS = [
    "/news/articleView.html?idxno=12345", "//[::1/news/9", "http://[::1", "https://x.kr:99999/a",
    "javascript:void(0)", "../a/./b/../c.html", "?page=2", "#top", "/2025/04/08/a-long-story",
]  # fmt: skip
_TEXTS = [
    "Headline about the economy and markets today", "한국은행 기준금리 동결 발표에 시장 반응",
    "2025-04-08 09:00", "3시간 전", "2419000일 전", "2025-04-08T09:00:00+99:99", "그제 99시간",
    "[2025.04.08]", "04-08 08:06", "AD", "1", "많이 본 뉴스", "", "\u202e\ufffd",
]  # fmt: skip
_ATTRS = [
    "", 'class="tit"', 'class="lead"', 'class="date"', 'class="section"', 'class="rank_list"',
    'datetime="2025-04-08T09:00:00+99:99"', 'data-timestamp="99999999999999"',
    'data-date="2025-02-30"', 'title="A full headline title attribute"',
]  # fmt: skip
_JSON_LD = [
    '{"@type": "ItemList", "itemListElement": [{"url": "//[::1/x/1234567", "name": "x"}]}',
    '{"@type": "ItemList", "itemListElement": "x"}',
    '{"itemListElement": [{"item": {"@id": 5, "url": ["a"], "headline": {"x": 1}}}]}',
    '{"@type": "ItemList", "itemListElement": [{"position": "x", "url": "/a/123456"}]}',
    "{bad json",
]  # fmt: skip


def _element(children: list[str], tag: str, attrs: str, href: str) -> str:
    link = f' href="{href}"' if tag == "a" else ""
    return f"<{tag} {attrs}{link}>{''.join(children)}</{tag}>"


_NODES = st.recursive(
    st.sampled_from(_TEXTS),
    lambda inner: st.builds(
        _element,
        st.lists(inner, max_size=4),
        st.sampled_from(_TAGS),
        st.sampled_from(_ATTRS),
        st.sampled_from(_HREFS),
    ),
    max_leaves=40,
)


def _listing(stamps: list[str], stamp_tag: str) -> str:
    """A list the extractor keeps: headline links to article URLs, each with a time."""
    records = "".join(
        f'<li><a href="/news/view/{n}0000">A headline of article number {n} today</a>'
        f"<{stamp_tag}>{stamp}</{stamp_tag}></li>"
        for n, stamp in enumerate(stamps, start=1)
    )
    return f"<ul>{records}</ul>"


_LISTINGS = st.builds(
    _listing,
    st.lists(st.sampled_from(_TEXTS), min_size=3, max_size=6),
    st.sampled_from(["span", "em", 'time datetime="2025-04-08T09:00:00+99:99"']),
).map(lambda html: html.replace('</time datetime="2025-04-08T09:00:00+99:99">', "</time>"))


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    st.lists(st.one_of(_LISTINGS, _NODES), min_size=1, max_size=5),
    st.sampled_from(["", *(f'<script type="application/ld+json">{j}</script>' for j in _JSON_LD)]),
    st.sampled_from(["", '<base href="//[::1">', '<meta charset="bogus">']),
    st.sampled_from(["https://news.example.com/list", "http://[::1]:8080/a"]),
    st.sampled_from([FETCHED, None]),
)
def test_any_page_gives_items_or_none_never_an_exception(nodes, json_ld, head, url, fetched):
    body = f"<html><head>{head}</head><body>{''.join(nodes)}{json_ld}</body></html>".encode()

    result = extract_listing(body, url, fetched)

    assert all(item.url.startswith(("http://", "https://")) for item in result.items)
