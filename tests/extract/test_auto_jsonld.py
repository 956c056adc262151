"""Structured data first: JSON-LD article lists, merged with what the page shows."""

import json
from datetime import UTC, datetime

from listing_pages import FETCHED_AT, document, most_viewed_box

from spiders.extract.auto import extract_listing

PAGE_URL = "https://ld.example.com/news/latest"
NEWS = "https://ld.example.com/news"
ENTRIES = [
    (1, f"{NEWS}/2025/04/08/rate-freeze", "Bank of Korea holds its key rate at 3%",
     "2025-04-08T09:30:00+09:00"),
    (2, f"{NEWS}/2025/04/08/chip-exports", "Chip exports rise for a third month",
     "2025-04-08T08:10:00+09:00"),
    (3, f"{NEWS}/2025/04/07/jeonse-prices", "Seoul jeonse prices climb again",
     "2025-04-07T17:45:00+09:00"),
]  # fmt: skip


def item_list(entries=ENTRIES) -> str:  # type: ignore[no-untyped-def]
    data = {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "item": {
                    "@type": "NewsArticle",
                    "url": url,
                    "headline": headline,
                    "datePublished": published,
                    "description": f"{headline}, as reported on {published[:10]}.",
                },
            }
            for position, url, headline, published in entries
        ],
    }
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_a_page_that_lists_its_articles_only_in_json_ld_yields_them():
    html = document('<div id="app">Loading…</div>', head=item_list())

    result = extract_listing(html.encode(), PAGE_URL, FETCHED_AT)

    assert [(i.title, i.url, i.published_at, i.block) for i in result.items] == [
        ("Bank of Korea holds its key rate at 3%", ENTRIES[0][1],
         datetime(2025, 4, 8, 0, 30, tzinfo=UTC), "jsonld"),
        ("Chip exports rise for a third month", ENTRIES[1][1],
         datetime(2025, 4, 7, 23, 10, tzinfo=UTC), "jsonld"),
        ("Seoul jeonse prices climb again", ENTRIES[2][1],
         datetime(2025, 4, 7, 8, 45, tzinfo=UTC), "jsonld"),
    ]  # fmt: skip
    assert (
        result.items[0].summary
        == "Bank of Korea holds its key rate at 3%, as reported on 2025-04-08."
    )
    assert result.blocks[0].id == "jsonld"


def test_the_visible_title_wins_and_the_declared_date_wins():
    rows = "".join(
        f'<li><a href="{url}">{title}</a><span class="time">3시간 전</span></li>'
        for url, title in [
            (ENTRIES[0][1], "BOK keeps rates on hold as inflation path stays unclear"),
            (ENTRIES[1][1], "Semiconductor exports extend their winning streak"),
            (ENTRIES[2][1], "Jeonse prices in Seoul rise for a twelfth straight week"),
        ]
    )
    html = document(f'<ul class="news">{rows}</ul>', head=item_list())

    items = extract_listing(html.encode(), PAGE_URL, FETCHED_AT).items

    assert [(i.title, i.published_raw) for i in items] == [
        ("BOK keeps rates on hold as inflation path stays unclear", "2025-04-08T09:30:00+09:00"),
        ("Semiconductor exports extend their winning streak", "2025-04-08T08:10:00+09:00"),
        ("Jeonse prices in Seoul rise for a twelfth straight week", "2025-04-07T17:45:00+09:00"),
    ]


def test_an_entry_the_page_shows_only_in_its_most_viewed_box_is_left_out():
    vetoed = (4, "https://daily.example.co.kr/news/articleView.html?idxno=901", "Most viewed",
              "2025-04-08T07:00:00+09:00")  # fmt: skip
    html = document(most_viewed_box(), head=item_list([*ENTRIES, vetoed]))

    result = extract_listing(html.encode(), "https://daily.example.co.kr/", FETCHED_AT)

    assert [item.url for item in result.items] == [entry[1] for entry in ENTRIES]


def test_broken_json_ld_is_ignored():
    html = document(
        '<ul class="news">'
        '<li><a href="/news/2025/04/08/a-b-c-d">Parliament passes the budget bill</a></li>'
        '<li><a href="/news/2025/04/08/e-f-g-h">Court rules on the merger of two airlines</a></li>'
        "</ul>",
        head='<script type="application/ld+json">{"@type": "ItemList", </script>',
    )

    items = extract_listing(html.encode(), PAGE_URL, FETCHED_AT).items

    assert [item.title for item in items] == [
        "Parliament passes the budget bill",
        "Court rules on the merger of two airlines",
    ]
