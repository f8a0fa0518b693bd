"""Interview guides (versioned), appointments, and case-study links and archiving.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
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
    with op.batch_alter_table("case_studies") as batch:
        batch.add_column(sa.Column("links", sa.Text(), nullable=False, server_default="[]"))
        batch.add_column(
            sa.Column("archived", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("case_studies") as batch:
        batch.alter_column("links", server_default=None)
        batch.alter_column("archived", server_default=None)
    op.create_table(
        "interview_guides",
        *_synced(),
        sa.Column("guide_key", sa.String(36), nullable=False, index=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("stakeholder_group", sa.String(32), nullable=False),
        sa.Column("language", sa.String(10), nullable=False),
        sa.Column("case_study_id", sa.String(36), sa.ForeignKey("case_studies.id")),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.UniqueConstraint("guide_key", "version"),
    )
    op.create_table(
        "appointments",
        *_synced(),
        sa.Column("participant_id", sa.String(36), sa.ForeignKey("participants.id")),
        sa.Column("target_group", sa.String(32), nullable=False),
        sa.Column("case_study_id", sa.String(36), sa.ForeignKey("case_studies.id")),
        sa.Column("guide_id", sa.String(36), sa.ForeignKey("interview_guides.id")),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False, index=True),
        sa.Column("duration_min", sa.Integer(), nullable=False),
        sa.Column("time_zone", sa.String(64), nullable=False),
        sa.Column("alcaldia", sa.String(64), nullable=False),
        sa.Column("colonia", sa.String(200), nullable=False),
        sa.Column("meeting_point", sa.String(300), nullable=False),
        sa.Column("directions", sa.Text(), nullable=False),
        sa.Column("fieldworker_ids", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("status_reason", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("appointments")
    op.drop_table("interview_guides")
    with op.batch_alter_table("case_studies") as batch:
        batch.drop_column("archived")
        batch.drop_column("links")
