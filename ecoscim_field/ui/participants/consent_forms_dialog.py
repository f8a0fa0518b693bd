"""Consent form versions: every version stays readable; coordinators add new ones."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ecoscim_field.ui.translatable import Translatable

if TYPE_CHECKING:
    from ecoscim_field.domain.consent_forms import FormView


class ConsentFormsDialog(Translatable, QDialog):
    """The list of form versions and the text of the chosen one."""

    add_requested = Signal()

    def __init__(
        self, forms: list[FormView], *, coordinator: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._forms = forms
        self._coordinator = coordinator
        self.versions = QListWidget(self)
        self.versions.setMaximumWidth(300)
        for _form in forms:
            self.versions.addItem(QListWidgetItem(""))
        self.text = QTextBrowser(self)
        self.versions.currentRowChanged.connect(self._show)
        self.add = QPushButton(self)
        self.add.setEnabled(coordinator)
        self.add.clicked.connect(self.add_requested.emit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.add, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.versions)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 560)
        self.retranslate()
        if forms:
            self.versions.setCurrentRow(0)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Consent forms"))
        for row, form in enumerate(self._forms):
            state = self.tr("in use") if form.current else self.tr("retired")
            self.versions.item(row).setText(
                self.tr("v{version} · {language} · {state}").format(
                    version=form.version, language=form.language, state=state
                )
            )
        self.add.setText(self.tr("Add a new version from files…"))
        self.add.setToolTip(
            self.tr("One template file (JSON) per language; see resources/consent/.")
            if self._coordinator
            else self.tr("Only coordinators add form versions.")
        )
        self._show(self.versions.currentRow())

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self._forms):
            self.text.clear()
            return
        form, e = self._forms[row], html.escape
        items = "".join(f"<li>{e(item.text)}</li>" for item in form.items)
        body = "".join(f"<p>{e(p)}</p>" for p in form.body.split("\n\n"))
        ethics = self.tr("Ethics reference: {ref}").format(ref=form.ethics_ref)
        self.text.setHtml(
            f"<h2>{e(form.title)}</h2><p><i>{e(ethics)}</i></p>{body}<ol>{items}</ol>"
            f"<p>{e(form.contact)}</p>"
        )
