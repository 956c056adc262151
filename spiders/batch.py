"""The raw batch of one crawl: ``items.jsonl`` plus ``stats.json``, written when the crawl ends.

Items are collected from the ``item_scraped`` signal (as Scrapy's feed exports do) and written
in listing order (the spider's ``item_order``: the order its listing pages were walked, then
the position on the page) once the spider closes, through ``etl.records.write_jsonl``
(temp file + rename). The items file is published only when the crawl finished cleanly: a
crawl that stopped on an error, was cancelled or raised in a callback leaves no items file,
so a half batch can never look complete. ``stats.json`` is written in every case.
"""

from __future__ import annotations

import json
import logging
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, Self, runtime_checkable

from scrapy import signals
from scrapy.exceptions import NotConfigured

from etl.records import RawItem, write_jsonl
from spiders.stats import crawl_complete, summarize

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

log = logging.getLogger(__name__)


@runtime_checkable
class BatchSpider(Protocol):
    """A spider that says where its batch goes and what it crawled."""

    items_path: Path
    stats_path: Path

    def batch_context(self) -> dict[str, Any]:
        """Fields copied into stats.json (source, window, …)."""
        ...

    def item_order(self, item: RawItem) -> tuple[int, ...]:
        """Where ``item`` stands in the listing as walked (the batch is written in this order)."""
        ...


class RawBatchWriter:
    """Extension writing the batch of a ``BatchSpider``; NotConfigured for other spiders."""

    def __init__(self, crawler: Crawler, spider: BatchSpider) -> None:
        self.crawler = crawler
        self.spider = spider
        self.items: list[RawItem] = []
        self.started = time.monotonic()
        self.started_at = datetime.now(UTC)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        spider = crawler.spider
        if not isinstance(spider, BatchSpider):
            raise NotConfigured("the spider does not declare items_path/stats_path")
        writer = cls(crawler, spider)
        crawler.signals.connect(writer.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(writer.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(writer.spider_closed, signal=signals.spider_closed)
        return writer

    def spider_opened(self) -> None:
        # A batch left by an earlier crawl of the same window must not pass for this one's.
        for stale in (self.spider.items_path, self.spider.stats_path):
            stale.unlink(missing_ok=True)
        self.spider.items_path.parent.mkdir(parents=True, exist_ok=True)
        self.started = time.monotonic()
        self.started_at = datetime.now(UTC)

    def item_scraped(self, item: Any) -> None:
        if isinstance(item, RawItem):
            self.items.append(item)

    def spider_closed(self, reason: str) -> None:
        raw = self.crawler.stats.get_stats()
        complete = crawl_complete(reason, raw)
        written = 0
        if complete:
            ordered = sorted(self.items, key=self.spider.item_order)
            written = write_jsonl(self.spider.items_path, ordered)
        else:
            log.error(
                "crawl did not finish cleanly (reason %s, %d callback errors): "
                "%d items discarded, no items file written",
                reason,
                int(raw.get("spider_exceptions/count", 0)),
                len(self.items),
            )
        context = {
            **self.spider.batch_context(),
            "items_path": str(self.spider.items_path),
            "started_at": self.started_at.isoformat(timespec="seconds"),
            "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        summary = summarize(
            raw,
            finish_reason=reason,
            complete=complete,
            duration_seconds=time.monotonic() - self.started,
            items_written=written,
            context=context,
        )
        _write_json(self.spider.stats_path, summary)
        log.info(
            "crawl %s: %d pages, %d items seen, %d written, stop %s, %d http errors, "
            "%d robots-forbidden (%s)",
            reason,
            summary["pages"],
            summary["items_seen"],
            written,
            summary["stop_reason"],
            sum(summary["http_errors"].values()),
            summary["robots_forbidden"],
            self.spider.stats_path,
        )


def _write_json(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)
