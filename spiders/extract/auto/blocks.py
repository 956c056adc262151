"""Judging candidate blocks: which are article lists, which are rankings, menus, widgets or ads.

Evidence for an article list (per block, as fractions of its records): headline-length titles,
URLs that name one article (ids, dated paths, slugs), leads, timestamps, and size. Evidence
against: vocabulary around the block (class/id words of the container and its close
ancestors, the block's heading) saying ranking, related/recommended, navigation or
advertisement; rank numbers; ad labels and ad-server links; ``<nav>``/``<footer>`` ancestors.
Vocabulary is a penalty, not a verdict: a "Trending" row of full cards with leads is still a
list of articles, while a "많이 본 뉴스" column of bare headlines is not (nor a numbered one of
full cards). Adverts are always dropped; an ad-heavy block keeps only its unmistakable articles.
A lone record is kept only when its URL has the shape of articles that accepted lists use.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from .dom import Block, Record, SheetDisplay, main_link, template, text_of
from .fields import RecordFields
from .signals import (
    article_url_score,
    names_of,
    names_sidebar,
    split_url,
    url_shape,
    vocabulary,
    words_of,
)

if TYPE_CHECKING:
    from lxml.etree import _Element

# Ancestors above the container whose class/id words still describe the block.
_CONTEXT_DEPTH = 3
_HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# A heading this far back (siblings, then the parent's siblings) still names the block.
_HEADING_SIBLINGS = 3
# A table layout's caption row holds at most this many characters.
_CAPTION = 40
# An element with more descendants than this is content, not a heading wrapper.
_SMALL_ELEMENT = 30
# Share of records with a lead that marks a list of articles, whatever its label says.
_RICH = 0.5
# Inline styles that keep an element out of view.
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# Ids older layouts give their side column (a bare "right" class says float or align).
_SIDE_COLUMN_IDS = {"right", "r_side", "rside", "side", "right_side", "side_right"}
# "right" or "r" as a word of a class or id ("content-right", "cont_r"), for the column pairs.
_RIGHT_WORD = re.compile(r"(?<![a-z])(right|r)(?![a-z])")
# Lone records of one container template that make a list together.
_REPEATED_SINGLES = 3


@dataclass(slots=True)
class Verdict:
    """The judgement of one block; ``kind`` as in BlockReport, ``accepted`` the records that
    become items (all article-like records of a kept list; the strong ones of a weak block)."""

    block: Block
    records: list[RecordFields]
    kind: str
    score: float
    label: str | None
    reasons: list[str] = field(default_factory=list)
    accepted: list[RecordFields] = field(default_factory=list)
    kinds: frozenset[str] = frozenset()  # the block's vocabulary, where its records were read

    @property
    def kept(self) -> bool:
        return bool(self.accepted)


def judge(
    blocks: list[Block],
    read: Callable[[Record], RecordFields | None],
    page_url: str = "",
    display: SheetDisplay | None = None,
) -> list[Verdict]:
    """A verdict per block, reading records with ``read`` only where the verdict needs them.

    Blocks whose context says menu or advertisement, and lone links that name no article,
    are settled unread. Lists are judged next; then lone records, weak and ad-heavy blocks
    keep the records that are unmistakably articles: a headline whose URL names an article
    and has the shape of URLs the accepted lists use."""
    ancestry: dict[_Element, frozenset[str]] = {}
    named: dict[_Element, str] = {}
    verdicts = []
    for block in blocks:
        label = block_heading(block)
        kinds = vocabulary(_context_words(block, label, named)) | _inherited(
            block.container, ancestry, display or SheetDisplay()
        )
        verdict = _screen(block, kinds, label)
        if verdict is None:
            records = [fields for record in block.records if (fields := read(record))]
            verdict = _judge_one(block, records, kinds, label)
        verdicts.append(verdict)
    if not any(v.kind == "articles" for v in verdicts):
        # A sidebar beside nothing: the page's columns are all named like rails, or its one
        # column is (a "no-rail" layout). Its lists are judged as lists.
        verdicts = [
            _judge_one(v.block, v.records, v.kinds - {"sidebar"}, v.label)
            if v.kind == "sidebar"
            else v
            for v in verdicts
        ]
    if any(v.kind == "articles" and "hidden" not in v.kinds for v in verdicts):
        # Lists the page keeps out of view (inactive tab panels) beside one it shows.
        for verdict in verdicts:
            if "hidden" in verdict.kinds and verdict.kind in ("articles", "single", "weak"):
                _drop(verdict, "hidden", "an inactive tab panel beside a shown list")
    _drop_titled_recommendations(verdicts, page_url)
    _accept_repeated_singles(verdicts)
    _judge_nested(verdicts)
    _drop_side_strips(verdicts)
    shapes = {
        url_shape(r.link.url)
        for v in verdicts
        if v.kind == "articles" and len(v.records) >= 2
        for r in v.records
    }
    for verdict in verdicts:
        if verdict.kind == "articles":
            verdict.accepted = [r for r in verdict.records if _article_record(r)]
        elif verdict.kind in ("single", "weak", "ads"):
            # An ad-heavy block may still hold the page's own article beside a sponsored
            # one (a hero next to a "Sponsored" strip): its strong non-advert records stay.
            verdict.accepted = [r for r in verdict.records if _strong_record(r, shapes)]
            if verdict.kind == "ads" and verdict.accepted:
                # A recommendation widget mixes the site's own older stories into its paid
                # links, each in the same markup: those are recommendations, not the page's
                # list. The page's own article beside an ad strip has markup of its own.
                paid = {_template_of(r.link.element) for r in verdict.records if r.advert}
                verdict.accepted = [
                    r for r in verdict.accepted if _template_of(r.link.element) not in paid
                ]
            if verdict.kind == "single":
                verdict.kind = "articles" if verdict.accepted else "weak"
            if verdict.accepted:
                verdict.reasons.append(
                    f"kept {len(verdict.accepted)} record(s) with an accepted article URL shape"
                )
    return verdicts


# Share of a bare block's links that a richer list above it already shows: a digest of it.
_DIGEST = 0.4


def _bare(verdict: Verdict) -> bool:
    return bool(verdict.records) and not any(
        r.summary is not None or r.published_raw is not None for r in verdict.records
    )


def _drop_side_strips(verdicts: list[Verdict]) -> None:
    """Beside a list of full cards (leads or times), a bare link list after it whose links
    mostly repeat the list's own articles is a digest of it ("Top Headlines", "In brief"),
    not more of the page's articles."""
    rich = [v for v in verdicts if v.kind == "articles" and not _bare(v) and len(v.records) >= 3]
    if not rich:
        return
    first = min(v.block.order for v in rich)
    shown = {r.link.key for v in rich for r in v.records}
    for verdict in verdicts:
        if verdict.kind != "articles" or verdict.block.order <= first or not _bare(verdict):
            continue
        repeated = sum(r.link.key in shown for r in verdict.records) / len(verdict.records)
        if repeated >= _DIGEST:
            _drop(verdict, "ranking", f"links repeating {repeated:.0%} of the list above")


