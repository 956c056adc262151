"""Loads running at the same time, and loads that die half-way, leave a consistent warehouse."""

from __future__ import annotations

import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import pytest
import sqlalchemy as sa
from warehouse_cases import (
    RUN_1,
    RUN_2,
    SEEN_1,
    SEEN_2,
    WINDOW,
    make_article,
    make_profile,
    rows,
    sha1,
    snapshot,
)

from etl.records import Article
from etl.warehouse.load import LoadCounts, load_batch
from etl.warehouse.runs import start_run

OTHER = "other-daily"
OTHER_RUN = "other-daily_2025-04-08_r1"
TIMEOUT_S = 60
# What psycopg2 reports of a terminated backend, depending on when it notices.
KILLED = "terminating connection due to administrator command|server closed the connection"


def load_together(engine: sa.Engine, loads: list[dict[str, Any]]) -> list[LoadCounts]:
    """Run one ``load_batch`` per item of ``loads`` in its own thread, released at once."""
    barrier = threading.Barrier(len(loads))

    def load(arguments: dict[str, Any]) -> LoadCounts:
        barrier.wait(TIMEOUT_S)
        return load_batch(engine, quarantined=[], **arguments)

    with ThreadPoolExecutor(len(loads)) as pool:
        futures = [pool.submit(load, arguments) for arguments in loads]
        return [future.result(TIMEOUT_S) for future in futures]


def of_other_source(number: int) -> Article:
    url = f"https://other.example.kr/article/{number}"
    return make_article(number, source=OTHER, url=url, url_hash=sha1(url))


@pytest.mark.postgres
def test_overlapping_loads_of_one_source_at_once_store_each_article_once(
    pg_engine: sa.Engine,
) -> None:
    for run_id in (RUN_1, RUN_2):
        start_run(pg_engine, run_id=run_id, source="test-daily", window=WINDOW)
    first = [make_article(n) for n in range(1, 301)]
    second = [make_article(n) for n in range(151, 451)]

    counts = load_together(
        pg_engine,
        [
            {"run_id": RUN_1, "source": make_profile(), "articles": first, "seen_at": SEEN_1},
            {"run_id": RUN_2, "source": make_profile(), "articles": second, "seen_at": SEEN_2},
        ],
    )

    # Whichever went first inserted its 300; the other found the 150 they share.
    assert sorted((c.inserted, c.unchanged, c.updated) for c in counts) == [
        (150, 150, 0),
        (300, 0, 0),
    ]
    with pg_engine.connect() as conn:
        stored = conn.execute(
            sa.text("select count(*), count(distinct url_hash) from news.articles")
        ).one()
        links = conn.scalar(sa.text("select count(*) from news.article_sections"))
    assert (tuple(stored), links) == ((450, 450), 450)
    assert rows(pg_engine, "article_versions", "article_id") == []


@pytest.mark.postgres
def test_loads_of_two_sources_at_once_both_complete(pg_engine: sa.Engine) -> None:
    start_run(pg_engine, run_id=RUN_1, source="test-daily", window=WINDOW)
    start_run(pg_engine, run_id=OTHER_RUN, source=OTHER, window=WINDOW)
    other_profile = make_profile(code=OTHER, name="다른일보", base_url="https://other.example.kr")

    counts = load_together(
        pg_engine,
        [
            {
                "run_id": RUN_1,
                "source": make_profile(),
                "articles": [make_article(n) for n in range(1, 301)],
                "seen_at": SEEN_1,
            },
            {
                "run_id": OTHER_RUN,
                "source": other_profile,
                "articles": [of_other_source(n) for n in range(1, 301)],
                "seen_at": SEEN_1,
            },
        ],
    )

    assert [c.inserted for c in counts] == [300, 300]
    with pg_engine.connect() as conn:
        per_source = conn.execute(
            sa.text("select source_code, count(*) from news.articles group by 1 order by 1")
        ).all()
    assert [tuple(r) for r in per_source] == [(OTHER, 300), ("test-daily", 300)]


def backend_waiting_on(admin: sa.Connection, query_start: str) -> int:
    """pid of the backend waiting for a lock in a statement starting with ``query_start``."""
    deadline = time.monotonic() + TIMEOUT_S
    while time.monotonic() < deadline:
        pid = admin.scalar(
            sa.text(
                "select pid from pg_stat_activity where datname = current_database() "
                "and wait_event_type = 'Lock' and starts_with(btrim(query, E' \\n'), :start)"
            ),
            {"start": query_start},
        )
        admin.rollback()  # pg_stat_activity is read once per transaction
        if pid is not None:
            return int(pid)
        time.sleep(0.05)
    raise AssertionError(f"no backend waited in {query_start!r} within {TIMEOUT_S} s")


@pytest.mark.postgres
def test_a_load_killed_half_way_leaves_nothing_behind(pg_engine: sa.Engine) -> None:
    start_run(pg_engine, run_id=RUN_1, source="test-daily", window=WINDOW)
    before = snapshot(pg_engine)
    articles = [make_article(n) for n in range(1, 101)]

    with pg_engine.connect() as blocker, pg_engine.connect() as admin:
        # The load writes its articles, then waits here to link their sections.
        blocker.execute(sa.text("lock table news.article_sections in share mode"))
        with ThreadPoolExecutor(1) as pool:
            load: Future[LoadCounts] = pool.submit(
                load_batch,
                pg_engine,
                run_id=RUN_1,
                source=make_profile(),
                articles=articles,
                quarantined=[({"url": "x"}, ["stale"])],
                seen_at=SEEN_1,
            )
            try:
                pid = backend_waiting_on(admin, "delete from news.article_sections")
                wrote_articles = admin.scalar(
                    sa.text(
                        "select count(*) from pg_locks where pid = :pid and mode = "
                        "'RowExclusiveLock' and relation = 'news.articles'::regclass"
                    ),
                    {"pid": pid},
                )
                admin.execute(sa.text("select pg_terminate_backend(:pid)"), {"pid": pid})
            finally:
                blocker.rollback()  # never leave the load thread waiting
            with pytest.raises(sa.exc.OperationalError, match=KILLED):
                load.result(TIMEOUT_S)

    assert wrote_articles == 1
    assert snapshot(pg_engine) == before


def test_a_failure_after_the_articles_are_written_rolls_everything_back(
    started: sa.Engine,
) -> None:
    refuse_links(started)
    before = snapshot(started)

    with pytest.raises(sa.exc.DBAPIError, match="links refused"):
        load_batch(
            started,
            run_id=RUN_1,
            source=make_profile(),
            articles=[make_article(1), make_article(2)],
            quarantined=[({"url": "x"}, ["stale"])],
            seen_at=SEEN_1,
        )

    assert snapshot(started) == before


def refuse_links(engine: sa.Engine) -> None:
    """A trigger that fails every insert into article_sections (after articles are written)."""
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(
                sa.text(
                    "create function news.refuse() returns trigger language plpgsql as "
                    "$$ begin raise exception 'links refused'; end $$"
                )
            )
            conn.execute(
                sa.text(
                    "create trigger refuse before insert on news.article_sections "
                    "for each row execute function news.refuse()"
                )
            )
        else:
            conn.execute(
                sa.text(
                    "create trigger refuse before insert on article_sections "
                    "begin select raise(abort, 'links refused'); end"
                )
            )
