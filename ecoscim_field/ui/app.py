"""Starting the desktop app: open the store, ask for a profile on first start, show the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ecoscim_field import APP_NAME
from ecoscim_field.config import Config
from ecoscim_field.domain.profile import load_profile, save_profile
from ecoscim_field.i18n.messages import describe_store_error
from ecoscim_field.store.database import Store
from ecoscim_field.store.errors import StoreError
from ecoscim_field.ui.icons import icon
from ecoscim_field.ui.shell.first_start_dialog import FirstStartDialog
from ecoscim_field.ui.shell.main_window import MainWindow
from ecoscim_field.ui.tasks import TaskRunner

translate = QCoreApplication.translate


def store_error_box(error: StoreError) -> QMessageBox:
    """The message shown when the data folder cannot be used (also for screenshots)."""
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, describe_store_error(error))
    box.setInformativeText(
        translate("App", "The app will close now. Nothing in the data folder was changed.")
    )
    return box


def open_store(data_dir: Path) -> Store | None:
    """Open the store, or tell the user why not (returns None then)."""
    try:
        return Store.open(data_dir)
    except StoreError as error:
        store_error_box(error).exec()
        return None


def run_app(*, data_dir: Path, language: str, config: Config) -> int:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setWindowIcon(icon("ecoscim-field"))
    store = open_store(data_dir)
    if store is None:
        return 1
    try:
        if load_profile(store) is None:
            dialog = FirstStartDialog()
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return 0
            name, initials, role = dialog.fields.values()
            save_profile(store, name=name, initials=initials, role=role)
        window = MainWindow(store=store, config=config, language=language, runner=TaskRunner())
        window.show()
        if store.report.backup is not None:
            message = translate(
                "App", "The store was upgraded to this version; a copy of the old one is in {path}."
            ).format(path=store.report.backup)
            QTimer.singleShot(0, lambda: window.statusBar().showMessage(message, 15000))
        return app.exec()
    finally:
        store.close()
