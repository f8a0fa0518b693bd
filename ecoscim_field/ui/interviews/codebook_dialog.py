"""The codebook: the framework's dimensions and the team's own codes, as a tree.

Codes are added under a parent or at the top, given a colour and a shortcut (Ctrl+1 …
Ctrl+9 in the interview), archived when notes use them (never deleted then) and
restored. Every change is saved off the GUI thread; a refused one says why in the form.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecoscim_field.domain.codebook import SHORTCUTS, CodeError, CodeRow
from ecoscim_field.ui.interviews.code_bar import code_name, swatch
from ecoscim_field.ui.shell.dialog_parts import problem_label, save_cancel_buttons
from ecoscim_field.ui.translatable import Translatable

CODE_ID = Qt.ItemDataRole.UserRole


class CodeDialog(Translatable, QDialog):
    """One code's name, parent, colour, shortcut and description."""

    def __init__(
        self, *, rows: list[CodeRow], code: CodeRow | None = None,
        parent_id: str | None = None, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.code = code
        builtin = code is not None and bool(code.builtin_key)
        self.name = QLineEdit(self)
        self.name.setEnabled(not builtin)
        self.parent_code = QComboBox(self)
        self.parent_code.addItem("", None)
        # A code cannot go under itself or one of its own children.
        excluded = _subtree(rows, code.id) if code is not None else set()
        for row in rows:
            if row.id not in excluded:
                self.parent_code.addItem(swatch([row.colour]), "    " * row.depth + code_name(row),
                                         row.id)  # fmt: skip
        self.parent_code.setEnabled(not builtin)
        self.colour_button = QPushButton(self)
        self.colour_button.clicked.connect(self.choose_colour)
        self.shortcut = QComboBox(self)
        self.shortcut.addItem("", "")
        for digit in SHORTCUTS:
            self.shortcut.addItem(f"Ctrl+{digit}", digit)
        self.description = QPlainTextEdit(self)
        self.description.setFixedHeight(70)
        self.problem = problem_label(self)
        self.buttons = save_cancel_buttons(self)
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.colour = ""
        if code is not None:
            self.name.setText(code_name(code))
            self.parent_code.setCurrentIndex(max(0, self.parent_code.findData(code.parent_id)))
            self.set_colour(code.colour)
            self.shortcut.setCurrentIndex(max(0, self.shortcut.findData(code.shortcut)))
            self.description.setPlainText(code.description)
        else:
            self.parent_code.setCurrentIndex(max(0, self.parent_code.findData(parent_id)))
            parent_row = next((r for r in rows if r.id == parent_id), None)
            self.set_colour(parent_row.colour if parent_row else "")
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit code") if self.code else self.tr("New code"))
        while self.form.rowCount():
            self.form.takeRow(0)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Under"), self.parent_code)
        self.form.addRow(self.tr("Colour"), self.colour_button)
        self.form.addRow(self.tr("Shortcut"), self.shortcut)
        self.form.addRow(self.tr("Description"), self.description)
        self.parent_code.setItemText(0, self.tr("(top level)"))
        self.shortcut.setItemText(0, self.tr("none"))
        self.set_colour(self.colour)

    def set_colour(self, colour: str) -> None:
        self.colour = colour
        self.colour_button.setIcon(swatch([colour]) if colour else swatch([]))
        self.colour_button.setText(colour or self.tr("like the code above (or the next free)"))

    def choose_colour(self) -> QColorDialog:
        chooser = QColorDialog(QColor(self.colour or "#00897b"), self)
        chooser.colorSelected.connect(lambda colour: self.set_colour(colour.name()))
        chooser.open()
        return chooser

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "parent_id": self.parent_code.currentData(),
            "colour": self.colour or None,
            "shortcut": self.shortcut.currentData() or "",
            "description": self.description.toPlainText(),
        }


def _subtree(rows: list[CodeRow], code_id: str) -> set[str]:
    found = {code_id}
    for row in rows:  # tree order: a parent always comes before its children
        if row.parent_id in found:
            found.add(row.id)
    return found


