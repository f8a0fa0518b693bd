"""The common part of the app's read-only tables: plain row values, named columns."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class RowsModel(QAbstractTableModel):
    """A table over `self._shown`, a list of frozen dataclasses loaded off the GUI thread."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self._shown: list[Any] = []

    def _replace(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._shown = rows
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._shown[row]

    def retranslate(self) -> None:
        """Headers and cells hold translated words: tell the views to ask again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._shown:
            last = self.index(len(self._shown) - 1, len(self.COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._shown[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.display(row, column)
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        return self.decoration(row, column, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers()[section]

    def display(self, row: Any, column: str) -> object:
        """The words shown for `column` of `row` (translated where they are labels)."""
        return getattr(row, column)

    def sort_key(self, row: Any, column: str) -> object:
        """What `column` sorts by; the words shown, unless a model knows better (dates)."""
        return self.display(row, column)

    def decoration(self, row: Any, column: str, role: int) -> object:
        """Anything else a role asks for (colours…); nothing by default."""
        return None

    def headers(self) -> tuple[str, ...]:
        """The translated column titles, in `COLUMNS` order."""
        raise NotImplementedError


class RowsProxy(QSortFilterProxyModel):
    """Sorting and filtering over a RowsModel: the typed text in any column, and a test of
    the row itself (`keep`) for filters that are not words (archived, a status…)."""

    def __init__(self, source: RowsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortRole(SORT_ROLE)
        self._source = source
        self._keep: Callable[[Any], bool] = lambda _row: True

    def set_keep(self, keep: Callable[[Any], bool]) -> None:
        self.beginFilterChange()
        self._keep = keep
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._keep(self._source.row_at(source_row)):
            return False
        return super().filterAcceptsRow(source_row, source_parent)

    def row_at(self, proxy_row: int) -> Any:
        return self._source.row_at(self.mapToSource(self.index(proxy_row, 0)).row())
