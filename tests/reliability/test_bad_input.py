"""Bad input scenarios: crafted listing pages and dumps through the real entry points.

Page-level input comes through a real crawl: each crafted outlet (its own source code) is a
``demosite://`` profile served by one shared ``CraftedSite`` on loopback, run by
``etl.backfill.run_observed`` (crawl subprocess -> clean -> dedup -> quality -> load into
PostgreSQL -> HTML run report), as ``newsflow run`` does. Record-level input comes through
``newsflow import-dump``. One database serves the module; each scenario asserts on its own
source's rows, and a refused run on the warehouse checksum around it.

Every ordinary listing carries the ten good items of ``GOOD_ITEMS`` and at most one bad item,
so what happens to the bad item is the only thing that differs from a clean run.
"""

from __future__ import annotations

import contextlib
import io
import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from badinput_support import (
    DAY,
    GOOD_ITEMS,
    IMG_ESCAPED,
    IMG_INJECTION,
    SCRIPT_ESCAPED,
    SCRIPT_INJECTION,
    SQL_INJECTION,
    Answer,
    CraftedSite,
    Item,
    Outcome,
    articles_of,
    canonical_base,
    good_items,
    good_urls,
    html_answer,
    listing_html,
    pipeline_env,
    quarantine_of,
    run_crafted,
    warehouse_checksums,
    write_profile,
)
from markupsafe import escape
from reliability_kit import scenario
from testkit import private_database

from etl.cli import main as newsflow
from etl.warehouse.engine import make_engine, upgrade

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

KST = ZoneInfo("Asia/Seoul")
GOOD_TITLES = sorted(title for title, _ in GOOD_ITEMS)
BAD_TITLE = "문제의 기사 제목입니다"
BAD_LEAD = "이 기사는 문제를 일으키도록 만들어진 항목의 요약문입니다."
BAD_STAMP = f"{DAY.isoformat()} 15:00:00"
GARBAGE = random.Random(7).randbytes(64 * 1024)
MANY = 10_000


def bad_item(outlet: str, **fields: str) -> Item:
    """The one bad item of ``outlet``'s listing: an ordinary item but for ``fields``."""
    values = {"title": BAD_TITLE, "lead": BAD_LEAD, "stamp": BAD_STAMP}
    values["href"] = f"/{outlet}/news/bad"
    return Item(**(values | fields))


def with_bad(outlet: str, *bad: Item) -> Answer:
    return html_answer(listing_html(good_items(outlet) + list(bad)))


def many_items(outlet: str) -> list[Item]:
    return [
        Item(
            f"대량 기사 제목 {n:05d}번",
            f"대량 목록의 {n:05d}번째 기사 요약문으로 스무 자를 넘깁니다.",
            f"{DAY.isoformat()} {n // 600 + 1:02d}:{(n // 10) % 60:02d}:{n % 10:02d}",
            f"/{outlet}/news/{n}",
        )
        for n in range(MANY)
    ]


def _huge(outlet: str) -> Answer:
    # 50 MB: far beyond the crawl's DOWNLOAD_MAXSIZE (16 MB).
    page = listing_html(good_items(outlet))
    return html_answer(page.replace("</body>", "<!--" + "x" * (50 * 2**20) + "--></body>"))


def _invalid_utf8(outlet: str) -> Answer:
    item = bad_item(outlet, title="깨진@@바이트 제목입니다")
    page = listing_html(good_items(outlet) + [item]).encode()
    return Answer(page.replace(b"@@", b"\xff\xfe\xc3"), 200, {"Content-Type": "text/html"})


def _control(outlet: str) -> Answer:
    item = bad_item(
        outlet,
        title="제어\x07문자\x00제목 입니다",
        lead="널\x00바이트와 제어\x1b문자가 든 요약문입니다 여기",
        stamp=BAD_STAMP + "\x00",
    )
    body = listing_html(good_items(outlet) + [item]).encode()
    return Answer(body, 200, {"Content-Type": "text/html; charset=utf-8"})


