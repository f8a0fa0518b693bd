"""The installed Qt binding must not lose references to None (it would crash the app)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from ecoscim_field.audio.recorder import Meter
from ecoscim_field.cli_doctor import finding_text
from ecoscim_field.domain import doctor
from ecoscim_field.qt_binding import drops_none_references
from ecoscim_field.ui.interviews.level_meter import LevelMeter


def test_the_installed_binding_keeps_none_alive() -> None:
    assert not drops_none_references()


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal on Python 3.12+")
def test_an_hour_of_level_meter_frames_leave_nones_count_alone(qtbot: QtBot) -> None:
    """The meter repaints 40 times a second for the whole interview."""
    meter = LevelMeter()
    qtbot.addWidget(meter)
    meter.resize(240, 18)
    image = QImage(meter.size(), QImage.Format.Format_ARGB32)
    levels = [Meter(-12.0, -20.0, False), Meter(0.0, -3.0, True), Meter()]
    for level in levels:  # warm up caches
        meter.show_level(level)
        meter.render(image)
    before = sys.getrefcount(None)
    for frame in range(3000):
        meter.show_level(levels[frame % 3])
        meter.render(image)
    assert sys.getrefcount(None) - before > -50


def test_doctor_reports_a_faulty_binding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    monkeypatch.setattr(doctor, "drops_none_references", lambda: True)
    report = doctor.examine(tmp_path / "data")
    assert doctor.Finding.QT_BINDING_FAULT in report.problems
    text = finding_text(doctor.Finding.QT_BINDING_FAULT, report)
    assert "PySide6" in text and "README" in text
