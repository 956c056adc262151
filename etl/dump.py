"""Archived listing dumps: the text of a listing page saved as lines -> RawItems -> warehouse.

A dump is what copying a "최신기사" page as plain text gives::

    최신기사                      header (optional): the text before the first placeholder
    -                             placeholder lines (image and link slots), any number
    데모전자, 신공장 착공         the title
    데모전자가 8일 새 공장을 …    the lead (optional; one line)
    2025-04-08 08:06:28           the timestamp, on the outlet's clock (KST)
    -                             … the next item

``parse_dump`` reads one into RawItems and line-numbered errors; a malformed item (no
timestamp, a timestamp with no title before it, an empty title) is reported and skipped, and
every well-formed item of the file is still returned. ``import_dump`` runs those items through
clean -> dedup -> quality -> load as one run, exactly like a crawled batch.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated
from zoneinfo import ZoneInfo

import typer

from etl.errors import DumpFormatError, SourceConfigError
from etl.records import RawItem, write_jsonl
from etl.sources import SourceProfile, load_source
from etl.text import clean_text
from etl.timeparse import read_timestamp
from etl.window import WORKING_YEARS, Window

if TYPE_CHECKING:
    from etl.pipeline import RunSummary

EXTRACTOR = "dump"
EXTRACTOR_VERSION = "1"
ERRORS_FILE = "dump_errors.jsonl"

_PLACEHOLDER = re.compile(r"^[-–—]+$")
_HEADER = re.compile(r"^(?:최신|전체|실시간|주요|많이\s*본)\s*(?:기사|뉴스)$")


@dataclass(frozen=True, slots=True)
class DumpError:
    """One problem of a dump, at a 1-based line number of its file."""

    line_no: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line_no}: {self.message}"


@dataclass
class DumpParse:
    """What ``parse_dump`` read: the well-formed items, the errors, and the run they imply.

    ``window`` is the day given, else the KST day(s) the items' timestamps span, outliers far
    from the rest left out (None when no timestamp could be read, and then there are no items).
    """

    items: list[RawItem]
    errors: list[DumpError]
    header: str | None = None
    window: Window | None = None

    @property
    def fetched_at(self) -> datetime | None:
        """When the listing is taken to have been fetched: the end of the window."""
        return self.window.end if self.window else None


@dataclass(frozen=True)
class DumpImport:
    """The run an import made (``run``) and the dump's per-line errors."""

    file: str
    run: RunSummary
    errors: list[DumpError] = field(default_factory=list)

    def summary_line(self) -> str:
        c = self.run.counts
        return (
            f"{self.file}: {c.get('items', 0)} items -> {self.run.source} {self.run.window}: "
            f"{c.get('inserted', 0)} inserted, {c.get('updated', 0)} updated, "
            f"{c.get('unchanged', 0)} unchanged, {c.get('quarantined', 0)} quarantined, "
            f"verdict {c.get('quality_verdict', '-')}, {len(self.errors)} line errors "
            f"(run {self.run.run_id})"
        )


@dataclass
class _Item:
    title: tuple[int, str]
    lead: tuple[int, str] | None
    stamp: tuple[int, str]


