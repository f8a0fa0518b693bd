"""Settings → Audio: the microphone test with its live meter, the recording rate that the
next interview records at, and the output the review plays on."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ecoscim_field.audio.devices import InputDevice
from ecoscim_field.audio.recorder import Meter, RecorderError
from ecoscim_field.config import Config
from ecoscim_field.store.models import Recording
from ecoscim_field.ui.settings.settings_dialog import SettingsDialog
from ecoscim_field.ui.shell.main_window import MainWindow
from tests.test_audio import tone
from tests.test_interview_ui import FakeRecorder, open_interview, recording, window  # noqa: F401


class FakeMonitor:
    """An input that says what level the test gives it."""

    made: ClassVar[list[FakeMonitor]] = []
    refuse = ""

    def __init__(self, *, device: str | None, sample_rate: int) -> None:
        self.device, self.sample_rate = device, sample_rate
        self.device_name = "Test microphone"
        self.level = Meter()
        self.closed = False
        FakeMonitor.made.append(self)

    def start(self) -> None:
        if FakeMonitor.refuse:
            raise RecorderError(FakeMonitor.refuse, "-9997")

    def meter(self) -> Meter:
        return self.level

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def devices(monkeypatch: pytest.MonkeyPatch) -> None:
    mic = [InputDevice(3, "USB Recorder", "ALSA", 1, 48000.0, False)]
    speakers = [InputDevice(4, "Headphones", "ALSA", 2, 48000.0, True)]
    monkeypatch.setattr("ecoscim_field.ui.settings.settings_dialog.list_input_devices",
                        lambda: mic)  # fmt: skip
    monkeypatch.setattr("ecoscim_field.ui.settings.settings_dialog.list_output_devices",
                        lambda: speakers)  # fmt: skip
    FakeMonitor.made.clear()
    FakeMonitor.refuse = ""


def test_the_microphone_test_shows_the_level_and_warns_of_clipping(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    devices: None,
) -> None:
    window.monitor_factory = FakeMonitor
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitUntil(lambda: dialog.audio.count() == 2, timeout=5000)
    dialog.audio.setCurrentIndex(1)
    dialog.rate.setCurrentIndex(dialog.rate.findData(48000))
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(FakeMonitor.made) and dialog.monitor is not None, timeout=5000)
    monitor = FakeMonitor.made[-1]
    assert (monitor.device, monitor.sample_rate) == ("USB Recorder", 48000)
    monitor.level = Meter(-6.0, -14.0, clipped=False)
    qtbot.waitUntil(lambda: dialog.meter.meter.rms_dbfs == -14.0, timeout=2000)
    assert "Listening to Test microphone" in dialog.test_status.text()
    assert dialog.test_button.text() == "Stop the test"
    monitor.level = Meter(0.0, -3.0, clipped=True)
    qtbot.waitUntil(lambda: "Too loud" in dialog.test_status.text(), timeout=2000)
    # Choosing another input ends the test and closes the device.
    dialog.audio.setCurrentIndex(0)
    qtbot.waitUntil(lambda: monitor.closed, timeout=2000)
    assert dialog.monitor is None and not dialog.test_button.isChecked()
    dialog.reject()


def test_a_refused_rate_is_explained_in_the_test(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    devices: None,
) -> None:
    window.monitor_factory = FakeMonitor
    FakeMonitor.refuse = "rate_refused"
    dialog = window.open_settings()
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "refuses this sample rate" in dialog.test_status.text(),
                    timeout=5000)  # fmt: skip
    assert dialog.monitor is None and not dialog.test_button.isChecked()
    dialog.reject()


def test_the_chosen_rate_and_output_are_kept_and_the_next_interview_records_at_it(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    devices: None,
    _fresh_config: Path,
) -> None:
    dialog = window.open_settings()
    qtbot.waitUntil(lambda: dialog.output.count() == 2, timeout=5000)
    assert [dialog.output.itemText(i) for i in range(2)] == [
        "System default output", "Headphones (ALSA)"]  # fmt: skip
    dialog.output.setCurrentIndex(1)
    dialog.rate.setCurrentIndex(dialog.rate.findData(32000))
    dialog.part_size.setValue(650)  # bundles in parts that fit a small stick
    assert "32 kHz" in dialog.rate.currentText()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    qtbot.waitUntil(lambda: window.runner.idle, timeout=5000)
    saved = Config.load(_fresh_config)
    assert (saved.sample_rate, saved.audio_output) == ("32000", "Headphones")
    assert saved.part_size_mb() == 650
    interview = open_interview(qtbot, window)
    recorder = recording(qtbot, interview)
    assert recorder.header.sample_rate == 32000
    recorder.advance(1.0)
    # Closing the app mid-interview stops and saves the recording before it ends.
    session_id = interview.controller.session_id
    window.close()
    assert not interview.isVisible()
    with window.store.reading() as session:  # type: ignore[union-attr]
        saved = session.execute(select(Recording.sample_rate, Recording.duration_s)
                                .where(Recording.session_id == session_id)).all()  # fmt: skip
    assert saved == [(32000, 1.0)]


MONITOR = """
import sys, time
from ecoscim_field.audio.monitor import InputMonitor
monitor = InputMonitor(device="pulse", sample_rate=16000)
monitor.start()
best = -200.0
deadline = time.monotonic() + 3
while time.monotonic() < deadline:
    time.sleep(0.025)
    best = max(best, monitor.meter().rms_dbfs)
monitor.close()
print(round(best, 1))
"""


def test_the_monitor_hears_the_virtual_sound_card(
    sound_card: dict[str, str], tmp_path: Path
) -> None:
    wav = tone(tmp_path / "t.wav", 6, 440)
    played = subprocess.Popen(["paplay", "-d", "ecoscim_test", str(wav)],
                              env={**os.environ, **sound_card})  # fmt: skip
    try:
        time.sleep(0.3)
        heard = subprocess.run([sys.executable, "-c", MONITOR], env={**os.environ, **sound_card},
                               capture_output=True, text=True, timeout=60)  # fmt: skip
    finally:
        played.kill()
        played.wait()
    assert heard.returncode == 0, heard.stderr
    # A sine at half scale is about -9 dBFS before the sound server's volume; silence
    # measures -inf (or far below -60).
    assert -30 < float(heard.stdout) < -6