class CodebookDialog(Translatable, QDialog):
    """The whole codebook; `changed` after every saved change."""

    changed = Signal()

    def __init__(self, *, store: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.runner = store, runner
        self.rows: list[CodeRow] = []
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(4)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_code())
        self.show_archived = QCheckBox(self)
        self.show_archived.toggled.connect(lambda _on: self.reload())
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(lambda: self.new_code(top_level=True))
        self.child_button = QPushButton(self)
        self.child_button.clicked.connect(lambda: self.new_code(top_level=False))
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit_code)
        self.archive_button = QPushButton(self)
        self.archive_button.clicked.connect(self.archive_code)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete_code)
        self.problem = problem_label(self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.child_button, self.edit_button,
                       self.archive_button, self.delete_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_archived)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        layout.addWidget(close)
        self.resize(760, 480)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Codebook"))
        self.tree.setHeaderLabels(
            [self.tr("Code"), self.tr("Shortcut"), self.tr("Notes"), self.tr("Description")]
        )
        self.new_button.setText(self.tr("New code…"))
        self.child_button.setText(self.tr("New code under this one…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.show_archived.setText(self.tr("Show archived codes"))
        self._fill()

    # --- reading -----------------------------------------------------------------------------

    def reload(self) -> None:
        archived = self.show_archived.isChecked()

        def load() -> list[CodeRow]:
            from ecoscim_field.domain.codebook import ensure_builtin_codes, list_codes

            ensure_builtin_codes(self.store)
            with self.store.reading() as session:
                return list_codes(session, archived=archived)

        self.runner.run(load, self._loaded)

    def _loaded(self, rows: list[CodeRow]) -> None:
        self.rows = rows
        self._fill()

    def _fill(self) -> None:
        chosen = self.chosen()
        self.tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        for row in self.rows:
            above = items.get(row.parent_id or "")
            item = QTreeWidgetItem(above) if above is not None else QTreeWidgetItem(self.tree)
            name = code_name(row)
            if row.archived:
                name = self.tr("{code} (archived)").format(code=name)
            item.setText(0, name)
            item.setIcon(0, swatch([row.colour]))
            item.setText(1, f"Ctrl+{row.shortcut}" if row.shortcut else "")
            item.setText(2, str(row.uses))
            item.setText(3, row.description)
            item.setData(0, CODE_ID, row.id)
            items[row.id] = item
            if chosen is not None and row.id == chosen.id:
                self.tree.setCurrentItem(item)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self._update_buttons()

    def chosen(self) -> CodeRow | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        code_id = item.data(0, CODE_ID)
        return next((r for r in self.rows if r.id == code_id), None)

    def _update_buttons(self) -> None:
        row = self.chosen()
        self.child_button.setEnabled(row is not None and not row.archived)
        self.edit_button.setEnabled(row is not None)
        team_code = row is not None and not row.builtin_key
        self.archive_button.setEnabled(team_code)
        self.archive_button.setText(
            self.tr("Restore") if row is not None and row.archived else self.tr("Archive")
        )
        self.delete_button.setEnabled(team_code and row is not None and row.uses == 0)

    # --- changing ------------------------------------------------------------------------------

    def new_code(self, *, top_level: bool) -> CodeDialog:
        row = self.chosen()
        parent_id = None if top_level or row is None else row.id
        dialog = CodeDialog(rows=[r for r in self.rows if not r.archived], parent_id=parent_id,
                            parent=self)  # fmt: skip
        dialog.buttons.accepted.disconnect()
        dialog.buttons.accepted.connect(lambda: self._save(dialog))
        dialog.open()
        return dialog

    def edit_code(self) -> CodeDialog | None:
        row = self.chosen()
        if row is None:
            return None
        dialog = CodeDialog(rows=[r for r in self.rows if not r.archived], code=row, parent=self)
        dialog.buttons.accepted.disconnect()
        dialog.buttons.accepted.connect(lambda: self._save(dialog))
        dialog.open()
        return dialog

    def _save(self, dialog: CodeDialog) -> None:
        values, code = dialog.values(), dialog.code

        def save() -> None:
            from ecoscim_field.domain.codebook import create_code, edit_code

            if code is None:
                create_code(self.store, **values)
            else:
                edit_code(self.store, code.id, name=values["name"],
                          colour=values["colour"] or code.colour, shortcut=values["shortcut"],
                          description=values["description"],
                          parent_id=values["parent_id"])  # fmt: skip

        def refused(error: BaseException) -> None:
            if isinstance(error, CodeError):
                dialog.problem.setText(describe_code_error(error.reason))
            else:
                self.runner.failed.emit(error)

        self.runner.run(save, lambda _none: self._saved(dialog), refused)

    def _saved(self, dialog: CodeDialog | None = None) -> None:
        if dialog is not None:
            dialog.done(QDialog.DialogCode.Accepted)
        self.problem.setText("")
        self.reload()
        self.changed.emit()

    def archive_code(self) -> None:
        row = self.chosen()
        if row is None:
            return

        def save() -> None:
            from ecoscim_field.domain.codebook import archive_code

            archive_code(self.store, row.id, archived=not row.archived)

        self.runner.run(save, lambda _none: self._saved(), self._refused)

    def delete_code(self) -> None:
        row = self.chosen()
        if row is None:
            return

        def save() -> None:
            from ecoscim_field.domain.codebook import delete_code

            delete_code(self.store, row.id)

        self.runner.run(save, lambda _none: self._saved(), self._refused)

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, CodeError):
            self.problem.setText(describe_code_error(error.reason))
        else:
            self.runner.failed.emit(error)


def describe_code_error(reason: str) -> str:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    texts = {
        "empty_name": translate("Codebook", "Give the code a name."),
        "duplicate_name": translate("Codebook", "A code with this name is already there."),
        "bad_colour": translate("Codebook", "Choose a colour for the code."),
        "shortcut_taken": translate(
            "Codebook", "Another code has this shortcut: choose another or none."
        ),
        "bad_shortcut": translate("Codebook", "A shortcut is Ctrl and a digit from 1 to 9."),
        "cycle": translate("Codebook", "A code cannot go under itself or one of its own codes."),
        "builtin": translate(
            "Codebook", "The framework's dimensions stay in the codebook: they cannot be removed."
        ),
        "in_use": translate(
            "Codebook",
            "Notes use this code or codes sit under it: archive it instead, so the notes keep it.",
        ),
        "archived": translate("Codebook", "This code is archived: restore it first."),
    }
    return texts.get(reason, reason)
