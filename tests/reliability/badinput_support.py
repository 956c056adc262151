"""Shared machinery of the bad-input and security scenarios: a crafted site, outlets, runs.

``CraftedSite`` is a loopback HTTP server (stdlib ``http.server`` in a thread: the tests need
exact control over bytes, headers and redirects, which a fixture file server would not give)
that answers from a table of crafted responses and keeps its own log of every request it
received, so a test can prove what the crawler did and did not ask for.

A crafted outlet is a real source profile written to a scratch sources folder. Its
``base_url`` is ``demosite://<code>``, resolved through ``NEWSFLOW_DEMOSITE_URLS`` to the
crafted site: that is the one supported way for a profile to reach loopback (any other
profile is refused private addresses by ``spiders.middlewares.PublicAddressesOnly``).
Runs go through ``etl.backfill.run_observed`` - crawl subprocess, clean, dedup, quality, load
into PostgreSQL, run report - exactly like ``newsflow run``.
"""

from __future__ import annotations

import html
import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from testkit import settings_applied

from etl.config import get_settings
from etl.window import Window

DAY = date(2025, 4, 8)
WINDOW = Window.day(DAY)
SQL_INJECTION = "'); DROP TABLE articles; --"
SCRIPT_INJECTION = "<script>alert(1)</script>"
# An element without whitespace before its attribute: no stray-tag pattern of clean_text
# matches it, browsers still run its handler, so it reaches the warehouse as it was written.
IMG_INJECTION = "<img/src=x onerror=alert(1)>"
IMG_ESCAPED = "&lt;img/src=x onerror=alert(1)&gt;"
SCRIPT_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"

# Ten ordinary items every crafted listing carries, so one bad item is a small minority of the
# batch: the gate fails a batch with under 90% of its items dated, or over half quarantined.
GOOD_ITEMS: tuple[tuple[str, str], ...] = (
    ("데모전자, 신공장 착공 발표", "데모전자가 8일 경기도에 새 반도체 공장을 착공한다고 밝혔다."),
    ("한은, 기준금리 동결 결정", "한국은행 금융통화위원회가 8일 기준금리를 연 3.0%로 동결했다."),
    ("코스피, 외국인 매수에 상승", "코스피가 8일 외국인 순매수에 힘입어 1% 넘게 올라 마감했다."),
    ("수출 6개월 연속 증가세", "지난달 수출이 반도체 호조로 6개월 연속 증가한 것으로 집계됐다."),
    ("데모은행, 예금 금리 인하", "데모은행이 다음 주부터 정기예금 금리를 0.2%p 내리기로 했다."),
    ("부동산 거래량 석 달째 회복", "전국 아파트 거래량이 석 달 연속 늘어 시장 회복 기대가 커졌다."),
    ("데모자동차 신차 사전계약", "데모자동차가 새 전기차의 사전계약을 8일부터 받는다고 발표했다."),
    ("물가 상승률 2%대 유지", "소비자물가 상승률이 석 달째 2%대를 유지한 것으로 나타났다."),
    ("데모항공, 신규 노선 취항", "데모항공이 다음 달부터 동남아 신규 노선 세 곳에 취항한다."),
    ("중소기업 대출 지원 확대", "정부가 중소기업 대출 보증 한도를 늘리는 지원책을 내놓았다."),
)


