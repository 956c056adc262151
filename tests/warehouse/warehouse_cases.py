"""Fixed inputs of the warehouse tests: one outlet, one KST day, three runs, crafted Articles."""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
import sqlalchemy as sa

from etl.records import Article
from etl.sources import SourceProfile
from etl.warehouse import schema
from etl.window import Window

BACKENDS = [pytest.param("postgresql", marks=pytest.mark.postgres), "sqlite"]

SOURCE = "test-daily"
WINDOW = Window.parse("2025-04-08")
RUN_1 = "test-daily_2025-04-08_r1"
RUN_2 = "test-daily_2025-04-08_r2"
RUN_3 = "test-daily_2025-04-08_r3"
SEEN_1 = datetime(2025, 4, 9, 0, 30, tzinfo=UTC)
SEEN_2 = datetime(2025, 4, 10, 0, 30, tzinfo=UTC)
SEEN_3 = datetime(2025, 4, 11, 0, 30, tzinfo=UTC)
BASE = "https://news.example.kr/article/"


def make_profile(**overrides: Any) -> SourceProfile:
    data: dict[str, Any] = {
        "code": SOURCE,
        "name": "테스트일보",
        "base_url": "https://news.example.kr",
        "listing": {"url": "{base}/latest?page={page}"},
        "sections": {"경제일반": "economy", "증시": "economy.markets"},
    }
    return SourceProfile.model_validate(data | overrides)


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def make_article(number: int, **overrides: Any) -> Article:
    """Article ``number`` of SOURCE: published 2025-04-08 09:00 KST, section economy.

    ``content_hash`` follows title, summary, body and author unless given.
    """
    url = f"{BASE}{number}"
    values: dict[str, Any] = {
        "source": SOURCE,
        "url": url,
        "url_hash": sha1(url),
        "title": f"기사 {number} 제목",
        "summary": f"기사 {number} 요약",
        "body": None,
        "author": "홍길동 기자",
        "published_at": datetime(2025, 4, 8, 0, 0, tzinfo=UTC),
        "modified_at": None,
        "published_raw": "2025-04-08 09:00:00",
        "sections": ["economy"],
        "section_labels": ["경제일반"],
        "language": "ko",
        "content_hash": "",
        "first_seen_at": datetime(2025, 4, 9, 0, 5, tzinfo=UTC),
    } | overrides
    if not values["content_hash"]:
        parts = (values["title"], values["summary"], values["body"], values["author"])
        values["content_hash"] = sha1("\x1f".join(p or "" for p in parts))
    return Article(**values)


def rows(engine: sa.Engine, table: str, *columns: str) -> list[tuple[Any, ...]]:
    """``columns`` of every row of warehouse ``table``, ordered by those columns."""
    target = schema.metadata.tables[f"{schema.SCHEMA}.{table}"]
    selected = [target.c[c] for c in columns]
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.select(*selected).order_by(*selected))]


def snapshot(engine: sa.Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every warehouse table, all columns, in primary-key order."""
    with engine.connect() as conn:
        return {
            table.name: [
                tuple(r)
                for r in conn.execute(sa.select(table).order_by(*table.primary_key.columns))
            ]
            for table in schema.metadata.sorted_tables
        }


class PostgresDatabases:
    """Creates and drops databases on the test server, next to the session's database."""

    def __init__(self, server_url: str) -> None:
        self._url = sa.make_url(server_url)
        self._admin = sa.create_engine(self._url, isolation_level="AUTOCOMMIT")

    def create(self, template: str | None = None) -> str:
        name = f"{self._url.database}_w{uuid.uuid4().hex[:8]}"
        clause = f' template "{template}"' if template else ""
        with self._admin.connect() as conn:
            conn.execute(sa.text(f'create database "{name}"{clause}'))
        return self._url.set(database=name).render_as_string(hide_password=False)

    def drop(self, url: str) -> None:
        name = sa.make_url(url).database
        with self._admin.connect() as conn:
            conn.execute(sa.text(f'drop database if exists "{name}" with (force)'))

    def dispose(self) -> None:
        self._admin.dispose()
