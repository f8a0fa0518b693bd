"""Laptops for bundle tests: stores in a project, exporting and merging through a folder,
and dumps that compare what two stores hold."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import tarfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from ecoscim_field.store.database import DB_FILE, RECORDINGS_DIR, Store
from ecoscim_field.store.models import Participant, Recording
from ecoscim_field.sync.bundle import (
    Identities,
    export_bundle,
    read_bundle,
)
from ecoscim_field.sync.envelope import SealingWriter
from ecoscim_field.sync.keys import Project, b64, device_keys, project_private_key, unb64
from ecoscim_field.sync.merge import MergeResult, merge_bundle
from ecoscim_field.sync.project import init_project, join_project

PASSPHRASE = b"una frase larga y secreta"
# What each store keeps for itself, not research data: left out when stores are compared.
LOCAL_TABLES = {
    "store_meta", "alembic_version", "sync_conflicts", "trusted_devices", "bundles_received",
    "pending_files", "notes_fts", "notes_fts_data", "notes_fts_idx", "notes_fts_docsize",
    "notes_fts_config", "notes_fts_content", "sqlite_sequence",
}  # fmt: skip
LOCAL_COLUMNS = {"change_seq"}


@dataclass
class Laptop:
    store: Store
    project: Project

    @property
    def folder(self) -> Path:
        return self.store.folder

    def identities(self) -> Identities:
        project_key = None
        if self.project.coordinator.device_id == self.store.device_id:
            project_key = project_private_key(self.folder, self.project.project_id, PASSPHRASE)
        return Identities(device_keys(self.folder).encryption, project_key)

    def export(self, shared: Path, **options: Any) -> list[Path]:
        result = export_bundle(self.store, shared, **options)
        return result.files if result is not None else []

    def merge(self, files: list[Path], *, trust: bool = True) -> MergeResult:
        bundle = read_bundle(self.store, files, self.identities(), keep_audio=True,
                             trust_new_device=trust, stop_if_merged=True)  # fmt: skip
        return merge_bundle(self.store, bundle)


def coordinator(folder: Path, name: str = "ECOSCIM") -> Laptop:
    store = Store.open(folder)
    return Laptop(store, init_project(store, name=name, passphrase=PASSPHRASE))


def laptop(folder: Path, project: Project) -> Laptop:
    store = Store.open(folder)
    join_project(store, project)
    return Laptop(store, project)


def research_dump(
    store: Store, *, skip: Iterable[str] = ("audit_log", "devices")
) -> dict[str, Any]:
    """Every synced table's rows (without local bookkeeping), the tombstones' ids, and the
    recordings folder's files with their hashes: what must be equal on converged stores."""
    skipped = set(skip) | LOCAL_TABLES
    out: dict[str, Any] = {}
    with sqlite3.connect(store.folder / DB_FILE) as conn:
        conn.row_factory = sqlite3.Row
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in sorted(set(tables) - skipped):
            rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
            if table == "tombstones":
                out[table] = sorted((r["id"], r["table_name"]) for r in rows)
                continue
            out[table] = sorted(
                json.dumps({k: r[k] for k in r.keys() if k not in LOCAL_COLUMNS}, sort_keys=True,  # noqa: SIM118
                           default=str)
                for r in rows
            )  # fmt: skip
    folder = store.folder / RECORDINGS_DIR
    out["files"] = sorted(
        (p.name, hashlib.sha256(p.read_bytes()).hexdigest())
        for p in folder.iterdir()
        if p.is_file()
    )
    return out


def exact_dump(store: Store) -> tuple[list[str], list[tuple[str, int]]]:
    """The whole database as SQL, and the data folder's files: to show nothing changed."""
    with sqlite3.connect(store.folder / DB_FILE) as conn:
        sql = list(conn.iterdump())
    files = sorted(
        (str(p.relative_to(store.folder)), p.stat().st_size)
        for p in store.folder.rglob("*")
        if p.is_file() and not p.name.endswith(("-wal", "-shm")) and p.name != DB_FILE
    )
    return sql, files


def craft_bundle(
    target: Path,
    *,
    project_id: str,
    recipients: list[X25519PublicKey],
    manifest: dict[str, Any] | bytes,
    members: list[tuple[tarfile.TarInfo, bytes]],
    signer: Ed25519PrivateKey,
    signature: bytes | None = None,
) -> Path:
    """A bundle made by hand, to hold whatever a test needs it to hold."""
    data = manifest if isinstance(manifest, bytes) else json.dumps(manifest).encode()
    sig = signature if signature is not None else b64(signer.sign(data)).encode()
    with open(target, "wb") as out:
        sealer = SealingWriter(out, project_id=project_id, recipients=recipients)
        with tarfile.open(fileobj=sealer, mode="w|", format=tarfile.PAX_FORMAT) as tar:  # type: ignore[call-overload]
            for name, blob in (("manifest.json", data), ("manifest.sig", sig)):
                info = tarfile.TarInfo(name)
                info.size = len(blob)
                tar.addfile(info, io.BytesIO(blob))
            for info, blob in members:
                tar.addfile(info, io.BytesIO(blob) if info.isreg() else None)
        sealer.close()
    return target


def member(name: str, blob: bytes, **extra: Any) -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.size = len(blob)
    for key, value in extra.items():
        setattr(info, key, value)
    return info, blob


def project_recipient(project: Project) -> X25519PublicKey:
    return X25519PublicKey.from_public_bytes(unb64(project.encryption_key, 32))


def store_project_of(store: Store) -> Project:
    from ecoscim_field.sync.bundle import require_project

    return require_project(store)


def recorded_participant(store: Store) -> Participant:
    """The demo's first participant with a recording (consent given, audio allowed)."""
    from sqlalchemy import select

    with store.reading() as session:
        person = session.scalars(
            select(Participant).join(Recording, Recording.participant_id == Participant.id)
            .where(Participant.code.like("%0001"))
        ).first()  # fmt: skip
    assert person is not None
    return person
