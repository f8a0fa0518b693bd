"""Planning in the app: case studies, guides, the agenda, appointment status, calendar
files and progress, driven with real widgets and checked on screen and in the store."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from ecoscim_field.config import Config
from ecoscim_field.domain.appointments import progress
from ecoscim_field.domain.demo import fill_demo
from ecoscim_field.i18n.catalogue import install_language
from ecoscim_field.store.database import Store
from ecoscim_field.store.enums import AppointmentStatus, StakeholderGroup
from ecoscim_field.store.models import Appointment, CaseStudy, InterviewGuide, Participant
from ecoscim_field.ui.casestudies.case_study_dialog import CaseStudyDialog
from ecoscim_field.ui.casestudies.guide_editor import GuideEditorDialog
from ecoscim_field.ui.shell.main_window import MainWindow
from ecoscim_field.ui.tasks import TaskRunner
from ecoscim_field.ui.today.appointment_dialog import AppointmentDialog

SAVE = QDialogButtonBox.StandardButton.Save


@pytest.fixture
def window(qtbot: QtBot, store: Store, _fresh_config: Path) -> Iterator[MainWindow]:
    install_language("en")
    fill_demo(store)
    win = MainWindow(store=store, config=Config(), language="en", runner=TaskRunner(),
                     config_folder=_fresh_config)  # fmt: skip
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.summary is not None, timeout=5000)
    yield win
    qtbot.waitUntil(lambda: win.runner.idle, timeout=10000)


def answer_questions(monkeypatch: pytest.MonkeyPatch, answer: bool = True) -> list[str]:
    asked: list[str] = []

    def reply(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes if answer else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", reply)
    return asked


def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(str(args[2])))
    return shown


def refreshed(qtbot: QtBot, win: MainWindow, test: object) -> None:
    qtbot.waitUntil(lambda: win.runner.idle and bool(test()), timeout=10000)  # type: ignore[operator]


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


# --- case studies ---------------------------------------------------------------------------


def test_case_study_created_with_links_and_a_used_one_is_archived_not_deleted(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.show_area("case-studies")
    tab = window.case_studies_page.cases
    click(qtbot, window.case_studies_page.new_case_button)
    qtbot.waitUntil(lambda: isinstance(window.study.last_dialog, CaseStudyDialog), timeout=5000)
    dialog = window.study.last_dialog
    assert isinstance(dialog, CaseStudyDialog)
    assert not dialog.buttons.button(SAVE).isEnabled()  # a name is needed
    qtbot.keyClicks(dialog.name, "Parques de bolsillo")
    dialog.origin.setCurrentIndex(dialog.origin.findData("civil_society"))
    dialog.stage.setCurrentIndex(dialog.stage.findData("anticipation"))
    dialog.alcaldias.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.tabs.setCurrentIndex(1)
    qtbot.keyClicks(dialog.link_title, "Convocatoria")
    qtbot.keyClicks(dialog.link_ref, "https://example.org/convocatoria.pdf")
    click(qtbot, dialog.add_link_button)
    assert dialog.links.count() == 1
    click(qtbot, dialog.buttons.button(SAVE))
    refreshed(qtbot, window, lambda: any(r.name == "Parques de bolsillo"
                                         for r in window.summary.case_studies))  # type: ignore[union-attr]  # fmt: skip
    with store.transaction() as session:
        case = session.scalars(
            select(CaseStudy).where(CaseStudy.name == "Parques de bolsillo")
        ).one()
        assert case.origin == "civil_society" and case.stage == "anticipation"
        assert case.alcaldias == "Álvaro Obregón"
        assert json.loads(case.links) == [
            {"title": "Convocatoria", "ref": "https://example.org/convocatoria.pdf"}
        ]
        new_id = case.id
    assert tab.selected().id == new_id  # type: ignore[union-attr]

    # A second case study with the same name (in other capitals) is refused.
    shown = warnings_shown(monkeypatch)
    click(qtbot, window.case_studies_page.new_case_button)
    qtbot.waitUntil(lambda: window.study.last_dialog is not dialog, timeout=5000)
    again = window.study.last_dialog
    assert isinstance(again, CaseStudyDialog)
    qtbot.keyClicks(again.name, "PARQUES de bolsillo")
    click(qtbot, again.buttons.button(SAVE))
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "already called" in shown[0]

    # One that participants and appointments refer to: archiving is offered instead.
    asked = answer_questions(monkeypatch)
    tab.select_id(next(r.id for r in window.summary.case_studies  # type: ignore[union-attr]
                       if r.name == "C5: videovigilancia y botones de auxilio"))  # fmt: skip
    click(qtbot, window.case_studies_page.delete_case_button)
    refreshed(qtbot, window, lambda: len(asked) == 2)
    assert "cannot be deleted" in asked[1] and "participant" in asked[1]
    refreshed(qtbot, window, lambda: any(r.archived for r in window.summary.case_studies))  # type: ignore[union-attr]
    shown_names = {tab.proxy.row_at(i).name for i in range(tab.proxy.rowCount())}
    assert "C5: videovigilancia y botones de auxilio" not in shown_names
    tab.show_all.setChecked(True)
    assert tab.proxy.rowCount() == len(window.summary.case_studies)  # type: ignore[union-attr]
    with store.transaction() as session:
        assert session.scalar(select(func.count()).where(CaseStudy.archived.is_(True))) == 1
    # …and archived ones are not offered for new plans.
    assert all(not c.archived for c in window.summary.active_case_studies)  # type: ignore[union-attr]

    # The unused new one can really be deleted.
    tab.select_id(new_id)
    click(qtbot, window.case_studies_page.delete_case_button)
    refreshed(qtbot, window, lambda: all(r.id != new_id for r in window.summary.case_studies))  # type: ignore[union-attr]
    with store.transaction() as session:
        assert session.get(CaseStudy, new_id) is None
    assert page is window.case_studies_page


# --- guides ---------------------------------------------------------------------------------


def _guide_row(window: MainWindow, title: str) -> str:
    assert window.summary is not None
    return next(g.id for g in window.summary.guides if g.title == title and g.latest)


def test_editing_a_used_guide_in_the_editor_saves_a_new_version(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    refreshed(qtbot, window, lambda: len(window.summary.guides) == 8)  # type: ignore[union-attr]
    window.show_area("case-studies")
    page = window.case_studies_page
    page.tabs.setCurrentIndex(1)
    used_id = _guide_row(window, "Guide for users")
    with store.transaction() as session:  # an interview used it
        appointment = session.scalars(select(Appointment)).first()
        assert appointment is not None
        appointment.guide_id, appointment.status = used_id, AppointmentStatus.DONE.value
    window.refresh()
    refreshed(qtbot, window, lambda: True)
    page.guides.select_id(used_id)
    click(qtbot, page.edit_guide_button)
    qtbot.waitUntil(lambda: isinstance(window.study.last_dialog, GuideEditorDialog), timeout=5000)
    editor = window.study.last_dialog
    assert isinstance(editor, GuideEditorDialog)
    assert editor.notice.isVisible()  # it says a new version will be made
    editor.title.selectAll()
    qtbot.keyClicks(editor.title, "Guide for users of Ecobici")
    click(qtbot, editor.buttons.button(SAVE))
    refreshed(qtbot, window, lambda: "Saved as version 2" in window.statusBar().currentMessage())
    with store.transaction() as session:
        versions = {
            g.version: g.title
            for g in session.scalars(
                select(InterviewGuide).where(InterviewGuide.guide_key == session.get_one(
                    InterviewGuide, used_id).guide_key))
        }  # fmt: skip
    assert versions == {1: "Guide for users", 2: "Guide for users of Ecobici"}
    # The list shows the current version; older ones on request.
    titles = {page.guides.proxy.row_at(i).title for i in range(page.guides.proxy.rowCount())}
    assert "Guide for users of Ecobici" in titles and "Guide for users" not in titles
    assert page.selected_guide() is not None and page.selected_guide().version == 2  # type: ignore[union-attr]
    page.guides.show_all.setChecked(True)
    page.guides.select_id(used_id)
    assert page.selected_guide().id == used_id  # type: ignore[union-attr]

    # The used version cannot be deleted: archiving is offered.
    asked = answer_questions(monkeypatch)
    click(qtbot, page.delete_guide_button)
    refreshed(qtbot, window, lambda: len(asked) == 2)
    assert "cannot be deleted" in asked[1]
    refreshed(qtbot, window, lambda: any(g.archived for g in window.summary.guides))  # type: ignore[union-attr]
    with store.transaction() as session:
        assert session.get_one(InterviewGuide, used_id).archived

    # Duplicating makes a third version with the same content.
    page.guides.select_id(used_id)
    click(qtbot, page.duplicate_guide_button)
    refreshed(qtbot, window, lambda: any(g.version == 3 for g in window.summary.guides))  # type: ignore[union-attr]


def test_guides_exported_and_imported_from_the_page_and_a_bad_file_refused(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:  # fmt: skip
    refreshed(qtbot, window, lambda: len(window.summary.guides) == 8)  # type: ignore[union-attr]
    window.show_area("case-studies")
    page = window.case_studies_page
    page.tabs.setCurrentIndex(1)
    page.guides.select_id(_guide_row(window, "Guide for public officials"))
    target = tmp_path / "officials.yaml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    click(qtbot, page.export_guide_button)
    qtbot.waitUntil(target.exists, timeout=5000)
    text = target.read_text(encoding="utf-8")
    assert (
        text.startswith("# ECOSCIM Field interview guide") and "Guide for public officials" in text
    )

    edited = tmp_path / "officials-2.yaml"
    edited.write_text(text.replace("Guide for public officials", "Guide for officials, v2"),
                      encoding="utf-8")  # fmt: skip
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(edited), ""))
    click(qtbot, page.import_guide_button)
    refreshed(qtbot, window, lambda: "as version 2" in window.statusBar().currentMessage())
    assert page.selected_guide() is not None
    assert page.selected_guide().title == "Guide for officials, v2"  # type: ignore[union-attr]

    broken = tmp_path / "broken.yaml"
    broken.write_text("format: ecoscim-guide/1\ntitle: Guide\n  nested: wrong\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    shown = warnings_shown(monkeypatch)
    with store.transaction() as session:
        before = session.scalar(select(func.count()).select_from(InterviewGuide))
    click(qtbot, page.import_guide_button)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "line 3" in shown[0] and "Nothing was imported" in shown[0]
    with store.transaction() as session:
        assert session.scalar(select(func.count()).select_from(InterviewGuide)) == before


# --- agenda, status, calendar, progress --------------------------------------------------------


def test_agenda_week_and_list_filter_and_a_cancellation_keeps_its_reason(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show_area("agenda")
    page = window.agenda_page
    week = page.week_rows()
    assert week and [r.starts_at for r in week] == sorted(r.starts_at for r in week)
    headings = [page.week.topLevelItem(i).text(0) for i in range(7)]
    assert sum("(today)" in h for h in headings) == 1
    page.fieldworker.setCurrentIndex(page.fieldworker.findData("Diego Martínez Cruz"))
    assert page.week_rows() and all("Diego Martínez Cruz" in r.fieldworkers
                                    for r in page.week_rows())  # fmt: skip
    page.fieldworker.setCurrentIndex(0)
    page.tabs.setCurrentIndex(1)
    page.upcoming.setChecked(False)
    assert page.proxy.rowCount() == len(window.summary.appointments)  # type: ignore[union-attr]
    page.status.setCurrentIndex(page.status.findData("done"))
    assert page.proxy.rowCount() > 0
    assert all(page.proxy.row_at(i).status is AppointmentStatus.DONE
               for i in range(page.proxy.rowCount()))  # fmt: skip
    page.status.setCurrentIndex(page.status.findData("active"))
    qtbot.keyClicks(page.search, "Recruited")
    assert page.proxy.rowCount() == 0  # "to be recruited" rows carry no code to search
    page.search.clear()
    qtbot.keyClicks(page.search, "0002")
    assert page.proxy.rowCount() == 1
    page.list.selectRow(0)
    chosen = page.proxy.row_at(0)
    assert page.status_button.isEnabled()

    # Cancelling asks why; no reason, no change.
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    page.status_actions[AppointmentStatus.CANCELLED].trigger()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Road closed by a march", True))
    page.status_actions[AppointmentStatus.CANCELLED].trigger()
    refreshed(qtbot, window, lambda: any(
        r.id == chosen.id and r.status is AppointmentStatus.CANCELLED
        for r in window.summary.appointments))  # type: ignore[union-attr]  # fmt: skip
    with store.transaction() as session:
        row = session.get_one(Appointment, chosen.id)
        assert (row.status, row.status_reason) == ("cancelled", "Road closed by a march")
    page.status.setCurrentIndex(0)
    cancelled = next(
        i for i in range(page.proxy.rowCount()) if page.proxy.row_at(i).id == chosen.id
    )
    assert page.proxy.index(cancelled, 2).data() == "cancelled: Road closed by a march"


def test_an_appointment_opened_from_today_is_changed_and_marked_done(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer_questions(monkeypatch)  # none expected: the time was not changed
    today = window.page_for("today")
    card = today.cards[0]  # type: ignore[attr-defined]
    appointment_id = card.appointment_id
    click(qtbot, card.open_button)
    qtbot.waitUntil(lambda: isinstance(window.planning.last_dialog, AppointmentDialog),
                    timeout=5000)  # fmt: skip
    dialog = window.planning.last_dialog
    assert dialog is not None
    assert dialog.participant.currentText().startswith(card.who.text().split()[0])
    assert dialog.status.isVisible() and dialog.chosen_status() is AppointmentStatus.CONFIRMED
    dialog.duration.setValue(90)
    dialog.meeting_point.clear()
    qtbot.keyClicks(dialog.meeting_point, "Kiosco del parque")
    # A cancellation needs its reason before it can be saved.
    dialog.status.setCurrentIndex(dialog.status.findData("cancelled"))
    assert not dialog.buttons.button(SAVE).isEnabled()
    dialog.status.setCurrentIndex(dialog.status.findData("confirmed"))
    click(qtbot, dialog.buttons.button(SAVE))
    refreshed(qtbot, window, lambda: "Appointment saved" in window.statusBar().currentMessage())
    with store.transaction() as session:
        row = session.get_one(Appointment, appointment_id)
        assert (row.duration_min, row.meeting_point) == (90, "Kiosco del parque")
    assert asked == []
    card = next(c for c in today.cards if c.appointment_id == appointment_id)  # type: ignore[attr-defined]
    card.mark_actions[AppointmentStatus.DONE].trigger()
    refreshed(qtbot, window, lambda: "marked done" in window.statusBar().currentMessage())
    with store.transaction() as session:
        assert session.get_one(Appointment, appointment_id).status == "done"
    assert card.status.text() == "done"


def test_the_weeks_calendar_file_from_the_app_parses_back_without_names(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window.show_area("agenda")
    page = window.agenda_page
    target = tmp_path / "week.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    click(qtbot, page.export_button)
    qtbot.waitUntil(target.exists, timeout=5000)
    calendar = Calendar.from_ical(target.read_bytes())
    events = list(calendar.walk("VEVENT"))
    rows = page.week_rows()
    assert len(events) == len(rows) > 0
    assert {str(e["UID"]) for e in events} == {f"{r.id}@ecoscim-field" for r in rows}
    starts = {str(e["UID"]): e.decoded("DTSTART") for e in events}
    for row in rows:
        start = starts[f"{row.id}@ecoscim-field"]
        assert start == row.starts_at and str(start.tzinfo) == "America/Mexico_City"
    body = target.read_text(encoding="utf-8")
    assert all(r.name not in body for r in rows if r.name)


def test_progress_table_counts_and_follows_a_change(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    window.show_area("agenda")
    page = window.agenda_page
    page.tabs.setCurrentIndex(2)
    model = page.progress_model
    with store.transaction() as session:
        cells = progress(session)
        confirmed = session.execute(
            select(Appointment.id, CaseStudy.name, Participant.stakeholder_group)
            .join(CaseStudy, Appointment.case_study_id == CaseStudy.id)
            .join(Participant, Appointment.participant_id == Participant.id)
            .where(Appointment.status == "confirmed")
        ).first()
    assert confirmed is not None
    appointment_id, case, group = confirmed[0], confirmed[1], StakeholderGroup(confirmed[2])
    cell = cells[(case, group)]

    def shown() -> str:
        row = next(r for r in range(model.rowCount())
                   if model.headerData(r, Qt.Orientation.Vertical) == case)  # fmt: skip
        return str(model.index(row, list(StakeholderGroup).index(group)).data())

    assert shown() == f"{cell.done} of {cell.done + cell.planned}"
    empty = [
        model.index(r, c) for r in range(model.rowCount()) for c in range(len(StakeholderGroup))
        if model.index(r, c).data() == "—"
    ]  # fmt: skip
    assert empty and empty[0].data(Qt.ItemDataRole.BackgroundRole) is not None
    # Marking the interview done moves it from planned to done in its cell.
    window.planning.set_status(appointment_id, AppointmentStatus.DONE)
    refreshed(qtbot, window, lambda: shown() == f"{cell.done + 1} of {cell.done + cell.planned}")