def parse_dump(
    path_or_text: Path | str,
    source: str | SourceProfile,
    day: date | None = None,
) -> DumpParse:
    """Read a listing dump (a file path, or the dump's text itself) into RawItems.

    Each RawItem has ``listing_url`` ``dump://<file name>``, ``page`` 1, ``position`` its
    1-based place among the items returned, ``published_raw`` the timestamp line and
    ``summary`` the lead line. A dump has no links, so ``url`` is synthetic:
    ``<canonical_base>/dump/<sha1 of title and timestamp>``. Neither alone is a key (two items
    may share ``07:00:00``; a title may be reused), together they are stable, so re-importing
    a dump, or importing two overlapping ones, merges onto the same articles. The source's
    canonical_base (else its http base_url) keeps the URLs on the outlet's domain.

    ``fetched_at`` must not depend on when or where the file is read (an mtime would): it is
    the end of ``day`` when given, else the end of the KST day of the latest timestamp in the
    dump. A timestamp line holds a full date (``2025-04-08 08:06:28`` or any shape
    ``etl.timeparse`` reads); with ``day`` given, year-less and relative ones count too and
    resolve against that day's end.

    Errors never stop the parse: a timestamp with no title before it, text with no timestamp
    after it and an empty title are reported with their line number and the item is left
    out. Raises DumpFormatError for a file that is missing or not UTF-8 (naming the line) and
    SourceConfigError when the source cannot name synthetic URLs.
    """
    profile = source if isinstance(source, SourceProfile) else load_source(source)
    if day is not None and day.year not in WORKING_YEARS:
        raise DumpFormatError(
            f"day {day.isoformat()}: outside the years {WORKING_YEARS[0]}-{WORKING_YEARS[-1]}",
            hint="give the KST day the dump shows, e.g. 2025-04-08",
        )
    origin = _synthetic_origin(profile)
    name, text = _read(path_or_text)
    tz = ZoneInfo(profile.timezone)
    reference = Window.day(day, tz).end if day else None
    lines = [line.rstrip("\r") for line in text.split("\n")]
    stamps = [_is_timestamp(line, tz, reference) for line in lines]

    errors: list[DumpError] = []
    header, items = _items(lines, stamps, errors)
    readings = [read_timestamp(item.stamp[1], tz, reference) for item in items]
    moments = [r.value for r in readings if r.value is not None]
    window = _window(day, moments, tz)
    if window is None:
        if items:
            message = "no timestamp of the dump can be read, so its day is unknown: give the day"
            errors.append(DumpError(items[0].stamp[0], message))
        return DumpParse([], sorted(errors, key=lambda e: e.line_no), header)
    fetched_at = window.end

    raw_items: list[RawItem] = []
    for item in items:
        title = clean_text(item.title[1])
        if title is None:
            errors.append(DumpError(item.title[0], "empty title"))
            continue
        stamp = item.stamp[1]
        raw_items.append(
            RawItem(
                source=profile.code,
                listing_url=f"dump://{name}",
                url=f"{origin}/dump/{_item_key(title, stamp)}",
                title=item.title[1],
                summary=item.lead[1] if item.lead else None,
                published_raw=stamp,
                section_raw=None,
                page=1,
                position=len(raw_items) + 1,
                fetched_at=fetched_at.astimezone(tz).isoformat(),
                extractor=EXTRACTOR,
                extractor_version=EXTRACTOR_VERSION,
            )
        )
    errors.sort(key=lambda e: e.line_no)
    return DumpParse(raw_items, errors, header, window)


# Without a day given, a dump's window is the days its timestamps span, but only the
# timestamps within this many days of their median count: one item stamped 1900 or 2999
# must not make a run of one day's dump cover a century (it is quarantined as outside the
# window instead, as it would be with the day given).
MAX_DAYS_FROM_MEDIAN = 31


