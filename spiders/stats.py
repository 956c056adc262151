"""The crawl's counters, as written to ``stats.json`` beside the items.

The spider counts under ``newsflow/…``; Scrapy's own middlewares count downloads, retries,
robots.txt refusals and offsite drops. ``summarize`` turns both into one flat, documented
record (the ``crawl`` counts of a run) and keeps Scrapy's raw counters under ``scrapy``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

PREFIX = "newsflow/"

# Counter names the spider increments (without PREFIX).
PAGES = "pages"
ITEMS_SEEN = "items_seen"
ITEMS_IN_WINDOW = "items_in_window"
ITEMS_NEWER = "items_newer"
ITEMS_OLDER = "items_older"
ITEMS_UNPARSED_TIME = "items_unparsed_time"
ITEMS_UNPARSED_EMITTED = "items_unparsed_emitted"
ARTICLES_FETCHED = "articles_fetched"
ARTICLES_FAILED = "articles_failed"
ARTICLE_ERRORS = "article_errors/"  # + status code or exception class name
STOP_REASON = "stop_reason"
WARC_RECORDS = "warc_records"

_STATUS = "downloader/response_status_count/"
_EXCEPTION = "downloader/exception_type_count/"
_ROBOTS_STATUS = "robotstxt/response_status_count/"


def crawl_complete(finish_reason: str, raw: Mapping[str, Any]) -> bool:
    """Whether a crawl's output may be published: it finished and no callback raised.

    Scrapy reports ``finished`` even when a callback raised on some page, but then that page's
    items are missing, so such a crawl is as incomplete as a cancelled one.
    """
    return finish_reason == "finished" and int(raw.get("spider_exceptions/count", 0)) == 0


def _by_suffix(raw: Mapping[str, Any], prefix: str) -> dict[str, int]:
    return {
        key.removeprefix(prefix): int(value)
        for key, value in sorted(raw.items())
        if key.startswith(prefix)
    }


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def summarize(
    raw: Mapping[str, Any],
    *,
    finish_reason: str,
    complete: bool,
    duration_seconds: float,
    items_written: int,
    context: Mapping[str, Any],
) -> dict[str, Any]:
    """One crawl's stats.json record.

    ``raw`` is the Scrapy stats collector's dict; ``complete`` says whether items.jsonl was
    written (the crawl finished cleanly); ``items_written`` is its number of lines (0 when not
    complete);
    ``context`` (source, window, paths) is copied in first. HTTP errors are keyed by status
    (responses of 400 and above, retried ones included, robots.txt not); download errors by
    exception class.
    """
    mine = {key.removeprefix(PREFIX): value for key, value in raw.items() if key.startswith(PREFIX)}

    def count(name: str) -> int:
        return int(mine.get(name, 0))

    newer, older = count(ITEMS_NEWER), count(ITEMS_OLDER)
    # robots.txt answering 404 only means "no rules"; errors are about the pages we wanted.
    robots = _by_suffix(raw, _ROBOTS_STATUS)
    statuses = {
        status: n - robots.get(status, 0)
        for status, n in _by_suffix(raw, _STATUS).items()
        if n > robots.get(status, 0)
    }
    return {
        **context,
        "finish_reason": finish_reason,
        "stop_reason": mine.get(STOP_REASON),
        "complete": complete,
        "pages": count(PAGES),
        "items_seen": count(ITEMS_SEEN),
        "items_emitted": items_written,
        "items_in_window": count(ITEMS_IN_WINDOW),
        "items_outside_window": newer + older,
        "items_newer": newer,
        "items_older": older,
        "items_unparsed_time": count(ITEMS_UNPARSED_TIME),
        "items_unparsed_emitted": count(ITEMS_UNPARSED_EMITTED),
        "articles_fetched": count(ARTICLES_FETCHED),
        "articles_failed": count(ARTICLES_FAILED),
        "article_errors": _by_suffix(mine, ARTICLE_ERRORS),
        "requests": int(raw.get("downloader/request_count", 0)),
        "responses": int(raw.get("downloader/response_count", 0)),
        "http_errors": {status: n for status, n in statuses.items() if int(status) >= 400},
        "download_errors": {
            kind.rsplit(".", 1)[-1]: n for kind, n in _by_suffix(raw, _EXCEPTION).items()
        },
        "retries": int(raw.get("retry/count", 0)),
        "retries_exhausted": int(raw.get("retry/max_reached", 0)),
        "robots_forbidden": int(raw.get("robotstxt/forbidden", 0)),
        "offsite_filtered": int(raw.get("offsite/filtered", 0)),
        "spider_exceptions": int(raw.get("spider_exceptions/count", 0)),
        "warc_records": count(WARC_RECORDS),
        "duration_seconds": round(duration_seconds, 3),
        "scrapy": {key: _jsonable(value) for key, value in sorted(raw.items())},
    }
