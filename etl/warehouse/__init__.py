"""The warehouse: schema ``news`` on PostgreSQL (production) or SQLite (embedded default).

Modules, each with one job:

- ``schema``   the tables (one SQLAlchemy Core ``MetaData`` serves both databases)
- ``engine``   engines, Alembic migrations (``etl/migrations``), the ``sources`` row of a profile
- ``seed``     reference data: the section taxonomy and the KST calendar ``dim_date``
- ``runs``     the ``runs`` audit table
- ``load``     ``load_batch`` (one transaction per batch), warehouse lookups, table checksums
- ``merge_postgres`` / ``merge_sqlite``  the two implementations of the article merge
"""
