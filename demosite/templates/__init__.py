"""Template modules: one per CMS look, each owning its outlet's URL scheme and markup.

A template module provides ``article_path(idxno) -> str`` (the path of an article page, used by
the oracle for URLs) and ``handle(outlet, path, query, now) -> Response`` (one GET request).
The server knows HTTP; a template knows what its CMS answers.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from datetime import datetime
from types import ModuleType
from typing import Protocol, cast

from demosite.outlets import Outlet


@dataclass(frozen=True, slots=True)
class Response:
    """What to send back: status, content type, body (text is encoded by the server), headers."""

    status: int
    content_type: str
    body: str | bytes
    headers: dict[str, str] = field(default_factory=dict)


class Template(Protocol):
    """The interface of a template module (see the module docstring)."""

    def article_path(self, idxno: int) -> str: ...

    def handle(
        self, outlet: Outlet, path: str, query: dict[str, list[str]], now: datetime
    ) -> Response: ...


def load_template(name: str) -> Template:
    """The template module ``demosite.templates.<name>``."""
    module: ModuleType = importlib.import_module(f"{__name__}.{name}")
    return cast(Template, module)
