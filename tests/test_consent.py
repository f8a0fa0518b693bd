"""Participants and consent in the core: pseudonyms, forms, consent facts, withdrawal, purge."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import select

from ecoscim_field.audio.files import write_flac
from ecoscim_field.domain.consent import (
    ConsentError,
    consent_status,
    may_quote,
    may_record_audio,
    take_consent,
    withdraw_consent,
)
from ecoscim_field.domain.consent_audit import carry_out_purge, consent_audit, purge_plan
from ecoscim_field.domain.consent_forms import (
    TemplateError,
    add_form_version,
    builtin_templates,
    current_form,
    ensure_builtin_forms,
    get_form,
    load_template,
)
from ecoscim_field.domain.participants import (
    ParticipantData,
    list_participants,
    load_participant,
    register_participant,
    update_participant,
)
from ecoscim_field.domain.profile import save_profile
from ecoscim_field.store.database import RECORDINGS_DIR, Store
from ecoscim_field.store.enums import (
    ConsentItem,
    ConsentMethod,
    ConsentState,
    NoteKind,
    Role,
    StakeholderGroup,
)
from ecoscim_field.store.errors import ImmutableFactError
from ecoscim_field.store.models import (
    AuditEntry,
    ConsentRecord,
    Note,
    Participant,
    ParticipantIdentity,
    Recording,
    Tombstone,
)

ALL_YES = dict.fromkeys(ConsentItem, True)


@pytest.fixture
def ready(store: Store) -> Store:
    ensure_builtin_forms(store)
    save_profile(store, name="Lucía Hernández", initials="LH", role=Role.FIELDWORKER)
    return store


def witness(store: Store):  # type: ignore[no-untyped-def]
    from ecoscim_field.domain.profile import load_profile

    profile = load_profile(store)
    assert profile is not None
    return profile


def new_participant(store: Store, name: str = "María Sánchez", language: str = "es_MX") -> str:
    data = ParticipantData(
        stakeholder_group=StakeholderGroup.USER, alcaldia="Iztapalapa", colonia="Santa Cruz",
        language=language, name=name, phone="55 1234 5678",
    )  # fmt: skip
    participant_id, _code = register_participant(store, data=data, actor="test")
    return participant_id


def consent(store: Store, participant_id: str, **answers: bool) -> str:
    with store.transaction() as session:
        form = current_form(session, "es_MX")
    assert form is not None
    given = {**ALL_YES, **{ConsentItem(k): v for k, v in answers.items()}}
    return take_consent(
        store, participant_id=participant_id, form_id=form.id, answers=given,
        method=ConsentMethod.PAPER, paper_ref="Formato 12", witness=witness(store),
    )  # fmt: skip


# --- participants ---------------------------------------------------------------------------


def test_identifying_data_lives_apart_from_the_research_data(ready: Store) -> None:
    participant_id = new_participant(ready, name="María Sánchez")
    with ready.transaction() as session:
        person = session.get_one(Participant, participant_id)
        research = {c.name: getattr(person, c.name) for c in Participant.__table__.columns}
        assert "María Sánchez" not in json.dumps(research, default=str)
        identity = session.scalars(select(ParticipantIdentity)).one()
        assert (identity.participant_id, identity.name) == (participant_id, "María Sánchez")


def test_codes_from_two_offline_laptops_never_collide(tmp_path: Path) -> None:
    laptops = [Store.open(tmp_path / name) for name in ("laptop-a", "laptop-b")]
    try:
        codes = []
        for laptop in laptops:
            for i in range(30):
                data = ParticipantData(stakeholder_group=StakeholderGroup.NON_USER, name=f"N{i}")
                codes.append(register_participant(laptop, data=data, actor="t")[1])
        assert len(set(codes)) == 60
        tags = {code.split("-")[1] for code in codes}
        assert len(tags) == 2  # one per laptop
        assert codes[0].endswith("-0001") and codes[30].endswith("-0001")
    finally:
        for laptop in laptops:
            laptop.close()


def test_edit_keeps_the_code_and_updates_both_tables(ready: Store) -> None:
    participant_id = new_participant(ready)
    with ready.transaction() as session:
        code, data = load_participant(session, participant_id)
    data.colonia, data.email = "Ejército de Oriente", "maria@example.org"
    update_participant(ready, participant_id=participant_id, data=data)
    with ready.transaction() as session:
        new_code, again = load_participant(session, participant_id)
    assert new_code == code
    assert (again.colonia, again.email, again.name) == (
        "Ejército de Oriente", "maria@example.org", "María Sánchez"
    )  # fmt: skip


def test_bad_participant_data_is_refused(ready: Store) -> None:
    data = ParticipantData(stakeholder_group=StakeholderGroup.USER, alcaldia="Springfield")
    with pytest.raises(ValueError, match="alcaldía"):
        register_participant(ready, data=data, actor="t")


# --- forms ----------------------------------------------------------------------------------


def test_builtin_templates_exist_in_both_languages_and_install_once(store: Store) -> None:
    languages = {load_template(p)["language"] for p in builtin_templates()}
    assert languages == {"es_MX", "en"}
    assert ensure_builtin_forms(store) == 2
    assert ensure_builtin_forms(store) == 0
    with store.transaction() as session:
        spanish = current_form(session, "es_MX")
        english = current_form(session, "en")
    assert spanish is not None and english is not None
    assert spanish.items[0].key is ConsentItem.PARTICIPATE
    assert "Acepto participar" in spanish.items[0].text
    assert [i.key for i in spanish.items] == [i.key for i in english.items]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("", "empty"),
        ("{not json", "not valid JSON"),
        ('{"form_key": "x"}', "required"),
    ],
)
def test_an_empty_or_malformed_template_is_refused_naming_the_file(
    tmp_path: Path, content: str, problem: str
) -> None:
    path = tmp_path / "broken.v1.es_MX.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    assert caught.value.file == str(path)
    assert problem in caught.value.problem


def test_a_template_without_the_participation_item_is_refused(tmp_path: Path) -> None:
    data = load_template(builtin_templates()[0])
    data["items"] = [i for i in data["items"] if i["key"] != "participate"]
    path = tmp_path / "no-participation.v1.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(TemplateError, match="items"):
        load_template(path)


def test_a_new_version_retires_the_old_one_and_old_records_never_change(ready: Store) -> None:
    participant_id = new_participant(ready)
    record_id = consent(ready, participant_id)
    with ready.transaction() as session:
        old = session.get_one(ConsentRecord, record_id)
        old_form_id, old_answers, old_hlc = old.form_id, old.answers, old.hlc
    templates = [load_template(p) for p in builtin_templates()]
    for template in templates:
        template["version"] = 2
        template["body"] += "\n\nVersión 2."
    assert add_form_version(ready, templates=templates, actor="coord") == 2
    with ready.transaction() as session:
        old_form = get_form(session, old_form_id)
        assert old_form.version == 1 and not old_form.current  # still readable
        new_form = current_form(session, "es_MX")
        assert new_form is not None and new_form.version == 2
        record = session.get_one(ConsentRecord, record_id)
        assert (record.form_id, record.answers, record.hlc) == (old_form_id, old_answers, old_hlc)
    with pytest.raises(ConsentError) as caught:
        take_consent(
            ready, participant_id=participant_id, form_id=old_form_id, answers=ALL_YES,
            method=ConsentMethod.VERBAL, witness=witness(ready),
        )  # fmt: skip
    assert caught.value.reason == "form_retired"
    with pytest.raises(TemplateError, match="next version must be 3"):
        add_form_version(ready, templates=templates, actor="coord")


# --- taking consent ---------------------------------------------------------------------------


def test_consent_needs_every_item_answered_and_participation_agreed(ready: Store) -> None:
    participant_id = new_participant(ready)
    with ready.transaction() as session:
        form = current_form(session, "es_MX")
    assert form is not None
    partial: dict[ConsentItem, bool | None] = {**ALL_YES, ConsentItem.ARCHIVE: None}
    with pytest.raises(ConsentError) as unanswered:
        take_consent(ready, participant_id=participant_id, form_id=form.id, answers=partial,
                     method=ConsentMethod.VERBAL, witness=witness(ready))  # fmt: skip
    assert unanswered.value.reason == "unanswered" and "archive" in unanswered.value.detail
    refusing = {**ALL_YES, ConsentItem.PARTICIPATE: False}
    with pytest.raises(ConsentError) as refused:
        take_consent(ready, participant_id=participant_id, form_id=form.id, answers=refusing,
                     method=ConsentMethod.VERBAL, witness=witness(ready))  # fmt: skip
    assert refused.value.reason == "not_participating"
    with pytest.raises(ConsentError) as no_signature:
        take_consent(ready, participant_id=participant_id, form_id=form.id, answers=ALL_YES,
                     method=ConsentMethod.SIGNATURE, witness=witness(ready))  # fmt: skip
    assert no_signature.value.reason == "method"
    with ready.transaction() as session:
        assert consent_status(session, participant_id).state is ConsentState.NONE


def test_a_consent_record_cannot_be_edited(ready: Store) -> None:
    participant_id = new_participant(ready)
    record_id = consent(ready, participant_id, audio=False)
    with pytest.raises(ImmutableFactError), ready.transaction() as session:
        record = session.get_one(ConsentRecord, record_id)
        record.answers = json.dumps(dict.fromkeys((i.value for i in ConsentItem), True))
    with ready.transaction() as session:
        assert json.loads(session.get_one(ConsentRecord, record_id).answers)["audio"] is False


def test_the_gate_follows_answers_and_withdrawals(ready: Store) -> None:
    participant_id = new_participant(ready)
    with ready.transaction() as session:
        assert not may_record_audio(session, participant_id)  # no consent yet
    consent(ready, participant_id, quote_direct=False)
    with ready.transaction() as session:
        assert may_record_audio(session, participant_id)
        assert not may_quote(session, participant_id, anonymised=False)
        assert may_quote(session, participant_id, anonymised=True)
    withdraw_consent(ready, participant_id=participant_id, items={ConsentItem.AUDIO},
                     requested_via="phone", recorded_by="Lucía")  # fmt: skip
    with ready.transaction() as session:
        status = consent_status(session, participant_id)
        assert status.state is ConsentState.PARTLY_WITHDRAWN
        assert not may_record_audio(session, participant_id)
        assert may_quote(session, participant_id, anonymised=True)
    withdraw_consent(ready, participant_id=participant_id, items=None,
                     requested_via="email", recorded_by="Lucía")  # fmt: skip
    with ready.transaction() as session:
        assert consent_status(session, participant_id).state is ConsentState.WITHDRAWN
        assert not may_quote(session, participant_id, anonymised=True)
    states = {row.id: row.consent for row in _rows(ready)}
    assert states[participant_id] is ConsentState.WITHDRAWN


def _rows(store: Store):  # type: ignore[no-untyped-def]
    with store.transaction() as session:
        return list_participants(session)


# --- withdrawal, purge and audit -----------------------------------------------------------


def add_interview(store: Store, participant_id: str, name: str) -> Path:
    path = store.folder / RECORDINGS_DIR / name
    digest = write_flac(path, np.zeros(1600), 16000)
    with store.transaction() as session:
        session.add(Recording(participant_id=participant_id, file_name=name, sha256=digest,
                              duration_s=0.1, sample_rate=16000))  # fmt: skip
        session.add(Note(participant_id=participant_id, kind=NoteKind.QUOTE.value,
                         text="Nadie nos preguntó"))  # fmt: skip
        session.add(Note(participant_id=participant_id, kind=NoteKind.OBSERVATION.value,
                         text="Vive cerca de la estación"))  # fmt: skip
    return path


def test_partial_withdrawal_of_audio_purges_the_recordings_only(ready: Store) -> None:
    participant_id = new_participant(ready)
    consent(ready, participant_id)
    audio = add_interview(ready, participant_id, "p1.flac")
    with ready.transaction() as session:
        assert consent_audit(session) == []
    withdraw_consent(
        ready,
        participant_id=participant_id,
        items={ConsentItem.AUDIO},
        requested_via="phone",
        recorded_by="Lucía",
        reason="changed her mind",
    )
    with ready.transaction() as session:
        findings = consent_audit(session)
        plan = purge_plan(session, participant_id)
    assert [(f.kind, f.item, f.problem) for f in findings] == [
        ("recording", ConsentItem.AUDIO, "withdrawn")
    ]
    assert plan.recordings == ("p1.flac",) and plan.notes == 0
    done = carry_out_purge(ready, participant_id=participant_id, actor="Lucía",
                           reason="audio withdrawn")  # fmt: skip
    assert done.recordings == ("p1.flac",)
    assert not audio.exists()
    with ready.transaction() as session:
        assert consent_audit(session) == []
        assert session.scalars(select(Recording)).all() == []
        assert len(session.scalars(select(Note)).all()) == 2  # notes stay
        assert session.scalars(select(Tombstone.table_name)).all() == ["recordings"]


def test_full_withdrawal_purges_recordings_and_notes_and_leaves_an_audit_without_content(
    ready: Store,
) -> None:
    participant_id = new_participant(ready)
    consent(ready, participant_id)
    add_interview(ready, participant_id, "p2.flac")
    withdraw_consent(ready, participant_id=participant_id, items=None,
                     requested_via="email", recorded_by="Coordinación")  # fmt: skip
    with ready.transaction() as session:
        plan = purge_plan(session, participant_id)
    assert plan.recordings == ("p2.flac",) and plan.notes == 2
    carry_out_purge(ready, participant_id=participant_id, actor="Coordinación",
                    reason="full withdrawal by e-mail")  # fmt: skip
    with ready.transaction() as session:
        assert session.scalars(select(Note)).all() == []
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "consent.purged")
        ).one()
        assert "1 recording(s) and 2 note(s)" in entry.detail
        assert "full withdrawal" in entry.detail
        assert "Nadie nos preguntó" not in entry.detail and "p2.flac" not in entry.detail
        # The consent record and the withdrawal remain: they prove what happened.
        assert consent_status(session, participant_id).state is ConsentState.WITHDRAWN


def test_recordings_without_consent_fail_the_audit(ready: Store) -> None:
    never_asked = new_participant(ready, name="Sin consentimiento")
    refused_audio = new_participant(ready, name="Sin audio")
    consent(ready, refused_audio, audio=False)
    add_interview(ready, never_asked, "a.flac")
    add_interview(ready, refused_audio, "b.flac")
    with ready.transaction() as session:
        problems = {(f.label, f.problem) for f in consent_audit(session) if f.kind == "recording"}
    assert problems == {("a.flac", "no_consent"), ("b.flac", "refused")}
