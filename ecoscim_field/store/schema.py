"""Schema versions: the Alembic revisions that build and upgrade a store.

Importable without SQLAlchemy or Alembic (the About box shows HEAD_REVISION).
Start-up compares the store's revision with `HEAD_REVISION` and only loads Alembic when
they differ, so opening an up-to-date store costs one query. A test keeps the constant
equal to the newest migration.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Connection

HEAD_REVISION = "0009"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def current_revision(connection: Connection) -> str | None:
    """The store's Alembic revision, or None for a store without one."""
    from sqlalchemy import text

    has_table = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
    ).first()
    if not has_table:
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return None if row is None else str(row[0])


def known_revisions() -> list[str]:
    """Every revision this version of the app can upgrade from, oldest first."""
    script = _script_directory()
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def script_head() -> str:
    head = _script_directory().get_current_head()
    assert head is not None
    return str(head)


def upgrade(connection: Connection, target: str = "head") -> None:
    """Run the migrations from the store's revision up to `target`, in `connection`."""
    from alembic import command

    config = _config()
    config.attributes["connection"] = connection
    command.upgrade(config, target)


def _config() -> Config:
    # Alembic is imported only on the slow path: an up-to-date store never loads it.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())
