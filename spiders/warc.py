"""Every response of a crawl archived as a WARC ``response`` record - and played back.

``ResponseArchive`` is a downloader middleware placed between the download and Scrapy's
redirect, decompression and retry middlewares (order 610), so it sees each answer as it came
off the wire: redirects and error answers included, bodies still in their Content-Encoding.
That is what makes the archive replayable: serving a recorded answer at the same place makes
the rest of the chain (redirects, decompression, retries) do on the replay exactly what it
did on the night. Each answer's fetch time is stamped on its request
(``request.meta[FETCHED_AT]``) and written as the record's WARC-Date; the spider's RawItems
take their ``fetched_at`` from the same stamp, so a replay reproduces them byte for byte.

Where the archive goes:

- a spider with a ``job_dir`` (``spiders.jobdir.CrawlJob``) appends to the job's archive,
  flushed record by record, after replaying what an earlier, killed attempt left there (only
  requests the archive cannot answer go to the network); after a clean finish the archive
  moves to ``responses.warc.gz`` beside the items and the job folder is removed;
- without one it writes ``responses.warc.gz.partial`` beside the items and renames it when
  the crawl finished cleanly;
- a spider with a ``replay_path`` is a re-parse: every answer comes from that archive and a
  request it cannot answer fails (``ResponseNotArchived``); nothing is recorded.

``NEWSFLOW_WARC_ENABLED = False`` turns recording off (answers are still stamped).
"""

from __future__ import annotations

import logging
from collections import defaultdict, deque
from datetime import UTC, datetime
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from typing import IO, TYPE_CHECKING, Self

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.http import Headers
from scrapy.responsetypes import responsetypes
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from etl.crawl import WARC_FILE
from spiders import stats as keys
from spiders.batch import BatchSpider
from spiders.failures import ResponseNotArchived
from spiders.jobdir import CrawlJob

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Request, Response

log = logging.getLogger(__name__)

FETCHED_AT = "newsflow_fetched_at"
REPLAYED = "replayed"  # Response.flags marker of an answer served from an archive
# Scrapy has already undone chunked transfer coding; the stored body has its own length.
_WIRE_HEADERS = {b"transfer-encoding", b"content-length"}
_SOFTWARE = {"software": "newsflow/0.1 (Scrapy)", "format": "WARC File Format 1.0"}


def fetched_at(response: Response) -> str:
    """When ``response`` was received, ISO 8601 UTC to the second (the archive's stamp)."""
    stamped = response.meta.get(FETCHED_AT) if response.request is not None else None
    return str(stamped) if stamped else _now()


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class Replay:
    """The response records of one WARC file, served per URL in the order recorded."""

    def __init__(self, path: Path, *, strict: bool) -> None:
        self.path = path
        self.strict = strict
        self.served = 0
        self._offsets: dict[str, deque[int]] = defaultdict(deque)
        self._file: IO[bytes] = path.open("rb")
        records = ArchiveIterator(self._file)
        for record in records:
            uri = record.rec_headers.get_header("WARC-Target-URI")
            answer = record.rec_type == "response"
            records.read_to_end(record)
            if answer and uri:
                self._offsets[uri].append(records.get_record_offset())

    def take(self, request: Request) -> Response | None:
        """The next recorded answer to ``request``'s URL; when none is left, None (a resume
        goes to the network) or ResponseNotArchived (a strict replay)."""
        offsets = self._offsets.get(request.url)
        if not offsets:
            if self.strict:
                raise ResponseNotArchived(f"no archived response for {request.url}")
            return None
        self._file.seek(offsets.popleft())
        record = next(iter(ArchiveIterator(self._file)))
        status = int(record.http_headers.get_statuscode())
        headers = Headers()
        for name, value in record.http_headers.headers:
            headers.appendlist(name, value)
        body = record.raw_stream.read()
        moment = record.rec_headers.get_header("WARC-Date").replace("Z", "+00:00")
        request.meta[FETCHED_AT] = datetime.fromisoformat(moment).isoformat()
        self.served += 1
        cls = responsetypes.from_args(headers=headers, url=request.url, body=body)
        return cls(
            url=request.url,
            status=status,
            headers=headers,
            body=body,
            request=request,
            flags=[REPLAYED],
        )

    def close(self) -> None:
        self._file.close()


