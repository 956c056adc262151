"""From a parsed page to candidate list blocks: links, tag-path signatures, records, containers.

A listing is a data-record region: a container whose children repeat one template, each child
(a *record*) holding one article link. Links that share a tag-path signature (tags plus a
normalised first class token, from the root down) are instances of one template; walking up
from each to just below the lowest ancestor it shares with its neighbours gives its record,
and that ancestor is the list's container. Records are grouped by container into blocks.
Only links with headline-length text (or image links) take part, so menus of one-word links
rarely form blocks at all; the scorer judges the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from lxml import etree

from etl.urls import TRACKING_PARAMS

from .signals import article_url_score, is_hashy, is_headline, memoised, path_score, split_url
from .times import find_time_text

if TYPE_CHECKING:
    from lxml.etree import _Element

# Link texts shorter than this never start a record ("더보기", "Politics" ...).
MIN_LINK_TEXT = 6
# Text used to tell records apart: links this long count as headlines of their own.
HEADLINE_LINK_TEXT = 10
# Per-item state classes that say nothing about the template.
_STATE_CLASSES = {"first", "last", "on", "active", "selected", "current", "odd", "even", "new"}
_DIGITS = re.compile(r"\d+")
_SKIP_SCHEMES = ("javascript:", "mailto:", "tel:", "data:", "#", "about:")
# Relative references that only ``urljoin`` resolves right: a scheme or port colon, dot
# segments, empty segments (which it drops), path parameters, characters it strips.
_NEEDS_URLJOIN = re.compile(r"[:;\t\r\n]|//|/\.|^\.")
# An element holding this many articles' headlines is a region of the page, not a record.
_CROWDED = 3
# The mark ``_url_owner`` adds to what a holder of a two-item list of headlines holds: such a
# holder counts as crowded, as one of three headlines does (its items are the records).
_PAIR_LIST = "\x00a list of two articles"
# Generated content that prints an attribute's value: ``content: attr(data-c-br)``.
_CSS_ATTR = re.compile(r"content\s*:[^;}]*?attr\(\s*([\w-]+)\s*\)", re.IGNORECASE)
_LABEL_ATTRIBUTES = frozenset({"title", "href", "alt", "aria-label", "src"})
# A stylesheet's rules, its plain class selectors (``div.tab_cont.on``) and display values.
_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.IGNORECASE)
_CLASS_SELECTOR = re.compile(r"^[a-z0-9]*((?:\.[\w-]+)+)$", re.IGNORECASE)
_DISPLAY = re.compile(r"display\s*:\s*([a-z-]+)", re.IGNORECASE)
# Characters a page may hold in its text that a reader never sees.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# Class names that hide an element from view: screen-reader labels and hidden helpers.
_HIDDEN_CLASSES = frozenset(
    {"sound_only", "blind", "screen_out", "sr-only", "sr_only", "visually-hidden",
     "visuallyhidden", "screen-reader-text", "screen-reader-only", "a11y-hidden", "hide",
     "hidden", "offscreen", "ir_pm", "ico_blind"}
)  # fmt: skip
# The same helpers under a utility prefix or state suffix ("u-visually-hidden",
# "visually-hidden-focusable", "a11y-sr-only"): a hiding name as one part of the token.
_HIDDEN_AFFIXED = re.compile(
    r"(?:^|[-_])(?:visually-?hidden|sr-?only|screen-?reader(?:-?(?:text|only))?)(?:$|[-_])"
)
# Marks of access shown on a headline ("<em class="badge">유료</em> …"), not part of it.
ACCESS_BADGES = frozenset(
    {"유료", "프리미엄", "구독", "구독전용", "회원전용", "유료회원", "premium", "subscriber only",
     "subscribers only", "members only", "paywall", "pro"}
)  # fmt: skip
# Marks of a story's format or freshness ("<em class="badge-live">LIVE</em> …"), not part of
# its headline either. Editorial marks ("단독", "[속보]") are: they say what the story is.
_STATUS_BADGES = frozenset({"live", "라이브", "생중계", "new", "hot", "updated"})
_BADGES = ACCESS_BADGES | _STATUS_BADGES
# Class names of a freshness icon ("new_icon", "ico-new", "icon_hot"): its one-letter text is
# no part of the headline.
_STATUS_ICON = re.compile(r"(?:^|[\s_-])(?:new|hot)(?:[_-]?(?:icon|ico|mark|badge))?(?:$|[\s_-])")
_BADGE_TEXT = 24
# A masthead's subscription mark: one word and a plus ("Stuff+", "Post+", "Herald+").
_PLUS_MARK = re.compile(r"^[^\W\d_][\w'&.-]{1,15}\+$")
# Class names or labels of an access mark whatever its text ("premium-badge", "paywall-label").
_ACCESS_NAME = re.compile(r"premium|paywall|subscriber|members?-only|locked")
# Class names of a count shown beside a headline ("cnt_cmt", "comment-count", "reply_num").
_COUNTER_CLASS = re.compile(r"cmt|comment|reply|replies|count|cnt")
# What a counter shows: a number, perhaps bracketed or with a plus ("3", "[12]", "(+5)").
_COUNT = re.compile(r"^[\[(]?\+?\d{1,6}[\])]?$")
_SCOPE_LEVELS = 5
# How far above an empty overlay link its card may reach.
_OVERLAY_LEVELS = 4
# Texts longer than this cannot be mostly a time text.
_TIME_TITLE = 32
# Links of a trailing row are short ("187 comments"); longer text is a headline or a card.
_TRAIL_TEXT = 60
# Link-less rows after a table row record that may still be its own (a lead row, a rule).
_TEXT_ROWS = 2


@dataclass(slots=True, eq=False)
class Link:
    """An ``<a>`` with a web URL: ``text`` is its collapsed visible text ('' for image links)."""

    element: _Element
    url: str
    key: str
    text: str
    title_attr: str = ""
    index: int = 0  # document order among the page's links
    path: tuple[_Element, ...] = ()  # root first, the link last; filled for candidates
    signature: str = ""


@dataclass(slots=True, eq=False)
class Record:
    """One repeated child of a container and the template links that made it a record."""

    element: _Element
    links: list[Link] = field(default_factory=list)
    order: int = 0
    # Sibling rows that carry the rest of the record (a link table's "points · 3 hours ago ·
    # comments" row under each title row).
    trail: list[_Element] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class Block:
    """A container and its records, in document order."""

    container: _Element
    records: list[Record] = field(default_factory=list)
    order: int = 0


@dataclass(slots=True, eq=False)
class Layout:
    """The blocks of a page plus what field reading needs: which element holds which article
    (``owner``), every link by its element, and the attributes the page's stylesheets print
    as text (``printed``)."""

    blocks: list[Block]
    owner: dict[_Element, tuple[str, ...]]
    links: dict[_Element, Link]
    printed: frozenset[str] = frozenset()
    display: SheetDisplay = field(default_factory=lambda: SheetDisplay())


class SheetDisplay:
    """What the page's own ``<style>`` elements hide by class (``.tab_cont{display:none}``)
    and show again by a more specific class set (``.tab_cont.on{display:block}``), plain
    class selectors only. Read on the first question, as only a page with tab-named panels
    asks one: sheets run to hundreds of kilobytes."""

    __slots__ = ("_root", "_rules")

    def __init__(self, root: _Element | None = None) -> None:
        self._root = root
        self._rules: tuple[tuple[frozenset[str], ...], tuple[frozenset[str], ...]] | None = None

    def hides(self, element: _Element) -> bool:
        """Hidden by its classes and not shown again by a more specific class set (an
        inactive ``div.tab_cont`` without ``on``)."""
        names = element.get("class")
        if not names or self._root is None:
            return False
        if self._rules is None:
            sheets = style_sheets(self._root)
            self._rules = _sheet_rules(sheets) if sheets else ((), ())
        hide, show = self._rules
        classes = set(names.split())
        hidden = [rule for rule in hide if rule <= classes]
        return bool(hidden) and not any(
            rule <= classes and any(h < rule for h in hidden) for rule in show
        )


@memoised
def _sheet_rules(
    sheets: tuple[str, ...],
) -> tuple[tuple[frozenset[str], ...], tuple[frozenset[str], ...]]:
    """(class sets hidden, class sets shown) by the rules of ``sheets``: each ``display:
    none`` is found first, then the rules that show one of the classes it hides again."""
    hide: list[frozenset[str]] = []
    for sheet in sheets:
        for none in _DISPLAY_NONE.finditer(sheet):
            start = sheet.rfind("{", 0, none.start())
            hide.extend(_class_sets(sheet[sheet.rfind("}", 0, start) + 1 : start]))
    show: list[frozenset[str]] = []
    for name in {name for rule in hide for name in rule}:
        pattern = re.compile(r"([^{}]*\." + re.escape(name) + r"\.[^{}]*)\{([^{}]*)\}")
        for sheet in sheets:
            for selectors, body in pattern.findall(sheet):
                shown = _DISPLAY.findall(body)
                if shown and shown[-1].lower() != "none":
                    show.extend(_class_sets(selectors))
    return tuple(hide), tuple(show)


def _class_sets(selectors: str) -> list[frozenset[str]]:
    """The class sets of the plain class selectors in a rule's selector list."""
    sets = []
    for selector in selectors.split(","):
        match = _CLASS_SELECTOR.match(selector.strip())
        if match:
            sets.append(frozenset(match.group(1).strip(".").split(".")))
    return sets


