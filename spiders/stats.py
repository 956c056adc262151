"""The crawl's counters, as written to ``stats.json`` beside the items.

The spider counts under ``newsflow/…``; Scrapy's own middlewares count downloads, retries,
robots.txt refusals and offsite drops. ``summarize`` turns both into one flat, documented
record (the ``crawl`` counts of a run) and keeps Scrapy's raw counters under ``scrapy``.

Listing pages: ``pages`` counts every listing page fetched, ``seek_pages`` those fetched only
to find where the window starts (page-number seek probes, next-link pages wholly before the
window), ``walk_pages`` those whose items were judged against the window; ``walk_mode`` says
how the listing was walked (``archive``, ``pages``, ``next_links``). ``failures`` counts the
requests that failed for good, by kind (``spiders.failures``); ``extraction_fallback`` the
listing pages read by automatic extraction instead of the profile's selectors, and
``drift_alarm`` is true when there was any.
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
ITEMS_FUTURE_TIME = "items_future_time"  # later than the fetch: walked as unparsed
ARTICLES_FETCHED = "articles_fetched"
ARTICLES_FAILED = "articles_failed"
ARTICLE_ERRORS = "article_errors/"  # + status code or exception class name
STOP_REASON = "stop_reason"
WARC_RECORDS = "warc_records"
REPLAYED_RESPONSES = "replayed_responses"
SEEK_PAGES = "seek_pages"
WALK_PAGES = "walk_pages"
WALK_MODE = "walk_mode"
ITEMS_DUPLICATE = "items_duplicate"
EXTRACTION_FALLBACK = "extraction_fallback"
ARTICLE_TIME_CONFLICTS = "article_time_conflicts"
FAILURES = "failures/"  # + kind (spiders.failures.failure_kind)

_STATUS = "downloader/response_status_count/"
_EXCEPTION = "downloader/exception_type_count/"
_ROBOTS_STATUS = "robotstxt/response_status_count/"
_RETRY_REASON = "retry/reason_count/"


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
    exception class; retries by reason; ``failures`` (requests that failed for good) by kind.
    ``requests`` counts requests sent to the network: an answer replayed from an archive
    (``replayed_responses``) is a response but not a request.
    """
    mine = {key.removeprefix(PREFIX): value for key, value in raw.items() if key.startswith(PREFIX)}

    def count(name: str) -> int:
        return int(mine.get(name, 0))

    newer, older = count(ITEMS_NEWER), count(ITEMS_OLDER)
    fallback = count(EXTRACTION_FALLBACK)
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
        "walk_mode": mine.get(WALK_MODE),
        "pages": count(PAGES),
        "seek_pages": count(SEEK_PAGES),
        "walk_pages": count(WALK_PAGES),
        "items_seen": count(ITEMS_SEEN),
        "items_emitted": items_written,
        "items_in_window": count(ITEMS_IN_WINDOW),
        "items_outside_window": newer + older,
        "items_newer": newer,
        "items_older": older,
        "items_unparsed_time": count(ITEMS_UNPARSED_TIME),
        "items_unparsed_emitted": count(ITEMS_UNPARSED_EMITTED),
        "items_future_time": count(ITEMS_FUTURE_TIME),
        "items_duplicate": count(ITEMS_DUPLICATE),
        "extraction_fallback": fallback,
        "drift_alarm": fallback > 0,
        "articles_fetched": count(ARTICLES_FETCHED),
        "articles_failed": count(ARTICLES_FAILED),
        "article_errors": _by_suffix(mine, ARTICLE_ERRORS),
        "article_time_conflicts": count(ARTICLE_TIME_CONFLICTS),
        "failures": _by_suffix(mine, FAILURES),
        "requests": int(raw.get("downloader/request_count", 0)),
        "responses": int(raw.get("downloader/response_count", 0)),
        "http_errors": {status: n for status, n in statuses.items() if int(status) >= 400},
        "download_errors": {
            kind.rsplit(".", 1)[-1]: n for kind, n in _by_suffix(raw, _EXCEPTION).items()
        },
        "retries": int(raw.get("retry/count", 0)),
        "retry_reasons": {
            kind.rsplit(".", 1)[-1]: n for kind, n in _by_suffix(raw, _RETRY_REASON).items()
        },
        "retries_exhausted": int(raw.get("retry/max_reached", 0)),
        "robots_forbidden": int(raw.get("robotstxt/forbidden", 0)),
        "offsite_filtered": int(raw.get("offsite/filtered", 0)),
        "spider_exceptions": int(raw.get("spider_exceptions/count", 0)),
        "warc_records": count(WARC_RECORDS),
        "replayed_responses": count(REPLAYED_RESPONSES),
        "duration_seconds": round(duration_seconds, 3),
        "scrapy": {key: _jsonable(value) for key, value in sorted(raw.items())},
    }
