"""The consent audit in the app: what lacks the consent it needs, and removing it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecoscim_field.i18n.labels import consent_item_label, note_kind_label
from ecoscim_field.store.enums import NoteKind
from ecoscim_field.ui.translatable import Translatable

if TYPE_CHECKING:
    from ecoscim_field.domain.consent_audit import AuditFinding


class ConsentAuditDialog(Translatable, QDialog):
    """Findings of `consent audit`, one row each; purge by participant."""

    purge_requested = Signal(str)  # participant id

    def __init__(self, findings: list[AuditFinding], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._findings = findings
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(findings), 4, self)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.purge = QPushButton(self)
        self.purge.clicked.connect(self._purge_selected)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.purge, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 460)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Consent audit"))
        if self._findings:
            self.summary.setText(
                self.tr("%n recording(s) or note(s) lack the consent they need.", "",
                        len(self._findings))
            )  # fmt: skip
        else:
            self.summary.setText(self.tr("Every recording and note has the consent it needs."))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Participant"), self.tr("What"), self.tr("Consent item"), self.tr("Problem")]
        )
        kinds = {"recording": self.tr("Recording"), "note": self.tr("Note")}
        problems = {
            "no_consent": self.tr("no consent recorded"),
            "refused": self.tr("refused"),
            "withdrawn": self.tr("withdrawn"),
        }
        locale = QLocale()
        for row, f in enumerate(self._findings):
            if f.kind == "note":
                when = QDateTime.fromSecsSinceEpoch(int(f.at.timestamp())) if f.at else None
                what = f"{kinds['note']} ({note_kind_label(NoteKind(f.label))})"
                if when is not None:
                    what += ", " + locale.toString(when, QLocale.FormatType.ShortFormat)
            else:
                what = f"{kinds['recording']}: {f.label}"
            cells = (f.participant_code, what, consent_item_label(f.item), problems[f.problem])
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.purge.setText(self.tr("Remove for the selected participant…"))
        self.purge.setEnabled(bool(self._findings))

    def _purge_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.purge_requested.emit(self._findings[rows[0].row()].participant_id)