def style_sheets(root: _Element) -> tuple[str, ...]:
    """The texts of the page's own ``<style>`` elements."""
    return tuple(style.text for style in root.iter("style") if style.text)


def printed_attributes(root: _Element) -> frozenset[str]:
    """The attributes the page's own stylesheets show as text (``content: attr(data-c-dt)``):
    a reader sees their values as the page's text (a platform's teaser times and briefs).
    Attributes that only label a link or an image for tools (title, href, alt, aria-label)
    are not counted."""
    sheets = style_sheets(root)
    return _stylesheet_attributes(sheets) if sheets else frozenset()


@memoised
def _stylesheet_attributes(sheets: tuple[str, ...]) -> frozenset[str]:
    names = {
        name.lower() for sheet in sheets if "attr(" in sheet for name in _CSS_ATTR.findall(sheet)
    }
    return frozenset(names - _LABEL_ATTRIBUTES)


def parse_html(data: bytes) -> _Element | None:
    """Parse UTF-8 ``data`` (comments and processing instructions dropped); None if empty."""
    parser = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError:  # only raised for documents with no content at all
        return None


def collapse(text: str) -> str:
    """Runs of whitespace (newlines, tabs, NBSP) as one space, ends trimmed; characters that
    show nothing (soft hyphens, zero-width spaces and joiners) left out."""
    if not text.isascii() and _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    return " ".join(text.split())


