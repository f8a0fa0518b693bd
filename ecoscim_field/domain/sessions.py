"""Interview sessions: starting one, the recording gate, notes stamped in time, the
questions covered, the end of the interview, and a verbal refusal of audio.

A session is one interview with one participant, from an appointment or as a walk-in,
with the guide version it used (kept even if the guide changes later).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from ecoscim_field.domain.consent import consent_status, may_record_audio
from ecoscim_field.store.database import RECORDINGS_DIR, Store
from ecoscim_field.store.enums import AppointmentStatus, ConsentState, NoteKind
from ecoscim_field.store.models import (
    Appointment,
    AuditEntry,
    InterviewSession,
    Note,
    Participant,
    Recording,
)


class SessionError(ValueError):
    """A session action that cannot be done; `reason` names why, for the interface."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # participant_withdrawn | finished | empty_note


class RecordGate(StrEnum):
    """May the recorder start for this participant?"""

    ALLOWED = "allowed"  # consent covers participation and audio
    VERBAL_PENDING = "verbal_pending"  # no consent yet: may start, to confirm right after
    REFUSED = "refused"  # audio refused or withdrawn: never


@dataclass(frozen=True)
class NoteRow:
    """A note as the interview and review screens show it."""

    id: str
    kind: NoteKind
    text: str
    audio_offset_ms: int | None
    written_at: datetime
    question_ref: str
    edited: bool
    codes: tuple[str, ...] = ()  # code ids applied to the note


def start_session(
    store: Store, *, participant_id: str, appointment_id: str | None = None,
    guide_id: str | None = None, fieldworker_id: str | None = None, actor: str = "",
) -> str:  # fmt: skip
    """Open a session (from an appointment, or a walk-in when `appointment_id` is None)."""
    with store.transaction() as session:
        if consent_status(session, participant_id).state is ConsentState.WITHDRAWN:
            raise SessionError("participant_withdrawn")
        if appointment_id is not None and guide_id is None:
            guide_id = session.get_one(Appointment, appointment_id).guide_id
        row = InterviewSession(
            participant_id=participant_id, appointment_id=appointment_id, guide_id=guide_id,
            fieldworker_id=fieldworker_id, started_at=datetime.now(UTC), state="open",
            consent_pending=False, covered="[]", reflection="{}",
        )  # fmt: skip
        session.add(row)
        code = session.get_one(Participant, participant_id).code
        session.add(AuditEntry(action="session.started", actor=actor, detail=code))
        session.flush()
        return row.id


def record_gate(session: Session, participant_id: str) -> RecordGate:
    if may_record_audio(session, participant_id):
        return RecordGate.ALLOWED
    if consent_status(session, participant_id).state is ConsentState.NONE:
        return RecordGate.VERBAL_PENDING
    return RecordGate.REFUSED


def mark_consent_pending(store: Store, *, session_id: str) -> None:
    """Recording started before verbal consent was confirmed: it must be confirmed next."""
    with store.transaction() as session:
        session.get_one(InterviewSession, session_id).consent_pending = True


def consent_confirmed(store: Store, *, session_id: str) -> None:
    with store.transaction() as session:
        session.get_one(InterviewSession, session_id).consent_pending = False


def discard_session_audio(store: Store, *, session_id: str, actor: str, reason: str) -> int:
    """Audio refused after a verbal consent statement: delete the session's recordings at
    once (rows with an audit entry, then the files); returns how many were removed."""
    with store.transaction() as session:
        interview = session.get_one(InterviewSession, session_id)
        rows = list(session.scalars(select(Recording).where(Recording.session_id == session_id)))
        names = [r.file_name for r in rows]
        for row in rows:
            session.delete(row)
        interview.consent_pending = False
        code = session.get_one(Participant, interview.participant_id).code
        session.add(AuditEntry(action="recording.deleted_refused", actor=actor,
                               detail=f"{code}: {len(names)} recording(s); {reason}"))  # fmt: skip
    for name in names:
        (store.folder / RECORDINGS_DIR / name).unlink(missing_ok=True)
    return len(names)


def add_note(
    store: Store, *, session_id: str, text: str, kind: NoteKind = NoteKind.OBSERVATION,
    audio_offset_ms: int | None = None, question_ref: str = "",
    written_at: datetime | None = None,
) -> str:  # fmt: skip
    """Save a note at once, stamped with the audio offset, the time and the question.

    An empty text is a marker ("mark this moment") only when it says so: kind and stamp.
    """
    with store.transaction() as session:
        interview = session.get_one(InterviewSession, session_id)
        note = Note(
            participant_id=interview.participant_id, session_id=session_id, kind=kind.value,
            text=text.strip(), audio_offset_ms=audio_offset_ms, question_ref=question_ref,
            written_at=written_at or datetime.now(UTC),
        )  # fmt: skip
        session.add(note)
        session.flush()
        return note.id


def edit_note(store: Store, *, note_id: str, text: str, kind: NoteKind | None = None) -> None:
    """Change a note's words (or kind); its stamps stay those of the moment it was typed."""
    with store.transaction() as session:
        note = session.get_one(Note, note_id)
        note.text = text.strip()
        if kind is not None:
            note.kind = kind.value
        note.edited_at = datetime.now(UTC)


