"""The data folder's layout and the checks made before any database code runs.

Light on purpose (no SQLAlchemy): the interface imports it while the window is still
coming up, and `doctor` uses it to examine a folder without opening the store.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from contextlib import suppress
from pathlib import Path

from ecoscim_field.store.errors import StoreError, StoreProblem

DB_FILE = "ecoscim-field.sqlite3"
RECORDINGS_DIR = "recordings"
OUTBOX_DIR = "outbox"
BACKUPS_DIR = "backups"
# PRAGMA application_id marks a SQLite file as ours ("ECOS"), so that a foreign
# database is recognised and left alone.
APPLICATION_ID = 0x45434F53
SQLITE_MAGIC = b"SQLite format 3\x00"


def ensure_writable_folder(folder: Path) -> None:
    """Create `folder` if needed and prove that a file can be written and synced in it."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _folder_error(exc, folder) from exc
    probe = folder / f".write-probe-{os.getpid()}"
    try:
        with open(probe, "wb") as handle:
            handle.write(b"\0" * 4096)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        raise _folder_error(exc, folder) from exc
    finally:
        with suppress(OSError):
            probe.unlink(missing_ok=True)


def _folder_error(exc: OSError, folder: Path) -> StoreError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StoreError(StoreProblem.DISK_FULL, folder, detail=str(exc))
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StoreError(StoreProblem.READ_ONLY, folder, detail=str(exc))
    return StoreError(StoreProblem.CANNOT_CREATE, folder, detail=str(exc))


def check_database_file(folder: Path, db_path: Path) -> None:
    """Refuse a file that is not a SQLite database, or one made by another program."""
    if not db_path.exists():
        return
    try:
        with open(db_path, "rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise _folder_error(exc, folder) from exc
    if not header:
        return  # an empty file is what SQLite itself makes of a new database
    if not header.startswith(SQLITE_MAGIC) or len(header) < 100:
        raise StoreError(StoreProblem.CORRUPT, folder, path=db_path, detail="not a SQLite file")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id == APPLICATION_ID:
        return
    # application_id 0: an empty database, or someone else's. Ours always sets it.
    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as conn:
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(StoreProblem.CORRUPT, folder, path=db_path, detail=str(exc)) from exc
    if tables or app_id != 0:
        raise StoreError(StoreProblem.FOREIGN, folder, path=db_path, detail=f"app id {app_id}")
