"""The agenda: the week day by day, every appointment in a filterable list, and progress."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecoscim_field.domain.appointments import MEXICO_CITY, AgendaRow
from ecoscim_field.i18n.labels import status_label
from ecoscim_field.store.enums import AppointmentStatus
from ecoscim_field.ui.agenda.appointments_model import (
    INACTIVE,
    AppointmentsModel,
    ProgressModel,
    local_time_text,
    who_text,
)
from ecoscim_field.ui.shell.page import AreaPage, PageHeader
from ecoscim_field.ui.shell.rows_model import RowsProxy
from ecoscim_field.ui.shell.summary import StoreSummary
from ecoscim_field.ui.translatable import Translatable

ID_ROLE = Qt.ItemDataRole.UserRole
ACTIVE = "active"  # status filter: planned or confirmed


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


class AgendaPage(Translatable, AreaPage):
    """Appointments by week and as a list, with filters; the progress of the research."""

    plan_requested = Signal()
    edit_requested = Signal(str)
    status_requested = Signal(str, str)  # id, AppointmentStatus value
    export_requested = Signal(list)  # list[AgendaRow]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AgendaRow] = []
        self._sized = False
        self._week = week_start(datetime.now(MEXICO_CITY).date())
        self.header = PageHeader(self)

        self.previous_button = QToolButton(self)
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.clicked.connect(lambda: self.show_week(self._week - timedelta(7)))
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.clicked.connect(lambda: self.show_week(self._week + timedelta(7)))
        self.this_week_button = QPushButton(self)
        self.this_week_button.clicked.connect(
            lambda: self.show_week(week_start(datetime.now(MEXICO_CITY).date()))
        )
        self.week_label = QLabel(self)
        bold = QFont(self.week_label.font())
        bold.setBold(True)
        self.week_label.setFont(bold)
        self.fieldworker = QComboBox(self)
        self.fieldworker.addItem("", "")
        self.status = QComboBox(self)
        self.status.addItem("", "")
        self.status.addItem("", ACTIVE)
        for status in AppointmentStatus:
            self.status.addItem("", status.value)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        for widget in (self.previous_button, self.this_week_button, self.next_button):
            filters.addWidget(widget)
        filters.addWidget(self.week_label, 1)
        filters.addWidget(self.fieldworker)
        filters.addWidget(self.status)
        filters.addWidget(self.search, 1)

        self.tabs = QTabWidget(self)
        self.week = QTreeWidget(self.tabs)
        self.week.setColumnCount(4)
        self.week.setRootIsDecorated(False)
        self.week.setAlternatingRowColors(True)
        self.week.itemDoubleClicked.connect(self._edit_item)
        self.week.itemSelectionChanged.connect(self._update_buttons)
        self.model = AppointmentsModel()
        self.proxy = RowsProxy(self.model, self)
        self.list_host = QWidget(self.tabs)
        self.upcoming = QCheckBox(self.list_host)
        self.upcoming.setChecked(True)
        self.list = QTableView(self.list_host)
        self.list.setModel(self.proxy)
        self.list.setSortingEnabled(True)
        self.list.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.list.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.list.setAlternatingRowColors(True)
        self.list.verticalHeader().hide()
        self.list.horizontalHeader().setStretchLastSection(True)
        self.list.horizontalHeader().setResizeContentsPrecision(40)
        self.list.doubleClicked.connect(lambda _index: self._edit_selected())
        self.list.selectionModel().selectionChanged.connect(self._update_buttons)
        list_layout = QVBoxLayout(self.list_host)
        list_layout.setContentsMargins(0, 4, 0, 0)
        list_layout.addWidget(self.upcoming)
        list_layout.addWidget(self.list, 1)
        self.progress_host = QWidget(self.tabs)
        self.progress_model = ProgressModel()
        self.progress = QTableView(self.progress_host)
        self.progress.setModel(self.progress_model)
        self.progress.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.progress.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.progress.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Sizes from the headers and a sample of rows: the cells are all short.
        self.progress.horizontalHeader().setResizeContentsPrecision(20)
        self.progress_legend = QLabel(self.progress_host)
        self.progress_legend.setWordWrap(True)
        progress_layout = QVBoxLayout(self.progress_host)
        progress_layout.setContentsMargins(0, 4, 0, 0)
        progress_layout.addWidget(self.progress, 1)
        progress_layout.addWidget(self.progress_legend)
        self.tabs.addTab(self.week, "")
        self.tabs.addTab(self.list_host, "")
        self.tabs.addTab(self.progress_host, "")
        self.tabs.currentChanged.connect(self._update_buttons)

        self.plan_button = QPushButton(self)
        self.plan_button.clicked.connect(self.plan_requested.emit)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self._edit_selected)
        self.status_button = QPushButton(self)
        self.status_menu = QMenu(self.status_button)
        self.status_actions: dict[AppointmentStatus, QAction] = {}
        for status in AppointmentStatus:
            action = self.status_menu.addAction("")
            action.triggered.connect(lambda _checked=False, s=status: self._set_status(s))
            self.status_actions[status] = action
        self.status_button.setMenu(self.status_menu)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(lambda: self.export_requested.emit(self.shown_rows()))
        buttons = QHBoxLayout()
        for button in (self.plan_button, self.edit_button, self.status_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)

        for signal in (self.fieldworker.currentIndexChanged, self.status.currentIndexChanged):
            signal.connect(self._refilter)
        self.search.textChanged.connect(self._refilter)
        self.upcoming.toggled.connect(self._refilter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.retranslate()

    # --- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.header.title.setText(self.tr("Agenda"))
        self.header.subtitle.setText(
            self.tr(
                "Interviews by week and as a list, in Mexico City time; and which parts of "
                "the research design still have no interviews."
            )
        )
        self.this_week_button.setText(self.tr("This week"))
        self.previous_button.setToolTip(self.tr("Previous week"))
        self.next_button.setToolTip(self.tr("Next week"))
        self.fieldworker.setItemText(0, self.tr("Everyone"))
        self.status.setItemText(0, self.tr("Any status"))
        self.status.setItemText(1, self.tr("Planned or confirmed"))
        for i in range(2, self.status.count()):
            self.status.setItemText(i, status_label(AppointmentStatus(self.status.itemData(i))))
        self.search.setPlaceholderText(self.tr("Search code, name, place, case study…"))
        self.tabs.setTabText(0, self.tr("Week"))
        self.tabs.setTabText(1, self.tr("All appointments"))
        self.tabs.setTabText(2, self.tr("Progress"))
        self.week.setHeaderLabels(
            [self.tr("Time"), self.tr("Who"), self.tr("Status"), self.tr("Where")]
        )
        self.upcoming.setText(self.tr("Only from today on"))
        self.progress_legend.setText(
            self.tr(
                "Interviews done of those planned, per case study and stakeholder group. "
                "A dash marks a cell of the research design with no interview yet."
            )
        )
        self.plan_button.setText(self.tr("Plan an interview…"))
        self.edit_button.setText(self.tr("Open…"))
        self.status_button.setText(self.tr("Mark as"))
        for status, action in self.status_actions.items():
            text = status_label(status)
            if status in INACTIVE:
                text = self.tr("{status}…").format(status=text)
            action.setText(text)
        self.export_button.setText(self.tr("Export calendar (.ics)…"))
        self.model.retranslate()
        self.progress_model.retranslate()
        self._fill_week()

    # --- data ------------------------------------------------------------------------------

    def show_summary(self, summary: StoreSummary) -> None:
        self._rows = summary.appointments
        chosen = self.fieldworker.currentData()
        self.fieldworker.blockSignals(True)
        while self.fieldworker.count() > 1:
            self.fieldworker.removeItem(1)
        for name in sorted({n for row in self._rows for n in row.fieldworkers}):
            self.fieldworker.addItem(name, name)
        found = self.fieldworker.findData(chosen)
        self.fieldworker.setCurrentIndex(max(found, 0))
        self.fieldworker.blockSignals(False)
        self.model.set_rows(self._rows)
        self.progress_model.set_progress(
            [c.name for c in summary.active_case_studies], summary.progress
        )
        self._refilter()
        if not self._sized and self._rows:  # once: later snapshots keep the user's widths
            self._sized = True
            self.list.resizeColumnsToContents()
            for column, cap in ((1, 260), (3, 220), (4, 220), (5, 240)):
                self.list.setColumnWidth(column, min(self.list.columnWidth(column), cap))

    def _keep(self, row: AgendaRow) -> bool:
        worker, status = self.fieldworker.currentData(), self.status.currentData()
        if worker and worker not in row.fieldworkers:
            return False
        if status == ACTIVE and row.status not in (
            AppointmentStatus.PLANNED, AppointmentStatus.CONFIRMED
        ):  # fmt: skip
            return False
        if status and status != ACTIVE and row.status.value != status:
            return False
        needle = self.search.text().strip().casefold()
        if needle:
            haystack = " ".join(
                (row.who, row.name, row.place, row.case_study, row.guide, row.notes,
                 *row.fieldworkers)
            ).casefold()  # fmt: skip
            if needle not in haystack:
                return False
        return True

    def _refilter(self, *_args: object) -> None:
        today = datetime.now(MEXICO_CITY).date()
        upcoming = self.upcoming.isChecked()
        self.proxy.set_keep(
            lambda row: self._keep(row) and (not upcoming or row.starts_at.date() >= today)
        )
        self._fill_week()
        self._update_buttons()

    def show_week(self, monday: date) -> None:
        self._week = monday
        self._fill_week()

    def week_rows(self) -> list[AgendaRow]:
        end = self._week + timedelta(days=7)
        return [r for r in self._rows if self._week <= r.starts_at.date() < end and self._keep(r)]

    def _fill_week(self) -> None:
        locale = QLocale()
        first = QDate(self._week.year, self._week.month, self._week.day)
        self.week_label.setText(
            self.tr("{first} to {last}").format(
                first=locale.toString(first, "d MMM"),
                last=locale.toString(first.addDays(6), "d MMM yyyy"),
            )
        )
        self.week.clear()
        rows = self.week_rows()
        today = datetime.now(MEXICO_CITY).date()
        bold = QFont(self.week.font())
        bold.setBold(True)
        for offset in range(7):
            day = self._week + timedelta(days=offset)
            of_day = [r for r in rows if r.starts_at.date() == day]
            heading = QTreeWidgetItem(self.week)
            label = locale.toString(QDate(day.year, day.month, day.day), "dddd d MMMM")
            if day == today:
                label = self.tr("{day} (today)").format(day=label)
            heading.setText(0, label)
            heading.setFirstColumnSpanned(True)
            heading.setFont(0, bold)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if not of_day:
                empty = QTreeWidgetItem(heading, [self.tr("no interviews")])
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
            for row in of_day:
                item = QTreeWidgetItem(heading, [
                    local_time_text(row, with_date=False), who_text(row),
                    status_label(row.status), row.place,
                ])  # fmt: skip
                item.setData(0, ID_ROLE, row.id)
                item.setToolTip(3, "\n".join(p for p in (row.place, row.directions) if p))
                if row.status in INACTIVE:
                    item.setDisabled(True)
        self.week.expandAll()
        for column in range(3):
            self.week.resizeColumnToContents(column)

    # --- selection and actions ---------------------------------------------------------------

    def selected_id(self) -> str | None:
        if self.tabs.currentIndex() == 0:
            items = self.week.selectedItems()
            found = items[0].data(0, ID_ROLE) if items else None
            return str(found) if found else None
        if self.tabs.currentIndex() == 1:
            chosen = self.list.selectionModel().selectedRows()
            return str(self.proxy.row_at(chosen[0].row()).id) if chosen else None
        return None

    def shown_rows(self) -> list[AgendaRow]:
        """What the current tab shows: the week, or the filtered list."""
        if self.tabs.currentIndex() == 1:
            return [self.proxy.row_at(i) for i in range(self.proxy.rowCount())]
        return self.week_rows()

    def _edit_item(self, item: QTreeWidgetItem, _column: int) -> None:
        found = item.data(0, ID_ROLE)
        if found:
            self.edit_requested.emit(str(found))

    def _edit_selected(self) -> None:
        chosen = self.selected_id()
        if chosen is not None:
            self.edit_requested.emit(chosen)

    def _set_status(self, status: AppointmentStatus) -> None:
        chosen = self.selected_id()
        if chosen is not None:
            self.status_requested.emit(chosen, status.value)

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected_id() is not None
        self.edit_button.setEnabled(chosen)
        self.status_button.setEnabled(chosen)
        self.export_button.setEnabled(self.tabs.currentIndex() != 2)
