"""Every response of a crawl archived as ``responses.warc.gz`` beside the items.

The archive is what makes a re-parse possible without re-crawling: when an extractor changes,
the pages as they were on the night can be read again. Bodies are stored as Scrapy received
them after decompression, so ``Content-Encoding`` is dropped and ``Content-Length`` set to the
stored body. Like the items file, the archive gets its final name only when the crawl finished
cleanly; an unfinished crawl leaves ``responses.warc.gz.partial`` to look at, which no stage
reads. ``NEWSFLOW_WARC_ENABLED = False`` in the Scrapy settings turns it off.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from http import HTTPStatus
from io import BytesIO
from typing import IO, TYPE_CHECKING, Self

from scrapy import signals
from scrapy.exceptions import NotConfigured
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from etl.crawl import WARC_FILE
from spiders import stats as keys
from spiders.batch import BatchSpider

if TYPE_CHECKING:
    from pathlib import Path

    from scrapy.crawler import Crawler
    from scrapy.http import Request, Response

log = logging.getLogger(__name__)

# Headers that describe the bytes on the wire, not the body as stored.
_WIRE_HEADERS = {b"content-encoding", b"content-length", b"transfer-encoding"}


class ResponseArchive:
    """Extension writing each response the engine receives as a WARC ``response`` record."""

    def __init__(self, crawler: Crawler, path: Path) -> None:
        self.crawler = crawler
        self.path = path
        self.partial = path.with_name(path.name + ".partial")
        self.file: IO[bytes] | None = None
        self.writer: WARCWriter | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool("NEWSFLOW_WARC_ENABLED", True):
            raise NotConfigured("NEWSFLOW_WARC_ENABLED is off")
        spider = crawler.spider
        if not isinstance(spider, BatchSpider):
            raise NotConfigured("the spider does not declare where its batch goes")
        archive = cls(crawler, spider.items_path.with_name(WARC_FILE))
        crawler.signals.connect(archive.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(archive.response_received, signal=signals.response_received)
        crawler.signals.connect(archive.spider_closed, signal=signals.spider_closed)
        return archive

    def spider_opened(self) -> None:
        for stale in (self.path, self.partial):
            stale.unlink(missing_ok=True)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.file = self.partial.open("wb")
        self.writer = WARCWriter(self.file, gzip=True)
        info = {"software": "newsflow/0.1 (Scrapy)", "format": "WARC File Format 1.0"}
        self.writer.write_record(self.writer.create_warcinfo_record(self.path.name, info))

    def response_received(self, response: Response, request: Request) -> None:
        if self.writer is None:
            return
        headers = [
            (name.decode("latin-1"), b", ".join(values).decode("latin-1"))
            for name, values in response.headers.items()
            if name.lower() not in _WIRE_HEADERS
        ]
        headers.append(("Content-Length", str(len(response.body))))
        http_headers = StatusAndHeaders(
            f"{response.status} {_reason(response.status)}", headers, protocol="HTTP/1.1"
        )
        record = self.writer.create_warc_record(
            response.url,
            "response",
            payload=BytesIO(response.body),
            length=len(response.body),
            http_headers=http_headers,
            # When the engine received it: for one night's archive, close enough to the fetch.
            warc_headers_dict={"WARC-Date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")},
        )
        self.writer.write_record(record)
        self.crawler.stats.inc_value(keys.PREFIX + keys.WARC_RECORDS)

    def spider_closed(self, reason: str) -> None:
        if self.file is None:
            return
        self.file.close()
        if keys.crawl_complete(reason, self.crawler.stats.get_stats()):
            self.partial.replace(self.path)
        else:
            log.warning("crawl unfinished: responses kept in %s", self.partial)


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"
