"""Interview sessions; recordings bound to a session as numbered segments; notes bound
to a session and a guide question.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
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
        "interview_sessions",
        *_synced(),
        sa.Column(
            "participant_id",
            sa.String(36),
            sa.ForeignKey("participants.id"),
            nullable=False,
            index=True,
        ),
        sa.Column("appointment_id", sa.String(36), sa.ForeignKey("appointments.id")),
        sa.Column("guide_id", sa.String(36), sa.ForeignKey("interview_guides.id")),
        sa.Column("fieldworker_id", sa.String(36), sa.ForeignKey("fieldworkers.id")),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True)),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("consent_pending", sa.Boolean(), nullable=False),
        sa.Column("covered", sa.Text(), nullable=False),
        sa.Column("reflection", sa.Text(), nullable=False),
    )
    with op.batch_alter_table("recordings") as batch:
        batch.add_column(sa.Column("session_id", sa.String(36), nullable=True))
        batch.add_column(sa.Column("segment", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(sa.Column("device", sa.String(300), nullable=False, server_default=""))
        batch.add_column(
            sa.Column("recovered", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.create_foreign_key(
            "fk_recordings_session_id_interview_sessions", "interview_sessions",
            ["session_id"], ["id"],
        )  # fmt: skip
        batch.create_index("ix_recordings_session_id", ["session_id"])
    with op.batch_alter_table("notes") as batch:
        batch.add_column(sa.Column("session_id", sa.String(36), nullable=True))
        batch.add_column(
            sa.Column("question_ref", sa.String(32), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("edited_at", sa.DateTime(timezone=True), nullable=True))
        batch.create_foreign_key(
            "fk_notes_session_id_interview_sessions", "interview_sessions",
            ["session_id"], ["id"],
        )  # fmt: skip
        batch.create_index("ix_notes_session_id", ["session_id"])
    with op.batch_alter_table("recordings") as batch:
        batch.alter_column("segment", server_default=None)
        batch.alter_column("device", server_default=None)
        batch.alter_column("recovered", server_default=None)
    with op.batch_alter_table("notes") as batch:
        batch.alter_column("question_ref", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("notes") as batch:
        batch.drop_index("ix_notes_session_id")
        batch.drop_constraint("fk_notes_session_id_interview_sessions", type_="foreignkey")
        batch.drop_column("edited_at")
        batch.drop_column("question_ref")
        batch.drop_column("session_id")
    with op.batch_alter_table("recordings") as batch:
        batch.drop_index("ix_recordings_session_id")
        batch.drop_constraint("fk_recordings_session_id_interview_sessions", type_="foreignkey")
        batch.drop_column("recovered")
        batch.drop_column("device")
        batch.drop_column("segment")
        batch.drop_column("session_id")
    op.drop_table("interview_sessions")
