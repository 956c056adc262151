"""The outlets of the demo network: one registry entry each, rendered by a template module.

An outlet is data (name, public origin, sections, daily volume, reporters, which of the
network's quirks it shows) plus the name of the template module under ``demosite.templates``
that turns articles into its pages. Adding an outlet means adding an entry here and, when its
CMS looks different, a template module.

The section mapping (outlet label -> canonical code) is the demosite's own copy on purpose:
the demosite is the oracle the pipeline is judged against, so it must not share the pipeline's
taxonomy code.
"""

from __future__ import annotations

import math
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
    list_code: str  # the outlet's own URL value for its section listing page
    weight: int  # relative share of the day's articles


@dataclass(frozen=True, slots=True)
class Reporter:
    """A byline: ``name`` as printed, ``handle`` the mailbox before ``@``."""

    name: str
    handle: str


@dataclass(frozen=True, slots=True)
class Outlet:
    """Everything the generator, the server and the templates need to know about one outlet.

    ``daily_volume`` is the inclusive range of the outlet's own articles per KST day (wire
    copies it republishes come on top, ``pickups_per_day``). Article numbers are
    ``day_number * stride + sequence``; the stride is ``idx_stride`` unless a volume scale
    makes a day longer than that (see :meth:`stride`).

    ``encoding`` is the charset the outlet *declares*; ``codec`` the Python codec its bytes
    are really written in (CP949 pages declare ``euc-kr``, as browsers expect).
    The remaining fields switch the network's quirks on for this outlet; all are off for an
    outlet that does not set them, which is how ``demo-daily`` keeps its v1 pages.
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
    codec: str | None = None
    per_page: int = 20
    # Probability that an article is updated after publication (at least one a day is).
    update_rate: float = 0.2
    # Probability that a listing link carries tracking parameters (at least one a day does).
    tracking_rate: float = 0.08
    # The tracking query string, over {source}, {medium}, a number {n} (1-99) and {section}
    # (the home section's list code).
    tracking_format: str = "utm_source={source}&utm_medium={medium}&mc=m_{n:02d}"
    # Listing pages show minutes only, so the CMS stores whole minutes.
    minute_precision: bool = False
    # Share of articles also listed under a related section (at least one a day when > 0).
    cross_list_rate: float = 0.0
    # Share of listing titles with one word in an inline tag (at least one a day when > 0).
    highlight_rate: float = 0.0
    # Top stories of each day, pinned above the next day's latest list.
    top_stories: int = 0
    # Advertisement items among each listing page's articles.
    ads_per_page: int = 0
    # Wire copy: the wire outlet republished from, and how many of its stories a day.
    pickup_from: str | None = None
    pickups_per_day: tuple[int, int] = (0, 0)
    # The wire itself: a dateline opens every body, e.g. "(서울=데모뉴스통신) 홍길동 기자 = ".
    dateline: bool = False
    # Listing titles longer than this are cut and end in "..", 0: never.
    title_limit: int = 0
    # The CMS writes article:published_time as KST wall time labelled UTC (+00:00).
    wrong_meta_offset: bool = False

    def __post_init__(self) -> None:
        low, high = self.daily_volume
        if not 2 <= low <= high or high + self.pickups_per_day[1] >= self.idx_stride:
            raise ValueError(f"{self.name}: daily_volume {self.daily_volume} vs {self.idx_stride}")

    def section(self, label: str) -> Section:
        """The section with this label (``KeyError`` when the outlet has none)."""
        for section in self.sections:
            if section.label == label:
                return section
        raise KeyError(label)

    def section_by_list_code(self, list_code: str) -> Section | None:
        return next((s for s in self.sections if s.list_code == list_code), None)

    def section_by_code(self, code: str) -> Section | None:
        """The outlet's section for a canonical code, if it has one."""
        return next((s for s in self.sections if s.code == code), None)

    def stride(self, scale: float = 1.0) -> int:
        """The article-number stride at volume ``scale``: a power of ten above a day's length.

        At scale 1 (or below) it is ``idx_stride``, so article numbers never change unless
        the outlet is made busier than registered.
        """
        longest = math.ceil(self.daily_volume[1] * max(scale, 1.0)) + self.pickups_per_day[1]
        stride = self.idx_stride
        while stride <= longest:
            stride *= 10
        return stride

    @property
    def host(self) -> str:
        return self.origin.split("://", 1)[1]

    @property
    def bytes_codec(self) -> str:
        """The codec that turns the outlet's text into the bytes it serves."""
        return self.codec or self.encoding


