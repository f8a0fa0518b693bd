"""Case studies and interview guides: the projects the research compares, and how to ask."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ecoscim_field.domain.guides import GuideRow
from ecoscim_field.domain.rows import CaseStudyRow
from ecoscim_field.ui.casestudies.case_studies_model import CaseStudiesModel
from ecoscim_field.ui.casestudies.guides_model import GuidesModel
from ecoscim_field.ui.shell.page import AreaPage, PageHeader
from ecoscim_field.ui.shell.rows_model import RowsModel, RowsProxy
from ecoscim_field.ui.shell.summary import StoreSummary
from ecoscim_field.ui.translatable import Translatable


def _table(parent: QWidget, proxy: RowsProxy) -> QTableView:
    table = QTableView(parent)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ListTab(QWidget):
    """A searchable table with a filter check box and a row of action buttons."""

    def __init__(self, model: RowsModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = RowsProxy(model, self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.show_all = QCheckBox(self)
        self.table = _table(self, self.proxy)
        self.table.horizontalHeader().setResizeContentsPrecision(40)
        self.sized = False
        self.buttons = QHBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)

    def button(self, slot: object) -> QPushButton:
        button = QPushButton(self)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def selected(self) -> object | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.row_at(rows[0].row()) if rows else None

    def select_id(self, row_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.row_at(row).id == row_id:
                self.table.selectRow(row)
                return


class CaseStudiesPage(Translatable, AreaPage):
    """Case studies and guides: create, edit, archive; guides versioned, imported, exported."""

    new_case_requested = Signal()
    edit_case_requested = Signal(str)
    archive_case_requested = Signal(str, bool)  # id, archive (False: bring back)
    delete_case_requested = Signal(str)
    new_guide_requested = Signal()
    edit_guide_requested = Signal(str)
    preview_guide_requested = Signal(str)
    duplicate_guide_requested = Signal(str)
    import_guide_requested = Signal()
    export_guide_requested = Signal(str)
    archive_guide_requested = Signal(str, bool)
    delete_guide_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = PageHeader(self)
        self.tabs = QTabWidget(self)
        self.cases = ListTab(CaseStudiesModel(), self.tabs)
        self.cases.proxy.set_keep(lambda row: not row.archived)
        self.cases.show_all.toggled.connect(self._filter_cases)
        self.cases.table.doubleClicked.connect(lambda _i: self._case(self.edit_case_requested))
        self.new_case_button = self.cases.button(self.new_case_requested.emit)
        self.edit_case_button = self.cases.button(lambda: self._case(self.edit_case_requested))
        self.cases.buttons.addStretch(1)
        self.archive_case_button = self.cases.button(self._archive_case)
        self.delete_case_button = self.cases.button(lambda: self._case(self.delete_case_requested))

        self.guides = ListTab(GuidesModel(), self.tabs)
        self.guides.show_all.toggled.connect(self._filter_guides)
        self.guides.table.doubleClicked.connect(lambda _i: self._guide(self.edit_guide_requested))
        self.new_guide_button = self.guides.button(self.new_guide_requested.emit)
        self.edit_guide_button = self.guides.button(lambda: self._guide(self.edit_guide_requested))
        self.preview_guide_button = self.guides.button(
            lambda: self._guide(self.preview_guide_requested)
        )
        self.duplicate_guide_button = self.guides.button(
            lambda: self._guide(self.duplicate_guide_requested)
        )
        self.guides.buttons.addStretch(1)
        self.import_guide_button = self.guides.button(self.import_guide_requested.emit)
        self.export_guide_button = self.guides.button(
            lambda: self._guide(self.export_guide_requested)
        )
        self.archive_guide_button = self.guides.button(self._archive_guide)
        self.delete_guide_button = self.guides.button(
            lambda: self._guide(self.delete_guide_requested)
        )
        for tab in (self.cases, self.guides):
            tab.table.selectionModel().selectionChanged.connect(self._update_buttons)
            tab.proxy.modelReset.connect(self._update_buttons)
        self._filter_guides(False)
        self.tabs.addTab(self.cases, "")
        self.tabs.addTab(self.guides, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.header.title.setText(self.tr("Case studies and guides"))
        self.header.subtitle.setText(
            self.tr(
                "Smart City projects in Mexico City: who sponsors them, how far along "
                "they are, and where; and the interview guides for each stakeholder group."
            )
        )
        self.tabs.setTabText(0, self.tr("Case studies"))
        self.tabs.setTabText(1, self.tr("Interview guides"))
        self.cases.search.setPlaceholderText(self.tr("Search by name, organisation or alcaldía…"))
        self.cases.show_all.setText(self.tr("Show archived"))
        self.guides.search.setPlaceholderText(self.tr("Search guides…"))
        self.guides.show_all.setText(self.tr("Show older versions and archived"))
        self.new_case_button.setText(self.tr("New case study…"))
        self.edit_case_button.setText(self.tr("Edit…"))
        self.delete_case_button.setText(self.tr("Delete"))
        self.new_guide_button.setText(self.tr("New guide…"))
        self.edit_guide_button.setText(self.tr("Edit…"))
        self.preview_guide_button.setText(self.tr("Preview"))
        self.duplicate_guide_button.setText(self.tr("Duplicate as new version"))
        self.import_guide_button.setText(self.tr("Import…"))
        self.export_guide_button.setText(self.tr("Export…"))
        self.delete_guide_button.setText(self.tr("Delete"))
        self.cases.model.retranslate()
        self.guides.model.retranslate()
        self._update_buttons()

    def _filter_cases(self, show_archived: bool) -> None:
        self.cases.proxy.set_keep(lambda row: show_archived or not row.archived)

    def _filter_guides(self, show_all: bool) -> None:
        self.guides.proxy.set_keep(lambda row: show_all or (row.latest and not row.archived))

    def selected_case(self) -> CaseStudyRow | None:
        row = self.cases.selected()
        return row if isinstance(row, CaseStudyRow) else None

    def selected_guide(self) -> GuideRow | None:
        row = self.guides.selected()
        return row if isinstance(row, GuideRow) else None

    def _case(self, signal: SignalInstance) -> None:
        row = self.selected_case()
        if row is not None:
            signal.emit(row.id)

    def _guide(self, signal: SignalInstance) -> None:
        row = self.selected_guide()
        if row is not None:
            signal.emit(row.id)

    def _archive_case(self) -> None:
        row = self.selected_case()
        if row is not None:
            self.archive_case_requested.emit(row.id, not row.archived)

    def _archive_guide(self) -> None:
        row = self.selected_guide()
        if row is not None:
            self.archive_guide_requested.emit(row.id, not row.archived)

    def _update_buttons(self, *_args: object) -> None:
        case, guide = self.selected_case(), self.selected_guide()
        for button in (self.edit_case_button, self.archive_case_button, self.delete_case_button):
            button.setEnabled(case is not None)
        self.archive_case_button.setText(
            self.tr("Bring back") if case is not None and case.archived else self.tr("Archive")
        )
        for button in (
            self.edit_guide_button, self.preview_guide_button, self.duplicate_guide_button,
            self.export_guide_button, self.archive_guide_button, self.delete_guide_button,
        ):  # fmt: skip
            button.setEnabled(guide is not None)
        self.archive_guide_button.setText(
            self.tr("Bring back") if guide is not None and guide.archived else self.tr("Archive")
        )

    def show_summary(self, summary: StoreSummary) -> None:
        chosen_case, chosen_guide = self.selected_case(), self.selected_guide()
        self.cases.model.set_rows(summary.case_studies)  # type: ignore[attr-defined]
        self.guides.model.set_rows(summary.guides)  # type: ignore[attr-defined]
        for tab, caps in ((self.cases, ((0, 320), (3, 280))), (self.guides, ((0, 340),))):
            if tab.sized or not tab.model.rowCount():
                continue
            tab.sized = True  # once: later snapshots keep the user's column widths
            tab.table.resizeColumnsToContents()
            for column, cap in caps:
                tab.table.setColumnWidth(column, min(tab.table.columnWidth(column), cap))
        if chosen_case is not None:
            self.cases.select_id(chosen_case.id)
        if chosen_guide is not None:
            self.guides.select_id(chosen_guide.id)
        self._update_buttons()

    def select(self, *, case_study_id: str | None = None, guide_id: str | None = None) -> None:
        """Select a row (after it was created), on the tab that shows it."""
        if case_study_id is not None:
            self.tabs.setCurrentWidget(self.cases)
            self.cases.select_id(case_study_id)
        if guide_id is not None:
            self.tabs.setCurrentWidget(self.guides)
            self.guides.select_id(guide_id)
