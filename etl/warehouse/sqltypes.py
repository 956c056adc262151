"""Column types that behave the same on PostgreSQL and SQLite (the warehouse's two databases)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


class UtcDateTime(sa.TypeDecorator[datetime]):
    """``timestamptz`` that always hands back tz-aware UTC datetimes, on either database.

    SQLite has no time zones and SQLAlchemy's SQLite DATETIME silently drops ``tzinfo``
    (a KST value would be stored as if it were UTC), so values are converted to UTC before
    they are written and marked UTC when read. Naive datetimes are refused: their meaning
    depends on the machine that wrote them.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value.isoformat()}: the warehouse needs tz-aware")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        moment: datetime = value
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


# JSONB on PostgreSQL (indexable, compact); JSON text on SQLite.
JSONType = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
# SQLite only auto-increments an INTEGER PRIMARY KEY (a rowid alias), never a BIGINT one.
BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Code = sa.String(64)
