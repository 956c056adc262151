"""The demo network over HTTP: one standard-library threading server per outlet, on loopback.

The standard library is enough here: the pages are computed in memory, so a thread per
connection with HTTP/1.1 keep-alive serves well over 500 pages a second on loopback, and the
demosite stays free of web-framework dependencies.

The server owns what is not a CMS's business: the site clock (frozen, real, or stepping with
every listing served), the volume scale, encoding text in the outlet's codec, and the faults
of :mod:`demosite.faults` — decided before a template is asked (redirect loops, 5xx) or
applied to what it answered (slow, truncated, oversized, malformed, lying charset, robots).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Mapping
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import parse_qs, parse_qsl, urlencode, urlsplit, urlunsplit

from demosite import faults as fault_kit
from demosite.clock import SiteClock
from demosite.faults import Fault, FaultInjector, FaultKind, FaultPlan
from demosite.generator import Volume
from demosite.outlets import OUTLETS, Outlet, get_outlet
from demosite.templates import Request, Response, Template, load_template

log = logging.getLogger(__name__)


class _OutletServer(ThreadingHTTPServer):
    """A threading HTTP server bound to one outlet: its template, clock, volume and faults."""

    daemon_threads = True
    # Scrapy opens many connections at once; the default backlog of 5 would refuse some.
    request_queue_size = 128

    def __init__(
        self,
        address: tuple[str, int],
        outlet: Outlet,
        clock: SiteClock,
        volume: Volume,
        faults: FaultPlan,
    ) -> None:
        self.outlet = outlet
        self.template: Template = load_template(outlet.template)
        self.clock = clock
        self.volume = volume
        self.faults = FaultInjector(faults, outlet.name)
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
        if fault_kit.LOOP_PARAM in query:
            # The second leg of a redirect loop answers only to its rule, and always.
            target = _without_loop(self.path)
            hits: dict[FaultKind, Fault] = {}
            if site.faults.loop_rule(target) is not None:
                self._send(_redirect(target), send_body, hits)
                return
        else:
            hits = site.faults.hits(self.path)
        if FaultKind.REDIRECT_LOOP in hits:
            self._send(_redirect(_with_loop(self.path)), send_body, hits)
            return
        if FaultKind.ERROR in hits:
            status = site.faults.error_status(hits[FaultKind.ERROR], self.path)
            self._send(_server_error(status), send_body, hits)
            return
        request = Request(url.path, query, site.clock.now(), site.volume)
        try:
            response = site.template.handle(site.outlet, request)
        except Exception:  # a bug in a template must not kill the connection thread silently
            log.exception("demosite %s: error answering %s", site.outlet.name, self.path)
            self.send_error(500)
            return
        if response.kind == "listing":
            site.clock.listing_served()
        if url.path == "/robots.txt":
            response = _with_disallows(
                response, site.faults.plan.robots_disallows(site.outlet.name)
            )
        self._send(response, send_body, hits)

    def _send(self, response: Response, send_body: bool, hits: Mapping[FaultKind, Fault]) -> None:
        outlet = self.server.outlet
        content_type, body = _encoded(outlet, response, hits)
        if FaultKind.SLOW in hits:
            time.sleep(hits[FaultKind.SLOW].seconds)
        self.send_response(response.status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if not send_body:
            return
        if FaultKind.TRUNCATE in hits:
            # Content-Length promised the whole body: the client sees the connection drop.
            self.wfile.write(body[: len(body) // 2])
            self.close_connection = True
            return
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        # One line per request would drown test and demo output; errors are logged above.
        log.debug("%s %s", self.address_string(), format % args)


def _encoded(
    outlet: Outlet, response: Response, hits: Mapping[FaultKind, Fault]
) -> tuple[str, bytes]:
    """The Content-Type header and body bytes, with the body faults of ``hits`` applied."""
    content_type = response.content_type
    body = response.body
    is_html = content_type.startswith("text/html")
    if isinstance(body, str):
        if is_html and FaultKind.MALFORMED in hits:
            body = fault_kit.malformed(body)
        if is_html and FaultKind.CHARSET_LIE in hits:
            claimed = fault_kit.lying_charset(outlet.encoding)
            body = fault_kit.with_declared_charset(body, outlet.encoding, claimed)
            content_type = content_type.replace(f"charset={outlet.encoding}", f"charset={claimed}")
        body = body.encode(outlet.bytes_codec, errors="xmlcharrefreplace")
    if is_html and FaultKind.OVERSIZE in hits:
        body = fault_kit.oversized(body, hits[FaultKind.OVERSIZE].size)
    return content_type, body


def _redirect(location: str) -> Response:
    return Response(302, "text/plain; charset=utf-8", "", {"Location": location})


def _server_error(status: int) -> Response:
    headers = {"Retry-After": "1"} if status == 503 else {}
    page = f"<!doctype html><html><body><h1>{status}</h1><p>잠시 후 다시 시도해 주세요.</p>"
    page += "</body></html>"
    return Response(status, "text/html; charset=utf-8", page.encode(), headers)


def _with_disallows(response: Response, paths: list[str]) -> Response:
    if not paths or not isinstance(response.body, str):
        return response
    extra = "".join(f"Disallow: {path}\n" for path in paths)
    return Response(response.status, response.content_type, response.body + extra, response.headers)


def _with_loop(target: str) -> str:
    parts = urlsplit(target)
    query = urlencode(
        [*parse_qsl(parts.query, keep_blank_values=True), (fault_kit.LOOP_PARAM, "1")]
    )
    return urlunsplit(("", "", parts.path, query, ""))


def _without_loop(target: str) -> str:
    parts = urlsplit(target)
    kept = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k != fault_kit.LOOP_PARAM
    ]
    return urlunsplit(("", "", parts.path, urlencode(kept), ""))


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


def serve_background(
    outlets: list[str] | None = None,
    now: datetime | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    volume_scale: float | Mapping[str, float] | Volume = 1.0,
    clock_step: timedelta | None = None,
    faults: FaultPlan | None = None,
) -> RunningSite:
    """Serve ``outlets`` (default: all registered) in background threads and return at once.

    Each outlet gets its own port: with ``port=0`` an ephemeral one each, otherwise ``port``,
    ``port + 1``, … in the order given (the registry's order by default). ``now=None`` follows
    the real clock on every request; a tz-aware ``now`` freezes the site's clock there.

    Everything else is off by default:
    ``volume_scale`` multiplies daily volumes (a number, or outlet -> number);
    ``clock_step`` moves each outlet's clock on by that much after every listing page it
    serves (new articles arrive while a crawl pages); ``faults`` injects failures
    (:class:`demosite.faults.FaultPlan`).

    Raises ``UnknownOutletError`` for an unknown outlet, ``ValueError`` for a naive ``now``,
    a negative step or a bad scale, and ``OSError`` when a port cannot be bound (nothing is
    left running).
    """
    volume = Volume.of(volume_scale)
    plan = faults or FaultPlan()
    chosen = [get_outlet(name) for name in (outlets or list(OUTLETS))]
    clocks = [SiteClock(now, clock_step or timedelta(0)) for _ in chosen]
    servers: list[_OutletServer] = []
    try:
        for offset, (outlet, clock) in enumerate(zip(chosen, clocks, strict=True)):
            address = (host, port + offset if port else 0)
            servers.append(_OutletServer(address, outlet, clock, volume, plan))
    except OSError:
        for server in servers:
            server.server_close()
        raise
    # A wildcard bind is reachable on loopback; print an address a client can actually use.
    url_host = "127.0.0.1" if host in ("", "0.0.0.0") else host
    return RunningSite(servers, url_host)
