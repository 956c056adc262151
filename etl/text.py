"""Text normalisation shared by titles, leads, bodies and bylines.

Hand-written on purpose: the rules are few and Korean-specific (bylines such as
``[데모경제=홍길동 기자]``, ``무단전재 및 재배포 금지`` footers, ``[속보]``/``(종합)`` title
labels), and a general boilerplate remover would judge whole pages, not the short strings a listing
gives us. Every function is pure and idempotent: cleaning cleaned text changes nothing.
"""

from __future__ import annotations

import html
import re
import unicodedata

# Only things shaped like HTML tags: ``<속보>`` or ``3 < 5 > 2`` in a title are text, not markup.
_TAG = re.compile(r"<!--.*?-->|</?(?P<name>[A-Za-z][A-Za-z0-9:-]*)(?:\s[^<>]*)?/?>", re.DOTALL)
# Block elements separate words; inline ones (``<b>삼성</b>전자``) do not.
_BLOCK_TAGS = frozenset(
    (
        *("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt"),
        *("figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header"),
        *("hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul"),
    )
)
_SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_BLOCK_TAG = re.compile(rf"</?(?:{'|'.join(sorted(_BLOCK_TAGS))})\b[^<>]*>", re.IGNORECASE)
# Zero-width characters, BOMs, soft hyphens and bidi controls survive copy-paste from CMS
# editors; they are invisible to a reader and break equality.
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Half a character (a lone surrogate, from a JSON escape such as "\\ud800"): no encoder
# writes it, so it cannot be stored; U+FFFD marks where it stood.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

_ROLE = (
    r"(?:(?:선임|수석|전문|객원|인턴|수습|사진|영상)\s*)?기자"
    r"|특파원|논설위원|편집위원|통신원|에디터"
)
# Two to four syllables that do not begin a role (``선임기자`` is no reporter called 선임).
_NAME = rf"(?!{_ROLE})[가-힣]{{2,4}}"
_NAMES = rf"{_NAME}(?:\s*[·ㆍ,/]\s*{_NAME})*"
_NAME_SEPARATOR = re.compile(r"\s*[·ㆍ,/]\s*")
# ``[데모경제=홍길동 기자]``, ``(데모경제 홍길동·김철수 기자)`` at the start of a lead or body.
_BRACKET_BYLINE = re.compile(
    rf"^\s*[\[(【]\s*(?:[^\])】=·ㆍ,/]{{1,30}}?\s*[=\s]\s*)?(?P<names>{_NAMES})\s*(?P<role>{_ROLE})"
    r"\s*[\])】]\s*=?\s*"
)
# Yonhap style: ``(서울=연합뉴스) 홍길동 기자 = 본문``.
_DATELINE_BYLINE = re.compile(
    rf"^\s*\([^()=]{{1,15}}=[^()]{{1,20}}\)\s*(?:(?P<names>{_NAMES})\s*(?P<role>{_ROLE})\s*=\s*)?"
)
# ``… 했다. 홍길동 기자 hong@x.kr`` or ``/홍길동·김철수 기자`` closing a body.
_TRAILING_BYLINE = re.compile(
    rf"(?:^|(?<=[\s/.]))/?\s*(?P<names>{_NAMES})\s*(?P<role>{_ROLE})"
    r"\s*(?:[(\[<]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)\]>]?)?\s*$"
)
# A byline field on its own: ``홍길동 기자``, ``데모경제=홍길동 기자``, ``데모경제 홍길동 기자``.
_BYLINE_TEXT = re.compile(
    rf"^(?:[^=·ㆍ,/]{{1,30}}?\s*[=\s]\s*)?(?P<names>{_NAMES})\s*(?P<role>{_ROLE})$"
)

