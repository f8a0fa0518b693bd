"""The table of case studies, as a Qt model over plain rows loaded off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)

from ecoscim_field.domain.rows import CaseStudyRow
from ecoscim_field.ui.labels import origin_label, stage_label
from ecoscim_field.ui.shell.rows_model import ID_ROLE, Index, RowsModel

translate = QCoreApplication.translate


class CaseStudiesModel(RowsModel):
    """Case studies, one row each: name, origin, stage, organisation, alcaldías."""

    COLUMNS = ("name", "origin", "stage", "organisation", "alcaldias")

    def set_rows(self, rows: list[CaseStudyRow]) -> None:
        self._replace(list(rows))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row: CaseStudyRow = self._shown[index.row()]
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
