"""Editing an interview guide: its sections and questions in order, with a live preview.

The dialog is pure interface: `content()` returns what the editor holds as a GuideContent
and the caller saves it (a version that interviews used is kept; the edit becomes a new one).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QColor, QDragMoveEvent, QDropEvent, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecoscim_field.domain.guide_format import GuideContent, Question, Section
from ecoscim_field.i18n.labels import group_label
from ecoscim_field.store.enums import StakeholderGroup
from ecoscim_field.ui.shell.dialog_parts import problem_label, save_cancel_buttons
from ecoscim_field.ui.translatable import Translatable

KIND, TEXT, CORE, PROBES, NOTE = (Qt.ItemDataRole.UserRole + n for n in range(5))
SECTION, QUESTION = "section", "question"
Place = tuple[QTreeWidgetItem, int]  # (parent, row before the moving item is taken out)
Drop = QAbstractItemView.DropIndicatorPosition
_MOVABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled


def _is_section(item: QTreeWidgetItem | None) -> bool:
    return item is not None and item.data(0, KIND) == SECTION


def _dot(color: str | None) -> QIcon:
    """A small filled circle (or a blank of the same size, to keep texts aligned)."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    if color:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(color))
        painter.drawEllipse(2, 2, 8, 8)
        painter.end()
    return QIcon(pixmap)


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [child for i in range(item.childCount()) if (child := item.child(i)) is not None]


def _text(item: QTreeWidgetItem) -> str:
    return str(item.data(0, TEXT) or "")


def _section_item(title: str) -> QTreeWidgetItem:
    item = QTreeWidgetItem()
    item.setFlags(_MOVABLE | Qt.ItemFlag.ItemIsDropEnabled)  # questions may be dropped on it
    item.setData(0, KIND, SECTION)
    item.setData(0, TEXT, title)
    return item


def _question_item(question: Question) -> QTreeWidgetItem:
    item = QTreeWidgetItem()
    item.setFlags(_MOVABLE)
    for role, value in ((KIND, QUESTION), (TEXT, question.text), (CORE, question.core),
                        (PROBES, list(question.probes)), (NOTE, question.note)):  # fmt: skip
        item.setData(0, role, value)
    return item


def _question(item: QTreeWidgetItem) -> Question:
    probes = tuple(str(p) for p in item.data(0, PROBES) or ())
    return Question(_text(item).strip(), bool(item.data(0, CORE)), probes,
                    str(item.data(0, NOTE) or "").strip())  # fmt: skip


class GuideTree(QTreeWidget):
    """Sections (top level) and their questions; drops never nest sections or free questions."""

    moved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)

    def parent_of(self, item: QTreeWidgetItem) -> QTreeWidgetItem:
        return item.parent() or self.invisibleRootItem()

    def place_for(self, moving: QTreeWidgetItem, target: QTreeWidgetItem | None,
                  where: Drop) -> Place | None:  # fmt: skip
        """Where `moving` goes when dropped `where` on `target`; None if that is not allowed."""
        root, beside = self.invisibleRootItem(), where in (Drop.AboveItem, Drop.BelowItem)
        if _is_section(moving):
            if target is None or where == Drop.OnViewport:
                return root, root.childCount()
            if _is_section(target) and beside:
                return root, root.indexOfChild(target) + int(where == Drop.BelowItem)
            return None
        if target is not None and _is_section(target) and where == Drop.OnItem:
            return target, target.childCount()
        if target is not None and not _is_section(target) and beside:
            parent = self.parent_of(target)
            return parent, parent.indexOfChild(target) + int(where == Drop.BelowItem)
        return None

    def indicator_at(self, target: QTreeWidgetItem | None, pos: QPoint) -> Drop:
        """The drop position Qt itself would compute while dragging (same margins)."""
        if target is None:
            return Drop.OnViewport
        rect = self.visualItemRect(target)
        margin = max(2, min(round(rect.height() / 5.5), 12))
        if pos.y() - rect.top() < margin:
            return Drop.AboveItem
        if rect.bottom() - pos.y() < margin:
            return Drop.BelowItem
        if target.flags() & Qt.ItemFlag.ItemIsDropEnabled:
            return Drop.OnItem
        return Drop.AboveItem if pos.y() < rect.center().y() else Drop.BelowItem

    def move_item(self, item: QTreeWidgetItem, parent: QTreeWidgetItem, row: int) -> None:
        old = self.parent_of(item)
        old_row = old.indexOfChild(item)
        if old is parent and old_row < row:
            row -= 1
        old.takeChild(old_row)
        parent.insertChild(row, item)
        parent.setExpanded(True)
        item.setExpanded(True)
        self.setCurrentItem(item)
        self.moved.emit()

    def _drop_place(self, source: object, pos: QPoint) -> Place | None:
        selected = self.selectedItems()
        if not selected:
            return None
        target = self.itemAt(pos)
        # During a real drag Qt has computed (and drawn) the indicator; otherwise compute it.
        where = self.dropIndicatorPosition() if source is self else self.indicator_at(target, pos)
        return self.place_for(selected[0], target, where)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)
        refused = self._drop_place(event.source(), event.position().toPoint()) is None
        if event.isAccepted() and refused:
            event.ignore()  # the cursor shows that this drop is refused

    def dropEvent(self, event: QDropEvent) -> None:
        mime = self.model().mimeTypes()[0]
        place = None
        if event.mimeData().hasFormat(mime):
            place = self._drop_place(event.source(), event.position().toPoint())
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()
        if place is None:
            event.ignore()
            return
        # The move is done here. A MoveAction result would make startDrag() delete the
        # selected (moved) item, and InternalMove drags do not allow CopyAction.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        self.move_item(self.selectedItems()[0], *place)