# "More from Bits & Atoms": the site's (or another desk's) other stories, unless what
# follows "from" is the page's own section ("More from politics" on /politics).
_MORE_FROM = re.compile(r"^\s*more\s+from\s+(.+)$", re.IGNORECASE)


def _more_from_elsewhere(label: str, page_url: str) -> bool:
    match = _MORE_FROM.match(label)
    if match is None:
        return False
    path = urlsplit(page_url).path.lower()
    return not any(word in path for word in re.findall(r"\w{3,}", match.group(1).lower()))


def _drop_titled_recommendations(verdicts: list[Verdict], page_url: str = "") -> None:
    """A list headed "Recommended from …" / "Related stories" / "You may also like" beside a
    list of the page's own at least as long is a recommendation box, leads or not: its
    heading says whose articles these are. (Class words alone do not decide: newsrooms name
    parts of their own lists "related".)"""
    titled = [
        v
        for v in verdicts
        if v.kind == "articles"
        and v.label
        and ("related" in vocabulary(v.label.lower()) or _more_from_elsewhere(v.label, page_url))
    ]
    titled_ids = {id(v) for v in titled}
    own = [v for v in verdicts if v.kind == "articles" and id(v) not in titled_ids]
    for verdict in titled:
        if any(len(v.records) >= len(verdict.records) for v in own):
            _drop(verdict, "related", "headed as recommendations beside the page's own list")


