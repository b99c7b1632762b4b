"""Backfills: interviews whose earlier mail the next scan searches for again.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A new table only: no parent table is rebuilt, so no child rows cascade away on SQLite.
    op.create_table(
        "backfills",
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("marked_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interviews.id"],
            name=op.f("fk_backfills_interview_id_interviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("interview_id", name=op.f("pk_backfills")),
    )
    # Replies the gate turned away before this version are found by the first scan after it.
    op.execute(
        "insert into backfills (interview_id, marked_at) "
        "select id, created_at from interviews where status <> 'closed'"
    )


def downgrade() -> None:
    op.drop_table("backfills")
