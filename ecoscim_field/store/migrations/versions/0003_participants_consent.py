"""Participants (identifying data apart), consent forms, records, withdrawals; the
recordings and notes that consent governs (the interview screen extends them).

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
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
        "participants",
        *_synced(),
        sa.Column("code", sa.String(32), nullable=False, unique=True),
        sa.Column("stakeholder_group", sa.String(32), nullable=False),
        sa.Column("case_study_id", sa.String(36), sa.ForeignKey("case_studies.id")),
        sa.Column("alcaldia", sa.String(64), nullable=False),
        sa.Column("colonia", sa.String(200), nullable=False),
        sa.Column("language", sa.String(10), nullable=False),
        sa.Column("age_band", sa.String(16), nullable=False),
        sa.Column("gender", sa.String(200), nullable=False),
        sa.Column("uses_service", sa.String(8), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
    )
    op.create_table(
        "participant_identities",
        *_synced(),
        sa.Column(
            "participant_id", sa.String(36), sa.ForeignKey("participants.id"),
            nullable=False, unique=True,
        ),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("phone", sa.String(100), nullable=False),
        sa.Column("email", sa.String(300), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
    )  # fmt: skip
    op.create_table(
        "consent_forms",
        *_synced(),
        sa.Column("form_key", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(10), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("ethics_ref", sa.String(100), nullable=False),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.Column("items", sa.Text(), nullable=False),
        sa.UniqueConstraint("form_key", "version", "language"),
    )
    op.create_table(
        "consent_records",
        *_synced(),
        sa.Column(
            "participant_id", sa.String(36), sa.ForeignKey("participants.id"),
            nullable=False, index=True,
        ),
        sa.Column("form_id", sa.String(36), sa.ForeignKey("consent_forms.id"), nullable=False),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("method", sa.String(16), nullable=False),
        sa.Column("paper_ref", sa.String(200), nullable=False),
        sa.Column("witness_id", sa.String(36), sa.ForeignKey("fieldworkers.id")),
        sa.Column("witness_name", sa.String(200), nullable=False),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("signature_png", sa.LargeBinary()),
    )  # fmt: skip
    op.create_table(
        "consent_withdrawals",
        *_synced(),
        sa.Column(
            "participant_id", sa.String(36), sa.ForeignKey("participants.id"),
            nullable=False, index=True,
        ),
        sa.Column(
            "consent_record_id", sa.String(36), sa.ForeignKey("consent_records.id"),
            nullable=False,
        ),
        sa.Column("items", sa.Text(), nullable=False),
        sa.Column("full", sa.Boolean(), nullable=False),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("requested_via", sa.String(32), nullable=False),
        sa.Column("recorded_by", sa.String(200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
    )  # fmt: skip

    op.create_table(
        "recordings",
        *_synced(),
        sa.Column(
            "participant_id", sa.String(36), sa.ForeignKey("participants.id"),
            nullable=False, index=True,
        ),
        sa.Column("file_name", sa.String(300), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("duration_s", sa.Float(), nullable=False),
        sa.Column("sample_rate", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
    )  # fmt: skip
    op.create_table(
        "notes",
        *_synced(),
        sa.Column(
            "participant_id", sa.String(36), sa.ForeignKey("participants.id"),
            nullable=False, index=True,
        ),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("audio_offset_ms", sa.Integer()),
        sa.Column("written_at", sa.DateTime(timezone=True), nullable=False),
    )  # fmt: skip


def downgrade() -> None:
    for table in (
        "notes", "recordings",
        "consent_withdrawals", "consent_records", "consent_forms",
        "participant_identities", "participants",
    ):  # fmt: skip
        op.drop_table(table)
