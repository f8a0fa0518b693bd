"""The store: migrations, sync stamps, tombstones, and refusing unsafe folders and files."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, select

from ecoscim_field.domain.case_studies import create_case_study
from ecoscim_field.store import schema
from ecoscim_field.store.database import (
    APPLICATION_ID,
    BACKUPS_DIR,
    DB_FILE,
    Store,
    integrity_check,
    pending_changes,
)
from ecoscim_field.store.errors import StoreError, StoreProblem
from ecoscim_field.store.hlc import Stamp
from ecoscim_field.store.models import Base, CaseStudy, Origin, Stage, StoreMeta, Tombstone
from tests.mounts import fill_up, remount_read_only, tmpfs


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_case(store: Store, name: str = "Ecobici") -> str:
    with store.transaction() as session:
        case = create_case_study(session, name=name, origin=Origin.STATE, stage=Stage.OPERATION)
        session.flush()
        return case.id


def test_a_new_store_is_built_by_the_migrations_and_matches_the_models(store: Store) -> None:
    assert store.report.created
    with store.engine.connect() as conn:
        assert schema.current_revision(conn) == schema.HEAD_REVISION

        # The notes' full-text index (an FTS5 virtual table and its shadow tables) is
        # made by the migration alone: SQLAlchemy has no model for it.
        def ours(name: str | None, kind: str, _parent: object) -> bool:
            return not (kind == "table" and (name or "").startswith("notes_fts"))

        context = MigrationContext.configure(conn, opts={"include_name": ours})
        diff = compare_metadata(context, Base.metadata)
    assert diff == [], f"migrations and models differ: {diff}"


def test_head_revision_constant_is_the_newest_migration() -> None:
    assert schema.script_head() == schema.HEAD_REVISION
    assert schema.known_revisions()[0] == "0001"


def test_store_runs_in_wal_mode_with_foreign_keys_and_our_application_id(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID


def test_device_id_is_stable_across_openings(data_dir: Path) -> None:
    first = Store.open(data_dir)
    device = first.device_id
    first.close()
    again = Store.open(data_dir)
    assert again.device_id == device and not again.report.created
    again.close()


def test_every_change_gets_a_later_stamp_the_device_and_a_change_sequence(store: Store) -> None:
    case_id = add_case(store)
    with store.transaction() as session:
        case = session.get_one(CaseStudy, case_id)
        first_hlc, first_seq = case.hlc, case.change_seq
        assert case.origin_device == store.device_id
        assert Stamp.decode(case.hlc).device == store.device_id
        case.notes = "Visited the station at Reforma"
    with store.transaction() as session:
        case = session.get_one(CaseStudy, case_id)
        assert case.hlc > first_hlc
        assert case.change_seq > first_seq
        assert case.updated_at.tzinfo is not None


def test_an_unchanged_record_keeps_its_stamp(store: Store) -> None:
    case_id = add_case(store)
    with store.transaction() as session:
        case = session.get_one(CaseStudy, case_id)
        before = case.hlc
        case.name = case.name  # same value: not an edit
    with store.transaction() as session:
        assert session.get_one(CaseStudy, case_id).hlc == before


def test_deleting_leaves_a_tombstone_without_the_content(store: Store) -> None:
    case_id = add_case(store, name="Proyecto secreto")
    with store.transaction() as session:
        pending_before = pending_changes(session)
        session.delete(session.get_one(CaseStudy, case_id))
    with store.transaction() as session:
        assert session.get(CaseStudy, case_id) is None
        grave = session.get_one(Tombstone, case_id)
        assert grave.table_name == "case_studies"
        assert grave.origin_device == store.device_id
        assert pending_changes(session) == pending_before  # the row went, its grave came
    # secure_delete overwrites the freed bytes: once the log is checkpointed, the deleted
    # content is nowhere in the files (what a withdrawal needs).
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = store.db_path.read_bytes() + store.db_path.with_name(DB_FILE + "-wal").read_bytes()
    assert b"Proyecto secreto" not in raw


def test_pending_changes_count_what_was_not_exported(store: Store) -> None:
    with store.transaction() as session:
        base = pending_changes(session)
    add_case(store, "A")
    add_case(store, "B")
    with store.transaction() as session:
        assert pending_changes(session) == base + 2
        session.get_one(StoreMeta, "exported_seq").value = session.get_one(
            StoreMeta, "local_seq"
        ).value
    with store.transaction() as session:
        assert pending_changes(session) == 0


def test_a_failed_transaction_changes_nothing(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction() as session:
        create_case_study(session, name="Half-done", origin=Origin.MIXED, stage=Stage.OPERATION)
        session.flush()
        raise RuntimeError("power cut")
    with store.transaction() as session:
        assert session.scalars(select(CaseStudy)).all() == []


def test_an_older_store_is_upgraded_after_a_backup(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    db = data_dir / DB_FILE
    engine = create_engine(f"sqlite:///{db}")
    raw = engine.raw_connection()
    raw.driver_connection.execute(f"PRAGMA application_id={APPLICATION_ID}")  # type: ignore[union-attr]
    raw.close()
    with engine.connect() as conn:
        schema.upgrade(conn, "0001")
        conn.exec_driver_sql("INSERT INTO store_meta VALUES ('device_id', 'old-laptop')")
        conn.exec_driver_sql("INSERT INTO store_meta VALUES ('local_seq', '7')")
        conn.exec_driver_sql("INSERT INTO store_meta VALUES ('exported_seq', '0')")
        conn.commit()
    engine.dispose()

    store = Store.open(data_dir)
    try:
        assert store.report.upgraded_from == "0001"
        assert store.device_id == "old-laptop"
        backup = store.report.backup
        assert backup is not None and backup.parent == data_dir / BACKUPS_DIR
        with sqlite3.connect(backup) as old:
            assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        old.close()
        add_case(store)  # the new table exists and works
        assert integrity_check(store) == []
    finally:
        store.close()


def test_a_newer_store_is_refused_untouched(data_dir: Path) -> None:
    Store.open(data_dir).close()
    db = data_dir / DB_FILE
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = sha256(db)
    with pytest.raises(StoreError) as caught:
        Store.open(data_dir)
    assert caught.value.problem is StoreProblem.NEWER_SCHEMA
    assert sha256(db) == before


def test_a_file_that_is_not_a_database_is_refused_untouched(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    db = data_dir / DB_FILE
    db.write_bytes(b"these are the field notes of a text editor, not a database\n" * 50)
    before = sha256(db)
    with pytest.raises(StoreError) as caught:
        Store.open(data_dir)
    assert caught.value.problem is StoreProblem.CORRUPT
    assert sha256(db) == before


def test_a_damaged_database_is_refused_untouched(data_dir: Path) -> None:
    Store.open(data_dir).close()
    db = data_dir / DB_FILE
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page
    db.write_bytes(bytes(data))
    before = sha256(db)
    with pytest.raises(StoreError) as caught:
        Store.open(data_dir)
    assert caught.value.problem is StoreProblem.CORRUPT
    assert sha256(db) == before


def test_another_programs_database_is_refused_untouched(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    db = data_dir / DB_FILE
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    conn.close()
    before = sha256(db)
    with pytest.raises(StoreError) as caught:
        Store.open(data_dir)
    assert caught.value.problem is StoreProblem.FOREIGN
    assert sha256(db) == before


def test_a_read_only_data_folder_is_refused(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "ro") as folder:
        Store.open(folder / "data").close()
        db = folder / "data" / DB_FILE
        before = sha256(db)
        remount_read_only(folder)
        with pytest.raises(StoreError) as caught:
            Store.open(folder / "data")
        assert caught.value.problem is StoreProblem.READ_ONLY
        assert sha256(db) == before


def test_a_full_disk_is_refused_and_loses_nothing(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "full", size="2m") as folder:
        store = Store.open(folder / "data")
        add_case(store, "Written before the disk filled up")
        filler = fill_up(folder)
        with pytest.raises(StoreError) as caught:
            for i in range(200):
                add_case(store, f"Case {i} " + "x" * 4000)
        assert caught.value.problem is StoreProblem.DISK_FULL
        store.close()
        with pytest.raises(StoreError) as again:
            Store.open(folder / "data")
        assert again.value.problem is StoreProblem.DISK_FULL
        filler.unlink()
        store = Store.open(folder / "data")
        with store.transaction() as session:
            names = session.scalars(select(CaseStudy.name)).all()
        assert "Written before the disk filled up" in names
        assert integrity_check(store) == []
        store.close()


def test_two_writers_at_once_wait_for_each_other_and_readers_never_wait(store: Store) -> None:
    """Work runs on a thread pool: two transactions that read, then write, at the same
    time must both commit (SQLite's deferred transactions would fail one at once with
    "database is locked"); a reading snapshot meanwhile is not held up."""
    import threading
    import time

    from sqlalchemy import func

    from ecoscim_field.store.models import AuditEntry

    errors: list[BaseException] = []

    def writer(name: str) -> None:
        try:
            with store.transaction() as session:
                session.scalar(select(func.count()).select_from(AuditEntry))
                time.sleep(0.2)  # both have read before either writes
                session.add(AuditEntry(action="test.write", detail=name))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in ("a", "b")]
    for thread in threads:
        thread.start()
    time.sleep(0.05)
    begun = time.perf_counter()
    with store.reading() as session:
        session.scalar(select(func.count()).select_from(AuditEntry))
    read_took = time.perf_counter() - begun
    for thread in threads:
        thread.join(timeout=15)
    assert errors == []
    assert read_took < 0.15
    with store.reading() as session:
        details = set(session.scalars(select(AuditEntry.detail).where(
            AuditEntry.action == "test.write")))  # fmt: skip
    assert details == {"a", "b"}
