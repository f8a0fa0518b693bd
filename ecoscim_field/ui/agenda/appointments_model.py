"""Appointments as a table (the filterable list) and the progress grid of the research."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDateTime, QLocale, Qt, QTime
from PySide6.QtGui import QColor, QFont

from ecoscim_field.domain.appointments import AgendaRow, ProgressCell
from ecoscim_field.i18n.labels import group_label, status_label
from ecoscim_field.store.enums import AppointmentStatus, StakeholderGroup
from ecoscim_field.ui.shell.rows_model import Index, RowsModel

translate = QCoreApplication.translate
INACTIVE = (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW)


def local_time_text(row: AgendaRow, *, with_date: bool) -> str:
    """ "Thu 3 Dec 10:00–11:00" in the interface's language (Mexico City wall-clock time)."""
    return _time_text(row.starts_at, row.ends_at, with_date, QLocale().name())


@lru_cache(maxsize=4096)
def _time_text(starts_at: datetime, ends_at: datetime, with_date: bool, _locale: str) -> str:
    # Cached: tables ask for the same cell many times while sizing and painting.
    locale = QLocale()
    start = QDateTime(starts_at.year, starts_at.month, starts_at.day,
                      starts_at.hour, starts_at.minute, 0)  # fmt: skip
    end = QTime(ends_at.hour, ends_at.minute)
    clock = (
        f"{locale.toString(start.time(), QLocale.FormatType.ShortFormat)}–"
        f"{locale.toString(end, QLocale.FormatType.ShortFormat)}"
    )
    if not with_date:
        return clock
    return f"{locale.toString(start.date(), 'ddd d MMM yyyy')}  {clock}"


def who_text(row: AgendaRow) -> str:
    if row.participant_id:
        return f"{row.who}  {row.name}".strip()
    group = group_label(row.target_group) if row.target_group else ""
    return translate("AppointmentsModel", "To be recruited: {group}").format(group=group)


class AppointmentsModel(RowsModel):
    """Every appointment: when, who, status, case study, guide, place, fieldworkers."""

    COLUMNS = ("when", "who", "status", "case_study", "guide", "place", "fieldworkers")

    def set_rows(self, rows: list[AgendaRow]) -> None:
        self._replace(list(rows))

    def display(self, row: AgendaRow, column: str) -> object:
        if column == "when":
            return local_time_text(row, with_date=True)
        if column == "who":
            return who_text(row)
        if column == "status":
            label = status_label(row.status)
            return f"{label}: {row.status_reason}" if row.status_reason else label
        if column == "fieldworkers":
            return ", ".join(row.fieldworkers)
        return getattr(row, column)

    def sort_key(self, row: AgendaRow, column: str) -> object:
        if column == "when":
            return row.starts_at.isoformat()
        return super().sort_key(row, column)

    def decoration(self, row: AgendaRow, column: str, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and row.status in INACTIVE:
            return QColor("#8a8a8a")
        if role == Qt.ItemDataRole.FontRole and row.status in INACTIVE:
            font = QFont()
            font.setStrikeOut(column == "when")
            return font
        return None

    def headers(self) -> tuple[str, ...]:
        return (
            translate("AppointmentsModel", "When"),
            translate("AppointmentsModel", "Who"),
            translate("AppointmentsModel", "Status"),
            translate("AppointmentsModel", "Case study"),
            translate("AppointmentsModel", "Guide"),
            translate("AppointmentsModel", "Where"),
            translate("AppointmentsModel", "Fieldworkers"),
        )


class ProgressModel(QAbstractTableModel):
    """Interviews done and planned per case study (rows) and stakeholder group (columns).

    An empty cell is a part of the research design nobody has planned yet: it is tinted.
    Cells are worked out once per snapshot: views ask for them thousands of times.
    """

    GROUPS = tuple(StakeholderGroup)
    EMPTY, STARTED, COVERED = QColor("#fbe3e0"), QColor("#fff4d6"), QColor("#e3f1e4")

    def __init__(self) -> None:
        super().__init__()
        self._cases: list[str] = []
        self._grid: list[list[ProgressCell]] = []
        self._text: list[list[str]] = []

    def set_progress(
        self, cases: list[str], cells: dict[tuple[str, StakeholderGroup], ProgressCell]
    ) -> None:
        self.beginResetModel()
        extra = sorted({case for case, _group in cells if case not in cases})
        self._cases = [*cases, *extra]
        self._grid = []
        for case in self._cases:
            row = [cells.get((case, g), ProgressCell()) for g in self.GROUPS]
            row.append(ProgressCell(sum(c.planned for c in row), sum(c.done for c in row)))
            self._grid.append(row)
        self._texts()
        self.endResetModel()

    def _texts(self) -> None:
        words = translate("ProgressModel", "{done} of {total}")
        self._text = [
            [words.format(done=c.done, total=c.done + c.planned) if c.planned + c.done else "—"
             for c in row]
            for row in self._grid
        ]  # fmt: skip

    def cell(self, row: int, column: int) -> ProgressCell:
        return self._grid[row][column]

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._cases)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.GROUPS) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text[row][column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        totals = column == len(self.GROUPS)
        if role == Qt.ItemDataRole.BackgroundRole and not totals:
            cell = self._grid[row][column]
            if cell.planned + cell.done == 0:
                return self.EMPTY
            return self.COVERED if cell.done else self.STARTED
        if role == Qt.ItemDataRole.ForegroundRole and not totals:
            return QColor("#202020")
        if role == Qt.ItemDataRole.ToolTipRole:
            cell = self._grid[row][column]
            return translate("ProgressModel", "{done} done, {planned} still planned").format(
                done=cell.done, planned=cell.planned)  # fmt: skip
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self._cases[section] or translate("ProgressModel", "(no case study)")
        if section == len(self.GROUPS):
            return translate("ProgressModel", "All groups")
        return group_label(self.GROUPS[section])

    def retranslate(self) -> None:
        self._texts()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.GROUPS))
        if self._cases:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._cases) - 1, len(self.GROUPS))
            )
