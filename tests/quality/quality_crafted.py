"""Constants and helpers of the crafted quality batches (fixtures are in conftest.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from etl.quality import BatchFacts, QualityReport
from etl.records import Article
from etl.sources import QualityThresholds, SourceProfile
from etl.window import KST, Window

WINDOW = Window.parse("2025-04-08")
# The nightly run after the window: the whole KST day is in the past.
NOW = datetime(2025, 4, 9, 0, 30, tzinfo=KST)
BASE = "https://daily.demo.newsflow.test/news/articleView.html?idxno="
# When the listing pages of the crafted batches were fetched.
FETCHED = datetime(2025, 4, 8, 23, 0, tzinfo=KST)

ArticleFactory = Callable[..., Article]
RawFactory = Callable[..., dict[str, Any]]
RunQuality = Callable[..., QualityReport]
FactsFactory = Callable[..., BatchFacts]


def with_quality(profile: SourceProfile, **thresholds: Any) -> SourceProfile:
    """``profile`` with these ``[quality]`` thresholds changed (validated like a TOML table)."""
    quality = QualityThresholds.model_validate(profile.quality.model_dump() | thresholds)
    return profile.model_copy(update={"quality": quality})
