"""Command line of the demo network: ``serve`` it, or ask the ``oracle`` what a day holds.

Mounted by the main CLI as ``newsflow demosite …``; also ``python -m demosite …``.
"""

from __future__ import annotations

import contextlib
import json
import threading
from datetime import date, datetime, timedelta
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from demosite.article import KST
from demosite.faults import Fault, FaultPlan
from demosite.generator import Volume
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


def _parse_volume(values: list[str] | None) -> Volume:
    """``--volume-scale 20`` (every outlet) and/or ``--volume-scale demo-today=20``."""
    default = 1.0
    per_outlet: dict[str, float] = {}
    for value in values or []:
        name, sep, number = value.rpartition("=")
        try:
            scale = float(number)
        except ValueError:
            raise typer.BadParameter(
                f"{value!r} is not a number or OUTLET=NUMBER", param_hint="--volume-scale"
            ) from None
        if sep:
            per_outlet[name] = scale
        else:
            default = scale
    try:
        return Volume(default, tuple(sorted(per_outlet.items())))
    except ValueError as err:
        raise typer.BadParameter(str(err), param_hint="--volume-scale") from None


def _parse_faults(specs: list[str] | None, seed: int) -> FaultPlan:
    try:
        return FaultPlan(tuple(Fault.parse(spec) for spec in specs or []), seed)
    except ValueError as err:
        raise typer.BadParameter(str(err), param_hint="--fault") from None


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
    volume_scale: Annotated[
        list[str] | None,
        typer.Option(help="Daily volume multiplier: N for every outlet, or OUTLET=N (repeatable)."),
    ] = None,
    clock_step: Annotated[
        float,
        typer.Option(help="Seconds the site clock moves on after every listing page served."),
    ] = 0.0,
    fault: Annotated[
        list[str] | None,
        typer.Option(
            help="Inject a fault: KIND[:rate=R,paths=P|P,outlets=O|O,status=S,seconds=T,size=B]; "
            "KIND is error, slow, truncate, redirect-loop, oversize, robots, malformed or "
            "charset-lie (repeatable)."
        ),
    ] = None,
    fault_seed: Annotated[int, typer.Option(help="Seed of the fault decisions.")] = 0,
) -> None:
    """Serve the outlets until interrupted; prints their URLs and the line to export."""
    volume = _parse_volume(volume_scale)
    plan = _parse_faults(fault, fault_seed)
    if clock_step < 0:
        raise typer.BadParameter("must not be negative", param_hint="--clock-step")
    try:
        site = serve_background(
            outlet or None,
            _parse_now(now),
            host,
            port,
            volume_scale=volume,
            clock_step=timedelta(seconds=clock_step),
            faults=plan,
        )
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
    volume_scale: Annotated[
        list[str] | None,
        typer.Option(help="The volume scale the site is served with (as for serve)."),
    ] = None,
) -> None:
    """What an outlet published on a KST day, newest first (the ground truth; no ads)."""
    try:
        when = date.fromisoformat(day)
    except ValueError:
        raise typer.BadParameter(f"{day!r} is not YYYY-MM-DD", param_hint="--date") from None
    try:
        articles = published(source, when, _parse_volume(volume_scale))
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
