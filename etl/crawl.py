"""The crawl stage: run the Scrapy ``listing`` spider for one source and window, in a subprocess.

Why a subprocess: Twisted's reactor cannot be restarted in a process, and Airflow runs several
mapped crawl tasks in one worker process under ``dag.test()`` (ReactorNotRestartable on the
second). A child process also keeps Scrapy's logging and signal handlers out of the caller.

The batch lands in one folder (default ``<data_dir>/raw/<source>/<window.key>/``):
``items.jsonl`` (RawItem JSON Lines) and ``responses.warc.gz`` (every response, for
re-parsing), both written only when the crawl finished cleanly, and ``stats.json`` (always
written, also for a failed crawl). Re-running replaces all three.

While it runs, a crawl keeps its responses in the job folder of its (source, window),
``<data_dir>/jobs/<source>/<window>/`` (``spiders.jobdir``): a crawl that was killed, or
stopped on a failing listing page, resumes from there when run again - what it had received
is replayed, not fetched again - and the folder is removed after a clean finish.
``replay`` runs the same spider over an archive instead of the network (``etl.reparse``).
"""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

from etl.config import get_settings
from etl.errors import CrawlError
from etl.sources import DEMOSITE_SCHEME, SourceProfile, load_source
from etl.storage import ensure_within, safe_name
from etl.window import KST, Window

log = logging.getLogger(__name__)

ITEMS_FILE = "items.jsonl"
STATS_FILE = "stats.json"
WARC_FILE = "responses.warc.gz"
JOBS_DIR = "jobs"
SPIDER = "listing"
SETTINGS_MODULE = "spiders.settings"
# The folder holding the ``etl`` and ``spiders`` packages: the child must import both even
# when the caller's working directory is elsewhere.
PROJECT_ROOT = Path(__file__).resolve().parent.parent
_TAIL_LINES = 3


@dataclass(frozen=True)
class CrawlResult:
    """A finished crawl: where its batch is and what it counted (``stats`` is stats.json)."""

    items_path: Path
    stats_path: Path
    stats: dict[str, Any]
    pages: int
    items: int


def raw_batch_dir(source: str, window: Window) -> Path:
    """Default folder of a crawl's batch: ``<data_dir>/raw/<source>/<window.key>``.

    UnsafePathError for a source code that is not a plain folder name.
    """
    root = get_settings().data_dir
    return ensure_within(root / "raw" / safe_name(source, "source code") / window.key, root)


def job_dir(source: str, window: Window) -> Path:
    """The job folder of (source, window): ``<data_dir>/jobs/<source>/<window>``.

    A window of whole KST days is named by its key (``2025-04-08``); any other by its bounds,
    so a 12-hour window never shares a folder with the day around it. The folder is local
    to the machine (a resume cache, not shared through the data URI): a crawl retried on
    another worker starts afresh. UnsafePathError for a source code that is not a plain name.
    """
    midnight = time(0)
    whole_days = all(
        bound.astimezone(KST).timetz().replace(tzinfo=None) == midnight
        for bound in (window.start, window.end)
    )
    name = (
        window.key
        if whole_days
        else "_".join(
            b.astimezone(KST).strftime("%Y%m%dT%H%M%S") for b in (window.start, window.end)
        )
    )
    root = get_settings().data_dir
    return ensure_within(root / JOBS_DIR / safe_name(source, "source code") / name, root)


def window_from_args(start: str, end: str | None = None) -> Window:
    """The window named by the spider's ``start``/``end`` arguments (end exclusive).

    Either KST days (``2025-04-08``; end defaults to the next day, as ``Window.parse``) or
    ISO 8601 datetimes with an offset, which is how ``crawl`` passes an arbitrary window.
    Raises ValueError with the offending value.
    """
    if len(start) == 10 and (end is None or len(end) == 10):
        return Window.parse(start, end)
    first = datetime.fromisoformat(start)
    last = datetime.fromisoformat(end) if end else first + timedelta(days=1)
    if first.tzinfo is None or last.tzinfo is None:
        raise ValueError(f"window bounds need a UTC offset: start={start!r} end={end!r}")
    return Window(first, last)


