"""The whole recording at a glance: its loudness, every note and marker at its time, and
where playback is. A click seeks; a click on a note's mark chooses that note."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

MARK_HIT_PX = 5  # how near a click must be to a note's mark to choose it


class Waveform(QWidget):
    """Paints a cached picture of the peaks, then the marks and the playhead on top."""

    seek_requested = Signal(float)  # seconds
    mark_clicked = Signal(str)  # note id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.peaks = np.zeros(0, dtype=np.float32)
        self.duration_s = 0.0
        self.position_s = 0.0
        self.marks: list[tuple[float, str, str]] = []  # seconds, colour, note id
        self.chosen = ""
        self._picture: QPixmap | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(90)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        return QSize(640, 110)

    def set_audio(self, peaks: np.ndarray, duration_s: float) -> None:
        self.peaks, self.duration_s = peaks, duration_s
        self._picture = None
        self.update()

    def set_marks(self, marks: list[tuple[float, str, str]]) -> None:
        self.marks = marks
        self.update()

    def set_position(self, seconds: float) -> None:
        if abs(seconds - self.position_s) * self._px_per_s() >= 0.5:
            self.position_s = seconds
            self.update()

    def choose(self, note_id: str) -> None:
        self.chosen = note_id
        self.update()

    def _px_per_s(self) -> float:
        return self.width() / self.duration_s if self.duration_s > 0 else 0.0

    def x_of(self, seconds: float) -> float:
        return seconds * self._px_per_s()

    # --- painting ----------------------------------------------------------------------------

    def resizeEvent(self, event: object) -> None:
        self._picture = None
        super().resizeEvent(event)  # type: ignore[arg-type]

    def _draw_picture(self) -> QPixmap:
        """The peaks as a filled shape, drawn once per size (not at every playhead move)."""
        width, height = max(1, self.width()), max(1, self.height())
        picture = QPixmap(width, height)
        picture.fill(QColor("#263238"))
        if len(self.peaks):
            columns = np.array_split(self.peaks, min(width, len(self.peaks)))
            levels = np.array([c.max() if len(c) else 0.0 for c in columns])
            levels = np.sqrt(np.clip(levels, 0.0, 1.0))  # quiet speech stays visible
            middle, half = height / 2, height / 2 - 4
            step = width / len(levels)
            path = QPainterPath(QPointF(0, middle))
            for index, level in enumerate(levels):
                path.lineTo(index * step, middle - level * half)
            path.lineTo(width, middle)
            for index in range(len(levels) - 1, -1, -1):
                path.lineTo(index * step, middle + levels[index] * half)
            path.closeSubpath()
            painter = QPainter(picture)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#80cbc4"))
            painter.drawPath(path)
            painter.end()
        return picture

    def paintEvent(self, _event: QPaintEvent) -> None:
        if self._picture is None or self._picture.size() != self.size():
            self._picture = self._draw_picture()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._picture)
        height = self.height()
        for seconds, colour, note_id in self.marks:
            x = round(self.x_of(seconds))
            wide = 3.0 if note_id == self.chosen else 1.0
            painter.fillRect(QRectF(x - wide / 2, 0, wide, height), QColor(colour))
            head = QPainterPath(QPointF(x - 5, 0))
            head.lineTo(x + 5, 0)
            head.lineTo(x, 7)
            head.closeSubpath()
            painter.fillPath(head, QColor(colour))
        playhead = self.x_of(self.position_s)
        painter.fillRect(QRectF(playhead - 1, 0, 2, height), QColor("#ff5252"))
        painter.end()

    # --- clicks --------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.duration_s <= 0:
            return
        x = event.position().x()
        near = [(abs(self.x_of(s) - x), note_id) for s, _c, note_id in self.marks]
        if near and min(near)[0] <= MARK_HIT_PX:
            self.mark_clicked.emit(min(near)[1])
            return
        self.seek_requested.emit(max(0.0, min(self.duration_s, x / self._px_per_s())))