def _accept_repeated_singles(verdicts: list[Verdict]) -> None:
    """Lone records that repeat one container template (a topic page's clusters, each with
    its main article in a box of its own) are one list spread over boxes: three or more of
    them, each an article headline, are judged articles together."""
    singles: dict[str, list[Verdict]] = {}
    for verdict in verdicts:
        if verdict.kind == "single" and len(verdict.records) == 1:
            singles.setdefault(_template_of(verdict.block.container), []).append(verdict)
    for group in singles.values():
        if len(group) >= _REPEATED_SINGLES and all(_unmistakable(v.records[0]) for v in group):
            for verdict in group:
                verdict.kind = "articles"
                verdict.reasons.append(f"one of {len(group)} lone records of one template")


def _judge_nested(verdicts: list[Verdict]) -> None:
    """Blocks inside one item of an article list (an element of the same parent and template
    as the list's records). The item itself, made a block of its own because a nested list
    crowds it (a search result with other outlets' coverage under it), is one more item of
    the list; a list nested inside an item, without leads, whose links all go to other sites
    than the item's own article, is that item's related coverage, not the page's articles."""
    # Each record of an accepted list, with the articles its own links name.
    listed = {
        record.element: {link.key for link in record.links}
        for v in verdicts
        if v.kind == "articles" and len(v.records) >= 2
        for record in v.block.records
    }
    items = {(element.getparent(), template(element)) for element in listed}
    if not items:
        return
    anchors: dict[_Element, tuple[Verdict, str]] | None = None  # built once, when first needed
    for verdict in verdicts:
        if verdict.kind not in ("articles", "single", "weak") or not verdict.records:
            continue
        item = _enclosing_item(verdict, items)
        if item is None:
            continue
        if item is verdict.block.container:
            own = listed.get(item)
            if own and any(link.key in own for r in verdict.block.records for link in r.links):
                # The item, read already as a record of its list, split by links of one
                # template inside it (the picture link to its article beside its section
                # link): their block is parts of that record, not more of the page's items.
                _drop(verdict, "part", "links of one record of an article list, split")
            elif verdict.kind != "articles" and all(_article_record(r) for r in verdict.records):
                verdict.kind = "articles"
                verdict.reasons.append("one item of an article list, crowded by a nested list")
        elif sum(r.summary is not None for r in verdict.records) < _RICH * len(verdict.records):
            if anchors is None:
                anchors = {r.link.element: (v, r.link.url) for v in verdicts for r in v.records}
            own = _hosts_in(item, verdict, anchors)
            if own and own.isdisjoint(split_url(r.link.url)[0] for r in verdict.records):
                _drop(verdict, "related", "other sites' articles nested inside one item of a list")


def _enclosing_item(
    verdict: Verdict, items: set[tuple[_Element, tuple[str, str]]]
) -> _Element | None:
    """The nearest element at or above the block's container that is an item of an accepted
    list (not one of the block's own records); None when there is none."""
    own = {record.element for record in verdict.block.records}
    node: _Element | None = verdict.block.container
    while node is not None and node.tag not in ("body", "html"):
        parent = node.getparent()
        if node not in own and (parent, template(node)) in items:
            return node
        node = parent
    return None


def _hosts_in(
    item: _Element, nested: Verdict, anchors: dict[_Element, tuple[Verdict, str]]
) -> set[str]:
    """Hosts of the articles ``item`` holds outside the ``nested`` block (``anchors``: each
    record's link element, with its verdict and URL)."""
    hosts = set()
    for anchor in item.iter("a"):
        entry = anchors.get(anchor)
        if entry is not None and entry[0] is not nested:
            hosts.add(split_url(entry[1])[0])
    return hosts


def _unmistakable(record: RecordFields) -> bool:
    """A headline, not an advert or notice, whose URL names an article."""
    return record.headline and not record.advert and not record.notice and record.url_score >= 1.0


