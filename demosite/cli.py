"""Command line of the demo network: ``serve`` it, or ask the ``oracle`` what a day holds.

Mounted by the main CLI as ``newsflow demosite …``; also ``python -m demosite …``.
"""

from __future__ import annotations

import contextlib
import json
import threading
from datetime import date, datetime
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from demosite.generator import KST
from demosite.oracle import published
from demosite.outlets import OUTLETS, UnknownOutletError
from demosite.server import serve_background

app = typer.Typer(
    help="The bundled demo news network.", no_args_is_help=True, pretty_exceptions_enable=False
)


def _parse_now(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not an ISO 8601 date-time", param_hint="--now"
        ) from None
    # A bare wall-clock time is read in the outlets' own timezone.
    return moment if moment.tzinfo else moment.replace(tzinfo=KST)


@app.command()
def serve(
    port: Annotated[int, typer.Option(help="First port; 0 picks free ports.")] = 0,
    host: Annotated[str, typer.Option(help="Address to bind.")] = "127.0.0.1",
    now: Annotated[
        str | None, typer.Option(help="Freeze the site clock, e.g. 2025-04-10T09:00+09:00.")
    ] = None,
    outlet: Annotated[
        list[str] | None, typer.Option(help="Outlet to serve (repeatable; default all).")
    ] = None,
) -> None:
    """Serve the outlets until interrupted; prints their URLs and the line to export."""
    try:
        site = serve_background(outlet or None, _parse_now(now), host, port)
    except (UnknownOutletError, OSError) as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(2) from None
    with site:
        width = max(len(name) for name in site.urls)
        for name, url in site.urls.items():
            typer.echo(f"{name.ljust(width)}  {url}")
        typer.echo(f"export NEWSFLOW_DEMOSITE_URLS='{json.dumps(site.urls, sort_keys=True)}'")
        # Ctrl-C is the normal way to stop; leaving the block releases the ports.
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()


@app.command()
def oracle(
    source: Annotated[str, typer.Option(help=f"Outlet name ({', '.join(OUTLETS)}).")],
    day: Annotated[str, typer.Option("--date", help="KST day, YYYY-MM-DD.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON array.")] = False,
) -> None:
    """What an outlet published on a KST day, newest first (the ground truth)."""
    try:
        when = date.fromisoformat(day)
    except ValueError:
        raise typer.BadParameter(f"{day!r} is not YYYY-MM-DD", param_hint="--date") from None
    try:
        articles = published(source, when)
    except UnknownOutletError as err:
        raise typer.BadParameter(str(err), param_hint="--source") from None
    if as_json:
        typer.echo(json.dumps([a.to_dict() for a in articles], ensure_ascii=False, indent=2))
        return
    table = Table(title=f"{source} {when.isoformat()}: {len(articles)} articles")
    for column in ("published (KST)", "section", "title", "flags", "path"):
        table.add_column(column)
    for article in articles:
        table.add_row(
            f"{article.published_at:%H:%M:%S}",
            ", ".join(article.section_labels),
            article.title,
            ", ".join(article.flags),
            article.path,
        )
    Console().print(table)