class ResponseArchive:
    """Downloader middleware recording and replaying answers (see the module docstring)."""

    def __init__(self, crawler: Crawler, spider: BatchSpider) -> None:
        self.crawler = crawler
        self.final = spider.items_path.with_name(WARC_FILE)
        self.record = crawler.settings.getbool("NEWSFLOW_WARC_ENABLED", True)
        replay_path: Path | None = getattr(spider, "replay_path", None)
        job_dir: Path | None = getattr(spider, "job_dir", None)
        self.replay = Replay(replay_path, strict=True) if replay_path else None
        self.job = CrawlJob(job_dir) if job_dir and self.record and not replay_path else None
        if self.job is not None and self.job.open():
            # Taken here, not when the spider opens: a failure in a signal handler is only
            # logged, and a crawl sharing another's job folder must not start at all.
            self.replay = Replay(self.job.warc, strict=False)
        self.path = self.job.warc if self.job else self.final.with_name(WARC_FILE + ".partial")
        self.file: IO[bytes] | None = None
        self.writer: WARCWriter | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        spider = crawler.spider
        if not isinstance(spider, BatchSpider):
            raise NotConfigured("the spider does not declare where its batch goes")
        archive = cls(crawler, spider)
        crawler.signals.connect(archive.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(archive.spider_closed, signal=signals.spider_closed)
        return archive

    def spider_opened(self) -> None:
        if self.job is None and self.record:
            for stale in (self.final, self.path):
                stale.unlink(missing_ok=True)
        if not self.record or self.replay is not None and self.replay.strict:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fresh = not self.path.exists() or self.path.stat().st_size == 0
        self.file = self.path.open("ab")
        self.writer = WARCWriter(self.file, gzip=True)
        if fresh:
            self.writer.write_record(self.writer.create_warcinfo_record(WARC_FILE, _SOFTWARE))
            self.file.flush()

    def process_request(self, request: Request) -> Response | None:
        if self.replay is None or not request.url.startswith(("http://", "https://")):
            return None
        response = self.replay.take(request)
        if response is not None:
            self.crawler.stats.inc_value(keys.PREFIX + keys.REPLAYED_RESPONSES)
        return response

    def process_response(self, request: Request, response: Response) -> Response:
        if REPLAYED in response.flags:
            return response
        stamp = _now()
        request.meta[FETCHED_AT] = stamp
        if self.writer is not None and self.file is not None:
            self.writer.write_record(_record(self.writer, request.url, response, stamp))
            # Flushed record by record: a killed crawl's archive is complete up to its last
            # answer, and the restart replays it.
            self.file.flush()
            self.crawler.stats.inc_value(keys.PREFIX + keys.WARC_RECORDS)
        return response

    def spider_closed(self, reason: str) -> None:
        if self.file is not None:
            self.file.close()
        if self.replay is not None:
            self.replay.close()
        complete = keys.crawl_complete(reason, self.crawler.stats.get_stats())
        if self.job is not None:
            if complete:
                self.job.finish(self.final)
            else:
                self.job.release()
                log.warning("crawl unfinished: a re-run resumes from %s", self.job.path)
        elif self.file is not None:
            if complete:
                self.path.replace(self.final)
            else:
                log.warning("crawl unfinished: responses kept in %s", self.path)


def _record(writer: WARCWriter, url: str, response: Response, stamp: str) -> object:
    headers = [
        (name.decode("latin-1"), value.decode("latin-1"))
        for name, values in response.headers.items()
        if name.lower() not in _WIRE_HEADERS
        for value in values
    ]
    headers.append(("Content-Length", str(len(response.body))))
    http_headers = StatusAndHeaders(
        f"{response.status} {_reason(response.status)}", headers, protocol="HTTP/1.1"
    )
    return writer.create_warc_record(
        url,
        "response",
        payload=BytesIO(response.body),
        length=len(response.body),
        http_headers=http_headers,
        warc_headers_dict={"WARC-Date": stamp.replace("+00:00", "Z")},
    )


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"
