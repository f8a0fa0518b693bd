"""Case studies: the Smart City projects the research studies.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_studies",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("origin_device", sa.String(36), nullable=False),
        sa.Column("hlc", sa.String(64), nullable=False, index=True),
        sa.Column("change_seq", sa.Integer(), nullable=False, index=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("name", sa.String(300), nullable=False, index=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("origin", sa.String(20), nullable=False),
        sa.Column("organisation", sa.String(300), nullable=False),
        sa.Column("stage", sa.String(20), nullable=False),
        sa.Column("alcaldias", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("case_studies")
