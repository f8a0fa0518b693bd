"""Work on case studies and interview guides, started from the Case studies page.

Everything that reads or writes the store runs on the one background helper; dialogs and
questions stay on the GUI thread. Deleting what interviews depend on is refused by the
core and turned here into an offer to archive.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ecoscim_field.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from ecoscim_field.domain.case_studies import CaseStudyData
    from ecoscim_field.domain.guide_format import GuideContent
    from ecoscim_field.store.database import Store


class StudyActions(QObject):
    """Case-study and guide actions: dialogs on the GUI thread, store work on the helper."""

    def __init__(
        self, *, parent: QWidget, runner: TaskRunner, store: Callable[[], Store | None],
        actor: Callable[[], str], refresh: Callable[[], None], notify: Callable[[str], None],
        select: Callable[..., None],
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._parent, self._runner, self._store, self._actor = parent, runner, store, actor
        self._refresh, self._notify, self._select = refresh, notify, select
        self.last_dialog: QWidget | None = None

    def _run(
        self, work: Callable[[Store], Any], done: Callable[[Any], object],
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:  # fmt: skip
        store = self._store()
        if store is not None:
            self._runner.run(lambda: work(store), done, failed)

    def _changed(self, message: str, **select: str) -> None:
        self._notify(message)
        self._refresh()
        if select:
            self._select(**select)

    # --- case studies ----------------------------------------------------------------------

    def new_case_study(self) -> None:
        self._open_case_study(None, None)

    def edit_case_study(self, case_study_id: str) -> None:
        def load(store: Store) -> CaseStudyData:
            from ecoscim_field.domain.case_studies import load_case_study

            with store.transaction() as session:
                return load_case_study(session, case_study_id)

        self._run(load, lambda data: self._open_case_study(case_study_id, data))

    def _open_case_study(self, case_study_id: str | None, data: CaseStudyData | None) -> None:
        from ecoscim_field.ui.casestudies.case_study_dialog import CaseStudyDialog

        dialog = CaseStudyDialog(data=data, parent=self._parent)
        self.last_dialog = dialog
        dialog.accepted.connect(lambda: self.save_case_study(case_study_id, dialog.data()))
        dialog.open()

    def save_case_study(self, case_study_id: str | None, data: CaseStudyData) -> None:
        actor = self._actor()

        def save(store: Store) -> str:
            from ecoscim_field.domain.case_studies import save_case_study

            return save_case_study(store, data=data, case_study_id=case_study_id, actor=actor)

        def failed(error: BaseException) -> None:
            from ecoscim_field.domain.case_studies import CaseStudyError

            if not isinstance(error, CaseStudyError):
                self._runner.failed.emit(error)
                return
            QMessageBox.warning(
                self._parent, self.tr("Case study"),
                self.tr("Another case study is already called “{name}”. Choose another name; "
                        "nothing was saved.").format(name=data.name)
                if error.reason == "duplicate_name" else self.tr("A case study needs a name."),
            )  # fmt: skip

        self._run(
            save,
            lambda new_id: self._changed(
                self.tr("Case study saved: {name}").format(name=data.name), case_study_id=new_id
            ),
            failed,
        )

    def archive_case_study(self, case_study_id: str, archived: bool) -> None:
        def archive(store: Store) -> None:
            from ecoscim_field.domain.case_studies import archive_case_study

            archive_case_study(store, case_study_id=case_study_id, archived=archived)

        message = (
            self.tr("Case study archived: it is no longer offered for new plans.")
            if archived else self.tr("Case study brought back.")
        )  # fmt: skip
        self._run(archive, lambda _none: self._changed(message))

    def delete_case_study(self, case_study_id: str) -> None:
        answer = QMessageBox.question(
            self._parent, self.tr("Delete case study"),
            self.tr("Delete this case study? This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        actor = self._actor()

        def delete(store: Store) -> None:
            from ecoscim_field.domain.case_studies import delete_case_study

            delete_case_study(store, case_study_id=case_study_id, actor=actor)

        def failed(error: BaseException) -> None:
            from ecoscim_field.domain.case_studies import CaseStudyInUseError

            if not isinstance(error, CaseStudyInUseError):
                self._runner.failed.emit(error)
                return
            n = error.usage
            uses = ", ".join(
                text for count, text in (
                    (n.get("participants", 0),
                     self.tr("%n participant(s)", "", n.get("participants", 0))),
                    (n.get("appointments", 0),
                     self.tr("%n appointment(s)", "", n.get("appointments", 0))),
                    (n.get("guides", 0), self.tr("%n guide(s)", "", n.get("guides", 0))),
                ) if count
            )  # fmt: skip
            self._offer_archive(
                self.tr("This case study cannot be deleted: {uses} refer to it. Archive it "
                        "instead? It will no longer be offered for new plans; everything about "
                        "it is kept.").format(uses=uses),
                lambda: self.archive_case_study(case_study_id, True),
            )  # fmt: skip

        self._run(delete, lambda _none: self._changed(self.tr("Case study deleted.")), failed)

    def _offer_archive(self, text: str, archive: Callable[[], None]) -> None:
        answer = QMessageBox.question(
            self._parent, self.tr("Archive instead"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            archive()

    # --- guides ----------------------------------------------------------------------------

    def new_guide(self) -> None:
        self._load_guide(None, preview=False)

    def edit_guide(self, guide_id: str) -> None:
        self._load_guide(guide_id, preview=False)

    def preview_guide(self, guide_id: str) -> None:
        self._load_guide(guide_id, preview=True)

    def _load_guide(self, guide_id: str | None, *, preview: bool) -> None:
        def load(store: Store) -> tuple[GuideContent | None, bool, list[tuple[str, str]]]:
            from ecoscim_field.domain.case_studies import list_case_studies
            from ecoscim_field.domain.guides import guide_in_use, load_guide

            with store.transaction() as session:
                cases = [(c.id, c.name) for c in list_case_studies(session)]
                if guide_id is None:
                    return None, False, cases
                return load_guide(session, guide_id), guide_in_use(session, guide_id), cases

        self._run(load, lambda found: self._open_guide(guide_id, *found, preview=preview))

    def _open_guide(
        self, guide_id: str | None, content: GuideContent | None, used: bool,
        cases: list[tuple[str, str]], *, preview: bool,
    ) -> None:  # fmt: skip
        from ecoscim_field.i18n.languages import available_languages, native_name
        from ecoscim_field.ui.casestudies.guide_editor import GuideEditorDialog

        languages = [(code, native_name(code)) for code in available_languages()]
        dialog = GuideEditorDialog(
            content=content, case_studies=cases, languages=languages, used=used,
            parent=self._parent,
        )  # fmt: skip
        self.last_dialog = dialog
        if preview:
            dialog.tabs.setCurrentIndex(1)
        dialog.accepted.connect(lambda: self.save_guide(guide_id, dialog.content()))
        dialog.open()

    def save_guide(self, guide_id: str | None, content: GuideContent) -> None:
        actor = self._actor()

        def save(store: Store) -> tuple[str, int, bool]:
            from ecoscim_field.domain.guides import create_guide, edit_guide, load_guide

            if guide_id is None:
                new_id = create_guide(store, content=content, actor=actor)
            else:
                new_id = edit_guide(store, guide_id=guide_id, content=content, actor=actor)
            with store.transaction() as session:
                version = load_guide(session, new_id).version or 1
            return new_id, version, new_id != guide_id and guide_id is not None

        def saved(result: tuple[str, int, bool]) -> None:
            new_id, version, versioned = result
            message = (
                self.tr("Saved as version {version}: interviews used the earlier version, "
                        "which stays as it was.").format(version=version)
                if versioned else self.tr("Guide saved: {title}").format(title=content.title)
            )  # fmt: skip
            self._changed(message, guide_id=new_id)

        self._run(save, saved)

    def duplicate_guide(self, guide_id: str) -> None:
        def duplicate(store: Store) -> str:
            from ecoscim_field.domain.guides import duplicate_as_new_version

            return duplicate_as_new_version(store, guide_id=guide_id)

        self._run(
            duplicate,
            lambda new_id: self._changed(self.tr("New version made; edit it as you need."),
                                         guide_id=new_id),
        )  # fmt: skip

    def import_guide(self, path: Path | None = None) -> None:
        if path is None:
            name, _filter = QFileDialog.getOpenFileName(
                self._parent, self.tr("Import an interview guide"), str(Path.home()),
                self.tr("Interview guides (*.yaml *.yml *.json)"),
            )  # fmt: skip
            if not name:
                return
            path = Path(name)
        actor, chosen = self._actor(), path

        def read(store: Store) -> tuple[str, int]:
            from ecoscim_field.domain.guides import import_guide

            text = chosen.read_text(encoding="utf-8")
            return import_guide(store, text=text, source=str(chosen), actor=actor)

        def failed(error: BaseException) -> None:
            from ecoscim_field.domain.guide_format import GuideFileError
            from ecoscim_field.i18n.messages import describe_guide_error

            if isinstance(error, GuideFileError):
                text = describe_guide_error(error.source, error.line, error.problem)
            elif isinstance(error, (OSError, UnicodeDecodeError)):
                text = self.tr("The file {file} cannot be read ({reason}). Nothing was "
                               "imported.").format(file=chosen, reason=error)  # fmt: skip
            else:
                self._runner.failed.emit(error)
                return
            QMessageBox.warning(self._parent, self.tr("Import an interview guide"), text)

        self._run(
            read,
            lambda found: self._changed(
                self.tr("Imported {file} as version {version}.").format(file=chosen.name,
                                                                        version=found[1]),
                guide_id=found[0],
            ),
            failed,
        )  # fmt: skip

    def export_guide(self, guide_id: str, target: Path | None = None) -> None:
        def load(store: Store) -> tuple[str, str]:
            from ecoscim_field.domain.guides import export_guide, load_guide

            with store.transaction() as session:
                return load_guide(session, guide_id).title, export_guide(session, guide_id)

        def choose(found: tuple[str, str]) -> None:
            title, text = found
            path = target
            if path is None:
                name, _filter = QFileDialog.getSaveFileName(
                    self._parent, self.tr("Export an interview guide"),
                    str(Path.home() / f"{_file_name(title)}.yaml"),
                    self.tr("Interview guides (*.yaml)"),
                )  # fmt: skip
                if not name:
                    return
                path = Path(name)
            self._write(path, text.encode("utf-8"))

        self._run(load, choose)

    def _write(self, path: Path, data: bytes) -> None:
        from ecoscim_field.config import write_atomically

        def failed(error: BaseException) -> None:
            QMessageBox.warning(
                self._parent, self.tr("Export"),
                self.tr("{file} could not be written ({reason}). Choose another folder; "
                        "nothing was lost.").format(file=path, reason=error),
            )  # fmt: skip

        self._runner.run(
            lambda: write_atomically(path, data),
            lambda _none: self._notify(self.tr("Saved {file}").format(file=path)),
            failed,
        )

    def archive_guide(self, guide_id: str, archived: bool) -> None:
        def archive(store: Store) -> None:
            from ecoscim_field.domain.guides import archive_guide

            archive_guide(store, guide_id=guide_id, archived=archived)

        message = (
            self.tr("Guide archived: it is no longer offered for new plans.")
            if archived else self.tr("Guide brought back.")
        )  # fmt: skip
        self._run(archive, lambda _none: self._changed(message))

    def delete_guide(self, guide_id: str) -> None:
        answer = QMessageBox.question(
            self._parent, self.tr("Delete guide"),
            self.tr("Delete this version of the guide? This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return

        def delete(store: Store) -> None:
            from ecoscim_field.domain.guides import delete_guide

            delete_guide(store, guide_id=guide_id)

        def failed(error: BaseException) -> None:
            from ecoscim_field.domain.guides import GuideInUseError

            if not isinstance(error, GuideInUseError):
                self._runner.failed.emit(error)
                return
            self._offer_archive(
                self.tr("Interviews used this version of the guide, so it cannot be deleted. "
                        "Archive it instead? It will no longer be offered for new plans."),
                lambda: self.archive_guide(guide_id, True),
            )  # fmt: skip

        self._run(delete, lambda _none: self._changed(self.tr("Guide deleted.")), failed)


def _file_name(title: str) -> str:
    """A file name from a title: letters, digits and dashes (accents kept)."""
    cleaned = "".join(c if c.isalnum() else "-" for c in title.casefold())
    return "-".join(part for part in cleaned.split("-") if part)[:60] or "guide"
