"""The codebook in the core: the framework's dimensions built in, the team's own codes
(hierarchical, coloured, with shortcuts), codes applied to notes, archiving over deleting."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from ecoscim_field.domain.codebook import (
    CodeError,
    archive_code,
    builtin_code_id,
    codes_of_notes,
    create_code,
    delete_code,
    edit_code,
    ensure_builtin_codes,
    list_codes,
    note_code_id,
    set_code,
    toggle_code,
)
from ecoscim_field.domain.sessions import add_note, start_session
from ecoscim_field.i18n.catalogue import install_language
from ecoscim_field.i18n.labels import code_label
from ecoscim_field.store.database import Store
from ecoscim_field.store.models import NoteCode, Participant, Tombstone


@pytest.fixture
def codebook(store: Store) -> Store:
    ensure_builtin_codes(store)
    return store


def a_note(store: Store) -> str:
    with store.transaction() as session:
        session.add(Participant(code="P-0001", stakeholder_group="user", language="es_MX"))
        session.flush()
        participant_id = session.scalars(select(Participant.id)).one()
    session_id = start_session(store, participant_id=participant_id)
    return add_note(store, session_id=session_id, text="Habla de la ciclovía", audio_offset_ms=1)


def test_the_framework_dimensions_are_built_in_once_with_fixed_ids(codebook: Store) -> None:
    assert ensure_builtin_codes(codebook) == 0
    with codebook.reading() as session:
        rows = list_codes(session)
    assert [r.builtin_key for r in rows] == [
        "anticipation", "inclusion", "reflexivity", "responsiveness", "equity",
    ]  # fmt: skip
    assert rows[0].id == builtin_code_id("anticipation")  # the same on every laptop
    assert [r.shortcut for r in rows] == ["1", "2", "3", "4", "5"]


def test_builtin_codes_are_named_in_the_interface_language(codebook: Store) -> None:
    install_language("es_MX")
    assert code_label("equity", "Equity and social justice") == "Equidad y justicia social"
    assert code_label("", "Movilidad") == "Movilidad"


def test_team_codes_nest_inherit_colour_and_list_in_tree_order(codebook: Store) -> None:
    inclusion = builtin_code_id("inclusion")
    access = create_code(codebook, name="Accesibilidad", parent_id=inclusion, shortcut="6")
    create_code(codebook, name="Rampas", parent_id=access)
    create_code(codebook, name="Brecha digital", parent_id=inclusion)
    top = create_code(codebook, name="Datos abiertos")
    with codebook.reading() as session:
        rows = list_codes(session)
    names = [(r.name, r.depth) for r in rows]
    at = names.index(("Inclusion", 0))
    assert names[at + 1 : at + 4] == [("Accesibilidad", 1), ("Rampas", 2), ("Brecha digital", 1)]
    by_name = {r.name: r for r in rows}
    assert by_name["Rampas"].colour == by_name["Inclusion"].colour  # inherited
    assert by_name["Datos abiertos"].id == top and by_name["Datos abiertos"].depth == 0


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (dict(name="  "), "empty_name"),
        (dict(name="accesibilidad"), "duplicate_name"),
        (dict(name="Otro", colour="red"), "bad_colour"),
        (dict(name="Otro", shortcut="1"), "shortcut_taken"),
        (dict(name="Otro", shortcut="x"), "bad_shortcut"),
    ],
)
def test_bad_codes_are_refused_with_a_reason(
    codebook: Store, change: dict[str, str], reason: str
) -> None:
    inclusion = builtin_code_id("inclusion")
    create_code(codebook, name="Accesibilidad", parent_id=inclusion)
    with pytest.raises(CodeError) as refused:
        create_code(codebook, parent_id=inclusion, **change)  # type: ignore[arg-type]
    assert refused.value.reason == reason


def test_a_code_cannot_move_under_its_own_descendant(codebook: Store) -> None:
    parent = create_code(codebook, name="Movilidad")
    child = create_code(codebook, name="Bicicleta", parent_id=parent)
    with pytest.raises(CodeError) as refused:
        edit_code(codebook, parent, name="Movilidad", colour="#123456", parent_id=child)
    assert refused.value.reason == "cycle"


def test_a_framework_dimension_keeps_its_name_but_takes_a_new_colour(codebook: Store) -> None:
    code_id = builtin_code_id("equity")
    edit_code(codebook, code_id, name="Something else", colour="#000000", shortcut="9")
    with codebook.reading() as session:
        row = next(r for r in list_codes(session) if r.id == code_id)
    assert (row.name, row.colour, row.shortcut) == ("Equity and social justice", "#000000", "9")
    with pytest.raises(CodeError):
        archive_code(codebook, code_id)
    with pytest.raises(CodeError):
        delete_code(codebook, code_id)


def test_applying_a_code_is_idempotent_and_removal_leaves_a_tombstone(codebook: Store) -> None:
    note_id = a_note(codebook)
    code_id = builtin_code_id("inclusion")
    assert set_code(codebook, note_id=note_id, code_id=code_id, applied=True)
    assert not set_code(codebook, note_id=note_id, code_id=code_id, applied=True)
    with codebook.reading() as session:
        assert codes_of_notes(session, [note_id]) == {note_id: [code_id]}
        assert session.scalar(select(func.count()).select_from(NoteCode)) == 1
    assert toggle_code(codebook, note_id=note_id, code_id=code_id) is False
    with codebook.reading() as session:
        assert codes_of_notes(session, [note_id]) == {note_id: []}
        assert session.get(Tombstone, note_code_id(note_id, code_id)) is not None


def test_a_used_code_is_archived_not_deleted_and_its_notes_keep_it(codebook: Store) -> None:
    note_id = a_note(codebook)
    parent = create_code(codebook, name="Movilidad", shortcut="7")
    child = create_code(codebook, name="Bicicleta", parent_id=parent)
    set_code(codebook, note_id=note_id, code_id=child, applied=True)
    with pytest.raises(CodeError) as refused:
        delete_code(codebook, child)
    assert refused.value.reason == "in_use"
    archive_code(codebook, parent)
    with codebook.reading() as session:
        shown = {r.id for r in list_codes(session)}
        everything = {r.id: r for r in list_codes(session, archived=True)}
        assert codes_of_notes(session, [note_id]) == {note_id: [child]}
    assert parent not in shown and child not in shown
    assert everything[child].archived and everything[child].uses == 1
    assert everything[parent].shortcut == ""  # Ctrl+7 is free again
    with pytest.raises(CodeError):
        set_code(codebook, note_id=note_id, code_id=parent, applied=True)
    unused = create_code(codebook, name="Sin uso")
    delete_code(codebook, unused)
    with codebook.reading() as session:
        assert unused not in {r.id for r in list_codes(session, archived=True)}