@dataclass(frozen=True)
class Answer:
    """One crafted response: status, body bytes and headers, sent exactly as given."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Hit:
    """One request the crafted site received: the Host header and the path with query."""

    host: str
    path: str


class CraftedSite:
    """A loopback HTTP server answering from ``routes`` (path with query -> Answer).

    Unknown paths get 404 (so ``robots.txt`` allows everything); a listing page number that
    has no route gets ``empty_listing`` when ``empty_after_first`` says so, which ends a walk
    after its first page. Every request lands in ``hits``, whoever answers it.
    """

    def __init__(self) -> None:
        self.routes: dict[str, Answer] = {}
        self.hits: list[Hit] = []
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                with site._lock:
                    site.hits.append(Hit(self.headers.get("Host", ""), self.path))
                answer = site.answer(self.path)
                try:
                    self.send_response(answer.status)
                    for name, value in answer.headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(answer.body)))
                    self.end_headers()
                    self.wfile.write(answer.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up on a page it will not read (e.g. too large)

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> CraftedSite:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def answer(self, path: str) -> Answer:
        if path in self.routes:
            return self.routes[path]
        outlet, _, rest = path.lstrip("/").partition("/")
        if rest.startswith("list?page=") and f"/{outlet}/list?page=1" in self.routes:
            return html_answer(listing_html([]))
        return Answer(b"not found", 404, {"Content-Type": "text/plain"})

    def hits_of(self, outlet: str) -> list[Hit]:
        with self._lock:
            return [h for h in self.hits if h.path.startswith(f"/{outlet}/")]


@contextmanager
def crafted_site() -> Iterator[CraftedSite]:
    site = CraftedSite().start()
    try:
        yield site
    finally:
        site.stop()


def html_answer(body: str | bytes, charset: str = "utf-8", **headers: str) -> Answer:
    data = body.encode(charset) if isinstance(body, str) else body
    return Answer(data, 200, {"Content-Type": f"text/html; charset={charset}", **headers})


@dataclass(frozen=True)
class Item:
    """One listing item as the page shows it; ``href`` relative to the outlet's folder."""

    title: str
    lead: str
    stamp: str
    href: str
    section: str = "경제"

    def html(self, escape: bool = True) -> str:
        text = html.escape if escape else (lambda s: s)
        return (
            '<li class="item">'
            f'<h2><a href="{text(self.href)}">{text(self.title)}</a></h2>'
            f'<p class="lead">{text(self.lead)}</p>'
            f'<span class="date">{text(self.stamp)}</span>'
            f'<span class="sec">{text(self.section)}</span></li>'
        )


def good_items(outlet: str) -> list[Item]:
    """The ten ordinary items of ``outlet``'s listing (see GOOD_ITEMS)."""
    return [
        Item(title, lead, f"{DAY.isoformat()} {9 + n:02d}:{5 * n:02d}:00", f"/{outlet}/news/{n}")
        for n, (title, lead) in enumerate(GOOD_ITEMS, start=1)
    ]


def listing_html(items: list[Item], *, escape: bool = True, charset: str = "utf-8") -> str:
    rows = "\n".join(item.html(escape) for item in items)
    return (
        f'<!doctype html><html><head><meta charset="{charset}"><title>최신기사</title></head>'
        f'<body><h1>최신기사</h1><ul class="list">\n{rows}\n</ul></body></html>'
    )


def good_urls(outlet: str) -> list[str]:
    """Canonical URLs of the good items: the live address rebased onto canonical_base."""
    return [f"{canonical_base(outlet)}/{outlet}/news/{n}" for n in range(1, len(GOOD_ITEMS) + 1)]


def canonical_base(outlet: str) -> str:
    return f"https://{outlet}.newsflow.test"


# A dump carries no section labels: such an outlet's gate expects every article unclassified.
DUMP_QUALITY = """unclassified_warn_above = 1.0
unclassified_fail_above = 1.0
"""


def profile_toml(
    outlet: str, *, base_url: str | None = None, follow: bool = False, dump: bool = False
) -> str:
    """A crafted outlet's profile: selectors for ``listing_html``, one section, no bodies.

    ``dump``: an outlet whose items come from listing dumps, which have no sections.
    """
    return f'''code = "{outlet}"
name = "crafted {outlet}"
base_url = "{base_url or "demosite://" + outlet}"
canonical_base = "{canonical_base(outlet)}"
follow_articles = {"true" if follow else "false"}

[listing]
url = "{{base}}/{outlet}/list?page={{page}}"

[listing.items]
item = "ul.list > li.item"
title = "h2 > a"
url = "h2 > a"
lead = "p.lead"
time = "span.date"
section = "span.sec"

[sections]
"경제" = "economy"

[quality]
completeness = {{body = 0.0}}
{DUMP_QUALITY if dump else ""}'''


