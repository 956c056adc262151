"""The ``newsflow`` command line.

Every command reports failure as one line plus a hint (``--debug`` shows the traceback).
Heavy imports (Scrapy, Great Expectations, SQLAlchemy) happen inside commands so that
``newsflow --help`` answers at once.
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from etl.errors import NewsflowError

if TYPE_CHECKING:
    from etl.backfill import WindowOutcome
    from etl.window import Window

app = typer.Typer(
    name="newsflow",
    help="Crawl news listing pages into a clean warehouse of articles, timestamps and sections.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="Warehouse schema management.", no_args_is_help=True)
app.add_typer(db_app, name="db")
quality_app = typer.Typer(help="Quality gate results.", no_args_is_help=True)
app.add_typer(quality_app, name="quality")

# Off a terminal (CI, Airflow logs, pipes) rich would wrap tables at 80 columns.
console = Console(width=None if sys.stdout.isatty() else 160)
err_console = Console(stderr=True, width=None if sys.stderr.isatty() else 160)
_state = {"debug": False}


# Commands that live in their own modules: (command name, module, function).
MODULE_COMMANDS = (
    ("probe", "etl.probe", "probe"),
    ("import-dump", "etl.dump", "import_dump_command"),
    ("reparse", "etl.reparse", "reparse_command"),
)


def _mount_demosite() -> None:
    from demosite.cli import app as demosite_app

    app.add_typer(demosite_app, name="demosite", help="The bundled demo news network.")


def _mount_module_commands(args: list[str]) -> None:
    """Mount the commands of MODULE_COMMANDS that this invocation can reach.

    Their modules (Scrapy, lxml, the warehouse) are imported only when the root help is asked
    for or one of them is the command, so other commands do not pay for them. They ship with
    the package: a module that does not import is a broken installation, and its ImportError
    is raised rather than the command quietly missing from the CLI.
    """
    command_name = next((a for a in args if not a.startswith("-")), None)
    for name, module, function in MODULE_COMMANDS:
        if command_name in (None, name):
            app.command(name)(getattr(importlib.import_module(module), function))


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
        left = column in ("source", "window", "status", "verdict", "age")
        table.add_column(column, justify="left" if left else "right")
    for row in rows:
        table.add_row(*(str(row[c]) for c in columns))
    console.print(table)


def _run_jobs(jobs: list[tuple[str, Window]], workers: int = 1) -> list[WindowOutcome]:
    """Run windows with progress on stderr (bars on a terminal, lines elsewhere)."""
    from etl.backfill import run_jobs
    from etl.progress import make_view

    with make_view(Counter(source for source, _ in jobs), err_console) as view:
        return run_jobs(jobs, view, workers=workers)


def _report_failures(outcomes: list[WindowOutcome], hint: str) -> None:
    """One stderr line per failed window, then a NewsflowError when there was any."""
    failed = [o for o in outcomes if not o.ok]
    for outcome in failed:
        # soft_wrap: one line per failure whatever its length (scripts grep for them).
        err_console.print(
            f"failed: {outcome.failure_line()}", highlight=False, markup=False, soft_wrap=True
        )
    if failed:
        raise NewsflowError(f"{len(failed)} of {len(outcomes)} windows failed", hint=hint)


@app.command()
def run(
    source: Annotated[str, typer.Option(help="Source code (a file name in sources/).")],
    date_: Annotated[str, typer.Option("--date", help="KST day to crawl, YYYY-MM-DD.")],
) -> None:
    """Run crawl -> clean -> dedup -> quality -> load for one source and one KST day.

    Progress goes to stderr; the counts, the run folder and the report's path to stdout.
    """
    from etl.backfill import run_observed
    from etl.progress import make_view

    window = _window(date_)
    with make_view({source: 1}, err_console) as view:
        summary, report = run_observed(source, window, view)
    _print_runs([summary.table_row()], f"newsflow run {source} {window.key}")
    console.print(f"run id: {summary.run_id}\nrun folder: {summary.run_dir}", highlight=False)
    console.print(f"report: {report or 'not written (see the log)'}", highlight=False)


@app.command()
def backfill(
    first: Annotated[str, typer.Option("--from", help="First KST day, YYYY-MM-DD.")],
    last: Annotated[
        str, typer.Option("--to", help="Last KST day, YYYY-MM-DD; this day is included.")
    ],
    sources: Annotated[
        list[str] | None,
        typer.Option("--sources", help="Source codes, comma-separated or repeated (default: all)."),
    ] = None,
    workers: Annotated[
        int, typer.Option(min=1, max=32, help="Windows to run at once (worker processes).")
    ] = 1,
    force: Annotated[
        bool, typer.Option("--force", help="Re-run windows that were already loaded.")
    ] = False,
) -> None:
    """Load every KST day from --from to --to (both included) of each source, without Airflow.

    One window per source and KST day. Resumable: windows a successful run already loaded are
    skipped (run the same command again after a failure) unless --force. Writes one report
    over the whole range. Exits 1 if any window failed, with one line per failure.
    """
    from etl.backfill import backfill as run_backfill
    from etl.backfill import plan_backfill
    from etl.progress import make_view

    codes = [code.strip() for item in sources or [] for code in item.split(",") if code.strip()]
    plan = plan_backfill(codes or None, _day(first, "--from"), _day(last, "--to"), force=force)
    console.print(
        f"backfill {plan.first} to {plan.last} (KST, inclusive), {len(plan.sources)} source(s): "
        f"{len(plan.jobs)} window(s) to run, {len(plan.skipped)} already loaded"
        + (" (re-running them: --force)" if force else ""),
        highlight=False,
    )
    with make_view(Counter(source for source, _ in plan.jobs), err_console) as view:
        outcomes, report = run_backfill(plan, view, workers=workers)
    _print_runs([o.table_row() for o in outcomes], f"newsflow backfill {plan.first} to {plan.last}")
    console.print(f"report: {report}", highlight=False)
    _report_failures(
        outcomes, "fix the cause and run the same command again: loaded windows are skipped"
    )


@app.command()
def status(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
    sources: Annotated[
        list[str] | None, typer.Option("--source", help="Only this source (repeatable).")
    ] = None,
) -> None:
    """Last run per source (window, verdict, counts, age), failed windows and alarms."""
    import json

    from etl.status import collect_status, open_warehouse

    engine = open_warehouse()
    try:
        report = collect_status(engine, sources=sources or None)
    finally:
        engine.dispose()
    if as_json:
        sys.stdout.write(json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n")
        return
    from etl.status import age_text

    _print_runs(
        [
            {
                "source": s.source,
                "window": s.window or "-",
                "status": s.status,
                "verdict": s.verdict or "-",
                "items": s.items,
                "inserted": s.inserted,
                "quarantined": s.quarantined,
                "age": age_text(s.age_seconds) if s.age_seconds is not None else "-",
            }
            for s in report.sources
        ],
        f"newsflow status — {report.warehouse}",
    )
    if report.failures:
        console.print(f"failed windows ({len(report.failures)}):", highlight=False)
        for f in report.failures:
            console.print(
                f"  {f.source} {f.window} {f.status}: {f.error} (run {f.run_id})",
                highlight=False,
                markup=False,
            )
    else:
        console.print("failed windows: none", highlight=False)
    if report.alarms:
        console.print(f"alarms ({len(report.alarms)}):", highlight=False)
        for a in report.alarms:
            console.print(f"  {a.source} {a.window} {a.kind}: {a.message}", highlight=False)
    else:
        console.print("alarms: none", highlight=False)


@app.command()
def doctor() -> None:
    """Check settings, warehouse, migrations, source profiles, data dir and Airflow home.

    One line per check: ok, or what is wrong and the fix. Exits 1 if any check fails.
    """
    from etl.doctor import run_checks

    checks = run_checks()
    width = max(len(c.name) for c in checks)
    colours = {"ok": "green", "warn": "yellow", "fail": "red", "skip": "dim"}
    for check in checks:
        console.print(
            check.line(width),
            style=colours[check.state],
            highlight=False,
            markup=False,
            soft_wrap=True,
        )
    tally = Counter(c.state for c in checks)
    console.print(
        f"{tally['ok']} ok, {tally['warn']} warning(s), {tally['fail']} failed, "
        f"{tally['skip']} skipped",
        highlight=False,
    )
    if tally["fail"]:
        raise typer.Exit(1)


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


@db_app.command("docs")
def db_docs(
    out: Annotated[Path, typer.Option(help="Folder for data-dictionary.md and dbt/.")] = Path(
        "docs"
    ),
) -> None:
    """Write the data dictionary and the dbt sources.yml from the live warehouse schema."""
    from etl.warehouse.dbt import write_dbt_sources
    from etl.warehouse.dictionary import write_data_dictionary
    from etl.warehouse.engine import make_engine

    engine = make_engine()
    write_data_dictionary(engine, out / "data-dictionary.md")
    write_dbt_sources(engine, out / "dbt" / "sources.yml")
    console.print(f"wrote {out / 'data-dictionary.md'} and {out / 'dbt' / 'sources.yml'}")


@quality_app.command("show")
def quality_show_command(
    run_id: Annotated[str, typer.Argument(help="Run id, as `newsflow run` and `status` print.")],
    limit: Annotated[int, typer.Option(min=1, help="Quarantined rows to show.")] = 50,
) -> None:
    """Print a run's failed quality checks and its quarantined rows."""
    from etl.quality.show import quality_show

    quality_show(run_id, limit=limit)


