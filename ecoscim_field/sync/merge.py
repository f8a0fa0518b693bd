"""Merging a verified bundle into the store: one transaction, idempotent, order-independent.

For each incoming record and the store's version of it:
- none here: added; deleted here (a tombstone): refused, deletions are final;
- the same clock stamp: unchanged;
- one was made knowing the other (its `base_hlcs` names the other's stamp, or both come
  from the same laptop, whose edits follow one another): the later one stays;
- neither knew the other: a conflict. The version with the later stamp stays, on every
  laptop alike, and the other is kept in `sync_conflicts` for the coordinator.
Since the later stamp always stays, any order of merging gives the same records.

A consent withdrawal wins over any edit: after the records are in, everything the
participant's consent no longer covers is removed in the same transaction (and its
tombstones travel on), with an audit entry that says what went, not the data.
Audio arrives under temporary names; the transaction lists them in `pending_files`, and
they are renamed after it commits, so a crash at any point leaves the store as before or
as after, and `finish_pending_files` completes the renames at the next start.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.orm import Session

from ecoscim_field.audio.files import sha256_of
from ecoscim_field.domain.consent_audit import consent_audit
from ecoscim_field.store.database import RECORDINGS_DIR, Store, finish_pending_files, merge_lock
from ecoscim_field.store.hlc import Stamp, now_ms, receive_stamp
from ecoscim_field.store.models import (
    AuditEntry,
    BundleReceived,
    ConsentWithdrawal,
    Note,
    NoteCode,
    Participant,
    PendingFile,
    Recording,
    StoreMeta,
    SyncConflict,
    Tombstone,
    TrustedDevice,
    new_id,
)
from ecoscim_field.sync.bundle import BundleError, VerifiedBundle
from ecoscim_field.sync.records import TABLE_ORDER, TABLES, encode_row, synced_model


@dataclass
class MergeResult:
    """What a merge did, in counts (and whether the bundle had been merged before)."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    refused: int = 0
    purged: int = 0
    audio_files: int = 0
    already_merged: bool = False
    merged_at: datetime | None = None
    gaps: list[Gap] = field(default_factory=list)
    changed_tables: dict[str, int] = field(default_factory=dict)  # records now in, per table
    purges: list[dict[str, Any]] = field(default_factory=list)  # what withdrawals removed

    def counts(self) -> dict[str, int]:
        keys = ("added", "updated", "unchanged", "conflicts", "refused", "purged", "audio_files")
        return {k: v for k, v in asdict(self).items() if k in keys}


@dataclass(frozen=True)
class Gap:
    """Changes of a device that have not arrived: after bundle `after`, before `before`."""

    device_id: str
    label: str
    after: int
    before: int


def _device(stamp: str) -> str:
    return stamp.split("-", 2)[2]


def descends(newer: dict[str, Any], older_hlc: str) -> bool:
    """Whether the version `newer` was made knowing the version stamped `older_hlc`."""
    if older_hlc in newer["base_hlcs"].split():
        return True
    return _device(newer["hlc"]) == _device(older_hlc) and newer["hlc"] > older_hlc


@contextmanager
def _merge_session(store: Store) -> Iterator[Session]:
    """A write transaction with foreign keys unenforced: a bundle may name a record whose
    own bundle has not arrived yet, and every record must still be kept."""
    with store.engine.connect() as conn:
        raw = conn.connection.driver_connection  # outside any transaction, as SQLite requires
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            immediate = conn.execution_options(ecoscim_immediate=True)
            with Session(bind=immediate) as session, session.begin():
                session.info["device_id"] = store.device_id
                yield session
        finally:
            if conn.in_transaction():
                conn.rollback()
            raw.execute("PRAGMA foreign_keys=ON")


def merge_bundle(store: Store, bundle: VerifiedBundle) -> MergeResult:
    """Apply a verified bundle; the audio temporary files are taken over or removed."""
    if bundle.already_merged:  # recognised by read_bundle: nothing to read, nothing to write
        with store.reading() as session:
            seen = session.get_one(BundleReceived, (bundle.device_id, bundle.seq))
            return MergeResult(already_merged=True, merged_at=seen.merged_at, gaps=gaps(session))
    with merge_lock(store.folder):
        try:
            result = _merge(store, bundle)
        finally:
            for temp in bundle.audio.values():  # those no pending rename took over
                with store.reading() as session:
                    if session.get(PendingFile, temp.name) is None:
                        temp.unlink(missing_ok=True)
        finish_pending_files(store.folder, store.engine)
    with store.reading() as session:
        result.gaps = gaps(session)
    return result


