"""The read-only role ``news_reader`` of the warehouse (PostgreSQL only).

``news_reader`` is a NOLOGIN group role: it holds SELECT on what consumers read, and a
deployment grants it to its login users (``grant news_reader to analyst``). It may read every
table, view and materialized view of schema ``news`` except those in ``NOT_FOR_READERS``:
``quarantine``, whose ``record`` column keeps raw payloads exactly as crawled (text that failed
validation, possibly for a reason; ``v_quarantine`` shows the rest of each row), and Alembic's
bookkeeping.

Roles belong to the whole server, not to one database. ``grant_reader_access`` creates the role
only when the connecting user may create roles; otherwise it logs what an administrator should
run and grants nothing (call it again afterwards). Migrations that add relations call it again.
``revoke_reader_access`` takes the grants back but never drops the role, which other databases
on the same server may use.
"""

from __future__ import annotations

import logging

import sqlalchemy as sa

from etl.warehouse.schema import SCHEMA

log = logging.getLogger(__name__)

READER_ROLE = "news_reader"
NOT_FOR_READERS = ("quarantine", "alembic_version")

# A concurrent migration of another database may create the role between our check and our
# CREATE; both errors mean "it exists now", which is all that is needed. The exception block
# runs in a subtransaction, so the caller's transaction survives it.
_CREATE_ROLE = """
do $$
begin
    create role {role} nologin;
exception when duplicate_object or unique_violation then
    null;
end
$$
"""

_RELATIONS = """
select c.relname
from pg_class as c
join pg_namespace as n on n.oid = c.relnamespace
where n.nspname = :schema and c.relkind in ('r', 'p', 'v', 'm')
order by c.relname
"""


def role_exists(conn: sa.Connection, role: str = READER_ROLE) -> bool:
    return bool(conn.scalar(sa.text("select 1 from pg_roles where rolname = :r"), {"r": role}))


def ensure_reader_role(conn: sa.Connection, role: str = READER_ROLE) -> bool:
    """Make sure the NOLOGIN role ``role`` exists; True if it does afterwards.

    Creates it when missing and the current user is a superuser or has CREATEROLE. Otherwise
    logs a warning naming the statement an administrator should run, and returns False.
    """
    if role_exists(conn, role):
        return True
    allowed = conn.scalar(
        sa.text("select rolsuper or rolcreaterole from pg_roles where rolname = current_user")
    )
    if not allowed:
        log.warning(
            "role %s does not exist and %s may not create roles, so no read-only grants were "
            "made; have an administrator run 'create role %s nologin', then "
            "etl.warehouse.roles.grant_reader_access",
            role,
            conn.scalar(sa.text("select current_user")),
            role,
        )
        return False
    conn.execute(sa.text(_CREATE_ROLE.format(role=_quote(conn, role))))
    return True


def reader_relations(conn: sa.Connection) -> list[str]:
    """Every table, view and materialized view of ``news`` the reader role may SELECT."""
    names = conn.scalars(sa.text(_RELATIONS), {"schema": SCHEMA})
    return [name for name in names if name not in NOT_FOR_READERS]


def grant_reader_access(conn: sa.Connection, role: str = READER_ROLE) -> bool:
    """Grant ``role`` USAGE on ``news`` and SELECT on ``reader_relations``; True if granted.

    Creates the role first when needed and allowed (``ensure_reader_role``); returns False,
    having granted nothing, when it does not exist and cannot be created. Idempotent.
    No-op (False) on SQLite, which has no roles.
    """
    if conn.dialect.name != "postgresql" or not ensure_reader_role(conn, role):
        return False
    conn.execute(sa.text(f"grant usage on schema {_quote(conn, SCHEMA)} to {_quote(conn, role)}"))
    relations = reader_relations(conn)
    if relations:
        conn.execute(
            sa.text(f"grant select on {_qualified(conn, relations)} to {_quote(conn, role)}")
        )
    return True


def revoke_reader_access(conn: sa.Connection, role: str = READER_ROLE) -> None:
    """Take back every privilege ``role`` holds in ``news``; the role itself stays."""
    if conn.dialect.name != "postgresql" or not role_exists(conn, role):
        return
    schema, grantee = _quote(conn, SCHEMA), _quote(conn, role)
    conn.execute(sa.text(f"revoke all on all tables in schema {schema} from {grantee}"))
    conn.execute(sa.text(f"revoke usage on schema {schema} from {grantee}"))


def _quote(conn: sa.Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote(name)


def _qualified(conn: sa.Connection, relations: list[str]) -> str:
    return ", ".join(f"{_quote(conn, SCHEMA)}.{_quote(conn, name)}" for name in relations)
