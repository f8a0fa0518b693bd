"""Planning an appointment: who (or a group to recruit), about what, when, where, by whom."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, Qt, QTimeZone
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ecoscim_field.domain.appointments import AppointmentData
from ecoscim_field.domain.participants import ALCALDIAS
from ecoscim_field.i18n.labels import group_label, status_label
from ecoscim_field.store.enums import AppointmentStatus, StakeholderGroup
from ecoscim_field.ui.shell.dialog_parts import problem_label, save_cancel_buttons
from ecoscim_field.ui.translatable import Translatable

MEXICO_CITY = QTimeZone(b"America/Mexico_City")


class AppointmentDialog(Translatable, QDialog):
    """The appointment's form; `values()` returns what was entered (plain values)."""

    def __init__(
        self,
        *,
        participants: list[tuple[str, str]],  # (id, "P-… name")
        case_studies: list[tuple[str, str]],
        guides: list[tuple[str, str]],
        fieldworkers: list[tuple[str, str]],
        me: str | None,
        data: AppointmentData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._editing = data is not None
        self.participant = QComboBox(self)
        self.participant.addItem("", None)
        for pid, label in participants:
            self.participant.addItem(label, pid)
        self.target_group = QComboBox(self)
        for group in StakeholderGroup:
            self.target_group.addItem(group_label(group), group.value)
        self.case_study = QComboBox(self)
        self.case_study.addItem("", None)
        for cid, name in case_studies:
            self.case_study.addItem(name, cid)
        self.guide = QComboBox(self)
        self.guide.addItem("", None)
        for gid, title in guides:
            self.guide.addItem(title, gid)
        now = QDateTime.currentDateTime().toTimeZone(MEXICO_CITY)
        start = QDateTime(now.date().addDays(1), now.time().fromString("10:00", "HH:mm"),
                          MEXICO_CITY)  # fmt: skip
        self.starts = QDateTimeEdit(self)
        # Shown and entered in Mexico City time, whatever zone the laptop is set to.
        self.starts.setTimeZone(MEXICO_CITY)
        self.starts.setDateTime(start)
        self.starts.setCalendarPopup(True)
        self.duration = QSpinBox(self)
        self.duration.setRange(0, 480)
        self.duration.setSingleStep(15)
        self.duration.setValue(60)
        self.alcaldia = QComboBox(self)
        self.alcaldia.addItem("", "")
        for name in ALCALDIAS:
            self.alcaldia.addItem(name, name)
        self.colonia = QLineEdit(self)
        self.meeting_point = QLineEdit(self)
        self.directions = QLineEdit(self)
        self.workers = QListWidget(self)
        self.workers.setMaximumHeight(90)
        for wid, name in fieldworkers:
            item = QListWidgetItem(name, self.workers)
            item.setData(Qt.ItemDataRole.UserRole, wid)
            item.setCheckState(Qt.CheckState.Checked if wid == me else Qt.CheckState.Unchecked)
        self.notes = QLineEdit(self)
        self.status = QComboBox(self)
        for status in AppointmentStatus:
            self.status.addItem("", status.value)
        self.reason = QLineEdit(self)
        self.captions = {key: QLabel(self) for key in (
            "participant", "group", "case", "guide", "starts", "duration", "alcaldia",
            "colonia", "point", "directions", "workers", "notes", "status", "reason")}  # fmt: skip
        form = QFormLayout()
        for key, widget in (
            ("participant", self.participant), ("group", self.target_group),
            ("case", self.case_study), ("guide", self.guide), ("starts", self.starts),
            ("duration", self.duration), ("alcaldia", self.alcaldia), ("colonia", self.colonia),
            ("point", self.meeting_point), ("directions", self.directions),
            ("workers", self.workers), ("notes", self.notes), ("status", self.status),
            ("reason", self.reason),
        ):  # fmt: skip
            form.addRow(self.captions[key], widget)
        for widget in (self.status, self.reason):
            # Only an existing appointment has a status to change.
            form.setRowVisible(widget, self._editing)
        self.problem = problem_label(self)
        self.buttons = save_cancel_buttons(self)
        if data is not None:
            self._fill(data)
        self.participant.currentIndexChanged.connect(self._update)
        self.duration.valueChanged.connect(self._update)
        self.status.currentIndexChanged.connect(self._update)
        self.reason.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate()

    def _fill(self, data: AppointmentData) -> None:
        def choose(combo: QComboBox, value: object) -> None:
            found = combo.findData(value)
            if found >= 0:
                combo.setCurrentIndex(found)

        choose(self.participant, data.participant_id)
        if data.target_group is not None:
            choose(self.target_group, data.target_group.value)
        choose(self.case_study, data.case_study_id)
        choose(self.guide, data.guide_id)
        start = data.starts_at.astimezone(ZoneInfo("America/Mexico_City"))
        self.starts.setDateTime(QDateTime.fromSecsSinceEpoch(int(start.timestamp()), MEXICO_CITY))
        self.duration.setValue(data.duration_min)
        choose(self.alcaldia, data.alcaldia)
        self.colonia.setText(data.colonia)
        self.meeting_point.setText(data.meeting_point)
        self.directions.setText(data.directions)
        for i in range(self.workers.count()):
            item = self.workers.item(i)
            chosen = item.data(Qt.ItemDataRole.UserRole) in data.fieldworker_ids
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        self.notes.setText(data.notes)
        choose(self.status, data.status.value)
        self.reason.setText(data.status_reason)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Appointment") if self._editing else self.tr("Plan an interview")
        )
        captions = {
            "participant": self.tr("Participant:"),
            "group": self.tr("Or recruit from:"),
            "case": self.tr("Case study:"),
            "guide": self.tr("Guide:"),
            "starts": self.tr("Starts (Mexico City time):"),
            "duration": self.tr("Duration (minutes):"),
            "alcaldia": self.tr("Alcaldía:"),
            "colonia": self.tr("Colonia:"),
            "point": self.tr("Meeting point:"),
            "directions": self.tr("Directions:"),
            "workers": self.tr("Fieldworkers:"),
            "notes": self.tr("Notes:"),
            "status": self.tr("Status:"),
            "reason": self.tr("Reason:"),
        }
        for key, label in self.captions.items():
            label.setText(captions[key])
        self.participant.setItemText(0, self.tr("(to be recruited)"))
        self.case_study.setItemText(0, self.tr("(none)"))
        self.guide.setItemText(0, self.tr("(none)"))
        for i in range(self.status.count()):
            self.status.setItemText(i, status_label(AppointmentStatus(self.status.itemData(i))))
        self.reason.setPlaceholderText(self.tr("Why it was cancelled or did not happen"))
        self._update()

    def _update(self) -> None:
        self.target_group.setEnabled(self.participant.currentData() is None)
        problem = self.tr("An interview needs a duration.") if self.duration.value() <= 0 else ""
        if not problem and self.chosen_status() in (
            AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW
        ) and not self.reason.text().strip():  # fmt: skip
            problem = self.tr("Say why, in a few words.")
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)

    def chosen_status(self) -> AppointmentStatus:
        return AppointmentStatus(self.status.currentData())

    def starts_at(self) -> datetime:
        """The chosen start, as Mexico City wall-clock time."""
        chosen = self.starts.dateTime().toTimeZone(MEXICO_CITY)
        day, clock = chosen.date(), chosen.time()
        return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(),
                        tzinfo=ZoneInfo("America/Mexico_City"))  # fmt: skip

    def fieldworker_ids(self) -> list[str]:
        return [
            str(self.workers.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.workers.count())
            if self.workers.item(i).checkState() == Qt.CheckState.Checked
        ]