def text_of(element: _Element) -> str:
    """Visible text of an element, whitespace collapsed (script and style excluded)."""
    if element.tag in ("script", "style"):
        return ""
    return collapse(text_content(element))


def text_content(element: _Element) -> str:
    """All text below ``element`` (its tail excluded). libxml2's text serializer gathers it in
    one C call, several times faster than joining ``itertext()`` (the same string); an
    element without children (most links and text units) is its own ``text``."""
    if not len(element):
        return element.text or ""
    return etree.tostring(element, method="text", encoding=str, with_tail=False)


def visible_text(anchor: _Element) -> str:
    """The collapsed text a reader sees in an element (a link's headline): text hidden from view
    (screen-reader labels such as ``<span class="sound_only">댓글</span>``), a comment or view
    counter (``<span class="cnt_cmt">3</span>``) and an access mark (``<em>유료</em>``) left
    out."""
    if not len(anchor):
        return collapse(anchor.text or "")
    left_out, marks = [], []
    for inner in anchor.iterdescendants():
        if _unshown(inner):
            left_out.append(inner)
        elif _access_mark(inner) and _opens(anchor, inner):
            marks.append(inner)
    if not left_out and not marks:
        return collapse(text_content(anchor))
    text = collapse(_text_without(anchor, {*left_out, *marks}))
    if marks and not text:  # the mark is all the link says: then it is its text
        text = collapse(_text_without(anchor, set(left_out)))
    return text


