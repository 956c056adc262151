"""Pages their script renders: the listing comes from the page's embedded application state."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from listing_pages import FETCHED_AT, MAIN_ITEMS, NAVIGATION, document, main_list

from spiders.extract.auto import extract_listing

SITE = "https://app.example.co.kr"
ARTICLES = [
    {
        "title": title,
        "url": f"/article/{idxno}",
        "description": lead,
        "publishedAt": f"{stamp.replace(' ', 'T')}:00+09:00",
    }
    for idxno, title, lead, stamp in MAIN_ITEMS
]
MENU = [{"title": name, "url": f"/section/{slug}"} for name, slug in (
    ("정치", "politics"), ("경제", "economy"), ("사회", "society"), ("국제", "world"),
)]  # fmt: skip


def rendered_by_script(script: str) -> bytes:
    """Menus in HTML, an empty mount point, the articles only in the script's data."""
    return document(NAVIGATION + '<div id="__next"></div>' + script).encode()


def next_data(articles: list[dict[str, object]]) -> str:
    state = {"props": {"pageProps": {"menu": MENU, "latest": {"items": articles}}}}
    return f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>'


def test_a_next_data_page_lists_the_articles_of_its_state():
    result = extract_listing(rendered_by_script(next_data(ARTICLES)), f"{SITE}/latest", FETCHED_AT)

    assert [(i.title, i.url, i.summary) for i in result.items] == [
        (title, f"{SITE}/article/{idxno}", lead) for idxno, title, lead, _ in MAIN_ITEMS
    ]
    assert result.items[0].published_at == datetime(2025, 4, 8, 5, 20, tzinfo=UTC)
    assert {i.block for i in result.items} == {"state"}
    assert result.blocks[0].kind == "state"


def test_an_assigned_state_with_object_headlines_and_epoch_times_is_read():
    articles = [
        {
            "headlines": {"basic": title},
            "canonical_url": f"/economy/2025/04/08/{idxno}/",
            "description": {"basic": lead},
            "first_publish_date": 1744089600000 - n * 3_600_000,
        }
        for n, (idxno, title, lead, _) in enumerate(MAIN_ITEMS)
    ]
    script = f"<script>window.__INITIAL_STATE__ = {json.dumps({'feed': articles})};</script>"

    result = extract_listing(rendered_by_script(script), f"{SITE}/economy", FETCHED_AT)

    assert [i.title for i in result.items] == [title for _, title, _, _ in MAIN_ITEMS]
    assert result.items[1].published_at == datetime(2025, 4, 8, 4, 20, tzinfo=UTC)


def test_a_page_that_shows_its_list_keeps_its_own_reading():
    # The same state beside a server-rendered list: the DOM's items, not a second copy.
    page = document(main_list() + next_data(ARTICLES)).encode()

    result = extract_listing(page, "https://daily.example.co.kr/news/list", FETCHED_AT)

    assert len(result.items) == len(MAIN_ITEMS)
    assert not any(i.block == "state" for i in result.items)


def test_menus_other_sites_and_broken_state_give_no_items():
    elsewhere = [dict(a, url=f"https://other.example.com{a['url']}") for a in ARTICLES]
    broken = '<script id="__NEXT_DATA__" type="application/json">{"props": [</script>'
    for script in (next_data([]), next_data(elsewhere), broken):
        result = extract_listing(rendered_by_script(script), f"{SITE}/latest", FETCHED_AT)

        assert result.items == []
