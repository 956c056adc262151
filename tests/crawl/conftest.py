"""Fixtures of the crawl tests: demo-daily crawled once per module, and a tiny static site.

The demosite and its environment come from tests/conftest.py; crawls run with crawl_fast so a
whole day takes a few seconds (mostly the subprocess starting). The helpers the tests import
(``crawl_environment``, ``DailyCrawl``, ``ALLOW_LOOPBACK``) live in tests/crawlkit.py: the
bare module name ``conftest`` means a different file depending on collection order.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from crawlkit import DailyCrawl, crawl_environment
from testkit import REPO

from demosite.oracle import published
from etl.crawl import crawl
from etl.records import read_raw_items
from etl.window import Window


# The two complete days before the demosite clock (testkit.DEMO_NOW, 2025-04-10 09:00 KST).
@pytest.fixture(scope="module", params=[date(2025, 4, 8), date(2025, 4, 9)], ids=str)
def daily(
    request: pytest.FixtureRequest, demosite, tmp_path_factory: pytest.TempPathFactory
) -> DailyCrawl:
    """demo-daily crawled for one day, once per module and day.

    Module-scoped, so it sets the environment of ``demosite_env`` itself (that fixture is
    per test): every check of a day reads the same batch instead of re-crawling.
    """
    day: date = request.param
    home = tmp_path_factory.mktemp(f"daily-{day.isoformat()}")
    with crawl_environment(demosite.urls, home):
        result = crawl("demo-daily", Window.day(day), timeout=120)
    return DailyCrawl(day, result, read_raw_items(result.items_path), published("demo-daily", day))


@pytest.fixture()
def repo_root() -> Path:
    """The repository's root folder (where ``sources/`` and ``pyproject.toml`` are)."""
    return REPO


Page = tuple[int, str]  # (HTTP status, body)


@pytest.fixture()
def static_site() -> Iterator[Callable[[dict[str, Page]], str]]:
    """Serve fixed pages on a loopback port: ``serve({"/path?query": (status, html)})`` -> base.

    Any other path is a 404 (robots.txt included, which means "everything allowed"). A body
    starting with ``Location: `` is sent as that redirect instead.
    """
    servers: list[ThreadingHTTPServer] = []

    def serve(pages: dict[str, Page]) -> str:
        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                status, body = pages.get(self.path, (404, "<html><body>없음</body></html>"))
                data = body.encode("utf-8")
                self.send_response(status)
                if body.startswith("Location: "):
                    self.send_header("Location", body.removeprefix("Location: "))
                    data = b""
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass  # keep the test output to the assertions

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield serve
    for server in servers:
        server.shutdown()
        server.server_close()
