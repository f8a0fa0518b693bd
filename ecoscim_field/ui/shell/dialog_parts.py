"""Parts every form dialog shares: the line that says what is wrong, and Save / Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget


def problem_label(parent: QWidget) -> QLabel:
    """A red, wrapping line under a form: why it cannot be saved yet (empty when it can)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    return label


def save_cancel_buttons(
    dialog: QDialog, accept: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Save
) -> QDialogButtonBox:
    """`accept` (Save by default) and Cancel, wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(accept | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
