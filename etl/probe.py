"""``newsflow probe``: run automatic listing extraction on one page and show what it finds.

For onboarding an outlet: point it at a listing page (a saved file in any encoding, or a URL)
and see the items, as a table, as JSON, or as a suggested source profile that uses automatic
extraction (no selectors). Nothing is written anywhere; the page is fetched once.
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from etl.errors import NewsflowError
from etl.text import detect_language
from etl.window import KST

if TYPE_CHECKING:
    from spiders.extract.auto import ListingItem, ListingResult

USER_AGENT = "newsflow/0.1"
FETCH_TIMEOUT_S = 20
JSON_KEYS = ("title", "url", "summary", "published_raw", "published_at", "section")
# Query parameters that number a listing's pages, most common first.
_PAGE_PARAMS = (
    "page", "pageNo", "page_no", "pageIndex", "pageNum", "curPage", "pg", "pn", "p", "cp",
)  # fmt: skip
_OFFSET_PARAMS = ("offset", "start", "startindex")
_PAGE_PATH = re.compile(r"/page/\d+(?=/|$)")
_CANONICAL = re.compile(
    rb"""<(?:link[^>]+rel=["']canonical["'][^>]+href|meta[^>]+property=["']og:url["'][^>]+content)"""
    rb"""=["']([^"']+)["']""",
    re.IGNORECASE,
)


class ProbeError(NewsflowError):
    """The page to probe cannot be read, fetched or interpreted."""


@dataclass(frozen=True, slots=True)
class ProbedPage:
    """The bytes of one listing page and where they came from."""

    body: bytes
    page_url: str
    content_type: str | None


def probe(
    source: Annotated[str, typer.Argument(help="A saved listing page (any encoding) or a URL.")],
    url: Annotated[
        str | None,
        typer.Option("--url", help="The page's address, to resolve links of a saved file."),
    ] = None,
    fetched_at: Annotated[
        str | None,
        typer.Option(
            "--fetched-at",
            help="When the page was fetched (ISO 8601; --tz if no offset): anchors times "
            "like '3시간 전'. Default: now.",
        ),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print a JSON array of items instead of a table.")
    ] = False,
    profile: Annotated[
        bool, typer.Option("--profile", help="Print a suggested sources/<code>.toml instead.")
    ] = False,
    tz: Annotated[
        str,
        typer.Option(
            "--tz",
            help="The clock the page prints its times in where it names no zone (IANA name, "
            "e.g. America/New_York); also the suggested profile's timezone.",
        ),
    ] = "Asia/Seoul",
) -> None:
    """Show the articles automatic extraction finds on one listing page."""
    from spiders.extract.auto import extract_listing

    zone = parse_zone(tz)
    page = read_page(source, url)
    when = parse_fetched_at(fetched_at, zone)
    result = extract_listing(
        page.body, page.page_url, when, tz=zone, content_type=page.content_type
    )
    # Machine-readable output goes out unwrapped; only the table is laid out by rich.
    if profile:
        typer.echo(suggest_profile(page.page_url, result, zone), nl=False)
    elif as_json:
        typer.echo(json.dumps(items_as_json(result.items, zone), ensure_ascii=False, indent=2))
    else:
        Console().print(items_table(result, page.page_url, zone))


def parse_zone(name: str) -> ZoneInfo:
    """``--tz`` as a zone of the tz database."""
    try:
        return ZoneInfo(name)
    except (ValueError, ZoneInfoNotFoundError) as err:
        raise ProbeError(
            f"--tz {name!r}: not a time zone name", hint="e.g. Asia/Seoul, Europe/London, UTC"
        ) from err


def read_page(source: str, page_url: str | None) -> ProbedPage:
    """The bytes of ``source`` (a file path or an http(s) URL) and the URL links resolve against:
    ``page_url`` if given, else the fetched URL, else the page's own canonical/og:url."""
    if source.startswith(("http://", "https://")):
        body, content_type, final_url = fetch(source)
        return ProbedPage(body, page_url or final_url, content_type)
    path = Path(source)
    try:
        body = path.read_bytes()
    except OSError as err:
        raise ProbeError(
            f"{source}: cannot read: {err.strerror or err}", hint="give a file path or a URL"
        ) from err
    resolved = page_url or declared_url(body)
    if not resolved:
        raise ProbeError(
            f"{source}: the page does not say its address, so its links cannot be resolved",
            hint="pass --url with the address the page was saved from",
        )
    return ProbedPage(body, resolved, None)


def fetch(url: str) -> tuple[bytes, str | None, str]:
    """GET ``url`` with the project's User-Agent: (body, Content-Type, final URL)."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT_S) as response:
            return response.read(), response.headers.get("Content-Type"), response.geturl()
    except urllib.error.HTTPError as err:
        raise ProbeError(f"{url}: HTTP {err.code} {err.reason}") from err
    except (urllib.error.URLError, TimeoutError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise ProbeError(
            f"{url}: cannot fetch: {reason}", hint="check the address and the network"
        ) from err


def declared_url(body: bytes) -> str | None:
    """The page's ``<link rel=canonical>`` or ``og:url``, when absolute."""
    match = _CANONICAL.search(body[:65536])
    if not match:
        return None
    found = match.group(1).decode("utf-8", "replace").strip()
    return found if found.startswith(("http://", "https://")) else None


def parse_fetched_at(text: str | None, zone: ZoneInfo = KST) -> datetime:
    """``--fetched-at`` as an aware datetime (no offset means ``zone``); now when not given."""
    if text is None:
        return datetime.now(UTC)
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError as err:
        raise ProbeError(
            f"--fetched-at {text!r}: not an ISO 8601 time", hint="e.g. 2025-04-08T15:00:00+09:00"
        ) from err
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=zone)


