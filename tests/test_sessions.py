"""Interview sessions in the core: start, the recording gate, notes, coverage, the end,
and a verbal refusal of audio that deletes the recording at once."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
from sqlalchemy import select

from ecoscim_field.audio.files import write_flac
from ecoscim_field.domain.consent import consent_states
from ecoscim_field.domain.demo import fill_demo
from ecoscim_field.domain.guides import guide_in_use
from ecoscim_field.domain.sessions import (
    RecordGate,
    SessionError,
    add_note,
    discard_session_audio,
    edit_note,
    finish_session,
    mark_consent_pending,
    mark_covered,
    record_gate,
    session_notes,
    start_session,
)
from ecoscim_field.store.database import RECORDINGS_DIR, Store
from ecoscim_field.store.enums import AppointmentStatus, ConsentState, NoteKind
from ecoscim_field.store.models import Appointment, AuditEntry, InterviewSession, Recording


@pytest.fixture
def demo(store: Store) -> Store:
    fill_demo(store)
    return store


def people_by_state(store: Store) -> dict[ConsentState, str]:
    with store.transaction() as session:
        states = consent_states(session)
        from ecoscim_field.store.models import Participant

        everyone = list(session.scalars(select(Participant.id)))
    found: dict[ConsentState, str] = {}
    for pid in everyone:
        found.setdefault(states.get(pid, ConsentState.NONE), pid)
    return found


def test_a_session_from_an_appointment_uses_its_guide_and_ends_it_done(demo: Store) -> None:
    with demo.transaction() as session:
        appointment = session.scalars(
            select(Appointment).where(Appointment.status == "confirmed",
                                      Appointment.participant_id.is_not(None))
        ).first()  # fmt: skip
        assert appointment is not None and appointment.guide_id is not None
        appointment_id, guide_id = appointment.id, appointment.guide_id
        participant_id = appointment.participant_id
        assert participant_id is not None
        used_before = guide_in_use(session, guide_id)
    session_id = start_session(demo, participant_id=participant_id, appointment_id=appointment_id)
    with demo.transaction() as session:
        row = session.get_one(InterviewSession, session_id)
        assert row.guide_id == guide_id and row.state == "open"
        assert guide_in_use(session, guide_id)  # sessions keep the version they used
    mark_covered(demo, session_id=session_id, question_ref="1.1")
    mark_covered(demo, session_id=session_id, question_ref="1.2")
    mark_covered(demo, session_id=session_id, question_ref="1.2", covered=False)
    finish_session(demo, session_id=session_id, reflection={"setting": "Cocina, con ruido"})
    with demo.transaction() as session:
        row = session.get_one(InterviewSession, session_id)
        assert json.loads(row.covered) == ["1.1"] and row.state == "finished"
        assert json.loads(row.reflection) == {"setting": "Cocina, con ruido"}
        assert row.ended_at is not None
        assert session.get_one(Appointment, appointment_id).status == AppointmentStatus.DONE
    assert isinstance(used_before, bool)


def test_the_recording_gate_follows_consent_and_a_withdrawn_participant_has_no_session(
    demo: Store,
) -> None:
    people = people_by_state(demo)
    with demo.transaction() as session:
        assert record_gate(session, people[ConsentState.GIVEN]) is RecordGate.ALLOWED
        assert record_gate(session, people[ConsentState.NONE]) is RecordGate.VERBAL_PENDING
        assert record_gate(session, people[ConsentState.WITHDRAWN]) is RecordGate.REFUSED
    with pytest.raises(SessionError) as refused:
        start_session(demo, participant_id=people[ConsentState.WITHDRAWN])
    assert refused.value.reason == "participant_withdrawn"


def test_notes_keep_their_stamps_when_edited(demo: Store) -> None:
    people = people_by_state(demo)
    session_id = start_session(demo, participant_id=people[ConsentState.GIVEN])
    typed = datetime(2026, 12, 3, 17, 0, 5, tzinfo=UTC)
    first = add_note(demo, session_id=session_id, text="  Llegó en Ecobici ",
                     audio_offset_ms=65_000, question_ref="1.2", written_at=typed)  # fmt: skip
    add_note(demo, session_id=session_id, text="", kind=NoteKind.OBSERVATION,
             audio_offset_ms=70_500, written_at=typed + timedelta(seconds=5))  # fmt: skip
    edit_note(demo, note_id=first, text="Llegó en Ecobici desde Doctores", kind=NoteKind.QUOTE)
    with demo.transaction() as session:
        notes = session_notes(session, session_id)
    assert [n.audio_offset_ms for n in notes] == [65_000, 70_500]
    assert notes[0].text == "Llegó en Ecobici desde Doctores" and notes[0].kind is NoteKind.QUOTE
    assert notes[0].written_at == typed and notes[0].question_ref == "1.2" and notes[0].edited
    assert notes[1].text == "" and not notes[1].edited  # a marker


def test_audio_refused_after_a_verbal_statement_is_deleted_at_once(demo: Store) -> None:
    people = people_by_state(demo)
    participant = people[ConsentState.NONE]
    session_id = start_session(demo, participant_id=participant)
    mark_consent_pending(demo, session_id=session_id)
    path = demo.folder / RECORDINGS_DIR / "pending.flac"
    digest = write_flac(path, np.zeros(16000), 16000)
    with demo.transaction() as session:
        session.add(Recording(participant_id=participant, session_id=session_id,
                              file_name=path.name, sha256=digest, duration_s=1.0,
                              sample_rate=16000))  # fmt: skip
    removed = discard_session_audio(demo, session_id=session_id, actor="Lucía",
                                    reason="audio refused after the consent statement")  # fmt: skip
    assert removed == 1 and not path.exists()
    with demo.transaction() as session:
        assert session.scalars(select(Recording).where(
            Recording.session_id == session_id)).first() is None  # fmt: skip
        assert not session.get_one(InterviewSession, session_id).consent_pending
        audit = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "recording.deleted_refused")).one()  # fmt: skip
        assert "1 recording(s)" in audit.detail and audit.actor == "Lucía"
