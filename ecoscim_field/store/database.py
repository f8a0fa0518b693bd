"""Opening a data folder safely, and the unit of work every change goes through.

`Store.open()` refuses, before it writes anything, a folder it cannot write to, a full
disk, a damaged or foreign database and a schema newer than this app; it creates a new
store with the migrations and upgrades an older one after a backup copy. Every change
then happens in `store.transaction()`, where the flush hook stamps synced records.
"""

from __future__ import annotations

import os
import platform
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, func, select, text
from sqlalchemy import inspect as inspect_object
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ecoscim_field.store import schema
from ecoscim_field.store.errors import ImmutableFactError, StoreError, StoreProblem
from ecoscim_field.store.folder import (
    APPLICATION_ID,
    BACKUPS_DIR,
    DB_FILE,
    OUTBOX_DIR,
    RECORDINGS_DIR,
    check_database_file,
    ensure_writable_folder,
)
from ecoscim_field.store.hlc import Stamp, next_stamp, now_ms
from ecoscim_field.store.models import (
    SYNCED_MODELS,
    AuditEntry,
    ConsentForm,
    ConsentRecord,
    ConsentWithdrawal,
    Device,
    StoreMeta,
    Synced,
    Tombstone,
    new_id,
)

__all__ = [
    "APPLICATION_ID",
    "BACKUPS_DIR",
    "DB_FILE",
    "OUTBOX_DIR",
    "RECORDINGS_DIR",
    "OpenReport",
    "Store",
    "check_database_file",
    "ensure_writable_folder",
    "finish_pending_files",
    "integrity_check",
    "merge_lock",
    "pending_changes",
    "record_counts",
]


@dataclass(frozen=True)
class OpenReport:
    """What opening the store did besides opening it."""

    created: bool = False
    upgraded_from: str | None = None
    backup: Path | None = None


class Store:
    """One data folder: the SQLite database, recordings and outbox of this laptop."""

    def __init__(self, folder: Path, engine: Engine, device_id: str, report: OpenReport) -> None:
        self.folder = folder
        self.engine = engine
        self.device_id = device_id
        self.report = report
        # Transactions that may write take SQLite's write lock when they begin (BEGIN
        # IMMEDIATE): two deferred transactions that both read, then both try to write,
        # fail at once with "database is locked", whatever the busy timeout. Snapshots
        # that only read (`reading()`) begin deferred and never wait for a writer (WAL).
        self._sessions = sessionmaker(
            engine.execution_options(ecoscim_immediate=True), expire_on_commit=False
        )
        self._read_sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def db_path(self) -> Path:
        return self.folder / DB_FILE

    @classmethod
    def open(cls, folder: Path, *, upgrade: bool = True) -> Store:
        """Open (creating or upgrading as needed) the store in `folder`."""
        folder = folder.expanduser().absolute()
        ensure_writable_folder(folder)
        db_path = folder / DB_FILE
        check_database_file(folder, db_path)
        engine = _engine(db_path)
        try:
            report = _prepare_schema(folder, engine, upgrade=upgrade)
            if upgrade:
                device_id = _ensure_device(engine, created=report.created)
            else:
                device_id = _read_device_id(engine)
        except StoreError:
            engine.dispose()
            raise
        except OperationalError as exc:
            engine.dispose()
            raise translate_sqlite_error(exc, folder, db_path) from exc
        except DatabaseError as exc:
            engine.dispose()
            raise StoreError(StoreProblem.CORRUPT, folder, path=db_path, detail=str(exc)) from exc
        for sub in (RECORDINGS_DIR, OUTBOX_DIR):
            (folder / sub).mkdir(exist_ok=True)
        if upgrade:
            from ecoscim_field.sync.keys import device_keys

            device_keys(folder)  # this laptop's signing and encryption keys, made once
            with merge_lock(folder, wait=False) as locked:
                if locked:  # no merge is running: finish or clear what one left behind
                    finish_pending_files(folder, engine)
        return cls(folder, engine, device_id, report)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any error."""
        with self._session(self._sessions) as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only snapshot: never blocks, nor is blocked by, a writer."""
        with self._session(self._read_sessions) as session:
            yield session

    @contextmanager
    def _session(self, make: sessionmaker[Session]) -> Iterator[Session]:
        session = make()
        session.info["device_id"] = self.device_id
        try:
            with session.begin():
                yield session
        except OperationalError as exc:
            raise translate_sqlite_error(exc, self.folder, self.db_path) from exc
        finally:
            session.close()

    def size_bytes(self) -> int:
        """The database with its write-ahead log."""
        total = 0
        for suffix in ("", "-wal", "-shm"):
            candidate = self.db_path.with_name(self.db_path.name + suffix)
            if candidate.exists():
                total += candidate.stat().st_size
        return total


