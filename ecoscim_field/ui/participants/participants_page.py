"""Participants and consent: who takes part, under which pseudonym, with what consent."""

from __future__ import annotations

from typing import Any

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

from ecoscim_field.domain.rows import ParticipantRow
from ecoscim_field.i18n.labels import consent_label, group_label
from ecoscim_field.store.enums import ConsentState, StakeholderGroup
from ecoscim_field.ui.participants.participants_model import ParticipantFilter, ParticipantsModel
from ecoscim_field.ui.shell.page import AreaPage, PageHeader
from ecoscim_field.ui.shell.rows_model import ID_ROLE
from ecoscim_field.ui.shell.summary import StoreSummary
from ecoscim_field.ui.translatable import Translatable


class ParticipantsPage(Translatable, AreaPage):
    """The participants of the study and their consent, searchable as you type."""

    new_requested = Signal()
    edit_requested = Signal(str)  # participant id
    consent_requested = Signal(str)
    withdraw_requested = Signal(str)
    copy_requested = Signal(str)
    audit_requested = Signal()
    forms_requested = Signal()
    interview_requested = Signal(str)  # participant id: a walk-in interview, now

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
        self._sized = False
        for combo in (self.group, self.case_study, self.consent):
            combo.currentIndexChanged.connect(self._apply_filter)
            # Long case-study names must not widen the window beyond a laptop screen.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
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
        self.consent_button = QPushButton(self)
        self.withdraw_button = QPushButton(self)
        self.copy_button = QPushButton(self)
        self.audit_button = QPushButton(self)
        self.interview_button = QPushButton(self)
        for button, signal in (
            (self.interview_button, self.interview_requested),
            (self.consent_button, self.consent_requested),
            (self.withdraw_button, self.withdraw_requested),
            (self.copy_button, self.copy_requested),
        ):
            button.clicked.connect(lambda _c=False, s=signal: self._emit_selected(s))
        self.audit_button.clicked.connect(self.audit_requested.emit)
        self.forms_button = QPushButton(self)
        self.forms_button.clicked.connect(self.forms_requested.emit)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (self.group, self.case_study, self.consent):
            filters.addWidget(combo, 1)
        status = QHBoxLayout()
        status.addWidget(self.count, 1)
        status.addWidget(self.forms_button)
        status.addWidget(self.audit_button)
        buttons = QHBoxLayout()
        for button in (self.consent_button, self.withdraw_button, self.copy_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.interview_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(status)
        layout.addLayout(buttons)
        self.retranslate()

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
        self.consent_button.setText(self.tr("Consent…"))
        self.withdraw_button.setText(self.tr("Withdraw…"))
        self.consent_button.setToolTip(self.tr("Take the participant's informed consent"))
        self.copy_button.setText(self.tr("PDF copy…"))
        self.interview_button.setText(self.tr("Interview now…"))
        self.interview_button.setToolTip(self.tr("A walk-in interview with this participant"))
        self.copy_button.setToolTip(self.tr("A copy of the consent for the participant, as a PDF"))
        self.audit_button.setText(self.tr("Consent audit…"))
        self.forms_button.setText(self.tr("Consent forms…"))
        self._update_buttons()
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

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.edit_button.setEnabled(row is not None)
        self.consent_button.setEnabled(row is not None)
        has_consent = row is not None and row.consent is not ConsentState.NONE
        self.withdraw_button.setEnabled(
            has_consent and row is not None and row.consent is not ConsentState.WITHDRAWN
        )
        self.copy_button.setEnabled(has_consent)
        self.interview_button.setEnabled(
            row is not None and row.consent is not ConsentState.WITHDRAWN
        )

    def selected_row(self) -> ParticipantRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_code(self, code: str) -> None:
        """Select the participant with pseudonym `code` (as a click on its row would)."""
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).code == code:
                self.table.selectRow(row)
                return
        raise KeyError(code)

    def _emit_selected(self, signal: Any) -> None:
        participant_id = self.selected_id()
        if participant_id:
            signal.emit(participant_id)

    def _edit_selected(self) -> None:
        participant_id = self.selected_id()
        if participant_id:
            self.edit_requested.emit(participant_id)

    def show_summary(self, summary: StoreSummary) -> None:
        self._case_studies = [(c.id, c.name) for c in summary.active_case_studies]
        self._fill_combo(self.case_study, self.tr("All case studies"), self._case_studies)
        self.model.set_rows(summary.participants)
        self._apply_filter()
        if not self._sized and summary.participants:
            # Once, from the first rows only: measuring 20,000 rows takes most of a second
            # on the GUI thread, and the user may have resized the columns since.
            self._sized = True
            self.table.horizontalHeader().setResizeContentsPrecision(50)
            self.table.resizeColumnsToContents()
            for column, cap in ((1, 220), (4, 260)):
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), cap))
