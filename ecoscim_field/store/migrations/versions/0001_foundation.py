"""Foundation: store metadata, devices, fieldworkers, the audit log and tombstones.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _synced_columns() -> list[sa.Column]:  # type: ignore[type-arg]
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
        "store_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "tombstones",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("origin_device", sa.String(36), nullable=False),
        sa.Column("hlc", sa.String(64), nullable=False, index=True),
        sa.Column("change_seq", sa.Integer(), nullable=False, index=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "devices",
        *_synced_columns(),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("platform", sa.String(200), nullable=False),
    )
    op.create_table(
        "fieldworkers",
        *_synced_columns(),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("initials", sa.String(8), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("device_id", sa.String(36), sa.ForeignKey("devices.id"), nullable=True),
    )
    op.create_table(
        "audit_log",
        *_synced_columns(),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    for table in ("audit_log", "fieldworkers", "devices", "tombstones", "store_meta"):
        op.drop_table(table)
