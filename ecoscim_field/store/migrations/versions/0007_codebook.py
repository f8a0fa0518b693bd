"""The codebook: the framework's dimensions and the team's own codes (hierarchical, with
colours and shortcuts), and the codes applied to notes.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _synced() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("origin_device", sa.String(36), nullable=False),
        sa.Column("hlc", sa.String(64), nullable=False, index=True),
        sa.Column("change_seq", sa.Integer(), nullable=False, index=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "codes",
        *_synced(),
        sa.Column("parent_id", sa.String(36), sa.ForeignKey("codes.id"), index=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("colour", sa.String(7), nullable=False),
        sa.Column("shortcut", sa.String(1), nullable=False),
        sa.Column("builtin_key", sa.String(32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "note_codes",
        *_synced(),
        sa.Column("note_id", sa.String(36), sa.ForeignKey("notes.id"), nullable=False, index=True),
        sa.Column("code_id", sa.String(36), sa.ForeignKey("codes.id"), nullable=False, index=True),
        sa.UniqueConstraint("note_id", "code_id"),
    )


def downgrade() -> None:
    op.drop_table("note_codes")
    op.drop_table("codes")
