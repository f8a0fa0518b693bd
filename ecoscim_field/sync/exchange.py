"""One exchange with the shared folder: send what waits, take what is there for us.

1. This laptop's changes become a bundle in its own `outbox/` first; the outbox is the
   truth about what still has to go.
2. Each outbox file is copied into the shared folder under a temporary name, flushed,
   and linked to its final name (a link never replaces a file another app wrote); only
   then does it move to `outbox/sent/`. A folder that vanishes or fills up mid-copy
   leaves the outbox as it was, and the next exchange tries again.
3. Every bundle in the shared folder that is sealed for this laptop (on the
   coordinator's: every laptop's) and not merged yet is verified and merged. A bundle
   that fails verification is moved aside to `rejected/` with a short reason file; one
   from a laptop nobody approved yet waits for the coordinator.
Every step is written to the sync log. No Qt here but the translated messages.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from ecoscim_field.config import _fsync_dir
from ecoscim_field.store.database import OUTBOX_DIR, Store
from ecoscim_field.store.models import StoreMeta, SyncLogEntry
from ecoscim_field.sync.bundle import (
    SUFFIX,
    BundleError,
    Identities,
    export_bundle,
    group_parts,
    read_bundle,
    require_project,
)
from ecoscim_field.sync.envelope import EnvelopeError, read_header
from ecoscim_field.sync.keys import device_keys, key_id, public_raw
from ecoscim_field.sync.merge import Gap, MergeResult, merge_bundle

REJECTED_DIR = "rejected"
SENT_DIR = "sent"
COPY_BLOCK = 1 << 20


@dataclass
class ExchangeReport:
    """What one exchange did."""

    sent: list[str] = field(default_factory=list)
    received: list[tuple[str, MergeResult]] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # file, why
    waiting: list[tuple[str, str]] = field(default_factory=list)  # file, who (unapproved)
    problem: str = ""  # why the exchange stopped early, in the interface language
    gaps: list[Gap] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problem


def folder_usable(folder: Path | None) -> bool:
    """Whether the shared folder is there and writable (a mounted share, a stick)."""
    return folder is not None and folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)


def exchange(
    store: Store,
    shared: Path,
    identities: Identities,
    *,
    part_size: int | None = None,
    approve: set[str] | None = None,
    describe: Callable[[BundleError], str] | None = None,
    describe_os: Callable[[OSError], str] | None = None,
) -> ExchangeReport:
    """Send and receive through `shared`; `approve` names devices (or files) the
    coordinator has approved for this exchange."""
    report = ExchangeReport()
    say = describe or (lambda e: str(e))
    say_os = describe_os or (lambda e: e.strerror or str(e))
    outbox = store.folder / OUTBOX_DIR
    outbox.mkdir(exist_ok=True)
    export_bundle(store, outbox, part_size=part_size)
    try:
        _send(store, outbox, shared, report)
    except OSError as exc:
        report.problem = say_os(exc)
        return report
    _receive(store, shared, identities, report, approve or set(), say)
    return report


def _send(store: Store, outbox: Path, shared: Path, report: ExchangeReport) -> None:
    if not folder_usable(shared):
        raise OSError(errno.ENOENT, os.strerror(errno.ENOENT), str(shared))
    for path in sorted(p for p in outbox.glob(f"*{SUFFIX}") if p.is_file()):
        copy_into(path, shared)
        sent = outbox / SENT_DIR
        sent.mkdir(exist_ok=True)
        os.replace(path, sent / path.name)
        report.sent.append(path.name)
        _log(store, "sent", path.name, (sent / path.name).stat().st_size)


def copy_into(source: Path, folder: Path) -> Path:
    """Copy `source` into `folder` under a temporary name, flush it, then give it its
    name, never replacing a file that is already there."""
    target = folder / source.name
    temp = folder / f".{source.name}.{uuid.uuid4().hex[:12]}.partial"
    try:
        with open(source, "rb") as reader, open(temp, "wb") as writer:
            shutil.copyfileobj(reader, writer, COPY_BLOCK)
            writer.flush()
            os.fsync(writer.fileno())
        try:
            os.link(temp, target)
        except FileExistsError:
            if target.stat().st_size != source.stat().st_size:
                raise
        except OSError as exc:  # a folder without hard links (some cloud and FAT drives)
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EXDEV, errno.EOPNOTSUPP):
                raise
            if not target.exists():
                os.rename(temp, target)
        _fsync_dir(folder)
    finally:
        temp.unlink(missing_ok=True)
    return target


def _sealed_for(path: Path, key_ids: set[str]) -> bool | None:
    """Whether the bundle is sealed to one of our keys; None if its header is unreadable."""
    try:
        with open(path, "rb") as handle:
            return bool(key_ids & set(read_header(handle).recipients))
    except (OSError, EnvelopeError):
        return None


def _receive(
    store: Store,
    shared: Path,
    identities: Identities,
    report: ExchangeReport,
    approve: set[str],
    say: Callable[[BundleError], str],
) -> None:
    own = store.device_id[:8]
    mine = {key_id(public_raw(k.public_key())) for k in identities.all()}
    files = sorted(
        p for p in shared.glob(f"*{SUFFIX}")
        if p.is_file() and not p.name.startswith(f"ecoscim-{own}-")
    )  # fmt: skip
    try:
        bundles = group_parts(files)
    except BundleError:  # a split bundle whose parts are still arriving: next time
        bundles = [[p] for p in files if "-part" not in p.name]
    for parts in bundles:
        name = parts[0].name
        sealed = _sealed_for(parts[0], mine)
        if sealed is False:
            continue  # another laptop's bundle, for the coordinator
        trust = name in approve
        size = _size(parts)
        try:
            bundle = read_bundle(store, parts, identities, keep_audio=True,
                                 trust_new_device=trust, stop_if_merged=True)  # fmt: skip
            if bundle.already_merged:
                continue
            result = merge_bundle(store, bundle)
        except BundleError as exc:
            if exc.problem == "unknown_device":
                report.waiting.append((name, exc.detail))
                _log(store, "waiting", name, size, message=exc.detail, once=True)
                continue
            if exc.problem == "needs_passphrase":
                continue
            reason = say(exc)
            _reject(shared, parts, reason)
            report.rejected.append((name, reason))
            _log(store, "rejected", name, size, message=reason)
            continue
        report.received.append((name, result))
        report.gaps = result.gaps
        payload = {**result.counts(), "tables": result.changed_tables, "purges": result.purges}
        _log(store, "received", name, size, device=bundle.device_id, seq=bundle.seq,
             result=payload)  # fmt: skip
    with store.transaction() as session:
        session.merge(StoreMeta(key="last_sync", value=_now_text()))


def _size(parts: list[Path]) -> int:
    return sum(p.stat().st_size for p in parts if p.exists())


def _reject(shared: Path, parts: list[Path], reason: str) -> None:
    """Move a bad bundle aside, with a short file that says why."""
    folder = shared / REJECTED_DIR
    folder.mkdir(exist_ok=True)
    for path in parts:
        if path.exists():
            os.replace(path, folder / path.name)
    note = folder / f"{parts[0].name}.reason.txt"
    note.write_text(reason + "\n", encoding="utf-8")


def _now_text() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).isoformat(timespec="seconds")


def _log(
    store: Store,
    direction: str,
    file_name: str,
    size: int,
    *,
    device: str = "",
    seq: int = 0,
    result: dict[str, object] | None = None,
    message: str = "",
    once: bool = False,
) -> None:
    with store.transaction() as session:
        if once and session.scalar(
            select(SyncLogEntry.id).where(
                SyncLogEntry.file_name == file_name, SyncLogEntry.direction == direction
            )
        ):
            return
        session.add(
            SyncLogEntry(
                direction=direction,
                file_name=file_name,
                size=size,
                device_id=device,
                seq=seq,
                result=json.dumps(result or {}, ensure_ascii=False),
                message=message,
            )
        )


def write_to_folder(store: Store, folder: Path, *, part_size: int | None = None) -> list[Path]:
    """For places where nothing syncs: this laptop's waiting bundles, copied to `folder`
    (a USB stick). The outbox keeps them until a real exchange sends them."""
    outbox = store.folder / OUTBOX_DIR
    outbox.mkdir(exist_ok=True)
    export_bundle(store, outbox, part_size=part_size)
    written = []
    for path in sorted(outbox.glob(f"*{SUFFIX}")):
        written.append(copy_into(path, folder))
    if not written:  # nothing new: the whole store, so the stick is useful anyway
        result = export_bundle(store, outbox, full=True, part_size=part_size)
        if result is not None:
            written = [copy_into(p, folder) for p in result.files]
    return written


def identities_for(store: Store, project_key: object | None = None) -> Identities:
    """This laptop's key, and the project's on the coordinator's laptop once unlocked."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    require_project(store)
    device = device_keys(store.folder).encryption
    project = project_key if isinstance(project_key, X25519PrivateKey) else None
    return Identities(device, project)
