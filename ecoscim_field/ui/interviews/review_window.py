"""Reviewing an interview: the whole recording as a waveform with every note and marker at
its time, playback from any point, and the notes, which can be corrected and coded.

A click on a note plays from a few seconds before it (what was said just before a note is
usually what it is about). Reading the store, drawing the overview and opening the
output device happen off the GUI thread; the playhead follows a timer.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol
from zoneinfo import ZoneInfo

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecoscim_field.audio.player import PlayerError, Segment
from ecoscim_field.domain.codebook import SHORTCUTS, CodeRow
from ecoscim_field.domain.sessions import NoteRow, ReviewData
from ecoscim_field.i18n.labels import note_kind_label
from ecoscim_field.store.enums import NoteKind
from ecoscim_field.ui.interviews.code_bar import CodeBar, code_name, swatch
from ecoscim_field.ui.interviews.codebook_dialog import CodebookDialog
from ecoscim_field.ui.interviews.interview_window import clock_text
from ecoscim_field.ui.interviews.note_coding import NoteCoding
from ecoscim_field.ui.interviews.waveform import Waveform
from ecoscim_field.ui.shell.dialog_parts import save_cancel_buttons
from ecoscim_field.ui.translatable import Translatable

PREROLL_S = 4.0  # a click on a note plays from this long before it
POSITION_MS = 40
NOTE_ID = Qt.ItemDataRole.UserRole
KIND_COLOURS = {
    NoteKind.OBSERVATION: "#90caf9",
    NoteKind.QUOTE: "#ffcc80",
    NoteKind.FOLLOW_UP: "#ce93d8",
    NoteKind.REFLECTION: "#a5d6a7",
}
MARKER_COLOUR = "#fff176"


class PlayerLike(Protocol):
    """What the review needs of a player (audio.player.Player, or a test double)."""

    duration_s: float
    playing: bool

    @property
    def position_s(self) -> float: ...
    def play(self, from_s: float | None = None) -> None: ...
    def pause(self) -> None: ...
    def seek(self, seconds: float) -> None: ...
    def close(self) -> None: ...


PlayerFactory = Callable[[list[Segment], str | None], PlayerLike]


def default_player(segments: list[Segment], device: str | None) -> PlayerLike:
    from ecoscim_field.audio.player import Player

    return Player(segments, device)


class ReviewController(NoteCoding):
    """The review's store work: load the session and its overview."""

    loaded = Signal(object, object)  # ReviewData, peaks (np.ndarray)

    def __init__(self, *, store: Any, runner: Any, session_id: str) -> None:
        super().__init__()
        self.store, self.runner, self.session_id = store, runner, session_id

    def load(self) -> None:
        def read() -> tuple[ReviewData, np.ndarray]:
            from ecoscim_field.audio.player import overview, timeline
            from ecoscim_field.domain.sessions import load_review

            with self.store.reading() as session:
                data = load_review(session, self.session_id)
            return data, overview(timeline(self.files(data)))

        self.runner.run(read, lambda result: self.loaded.emit(*result))

    def files(self, data: ReviewData) -> list[tuple[Path, float, int]]:
        from ecoscim_field.store.database import RECORDINGS_DIR

        folder = self.store.folder / RECORDINGS_DIR
        return [(folder / name, duration, rate) for name, duration, rate in data.files]


class NoteDialog(Translatable, QDialog):
    """A note's words and kind, changed after the interview; its stamps stay."""

    def __init__(self, note: NoteRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note_row = note
        self.kind = QComboBox(self)
        for kind in NoteKind:
            self.kind.addItem("", kind.value)
        self.kind.setCurrentIndex(self.kind.findData(note.kind.value))
        self.text = QPlainTextEdit(note.text, self)
        self.stamp = QLabel(self)
        self.stamp.setWordWrap(True)
        self.buttons = save_cancel_buttons(self)
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.stamp)
        layout.addWidget(self.buttons)
        self.resize(520, 260)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit note"))
        while self.form.rowCount():
            self.form.takeRow(0)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Note"), self.text)
        for i in range(self.kind.count()):
            self.kind.setItemText(i, note_kind_label(NoteKind(self.kind.itemData(i))))
        note = self.note_row
        at = clock_text(note.audio_offset_ms / 1000) if note.audio_offset_ms is not None else "–"
        self.stamp.setText(
            self.tr("Stamped at {at} in the audio, typed at {time}: the stamp stays.").format(
                at=at, time=note.written_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            )
        )

    def values(self) -> tuple[str, NoteKind]:
        return self.text.toPlainText(), NoteKind(self.kind.currentData())