def _window(day: date | None, moments: list[datetime], tz: ZoneInfo) -> Window | None:
    """``day``, else the whole days (in ``tz``) from the earliest to the latest moment, moments
    further than ``MAX_DAYS_FROM_MEDIAN`` days from the median left out."""
    if day is not None:
        return Window.day(day, tz)
    if not moments:
        return None
    days = sorted(d for d in (m.astimezone(tz).date() for m in moments) if d.year in WORKING_YEARS)
    if not days:
        return None
    median = days[len(days) // 2]
    spread = timedelta(days=MAX_DAYS_FROM_MEDIAN)
    kept = [d for d in days if abs(d - median) <= spread]
    return Window.days(kept[0], kept[-1] + timedelta(days=1), tz)


def _read(path_or_text: Path | str) -> tuple[str, str]:
    """(name, text) of a dump given as a path or as its text (a string with line breaks)."""
    if isinstance(path_or_text, str) and "\n" in path_or_text:
        return "text", path_or_text
    path = Path(path_or_text)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise DumpFormatError(f"{path}: cannot read the dump: {err.strerror}") from err
    try:
        return path.name, data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line_no = data[: err.start].count(b"\n") + 1
        raise DumpFormatError(
            f"{path}: line {line_no}: not UTF-8 text", hint="re-save the dump as UTF-8"
        ) from err


def _synthetic_origin(profile: SourceProfile) -> str:
    if profile.canonical_base:
        return profile.canonical_base.rstrip("/")
    if profile.base_url.startswith(("http://", "https://")):
        return profile.base_url.rstrip("/")
    raise SourceConfigError(
        f"source {profile.code}: neither canonical_base nor an http(s) base_url to name the "
        "items of a dump by",
        hint="give the profile a canonical_base (the outlet's public origin)",
    )


def _item_key(title: str, stamp: str) -> str:
    return hashlib.sha1(f"{title}\n{stamp}".encode()).hexdigest()


def _is_timestamp(line: str, tz: ZoneInfo, reference: datetime | None) -> bool:
    """A line that is a timestamp and nothing else (an impossible one still counts)."""
    text = line.strip()
    if not text or len(text) > 40:  # leads are long; a timestamp line is not
        return False
    return read_timestamp(text, tz, reference).status in ("ok", "impossible")


# A non-timestamp line of a dump: (line number, text), text None for a placeholder line.
_Line = tuple[int, str | None]


def _items(
    lines: list[str], stamps: list[bool], errors: list[DumpError]
) -> tuple[str | None, list[_Item]]:
    """Split the lines at timestamps into items; report what does not fit the layout.

    Blank lines carry nothing and are skipped. A timestamp belongs to the title and lead
    right above it; other text since the previous timestamp is an item whose timestamp is
    missing, and a timestamp right after a placeholder has no title.
    """
    header: str | None = None
    items: list[_Item] = []
    block: list[_Line] = []
    header_read = False
    for line_no, (line, is_stamp) in enumerate(zip(lines, stamps, strict=True), start=1):
        text = line.strip()
        if not is_stamp:
            if text:
                block.append((line_no, None if _PLACEHOLDER.match(text) else text))
            continue
        if not header_read:
            header, block = _take_header(block)
            header_read = True
        groups = _groups(block)
        # The timestamp closes the text right above it; after a placeholder it closes nothing.
        if not groups or block[-1][1] is None:
            errors.extend(_no_timestamp(orphan) for orphan in groups)
            errors.append(DumpError(line_no, f"timestamp {text!r} has no title before it"))
            block = []
            continue
        block = []
        errors.extend(_no_timestamp(orphan) for orphan in groups[:-1])
        last = groups[-1]
        if len(last) > 2:  # a title and a lead, after text that had no timestamp
            errors.append(_no_timestamp(last[:-2]))
            last = last[-2:]
        items.append(_Item(last[0], last[1] if len(last) == 2 else None, (line_no, text)))
    if not header_read:
        header, block = _take_header(block)
    errors.extend(_no_timestamp(orphan) for orphan in _groups(block))
    return header, items


def _take_header(block: list[_Line]) -> tuple[str | None, list[_Line]]:
    """The dump's header: the text before the first placeholder, or a known listing name."""
    first_placeholder = next((i for i, (_, text) in enumerate(block) if text is None), None)
    if first_placeholder:  # text lines, then a placeholder
        head = [text for _, text in block[:first_placeholder] if text]
        return " ".join(head), block[first_placeholder:]
    if block and block[0][1] and _HEADER.match(block[0][1]):
        return block[0][1], block[1:]
    return None, block


def _groups(block: list[_Line]) -> list[list[tuple[int, str]]]:
    """Runs of text lines between placeholder lines."""
    groups: list[list[tuple[int, str]]] = [[]]
    for line_no, text in block:
        if text is None:
            groups.append([])
        else:
            groups[-1].append((line_no, text))
    return [group for group in groups if group]


def _no_timestamp(group: list[tuple[int, str]]) -> DumpError:
    line_no, text = group[0]
    return DumpError(line_no, f"{text[:40]!r} has no timestamp line after it (item skipped)")


def import_dump(path: Path, source: str, day: date | None = None) -> DumpImport:
    """Load a dump's items into the warehouse as one run of ``source`` over its window.

    The window is ``day`` (one KST day), else the KST days the dump's timestamps span (items
    stamped more than ``MAX_DAYS_FROM_MEDIAN`` days from the median day do not stretch it:
    they are quarantined as outside the window). See
    ``load_dump`` for the run; raises what ``parse_dump`` and ``load_dump`` raise.
    """
    profile = load_source(source)
    return load_dump(parse_dump(path, profile, day), profile, Path(path).name)


def load_dump(parsed: DumpParse, profile: SourceProfile, name: str) -> DumpImport:
    """Run clean -> dedup -> quality -> load over a parsed dump of ``profile``'s outlet.

    The items are written to a new run folder as ``raw/items.jsonl`` (where a crawl leaves
    its batch), the line errors beside them as ``dump_errors.jsonl``, and the stages run as
    for a crawl, so re-importing a dump changes nothing but last-seen bookkeeping. Raises
    DumpFormatError when the dump has no usable item (no run is started), and what the stages
    raise (QualityGateFailed …) after marking the run failed.
    """
    from etl.pipeline import (
        RAW_DIR,
        RunSummary,
        begin_run,
        fail_run,
        stage_clean,
        stage_dedup,
        stage_load,
        stage_quality,
    )

    if not parsed.items or parsed.window is None:
        first = f"; first error: {parsed.errors[0]}" if parsed.errors else ""
        raise DumpFormatError(
            f"{name}: no item with a title and a readable timestamp{first}",
            hint="a dump lists per item: placeholder lines '-', the title, the lead, "
            "and a 'YYYY-MM-DD HH:MM:SS' line",
        )
    ctx = begin_run(profile.code, parsed.window)
    try:
        write_jsonl(ctx.path / RAW_DIR / "items.jsonl", parsed.items)
        with (ctx.path / ERRORS_FILE).open("w", encoding="utf-8") as out:
            for error in parsed.errors:
                record = {"line_no": error.line_no, "message": error.message}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        ctx.add_counts({"pages": 1, "items": len(parsed.items), "dump_errors": len(parsed.errors)})
        for stage in (stage_clean, stage_dedup, stage_quality, stage_load):
            stage(ctx)
    except Exception as err:
        fail_run(ctx, err)
        raise
    run = RunSummary(ctx.run_id, ctx.source, ctx.window.key, ctx.path, ctx.counts())
    return DumpImport(name, run, parsed.errors)


def import_dump_command(
    file: Annotated[
        Path, typer.Argument(help="The dump file.", exists=True, dir_okay=False, readable=True)
    ],
    source: Annotated[str, typer.Option(help="Source code (a file name in sources/).")],
    date: Annotated[
        str | None,
        typer.Option(help="KST day the dump shows, YYYY-MM-DD (default: from its timestamps)."),
    ] = None,
) -> None:
    """Import an archived listing dump (text of a listing page) into the warehouse.

    Prints one summary line, then each line error of the dump as ``FILE:LINE: message`` on
    stderr; the line errors are printed also when the import fails.
    """
    day = _day(date) if date else None
    profile = load_source(source)
    parsed = parse_dump(file, profile, day)
    try:
        result = load_dump(parsed, profile, file.name)
    except Exception:
        _echo_errors(file, parsed.errors)
        raise
    typer.echo(result.summary_line())
    _echo_errors(file, result.errors)


def _echo_errors(file: Path, errors: list[DumpError]) -> None:
    for error in errors:
        typer.echo(f"{file.name}:{error.line_no}: {error.message}", err=True)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as err:
        raise DumpFormatError(
            f"--date {text!r}: {err}", hint="use YYYY-MM-DD, e.g. 2025-04-08"
        ) from err