MERGE_LOCK = ".merge.lock"
INCOMING_PREFIX = ".incoming-"


@contextmanager
def merge_lock(folder: Path, *, wait: bool = True) -> Iterator[bool]:
    """Hold the data folder's merge lock: one merge at a time, and the clean-up at start-up
    never touches the files of a merge that is running in another process."""
    if os.name != "posix":
        yield True
        return
    import fcntl

    with open(folder / MERGE_LOCK, "a+b") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def finish_pending_files(folder: Path, engine: Engine) -> None:
    """Rename the audio files of committed merges into place, delete those of recordings
    they removed, and remove those of merges that never committed (with the lock held)."""
    recordings = folder / RECORDINGS_DIR
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT temp_name, final_name FROM pending_files").all()
            conn.rollback()
    except OperationalError:
        return  # a store without the table (opened without upgrading)
    for temp, final in rows:
        source = recordings / Path(temp).name
        if not final:  # a recording deleted by the merge: its file goes
            source.unlink(missing_ok=True)
        elif source.exists():
            os.replace(source, recordings / Path(final).name)
    if rows:
        if os.name == "posix":
            fd = os.open(recordings, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        with engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM pending_files")
    for stray in recordings.glob(f"{INCOMING_PREFIX}*"):
        stray.unlink(missing_ok=True)


def translate_sqlite_error(exc: OperationalError, folder: Path, db_path: Path) -> StoreError:
    message = str(exc.orig) if exc.orig is not None else str(exc)
    lowered = message.lower()
    if "disk is full" in lowered or "disk full" in lowered:
        return StoreError(StoreProblem.DISK_FULL, folder, path=db_path, detail=message)
    if "readonly" in lowered or "read-only" in lowered or "unable to open" in lowered:
        return StoreError(StoreProblem.READ_ONLY, folder, path=db_path, detail=message)
    if "malformed" in lowered or "not a database" in lowered:
        return StoreError(StoreProblem.CORRUPT, folder, path=db_path, detail=message)
    raise exc


def _engine(db_path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{db_path}", connect_args={"timeout": 10})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin
        # (the pysqlite recipe in SQLAlchemy's SQLite dialect documentation).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        # FULL makes each commit durable across a power cut, not only an app crash.
        cursor.execute("PRAGMA synchronous=FULL")
        # Deleted content is overwritten, not left in free pages: a withdrawal must
        # really remove the data from the file.
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("ecoscim_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _prepare_schema(folder: Path, engine: Engine, *, upgrade: bool) -> OpenReport:
    with engine.connect() as conn:
        found = schema.current_revision(conn)
        conn.rollback()
    if found == schema.HEAD_REVISION:
        return OpenReport()
    if found is not None and found not in schema.known_revisions():
        raise StoreError(StoreProblem.NEWER_SCHEMA, folder, detail=found)
    if not upgrade:
        return OpenReport(upgraded_from=found)
    backup = _backup(folder, engine, found) if found is not None else None
    if found is None:
        # Outside any transaction: SQLite will not change the journal mode inside one.
        raw = engine.raw_connection()
        try:
            raw.driver_connection.execute(f"PRAGMA application_id={APPLICATION_ID}")  # type: ignore[union-attr]
            raw.driver_connection.execute("PRAGMA journal_mode=WAL")  # type: ignore[union-attr]
        finally:
            raw.close()
    with engine.connect() as conn:
        schema.upgrade(conn)
        conn.commit()
    return OpenReport(created=found is None, upgraded_from=found, backup=backup)


def _backup(folder: Path, engine: Engine, revision: str) -> Path:
    """Copy the whole database (consistently, through SQLite's backup API) before a change."""
    backups = folder / BACKUPS_DIR
    backups.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backups / f"ecoscim-field-schema{revision}-{stamp}.sqlite3"
    partial = target.with_name(target.name + ".partial")
    raw = engine.raw_connection()
    try:
        destination = sqlite3.connect(partial)
        try:
            raw.driver_connection.backup(destination)  # type: ignore[union-attr]
        finally:
            destination.close()
    finally:
        raw.close()
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, target)
    return target


def _read_device_id(engine: Engine) -> str:
    """The device id of a store opened without upgrading it ("" before the first start)."""
    try:
        with engine.connect() as conn:
            row = conn.execute(text("SELECT value FROM store_meta WHERE key='device_id'")).first()
    except OperationalError:
        return ""
    return "" if row is None else str(row[0])


def _ensure_device(engine: Engine, *, created: bool) -> str:
    with Session(engine) as session, session.begin():
        meta = session.get(StoreMeta, "device_id")
        if meta is not None:
            return meta.value
        device_id = new_id()
        for key, value in (("device_id", device_id), ("local_seq", "0"), ("exported_seq", "0")):
            session.add(StoreMeta(key=key, value=value))
        session.flush()
        session.info["device_id"] = device_id
        session.add(
            Device(id=device_id, label=platform.node() or "?", platform=platform.platform())
        )
        session.add(AuditEntry(action="store.created" if created else "device.created"))
        return device_id


# --- stamping ------------------------------------------------------------------------


@event.listens_for(Session, "before_flush")
def _stamp_synced(session: Session, _context: Any, _instances: Any) -> None:
    """Give every new or changed synced record its clock stamp and change sequence, and
    turn every deleted one into a tombstone, in the same transaction as the change."""
    device_id = session.info.get("device_id")
    changed = [o for o in session.new if isinstance(o, Synced)]
    changed += [
        o
        for o in session.dirty
        if isinstance(o, Synced) and session.is_modified(o, include_collections=False)
    ]
    deleted = [o for o in session.deleted if isinstance(o, Synced)]
    if not changed and not deleted:
        return
    if device_id is None:
        raise RuntimeError("synced records change only inside Store.transaction()")
    conn = session.connection()
    # One sequence number per flush, taken under SQLite's write lock by this UPDATE.
    seq = int(
        conn.execute(
            text(
                "UPDATE store_meta SET value = CAST(value AS INTEGER) + 1 "
                "WHERE key = 'local_seq' RETURNING value"
            )
        ).scalar_one()
    )
    row = conn.execute(text("SELECT value FROM store_meta WHERE key = 'hlc_last'")).first()
    last = Stamp.decode(row[0]) if row else None
    for obj in changed:
        last = next_stamp(last, device_id, now_ms())
        if obj in session.new and not obj.origin_device:
            obj.origin_device = device_id
        elif (
            obj.hlc
            and not inspect_object(obj).attrs.base_hlcs.history.has_changes()
            and obj.hlc.split("-", 2)[2] != device_id
        ):
            # An edit of another laptop's version is based on it; an edit of this
            # laptop's own version keeps what that one was based on.
            obj.base_hlcs = obj.hlc
        obj.hlc = last.encode()
        obj.change_seq = seq
    for obj in deleted:
        last = next_stamp(last, device_id, now_ms())
        session.add(
            Tombstone(
                id=obj.id,
                table_name=obj.__tablename__,
                origin_device=device_id,
                hlc=last.encode(),
                change_seq=seq,
            )
        )
    assert last is not None
    conn.execute(
        text("INSERT OR REPLACE INTO store_meta (key, value) VALUES ('hlc_last', :v)"),
        {"v": last.encode()},
    )


# Facts that are never edited: a consent given, a withdrawal, an approved form version.
IMMUTABLE_MODELS = (ConsentRecord, ConsentWithdrawal, ConsentForm)


@event.listens_for(Session, "before_flush")
def _refuse_edits(session: Session, _context: Any, _instances: Any) -> None:
    for obj in session.dirty:
        if isinstance(obj, IMMUTABLE_MODELS) and session.is_modified(
            obj, include_collections=False
        ):
            raise ImmutableFactError(
                f"{type(obj).__name__} {obj.id} is a recorded fact and cannot be edited; "
                "record a withdrawal or a new consent instead"
            )


# --- queries shared by the CLI and the app ---------------------------------------------


def pending_changes(session: Session) -> int:
    """How many records and tombstones have changed since the last export."""
    exported = int(session.get_one(StoreMeta, "exported_seq").value)
    total = 0
    models: tuple[type[Synced] | type[Tombstone], ...] = (*SYNCED_MODELS, Tombstone)
    for model in models:
        query = select(func.count()).select_from(model).where(model.change_seq > exported)
        total += session.scalar(query) or 0
    return total


def record_counts(session: Session) -> dict[str, int]:
    """Rows per synced table."""
    return {
        model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
        for model in SYNCED_MODELS
    }


def integrity_check(store: Store) -> list[str]:
    """SQLite's own full integrity check and foreign-key check; empty when all is well."""
    problems: list[str] = []
    with store.engine.connect() as conn:
        for (line,) in conn.exec_driver_sql("PRAGMA integrity_check"):
            if line != "ok":
                problems.append(str(line))
        for row in conn.exec_driver_sql("PRAGMA foreign_key_check"):
            problems.append(f"foreign key: {tuple(row)}")
    return problems
