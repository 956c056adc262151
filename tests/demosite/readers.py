"""Readers of the network's listing pages, written from each outlet's HTML contract with lxml.

They share nothing with the demosite's templates (no class names, formats or helpers are
imported): comparing what they read with the oracle checks the pages, not the code twice.
Each reader returns every item of a page — articles, pinned repeats and ads, in page order —
and the URL of the next page, however the outlet links it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

import lxml.html
from sitepages import Page

ORIGINS = {
    "demo-daily": "https://daily.demo.newsflow.test",
    "demo-ilbo": "https://ilbo.demo.newsflow.test",
    "demo-today": "https://today.demo.newsflow.test",
    "demo-wire": "https://wire.demo.newsflow.test",
    "demo-herald": "https://herald.demo.newsflow.test",
    "demo-biz": "https://biz.demo.newsflow.test",
}
# Where each outlet's latest list starts; every later page is reached by its own next link.
LATEST = {
    "demo-daily": "/news/latest",
    "demo-ilbo": "/news/list.php",
    "demo-today": "/news",
    "demo-wire": "/news/latest",
    "demo-herald": "/list",
    "demo-biz": "/list.html",
}
# The query parameter that names an article, for outlets whose article URLs have one.
ID_PARAMS = {"demo-daily": "idxno", "demo-ilbo": "no", "demo-biz": "aid"}
# Bytes -> text as a browser does it: the EUC-KR label means the CP949 superset.
CODECS = {"demo-ilbo": "cp949"}


@dataclass(frozen=True)
class Entry:
    """One listing item as a reader sees it; ``kind`` is article, pinned or ad."""

    kind: str
    href: str  # absolute, as linked (tracking parameters included)
    title: str  # the visible text, whitespace collapsed (a site may have cut it)
    lead: str | None
    shown_time: str  # the time text, or the datetime attribute where there is one
    section: str | None
    full_title: str | None = None  # the link's title attribute, where the page has one


@dataclass(frozen=True)
class Listing:
    entries: list[Entry]
    next_url: str | None

    def articles(self) -> list[Entry]:
        return [e for e in self.entries if e.kind == "article"]


def text(element: Any) -> str:
    return " ".join(element.text_content().split())


def document(outlet: str, page: Page) -> Any:
    """The parsed page, decoded with the codec the outlet really writes."""
    codec = CODECS.get(outlet, "utf-8")
    return lxml.html.document_fromstring(page.body.decode(codec))


def has_tracking(outlet: str, href: str) -> bool:
    """Whether a link carries query parameters besides the article's id."""
    name = ID_PARAMS.get(outlet)
    return any(k != name for k, _ in parse_qsl(urlsplit(href).query))


def public_url(outlet: str, href: str) -> str:
    """The article's public URL: the outlet's origin, the path, and only its id parameter."""
    parts = urlsplit(href)
    name = ID_PARAMS.get(outlet)
    kept = [(k, v) for k, v in parse_qsl(parts.query) if k == name]
    query = f"?{urlencode(kept)}" if kept else ""
    return f"{ORIGINS[outlet]}{parts.path}{query}"


def _first(element: Any, css: str) -> Any:
    found = element.cssselect(css)
    return found[0] if found else None


def _next(doc: Any, css: str, url: str) -> str | None:
    link = _first(doc, css)
    return urljoin(url, link.get("href")) if link is not None else None


def read_daily(doc: Any, url: str) -> Listing:
    entries = [
        Entry(
            "article",
            urljoin(url, li.cssselect("h2.title > a")[0].get("href")),
            text(li.cssselect("h2.title > a")[0]),
            text(li.cssselect("p.lead")[0]),
            text(li.cssselect("span.date")[0]),
            text(li.cssselect("span.section")[0]),
        )
        for li in doc.cssselect("ul.article-list > li.article-item")
    ]
    return Listing(entries, _next(doc, "div.pagination a", url))


def read_ilbo(doc: Any, url: str) -> Listing:
    kinds = {"list_row": "article", "notice": "pinned", "ad_row": "ad"}
    entries = []
    for row in doc.cssselect("table.list_tbl tr"):
        kind = kinds.get(row.get("class", ""))
        if kind is None:
            continue
        link = row.cssselect("td.subject a")[0]
        entries.append(
            Entry(
                kind,
                urljoin(url, link.get("href")),
                text(link),
                None,
                text(row.cssselect("td.date")[0]),
                text(row.cssselect("td.sec")[0]).strip("[]"),
                link.get("title"),
            )
        )
    return Listing(entries, _next(doc, "table.paging a.next", url))


def read_today(doc: Any, url: str) -> Listing:
    entries = []
    for card in doc.cssselect("div.card-list > article"):
        classes = card.get("class", "").split()
        kind = (
            "pinned"
            if "card--top" in classes
            else "ad"
            if "card--sponsored" in classes
            else "article"
        )
        time = _first(card, "time")
        section = _first(card, "span.card__section")
        entries.append(
            Entry(
                kind,
                urljoin(url, card.cssselect("a.card__link")[0].get("href")),
                text(card.cssselect("h3.card__title")[0]),
                text(card.cssselect("p.card__lead")[0]),
                time.get("datetime") if time is not None else "",
                text(section) if section is not None else None,
            )
        )
    return Listing(entries, _next(doc, "a.more", url))


