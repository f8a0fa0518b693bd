"""Today: the page the app opens on — the day's date, who is working, what waits."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from ecoscim_field.ui.shell.page import AreaPage, PageHeader, empty_state
from ecoscim_field.ui.shell.summary import StoreSummary
from ecoscim_field.ui.translatable import Translatable


class TodayPage(Translatable, AreaPage):
    """The day at a glance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summary: StoreSummary | None = None
        self.header = PageHeader(self)
        self.date_label = QLabel(self)
        self.date_label.setObjectName("todayDate")
        self.agenda = empty_state(self)
        tiles = QFrame(self)
        tiles.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(tiles)
        self.case_count_caption, self.case_count = QLabel(tiles), QLabel(tiles)
        self.pending_caption, self.pending = QLabel(tiles), QLabel(tiles)
        for row, (caption, value) in enumerate(
            ((self.case_count_caption, self.case_count), (self.pending_caption, self.pending))
        ):
            value.setStyleSheet("font-size: 16pt; font-weight: bold;")
            grid.addWidget(value, row, 0)
            grid.addWidget(caption, row, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.date_label)
        layout.addWidget(self.agenda, 1)
        layout.addWidget(tiles)
        self.retranslate()

    def retranslate(self) -> None:
        name = (
            self._summary.profile.name.split()[0] if self._summary and self._summary.profile else ""
        )
        self.header.title.setText(
            self.tr("Hello, {name}").format(name=name) if name else self.tr("Today")
        )
        self.header.subtitle.setText(
            self.tr("Your appointments for the day, where to go and what to bring.")
        )
        locale = QLocale()
        self.date_label.setText(locale.toString(QDate.currentDate(), QLocale.FormatType.LongFormat))
        self.agenda.setText(self.tr("No interviews are planned for today."))
        self.case_count_caption.setText(self.tr("case studies in this store"))
        self.pending_caption.setText(self.tr("changes waiting to be synced"))
        if self._summary is not None:
            self.case_count.setText(locale.toString(len(self._summary.case_studies)))
            self.pending.setText(locale.toString(self._summary.pending))

    def show_summary(self, summary: StoreSummary) -> None:
        self._summary = summary
        self.retranslate()
