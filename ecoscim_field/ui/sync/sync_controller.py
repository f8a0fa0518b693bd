"""When to exchange bundles: back online, the shared folder back, Sync now, the end of
an interview; never during a recording. The exchange itself runs on a worker thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from ecoscim_field.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from ecoscim_field.store.database import Store
    from ecoscim_field.sync.exchange import ExchangeReport

CHECK_INTERVAL_MS = 20_000  # how often the shared folder's presence is looked at
RETRY_INTERVAL_MS = 60_000  # after a failed exchange
# Reasons that need the shared folder to be known present; the others (Sync now, an
# approval, a withdrawal) try anyway and say why they could not.
AUTOMATIC = frozenset({"online", "interview", "after recording", "again"})


class SyncController(QObject):
    """Decides when this laptop exchanges bundles, and says how the last one went."""

    changed = Signal()  # state to show: online, running, last time, problem
    exchanged = Signal(object)  # ExchangeReport

    def __init__(
        self,
        *,
        runner: TaskRunner,
        store: Callable[[], Store | None],
        shared_folder: Callable[[], Path | None],
        part_size: Callable[[], int | None],
        recording: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner, self._store, self._shared = runner, store, shared_folder
        self._part_size, self._recording = part_size, recording
        self.online: bool | None = None  # the network, as Qt sees it (None: unknown)
        self.folder_present = False
        self.running = False
        self.deferred = False  # a sync waits for the recording to stop
        self.wanted = False  # asked for while one was running
        self.last_time: datetime | None = None
        self.last_report: ExchangeReport | None = None
        self.reports: list[ExchangeReport] = []  # this session's, oldest first
        self.problem = ""
        self.project_key: Any = None  # the coordinator's unlocked project key, in memory only
        self.approve: set[str] = set()  # files the coordinator approved for the next merge
        self._check_timer = QTimer(self)
        self._check_timer.setInterval(CHECK_INTERVAL_MS)
        self._check_timer.timeout.connect(self.check_folder)
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.setInterval(RETRY_INTERVAL_MS)
        self._retry_timer.timeout.connect(lambda: self.request("retry"))

    def start(self) -> None:
        """Begin watching (after the store is open)."""
        self._check_timer.start()
        self.check_folder()

    # --- what triggers an exchange ----------------------------------------------------------

    def set_online(self, online: bool | None) -> None:
        came_back = bool(online) and not self.online
        self.online = online
        self.changed.emit()
        if came_back:
            self.request("online")

    def check_folder(self) -> None:
        """Look (off the GUI thread: a network share may hang) whether the folder is there."""
        folder = self._shared()
        if folder is None:
            if self.folder_present:
                self.folder_present = False
                self.changed.emit()
            return
        from ecoscim_field.sync.exchange import folder_usable

        self._runner.run(lambda: folder_usable(folder), self._folder_checked)

    def _folder_checked(self, usable: bool) -> None:
        came_back = usable and not self.folder_present
        self.folder_present = usable
        self.changed.emit()
        if came_back:
            self.request("folder")

    def recording_stopped(self) -> None:
        if self.deferred:
            self.request("after recording")

    def request(self, why: str = "now") -> bool:
        """Exchange now if possible; True if an exchange started."""
        if self.running:
            self.wanted = True
            return False
        if self._recording():
            self.deferred = True
            self.changed.emit()
            return False
        store, folder = self._store(), self._shared()
        if store is None or folder is None:
            return False
        if why in AUTOMATIC and not self.folder_present:
            return False  # the stick is not plugged in: nothing to say, the check will see it
        self.deferred = False
        self.running = True
        self.problem = ""
        self.changed.emit()
        approve, key, part = set(self.approve), self.project_key, self._part_size()
        self._runner.run(lambda: _exchange(store, folder, key, approve, part),
                         self._done, self._failed)  # fmt: skip
        return True

    # --- results ---------------------------------------------------------------------------

    def _done(self, report: ExchangeReport) -> None:
        self.running = False
        self.last_report = report
        self.reports = [*self.reports[-49:], report]
        self.problem = report.problem
        self.folder_present = report.ok or self.folder_present
        if report.ok:
            self.last_time = datetime.now(UTC)
            self.approve.clear()
        else:
            self._retry_timer.start()
        self.changed.emit()
        self.exchanged.emit(report)
        self._again()

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self.problem = str(error)
        self._retry_timer.start()
        self.changed.emit()
        self._again()

    def _again(self) -> None:
        if self.wanted:
            self.wanted = False
            QTimer.singleShot(0, lambda: self.request("again"))


def _exchange(
    store: Store, folder: Path, project_key: Any, approve: set[str], part_size: int | None
) -> ExchangeReport:
    """Runs on a worker thread."""
    from ecoscim_field.i18n.messages import describe_os_reason
    from ecoscim_field.i18n.sync_messages import describe_bundle_error
    from ecoscim_field.sync.exchange import exchange, identities_for

    return exchange(
        store, folder, identities_for(store, project_key), part_size=part_size,
        approve=approve, describe=describe_bundle_error,
        describe_os=lambda e: f"{describe_os_reason(e)} ({e.filename or folder})",
    )  # fmt: skip
