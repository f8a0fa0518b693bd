"""The participants table: filtering and sorting in plain Python over prepared rows.

Qt's QSortFilterProxyModel would call back into Python for every row on every
keystroke (20,000 calls through the bindings); here a keystroke is one list
comprehension over pre-folded search strings and one model reset, and the view draws
only the rows on screen. `benchmarks/participants_filter.py` measures both.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from ecoscim_field.domain.rows import ParticipantRow
from ecoscim_field.i18n.labels import consent_label, group_label
from ecoscim_field.store.enums import ConsentState, StakeholderGroup
from ecoscim_field.ui.shell.rows_model import RowsModel

translate = QCoreApplication.translate
CONSENT_COLOURS = {
    ConsentState.NONE: "#8a6d00",
    ConsentState.GIVEN: "#1f6f3c",
    ConsentState.PARTLY_WITHDRAWN: "#b35c00",
    ConsentState.WITHDRAWN: "#b00020",
}


@dataclass
class ParticipantFilter:
    """What the list shows: text typed, and the chosen group, case study and consent state."""

    text: str = ""
    group: StakeholderGroup | None = None
    case_study_id: str | None = None
    consent: ConsentState | None = None


class ParticipantsModel(RowsModel):
    """Participants, one row each, filtered and sorted in Python."""

    COLUMNS = ("code", "name", "consent", "stakeholder_group", "case_study", "alcaldia", "colonia")

    def __init__(self) -> None:
        super().__init__()
        self._all: list[ParticipantRow] = []
        self._filter = ParticipantFilter()
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: list[ParticipantRow]) -> None:
        self._all = self._sorted(rows)  # sorted once; filtering keeps the order
        self._refilter()

    def set_filter(self, new: ParticipantFilter) -> None:
        self._filter = new
        self._refilter()

    @property
    def total(self) -> int:
        return len(self._all)

    def _refilter(self) -> None:
        f = self._filter
        needle = f.text.strip().casefold()
        rows = self._all
        if needle:
            rows = [r for r in rows if needle in r.search_text]
        if f.group is not None:
            rows = [r for r in rows if r.stakeholder_group is f.group]
        if f.case_study_id is not None:
            rows = [r for r in rows if r.case_study_id == f.case_study_id]
        if f.consent is not None:
            rows = [r for r in rows if r.consent is f.consent]
        self._replace(rows if rows is not self._all else list(rows))

    def _sorted(self, rows: list[ParticipantRow]) -> list[ParticipantRow]:
        column, order = self._sort
        name = self.COLUMNS[column]
        # Codes are upper-case ASCII: a C-level key keeps the default order (and a
        # refresh of rows that arrive already in code order) to a few milliseconds.
        key = attrgetter("code") if name == "code" else (
            lambda r: (str(getattr(r, name)).casefold(), r.code)
        )  # fmt: skip
        return sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._all = self._sorted(self._all)
        self._refilter()

    def display(self, row: ParticipantRow, column: str) -> object:
        if column == "stakeholder_group":
            return group_label(row.stakeholder_group)
        if column == "consent":
            return consent_label(row.consent)
        return getattr(row, column)

    def decoration(self, row: ParticipantRow, column: str, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and column == "consent":
            return QBrush(QColor(CONSENT_COLOURS[row.consent]))
        return None

    def headers(self) -> tuple[str, ...]:
        return (
            translate("ParticipantsModel", "Code"),
            translate("ParticipantsModel", "Name"),
            translate("ParticipantsModel", "Consent"),
            translate("ParticipantsModel", "Stakeholder group"),
            translate("ParticipantsModel", "Case study"),
            translate("ParticipantsModel", "Alcaldía"),
            translate("ParticipantsModel", "Colonia"),
        )
