"""Where a run's files live: under the data URI, with a local working copy per process.

Every run has one folder ``<data URI>/runs/<run_id>/`` (``NEWSFLOW_DATA_URI``; by default
``file://<data dir>``, the local data dir itself). Stages read and write a local working copy
of it, ``<data dir>/runs/<run_id>/``, because Scrapy, Great Expectations' Data Docs and the
JSON Lines readers want local files. When the data URI *is* the local data dir (the default:
``newsflow run``, ``demo``, backfills on one machine) the two are the same folder and nothing
moves. Otherwise a stage fetches its inputs from the data URI when it starts and publishes its
outputs there when it ends, so the next stage may run on another machine: a Celery worker
never reads a file that only another worker's disk holds.

Why fsspec and not Airflow's ObjectStoragePath: stages never import Airflow (they run from the
CLI too); ObjectStoragePath is built on fsspec, and fsspec serves ``file://``, ``memory://``
and, with its extras installed (``s3fs``, ``gcsfs``, ``adlfs``), ``s3://``, ``gs://``,
``abfs://``.

Path safety: names that become folder names (run ids, source codes) are checked by
``safe_name`` before anything is written, and every local path a run writes is checked to be
under the data dir (``ensure_within``): a run id like ``../../etc`` is refused with
``UnsafePathError``, never followed.
"""

from __future__ import annotations

import logging
import posixpath
import re
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from etl.config import get_settings
from etl.errors import NewsflowError

if TYPE_CHECKING:
    from fsspec import AbstractFileSystem

log = logging.getLogger(__name__)

RUNS_DIR = "runs"
# A folder name that cannot climb, hide or smuggle a separator: letters, digits, dot, dash,
# underscore; first character a letter or digit (so never "", "." or ".."); bounded length.
_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,199}")


class UnsafePathError(NewsflowError):
    """A name or path would put a run's files outside the data dir / data URI."""


def safe_name(value: object, what: str) -> str:
    """``value`` when it is a plain folder name; else UnsafePathError naming ``what``.

    Refused: empty, ``.``/``..``, separators (``/``, ``\\``), NUL and other control
    characters, absolute paths, anything longer than 200 characters.
    """
    if not isinstance(value, str) or not _SAFE_NAME.fullmatch(value):
        raise UnsafePathError(
            f"{what} {value!r} is not a plain name (letters, digits, '.', '-', '_'; "
            "starting with a letter or digit)",
            hint="names of run folders cannot contain path separators or start with '.'",
        )
    return value


def ensure_within(path: Path, root: Path) -> Path:
    """``path`` resolved, when it is ``root`` or under it; else UnsafePathError."""
    resolved, base = path.resolve(), root.resolve()
    if not resolved.is_relative_to(base):
        raise UnsafePathError(
            f"{path} is outside the data dir {base}",
            hint="run files are written only under NEWSFLOW_DATA_DIR",
        )
    return resolved


def data_uri() -> str:
    """The base URI of run folders: ``NEWSFLOW_DATA_URI``, else the data dir as ``file://``."""
    settings = get_settings()
    return settings.data_uri or settings.data_dir.resolve().as_uri()


def local_run_dir(run_id: str) -> Path:
    """This process's working copy of a run folder: ``<data dir>/runs/<run_id>`` (checked)."""
    root = get_settings().data_dir.resolve()
    return ensure_within(root / RUNS_DIR / safe_name(run_id, "run id"), root)


class RunStore:
    """The folder of one run under the data URI and its local working copy.

    ``names`` given to ``fetch``/``publish`` are paths relative to the run folder (a file or a
    folder); each is checked to stay inside it.
    """

    def __init__(self, run_id: str, base_uri: str | None = None) -> None:
        self.run_id = safe_name(run_id, "run id")
        self.base_uri = (base_uri or data_uri()).rstrip("/")
        self.local = local_run_dir(self.run_id)

    @property
    def uri(self) -> str:
        """The run folder under the data URI, e.g. ``s3://bucket/newsflow/runs/<run_id>``."""
        return f"{self.base_uri}/{RUNS_DIR}/{self.run_id}"

    @cached_property
    def _fs_root(self) -> tuple[AbstractFileSystem, str]:
        from fsspec.core import url_to_fs

        fs, root = url_to_fs(self.uri)
        return fs, root.rstrip("/")

    @cached_property
    def is_local(self) -> bool:
        """Whether the data URI's run folder is the local working copy (nothing to move)."""
        fs, root = self._fs_root
        protocols = (fs.protocol,) if isinstance(fs.protocol, str) else tuple(fs.protocol)
        return "file" in protocols and Path(root).resolve() == self.local

    def uri_of(self, name: str) -> str:
        """The data-URI address of ``name`` in this run folder."""
        return f"{self.uri}/{self._relative(name)}"

    def _relative(self, name: str) -> str:
        clean = posixpath.normpath(name)
        if clean.startswith(("/", "..")) or clean == "." or "\\" in name or "\x00" in name:
            raise UnsafePathError(f"{name!r} is not a path inside run {self.run_id}")
        return clean

    def _remote(self, name: str) -> str:
        fs, root = self._fs_root
        return f"{root}/{self._relative(name)}"

    def fetch(self, *names: str) -> None:
        """Replace the local copy of each ``name`` the data URI holds with the stored one.

        A name the data URI lacks is left as the local copy has it (a batch written locally,
        e.g. by ``newsflow import-dump``, is used as it is). No-op when ``is_local``.
        """
        if self.is_local:
            return
        fs, _ = self._fs_root
        for name in names:
            remote = self._remote(name)
            if not fs.exists(remote):
                continue
            target = ensure_within(self.local / self._relative(name), self.local)
            if fs.isdir(remote):
                files = [f for f in fs.find(remote) if not fs.isdir(f)]
                for path in files:
                    rel = posixpath.relpath(path, remote)
                    dest = ensure_within(target / rel, self.local)
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    fs.get_file(path, str(dest))
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                fs.get_file(remote, str(target))
            log.debug("run %s: fetched %s", self.run_id, name)

    def publish(self, *names: str) -> None:
        """Store the local copy of each ``name`` under the data URI, replacing what was there.

        A folder replaces the stored folder as a whole (no stale file of an earlier attempt
        survives); a name missing locally is skipped. No-op when ``is_local``.
        """
        if self.is_local:
            return
        fs, _ = self._fs_root
        for name in names:
            source = ensure_within(self.local / self._relative(name), self.local)
            if not source.exists():
                continue
            remote = self._remote(name)
            if source.is_dir():
                if fs.exists(remote):
                    fs.rm(remote, recursive=True)
                for path in sorted(p for p in source.rglob("*") if p.is_file()):
                    dest = f"{remote}/{path.relative_to(source).as_posix()}"
                    fs.makedirs(posixpath.dirname(dest), exist_ok=True)
                    fs.put_file(str(path), dest)
            else:
                fs.makedirs(posixpath.dirname(remote), exist_ok=True)
                fs.put_file(str(source), remote)
            log.debug("run %s: published %s", self.run_id, name)

    def read_text(self, name: str) -> str | None:
        """Text of ``name``: the local copy when present, else the stored one, else None."""
        local = ensure_within(self.local / self._relative(name), self.local)
        if local.is_file():
            return local.read_text(encoding="utf-8")
        if self.is_local:
            return None
        fs, _ = self._fs_root
        remote = self._remote(name)
        if not fs.exists(remote):
            return None
        with fs.open(remote, "rb") as stored:
            return bytes(stored.read()).decode("utf-8")
