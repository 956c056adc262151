"""The canonical section taxonomy and the mapping of outlet labels onto it."""

from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

UNCLASSIFIED = "unclassified"


@dataclass(frozen=True, slots=True)
class Section:
    code: str
    name_ko: str
    name_en: str
    parent: str | None


def _label_key(label: str) -> str:
    """Labels compare case- and width-insensitively, ignoring surrounding space."""
    return unicodedata.normalize("NFKC", label).strip().casefold()


@dataclass(frozen=True)
class Taxonomy:
    sections: dict[str, Section]
    aliases: dict[str, str]  # label key -> code

    def classify(self, label: str | None, source_aliases: dict[str, str] | None = None) -> str:
        """Canonical code for an outlet's label; unknown or empty labels map to ``unclassified``."""
        if not label or not label.strip():
            return UNCLASSIFIED
        key = _label_key(label)
        for alias, code in (source_aliases or {}).items():
            if _label_key(alias) == key:
                return code
        return self.aliases.get(key, UNCLASSIFIED)

    def __contains__(self, code: object) -> bool:
        return code in self.sections


@lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    """The taxonomy shipped in ``etl/data/sections.toml``."""
    text = resources.files("etl").joinpath("data/sections.toml").read_text(encoding="utf-8")
    sections: dict[str, Section] = {}
    aliases: dict[str, str] = {}
    for entry in tomllib.loads(text)["section"]:
        section = Section(entry["code"], entry["name_ko"], entry["name_en"], entry.get("parent"))
        sections[section.code] = section
        for label in [section.code, *entry.get("aliases", [])]:
            aliases[_label_key(label)] = section.code
    for section in sections.values():
        if section.parent is not None and section.parent not in sections:
            raise ValueError(f"sections.toml: {section.code} has unknown parent {section.parent}")
    return Taxonomy(sections, aliases)
