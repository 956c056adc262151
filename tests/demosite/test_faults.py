"""Faults on demand: each switch produces its fault, only where and when it is asked to."""

from __future__ import annotations

import http.client
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

import pytest
from readers import read_listing
from sitepages import SITE_NOW, fetch_page

from demosite.faults import Fault, FaultKind, FaultPlan
from demosite.server import serve_background

LIST = "/list.html"  # demo-biz's latest list
ARTICLE = "/view.html?aid=2025040800001"


@contextmanager
def biz(*faults: Fault, seed: int = 0, now: datetime = SITE_NOW) -> Iterator[str]:
    """demo-biz served with ``faults``; yields its base URL."""
    with serve_background(["demo-biz"], now=now, faults=FaultPlan(faults, seed)) as site:
        yield site.urls["demo-biz"]


def _raw(base: str, path: str) -> http.client.HTTPResponse:
    host, port = base.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    connection.request("GET", path)
    return connection.getresponse()


def test_no_plan_means_no_faults() -> None:
    with biz() as base, serve_background(["demo-biz"], now=SITE_NOW) as plain:
        assert fetch_page(base + LIST).body == fetch_page(plain.urls["demo-biz"] + LIST).body


def test_error_answers_a_5xx_from_the_usual_three() -> None:
    with biz(Fault(FaultKind.ERROR)) as base:
        statuses = {fetch_page(f"{base}{LIST}?page={n}").status for n in range(1, 13)}
    assert statuses == {500, 502, 503}


def test_error_with_a_status_and_retry_after() -> None:
    with biz(Fault(FaultKind.ERROR, status=503)) as base:
        response = _raw(base, LIST)
    assert (response.status, response.getheader("Retry-After")) == (503, "1")


def test_error_hits_the_share_asked_for_and_the_same_requests_every_run() -> None:
    def run(seed: int) -> list[int]:
        with biz(Fault(FaultKind.ERROR, rate=0.3), seed=seed) as base:
            return [fetch_page(f"{base}{LIST}?page={n % 10 + 1}").status for n in range(200)]

    first = run(seed=7)
    assert run(seed=7) == first
    assert run(seed=8) != first
    assert 40 <= sum(s >= 500 for s in first) <= 80


def test_a_retry_of_a_failed_request_can_succeed() -> None:
    with biz(Fault(FaultKind.ERROR, rate=0.5), seed=1) as base:
        statuses = [fetch_page(base + LIST).status for _ in range(12)]
    assert 200 in statuses and any(s >= 500 for s in statuses)


def test_faults_apply_only_to_matching_paths_and_outlets() -> None:
    listing_only = Fault(FaultKind.ERROR, paths=("/list.html*",), outlets=("demo-biz",))
    plan = FaultPlan((listing_only,))
    with serve_background(["demo-biz", "demo-daily"], now=SITE_NOW, faults=plan) as site:
        biz_base, daily_base = site.urls["demo-biz"], site.urls["demo-daily"]
        assert fetch_page(biz_base + LIST + "?page=2").status >= 500
        assert fetch_page(biz_base + ARTICLE).status == 200
        assert fetch_page(daily_base + "/news/latest").status == 200


def test_slow_waits_before_answering() -> None:
    with biz(Fault(FaultKind.SLOW, seconds=0.4, paths=(LIST,))) as base:
        started = time.perf_counter()
        slow = fetch_page(base + LIST)
        middle = time.perf_counter()
        fetch_page(base + ARTICLE)
        ended = time.perf_counter()
    assert slow.status == 200
    assert middle - started >= 0.4 > ended - middle


def test_truncate_drops_the_connection_halfway_through_the_body() -> None:
    with biz(Fault(FaultKind.TRUNCATE)) as base:
        response = _raw(base, LIST)
        promised = int(response.getheader("Content-Length", "0"))
        with pytest.raises(http.client.IncompleteRead) as err:
            response.read()
    assert len(err.value.partial) == promised // 2


def test_redirect_loop_sends_a_url_and_its_twin_to_each_other() -> None:
    with biz(Fault(FaultKind.REDIRECT_LOOP, paths=("/list.html*",))) as base:
        hops = []
        path = LIST + "?page=2"
        for _ in range(4):
            response = _raw(base, path)
            assert response.status == 302
            path = response.getheader("Location", "")
            hops.append(path)
    assert hops == ["/list.html?page=2&_loop=1", "/list.html?page=2"] * 2