def _unshown(element: _Element) -> bool:
    names = element.get("class")
    if names:
        kind = unshown_class(names)
        if kind == "hidden":
            return True
        if kind == "counter":
            return _COUNT.match(_shown_text(element)) is not None
    if element.get("hidden") is not None:
        return True
    if names and status_icon_class(names) and len(_shown_text(element)) <= 2:
        return True  # the "N" of <span class="new_icon">N<span class="sound_only">새글</span>
    text = element.text
    if len(element):
        if text and not text.isspace():
            return False  # its own words before a child: "New <b>York</b>", no badge
        text = text_content(element)  # a badge behind an icon: <span><i></i>LIVE</span>
    if text is None or len(text) > _BADGE_TEXT:
        return False
    word = text.strip().lower()
    # A status badge in brackets of its own (<span class="prefix">[LIVE]</span>); editorial
    # tags in brackets ("[속보]", "[영상]") are no status badges and stay.
    return word in _BADGES or (
        word[:1] == "[" and word[-1:] == "]" and word[1:-1].strip() in _STATUS_BADGES
    )


def _shown_text(element: _Element) -> str:
    """The collapsed text of ``element`` without its descendants hidden from view (a
    counter's "<span class="sound_only">댓글</span>3" shows "3")."""
    hidden = {
        e for e in element.iterdescendants() if unshown_class(e.get("class") or "") == "hidden"
    }
    return collapse(_text_without(element, hidden) if hidden else text_content(element))


@memoised
def status_icon_class(names: str) -> bool:
    """A class list naming a freshness icon ("new_icon", "ico-new", "icon_hot")."""
    return _STATUS_ICON.search(names.lower()) is not None


def _access_mark(element: _Element) -> bool:
    """A short mark that says a story is for subscribers: a masthead plus ("Post+"), or an
    element whose class or label names premium access, of one to three words
    (``<span class="premium-badge">Herald Premium</span>``)."""
    text = element.text if not len(element) else text_content(element)
    if not text or len(text) > _BADGE_TEXT * 2:
        return False
    text = collapse(text)
    if not text or len(text) > _BADGE_TEXT or len(text.split()) > 3:
        return False
    if _PLUS_MARK.match(text):
        return True
    names = f"{element.get('class') or ''} {element.get('aria-label') or ''}".lower()
    return _ACCESS_NAME.search(names) is not None


def _opens(anchor: _Element, element: _Element) -> bool:
    """``element`` comes first in ``anchor``'s text: no words before it inside the link (a
    mark opening a headline, not "Students earn <b>A+</b>")."""
    node = element
    while node is not anchor:
        parent = node.getparent()
        if parent is None or (parent.text or "").strip():
            return False
        for sibling in node.itersiblings(preceding=True):
            if text_content(sibling).strip() or (sibling.tail or "").strip():
                return False
        node = parent
    return True


@memoised
def unshown_class(names: str) -> str | None:
    """``hidden`` for a class list that hides its element from view, ``counter`` for one that
    names a comment/view count, else None (memoised: pages repeat their class lists)."""
    tokens = names.lower().split()
    if not _HIDDEN_CLASSES.isdisjoint(tokens) or any(map(_HIDDEN_AFFIXED.search, tokens)):
        return "hidden"
    if any(_COUNTER_CLASS.search(token) for token in tokens):
        return "counter"
    return None


def _text_without(element: _Element, left_out: set[_Element]) -> str:
    """The text below ``element`` with the elements of ``left_out`` skipped (their tails
    kept: they follow the element, not belong to it)."""
    parts = [element.text or ""]
    for child in element:
        if child not in left_out and isinstance(child.tag, str):
            parts.append(_text_without(child, left_out))
        parts.append(child.tail or "")
    return "".join(parts)


@memoised
def url_key(url: str) -> str:
    """A dedup key for article links: scheme-less host+path, plus the query unless the path
    already names the article (``/2014/07/24/x/index.html?hpt=hp_t1`` and ``?hpt=hp_t2`` are
    one article; ``articleView.html?idxno=1`` and ``?idxno=2`` are two), tracking parameters
    (``utm_*``, ``ref`` …) left out."""
    host, path, query = split_url(url)
    host = host.removeprefix("www.")
    trimmed = path.rstrip("/") or "/"
    # path_score(path, False) is article_url_score of the URL without its query.
    if query and (path == "/" or path_score(path, False) < 1.0):
        kept = "&".join(pair for pair in query.split("&") if not _tracking(pair.partition("=")[0]))
        return f"{host}{trimmed}?{kept}" if kept else f"{host}{trimmed}"
    return f"{host}{trimmed}"


