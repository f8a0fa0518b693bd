"""Guides and appointments in the core and on the command line."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import select

from ecoscim_field.domain.appointments import (
    MEXICO_CITY,
    AppointmentData,
    AppointmentError,
    NeedsConfirmation,
    agenda,
    agenda_ics,
    load_appointment,
    progress,
    save_appointment,
    set_status,
)
from ecoscim_field.domain.demo import fill_demo
from ecoscim_field.domain.guide_format import GuideFileError, dump_guide, parse_guide
from ecoscim_field.domain.guides import (
    GuideInUseError,
    delete_guide,
    edit_guide,
    ensure_builtin_guides,
    export_guide,
    import_guide,
    list_guides,
    load_guide,
)
from ecoscim_field.domain.participants import list_participants
from ecoscim_field.store.database import Store
from ecoscim_field.store.enums import AppointmentStatus, ConsentState, StakeholderGroup
from ecoscim_field.store.models import Appointment, Fieldworker, InterviewGuide
from tests.conftest import run_cli


def tomorrow_at(hour: int) -> datetime:
    day = datetime.now(MEXICO_CITY).date() + timedelta(days=1)
    return datetime.combine(day, time(hour), MEXICO_CITY)


# --- guides -----------------------------------------------------------------------------------


def test_builtin_guides_cover_four_groups_in_two_languages(store: Store) -> None:
    assert ensure_builtin_guides(store) == 8
    assert ensure_builtin_guides(store) == 0
    with store.transaction() as session:
        rows = list_guides(session)
    assert {(r.stakeholder_group, r.language) for r in rows} == {
        (g, lang)
        for g in (StakeholderGroup.USER, StakeholderGroup.NON_USER, StakeholderGroup.OPERATOR,
                  StakeholderGroup.PUBLIC_OFFICIAL)
        for lang in ("es_MX", "en")
    }  # fmt: skip


def test_export_import_round_trip_makes_a_new_version(store: Store, tmp_path: Path) -> None:
    ensure_builtin_guides(store)
    with store.transaction() as session:
        first = next(r for r in list_guides(session) if r.language == "es_MX")
        text = export_guide(session, first.id)
        original = load_guide(session, first.id)
    assert text.startswith("# ECOSCIM Field interview guide")
    parsed = parse_guide(text, "exported.yaml")
    assert parsed.sections == original.sections and parsed.title == original.title
    guide_id, version = import_guide(store, text=text, source="exported.yaml")
    assert version == 2
    with store.transaction() as session:
        again = load_guide(session, guide_id)
    assert again.sections == original.sections and again.key == original.key


@pytest.mark.parametrize(
    ("text", "line", "problem"),
    [
        ("format: ecoscim-guide/1\ntitle: Guía\n  nested: wrong\n", 3, "mapping values"),
        ("format: ecoscim-guide/1\ntitle: Guía\nstakeholder_group: user\nlanguage: es_MX\n",
         1, "'sections' is a required property"),
        ("format: ecoscim-guide/1\ntitle: Guía\nstakeholder_group: tourist\nlanguage: es_MX\n"
         "sections: []\n", 3, "stakeholder_group"),
        ("format: ecoscim-guide/1\ntitle: Guía\nstakeholder_group: user\nlanguage: es_MX\n"
         "sections:\n- title: Uno\n  questions:\n  - core: true\n", 8, "'text' is a required"),
    ],
)  # fmt: skip
def test_a_malformed_guide_is_refused_with_line_and_problem(
    store: Store, text: str, line: int, problem: str
) -> None:
    with pytest.raises(GuideFileError) as caught:
        import_guide(store, text=text, source="malo.yaml")
    assert caught.value.line == line
    assert problem in caught.value.problem
    with store.transaction() as session:
        assert session.scalars(select(InterviewGuide)).all() == []


def test_editing_a_used_guide_makes_a_new_version_and_it_cannot_be_deleted(
    store: Store,
) -> None:
    ensure_builtin_guides(store)
    with store.transaction() as session:
        guide = next(r for r in list_guides(session) if r.language == "en")
        content = load_guide(session, guide.id)
    unused_edit = edit_guide(store, guide_id=guide.id, content=content)
    assert unused_edit == guide.id  # nobody used it: edited in place
    save_appointment(
        store,
        data=AppointmentData(starts_at=datetime.now(UTC) - timedelta(days=1),
                             target_group=StakeholderGroup.USER, guide_id=guide.id,
                             status=AppointmentStatus.DONE),
    )  # fmt: skip
    changed = parse_guide(dump_guide(content).replace(content.title, "Revised guide"), "x")
    new_id = edit_guide(store, guide_id=guide.id, content=changed)
    assert new_id != guide.id
    with store.transaction() as session:
        assert load_guide(session, guide.id).title == content.title  # the used one is kept
        assert load_guide(session, new_id).version == 2
    with pytest.raises(GuideInUseError):
        delete_guide(store, guide_id=guide.id)


# --- appointments -----------------------------------------------------------------------------


@pytest.fixture
def demo(store: Store) -> Store:
    fill_demo(store)
    return store


def worker_id(store: Store) -> str:
    with store.transaction() as session:
        return session.scalars(select(Fieldworker.id).order_by(Fieldworker.name)).first() or ""


def test_double_booking_warns_and_can_be_confirmed(demo: Store) -> None:
    me = worker_id(demo)
    first = AppointmentData(starts_at=tomorrow_at(9), target_group=StakeholderGroup.USER,
                            fieldworker_ids=[me])  # fmt: skip
    save_appointment(demo, data=first)
    clash = AppointmentData(
        starts_at=tomorrow_at(9) + timedelta(minutes=30),
        target_group=StakeholderGroup.NON_USER,
        fieldworker_ids=[me],
    )
    with pytest.raises(NeedsConfirmation) as caught:
        save_appointment(demo, data=clash)
    assert [w.kind for w in caught.value.warnings] == ["fieldworker_busy"]
    save_appointment(demo, data=clash, confirmed=True)
    later = AppointmentData(starts_at=tomorrow_at(11), target_group=StakeholderGroup.USER,
                            fieldworker_ids=[me])  # fmt: skip
    save_appointment(demo, data=later)  # no overlap, no question


def test_past_times_warn_and_impossible_appointments_are_refused(demo: Store) -> None:
    with pytest.raises(NeedsConfirmation) as past:
        save_appointment(
            demo,
            data=AppointmentData(
                starts_at=datetime.now(UTC) - timedelta(hours=3), target_group=StakeholderGroup.USER
            ),
        )
    assert [w.kind for w in past.value.warnings] == ["past"]
    # Editing an earlier appointment without moving it asks nothing about its time.
    with demo.transaction() as session:
        earlier = session.scalars(
            select(Appointment).where(Appointment.starts_at < datetime.now(UTC))
        ).first()
        assert earlier is not None
        data = load_appointment(session, earlier.id)
    data.notes, data.status = "Llegamos tarde", AppointmentStatus.CONFIRMED
    save_appointment(demo, data=data, appointment_id=earlier.id)
    data.starts_at -= timedelta(days=1)
    with pytest.raises(NeedsConfirmation):
        save_appointment(demo, data=data, appointment_id=earlier.id)
    with pytest.raises(AppointmentError) as no_time:
        save_appointment(
            demo,
            data=AppointmentData(
                starts_at=tomorrow_at(9), duration_min=0, target_group=StakeholderGroup.USER
            ),
        )
    assert no_time.value.reason == "no_duration"
    with demo.transaction() as session:
        withdrawn = next(r for r in list_participants(session)
                         if r.consent is ConsentState.WITHDRAWN)  # fmt: skip
    with pytest.raises(AppointmentError) as gone:
        save_appointment(
            demo, data=AppointmentData(starts_at=tomorrow_at(9), participant_id=withdrawn.id)
        )
    assert gone.value.reason == "participant_withdrawn"


def test_agenda_is_a_local_day_in_time_order_and_filters_by_fieldworker(demo: Store) -> None:
    today = datetime.now(MEXICO_CITY).date()
    with demo.transaction() as session:
        rows = agenda(session, start=today)
        lucia = agenda(session, start=today, fieldworker="LHR")
    assert rows and [r.starts_at for r in rows] == sorted(r.starts_at for r in rows)
    assert all(r.starts_at.date() == today for r in rows)
    assert all(r.starts_at.utcoffset() == timedelta(hours=-6) for r in rows)
    assert lucia and all("Lucía Hernández Ríos" in r.fieldworkers for r in lucia)
    assert len(lucia) < len(rows)


def test_ics_export_parses_back_without_names(demo: Store) -> None:
    today = datetime.now(MEXICO_CITY).date()
    with demo.transaction() as session:
        rows = agenda(session, start=today, days=7)
    data = agenda_ics(rows, calendar_name="Semana")
    calendar = Calendar.from_ical(data)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == len(rows) > 3
    first = min(events, key=lambda e: e.decoded("dtstart"))
    start = first.decoded("dtstart")
    assert start == rows[0].starts_at and str(start.tzinfo) == "America/Mexico_City"
    assert rows[0].who in str(first.get("summary"))
    text = data.decode("utf-8")
    assert all(r.name not in text for r in rows if r.name)


def test_progress_counts_planned_and_done_per_case_study_and_group(demo: Store) -> None:
    with demo.transaction() as session:
        before = progress(session)
        total_done = sum(c.done for c in before.values())
        rows = agenda(session, start=datetime.now(MEXICO_CITY).date())
    set_status(demo, appointment_id=rows[0].id, status=AppointmentStatus.DONE)
    with demo.transaction() as session:
        after = progress(session)
    assert sum(c.done for c in after.values()) == total_done + 1
    assert sum(c.planned for c in after.values()) == sum(c.planned for c in before.values()) - 1


# --- the command line -------------------------------------------------------------------------


def test_guide_and_agenda_commands(data_dir: Path, tmp_path: Path) -> None:
    assert run_cli("--data-dir", str(data_dir), "demo").returncode == 0
    listed = run_cli("--data-dir", str(data_dir), "--lang", "en", "guide", "list")
    assert listed.returncode == 0
    guide_id = next(line.split()[0] for line in listed.stdout.splitlines() if "[en] user" in line)
    target = tmp_path / "guide.yaml"
    exported = run_cli("--data-dir", str(data_dir), "guide", "export", guide_id[:8],
                       "--to", str(target))  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    assert "Guide for users" in target.read_text(encoding="utf-8")
    imported = run_cli("--data-dir", str(data_dir), "--lang", "en", "guide", "import",
                       str(target))  # fmt: skip
    assert imported.returncode == 0 and "version 2" in imported.stdout
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: ecoscim-guide/1\ntitle: Guía\n  nested: wrong\n", encoding="utf-8")
    refused = run_cli("--data-dir", str(data_dir), "--lang", "es_MX", "guide", "import",
                      str(broken))  # fmt: skip
    assert refused.returncode == 1
    assert str(broken) in refused.stderr and "línea 3" in refused.stderr
    today = run_cli("--data-dir", str(data_dir), "--lang", "en", "agenda")
    assert today.returncode == 0 and "Where:" in today.stdout and "P-" in today.stdout
    ics = tmp_path / "agenda.ics"
    wrote = run_cli("--data-dir", str(data_dir), "--lang", "en", "agenda", "--ics", str(ics),
                    "--fieldworker", "Lucía")  # fmt: skip
    assert wrote.returncode == 0 and ics.read_bytes().startswith(b"BEGIN:VCALENDAR")
    bad_date = run_cli("--data-dir", str(data_dir), "--lang", "en", "agenda", "--date", "3/12")
    assert bad_date.returncode == 2 and "YYYY-MM-DD" in bad_date.stderr
    missing = run_cli("--data-dir", str(data_dir), "--lang", "en", "guide", "export", "zzz",
                      "--to", str(tmp_path / "x.yaml"))  # fmt: skip
    assert missing.returncode == 1 and "guide list" in missing.stderr
