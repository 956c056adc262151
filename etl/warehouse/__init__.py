"""The warehouse: schema ``news`` on PostgreSQL (production) or SQLite (embedded default).

Modules, each with one job:

- ``schema``   the tables, each table and column with its description (``comment=``); one
               SQLAlchemy Core ``MetaData`` serves both databases (``sqltypes``: column types)
- ``views``    the consumer views and the daily mart, declared with their descriptions
- ``engine``   engines, Alembic migrations (``etl/migrations``), the ``sources`` row of a profile
- ``seed``     reference data: the section taxonomy and the KST calendar ``dim_date``
- ``comments`` ``COMMENT ON`` every table, view and column from the declarations
- ``roles``    the read-only role ``news_reader`` and its grants
- ``runs``     the ``runs`` audit table
- ``load``     ``load_batch`` (one transaction per batch), warehouse lookups, table checksums
- ``merge_postgres`` / ``merge_sqlite``  the two implementations of the article merge
- ``marts``    ``refresh_marts``, called after each load
- ``quality_results``  the quality stage's check outcomes and trailing daily counts
- ``catalog`` / ``dictionary`` / ``dbt``  the live schema described, as the Markdown data
               dictionary and as a dbt ``sources.yml``
"""