def _merge(store: Store, bundle: VerifiedBundle) -> MergeResult:
    result = MergeResult()
    manifest = bundle.manifest
    removed_files: list[str] = []
    with _merge_session(store) as session:
        seen = session.get(BundleReceived, (bundle.device_id, bundle.seq))
        if seen is not None:
            if seen.content_sha256 != bundle.manifest_sha256:
                raise BundleError("seq_reused", f"{bundle.seq}")
            result.already_merged, result.merged_at = True, seen.merged_at
            return result
        seq = int(
            session.execute(
                update(StoreMeta)
                .where(StoreMeta.key == "local_seq")
                .values(value=str(int(session.get_one(StoreMeta, "local_seq").value) + 1))
                .returning(StoreMeta.value)
            ).scalar_one()
        )
        # The coordinator's store is the hub: what it merges goes out again in its own
        # bundle, to every laptop. A laptop keeps what it receives without sending it
        # back (change 0 is never "since the last export"); its own edits of those
        # records are numbered as usual and do travel.
        project_meta = session.get(StoreMeta, "project")
        hub = project_meta is not None and bool(
            json.loads(project_meta.value)["coordinator"]["device_id"] == store.device_id
        )
        seq = seq if hub else 0
        newest = ""
        tombstoned = set(session.scalars(select(Tombstone.id)))
        for stone in bundle.tombstones:
            newest = max(newest, stone["hlc"])
            model = synced_model(stone["table_name"])
            table = TABLES[stone["table_name"]]
            if model is Recording:
                name = session.scalar(
                    select(Recording.file_name).where(Recording.id == stone["id"])
                )
                if name:
                    removed_files.append(name)
            gone = session.execute(delete(table).where(table.c.id == stone["id"])).rowcount  # type: ignore[attr-defined]
            if stone["id"] in tombstoned:
                result.unchanged += 1
                continue
            session.execute(insert(Tombstone).values(**stone, change_seq=seq))
            tombstoned.add(stone["id"])
            result.updated += 1 if gone else 0
            result.added += 0 if gone else 1
        touched_participants: set[str] = set()
        placed: list[tuple[str, str]] = []  # (sha256, file name) of applied recordings
        conn = session.connection()  # Core statements: no autoflush between records
        for table_name in TABLE_ORDER:
            incoming = bundle.records.get(table_name)
            if not incoming:
                continue
            table = TABLES[table_name]
            existing: dict[str, dict[str, Any]] = {}
            ids = [values["id"] for values in incoming]
            for start in range(0, len(ids), 500):
                query = select(table).where(table.c.id.in_(ids[start : start + 500]))
                for found in conn.execute(query).mappings():
                    existing[found["id"]] = dict(found)
            inserts = []
            for values in incoming:
                newest = max(newest, values["hlc"])
                if values["id"] in tombstoned:
                    result.refused += 1
                    continue
                row = existing.get(values["id"])
                if row is None:
                    inserts.append({**values, "change_seq": seq})
                    result.added += 1
                    applied = True
                else:
                    applied = _apply(conn, table_name, values, row, seq, result)
                if applied:
                    result.changed_tables[table_name] = result.changed_tables.get(table_name, 0) + 1
                    if table_name == "audit_log" and values["action"] == "consent.purged":
                        result.purges.append(purge_facts(values["detail"]))  # done elsewhere
                if table_name in ("notes", "recordings", "consent_withdrawals") and applied:
                    touched_participants.add(values["participant_id"])
                if table_name == "recordings":
                    current = values if applied else row
                    if current is not None:
                        placed.append((current["sha256"], current["file_name"]))
            if inserts:
                conn.execute(insert(table), inserts)
        result.purged, purged_files = _carry_out_withdrawals(
            session, touched_participants, result.purges
        )
        removed_files += purged_files
        present = set(session.scalars(select(Recording.file_name)))
        _place_audio(session, store, bundle, [p for p in placed if p[1] in present], result)
        # Files of recordings deleted here go once the transaction commits, like new ones
        # arrive: through `pending_files`, so that a crash cannot leave them behind.
        for name in sorted(set(removed_files) - present):
            session.merge(PendingFile(temp_name=Path(name).name, final_name=""))
        if newest:
            _receive_clock(session, store.device_id, newest)
        if bundle.new_device:
            device = manifest["device"]
            session.add(
                TrustedDevice(
                    device_id=device["id"], label=device["label"][:200],
                    signing_key=device["signing_key"], encryption_key=device["encryption_key"],
                    fieldworker=((manifest.get("fieldworker") or {}).get("name") or "")[:200],
                    approved_how="approved",
                )
            )  # fmt: skip
        session.add(
            BundleReceived(
                device_id=bundle.device_id, seq=bundle.seq, content_sha256=bundle.manifest_sha256,
                from_seq=manifest["changes"]["from"], to_seq=manifest["changes"]["to"],
                result=json.dumps(result.counts()),
            )
        )  # fmt: skip
        session.flush()
    return result


