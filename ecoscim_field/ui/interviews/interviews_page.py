"""Interviews: sessions, their recordings, notes and reflections."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ecoscim_field.ui.shell.page import AreaPage, PageHeader, empty_state
from ecoscim_field.ui.translatable import Translatable


class InterviewsPage(Translatable, AreaPage):
    """The interview sessions held so far."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = PageHeader(self)
        self.empty = empty_state(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.empty, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.header.title.setText(self.tr("Interviews"))
        self.header.subtitle.setText(
            self.tr("Recordings, notes stamped with the audio time, and your reflections.")
        )
        self.empty.setText(self.tr("No interviews have been held with this store yet."))
