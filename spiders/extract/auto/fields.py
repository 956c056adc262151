"""Reading one record: its article link, title, lead, timestamp string and section label.

A record often links its article two or three times (image, title, "more", a linked lead).
The title is the text of one of those links: one in a heading or title-classed element first,
then a plain one, a link inside a paragraph or lead-classed element last; the longest within
that rank; the heading inside a link that wraps a whole card; the link's ``title`` attribute
when the visible text is a truncation of it; for an image-only link, the record's heading or
first sizeable text. The lead is the longest other text, bylines and datelines excepted. The
timestamp is a ``<time datetime>`` or a dated ``data-*`` attribute, else the text most nearly
made of a timestamp alone (never the lead); the section a short text whose class says
section, category or rubric.

A page has hundreds of records, so a record is read in one walk over its elements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .dom import (
    Layout,
    Link,
    Record,
    collapse,
    item_scope,
    main_link,
    reads_as_headline,
    text_of,
    visible_text,
)
from .signals import (
    AD_LABEL,
    NOTICE_LABEL,
    NOTICE_TITLE,
    RANK_NUMBER,
    article_url_score,
    is_ad_url,
    is_hangul,
    is_headline,
    memoised,
    names_of,
    vocabulary,
    words_of,
)
from .times import MAX_TIME_TEXT, find_time_text, printed_zone

if TYPE_CHECKING:
    from lxml.etree import _Element

# Inline tags whose text belongs to the surrounding text unit.
_INLINE = {
    "b", "i", "em", "strong", "mark", "u", "sup", "sub", "small", "br", "font", "span",
    "abbr", "cite", "q", "s", "strike", "del", "ins", "wbr", "img", "picture", "source",
}  # fmt: skip
_SKIP = {"script", "style", "noscript", "template", "svg", "button", "select", "option", "iframe"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_TITLE_CLASS = re.compile(r"\b(?:tit|title|titles|headline|hed|subject|heading|head)\b")
_TITLE_HINTS = ("tit", "Tit", "hed", "Hed", "head", "Head", "subject", "Subject")
_LEAD_CLASS = re.compile(r"\b(?:lead|lede|summary|desc|description|dek|excerpt|intro|preview)\b")
_SECTION_CLASS = re.compile(
    r"\b(?:section|sect|sec|category|cate|cat|rubric|kicker|channel|genre|eyebrow)\b"
)
# Class hints are looked for in the first characters of a class list only: generated markup
# appends dozens of modifier tokens, and the name that says what an element is comes first.
_HINT_SPAN = 80
# A cheap first test on raw class names before the word test (_SECTION_CLASS).
_SECTION_HINT = re.compile(r"sec|Sec|cat|Cat|rubric|Rubric|kicker|Kicker|channel|Channel")
# Parts of a data-* attribute name that announce a date (names are lower-case in lxml's tree).
_DATE_ATTR_PARTS = ("date", "time", "publish", "created", "regdt", "pubdt", "-ts")
# A hover text that is an ISO 8601 moment (date and clock), perhaps followed by an epoch.
_FULL_STAMP = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?(?:\s|$)"
)
# Microdata properties that give an article's publication time.
_PUBLISHED_PROPS = {"datePublished", "dateCreated", "uploadDate"}
# A machine time that carries its own offset (``Z``, ``+09:00``, ``-0700``).
_OFFSET = re.compile(r"(?:Z|[+-]\d{2}:?\d{2})$", re.IGNORECASE)
_EPOCH_VALUE = re.compile(r"^\d{10}(?:\d{3})?$")
# Texts without a digit or one of these words cannot hold a timestamp: skip the full scan.
_MAYBE_TIME = re.compile(r"\d|어제|방금|그제|그저께|오늘|yesterday|today|just now|ago", re.I)
# What a media length looks like: "2:45", "1:02:13" (a date is never one).
_DURATION_SHAPE = re.compile(r"^\d{1,3}:\d{2}(?::\d{2})?$")
# Class names of a media length shown beside a teaser.
_DURATION_CLASS = re.compile(
    r"duration|runtime|play[_-]?time|video[_-]?time|running[_-]?time", re.I
)
_TRUNCATION = re.compile(r"\s*(?:\.{2,}|…+)\s*$")
_SECTION_MAX = 20
# Decoration around a label: "[국제]", "【경제】", "(사회)".
_BRACKETED = re.compile(r"^[\[(【〔<]\s*(.*?)\s*[\])】〕>]$")
# What may follow a title in a text that is not a lead: a source or a count.
_TITLE_SUFFIX = 30
# Title elements of flat lists, whose record goes on in the siblings that follow them.
_RUN_HEADS = {"dt", "h2", "h3", "h4", "h5"}
_RUN_LENGTH = 4
# A link text longer than this beside a shorter link to the same article is a linked lead.
_LEAD_LINK_TEXT = 100
# What a link says it does rather than what it links: "Read more", "Continue reading",
# "기사 더보기", "상세보기", "새창열림", "(opens in a new window)".
_LINK_ACTION = (
    r"(?:(?:read|see|view|learn)\s+(?:the\s+)?(?:more|full\s+(?:story|article|release)|details?)"
    r"|continue\s+reading|keep\s+reading|full\s+story|more"
    r"|(?:기사\s*)?(?:상세|자세히|더|전문|원문)?\s*보기|계속\s*읽기|바로\s*가기"
    r"|새\s*창(?:으로)?\s*(?:열림|열기)?|(?:opens?\s+)?in\s+(?:a\s+)?new\s+(?:window|tab))"
)
# What a ``title`` attribute may add after the whole visible headline for screen readers
# ("… 상세보기", "… (opens in a new window)"): no longer headline.
_LINK_HINT = re.compile(r"[\s(\[|:·-]*" + _LINK_ACTION + r"[\s)\]]*", re.IGNORECASE)
# A link text that only says what the link does: an item's "Read more" after its lead.
_ACTION_LINK = re.compile(_LINK_ACTION + r"[\s.:…»›>→+]*", re.IGNORECASE)


@dataclass(slots=True)
class RecordFields:
    """What one record says about its article (raw strings, not yet resolved)."""

    link: Link
    title: str
    summary: str | None
    published_raw: str | None
    section: str | None
    advert: bool  # an ad label, an ad-server or promotion link, or an ad-classed record
    notice: bool  # the site's own notice on a board ("[공지]" title, a "공지" cell)
    rank: int | None  # a leading "1", "2." or "3위" that numbers the record within its list
    headline: bool = field(init=False)  # the title reads like a headline
    url_score: float = field(init=False)  # signals.article_url_score of the link

    def __post_init__(self) -> None:
        self.headline = reads_as_headline(self.title)
        self.url_score = article_url_score(self.link.url)


@dataclass(slots=True)
class _Walk:
    """Everything one pass over a record collects."""

    units: list[tuple[_Element, str]] = field(default_factory=list)
    time_raw: str | None = None  # from <time> or a data-* attribute: beats display text
    sections: list[_Element] = field(default_factory=list)
    # The text of a link elsewhere that is nothing but a time (a permalink or discussion link
    # printed as "9:41 PM" / "3 hours ago"): the record's time where nothing else gives one.
    stamp_link: str | None = None


def read_record(record: Record, layout: Layout) -> RecordFields | None:
    """The fields of ``record``, or None when it has no usable article link or title."""
    link = main_link(record)
    scope = item_scope(link, record.element, layout.owner)
    same = []
    for anchor in scope.iter("a"):
        other = layout.links.get(anchor)
        if other is not None and other.key == link.key:
            same.append(other)
    title, title_node, linked, cards, kicker = _title(same or [link], scope)
    walk = _walk(scope, title_node, cards)
    if scope is record.element and (
        record.element.tag in _RUN_HEADS or record.element is link.element
    ):
        _walk_run(record.element, link, layout, walk)
    for row in record.trail:
        _extend(walk, _walk(row, None, set()))
    if layout.printed:
        _printed_units(scope, layout.printed, title, walk)
    units = walk.units
    if not title:
        # An image-only link: the first sizeable text of the record names the article, else
        # the image's own description (a photo grid titled only in ``alt``).
        unit = next((u for u in units if len(u[1]) >= 8 and not time_in(u[1])), None)
        if unit is not None:
            title = unit[1]
            units = [u for u in units if u is not unit]
        else:
            title = _image_alt(link.element)
            if not title:
                return None
    classed = {text for element, text in units if _lead_classed(element)}
    summary = _lead([*(text for _, text in units), *linked], title, classed)
    section = _section(walk.sections, title) or kicker
    first = units[0][1] if units else ""
    rank = RANK_NUMBER.fullmatch(first)
    return RecordFields(
        link=link,
        title=title,
        summary=summary,
        published_raw=walk.time_raw
        or _time_text(units, summary, scope)
        or _linked_time(linked)
        or walk.stamp_link,
        section=section,
        advert=_advert(record.element, link, units, section),
        notice=_notice(title, units),
        rank=int(rank.group(1)) if rank else None,
    )


def _printed_units(scope: _Element, printed: frozenset[str], title: str, walk: _Walk) -> None:
    """The values of the attributes the page's stylesheets print (``Layout.printed``) on the
    record's elements, inside its links too, as text units: what a reader sees beside the
    headline (a brief in ``data-c-br``, a time in ``data-c-dt``)."""
    for inner in scope.iter():
        if not isinstance(inner.tag, str) or inner.tag in _SKIP:
            continue
        for name in printed.intersection(inner.keys()):
            value = collapse(inner.get(name) or "")
            if value and value != title:
                walk.units.append((inner, value))


def _image_alt(anchor: _Element) -> str:
    """The ``alt`` of the image a link shows, when it reads like a headline (not "사진",
    "thumbnail" or a file name)."""
    for image in anchor.iter("img"):
        alt = collapse(image.get("alt") or "")
        if is_headline(alt) and not alt.lower().endswith((".jpg", ".jpeg", ".png", ".gif")):
            return alt
    return ""


def _advert(
    element: _Element, link: Link, units: list[tuple[_Element, str]], section: str | None
) -> bool:
    """An advert slotted into a list: an ad-server or promotion link, an "AD"/"광고"/
    "Sponsored" label (alone or as the section label), or a record classed as an ad."""
    if is_ad_url(link.url) or (section is not None and AD_LABEL.match(section)):
        return True
    for _, text in units:
        if len(text) <= 60 and AD_LABEL.match(text):
            return True
    names = names_of(element)
    return bool(names) and names_ads(names)


def _notice(title: str, units: list[tuple[_Element, str]]) -> bool:
    """A board's notice about the site itself: a "[공지]" title or a "공지" label in its own
    cell. Not a row merely classed "notice": boards pin their main articles that way too."""
    return NOTICE_TITLE.match(title) is not None or any(
        NOTICE_LABEL.match(text) for _, text in units[:2]
    )


@memoised
def names_ads(names: str) -> bool:
    """Class/id names that call an element an advertisement (records repeat their classes)."""
    return "ads" in vocabulary(words_of(names))


def _title(
    same: list[Link], scope: _Element
) -> tuple[str, _Element | None, list[str], set[_Element], str | None]:
    """(title, the element it was read from, the other texts of links to the article — a
    linked lead among them —, the links that wrap whole cards, a section kicker printed inside
    the title link) for one record."""
    candidates: list[tuple[int, str, _Element]] = []
    cards: set[_Element] = set()
    kicker = None
    for link in same:
        node = _card_title_node(link.element)
        if node is not None:
            cards.add(link.element)
            candidates.append((2, visible_text(node), node))
        elif link.text:
            text = link.text
            if len(link.element):
                label = _kicker_in(link.element)
                if label is not None:
                    if _BRACKETED.match(label):
                        # "[단독]", "[SE★포토]": a bracketed tag opens the headline itself,
                        # whatever its span is classed.
                        label = _BRACKETED.sub(r"\1", label)
                    else:
                        text = _without_kicker(text, label)
                    kicker = kicker or label
            candidates.append((-1, text, link.element))  # ranked below only if needed
    if not candidates:
        heading = _heading_in(scope)
        if heading is None:
            return "", None, [], cards, None
        return visible_text(heading), heading, [], cards, None
    pool = candidates
    if len(candidates) > 1:
        candidates = sorted(candidates, key=lambda c: len(c[1]))
        if len(candidates[-1][1]) > _LEAD_LINK_TEXT and len(candidates[-2][1]) >= 8:
            candidates.pop()  # a linked lead, far longer than any headline
    if len({c[1] for c in candidates}) > 1:
        # Several different texts: one inside a heading (or a title class) is the headline,
        # one inside a paragraph or a lead-classed element is not.
        candidates = [
            (rank if rank >= 0 else _title_rank(node, scope), text, node)
            for rank, text, node in candidates
        ]
    if len(candidates) == 1:
        _, title, node = candidates[0]
    else:
        best_rank = max(c[0] for c in candidates)
        _, title, node = max((c for c in candidates if c[0] == best_rank), key=lambda c: len(c[1]))
    if _ACTION_LINK.fullmatch(title):
        # The article's only link says what it does ("Read more", "Continue reading",
        # "기사 더보기"): an unlinked heading of the same item is the headline a reader sees.
        heading = _heading_in(scope)
        if (
            heading is not None
            and next(heading.iter("a"), None) is None
            and reads_as_headline(visible_text(heading))
        ):
            title, node = visible_text(heading), heading
    others = [text for _, text, _ in pool if text != title]
    for link in same:
        if link.title_attr:
            title = _untruncate(title, same)
            break
    return title, node, others, cards, kicker


def _kicker_in(anchor: _Element) -> str | None:
    """The text of a section-classed label inside a title link ("<span class="kicker">Live
    </span> Headline…"): a label beside the headline, not part of it."""
    for inner in anchor.iterdescendants():
        names = inner.get("class")
        if names and section_hinted(names) and _SECTION_CLASS.search(words_of(names_of(inner))):
            text = text_of(inner)
            return text if 0 < len(text) <= _SECTION_MAX else None
    return None


def _without_kicker(text: str, kicker: str) -> str:
    """A link text without the kicker it starts or ends with (the whole text when nothing
    would remain)."""
    if text.startswith(kicker):
        rest = text[len(kicker) :]
    elif text.endswith(kicker):
        rest = text[: -len(kicker)]
    else:
        return text
    rest = rest.strip(" |:·•/-–—")
    return rest or text


def _untruncate(title: str, same: list[Link]) -> str:
    """The link's ``title`` attribute when the visible title is a cut-down version of it."""
    stem = _untruncated(title)
    for link in same:
        full = link.title_attr
        if len(full) > len(stem) and full.startswith(stem[: max(4, len(stem) - 1)]):
            if full.startswith(title) and _LINK_HINT.fullmatch(full[len(title) :]):
                continue  # the whole headline plus what the link does: the headline it is
            return full
    return title


@memoised
def section_hinted(names: str) -> bool:
    """A class list that may call its element a section label (the cheap first test; pages
    repeat their class lists, so the answer is memoised per list)."""
    return _SECTION_HINT.search(names, 0, _HINT_SPAN) is not None


def _title_classed(element: _Element) -> bool:
    names = element.get("class")
    return bool(names) and title_class(names)


@memoised
def title_class(names: str) -> bool:
    """A class list whose first names say title or headline (memoised per list)."""
    head = names[:_HINT_SPAN]
    if not any(hint in head for hint in _TITLE_HINTS):
        return False
    return _TITLE_CLASS.search(words_of(head)) is not None


def _card_title_node(anchor: _Element) -> _Element | None:
    """The headline inside a link that wraps a whole card (heading, title class, first block)."""
    if not len(anchor):  # most links hold text only
        return None
    blocks = [c for c in anchor if isinstance(c.tag, str) and c.tag not in _INLINE]
    if not blocks:
        # Inline parts only, one of them named the title (<a><span class="play">재생</span>
        # <strong class="tit">…</strong></a>): that part is the headline.
        for element in anchor.iterdescendants():
            if _title_classed(element):
                if element.tag not in _INLINE and text_of(element):
                    # A block of its own inside the inline wrappers (<span class="txt">
                    # <p class="title">…</p><p class="date">…</p></span>): the card's headline
                    # line, whatever lines follow it.
                    return element
                inner, whole = text_of(element), text_of(anchor)
                rest = whole.replace(inner, "", 1).strip()
                # Beside a short label (재생, 03:21, a badge), not beside a subtitle (a dek
                # after a colon is the headline's own second half); beside a lead-classed
                # part (<span class="tit">…</span><span class="lede">…</span>), a card too.
                if not inner or not rest or rest.startswith((":", "—", "–")):
                    return None
                if len(rest) <= _SECTION_MAX or _inline_lead(anchor, element) is not None:
                    return element
                if _meta_parts_only(anchor, element):
                    return element
                return None
        # No part named the title, one named the lead (<span class="text"><strong>…</strong>
        # <span class="lead">…</span><span class="date">…</span></span>): the text part just
        # before the lead is the headline.
        lead = _inline_lead(anchor, None)
        if lead is not None:
            for before in lead.itersiblings(preceding=True):
                if isinstance(before.tag, str) and (text := text_of(before)):
                    return before if reads_as_headline(text) else None
        return None
    for element in anchor.iter(*_HEADINGS):
        return element
    for element in anchor.iter():
        if element is not anchor and _title_classed(element):
            return element
    for child in blocks:
        if text_of(child):
            # A linked lead (<a><p>lead</p></a>) is not a card: its paragraph is no title.
            return None if child.tag == "p" or _lead_classed(child) else child
    return None


def _meta_parts_only(anchor: _Element, title: _Element) -> bool:
    """Every text beside ``title`` in the link is a short part of its own: a label ("재생",
    a badge), a media length ("02:31") or a date line ("방송일 2025.04.08"), each one short,
    however many there are; not one long run of text (a subtitle). A date line may run longer
    than a label."""
    inside = set(title.iter())
    parts: list[str] = []
    for node in anchor.iter():
        if not isinstance(node.tag, str) or node.tag in _SKIP:
            continue
        if node not in inside and node.text:
            parts.append(node.text)
        if node is not anchor and node.tail and (node is title or node not in inside):
            parts.append(node.tail)
    texts = [text for text in map(collapse, parts) if text]
    return bool(texts) and all(
        len(text) <= _SECTION_MAX or (len(text) <= MAX_TIME_TEXT and time_in(text) is not None)
        for text in texts
    )


def _inline_lead(anchor: _Element, title: _Element | None) -> _Element | None:
    """A lead-classed part with text inside an inline-only card link, neither ``title`` nor
    around or inside it."""
    around = set(title.iterancestors()) if title is not None else set()
    for element in anchor.iterdescendants():
        if (
            _lead_classed(element)
            and element is not title
            and element not in around
            and (title is None or title not in set(element.iterancestors()))
            and text_of(element)
        ):
            return element
    return None


def _title_rank(anchor: _Element, scope: _Element) -> int:
    """2 for a link in a heading or title-classed element, 0 for one in a paragraph or a
    lead-classed element (a linked lead), 1 otherwise; the nearest such ancestor decides."""
    for element in (anchor, *anchor.iterancestors()):
        if element.tag in _HEADINGS or _title_classed(element):
            return 2
        if element.tag in ("p", "dd") or _lead_classed(element):
            return 0
        if element is scope:
            break
    return 1


def _lead_classed(element: _Element) -> bool:
    names = element.get("class")
    return bool(names) and lead_class(names)


@memoised
def lead_class(names: str) -> bool:
    """A class list whose first names say lead, summary or description (memoised per list)."""
    return _LEAD_CLASS.search(words_of(names[:_HINT_SPAN])) is not None


def _heading_in(scope: _Element) -> _Element | None:
    for element in scope.iter(*_HEADINGS):
        if text_of(element):
            return element
    for element in scope.iter():
        if _title_classed(element) and text_of(element):
            return element
    return None


def _walk(scope: _Element, title_node: _Element | None, cards: set[_Element]) -> _Walk:
    """Texts of the record outside its links (one per run of inline text, document order),
    its first machine-readable time and its section-classed elements. Inside a link that wraps
    a card only the title node is left out."""
    walk = _Walk()
    units = walk.units
    sections = walk.sections
    time_raw: str | None = None
    stack: list[_Element | str] = [scope]
    # The elements holding the title node: walked part by part, so that the title, left out,
    # never comes back inside a larger text unit (<a><span class="txt"><p class="title">…</p>
    # <p class="date">…</p></span></a>: inline wrappers around lines of their own).
    holders = set(title_node.iterancestors()) if title_node is not None else set()
    while stack:
        element = stack.pop()
        if isinstance(element, str):  # the tail of an element whose children were walked
            units.append((scope, element))
            continue
        tag = element.tag
        if tag in _SKIP or element is title_node or not isinstance(tag, str):
            continue
        if time_raw is None and _may_carry_time(element, tag):
            time_raw = _machine_time(element, tag)
        names = element.get("class")
        if names and section_hinted(names):
            sections.append(element)
        if tag == "a" and element not in cards:
            if walk.stamp_link is None and element is not scope:
                walk.stamp_link = _linked_time([visible_text(element)])
            tail = element.tail
            if tail and element is not scope and not tail.isspace():
                units.append((element, collapse(tail)))
            continue
        children = list(element)
        inline = element not in holders
        for child in children if inline else ():
            if child.tag not in _INLINE:
                inline = False
                break
        if inline:
            if children and _labels_row(element, children):
                # <dd><span class="lede">…</span> <span class="writing">…</span> <span
                # class="date">54분전</span></dd>: separate labels, one unit each.
                time_raw = _inline_details(element, time_raw, sections)
                for child in children:
                    text = visible_text(child)
                    if text:
                        units.append((child, text))
                text = ""
            elif children:
                text = visible_text(element)
                time_raw = _inline_details(element, time_raw, sections)
                if len(children) > 1 and _MAYBE_TIME.search(text) and not time_in(text):
                    # "By: <a>Staff</a>" glued to "April 8, 2025 | 1:05 PM" with no space
                    # between the spans: the time is still one part's whole text.
                    units.extend(
                        (child, part)
                        for child in children
                        if (part := visible_text(child)) and time_in(part)
                    )
            else:
                text = collapse(element.text or "")
            if text:
                units.append((element, text))
        else:
            text = element.text
            if text and not text.isspace():
                units.append((element, collapse(text)))
            tail = element.tail
            if tail and element is not scope and not tail.isspace():
                stack.append(collapse(tail))  # popped once the children are done
            children.reverse()
            stack.extend(children)
            continue
        tail = element.tail
        if tail and element is not scope and not tail.isspace():
            units.append((element, collapse(tail)))
    walk.time_raw = time_raw
    return walk


def _labels_row(element: _Element, children: list[_Element]) -> bool:
    """Inline children that are labels of their own (each classed, nothing but whitespace
    between them), not the styled words of one sentence."""
    if len(children) < 2 or (element.text and not element.text.isspace()):
        return False
    for child in children:
        if not child.get("class") or (child.tail and not child.tail.isspace()):
            return False
    return True


def _walk_run(head: _Element, link: Link, layout: Layout, walk: _Walk) -> None:
    """Add to ``walk`` the siblings a flat list gives its record after the title element —
    ``<dt><a>title</a></dt><dd>lead</dd><dd>date</dd>``, ``<h3>…</h3><p>…</p>`` — up to the next
    record's title element or anything that links another article."""
    sibling = head.getnext()
    bare = head.tag == "a"
    if bare and head.tail and not head.tail.isspace():
        walk.units.append((head, collapse(head.tail)))
    for _ in range(_RUN_LENGTH):
        if sibling is None or sibling.tag == head.tag or not isinstance(sibling.tag, str):
            return
        for anchor in sibling.iter("a"):
            other = layout.links.get(anchor)
            if other is not None and other.key != link.key:
                return
        _extend(walk, _walk(sibling, None, set()))
        if bare and sibling.tail and not sibling.tail.isspace():
            # A bare link's record runs on in the text between its siblings: <a>title</a>
            # <br><font>date</font><br>lead text<br><br><a>next title</a>.
            walk.units.append((sibling, collapse(sibling.tail)))
        sibling = sibling.getnext()


def _extend(walk: _Walk, part: _Walk) -> None:
    """``part``'s texts, time and section elements added after ``walk``'s own."""
    walk.units.extend(part.units)
    walk.time_raw = walk.time_raw or part.time_raw
    walk.stamp_link = walk.stamp_link or part.stamp_link
    walk.sections.extend(part.sections)


def _inline_details(
    element: _Element, time_raw: str | None, sections: list[_Element]
) -> str | None:
    """Times and section classes on the inline descendants of a text unit (``<span
    class="section">``, ``<time datetime>`` inside a ``<p>``); their text is the unit's.
    Returns the record's machine time (``time_raw`` when it already has one)."""
    for inner in element.iterdescendants():
        if time_raw is None and _may_carry_time(inner, inner.tag):
            time_raw = _machine_time(inner, inner.tag)
        names = inner.get("class")
        if names and section_hinted(names):
            sections.append(inner)
    return time_raw


def _may_carry_time(element: _Element, tag: str) -> bool:
    """Cheap test before ``_machine_time``: a ``<time>`` or an element with a ``data-*``
    attribute (most elements of a record have neither, and the full test is per attribute)."""
    keys = element.keys()  # noqa: SIM118 - lxml attributes, not a dict
    if not keys:
        return False
    names = " ".join(keys)
    return (
        tag == "time"
        or "data-" in names
        or "datetime" in names
        or "itemprop" in names
        or ("title" in names and tag != "a")
    )


def _machine_time(element: _Element, tag: str) -> str | None:
    """A ``<time datetime>`` value or a dated ``data-*`` attribute (``data-published="2025-04-08
    09:00"``, ``data-timestamp="1712534400"``) of ``element``."""
    if element.get("itemprop") in _PUBLISHED_PROPS:
        value = (element.get("content") or element.get("datetime") or "").strip()
        if value and find_time_text(value):
            return value
    if tag == "time" or element.get("datetime") is not None:
        # <time>, and the elements that stand in for it (amp-timeago, relative-time, …)
        value = (element.get("datetime") or "").strip()
        if value and find_time_text(value):
            if ":" in value and not _OFFSET.search(value):
                # "2025-04-07T22:41:00" shown as "10:41 PM PDT • April 7, 2025": the clock
                # the attribute was written in is the one the text names.
                zone = printed_zone(text_of(element))
                if zone:
                    return f"{value} {zone}"
            return value
    hover = element.get("title")
    if hover and len(hover) <= MAX_TIME_TEXT and _FULL_STAMP.match(hover):
        # "3 hours ago" with the moment itself as the hover text: that moment.
        return hover.split()[0]
    for name in element.keys():  # noqa: SIM118 - lxml attributes, not a dict
        if name.startswith("data-") and any(part in name for part in _DATE_ATTR_PARTS):
            value = (element.get(name) or "").strip()
            short = len(value) <= MAX_TIME_TEXT
            if _EPOCH_VALUE.match(value) or (short and find_time_text(value)):
                return value
    return None


@memoised
def time_in(text: str) -> str | None:
    """The timestamp in a short text (``find_time_text``), None for long texts; memoised: a
    record's texts are tested several times over and listings repeat date lines."""
    if len(text) > MAX_TIME_TEXT or not _MAYBE_TIME.search(text):
        return None
    return find_time_text(text)


# The label of a revision time printed beside the publication time ("Updated: …", "Last
# updated …", "Modified …", "수정 …", "업데이트 …").
_REVISION_LABEL = re.compile(
    r"\W*(?:last\s+)?(?:updated?|modified|edited|revised)\b|\W*(?:수정|업데이트|갱신)",
    re.IGNORECASE,
)


def _time_text(
    units: list[tuple[_Element, str]], summary: str | None, scope: _Element
) -> str | None:
    """The timestamp of the short text that is most nearly nothing but a timestamp (a date
    line beats a sentence that mentions "1년 전"); the lead is never a source. A bare "01:52"
    comes last but one (a clock, or a video's length beside the record's real time), an
    "Updated: …" line last (the latest edit, not the story's time)."""
    best, coverage = None, 0.0
    bare = None
    revised = None
    for element, text in units:
        if text == summary:
            continue
        found = time_in(text)
        if not found:
            continue
        if _REVISION_LABEL.match(text):
            # "Updated: 8 April 2025 07:40 CEST" beside "Published: …": the last edit, not
            # the story's time; the record's time only when nothing else gives one.
            revised = revised or found
            continue
        if _DURATION_SHAPE.match(found):
            if _playing_time(element, element is not scope):
                continue
            # A lone clock, or one glued to a short label ("재생02:31", "▶ 03:21"): a
            # media length as often as a clock, the last resort whatever its coverage.
            bare = bare or found
            continue
        if len(found) / len(text) > coverage:
            best, coverage = found, len(found) / len(text)
    return best or bare or revised


def _linked_time(linked: list[str]) -> str | None:
    """The time printed as a link to the article itself (a theme's permalink date: ``<a
    href=post>2 hours ago</a>``, ``Posted on <a rel=bookmark>April 8, 2025</a>``): a link
    text that is nothing but a timestamp, where no text outside the links gave one."""
    for text in linked:
        found = time_in(text)
        if found and len(found) >= len(text.strip()) - 2 and not _DURATION_SHAPE.match(found):
            return found  # a lone "2:45" on a linked thumbnail is the clip's length
    return None


def _playing_time(element: _Element, inside: bool) -> bool:
    """A video's or podcast's length ("2:45" in ``span.video-duration``, or, ``inside`` the
    text unit's own element, in a thumbnail holding ``span.play_time``), not a clock."""
    parent = element.getparent()
    nodes = element.iter() if inside else (element,)
    for node in (*nodes, *((parent,) if parent is not None else ())):
        names = node.get("class")
        if names and duration_class(names):
            return True
    return False


@memoised
def duration_class(names: str) -> bool:
    return _DURATION_CLASS.search(names) is not None


def _lead(
    texts: list[str], title: str, classed: frozenset[str] | set[str] = frozenset()
) -> str | None:
    """The longest text long enough to be a lead that is not a copy of the title and not a
    byline or dateline (a time plus a few words: "홍길동 기자 2025-04-08 14:20"); a text whose
    own element is classed as a lead (dek, summary, description) may be half as long."""
    minimum = 20 if is_hangul(title) else 40
    best = None
    for text in texts:
        floor = minimum // 2 if text in classed else minimum
        if len(text) < floor or (best is not None and len(text) <= len(best)):
            continue
        if text == title or title.startswith(_untruncated(text)):
            continue
        if text.startswith(title) and len(text) - len(title) <= _TITLE_SUFFIX:
            continue  # the title and its source: "Show HL: … (github.example)"
        found = time_in(text)
        if found and len(text) - len(found) < minimum:
            continue
        best = text
    return best


def _untruncated(text: str) -> str:
    """``text`` without a trailing truncation mark (the regex only where one may end it)."""
    return _TRUNCATION.sub("", text) if text.rstrip().endswith(("..", "…")) else text


def _section(candidates: list[_Element], title: str) -> str | None:
    """A short label whose element is classed as a section/category/rubric, brackets off; the
    label's link when it has one ("Posted in <a>World</a>" -> "World")."""
    for element in candidates:
        if not _SECTION_CLASS.search(words_of(names_of(element))):
            continue
        link = next(element.iter("a"), None)
        text = _BRACKETED.sub(r"\1", text_of(link if link is not None else element))
        if not text or len(text) > _SECTION_MAX or text == title or time_in(text):
            continue
        return text
    return None
