"""The table of case studies, as a Qt model over plain rows loaded off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ecoscim_field.domain.rows import CaseStudyRow
from ecoscim_field.ui.labels import origin_label, stage_label

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CaseStudiesModel(QAbstractTableModel):
    """Case studies, one row each: name, origin, stage, organisation, alcaldías."""

    COLUMNS = ("name", "origin", "stage", "organisation", "alcaldias")

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[CaseStudyRow] = []

    def set_rows(self, rows: list[CaseStudyRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = self.COLUMNS[index.column()]
        if column == "origin":
            return origin_label(row.origin)
        if column == "stage":
            return stage_label(row.stage)
        return getattr(row, column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            translate("CaseStudiesModel", "Case study"),
            translate("CaseStudiesModel", "Origin"),
            translate("CaseStudiesModel", "Stage"),
            translate("CaseStudiesModel", "Responsible organisation"),
            translate("CaseStudiesModel", "Alcaldías"),
        )[section]
