"""Searching all notes: accent- and case-insensitive, word starts, phrases, purge-aware."""

from __future__ import annotations

import pytest

from ecoscim_field.domain.consent import consent_states, withdraw_consent
from ecoscim_field.domain.consent_audit import carry_out_purge
from ecoscim_field.domain.demo import fill_demo
from ecoscim_field.domain.search import (
    MARK_END,
    MARK_START,
    NoteHit,
    fts_query,
    search_notes,
)
from ecoscim_field.domain.sessions import add_note, edit_note, start_session
from ecoscim_field.store.database import Store
from ecoscim_field.store.enums import ConsentState, NoteKind


@pytest.fixture
def notes(store: Store) -> tuple[Store, str, list[str]]:
    fill_demo(store)
    with store.transaction() as session:
        states = consent_states(session)
    pid = next(p for p, s in states.items() if s is ConsentState.GIVEN)
    session_id = start_session(store, participant_id=pid)
    ids = [
        add_note(store, session_id=session_id, text=text, audio_offset_ms=offset)
        for text, offset in (
            ("La estación de Ecobici siempre está vacía en la mañana.", 61_000),
            ("«Nadie nos preguntó dónde poner las estaciones», dice el señor.", 125_500),
            ("El niño usa la aplicación para el Cablebús.", 301_000),
        )
    ]
    return store, session_id, ids


def test_search_ignores_accents_and_case_and_matches_word_starts(
    notes: tuple[Store, str, list[str]],
) -> None:
    store, session_id, ids = notes
    with store.reading() as session:

        def mine(typed: str) -> list[NoteHit]:  # the demo's own notes match some words too
            return [h for h in search_notes(session, typed) if h.session_id == session_id]

        assert {h.note_id for h in mine("ESTACION")} == {ids[0], ids[1]}  # estación, -ones
        assert mine("nino cablebus")[0].note_id == ids[2]
        assert mine("pregunt donde")[0].audio_offset_ms == 125_500
        assert mine('"poner las estaciones"')[0].note_id == ids[1]
        assert mine('"las poner"') == []
        hit = mine("vacia")[0]
        assert hit.session_id == session_id and hit.kind is NoteKind.OBSERVATION
        assert f"{MARK_START}vacía{MARK_END}" in hit.snippet
        assert search_notes(session, "  ¿?  ") == []


def test_search_follows_edits_and_a_withdrawal_removes_notes_from_the_index(
    notes: tuple[Store, str, list[str]],
) -> None:
    store, session_id, ids = notes
    edit_note(store, note_id=ids[2], text="La niña usa el Metrobús.")
    with store.reading() as session:
        assert search_notes(session, "cablebus") == []
        assert search_notes(session, "metrobus")[0].note_id == ids[2]
        from ecoscim_field.store.models import InterviewSession

        pid = session.get_one(InterviewSession, session_id).participant_id
    withdraw_consent(store, participant_id=pid, items=None, requested_via="phone",
                     recorded_by="Rosa", reason="ya no")  # fmt: skip
    carry_out_purge(store, participant_id=pid, actor="Rosa", reason="withdrawal")
    with store.reading() as session:
        assert [h for h in search_notes(session, "estacion") if h.session_id == session_id] == []
        assert search_notes(session, "metrobus") == []


def test_the_query_is_built_safely_from_anything_typed() -> None:
    assert fts_query('estación "poner las" OR NEAR(') == (
        '"estación"* AND "poner las" AND "OR"* AND "NEAR"*'
    )
    assert fts_query('" " -- ;') == ""