def _tracking(name: str) -> bool:
    """A query parameter that only says where a click came from (etl.urls' list)."""
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith("utm_")


def base_url(root: _Element, page_url: str) -> str:
    """The URL relative links resolve against: ``<base href>`` when the page sets one."""
    for base in root.iter("base"):
        href = base.get("href")
        if href:
            try:
                return urljoin(page_url, href.strip())
            except ValueError:  # an unparsable base address: the page's own URL serves
                return page_url
    return page_url


def collect_links(root: _Element, page_url: str) -> list[Link]:
    """Every ``<a href>`` pointing at an http(s) page, in document order."""
    base = base_url(root, page_url)
    parts = urlsplit(base)
    origin = f"{parts.scheme}://{parts.netloc}"
    # Where a plain relative reference ("view.php?id=1", "?page=2") resolves, when the base's
    # own path leaves urljoin nothing to normalise (else None: urljoin it is).
    relative = None
    if not _NEEDS_URLJOIN.search(parts.path):
        relative = (
            f"{origin}{parts.path[: parts.path.rfind('/') + 1] or '/'}",
            origin + parts.path,
        )
    links: list[Link] = []
    for anchor in root.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.lower().startswith(_SKIP_SCHEMES):
            continue
        url = _resolve(href, base, parts.scheme, origin, relative)
        if url is None:
            continue
        text = visible_text(anchor)
        title = anchor.get("title")
        title_attr = collapse(title) if title else ""
        links.append(Link(anchor, url, url_key(url), text or title_attr, title_attr, len(links)))
    _name_overlays(links)
    return links


def _name_overlays(links: list[Link]) -> None:
    """An empty link laid over a whole card (a "faux block" link whose headline is no link)
    says what its accessible name says, the ``aria-label``: unless a link in the same card
    shows the headline itself (then that one is the article's link)."""
    by_element = {link.element: link for link in links}
    for link in links:
        if link.text or len(link.element):
            continue
        label = link.element.get("aria-label")
        if label and not _shown_beside(link, by_element):
            link.text = collapse(label)


def _shown_beside(link: Link, by_element: dict[_Element, Link]) -> bool:
    """Another link to ``link``'s article with headline-length text, within a few levels."""
    card = link.element
    for _ in range(_OVERLAY_LEVELS):
        parent = card.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        card = parent
    for anchor in card.iter("a"):
        other = by_element.get(anchor)
        if (
            other is not None
            and other is not link
            and other.key == link.key
            and len(other.text) >= MIN_LINK_TEXT
        ):
            return True
    return False


def _resolve(
    href: str, base: str, scheme: str, origin: str, relative: tuple[str, str] | None
) -> str | None:
    """``href`` made absolute, fragment dropped; None for non-web links. The common absolute,
    root-relative and plain relative forms skip ``urljoin`` (a page has hundreds of links):
    ``relative`` is (the base's directory, the base without query) when the base's path needs
    no normalising, and a plain reference is appended to one of them as urljoin would."""
    if href.startswith(("http://", "https://")):
        url = href
    elif href.startswith("//"):
        url = f"{scheme}:{href}"
    elif href.startswith("/") and "/." not in href:
        url = origin + href
    elif relative is not None and not _NEEDS_URLJOIN.search(href):
        url = (relative[1] if href.startswith("?") else relative[0]) + href
    else:
        try:
            url = urljoin(base, href)
        except ValueError:  # an unparsable authority, such as "//[::1": no address at all
            return None
        if not url.startswith(("http://", "https://")):
            return None
    cut = url.find("#")
    return url[:cut] if cut >= 0 else url


@memoised
def class_token(names: str) -> str:
    """The template-identifying part of a class list, a signature step being ``tag.token``:
    the first meaningful class token, digits and hash suffixes removed, so ``li.c_hpbullet2``
    and ``li.c_hpbullet3`` are one template, as are styled-component classes like
    ``SummaryItemWrapper-iwvBff`` across builds; '' if none."""
    for token in names.split():
        if token.lower() in _STATE_CLASSES:
            continue
        head, sep, tail = token.rpartition("-")
        if sep and head and is_hashy(tail):
            token = head
        return _DIGITS.sub("", token)
    return ""


