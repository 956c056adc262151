"""Security scenarios: the consumer role, credentials in the repository, where the crawler goes.

The crawl scenarios drive real crawls against ``CraftedSite`` servers on loopback and judge
them by the servers' own request logs: what the crawler asked for, not what it says it did.
A crafted outlet reaches loopback the supported way (a ``demosite://`` profile); an outlet
with an ordinary ``http://`` base URL on a loopback or private address is refused before a
single request leaves.
"""

from __future__ import annotations

import re
import subprocess
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import sqlalchemy as sa
from badinput_support import (
    GOOD_ITEMS,
    SCRIPT_INJECTION,
    SQL_INJECTION,
    WINDOW,
    Answer,
    CraftedSite,
    Item,
    Outcome,
    good_items,
    html_answer,
    listing_html,
    pipeline_env,
    profile_toml,
    quarantine_of,
    run_crafted,
    write_profile,
)
from reliability_kit import scenario
from testkit import private_database

from etl.sources import SourceProfile
from etl.warehouse.engine import make_engine, upgrade
from etl.warehouse.load import load_batch
from etl.warehouse.roles import READER_ROLE
from etl.warehouse.runs import start_run

REPO = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.postgres]


# -- the consumer role -------------------------------------------------------------------


@pytest.fixture(scope="module")
def warehouse(pg_admin: sa.Engine) -> Iterator[sa.Engine]:
    """A migrated warehouse holding one quarantined record (a raw payload with injections)."""
    with private_database(pg_admin) as url:
        engine = make_engine(url)
        upgrade(engine)
        profile = SourceProfile.model_validate(tomllib.loads(profile_toml("sec-reader")))
        start_run(engine, run_id="sec-reader-run", source=profile.code, window=WINDOW)
        record = {"title": SCRIPT_INJECTION, "summary": SQL_INJECTION, "url": "javascript:x"}
        load_batch(
            engine,
            run_id="sec-reader-run",
            source=profile,
            articles=[],
            quarantined=[(record, ["url_rejected: not an http(s) article URL"])],
            seen_at=datetime(2025, 4, 9, tzinfo=UTC),
        )
        yield engine
        engine.dispose()


def _tables(conn: sa.Connection) -> list[str]:
    return list(
        conn.scalars(
            sa.text("select tablename from pg_tables where schemaname = 'news' order by tablename")
        )
    )


def _as_reader(engine: sa.Engine, statement: str) -> str:
    """Run ``statement`` as news_reader in a rolled-back transaction; the error, or 'ok'."""
    with engine.connect() as conn, conn.begin():
        conn.execute(sa.text(f"set local role {READER_ROLE}"))
        try:
            with conn.begin_nested():
                conn.execute(sa.text(statement))
        except sa.exc.ProgrammingError as err:
            return str(err.orig).splitlines()[0]
        return "ok"


@scenario(
    "security-reader-cannot-write",
    area="Security",
    outcome="refused",
    what="the consumer role news_reader tries to INSERT, UPDATE, DELETE or TRUNCATE any table "
    "of schema news, or to create one",
    asserts="every statement fails with 'permission denied' for the table (or the schema)",
)
def test_reader_role_cannot_write_anywhere(warehouse: sa.Engine) -> None:
    with warehouse.connect() as conn:
        tables = _tables(conn)
    assert {"articles", "quarantine", "runs", "sources"} <= set(tables)
    for table in tables:
        for statement in (
            f"insert into news.{table} default values",
            f"update news.{table} set {_first_column(warehouse, table)} = null",
            f"delete from news.{table}",
            f"truncate news.{table}",
        ):
            error = _as_reader(warehouse, statement)
            assert error.startswith(f"permission denied for table {table}"), (statement, error)
    error = _as_reader(warehouse, "create table news.reader_made (x int)")
    assert error == "permission denied for schema news"


def _first_column(engine: sa.Engine, table: str) -> str:
    with engine.connect() as conn:
        return str(
            conn.scalar(
                sa.text(
                    "select column_name from information_schema.columns where table_schema = "
                    "'news' and table_name = :t order by ordinal_position limit 1"
                ),
                {"t": table},
            )
        )