class GuideEditorDialog(Translatable, QDialog):
    """A guide's title, audience and ordered questions; `content()` returns what it holds."""

    def __init__(
        self,
        *,
        content: GuideContent | None,
        case_studies: list[tuple[str, str]],  # (id, name)
        languages: list[tuple[str, str]],  # (code, display name)
        used: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._original, self._loading = content, False
        self._core_icon, self._blank_icon = _dot("#2e7d32"), _dot(None)
        self.title = QLineEdit(self)
        self.group = QComboBox(self)
        for group in StakeholderGroup:
            self.group.addItem(group_label(group), group.value)
        self.language = QComboBox(self)
        for code, name in languages:
            self.language.addItem(name, code)
        self.case_study = QComboBox(self)
        self.case_study.addItem("", None)
        for cid, name in case_studies:
            self.case_study.addItem(name, cid)
        self.captions = {key: QLabel(self) for key in ("title", "group", "language", "case")}
        form = QFormLayout()
        for key, widget in (("title", self.title), ("group", self.group),
                            ("language", self.language), ("case", self.case_study)):  # fmt: skip
            form.addRow(self.captions[key], widget)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #37474f; background: #e8f0f7; padding: 4px;")
        self.notice.setVisible(used)

        self.tree = GuideTree(self)
        self.add_section_button, self.add_question_button = QPushButton(self), QPushButton(self)
        self.up_button, self.down_button = QPushButton(self), QPushButton(self)
        self.remove_button = QPushButton(self)
        left = QWidget(self)
        left_layout = QGridLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 0, 0, 1, 6)
        left_layout.addWidget(self.add_section_button, 1, 0, 1, 3)
        left_layout.addWidget(self.add_question_button, 1, 3, 1, 3)
        for column, button in enumerate((self.up_button, self.down_button, self.remove_button)):
            left_layout.addWidget(button, 2, 2 * column, 1, 2)

        self.details = QStackedWidget(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.section_title = QLineEdit(self)
        self.question_text = QPlainTextEdit(self)
        self.core = QCheckBox(self)
        self.probes = QPlainTextEdit(self)
        self.note = QLineEdit(self)
        for edit in (self.question_text, self.probes):
            edit.setTabChangesFocus(True)
        self.detail_captions = {key: QLabel(self) for key in ("section", "text", "probes", "note")}
        for key, buddy in (("section", self.section_title), ("text", self.question_text),
                           ("probes", self.probes), ("note", self.note)):  # fmt: skip
            self.detail_captions[key].setBuddy(buddy)
        section_page, question_page = QWidget(self), QWidget(self)
        section_layout = QVBoxLayout(section_page)
        section_layout.addWidget(self.detail_captions["section"])
        section_layout.addWidget(self.section_title)
        section_layout.addStretch(1)
        question_layout = QVBoxLayout(question_page)
        parts: tuple[tuple[QWidget, int], ...] = (
            (self.detail_captions["text"], 0), (self.question_text, 3), (self.core, 0),
            (self.detail_captions["probes"], 0), (self.probes, 2),
            (self.detail_captions["note"], 0), (self.note, 0),
        )  # fmt: skip
        for part, stretch in parts:
            question_layout.addWidget(part, stretch)
        for page in (self.hint, section_page, question_page):
            self.details.addWidget(page)
        self._section_page, self._question_page = section_page, question_page

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([320, 400])
        self.preview = QTextBrowser(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(splitter, "")
        self.tabs.addTab(self.preview, "")

        self.problem = problem_label(self)
        self.buttons = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self._load(content)
        self.tree.currentItemChanged.connect(self._show_details)
        self.tree.moved.connect(self._changed)
        self.title.textChanged.connect(self._changed)
        for combo in (self.group, self.language, self.case_study):
            combo.currentIndexChanged.connect(self._changed)
        self.section_title.textChanged.connect(self._edited)
        self.question_text.textChanged.connect(self._edited)
        self.core.toggled.connect(self._edited)
        self.probes.textChanged.connect(self._edited)
        self.note.textChanged.connect(self._edited)
        self.add_section_button.clicked.connect(self._add_section)
        self.add_question_button.clicked.connect(self._add_question)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self._remove)
        self.tabs.currentChanged.connect(self._refresh_preview)
        self.setMinimumWidth(600)
        self.resize(760, 560)
        self._show_details(self.tree.currentItem())
        self.retranslate()

    def retranslate(self) -> None:
        new, edit = self.tr("New interview guide"), self.tr("Edit interview guide")
        self.setWindowTitle(new if self._original is None else edit)
        captions = {
            "title": self.tr("Title:"),
            "group": self.tr("Stakeholder group:"),
            "language": self.tr("Language:"),
            "case": self.tr("Case study:"),
            "section": self.tr("Section title:"),
            "text": self.tr("Question:"),
            "probes": self.tr("Probes (one per line):"),
            "note": self.tr("Note to the interviewer:"),
        }
        for key, label in (*self.captions.items(), *self.detail_captions.items()):
            label.setText(captions[key])
        for index, group in enumerate(StakeholderGroup):
            self.group.setItemText(index, group_label(group))
        self.case_study.setItemText(0, self.tr("(any)"))
        self.notice.setText(self.tr(
            "Interviews have used this version of the guide. Saving keeps that version as it "
            "is and saves your changes as a new version."))  # fmt: skip
        self.add_section_button.setText(self.tr("Add section"))
        self.add_question_button.setText(self.tr("Add question"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.remove_button.setText(self.tr("Remove"))
        self.core.setText(self.tr("Core question (must be covered)"))
        self.hint.setText(self.tr("Select a section or a question to edit it."))
        self.tree.setToolTip(self.tr("Drag sections and questions to reorder them."))
        self.tabs.setTabText(0, self.tr("Edit"))
        self.tabs.setTabText(1, self.tr("Preview"))
        self._changed()

    def content(self) -> GuideContent:
        """What the editor holds now; key, version and extra fields of the original are kept."""
        root, original = self.tree.invisibleRootItem(), self._original
        sections = tuple(
            Section(_text(s).strip(), tuple(_question(q) for q in _children(s)))
            for s in _children(root)
        )
        case_index = self.case_study.currentIndex()
        return GuideContent(
            title=self.title.text().strip(),
            stakeholder_group=StakeholderGroup(self.group.currentData()),
            language=str(self.language.currentData() or ""),
            sections=sections,
            case_study=self.case_study.itemText(case_index) if case_index > 0 else None,
            key=original.key if original else None,
            version=original.version if original else None,
            extra=dict(original.extra) if original else {},
        )

    def case_study_id(self) -> str | None:
        """The chosen case study's id (None for any, or for a name not in the list)."""
        data = self.case_study.currentData()
        return str(data) if data else None

    def accept(self) -> None:
        if not self._problem():
            super().accept()

    def _load(self, content: GuideContent | None) -> None:
        root = self.tree.invisibleRootItem()
        if content is None:
            section = _section_item("")
            root.addChild(section)
            section.addChild(_question_item(Question("")))
            section.setExpanded(True)
            self.tree.setCurrentItem(_children(section)[0])
            return
        self.title.setText(content.title)
        self.group.setCurrentIndex(self.group.findData(content.stakeholder_group.value))
        if self.language.findData(content.language) < 0:
            self.language.addItem(content.language, content.language)
        self.language.setCurrentIndex(self.language.findData(content.language))
        if content.case_study:
            found = self.case_study.findText(content.case_study, Qt.MatchFlag.MatchExactly)
            if found <= 0:
                self.case_study.addItem(content.case_study, None)
                found = self.case_study.count() - 1
            self.case_study.setCurrentIndex(found)
        for part in content.sections:
            item = _section_item(part.title)
            root.addChild(item)
            for question in part.questions:
                item.addChild(_question_item(question))
            item.setExpanded(True)
        if root.childCount():
            self.tree.setCurrentItem(_children(root)[0])

    def _show_details(self, item: QTreeWidgetItem | None) -> None:
        self._loading = True
        try:
            if item is None:
                self.details.setCurrentWidget(self.hint)
            elif _is_section(item):
                self.section_title.setText(_text(item))
                self.details.setCurrentWidget(self._section_page)
            else:
                self.question_text.setPlainText(_text(item))
                self.core.setChecked(bool(item.data(0, CORE)))
                self.probes.setPlainText("\n".join(str(p) for p in item.data(0, PROBES) or ()))
                self.note.setText(str(item.data(0, NOTE) or ""))
                self.details.setCurrentWidget(self._question_page)
        finally:
            self._loading = False
        self._update_buttons()

    def _edited(self) -> None:
        item = self.tree.currentItem()
        if self._loading or item is None:
            return
        if _is_section(item):
            item.setData(0, TEXT, self.section_title.text())
        else:
            probes = [line.strip() for line in self.probes.toPlainText().splitlines()]
            for role, value in ((TEXT, self.question_text.toPlainText()),
                                (CORE, self.core.isChecked()), (PROBES, [p for p in probes if p]),
                                (NOTE, self.note.text())):  # fmt: skip
                item.setData(0, role, value)
        self._changed()

    def _changed(self) -> None:
        root, number = self.tree.invisibleRootItem(), 0
        grey, core_tip = QColor("#757575"), self.tr("Core question (must be covered)")
        for i, section in enumerate(_children(root), 1):
            title = " ".join(_text(section).split())
            section.setText(0, f"{i}. {title or self.tr('(untitled section)')}")
            section.setData(0, Qt.ItemDataRole.ForegroundRole, None if title else grey)
            font = section.font(0)
            font.setBold(True)
            section.setFont(0, font)
            for question in _children(section):
                number += 1
                text, core = " ".join(_text(question).split()), bool(question.data(0, CORE))
                shown = f"{number}. {text or self.tr('(new question)')}"
                question.setText(0, shown)
                question.setIcon(0, self._core_icon if core else self._blank_icon)
                question.setToolTip(0, f"{text}\n({core_tip})" if core else text)
                question.setData(0, Qt.ItemDataRole.AccessibleTextRole,
                                 f"{shown} ({core_tip})" if core else shown)  # fmt: skip
                question.setData(0, Qt.ItemDataRole.ForegroundRole, None if text else grey)
        problem = self._problem()
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)
        self._update_buttons()
        self._refresh_preview()

    def _problem(self) -> str:
        if not self.title.text().strip():
            return self.tr("A guide needs a title.")
        root, number = self.tree.invisibleRootItem(), 0
        if not root.childCount():
            return self.tr("A guide needs at least one section.")
        for i, section in enumerate(_children(root), 1):
            if not _text(section).strip():
                return self.tr("Section {number} needs a title.").format(number=i)
            if not section.childCount():
                return self.tr("Section {number} needs at least one question.").format(number=i)
            for question in _children(section):
                number += 1
                if not _text(question).strip():
                    return self.tr("Question {number} needs its text.").format(number=number)
        return ""

    def _step_place(self, item: QTreeWidgetItem | None, step: int) -> Place | None:
        """Where Move up (-1) or Move down (+1) takes the item; questions cross sections."""
        if item is None:
            return None
        parent = self.tree.parent_of(item)
        row = parent.indexOfChild(item) + step
        if 0 <= row < parent.childCount():
            return parent, row + int(step > 0)  # rows count before the item is taken out
        if _is_section(item):
            return None
        sections = _children(self.tree.invisibleRootItem())
        other = sections.index(parent) + step
        if not 0 <= other < len(sections):
            return None
        return sections[other], sections[other].childCount() if step < 0 else 0

    def _update_buttons(self) -> None:
        item = self.tree.currentItem()
        self.add_question_button.setEnabled(item is not None)
        self.remove_button.setEnabled(item is not None)
        self.up_button.setEnabled(self._step_place(item, -1) is not None)
        self.down_button.setEnabled(self._step_place(item, 1) is not None)

    def _add_section(self) -> None:
        root, current = self.tree.invisibleRootItem(), self.tree.currentItem()
        if current is not None and not _is_section(current):
            current = current.parent()
        item = _section_item("")
        root.insertChild(root.indexOfChild(current) + 1 if current else root.childCount(), item)
        self.tree.setCurrentItem(item)
        self._changed()
        self.section_title.setFocus()

    def _add_question(self) -> None:
        current = self.tree.currentItem()
        if current is None:
            return
        if _is_section(current):
            parent, row = current, current.childCount()
        else:
            parent = self.tree.parent_of(current)
            row = parent.indexOfChild(current) + 1
        item = _question_item(Question(""))
        parent.insertChild(row, item)
        parent.setExpanded(True)
        self.tree.setCurrentItem(item)
        self._changed()
        self.question_text.setFocus()

    def _move(self, step: int) -> None:
        item = self.tree.currentItem()
        place = self._step_place(item, step)
        if item is not None and place is not None:
            self.tree.move_item(item, *place)

    def _remove(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        parent = self.tree.parent_of(item)
        row = parent.indexOfChild(item)
        parent.takeChild(row)
        if siblings := _children(parent):
            self.tree.setCurrentItem(siblings[min(row, len(siblings) - 1)])
        elif parent is not self.tree.invisibleRootItem():
            self.tree.setCurrentItem(parent)
        self._show_details(self.tree.currentItem())
        self._changed()

    def _refresh_preview(self) -> None:
        content, esc = self.content(), html.escape
        grey = "color: #757575;"
        core_word = self.tr("core question")  # not inside the f-string: lupdate misses those
        core_mark = f' <span style="color: #1b5e20;">● {esc(core_word)}</span>'
        case = content.case_study or self.tr("any case study")
        meta = " · ".join((group_label(content.stakeholder_group), self.language.currentText(),
                           case))  # fmt: skip
        title = esc(content.title) or esc(self.tr("(untitled guide)"))
        parts = [f"<h2>{title}</h2>", f'<p style="{grey}">{esc(meta)}</p>']
        number = 0
        for i, section in enumerate(content.sections, 1):
            section_title = esc(section.title) or esc(self.tr("(untitled section)"))
            parts.append(f"<h3>{i}. {section_title}</h3>")
            for question in section.questions:
                number += 1
                text = esc(question.text).replace("\n", "<br>") or esc(self.tr("(new question)"))
                core = core_mark if question.core else ""
                parts.append(f"<p><b>{number}.</b> {text}{core}</p>")
                if question.probes:
                    items = "".join(f"<li>{esc(probe)}</li>" for probe in question.probes)
                    parts.append(f"<ul>{items}</ul>")
                if question.note:
                    parts.append(
                        f'<p style="margin-left: 24px; {grey}"><i>{esc(question.note)}</i></p>'
                    )
        self.preview.setHtml("".join(parts))