def _apply(
    conn: Connection,
    table_name: str,
    values: dict[str, Any],
    local: dict[str, Any],
    seq: int,
    result: MergeResult,
) -> bool:
    """Apply an incoming version of a record the store has; True when it is now the
    store's version."""
    table = TABLES[table_name]
    here = local["hlc"]
    if values["hlc"] == here:
        result.unchanged += 1
        return False
    loser: dict[str, Any] | None = None
    if descends(values, here):
        result.updated += 1
    elif descends(local, values["hlc"]):
        result.unchanged += 1
        return False
    elif _same_content(values, local):
        # The same record made alike on two laptops (a built-in code, guide or form):
        # nothing to resolve; the later stamp stays, as everywhere.
        result.unchanged += 1
        if values["hlc"] < here:
            return False
    else:
        incoming_wins = values["hlc"] > here
        winner, loser = (values, local) if incoming_wins else (local, values)
        known = conn.execute(
            select(SyncConflict.id).where(
                SyncConflict.record_id == values["id"], SyncConflict.loser_hlc == loser["hlc"]
            )
        ).first()
        if known is None:
            conn.execute(
                insert(SyncConflict).values(
                    id=new_id(), table_name=table_name, record_id=values["id"],
                    winner_hlc=winner["hlc"], loser_hlc=loser["hlc"],
                    loser_data=json.dumps(encode_row(table, loser), sort_keys=True,
                                          ensure_ascii=False),
                    detected_at=datetime.now(UTC), resolution="",
                )
            )  # fmt: skip
            result.conflicts += 1
        else:
            result.unchanged += 1
        if not incoming_wins:
            return False
    conn.execute(update(table).where(table.c.id == values["id"]).values(**values, change_seq=seq))
    # A version made knowing a conflict's losing side settles that conflict.
    bases = values["base_hlcs"].split()
    if bases:
        conn.execute(
            update(SyncConflict)
            .where(
                SyncConflict.record_id == values["id"],
                SyncConflict.resolved_at.is_(None),
                SyncConflict.loser_hlc.in_(bases),
            )
            .values(resolved_at=datetime.now(UTC), resolution="superseded")
        )
    return True


STAMP_COLUMNS = frozenset({"hlc", "base_hlcs", "origin_device", "created_at", "updated_at"})


def _same_content(one: dict[str, Any], other: dict[str, Any]) -> bool:
    return all(one[k] == other.get(k) for k in one if k not in STAMP_COLUMNS)


def _place_audio(
    session: Session,
    store: Store,
    bundle: VerifiedBundle,
    placed: list[tuple[str, str]],
    result: MergeResult,
) -> None:
    folder = store.folder / RECORDINGS_DIR
    used: set[str] = set()
    for copies, (digest, name) in enumerate(placed):
        temp = bundle.audio.get(digest)
        final = folder / name
        if temp is None or (final.exists() and sha256_of(final) == digest):
            continue  # not carried, or here already: stored once
        if digest in used:  # a second recording with the same sound: a copy of its own
            copy = temp.with_name(f"{temp.name}.{copies}")
            shutil.copyfile(temp, copy)
            temp = copy
        used.add(digest)
        session.add(PendingFile(temp_name=temp.name, final_name=name))
        result.audio_files += 1


PURGE_DETAIL = re.compile(r"^(?P<code>\S+): (?P<recordings>\d+) recording\(s\) and "
                          r"(?P<notes>\d+) note\(s\) removed")  # fmt: skip


def purge_facts(detail: str) -> dict[str, Any]:
    """What a purge's audit entry says, as facts an interface can put in its own words."""
    match = PURGE_DETAIL.match(detail)
    if match is None:
        return {"detail": detail}
    return {"code": match["code"], "recordings": int(match["recordings"]),
            "notes": int(match["notes"])}  # fmt: skip