@scenario(
    "security-reader-no-raw-payloads",
    area="Security",
    outcome="refused",
    what="news_reader reads the quarantine: raw crawled payloads (quarantine.record) are "
    "sensitive and stay with the pipeline",
    asserts="SELECT on quarantine is denied; v_quarantine gives the row (source, url, reasons) "
    "without any record column",
)
def test_reader_role_cannot_read_quarantine_payloads(warehouse: sa.Engine) -> None:
    error = _as_reader(warehouse, "select record from news.quarantine")
    assert error == "permission denied for table quarantine"
    with warehouse.connect() as conn, conn.begin():
        conn.execute(sa.text(f"set local role {READER_ROLE}"))
        rows = conn.execute(sa.text("select * from news.v_quarantine")).mappings().all()
    assert len(rows) == 1
    assert "record" not in rows[0]
    assert (rows[0]["source_code"], rows[0]["url"]) == ("sec-reader", "javascript:x")
    assert SCRIPT_INJECTION not in repr(dict(rows[0]))


# -- credentials in the repository -------------------------------------------------------

# Passwords that appear in URLs on purpose: documentation placeholders and test fixtures of
# URL handling. Anything else with a password inside a URL is a leaked credential.
PLACEHOLDER_PASSWORDS = frozenset({"password", "secret", "pw", "p%40ss%3Aword%2F1"})
_URL_PASSWORD = re.compile(r"[a-z][a-z0-9+.-]*://[^/\s:@\"'`]+:([^@\s/\"'`]+)@")
# Built from parts so that this file does not match itself.
_PRIVATE_KEY = re.compile("-" * 5 + r"BEGIN (?:[A-Z]+ )?PRIVATE KEY" + "-" * 5)
_SECRET_PATTERNS = {
    "AWS access key id": re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"),
    "AWS secret key": re.compile(r"aws_secret_access_key\s*[=:]\s*['\"]?[A-Za-z0-9/+=]{40}"),
    "GitHub token": re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36,}\b"),
    "Slack token": re.compile(r"\bxox[abprs]-[A-Za-z0-9-]{10,}"),
    "private key": _PRIVATE_KEY,
}


