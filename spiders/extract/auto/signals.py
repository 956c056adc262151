"""Cheap evidence about links and blocks: does a URL name an article, does a title read like a
headline, does a block's context say "most viewed", "related", "menu" or "advertisement"?

Each test is a plain function over strings so the block scorer stays readable and each signal
can be specified on its own. Vocabulary is matched on class/id tokens, headings and labels —
never on the link texts themselves (a headline may well contain the word 인기).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from lxml.etree import _Element

_T = TypeVar("_T")
_MEMOS: list[functools._lru_cache_wrapper[object]] = []


def memoised(function: Callable[..., _T]) -> functools._lru_cache_wrapper[_T]:
    """``function`` with a bounded memo (pure functions of strings only). Pages of one site
    repeat their class lists, URL shapes and date lines, so the memos are shared by every
    call; ``clear_memos`` empties them all (benchmarks time cold runs)."""
    cached = functools.lru_cache(maxsize=8192)(function)
    _MEMOS.append(cached)
    return cached


def clear_memos() -> None:
    """Forget every memoised analysis (it only costs speed)."""
    for cached in _MEMOS:
        cached.cache_clear()


# An article identifier: a long number, a dated path, or a wire id (AKR20250408012300004).
_ARTICLE_ID = re.compile(r"\d{5,}|/(?:19|20)\d{2}/[01]?\d/|(?:19|20)\d{2}-[01]\d-[0-3]\d")
_ARTICLE_WORD = re.compile(
    r"article|/view|story|/news/[^/?]+|/read|newsview|/post/|/p/|/\d{4}/|\.s?html?$|/detail"
)
_NOT_ARTICLE_PATH = re.compile(
    r"/(?:tag|tags|author|authors|writer|reporter|search|login|join|member|subscribe|"
    r"newsletter|about|contact|rss|feed|category|categories|section|sections|topic|topics|"
    r"series|collection|collections|hub|program|programs|list|index)(?:/|$|\.)"
)
# A path's parent segment that makes it a page about many articles: /tag/x, /author/jane.
_HUBS = {
    "tag", "tags", "topic", "topics", "author", "authors", "writer", "reporter", "reporters",
    "category", "categories", "series", "collection", "collections", "keyword", "search",
    "profile", "people", "user", "users", "member",
}  # fmt: skip
# A file's address, not a page's: documents, archives, images, media.
_DOWNLOAD = re.compile(r"\.(?:pdf|hwpx?|docx?|xlsx?|pptx?|zip|jpe?g|png|gif|mp3|mp4)$")
# A list page's own address: articleList.html, list.php, /newslist/, main.naver.
_LIST_WORD = re.compile(r"/(?:[a-z]*list|list[a-z_]*)(?:\.[a-z]+)?(?:/|$)|/main\.(?:naver|nhn)")
# A generated article id as a last path segment: eight or more letters and digits with the
# digits in two runs or more (``c5y8k2m1qd0o``), unlike words with a year (``election2024``).
_OPAQUE_ID = re.compile(r"(?=[a-z0-9]{8,}$)[a-z]*\d+[a-z]+\d")
# A query value naming one article: digits, or digits behind a short letter prefix
# (``news_id=N1007912034``).
_QUERY_ID = re.compile(r"(?:^|&)([^=&]*)=(\d{4,}|[A-Za-z]{1,3}\d{7,})(?=&|$)")
# A query value that is a calendar day under a date-named key (``date=20250408``,
# ``ymd=20250408``): a day's edition or archive, not one article's id.
_DATE_KEY = re.compile(r"date|ymd|day", re.IGNORECASE)
_CALENDAR_DAY = re.compile(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
# Substrings of links through ad servers, click trackers and recommendation networks.
AD_URL_PARTS = (
    "doubleclick", "googlesyndication", "adclick", "/adserver", "/ad/", "/ads/", "?adid=",
    "&adid=", "?ad_id=", "&ad_id=", "clickserve", "taboola", "outbrain", "dable.io", "criteo",
    "mgid.", "revcontent.", "/banner", "/promotion/", "/sponsored/", "/advertorial/",
)  # fmt: skip
# One alternation instead of a loop over the parts: a page has hundreds of links.
_AD_URL = re.compile("|".join(re.escape(part) for part in AD_URL_PARTS))
_HANGUL = re.compile("[\uac00-\ud7a3]")
# A token that holds a letter or a digit: a word, not a lone arrow, dash or bullet.
_WORDLIKE = re.compile(r"[^\W_]")
# A token of marks only (an arrow, a bullet, a dash): the texts that need counting word by word.
_MARK_TOKEN = re.compile(r"(?:^|\s)[\W_]+(?=\s|$)")
# A company's legal form ending its name.
_LEGAL_FORM = re.compile(
    r"[\s,](?:Inc|Ltd|LLC|LLP|Corp|Co|PLC|plc|GmbH|AG|S\.A|N\.V|Pty\.? Ltd)\.?$"
)

# Second-level labels that are not registrable domains on their own (co.kr, com.au, ...).
_SHARED_SUFFIX = {"co", "or", "go", "ne", "re", "ac", "com", "net", "org", "gov", "edu"}


@memoised
def split_url(url: str) -> tuple[str, str, str]:
    """(host, path, query) of an absolute URL without fragment; a cheap ``urlsplit`` for the
    thousands of links a page has (the host keeps any port, lower-cased). Memoised: dedup
    keys, article scores and URL shapes each split the same link."""
    start = url.find("//")
    start = start + 2 if start >= 0 else 0
    end = len(url)
    query_at = url.find("?", start)
    path_at = url.find("/", start, query_at if query_at >= 0 else end)
    host_end = path_at if path_at >= 0 else (query_at if query_at >= 0 else end)
    host = url[start:host_end].lower()
    path = url[host_end : query_at if query_at >= 0 else end] or "/"
    query = url[query_at + 1 :] if query_at >= 0 else ""
    return host, path, query


def site_of(host: str) -> str:
    """The registrable part of a host, approximately (``n.news.naver.com`` -> ``naver.com``)."""
    labels = host.lower().rstrip(".").split(".")
    if len(labels) >= 3 and labels[-2] in _SHARED_SUFFIX and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


@memoised
def is_ad_url(url: str) -> bool:
    """A link through an ad server, click tracker or recommendation network."""
    lowered = url.lower()
    # Every part holds one of these words, and most links hold none: a few substring tests
    # settle them before the search (a test checks every part passes them).
    if not (
        "ad" in lowered
        or "click" in lowered
        or "syndication" in lowered
        or "taboola" in lowered
        or "outbrain" in lowered
        or "dable" in lowered
        or "criteo" in lowered
        or "mgid" in lowered
        or "revcontent" in lowered
        or "banner" in lowered
        or "promotion" in lowered
        or "sponsored" in lowered
    ):
        return False
    return _AD_URL.search(lowered) is not None


@memoised
def article_url_score(url: str) -> float:
    """How much ``url`` looks like one article's address: 1.0 (id, dated path, long slug),
    0.5 (article-ish word only), 0.0 (home, section, tag, list or search pages)."""
    _, path, query = split_url(url)
    if path == "/" and not query:
        return 0.0
    return path_score(path, bool(query) and _query_names_id(query))


def _query_names_id(query: str) -> bool:
    """Whether a query value names one article: an id, not a date-named calendar day."""
    return any(
        not (_DATE_KEY.search(key) and _CALENDAR_DAY.fullmatch(value))
        for key, value in _QUERY_ID.findall(query)
    )


@memoised
def path_score(path: str, query_id: bool) -> float:
    """``article_url_score`` from the path and whether the query names an id. Memoised apart
    from the URL: a page links one path with several tracking queries, and dedup keys score
    the bare path of every link with a query."""
    lowered = path.lower()
    if _DOWNLOAD.search(lowered):
        return 0.0  # a file to download or view (a PDF edition, an attachment), no article page
    head, _, last = lowered.rstrip("/").rpartition("/")
    if head.rpartition("/")[2] in _HUBS:
        return 0.0  # /tag/x, /topics/293965, /author/jane-doe: pages about many articles
    if not query_id and ("list" in lowered or "/main." in lowered) and _LIST_WORD.search(lowered):
        return 0.0
    if query_id or _ARTICLE_ID.search(path):
        return 1.0
    if _NOT_ARTICLE_PATH.search(lowered):
        return 0.0
    stem = last.rsplit(".", 1)[0]
    if len(stem) >= 12 and stem.count("-") + stem.count("_") + stem.count("+") >= 2:
        return 1.0
    if _OPAQUE_ID.match(stem):
        return 1.0
    return 0.5 if _ARTICLE_WORD.search(lowered) else 0.0


@memoised
def url_shape(url: str) -> str:
    """A coarse pattern of a URL: host plus the kinds of its first two path segments
    (``edition.cnn.com/#4/#2``, ``www.wired.com/story/~``). Articles of one site share few
    shapes; a link whose shape no accepted list uses is unlikely to be an article."""
    host, path, _ = split_url(url)
    kinds = []
    for segment in [s for s in path.split("/") if s][:2]:
        if segment.isdigit():
            kinds.append(f"#{len(segment)}")
        elif sum(c.isdigit() for c in segment) >= 6:
            # An id with a letter prefix ("AKR20250408121500054", "a1b2c3d4e5f6"): one
            # article's name, not a folder that articles share.
            kinds.append("~")
        elif (
            len(segment) > 20
            or segment.count("-") + segment.count("_") + segment.count("+") >= 2
            or "." in segment
        ):
            kinds.append("~")
        else:
            kinds.append(segment.lower())
    return "/".join([host.split(":", 1)[0], *kinds])


def is_headline(text: str) -> bool:
    """Shaped like a headline: Korean headlines run ~15-45 characters (8 to 100 here), English
    ones three words and more (up to 200 characters); anything longer is a lead or a body."""
    if _HANGUL.search(text):
        return 8 <= len(text) <= 100
    if not 12 <= len(text) <= 200:
        return False
    # Words, not marks: "Earlier items »" and "Next page ›" are two words and an arrow.
    tokens = text.split()
    words = (
        sum(1 for token in tokens if _WORDLIKE.search(token))
        if _MARK_TOKEN.search(text)
        else len(tokens)
    )
    # "Helix Semiconductor Inc.": a company's name (a newsroom, a sponsor), no headline.
    return words >= 3 and not (words <= 5 and _LEGAL_FORM.search(text))


def is_hangul(text: str) -> bool:
    return bool(_HANGUL.search(text))


_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SEPARATORS = re.compile(r"[-_\s]+")


# Class lists of generated markup run to dozens of modifier tokens ("summary-item--has-border
# summary-item--layout-…"); what names an element comes first.
_NAME_TOKENS = 4


def names_of(element: _Element) -> str:
    """The first class tokens and the id of ``element``: what its author called it."""
    classes = (element.get("class") or "").split()[:_NAME_TOKENS]
    ident = element.get("id")
    if ident:
        classes.append(ident)
    return " ".join(classes)


@memoised
def words_of(names: str) -> str:
    """Class or id tokens as lower-case words, build hashes left out:
    ``SiteFooterGrid-jSrXSj gSnwPr rank_list`` -> ``site footer grid rank list``, so that
    vocabulary can be matched on word boundaries (and ``gSnwPr`` does not read as "pr")."""
    words = []
    for token in names.split():
        head, sep, tail = token.rpartition("-")
        if sep and head and is_hashy(tail):
            token = head
        elif is_hashy(token):
            continue
        words.append(_SEPARATORS.sub(" ", _CAMEL.sub(" ", token)).strip().lower())
    return " ".join(words)


_HASHY = re.compile(
    r"(?=[A-Za-z0-9]{4,8}$)(?:(?=.*[A-Z])(?=.*[a-z])|(?=.*\d)(?=.*[A-Za-z]))[A-Za-z0-9]+$"
)


def is_hashy(token: str) -> bool:
    """A generated class fragment (``iwvBff``, ``x7ab3``), not a word someone chose: short,
    alphanumeric, and mixing cases or letters with digits."""
    return _HASHY.match(token) is not None


# Block vocabulary, matched on words_of(class/id) and on heading texts. Never on link texts:
# a headline may well contain the word 인기. Per kind: substrings of the text with spaces
# removed ("most viewed" -> "mostviewed"), whole words, word prefixes, and a pattern.
_Vocabulary = tuple[tuple[str, ...], frozenset[str], tuple[str, ...], re.Pattern[str] | None]
_VOCABULARY: dict[str, _Vocabulary] = {
    "ranking": (
        ("많이본", "많이읽", "인기", "랭킹", "실시간", "조회수", "rank", "popular", "mostview",
         "mostread", "mostshared", "mostcommented", "mostemailed", "trending", "hotnews",
         "hotissue", "hotclip",
         # a news ticker or marquee: the site's latest flashes from every desk, a strip
         "newsticker", "breakingticker", "headlineticker", "newsflash"),
        frozenset(),
        ("trend",),
        re.compile(r"\b(?:top|best)\s*\d+\b"),
    ),
    "related": (
        ("추천", "관련기사", "관련뉴스", "연관", "함께보", "함께읽", "같이보", "같이읽",
         "recommend", "relate", "discover", "youmay", "youmight", "readnext",
         "outbrain", "taboola", "mgid", "revcontent",
         # an obituary column: the paper's notices of deaths beside its news, not its news
         "obituar", "부고", "부음"),
        frozenset({"dable"}),
        (),
        None,
    ),
    "ads": (
        ("광고", "협찬", "스폰서", "sponsor", "advert", "adsense", "adslot", "adunit", "banner",
         "nativead", "promoted", "promotion"),
        frozenset({"ad", "ads", "paid"}),
        (),  # not "promo": newsrooms call their own teasers promos (PagePromo, story-promo)
        None,
    ),
    "navigation": (
        ("breadcrumb", "sitemap", "familysite", "pagination", "copyright", "quickmenu"),
        frozenset({"gnb", "lnb", "snb", "foot", "header", "hdr"}),
        ("nav", "menu", "footer", "paging", "util"),
        None,
    ),
    "sidebar": (
        ("sidebar", "sidebox", "sidearea", "sidecol", "sidewrap", "sidecontent", "rightcol",
         "rightarea", "rightwrap", "rightbox", "rightside"),
        frozenset({"aside", "rail", "wing"}),
        (),
        None,
    ),
}  # fmt: skip


def _alternation(parts: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    """A pattern matching any of ``parts`` literally (none: a pattern that never matches)."""
    return re.compile("|".join(map(re.escape, parts)) or "(?!)")


# The substring parts as one literal alternation per kind, and over every kind at once: most
# class names hold no vocabulary at all, and one search says so (a regex alternation of
# literals is far cheaper than a Python loop over the parts, or a search per kind).
_PARTS = {kind: _alternation(v[0]) for kind, v in _VOCABULARY.items()}
_LATIN_PARTS = {
    kind: _alternation(tuple(p for p in v[0] if p.isascii())) for kind, v in _VOCABULARY.items()
}
_ANY_PART = _alternation([p for v in _VOCABULARY.values() for p in v[0]])
_ANY_LATIN_PART = _alternation([p for v in _VOCABULARY.values() for p in v[0] if p.isascii()])
# Per kind: whole words, parts, " prefix" strings, the pattern and the words without which it
# cannot match (cheap substring tests before the search).
_PATTERN_WORDS = {"ranking": ("top", "best")}
_KINDS = [
    (kind, whole, tuple(f" {p}" for p in prefixes), pattern, _PATTERN_WORDS.get(kind, ("",)))
    for kind, (_, whole, prefixes, pattern) in _VOCABULARY.items()
]
# Cheap first test on raw class/id strings before words_of and the vocabulary.
_SIDEBAR_HINT = re.compile(r"side|rail|right|wing", re.IGNORECASE)


# "video rail", "photo rail" (class words): a strip of the site's own clips or photos across
# the page, not a side column.
_MEDIA_RAIL = re.compile(r"\b(?:videos?|photos?|gallery|podcasts?|clips?|media|watch)\s+rail\b")


@memoised
def vocabulary(text: str) -> frozenset[str]:
    """The kinds of block vocabulary in ``text`` (lower-case words or a heading):
    ``ranking``, ``related``, ``ads``, ``navigation``, ``sidebar``. A media strip ("video
    rail") is no sidebar."""
    if "rail" in text:
        text = _MEDIA_RAIL.sub("", text)
    words = text.split()
    compact = "".join(words)
    unique = set(words)
    # " word word": a word starts with a prefix exactly where " prefix" occurs.
    spaced = " " + " ".join(words)
    # Class names mostly: the Korean vocabulary cannot occur in ASCII text.
    latin = compact.isascii()
    parts = _LATIN_PARTS if latin else _PARTS
    any_part = (_ANY_LATIN_PART if latin else _ANY_PART).search(compact) is not None
    kinds = []
    for kind, whole, prefixes, pattern, needed in _KINDS:
        if (
            not unique.isdisjoint(whole)
            or (any_part and parts[kind].search(compact))
            or any(prefix in spaced for prefix in prefixes)
            or (
                pattern is not None
                and any(word in text for word in needed)
                and pattern.search(text)
            )
        ):
            kinds.append(kind)
    return frozenset(kinds)


# "no rail", "without sidebar": a word negated by the one before it says nothing of the kind.
_NEGATED = re.compile(r"\b(?:no|non|without)\s+\w+")


def names_sidebar(names: str) -> bool:
    """Class/id names that call an element a sidebar (``aside``, ``right_col``, ``rail``), not
    ones that say it has none (``layout-no-rail__wrapper``)."""
    if not _SIDEBAR_HINT.search(names):
        return False
    return "sidebar" in vocabulary(_NEGATED.sub("", words_of(names)))


# A record whose first text is its rank ("1", "01.", "3위") may be a ranking entry.
RANK_NUMBER = re.compile(r"0?([1-9]|[1-4]\d|50)(?:\.|위)?")
AD_LABEL = re.compile(
    r"^(?:AD|\[AD\]|광고|\[광고\]|PR|sponsored(?: content)?|advertisement|promoted"
    r"|paid (?:post|content)|partner content)"
    # "Ad • Vantage Windows", "Sponsored · Brand": the label, then the advertiser's name.
    r"(?:\s*[•·|:]\s*[^•·|:]{1,40})?$",
    re.IGNORECASE,
)
# A board's own notices: a "공지" cell or a title that opens with the word.
NOTICE_LABEL = re.compile(r"^(?:공지|공지사항|notice|announcement)$", re.IGNORECASE)
NOTICE_TITLE = re.compile(
    r"^[\[(【]\s*(?:공지|공지사항|notice|announcement)\s*[\])】]", re.IGNORECASE
)
