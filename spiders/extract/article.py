"""Fields of an article page, read from its metadata, its JSON-LD, its byline and its body.

Korean news CMSs agree on Open Graph / ``article:`` meta tags far more than on markup, so the
metadata comes from ``<meta>``/``<link>`` first, a JSON-LD ``NewsArticle`` second; only the
body needs a container. Times are cross-checked against the visible byline
(``spiders.extract.article_times``). Values stay raw (whitespace collapsed); the clean stage
parses times and maps sections.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

from parsel import Selector

from etl.records import ArticlePage
from spiders.extract.article_times import byline_times, resolve, stamp
from spiders.extract.selectors import as_selector, base_url, collapse, element_text

KST = ZoneInfo("Asia/Seoul")

# Tried in order; the first that exists on the page is the body. ``article`` comes last
# because many layouts wrap related links and comments in it too.
BODY_CONTAINERS = ("div#article-body", "[itemprop=articleBody]", "article")

# Blocks and paragraphs inside a body that are page furniture, not body text: ads,
# related-article boxes, share buttons, bylines, captions, copyright lines. Matched against
# the words of an element's class and id (``ad_box`` -> ad, box; ``related-zone`` -> related).
FURNITURE_WORDS = frozenset(
    {
        "ad", "ads", "adv", "advert", "advertisement", "banner", "sponsor", "sponsored",
        "promo", "promotion", "related", "relation", "recommend", "share", "sns", "tags",
        "byline", "copyright", "caption", "reporter", "comment", "comments",
    }
)  # fmt: skip
FURNITURE_TAGS = frozenset({"script", "style", "noscript", "template", "iframe", "aside", "figure"})
# Elements that end a line of text even without a <br>.
BLOCK_TAGS = frozenset(
    {"p", "div", "section", "li", "ul", "ol", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6"}
)
ARTICLE_TYPES = frozenset({"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle"})
_WORDS = re.compile(r"[A-Za-z]+")
_LINE = "\ue000"  # a private-use character no page text contains: marks line ends


@dataclass(frozen=True, slots=True)
class ArticleRead:
    """An article page read: its fields, and the disagreements between its time sources."""

    page: ArticlePage
    conflicts: tuple[str, ...] = ()


def _meta(page: Selector, *keys: str) -> str | None:
    """``content`` of the first ``<meta property=KEY>`` or ``<meta name=KEY>`` that is set."""
    for key in keys:
        for attr in ("property", "name"):
            value = page.css(f'meta[{attr}="{key}"]::attr(content)').get()
            if value is not None and value.strip():
                return collapse(value)
    return None


def _nodes(data: Any) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object in ``data`` (lists and ``@graph`` unpacked)."""
    if isinstance(data, list):
        for entry in data:
            yield from _nodes(entry)
    elif isinstance(data, dict):
        yield data
        yield from _nodes(data.get("@graph"))


def _json_ld_article(page: Selector) -> dict[str, Any]:
    """The page's first JSON-LD article object ({} when it has none or it does not parse)."""
    for script in page.css('script[type="application/ld+json"]::text').getall():
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for node in _nodes(data):
            types = node.get("@type")
            names = set(types) if isinstance(types, list) else {types}
            if names & ARTICLE_TYPES:
                return node
    return {}


