"""Sync: how this laptop's exchange with the coordinator stands, what came and went."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecoscim_field.ui.shell.page import AreaPage, PageHeader
from ecoscim_field.ui.shell.summary import StoreSummary, SyncLogRow
from ecoscim_field.ui.translatable import Translatable

if TYPE_CHECKING:
    from ecoscim_field.ui.sync.sync_controller import SyncController

MEXICO_CITY = "America/Mexico_City"
# What a coordinator's bundle brings, in the order a fieldworker cares about.
ASSIGNMENT_TABLES = ("appointments", "interview_guides", "consent_forms", "codes",
                     "consent_withdrawals")  # fmt: skip


def local_time(moment: datetime) -> str:
    from zoneinfo import ZoneInfo

    shown = moment.astimezone(ZoneInfo(MEXICO_CITY)).replace(tzinfo=None)
    stamp = QDateTime(shown.year, shown.month, shown.day, shown.hour, shown.minute, shown.second)
    return str(QLocale().toString(stamp, QLocale.FormatType.ShortFormat))


class SyncPage(Translatable, AreaPage):
    """The state of this laptop's exchange with the coordinator."""

    sync_requested = Signal()
    write_requested = Signal()  # a bundle to a folder of the user's choice (a USB stick)
    folder_requested = Signal()  # choose the shared folder

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summary: StoreSummary | None = None
        self._controller: SyncController | None = None
        self._folder: Path | None = None
        self.header = PageHeader(self)
        form = QFormLayout()
        self.state_caption, self.state = QLabel(self), QLabel(self)
        self.last_caption, self.last = QLabel(self), QLabel(self)
        self.pending_caption, self.pending = QLabel(self), QLabel(self)
        self.folder_caption, self.folder = QLabel(self), QLabel(self)
        self.device_caption, self.device = QLabel(self), QLabel(self)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.device.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setWordWrap(True)
        self.choose_folder = QPushButton(self)
        self.choose_folder.clicked.connect(self.folder_requested)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_folder)
        form.addRow(self.state_caption, self.state)
        form.addRow(self.last_caption, self.last)
        form.addRow(self.pending_caption, self.pending)
        form.addRow(self.folder_caption, folder_row)
        form.addRow(self.device_caption, self.device)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.sync_button = QPushButton(self)
        self.sync_button.clicked.connect(self.sync_requested)
        self.write_button = QPushButton(self)
        self.write_button.clicked.connect(self.write_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.write_button)
        buttons.addStretch(1)
        self.latest_caption = QLabel(self)
        self.latest_caption.setStyleSheet("font-weight: bold;")
        self.latest = QLabel(self)
        self.latest.setWordWrap(True)
        self.history_caption = QLabel(self)
        self.history_caption.setStyleSheet("font-weight: bold;")
        self.history = QTableWidget(0, 4, self)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        layout.addWidget(self.latest_caption)
        layout.addWidget(self.latest)
        layout.addWidget(self.history_caption)
        layout.addWidget(self.history, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.header.title.setText(self.tr("Sync"))
        self.header.subtitle.setText(
            self.tr(
                "Your work travels to the coordinator as bundles through a shared folder "
                "whenever this laptop is back online; the coordinator's assignments come "
                "back the same way. Nothing to do but keep the folder chosen below."
            )
        )
        self.state_caption.setText(self.tr("Now:"))
        self.last_caption.setText(self.tr("Last sync:"))
        self.pending_caption.setText(self.tr("Waiting to go:"))
        self.folder_caption.setText(self.tr("Shared folder:"))
        self.device_caption.setText(self.tr("This laptop's id:"))
        self.choose_folder.setText(self.tr("Choose…"))
        self.sync_button.setText(self.tr("Sync now"))
        self.write_button.setText(self.tr("Write a bundle to a folder…"))
        self.write_button.setToolTip(self.tr("For places where nothing syncs: a USB stick "
                                             "the coordinator merges by hand."))  # fmt: skip
        self.latest_caption.setText(self.tr("Last received from the coordinator"))
        self.history_caption.setText(self.tr("Bundles sent and received"))
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("What"), self.tr("Size"), self.tr("Result")]
        )
        self._show()

    def show_summary(self, summary: StoreSummary) -> None:
        self._summary = summary
        self._show()

    def show_state(self, controller: SyncController, folder: Path | None) -> None:
        self._controller, self._folder = controller, folder
        self._show()

    # --- filling ---------------------------------------------------------------------------

    def _show(self) -> None:
        controller, summary = self._controller, self._summary
        self.folder.setText(str(self._folder) if self._folder else self.tr(
            "None chosen yet: choose the folder your cloud client, network share or USB "
            "stick makes available."))  # fmt: skip
        self.state.setText(self._state_text())
        self.problem.setText(
            self.tr("The last sync failed: {reason}. It will be tried again.").format(
                reason=controller.problem) if controller and controller.problem else ""
        )  # fmt: skip
        self.problem.setVisible(bool(controller and controller.problem))
        self.sync_button.setEnabled(bool(self._folder) and not (controller and controller.running))
        if summary is None:
            return
        self.device.setText(summary.device_id)
        if summary.last_sync:
            self.last.setText(local_time(datetime.fromisoformat(summary.last_sync)))
        else:
            self.last.setText(self.tr("never"))
        waiting = self.tr("%n change(s)", "", summary.pending)
        if summary.outbox_files:
            waiting += " · " + self.tr("%n bundle(s) in the outbox", "", summary.outbox_files)
        self.pending.setText(waiting)
        received = [r for r in summary.sync_log if r.direction == "received"]
        self.latest.setText(self.describe_received(received[0]) if received else
                            self.tr("Nothing yet."))  # fmt: skip
        self._fill_history(summary.sync_log)

    def _state_text(self) -> str:
        controller = self._controller
        if controller is None:
            return ""
        if controller.running:
            return self.tr("Syncing…")
        if controller.deferred:
            return self.tr("Waiting for the recording to stop")
        network = {True: self.tr("online"), False: self.tr("offline"), None: self.tr(
            "network unknown")}[controller.online]  # fmt: skip
        folder = self.tr("shared folder available") if controller.folder_present else self.tr(
            "shared folder not available")  # fmt: skip
        return f"{network}, {folder}"

    def describe_received(self, row: SyncLogRow) -> str:
        tables: dict[str, int] = row.result.get("tables", {})
        words = {
            "appointments": lambda n: self.tr("%n appointment(s)", "", n),
            "interview_guides": lambda n: self.tr("%n guide version(s)", "", n),
            "consent_forms": lambda n: self.tr("%n consent-form version(s)", "", n),
            "codes": lambda n: self.tr("%n code(s)", "", n),
            "consent_withdrawals": lambda n: self.tr("%n withdrawal(s)", "", n),
        }
        parts = [words[t](tables[t]) for t in ASSIGNMENT_TABLES if tables.get(t)]
        others = sum(n for t, n in tables.items() if t not in ASSIGNMENT_TABLES)
        if others:
            parts.append(self.tr("%n other record(s)", "", others))
        text = self.tr("{when}: {what}.").format(
            when=local_time(row.at), what=", ".join(parts) or self.tr("nothing new")
        )
        for purge in row.result.get("purges", []):
            if isinstance(purge, dict) and "code" in purge:
                removed = self.tr("%n recording(s) or note(s) removed", "",
                                  int(purge["recordings"]) + int(purge["notes"]))  # fmt: skip
                detail = f"{purge['code']}: {removed}"
            else:
                detail = str(purge.get("detail", purge) if isinstance(purge, dict) else purge)
            text += "\n" + self.tr("Withdrawal carried out: {detail}").format(detail=detail)
        return text

    def _fill_history(self, rows: list[SyncLogRow]) -> None:
        self.history.setRowCount(len(rows))
        names = {
            "sent": self.tr("Sent"),
            "received": self.tr("Received"),
            "rejected": self.tr("Set aside"),
            "waiting": self.tr("Waiting for approval"),
        }
        for index, row in enumerate(rows):
            result = row.message or self._result_text(row.result)
            cells = (local_time(row.at), f"{names.get(row.direction, row.direction)}: "
                     f"{row.file_name}", QLocale().formattedDataSize(row.size), result)  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.history.setItem(index, column, item)
        self.history.resizeColumnsToContents()
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def _result_text(self, result: dict[str, Any]) -> str:
        if not result:
            return ""
        return self.tr("{added} added, {updated} updated, {conflicts} conflicts").format(
            added=result.get("added", 0), updated=result.get("updated", 0),
            conflicts=result.get("conflicts", 0))  # fmt: skip