def crawl_command(
    profile: SourceProfile,
    window: Window,
    items_path: Path,
    *,
    inline_profile: bool = False,
    job: Path | None = None,
    replay: Path | None = None,
    settings: Mapping[str, object] | None = None,
) -> list[str]:
    """The ``python -m scrapy crawl listing`` command line for this crawl.

    With ``inline_profile`` the profile travels as JSON (``-a profile=…``), so the child
    crawls exactly the profile the caller holds, even one that is not in the sources folder.
    ``job`` is the job folder (``-a job_dir``), ``replay`` an archive to read instead of the
    network (``-a replay``); ``settings`` become ``-s NAME=VALUE`` (Scrapy settings).
    """
    command = [sys.executable, "-m", "scrapy", "crawl", SPIDER]
    arguments = {
        "source": profile.code,
        "start": window.start.isoformat(),
        "end": window.end.isoformat(),
        "out": str(items_path),
    }
    if inline_profile:
        arguments["profile"] = profile.model_dump_json()
    if job is not None:
        arguments["job_dir"] = str(job)
    if replay is not None:
        arguments["replay"] = str(replay)
    for name, value in arguments.items():
        command += ["-a", f"{name}={value}"]
    for name, setting in (settings or {}).items():
        command += ["-s", f"{name}={setting}"]
    return command


def crawl_env() -> dict[str, str]:
    """The caller's environment (NEWSFLOW_* included) plus what the child Scrapy needs."""
    env = dict(os.environ)
    env["SCRAPY_SETTINGS_MODULE"] = SETTINGS_MODULE
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(PROJECT_ROOT), env.get("PYTHONPATH", "")) if p
    )
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def crawl(
    source: str | SourceProfile,
    window: Window,
    *,
    out_dir: Path | None = None,
    timeout: float | None = None,
    settings: Mapping[str, object] | None = None,
) -> CrawlResult:
    """Crawl ``source`` over ``window`` into ``out_dir`` and return the batch.

    Idempotent per (source, window, out_dir): the folder's previous batch is removed first,
    so a file there after a failure is never mistaken for this crawl's output. A crawl of the
    same (source, window) that was killed or failed before resumes from its job folder
    (``job_dir``). ``settings`` are Scrapy settings for this crawl (tests lower timeouts).
    Raises SourceConfigError before starting when the profile cannot be loaded or its site
    resolved, and CrawlError (one line: exit code or finish reason, plus the last lines of the
    log) when the child fails, does not finish cleanly or exceeds ``timeout`` seconds.
    """
    profile = source if isinstance(source, SourceProfile) else load_source(source)
    profile.resolved_base_url()  # an unresolvable demosite:// fails here, with its hint
    folder = (out_dir or raw_batch_dir(profile.code, window)).resolve()
    command = crawl_command(
        profile,
        window,
        folder / ITEMS_FILE,
        inline_profile=isinstance(source, SourceProfile),
        job=job_dir(profile.code, window).resolve(),
        settings=settings,
    )
    return _run_batch(
        f"crawl of {profile.code} {window.key}", command, folder, crawl_env(), timeout
    )


