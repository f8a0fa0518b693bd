"""The table of case studies, as a Qt model over plain rows loaded off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ecoscim_field.domain.rows import CaseStudyRow
from ecoscim_field.i18n.labels import origin_label, stage_label
from ecoscim_field.ui.shell.rows_model import RowsModel

translate = QCoreApplication.translate


class CaseStudiesModel(RowsModel):
    """Case studies, one row each: name, origin, stage, organisation, alcaldías."""

    COLUMNS = ("name", "origin", "stage", "organisation", "alcaldias")

    def set_rows(self, rows: list[CaseStudyRow]) -> None:
        self._replace(list(rows))

    def display(self, row: CaseStudyRow, column: str) -> object:
        if column == "origin":
            return origin_label(row.origin)
        if column == "stage":
            return stage_label(row.stage)
        if column == "name" and row.archived:
            return translate("CaseStudiesModel", "{name} (archived)").format(name=row.name)
        return getattr(row, column)

    def decoration(self, row: CaseStudyRow, column: str, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and row.archived:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def headers(self) -> tuple[str, ...]:
        return (
            translate("CaseStudiesModel", "Case study"),
            translate("CaseStudiesModel", "Origin"),
            translate("CaseStudiesModel", "Stage"),
            translate("CaseStudiesModel", "Responsible organisation"),
            translate("CaseStudiesModel", "Alcaldías"),
        )
