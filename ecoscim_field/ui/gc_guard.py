"""Python's garbage collector runs on the GUI thread only.

The collector runs in whichever thread happens to allocate when a threshold is crossed.
If that is a worker and the garbage holds a Qt widget (a closed dialog caught in a
reference cycle with its own slot), the widget is destroyed off the GUI thread and the
process crashes. Like Anki (aqt's periodic collection), the app disables automatic
collection and collects on a GUI timer instead; reference counting still frees
everything not in a cycle at once.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QTimer

INTERVAL_MS = 2000
_timer: QTimer | None = None


def collect_on_gui_thread(app: QCoreApplication) -> QTimer:
    global _timer
    if _timer is None:
        gc.disable()
        _timer = QTimer(app)
        _timer.setInterval(INTERVAL_MS)
        _timer.timeout.connect(lambda: gc.collect())
        _timer.start()
    return _timer