def _ld_text(value: Any) -> str | None:
    """A JSON-LD value as text: a string, the first of a list, an object's name or @id."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@id") or value.get("url")
    if isinstance(value, str) and value.strip():
        return collapse(value)
    return None


def _canonical(page: Selector, base: str, ld: dict[str, Any]) -> str | None:
    href = (
        page.css('link[rel="canonical"]::attr(href)').get()
        or _meta(page, "og:url")
        or _ld_text(ld.get("mainEntityOfPage"))
        or _ld_text(ld.get("url"))
    )
    if not href or not href.strip():
        return None
    try:
        return urljoin(base, href.strip())
    except ValueError:  # an address no parser can resolve (``//[::1``) names no canonical
        return None


def _is_furniture(element: Any) -> bool:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag.lower() in FURNITURE_TAGS:
        return True
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return any(word.lower() in FURNITURE_WORDS for word in _WORDS.findall(names))


def _in_furniture(element: Any, container: Any) -> bool:
    node = element
    while node is not None and node is not container:
        if _is_furniture(node):
            return True
        node = node.getparent()
    return False


def _container_lines(container: Any) -> list[str]:
    """Lines of a container without paragraphs: ``<br>`` and blocks end lines; furniture
    (ads, related boxes, scripts) is left out but the text after it is kept."""
    parts: list[str] = []

    def walk(element: Any, top: bool) -> None:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if not top and (not tag or _is_furniture(element)):
            pass  # a comment, or furniture: nothing of it, only the text after it
        elif tag == "br":
            parts.append(_LINE)
        else:
            parts.append(element.text or "")
            for child in element:
                walk(child, False)
            if tag in BLOCK_TAGS:
                parts.append(_LINE)
        if not top:
            parts.append(element.tail or "")

    walk(container, True)
    # Newlines in the HTML source are plain whitespace; only the markers end lines.
    return [collapse(line) for line in "".join(parts).split(_LINE)]


def _body(page: Selector) -> str | None:
    for css in BODY_CONTAINERS:
        found = page.css(css)
        if not found:
            continue
        container = found[0]
        paragraphs = container.css("p")
        if paragraphs:
            lines = [
                element_text(p) for p in paragraphs if not _in_furniture(p.root, container.root)
            ]
        else:
            lines = _container_lines(container.root)
        return "\n".join(line for line in lines if line) or None
    return None


def _ld_body(ld: dict[str, Any]) -> str | None:
    text = ld.get("articleBody")
    if not isinstance(text, str):
        return None
    return "\n".join(line for line in (collapse(p) for p in text.splitlines()) if line) or None


def _visible_text(page: Selector) -> str:
    nodes = page.xpath("//body//text()[not(ancestor::script or ancestor::style)]").getall()
    return " ".join(" ".join(nodes).split())


def read_article(page: str | Selector, page_url: str, tz: ZoneInfo = KST) -> ArticleRead:
    """What an article page says about itself, and where its time sources disagree.

    ``body`` is the text of the body container's non-empty paragraphs joined with ``"\\n"``
    (bylines, captions, copyright lines and paragraphs inside ad or related boxes left out;
    a container without paragraphs gives its ``<br>``-separated lines instead, furniture
    removed), else the JSON-LD ``articleBody``; ``author`` is ``<meta name="author">`` else the
    JSON-LD author's name; ``section_raw`` is ``article:section`` else ``articleSection``;
    ``canonical_url`` is ``<link rel="canonical">``, ``og:url``, the JSON-LD
    ``mainEntityOfPage`` or ``url``, made absolute. ``published_raw``/``modified_raw`` are
    chosen from the meta tags, JSON-LD and the visible byline read in ``tz``
    (``spiders.extract.article_times.resolve``); each disagreement is a conflict line. A field
    the page does not have is None; this never raises on odd markup.
    """
    root = as_selector(page)
    ld = _json_ld_article(root)
    shown_published, shown_modified = byline_times(_visible_text(root), tz)
    published_raw, modified_raw, conflicts = resolve(
        [
            stamp("meta", _meta(root, "article:published_time"), tz),
            stamp("jsonld", _ld_text(ld.get("datePublished")), tz),
            stamp("byline", shown_published, tz),
        ],
        [
            stamp("meta", _meta(root, "article:modified_time", "og:updated_time"), tz),
            stamp("jsonld", _ld_text(ld.get("dateModified")), tz),
            stamp("byline", shown_modified, tz),
        ],
        tz,
    )
    article = ArticlePage(
        body=_body(root) or _ld_body(ld),
        author=_meta(root, "author", "article:author") or _ld_text(ld.get("author")),
        published_raw=published_raw,
        modified_raw=modified_raw,
        section_raw=_meta(root, "article:section") or _ld_text(ld.get("articleSection")),
        canonical_url=_canonical(root, base_url(root, page_url), ld),
    )
    return ArticleRead(article, tuple(conflicts))


def extract_article(page: str | Selector, page_url: str, tz: ZoneInfo = KST) -> ArticlePage:
    """``read_article(...).page``: the fields alone."""
    return read_article(page, page_url, tz).page
