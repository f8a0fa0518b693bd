"""Planning interviews from the Today page: the dialog, the planner's warnings, saving."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from ecoscim_field.store.enums import StakeholderGroup
from ecoscim_field.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from ecoscim_field.domain.appointments import AppointmentData, AppointmentWarning
    from ecoscim_field.store.database import Store
    from ecoscim_field.ui.today.appointment_dialog import AppointmentDialog


class PlanningActions(QObject):
    """Plan an interview: choices loaded off the GUI thread, warnings confirmed on it."""

    def __init__(
        self, *, parent: QWidget, runner: TaskRunner, store: Callable[[], Store | None],
        me: Callable[[], str | None], refresh: Callable[[], None],
        notify: Callable[[str], None],
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._parent, self._runner, self._store, self._me = parent, runner, store, me
        self._refresh, self._notify = refresh, notify
        self.last_dialog: AppointmentDialog | None = None

    def plan(self) -> None:
        store = self._store()
        if store is None:
            return

        def load() -> dict[str, list[tuple[str, str]]]:
            from sqlalchemy import select

            from ecoscim_field.domain.case_studies import list_case_studies
            from ecoscim_field.domain.guides import ensure_builtin_guides, list_guides
            from ecoscim_field.domain.participants import list_participants
            from ecoscim_field.store.enums import ConsentState
            from ecoscim_field.store.models import Fieldworker

            ensure_builtin_guides(store)
            with store.transaction() as session:
                return {
                    "participants": [
                        (p.id, f"{p.code}  {p.name}") for p in list_participants(session)
                        if p.consent is not ConsentState.WITHDRAWN
                    ],
                    "cases": [(c.id, c.name) for c in list_case_studies(session)],
                    "guides": [(g.id, f"{g.title} [{g.language}] v{g.version}")
                               for g in list_guides(session) if g.latest],
                    "workers": [(f.id, f.name) for f in session.scalars(
                        select(Fieldworker).order_by(Fieldworker.name))],
                }  # fmt: skip

        self._runner.run(load, self._open)

    def _open(self, choices: dict[str, list[tuple[str, str]]]) -> None:
        from ecoscim_field.ui.today.appointment_dialog import AppointmentDialog

        dialog = AppointmentDialog(
            participants=choices["participants"], case_studies=choices["cases"],
            guides=choices["guides"], fieldworkers=choices["workers"], me=self._me(),
            parent=self._parent,
        )  # fmt: skip
        self.last_dialog = dialog
        dialog.accepted.connect(lambda: self._save(self._data(dialog), confirmed=False))
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
        )  # fmt: skip

    def _save(self, data: AppointmentData, *, confirmed: bool) -> None:
        store = self._store()
        if store is None:
            return

        def save() -> str:
            from ecoscim_field.domain.appointments import save_appointment

            return save_appointment(store, data=data, confirmed=confirmed)

        def failed(error: BaseException) -> None:
            from ecoscim_field.domain.appointments import AppointmentError, NeedsConfirmation

            if isinstance(error, NeedsConfirmation):
                self._confirm(data, error.warnings)
            elif isinstance(error, AppointmentError):
                QMessageBox.warning(self._parent, self.tr("Plan an interview"),
                                    self._refusal(error.reason))  # fmt: skip
            else:
                self._runner.failed.emit(error)

        self._runner.run(save, lambda _id: self._done(), failed)

    def _confirm(self, data: AppointmentData, warnings: list[AppointmentWarning]) -> None:
        lines = "\n".join(f"• {self._warning(w)}" for w in warnings)
        answer = QMessageBox.question(
            self._parent, self.tr("Plan an interview"),
            self.tr("Please check before saving:\n{warnings}\n\nSave anyway?").format(
                warnings=lines),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self._save(data, confirmed=True)

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

    def _done(self) -> None:
        self._notify(self.tr("Interview planned."))
        self._refresh()