@app.command()
def demo(
    days: Annotated[int, typer.Option(min=1, max=31, help="Complete KST days to load.")] = 3,
) -> None:
    """Serve the bundled demo network and load its last complete KST days into the warehouse."""
    from etl.demo import run_demo

    outcomes: list[WindowOutcome] = []

    def run_windows(jobs: list[tuple[str, Window]]) -> list[dict[str, Any]]:
        outcomes.extend(_run_jobs(jobs))
        return [o.table_row() for o in outcomes]

    try:
        run_demo(days, console=console, print_runs=_print_runs, run_windows=run_windows)
    finally:
        # Also after an oracle mismatch: the report is where to start looking.
        if outcomes:
            _print_demo_report(outcomes)
    _report_failures(outcomes, "fix the cause and run `newsflow demo` again (loads are idempotent)")


def _print_demo_report(outcomes: list[WindowOutcome]) -> None:
    from etl.backfill import warehouse_engine
    from etl.report.write import write_range_report

    days = [o.window.start.date() for o in outcomes]
    report = write_range_report(
        warehouse_engine(),
        sources=sorted({o.source for o in outcomes}),
        first=min(days),
        last=max(days),
        label="demo",
    )
    console.print(f"report: {report}", highlight=False)


def _day(text: str, option: str) -> date:
    from etl.window import WORKING_YEARS

    try:
        day = date.fromisoformat(text)
    except ValueError as err:
        raise NewsflowError(
            f"{option} {text!r}: {err}", hint="use YYYY-MM-DD, e.g. 2025-04-08"
        ) from err
    if day.year not in WORKING_YEARS:
        raise NewsflowError(
            f"{option} {text!r}: outside the years {WORKING_YEARS[0]}-{WORKING_YEARS[-1]}",
            hint="use a KST day the sources published on, e.g. 2025-04-08",
        )
    return day


def _window(text: str) -> Window:
    from etl.window import Window

    return Window.day(_day(text, "--date"))


def main(argv: list[str] | None = None) -> None:
    """Console-script entry: run the app, turning known errors into one line and exit code 1."""
    _mount_demosite()
    args = argv if argv is not None else sys.argv[1:]
    _mount_module_commands(args)
    debug = "--debug" in args
    try:
        # Outside standalone mode click hands back a typer.Exit's code instead of exiting.
        code = app(args=argv, standalone_mode=False)
        if isinstance(code, int) and code:
            sys.exit(code)
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
