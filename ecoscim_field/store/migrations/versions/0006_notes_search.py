"""Full-text search over notes: an FTS5 index kept in step with `notes` by triggers.

Accent-insensitive (unicode61 with remove_diacritics 2: "estacion" finds "estación",
"nino" finds "niño"); external content, so the text is stored once, in `notes`; a deleted
note (a withdrawal's purge) leaves the index through the delete trigger.

Revision ID: 0006
Revises: 0005
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE notes_fts USING fts5(text, content='notes', "
        "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(
        "CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN "
        "INSERT INTO notes_fts(rowid, text) VALUES (new.rowid, new.text); END"
    )
    op.execute(
        "CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN "
        "INSERT INTO notes_fts(notes_fts, rowid, text) VALUES ('delete', old.rowid, old.text); "
        "END"
    )
    op.execute(
        "CREATE TRIGGER notes_fts_update AFTER UPDATE OF text ON notes BEGIN "
        "INSERT INTO notes_fts(notes_fts, rowid, text) VALUES ('delete', old.rowid, old.text); "
        "INSERT INTO notes_fts(rowid, text) VALUES (new.rowid, new.text); END"
    )
    op.execute("INSERT INTO notes_fts(notes_fts) VALUES ('rebuild')")


def downgrade() -> None:
    for trigger in ("notes_fts_insert", "notes_fts_delete", "notes_fts_update"):
        op.execute(f"DROP TRIGGER {trigger}")
    op.execute("DROP TABLE notes_fts")