class ReviewWindow(Translatable, QWidget):
    """One session, after the interview."""

    def __init__(
        self, *, store: Any, runner: Any, session_id: str, at_ms: int | None = None,
        device: str | None = None, player_factory: PlayerFactory = default_player,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = ReviewController(store=store, runner=runner, session_id=session_id)
        self.controller.setParent(self)
        self._device, self._factory, self._at_ms = device, player_factory, at_ms
        self.data: ReviewData | None = None
        self.player: PlayerLike | None = None
        self._codes: dict[str, CodeRow] = {}
        self._notes: dict[str, NoteRow] = {}
        self._opening = False
        self._start_s = 0.0  # the position before the player exists

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.waveform = Waveform(self)
        self.waveform.seek_requested.connect(self.seek)
        self.waveform.mark_clicked.connect(lambda note_id: self.choose_note(note_id, play=True))
        self.play_button = QPushButton(self)
        self.play_button.clicked.connect(self.toggle_play)
        self.back_button = QPushButton(self)
        self.back_button.clicked.connect(lambda: self.skip(-10.0))
        self.forward_button = QPushButton(self)
        self.forward_button.clicked.connect(lambda: self.skip(10.0))
        self.position = QLabel("0:00:00 / 0:00:00", self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        transport = QHBoxLayout()
        for widget in (self.back_button, self.play_button, self.forward_button, self.position):
            transport.addWidget(widget)
        transport.addWidget(self.message, 1)

        self.notes = QTreeWidget(self)
        self.notes.setColumnCount(5)
        self.notes.setRootIsDecorated(False)
        self.notes.setWordWrap(True)
        self.notes.setAlternatingRowColors(True)
        # The note's words get the room; time, question, kind and codes what they need.
        header = self.notes.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.notes.itemClicked.connect(
            lambda item, _column: self.choose_note(str(item.data(0, NOTE_ID)), play=True)
        )
        self.notes.currentItemChanged.connect(lambda *_: self._show_chosen_codes())
        self.notes.itemDoubleClicked.connect(lambda *_: self.edit_note())
        self.code_bar = CodeBar(self)
        self.code_bar.code_chosen.connect(self.apply_code)
        self.code_bar.edit_requested.connect(self.edit_codebook)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit_note)
        note_tools = QHBoxLayout()
        note_tools.addWidget(self.code_bar, 1)
        note_tools.addWidget(self.edit_button)
        notes_box = QWidget(self)
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addLayout(note_tools)
        notes_layout.addWidget(self.notes, 1)
        self.reflection_box = QGroupBox(self)
        self.reflection = QLabel(self.reflection_box)
        self.reflection.setWordWrap(True)
        self.reflection.setAlignment(Qt.AlignmentFlag.AlignTop)
        QVBoxLayout(self.reflection_box).addWidget(self.reflection)
        splitter = QSplitter(self)
        splitter.addWidget(notes_box)
        splitter.addWidget(self.reflection_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.waveform)
        layout.addLayout(transport)
        layout.addWidget(splitter, 1)

        self._timer = QTimer(self)
        self._timer.setInterval(POSITION_MS)
        self._timer.timeout.connect(self._follow)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self, self.toggle_play)
        for digit in SHORTCUTS:
            QShortcut(QKeySequence(f"Ctrl+{digit}"), self, lambda d=digit: self._code_key(d))
        self.controller.loaded.connect(self._loaded)
        self.controller.note_changed.connect(self._show_note)
        self.controller.codes_loaded.connect(self._show_codes)
        self.resize(1100, 720)
        self.retranslate()
        self.controller.load_codes()
        self.controller.load()

    # --- texts -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Review of the interview"))
        self.back_button.setText(self.tr("Back 10 s"))
        self.forward_button.setText(self.tr("Forward 10 s"))
        self.edit_button.setText(self.tr("Edit note…"))
        self.reflection_box.setTitle(self.tr("Reflection"))
        self.notes.setHeaderLabels(
            [self.tr("Time"), self.tr("Question"), self.tr("Kind"), self.tr("Note"),
             self.tr("Codes")]
        )  # fmt: skip
        self._show_playing()
        if self.data is not None:
            self._show_data(self.data)

    def _show_playing(self) -> None:
        playing = self.player is not None and self.player.playing
        self.play_button.setText(self.tr("Pause (Space)") if playing else self.tr("Play (Space)"))

    # --- loading ---------------------------------------------------------------------------------

    def _loaded(self, data: ReviewData, peaks: np.ndarray) -> None:
        self.data = data
        duration = sum(d for _name, d, _rate in data.files)
        self.waveform.set_audio(peaks, duration)
        self._show_data(data)
        if self._at_ms is not None:
            found = next((n for n in data.notes if n.audio_offset_ms == self._at_ms), None)
            self.seek(max(0.0, self._at_ms / 1000 - PREROLL_S))
            if found is not None:
                self.choose_note(found.id, play=False)
        self._follow()

    def _show_data(self, data: ReviewData) -> None:
        duration = sum(d for _name, d, _rate in data.files)
        # Mexico City time, as every planning screen shows it, whatever the laptop's zone
        local = data.started_at.astimezone(ZoneInfo("America/Mexico_City"))
        started = local.strftime("%Y-%m-%d %H:%M")
        words = [self.tr("{start}, {length} of audio").format(
            start=started, length=clock_text(duration))]  # fmt: skip
        if data.recovered:
            words.append(self.tr("includes recovered audio"))
        if not data.files:
            words.append(self.tr("no audio was recorded"))
        guide = data.guide_title or self.tr("no guide")
        self.heading.setText(f"<b>{_esc(data.who)}</b> · {_esc(guide)}<br>{_esc(', '.join(words))}")
        labels = {
            "setting": self.tr("Setting"),
            "atmosphere": self.tr("Atmosphere"),
            "interruptions": self.tr("Interruptions"),
            "follow_ups": self.tr("Follow-ups"),
        }
        shown = [f"<b>{_esc(labels.get(k, k))}</b>: {_esc(v)}" for k, v in data.reflection.items()
                 if v]  # fmt: skip
        self.reflection.setText("<br>".join(shown) or self.tr("No reflection was written."))
        chosen = self.chosen_note()
        self.notes.clear()
        for note in data.notes:
            item = QTreeWidgetItem(self.notes)
            item.setData(0, NOTE_ID, note.id)
            self._show_note(note)
        self._mark_all()
        if chosen is not None:
            self.choose_note(chosen, play=False)

    def _item(self, note_id: str) -> QTreeWidgetItem | None:
        for index in range(self.notes.topLevelItemCount()):
            item = self.notes.topLevelItem(index)
            if item is not None and item.data(0, NOTE_ID) == note_id:
                return item
        return None

    def _show_note(self, note: NoteRow) -> None:
        self._notes[note.id] = note
        if self.data is not None:
            self.data.notes[:] = [note if n.id == note.id else n for n in self.data.notes]
        item = self._item(note.id)
        if item is None:
            return
        stamp = clock_text(note.audio_offset_ms / 1000) if note.audio_offset_ms is not None \
            else "–"  # fmt: skip
        question = self.data.questions.get(note.question_ref, "") if self.data else ""
        item.setText(0, stamp)
        item.setText(1, note.question_ref)
        item.setToolTip(1, question)
        item.setText(2, note_kind_label(note.kind))
        text = note.text or self.tr("(marked moment)")
        item.setText(3, text + (" " + self.tr("(edited)") if note.edited else ""))
        names = [code_name(self._codes[c]) for c in note.codes if c in self._codes]
        item.setText(4, " · ".join(names))
        colours = [self._codes[c].colour for c in note.codes if c in self._codes]
        item.setIcon(4, swatch(colours) if colours else QIcon())
        if item is self.notes.currentItem():
            self.code_bar.show_applied(note.codes)
        self._mark_all()

    def _mark_all(self) -> None:
        marks = []
        for note in self._notes.values():
            if note.audio_offset_ms is None:
                continue
            colour = MARKER_COLOUR if not note.text else KIND_COLOURS[note.kind]
            marks.append((note.audio_offset_ms / 1000, colour, note.id))
        self.waveform.set_marks(sorted(marks))

    def _show_codes(self, rows: list[CodeRow]) -> None:
        self._codes = {row.id: row for row in rows}
        self.code_bar.set_codes(rows)
        for note in list(self._notes.values()):
            self._show_note(note)

    # --- notes -----------------------------------------------------------------------------------

    def chosen_note(self) -> str | None:
        item = self.notes.currentItem()
        return str(item.data(0, NOTE_ID)) if item is not None else None

    def choose_note(self, note_id: str, *, play: bool) -> None:
        item = self._item(note_id)
        if item is not None and item is not self.notes.currentItem():
            self.notes.setCurrentItem(item)
        self.waveform.choose(note_id)
        note = self._notes.get(note_id)
        if play and note is not None and note.audio_offset_ms is not None:
            self.play(max(0.0, note.audio_offset_ms / 1000 - PREROLL_S))

    def _show_chosen_codes(self) -> None:
        note = self._notes.get(self.chosen_note() or "")
        self.code_bar.show_applied(note.codes if note is not None else ())
        if note is not None:
            self.waveform.choose(note.id)

    def apply_code(self, code_id: str) -> None:
        note_id = self.chosen_note()
        if note_id is None:
            self.message.setText(self.tr("Choose a note first: codes go on a note."))
            return
        self.controller.toggle_code(note_id, code_id)

    def _code_key(self, digit: str) -> None:
        code_id = self.code_bar.code_for_shortcut(digit)
        if code_id is not None:
            self.apply_code(code_id)

    def edit_note(self) -> NoteDialog | None:
        note = self._notes.get(self.chosen_note() or "")
        if note is None:
            return None
        dialog = NoteDialog(note, self)

        def save() -> None:
            text, kind = dialog.values()
            self.controller.edit_note(note.id, text, kind)

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def edit_codebook(self) -> CodebookDialog:
        dialog = CodebookDialog(store=self.controller.store, runner=self.controller.runner,
                                parent=self)  # fmt: skip
        dialog.changed.connect(self.controller.load_codes)
        dialog.open()
        return dialog

    # --- playback --------------------------------------------------------------------------------

    def _with_player(self, then: Callable[[PlayerLike], None]) -> None:
        """Open the player on the runner the first time (opening a device can be slow)."""
        if self.player is not None:
            then(self.player)
            return
        if self.data is None or not self.data.files or self._opening:
            return
        from ecoscim_field.audio.player import timeline

        segments = timeline(self.controller.files(self.data))
        factory, device = self._factory, self._device
        self._opening = True

        def opened(player: PlayerLike) -> None:
            self._opening = False
            self.player = player
            then(player)

        def failed(error: BaseException) -> None:
            self._opening = False
            if isinstance(error, PlayerError):
                self.message.setText(describe_player_error(error))
            else:
                self.controller.runner.failed.emit(error)

        self.controller.runner.run(lambda: factory(segments, device), opened, failed)

    def play(self, from_s: float | None = None) -> None:
        if from_s is None and self.player is None:
            from_s = self._start_s  # where a seek before the first play put us

        def start(player: PlayerLike) -> None:
            try:
                player.play(from_s)
            except PlayerError as error:
                self.message.setText(describe_player_error(error))
                return
            self.message.setText("")
            self._timer.start()
            self._follow()

        self._with_player(start)

    def pause(self) -> None:
        if self.player is not None:
            self.player.pause()
        self._follow()

    def toggle_play(self) -> None:
        if self.player is not None and self.player.playing:
            self.pause()
        else:
            self.play()

    def seek(self, seconds: float) -> None:
        self._start_s = seconds
        if self.player is not None:
            self.player.seek(seconds)
        self._follow()

    def skip(self, seconds: float) -> None:
        self.seek(max(0.0, self.current_s() + seconds))

    def current_s(self) -> float:
        return self.player.position_s if self.player is not None else self._start_s

    def _follow(self) -> None:
        now = self.current_s()
        self.waveform.set_position(now)
        self.position.setText(f"{clock_text(now)} / {clock_text(self.waveform.duration_s)}")
        self._show_playing()
        if self.player is None or not self.player.playing:
            self._timer.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        player, self.player = self.player, None
        if player is not None:
            self.controller.runner.run(player.close)  # closing a stream can take a moment
        super().closeEvent(event)


def describe_player_error(error: PlayerError) -> str:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    texts = {
        "no_device": translate(
            "Review", "No speakers or headphones were found: connect some to listen."
        ),
        "device_failed": translate(
            "Review", "The speakers could not be opened ({detail}). Try another output."
        ),
        "audio_unavailable": translate(
            "Review", "The audio system is not available ({detail}): nothing can be played."
        ),
        "missing_file": translate(
            "Review",
            "An audio file of this interview is missing ({detail}); run `ecoscim-field "
            "doctor` and ask your coordinator for the copy from the last sync.",
        ),
    }
    return texts.get(error.kind, error.kind).format(detail=error.detail)


def _esc(text: str) -> str:
    import html

    return html.escape(text)
