"""Which recordings and notes lack the consent they need, and purging them.

A withdrawal marks for purge, by itself, everything it no longer covers: the marking is
derived from the consent facts, so every store that holds the withdrawal (a later issue
carries it to every copy) computes the same plan. The purge removes the rows (leaving
tombstones) and the audio files, and writes an audit entry that says what was removed,
when and why — counts and identifiers, never the content.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ecoscim_field.domain.consent import ConsentStatus, consent_status
from ecoscim_field.store.database import RECORDINGS_DIR, Store
from ecoscim_field.store.enums import ConsentItem
from ecoscim_field.store.models import AuditEntry, Note, NoteCode, Participant, Recording


@dataclass(frozen=True)
class AuditFinding:
    """A recording or note whose participant lacks the consent it needs."""

    kind: str  # "recording" | "note"
    record_id: str
    participant_id: str
    participant_code: str
    label: str  # a recording's file name, or a note's kind: never a note's text
    item: ConsentItem
    problem: str  # "no_consent" | "refused" | "withdrawn"
    at: datetime | None = None  # when a note was written


def _needed(kind: str) -> list[ConsentItem]:
    # A note of any kind needs participation. Whether a quote may be *published* is the
    # gate's question (`may_quote`), asked by exports; a withdrawn quotation item does
    # not remove the note from the analysis the participant still agrees to.
    if kind == "recording":
        return [ConsentItem.PARTICIPATE, ConsentItem.AUDIO]
    return [ConsentItem.PARTICIPATE]


def _problem(status: ConsentStatus, needed: list[ConsentItem]) -> tuple[ConsentItem, str] | None:
    for item in needed:
        if item in status.agreed:
            continue
        if status.record_id is None:
            return item, "no_consent"
        return item, "withdrawn" if item in status.withdrawn else "refused"
    return None


def consent_audit(session: Session, participant_id: str | None = None) -> list[AuditFinding]:
    """Every recording and note (of one participant, or all) lacking the consent it needs."""
    findings: list[AuditFinding] = []
    codes = {row[0]: row[1] for row in session.execute(select(Participant.id, Participant.code))}
    statuses: dict[str, ConsentStatus] = {}

    def status(pid: str) -> ConsentStatus:
        if pid not in statuses:
            statuses[pid] = consent_status(session, pid)
        return statuses[pid]

    recordings = select(Recording).order_by(Recording.recorded_at)
    notes = select(Note).order_by(Note.written_at)
    if participant_id is not None:
        recordings = recordings.where(Recording.participant_id == participant_id)
        notes = notes.where(Note.participant_id == participant_id)
    for rec in session.scalars(recordings):
        found = _problem(status(rec.participant_id), _needed("recording"))
        if found:
            findings.append(
                AuditFinding("recording", rec.id, rec.participant_id,
                             codes.get(rec.participant_id, "?"), rec.file_name, *found)
            )  # fmt: skip
    for note in session.scalars(notes):
        found = _problem(status(note.participant_id), _needed("note"))
        if found:
            findings.append(
                AuditFinding("note", note.id, note.participant_id,
                             codes.get(note.participant_id, "?"), note.kind, *found,
                             at=note.written_at)
            )  # fmt: skip
    return findings


@dataclass(frozen=True)
class PurgeReport:
    """What a purge removed (or, before it runs, would remove)."""

    participant_code: str
    recordings: tuple[str, ...]  # file names
    notes: int


def purge_plan(session: Session, participant_id: str) -> PurgeReport:
    findings = consent_audit(session, participant_id)
    return PurgeReport(
        participant_code=session.get_one(Participant, participant_id).code,
        recordings=tuple(f.label for f in findings if f.kind == "recording"),
        notes=sum(f.kind == "note" for f in findings),
    )


def carry_out_purge(store: Store, *, participant_id: str, actor: str, reason: str) -> PurgeReport:
    """Remove what the participant's consent no longer covers; returns what was removed.

    The rows go first, in one transaction with the audit entry; the audio files are
    removed after the commit, so a crash in between leaves orphan files that a later
    purge of the same participant removes, never a row that points at nothing.
    """
    with store.transaction() as session:
        findings = consent_audit(session, participant_id)
        code = session.get_one(Participant, participant_id).code
        files = []
        for finding in findings:
            model = Recording if finding.kind == "recording" else Note
            row = session.get_one(model, finding.record_id)
            if isinstance(row, Recording):
                files.append(row.file_name)
            else:  # the codes on a note go with it (their tombstones travel too)
                for link in session.scalars(select(NoteCode).where(NoteCode.note_id == row.id)):
                    session.delete(link)
                session.flush()
            session.delete(row)
        notes = sum(f.kind == "note" for f in findings)
        session.add(
            AuditEntry(
                action="consent.purged",
                actor=actor,
                detail=f"{code}: {len(files)} recording(s) and {notes} note(s) removed; "
                f"reason: {reason}",
            )
        )
    folder = store.folder / RECORDINGS_DIR
    for name in files:
        _remove_file(folder / Path(name).name)
    return PurgeReport(code, tuple(files), notes)


def _remove_file(path: Path) -> None:
    path.unlink(missing_ok=True)
    if os.name == "posix":
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