def _reporters(*bylines: str) -> tuple[Reporter, ...]:
    """Reporters from ``"name handle"`` strings."""
    return tuple(Reporter(*byline.split()) for byline in bylines)


# The seed's shape: a 최신기사 ul/li list with thumbnail, title link, lead and a full timestamp.
# Its pages and its oracle are the v1 contract the spider's tests depend on: none of the
# quirk switches below may be turned on for it.
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
    reporters=_reporters(
        "홍길동 hong",
        "김서연 seoyeon.kim",
        "이준호 junho",
        "박지민 jimin.park",
        "최유진 yujin",
        "정민재 minjae.jung",
        "강하늘 haneul",
        "윤다은 daeun.yoon",
        "임태현 taehyun",
        "한소희 sohee.han",
    ),  # fmt: skip
    daily_volume=(30, 60),
    idx_stride=1000,
)

# An older table-layout CMS: CP949 bytes declared as EUC-KR, `[YYYY.MM.DD]` dates, titles cut
# with "..", a date archive. Two reporters' names use syllables only CP949 can encode.
DEMO_ILBO = Outlet(
    name="demo-ilbo",
    label="데모일보",
    origin="https://ilbo.demo.newsflow.test",
    template="ilbo",
    sections=(
        Section("경제", "economy", "eco", 16),
        Section("금융", "economy.finance", "fin", 10),
        Section("증권", "economy.markets", "stock", 12),
        Section("산업", "economy.industry", "ind", 14),
        Section("IT/과학", "tech", "it", 8),
        Section("정치", "politics", "pol", 12),
        Section("사회", "society", "soc", 14),
        Section("국제", "world", "int", 8),
        Section("오피니언", "opinion", "opi", 6),
    ),
    reporters=_reporters(
        "정믜나 mina",
        "오햏규 hgkyu",
        "배상철 scbae",
        "문지원 jwmoon",
        "서동혁 dhseo",
        "노은비 ebno",
    ),  # fmt: skip
    daily_volume=(20, 45),
    idx_stride=1000,
    encoding="euc-kr",
    codec="cp949",
    per_page=15,
    tracking_format="ref={source}",
    cross_list_rate=0.1,
    highlight_rate=0.05,
    top_stories=1,
    ads_per_page=1,
    title_limit=24,
)

# A card layout: <time datetime="…+09:00"> with relative labels, "더보기" offset paging,
# wire copy, sponsored cards and a pinned top card.
DEMO_TODAY = Outlet(
    name="demo-today",
    label="데모투데이",
    origin="https://today.demo.newsflow.test",
    template="today",
    sections=(
        Section("경제", "economy", "economy", 16),
        Section("금융", "economy.finance", "finance", 10),
        Section("마켓", "economy.markets", "market", 12),
        Section("산업", "economy.industry", "industry", 12),
        Section("테크", "tech", "tech", 12),
        Section("정치", "politics", "politics", 8),
        Section("사회", "society", "society", 10),
        Section("세계", "world", "world", 8),
        Section("라이프", "culture", "life", 8),
        Section("오피니언", "opinion", "opinion", 4),
    ),
    reporters=_reporters(
        "유하린 harin",
        "신재원 jaewon.shin",
        "권나래 narae",
        "황도현 dohyun",
        "송민지 minji.song",
        "안태오 taeo",
    ),  # fmt: skip
    daily_volume=(40, 80),
    idx_stride=10000,
    per_page=24,
    tracking_format="utm_source={source}&utm_medium={medium}&utm_campaign=today{n:02d}",
    cross_list_rate=0.15,
    highlight_rate=0.1,
    top_stories=1,
    ads_per_page=2,
    pickup_from="demo-wire",
    pickups_per_day=(2, 5),
)