# Crafted outlet code -> its first listing page (the walk's page 2 is an empty listing).
PAGES: dict[str, Callable[[str], Answer]] = {
    "bad-empty-page": lambda o: Answer(b"", 200, {"Content-Type": "text/html; charset=utf-8"}),
    "bad-no-list": lambda o: html_answer("<html><body><p>점검 중입니다</p></body></html>"),
    "bad-binary": lambda o: Answer(GARBAGE, 200, {"Content-Type": "application/octet-stream"}),
    "bad-binary-as-html": lambda o: Answer(GARBAGE, 200, {"Content-Type": "text/html"}),
    "bad-50mb-page": _huge,
    "bad-10k-items": lambda o: html_answer(listing_html(many_items(o))),
    "bad-invalid-utf8": _invalid_utf8,
    "bad-cp949": lambda o: html_answer(listing_html(good_items(o), charset="euc-kr"), "cp949"),
    "bad-lying-charset": lambda o: Answer(
        listing_html(good_items(o)).encode("cp949"),
        200,
        {"Content-Type": "text/html; charset=utf-8"},
    ),
    "bad-javascript-link": lambda o: with_bad(
        o, bad_item(o, href="javascript:alert(1)", title="자바스크립트 링크 " + SCRIPT_INJECTION)
    ),
    "bad-data-link": lambda o: with_bad(
        o, bad_item(o, href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")
    ),
    "bad-unparsable-link": lambda o: with_bad(o, bad_item(o, href="//[::1/news/9")),
    "bad-half-character": lambda o: html_answer(listing_html(good_items(o))),
    "bad-offdomain-link": lambda o: with_bad(
        o, bad_item(o, href="https://elsewhere.newsflow.test/news/9")
    ),
    "bad-impossible-time": lambda o: with_bad(o, bad_item(o, stamp="2025-02-30 25:61:00")),
    "bad-impossible-offset": lambda o: with_bad(o, bad_item(o, stamp="2025-04-08T09:00:00+99:99")),
    "bad-relative-overflow": lambda o: with_bad(o, bad_item(o, stamp="2419000일 전")),
    "bad-year-1900": lambda o: with_bad(o, bad_item(o, stamp="1900-01-01 09:00:00")),
    # Listings are newest first: a far-future item heads the page, or ends it on a broken one.
    "bad-year-2999": lambda o: html_answer(
        listing_html([bad_item(o, stamp="2999-12-31 23:59:59"), *good_items(o)])
    ),
    "bad-year-2999-last": lambda o: with_bad(o, bad_item(o, stamp="2999-12-31 23:59:59")),
    "bad-sql-injection": lambda o: with_bad(
        o,
        bad_item(
            o,
            title="제목 " + SQL_INJECTION,
            lead="요약 " + SQL_INJECTION + " 요약문이 이어집니다",
            section=SQL_INJECTION,
            href=f"/{o}/news/" + SQL_INJECTION,
        ),
    ),
    "bad-sql-in-time": lambda o: with_bad(o, bad_item(o, stamp=SQL_INJECTION)),
    "bad-html-injection": lambda o: with_bad(
        o,
        bad_item(
            o,
            title="제목 " + SCRIPT_INJECTION + IMG_INJECTION,
            lead="요약 " + IMG_INJECTION + " 그리고 " + SCRIPT_INJECTION + " 요약문",
            section=IMG_INJECTION,
        ),
    ),
    "bad-conflicting-duplicate": lambda o: with_bad(
        o,
        bad_item(o, title="같은 주소 첫 번째 제목"),
        bad_item(
            o, title="같은 주소 두 번째 제목", lead="두 번째 항목은 내용이 다른 요약문입니다."
        ),
    ),
    "bad-control-chars": _control,
    "bad-100k-title": lambda o: with_bad(o, bad_item(o, title="긴" * 100_000)),
}


# Outlets whose run must leave the warehouse as it was (checked by checksum).
REFUSED_PAGES = frozenset(
    {
        "bad-empty-page",
        "bad-no-list",
        "bad-binary",
        "bad-binary-as-html",
        "bad-50mb-page",
    }
)


@dataclass
class Dumped:
    """One ``newsflow import-dump``: exit code, output, and the warehouse around it."""

    code: int
    out: str
    err: str
    before: dict[str, str]
    after: dict[str, str]

    @property
    def error(self) -> str:
        """stderr as one line (the console wraps long lines)."""
        return " ".join(self.err.split())


@dataclass
class Lab:
    """The module's crafted site, warehouse and settings; runs each case once, on demand."""

    site: CraftedSite
    engine: sa.Engine
    folder: Path
    crawls: dict[str, tuple[Outcome, dict[str, str], dict[str, str]]] = field(default_factory=dict)

    def crawl(self, outlet: str) -> Outcome:
        if outlet not in self.crawls:
            # Checksums cost a pass over every article; only refused runs are judged by them.
            watch = outlet in REFUSED_PAGES
            before = warehouse_checksums(self.engine) if watch else {}
            outcome = run_crafted(outlet)
            after = warehouse_checksums(self.engine) if watch else {}
            self.crawls[outlet] = (outcome, before, after)
        return self.crawls[outlet][0]

    def unchanged(self, outlet: str) -> bool:
        """Whether the outlet's run left articles, sections and versions as they were."""
        assert outlet in REFUSED_PAGES, f"{outlet}: its run is not watched"
        self.crawl(outlet)
        _, before, after = self.crawls[outlet]
        return bool(before) and before == after

    def dump(
        self, code: str, data: bytes, *, day: str | None = DAY.isoformat(), watch: bool = False
    ) -> Dumped:
        """``newsflow import-dump`` of ``data`` as source ``code``; ``watch``: checksum the
        warehouse around it."""
        write_profile(self.folder / "sources", code, dump=True)
        path = self.folder / "dumps" / f"{code}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        args = ["import-dump", str(path), "--source", code] + (["--date", day] if day else [])
        before = warehouse_checksums(self.engine) if watch else {}
        exit_code, out, err = cli(args)
        after = warehouse_checksums(self.engine) if watch else {}
        return Dumped(exit_code, out, err, before, after)

    def articles(self, source: str) -> list[dict[str, Any]]:
        return articles_of(self.engine, source)

    def quarantine(self, source: str) -> list[dict[str, Any]]:
        return quarantine_of(self.engine, source)

    def titles(self, source: str) -> list[str]:
        return sorted(a["title"] for a in self.articles(source))

    def one_quarantined(self, outlet: str) -> dict[str, Any]:
        """Crawl ``outlet``, whose page lists the good items plus one bad one: the crawl must
        finish, exactly the good items load, and the bad item is the one quarantine row."""
        assert self.crawl(outlet).error is None
        assert self.titles(outlet) == GOOD_TITLES
        (row,) = self.quarantine(outlet)
        return row

    def one_untimed(self, outlet: str, stamp: str) -> None:
        """``one_quarantined``, the bad item stamped ``stamp``: no time could be read from it,
        and its raw string is kept as the page showed it."""
        row = self.one_quarantined(outlet)
        assert row["reasons"] == ["published_at_not_null"]
        assert row["record"]["published_raw"] == stamp


@pytest.fixture(scope="module")
def lab(pg_admin: sa.Engine, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    folder = tmp_path_factory.mktemp("bad-input")
    site = CraftedSite().start()
    for outlet, page in PAGES.items():
        site.routes[f"/{outlet}/list?page=1"] = page(outlet)
        write_profile(folder / "sources", outlet)
    try:
        with private_database(pg_admin) as url:
            engine = make_engine(url)
            upgrade(engine)  # so the first checksum has tables to read
            with pipeline_env(folder, url, dict.fromkeys(PAGES, site.url)):
                yield Lab(site, engine, folder)
            engine.dispose()
    finally:
        site.stop()


def cli(args: list[str]) -> tuple[int, str, str]:
    """``newsflow ARGS`` in this process: (exit code, stdout, stderr)."""
    out, err, code = io.StringIO(), io.StringIO(), 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            newsflow(args)
        except SystemExit as exit_:
            code = int(exit_.code or 0)
    return code, out.getvalue(), err.getvalue()


def report_text(outcome: Outcome) -> str:
    assert outcome.report, f"run {outcome.run_id} wrote no report"
    return Path(outcome.report).read_text(encoding="utf-8")


def good_plus(*titles: str) -> list[str]:
    return sorted([*GOOD_TITLES, *titles])


# -- page-level input, through a real crawl ----------------------------------------------


@scenario(
    "bad-empty-page",
    area="Bad input",
    outcome="refused",
    what="the listing page answers 200 with an empty body",
    asserts="QualityGateFailed batch_not_empty; run quality_failed; warehouse checksum unchanged",
)
def test_empty_page_is_refused(lab: Lab) -> None:
    outcome = lab.crawl("bad-empty-page")
    assert type(outcome.error).__name__ == "QualityGateFailed"
    assert outcome.error_line == (
        "quality gate failed for bad-empty-page 2025-04-08: batch_not_empty: fail: "
        "the batch has no items"
    )
    assert outcome.stats["stop_reason"] == "empty_page"
    assert lab.unchanged("bad-empty-page")
    assert lab.articles("bad-empty-page") == [] == lab.quarantine("bad-empty-page")


@scenario(
    "bad-no-list",
    area="Bad input",
    outcome="refused",
    what="the listing page is HTML without any list (a maintenance page)",
    asserts="selectors and automatic extraction find nothing; QualityGateFailed "
    "batch_not_empty; checksum unchanged",
)
def test_page_without_list_is_refused(lab: Lab) -> None:
    outcome = lab.crawl("bad-no-list")
    assert outcome.error_line.endswith("batch_not_empty: fail: the batch has no items")
    assert outcome.stats["items_seen"] == 0
    assert lab.unchanged("bad-no-list")
    assert lab.articles("bad-no-list") == []


@scenario(
    "bad-binary-page",
    area="Bad input",
    outcome="refused",
    what="the listing answers 64 KiB of random bytes as application/octet-stream",
    asserts="CrawlError listing_failed with failure not_text; no items file; checksum unchanged",
)
def test_binary_page_is_refused(lab: Lab) -> None:
    outcome = lab.crawl("bad-binary")
    assert type(outcome.error).__name__ == "CrawlError"
    assert outcome.error_line.startswith(
        "crawl of bad-binary 2025-04-08 did not finish cleanly (finish_reason=listing_failed, "
        "stop_reason=listing_failed)"
    )
    assert outcome.stats["failures"] == {"not_text": 1}
    assert lab.unchanged("bad-binary")


@scenario(
    "bad-binary-as-html",
    area="Bad input",
    outcome="refused",
    what="random bytes served as text/html",
    asserts="parsed as a page without items; QualityGateFailed batch_not_empty; checksum unchanged",
)
def test_binary_served_as_html_is_refused(lab: Lab) -> None:
    outcome = lab.crawl("bad-binary-as-html")
    assert outcome.error_line.endswith("batch_not_empty: fail: the batch has no items")
    assert lab.unchanged("bad-binary-as-html")


@scenario(
    "bad-50mb-page",
    area="Bad input",
    outcome="refused",
    what="a 50 MB listing page",
    asserts="download cancelled at DOWNLOAD_MAXSIZE: CrawlError listing_failed, failure "
    "oversize; checksum unchanged",
)
def test_50mb_page_is_refused(lab: Lab) -> None:
    outcome = lab.crawl("bad-50mb-page")
    assert "finish_reason=listing_failed" in outcome.error_line
    assert outcome.stats["failures"] == {"oversize": 1}
    assert lab.unchanged("bad-50mb-page")


@scenario(
    "bad-10k-items",
    area="Bad input",
    outcome="held",
    what="10,000 items on one listing page",
    asserts="all 10,000 articles loaded, none quarantined",
)
def test_10k_items_on_one_page_are_loaded(lab: Lab) -> None:
    outcome = lab.crawl("bad-10k-items")
    assert outcome.error is None
    assert outcome.stats["items_emitted"] == MANY
    rows = lab.articles("bad-10k-items")
    assert len(rows) == MANY
    assert {r["title"] for r in rows} == {i.title for i in many_items("bad-10k-items")}
    assert lab.quarantine("bad-10k-items") == []


@scenario(
    "bad-invalid-utf8",
    area="Bad input",
    outcome="held",
    what="a page declared UTF-8 with invalid byte sequences inside one title",
    asserts="the page decodes with U+FFFD for the bad bytes; all 11 articles load, that title "
    "as '깨진\\ufffd\\ufffd\\ufffd바이트 제목입니다'",
)
def test_invalid_utf8_bytes_become_replacement_characters(lab: Lab) -> None:
    outcome = lab.crawl("bad-invalid-utf8")
    assert outcome.error is None
    assert lab.titles("bad-invalid-utf8") == good_plus("깨진\ufffd\ufffd\ufffd바이트 제목입니다")


@scenario(
    "bad-cp949-page",
    area="Bad input",
    outcome="held",
    what="a page in CP949, declared EUC-KR",
    asserts="every Korean title and lead loads exactly as written",
)
def test_cp949_page_loads_exactly(lab: Lab) -> None:
    assert lab.crawl("bad-cp949").error is None
    rows = lab.articles("bad-cp949")
    assert sorted((r["title"], r["summary"]) for r in rows) == sorted(GOOD_ITEMS)


@scenario(
    "bad-lying-charset",
    area="Bad input",
    outcome="held",
    what="a CP949 page whose header and meta both claim UTF-8",
    asserts="the real charset is detected; every title and lead loads exactly as written",
)
def test_lying_charset_is_detected(lab: Lab) -> None:
    assert lab.crawl("bad-lying-charset").error is None
    rows = lab.articles("bad-lying-charset")
    assert sorted((r["title"], r["summary"]) for r in rows) == sorted(GOOD_ITEMS)


@scenario(
    "bad-javascript-link",
    area="Bad input",
    outcome="quarantined",
    what="an item linking javascript:alert(1), its title carrying <script>alert(1)</script>",
    asserts="quarantined as url_rejected with the raw title stored byte for byte; the run "
    "report shows it escaped and holds no raw <script>; the ten good items load",
)
def test_javascript_link_is_quarantined_and_escaped(lab: Lab) -> None:
    outcome = lab.crawl("bad-javascript-link")
    assert outcome.error is None
    assert lab.titles("bad-javascript-link") == GOOD_TITLES
    (row,) = lab.quarantine("bad-javascript-link")
    assert row["url"] == "javascript:alert(1)"
    assert row["reasons"] == ["url_rejected: not an http(s) article URL: 'javascript:alert(1)'"]
    assert row["record"]["title"] == "자바스크립트 링크 " + SCRIPT_INJECTION
    page = report_text(outcome)
    assert SCRIPT_INJECTION not in page
    assert "자바스크립트 링크 " + SCRIPT_ESCAPED in page
    assert 'href="javascript:' not in page


@scenario(
    "bad-data-link",
    area="Bad input",
    outcome="quarantined",
    what="an item linking a data: URL",
    asserts="quarantined as url_rejected naming the URL; the ten good items load",
)
def test_data_link_is_quarantined(lab: Lab) -> None:
    row = lab.one_quarantined("bad-data-link")
    url = "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="
    assert (row["url"], row["reasons"]) == (
        url,
        [f"url_rejected: not an http(s) article URL: '{url}'"],
    )


@scenario(
    "bad-unparsable-link",
    area="Bad input",
    outcome="quarantined",
    what="an item linking //[::1/news/9 (an authority no URL parser accepts)",
    asserts="quarantined as url_rejected; the ten good items load",
)
def test_unparsable_link_is_quarantined(lab: Lab) -> None:
    row = lab.one_quarantined("bad-unparsable-link")
    assert row["reasons"] == ["url_rejected: unparsable URL: '//[::1/news/9'"]


@scenario(
    "bad-half-character",
    area="Bad input",
    outcome="held",
    what='an article page whose JSON-LD escapes half a character (articleBody "\\ud800")',
    asserts="the crawl writes its batch; the ten good items load, that article's body with "
    "U+FFFD where the half character stood; nothing quarantined",
)
def test_half_character_in_article_json_ld_is_stored_as_replacement(lab: Lab) -> None:
    outlet = "bad-half-character"
    write_profile(lab.folder / "sources", outlet, follow=True)
    for n in range(1, len(GOOD_TITLES) + 1):
        body = f"본문 {n}번 \\ud800 입니다." if n == 1 else f"본문 {n}번 입니다."
        lab.site.routes[f"/{outlet}/news/{n}"] = html_answer(
            '<html><head><script type="application/ld+json">'
            f'{{"@type": "NewsArticle", "articleBody": "{body}"}}</script></head>'
            "<body></body></html>"
        )
    assert lab.crawl(outlet).error is None
    assert lab.titles(outlet) == GOOD_TITLES
    with lab.engine.connect() as conn:
        bodies = conn.execute(
            sa.text("select body from news.articles where source_code = :s order by url"),
            {"s": outlet},
        ).scalars()
        assert "본문 1번 \ufffd 입니다." in set(bodies)
    assert lab.quarantine(outlet) == []


@scenario(
    "bad-offdomain-link",
    area="Bad input",
    outcome="quarantined",
    what="an item linking an article on another outlet's domain",
    asserts="quarantined as url_on_source_domains; the ten good items load",
)
def test_offdomain_link_is_quarantined(lab: Lab) -> None:
    row = lab.one_quarantined("bad-offdomain-link")
    assert (row["url"], row["reasons"]) == (
        "https://elsewhere.newsflow.test/news/9",
        ["url_on_source_domains"],
    )


@scenario(
    "bad-impossible-time",
    area="Bad input",
    outcome="quarantined",
    what="an item stamped 2025-02-30 25:61:00",
    asserts="quarantined as published_at_not_null with published_raw kept; the ten good items load",
)
def test_impossible_timestamp_is_quarantined(lab: Lab) -> None:
    lab.one_untimed("bad-impossible-time", "2025-02-30 25:61:00")


@scenario(
    "bad-impossible-offset",
    area="Bad input",
    outcome="quarantined",
    what="an item stamped 2025-04-08T09:00:00+99:99 (an offset no zone has)",
    asserts="quarantined as published_at_not_null with published_raw kept; the ten good items load",
)
def test_impossible_offset_is_quarantined(lab: Lab) -> None:
    lab.one_untimed("bad-impossible-offset", "2025-04-08T09:00:00+99:99")


@scenario(
    "bad-relative-overflow",
    area="Bad input",
    outcome="quarantined",
    what="an item stamped 2419000일 전 (before year 1: no datetime holds it)",
    asserts="quarantined as published_at_not_null with published_raw kept; the ten good items load",
)
def test_relative_time_beyond_the_calendar_is_quarantined(lab: Lab) -> None:
    lab.one_untimed("bad-relative-overflow", "2419000일 전")


@scenario(
    "bad-year-1900-listing",
    area="Bad input",
    outcome="held",
    what="a listing item dated 1900-01-01 in a crawl of 2025-04-08",
    asserts="counted as older than the window (items_older 1), not emitted into this "
    "window's batch; the ten good items load",
)
def test_listing_item_from_1900_is_outside_the_window(lab: Lab) -> None:
    outcome = lab.crawl("bad-year-1900")
    assert outcome.error is None
    assert (outcome.stats["items_older"], outcome.stats["items_emitted"]) == (1, 10)
    assert lab.titles("bad-year-1900") == GOOD_TITLES
    assert lab.quarantine("bad-year-1900") == []


@scenario(
    "bad-year-2999-listing",
    area="Bad input",
    outcome="quarantined",
    what="a listing item dated 2999-12-31 at the top of a page of in-window items",
    asserts="a time after the fetch cannot place the page: walked as unreadable "
    "(items_future_time 1), emitted with the page, quarantined as published_at_not_in_future "
    "(and outside the window); the ten good items load",
)
def test_listing_item_from_2999_is_quarantined(lab: Lab) -> None:
    outcome = lab.crawl("bad-year-2999")
    assert outcome.error is None
    assert (outcome.stats["items_future_time"], outcome.stats["items_emitted"]) == (1, 11)
    assert lab.titles("bad-year-2999") == GOOD_TITLES
    (row,) = lab.quarantine("bad-year-2999")
    assert row["reasons"] == ["published_at_inside_window", "published_at_not_in_future"]
    assert row["record"]["published_raw"] == "2999-12-31 23:59:59"


@scenario(
    "bad-year-2999-last-on-page",
    area="Bad input",
    outcome="quarantined",
    what="a listing item dated 2999-12-31 at the bottom of the page, below ten in-window items",
    asserts="the page is still placed by its readable times: the ten good items load and the "
    "2999 item is quarantined as published_at_not_in_future (and outside the window)",
)
def test_listing_item_from_2999_at_the_bottom_does_not_hide_the_page(lab: Lab) -> None:
    outcome = lab.crawl("bad-year-2999-last")
    assert outcome.error is None
    assert (outcome.stats["items_future_time"], outcome.stats["items_emitted"]) == (1, 11)
    assert lab.titles("bad-year-2999-last") == GOOD_TITLES
    (row,) = lab.quarantine("bad-year-2999-last")
    assert row["reasons"] == ["published_at_inside_window", "published_at_not_in_future"]


@scenario(
    "bad-sql-injection-listing",
    area="Bad input",
    outcome="held",
    what="SQL injection \"'); DROP TABLE articles; --\" in an item's title, lead, link and "
    "section label",
    asserts="stored literally (title and lead byte for byte, the link percent-encoded, the "
    "label unknown -> unclassified); articles still exists; report shows the title escaped",
)
def test_sql_injection_in_listing_fields_is_stored_literally(lab: Lab) -> None:
    outcome = lab.crawl("bad-sql-injection")
    assert outcome.error is None
    rows = {r["title"]: r for r in lab.articles("bad-sql-injection")}
    assert sorted(rows) == good_plus("제목 " + SQL_INJECTION)
    row = rows["제목 " + SQL_INJECTION]
    assert row["summary"] == "요약 " + SQL_INJECTION + " 요약문이 이어집니다"
    base = canonical_base("bad-sql-injection")
    assert row["url"] == f"{base}/bad-sql-injection/news/');%20DROP%20TABLE%20articles;%20--"
    with lab.engine.connect() as conn:
        codes = conn.execute(
            sa.text(
                "select s.section_code from news.article_sections s join news.articles a "
                "using (article_id) where a.title = :t"
            ),
            {"t": "제목 " + SQL_INJECTION},
        ).scalars()
        assert list(codes) == ["unclassified"]
    page = report_text(outcome)
    assert str(escape("제목 " + SQL_INJECTION)) in page
    assert "제목 " + SQL_INJECTION not in page


@scenario(
    "bad-sql-in-time-field",
    area="Bad input",
    outcome="quarantined",
    what="SQL injection as an item's timestamp",
    asserts="quarantined as published_at_not_null with the string kept literally in "
    "published_raw; the ten good items load",
)
def test_sql_injection_in_time_field_is_quarantined(lab: Lab) -> None:
    lab.one_untimed("bad-sql-in-time", SQL_INJECTION)


@scenario(
    "bad-html-injection-listing",
    area="Bad input",
    outcome="quarantined",
    what="<script>alert(1)</script> and <img/src=x onerror=alert(1)> in an item's title, lead "
    "and section label",
    asserts="clean removes the <script> element as markup; the <img/...> survives literally and "
    "the item is quarantined as title_without_markup; the report shows it escaped, never raw",
)
def test_html_injection_in_listing_fields_is_quarantined_and_escaped(lab: Lab) -> None:
    outcome = lab.crawl("bad-html-injection")
    assert outcome.error is None
    assert lab.titles("bad-html-injection") == GOOD_TITLES
    (row,) = lab.quarantine("bad-html-injection")
    assert row["reasons"] == ["title_without_markup"]
    assert row["record"]["title"] == "제목 " + IMG_INJECTION
    assert row["record"]["summary"] == "요약 " + IMG_INJECTION + " 그리고 요약문"
    assert row["record"]["section_labels"] == [IMG_INJECTION]
    page = report_text(outcome)
    assert IMG_INJECTION not in page
    assert "<script>alert" not in page
    assert "제목 " + IMG_ESCAPED in page


@scenario(
    "bad-conflicting-duplicate-listing",
    area="Bad input",
    outcome="held",
    what="one article URL listed twice on a page with different titles and leads",
    asserts="the crawl emits it once, the first listing wins (items_duplicate 1); one article "
    "row, no version, nothing quarantined",
)
def test_conflicting_duplicate_on_a_page_is_emitted_once(lab: Lab) -> None:
    outcome = lab.crawl("bad-conflicting-duplicate")
    assert outcome.error is None
    assert outcome.stats["items_duplicate"] == 1
    assert lab.titles("bad-conflicting-duplicate") == good_plus("같은 주소 첫 번째 제목")
    assert lab.quarantine("bad-conflicting-duplicate") == []


@scenario(
    "bad-control-chars-listing",
    area="Bad input",
    outcome="held",
    what="NUL bytes and control characters (BEL, ESC) in an item's title, lead and timestamp",
    asserts="NUL dropped, other controls become spaces: title '제어 문자제목 입니다'; the "
    "timestamp still reads; all 11 articles load",
)
def test_control_characters_in_listing_are_cleaned(lab: Lab) -> None:
    assert lab.crawl("bad-control-chars").error is None
    rows = {r["title"]: r for r in lab.articles("bad-control-chars")}
    assert sorted(rows) == good_plus("제어 문자제목 입니다")
    row = rows["제어 문자제목 입니다"]
    assert row["summary"] == "널바이트와 제어 문자가 든 요약문입니다 여기"
    assert row["published_raw"] == BAD_STAMP
    assert row["published_at"] == datetime(2025, 4, 8, 15, tzinfo=KST)


@scenario(
    "bad-100k-title-listing",
    area="Bad input",
    outcome="quarantined",
    what="a listing item whose title is 100,000 characters long",
    asserts="quarantined as title_length_between_5_and_300 with the whole title kept; the "
    "ten good items load",
)
def test_100k_title_in_listing_is_quarantined(lab: Lab) -> None:
    row = lab.one_quarantined("bad-100k-title")
    assert row["reasons"] == ["title_length_between_5_and_300"]
    assert row["record"]["title"] == "긴" * 100_000


@scenario(
    "bad-page-probe",
    area="Bad input",
    outcome="held",
    what="`newsflow probe FILE --json` (automatic extraction) over every crafted page above",
    asserts="exit 0 and a JSON array for each; the 10k page gives 10,000 items, the 50 MB one "
    "its ten, binary garbage none",
)
def test_probe_reads_every_crafted_page_without_crashing(lab: Lab) -> None:
    counts = {}
    for outlet in PAGES:
        path = lab.folder / "pages" / f"{outlet}.html"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(lab.site.routes[f"/{outlet}/list?page=1"].body)
        code, out, err = cli(
            ["probe", str(path), "--json", "--url", f"{lab.site.url}/{outlet}/list"]
        )
        assert (code, err) == (0, ""), outlet
        counts[outlet] = len(json.loads(out))
    assert counts["bad-10k-items"] == MANY
    assert counts["bad-50mb-page"] == len(GOOD_ITEMS)
    assert counts["bad-cp949"] == counts["bad-lying-charset"] == len(GOOD_ITEMS)
    assert counts["bad-binary"] == counts["bad-empty-page"] == 0


# -- record-level input, through newsflow import-dump ------------------------------------


def dump_text(*bad: tuple[str, str, str]) -> str:
    """A 최신기사 dump of the ten good items, then ``bad`` (title, lead, timestamp) items."""
    stamps = [f"{DAY.isoformat()} {9 + n:02d}:00:00" for n in range(1, len(GOOD_ITEMS) + 1)]
    items = [(t, lead, stamp) for (t, lead), stamp in zip(GOOD_ITEMS, stamps, strict=True)]
    return "최신기사\n" + "".join(f"-\n-\n{t}\n{lead}\n{s}\n" for t, lead, s in [*items, *bad])


def bad_dump_item(**fields: str) -> tuple[str, str, str]:
    values = {"title": BAD_TITLE, "lead": BAD_LEAD, "stamp": BAD_STAMP} | fields
    return values["title"], values["lead"], values["stamp"]


@scenario(
    "dump-100k-title",
    area="Bad input",
    outcome="quarantined",
    what="a dump item whose title is 100,000 characters long",
    asserts="exit 0; quarantined as title_length_between_5_and_300, whole title kept; the ten "
    "good items load",
)
def test_dump_100k_title_is_quarantined(lab: Lab) -> None:
    result = lab.dump("dump-100k-title", dump_text(bad_dump_item(title="긴" * 100_000)).encode())
    assert result.code == 0
    assert lab.titles("dump-100k-title") == GOOD_TITLES
    (row,) = lab.quarantine("dump-100k-title")
    assert row["reasons"] == ["title_length_between_5_and_300"]
    assert row["record"]["title"] == "긴" * 100_000


@scenario(
    "dump-nul-bytes",
    area="Bad input",
    outcome="held",
    what="NUL bytes inside a dump item's title and lead",
    asserts="exit 0; NUL becomes a space ('널 바이트 제목입니다'); all 11 articles load",
)
def test_dump_nul_bytes_are_cleaned(lab: Lab) -> None:
    item = bad_dump_item(title="널\x00바이트\x00제목입니다", lead="널\x00바이트가 든 요약문입니다.")
    result = lab.dump("dump-nul-bytes", dump_text(item).encode())
    assert result.code == 0
    rows = {r["title"]: r for r in lab.articles("dump-nul-bytes")}
    assert sorted(rows) == good_plus("널 바이트 제목입니다")
    assert rows["널 바이트 제목입니다"]["summary"] == "널 바이트가 든 요약문입니다."


@scenario(
    "dump-control-chars",
    area="Bad input",
    outcome="held",
    what="control characters (BEL, ESC, DEL, BS, FF) in a dump item's title and lead",
    asserts="exit 0; each becomes a space, runs collapsed; all 11 articles load",
)
def test_dump_control_characters_are_cleaned(lab: Lab) -> None:
    item = bad_dump_item(title="제어\x07문자\x1b제목\x7f입니다", lead="제어\x08문자가\x0c든 요약문")
    result = lab.dump("dump-control-chars", dump_text(item).encode())
    assert result.code == 0
    rows = {r["title"]: r for r in lab.articles("dump-control-chars")}
    assert sorted(rows) == good_plus("제어 문자 제목 입니다")
    assert rows["제어 문자 제목 입니다"]["summary"] == "제어 문자가 든 요약문"


@scenario(
    "dump-year-1900",
    area="Bad input",
    outcome="quarantined",
    what="a dump of 2025-04-08 (--date) with one item dated 1900-01-01",
    asserts="exit 0; quarantined as published_at_inside_window; the ten good items load",
)
def test_dump_item_from_1900_is_quarantined(lab: Lab) -> None:
    data = dump_text(bad_dump_item(stamp="1900-01-01 09:00:00")).encode()
    result = lab.dump("dump-year-1900", data)
    assert result.code == 0
    assert lab.titles("dump-year-1900") == GOOD_TITLES
    (row,) = lab.quarantine("dump-year-1900")
    assert row["reasons"] == ["published_at_inside_window"]
    assert row["record"]["published_raw"] == "1900-01-01 09:00:00"


@scenario(
    "dump-year-1900-no-date",
    area="Bad input",
    outcome="quarantined",
    what="the same dump without --date: its window is taken from its timestamps",
    asserts="the window is 2025-04-08 alone (the 1900 stamp lies far from the others' median); "
    "exit 0; the 1900 item quarantined as published_at_inside_window; the ten good items load",
)
def test_dump_item_from_1900_without_day_is_quarantined(lab: Lab) -> None:
    data = dump_text(bad_dump_item(stamp="1900-01-01 09:00:00")).encode()
    result = lab.dump("dump-year-1900-no-date", data, day=None)
    assert result.code == 0
    assert "-> dump-year-1900-no-date 2025-04-08: 10 inserted" in result.out
    assert lab.titles("dump-year-1900-no-date") == GOOD_TITLES
    (row,) = lab.quarantine("dump-year-1900-no-date")
    assert row["reasons"] == ["published_at_inside_window"]
    assert row["record"]["published_raw"] == "1900-01-01 09:00:00"


@scenario(
    "dump-year-2999",
    area="Bad input",
    outcome="quarantined",
    what="a dump item dated 2999-12-31 23:59:59",
    asserts="exit 0; quarantined as published_at_inside_window and published_at_not_in_future; "
    "the ten good items load",
)
def test_dump_item_from_2999_is_quarantined(lab: Lab) -> None:
    data = dump_text(bad_dump_item(stamp="2999-12-31 23:59:59")).encode()
    result = lab.dump("dump-year-2999", data)
    assert result.code == 0
    assert lab.titles("dump-year-2999") == GOOD_TITLES
    (row,) = lab.quarantine("dump-year-2999")
    assert row["reasons"] == ["published_at_inside_window", "published_at_not_in_future"]


@scenario(
    "dump-impossible-time",
    area="Bad input",
    outcome="quarantined",
    what="a dump item stamped 2025-02-30 25:61:00",
    asserts="exit 0; quarantined as published_at_not_null with published_raw kept; the ten "
    "good items load",
)
def test_dump_impossible_timestamp_is_quarantined(lab: Lab) -> None:
    data = dump_text(bad_dump_item(stamp="2025-02-30 25:61:00")).encode()
    result = lab.dump("dump-impossible-time", data)
    assert result.code == 0
    assert lab.titles("dump-impossible-time") == GOOD_TITLES
    (row,) = lab.quarantine("dump-impossible-time")
    assert row["reasons"] == ["published_at_not_null"]
    assert row["record"]["published_raw"] == "2025-02-30 25:61:00"


@scenario(
    "dump-conflicting-duplicate",
    area="Bad input",
    outcome="held",
    what="two dump items with the same title and timestamp (one article key) and different leads",
    asserts="exit 0; one article row for the key, carrying the later item's lead; nothing "
    "quarantined",
)
def test_dump_conflicting_duplicate_is_one_article(lab: Lab) -> None:
    first = bad_dump_item(lead="첫 번째 항목의 요약문은 이렇게 길게 이어집니다.")
    second = bad_dump_item(lead="두 번째 항목은 내용이 다른 요약문을 가지고 있습니다.")
    result = lab.dump("dump-conflicting-duplicate", dump_text(first, second).encode())
    assert result.code == 0
    rows = {r["title"]: r for r in lab.articles("dump-conflicting-duplicate")}
    assert sorted(rows) == good_plus(BAD_TITLE)
    assert rows[BAD_TITLE]["summary"] == second[1]
    assert lab.quarantine("dump-conflicting-duplicate") == []


@scenario(
    "dump-sql-injection",
    area="Bad input",
    outcome="held",
    what="SQL injection in a dump item's title and lead",
    asserts="exit 0; both stored byte for byte; the articles table still holds all 11",
)
def test_dump_sql_injection_is_stored_literally(lab: Lab) -> None:
    # Enough Hangul around the injection that the language check sees a Korean item.
    title = "데모 기사 제목에 들어간 문자열 " + SQL_INJECTION
    lead = "요약문 안에 들어간 주입 문자열입니다 " + SQL_INJECTION
    result = lab.dump(
        "dump-sql-injection", dump_text(bad_dump_item(title=title, lead=lead)).encode()
    )
    assert result.code == 0
    rows = {r["title"]: r for r in lab.articles("dump-sql-injection")}
    assert sorted(rows) == good_plus(title)
    assert rows[title]["summary"] == lead


@scenario(
    "dump-sql-in-timestamp-line",
    area="Bad input",
    outcome="refused",
    what="SQL injection where a dump item's timestamp line belongs",
    asserts="that item is refused with a line error ('... has no timestamp line after it'), "
    "printed as FILE:LINE; the ten good items load",
)
def test_dump_sql_injection_as_timestamp_is_a_line_error(lab: Lab) -> None:
    result = lab.dump("dump-sql-in-time", dump_text(bad_dump_item(stamp=SQL_INJECTION)).encode())
    assert result.code == 0
    assert lab.titles("dump-sql-in-time") == GOOD_TITLES
    assert result.err == (
        f"dump-sql-in-time.txt:54: {BAD_TITLE!r} has no timestamp line after it (item skipped)\n"
    )


@scenario(
    "dump-html-injection",
    area="Bad input",
    outcome="quarantined",
    what="<script> and <img/src=x onerror=...> in a dump item's title and lead",
    asserts="<script> element removed by clean; quarantined as title_without_markup with the "
    "<img/...> kept literally; the run report shows it escaped, never raw",
)
def test_dump_html_injection_is_quarantined_and_escaped(lab: Lab) -> None:
    from etl.report.write import write_run_report

    item = bad_dump_item(
        title="제목 " + SCRIPT_INJECTION + IMG_INJECTION,
        lead="요약 " + IMG_INJECTION + " 그리고 " + SCRIPT_INJECTION + " 요약문",
    )
    result = lab.dump("dump-html-injection", dump_text(item).encode())
    assert result.code == 0
    assert lab.titles("dump-html-injection") == GOOD_TITLES
    (row,) = lab.quarantine("dump-html-injection")
    assert row["reasons"] == ["title_without_markup"]
    assert row["record"]["title"] == "제목 " + IMG_INJECTION
    run_id = result.out.rsplit("(run ", 1)[1].split(")")[0]
    page = write_run_report(lab.engine, run_id).read_text(encoding="utf-8")
    assert IMG_INJECTION not in page and "<script>alert" not in page
    assert "제목 " + IMG_ESCAPED in page


@scenario(
    "dump-invalid-utf8",
    area="Bad input",
    outcome="refused",
    what="a dump with invalid UTF-8 bytes on line 53",
    asserts="exit 1, 'error: FILE: line 53: not UTF-8 text' + hint; no run; checksum unchanged",
)
def test_dump_with_invalid_utf8_is_refused(lab: Lab) -> None:
    data = dump_text().encode() + b"-\n\xff\xfe\xc3\n" + BAD_STAMP.encode() + b"\n"
    result = lab.dump("dump-invalid-utf8", data, watch=True)
    assert result.code == 1
    path = lab.folder / "dumps" / "dump-invalid-utf8.txt"
    assert result.error == (
        f"error: {path}: line 53: not UTF-8 text hint: re-save the dump as UTF-8"
    )
    assert result.before and result.before == result.after
    assert _runs_of(lab, "dump-invalid-utf8") == 0


@scenario(
    "dump-cp949",
    area="Bad input",
    outcome="refused",
    what="a dump saved as CP949",
    asserts="exit 1, 'line 1: not UTF-8 text' + hint; no run; checksum unchanged",
)
def test_dump_in_cp949_is_refused(lab: Lab) -> None:
    result = lab.dump("dump-cp949", dump_text().encode("cp949"), watch=True)
    assert result.code == 1
    assert result.error.endswith(
        "dump-cp949.txt: line 1: not UTF-8 text hint: re-save the dump as UTF-8"
    )
    assert result.before and result.before == result.after
    assert _runs_of(lab, "dump-cp949") == 0


@scenario(
    "dump-empty",
    area="Bad input",
    outcome="refused",
    what="an empty dump file",
    asserts="exit 1, 'no item with a title and a readable timestamp' + layout hint; no run",
)
def test_empty_dump_is_refused(lab: Lab) -> None:
    result = lab.dump("dump-empty", b"", watch=True)
    assert result.code == 1
    assert result.error.startswith(
        "error: dump-empty.txt: no item with a title and a readable timestamp hint: a dump lists"
    )
    assert result.before and result.before == result.after
    assert _runs_of(lab, "dump-empty") == 0


@scenario(
    "dump-binary",
    area="Bad input",
    outcome="refused",
    what="16 KiB of binary garbage given as a dump",
    asserts="exit 1, 'line 2: not UTF-8 text'; no run; checksum unchanged",
)
def test_binary_dump_is_refused(lab: Lab) -> None:
    result = lab.dump("dump-binary", bytes(range(256)) * 64, watch=True)
    assert result.code == 1
    assert "dump-binary.txt: line 2: not UTF-8 text" in result.error
    assert result.before and result.before == result.after
    assert _runs_of(lab, "dump-binary") == 0


def _runs_of(lab: Lab, source: str) -> int:
    with lab.engine.connect() as conn:
        return int(
            conn.scalar(
                sa.text("select count(*) from news.runs where source_code = :s"), {"s": source}
            )
            or 0
        )


def test_crafted_outlets_have_good_urls(lab: Lab) -> None:
    """The helper's canonical URLs are what a crawl stores (the other tests lean on them)."""
    assert lab.crawl("bad-offdomain-link").error is None
    stored = sorted(r["url"] for r in lab.articles("bad-offdomain-link"))
    assert stored == sorted(good_urls("bad-offdomain-link"))