def write_profile(folder: Path, outlet: str, **options: Any) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{outlet}.toml").write_text(profile_toml(outlet, **options), encoding="utf-8")


@contextmanager
def pipeline_env(
    folder: Path, warehouse_url: str, demosite_urls: dict[str, str]
) -> Iterator[dict[str, str]]:
    """NEWSFLOW_* settings for runs of crafted outlets, applied for the duration.

    The profiles and data live under ``folder``; an override allowing private addresses is
    removed, so the crawler's own refusal of them is what the scenarios see.
    """
    env = {
        "NEWSFLOW_DATA_DIR": str(folder / "data"),
        "NEWSFLOW_SOURCES_DIR": str(folder / "sources"),
        "NEWSFLOW_WAREHOUSE_URL": warehouse_url,
        "NEWSFLOW_DEMOSITE_URLS": json.dumps(demosite_urls),
        "NEWSFLOW_CRAWL_FAST": "1",
    }
    with settings_applied(env, unset=("NEWSFLOW_ALLOW_PRIVATE_ADDRESSES",)):
        yield env


@dataclass
class Outcome:
    """What one run of a crafted outlet left: its error (None on success), run id, report
    and the crawl's counters (its ``stats.json``; empty when the crawl never started)."""

    source: str
    error: BaseException | None
    run_id: str | None
    report: str | None
    stats: dict[str, Any] = field(default_factory=dict)

    @property
    def error_line(self) -> str:
        return str(self.error).splitlines()[0] if self.error else ""


def run_crafted(source: str, window: Window = WINDOW) -> Outcome:
    """One real run of ``source`` (crawl subprocess -> load -> report); never raises."""
    from etl.backfill import run_observed, warehouse_engine
    from etl.warehouse.runs import last_runs

    try:
        summary, report = run_observed(source, window, lambda event: None)
        outcome = Outcome(source, None, summary.run_id, report)
    except Exception as err:  # noqa: BLE001 - the error is the outcome under test
        rows = last_runs(warehouse_engine(), source=source)
        run_id = rows[0]["run_id"] if rows else None
        outcome = Outcome(source, err, run_id, rows[0]["report_path"] if rows else None)
    if outcome.run_id:
        stats = get_settings().data_dir.resolve() / "runs" / outcome.run_id / "raw" / "stats.json"
        if stats.is_file():
            outcome.stats = json.loads(stats.read_text(encoding="utf-8"))
    return outcome


# -- reading the warehouse ---------------------------------------------------------------


def articles_of(engine: sa.Engine, source: str) -> list[dict[str, Any]]:
    """The source's articles (url, title, summary, published_at, published_raw) by URL."""
    with engine.connect() as conn:
        rows = conn.execute(
            sa.text(
                "select url, title, summary, published_at, published_raw from news.articles "
                "where source_code = :s order by url"
            ),
            {"s": source},
        )
        return [dict(r._mapping) for r in rows]


def quarantine_of(engine: sa.Engine, source: str) -> list[dict[str, Any]]:
    """The source's quarantine rows (url, reasons, record), ordered by URL then id."""
    with engine.connect() as conn:
        rows = conn.execute(
            sa.text(
                "select url, reasons, record from news.quarantine where source_code = :s "
                "order by url, quarantine_id"
            ),
            {"s": source},
        )
        return [dict(r._mapping) for r in rows]


def run_row(engine: sa.Engine, run_id: str | None) -> dict[str, Any]:
    with engine.connect() as conn:
        row = conn.execute(
            sa.text("select status, error, counts, report_path from news.runs where run_id = :r"),
            {"r": run_id},
        ).one()
        return dict(row._mapping)


def warehouse_checksums(engine: sa.Engine) -> dict[str, str]:
    """``table_checksum`` of every table a load writes articles into."""
    from etl.warehouse.load import table_checksum

    return {
        table: table_checksum(engine, table)
        for table in ("articles", "article_sections", "article_versions")
    }


def env_flag(name: str) -> bool:
    return os.environ.get(name, "").lower() in ("1", "true", "yes")
