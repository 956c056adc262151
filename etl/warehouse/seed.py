"""Reference data the warehouse is born with: the section taxonomy and the KST calendar.

Both the initial migration (on the tables it has just created) and ``engine.upgrade`` (on the
live schema, so a taxonomy added in a later release reaches an existing warehouse) call
``seed_sections``; it is an upsert and idempotent. ``dim_date`` is filled once, by migration.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import holidays
import sqlalchemy as sa

from etl.taxonomy import Section, load_taxonomy
from etl.warehouse.sql import upsert

WEEKDAY_NAMES_KO = ("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일")


def section_rows() -> list[dict[str, Any]]:
    """The taxonomy of ``etl/data/sections.toml`` as ``sections`` rows, parents before children.

    The order matters because ``parent_code`` is a foreign key checked row by row.
    """
    taxonomy = load_taxonomy().sections

    def depth(section: Section) -> int:
        return 0 if section.parent is None else 1 + depth(taxonomy[section.parent])

    ordered = sorted(taxonomy.values(), key=lambda s: (depth(s), s.code))
    return [
        {"code": s.code, "parent_code": s.parent, "name_ko": s.name_ko, "name_en": s.name_en}
        for s in ordered
    ]


def seed_sections(conn: sa.Connection, table: sa.Table) -> None:
    """Insert missing sections and correct changed names/parents; never deletes a section.

    Codes dropped from the taxonomy stay: articles may still reference them.
    """
    upsert(conn, table, section_rows(), key=["code"], update=["parent_code", "name_ko", "name_en"])


def dim_date_rows(first: date, last: date) -> list[dict[str, Any]]:
    """One ``dim_date`` row per day of ``[first, last]`` (both included).

    Holidays are the Korean public holidays of the ``holidays`` package (``holidays.KR``, names
    in Korean): substitute holidays and election days included. A day with two holidays gets
    both names joined by ``"; "`` (2025-05-05: ``부처님오신날; 어린이날``).
    """
    if last < first:
        raise ValueError(f"dim_date range is empty: {first} > {last}")
    korean = holidays.KR(years=range(first.year, last.year + 1), language="ko")
    rows = []
    day = first
    while day <= last:
        iso = day.isocalendar()
        name = korean.get(day)
        rows.append(
            {
                "date_kst": day,
                "year": day.year,
                "quarter": (day.month - 1) // 3 + 1,
                "month": day.month,
                "day": day.day,
                "weekday": iso.weekday,
                "weekday_name_ko": WEEKDAY_NAMES_KO[iso.weekday - 1],
                "iso_year": iso.year,
                "iso_week": iso.week,
                "is_weekend": iso.weekday >= 6,
                "is_holiday": name is not None,
                "holiday_name": name,
            }
        )
        day += timedelta(days=1)
    return rows


def seed_dim_date(conn: sa.Connection, table: sa.Table, first: date, last: date) -> None:
    """Bulk-insert the calendar ``[first, last]`` into an empty ``dim_date``."""
    # One executemany: SQLAlchemy batches it into multi-row INSERTs on PostgreSQL.
    conn.execute(table.insert(), dim_date_rows(first, last))
