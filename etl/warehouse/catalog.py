"""What a live warehouse holds, read from the database itself: relations, columns, keys, comments.

``describe_schema`` uses SQLAlchemy's inspector (on PostgreSQL: the system catalogs, comments
from ``pg_description``), so it reports what the database holds, not what the code believes.
SQLite keeps no comments: there the descriptions come from the declarations in
``schema.py``/``views.py`` instead. The data dictionary (``dictionary.py``) and the dbt sources
file (``dbt.py``) are both rendered from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from etl.warehouse.comments import declared_comments
from etl.warehouse.engine import VERSION_TABLE
from etl.warehouse.roles import READER_ROLE, role_exists
from etl.warehouse.schema import SCHEMA

KINDS = ("table", "view", "materialized view")
_CAST = re.compile(r"::[a-z]+(?: [a-z]+)*(?:\[\])?")


@dataclass(frozen=True, slots=True)
class ColumnDoc:
    name: str
    type: str  # as the database spells it, lower case: "varchar(64)", "timestamp with time zone"
    nullable: bool
    comment: str
    primary_key: bool
    unique: bool  # a single-column unique constraint or unique index
    references: tuple[str, str] | None  # (table, column) of a single-column foreign key


@dataclass(frozen=True, slots=True)
class RelationDoc:
    name: str
    kind: str  # one of KINDS
    comment: str
    columns: tuple[ColumnDoc, ...]
    indexes: tuple[str, ...]  # "name (a, b)" or "name unique (a, b)"
    checks: tuple[str, ...]  # "name: sql"
    readable: bool | None  # SELECT for news_reader; None where the database has no such role


def describe_schema(engine: sa.Engine) -> list[RelationDoc]:
    """Every table, view and materialized view of the warehouse, in KINDS then name order.

    Alembic's version table is left out. Raises ValueError when the warehouse has no tables
    (not migrated).
    """
    with engine.connect() as conn:
        postgres = conn.dialect.name == "postgresql"
        schema = SCHEMA if postgres else None
        inspector = sa.inspect(conn)
        kinds = {name: "table" for name in inspector.get_table_names(schema=schema)}
        kinds |= {name: "view" for name in inspector.get_view_names(schema=schema)}
        if postgres:
            matviews = inspector.get_materialized_view_names(schema=schema)
            kinds |= {name: "materialized view" for name in matviews}
        kinds.pop(VERSION_TABLE, None)
        if not kinds:
            raise ValueError("the warehouse has no tables: run 'newsflow db upgrade' first")
        readers = role_exists(conn) if postgres else False
        order = sorted(kinds, key=lambda name: (KINDS.index(kinds[name]), name))
        return [_describe(conn, inspector, name, kinds[name], schema, readers) for name in order]


def _describe(
    conn: sa.Connection,
    inspector: sa.Inspector,
    name: str,
    kind: str,
    schema: str | None,
    readers: bool,
) -> RelationDoc:
    # SQLite stores no comments: fall back on the declarations (they are what PostgreSQL has).
    declared = {} if conn.dialect.supports_comments else declared_comments()
    pk = set(inspector.get_pk_constraint(name, schema=schema)["constrained_columns"] or [])
    fks = {
        fk["constrained_columns"][0]: (fk["referred_table"], fk["referred_columns"][0])
        for fk in inspector.get_foreign_keys(name, schema=schema)
        if len(fk["constrained_columns"]) == 1
    }
    indexes = sorted(inspector.get_indexes(name, schema=schema), key=lambda i: str(i["name"]))
    unique_keys = [u["column_names"] for u in inspector.get_unique_constraints(name, schema=schema)]
    unique_keys += [[str(c) for c in i["column_names"]] for i in indexes if i["unique"]]
    unique_keys.append(sorted(pk))
    unique = {key[0] for key in unique_keys if len(key) == 1}
    checks = sorted(
        inspector.get_check_constraints(name, schema=schema), key=lambda c: str(c["name"])
    )
    columns = tuple(
        ColumnDoc(
            name=column["name"],
            type=_type_name(column["type"], conn.dialect),
            nullable=bool(column["nullable"]) and column["name"] not in pk,
            comment=column.get("comment") or declared.get((name, column["name"]), ""),
            primary_key=column["name"] in pk,
            unique=column["name"] in unique,
            references=fks.get(column["name"]),
        )
        for column in inspector.get_columns(name, schema=schema)
    )
    if conn.dialect.supports_comments:
        comment = inspector.get_table_comment(name, schema=schema)["text"] or ""
    else:
        comment = declared.get((name, None), "")
    return RelationDoc(
        name=name,
        kind=kind,
        comment=comment,
        columns=columns,
        indexes=tuple(_index_line(index) for index in indexes),
        checks=tuple(f"{c['name']}: {_readable_sql(c['sqltext'])}" for c in checks),
        readable=_readable(conn, name) if readers else None,
    )


def _type_name(type_: Any, dialect: sa.Dialect) -> str:
    """The type as the database spells it; empty where it has none (SQLite view expressions)."""
    if isinstance(type_, sa.types.NullType):
        return ""
    return str(type_.compile(dialect=dialect)).lower()


def _readable_sql(sql: str) -> str:
    """A catalog expression without its type casts (PostgreSQL spells every literal's type)."""
    return _CAST.sub("", " ".join(sql.split()))


def _index_line(index: Any) -> str:
    unique = " unique" if index["unique"] else ""
    return f"{index['name']}{unique} ({', '.join(str(c) for c in index['column_names'])})"


def _readable(conn: sa.Connection, name: str) -> bool:
    return bool(
        conn.scalar(
            sa.text("select has_table_privilege(:role, :relation, 'SELECT')"),
            {"role": READER_ROLE, "relation": f"{SCHEMA}.{name}"},
        )
    )
