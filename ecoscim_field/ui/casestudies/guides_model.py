"""The table of interview guides: one row per version, newest first within a guide."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from ecoscim_field.domain.guides import GuideRow
from ecoscim_field.i18n.labels import group_label
from ecoscim_field.i18n.languages import native_name
from ecoscim_field.ui.shell.rows_model import RowsModel

translate = QCoreApplication.translate


class GuidesModel(RowsModel):
    """Guides: title, stakeholder group, language, case study, version, state."""

    COLUMNS = ("title", "group", "language", "case_study", "version", "state")

    def set_rows(self, rows: list[GuideRow]) -> None:
        self._replace(list(rows))

    def display(self, row: GuideRow, column: str) -> object:
        if column == "group":
            return group_label(row.stakeholder_group)
        if column == "language":
            return native_name(row.language)
        if column == "case_study":
            return row.case_study or translate("GuidesModel", "any")
        if column == "version":
            return row.version
        if column == "state":
            if row.archived:
                return translate("GuidesModel", "archived")
            return translate("GuidesModel", "current") if row.latest else translate(
                "GuidesModel", "older version")  # fmt: skip
        return getattr(row, column)

    def decoration(self, row: GuideRow, column: str, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and (row.archived or not row.latest):
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.FontRole and column == "title" and row.latest:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headers(self) -> tuple[str, ...]:
        return (
            translate("GuidesModel", "Guide"),
            translate("GuidesModel", "Stakeholder group"),
            translate("GuidesModel", "Language"),
            translate("GuidesModel", "Case study"),
            translate("GuidesModel", "Version"),
            translate("GuidesModel", "State"),
        )
