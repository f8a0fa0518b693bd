"""The one helper that runs work off the GUI thread (STYLE rule 3).

`runner.run(work, on_done)` runs `work()` on Qt's thread pool; `on_done(result)` is then
called on the GUI thread. Errors come back on the GUI thread too, through the
`failed` signal, which the main window shows in one place. Tests may swap in
`ImmediateTaskRunner`, which runs the work at once, in the caller's thread.

Thread contract: `work` must not touch widgets, and must open its own store
transaction; the callbacks run on the GUI thread and may touch widgets.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from contextlib import suppress
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

Done = Callable[[Any], object]
Failed = Callable[[BaseException], None]


class _Signals(QObject):
    finished = Signal(int, object)
    errored = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, job_id: int, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._id, self._work, self._signals = job_id, work, signals

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # every error must reach the GUI, never vanish
            self._emit(self._signals.errored, exc)
        else:
            self._emit(self._signals.finished, result)

    def _emit(self, signal: Any, value: object) -> None:
        # If the window that asked has closed (its runner is gone), nobody is left to
        # tell; the work itself is done and committed, so nothing is lost.
        with suppress(RuntimeError):
            signal.emit(self._id, value)


class TaskRunner(QObject):
    """Runs work on a thread pool and delivers results and errors on the GUI thread."""

    failed = Signal(object)  # an exception no caller handled

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        # Qt's global pool outlives every window: a job still running when its window
        # is destroyed finishes safely, and its result has nobody to go to.
        self._pool = pool or QThreadPool.globalInstance()
        # Created in the GUI thread, so emissions from workers are queued to it.
        self._signals = _Signals(self)
        self._signals.finished.connect(self._deliver)
        self._signals.errored.connect(self._report)
        self._pending: dict[int, tuple[Done | None, Failed | None]] = {}
        self._ids = itertools.count(1)

    @property
    def idle(self) -> bool:
        return not self._pending

    def wait_until_done(self, msecs: int = 30000) -> bool:
        """Block until every started job has finished (only for shutting down)."""
        return self._pool.waitForDone(msecs)

    def deliver_finished(self) -> None:
        """Deliver now the results of jobs that have finished (only for shutting down,
        after `wait_until_done`: the event loop may not run again)."""
        QCoreApplication.sendPostedEvents(self)  # the queued calls of _deliver and _report

    def run(
        self, work: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> None:
        job_id = next(self._ids)
        self._pending[job_id] = (on_done, on_error)
        self._pool.start(_Job(job_id, work, self._signals))

    @Slot(int, object)
    def _deliver(self, job_id: int, result: object) -> None:
        on_done, _ = self._pending.pop(job_id, (None, None))
        if on_done is not None:
            on_done(result)

    @Slot(int, object)
    def _report(self, job_id: int, error: BaseException) -> None:
        _, on_error = self._pending.pop(job_id, (None, None))
        if on_error is not None:
            on_error(error)
        else:
            self.failed.emit(error)


class ImmediateTaskRunner(TaskRunner):
    """Runs work at once in the caller's thread: for screenshots and deterministic tests."""

    def run(
        self, work: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> None:
        try:
            result = work()
        except Exception as exc:
            if on_error is not None:
                on_error(exc)
            else:
                self.failed.emit(exc)
            return
        if on_done is not None:
            on_done(result)