def read_wire(doc: Any, url: str) -> Listing:
    entries = [
        Entry(
            "article",
            urljoin(url, li.cssselect("a.tit-wrap")[0].get("href")),
            text(li.cssselect("strong.tit-news")[0]),
            text(li.cssselect("p.lead")[0]),
            text(li.cssselect("span.txt-time")[0]),
            None,
        )
        for li in doc.cssselect("div.list-type038 ul.list > li")
    ]
    return Listing(entries, _next(doc, "div.paging a.next", url))


def read_herald(doc: Any, url: str) -> Listing:
    """By structure only: the herald's class names are hashes."""
    blocks = doc.get_element_by_id("ct").xpath("./div")
    entries = []
    for item in blocks[0].xpath("./div"):
        link = item.xpath(".//a[strong]")[0]
        is_ad = bool(item.xpath(".//span[normalize-space()='AD']"))
        info = link.getparent().xpath("./div")
        spans = info[-1].xpath("./span")
        entries.append(
            Entry(
                "ad" if is_ad else "article",
                urljoin(url, link.get("href")),
                text(link),
                None if is_ad else text(info[0]),
                "" if is_ad else text(spans[1]),
                None if is_ad else text(spans[0]),
            )
        )
    following = blocks[1].xpath(".//a[normalize-space()='다음']")
    return Listing(entries, urljoin(url, following[0].get("href")) if following else None)


def read_biz(doc: Any, url: str) -> Listing:
    kinds = {"top": "pinned", "sponsored": "ad", "": "article"}
    entries = [
        Entry(
            kinds[li.get("class", "")],
            urljoin(url, li.cssselect("dt > a")[0].get("href")),
            text(li.cssselect("dt > a")[0]),
            text(li.cssselect("dd.desc")[0]),
            text(li.cssselect("span.date")[0]),
            text(li.cssselect("span.cate")[0]),
        )
        for li in doc.cssselect("ul.news_list > li")
    ]
    return Listing(entries, _next(doc, "div.paging a.next", url))


READERS: dict[str, Callable[[Any, str], Listing]] = {
    "demo-daily": read_daily,
    "demo-ilbo": read_ilbo,
    "demo-today": read_today,
    "demo-wire": read_wire,
    "demo-herald": read_herald,
    "demo-biz": read_biz,
}


def read_listing(outlet: str, page: Page, url: str) -> Listing:
    return READERS[outlet](document(outlet, page), url)


def item_list(outlet: str, page: Page) -> list[dict[str, Any]]:
    """The JSON-LD ItemList elements of a list page (empty when it has none)."""
    for script in document(outlet, page).xpath("//script[@type='application/ld+json']"):
        data = json.loads(script.text)
        if data.get("@type") == "ItemList":
            return list(data["itemListElement"])
    return []


_DAY_PATTERNS: dict[str, str] = {
    "demo-daily": r"^(\d{4})-(\d{2})-(\d{2}) ",
    "demo-ilbo": r"^\[(\d{4})\.(\d{2})\.(\d{2})\]$",
    "demo-today": r"^(\d{4})-(\d{2})-(\d{2})T",
    "demo-herald": r"^(\d{4})년 (\d{1,2})월 (\d{1,2})일 ",
    "demo-biz": r"^(\d{4})\.(\d{2})\.(\d{2}) ",
}


def shown_day(outlet: str, entry: Entry) -> date:
    """The KST day an entry shows; the wire's year comes from the article id in its URL."""
    if outlet == "demo-wire":
        year = re.search(r"/AKR(\d{4})", entry.href)
        month_day = re.match(r"^(\d{2})-(\d{2}) ", entry.shown_time)
        assert year and month_day, entry
        return date(int(year[1]), int(month_day[1]), int(month_day[2]))
    match = re.match(_DAY_PATTERNS[outlet], entry.shown_time)
    assert match, entry
    return date(int(match[1]), int(match[2]), int(match[3]))


def shown_time(outlet: str, moment: datetime) -> str:
    """How ``outlet``'s listing prints a KST ``moment``, per its contract."""
    if outlet == "demo-herald":
        half = "오전" if moment.hour < 12 else "오후"
        hour = moment.hour % 12 or 12
        return f"{moment.year}년 {moment.month}월 {moment.day}일 {half} {hour}시 {moment.minute}분"
    formats = {
        "demo-daily": "%Y-%m-%d %H:%M:%S",
        "demo-ilbo": "[%Y.%m.%d]",
        "demo-wire": "%m-%d %H:%M",
        "demo-biz": "%Y.%m.%d %H:%M",
    }
    if outlet == "demo-today":
        return moment.isoformat()
    return moment.strftime(formats[outlet])
