"""`ecoscim-field doctor`: is this laptop ready and is its store safe? As data, not text.

Problems make the store unsafe to use (exit status 1); warnings are things to fix
before going into the field. The command line words and prints the report.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from sqlalchemy.exc import DatabaseError

from ecoscim_field import __version__
from ecoscim_field.audio.devices import AudioUnavailable, InputDevice, list_input_devices
from ecoscim_field.domain.profile import Profile, get_profile
from ecoscim_field.qt_binding import drops_none_references
from ecoscim_field.store import schema
from ecoscim_field.store.database import (
    DB_FILE,
    Store,
    check_database_file,
    ensure_writable_folder,
    integrity_check,
    pending_changes,
    record_counts,
)
from ecoscim_field.store.errors import StoreError

# An hour of the default recording format (FLAC, mono, 16 kHz) takes about 60-115 MB;
# below this a long day of interviews may not fit.
LOW_DISK_BYTES = 1024**3


class Finding(Enum):
    """A problem or warning the doctor can report."""

    STORE_UNUSABLE = "store_unusable"  # detail: the StoreError
    INTEGRITY_FAILED = "integrity_failed"
    NO_STORE_YET = "no_store_yet"
    UPGRADE_PENDING = "upgrade_pending"
    NO_PROFILE = "no_profile"
    LOW_DISK = "low_disk"
    NO_MICROPHONE = "no_microphone"
    AUDIO_UNAVAILABLE = "audio_unavailable"
    DAMAGED_AUDIO = "damaged_audio"  # detail: report.damaged_audio
    INTERRUPTED_RECORDINGS = "interrupted_recordings"  # saved at the next start
    QT_BINDING_FAULT = "qt_binding_fault"  # the app would crash (qt_binding.py)


@dataclass
class DoctorReport:
    """Everything `doctor` found out."""

    folder: Path
    app_version: str = __version__
    schema_found: str | None = None
    schema_head: str = schema.HEAD_REVISION
    store_size: int = 0
    integrity: list[str] = field(default_factory=list)
    free_bytes: int | None = None
    audio_devices: list[InputDevice] = field(default_factory=list)
    audio_error: str = ""
    device_id: str = ""
    profile: Profile | None = None
    counts: dict[str, int] = field(default_factory=dict)
    pending: int = 0
    store_error: StoreError | None = None
    damaged_audio: list[tuple[str, str]] = field(default_factory=list)  # (file, why)
    interrupted: int = 0
    problems: list[Finding] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)

    @property
    def db_path(self) -> Path:
        return self.folder / DB_FILE


def examine(folder: Path) -> DoctorReport:
    """Look at `folder` and this laptop without creating, upgrading or changing the store."""
    folder = folder.expanduser().absolute()
    report = DoctorReport(folder=folder)
    _examine_store(report)
    if drops_none_references():
        report.problems.append(Finding.QT_BINDING_FAULT)
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    report.free_bytes = shutil.disk_usage(existing).free
    if report.free_bytes < LOW_DISK_BYTES:
        report.warnings.append(Finding.LOW_DISK)
    try:
        report.audio_devices = list_input_devices()
    except AudioUnavailable as exc:
        report.audio_error = str(exc)
        report.warnings.append(Finding.AUDIO_UNAVAILABLE)
    else:
        if not report.audio_devices:
            report.warnings.append(Finding.NO_MICROPHONE)
    return report


def _examine_store(report: DoctorReport) -> None:
    folder = report.folder
    if not (folder / DB_FILE).exists():
        report.warnings.append(Finding.NO_STORE_YET)
        if folder.exists():
            _guard(report, lambda: ensure_writable_folder(folder))
        return
    if not _guard(report, lambda: ensure_writable_folder(folder)):
        return
    if not _guard(report, lambda: check_database_file(folder, folder / DB_FILE)):
        return
    try:
        store = Store.open(folder, upgrade=False)
    except StoreError as exc:
        report.store_error = exc
        report.problems.append(Finding.STORE_UNUSABLE)
        return
    try:
        report.store_size = store.size_bytes()
        report.device_id = store.device_id
        with store.engine.connect() as conn:
            report.schema_found = schema.current_revision(conn)
        try:
            report.integrity = integrity_check(store)
        except DatabaseError as exc:  # damage SQLite cannot even walk through
            report.integrity = [str(exc.orig or exc)]
        if report.integrity:
            report.problems.append(Finding.INTEGRITY_FAILED)
        if report.schema_found != schema.HEAD_REVISION:
            report.warnings.append(Finding.UPGRADE_PENDING)
            return
        with store.transaction() as session:
            report.profile = get_profile(session)
            report.counts = record_counts(session)
            report.pending = pending_changes(session)
        if report.profile is None:
            report.warnings.append(Finding.NO_PROFILE)
        _examine_audio(store, report)
    except StoreError as exc:
        report.store_error = exc
        report.problems.append(Finding.STORE_UNUSABLE)
    finally:
        store.close()


def _examine_audio(store: Store, report: DoctorReport) -> None:
    """Every recording's file: there, readable as audio, and with the checksum it had."""
    import soundfile as sf
    from sqlalchemy import select

    from ecoscim_field.audio.files import sha256_of
    from ecoscim_field.audio.journal import interrupted_journals
    from ecoscim_field.store.database import RECORDINGS_DIR
    from ecoscim_field.store.models import Recording

    folder = store.folder / RECORDINGS_DIR
    with store.reading() as session:
        rows = list(session.execute(select(Recording.file_name, Recording.sha256)))
    for name, digest in rows:
        path = folder / name
        if not path.exists():
            report.damaged_audio.append((name, "missing"))
            continue
        try:
            sf.info(str(path))
        except (sf.LibsndfileError, RuntimeError, OSError):
            report.damaged_audio.append((name, "unreadable"))
            continue
        if digest and sha256_of(path) != digest:
            report.damaged_audio.append((name, "checksum"))
    if report.damaged_audio:
        report.problems.append(Finding.DAMAGED_AUDIO)
    report.interrupted = len(interrupted_journals(folder)) + len(
        interrupted_journals(store.folder / "scratch")
    )
    if report.interrupted:
        report.warnings.append(Finding.INTERRUPTED_RECORDINGS)


def _guard(report: DoctorReport, step: Callable[[], None]) -> bool:
    try:
        step()
    except StoreError as exc:
        report.store_error = exc
        report.problems.append(Finding.STORE_UNUSABLE)
        return False
    return True
