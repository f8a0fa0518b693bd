"""A live input level: a bar from -60 to 0 dBFS, RMS filled, peak marked, red on clipping."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ecoscim_field.audio.recorder import Meter

FLOOR_DB = -60.0


def _fraction(dbfs: float) -> float:
    if math.isinf(dbfs) or dbfs <= FLOOR_DB:
        return 0.0
    return min(1.0, (dbfs - FLOOR_DB) / -FLOOR_DB)


class LevelMeter(QWidget):
    """Paints the latest Meter it was given; painting is cheap and never waits on audio."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meter = Meter()
        self.clipped_recently = 0  # polls left to show the clipping colour
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(240, 18)

    def show_level(self, meter: Meter) -> None:
        self.meter = meter
        if meter.clipped:
            self.clipped_recently = 40  # a second at 40 updates a second
        elif self.clipped_recently:
            self.clipped_recently -= 1
        self.update()

    @property
    def clipping(self) -> bool:
        return self.clipped_recently > 0

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.fillRect(rect, QColor("#2b2b2b"))
        rms = _fraction(self.meter.rms_dbfs)
        peak = _fraction(self.meter.peak_dbfs)
        colour = QColor("#d32f2f") if self.clipping else QColor("#43a047")
        painter.fillRect(QRectF(rect.left(), rect.top(), rect.width() * rms, rect.height()),
                         colour)  # fmt: skip
        painter.setPen(QColor("#ffeb3b"))
        x = rect.left() + rect.width() * peak
        painter.drawLine(round(x), round(rect.top()), round(x), round(rect.bottom()))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.end()
