"""Text normalisation shared by titles, leads, bodies and bylines."""

from __future__ import annotations

import html
import re
import unicodedata

_TAG = re.compile(r"<[^>]{0,500}>")
# Zero-width characters and BOMs survive copy-paste from CMS editors and break equality.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_TITLE_LABEL = re.compile(
    r"^\s*[\[(【]\s*(속보|단독|종합|2보|1보|포토|영상|인터뷰|사설|칼럼)[^\])】]*[\])】]"
)


def clean_text(value: str | None) -> str | None:
    """Entities decoded, stray tags removed, NFC, invisible/control characters dropped,
    whitespace collapsed. Returns None for None or for text that is empty afterwards."""
    if value is None:
        return None
    text = html.unescape(value)
    text = _TAG.sub(" ", text)
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    text = " ".join(text.split())
    return text or None


def clean_paragraphs(value: str | None) -> str | None:
    """Like clean_text, but keeps paragraph breaks (one ``\\n`` between paragraphs)."""
    if value is None:
        return None
    paragraphs = [clean_text(p) for p in value.split("\n")]
    joined = "\n".join(p for p in paragraphs if p)
    return joined or None


def clean_author(value: str | None) -> str | None:
    """A byline without e-mail addresses, e.g. ``홍길동 기자 hong@x.kr`` -> ``홍길동 기자``."""
    text = clean_text(value)
    if text is None:
        return None
    return " ".join(_EMAIL.sub(" ", text).split()) or None


def title_labels(title: str) -> list[str]:
    """Editorial labels a title starts with, e.g. ``[속보]`` -> ``["속보"]`` (title unchanged)."""
    labels = []
    rest = title
    while match := _TITLE_LABEL.match(rest):
        labels.append(match.group(1))
        rest = rest[match.end() :]
    return labels


def detect_language(text: str) -> str:
    """``ko`` if a fifth or more of the letters are Hangul, ``en`` if mostly Latin, else ``und``."""
    hangul = latin = 0
    for char in text:
        if "\uac00" <= char <= "\ud7a3" or "\u1100" <= char <= "\u11ff":
            hangul += 1
        elif char.isascii() and char.isalpha():
            latin += 1
    letters = hangul + latin
    if letters == 0:
        return "und"
    if hangul / letters >= 0.2:
        return "ko"
    return "en" if latin / letters >= 0.5 else "und"
