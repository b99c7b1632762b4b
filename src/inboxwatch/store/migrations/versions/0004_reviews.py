"""The review queue: replies inboxwatch was unsure of, waiting for the user.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A new table only: no parent table is rebuilt, so no child rows cascade away on SQLite.
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_ref", sa.Integer(), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=True),
        sa.Column("candidates", sa.JSON(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("match_score", sa.Float(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("replied_at", sa.DateTime(), nullable=False),
        sa.Column("return_date", sa.Date(), nullable=True),
        sa.Column("invite_start", sa.DateTime(), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["message_ref"],
            ["messages.id"],
            name=op.f("fk_reviews_message_ref_messages"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interviews.id"],
            name=op.f("fk_reviews_interview_id_interviews"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviews")),
        sa.UniqueConstraint("message_ref", name=op.f("uq_reviews_message_ref")),
    )
    with op.batch_alter_table("reviews") as batch:
        batch.create_index(batch.f("ix_reviews_interview_id"), ["interview_id"], unique=False)
        batch.create_index(batch.f("ix_reviews_state"), ["state"], unique=False)


def downgrade() -> None:
    op.drop_table("reviews")
