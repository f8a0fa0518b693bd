"""Starting the desktop app: the window first, then the store, then (once) the profile.

The window is shown before anything slow happens; the store is opened on a worker
(SQLAlchemy's import and a possible migration take longer than a person should wait
for a window). A store that cannot be opened is explained, and the app closes with
exit status 1 without having changed anything.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ecoscim_field import APP_NAME
from ecoscim_field.config import Config
from ecoscim_field.i18n.messages import describe_store_error
from ecoscim_field.qt_binding import binding_version, drops_none_references
from ecoscim_field.store.errors import StoreError
from ecoscim_field.ui.gc_guard import collect_on_gui_thread
from ecoscim_field.ui.icons import icon
from ecoscim_field.ui.shell.first_start_dialog import FirstStartDialog
from ecoscim_field.ui.shell.main_window import MainWindow
from ecoscim_field.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from ecoscim_field.store.database import Store

translate = QCoreApplication.translate


def store_error_box(error: StoreError, parent: MainWindow | None = None) -> QMessageBox:
    """The message shown when the data folder cannot be used (also for screenshots)."""
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, describe_store_error(error))
    if parent is not None:
        box.setParent(parent, box.windowFlags())
    box.setInformativeText(translate("App", "The app will close now."))
    return box


def binding_fault_box(parent: MainWindow) -> QMessageBox:
    """Tells that the installed Qt for Python would crash the app (see qt_binding.py)."""
    return QMessageBox(
        QMessageBox.Icon.Warning,
        APP_NAME,
        translate(
            "App",
            "This installation of Qt for Python (PySide6 {version}) has a fault that "
            "closes the app without warning after some minutes of use. Recordings survive "
            "it, but reinstall the app before fieldwork (the README's set-up command "
            "installs a working version).",
        ).format(version=binding_version()),
        QMessageBox.StandardButton.Ok,
        parent,
    )


def open_store(data_dir: Path) -> tuple[Store, bool]:
    """Open the store and tell whether it has a profile yet. Runs on a worker thread."""
    from ecoscim_field.domain.profile import load_profile
    from ecoscim_field.store.database import Store

    store = Store.open(data_dir)
    try:
        return store, load_profile(store) is not None
    except BaseException:
        store.close()
        raise


class Startup:
    """The steps after the window is shown, each on the GUI thread when its turn comes."""

    def __init__(self, window: MainWindow, loop: QEventLoop) -> None:
        self.window, self.loop = window, loop
        self.store: Store | None = None
        self.exit_code = 0

    def opened(self, result: tuple[Store, bool]) -> None:
        self.store, has_profile = result
        self.window.attach_store(self.store)
        if not has_profile:
            dialog = FirstStartDialog(self.window)
            dialog.accepted.connect(
                lambda: self.window.save_profile(*dialog.fields.values(), project=dialog.project)
            )
            dialog.rejected.connect(self.window.close)
            dialog.open()

    def failed(self, error: BaseException) -> None:
        if not isinstance(error, StoreError):
            self.window.show_error(error)
        else:
            store_error_box(error, self.window).exec()
        self.exit_code = 1
        self.window.close()


def run_app(*, data_dir: Path, language: str, config: Config) -> int:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setWindowIcon(icon("ecoscim-field"))
    collect_on_gui_thread(app)
    runner = TaskRunner()
    window = MainWindow(config=config, language=language, runner=runner)
    window.show()
    if drops_none_references():
        QTimer.singleShot(0, lambda: binding_fault_box(window).open())
    # The app lives as long as its main window: a loop of its own, not app.exec(), so
    # that the same function runs again in one process (tests) without Qt's quit state.
    loop = QEventLoop()
    window.closed.connect(loop.quit)
    startup = Startup(window, loop)
    # Posted, so the window paints before the worker starts importing SQLAlchemy (an
    # import holds the interpreter lock the GUI thread needs).
    QTimer.singleShot(
        0, lambda: runner.run(lambda: open_store(data_dir), startup.opened, startup.failed)
    )
    try:
        code = loop.exec()
    finally:
        runner.wait_until_done()  # let a last write finish before the store closes
        if startup.store is not None:
            startup.store.close()
    return startup.exit_code or code
