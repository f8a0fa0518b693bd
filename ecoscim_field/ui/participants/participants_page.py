"""Participants and consent: who takes part, under which pseudonym, with what consent."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ecoscim_field.store.enums import ConsentState, StakeholderGroup
from ecoscim_field.ui.labels import consent_label, group_label
from ecoscim_field.ui.participants.participants_model import (
    ID_ROLE,
    ParticipantFilter,
    ParticipantsModel,
)
from ecoscim_field.ui.shell.page import AreaPage, PageHeader
from ecoscim_field.ui.shell.summary import StoreSummary
from ecoscim_field.ui.translatable import Translatable


class ParticipantsPage(Translatable, AreaPage):
    """The participants of the study and their consent, searchable as you type."""

    new_requested = Signal()
    edit_requested = Signal(str)  # participant id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = PageHeader(self)
        self.model = ParticipantsModel()
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.group = QComboBox(self)
        self.case_study = QComboBox(self)
        self.consent = QComboBox(self)
        self._case_studies: list[tuple[str, str]] = []
        for combo in (self.group, self.case_study, self.consent):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(lambda _i: self._edit_selected())
        self.count = QLabel(self)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_requested.emit)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self._edit_selected)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (self.group, self.case_study, self.consent):
            filters.addWidget(combo, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def nav_title(self) -> str:
        return self.tr("Participants")

    def retranslate(self) -> None:
        self.header.title.setText(self.tr("Participants and consent"))
        self.header.subtitle.setText(
            self.tr(
                "Participants are known by their pseudonym code; names and contact "
                "details stay on this laptop and never go into research exports."
            )
        )
        self.search.setPlaceholderText(self.tr("Search by code, name or colonia…"))
        self._fill_combo(
            self.group,
            self.tr("All stakeholder groups"),
            [(g.value, group_label(g)) for g in StakeholderGroup],
        )
        self._fill_combo(self.case_study, self.tr("All case studies"), self._case_studies)
        self._fill_combo(
            self.consent,
            self.tr("Any consent state"),
            [(s.value, consent_label(s)) for s in ConsentState],
        )
        self.new_button.setText(self.tr("New participant…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.model.retranslate()
        self._show_count()

    def _fill_combo(self, combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for value, label in items:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
        combo.blockSignals(False)

    def _apply_filter(self) -> None:
        group, case, consent = (
            self.group.currentData(),
            self.case_study.currentData(),
            self.consent.currentData(),
        )
        self.model.set_filter(
            ParticipantFilter(
                text=self.search.text(),
                group=StakeholderGroup(group) if group else None,
                case_study_id=case or None,
                consent=ConsentState(consent) if consent else None,
            )
        )
        self._show_count()

    def _show_count(self) -> None:
        locale = QLocale()
        self.count.setText(
            self.tr("{shown} of {total} participants").format(
                shown=locale.toString(self.model.rowCount()),
                total=locale.toString(self.model.total),
            )
        )

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return str(rows[0].data(ID_ROLE)) if rows else None

    def _edit_selected(self) -> None:
        participant_id = self.selected_id()
        if participant_id:
            self.edit_requested.emit(participant_id)

    def show_summary(self, summary: StoreSummary) -> None:
        self._case_studies = [(c.id, c.name) for c in summary.case_studies]
        self._fill_combo(self.case_study, self.tr("All case studies"), self._case_studies)
        self.model.set_rows(summary.participants)
        self._apply_filter()
        self.table.resizeColumnsToContents()
        for column, cap in ((1, 220), (4, 260)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), cap))