def find_blocks(links: list[Link]) -> Layout:
    """Group template links into records and records into blocks (see the module docstring)."""
    candidates = [
        link
        for link in links
        if len(link.text) >= MIN_LINK_TEXT
        or (not link.text and link.element.find(".//img") is not None)
    ]
    steps: dict[_Element, tuple[tuple[_Element, ...], str]] = {}
    groups: dict[str, list[Link]] = {}
    for link in candidates:
        link.path, link.signature = _path_and_signature(link.element, steps)
        groups.setdefault(link.signature, []).append(link)
    owner = _url_owner(candidates)
    blocks: dict[_Element, Block] = {}
    records: dict[_Element, Record] = {}
    for members in groups.values():
        members = _collapse_repeats(members)
        for index, link in enumerate(members):
            depth = -1
            for other in (index - 1, index + 1):
                if 0 <= other < len(members):
                    depth = max(depth, _shared_depth(link.path, members[other].path))
            record_element = link.path[depth + 1] if depth >= 0 else None
            if record_element is None or _crowded(record_element, owner):
                record_element = _scope(link, owner)
            container = record_element.getparent()
            if container is None:
                continue
            block = blocks.get(container)
            if block is None:
                block = blocks[container] = Block(container)
            record = records.get(record_element)
            if record is None:
                record = records[record_element] = Record(record_element, order=link.index)
                block.records.append(record)
            record.order = min(record.order, link.index)
            record.links.append(link)
    # Page order, from the order of the links: no walk over the whole document needed.
    for block in blocks.values():
        block.records.sort(key=lambda r: r.order)
        block.records = _fold_trailing_rows(block.records)
        _take_text_rows(block.records)
        block.order = block.records[0].order
    ordered = sorted(blocks.values(), key=lambda b: b.order)
    return Layout(ordered, owner, {link.element: link for link in links})


def _fold_trailing_rows(records: list[Record]) -> list[Record]:
    """Records that only continue the one before them — the next sibling, of another
    template, holding no headline (``<tr class="athing">`` title row, then a plain ``<tr>``
    of "412 points · 2 hours ago · 187 comments") — become that record's trail."""
    kept: list[Record] = []
    for record in records:
        head = kept[-1] if kept else None
        if (
            head is not None
            and record.element.getprevious() is (head.trail or [head.element])[-1]
            and template(record.element) != template(head.element)
            and all(_trailing_text(link.text) for link in record.links)
        ):
            head.trail.append(record.element)
            continue
        kept.append(record)
    return kept


def _take_text_rows(records: list[Record]) -> None:
    """A table row record continues into the rows after it that hold no link at all — an old
    table layout gives each story a title row, then its lead in a row of its own (and a
    one-pixel rule row): ``<tr><td><a>title</a></td><td>date</td></tr><tr><td>lead…</td></tr>``.
    The next row holding a link (the next record's, or anything else) ends it."""
    for record in records:
        if record.element.tag != "tr":
            continue
        row = (record.trail or [record.element])[-1].getnext()
        for _ in range(_TEXT_ROWS):
            if row is None or row.tag != "tr" or next(row.iter("a"), None) is not None:
                break
            record.trail.append(row)
            row = row.getnext()


@memoised
def reads_as_headline(text: str) -> bool:
    """Reads like a headline and is not a time ("47 minutes ago", whatever its length): a
    text twice as long as any time in it is a headline that may mention a date."""
    if not is_headline(text):
        return False
    if len(text) > _TIME_TITLE:
        return True
    stamp = find_time_text(text)
    return not (stamp and len(stamp) * 2 >= len(text))


def _trailing_text(text: str) -> bool:
    """Text a trailing row's links carry ("412 points", "3 hours ago", "187 comments"): not a
    headline, and not longer than one either (a card link's headline + lead is no trail)."""
    return bool(text) and len(text) <= _TRAIL_TEXT and not reads_as_headline(text)


def template(element: _Element) -> tuple[str, str]:
    """An element's tag and class list: what repeats across the records of one template."""
    return str(element.tag), element.get("class") or ""


