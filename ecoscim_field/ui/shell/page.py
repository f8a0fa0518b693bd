"""The common frame of an area page: a heading, an explanation and the page's content."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ecoscim_field.ui.shell.summary import StoreSummary


class PageHeader(QWidget):
    """A page's title and a one-line explanation of what the area is for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)


def empty_state(parent: QWidget) -> QLabel:
    """A calm, centred message for an area with nothing in it yet."""
    label = QLabel(parent)
    label.setObjectName("emptyState")
    label.setWordWrap(True)
    label.setMinimumHeight(120)
    label.setStyleSheet("QLabel#emptyState { color: palette(mid); font-size: 14pt; }")

    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class AreaPage(QWidget):
    """Interface of the pages the navigation switches between."""

    def show_summary(self, summary: StoreSummary) -> None:
        """Update from a fresh store snapshot (called on the GUI thread)."""
