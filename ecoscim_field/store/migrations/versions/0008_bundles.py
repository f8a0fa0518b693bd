"""Bundles: what each version of a record was based on (to tell a concurrent edit from a
later one), the conflicts a merge found, the devices this store trusts, the bundles it
has merged, and the audio files a committed merge still has to put in place.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

SYNCED_TABLES = (
    "devices", "fieldworkers", "audit_log", "case_studies", "participants",
    "participant_identities", "consent_forms", "consent_records", "consent_withdrawals",
    "interview_guides", "appointments", "interview_sessions", "recordings", "notes",
    "codes", "note_codes",
)  # fmt: skip


def upgrade() -> None:
    for table in SYNCED_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("base_hlcs", sa.Text(), nullable=False, server_default=""))
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False, index=True),
        sa.Column("winner_hlc", sa.String(64), nullable=False),
        sa.Column("loser_hlc", sa.String(64), nullable=False),
        sa.Column("loser_data", sa.Text(), nullable=False),
        sa.Column("detected_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True)),
        sa.Column("resolution", sa.String(200), nullable=False),
        sa.UniqueConstraint("record_id", "loser_hlc"),
    )
    op.create_table(
        "trusted_devices",
        sa.Column("device_id", sa.String(36), primary_key=True),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("signing_key", sa.String(64), nullable=False),
        sa.Column("encryption_key", sa.String(64), nullable=False),
        sa.Column("fieldworker", sa.String(200), nullable=False),
        sa.Column("approved_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("approved_how", sa.String(32), nullable=False),
    )
    op.create_table(
        "bundles_received",
        sa.Column("device_id", sa.String(36), primary_key=True),
        sa.Column("seq", sa.Integer(), primary_key=True),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.Column("from_seq", sa.Integer(), nullable=False),
        sa.Column("to_seq", sa.Integer(), nullable=False),
        sa.Column("merged_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
    )
    op.create_table(
        "pending_files",
        sa.Column("temp_name", sa.String(300), primary_key=True),
        sa.Column("final_name", sa.String(300), nullable=False),
    )


def downgrade() -> None:
    for name in ("pending_files", "bundles_received", "trusted_devices", "sync_conflicts"):
        op.drop_table(name)
    for table in SYNCED_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("base_hlcs")