_COPYRIGHT = re.compile(
    r"[<\[(]?\s*(?:저작권자|copyright|ⓒ|©|\(c\))[^\n]{0,120}?"
    r"(?:무단|all rights reserved|재배포|금지)[^\n]*$",
    re.IGNORECASE,
)
_REPRINT = re.compile(r"무단\s*(?:전재|복제|배포)|재\s*배포\s*금지|all rights reserved", re.I)
_FOOTER_MAX = 150  # a paragraph this short that forbids reprinting is a footer, not news

_KNOWN_LABELS = (
    r"속보|단독|종합\s*\d*\s*보?|\d+\s*보|상보|포토|사진|영상|인터뷰|일문일답|사설|칼럼|기고|해설|"
    r"르포|기획|특집|팩트체크|현장|시론|논단|그래픽|카드뉴스|게시판|인사|부고|부음|전문"
)
_LEADING_KICKER = re.compile(r"^\s*[\[【]\s*(?P<label>[^\[\]【】]{1,20}?)\s*[\]】]")
_LEADING_KNOWN = re.compile(rf"^\s*[(<〈《]\s*(?P<label>{_KNOWN_LABELS})\s*[)>〉》]")
_TRAILING_KNOWN = re.compile(rf"[(\[【]\s*(?P<label>{_KNOWN_LABELS})\s*[)\]】]\s*$")


def clean_text(value: str | None) -> str | None:
    """Entities decoded, stray tags removed, NFC, invisible/control characters dropped, lone
    surrogates replaced by U+FFFD, whitespace collapsed. Returns None for None or for text that
    is empty afterwards.

    Entities are decoded until none is left, since CMS feeds double-escape
    (``&amp;quot;``); markup revealed by decoding is removed like any other stray tag.
    """
    if value is None:
        return None
    text = _LONE_SURROGATE.sub("\ufffd", _CONTROL.sub(" ", _decode(value)))
    text = unicodedata.normalize("NFC", text)
    text = " ".join(text.split())
    return text or None


def _untag(text: str) -> str:
    # Comments (no name) vanish; block tags leave a space between the words they separated.
    return _TAG.sub(lambda m: " " if (m["name"] or "").lower() in _BLOCK_TAGS else "", text)


def _decode(value: str) -> str:
    # Decoding can reveal tags and invisible characters (``&#8203;``), and removing those can
    # join the pieces of an entity (``&amp;\u200blt;``): repeat until nothing changes.
    text = _INVISIBLE.sub("", _untag(_SCRIPT.sub(" ", value)))
    for _ in range(5):
        decoded = _INVISIBLE.sub("", _untag(html.unescape(text)))
        if decoded == text:
            break
        text = decoded
    return text


def clean_paragraphs(value: str | None) -> str | None:
    """Like clean_text, but keeps paragraph breaks (one ``\\n`` between paragraphs);
    ``<br>``, ``<p>`` and similar block tags count as breaks."""
    if value is None:
        return None
    paragraphs = [clean_text(p) for p in _BLOCK_TAG.sub("\n", value).split("\n")]
    joined = "\n".join(p for p in paragraphs if p)
    return joined or None


def strip_boilerplate(body: str | None) -> str | None:
    """A cleaned body without copyright and "무단전재 및 재배포 금지" footers.

    A footer closing a paragraph (``… 했다. 저작권자 © 데모경제 무단전재 및 재배포 금지``) is cut
    off; a short paragraph that forbids reprinting is dropped whole. None when nothing is left.
    """
    text = clean_paragraphs(body)
    if text is None:
        return None
    kept = []
    for paragraph in text.split("\n"):
        if match := _COPYRIGHT.search(paragraph):
            paragraph = paragraph[: match.start()].strip()
        if len(paragraph) <= _FOOTER_MAX and _REPRINT.search(paragraph):
            continue
        if paragraph:
            kept.append(paragraph)
    return "\n".join(kept) or None


