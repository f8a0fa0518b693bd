"""Planning interviews from the Today page: the dialog, the planner's warnings, saving."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from ecoscim_field.i18n.labels import status_label
from ecoscim_field.store.enums import AppointmentStatus, StakeholderGroup
from ecoscim_field.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from ecoscim_field.domain.appointments import AgendaRow, AppointmentData, AppointmentWarning
    from ecoscim_field.store.database import Store
    from ecoscim_field.ui.today.appointment_dialog import AppointmentDialog


class PlanningActions(QObject):
    """Plan an interview: choices loaded off the GUI thread, warnings confirmed on it."""

    def __init__(
        self, *, parent: QWidget, runner: TaskRunner, store: Callable[[], Store | None],
        me: Callable[[], str | None], refresh: Callable[[], None],
        notify: Callable[[str], None], actor: Callable[[], str] = lambda: "",
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._parent, self._runner, self._store, self._me = parent, runner, store, me
        self._actor = actor
        self._refresh, self._notify = refresh, notify
        self.last_dialog: AppointmentDialog | None = None

    def plan(self) -> None:
        self._load_choices(None)

    def edit(self, appointment_id: str) -> None:
        """Open an existing appointment to change it, its status included."""
        self._load_choices(appointment_id)

    def _load_choices(self, appointment_id: str | None) -> None:
        store = self._store()
        if store is None:
            return

        def load() -> tuple[dict[str, list[tuple[str, str]]], AppointmentData | None]:
            from sqlalchemy import select

            from ecoscim_field.domain.appointments import load_appointment
            from ecoscim_field.domain.case_studies import list_case_studies
            from ecoscim_field.domain.guides import ensure_builtin_guides, list_guides
            from ecoscim_field.domain.participants import list_participants
            from ecoscim_field.store.enums import ConsentState
            from ecoscim_field.store.models import Fieldworker

            ensure_builtin_guides(store)
            with store.transaction() as session:
                data = load_appointment(session, appointment_id) if appointment_id else None
                return {
                    "participants": [
                        (p.id, f"{p.code}  {p.name}") for p in list_participants(session)
                        if p.consent is not ConsentState.WITHDRAWN
                    ],
                    "cases": [(c.id, c.name) for c in list_case_studies(session)],
                    # The guide the appointment has stays offered, even if superseded.
                    "guides": [(g.id, f"{g.title} [{g.language}] v{g.version}")
                               for g in list_guides(session, include_archived=True)
                               if (g.latest and not g.archived)
                               or (data is not None and g.id == data.guide_id)],
                    "workers": [(f.id, f.name) for f in session.scalars(
                        select(Fieldworker).order_by(Fieldworker.name))],
                }, data  # fmt: skip

        self._runner.run(load, lambda found: self._open(appointment_id, *found))

    def _open(
        self, appointment_id: str | None, choices: dict[str, list[tuple[str, str]]],
        data: AppointmentData | None,
    ) -> None:  # fmt: skip
        from ecoscim_field.ui.today.appointment_dialog import AppointmentDialog

        dialog = AppointmentDialog(
            participants=choices["participants"], case_studies=choices["cases"],
            guides=choices["guides"], fieldworkers=choices["workers"], me=self._me(),
            data=data, parent=self._parent,
        )  # fmt: skip
        self.last_dialog = dialog
        dialog.accepted.connect(
            lambda: self._save(self._data(dialog), confirmed=False, appointment_id=appointment_id)
        )
        dialog.open()

    @staticmethod
    def _data(dialog: AppointmentDialog) -> AppointmentData:
        from ecoscim_field.domain.appointments import AppointmentData

        participant = dialog.participant.currentData()
        return AppointmentData(
            starts_at=dialog.starts_at(),
            duration_min=dialog.duration.value(),
            participant_id=participant,
            target_group=None if participant else StakeholderGroup(
                dialog.target_group.currentData()),
            case_study_id=dialog.case_study.currentData(),
            guide_id=dialog.guide.currentData(),
            alcaldia=dialog.alcaldia.currentData() or "",
            colonia=dialog.colonia.text().strip(),
            meeting_point=dialog.meeting_point.text().strip(),
            directions=dialog.directions.text().strip(),
            fieldworker_ids=dialog.fieldworker_ids(),
            notes=dialog.notes.text().strip(),
            status=dialog.chosen_status(),
            status_reason=dialog.reason.text().strip(),
        )  # fmt: skip

    def _save(
        self, data: AppointmentData, *, confirmed: bool, appointment_id: str | None = None
    ) -> None:
        store = self._store()
        if store is None:
            return

        def save() -> str:
            from ecoscim_field.domain.appointments import save_appointment

            return save_appointment(store, data=data, confirmed=confirmed,
                                    appointment_id=appointment_id)  # fmt: skip

        def failed(error: BaseException) -> None:
            from ecoscim_field.domain.appointments import AppointmentError, NeedsConfirmation

            if isinstance(error, NeedsConfirmation):
                self._confirm(data, error.warnings, appointment_id)
            elif isinstance(error, AppointmentError):
                QMessageBox.warning(self._parent, self.tr("Plan an interview"),
                                    self._refusal(error.reason))  # fmt: skip
            else:
                self._runner.failed.emit(error)

        self._runner.run(save, lambda _id: self._done(edited=appointment_id is not None), failed)

    def _confirm(
        self, data: AppointmentData, warnings: list[AppointmentWarning],
        appointment_id: str | None,
    ) -> None:  # fmt: skip
        lines = "\n".join(f"• {self._warning(w)}" for w in warnings)
        answer = QMessageBox.question(
            self._parent, self.tr("Plan an interview"),
            self.tr("Please check before saving:\n{warnings}\n\nSave anyway?").format(
                warnings=lines),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self._save(data, confirmed=True, appointment_id=appointment_id)

    def _warning(self, warning: AppointmentWarning) -> str:
        if warning.kind == "past":
            return self.tr("The time is in the past.")
        if warning.kind == "fieldworker_busy":
            return self.tr("{name} has another interview at that time.").format(name=warning.detail)
        return self.tr("{code} already has an interview at that time.").format(
            code=warning.detail)  # fmt: skip

    def _refusal(self, reason: str) -> str:
        if reason == "participant_withdrawn":
            return self.tr("This participant has withdrawn from the study.")
        if reason == "no_participant":
            return self.tr("Choose a participant, or a stakeholder group to recruit from.")
        return self.tr("An interview needs a duration.")

    def _done(self, *, edited: bool = False) -> None:
        self._notify(self.tr("Appointment saved.") if edited else self.tr("Interview planned."))
        self._refresh()

    # --- status ----------------------------------------------------------------------------

    def set_status(
        self, appointment_id: str, status: AppointmentStatus, reason: str | None = None
    ) -> None:
        """Mark an appointment; cancelling or a no-show asks why (the reason is kept)."""
        store = self._store()
        if store is None:
            return
        if reason is None and status in (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW):
            question = (
                self.tr("Why is the interview cancelled?")
                if status is AppointmentStatus.CANCELLED
                else self.tr("What happened? (The participant did not come.)")
            )
            typed, ok = QInputDialog.getText(self._parent, status_label(status), question)
            if not ok or not typed.strip():
                return
            reason = typed
        actor, chosen = self._actor(), reason or ""

        def save() -> None:
            from ecoscim_field.domain.appointments import set_status

            set_status(store, appointment_id=appointment_id, status=status, reason=chosen,
                       actor=actor)  # fmt: skip

        def saved(_none: None) -> None:
            self._notify(self.tr("Appointment marked {status}.").format(
                status=status_label(status)))  # fmt: skip
            self._refresh()

        self._runner.run(save, saved)

    # --- calendar file ---------------------------------------------------------------------

    def export_ics(self, rows: list[AgendaRow], target: Path | None = None) -> None:
        """Write `rows` as an iCalendar file for a phone (pseudonym codes, never names)."""
        if not rows:
            self._notify(self.tr("No appointments to export."))
            return
        path = target
        if path is None:
            first = rows[0].starts_at.date().isoformat()
            name, _filter = QFileDialog.getSaveFileName(
                self._parent, self.tr("Export the agenda"),
                str(Path.home() / f"agenda-{first}.ics"), self.tr("Calendar files (*.ics)"),
            )  # fmt: skip
            if not name:
                return
            path = Path(name)
        chosen, title = path, self.tr("ECOSCIM interviews")

        def write() -> int:
            from ecoscim_field.config import write_atomically
            from ecoscim_field.domain.appointments import agenda_ics

            write_atomically(chosen, agenda_ics(rows, calendar_name=title))
            return len(rows)

        def failed(error: BaseException) -> None:
            if not isinstance(error, OSError):
                self._runner.failed.emit(error)
                return
            QMessageBox.warning(
                self._parent, self.tr("Export the agenda"),
                self.tr("{file} could not be written ({reason}). Choose another folder; "
                        "nothing was lost.").format(file=chosen, reason=error),
            )  # fmt: skip

        self._runner.run(
            write,
            lambda n: self._notify(
                self.tr("%n appointment(s) written to {file}", "", n).format(file=chosen)
            ),
            failed,
        )
