"""Interviews: every session held with this store, and a search through all their notes."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ecoscim_field.domain.search import MARK_END, MARK_START, NoteHit
from ecoscim_field.domain.sessions import SessionRow
from ecoscim_field.i18n.labels import note_kind_label
from ecoscim_field.ui.interviews.interview_window import clock_text
from ecoscim_field.ui.shell.page import AreaPage, PageHeader, empty_state
from ecoscim_field.ui.shell.rows_model import RowsModel, RowsProxy
from ecoscim_field.ui.shell.summary import StoreSummary
from ecoscim_field.ui.translatable import Translatable

translate = QCoreApplication.translate
SEARCH_DELAY_MS = 150  # search when typing pauses, not on every key


class SessionsModel(RowsModel):
    """Sessions: when, who, guide, state, audio, notes."""

    COLUMNS = ("when", "who", "guide", "state", "audio", "notes")

    def set_rows(self, rows: list[SessionRow]) -> None:
        self._replace(list(rows))

    def display(self, row: SessionRow, column: str) -> object:
        if column == "when":
            stamp = QDateTime.fromSecsSinceEpoch(int(row.started_at.timestamp()))
            return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)
        if column == "who":
            return row.participant_code
        if column == "state":
            words = [translate("SessionsModel", "finished") if row.state == "finished"
                     else translate("SessionsModel", "open")]  # fmt: skip
            if row.recovered:
                words.append(translate("SessionsModel", "recovered audio"))
            if row.consent_pending:
                words.append(translate("SessionsModel", "consent to confirm"))
            return ", ".join(words)
        if column == "audio":
            return self.tr("%n segment(s), {time}", "", row.segments).format(
                time=clock_text(row.audio_s))  # fmt: skip
        return getattr(row, column)

    def sort_key(self, row: SessionRow, column: str) -> object:
        if column == "when":
            return row.started_at.isoformat()
        if column in ("audio", "notes"):
            return row.audio_s if column == "audio" else row.notes
        return super().sort_key(row, column)

    def headers(self) -> tuple[str, ...]:
        return (
            translate("SessionsModel", "Started"),
            translate("SessionsModel", "Participant"),
            translate("SessionsModel", "Guide"),
            translate("SessionsModel", "State"),
            translate("SessionsModel", "Audio"),
            translate("SessionsModel", "Notes"),
        )


class InterviewsPage(Translatable, AreaPage):
    """The interview sessions held so far, and search across every note."""

    search_requested = Signal(str)  # the words typed; results come back to show_hits()
    review_requested = Signal(str, object)  # session id, audio offset in ms (or None)
    codebook_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = PageHeader(self)
        self.empty = empty_state(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(lambda: self.search_requested.emit(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.hits_caption = QLabel(self)
        self.hits = QListWidget(self)
        self.hits.setWordWrap(True)
        self.hits.itemActivated.connect(self._open_hit)
        self.hits.itemClicked.connect(self._open_hit)
        self.review_button = QPushButton(self)
        self.review_button.clicked.connect(self.review_chosen)
        self.codebook_button = QPushButton(self)
        self.codebook_button.clicked.connect(self.codebook_requested)
        self.model = SessionsModel()
        self.proxy = RowsProxy(self.model, self)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.review_chosen())
        self.table.activated.connect(lambda _index: self.review_chosen())
        results = QWidget(self)
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.hits_caption)
        results_layout.addWidget(self.hits, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(results)
        results.hide()
        self._results = results
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.review_button)
        top.addWidget(self.codebook_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.splitter, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.header.title.setText(self.tr("Interviews"))
        self.header.subtitle.setText(
            self.tr("Recordings, notes stamped with the audio time, and your reflections.")
        )
        self.empty.setText(self.tr("No interviews have been held with this store yet."))
        self.search.setPlaceholderText(
            self.tr("Search all notes (accents and capitals do not matter)…")
        )
        self.review_button.setText(self.tr("Review…"))
        self.codebook_button.setText(self.tr("Codebook…"))
        self.model.retranslate()

    def review_chosen(self) -> None:
        """Open the chosen session for review (listen, correct and code its notes)."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        index = rows[0] if rows else self.table.currentIndex()
        if index.isValid():
            self.review_requested.emit(self.proxy.row_at(index.row()).id, None)

    def _open_hit(self, item: QListWidgetItem) -> None:
        hit = item.data(Qt.ItemDataRole.UserRole + 1)
        if isinstance(hit, NoteHit) and hit.session_id:
            self.review_requested.emit(hit.session_id, hit.audio_offset_ms)

    def show_summary(self, summary: StoreSummary) -> None:
        self.model.set_rows(summary.sessions)
        self.empty.setVisible(not summary.sessions)
        self.table.setVisible(bool(summary.sessions))
        self.table.resizeColumnsToContents()

    def show_hits(self, typed: str, hits: list[NoteHit]) -> None:
        """Results of a search (on the GUI thread); ignored if the text changed since."""
        if typed != self.search.text():
            return
        self._results.setVisible(bool(typed.strip()))
        self.hits.clear()
        self.hits_caption.setText(
            self.tr("%n note(s) found", "", len(hits)) if typed.strip() else ""
        )
        for hit in hits:
            stamp = clock_text(hit.audio_offset_ms / 1000) if hit.audio_offset_ms is not None \
                else ""  # fmt: skip
            snippet = html.escape(hit.snippet).replace(MARK_START, "<b>").replace(MARK_END, "</b>")
            item = QListWidgetItem(self.hits)
            label = QLabel(
                f"<b>{html.escape(hit.participant_code)}</b> "
                f"{html.escape(stamp)} · {html.escape(note_kind_label(hit.kind))}: {snippet}"
            )
            label.setWordWrap(True)
            item.setData(Qt.ItemDataRole.UserRole, hit.note_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, hit)
            item.setSizeHint(label.sizeHint())
            self.hits.setItemWidget(item, label)
