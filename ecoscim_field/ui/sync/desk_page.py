"""The coordinator's desk: inbox, team, conflicts, consent and progress across the team."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ecoscim_field.i18n.labels import consent_item_label, group_label
from ecoscim_field.store.enums import ConsentItem, StakeholderGroup
from ecoscim_field.ui.shell.page import AreaPage, PageHeader
from ecoscim_field.ui.shell.summary import StoreSummary
from ecoscim_field.ui.sync.sync_page import local_time
from ecoscim_field.ui.translatable import Translatable

if TYPE_CHECKING:
    from ecoscim_field.domain.desk import ConflictRow, DeskData

CHANNELS = ("phone", "email", "in_person", "letter")
PURGE = re.compile(r"^(?P<code>\S+): (?P<recordings>\d+) recording\(s\) and (?P<notes>\d+) "
                   r"note\(s\) removed(?:; reason: (?P<reason>.*))?$")  # fmt: skip
# Fields a coordinator may type a merged value into (text); others: one side or the other.
EDITABLE = (str, type(None))


def _table(parent: QWidget, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[Any, ...]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            item.setToolTip(item.text())
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)


class DeskPage(Translatable, AreaPage):
    """What the coordinator runs the team from."""

    approve_requested = Signal(str)  # a bundle's file name: trust its laptop, merge it
    unlock_requested = Signal()
    sync_requested = Signal()
    resolve_requested = Signal(str, str, object)  # conflict id, keep, edited values
    withdrawal_requested = Signal(str, object, str, str)  # code, items or None, via, reason
    audit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summary: StoreSummary | None = None
        self._desk: DeskData | None = None
        self.locked = True
        self.header = PageHeader(self)
        self.tabs = QTabWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)

        # Inbox
        self.inbox = QWidget(self.tabs)
        self.key_state = QLabel(self.inbox)
        self.key_state.setWordWrap(True)
        self.unlock_button = QPushButton(self.inbox)
        self.unlock_button.clicked.connect(self.unlock_requested)
        self.merge_button = QPushButton(self.inbox)
        self.merge_button.clicked.connect(self.sync_requested)
        self.approve_button = QPushButton(self.inbox)
        self.approve_button.clicked.connect(self._approve)
        self.gaps = QLabel(self.inbox)
        self.gaps.setWordWrap(True)
        self.gaps.setStyleSheet("color: #b3261e;")
        self.inbox_table = _table(self.inbox, 4)
        self.inbox_table.itemSelectionChanged.connect(self._inbox_selected)
        row = QHBoxLayout()
        for button in (self.unlock_button, self.merge_button, self.approve_button):
            row.addWidget(button)
        row.addStretch(1)
        inbox_layout = QVBoxLayout(self.inbox)
        inbox_layout.addWidget(self.key_state)
        inbox_layout.addLayout(row)
        inbox_layout.addWidget(self.gaps)
        inbox_layout.addWidget(self.inbox_table, 1)

        # Team
        self.team_tab = QWidget(self.tabs)
        self.devices = _table(self.team_tab, 5)
        team_layout = QVBoxLayout(self.team_tab)
        self.team_note = QLabel(self.team_tab)
        self.team_note.setWordWrap(True)
        team_layout.addWidget(self.team_note)
        team_layout.addWidget(self.devices, 1)

        # Conflicts
        self.conflicts_tab = QWidget(self.tabs)
        self.conflict_list = QListWidget(self.conflicts_tab)
        self.conflict_list.currentRowChanged.connect(self._show_conflict)
        self.conflict_caption = QLabel(self.conflicts_tab)
        self.conflict_caption.setWordWrap(True)
        self.sides = QTableWidget(0, 4, self.conflicts_tab)
        self.sides.verticalHeader().hide()
        self.sides.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.keep_button = QPushButton(self.conflicts_tab)
        self.keep_button.clicked.connect(lambda: self._resolve("winner"))
        self.other_button = QPushButton(self.conflicts_tab)
        self.other_button.clicked.connect(lambda: self._resolve("loser"))
        self.edited_button = QPushButton(self.conflicts_tab)
        self.edited_button.clicked.connect(lambda: self._resolve("edited"))
        self.no_conflicts = QLabel(self.conflicts_tab)
        side = QWidget(self.conflicts_tab)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.conflict_caption)
        side_layout.addWidget(self.sides, 1)
        buttons = QHBoxLayout()
        for button in (self.keep_button, self.other_button, self.edited_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        side_layout.addLayout(buttons)
        split = QSplitter(self.conflicts_tab)
        split.addWidget(self.conflict_list)
        split.addWidget(side)
        split.setSizes([220, 520])
        conflicts_layout = QVBoxLayout(self.conflicts_tab)
        conflicts_layout.addWidget(self.no_conflicts)
        conflicts_layout.addWidget(split, 1)

        # Consent
        self.consent_tab = QWidget(self.tabs)
        self.code = QLineEdit(self.consent_tab)
        self.everything = QCheckBox(self.consent_tab)
        self.everything.setChecked(True)
        self.items: dict[ConsentItem, QCheckBox] = {
            item: QCheckBox(self.consent_tab) for item in ConsentItem
        }
        self.everything.toggled.connect(self._everything_toggled)
        self._everything_toggled(True)
        self.channel = QComboBox(self.consent_tab)
        for channel in CHANNELS:
            self.channel.addItem("", channel)
        self.reason = QLineEdit(self.consent_tab)
        self.withdraw_button = QPushButton(self.consent_tab)
        self.withdraw_button.clicked.connect(self._withdraw)
        self.code.textChanged.connect(
            lambda text: self.withdraw_button.setEnabled(bool(text.strip()))
        )
        self.withdraw_button.setEnabled(False)
        self.withdraw_message = QLabel(self.consent_tab)
        self.withdraw_message.setWordWrap(True)
        self.audit_button = QPushButton(self.consent_tab)
        self.audit_button.clicked.connect(self.audit_requested)
        self.withdrawals = _table(self.consent_tab, 2)
        form = QFormLayout()
        self.code_label, self.what_label = QLabel(self.consent_tab), QLabel(self.consent_tab)
        self.channel_label, self.reason_label = QLabel(self.consent_tab), QLabel(self.consent_tab)
        form.addRow(self.code_label, self.code)
        what = QVBoxLayout()
        what.addWidget(self.everything)
        for box in self.items.values():
            what.addWidget(box)
        form.addRow(self.what_label, what)
        form.addRow(self.channel_label, self.channel)
        form.addRow(self.reason_label, self.reason)
        consent_layout = QVBoxLayout(self.consent_tab)
        self.consent_intro = QLabel(self.consent_tab)
        self.consent_intro.setWordWrap(True)
        consent_layout.addWidget(self.consent_intro)
        consent_layout.addLayout(form)
        actions = QHBoxLayout()
        actions.addWidget(self.withdraw_button)
        actions.addWidget(self.audit_button)
        actions.addStretch(1)
        consent_layout.addLayout(actions)
        consent_layout.addWidget(self.withdraw_message)
        consent_layout.addWidget(self.withdrawals, 1)

        # Progress
        self.progress_tab = QWidget(self.tabs)
        self.progress = _table(self.progress_tab, 8)
        progress_layout = QVBoxLayout(self.progress_tab)
        progress_layout.addWidget(self.progress)

        for tab in (self.inbox, self.team_tab, self.conflicts_tab, self.consent_tab,
                    self.progress_tab):  # fmt: skip
            self.tabs.addTab(tab, "")
        self.retranslate()

    # --- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.header.title.setText(self.tr("Coordination"))
        self.header.subtitle.setText(self.tr(
            "The team's bundles, laptops, conflicts, withdrawals and progress. What you "
            "change here (appointments, guides, consent forms, codes, withdrawals, "
            "resolutions) goes out to every laptop in your next bundle."))  # fmt: skip
        for index, title in enumerate((self.tr("Inbox"), self.tr("Team"), self.tr("Conflicts"),
                                       self.tr("Consent"), self.tr("Progress"))):  # fmt: skip
            self.tabs.setTabText(index, title)
        self.unlock_button.setText(self.tr("Unlock the project key…"))
        self.merge_button.setText(self.tr("Merge now"))
        self.approve_button.setText(self.tr("Approve this laptop and merge"))
        self.inbox_table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("What"), self.tr("Bundle"), self.tr("Result")]
        )
        self.team_note.setText(self.tr(
            "Laptops whose bundles this store accepts. A new laptop's first bundle waits in "
            "the inbox until you approve it."))  # fmt: skip
        self.devices.setHorizontalHeaderLabels([
            self.tr("Laptop"), self.tr("Fieldworker"), self.tr("Trusted"),
            self.tr("Bundles merged"), self.tr("Last merged")])  # fmt: skip
        self.sides.setHorizontalHeaderLabels([
            self.tr("Field"), self.tr("In the store now"), self.tr("The other version"),
            self.tr("Resolution (editable)")])  # fmt: skip
        self.keep_button.setText(self.tr("Keep the version in the store"))
        self.other_button.setText(self.tr("Take the other version"))
        self.edited_button.setText(self.tr("Save the edited resolution"))
        self.consent_intro.setText(self.tr(
            "A withdrawal received by phone or e-mail: record it by the pseudonym code. It "
            "is carried out here at once and on each laptop after its next sync."))  # fmt: skip
        self.code_label.setText(self.tr("Pseudonym code:"))
        self.what_label.setText(self.tr("Withdraws:"))
        self.everything.setText(self.tr("Everything (full withdrawal)"))
        for item, box in self.items.items():
            box.setText(consent_item_label(item))
        self.channel_label.setText(self.tr("Received by:"))
        names = {"phone": self.tr("phone"), "email": self.tr("e-mail"),
                 "in_person": self.tr("in person"), "letter": self.tr("letter")}  # fmt: skip
        for index in range(self.channel.count()):
            self.channel.setItemText(index, names[str(self.channel.itemData(index))])
        self.reason_label.setText(self.tr("Reason (optional):"))
        self.withdraw_button.setText(self.tr("Record and carry out the withdrawal"))
        self.audit_button.setText(self.tr("Consent audit of the team…"))
        self.withdrawals.setHorizontalHeaderLabels([self.tr("When"), self.tr("Carried out")])
        self.progress.setHorizontalHeaderLabels([
            self.tr("Case study"), self.tr("Stakeholder group"), self.tr("Fieldworker"),
            self.tr("Planned"), self.tr("Done"), self.tr("Hours of audio"), self.tr("Notes"),
            self.tr("Consent problems")])  # fmt: skip
        self._show()

    # --- data ------------------------------------------------------------------------------

    def show_summary(self, summary: StoreSummary) -> None:
        self._summary = summary
        self._show()

    def show_desk(self, desk: DeskData) -> None:
        self._desk = desk
        self._show()

    def set_locked(self, locked: bool) -> None:
        self.locked = locked
        self._show()

    def _show(self) -> None:
        self.key_state.setText(
            self.tr("The project key is locked: the team's bundles wait until you unlock it "
                    "with the project passphrase.") if self.locked else
            self.tr("The project key is unlocked for this session: the team's bundles are "
                    "merged as they arrive."))  # fmt: skip
        self.unlock_button.setVisible(self.locked)
        summary, desk = self._summary, self._desk
        if summary is not None:
            words = {
                "received": self.tr("Merged"),
                "rejected": self.tr("Set aside"),
                "waiting": self.tr("Waiting for approval"),
                "sent": self.tr("Sent"),
            }
            rows = [(local_time(r.at), words.get(r.direction, r.direction), r.file_name,
                     r.message or self._counts(r.result)) for r in summary.sync_log]  # fmt: skip
            _fill(self.inbox_table, rows)
            self._inbox_selected()
        if desk is None:
            return
        self.gaps.setText("\n".join(
            self.tr("{laptop}: the bundles between {after} and {before} have not arrived.")
            .format(laptop=laptop, after=after, before=before)
            for laptop, after, before in desk.gaps))  # fmt: skip
        self.gaps.setVisible(bool(desk.gaps))
        locale = QLocale()
        how = {"self": self.tr("this laptop"), "project": self.tr("coordinator"),
               "approved": self.tr("approved")}  # fmt: skip
        _fill(self.devices, [
            (d.label or d.device_id[:8], d.fieldworker, how.get(d.approved_how, d.approved_how),
             locale.toString(d.bundles), local_time(d.last_merged) if d.last_merged else "–")
            for d in desk.devices])  # fmt: skip
        current = self.conflict_list.currentRow()
        self.conflict_list.clear()
        for conflict in desk.conflicts:
            kind = self.record_kind(conflict.table_name)
            QListWidgetItem(f"{kind}: {conflict.label}", self.conflict_list)
        if desk.conflicts:
            text = self.tr("%n conflict(s) to resolve.", "", len(desk.conflicts))
        else:
            text = self.tr("No conflicts: every laptop's edits fitted together.")
        self.no_conflicts.setText(text)
        if desk.conflicts:
            self.conflict_list.setCurrentRow(min(max(current, 0), len(desk.conflicts) - 1))
        self._show_conflict(self.conflict_list.currentRow())
        _fill(self.withdrawals, [(local_time(at), self.purge_text(detail))
                                 for at, detail in desk.withdrawals])  # fmt: skip
        groups = {g.value: g for g in StakeholderGroup}
        _fill(self.progress, [
            (c.case_study or "–", group_label(groups[c.group]) if c.group in groups else c.group,
             c.fieldworker or "–", c.planned, c.done, locale.toString(c.audio_hours, "f", 1),
             c.notes, c.consent_problems) for c in desk.team])  # fmt: skip

    def purge_text(self, detail: str) -> str:
        """An audit entry of a purge (stored in one fixed form), in the interface language."""
        match = PURGE.match(detail)
        if match is None:
            return detail
        removed = int(match["recordings"]) + int(match["notes"])
        text = self.tr("{code}: %n recording(s) or note(s) removed", "", removed).format(
            code=match["code"])  # fmt: skip
        return f"{text} ({match['reason']})" if match["reason"] else text

    def record_kind(self, table: str) -> str:
        kinds = {
            "case_studies": self.tr("Case study"),
            "participants": self.tr("Participant"),
            "participant_identities": self.tr("Participant's contact details"),
            "appointments": self.tr("Appointment"),
            "interview_guides": self.tr("Interview guide"),
            "interview_sessions": self.tr("Interview"),
            "notes": self.tr("Note"),
            "recordings": self.tr("Recording"),
            "codes": self.tr("Code"),
            "fieldworkers": self.tr("Fieldworker"),
        }
        return kinds.get(table, table)

    def _counts(self, result: dict[str, Any]) -> str:
        if not result:
            return ""
        return self.tr("{added} added, {updated} updated, {conflicts} conflicts").format(
            added=result.get("added", 0), updated=result.get("updated", 0),
            conflicts=result.get("conflicts", 0))  # fmt: skip

    # --- inbox -----------------------------------------------------------------------------

    def _selected_inbox(self) -> tuple[str, str] | None:
        rows = self.inbox_table.selectionModel().selectedRows()
        if not rows or self._summary is None:
            return None
        entry = self._summary.sync_log[rows[0].row()]
        return entry.direction, entry.file_name

    def _inbox_selected(self) -> None:
        chosen = self._selected_inbox()
        self.approve_button.setEnabled(chosen is not None and chosen[0] == "waiting")

    def _approve(self) -> None:
        chosen = self._selected_inbox()
        if chosen is not None:
            self.approve_requested.emit(chosen[1])

    def select_waiting(self) -> bool:
        """Select the first bundle waiting for approval (for a keyboard user, and tests)."""
        if self._summary is None:
            return False
        for index, entry in enumerate(self._summary.sync_log):
            if entry.direction == "waiting":
                self.inbox_table.selectRow(index)
                return True
        return False

    # --- conflicts -------------------------------------------------------------------------

    def current_conflict(self) -> ConflictRow | None:
        row = self.conflict_list.currentRow()
        if self._desk is None or not 0 <= row < len(self._desk.conflicts):
            return None
        return self._desk.conflicts[row]

    def _show_conflict(self, _row: int) -> None:
        conflict = self.current_conflict()
        for button in (self.keep_button, self.other_button, self.edited_button):
            button.setEnabled(conflict is not None)
        if conflict is None:
            self.sides.setRowCount(0)
            self.conflict_caption.setText("")
            return
        self.conflict_caption.setText(self.tr(
            "In the store now: the version of {kept_by} ({kept_at}). The other: the version "
            "of {other_by} ({other_at}). Neither knew of the other.").format(
            kept_by=conflict.kept_by, kept_at=local_time(conflict.kept_at),
            other_by=conflict.other_by, other_at=local_time(conflict.other_at)))  # fmt: skip
        self.sides.setRowCount(len(conflict.fields))
        for index, difference in enumerate(conflict.fields):
            cells = (difference.name, difference.kept, difference.other, difference.kept)
            for column, value in enumerate(cells):
                item = QTableWidgetItem("" if value is None else str(value))
                editable = column == 3 and isinstance(difference.kept, EDITABLE) and isinstance(
                    difference.other, EDITABLE)  # fmt: skip
                flags = item.flags() | Qt.ItemFlag.ItemIsEditable if editable else \
                    item.flags() & ~Qt.ItemFlag.ItemIsEditable  # fmt: skip
                item.setFlags(flags)
                if column == 1:
                    item.setBackground(QColor("#e8f5e9"))
                if column == 2:
                    item.setBackground(QColor("#fff3e0"))
                self.sides.setItem(index, column, item)

    def edited_values(self) -> dict[str, Any]:
        conflict = self.current_conflict()
        if conflict is None:
            return {}
        values: dict[str, Any] = {}
        for index, difference in enumerate(conflict.fields):
            item = self.sides.item(index, 3)
            text = item.text() if item is not None else ""
            if text != ("" if difference.kept is None else str(difference.kept)):
                values[difference.name] = text
        return values

    def _resolve(self, keep: str) -> None:
        conflict = self.current_conflict()
        if conflict is None:
            return
        if keep == "edited":
            self.resolve_requested.emit(conflict.conflict_id, "winner", self.edited_values())
        else:
            self.resolve_requested.emit(conflict.conflict_id, keep, {})

    # --- consent ---------------------------------------------------------------------------

    def _everything_toggled(self, checked: bool) -> None:
        for box in self.items.values():
            box.setEnabled(not checked)

    def _withdraw(self) -> None:
        items = None if self.everything.isChecked() else {
            item for item, box in self.items.items() if box.isChecked()}  # fmt: skip
        code, via = self.code.text().strip(), str(self.channel.currentData())
        self.withdrawal_requested.emit(code, items, via, self.reason.text())

    def withdrawal_done(self, text: str, *, ok: bool) -> None:
        self.withdraw_message.setText(text)
        self.withdraw_message.setStyleSheet("" if ok else "color: #b3261e;")
        if ok:
            self.code.clear()
            self.reason.clear()