def _template_of(element: _Element) -> str:
    """Tag and class names of ``element`` and its two ancestors (``div.a>div.b>div.c``)."""
    steps = []
    node: _Element | None = element
    for _ in range(3):
        if node is None:
            break
        steps.append(f"{node.tag}.{node.get('class') or ''}")
        node = node.getparent()
    return ">".join(steps)


def _article_record(record: RecordFields) -> bool:
    """A record of an accepted list that is an article: not the list's heading or "more"
    link, not an advert or the site's notice slotted into the list."""
    if record.advert or record.notice:
        return False
    score = record.url_score
    if score >= 1.0:
        return record.headline or (record.published_raw is not None and record.summary is not None)
    dated, lead = record.published_raw is not None, record.summary is not None
    # A link to a home, section or tag page needs a whole card (lead and time) to count.
    return record.headline and (dated or lead if score >= 0.5 else dated and lead)


def _strong_record(record: RecordFields, shapes: set[str]) -> bool:
    """Unmistakably an article, wherever it stands: a headline, not an advert, whose URL names
    an article and has a shape the accepted lists use."""
    return _unmistakable(record) and url_shape(record.link.url) in shapes


def _screen(block: Block, kinds: frozenset[str], label: str | None) -> Verdict | None:
    """A verdict that needs no record read, or None."""
    if "ads" in kinds:
        verdict = Verdict(block, [], "ads", 0.0, label, ["advertising vocabulary"])
    elif "navigation" in kinds:
        verdict = Verdict(block, [], "navigation", 0.0, label, ["navigation/header/footer context"])
    elif len(block.records) == 1 and article_url_score(main_link(block.records[0]).url) < 1.0:
        verdict = Verdict(block, [], "weak", 0.0, label, ["lone link that names no article"])
    else:
        return None
    return verdict


def _judge_one(
    block: Block, records: list[RecordFields], kinds: frozenset[str], label: str | None
) -> Verdict:
    verdict = Verdict(block, records, "weak", 0.0, label, kinds=kinds)
    count = len(records)
    if count == 0:
        verdict.reasons.append("no readable records")
        return verdict
    headline = sum(r.headline for r in records) / count
    article = sum(r.url_score for r in records) / count
    leads = sum(r.summary is not None for r in records) / count
    times = sum(r.published_raw is not None for r in records) / count
    ads = sum(r.advert for r in records) / count
    ranked = _numbered(records)
    verdict.score = round(count * (0.4 * headline + 0.4 * article + 0.1 * leads + 0.1 * times), 2)
    verdict.reasons.append(
        f"headlines {headline:.0%}, article urls {article:.0%}, leads {leads:.0%}, "
        f"times {times:.0%}"
    )
    rich = leads >= _RICH
    if ads >= 0.5:
        return _drop(verdict, "ads", "ad labels or ad-server links")
    ordered = block.container.tag == "ol" and times < _RICH
    if not rich and ("ranking" in kinds or ranked >= 0.6 or ordered):
        return _drop(verdict, "ranking", "ranking vocabulary or numbered entries")
    if "ranking" in kinds and (ranked >= 0.6 or block.container.tag == "ol"):
        # Full cards do not make a "많이 본 기사" box a list of the page's articles when its
        # entries are numbered too: vocabulary and numbering together outweigh the leads.
        return _drop(verdict, "ranking", "ranking vocabulary and numbered entries")
    if not rich and "related" in kinds:
        return _drop(verdict, "related", "related, recommended or obituary vocabulary")
    if not rich and "sidebar" in kinds:
        return _drop(verdict, "sidebar", "sidebar of a page whose main list is elsewhere")
    if count == 1:
        verdict.kind = "single"
        return verdict
    if headline >= 0.6 and (article >= 0.6 or (article >= 0.5 and rich) or times >= _RICH):
        verdict.kind = "articles"
        return verdict
    return _drop(verdict, "weak", "titles or URLs unlike article headlines")


def _numbered(records: list[RecordFields]) -> float:
    """Share of records numbered 1, 2, 3 … in order, as rankings are (a board's post numbers
    count down from hundreds and do not qualify)."""
    hits = sum(1 for position, r in enumerate(records, start=1) if r.rank == position)
    return hits / len(records)