def session_notes(session: Session, session_id: str) -> list[NoteRow]:
    """The session's notes in the order they were typed, with their codes."""
    from ecoscim_field.domain.codebook import codes_of_notes

    notes = list(
        session.scalars(select(Note).where(Note.session_id == session_id).order_by(Note.written_at))
    )
    codes = codes_of_notes(session, [n.id for n in notes])
    return [_row(n, codes[n.id]) for n in notes]


def note_row(session: Session, note_id: str) -> NoteRow:
    from ecoscim_field.domain.codebook import codes_of_notes

    return _row(session.get_one(Note, note_id), codes_of_notes(session, [note_id])[note_id])


def _row(n: Note, codes: list[str]) -> NoteRow:
    return NoteRow(n.id, NoteKind(n.kind), n.text, n.audio_offset_ms, n.written_at,
                   n.question_ref, n.edited_at is not None, tuple(sorted(codes)))  # fmt: skip


def mark_covered(store: Store, *, session_id: str, question_ref: str, covered: bool = True) -> None:
    with store.transaction() as session:
        interview = session.get_one(InterviewSession, session_id)
        refs = set(json.loads(interview.covered))
        if covered:
            refs.add(question_ref)
        else:
            refs.discard(question_ref)
        interview.covered = json.dumps(sorted(refs))


def finish_session(
    store: Store, *, session_id: str, reflection: dict[str, str] | None = None, actor: str = ""
) -> None:
    """End the interview: its time, the reflection form, and its appointment marked done."""
    with store.transaction() as session:
        interview = session.get_one(InterviewSession, session_id)
        interview.state = "finished"
        interview.ended_at = datetime.now(UTC)
        if reflection is not None:
            interview.reflection = json.dumps(reflection, ensure_ascii=False)
        if interview.appointment_id:
            appointment = session.get_one(Appointment, interview.appointment_id)
            appointment.status = AppointmentStatus.DONE.value
        session.add(AuditEntry(action="session.finished", actor=actor))


@dataclass(frozen=True)
class SessionRow:
    """An interview as the Interviews list shows it."""

    id: str
    started_at: datetime
    participant_code: str
    guide: str
    state: str  # open | finished
    audio_s: float
    segments: int
    notes: int
    recovered: bool
    consent_pending: bool


def list_sessions(session: Session) -> list[SessionRow]:
    """Every interview, newest first, with its audio and note counts (a few queries)."""
    from sqlalchemy import func

    from ecoscim_field.store.models import InterviewGuide

    codes = {row[0]: row[1] for row in session.execute(select(Participant.id, Participant.code))}
    guides = {
        row[0]: f"{row[1]} (v{row[2]})"
        for row in session.execute(
            select(InterviewGuide.id, InterviewGuide.title, InterviewGuide.version)
        )
    }
    audio = {
        row[0]: (float(row[1] or 0.0), int(row[2]), bool(row[3]))
        for row in session.execute(
            select(Recording.session_id, func.sum(Recording.duration_s), func.count(),
                   func.max(Recording.recovered))
            .where(Recording.session_id.is_not(None)).group_by(Recording.session_id)
        )
    }  # fmt: skip
    notes = {
        row[0]: row[1]
        for row in session.execute(
            select(Note.session_id, func.count())
            .where(Note.session_id.is_not(None))
            .group_by(Note.session_id)
        )
    }
    rows = []
    for s in session.scalars(select(InterviewSession).order_by(InterviewSession.started_at.desc())):
        seconds, segments, recovered = audio.get(s.id, (0.0, 0, False))
        rows.append(
            SessionRow(s.id, s.started_at, codes.get(s.participant_id, ""),
                       guides.get(s.guide_id or "", ""), s.state, seconds, segments,
                       int(notes.get(s.id, 0)), recovered, s.consent_pending)
        )  # fmt: skip
    return rows


@dataclass(frozen=True)
class ReviewData:
    """A finished (or open) session as the review screen shows it."""

    session_id: str
    who: str  # code and name: the fieldworker's own screen, never an export
    guide_title: str
    started_at: datetime
    ended_at: datetime | None
    reflection: dict[str, str]
    notes: list[NoteRow]
    files: list[tuple[str, float, int]]  # file name, duration, sample rate; in order
    questions: dict[str, str]  # "2.3" -> the question's words
    recovered: bool


def load_review(session: Session, session_id: str) -> ReviewData:
    from ecoscim_field.domain.guides import load_guide
    from ecoscim_field.domain.participants import load_participant

    interview = session.get_one(InterviewSession, session_id)
    code, data = load_participant(session, interview.participant_id)
    questions: dict[str, str] = {}
    title = ""
    if interview.guide_id:
        guide = load_guide(session, interview.guide_id)
        title = guide.title
        for s_index, section in enumerate(guide.sections, start=1):
            for q_index, question in enumerate(section.questions, start=1):
                questions[f"{s_index}.{q_index}"] = question.text
    recordings = list(
        session.scalars(
            select(Recording).where(Recording.session_id == session_id).order_by(Recording.segment)
        )
    )
    return ReviewData(
        session_id=session_id, who=f"{code} {data.name}".strip(), guide_title=title,
        started_at=interview.started_at, ended_at=interview.ended_at,
        reflection=json.loads(interview.reflection or "{}"),
        notes=session_notes(session, session_id),
        files=[(r.file_name, r.duration_s, r.sample_rate) for r in recordings],
        questions=questions, recovered=any(r.recovered for r in recordings),
    )  # fmt: skip