def replay(
    profile: SourceProfile,
    window: Window,
    archive: Path,
    out_dir: Path,
    *,
    base_url: str | None = None,
    timeout: float | None = None,
) -> CrawlResult:
    """Run the crawl of ``window`` over the responses in ``archive``, with no network.

    The spider walks and extracts exactly as it would live, every answer coming from the
    archive; a request the archive cannot answer fails as ``not_archived``. ``base_url`` is
    the address the archived crawl used (its ``stats.json`` ``base_url``): a demosite
    profile is resolved to it, so no demosite needs to run. Same errors as ``crawl``.
    """
    env = crawl_env()
    if base_url and profile.is_demosite:
        outlet = profile.base_url.removeprefix(DEMOSITE_SCHEME).strip("/")
        env["NEWSFLOW_DEMOSITE_URLS"] = json.dumps({outlet: base_url})
    folder = out_dir.resolve()
    command = crawl_command(
        profile,
        window,
        folder / ITEMS_FILE,
        inline_profile=True,
        replay=archive.resolve(),
        settings={"NEWSFLOW_WARC_ENABLED": "False", "NEWSFLOW_RETRY_BACKOFF": "0"},
    )
    return _run_batch(f"re-parse of {profile.code} {window.key}", command, folder, env, timeout)


def _run_batch(
    where: str, command: list[str], folder: Path, env: dict[str, str], timeout: float | None
) -> CrawlResult:
    """Run the spider ``command`` writing into ``folder``; see ``crawl`` for the errors."""
    folder.mkdir(parents=True, exist_ok=True)
    items_path, stats_path = folder / ITEMS_FILE, folder / STATS_FILE
    for stale in (items_path, stats_path, folder / WARC_FILE):
        stale.unlink(missing_ok=True)
    log.info("%s: starting %s", where, " ".join(command[:5]))
    returncode, tail = _run(command, env=env, timeout=timeout)
    if returncode is None:
        raise CrawlError(f"{where} timed out after {timeout:g} s: {tail}")
    if returncode != 0:
        raise CrawlError(
            f"{where} failed (exit {returncode}): {_own_error(tail) or tail}",
            hint="the lines before it in the log show the whole error",
        )
    stats = _read_stats(stats_path)
    if not items_path.is_file():
        reason = stats.get("finish_reason", "unknown")
        stop = stats.get("stop_reason")
        raise CrawlError(
            f"{where} did not finish cleanly (finish_reason={reason}, stop_reason={stop}); "
            f"no items file was written: {tail}",
            hint=f"counters of the failed crawl are in {stats_path}",
        )
    return CrawlResult(
        items_path=items_path,
        stats_path=stats_path,
        stats=stats,
        pages=int(stats.get("pages", 0)),
        items=int(stats.get("items_emitted", 0)),
    )


# The last log line of a child that died of one of our errors: "etl.errors.CrawlError: …".
_OWN_ERROR = re.compile(r"^etl\.errors\.\w+: (?P<message>.+)$")


def _own_error(tail: str) -> str | None:
    """The message of the newsflow error the child died of, when its last line names one.

    Such an error (a job folder another crawl holds, a bad profile) already says what is
    wrong in one line; the traceback lines before it only bury it.
    """
    match = _OWN_ERROR.match(tail.rsplit(" | ", 1)[-1])
    return match["message"] if match else None


def _read_stats(path: Path) -> dict[str, Any]:
    try:
        return dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return {}


def _run(
    command: list[str], *, env: dict[str, str], timeout: float | None
) -> tuple[int | None, str]:
    """Run the child, relaying its log line by line; (exit code or None on timeout, tail)."""
    tail: deque[str] = deque(maxlen=_TAIL_LINES)
    with subprocess.Popen(
        command,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        errors="replace",
    ) as child:
        expired = threading.Event()

        def expire() -> None:
            expired.set()
            child.kill()

        timer = threading.Timer(timeout, expire) if timeout else None
        if timer:
            timer.start()
        try:
            assert child.stdout is not None  # stdout=PIPE
            for line in child.stdout:
                text = line.rstrip()
                if text:
                    tail.append(text.strip())
                    log.info("%s", text)
            returncode = child.wait()
        except BaseException:
            # A task timeout or kill arrives here as a non-Exception; without this the
            # Popen context would wait for the whole crawl before letting it through.
            child.kill()
            raise
        finally:
            if timer:
                timer.cancel()
    summary = " | ".join(tail) or "no output"
    return (None if expired.is_set() else returncode), summary
