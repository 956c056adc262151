"""Faults on demand: the ways real sites fail a crawler, switched on per server start and path.

A :class:`FaultPlan` lists :class:`Fault` rules; each names a kind, the request targets it
applies to (``fnmatch`` patterns over ``path?query``, default every target), the share of
matching requests it hits, and optionally the outlets it applies to. Everything is off unless
a plan says otherwise.

Decisions are deterministic given the plan's ``seed``: whether the n-th request for a target
is hit depends only on (seed, rule, outlet, target, n). A retry is the next n, so a crawler
that retries a 5xx can get through, and a test that makes the same requests in the same order
sees the same faults every run.

On the command line a rule is ``KIND[:key=value,…]``, e.g. ``error:rate=0.2,paths=/news/*``,
``slow:seconds=1.5``, ``robots:paths=/news/latest``; several paths or outlets join with ``|``.
"""

from __future__ import annotations

import fnmatch
import hashlib
import re
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class FaultKind(StrEnum):
    """What goes wrong."""

    ERROR = "error"  # a 5xx status: 500, 502 or 503 (with Retry-After), or the rule's status
    SLOW = "slow"  # the answer waits ``seconds`` before it starts
    TRUNCATE = "truncate"  # the body stops halfway and the connection closes
    REDIRECT_LOOP = "redirect-loop"  # 302 to the same URL with "_loop=1", and back, forever
    OVERSIZE = "oversize"  # the page is padded with a comment to ``size`` bytes
    ROBOTS = "robots"  # robots.txt disallows ``paths`` (robots.txt paths, not patterns)
    MALFORMED = "malformed"  # unclosed and stray tags, bare ampersands
    CHARSET_LIE = "charset-lie"  # header and <meta> declare a charset the bytes are not in


DEFAULT_SLOW_SECONDS = 2.0
# Above Scrapy's usual DOWNLOAD_MAXSIZE settings for news pages (16 MiB here).
DEFAULT_OVERSIZE_BYTES = 20 * 1024 * 1024
LOOP_PARAM = "_loop"
ERROR_STATUSES = (500, 502, 503)


@dataclass(frozen=True, slots=True)
class Fault:
    """One rule: ``kind`` hits ``rate`` of the requests to ``outlets`` matching ``paths``."""

    kind: FaultKind
    paths: tuple[str, ...] = ("*",)
    rate: float = 1.0
    outlets: tuple[str, ...] = ()  # empty: every outlet
    status: int | None = None  # ERROR only; None draws one of ERROR_STATUSES
    seconds: float = DEFAULT_SLOW_SECONDS  # SLOW only
    size: int = DEFAULT_OVERSIZE_BYTES  # OVERSIZE only

    def __post_init__(self) -> None:
        if not 0 <= self.rate <= 1:
            raise ValueError(f"fault {self.kind}: rate {self.rate} is outside [0, 1]")
        if self.status is not None and not 500 <= self.status <= 599:
            raise ValueError(f"fault {self.kind}: status {self.status} is not a 5xx")
        if self.seconds < 0 or self.size < 0:
            raise ValueError(f"fault {self.kind}: seconds and size must not be negative")
        if not self.paths:
            raise ValueError(f"fault {self.kind}: paths is empty")

    def applies_to(self, outlet: str, target: str) -> bool:
        """Whether ``target`` (``path?query``) of ``outlet`` is one this rule is about."""
        if self.outlets and outlet not in self.outlets:
            return False
        return any(fnmatch.fnmatchcase(target, pattern) for pattern in self.paths)

    @classmethod
    def parse(cls, spec: str) -> Fault:
        """A rule from its command-line form (see the module docstring); ValueError if bad."""
        kind_text, _, options = spec.partition(":")
        try:
            kind = FaultKind(kind_text.strip())
        except ValueError:
            known = ", ".join(k.value for k in FaultKind)
            raise ValueError(f"unknown fault {kind_text!r} (known: {known})") from None
        values: dict[str, Any] = {}
        for option in filter(None, (o.strip() for o in options.split(","))):
            key, sep, value = option.partition("=")
            if not sep or key not in _OPTIONS:
                known = ", ".join(_OPTIONS)
                raise ValueError(f"fault {kind}: bad option {option!r} (known: {known})")
            try:
                values[key] = _OPTIONS[key](value)
            except ValueError as err:
                raise ValueError(f"fault {kind}: {key}={value!r}: {err}") from None
        return cls(kind, **values)


