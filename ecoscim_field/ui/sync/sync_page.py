"""Sync: what waits to go to the coordinator, and this laptop's identity."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ecoscim_field.ui.shell.page import AreaPage, PageHeader
from ecoscim_field.ui.shell.summary import StoreSummary
from ecoscim_field.ui.translatable import Translatable


class SyncPage(Translatable, AreaPage):
    """The state of this laptop's exchange with the coordinator."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summary: StoreSummary | None = None
        self.header = PageHeader(self)
        form = QFormLayout()
        self.pending_caption, self.pending = QLabel(self), QLabel(self)
        self.last_caption, self.last = QLabel(self), QLabel(self)
        self.device_caption, self.device = QLabel(self), QLabel(self)
        self.folder_caption, self.folder = QLabel(self), QLabel(self)
        for selectable in (self.device, self.folder):
            selectable.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for caption, value in (
            (self.pending_caption, self.pending),
            (self.last_caption, self.last),
            (self.device_caption, self.device),
            (self.folder_caption, self.folder),
        ):
            form.addRow(caption, value)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(form)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.header.title.setText(self.tr("Sync"))
        self.header.subtitle.setText(
            self.tr(
                "Your work travels to the coordinator as bundles through a shared folder "
                "whenever this laptop is back online."
            )
        )
        self.pending_caption.setText(self.tr("Changes waiting:"))
        self.last_caption.setText(self.tr("Last sync:"))
        self.last.setText(self.tr("never"))
        self.device_caption.setText(self.tr("This laptop's id:"))
        self.folder_caption.setText(self.tr("Data folder:"))
        if self._summary is not None:
            self.pending.setText(QLocale().toString(self._summary.pending))
            self.device.setText(self._summary.device_id)
            self.folder.setText(str(self._summary.folder))

    def show_summary(self, summary: StoreSummary) -> None:
        self._summary = summary
        self.retranslate()
