"""The interview screen: the guide on one side; the recorder and the notes on the other.

A fieldworker lives here for an hour: everything typed is saved when Enter is pressed,
stamped with the audio offset; the recorder keeps its audio on disk as it goes. Closing
the window stops and saves a running recording; nothing is asked, nothing is lost.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecoscim_field.audio.recorder import Meter
from ecoscim_field.domain.codebook import SHORTCUTS, CodeRow
from ecoscim_field.domain.guide_format import GuideContent
from ecoscim_field.domain.sessions import NoteRow, RecordGate
from ecoscim_field.i18n.labels import note_kind_label
from ecoscim_field.store.enums import NoteKind
from ecoscim_field.ui.interviews.code_bar import CodeBar, code_name, swatch
from ecoscim_field.ui.interviews.codebook_dialog import CodebookDialog
from ecoscim_field.ui.interviews.level_meter import LevelMeter
from ecoscim_field.ui.interviews.session_controller import SessionController
from ecoscim_field.ui.shell.dialog_parts import save_cancel_buttons
from ecoscim_field.ui.translatable import Translatable

REF = Qt.ItemDataRole.UserRole
CORE = Qt.ItemDataRole.UserRole + 1


def clock_text(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 3600:d}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


class ReflectionDialog(Translatable, QDialog):
    """The short reflection after an interview: setting, atmosphere, interruptions, follow-ups."""

    KEYS = ("setting", "atmosphere", "interruptions", "follow_ups")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = {key: QPlainTextEdit(self) for key in self.KEYS}
        self.captions = {key: QLabel(self) for key in self.KEYS}
        form = QFormLayout()
        for key in self.KEYS:
            self.fields[key].setMaximumHeight(70)
            form.addRow(self.captions[key], self.fields[key])
        self.buttons = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("After the interview"))
        texts = {
            "setting": self.tr("Setting:"),
            "atmosphere": self.tr("Atmosphere:"),
            "interruptions": self.tr("Interruptions:"),
            "follow_ups": self.tr("Follow-ups:"),
        }
        for key, label in self.captions.items():
            label.setText(texts[key])

    def values(self) -> dict[str, str]:
        return {key: field.toPlainText().strip() for key, field in self.fields.items()}


class InterviewWindow(Translatable, QWidget):
    """One interview: guide, recorder, notes. Owns its SessionController."""

    finished = Signal()
    consent_requested = Signal(str)  # participant id: take consent now (verbal)

    def __init__(
        self, *, controller: SessionController, who: str, guide: GuideContent | None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        controller.setParent(self)
        self._who, self._guide = who, guide
        self._closing = False
        self.heading = QLabel(self)
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.consent_bar = QLabel(self)
        self.consent_bar.setWordWrap(True)
        self.consent_bar.setStyleSheet("background: #fff4d6; padding: 6px; color: #5d4000;")
        self.confirm_consent_button = QPushButton(self)
        self.confirm_consent_button.clicked.connect(
            lambda: self.consent_requested.emit(controller.participant_id)
        )
        self.refuse_audio_button = QPushButton(self)
        self.refuse_audio_button.clicked.connect(controller.refuse_audio)

        # The guide.
        self.guide_box = QGroupBox(self)
        self.questions = QTreeWidget(self.guide_box)
        self.questions.setHeaderHidden(True)
        self.questions.setWordWrap(True)
        self.covered_button = QPushButton(self.guide_box)
        self.covered_button.clicked.connect(self.toggle_covered)
        self.next_button = QPushButton(self.guide_box)
        self.next_button.clicked.connect(self.next_question)
        guide_buttons = QHBoxLayout()
        guide_buttons.addWidget(self.covered_button)
        guide_buttons.addWidget(self.next_button)
        guide_layout = QVBoxLayout(self.guide_box)
        guide_layout.addWidget(self.questions, 1)
        guide_layout.addLayout(guide_buttons)
        self._fill_guide()

        # The recorder.
        self.recorder_box = QGroupBox(self)
        self.record_button = QPushButton(self.recorder_box)
        self.record_button.clicked.connect(self._record_clicked)
        self.pause_button = QPushButton(self.recorder_box)
        self.pause_button.clicked.connect(self._pause_clicked)
        self.meter = LevelMeter(self.recorder_box)
        self.elapsed = QLabel("0:00:00", self.recorder_box)
        elapsed_font = QFont(self.elapsed.font())
        elapsed_font.setPointSizeF(elapsed_font.pointSizeF() * 1.6)
        elapsed_font.setBold(True)
        self.elapsed.setFont(elapsed_font)
        self.device = QLabel(self.recorder_box)
        self.message = QLabel(self.recorder_box)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.elapsed)
        recorder_layout = QVBoxLayout(self.recorder_box)
        recorder_layout.addLayout(buttons)
        recorder_layout.addWidget(self.meter)
        recorder_layout.addWidget(self.device)
        recorder_layout.addWidget(self.message)

        # The notes.
        self.notes_box = QGroupBox(self)
        self.kind = QComboBox(self.notes_box)
        for kind in NoteKind:
            self.kind.addItem("", kind.value)
        self.note = QLineEdit(self.notes_box)
        self.note.returnPressed.connect(self.save_note)
        self.mark_button = QPushButton(self.notes_box)
        self.mark_button.clicked.connect(self.mark_moment)
        self.notes = QListWidget(self.notes_box)
        self.notes.setWordWrap(True)
        self.notes.currentItemChanged.connect(self._note_chosen)
        self.code_bar = CodeBar(self.notes_box)
        self.code_bar.code_chosen.connect(self.apply_code)
        self.code_bar.edit_requested.connect(self.edit_codebook)
        self.notes_hint = QLabel(self.notes_box)
        self.notes_hint.setWordWrap(True)
        self._codes: dict[str, CodeRow] = {}
        self._note_rows: dict[str, NoteRow] = {}
        entry = QHBoxLayout()
        entry.addWidget(self.kind)
        entry.addWidget(self.note, 1)
        entry.addWidget(self.mark_button)
        notes_layout = QVBoxLayout(self.notes_box)
        notes_layout.addLayout(entry)
        notes_layout.addWidget(self.code_bar)
        notes_layout.addWidget(self.notes_hint)
        notes_layout.addWidget(self.notes, 1)

        self.finish_button = QPushButton(self)
        self.finish_button.clicked.connect(self.finish)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.recorder_box)
        right_layout.addWidget(self.notes_box, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self.guide_box)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent_bar, 1)
        consent_row.addWidget(self.confirm_consent_button)
        consent_row.addWidget(self.refuse_audio_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(consent_row)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        QShortcut(QKeySequence(Qt.Key.Key_F8), self, self.next_question)
        QShortcut(QKeySequence(Qt.Key.Key_F9), self, self.mark_moment)
        for digit in SHORTCUTS:
            QShortcut(QKeySequence(f"Ctrl+{digit}"), self, lambda d=digit: self._code_key(d))
        controller.state_changed.connect(self._show_state)
        controller.level.connect(self._show_level)
        controller.elapsed.connect(lambda s: self.elapsed.setText(clock_text(s)))
        controller.problem.connect(self._show_problem)
        controller.disk_warning.connect(self._show_disk_warning)
        controller.note_saved.connect(self._add_note_row)
        controller.note_changed.connect(self._show_note)
        controller.codes_loaded.connect(self._show_codes)
        controller.load_codes()
        controller.gate_changed.connect(lambda _gate: self._show_state(controller.state))
        controller.audio_discarded.connect(self._show_discarded)
        self.resize(1100, 720)
        self.setMinimumWidth(760)
        self.retranslate()

    # --- texts ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        title = self._guide.title if self._guide else self.tr("no guide")
        self.setWindowTitle(self.tr("Interview with {who}").format(who=self._who))
        self.heading.setText(self.tr("Interview with {who} · {guide}").format(
            who=self._who, guide=title))  # fmt: skip
        self.guide_box.setTitle(self.tr("Guide"))
        self.recorder_box.setTitle(self.tr("Recording"))
        self.notes_box.setTitle(self.tr("Notes"))
        self.covered_button.setText(self.tr("Covered"))
        self.next_button.setText(self.tr("Next question (F8)"))
        self.mark_button.setText(self.tr("Mark this moment (F9)"))
        self.note.setPlaceholderText(self.tr("Type a note and press Enter: it is saved at once"))
        self.notes_hint.setText(
            self.tr("Codes go on the chosen note (the newest one unless you pick another).")
        )
        for i in range(self.kind.count()):
            self.kind.setItemText(i, note_kind_label(NoteKind(self.kind.itemData(i))))
        self.finish_button.setText(self.tr("Finish the interview…"))
        self.confirm_consent_button.setText(self.tr("Record the consent…"))
        self.refuse_audio_button.setText(self.tr("Audio refused"))
        self._show_state(self.controller.state)

    def _show_state(self, state: str) -> None:
        controller = self.controller
        recording = state in ("recording", "paused")
        self.record_button.setText(self.tr("Stop") if recording else self.tr("Record"))
        self.record_button.setEnabled(recording or controller.can_record)
        self.pause_button.setText(self.tr("Resume") if state == "paused" else self.tr("Pause"))
        self.pause_button.setEnabled(recording)
        gate = controller.gate
        pending = controller.consent_pending or gate is RecordGate.VERBAL_PENDING
        if gate is RecordGate.REFUSED:
            self.consent_bar.setText(self.tr("This participant has not agreed to audio "
                                             "recording: take notes only."))  # fmt: skip
        elif pending:
            self.consent_bar.setText(self.tr(
                "No consent recorded yet. You may start recording for the consent statement; "
                "record the consent right after it. If audio is refused, the recording is "
                "deleted at once."))  # fmt: skip
        self.consent_bar.setVisible(gate is RecordGate.REFUSED or pending)
        self.confirm_consent_button.setVisible(pending and gate is not RecordGate.REFUSED)
        self.refuse_audio_button.setVisible(pending and gate is not RecordGate.REFUSED)
        name = getattr(controller.recorder, "device_name", "") if controller.recorder else ""
        self.device.setText(self.tr("Input: {device}").format(device=name) if name else "")
        if state == "starting":
            self.message.setText("")

    def _show_level(self, meter: Meter) -> None:
        self.meter.show_level(meter)
        if self.meter.clipping:
            self.message.setText(self.tr("Too loud: the sound is clipping. Move the "
                                         "microphone away a little."))  # fmt: skip
        elif self.message.property("clip"):
            self.message.setText("")
        self.message.setProperty("clip", self.meter.clipping)

    def _show_problem(self, kind: str, detail: str) -> None:
        from ecoscim_field.audio.recorder import RecorderError
        from ecoscim_field.i18n.audio_messages import describe_problem, describe_recorder_error

        if kind in ("disk_full", "device_lost", "no_audio", "write_failed"):
            text = describe_problem(kind, detail)
            if kind == "device_lost":
                text += " " + self.tr("Connect a microphone and press Record to go on: the "
                                      "recording continues as a further segment.")  # fmt: skip
        else:
            text = describe_recorder_error(RecorderError(kind, detail))
        self.message.setText(text)

    def _show_disk_warning(self, minutes: int) -> None:
        self.message.setText(self.tr("Disk space for about {minutes} more minutes of "
                                     "recording.").format(minutes=minutes))  # fmt: skip

    def _show_discarded(self, count: int) -> None:
        self.message.setText(self.tr("Audio refused: %n recording(s) of this interview were "
                                     "deleted. Go on with notes only.", "", count))  # fmt: skip

    # --- guide ---------------------------------------------------------------------------------

    def _fill_guide(self) -> None:
        self.questions.clear()
        if self._guide is None:
            return
        for s_number, section in enumerate(self._guide.sections, start=1):
            heading = QTreeWidgetItem(self.questions, [f"{s_number}. {section.title}"])
            font = QFont(heading.font(0))
            font.setBold(True)
            heading.setFont(0, font)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for q_number, question in enumerate(section.questions, start=1):
                item = QTreeWidgetItem(heading, [question.text])
                item.setData(0, REF, f"{s_number}.{q_number}")
                item.setData(0, CORE, question.core)
                if question.probes:
                    item.setToolTip(0, "\n".join(f"• {p}" for p in question.probes))
                self._mark(item, covered=False)
        self.questions.expandAll()
        first = self._question_items()
        if first:
            self.questions.setCurrentItem(first[0])

    def _question_items(self) -> list[QTreeWidgetItem]:
        items = []
        for i in range(self.questions.topLevelItemCount()):
            section = self.questions.topLevelItem(i)
            if section is not None:
                items += [section.child(j) for j in range(section.childCount())]
        return [item for item in items if item is not None]

    def _mark(self, item: QTreeWidgetItem, *, covered: bool) -> None:
        core = bool(item.data(0, CORE))
        item.setData(0, Qt.ItemDataRole.CheckStateRole, None)
        prefix = "✓ " if covered else ("● " if core else "   ")
        text = item.text(0).lstrip("✓● ").strip()
        item.setText(0, prefix + text)
        item.setForeground(0, Qt.GlobalColor.darkGreen if covered else (
            Qt.GlobalColor.darkRed if core else Qt.GlobalColor.black))  # fmt: skip
        item.setData(0, Qt.ItemDataRole.UserRole + 2, covered)

    def current_ref(self) -> str:
        item = self.questions.currentItem()
        return str(item.data(0, REF) or "") if item is not None else ""

    def uncovered_core(self) -> list[str]:
        return [
            str(item.data(0, REF)) for item in self._question_items()
            if item.data(0, CORE) and not item.data(0, Qt.ItemDataRole.UserRole + 2)
        ]  # fmt: skip

    def toggle_covered(self) -> None:
        item = self.questions.currentItem()
        if item is None or not item.data(0, REF):
            return
        covered = not bool(item.data(0, Qt.ItemDataRole.UserRole + 2))
        self._mark(item, covered=covered)
        self.controller.mark_covered(str(item.data(0, REF)), covered)

    def next_question(self) -> None:
        """Mark the current question covered and move to the next one (F8)."""
        items = self._question_items()
        item = self.questions.currentItem()
        if item is None or item not in items:
            return
        if not item.data(0, Qt.ItemDataRole.UserRole + 2):
            self._mark(item, covered=True)
            self.controller.mark_covered(str(item.data(0, REF)), True)
        index = items.index(item)
        if index + 1 < len(items):
            self.questions.setCurrentItem(items[index + 1])

    # --- notes ---------------------------------------------------------------------------------

    def save_note(self) -> None:
        text = self.note.text().strip()
        if not text:
            return
        self.controller.add_note(text, NoteKind(self.kind.currentData()), self.current_ref())
        self.note.clear()

    def mark_moment(self) -> None:
        self.controller.add_note("", NoteKind(self.kind.currentData()), self.current_ref())

    def _note_text(self, note: NoteRow) -> str:
        stamp = clock_text(note.audio_offset_ms / 1000) if note.audio_offset_ms is not None else (
            note.written_at.astimezone().strftime("%H:%M:%S"))  # fmt: skip
        text = note.text or self.tr("(marked moment)")
        where = f" ({note.question_ref})" if note.question_ref else ""
        line = f"[{stamp}]{where} {note_kind_label(note.kind)}: {text}"
        names = [code_name(self._codes[c]) for c in note.codes if c in self._codes]
        return line + ("  — " + " · ".join(names) if names else "")

    def _add_note_row(self, note: NoteRow) -> None:
        item = QListWidgetItem()
        item.setData(REF, note.id)
        self.notes.addItem(item)
        self._show_note(note)
        self.notes.setCurrentItem(item)  # codes go on the newest note
        self.notes.scrollToBottom()

    def _item_of(self, note_id: str) -> QListWidgetItem | None:
        for row in range(self.notes.count()):
            if self.notes.item(row).data(REF) == note_id:
                return self.notes.item(row)
        return None

    def _show_note(self, note: NoteRow) -> None:
        self._note_rows[note.id] = note
        item = self._item_of(note.id)
        if item is None:
            return
        item.setText(self._note_text(note))
        colours = [self._codes[c].colour for c in note.codes if c in self._codes]
        item.setIcon(swatch(colours) if colours else QIcon())
        if item is self.notes.currentItem():
            self.code_bar.show_applied(note.codes)

    def _note_chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        note = self._note_rows.get(str(item.data(REF))) if item is not None else None
        self.code_bar.show_applied(note.codes if note is not None else ())

    def _show_codes(self, rows: list[CodeRow]) -> None:
        self._codes = {row.id: row for row in rows}
        self.code_bar.set_codes(rows)
        for note in list(self._note_rows.values()):
            self._show_note(note)
        self._note_chosen(self.notes.currentItem())

    def apply_code(self, code_id: str) -> None:
        """Put the code on the chosen note, or take it off if the note has it."""
        item = self.notes.currentItem() or self.notes.item(self.notes.count() - 1)
        if item is None:
            self.notes_hint.setText(self.tr("Type a note first: codes go on a note."))
            return
        self.controller.toggle_code(str(item.data(REF)), code_id)

    def _code_key(self, digit: str) -> None:
        code_id = self.code_bar.code_for_shortcut(digit)
        if code_id is not None:
            self.apply_code(code_id)

    def edit_codebook(self) -> CodebookDialog:
        dialog = CodebookDialog(store=self.controller.store, runner=self.controller.runner,
                                parent=self)  # fmt: skip
        dialog.changed.connect(self.controller.load_codes)
        dialog.open()
        return dialog

    # --- recorder ------------------------------------------------------------------------------

    def _record_clicked(self) -> None:
        if self.controller.state in ("recording", "paused"):
            self.controller.stop()
        else:
            self.controller.start()

    def _pause_clicked(self) -> None:
        if self.controller.state == "paused":
            self.controller.resume()
        else:
            self.controller.pause()

    # --- the end -------------------------------------------------------------------------------

    def finish(self) -> ReflectionDialog:
        dialog = ReflectionDialog(self)
        dialog.accepted.connect(
            lambda: self.controller.finish(dialog.values(), then=self._finished)
        )
        dialog.open()
        return dialog

    def _finished(self) -> None:
        self._closing = True
        self.finished.emit()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing and self.controller.state in ("recording", "paused", "starting"):
            # Never lose audio by closing: stop, save, then close.
            event.ignore()
            self.controller.stop(then=self._close_now)
            return
        super().closeEvent(event)

    def _close_now(self) -> None:
        self._closing = True
        self.close()