def items_as_json(items: list[ListingItem], tz: ZoneInfo) -> list[dict[str, Any]]:
    """Items as JSON objects with exactly ``JSON_KEYS``; times ISO 8601 in ``tz``, or null."""
    return [
        {
            "title": item.title,
            "url": item.url,
            "summary": item.summary,
            "published_raw": item.published_raw,
            "published_at": item.published_at.astimezone(tz).isoformat()
            if item.published_at
            else None,
            "section": item.section,
        }
        for item in items
    ]


def items_table(result: ListingResult, page_url: str, tz: ZoneInfo) -> Table:
    kept = ", ".join(f"{b.id} ({b.items})" for b in result.blocks if b.kept) or "none"
    table = Table(
        title=f"{len(result.items)} items on {page_url}",
        caption=f"encoding {result.encoding}; blocks kept: {kept}",
    )
    for column in ("#", "block", "published", "section", "title", "summary"):
        table.add_column(column, overflow="fold")
    for number, item in enumerate(result.items, start=1):
        if item.published_at:
            published = item.published_at.astimezone(tz).strftime("%Y-%m-%d %H:%M")
        else:
            published = item.published_raw or ""
        title = Text(item.title)  # Text, not markup: titles such as "[MT리포트]" stay literal
        title.append(f"\n{item.url}", style="dim")
        table.add_row(
            str(number),
            item.block,
            published,
            item.section or "",
            title,
            Text((item.summary or "")[:80]),
        )
    return table


def listing_template(page_url: str) -> tuple[str, str, bool]:
    """(base, ``{base}``-relative listing URL with ``{page}`` — or ``{offset}`` for sites that
    page by item offset —, whether the paging parameter was found in the URL, not guessed)."""
    parts = urlsplit(page_url)
    base = f"{parts.scheme}://{parts.netloc}"
    path = parts.path or "/"
    if _PAGE_PATH.search(path):
        return base, "{base}" + _PAGE_PATH.sub("/page/{page}", path), True
    query = parse_qsl(parts.query, keep_blank_values=True)
    lowered = {name.lower(): name for name, _ in query}
    found = next((lowered[p.lower()] for p in _PAGE_PARAMS if p.lower() in lowered), None)
    placeholder = "{page}"
    if found is None:
        found = next((lowered[p] for p in _OFFSET_PARAMS if p in lowered), None)
        placeholder = "{offset}" if found else "{page}"
    guessed = found is None
    name = found or "page"
    pairs = [(k, placeholder if k == name else v) for k, v in query]
    if guessed:
        pairs.append((name, placeholder))
    encoded = urlencode(pairs, safe="{}")
    return base, "{base}" + urlunsplit(("", "", path, encoded, "")), not guessed


def suggest_profile(page_url: str, result: ListingResult, zone: ZoneInfo = KST) -> str:
    """A ``sources/<code>.toml`` for the page's outlet using automatic extraction; every
    guess is marked in a comment for the person who reviews it."""
    base, template, found = listing_template(page_url)
    host = urlsplit(page_url).hostname or "outlet"
    code = source_code(host)
    titles = " ".join(item.title for item in result.items[:20])
    language = detect_language(titles) if titles else "und"
    has_leads = sum(item.summary is not None for item in result.items) * 2 >= len(result.items) > 0
    page_note = "" if found else "  # page parameter guessed: check how the site pages"
    lines = [
        f"# Suggested by `newsflow probe` from {page_url}: review before use.",
        f"# {len(result.items)} items found; encoding {result.encoding}.",
        f'code = "{code}"',
        f'name = "{host}"',
        f'base_url = "{base}"',
        f'timezone = "{zone.key}"',
        f'language = "{language if language != "und" else "ko"}"',
        f"has_leads = {'true' if has_leads else 'false'}",
        "follow_articles = false",
        "",
        "[listing]",
        f'url = "{template}"{page_note}',
        "first_page = 1",
        *([f"page_size = {len(result.items)}"] if "{offset}" in template else []),
        "# No [listing.items]: the outlet is read with automatic extraction.",
        "",
    ]
    return "\n".join(lines)


def source_code(host: str) -> str:
    """A profile code from a host: ``www.yna.co.kr`` -> ``yna``, ``news.naver.com`` -> ``naver``."""
    from spiders.extract.auto.signals import site_of

    code = re.sub(r"[^a-z0-9-]+", "-", site_of(host).split(".")[0]).strip("-")
    return code if len(code) >= 2 else f"{code or 'x'}-outlet"
