"""The demo network over HTTP: one standard-library threading server per outlet, on loopback.

The standard library is enough here: the pages are computed in memory, so a thread per
connection with HTTP/1.1 keep-alive serves well over 500 pages a second on loopback, and the
demosite stays free of web-framework dependencies.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import parse_qs, urlsplit

from demosite.generator import KST
from demosite.outlets import OUTLETS, Outlet, get_outlet
from demosite.templates import Template, load_template

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


class _OutletServer(ThreadingHTTPServer):
    """A threading HTTP server bound to one outlet, its template and the site's clock."""

    daemon_threads = True
    # Scrapy opens many connections at once; the default backlog of 5 would refuse some.
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], outlet: Outlet, clock: Clock) -> None:
        self.outlet = outlet
        self.template: Template = load_template(outlet.template)
        self.clock = clock
        super().__init__(address, _Handler)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: crawlers reuse connections
    # Headers and body go out in two writes; with Nagle on, the second waits for the client's
    # delayed ACK (~40 ms) on every keep-alive request.
    disable_nagle_algorithm = True
    server_version = "newsflow-demosite/1"
    server: _OutletServer

    def do_GET(self) -> None:
        self._respond(send_body=True)

    def do_HEAD(self) -> None:
        self._respond(send_body=False)

    def _respond(self, *, send_body: bool) -> None:
        site = self.server
        url = urlsplit(self.path)
        query = parse_qs(url.query, keep_blank_values=True)
        try:
            response = site.template.handle(site.outlet, url.path, query, site.clock())
        except Exception:  # a bug in a template must not kill the connection thread silently
            log.exception("demosite %s: error answering %s", site.outlet.name, self.path)
            self.send_error(500)
            return
        body = response.body
        if isinstance(body, str):
            body = body.encode(site.outlet.encoding, errors="xmlcharrefreplace")
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        # One line per request would drown test and demo output; errors are logged above.
        log.debug("%s %s", self.address_string(), format % args)


class RunningSite:
    """The outlets being served; ``urls`` maps outlet -> ``http://HOST:PORT``.

    Stop it with :meth:`stop` or use it as a context manager.
    """

    def __init__(self, servers: list[_OutletServer], url_host: str) -> None:
        self._servers = servers
        self._threads = [
            threading.Thread(
                target=server.serve_forever,
                kwargs={"poll_interval": 0.05},  # stop() waits for one poll; keep it short
                name=f"demosite-{server.outlet.name}",
                daemon=True,
            )
            for server in servers
        ]
        for thread in self._threads:
            thread.start()
        self.urls: dict[str, str] = {
            server.outlet.name: f"http://{url_host}:{server.server_address[1]}"
            for server in servers
        }

    def stop(self) -> None:
        """Stop every outlet's server and release its port (idempotent)."""
        for server in self._servers:
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._servers = []
        self._threads = []

    def __enter__(self) -> RunningSite:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def make_clock(now: datetime | None) -> Clock:
    """The real clock when ``now`` is ``None``, else a clock frozen at ``now`` (tz-aware)."""
    if now is None:
        return lambda: datetime.now(KST)
    if now.tzinfo is None:
        raise ValueError(f"the demosite clock needs a timezone-aware datetime, got {now}")
    frozen = now.astimezone(KST)
    return lambda: frozen


def serve_background(
    outlets: list[str] | None = None,
    now: datetime | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
) -> RunningSite:
    """Serve ``outlets`` (default: all registered) in background threads and return at once.

    Each outlet gets its own port: with ``port=0`` an ephemeral one each, otherwise ``port``,
    ``port + 1``, … in the order given. ``now=None`` follows the real clock on every request;
    a tz-aware ``now`` freezes the site's clock there. Raises ``UnknownOutletError`` for an
    unknown outlet and ``OSError`` when a port cannot be bound (nothing is left running).
    """
    clock = make_clock(now)
    chosen = [get_outlet(name) for name in (outlets or list(OUTLETS))]
    servers: list[_OutletServer] = []
    try:
        for offset, outlet in enumerate(chosen):
            servers.append(_OutletServer((host, port + offset if port else 0), outlet, clock))
    except OSError:
        for server in servers:
            server.server_close()
        raise
    # A wildcard bind is reachable on loopback; print an address a client can actually use.
    url_host = "127.0.0.1" if host in ("", "0.0.0.0") else host
    return RunningSite(servers, url_host)
