"""The canonical section taxonomy and the mapping of outlet labels onto it.

Sections live in ``etl/data/sections.toml``: a stable ``code`` (dotted below its parent:
``economy.finance``), Korean and English names, an optional ``parent`` and the labels any outlet
may use for it. Outlet-specific labels live in each source profile (``[sections]``) and win over
the shared ones. A label nobody knows maps to ``unclassified``: the article is kept and counted,
never dropped.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

UNCLASSIFIED = "unclassified"

# Breadcrumb separators: ``경제 > 금융``, ``뉴스 › 증권``, ``World | Asia``, ``경제/금융``.
_HIERARCHY = re.compile(r"\s*(?:>|›|»|\||/|:)\s*")
# Middle-dot look-alikes outlets type in ``IT·과학``.
_DOTS = str.maketrans({"ㆍ": "·", "・": "·", "･": "·", "•": "·", "‧": "·"})


@dataclass(frozen=True, slots=True)
class Section:
    code: str
    name_ko: str
    name_en: str
    parent: str | None


def label_key(label: str) -> str:
    """The form labels are compared in: NFKC, case-folded, middle dots unified, no spaces.

    So ``IT · 과학``, ``ＩＴㆍ과학`` and ``it·과학`` are one label.
    """
    # Before NFKC: it turns the Hangul letter ㆍ into a combining jamo that no longer looks like ·.
    text = unicodedata.normalize("NFKC", label.translate(_DOTS)).casefold()
    return "".join(text.split())


@dataclass(frozen=True)
class Taxonomy:
    sections: dict[str, Section]
    aliases: dict[str, str]  # label key -> code

    def classify(self, label: str | None, source_aliases: dict[str, str] | None = None) -> str:
        """Canonical code for an outlet's label; unknown or empty labels map to ``unclassified``.

        The whole label is looked up first (the outlet's own aliases, then the shared ones), so
        ``IT/과학`` stays one label. A breadcrumb (``경제 > 금융``, ``뉴스/증권``) is then read from
        its most specific known part: ``경제 > 금융`` -> ``economy.finance``, ``경제 > 연예가`` ->
        ``economy``.
        """
        if not label or not label.strip():
            return UNCLASSIFIED
        own = {label_key(alias): code for alias, code in (source_aliases or {}).items()}
        for candidate in [label, *reversed(_HIERARCHY.split(label.strip()))]:
            key = label_key(candidate)
            if not key:
                continue
            code = own.get(key) or self.aliases.get(key)
            if code is not None:
                return code
        return UNCLASSIFIED

    def path(self, code: str) -> list[str]:
        """Codes from the root down to ``code``: ``economy.finance`` -> economy, economy.finance.

        Raises KeyError for a code the taxonomy does not have.
        """
        chain = [self.sections[code]]
        while chain[-1].parent is not None:
            chain.append(self.sections[chain[-1].parent])
        return [section.code for section in reversed(chain)]

    def children(self, code: str) -> list[str]:
        """Codes whose parent is ``code``, sorted."""
        return sorted(s.code for s in self.sections.values() if s.parent == code)

    def __contains__(self, code: object) -> bool:
        return code in self.sections


def parse_taxonomy(text: str, where: str = "sections.toml") -> Taxonomy:
    """A taxonomy from TOML text; raises ValueError naming ``where`` and the bad entry.

    Checked: codes unique, parents known, a child's code is ``<parent>.<name>``, and no label
    (after ``label_key``) names two sections — an ambiguous label would classify by file order.
    """
    sections: dict[str, Section] = {}
    aliases: dict[str, str] = {}
    for entry in tomllib.loads(text)["section"]:
        section = Section(entry["code"], entry["name_ko"], entry["name_en"], entry.get("parent"))
        if section.code in sections:
            raise ValueError(f"{where}: section {section.code} is defined twice")
        sections[section.code] = section
        labels = [section.code, section.name_ko, section.name_en, *entry.get("aliases", [])]
        for label in labels:
            key = label_key(label)
            if aliases.get(key, section.code) != section.code:
                raise ValueError(
                    f"{where}: label {label!r} names both {aliases[key]} and {section.code}"
                )
            aliases[key] = section.code
    for section in sections.values():
        if section.parent is None:
            continue
        if section.parent not in sections:
            raise ValueError(f"{where}: {section.code} has unknown parent {section.parent}")
        if not section.code.startswith(section.parent + "."):
            raise ValueError(f"{where}: {section.code} is not named under {section.parent}")
    return Taxonomy(sections, aliases)


@lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    """The taxonomy shipped in ``etl/data/sections.toml``."""
    text = resources.files("etl").joinpath("data/sections.toml").read_text(encoding="utf-8")
    return parse_taxonomy(text)
