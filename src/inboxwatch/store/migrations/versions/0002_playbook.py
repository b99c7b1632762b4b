"""The whole follow-up playbook: drafts per round and recipient, the reply clock, 64-bit cursors.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("interviews") as batch:
        batch.add_column(sa.Column("clock_from", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("not_before", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("last_sender", sa.String(length=320), nullable=True))
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("recipients", sa.Text(), nullable=True))
    with op.batch_alter_table("drafts") as batch:
        batch.add_column(sa.Column("round", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(sa.Column("recipient", sa.String(length=320), nullable=False, server_default=""))
        batch.add_column(sa.Column("missing_since", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("closed_at", sa.DateTime(), nullable=True))
        batch.drop_constraint("uq_drafts_interview_id", type_="unique")
        batch.create_unique_constraint(
            "uq_drafts_interview_id", ["interview_id", "round", "step", "recipient"]
        )
    with op.batch_alter_table("drafts") as batch:
        # The defaults only filled existing rows; the application always sets both.
        batch.alter_column("round", server_default=None)
        batch.alter_column("recipient", server_default=None)
    with op.batch_alter_table("sync_cursors") as batch:
        batch.alter_column("position", type_=sa.BigInteger(), existing_type=sa.Integer())


def downgrade() -> None:
    with op.batch_alter_table("sync_cursors") as batch:
        batch.alter_column("position", type_=sa.Integer(), existing_type=sa.BigInteger())
    with op.batch_alter_table("drafts") as batch:
        batch.drop_constraint("uq_drafts_interview_id", type_="unique")
        batch.create_unique_constraint("uq_drafts_interview_id", ["interview_id", "step"])
        batch.drop_column("closed_at")
        batch.drop_column("missing_since")
        batch.drop_column("recipient")
        batch.drop_column("round")
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("recipients")
    with op.batch_alter_table("interviews") as batch:
        batch.drop_column("last_sender")
        batch.drop_column("not_before")
        batch.drop_column("clock_from")