def _drop(verdict: Verdict, kind: str, reason: str) -> Verdict:
    verdict.kind = kind
    verdict.reasons.append(reason)
    return verdict


def _context_words(block: Block, label: str | None, named: dict[_Element, str]) -> str:
    """Class/id words of the container, its close ancestors and its records, and its heading
    (``named`` memoises each element's words: blocks share their ancestors)."""
    parts = []
    element: _Element | None = block.container
    for _ in range(_CONTEXT_DEPTH + 1):
        if element is None or element.tag in ("body", "html"):
            break
        parts.append(_words(element, named))
        element = element.getparent()
    # The records' own names, where two of the first three share them: one record classed
    # "card--paid" is an advert in a list, not an ad block (fields marks that record). In
    # their order on the page: the words must come out the same on every run.
    sampled = [dict.fromkeys(_words(record.element, named).split()) for record in block.records[:3]]
    if len(sampled) == 1:
        parts.append(" ".join(sampled[0]))
    else:
        counts = Counter(word for words in sampled for word in words)
        parts.append(" ".join(word for word, n in counts.items() if n >= 2))
    if label:
        parts.append(label.lower())
    # Each word once (records repeat their classes, and the vocabulary scan is per character),
    # each element's words and the heading apart: the scan joins neighbouring words ("you may
    # like" is "youmay…"), never the last of one name to the first of the next ("square" +
    # "latest" is no "relate").
    seen: set[str] = set()
    groups = []
    for part in parts:
        fresh = [word for word in part.split() if word not in seen]
        seen.update(fresh)
        if fresh:
            groups.append(" ".join(fresh))
    return " | ".join(groups)


# A class naming how a block is paged ("td_with_ajax_pagination", "jeg_pagination_nav_1",
# "pagination-loadmore"), not a pager: it says nothing of navigation.
_PAGED_BLOCK = re.compile(
    r"\S*(?:(?:with|has)[-_]+(?:ajax[-_]+)?(?:pagination|paging)"
    r"|(?:pagination|paging)[-_]+(?:nav[-_]*\d|ajax|load[-_]?more|infinite|scroll|disabled?"
    r"|enabled?|type|style|mode|\d))\S*",
    re.IGNORECASE,
)


def _words(element: _Element, named: dict[_Element, str]) -> str:
    words = named.get(element)
    if words is None:
        names = names_of(element)
        if "agin" in names:  # "pagination", "paging": the only names the pattern removes
            names = _PAGED_BLOCK.sub(" ", names)
        words = named[element] = words_of(names)
    return words


def _inherited(
    element: _Element, ancestry: dict[_Element, frozenset[str]], display: SheetDisplay
) -> frozenset[str]:
    """What a block inherits from any ancestor, however deep: ``navigation`` inside ``<nav>``
    or ``<footer>``, ``sidebar`` inside ``<aside>`` or an element named as a sidebar (a sidebar
    wraps whole columns), ``hidden`` inside an inactive tab panel. Memoised per
    element in ``ancestry``; the body is left out because layouts name it after their
    sidebars and menus."""
    known = ancestry.get(element)
    if known is not None:
        return known
    tag = element.tag
    parent = element.getparent()
    if tag in ("body", "html") or parent is None:
        ancestry[element] = frozenset()
        return ancestry[element]
    kinds = set(_inherited(parent, ancestry, display))
    if _inactive_tab(element, display):
        kinds.add("hidden")
    if tag in ("nav", "footer") or _names_footer(names_of(element)):
        kinds.add("navigation")
    elif (
        tag == "aside"
        or element.get("id") in _SIDE_COLUMN_IDS
        or names_sidebar(names_of(element))
        or _right_of_pair(element, parent)
    ):
        kinds.add("sidebar")
    ancestry[element] = frozenset(kinds)
    return ancestry[element]


_FOOTER_NAME = re.compile(r"(?:^|[\s_-])footer(?:$|[\s_-])", re.IGNORECASE)


def _names_footer(names: str) -> bool:
    """Class/id names that call an element a footer (``td-footer-wrap``, ``site-footer``,
    ``footer``): what sits inside one, however deep, is the page's furniture. A
    ``card-footer`` matches too, harmlessly: it is the foot of one item, and holds no list."""
    return _FOOTER_NAME.search(names) is not None


