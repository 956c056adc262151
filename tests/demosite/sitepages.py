"""Helpers for the demosite tests: fetch a page, read a listing page with lxml.

The listing reader is written from the HTML contract alone, independently of the demosite's
templates, so comparing what it reads with the oracle checks the pages, not the code twice.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import parse_qsl, urlencode, urlsplit
from zoneinfo import ZoneInfo

import lxml.html

KST = ZoneInfo("Asia/Seoul")
# The clock of the session-wide `demosite` fixture (tests/conftest.py).
SITE_NOW = datetime(2025, 4, 10, 9, 0, tzinfo=KST)
ORIGIN = "https://daily.demo.newsflow.test"


@dataclass(frozen=True)
class Page:
    status: int
    content_type: str
    body: bytes

    @property
    def html(self) -> lxml.html.HtmlElement:
        return lxml.html.document_fromstring(self.body)


@dataclass(frozen=True)
class ListedItem:
    """One ``li.article-item`` as a reader of the contract sees it."""

    href: str
    thumb_href: str
    title: str
    lead: str
    section: str
    date: str

    @property
    def url(self) -> str:
        """Public URL of the item with everything but ``idxno`` dropped from the query."""
        parts = urlsplit(self.href)
        kept = [(k, v) for k, v in parse_qsl(parts.query) if k == "idxno"]
        return f"{ORIGIN}{parts.path}?{urlencode(kept)}"


def fetch_page(url: str) -> Page:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return Page(response.status, response.headers["Content-Type"], response.read())
    except urllib.error.HTTPError as err:
        return Page(err.code, err.headers["Content-Type"], err.read())


def read_listing(page: Page) -> list[ListedItem]:
    items = []
    for li in page.html.cssselect("ul.article-list > li.article-item"):
        title_link = li.cssselect("h2.title > a")[0]
        items.append(
            ListedItem(
                href=title_link.get("href"),
                thumb_href=li.cssselect("a.thumb")[0].get("href"),
                title=" ".join(title_link.text_content().split()),
                lead=" ".join(li.cssselect("p.lead")[0].text_content().split()),
                section=li.cssselect("span.section")[0].text_content().strip(),
                date=li.cssselect("span.date")[0].text_content().strip(),
            )
        )
    return items
