"""Re-parse a run's raw batch from its archived responses: how a parser fix reaches history.

A run's crawl leaves ``<data_dir>/runs/<run_id>/raw/`` with ``items.jsonl``, ``stats.json``
and ``responses.warc.gz`` (every answer the crawl received). ``reparse`` runs the same spider
over that archive with no network (``etl.crawl.replay``): it walks the same listing pages,
follows the same articles and stamps the same fetch times, so with the extractors unchanged
the rebuilt ``items.jsonl`` is byte for byte the crawled one; with a fixed extractor or
profile it is what the crawl would have produced on the night with the fix.

The rebuilt batch goes to ``raw/reparse/``. With ``apply`` a batch that differs replaces
``raw/items.jsonl``; the crawled batch is kept once as ``raw/items.crawled.jsonl`` (never
overwritten, so the night's original survives any number of re-parses). Running the run's
stages from ``clean`` on then loads the result; loads merge by (source, URL), so that is
safe. ``newsflow reparse --run RUN_ID`` is ``reparse_command``.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from etl.crawl import ITEMS_FILE, STATS_FILE, WARC_FILE, CrawlResult, replay
from etl.errors import NewsflowError
from etl.records import read_jsonl
from etl.sources import load_source
from etl.window import Window

if TYPE_CHECKING:
    from etl.sources import SourceProfile

RAW_DIR = "raw"
REPARSE_DIR = "reparse"
CRAWLED_ITEMS = "items.crawled.jsonl"


class ReparseError(NewsflowError):
    """A run cannot be re-parsed: its folder, batch or archive is missing or unreadable."""


@dataclass(frozen=True)
class ReparseResult:
    """A re-parse of one run: the rebuilt batch and how it differs from ``raw/items.jsonl``.

    ``changed``/``added``/``removed`` count items by URL; ``identical`` means the two files
    are equal byte for byte; ``applied`` that the rebuilt batch replaced ``items.jsonl``.
    """

    run_id: str
    raw_dir: Path
    batch: CrawlResult
    identical: bool
    changed: int
    added: int
    removed: int
    applied: bool

    def summary_line(self) -> str:
        """One line for the command line."""
        head = (
            f"re-parsed run {self.run_id}: {self.batch.items} items from "
            f"{self.batch.stats.get('replayed_responses', 0)} archived responses"
        )
        if self.identical:
            return f"{head}, identical to {RAW_DIR}/{ITEMS_FILE}"
        diff = f"{self.changed} changed, {self.added} added, {self.removed} removed"
        if self.applied:
            return (
                f"{head}: {diff}; {RAW_DIR}/{ITEMS_FILE} replaced (the crawled batch is kept "
                f"as {RAW_DIR}/{CRAWLED_ITEMS})"
            )
        return f"{head}: {diff}; the new batch is in {self.batch.items_path}"


def run_raw_dir(run_id: str) -> Path:
    """``<data_dir>/runs/<run_id>/raw``; ReparseError for a name that is not a plain folder name
    or a run without that folder."""
    from etl.storage import RunStore, UnsafePathError

    try:
        store = RunStore(run_id)
    except UnsafePathError as err:
        raise ReparseError(f"run id {run_id!r} is not a plain name", hint=err.hint) from err
    store.fetch(RAW_DIR)  # the crawl may have run on another machine (shared data URI)
    raw = store.local / RAW_DIR
    if not raw.is_dir():
        raise ReparseError(
            f"run {run_id}: no raw batch folder {raw}",
            hint="`newsflow status` lists recent runs; NEWSFLOW_DATA_DIR must be the crawl's",
        )
    return raw


def reparse(
    run_id: str,
    *,
    profile: SourceProfile | None = None,
    apply: bool = False,
    timeout: float | None = None,
) -> ReparseResult:
    """Rebuild run ``run_id``'s RawItems from its archive (see the module docstring).

    ``profile`` defaults to the source's current profile (a fixed selector applies to the
    past that way). Raises ReparseError when the run's batch, stats or archive is missing,
    and CrawlError when the replay itself fails. Idempotent: re-parsing again gives the same
    batch, and ``items.crawled.jsonl`` is written only once.
    """
    raw = run_raw_dir(run_id)
    crawled, archive = raw / ITEMS_FILE, raw / WARC_FILE
    for needed in (crawled, archive, raw / STATS_FILE):
        if not needed.is_file():
            raise ReparseError(
                f"run {run_id}: {needed.name} is missing from {raw}",
                hint="only a crawl that finished cleanly leaves a batch and its archive",
            )
    stats = _read_stats(raw / STATS_FILE)
    try:
        window = Window(
            datetime.fromisoformat(stats["window_start"]),
            datetime.fromisoformat(stats["window_end"]),
        )
        source = str(stats["source"])
    except (KeyError, TypeError, ValueError) as err:
        raise ReparseError(f"run {run_id}: {STATS_FILE} does not name the crawl: {err}") from err
    profile = profile or load_source(source)
    batch = replay(
        profile, window, archive, raw / REPARSE_DIR, base_url=stats.get("base_url"), timeout=timeout
    )
    before, after = _by_url(crawled), _by_url(batch.items_path)
    identical = crawled.read_bytes() == batch.items_path.read_bytes()
    applied = False
    if apply and not identical:
        if not (raw / CRAWLED_ITEMS).exists():
            shutil.copyfile(crawled, raw / CRAWLED_ITEMS)
        tmp = crawled.with_name(ITEMS_FILE + ".tmp")
        shutil.copyfile(batch.items_path, tmp)
        tmp.replace(crawled)
        applied = True
    return ReparseResult(
        run_id=run_id,
        raw_dir=raw,
        batch=batch,
        identical=identical,
        changed=sum(1 for url in before.keys() & after.keys() if before[url] != after[url]),
        added=len(after.keys() - before.keys()),
        removed=len(before.keys() - after.keys()),
        applied=applied,
    )


def _read_stats(path: Path) -> dict[str, Any]:
    try:
        return dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError) as err:
        raise ReparseError(f"{path}: cannot read the crawl's stats: {err}") from err


def _by_url(path: Path) -> dict[str, str]:
    return {str(row["url"]): json.dumps(row, sort_keys=True) for row in read_jsonl(path)}


def reparse_command(
    run: Annotated[str, typer.Option("--run", help="Run id (a folder under <data_dir>/runs).")],
    check: Annotated[
        bool,
        typer.Option("--check", help="Only compare: leave raw/items.jsonl as it is."),
    ] = False,
) -> None:
    """Rebuild a run's raw items from its archived responses, with no network.

    The rebuilt batch replaces raw/items.jsonl when it differs (the crawled one is kept as
    raw/items.crawled.jsonl); run the run's stages from clean on to load it.
    """
    result = reparse(run, apply=not check)
    typer.echo(result.summary_line())
