"""``COMMENT ON`` every warehouse table, view and column, from their ``comment=`` declarations.

The declarations in ``schema.py`` and ``views.py`` are the one text of each description; the
database holds a copy so that any client (psql's ``\\d+``, BI tools, the data dictionary) reads
the same words. ``sync_comments`` makes the copy match: the migration that introduced comments
calls it, and so does ``engine.upgrade`` at head, so a description edited in a later release
reaches existing warehouses as the taxonomy does. PostgreSQL only; SQLite has no comments.
"""

from __future__ import annotations

import sqlalchemy as sa

from etl.warehouse.schema import SCHEMA, metadata
from etl.warehouse.views import view_metadata

# (relation, column or None for the relation itself) -> description
Comments = dict[tuple[str, str | None], str]

_KEYWORD = {"r": "table", "p": "table", "v": "view", "m": "materialized view"}

# Every relation of the schema with its kind, and each one's and its columns' comments.
_LIVE_COMMENTS = """
select c.relname, c.relkind, null as attname, obj_description(c.oid, 'pg_class') as comment
from pg_class as c
join pg_namespace as n on n.oid = c.relnamespace
where n.nspname = :schema and c.relkind in ('r', 'p', 'v', 'm')
union all
select c.relname, c.relkind, a.attname, col_description(c.oid, a.attnum)
from pg_class as c
join pg_namespace as n on n.oid = c.relnamespace
join pg_attribute as a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
where n.nspname = :schema and c.relkind in ('r', 'p', 'v', 'm')
"""


def declared_comments() -> Comments:
    """The description of every declared table, view and column; ValueError if one lacks it.

    A table or column without a description is a gap in the data dictionary, so it is an
    error here rather than a blank line there.
    """
    declared: Comments = {}
    missing: list[str] = []
    for table in [*metadata.sorted_tables, *view_metadata.sorted_tables]:
        declared[(table.name, None)] = table.comment or ""
        if not table.comment:
            missing.append(table.name)
        for column in table.columns:
            declared[(table.name, column.name)] = column.comment or ""
            if not column.comment:
                missing.append(f"{table.name}.{column.name}")
    if missing:
        raise ValueError(f"no comment= on {', '.join(missing)} (etl/warehouse/schema.py, views.py)")
    return declared


def declared_kind(name: str) -> str:
    """``table``, ``view`` or ``materialized view``: what PostgreSQL stores ``name`` as."""
    view = view_metadata.tables.get(f"{SCHEMA}.{name}")
    return str(view.info["kind"]) if view is not None else "table"


def live_comments(conn: sa.Connection) -> tuple[Comments, dict[str, str]]:
    """The comments PostgreSQL holds in schema ``news``, and each relation's kind keyword."""
    found: Comments = {}
    kinds: dict[str, str] = {}
    for relname, relkind, attname, comment in conn.execute(
        sa.text(_LIVE_COMMENTS), {"schema": SCHEMA}
    ):
        kinds[relname] = _KEYWORD[relkind]
        found[(relname, attname)] = comment
    return found, kinds


def sync_comments(conn: sa.Connection) -> int:
    """Make the comments of existing relations match their declarations; returns how many changed.

    Only what differs is written, so calling it on every upgrade is one catalog query in the
    steady state (and takes no lock). Declared objects a database does not have (yet) are
    skipped: a later migration creates them. No-op on SQLite.
    """
    if conn.dialect.name != "postgresql":
        return 0
    declared = declared_comments()
    live, kinds = live_comments(conn)
    changed = 0
    for (relation, column), text in declared.items():
        if (relation, column) not in live or live[(relation, column)] == text:
            continue
        conn.execute(sa.text(_comment_on(conn, kinds[relation], relation, column, text)))
        changed += 1
    return changed


def clear_comments(conn: sa.Connection) -> None:
    """Remove every comment in schema ``news`` (the state before comments were introduced)."""
    if conn.dialect.name != "postgresql":
        return
    live, kinds = live_comments(conn)
    for (relation, column), text in live.items():
        if text is not None:
            conn.execute(sa.text(_comment_on(conn, kinds[relation], relation, column, None)))


def _comment_on(
    conn: sa.Connection, keyword: str, relation: str, column: str | None, text: str | None
) -> str:
    quote = conn.dialect.identifier_preparer.quote
    target = f"{quote(SCHEMA)}.{quote(relation)}"
    subject = f"column {target}.{quote(column)}" if column else f"{keyword} {target}"
    if text is None:
        return f"comment on {subject} is null"
    literal = sa.literal(text, sa.Text).compile(
        dialect=conn.dialect, compile_kwargs={"literal_binds": True}
    )
    # COMMENT is a utility statement without bind parameters; the literal is rendered, and
    # colons in it must not read as parameters of sa.text.
    return f"comment on {subject} is {literal}".replace(":", "\\:")
