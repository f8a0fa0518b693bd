"""The consent actions of the participants page: take, withdraw, purge, copy, audit.

Each loads what it needs on a worker, opens its dialog on the GUI thread, and writes on
a worker again; the window refreshes from the store afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ecoscim_field.domain.people import Profile
from ecoscim_field.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from ecoscim_field.domain.consent_audit import PurgeReport
    from ecoscim_field.store.database import Store
    from ecoscim_field.ui.participants.withdrawal_dialog import WithdrawalDialog


class ConsentActions(QObject):
    """Consent work started from the participants page."""

    consent_recorded = Signal(str)  # participant id, once the consent is in the store

    def __init__(
        self,
        *,
        parent: QWidget,
        runner: TaskRunner,
        store: Callable[[], Store | None],
        profile: Callable[[], Profile | None],
        refresh: Callable[[], None],
        notify: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self._parent, self._runner, self._store = parent, runner, store
        self._profile, self._refresh, self._notify = profile, refresh, notify
        self.last_dialog: QWidget | None = None

    def _run(self, work: Callable[[Store], Any], done: Callable[[Any], object]) -> None:
        store = self._store()
        if store is not None:
            self._runner.run(lambda: work(store), done)

    # --- taking consent --------------------------------------------------------------------

    def take_consent(self, participant_id: str) -> None:
        def load(store: Store) -> tuple[str, str, dict[str, Any]]:
            from ecoscim_field.domain.consent_forms import (
                current_form,
                ensure_builtin_forms,
                form_languages,
            )
            from ecoscim_field.domain.participants import load_participant

            ensure_builtin_forms(store)
            with store.transaction() as session:
                code, data = load_participant(session, participant_id)
                forms = {lang: current_form(session, lang) for lang in form_languages(session)}
            return code, data.language, forms

        self._run(load, lambda found: self._open_consent(participant_id, *found))

    def _open_consent(
        self, participant_id: str, code: str, language: str, forms: dict[str, Any]
    ) -> None:
        from ecoscim_field.ui.participants.consent_dialog import ConsentDialog

        witness = self._profile()
        if witness is None:
            return
        dialog = ConsentDialog(
            code=code, forms=forms, language=language, witness=witness, parent=self._parent
        )
        self.last_dialog = dialog

        def record() -> None:
            answers = dialog.result_answers()

            def save(store: Store) -> str:
                from ecoscim_field.domain.consent import take_consent

                return take_consent(
                    store, participant_id=participant_id, form_id=answers.form_id,
                    answers=answers.answers, method=answers.method,
                    paper_ref=answers.paper_ref, signature_png=answers.signature_png,
                    witness=witness,
                )  # fmt: skip

            def saved(_id: str) -> None:
                self._after(self.tr("Consent of {code} recorded.").format(code=code))
                self.consent_recorded.emit(participant_id)

            self._run(save, saved)

        dialog.accepted.connect(record)
        dialog.open()

    # --- withdrawal and purge --------------------------------------------------------------

    def withdraw(self, participant_id: str) -> None:
        def load(store: Store) -> tuple[str, list[Any]] | None:
            from ecoscim_field.domain.consent import consent_status
            from ecoscim_field.domain.consent_forms import get_form
            from ecoscim_field.store.models import ConsentRecord, Participant

            with store.transaction() as session:
                status = consent_status(session, participant_id)
                code = session.get_one(Participant, participant_id).code
                if status.record_id is None:
                    return None
                record = session.get_one(ConsentRecord, status.record_id)
                form = get_form(session, record.form_id)
                return code, [i for i in form.items if i.key in status.agreed]

        def open_dialog(found: tuple[str, list[Any]] | None) -> None:
            if found is None:
                self._notify(self.tr("This participant has given no consent to withdraw."))
                return
            from ecoscim_field.ui.participants.withdrawal_dialog import WithdrawalDialog

            code, agreed = found
            dialog = WithdrawalDialog(code=code, agreed=agreed, parent=self._parent)
            self.last_dialog = dialog
            dialog.accepted.connect(lambda: self._record_withdrawal(participant_id, dialog))
            dialog.open()

        self._run(load, open_dialog)

    def _record_withdrawal(self, participant_id: str, dialog: WithdrawalDialog) -> None:
        choice = dialog.choice()
        profile = self._profile()
        actor = profile.name if profile else ""

        def save(store: Store) -> PurgeReport:
            from ecoscim_field.domain.consent import withdraw_consent
            from ecoscim_field.domain.consent_audit import purge_plan

            withdraw_consent(
                store, participant_id=participant_id, items=choice.items,
                requested_via=choice.requested_via, recorded_by=actor, reason=choice.reason,
                withdrawn_at=choice.withdrawn_at,
            )  # fmt: skip
            with store.transaction() as session:
                return purge_plan(session, participant_id)

        def then(plan: PurgeReport) -> None:
            self._refresh()
            self.confirm_purge(participant_id, plan, reason=choice.reason or choice.requested_via)

        self._run(save, then)

    def plan_purge(self, participant_id: str) -> None:
        def load(store: Store) -> PurgeReport:
            from ecoscim_field.domain.consent_audit import purge_plan

            with store.transaction() as session:
                return purge_plan(session, participant_id)

        self._run(load, lambda plan: self.confirm_purge(participant_id, plan, reason=""))

    def confirm_purge(self, participant_id: str, plan: PurgeReport, *, reason: str) -> None:
        if not plan.recordings and not plan.notes:
            return
        question = self.tr(
            "The consent of {code} no longer covers {recordings} recording(s) and {notes} "
            "note(s). Remove them now, for good? An audit entry will say what was removed, "
            "when and why."
        ).format(code=plan.participant_code, recordings=len(plan.recordings), notes=plan.notes)
        answer = QMessageBox.question(
            self._parent, self.tr("Remove withdrawn data"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            self._notify(self.tr("Not removed yet: the consent audit lists it until it is."))
            return
        profile = self._profile()
        actor = profile.name if profile else ""
        why = reason or self.tr("consent withdrawn")

        def purge(store: Store) -> PurgeReport:
            from ecoscim_field.domain.consent_audit import carry_out_purge

            return carry_out_purge(store, participant_id=participant_id, actor=actor, reason=why)

        self._run(
            purge,
            lambda done: self._after(
                self.tr("Removed {recordings} recording(s) and {notes} note(s) of {code}.").format(
                    recordings=len(done.recordings), notes=done.notes, code=done.participant_code
                )
            ),
        )

    # --- the participant's copy ------------------------------------------------------------

    def save_copy(self, participant_id: str, target: Path | None = None) -> None:
        def load(store: Store) -> tuple[Any, Any] | None:
            from ecoscim_field.domain.consent import consent_copy
            from ecoscim_field.domain.consent_forms import get_form

            with store.transaction() as session:
                copy = consent_copy(session, participant_id)
                return None if copy is None else (copy, get_form(session, copy.form_id))

        def choose(found: tuple[Any, Any] | None) -> None:
            if found is None:
                self._notify(self.tr("This participant has given no consent yet."))
                return
            copy, form = found
            path = target
            if path is None:
                name, _filter = QFileDialog.getSaveFileName(
                    self._parent, self.tr("Save the participant's copy"),
                    str(Path.home() / f"consent-{copy.code}.pdf"), self.tr("PDF files (*.pdf)"),
                )  # fmt: skip
                if not name:
                    return
                path = Path(name)
            self._write_copy(path, copy, form)

        self._run(load, choose)

    def _write_copy(self, path: Path, copy: Any, form: Any) -> None:
        from ecoscim_field.ui.participants.consent_pdf import write_consent_pdf

        def write() -> Path:
            return write_consent_pdf(path, copy, form)

        def failed(error: BaseException) -> None:
            QMessageBox.warning(
                self._parent, self.tr("Participant's copy"),
                self.tr("The copy could not be saved in {folder} ({reason}). Choose another "
                        "folder; nothing was lost.").format(folder=path.parent, reason=error),
            )  # fmt: skip

        self._runner.run(
            write,
            lambda written: self._notify(self.tr("Saved {file}").format(file=written)),
            failed,
        )

    # --- audit -----------------------------------------------------------------------------

    def audit(self) -> None:
        def load(store: Store) -> list[Any]:
            from ecoscim_field.domain.consent_audit import consent_audit

            with store.transaction() as session:
                return consent_audit(session)

        def show(findings: list[Any]) -> None:
            from ecoscim_field.ui.participants.consent_audit_dialog import ConsentAuditDialog

            dialog = ConsentAuditDialog(findings, self._parent)
            self.last_dialog = dialog

            def purge(participant_id: str) -> None:
                dialog.accept()
                self.plan_purge(participant_id)

            dialog.purge_requested.connect(purge)
            dialog.open()

        self._run(load, show)

    # --- form versions ---------------------------------------------------------------------

    def forms(self) -> None:
        def load(store: Store) -> list[Any]:
            from ecoscim_field.domain.consent_forms import all_forms, ensure_builtin_forms

            ensure_builtin_forms(store)
            with store.transaction() as session:
                return all_forms(session)

        def show(found: list[Any]) -> None:
            from ecoscim_field.store.enums import Role
            from ecoscim_field.ui.participants.consent_forms_dialog import ConsentFormsDialog

            profile = self._profile()
            coordinator = profile is not None and profile.role is Role.COORDINATOR
            dialog = ConsentFormsDialog(found, coordinator=coordinator, parent=self._parent)
            self.last_dialog = dialog
            dialog.add_requested.connect(lambda: self._choose_version_files(dialog))
            dialog.open()

        self._run(load, show)

    def _choose_version_files(self, dialog: QWidget) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            dialog, self.tr("Template files of the new version"), "",
            self.tr("Consent form templates (*.json)"),
        )  # fmt: skip
        if names:
            dialog.close()
            self.add_version([Path(n) for n in names])

    def add_version(self, files: list[Path]) -> None:
        profile = self._profile()
        actor = profile.name if profile else ""

        def add(store: Store) -> int:
            from ecoscim_field.domain.consent_forms import add_form_version, load_template

            return add_form_version(store, templates=[load_template(f) for f in files], actor=actor)

        self._run(
            add,
            lambda version: self._notify(
                self.tr("Version {version} of the consent form added.").format(version=version)
            ),
        )

    def _after(self, message: str) -> None:
        self._notify(message)
        self._refresh()
