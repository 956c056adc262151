"""The outlets of the demo network: one registry entry each, rendered by a template module.

An outlet is data (name, public origin, sections, daily volume, reporters) plus the name of the
template module under ``demosite.templates`` that turns articles into its pages. Adding an
outlet means adding an entry here and, when its CMS looks different, a template module.

The section mapping (outlet label -> canonical code) is the demosite's own copy on purpose:
the demosite is the oracle the pipeline is judged against, so it must not share the pipeline's
taxonomy code.
"""

from __future__ import annotations

from dataclasses import dataclass


class UnknownOutletError(ValueError):
    """An outlet name that is not in the registry."""

    def __init__(self, name: str) -> None:
        known = ", ".join(sorted(OUTLETS))
        super().__init__(f"unknown demosite outlet {name!r} (known: {known})")


@dataclass(frozen=True, slots=True)
class Section:
    """One section of an outlet: its label on the pages, canonical code, listing code, weight."""

    label: str
    code: str
    list_code: str  # the outlet's own query value for its section listing page
    weight: int  # relative share of the day's articles


@dataclass(frozen=True, slots=True)
class Reporter:
    """A byline: ``name`` as printed, ``handle`` the mailbox before ``@``."""

    name: str
    handle: str


@dataclass(frozen=True, slots=True)
class Outlet:
    """Everything the generator, the server and the templates need to know about one outlet.

    ``daily_volume`` is the inclusive range of articles per KST day; ``idx_stride`` must exceed
    its upper bound because ``idxno = day_number * idx_stride + sequence``.
    """

    name: str
    label: str
    origin: str  # public scheme://host used in canonical links and oracle URLs
    template: str  # module name under demosite.templates
    sections: tuple[Section, ...]
    reporters: tuple[Reporter, ...]
    daily_volume: tuple[int, int]
    idx_stride: int
    encoding: str = "utf-8"
    per_page: int = 20
    # Probability that an article is updated after publication (at least one a day is).
    update_rate: float = 0.2
    # Probability that a listing link carries tracking parameters (at least one a day does).
    tracking_rate: float = 0.08

    def __post_init__(self) -> None:
        low, high = self.daily_volume
        if not 2 <= low <= high < self.idx_stride:
            raise ValueError(f"{self.name}: daily_volume {self.daily_volume} vs {self.idx_stride}")

    def section(self, label: str) -> Section:
        """The section with this label (``KeyError`` when the outlet has none)."""
        for section in self.sections:
            if section.label == label:
                return section
        raise KeyError(label)

    def section_by_list_code(self, list_code: str) -> Section | None:
        return next((s for s in self.sections if s.list_code == list_code), None)

    @property
    def host(self) -> str:
        return self.origin.split("://", 1)[1]


DEMO_DAILY = Outlet(
    name="demo-daily",
    label="데모경제신문",
    origin="https://daily.demo.newsflow.test",
    template="daily",
    sections=(
        Section("경제", "economy", "S1N1", 18),
        Section("금융", "economy.finance", "S1N2", 12),
        Section("증권", "economy.markets", "S1N3", 16),
        Section("산업", "economy.industry", "S1N4", 16),
        Section("IT·과학", "tech", "S1N5", 10),
        Section("정치", "politics", "S1N6", 8),
        Section("사회", "society", "S1N7", 8),
        Section("국제", "world", "S1N8", 8),
        Section("오피니언", "opinion", "S1N9", 4),
    ),
    reporters=(
        Reporter("홍길동", "hong"),
        Reporter("김서연", "seoyeon.kim"),
        Reporter("이준호", "junho"),
        Reporter("박지민", "jimin.park"),
        Reporter("최유진", "yujin"),
        Reporter("정민재", "minjae.jung"),
        Reporter("강하늘", "haneul"),
        Reporter("윤다은", "daeun.yoon"),
        Reporter("임태현", "taehyun"),
        Reporter("한소희", "sohee.han"),
    ),
    daily_volume=(30, 60),
    idx_stride=1000,
)

OUTLETS: dict[str, Outlet] = {outlet.name: outlet for outlet in (DEMO_DAILY,)}


def get_outlet(name: str) -> Outlet:
    """The registered outlet called ``name``; raises :class:`UnknownOutletError` otherwise."""
    try:
        return OUTLETS[name]
    except KeyError:
        raise UnknownOutletError(name) from None
