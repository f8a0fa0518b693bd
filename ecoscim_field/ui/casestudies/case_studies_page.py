"""Case studies and guides: the Smart City projects the research compares."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from ecoscim_field.ui.casestudies.case_studies_model import CaseStudiesModel
from ecoscim_field.ui.shell.page import AreaPage, PageHeader
from ecoscim_field.ui.shell.summary import StoreSummary
from ecoscim_field.ui.translatable import Translatable


class CaseStudiesPage(Translatable, AreaPage):
    """The case studies of this store, searchable as you type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = PageHeader(self)
        self.model = CaseStudiesModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.header.title.setText(self.tr("Case studies and guides"))
        self.header.subtitle.setText(
            self.tr(
                "Smart City projects in Mexico City: who sponsors them, how far along "
                "they are, and where."
            )
        )
        self.search.setPlaceholderText(self.tr("Search by name, organisation or alcaldía…"))
        self.model.retranslate()

    def show_summary(self, summary: StoreSummary) -> None:
        self.model.set_rows(summary.case_studies)
        self.table.resizeColumnsToContents()
        for column, cap in ((0, 360), (3, 320)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), cap))
