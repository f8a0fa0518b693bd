"""Participants and consent: who takes part, under which pseudonym, with what consent."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ecoscim_field.ui.shell.page import AreaPage, PageHeader, empty_state
from ecoscim_field.ui.translatable import Translatable


class ParticipantsPage(Translatable, AreaPage):
    """The participants of the study and their consent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = PageHeader(self)
        self.empty = empty_state(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.empty, 1)
        self.retranslate()

    def nav_title(self) -> str:
        return self.tr("Participants")

    def retranslate(self) -> None:
        self.header.title.setText(self.tr("Participants and consent"))
        self.header.subtitle.setText(
            self.tr(
                "Participants are known by their pseudonym code; names and contact "
                "details stay on this laptop and never go into research exports."
            )
        )
        self.empty.setText(self.tr("No participants are registered in this store yet."))
