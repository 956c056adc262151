"""Advertisements: listing items and body blocks that look like news but are not articles.

Ads never appear in the oracle. They are deterministic per (outlet, place) — a listing page or
an article — so two servers show the same ads on the same page, yet pages differ from each
other, as rotating ad slots do. Their links leave the site through an ad server's click URL.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar
from urllib.parse import quote

AD_SERVER = "https://ad.demo.newsflow.test/click"

# Advertiser copy written like headlines, some with a date-like or section-like look.
COPY = (
    ("한결은행", "연 5.2% 특판 적금, 선착순 1만좌 한정 판매"),
    ("미르자산운용", "[AD] 월배당 ETF로 만드는 노후 현금흐름…무료 세미나"),
    ("가온헬스", "무릎 통증, 수술 없이 관리하는 방법 알려드립니다"),
    ("새솔건설", "[분양] 새솔 더 퍼스트 모델하우스 4월 오픈…계약금 5%"),
    ("누리여행", "봄맞이 특가! 오사카 3박4일 39만9천원부터"),
    ("다온식품", "[광고] 아침 한 잔으로 챙기는 단백질 20g"),
    ("한빛캐피탈", "신용점수 영향 없이 한도 조회…1분이면 끝"),
    ("별빛교육", "직장인 야간 MBA 설명회 참가 신청 (~4/30)"),
)


@dataclass(frozen=True, slots=True)
class Ad:
    """One ad: the advertiser, its headline-like copy and a click URL off the site."""

    advertiser: str
    title: str
    cid: int

    @property
    def url(self) -> str:
        return f"{AD_SERVER}?cid={self.cid}&adv={quote(self.advertiser)}"


def ads_for(outlet: str, place: str, count: int) -> tuple[Ad, ...]:
    """``count`` distinct ads for ``place`` (a listing page, an article) of ``outlet``."""
    if count <= 0:
        return ()
    digest = hashlib.sha256(f"{outlet}:{place}".encode()).digest()
    start = digest[0] % len(COPY)
    chosen = []
    for n in range(min(count, len(COPY))):
        advertiser, title = COPY[(start + n) % len(COPY)]
        chosen.append(Ad(advertiser, title, cid=int.from_bytes(digest[1 + n : 4 + n], "big")))
    return tuple(chosen)


Item = TypeVar("Item")


def interleave(items: Sequence[Item], ads: Sequence[Ad]) -> list[Item | Ad]:
    """``items`` with ``ads`` spread evenly between them (never first, never last)."""
    if not items:
        return list(items)
    slots = {(n + 1) * len(items) // (len(ads) + 1): ad for n, ad in enumerate(ads)}
    result: list[Item | Ad] = []
    for position, item in enumerate(items):
        if position in slots and position:
            result.append(slots[position])
        result.append(item)
    return result