def _right_of_pair(element: _Element, parent: _Element) -> bool:
    """The right one of two columns named alike ("content-left" / "content-right", "cont_l" /
    "cont_r"): the side column beside the page's main one. A lone "right" is no sidebar (it
    says float or align), nor is the right one of a pair named differently."""
    names = _column_words(element)
    if "r" not in names:
        return False
    words = names.split()
    left = _RIGHT_WORD.sub(lambda m: "left" if m.group(1) == "right" else "l", names).split()
    if left == words:
        return False
    return any(
        sibling is not element
        and isinstance(sibling.tag, str)
        and _column_words(sibling).split() == left
        for sibling in parent
    )


_CAMEL_STEP = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _column_words(element: _Element) -> str:
    """Class and id of a column, lower-cased, camel case split at its humps ("rightContent" is
    "right-content"): a pair named "leftContent" / "rightContent" is the same pair."""
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return _CAMEL_STEP.sub("-", names).lower()


def _inactive_tab(element: _Element, display: SheetDisplay) -> bool:
    """A tab panel kept out of view until its tab is chosen: by a ``hidden`` attribute, an
    inline style or the page's stylesheet (``.tab_cont{display:none} .tab_cont.on{…}``). Only
    tabs: pages also hide, and then show from script, parts of their main content (a
    cluster's further articles)."""
    if element.get("role") != "tabpanel":
        words = words_of(names_of(element)).split()
        if not any(word.startswith("tab") or word in ("panel", "pane") for word in words):
            return False
    style = element.get("style")
    return (
        element.get("hidden") is not None
        or bool(style and _HIDDEN_STYLE.search(style))
        or display.hides(element)
    )


def block_heading(block: Block) -> str | None:
    """The heading that titles a block: a heading child before the first record, else the
    nearest small heading-like element among the preceding siblings of the container or of
    its close ancestors."""
    first = block.records[0].element if block.records else None
    for child in block.container:
        if child is first:
            break
        found = _heading_text(child)
        if found:
            return found
    element: _Element | None = block.container
    for _ in range(3):
        if element is None or element.tag in ("body", "html"):
            return None
        sibling = element.getprevious()
        for _ in range(_HEADING_SIBLINGS):
            if sibling is None:
                break
            found = _heading_text(sibling)
            if found:
                return found
            sibling = sibling.getprevious()
        element = element.getparent()
    return None


def _heading_text(element: _Element) -> str | None:
    """The text of a heading, or of a small element holding one (never of a whole list)."""
    if not isinstance(element.tag, str):
        return None
    if element.tag in _HEADING_TAGS:
        return text_of(element)[:80] or None
    if element.tag in ("tr", "td", "th") and len(element) and element.find(".//a") is None:
        # A table layout's title row: a short bold caption and nothing else
        # (<tr><td bgcolor=…><font><b>Obituaries</b></font></td></tr>).
        text = text_of(element)
        bold = next(element.iter("b", "strong"), None)
        if 0 < len(text) <= _CAPTION and bold is not None and text_of(bold) == text:
            return text
    # The first heading below, found by lxml's tag-filtered iterator (no Python object for the
    # elements it passes); only an element holding one is counted, up to the limit.
    inner = next(element.iter(*_HEADING_TAGS), None)
    if inner is None or sum(1 for _ in islice(element.iter(), _SMALL_ELEMENT + 2)) > (
        _SMALL_ELEMENT + 1
    ):
        return None
    return text_of(inner)[:80] or None


def container_path(container: _Element) -> str:
    """A short CSS-like path of the container for reports: ``div.news > ul.list``."""
    steps: list[str] = []
    element: _Element | None = container
    while element is not None and len(steps) < 3 and element.tag not in ("body", "html"):
        classes = (element.get("class") or "").split()
        ident = element.get("id")
        step = str(element.tag)
        if ident:
            step += f"#{ident}"
        elif classes:
            step += f".{classes[0]}"
        steps.append(step)
        element = element.getparent()
    return " > ".join(reversed(steps))
