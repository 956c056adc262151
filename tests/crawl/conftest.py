"""Fixtures of the crawl tests: demo-daily crawled once per module, and a tiny static site.

The demosite and its environment come from tests/conftest.py; crawls run with crawl_fast so a
whole day takes a few seconds (mostly the subprocess starting). ``crawl_environment`` gives a
module-scoped fixture the environment ``demosite_env`` gives a test.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from demosite.oracle import OracleArticle, published
from etl.config import get_settings
from etl.crawl import CrawlResult, crawl
from etl.records import RawItem, read_raw_items
from etl.window import KST, Window

REPO = Path(__file__).resolve().parents[2]
# The demosite clock of tests/conftest.py: days before it are complete and stable.
DEMO_NOW = datetime(2025, 4, 10, 9, 0, tzinfo=KST)
# Loopback pages of the static site are refused to non-demosite profiles unless allowed.
ALLOW_LOOPBACK = {"NEWSFLOW_ALLOW_PRIVATE_ADDRESSES": "True"}


@contextmanager
def crawl_environment(urls: Mapping[str, str], home: Path) -> Iterator[Path]:
    """NEWSFLOW_* pointing at ``home`` and the demosite outlets ``urls``, for a block."""
    with pytest.MonkeyPatch.context() as env:
        env.setenv("NEWSFLOW_DATA_DIR", str(home / "data"))
        env.setenv("NEWSFLOW_SOURCES_DIR", str(REPO / "sources"))
        env.setenv("NEWSFLOW_CRAWL_FAST", "1")
        env.setenv("NEWSFLOW_DEMOSITE_URLS", json.dumps(dict(urls)))
        get_settings.cache_clear()
        try:
            yield home
        finally:
            get_settings.cache_clear()


@dataclass(frozen=True)
class DailyCrawl:
    """One day of demo-daily, crawled, with what the oracle says was published that day."""

    day: date
    result: CrawlResult
    items: list[RawItem]
    oracle: list[OracleArticle]


# The two complete days before the demosite clock (2025-04-10 09:00 KST in tests/conftest.py).
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
