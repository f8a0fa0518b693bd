"""Settings: profile, interface language, data folder and audio input."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ecoscim_field.audio.devices import InputDevice, list_input_devices
from ecoscim_field.domain.people import Profile
from ecoscim_field.i18n.languages import available_languages, native_name
from ecoscim_field.i18n.messages import describe_store_error
from ecoscim_field.store.enums import Role
from ecoscim_field.store.errors import StoreError
from ecoscim_field.store.folder import ensure_writable_folder
from ecoscim_field.ui.shell.first_start_dialog import ProfileFields
from ecoscim_field.ui.tasks import TaskRunner
from ecoscim_field.ui.translatable import Translatable


@dataclass(frozen=True)
class SettingsChoice:
    """What the user chose in the dialog."""

    name: str
    initials: str
    role: Role
    language: str
    data_dir: Path
    audio_input: str | None


class SettingsDialog(Translatable, QDialog):
    """Edits the profile and this laptop's settings."""

    def __init__(
        self,
        *,
        profile: Profile | None,
        language: str,
        data_dir: Path,
        audio_input: str | None,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._audio_input = audio_input
        self._devices: list[InputDevice] | None = None
        self._audio_error = ""

        self.profile_box = QGroupBox(self)
        self.fields = ProfileFields(self.profile_box)
        if profile is not None:
            self.fields.set_values(profile.name, profile.initials, profile.role)
        profile_form = QFormLayout(self.profile_box)
        self.fields.add_to(profile_form)

        self.interface_box = QGroupBox(self)
        self.language = QComboBox(self.interface_box)
        for code in available_languages():
            self.language.addItem(f"{native_name(code)} [{code}]", code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language_label = QLabel(self.interface_box)
        interface_form = QFormLayout(self.interface_box)
        interface_form.addRow(self.language_label, self.language)

        self.data_box = QGroupBox(self)
        self.data_dir = QLineEdit(str(data_dir), self.data_box)
        self.data_dir.setReadOnly(True)
        self.browse = QPushButton(self.data_box)
        self.browse.clicked.connect(self._choose_folder)
        self.data_note = QLabel(self.data_box)
        self.data_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.data_dir, 1)
        row.addWidget(self.browse)
        data_layout = QVBoxLayout(self.data_box)
        data_layout.addLayout(row)
        data_layout.addWidget(self.data_note)
        self._original_dir = data_dir

        self.audio_box = QGroupBox(self)
        self.audio = QComboBox(self.audio_box)
        self.audio_label = QLabel(self.audio_box)
        self.audio_status = QLabel(self.audio_box)
        self.audio_status.setWordWrap(True)
        audio_form = QFormLayout(self.audio_box)
        audio_form.addRow(self.audio_label, self.audio)
        audio_form.addRow(self.audio_status)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.fields.name.textChanged.connect(self._update_ok)

        layout = QVBoxLayout(self)
        for box in (self.profile_box, self.interface_box, self.data_box, self.audio_box):
            layout.addWidget(box)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate()
        self._update_ok()
        # PortAudio's first device scan can take a while: never on the GUI thread.
        runner.run(list_input_devices, self._show_devices, self._audio_unavailable)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.profile_box.setTitle(self.tr("Profile"))
        self.fields.retranslate()
        self.interface_box.setTitle(self.tr("Interface"))
        self.language_label.setText(self.tr("Language:"))
        self.data_box.setTitle(self.tr("Data folder"))
        self.browse.setText(self.tr("Choose…"))
        if Path(self.data_dir.text()) != self._original_dir:
            self.data_note.setText(
                self.tr(
                    "The app will use the new folder from its next start. The current "
                    "store stays where it is."
                )
            )
        else:
            self.data_note.setText(
                self.tr("The database, recordings and outgoing bundles live here.")
            )
        self.audio_box.setTitle(self.tr("Audio input"))
        self.audio_label.setText(self.tr("Record from:"))
        self._fill_audio()

    def choice(self) -> SettingsChoice:
        name, initials, role = self.fields.values()
        return SettingsChoice(
            name=name,
            initials=initials,
            role=role,
            language=str(self.language.currentData()),
            data_dir=Path(self.data_dir.text()),
            audio_input=self.audio.currentData() or None,
        )

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.fields.name.text().strip()))

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the data folder"), self.data_dir.text()
        )
        if folder:
            self.set_data_dir(Path(folder))

    def set_data_dir(self, folder: Path) -> None:
        """Check (off the GUI thread) that `folder` can hold a store, then take it."""

        def check() -> Path:
            ensure_writable_folder(folder)
            return folder

        self._runner.run(check, self._take_folder, self._refuse_folder)

    def _take_folder(self, folder: Path) -> None:
        self.data_dir.setText(str(folder))
        self.data_note.setStyleSheet("")
        self.retranslate()

    def _refuse_folder(self, error: BaseException) -> None:
        if not isinstance(error, StoreError):
            self._runner.failed.emit(error)
            return
        self.data_note.setStyleSheet("color: #b00020;")
        self.data_note.setText(describe_store_error(error))

    def _show_devices(self, devices: list[InputDevice]) -> None:
        self._devices = devices
        self._fill_audio()

    def _audio_unavailable(self, error: BaseException) -> None:
        self._devices = []
        self._audio_error = str(error)
        self._fill_audio()

    def _fill_audio(self) -> None:
        self.audio.blockSignals(True)
        self.audio.clear()
        self.audio.addItem(self.tr("System default input"), "")
        for device in self._devices or []:
            self.audio.addItem(f"{device.name} ({device.host_api})", device.name)
        if self._audio_input:
            index = self.audio.findData(self._audio_input)
            if index < 0:  # remembered, but not plugged in now: keep it selectable
                self.audio.addItem(
                    self.tr("{name} (not connected)").format(name=self._audio_input),
                    self._audio_input,
                )
                index = self.audio.count() - 1
            self.audio.setCurrentIndex(index)
        self.audio.blockSignals(False)
        if self._devices is None:
            self.audio_status.setText(self.tr("Looking for audio devices…"))
        elif self._audio_error:
            self.audio_status.setText(
                self.tr("The audio system is not available: {reason}").format(
                    reason=self._audio_error
                )
            )
        elif not self._devices:
            self.audio_status.setText(
                self.tr("No microphone found. Connect one before the interview.")
            )
        else:
            self.audio_status.setText(self.tr("%n input device(s) found.", "", len(self._devices)))
