"""Codes at hand: a button for each top-level code and each code with a shortcut, every
code of the codebook in a menu, and the codes of the chosen note shown pressed."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton, QWidget

from ecoscim_field.domain.codebook import CodeRow
from ecoscim_field.i18n.labels import code_label
from ecoscim_field.ui.translatable import Translatable

CODE_ID = Qt.ItemDataRole.UserRole + 20


def swatch(colours: list[str], size: int = 12) -> QIcon:
    """A small square of a code's colour (or stripes of several codes' colours)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    if colours:
        painter = QPainter(pixmap)
        width = size / len(colours)
        for index, colour in enumerate(colours):
            left = round(index * width)
            painter.fillRect(left, 0, round((index + 1) * width) - left, size, QColor(colour))
        painter.end()
    return QIcon(pixmap)


def code_name(row: CodeRow) -> str:
    return code_label(row.builtin_key, row.name)


class CodeBar(Translatable, QToolBar):
    """Emits `code_chosen(code_id)`; the screen applies it to the note it has chosen."""

    code_chosen = Signal(str)
    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIconSize(QSize(12, 12))
        self.rows: list[CodeRow] = []
        self.buttons: dict[str, QAction] = {}
        self.more = QToolButton(self)
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.more)
        self.more.setMenu(self.menu)
        self.edit_action = QAction(self)
        self.edit_action.triggered.connect(self.edit_requested)
        self.retranslate()

    def retranslate(self) -> None:
        self.more.setText(self.tr("More codes"))
        self.edit_action.setText(self.tr("Edit the codebook…"))
        self.set_codes(self.rows)

    def set_codes(self, rows: list[CodeRow]) -> None:
        applied = {code_id for code_id, action in self.buttons.items() if action.isChecked()}
        self.rows = rows
        self.clear()
        self.menu.clear()
        self.buttons = {}
        for row in rows:
            if row.depth == 0 or row.shortcut:
                action = self.addAction(swatch([row.colour]), code_name(row))
                action.setCheckable(True)
                action.setData(row.id)
                hint = self.tr("Ctrl+{digit}").format(digit=row.shortcut) if row.shortcut else ""
                action.setToolTip(
                    " · ".join(t for t in (code_name(row), hint, row.description) if t)
                )
                action.triggered.connect(lambda _checked=False, c=row.id: self._chosen(c))
                self.buttons[row.id] = action
            entry = self.menu.addAction(swatch([row.colour]), "    " * row.depth + code_name(row))
            entry.triggered.connect(lambda _checked=False, c=row.id: self.code_chosen.emit(c))
        self.menu.addSeparator()
        self.menu.addAction(self.edit_action)
        self.addWidget(self.more)
        self.show_applied(applied)

    def _chosen(self, code_id: str) -> None:
        # The pressed state follows the store, not the click: show_applied() sets it.
        self.buttons[code_id].setChecked(not self.buttons[code_id].isChecked())
        self.code_chosen.emit(code_id)

    def show_applied(self, code_ids: set[str] | tuple[str, ...]) -> None:
        for code_id, action in self.buttons.items():
            action.setChecked(code_id in code_ids)

    def code_for_shortcut(self, digit: str) -> str | None:
        return next((r.id for r in self.rows if r.shortcut == digit), None)