def _split(value: str) -> tuple[str, ...]:
    return tuple(v for v in value.split("|") if v)


_OPTIONS: dict[str, Callable[[str], Any]] = {
    "paths": _split,
    "outlets": _split,
    "rate": float,
    "status": int,
    "seconds": float,
    "size": int,
}


@dataclass(frozen=True, slots=True)
class FaultPlan:
    """The faults of one server start; ``seed`` makes their decisions reproducible."""

    faults: tuple[Fault, ...] = ()
    seed: int = 0

    def __bool__(self) -> bool:
        return bool(self.faults)

    def robots_disallows(self, outlet: str) -> list[str]:
        """Extra robots.txt ``Disallow`` paths for ``outlet``."""
        return [
            path
            for fault in self.faults
            if fault.kind is FaultKind.ROBOTS and (not fault.outlets or outlet in fault.outlets)
            for path in fault.paths
        ]


@dataclass
class FaultInjector:
    """A plan applied to one outlet's server: counts requests per target, decides hits."""

    plan: FaultPlan
    outlet: str
    _seen: Counter[str] = field(default_factory=Counter)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def hits(self, target: str) -> dict[FaultKind, Fault]:
        """The faults (at most one per kind) that hit this request for ``target``."""
        if not self.plan:
            return {}
        with self._lock:
            nth = self._seen[target]
            self._seen[target] += 1
        hit: dict[FaultKind, Fault] = {}
        for index, fault in enumerate(self.plan.faults):
            if fault.kind is FaultKind.ROBOTS or fault.kind in hit:
                continue
            if fault.applies_to(self.outlet, target) and self.draw(index, target, nth) < fault.rate:
                hit[fault.kind] = fault
        return hit

    def loop_rule(self, target: str) -> Fault | None:
        """The redirect-loop rule ``target`` (without the loop marker) belongs to, if any."""
        return next(
            (
                f
                for f in self.plan.faults
                if f.kind is FaultKind.REDIRECT_LOOP and f.applies_to(self.outlet, target)
            ),
            None,
        )

    def draw(self, index: int, target: str, nth: int) -> float:
        """A number in [0, 1) fixed by (seed, rule, outlet, target, n)."""
        key = f"{self.plan.seed}:{index}:{self.outlet}:{target}:{nth}"
        return int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big") / 2**64

    def error_status(self, fault: Fault, target: str) -> int:
        if fault.status is not None:
            return fault.status
        digest = hashlib.sha256(f"{self.plan.seed}:{self.outlet}:{target}".encode()).digest()
        return ERROR_STATUSES[digest[0] % len(ERROR_STATUSES)]


# -- body transformations -----------------------------------------------------------------

_CLOSING_TAGS = re.compile(r"</(?:li|p|td|tr|dd|dt|article|time)>")
_BODY_OPEN = re.compile(r"<body[^>]*>")


def malformed(page: str) -> str:
    """``page`` as a sloppy CMS writes it; lenient parsers still find the same text.

    Closing tags of list items, paragraphs, cells and cards go; stray closers and an unclosed
    ``<div>`` follow ``<body>``; ``&amp;`` is written as a bare ``&``; the document never ends.
    """
    page = _CLOSING_TAGS.sub("", page)
    page = _BODY_OPEN.sub(lambda m: m.group(0) + '</span></div><div class="wrap">', page, count=1)
    page = page.replace("&amp;", "&")
    return page.replace("</body>", "").replace("</html>", "")


def oversized(body: bytes, size: int) -> bytes:
    """``body`` padded with an HTML comment before ``</body>`` to at least ``size`` bytes."""
    missing = size - len(body) - len(b"<!--  -->")
    if missing <= 0:
        return body
    padding = b"<!-- " + b"x" * missing + b" -->"
    at = body.rfind(b"</body>")
    return body + padding if at < 0 else body[:at] + padding + body[at:]


def lying_charset(declared: str) -> str:
    """The charset a lying page declares instead of ``declared``: the other Korean one."""
    return "utf-8" if declared.lower().replace("_", "-") in {"euc-kr", "cp949"} else "euc-kr"


def with_declared_charset(page: str, declared: str, claimed: str) -> str:
    """``page`` with its ``<meta>`` charset declaration ``declared`` replaced by ``claimed``."""
    head_end = page.find("</head>")
    head = page[: head_end if head_end >= 0 else 1024]
    lied = re.sub(rf"charset=(\"?){re.escape(declared)}", rf"charset=\g<1>{claimed}", head)
    return lied + page[len(head) :]
