"""Template modules: one per CMS look, each owning its outlet's URL scheme and markup.

A template module provides ``article_path(article) -> str`` (the path of an article page,
used by the oracle for URLs) and ``handle(outlet, request) -> Response`` (one GET request).
The server knows HTTP, the clock and the faults; a template knows what its CMS answers.
Helpers every CMS look shares are in :mod:`demosite.templates.kit`.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from datetime import datetime
from types import ModuleType
from typing import Literal, Protocol, cast

from demosite.article import Article
from demosite.generator import NORMAL, Volume
from demosite.outlets import Outlet

# What a response is, for the server: listing requests advance a stepping clock.
Kind = Literal["listing", "article", "other"]


@dataclass(frozen=True, slots=True)
class Request:
    """One GET as a template sees it: path, parsed query, the site's clock, the volume."""

    path: str
    query: dict[str, list[str]]
    now: datetime
    volume: Volume = NORMAL

    def param(self, name: str) -> str | None:
        """The first value of query parameter ``name``, if present."""
        values = self.query.get(name)
        return values[0] if values else None


@dataclass(frozen=True, slots=True)
class Response:
    """What to send back: status, content type, body (text is encoded by the server), headers."""

    status: int
    content_type: str
    body: str | bytes
    headers: dict[str, str] = field(default_factory=dict)
    kind: Kind = "other"


class Template(Protocol):
    """The interface of a template module (see the module docstring)."""

    def article_path(self, article: Article) -> str: ...

    def handle(self, outlet: Outlet, request: Request) -> Response: ...


def load_template(name: str) -> Template:
    """The template module ``demosite.templates.<name>``."""
    module: ModuleType = importlib.import_module(f"{__name__}.{name}")
    return cast(Template, module)
