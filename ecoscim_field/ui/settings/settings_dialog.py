"""Settings: profile, interface language, data folder, and audio: the input to record
from (tested here with a live meter), the recording rate and the output to play on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ecoscim_field.audio.devices import (
    AudioUnavailable,
    InputDevice,
    list_input_devices,
    list_output_devices,
)
from ecoscim_field.audio.recorder import RecorderError
from ecoscim_field.config import DEFAULT_PART_MB
from ecoscim_field.domain.people import Profile
from ecoscim_field.i18n.audio_messages import describe_recorder_error
from ecoscim_field.i18n.languages import available_languages, native_name
from ecoscim_field.i18n.messages import describe_store_error
from ecoscim_field.store.enums import Role
from ecoscim_field.store.errors import StoreError
from ecoscim_field.store.folder import ensure_writable_folder
from ecoscim_field.ui.interviews.level_meter import LevelMeter
from ecoscim_field.ui.shell.first_start_dialog import ProfileFields
from ecoscim_field.ui.tasks import TaskRunner
from ecoscim_field.ui.translatable import Translatable

DEFAULT_RATE = 16000
# Speech needs 16 kHz; higher rates are for a team that wants more, at more disk.
RATES = (16000, 22050, 32000, 44100, 48000)
METER_POLL_MS = 25


@dataclass(frozen=True)
class SettingsChoice:
    """What the user chose in the dialog."""

    name: str
    initials: str
    role: Role
    language: str
    data_dir: Path
    audio_input: str | None
    sample_rate: int = DEFAULT_RATE
    audio_output: str | None = None
    part_size_mb: int = DEFAULT_PART_MB


def _devices() -> tuple[list[InputDevice], list[InputDevice]]:
    inputs = list_input_devices()  # AudioUnavailable: said in the audio box
    try:
        outputs = list_output_devices()
    except AudioUnavailable:
        outputs = []
    return inputs, outputs


def _default_monitor(*, device: str | None, sample_rate: int) -> Any:
    from ecoscim_field.audio.monitor import InputMonitor

    return InputMonitor(device=device, sample_rate=sample_rate)


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
        sample_rate: int = DEFAULT_RATE,
        audio_output: str | None = None,
        part_size_mb: int = DEFAULT_PART_MB,
        monitor_factory: Callable[..., Any] = _default_monitor,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._audio_input, self._audio_output = audio_input, audio_output
        self._devices: list[InputDevice] | None = None
        self._outputs: list[InputDevice] = []
        self._audio_error = ""
        self._monitor_factory = monitor_factory
        self.monitor: Any = None  # the input being tested, while the test runs
        self._test_problem = ""

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
        self.part_size = QSpinBox(self.data_box)
        self.part_size.setRange(1, 100_000)
        self.part_size.setValue(part_size_mb)
        self.part_label = QLabel(self.data_box)
        part_row = QHBoxLayout()
        part_row.addWidget(self.part_label)
        part_row.addWidget(self.part_size)
        part_row.addStretch(1)
        data_layout = QVBoxLayout(self.data_box)
        data_layout.addLayout(row)
        data_layout.addWidget(self.data_note)
        data_layout.addLayout(part_row)
        self._original_dir = data_dir

        self.audio_box = QGroupBox(self)
        self.audio = QComboBox(self.audio_box)
        self.audio_label = QLabel(self.audio_box)
        self.audio.currentIndexChanged.connect(lambda _i: self.stop_test())
        self.audio_status = QLabel(self.audio_box)
        self.audio_status.setWordWrap(True)
        self.rate = QComboBox(self.audio_box)
        for rate in RATES:
            self.rate.addItem("", rate)
        self.rate.setCurrentIndex(max(0, self.rate.findData(sample_rate)))
        self.rate.currentIndexChanged.connect(lambda _i: self.stop_test())
        self.rate_label = QLabel(self.audio_box)
        self.test_button = QPushButton(self.audio_box)
        self.test_button.setCheckable(True)
        self.test_button.toggled.connect(self._toggle_test)
        self.meter = LevelMeter(self.audio_box)
        self.test_status = QLabel(self.audio_box)
        self.test_status.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.meter, 1)
        self.output = QComboBox(self.audio_box)
        self.output_label = QLabel(self.audio_box)
        audio_form = QFormLayout(self.audio_box)
        audio_form.addRow(self.audio_label, self.audio)
        audio_form.addRow(self.audio_status)
        audio_form.addRow(self.rate_label, self.rate)
        audio_form.addRow(test_row)
        audio_form.addRow(self.test_status)
        audio_form.addRow(self.output_label, self.output)
        self._meter_timer = QTimer(self)
        self._meter_timer.setInterval(METER_POLL_MS)
        self._meter_timer.timeout.connect(self._poll_meter)
        self.finished.connect(lambda _result: self.stop_test())

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
        runner.run(_devices, self._show_devices, self._audio_unavailable)

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
        self.part_label.setText(self.tr("Split bundles larger than:"))
        self.part_size.setSuffix(self.tr(" MB"))
        self.part_size.setToolTip(self.tr("A USB stick formatted FAT32 takes files of up to "
                                          "4,000 MB; the parts merge as one bundle."))  # fmt: skip
        self.audio_box.setTitle(self.tr("Audio"))
        self.audio_label.setText(self.tr("Record from:"))
        self.rate_label.setText(self.tr("Recording quality:"))
        locale = self.locale()
        for index, rate in enumerate(RATES):
            khz = locale.toString(rate / 1000, "f", 0 if rate % 1000 == 0 else 2)
            words = self.tr("{khz} kHz, FLAC mono (about {mb} MB an hour)").format(
                khz=khz, mb=locale.toString(round(rate * 2 * 3600 * 0.6 / 1e6))
            )
            if rate == DEFAULT_RATE:
                words = self.tr("{rate}: enough for speech").format(rate=words)
            self.rate.setItemText(index, words)
        self.test_button.setText(self.tr("Stop the test") if self.monitor else
                                 self.tr("Test the microphone"))  # fmt: skip
        self.output_label.setText(self.tr("Play reviews on:"))
        self._fill_audio()
        self._show_test_status()

    def choice(self) -> SettingsChoice:
        name, initials, role = self.fields.values()
        return SettingsChoice(
            name=name,
            initials=initials,
            role=role,
            language=str(self.language.currentData()),
            data_dir=Path(self.data_dir.text()),
            audio_input=self.audio.currentData() or None,
            sample_rate=int(self.rate.currentData()),
            audio_output=self.output.currentData() or None,
            part_size_mb=self.part_size.value(),
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

    def _show_devices(self, found: tuple[list[InputDevice], list[InputDevice]]) -> None:
        self._devices, self._outputs = found
        self._fill_audio()

    def _audio_unavailable(self, error: BaseException) -> None:
        self._devices = []
        self._audio_error = str(error)
        self._fill_audio()

    def _fill_audio(self) -> None:
        # Refilled at every re-translation: what the user picked stays picked.
        if self.audio.count():
            self._audio_input = self.audio.currentData() or None
        self._fill_outputs()
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

    def _fill_outputs(self) -> None:
        if self.output.count():
            self._audio_output = self.output.currentData() or None
        self.output.blockSignals(True)
        self.output.clear()
        self.output.addItem(self.tr("System default output"), "")
        for device in self._outputs:
            self.output.addItem(f"{device.name} ({device.host_api})", device.name)
        if self._audio_output:
            index = self.output.findData(self._audio_output)
            if index < 0:
                self.output.addItem(
                    self.tr("{name} (not connected)").format(name=self._audio_output),
                    self._audio_output,
                )
                index = self.output.count() - 1
            self.output.setCurrentIndex(index)
        self.output.blockSignals(False)

    # --- the microphone test ----------------------------------------------------------------

    def _toggle_test(self, on: bool) -> None:
        if on:
            self.start_test()
        else:
            self.stop_test()

    def start_test(self) -> None:
        """Open the chosen input at the chosen rate (off the GUI thread) and show its level."""
        if self.monitor is not None:
            return
        monitor = self._monitor_factory(device=self.audio.currentData() or None,
                                        sample_rate=int(self.rate.currentData()))  # fmt: skip
        self.monitor = monitor
        self._test_problem = ""
        self.test_button.setChecked(True)
        self.retranslate()

        def opened(_none: object) -> None:
            if self.monitor is monitor:
                self._meter_timer.start()
                self._show_test_status()

        def failed(error: BaseException) -> None:
            if not isinstance(error, RecorderError):
                self._runner.failed.emit(error)
                return
            if self.monitor is monitor:
                self.monitor = None
                self._test_problem = describe_recorder_error(error)
                self.test_button.blockSignals(True)
                self.test_button.setChecked(False)
                self.test_button.blockSignals(False)
                self.retranslate()

        self._runner.run(monitor.start, opened, failed)

    def stop_test(self) -> None:
        monitor, self.monitor = self.monitor, None
        self._meter_timer.stop()
        if monitor is not None:
            self._runner.run(monitor.close)  # closing a stream can take a moment
        self.meter.show_level(type(self.meter.meter)())
        self.test_button.blockSignals(True)
        self.test_button.setChecked(False)
        self.test_button.blockSignals(False)
        self.retranslate()

    def _poll_meter(self) -> None:
        if self.monitor is not None:
            self.meter.show_level(self.monitor.meter())
            self._show_test_status()

    def _show_test_status(self) -> None:
        if self._test_problem:
            self.test_status.setStyleSheet("color: #b00020;")
            self.test_status.setText(self._test_problem)
            return
        self.test_status.setStyleSheet("color: #b00020;" if self.meter.clipping else "")
        if self.monitor is None:
            self.test_status.setText(
                self.tr("Speak into the microphone after pressing Test: the bar should move.")
            )
        elif self.meter.clipping:
            self.test_status.setText(
                self.tr("Too loud: the sound is clipped. Move the microphone further away.")
            )
        else:
            self.test_status.setText(
                self.tr("Listening to {device}. Speak: the bar should move.").format(
                    device=self.monitor.device_name or self.audio.currentText()
                )
            )