def test_oversize_pads_the_page_past_the_size_and_it_still_parses() -> None:
    with biz(Fault(FaultKind.OVERSIZE, size=3_000_000)) as base:
        page = fetch_page(base + LIST)
    assert len(page.body) >= 3_000_000
    assert len(read_listing("demo-biz", page, base + LIST).articles()) == 20


def test_robots_disallows_the_paths_but_still_serves_them() -> None:
    with biz(Fault(FaultKind.ROBOTS, paths=("/list.html", "/view.html"))) as base:
        robots = fetch_page(base + "/robots.txt")
        listing = fetch_page(base + LIST)
    assert robots.body == (
        b"User-agent: *\nDisallow: /admin/\nDisallow: /promotion/preview\n"
        b"Disallow: /list.html\nDisallow: /view.html\n"
    )
    assert listing.status == 200


def test_malformed_breaks_the_markup_not_the_content() -> None:
    with biz(Fault(FaultKind.MALFORMED)) as base, biz() as clean_base:
        broken, clean = fetch_page(base + LIST), fetch_page(clean_base + LIST)
    assert b"</li>" not in broken.body and b"</html>" not in broken.body
    assert b'<body></span></div><div class="wrap">' in broken.body
    assert b"&amp;" not in broken.body and b"&amp;" in clean.body
    as_read = read_listing("demo-biz", broken, base + LIST).entries
    assert [e.title for e in as_read] == [
        e.title for e in read_listing("demo-biz", clean, clean_base + LIST).entries
    ]


def test_charset_lie_declares_euc_kr_for_utf8_bytes() -> None:
    with biz(Fault(FaultKind.CHARSET_LIE)) as base:
        page = fetch_page(base + LIST)
    assert page.content_type == "text/html; charset=euc-kr"
    assert b'<meta charset="euc-kr">' in page.body
    assert "데모비즈" in page.body.decode("utf-8")


def test_charset_lie_declares_utf8_for_the_cp949_outlet() -> None:
    plan = FaultPlan((Fault(FaultKind.CHARSET_LIE),))
    with serve_background(["demo-ilbo"], now=SITE_NOW, faults=plan) as site:
        page = fetch_page(site.urls["demo-ilbo"] + "/news/list.php")
    assert page.content_type == "text/html; charset=utf-8"
    assert b'content="text/html; charset=utf-8"' in page.body
    with pytest.raises(UnicodeDecodeError):
        page.body.decode("utf-8")
    assert "데모일보" in page.body.decode("cp949")


def test_faults_leave_non_html_alone() -> None:
    plan = (Fault(FaultKind.MALFORMED), Fault(FaultKind.OVERSIZE, size=100_000))
    with biz(*plan) as base:
        image = fetch_page(base + "/img/1.jpg")
    assert (image.content_type, len(image.body)) == ("image/gif", 42)


@pytest.mark.parametrize(
    ("spec", "fault"),
    [
        ("error", Fault(FaultKind.ERROR)),
        (
            "error:rate=0.2,paths=/news/*|/list*,status=502",
            Fault(FaultKind.ERROR, paths=("/news/*", "/list*"), rate=0.2, status=502),
        ),
        (
            "slow:seconds=1.5,outlets=demo-wire",
            Fault(FaultKind.SLOW, outlets=("demo-wire",), seconds=1.5),
        ),
        ("oversize:size=1000", Fault(FaultKind.OVERSIZE, size=1000)),
        ("robots:paths=/news/latest", Fault(FaultKind.ROBOTS, paths=("/news/latest",))),
        ("charset-lie", Fault(FaultKind.CHARSET_LIE)),
        ("redirect-loop:rate=1", Fault(FaultKind.REDIRECT_LOOP)),
    ],
)
def test_command_line_specs_parse_to_rules(spec: str, fault: Fault) -> None:
    assert Fault.parse(spec) == fault


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("flood", "unknown fault 'flood'"),
        ("error:rate=2", r"rate 2.0 is outside \[0, 1\]"),
        ("error:color=red", "bad option 'color=red'"),
        ("error:status=404", "status 404 is not a 5xx"),
        ("slow:seconds=soon", "seconds='soon'"),
    ],
)
def test_malformed_specs_are_refused_with_the_reason(spec: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Fault.parse(spec)
