"""Recording a withdrawal of consent, in full or of some items, as a new fact."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ecoscim_field.store.enums import ConsentItem
from ecoscim_field.ui.translatable import Translatable

if TYPE_CHECKING:
    from ecoscim_field.domain.consent_forms import FormItem

REQUEST_CHANNELS = ("in_person", "phone", "email", "letter", "other")


@dataclass(frozen=True)
class WithdrawalChoice:
    """What the fieldworker recorded."""

    items: set[ConsentItem] | None  # None: everything
    requested_via: str
    withdrawn_at: datetime
    reason: str


class WithdrawalDialog(Translatable, QDialog):
    """Which items are withdrawn, how it was asked for, when and why."""

    def __init__(self, *, code: str, agreed: list[FormItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code = code
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.everything = QCheckBox(self)
        self.everything.toggled.connect(self._update)
        self.items_box = QGroupBox(self)
        items_layout = QVBoxLayout(self.items_box)
        self.item_checks: dict[ConsentItem, QCheckBox] = {}
        for item in agreed:
            if item.key is ConsentItem.PARTICIPATE:
                continue  # withdrawing participation is withdrawing everything
            check = QCheckBox(item.text, self.items_box)
            check.toggled.connect(self._update)
            self.item_checks[item.key] = check
            items_layout.addWidget(check)
        self.channel = QComboBox(self)
        for value in REQUEST_CHANNELS:
            self.channel.addItem("", value)
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setMaximumDate(QDate.currentDate())
        self.reason = QLineEdit(self)
        self.captions = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        for caption, widget in zip(
            self.captions, (self.channel, self.date, self.reason), strict=True
        ):
            form.addRow(caption, widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.everything)
        layout.addWidget(self.items_box)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(700)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Withdraw consent of {code}").format(code=self._code))
        self.intro.setText(
            self.tr(
                "A withdrawal is recorded as a new fact with its date; the consent record "
                "itself is kept. Afterwards you will be asked to remove the recordings and "
                "notes that the consent no longer covers."
            )
        )
        self.everything.setText(self.tr("Withdraw all consent (no longer takes part)"))
        self.items_box.setTitle(self.tr("Or withdraw only these items"))
        labels = (
            self.tr("In person"),
            self.tr("By phone"),
            self.tr("By e-mail"),
            self.tr("In writing"),
            self.tr("Other"),
        )
        for i, label in enumerate(labels):
            self.channel.setItemText(i, label)
        for caption, text in zip(
            self.captions,
            (self.tr("Requested:"), self.tr("Date:"), self.tr("Reason (optional):")),
            strict=True,
        ):
            caption.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Record withdrawal")
        )
        self._update()

    def _update(self) -> None:
        full = self.everything.isChecked()
        self.items_box.setEnabled(not full)
        chosen = full or any(c.isChecked() for c in self.item_checks.values())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(chosen)

    def choice(self) -> WithdrawalChoice:
        picked = self.date.date()
        day = date(picked.year(), picked.month(), picked.day())
        now = datetime.now(UTC)
        when = now if day == now.date() else datetime.combine(day, time(12), UTC)
        items = None if self.everything.isChecked() else {
            key for key, check in self.item_checks.items() if check.isChecked()
        }  # fmt: skip
        return WithdrawalChoice(items, str(self.channel.currentData()), when, self.reason.text())
