"""Recordings in the store: finishing a captured segment, and recovering interrupted ones.

Every start of the app and of every store command calls `recover_interrupted` first, so a
recording cut short by a crash, a `kill -9` or a power cut becomes an ordinary FLAC file,
bound to its session and participant, marked recovered, before anything else happens.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ecoscim_field.audio.journal import (
    EmptyJournal,
    FinishedAudio,
    JournalHeader,
    finish_journal,
)
from ecoscim_field.audio.journal import interrupted_journals as _interrupted
from ecoscim_field.store.database import RECORDINGS_DIR, Store
from ecoscim_field.store.models import AuditEntry, Recording

SCRATCH_DIR = "scratch"  # device tests (`ecoscim-field record`): never research data


@dataclass(frozen=True)
class RecoveredRecording:
    """A recording that was interrupted and has been saved as a normal file."""

    header: JournalHeader
    path: Path
    duration_s: float


def recordings_folder(store: Store) -> Path:
    return store.folder / RECORDINGS_DIR


def scratch_folder(store: Store) -> Path:
    folder = store.folder / SCRATCH_DIR
    folder.mkdir(exist_ok=True)
    return folder


def target_path(folder: Path, header: JournalHeader) -> Path:
    return folder / (header.target_name or f"{header.recording_id}.flac")


def save_recording(store: Store, finished: FinishedAudio, *, recovered: bool = False) -> None:
    """Put a finished session segment in the store (its id is the journal's: saving the
    same segment twice, after a crash between file and store, adds it once)."""
    header = finished.header
    with store.transaction() as session:
        if session.get(Recording, header.recording_id) is not None:
            return
        session.add(
            Recording(
                id=header.recording_id, participant_id=header.participant_id,
                session_id=header.session_id or None, segment=header.segment,
                file_name=finished.path.name, sha256=finished.sha256,
                duration_s=finished.duration_s, sample_rate=header.sample_rate,
                device=header.device, recovered=recovered,
            )
        )  # fmt: skip
        if recovered:
            detail = f"{finished.path.name} {finished.duration_s:.1f}s"
            session.add(AuditEntry(action="recording.recovered", detail=detail))


def recover_interrupted(store: Store) -> list[RecoveredRecording]:
    """Finish every journal left by an interrupted recording (sessions and scratch)."""
    recovered = []
    for folder in (recordings_folder(store), store.folder / SCRATCH_DIR):
        for header in _interrupted(folder):
            try:
                finished = finish_journal(folder, header, target_path(folder, header))
            except EmptyJournal:
                continue  # stopped before any audio arrived: nothing to save

            if header.kind == "session":
                save_recording(store, finished, recovered=True)
            recovered.append(RecoveredRecording(header, finished.path, finished.duration_s))
    return recovered
