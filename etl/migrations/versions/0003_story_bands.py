"""Story bands: the LSH band hashes of every article's MinHash signature, for story clusters.

Revision ID: 0003
Revises: 0002
Create Date: 2025-04-16

- ``story_bands``: one row per (article, band) with the band's hash and the article's time
  and week, indexed by (week_no, band_no, band_hash, article_time, article_id), so that a
  load finds a new batch's story candidates among the whole history with an indexed join
  that touches only the recent weeks of the index (see ``etl.warehouse.stories``). No
  foreign key to ``articles``: bands are derived data, and a per-row check would cost a batch
  as much as writing its bands (see ``schema.py``).
- Articles loaded before this revision have no bands yet: a load that sees one again indexes
  it. Candidates are only looked for within a day of an article, so the gap closes with the
  first day loaded after the upgrade.
- PostgreSQL: ``COMMENT ON`` the new table and its columns, SELECT for ``news_reader``.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from etl.warehouse.comments import sync_comments
from etl.warehouse.roles import grant_reader_access

SCHEMA = "news"

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TZ = sa.DateTime(timezone=True)
# SQLite auto-increments only an INTEGER PRIMARY KEY; articles.article_id is one there.
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "story_bands",
        sa.Column("article_id", BIG_ID, primary_key=True),
        sa.Column("band_no", sa.SmallInteger, primary_key=True),
        sa.Column("band_hash", sa.BigInteger, nullable=False),
        sa.Column("article_time", TZ, nullable=False),
        sa.Column("week_no", sa.Integer, nullable=False),
        schema=SCHEMA,
    )
    op.create_index(
        "ix_story_bands_week_band",
        "story_bands",
        ["week_no", "band_no", "band_hash", "article_time", "article_id"],
        schema=SCHEMA,
    )
    conn = op.get_bind()
    sync_comments(conn)
    grant_reader_access(conn)


def downgrade() -> None:
    op.drop_index("ix_story_bands_week_band", table_name="story_bands", schema=SCHEMA)
    op.drop_table("story_bands", schema=SCHEMA)