def clean_author(value: str | None) -> str | None:
    """A byline as one normal form: ``홍길동 기자``, ``홍길동·김철수 기자``.

    E-mail addresses go; a bracketed byline (``[데모경제=홍길동 기자]``) loses its brackets and
    outlet; names joined by ``,``/``ㆍ``/``/`` are joined by ``·``. Text that is not a Korean
    byline (``John Doe``) is kept as cleaned. None for None or empty.
    """
    text = clean_text(value)
    if text is None:
        return None
    text = " ".join(_EMAIL.sub(" ", text).split()).strip(" ()[]<>/【】")
    if match := _BYLINE_TEXT.match(text):
        return _byline(match["names"], match["role"])
    return text or None


def extract_byline(text: str | None) -> tuple[str | None, str | None]:
    """(author, text without its byline) for a cleaned lead or body.

    Reads a byline opening the text (``[데모경제=홍길동 기자] …``,
    ``(서울=연합뉴스) 홍길동 기자 = …``) or closing it (``… 홍길동 기자 hong@x.kr``,
    ``… /홍길동·김철수 기자``). Without one the author is None and the text comes back
    unchanged, except that a dateline without a reporter (``(서울=연합뉴스) …``) is removed.
    """
    if not text:
        return None, text
    for pattern in (_BRACKET_BYLINE, _DATELINE_BYLINE):
        if match := pattern.match(text):
            rest = text[match.end() :].strip() or None
            author = _byline(match["names"], match["role"]) if match["names"] else None
            return author, rest
    lines = text.split("\n")
    if match := _TRAILING_BYLINE.search(lines[-1]):
        lines[-1] = lines[-1][: match.start()].rstrip(" /")
        rest = "\n".join(line for line in lines if line.strip()) or None
        return _byline(match["names"], match["role"]), rest
    return None, text


def byline_names(author: str | None) -> list[str]:
    """The reporters' names in a byline: ``홍길동·김철수 기자`` -> ``["홍길동", "김철수"]``."""
    match = _BYLINE_TEXT.match(author or "")
    return _NAME_SEPARATOR.split(match["names"]) if match else []


def _byline(names: str, role: str) -> str:
    joined = "·".join(_NAME_SEPARATOR.split(names.strip()))
    return f"{joined} {' '.join(role.split())}"


def title_labels(title: str) -> list[str]:
    """Editorial labels of a title, which itself stays unchanged.

    Leading kickers in square brackets (``[속보]``, ``[단독]``, ``[특징주]``), known labels in
    round or angle brackets (``(종합)``, ``<인터뷰>``; ``(주)`` stays a company mark), and
    known labels closing the title (``… 급락(종합2보)``), in reading order.
    """
    leading: list[str] = []
    rest = title
    while match := _LEADING_KICKER.match(rest) or _LEADING_KNOWN.match(rest):
        leading.append(" ".join(match["label"].split()))
        rest = rest[match.end() :]
    trailing: list[str] = []
    while rest.strip() and (match := _TRAILING_KNOWN.search(rest)):
        trailing.insert(0, " ".join(match["label"].split()))
        rest = rest[: match.start()]
    return leading + trailing


def detect_language(text: str) -> str:
    """The language by script share of the letters: ``ko`` if a fifth or more are Hangul,
    ``ja`` if a fifth or more are kana, ``zh`` if most are Han, ``en`` if most are Latin,
    else ``und`` (also for text without letters). Hanja in Korean titles (``韓``) count as Han."""
    hangul = latin = kana = han = 0
    for char in text:
        if "\uac00" <= char <= "\ud7a3" or "\u1100" <= char <= "\u11ff":
            hangul += 1
        elif char.isascii() and char.isalpha():
            latin += 1
        elif "\u3040" <= char <= "\u30ff":
            kana += 1
        elif "\u4e00" <= char <= "\u9fff":
            han += 1
    letters = hangul + latin + kana + han
    if letters == 0:
        return "und"
    if hangul / letters >= 0.2:
        return "ko"
    if kana / letters >= 0.2:
        return "ja"
    if han / letters > 0.5:
        return "zh"
    return "en" if latin / letters >= 0.5 else "und"
