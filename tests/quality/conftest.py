"""Crafted batches for the quality stage: demo-daily articles and raw items, valid by default."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

import pytest
from quality_crafted import (
    BASE,
    FETCHED,
    NOW,
    WINDOW,
    ArticleFactory,
    FactsFactory,
    RawFactory,
    RunQuality,
)

from etl.quality import BatchFacts, QualityReport, QuarantinedRow, validate
from etl.records import Article
from etl.sources import SourceProfile
from etl.window import KST


@pytest.fixture(scope="session")
def profile() -> SourceProfile:
    """demo-daily as its profile describes it (listing items carry leads)."""
    return SourceProfile.model_validate(
        {
            "code": "demo-daily",
            "name": "데모경제신문",
            "base_url": "demosite://demo-daily",
            "canonical_base": "https://daily.demo.newsflow.test",
            "has_leads": True,
            "listing": {"url": "{base}/news/latest?page={page}"},
        }
    )


@pytest.fixture()
def make_article() -> ArticleFactory:
    """``make_article(n, **changes)``: article ``n`` of the day (09:00 KST + n minutes)."""

    def make(n: int = 0, **changes: Any) -> Article:
        published = datetime(2025, 4, 8, 9, 0, tzinfo=KST) + timedelta(minutes=n)
        article = Article(
            source="demo-daily",
            url=f"{BASE}{1000 + n}",
            url_hash=f"hash{n}",
            title=f"한국은행, 기준금리 연 2.75% 동결 {n}",
            summary="한국은행 금융통화위원회가 기준금리를 동결했다.",
            body=None,
            author=None,
            published_at=published,
            modified_at=None,
            published_raw=published.strftime("%Y-%m-%d %H:%M:%S"),
            sections=["economy.finance"],
            section_labels=["금융"],
            language="ko",
            content_hash=f"content{n}",
            first_seen_at=FETCHED,
        )
        return dataclasses.replace(article, **changes)

    return make


@pytest.fixture()
def make_raw() -> RawFactory:
    """``make_raw(n, **changes)``: the RawItem record of item ``n`` as the listing showed it."""

    def make(n: int = 0, **changes: Any) -> dict[str, Any]:
        published = datetime(2025, 4, 8, 9, 0, tzinfo=KST) + timedelta(minutes=n)
        record: dict[str, Any] = {
            "source": "demo-daily",
            "listing_url": "https://daily.demo.newsflow.test/news/latest?page=1",
            "url": f"/news/articleView.html?idxno={1000 + n}",
            "title": f"한국은행, 기준금리 연 2.75% 동결 {n}",
            "summary": "한국은행 금융통화위원회가 기준금리를 동결했다.",
            "published_raw": published.strftime("%Y-%m-%d %H:%M:%S"),
            "section_raw": "금융",
            "page": 1,
            "position": n,
            "fetched_at": FETCHED.isoformat(),
            "extractor": "selectors",
            "extractor_version": "1",
            "article": None,
        }
        return record | changes

    return make


@pytest.fixture()
def run_quality(profile: SourceProfile) -> RunQuality:
    """``run_quality(articles, **overrides)``: ``validate`` for demo-daily, 2025-04-08, NOW."""

    def run(articles: list[Article], **overrides: Any) -> QualityReport:
        arguments: dict[str, Any] = {"profile": profile, "window": WINDOW, "now": NOW}
        arguments.update(overrides)
        return validate(articles, **arguments)

    return run


@pytest.fixture()
def make_facts(profile: SourceProfile) -> FactsFactory:
    """``make_facts(valid, quarantined, **fields)``: BatchFacts of demo-daily, 2025-04-08."""

    def make(
        valid: Sequence[Article] = (),
        quarantined: Sequence[QuarantinedRow] = (),
        **fields: Any,
    ) -> BatchFacts:
        fields.setdefault("profile", profile)
        fields.setdefault("window", WINDOW)
        return BatchFacts(list(valid), list(quarantined), **fields)

    return make