def _path_and_signature(
    element: _Element, known: dict[_Element, tuple[tuple[_Element, ...], str]]
) -> tuple[tuple[_Element, ...], str]:
    """The root-first path of ``element`` and its tag-path signature, memoised per element in
    ``known``: links share their ancestors, so each element's step is computed once and a link
    only climbs to its first known ancestor."""
    pending = []
    node: _Element | None = element
    found: tuple[tuple[_Element, ...], str] = ((), "")
    while node is not None:
        cached = known.get(node)
        if cached is not None:
            found = cached
            break
        pending.append(node)
        node = node.getparent()
    path, signature = found
    for node in reversed(pending):
        path = (*path, node)
        # One step per element (``class_token``), computed inline: this runs for every
        # ancestor of every candidate link.
        names = node.get("class")
        signature = (
            f"{signature}/{node.tag}.{class_token(names)}" if names else f"{signature}/{node.tag}"
        )
        known[node] = (path, signature)
    return path, signature


def _collapse_repeats(members: list[Link]) -> list[Link]:
    """Consecutive links to one article (image link + title link of one record) count once."""
    kept: list[Link] = []
    for link in members:
        if kept and kept[-1].key == link.key:
            continue
        kept.append(link)
    return kept


def _shared_depth(a: tuple[_Element, ...], b: tuple[_Element, ...]) -> int:
    """Index of the deepest common ancestor of two root-first paths of equal length (links of
    one signature sit at one depth), searched from the bottom: neighbours usually meet close
    to the links."""
    for depth in range(min(len(a), len(b)) - 1, -1, -1):
        if a[depth] is b[depth]:
            return depth
    return -1


def _url_owner(links: list[Link]) -> dict[_Element, tuple[str, ...]]:
    """For every ancestor of an article headline link (headline-length text, URL naming an
    article): the keys of the articles it holds, up to ``_CROWDED``. Section, press and author
    links do not count: a record may carry those beside its own article."""
    owner: dict[_Element, tuple[str, ...]] = {}
    for link in links:
        if len(link.text) < HEADLINE_LINK_TEXT or article_url_score(link.url) < 1.0:
            continue
        # Upwards until an ancestor already knows this key or is crowded: every ancestor
        # above it then knows as much (ancestors hold everything their descendants hold).
        for element in reversed(link.path):
            seen = owner.get(element, ())
            if link.key in seen or len(seen) >= _CROWDED:
                break
            owner[element] = (*seen, link.key)
    # A list (ul/ol) of two articles' headlines, one per item, crowds every box holding it as
    # three would: its items are records of their own, not parts of one record.
    for element, keys in list(owner.items()):
        if element.tag in ("ul", "ol") and len(keys) == 2:
            for holder in (element, *element.iterancestors()):
                held = owner.get(holder, ())
                if len(held) == 2:
                    owner[holder] = (*held, _PAIR_LIST)
    return owner


def _crowded(element: _Element, owner: dict[_Element, tuple[str, ...]]) -> bool:
    """Holds the headlines of several other articles: a region, not one record (a record may
    carry one extra article-like link, such as a series or follow-up link)."""
    return len(owner.get(element, ())) >= _CROWDED


def _scope(link: Link, owner: dict[_Element, tuple[str, ...]]) -> _Element:
    """The highest ancestor of ``link`` that holds no other article's headline link, at most
    ``_SCOPE_LEVELS`` up (a record is a few levels around its title, never a whole column)."""
    scope = link.element
    for element in reversed(link.path[-_SCOPE_LEVELS - 1 : -1]):
        seen = owner.get(element, ())
        if element.tag in ("body", "html") or any(key != link.key for key in seen):
            break
        scope = element
    return scope


def main_link(record: Record) -> Link:
    """A record's article link: an article-shaped URL with the longest text wins."""
    if len(record.links) == 1:
        return record.links[0]
    return max(
        record.links,
        key=lambda link: (bool(link.text), article_url_score(link.url), len(link.text)),
    )


def item_scope(link: Link, record: _Element, owner: dict[_Element, tuple[str, ...]]) -> _Element:
    """Where a record's fields are read: the record itself unless it is crowded with other
    articles' headlines, then the largest part of it around ``link`` that holds no other."""
    return _scope(link, owner) if _crowded(record, owner) else record