def _carry_out_withdrawals(
    session: Session, participants: set[str], said: list[dict[str, Any]]
) -> tuple[int, list[str]]:
    """Remove what a withdrawal no longer allows, for the participants this merge touched."""
    removed, files = 0, []
    withdrawn = set(
        session.scalars(
            select(ConsentWithdrawal.participant_id).where(
                ConsentWithdrawal.participant_id.in_(participants)
            )
        )
    )
    for participant_id in sorted(withdrawn):
        findings = [f for f in consent_audit(session, participant_id) if f.problem == "withdrawn"]
        if not findings:
            continue
        for finding in findings:
            model = Recording if finding.kind == "recording" else Note
            record = session.get(model, finding.record_id)
            if record is None:
                continue
            if isinstance(record, Recording):
                files.append(record.file_name)
            else:
                for link in session.scalars(select(NoteCode).where(NoteCode.note_id == record.id)):
                    session.delete(link)
            session.delete(record)
            removed += 1
        code = session.get(Participant, participant_id)
        recordings = sum(f.kind == "recording" for f in findings)
        detail = (
            f"{code.code if code else participant_id}: {recordings} recording(s) and "
            f"{len(findings) - recordings} note(s) removed; reason: consent withdrawn"
        )
        said.append(purge_facts(detail))
        session.add(AuditEntry(action="consent.purged", actor="merge", detail=detail))
        session.flush()
    return removed, files


def _receive_clock(session: Session, device_id: str, newest: str) -> None:
    row = session.get(StoreMeta, "hlc_last")
    last = Stamp.decode(row.value) if row is not None else None
    after = receive_stamp(last, Stamp.decode(newest), device_id, now_ms())
    session.merge(StoreMeta(key="hlc_last", value=after.encode()))


def gaps(session: Session) -> list[Gap]:
    """Changes of each device that no merged bundle carried (a bundle that has not arrived)."""
    found: list[Gap] = []
    labels = {d.device_id: d.label for d in session.scalars(select(TrustedDevice))}
    received = session.scalars(
        select(BundleReceived).order_by(BundleReceived.device_id, BundleReceived.to_seq)
    ).all()
    by_device: dict[str, list[BundleReceived]] = {}
    for row in received:
        by_device.setdefault(row.device_id, []).append(row)
    for device_id, rows in by_device.items():
        covered, last_seq = 0, 0
        for row in sorted(rows, key=lambda r: (r.from_seq, r.to_seq)):
            if row.from_seq > covered:
                found.append(Gap(device_id, labels.get(device_id, ""), last_seq, row.seq))
            if row.to_seq >= covered:
                covered, last_seq = row.to_seq, row.seq
    return found


def resolve_conflict(
    store: Store,
    conflict_id: str,
    *,
    keep: str,
    actor: str,
    edited: dict[str, Any] | None = None,
) -> SyncConflict:
    """Settle a conflict by keeping the winner or the loser, with `edited` values (in
    their travelling form) on top; the result is a new version that names both, so the
    resolution settles the conflict on every laptop it reaches. RecordError if an edited
    value does not fit its column."""
    with store.transaction() as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None:
            matches = session.scalars(
                select(SyncConflict).where(SyncConflict.id.startswith(conflict_id))
            ).all()
            if len(matches) != 1:
                raise LookupError(conflict_id)
            conflict = matches[0]
        model = synced_model(conflict.table_name)
        record = session.get(model, conflict.record_id)
        if record is None:
            raise LookupError(conflict.record_id)
        if keep == "loser":
            from ecoscim_field.sync.records import decode_record

            values = decode_record(conflict.table_name, json.loads(conflict.loser_data))
            for name, value in values.items():
                if name not in ("id", "hlc", "origin_device", "base_hlcs", "created_at"):
                    setattr(record, name, value)
        if edited:
            from ecoscim_field.sync.records import decode_field

            for name, value in edited.items():
                setattr(record, name, decode_field(conflict.table_name, name, value))
        record.base_hlcs = f"{record.hlc} {conflict.loser_hlc}"
        record.updated_at = datetime.now(UTC)
        conflict.resolved_at = datetime.now(UTC)
        conflict.resolution = f"{'edited' if edited else 'kept ' + keep} ({actor})"
        session.flush()
        session.expunge(conflict)
        return conflict


def open_conflicts(session: Session) -> list[SyncConflict]:
    return list(
        session.scalars(
            select(SyncConflict)
            .where(SyncConflict.resolved_at.is_(None))
            .order_by(SyncConflict.detected_at)
        )
    )
