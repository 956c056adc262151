"""A gallery of crafted listing pages, one per markup family that news sites commonly use.

The real labelled pages are few (three listings); the extractor is meant for sites it has
never seen. Each layout here is a whole page in the shape of one family of real-world listing
markup — a Korean regional-news CMS's ``articleList``, a portal's news list, a wire service's
최신기사, a newspaper's card grid, WordPress archives, English newspapers' section fronts —
with the chrome real pages carry around the list (menus, "많이 본 뉴스" / "Most read" boxes,
related links, ads, pagination, footers). Hosts, headlines and leads are invented.

Every layout gives its bytes, page URL, fetch time and gold items in the schema of the real
fixtures' ``labels.json`` (``url``, ``href``, ``title``, ``timestamp_iso``, ``summary``), so
``spiders.extract.auto.evaluation.score_page`` scores it exactly like a real page. The
evaluation harness (``bench.extraction_eval``) reports them per layout; the extraction tests
hold each to the targets.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class Layout:
    """One crafted listing page and what a reader sees listed on it."""

    name: str  # "<language>-<family>", e.g. "ko-regional-cms"
    family: str  # one line: the markup family it stands for
    body: bytes
    page_url: str
    fetched_at: datetime | None
    items: list[dict[str, Any]]  # labels.json item schema
    content_type: str | None = None
    # The clock the site prints times in where it names no zone: a profile's ``timezone``.
    timezone: str = "Asia/Seoul"

    def labels(self) -> dict[str, Any]:
        """The page as a ``labels.json`` entry (what ``score_page`` reads)."""
        return {"page_url": self.page_url, "kind": "listing", "items": self.items}


Builder = Callable[[], Layout]


def all_layouts() -> list[Layout]:
    """Every layout of the gallery, Korean families first, in a fixed order."""
    from . import (
        english,
        english_arc,
        english_asia,
        english_europe_africa,
        english_extra,
        english_global_more,
        english_local,
        english_more,
        english_more_world,
        english_niche,
        english_pacific,
        english_regional_more,
        english_tech_science,
        english_themes,
        english_us_more,
        english_verticals,
        english_world,
        korean,
        korean_agency_more,
        korean_breaking,
        korean_broadcast,
        korean_cms_more,
        korean_extra,
        korean_local,
        korean_more,
        korean_niche_more,
        korean_portal_more,
        korean_press,
        korean_tabs_more,
        korean_trade,
        korean_webzine,
        korean_wide,
        stress_pages,
        stress_structures,
    )

    builders = (
        *korean.BUILDERS,
        *korean_more.BUILDERS,
        *korean_extra.BUILDERS,
        *korean_wide.BUILDERS,
        *korean_local.BUILDERS,
        *korean_press.BUILDERS,
        *korean_broadcast.BUILDERS,
        *korean_webzine.BUILDERS,
        *korean_portal_more.BUILDERS,
        *korean_cms_more.BUILDERS,
        *korean_trade.BUILDERS,
        *korean_niche_more.BUILDERS,
        *korean_breaking.BUILDERS,
        *korean_agency_more.BUILDERS,
        *korean_tabs_more.BUILDERS,
        *english.BUILDERS,
        *english_more.BUILDERS,
        *english_extra.BUILDERS,
        *english_world.BUILDERS,
        *english_local.BUILDERS,
        *english_niche.BUILDERS,
        *english_themes.BUILDERS,
        *english_arc.BUILDERS,
        *english_us_more.BUILDERS,
        *english_asia.BUILDERS,
        *english_regional_more.BUILDERS,
        *english_tech_science.BUILDERS,
        *english_pacific.BUILDERS,
        *english_more_world.BUILDERS,
        *english_global_more.BUILDERS,
        *english_verticals.BUILDERS,
        *english_europe_africa.BUILDERS,
        *stress_pages.BUILDERS,
        *stress_structures.BUILDERS,
    )
    return [build() for build in builders]
