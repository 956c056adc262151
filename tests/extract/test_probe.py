"""``newsflow probe``: items of one page as a table, as JSON, or as a suggested profile."""

import json
import threading
import tomllib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import typer
from listing_pages import LISTING_URL, MAIN_ITEMS, article_url, portal_page
from typer.testing import CliRunner

from etl.errors import NewsflowError
from etl.probe import JSON_KEYS, ProbeError, listing_template, probe, read_page, source_code
from etl.sources import SourceProfile

app = typer.Typer()
app.command()(probe)


@app.command()
def _other() -> None:  # a second command keeps "probe" a subcommand, as on the real CLI
    """Unused."""


def run(*args: str):  # type: ignore[no-untyped-def]
    # A wide terminal, so that table cells are not folded in the middle of a title.
    return CliRunner().invoke(app, ["probe", *args], env={"COLUMNS": "400"})


@pytest.fixture()
def saved_page(tmp_path: Path) -> Path:
    """The crafted portal page saved in CP949 under a lying UTF-8 declaration."""
    path = tmp_path / "latest.html"
    path.write_bytes(portal_page().encode("cp949"))
    return path


def test_json_output_has_exactly_the_item_keys(saved_page):
    done = run(
        str(saved_page), "--url", LISTING_URL, "--fetched-at", "2025-04-08T15:00:00", "--json"
    )

    items = json.loads(done.stdout)
    assert done.exit_code == 0
    assert [tuple(item) for item in items] == [JSON_KEYS] * len(MAIN_ITEMS)
    assert items[0] == {
        "title": MAIN_ITEMS[0][1],
        "url": article_url(MAIN_ITEMS[0][0]),
        "summary": MAIN_ITEMS[0][2],
        "published_raw": "2025-04-08 14:20",
        "published_at": "2025-04-08T14:20:00+09:00",
        "section": None,
    }


def test_the_table_lists_every_item(saved_page):
    done = run(str(saved_page), "--url", LISTING_URL)

    assert done.exit_code == 0
    assert f"{len(MAIN_ITEMS)} items on {LISTING_URL}" in done.stdout
    assert all(title in done.stdout for _, title, _, _ in MAIN_ITEMS)
    assert "encoding cp949; blocks kept: b2 (5)" in done.stdout


def test_the_suggested_profile_is_a_valid_automatic_source(saved_page):
    done = run(str(saved_page), "--url", LISTING_URL, "--profile")

    data = tomllib.loads(done.stdout)
    profile = SourceProfile.model_validate(data)
    assert profile.listing.items is None
    assert (profile.code, profile.base_url, profile.timezone) == (
        "example",
        "https://daily.example.co.kr",
        "Asia/Seoul",
    )
    assert profile.listing.url == "{base}/news/articleList.html?sc_section_code=S1N1&page={page}"


@pytest.mark.parametrize(
    ("page_url", "template", "found"),
    [
        ("https://a.kr/list.html?page=3&sc=S1", "{base}/list.html?page={page}&sc=S1", True),
        ("https://a.kr/list.php?code=12&pageNo=2", "{base}/list.php?code=12&pageNo={page}", True),
        ("https://a.kr/politics/page/4/", "{base}/politics/page/{page}/", True),
        ("https://a.kr/latest", "{base}/latest?page={page}", False),
        ("https://a.kr/news?offset=0", "{base}/news?offset={offset}", True),
    ],
)  # fmt: skip
def test_the_listing_url_template_uses_the_page_number(page_url, template, found):
    assert listing_template(page_url) == ("https://a.kr", template, found)


@pytest.mark.parametrize(
    ("host", "code"),
    [("www.yna.co.kr", "yna"), ("n.news.naver.com", "naver"), ("edition.cnn.com", "cnn")],
)
def test_the_profile_code_is_the_outlets_domain_name(host, code):
    assert source_code(host) == code


def test_a_saved_page_names_its_own_address_through_og_url(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(
        b'<html><head><meta property="og:url" content="https://x.kr/news/list"></head></html>'
    )

    assert read_page(str(path), None).page_url == "https://x.kr/news/list"


def test_a_saved_page_without_an_address_asks_for_url(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(b"<html><body><a href='/a'>x</a></body></html>")

    with pytest.raises(ProbeError, match="cannot be resolved") as raised:
        read_page(str(path), None)
    assert "--url" in raised.value.hint


def test_a_missing_file_is_one_clear_error():
    with pytest.raises(NewsflowError, match="no-such-page.html: cannot read"):
        read_page("no-such-page.html", "https://x.kr/")


def test_a_bad_fetched_at_is_one_clear_error(saved_page):
    done = run(str(saved_page), "--url", LISTING_URL, "--fetched-at", "yesterday")

    assert isinstance(done.exception, ProbeError)
    assert str(done.exception) == "--fetched-at 'yesterday': not an ISO 8601 time"


def test_tz_is_the_clock_of_times_that_name_no_zone_and_the_profiles_timezone(saved_page):
    args = (str(saved_page), "--url", LISTING_URL, "--tz", "Europe/London")
    done = run(*args, "--fetched-at", "2025-04-08T15:00:00", "--json")
    suggested = run(*args, "--profile")

    # The page prints "2025-04-08 14:20" with no zone: read on London's clock (BST, +01:00).
    assert json.loads(done.stdout)[0]["published_at"] == "2025-04-08T14:20:00+01:00"
    assert tomllib.loads(suggested.stdout)["timezone"] == "Europe/London"


def test_an_unknown_tz_is_one_clear_error(saved_page):
    done = run(str(saved_page), "--url", LISTING_URL, "--tz", "Mars/Olympus_Mons")

    assert isinstance(done.exception, ProbeError)
    assert str(done.exception) == "--tz 'Mars/Olympus_Mons': not a time zone name"


class _Listing(BaseHTTPRequestHandler):
    seen_agents: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        self.seen_agents.append(self.headers.get("User-Agent", ""))
        if self.path != "/news/latest":
            self.send_error(404)
            return
        body = portal_page().encode("cp949")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=EUC-KR")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        """Quiet."""


@pytest.fixture()
def listing_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Listing)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_a_url_is_fetched_with_the_project_user_agent(listing_server):
    done = run(f"{listing_server}/news/latest", "--json")

    assert done.exit_code == 0
    assert [item["title"] for item in json.loads(done.stdout)] == [i[1] for i in MAIN_ITEMS]
    assert _Listing.seen_agents[-1] == "newsflow/0.1"


def test_an_http_error_is_one_clear_error(listing_server):
    with pytest.raises(ProbeError, match=r"/nowhere: HTTP 404"):
        read_page(f"{listing_server}/nowhere", None)
