"""The job folder of one (source, window) crawl: what lets a killed crawl resume.

Scrapy's own ``JOBDIR`` keeps its request queue and seen-requests set, but only a crawl that
stops cleanly leaves them consistent (its documentation: "if stopped cleanly, it can be
resumed"); after a SIGKILL the queue may come back without the requests still pending
while the seen-set already names them, so a restart can silently skip pages. A crawl here is
instead a deterministic function of the responses it received (which pages to read next,
which items to emit), so the job folder keeps exactly those: ``responses.warc.gz``,
appended and flushed one record at a time while the crawl runs. A restarted crawl replays the
responses in it (no network) and fetches only what they do not cover, so it finishes with
every item once. After a clean finish the archive moves beside the batch and the folder is
removed.

``lock`` is held (``flock``) by the crawl using the folder: two crawls of one (source,
window) at once would interleave their records. The kernel drops the lock when the process
dies, however it dies.
"""

from __future__ import annotations

import fcntl
import logging
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from warcio.archiveiterator import ArchiveIterator

from etl.errors import CrawlError

log = logging.getLogger(__name__)

JOB_WARC = "responses.warc.gz"
LOCK = "lock"


@dataclass
class CrawlJob:
    """The job folder at ``path``; ``open`` it before use, ``finish`` or ``release`` after."""

    path: Path
    _lock: IO[str] | None = field(default=None, repr=False)

    @property
    def warc(self) -> Path:
        return self.path / JOB_WARC

    def open(self) -> int:
        """Take the folder (CrawlError when another crawl holds it) and keep, of an earlier
        attempt's archive, the complete records of answers worth replaying; returns how many.

        Error answers (4xx, 5xx) are dropped so that the restart asks again, and a record the
        kill cut short is dropped with everything after it.
        """
        lock = self._take()
        lock.write(str(os.getpid()))
        lock.flush()
        self._lock = lock
        return _keep_replayable(self.warc) if self.warc.exists() else 0

    def _take(self) -> IO[str]:
        """The folder's lock file, locked by us; CrawlError when another crawl holds it.

        A crawl that finishes removes the folder while still holding the lock, so a crawl
        that opened the lock file just before may lock a file no longer in the folder: it
        checks, and takes the folder afresh.
        """
        while True:
            self.path.mkdir(parents=True, exist_ok=True)
            lock = (self.path / LOCK).open("w", encoding="utf-8")
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                lock.close()
                raise CrawlError(
                    f"another crawl is using {self.path}",
                    hint="wait for it to finish; two crawls of one source and window cannot "
                    "share it",
                ) from None
            try:
                linked = os.stat(self.path / LOCK).st_ino == os.fstat(lock.fileno()).st_ino
            except FileNotFoundError:
                linked = False
            if linked:
                return lock
            lock.close()

    def finish(self, archive: Path | None) -> None:
        """After a clean crawl: move the archive to ``archive`` and remove the folder.

        The folder goes before the lock: no other crawl can take it half-removed.
        """
        if archive is not None and self.warc.exists():
            self.warc.replace(archive)
        shutil.rmtree(self.path, ignore_errors=True)
        self.release()

    def release(self) -> None:
        """Let go of the folder, keeping what is in it (the next attempt resumes from it)."""
        if self._lock is not None:
            self._lock.close()
            self._lock = None


def _keep_replayable(path: Path) -> int:
    """Rewrite ``path`` with its complete, non-error records; returns the responses kept."""
    spans: list[tuple[int, int]] = []
    kept = 0
    with path.open("rb") as source:
        records = ArchiveIterator(source)
        try:
            for record in records:
                status = record.http_headers.get_statuscode() if record.http_headers else None
                answer = record.rec_type == "response"
                records.read_to_end(record)
                if answer and (status is None or int(status) >= 400):
                    continue
                spans.append((records.get_record_offset(), records.get_record_length()))
                kept += int(answer)
        except Exception as err:  # noqa: BLE001 - any damage ends the usable part
            log.info("the archive of the earlier attempt ends in a damaged record: %s", err)
        tmp = path.with_name(path.name + ".tmp")
        with tmp.open("wb") as target:
            for offset, length in spans:
                source.seek(offset)
                target.write(source.read(length))
    tmp.replace(path)
    return kept