# A wire service: section lists showing `MM-DD HH:MM` without a year (the year is in the
# article id, AKR20250408012300004), paged by "next" cursor links only.
DEMO_WIRE = Outlet(
    name="demo-wire",
    label="데모뉴스통신",
    origin="https://wire.demo.newsflow.test",
    template="wire",
    sections=(
        Section("정치", "politics", "politics", 12),
        Section("경제", "economy", "economy", 14),
        Section("금융", "economy.finance", "finance", 8),
        Section("증권", "economy.markets", "market", 10),
        Section("산업", "economy.industry", "industry", 12),
        Section("IT/과학", "tech", "it", 8),
        Section("사회", "society", "society", 14),
        Section("세계", "world", "international", 10),
        Section("문화", "culture", "culture", 6),
        Section("스포츠", "sports", "sports", 6),
    ),
    reporters=_reporters(
        "조현수 hyunsoo",
        "남궁민 mgnam",
        "백서윤 seoyun",
        "양지호 jiho.yang",
        "허은재 eunjae",
        "구본혁 bhkoo",
        "차예원 yewon",
    ),  # fmt: skip
    daily_volume=(60, 110),
    idx_stride=1000,
    tracking_format="section={section}/all&site=topnews{n:02d}",
    minute_precision=True,
    cross_list_rate=0.12,
    highlight_rate=0.05,
    dateline=True,
)

# JSON-LD everywhere: an ItemList on list pages, a NewsArticle on article pages, hashed class
# names in the markup, dated article paths and a date archive.
DEMO_HERALD = Outlet(
    name="demo-herald",
    label="데모헤럴드",
    origin="https://herald.demo.newsflow.test",
    template="herald",
    sections=(
        Section("경제", "economy", "economy", 14),
        Section("금융", "economy.finance", "finance", 8),
        Section("증시", "economy.markets", "stock", 12),
        Section("산업", "economy.industry", "industry", 12),
        Section("부동산", "economy.realestate", "realestate", 8),
        Section("IT", "tech", "it", 10),
        Section("정치", "politics", "politics", 10),
        Section("사회", "society", "society", 10),
        Section("국제", "world", "world", 8),
        Section("오피니언", "opinion", "opinion", 4),
    ),
    reporters=_reporters(
        "이가온 gaon",
        "박세린 serin.park",
        "김도윤 doyoon",
        "최하람 haram",
        "장예준 yejun",
    ),  # fmt: skip
    daily_volume=(30, 60),
    idx_stride=1000,
    tracking_format="from={source}&gaa_at={medium}{n}",
    cross_list_rate=0.1,
    highlight_rate=0.08,
    ads_per_page=2,
    pickup_from="demo-wire",
    pickups_per_day=(2, 4),
)

# "입력 … | 수정 …" bylines, and an article:published_time meta tag with the wrong offset.
DEMO_BIZ = Outlet(
    name="demo-biz",
    label="데모비즈",
    origin="https://biz.demo.newsflow.test",
    template="biz",
    sections=(
        Section("경제", "economy", "01", 14),
        Section("산업", "economy.industry", "02", 16),
        Section("금융", "economy.finance", "03", 10),
        Section("증권", "economy.markets", "04", 14),
        Section("부동산", "economy.realestate", "05", 10),
        Section("IT·과학", "tech", "06", 10),
        Section("정치", "politics", "07", 6),
        Section("사회", "society", "08", 6),
        Section("국제", "world", "09", 6),
        Section("오피니언", "opinion", "10", 4),
    ),
    reporters=_reporters(
        "윤채원 chaewon",
        "임건우 gunwoo",
        "한지율 jiyul",
        "오세훈 sehoon.oh",
        "전수빈 subin",
        "고민석 minseok",
    ),  # fmt: skip
    daily_volume=(25, 50),
    idx_stride=1000,
    tracking_format="utm_source={source}&utm_medium={medium}&ref=biz{n:02d}",
    minute_precision=True,
    cross_list_rate=0.15,
    highlight_rate=0.1,
    top_stories=2,
    ads_per_page=1,
    wrong_meta_offset=True,
)

# Registry order is port order: ``serve_background(port=P)`` gives the n-th outlet P + n.
OUTLETS: dict[str, Outlet] = {
    outlet.name: outlet
    for outlet in (DEMO_DAILY, DEMO_ILBO, DEMO_TODAY, DEMO_WIRE, DEMO_HERALD, DEMO_BIZ)
}


def get_outlet(name: str) -> Outlet:
    """The registered outlet called ``name``; raises :class:`UnknownOutletError` otherwise."""
    try:
        return OUTLETS[name]
    except KeyError:
        raise UnknownOutletError(name) from None
