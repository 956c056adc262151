"""Resuming a crawl from its job folder: after a SIGKILL, and what the folder keeps."""

from __future__ import annotations

import signal
import subprocess
import time
from datetime import date, datetime
from io import BytesIO
from pathlib import Path

import pytest
from crawl_judge import Judgement, judge, oracle
from crawlkit import crawl_environment
from testkit import DEMO_NOW
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from demosite.faults import Fault, FaultKind, FaultPlan
from demosite.server import serve_background
from etl.crawl import crawl, crawl_command, crawl_env, job_dir, replay
from etl.errors import CrawlError
from etl.records import read_raw_items
from etl.sources import load_source
from etl.window import KST, Window
from spiders.jobdir import CrawlJob

DAY = date(2025, 4, 9)
# Article pages answer slowly, so the crawl is still fetching them when it is killed.
SLOW_ARTICLES = FaultPlan((Fault(FaultKind.SLOW, paths=("/news/articleView*",), seconds=0.5),))


def archived_responses(warc: Path) -> int:
    """Complete response records in ``warc`` so far (0 while it does not exist)."""
    count = 0
    try:
        with warc.open("rb") as stream:
            for record in ArchiveIterator(stream):
                count += record.rec_type == "response"
    except Exception:  # noqa: BLE001 - the record being written is not complete yet
        pass
    return count


def test_crawl_killed_mid_way_resumes_with_nothing_missing_and_nothing_twice(
    tmp_path: Path,
) -> None:
    site = serve_background(["demo-daily"], now=DEMO_NOW, faults=SLOW_ARTICLES)
    try:
        with crawl_environment(site.urls, tmp_path):
            profile, window, out = load_source("demo-daily"), Window.day(DAY), tmp_path / "out"
            job = job_dir(profile.code, window)
            command = crawl_command(
                profile, window, out / "items.jsonl", job=job,
                settings={"CONCURRENT_REQUESTS_PER_DOMAIN": "2"},
            )  # fmt: skip
            child = subprocess.Popen(
                command, env=crawl_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            try:
                while archived_responses(job / "responses.warc.gz") < 10:
                    assert child.poll() is None, "the crawl ended before it could be killed"
                    time.sleep(0.05)
            finally:
                child.send_signal(signal.SIGKILL)
                child.wait()
            assert (out / "items.jsonl").exists() is False
            result = crawl(profile, window, out_dir=out, timeout=120)
            again = replay(profile, window, out / "responses.warc.gz", tmp_path / "replayed")
    finally:
        site.stop()
    items = read_raw_items(result.items_path)
    stats = result.stats
    # robots.txt, four listing pages and one article page per item: each answered once.
    answers = 1 + stats["pages"] + len(items)
    assert judge(profile, items, oracle("demo-daily", DAY)) == Judgement()
    assert stats["replayed_responses"] >= 10
    assert stats["replayed_responses"] + stats["warc_records"] == answers
    assert archived_responses(out / "responses.warc.gz") == answers
    assert job.exists() is False
    assert again.items_path.read_bytes() == result.items_path.read_bytes()


def test_job_folder_is_named_by_source_and_window(settings_env: Path) -> None:
    jobs = settings_env / "data" / "jobs" / "demo-daily"
    half_day = Window(datetime(2025, 4, 9, 6, tzinfo=KST), datetime(2025, 4, 9, 18, tzinfo=KST))
    assert job_dir("demo-daily", Window.parse("2025-04-08", "2025-04-10")) == (
        jobs / "2025-04-08_2025-04-09"
    )
    assert job_dir("demo-daily", half_day) == jobs / "20250409T060000_20250409T180000"


def _response(writer: WARCWriter, url: str, status: int, body: bytes) -> object:
    headers = StatusAndHeaders(f"{status} X", [("Content-Length", str(len(body)))], "HTTP/1.1")
    return writer.create_warc_record(
        url, "response", payload=BytesIO(body), length=len(body), http_headers=headers
    )


def test_job_keeps_complete_answers_and_drops_errors_and_a_cut_record(tmp_path: Path) -> None:
    job = CrawlJob(tmp_path / "job")
    job.path.mkdir()
    with job.warc.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(_response(writer, "http://a.test/1", 200, b"one"))
        writer.write_record(_response(writer, "http://a.test/2", 503, b"busy"))
        writer.write_record(_response(writer, "http://a.test/3", 301, b""))
        cut = BytesIO()
        WARCWriter(cut, gzip=True).write_record(_response(writer, "http://a.test/4", 200, b"x"))
        out.write(cut.getvalue()[:40])  # the record being written when the crawl was killed
    kept = job.open()
    job.release()
    with job.warc.open("rb") as stream:
        urls = [r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(stream)]
    assert (kept, urls) == (2, ["http://a.test/1", "http://a.test/3"])


def test_a_job_folder_in_use_is_refused_to_a_second_crawl(tmp_path: Path) -> None:
    first, second = CrawlJob(tmp_path / "job"), CrawlJob(tmp_path / "job")
    first.open()
    try:
        with pytest.raises(CrawlError, match="another crawl is using"):
            second.open()
    finally:
        first.release()
