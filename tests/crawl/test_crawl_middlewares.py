"""The crawl's downloader middlewares on their own: retry pauses and public addresses."""

from __future__ import annotations

import pytest
from scrapy.http import Request, Response
from scrapy.utils.test import get_crawler

from spiders.middlewares import BackoffRetryMiddleware, PrivateAddressRefused, PublicAddressesOnly


def backoff(**settings: object) -> BackoffRetryMiddleware:
    return BackoffRetryMiddleware.from_crawler(get_crawler(settings_dict=settings))


def retry(attempt: int) -> Request:
    return Request("https://news.example.kr/list?page=1", meta={"retry_times": attempt})


def test_each_retry_waits_twice_as_long_as_the_one_before_up_to_the_ceiling() -> None:
    middleware = backoff(NEWSFLOW_RETRY_BACKOFF=1.0, NEWSFLOW_RETRY_BACKOFF_MAX=5.0)
    assert [middleware.delay(retry(n)) for n in (1, 2, 3, 4)] == [1.0, 2.0, 4.0, 5.0]


def test_a_retry_after_header_asks_for_a_longer_wait_within_the_ceiling() -> None:
    middleware = backoff(NEWSFLOW_RETRY_BACKOFF=1.0, NEWSFLOW_RETRY_BACKOFF_MAX=30.0)
    busy = Response("https://news.example.kr/", status=503, headers={"Retry-After": "12"})
    late = Response("https://news.example.kr/", status=503, headers={"Retry-After": "120"})
    assert (middleware.delay(retry(1), busy), middleware.delay(retry(1), late)) == (12.0, 30.0)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/news",
        "http://localhost/news",
        "http://10.0.0.5/news",
        "http://192.168.1.10/news",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/news",
    ],
)
def test_requests_to_non_public_addresses_are_refused(url: str) -> None:
    guard = PublicAddressesOnly()
    with pytest.raises(PrivateAddressRefused, match="is a non-public address"):
        guard.process_request(Request(url))


def test_requests_to_public_addresses_pass() -> None:
    assert PublicAddressesOnly().process_request(Request("http://8.8.8.8/news")) is None
