"""The ``newsflow`` command line.

Every command reports failure as one line plus a hint (``--debug`` shows the traceback).
Heavy imports (Scrapy, Great Expectations, SQLAlchemy) happen inside commands so that
``newsflow --help`` answers at once.
"""

from __future__ import annotations

import logging
import sys
from datetime import date, timedelta
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from etl.errors import NewsflowError

if TYPE_CHECKING:
    from etl.window import Window

app = typer.Typer(
    name="newsflow",
    help="Crawl news listing pages into a clean warehouse of articles, timestamps and sections.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="Warehouse schema management.", no_args_is_help=True)
app.add_typer(db_app, name="db")

# Off a terminal (CI, Airflow logs, pipes) rich would wrap tables at 80 columns.
console = Console(width=None if sys.stdout.isatty() else 160)
err_console = Console(stderr=True, width=None if sys.stderr.isatty() else 160)
_state = {"debug": False}


def _mount_demosite() -> None:
    from demosite.cli import app as demosite_app

    app.add_typer(demosite_app, name="demosite", help="The bundled demo news network.")


@app.callback()
def _root(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log every stage.")] = False,
) -> None:
    _state["debug"] = debug
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def _print_runs(rows: list[dict[str, Any]], title: str) -> None:
    table = Table(title=title)
    columns = list(rows[0]) if rows else ["source", "window"]
    for column in columns:
        left = column in ("source", "window", "verdict")
        table.add_column(column, justify="left" if left else "right")
    for row in rows:
        table.add_row(*(str(row[c]) for c in columns))
    console.print(table)


@app.command()
def run(
    source: Annotated[str, typer.Option(help="Source code (a file name in sources/).")],
    date_: Annotated[str, typer.Option("--date", help="KST day to crawl, YYYY-MM-DD.")],
) -> None:
    """Run crawl -> clean -> dedup -> quality -> load for one source and one KST day."""
    from etl.pipeline import run_window

    window = _window(date_)
    summary = run_window(source, window)
    _print_runs([summary.table_row()], f"newsflow run {source} {window.key}")
    console.print(f"run id: {summary.run_id}\nrun folder: {summary.run_dir}")


@db_app.command("upgrade")
def db_upgrade(
    revision: Annotated[str, typer.Argument(help="Alembic revision.")] = "head",
) -> None:
    """Create or migrate the warehouse schema (NEWSFLOW_WAREHOUSE_URL)."""
    from etl.warehouse.engine import current_revision, make_engine, upgrade

    engine = make_engine()
    upgrade(engine, revision)
    console.print(
        f"warehouse {engine.url.render_as_string(hide_password=True)} "
        f"at revision {current_revision(engine)}"
    )


@app.command()
def demo(
    days: Annotated[int, typer.Option(min=1, max=31, help="Complete KST days to load.")] = 3,
) -> None:
    """Serve the bundled demo network and load its last complete KST days into the warehouse."""
    from etl.demo import run_demo

    run_demo(days, console=console, print_runs=_print_runs)


def _window(text: str) -> Window:
    from etl.window import Window

    try:
        return Window.day(date.fromisoformat(text))
    except ValueError as err:
        raise NewsflowError(
            f"--date {text!r}: {err}", hint="use YYYY-MM-DD, e.g. 2025-04-08"
        ) from err


def main(argv: list[str] | None = None) -> None:
    """Console-script entry: run the app, turning known errors into one line and exit code 1."""
    _mount_demosite()
    debug = "--debug" in (argv if argv is not None else sys.argv)
    try:
        app(args=argv, standalone_mode=False)
    except NewsflowError as err:
        if debug:
            raise
        err_console.print(f"[bold red]error:[/] {err}", highlight=False)
        if err.hint:
            err_console.print(f"hint: {err.hint}", highlight=False)
        sys.exit(1)
    except (typer.Exit, SystemExit) as exit_:
        code = getattr(exit_, "exit_code", getattr(exit_, "code", 0))
        sys.exit(code or 0)
    except Exception as err:  # noqa: BLE001 - last line of defence: one line, not a traceback
        import click

        if isinstance(err, click.ClickException):
            err.show()
            sys.exit(err.exit_code)
        if isinstance(err, click.exceptions.Abort):
            sys.exit(130)
        if debug:
            raise
        err_console.print(f"[bold red]error:[/] {type(err).__name__}: {err}", highlight=False)
        err_console.print("hint: re-run with --debug for the traceback", highlight=False)
        sys.exit(1)


def yesterday_kst() -> date:
    from datetime import datetime

    from etl.window import KST

    return datetime.now(KST).date() - timedelta(days=1)


if __name__ == "__main__":
    main()
