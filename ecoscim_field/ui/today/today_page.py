"""Today: the page the app opens on — the day's appointments, where to go, what to bring."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QTime, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ecoscim_field.i18n.labels import status_label
from ecoscim_field.i18n.languages import native_name
from ecoscim_field.store.enums import AppointmentStatus
from ecoscim_field.ui.shell.page import AreaPage, PageHeader, empty_state
from ecoscim_field.ui.shell.summary import StoreSummary
from ecoscim_field.ui.translatable import Translatable

if TYPE_CHECKING:
    from ecoscim_field.domain.appointments import AgendaRow


class AppointmentCard(QFrame):
    """One appointment of the day: when, who, where, how to get there, what to bring."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("appointmentCard")
        self.time = QLabel(self)
        self.time.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.who = QLabel(self)
        self.who.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.bring = QLabel(self)
        self.bring.setWordWrap(True)
        self.bring.setStyleSheet("color: #8a4b00;")
        self.status = QLabel(self)
        self.appointment_id = ""
        self.start_button = QPushButton(self)
        self.start_button.setStyleSheet("font-weight: bold;")
        self.open_button = QPushButton(self)
        self.mark_button = QPushButton(self)
        self.mark_menu = QMenu(self.mark_button)
        self.mark_actions: dict[AppointmentStatus, QAction] = {}
        for status in AppointmentStatus:
            self.mark_actions[status] = self.mark_menu.addAction("")
        self.mark_button.setMenu(self.mark_menu)
        actions = QVBoxLayout()
        actions.addWidget(self.start_button)
        actions.addWidget(self.open_button)
        actions.addWidget(self.mark_button)
        actions.addStretch(1)
        grid = QGridLayout(self)
        grid.addWidget(self.time, 0, 0)
        grid.addWidget(self.who, 0, 1)
        grid.addWidget(self.status, 0, 2)
        grid.addWidget(self.details, 1, 1, 1, 2)
        grid.addWidget(self.bring, 2, 1, 1, 2)
        grid.addLayout(actions, 0, 3, 3, 1)
        grid.setColumnStretch(1, 1)


class TodayPage(Translatable, AreaPage):
    """The day at a glance."""

    plan_requested = Signal()
    edit_requested = Signal(str)  # appointment id
    start_requested = Signal(str)  # appointment id: open the interview screen
    status_requested = Signal(str, str)  # appointment id, AppointmentStatus value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summary: StoreSummary | None = None
        self.header = PageHeader(self)
        self.date_label = QLabel(self)
        self.date_label.setObjectName("todayDate")
        self.agenda = empty_state(self)
        self.cards_host = QWidget(self)
        self.cards_layout = QVBoxLayout(self.cards_host)
        self.cards_layout.addStretch(1)
        self.cards: list[AppointmentCard] = []
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.cards_host)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
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
        self.plan_button = QPushButton(self)
        self.plan_button.clicked.connect(self.plan_requested.emit)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_label, 1)
        date_row.addWidget(self.plan_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(date_row)
        layout.addWidget(self.agenda)
        layout.addWidget(scroll, 1)
        layout.addWidget(tiles)
        self.retranslate()

    def retranslate(self) -> None:
        summary = self._summary
        name = summary.profile.name.split()[0] if summary and summary.profile else ""
        self.header.title.setText(
            self.tr("Hello, {name}").format(name=name) if name else self.tr("Today")
        )
        self.header.subtitle.setText(
            self.tr("Your appointments for the day, where to go and what to bring.")
        )
        locale = QLocale()
        self.date_label.setText(locale.toString(QDate.currentDate(), QLocale.FormatType.LongFormat))
        self.agenda.setText(self.tr("No interviews are planned for today."))
        self.plan_button.setText(self.tr("Plan an interview…"))
        self.case_count_caption.setText(self.tr("case studies in this store"))
        self.pending_caption.setText(self.tr("changes waiting to be synced"))
        if summary is not None:
            self.case_count.setText(locale.toString(len(summary.active_case_studies)))
            self.pending.setText(locale.toString(summary.pending))
            self._fill(summary.today)

    def _fill(self, rows: list[AgendaRow]) -> None:
        self.agenda.setVisible(not rows)
        while len(self.cards) < len(rows):
            card = AppointmentCard(self.cards_host)
            card.open_button.clicked.connect(
                lambda _checked=False, c=card: self.edit_requested.emit(c.appointment_id)
            )
            card.start_button.clicked.connect(
                lambda _checked=False, c=card: self.start_requested.emit(c.appointment_id)
            )
            for status, action in card.mark_actions.items():
                action.triggered.connect(
                    lambda _checked=False, c=card, s=status: self.status_requested.emit(
                        c.appointment_id, s.value)
                )  # fmt: skip
            self.cards_layout.insertWidget(len(self.cards), card)
            self.cards.append(card)
        for card in self.cards[len(rows) :]:
            card.hide()
        locale = QLocale()
        for card, row in zip(self.cards, rows, strict=False):
            card.show()
            card.appointment_id = row.id
            card.open_button.setText(self.tr("Open…"))
            card.start_button.setText(self.tr("Start interview"))
            card.mark_button.setText(self.tr("Mark as"))
            for status, action in card.mark_actions.items():
                action.setText(status_label(status))
            start, end = (QTime(t.hour, t.minute) for t in (row.starts_at, row.ends_at))
            card.time.setText(
                f"{locale.toString(start, QLocale.FormatType.ShortFormat)}–"
                f"{locale.toString(end, QLocale.FormatType.ShortFormat)}"
            )
            who = row.who if row.participant_id else self.tr("To be recruited")
            card.who.setText(f"{who}  {row.name}".strip())
            card.status.setText(status_label(row.status))
            lines = [
                self.tr("Where: {place}").format(place=row.place) if row.place else "",
                row.directions,
                self.tr("Case study: {name}").format(name=row.case_study) if row.case_study else "",
                self.tr("Guide: {name}").format(name=row.guide) if row.guide else "",
            ]
            card.details.setText("\n".join(line for line in lines if line))
            bring = [self.tr("Charged laptop and microphone.")]
            if row.needs_consent and row.participant_id:
                bring.append(
                    self.tr("No consent yet: take it before recording (form in {language}).")
                    .format(language=native_name(row.language))
                )  # fmt: skip
            card.bring.setText(self.tr("Bring: {things}").format(things=" ".join(bring)))
            inactive = row.status in (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW)
            for label in (card.time, card.who, card.details, card.bring):
                label.setEnabled(not inactive)
            card.start_button.setEnabled(not inactive and row.participant_id is not None)
            if row.status_reason:
                card.status.setText(f"{status_label(row.status)}: {row.status_reason}")

    def show_summary(self, summary: StoreSummary) -> None:
        self._summary = summary
        self.retranslate()
