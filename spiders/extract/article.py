"""Fields of an article page, read from its metadata and its body container.

Korean news CMSs agree on Open Graph / ``article:`` meta tags far more than on markup, so the
metadata comes from ``<meta>``/``<link>`` and only the body needs a container. Values stay
raw (whitespace collapsed); the clean stage parses times and maps sections.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from parsel import Selector

from etl.records import ArticlePage
from spiders.extract.selectors import as_selector, base_url, element_text

# Tried in order; the first that exists on the page is the body. ``article`` comes last
# because many layouts wrap related links and comments in it too.
BODY_CONTAINERS = ("div#article-body", "[itemprop=articleBody]", "article")

# Paragraphs that sit in the body container but are not body text.
NOT_BODY = ("byline", "copyright", "caption")

# Older CMSs separate body lines with <br> instead of paragraphs.
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_LINE_BREAK = "\ue000"


def _meta(page: Selector, *keys: str) -> str | None:
    """``content`` of the first ``<meta property=KEY>`` or ``<meta name=KEY>`` that is set."""
    for key in keys:
        for attr in ("property", "name"):
            value = page.css(f'meta[{attr}="{key}"]::attr(content)').get()
            if value is not None and value.strip():
                return " ".join(value.split())
    return None


def _canonical(page: Selector, base: str) -> str | None:
    href = page.css('link[rel="canonical"]::attr(href)').get() or _meta(page, "og:url")
    return urljoin(base, href.strip()) if href and href.strip() else None


def _is_body_paragraph(paragraph: Selector) -> bool:
    classes = (paragraph.attrib.get("class") or "").split()
    return not any(name in classes for name in NOT_BODY)


def _container_lines(container: Selector) -> list[str]:
    """Lines of a container without paragraphs: ``<br>`` ends a line; script text is not text."""
    # Newlines in the HTML source are plain whitespace, so <br> becomes a private-use
    # character that no page text contains, and lines are split on that.
    html = _BR.sub(_LINE_BREAK, container.get())
    nodes = Selector(text=html).xpath("//body//text()[not(ancestor::script or ancestor::style)]")
    return [" ".join(line.split()) for line in "".join(nodes.getall()).split(_LINE_BREAK)]


def _body(page: Selector) -> str | None:
    for css in BODY_CONTAINERS:
        found = page.css(css)
        if not found:
            continue
        container = found[0]
        paragraphs = container.css("p")
        if paragraphs:
            lines = [element_text(p) for p in paragraphs if _is_body_paragraph(p)]
        else:
            lines = _container_lines(container)
        return "\n".join(line for line in lines if line) or None
    return None


def extract_article(page: str | Selector, page_url: str) -> ArticlePage:
    """What an article page says about itself.

    ``body`` is the text of the body container's non-empty paragraphs joined with ``"\\n"``
    (bylines, captions and copyright lines left out; a container without paragraphs gives
    its ``<br>``-separated lines instead); ``author`` is ``<meta name="author">``;
    ``published_raw``/``modified_raw``/``section_raw`` are ``article:published_time``/
    ``article:modified_time``/``article:section``; ``canonical_url`` is
    ``<link rel="canonical">`` else ``og:url``, made absolute. A field the page does not have
    is None; this never raises on odd markup.
    """
    root = as_selector(page)
    return ArticlePage(
        body=_body(root),
        author=_meta(root, "author", "article:author"),
        published_raw=_meta(root, "article:published_time"),
        modified_raw=_meta(root, "article:modified_time", "og:updated_time"),
        section_raw=_meta(root, "article:section"),
        canonical_url=_canonical(root, base_url(root, page_url)),
    )
