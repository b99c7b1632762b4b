"""Other names and job ids of an interview, and the conversation a message belongs to.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("interviews") as batch:
        # Plain ADD COLUMN: rebuilding the parent table on SQLite would cascade-delete its children.
        batch.add_column(sa.Column("aliases", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("job_ids", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("thread_id", sa.String(length=255), nullable=True))
        batch.create_index("ix_messages_thread_id", ["thread_id"])


def downgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.drop_index("ix_messages_thread_id")
        batch.drop_column("thread_id")
    with op.batch_alter_table("interviews") as batch:
        batch.drop_column("job_ids")
        batch.drop_column("aliases")
