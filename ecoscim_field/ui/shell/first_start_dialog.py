"""First start: who works on this laptop (the fieldworker profile), and the project file
the coordinator handed out, if the fieldworker has it at hand."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ecoscim_field import APP_NAME
from ecoscim_field.domain.people import suggest_initials
from ecoscim_field.i18n.labels import role_label
from ecoscim_field.store.enums import Role
from ecoscim_field.ui.translatable import Translatable

if TYPE_CHECKING:
    from ecoscim_field.sync.keys import Project

translate = QCoreApplication.translate


class ProfileFields:
    """Name, initials and role inputs, shared by the first-start and settings dialogs."""

    def __init__(self, parent: QWidget) -> None:
        self.name = QLineEdit(parent)
        self.initials = QLineEdit(parent)
        self.initials.setMaxLength(8)
        self.role = QComboBox(parent)
        for role in Role:
            self.role.addItem("", role.value)
        self.name_label, self.initials_label, self.role_label = (QLabel(parent) for _ in "abc")
        self._initials_touched = False
        self.initials.textEdited.connect(self._on_initials_edited)
        self.name.textChanged.connect(self._on_name_changed)

    def add_to(self, form: QFormLayout) -> None:
        form.addRow(self.name_label, self.name)
        form.addRow(self.initials_label, self.initials)
        form.addRow(self.role_label, self.role)

    def retranslate(self) -> None:
        self.name_label.setText(translate("ProfileFields", "Your name:"))
        self.initials_label.setText(translate("ProfileFields", "Initials:"))
        self.role_label.setText(translate("ProfileFields", "Role:"))
        for i in range(self.role.count()):
            self.role.setItemText(i, role_label(Role(self.role.itemData(i))))

    def set_values(self, name: str, initials: str, role: Role) -> None:
        self.name.setText(name)
        self.initials.setText(initials)
        self._initials_touched = bool(initials)
        self.role.setCurrentIndex(self.role.findData(role.value))

    def values(self) -> tuple[str, str, Role]:
        return self.name.text().strip(), self.initials.text().strip(), Role(self.role.currentData())

    def _on_initials_edited(self, _text: str) -> None:
        self._initials_touched = True

    def _on_name_changed(self, text: str) -> None:
        if not self._initials_touched:
            self.initials.setText(suggest_initials(text))


class FirstStartDialog(Translatable, QDialog):
    """Asks for the profile of the person who works on this laptop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.fields = ProfileFields(self)
        form = QFormLayout()
        self.fields.add_to(form)
        self.project: Project | None = None
        self.project_caption = QLabel(self)
        self.project_button = QPushButton(self)
        self.project_button.clicked.connect(self.choose_project)
        self.project_label = QLabel(self)
        self.project_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.project_button)
        row.addWidget(self.project_label, 1)
        form.addRow(self.project_caption, row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.accepted.connect(self.accept)
        self.fields.name.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate()
        self._update_ok()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to {app}").format(app=APP_NAME))
        self.intro.setText(
            self.tr(
                "This laptop needs to know who works on it. Your name appears on the "
                "consent records you witness and on the work you send to the coordinator."
            )
        )
        self.fields.retranslate()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        self.project_caption.setText(self.tr("Project:"))
        self.project_button.setText(self.tr("Import the project file…"))
        self._show_project(None)

    def choose_project(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("The project file from the coordinator"), "",
            self.tr("Project files (*.json);;All files (*)"),
        )  # fmt: skip
        if path:
            self.load_project(Path(path))

    def load_project(self, path: Path) -> bool:
        """Read a project file (a few hundred bytes); say what it is, or why not."""
        from ecoscim_field.sync.keys import KeyError_, Project

        try:
            self.project = Project.from_json(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, KeyError_):
            self.project = None
            self._show_project(path)
            return False
        self._show_project(path)
        return True

    def _show_project(self, tried: Path | None) -> None:
        if self.project is not None:
            text = self.tr("“{name}”. Fingerprint {fingerprint}: check it with the "
                           "coordinator.").format(name=self.project.name,
                                                  fingerprint=self.project.fingerprint)  # fmt: skip
        elif tried is not None:
            text = self.tr("{file} is not a project file. Ask the coordinator for it "
                           "again.").format(file=tried.name)  # fmt: skip
        else:
            text = self.tr("Optional: the coordinator gives you this file. You can also "
                           "import it later.")  # fmt: skip
        self.project_label.setText(text)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.fields.name.text().strip()))