def _repo_files() -> list[Path]:
    """Tracked files plus new files not ignored: what a commit of the tree would contain."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=REPO,
        capture_output=True,
        check=True,
    ).stdout.decode()
    return [REPO / name for name in listed.split("\0") if name and (REPO / name).is_file()]


def credential_findings(name: str, text: str) -> list[str]:
    """``name:line: kind`` for every credential-shaped string of ``text``."""
    found = []
    for line_no, line in enumerate(text.splitlines(), start=1):
        for match in _URL_PASSWORD.finditer(line):
            secret = match.group(1)
            if not secret.startswith("${") and secret not in PLACEHOLDER_PASSWORDS:
                found.append(f"{name}:{line_no}: password in a URL")
        for kind, pattern in _SECRET_PATTERNS.items():
            if pattern.search(line):
                found.append(f"{name}:{line_no}: {kind}")
    return found


@scenario(
    "security-no-credentials-in-repo",
    area="Security",
    outcome="held",
    what="credentials committed to the repository (passwords in URLs, private keys, AWS keys, "
    "tokens, a filled-in .env)",
    asserts="no tracked or new file holds one; passwords in URLs are ${VAR} references or "
    "documented placeholders; only .env.example is tracked, its secrets placeholders",
)
def test_repository_holds_no_credentials() -> None:
    # The scanner must see a planted credential of each kind, or it proves nothing.
    planted = "\n".join(
        [
            "postgresql://newsflow:" + "hunter2" + "@db:5432/warehouse",
            "AKIA" + "ABCDEFGHIJKLMNOP",
            "-" * 5 + "BEGIN RSA PRIVATE KEY" + "-" * 5,
            "gh" + "p_" + "a" * 36,
        ]
    )
    assert len(credential_findings("planted", planted)) == 4
    findings: list[str] = []
    env_files: list[str] = []
    for path in _repo_files():
        relative = path.relative_to(REPO).as_posix()
        if path.name.startswith(".env"):
            env_files.append(relative)
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # binary files hold no text credentials
        findings += credential_findings(relative, text)
    assert findings == []
    assert env_files == ["docker/.env.example"]
    values = [
        line.split("=", 1)
        for line in (REPO / "docker/.env.example").read_text(encoding="utf-8").splitlines()
        if "=" in line and not line.startswith("#")
    ]
    secrets = {k: v for k, v in values if re.search("PASSWORD|SECRET|KEY|TOKEN", k)}
    assert secrets, "docker/.env.example names no secret"
    assert all(v.startswith(("change-me", "replace-with-")) for v in secrets.values()), secrets


# -- where the crawler goes --------------------------------------------------------------


@dataclass
class Crawled:
    outcome: Outcome
    hits: list[tuple[str, str]]  # (Host header, path) of every request, on every server
    quarantine: list[tuple[str, list[str]]]  # (url, reasons)


@pytest.fixture(scope="module")
def crawl_lab(
    pg_admin: sa.Engine, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Crawled]]:
    """Two loopback servers and one crawl per scenario; results by outlet code.

    ``home`` serves every outlet; ``other`` is another loopback port that no outlet owns.
    """
    folder = tmp_path_factory.mktemp("security")
    home, other = CraftedSite().start(), CraftedSite().start()
    local_host = f"localhost:{home.port}"
    other_port = f"127.0.0.1:{other.port}"
    outlets: dict[str, Answer] = {
        "sec-redirect-host": Answer(
            b"", 302, {"Location": f"http://{local_host}/sec-redirect-host/list?page=1"}
        ),
        "sec-redirect-port": Answer(
            b"", 302, {"Location": f"http://{other_port}/sec-redirect-port/list?page=1"}
        ),
        "sec-article-links": html_answer(
            listing_html(
                good_items("sec-article-links")
                + [
                    Item(
                        "다른 호스트로 가는 기사 링크입니다",
                        "이 기사의 링크는 같은 서버의 다른 호스트 이름을 가리킵니다.",
                        "2025-04-08 15:00:00",
                        f"http://{local_host}/sec-article-links/news/host",
                    ),
                    Item(
                        "다른 포트로 가는 기사 링크입니다",
                        "이 기사의 링크는 같은 루프백 주소의 다른 포트를 가리킵니다.",
                        "2025-04-08 15:10:00",
                        f"http://{other_port}/sec-article-links/news/port",
                    ),
                ]
            )
        ),
    }
    for outlet, answer in outlets.items():
        home.routes[f"/{outlet}/list?page=1"] = answer
        other.routes[f"/{outlet}/list?page=1"] = html_answer(listing_html(good_items(outlet)))
        write_profile(folder / "sources", outlet, follow=outlet == "sec-article-links")
    for n in range(1, len(GOOD_ITEMS) + 1):
        home.routes[f"/sec-article-links/news/{n}"] = html_answer(
            "<html><body><article><p>본문입니다.</p></article></body></html>"
        )
    # Ordinary http:// profiles: a loopback address, and a host name that resolves to one.
    write_profile(folder / "sources", "sec-loopback", base_url=f"http://127.0.0.1:{home.port}")
    write_profile(folder / "sources", "sec-localhost", base_url=f"http://localhost:{home.port}")
    for outlet in ("sec-loopback", "sec-localhost"):
        home.routes[f"/{outlet}/list?page=1"] = html_answer(listing_html(good_items(outlet)))
    results: dict[str, Crawled] = {}
    try:
        with private_database(pg_admin) as url:
            demosite = {o: home.url for o in outlets}
            with pipeline_env(folder, url, demosite):
                for outlet in [*outlets, "sec-loopback", "sec-localhost"]:
                    outcome = run_crafted(outlet)
                    hits = [
                        (h.host, h.path) for site in (home, other) for h in site.hits_of(outlet)
                    ]
                    rows = quarantine_of(make_engine(url), outlet)
                    quarantined = [(r["url"], r["reasons"]) for r in rows]
                    results[outlet] = Crawled(outcome, hits, quarantined)
                yield results
    finally:
        home.stop()
        other.stop()


def _listing(outlet: str) -> str:
    return f"/{outlet}/list?page=1"


@pytest.mark.slow
@scenario(
    "security-redirect-to-other-host",
    area="Security",
    outcome="refused",
    what="a demosite outlet's listing page redirects to another host name (localhost) of the "
    "same server",
    asserts="the server log holds only the first request; the crawl fails as listing_failed "
    "(offsite) and nothing is loaded",
)
def test_redirect_to_another_host_name_is_not_followed(crawl_lab: dict[str, Crawled]) -> None:
    crawled = crawl_lab["sec-redirect-host"]
    assert [path for _, path in crawled.hits] == [_listing("sec-redirect-host")]
    assert all(host.startswith("127.0.0.1:") for host, _ in crawled.hits)
    assert "finish_reason=listing_failed" in crawled.outcome.error_line
    assert crawled.outcome.stats["failures"] == {"offsite": 1}


@pytest.mark.slow
@scenario(
    "security-redirect-to-other-port",
    area="Security",
    outcome="refused",
    what="a demosite outlet's listing page redirects to another port of the loopback address",
    asserts="the other port's server receives no request; the crawl fails as listing_failed",
)
def test_redirect_to_another_port_is_not_followed(crawl_lab: dict[str, Crawled]) -> None:
    crawled = crawl_lab["sec-redirect-port"]
    assert crawled.hits == [(crawled.hits[0][0], _listing("sec-redirect-port"))]
    assert "finish_reason=listing_failed" in crawled.outcome.error_line
    assert crawled.outcome.stats["failures"] == {"offsite": 1}


@pytest.mark.slow
@scenario(
    "security-article-links-off-site",
    area="Security",
    outcome="quarantined",
    what="a followed listing links two articles on another host name and on another loopback port",
    asserts="neither article page is requested (only the outlet's own ten are); both items "
    "are quarantined as url_on_source_domains, the rest loads",
)
def test_article_links_off_site_are_not_fetched(crawl_lab: dict[str, Crawled]) -> None:
    crawled = crawl_lab["sec-article-links"]
    assert crawled.outcome.error is None
    paths = sorted(path for _, path in crawled.hits)
    assert paths == sorted(
        [_listing("sec-article-links"), "/sec-article-links/list?page=2"]
        + [f"/sec-article-links/news/{n}" for n in range(1, len(GOOD_ITEMS) + 1)]
    )
    assert crawled.outcome.stats["article_errors"] == {"offsite": 2}
    assert [(urlsplit(url).hostname, reasons) for url, reasons in crawled.quarantine] == [
        ("127.0.0.1", ["url_on_source_domains"]),
        ("localhost", ["url_on_source_domains"]),
    ]


@pytest.mark.slow
@scenario(
    "security-private-address-refused",
    area="Security",
    outcome="refused",
    what="an ordinary (non-demosite) profile whose base URL is the loopback address",
    asserts="not one request reaches the server; the crawl fails naming listing_failed",
)
def test_loopback_address_is_refused_to_ordinary_profiles(crawl_lab: dict[str, Crawled]) -> None:
    crawled = crawl_lab["sec-loopback"]
    assert crawled.hits == []
    assert "finish_reason=listing_failed" in crawled.outcome.error_line
    assert crawled.outcome.stats["failures"] == {"private_address": 1}


@pytest.mark.slow
@scenario(
    "security-name-resolving-to-loopback",
    area="Security",
    outcome="refused",
    what="an ordinary profile whose host name (localhost) resolves to a loopback address",
    asserts="not one request reaches the server; the crawl fails naming listing_failed",
)
def test_host_name_resolving_to_loopback_is_refused(crawl_lab: dict[str, Crawled]) -> None:
    crawled = crawl_lab["sec-localhost"]
    assert crawled.hits == []
    assert "finish_reason=listing_failed" in crawled.outcome.error_line
    assert crawled.outcome.stats["failures"] == {"private_address": 1}
