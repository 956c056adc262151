"""The network's listing pages, read with lxml, agree with the oracle — mess included."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from urllib.parse import urljoin, urlsplit

import pytest
from readers import (
    LATEST,
    Entry,
    Listing,
    document,
    has_tracking,
    item_list,
    public_url,
    read_listing,
    shown_day,
    shown_time,
)
from sitepages import KST, SITE_NOW, fetch_page

from demosite.oracle import OracleArticle, published
from demosite.server import RunningSite, serve_background

Walk = Callable[[str, date], list[tuple[str, Listing]]]
NEW_OUTLETS = ["demo-ilbo", "demo-today", "demo-wire", "demo-herald", "demo-biz"]
DAYS = [date(2025, 4, 7), date(2025, 4, 8), date(2025, 4, 9)]  # Monday to Wednesday
TITLE_LIMIT = 24  # demo-ilbo cuts listing titles after 24 characters, then writes ".."


def _on_day(outlet: str, pages: list[tuple[str, Listing]], day: date) -> list[Entry]:
    return [e for _, listing in pages for e in listing.articles() if shown_day(outlet, e) == day]


def _seen(outlet: str, entry: Entry) -> tuple[object, ...]:
    return (
        public_url(outlet, entry.href),
        entry.title,
        entry.lead,
        entry.shown_time,
        entry.section,
    )


def _expected(outlet: str, article: OracleArticle) -> tuple[object, ...]:
    title = article.title
    if outlet == "demo-ilbo" and len(title) > TITLE_LIMIT:
        title = title[:TITLE_LIMIT].rstrip() + ".."
    lead = None if outlet == "demo-ilbo" else article.lead
    section = None if outlet == "demo-wire" else article.section_labels[0]
    when = shown_time(outlet, article.published_at.astimezone(KST))
    return (article.url, title, lead, when, section)


def _oracle_by_url(outlet: str, days: int = 5) -> dict[str, OracleArticle]:
    first = SITE_NOW.date()
    return {a.url: a for n in range(days) for a in published(outlet, first - timedelta(days=n))}


@pytest.mark.parametrize("day", DAYS, ids=str)
@pytest.mark.parametrize("outlet", NEW_OUTLETS)
def test_latest_list_of_a_day_matches_the_oracle(walked: Walk, outlet: str, day: date) -> None:
    listed = _on_day(outlet, walked(outlet, day), day)
    assert [_seen(outlet, e) for e in listed] == [
        _expected(outlet, a) for a in published(outlet, day)
    ]


@pytest.mark.parametrize("outlet", NEW_OUTLETS)
def test_next_links_continue_the_list_without_gaps_or_repeats(walked: Walk, outlet: str) -> None:
    pages = walked(outlet, DAYS[0])
    urls = [public_url(outlet, e.href) for _, listing in pages for e in listing.articles()]
    expected = [
        a.url
        for day in (date(2025, 4, 10), *reversed(DAYS))
        for a in published(outlet, day)
        if a.published_at <= SITE_NOW
    ]
    assert urls[: len(expected)] == expected


def test_ilbo_link_titles_hold_the_whole_title_the_text_is_cut(walked: Walk) -> None:
    day = date(2025, 4, 8)
    listed = _on_day("demo-ilbo", walked("demo-ilbo", day), day)
    oracle = published("demo-ilbo", day)
    assert [e.full_title for e in listed] == [a.title for a in oracle]
    cut = [e.title for e in listed if e.title.endswith("..")]
    assert len(cut) == sum(1 for a in oracle if "truncated_title" in a.flags) > 0


@pytest.mark.parametrize(
    ("outlet", "first_page", "next_page"),
    [
        ("demo-ilbo", "/news/list.php", "/news/list.php?page=2"),
        ("demo-today", "/news", "/news?offset=24"),
        ("demo-herald", "/list", "/list?page=2"),
        ("demo-biz", "/list.html", "/list.html?page=2"),
    ],
)
def test_next_link_of_page_one_is_the_page_or_offset_url(
    demosite: RunningSite, outlet: str, first_page: str, next_page: str
) -> None:
    base = demosite.urls[outlet]
    listing = read_listing(outlet, fetch_page(base + first_page), base + first_page)
    assert listing.next_url == base + next_page


def test_wire_pages_only_by_cursor_and_ignores_a_page_parameter(demosite: RunningSite) -> None:
    base = demosite.urls["demo-wire"]
    first = fetch_page(f"{base}/news/latest")
    listing = read_listing("demo-wire", first, f"{base}/news/latest")
    last_id = urlsplit(listing.articles()[-1].href).path.removeprefix("/view/")
    assert listing.next_url == f"{base}/news/latest?before={last_id}"
    assert fetch_page(f"{base}/news/latest?page=2").body == first.body


@pytest.mark.parametrize(
    ("clock", "top_day"),
    [
        (SITE_NOW, date(2025, 4, 8)),  # before noon: the day before yesterday's top stories
        (SITE_NOW.replace(hour=15), date(2025, 4, 9)),  # from noon: yesterday's
    ],
    ids=["morning", "afternoon"],
)
@pytest.mark.parametrize("outlet", ["demo-ilbo", "demo-today", "demo-biz"])
def test_first_page_pins_earlier_top_stories_above_newer_items(
    outlet: str, clock: datetime, top_day: date
) -> None:
    with serve_background([outlet], now=clock) as site:
        url = site.urls[outlet] + LATEST[outlet]
        listing = read_listing(outlet, fetch_page(url), url)
    pinned = [public_url(outlet, e.href) for e in listing.entries if e.kind == "pinned"]
    assert pinned == [a.url for a in published(outlet, top_day) if "pinned" in a.flags]
    assert listing.entries[: len(pinned)] == [e for e in listing.entries if e.kind == "pinned"]
    oracle = _oracle_by_url(outlet)
    times = [oracle[public_url(outlet, e.href)].published_at for e in listing.articles()]
    assert max(oracle[url].published_at for url in pinned) < min(times)


@pytest.mark.parametrize("outlet", ["demo-ilbo", "demo-today", "demo-herald", "demo-biz"])
def test_ads_sit_among_the_items_but_are_no_articles(walked: Walk, outlet: str) -> None:
    pages = walked(outlet, DAYS[-1])
    ads = [e for _, listing in pages[:3] for e in listing.entries if e.kind == "ad"]
    oracle_urls = set(_oracle_by_url(outlet))
    assert len(ads) >= 3
    assert all(public_url(outlet, ad.href) not in oracle_urls for ad in ads)
    assert {urlsplit(ad.href).netloc for ad in ads} <= {
        "ad.demo.newsflow.test",
        urlsplit(pages[0][0]).netloc,  # demo-biz links its sponsored items to promotion pages
    }


@pytest.mark.parametrize("outlet", NEW_OUTLETS)
def test_tracking_parameters_ride_on_some_links_only(walked: Walk, outlet: str) -> None:
    day = date(2025, 4, 8)
    listed = _on_day(outlet, walked(outlet, day), day)
    tracked = {public_url(outlet, e.href) for e in listed if has_tracking(outlet, e.href)}
    oracle = published(outlet, day)
    assert tracked == {a.url for a in oracle if "tracking_link" in a.flags}
    assert tracked


@pytest.mark.parametrize(
    ("outlet", "tag"),
    [
        ("demo-ilbo", "font"),
        ("demo-today", "mark"),
        ("demo-wire", "em"),
        ("demo-herald", "b"),
        ("demo-biz", "strong"),
    ],
)
def test_highlighted_titles_wrap_a_word_in_an_inline_tag(
    walked: Walk, outlet: str, tag: str
) -> None:
    day = date(2025, 4, 8)
    flagged = {a.url: a for a in published(outlet, day) if "inline_markup" in a.flags}
    found = {}
    for url, _ in walked(outlet, day):
        doc = document(outlet, fetch_page(url))
        for element in doc.iter(tag):
            link = element.getparent()
            while link is not None and link.tag != "a":
                link = link.getparent()
            if link is not None:
                href = urljoin(url, link.get("href"))
                found[public_url(outlet, href)] = element.text_content()
    assert flagged and set(flagged) <= set(found)
    assert all(found[url] in flagged[url].title for url in flagged)


@pytest.mark.parametrize(
    ("outlet", "character", "entity"),
    [
        ("demo-ilbo", "'", "&#039;"),
        ("demo-today", "…", "&hellip;"),
        ("demo-wire", "…", "&#8230;"),
        ("demo-herald", '"', "&quot;"),
        ("demo-biz", '"', "&#34;"),
    ],
)
def test_each_cms_writes_its_own_entities(
    walked: Walk, outlet: str, character: str, entity: str
) -> None:
    url, listing = walked(outlet, DAYS[-1])[1]
    assert any(character in e.title for e in listing.articles())
    assert entity.encode() in fetch_page(url).body


def test_today_time_labels_are_relative_to_the_site_clock(walked: Walk) -> None:
    labels = []
    for url, _ in walked("demo-today", date(2025, 4, 8)):
        for time in document("demo-today", fetch_page(url)).iter("time"):
            moment = datetime.fromisoformat(time.get("datetime"))
            labels.append((time.text, _relative(moment)))
    assert [seen for seen, _ in labels] == [expected for _, expected in labels]
    forms = {re.sub(r"\d+", "N", seen) for seen, _ in labels}
    assert {"N분 전", "N시간 전", "어제", "N일 전"} <= forms


def _relative(moment: datetime) -> str:
    seconds = (SITE_NOW - moment).total_seconds()
    days = (SITE_NOW.date() - moment.astimezone(KST).date()).days
    if seconds < 60:
        return "방금 전"
    if seconds < 3600:
        return f"{int(seconds // 60)}분 전"
    if seconds < 86400:
        return f"{int(seconds // 3600)}시간 전"
    return "어제" if days == 1 else f"{days}일 전"


def test_herald_item_list_json_ld_names_the_visible_articles(walked: Walk) -> None:
    url, listing = walked("demo-herald", DAYS[-1])[1]
    elements = item_list("demo-herald", fetch_page(url))
    oracle = _oracle_by_url("demo-herald")
    articles = listing.articles()
    assert [e["position"] for e in elements] == list(range(1, len(articles) + 1))
    assert [e["url"] for e in elements] == [public_url("demo-herald", a.href) for a in articles]
    assert [e["item"]["headline"] for e in elements] == [a.title for a in articles]
    assert [e["item"]["datePublished"] for e in elements] == [
        oracle[e["url"]].published_at.astimezone(KST).isoformat() for e in elements
    ]


@pytest.mark.parametrize(
    ("outlet", "archive"),
    [("demo-ilbo", "/news/list.php?date={date}"), ("demo-herald", "/archive?date={date}")],
)
@pytest.mark.parametrize("day", DAYS, ids=str)
def test_date_archive_lists_exactly_the_days_articles(
    demosite: RunningSite, outlet: str, archive: str, day: date
) -> None:
    url: str | None = demosite.urls[outlet] + archive.format(date=f"{day:%Y%m%d}")
    entries: list[Entry] = []
    while url is not None:
        listing = read_listing(outlet, fetch_page(url), url)
        entries.extend(listing.articles())
        url = listing.next_url
    assert [_seen(outlet, e) for e in entries] == [
        _expected(outlet, a) for a in published(outlet, day)
    ]
