"""The main window, driven with real widgets offscreen, checked on screen and in the store."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from ecoscim_field.config import Config
from ecoscim_field.domain.demo import fill_demo
from ecoscim_field.domain.profile import load_profile
from ecoscim_field.i18n.catalogue import install_language
from ecoscim_field.store.database import DB_FILE, Store
from ecoscim_field.store.models import Role
from ecoscim_field.ui import app as app_module
from ecoscim_field.ui.settings.settings_dialog import SettingsDialog
from ecoscim_field.ui.shell.first_start_dialog import FirstStartDialog
from ecoscim_field.ui.shell.main_window import PAGE_KEYS, MainWindow
from ecoscim_field.ui.tasks import TaskRunner


def make_window(qtbot: QtBot, store: Store, config_folder: Path, config: Config) -> MainWindow:
    win = MainWindow(
        store=store, config=config, language="en", runner=TaskRunner(), config_folder=config_folder
    )
    qtbot.addWidget(win)
    return win


@pytest.fixture
def window(qtbot: QtBot, store: Store, _fresh_config: Path) -> Iterator[MainWindow]:
    install_language("en")
    fill_demo(store)
    win = make_window(qtbot, store, _fresh_config, Config())
    win.show()
    qtbot.waitUntil(lambda: win.summary is not None, timeout=5000)
    yield win
    # Background work must be over before the store closes under it.
    qtbot.waitUntil(lambda: win.runner.idle, timeout=10000)


def click_nav(qtbot: QtBot, win: MainWindow, row: int) -> None:
    rect = win.nav.visualItemRect(win.nav.item(row))
    qtbot.mouseClick(win.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_navigation_switches_between_the_areas(qtbot: QtBot, window: MainWindow) -> None:
    titles = [window.nav.item(i).text() for i in range(window.nav.count())
              if not window.nav.item(i).isHidden()]  # fmt: skip
    # A fieldworker's laptop: the coordinator's desk is not among them.
    assert titles == ["Today", "Agenda", "Participants", "Interviews", "Case studies", "Sync"]
    for row in (4, 1, 2, 5, 0):
        click_nav(qtbot, window, row)
        assert window.stack.currentIndex() == row
        assert window.stack.currentWidget() is window.pages[row]


def test_status_bar_shows_pending_changes_and_profile(window: MainWindow) -> None:
    assert window.summary is not None and window.summary.pending > 0
    assert window.pending_label.text() == f"{window.summary.pending} changes waiting to sync"
    assert window.profile_label.text() == "Lucía Hernández Ríos (LHR)"
    assert window.network_label.text().split(" · ")[0] in ("Online", "Offline", "Network: unknown")


def test_case_studies_filter_as_you_type(qtbot: QtBot, window: MainWindow) -> None:
    click_nav(qtbot, window, PAGE_KEYS.index("case-studies"))
    page = window.case_studies_page.cases
    assert page.proxy.rowCount() == 8
    qtbot.keyClicks(page.search, "iztapalapa")
    names = {page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())}
    assert "Cablebús Línea 2" in names and "Ecobici: bicicletas públicas compartidas" not in names


def test_switching_language_retranslates_the_open_window_at_once(
    qtbot: QtBot, window: MainWindow, _fresh_config: Path
) -> None:
    dialog = window.open_settings()
    qtbot.waitUntil(
        lambda: (
            "found" in dialog.audio_status.text()
            or "No " in dialog.audio_status.text()
            or "not available" in dialog.audio_status.text()
        ),
        timeout=10000,
    )
    dialog.language.setCurrentIndex(dialog.language.findData("es_MX"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Hoy", timeout=5000)
    assert window.nav.item(4).text() == "Casos de estudio"
    assert window.file_menu.title() == "&Archivo"
    cases = window.case_studies_page.cases.model
    assert cases.headerData(0, Qt.Orientation.Horizontal) == "Caso de estudio"
    assert "cambios por sincronizar" in window.pending_label.text()
    qtbot.waitUntil(lambda: Config.load(_fresh_config).language == "es_MX", timeout=5000)
    # …and back, without a restart.
    dialog = window.open_settings()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Today", timeout=5000)


def test_settings_edit_the_profile_in_the_store(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    dialog = window.open_settings()
    assert dialog.fields.name.text() == "Lucía Hernández Ríos"
    dialog.fields.name.clear()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    # QTest types ASCII keys only; accents arrive through an input method in real life.
    qtbot.keyClicks(dialog.fields.name, "Lucia Hernandez")
    dialog.fields.role.setCurrentIndex(dialog.fields.role.findData(Role.COORDINATOR.value))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.profile_label.text().startswith("Lucia Hernandez ("))
    profile = load_profile(store)
    assert profile is not None
    assert (profile.name, profile.role) == ("Lucia Hernandez", Role.COORDINATOR)


def test_settings_refuse_a_data_folder_that_cannot_be_written(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    dialog = window.open_settings()
    original = dialog.data_dir.text()
    dialog.set_data_dir(blocker / "data")
    qtbot.waitUntil(lambda: "cannot be created" in dialog.data_note.text(), timeout=5000)
    assert dialog.data_dir.text() == original
    good = tmp_path / "elsewhere"
    dialog.set_data_dir(good)
    qtbot.waitUntil(lambda: dialog.data_dir.text() == str(good), timeout=5000)
    assert "next start" in dialog.data_note.text()


def test_settings_list_the_virtual_sound_card(
    qtbot: QtBot, sound_card: dict[str, str], store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A child process, because PortAudio reads the PulseAudio address once per process.
    from tests.conftest import run_cli

    result = run_cli("--lang", "en", "--data-dir", str(store.folder), "doctor", env=sound_card)
    assert "pulse" in result.stdout
    runner = TaskRunner()
    from ecoscim_field.audio.devices import InputDevice

    fake = [InputDevice(3, "USB Recorder", "ALSA", 1, 48000.0, False)]
    monkeypatch.setattr(
        "ecoscim_field.ui.settings.settings_dialog.list_input_devices", lambda: fake
    )
    dialog = SettingsDialog(
        profile=None,
        language="en",
        data_dir=store.folder,
        audio_input="Old USB mic",
        runner=runner,
    )
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.audio_status.text() == "1 input device found.", timeout=5000)
    items = [dialog.audio.itemText(i) for i in range(dialog.audio.count())]
    assert items == ["System default input", "USB Recorder (ALSA)", "Old USB mic (not connected)"]
    assert dialog.choice().audio_input == "Old USB mic"


def test_window_remembers_its_geometry(qtbot: QtBot, store: Store, _fresh_config: Path) -> None:
    first = make_window(qtbot, store, _fresh_config, Config())
    first.show()
    first.resize(790, 530)  # the offscreen screen is 800x600
    size = (first.width(), first.height())
    assert size == (790, 530)
    first.close()
    saved = Config.load(_fresh_config)
    assert saved.window_geometry
    second = make_window(qtbot, store, _fresh_config, saved)
    assert (second.width(), second.height()) == size


def test_about_box_names_version_and_data_folder(qtbot: QtBot, window: MainWindow) -> None:
    from ecoscim_field import __version__

    dialog = window.open_about()
    assert __version__ in dialog.text.text()
    assert str(window.store.folder) in dialog.text.text()
    dialog.close()


def test_first_start_needs_a_name_and_suggests_initials(qtbot: QtBot) -> None:
    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.fields.name, "Ana Maria Lopez")
    assert ok.isEnabled()
    assert dialog.fields.initials.text() == "AML"
    assert dialog.fields.values() == ("Ana Maria Lopez", "AML", Role.FIELDWORKER)


def test_the_app_explains_a_store_it_cannot_open(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / DB_FILE).write_bytes(b"not a database" * 100)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    install_language("es_MX")
    assert app_module.run_app(data_dir=data_dir, language="es_MX", config=Config()) == 1
    assert len(shown) == 1
    assert "está dañado" in shown[0] and str(data_dir / DB_FILE) in shown[0]
    assert (data_dir / DB_FILE).read_bytes() == b"not a database" * 100


def test_background_errors_reach_the_user_in_one_place(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))

    def broken() -> None:
        raise ValueError("the disk said no")

    window.runner.run(broken)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == ["Something went wrong: the disk said no"]


def _give_up_after(seconds: float, seen: dict[str, object]) -> Callable[[str], bool]:
    """For start-up tests driven by timers: never hang the suite. After `seconds`, note
    where start-up stood (for the assertion) and close the app's windows."""
    deadline = time.monotonic() + seconds

    def give_up(stage: str) -> bool:
        if time.monotonic() < deadline:
            return False
        from PySide6.QtCore import QThreadPool
        from PySide6.QtWidgets import QApplication

        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        seen["stuck"] = (
            stage,
            QThreadPool.globalInstance().activeThreadCount(),
            [(w.isVisible(), w.store is not None, w.summary is not None, w.runner.idle)
             for w in windows],
            sorted({type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()}),
        )  # fmt: skip
        for window in windows:
            window.close()
        return True

    return give_up


def test_first_start_opens_the_window_then_asks_for_the_profile(
    qtbot: QtBot, data_dir: Path
) -> None:
    """The whole start-up as a user meets it: window, store, first-start dialog, answer."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen: dict[str, object] = {}
    give_up = _give_up_after(30, seen)

    def answer() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, FirstStartDialog) and w.isVisible()]  # fmt: skip
        if not dialogs:
            if not give_up("no first-start dialog"):
                QTimer.singleShot(50, answer)
            return
        dialog = dialogs[0]
        window = dialog.parent()
        assert isinstance(window, MainWindow) and window.isVisible()
        qtbot.keyClicks(dialog.fields.name, "Diego Martinez")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        seen["window"] = window
        QTimer.singleShot(50, wait_for_profile)

    def wait_for_profile() -> None:
        window = seen["window"]
        assert isinstance(window, MainWindow)
        if not window.profile_label.text():
            if not give_up("no profile shown"):
                QTimer.singleShot(50, wait_for_profile)
            return
        seen["label"] = window.profile_label.text()
        window.close()  # closing the window ends the app

    QTimer.singleShot(0, answer)
    code = app_module.run_app(data_dir=data_dir, language="en", config=Config())
    assert "stuck" not in seen, seen
    assert code == 0
    assert seen["label"] == "Diego Martinez (DM)"
    store = Store.open(data_dir)
    try:
        profile = load_profile(store)
        assert profile is not None and profile.name == "Diego Martinez"
    finally:
        store.close()


def test_participants_search_filter_and_register(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    from ecoscim_field.store.enums import ConsentState, StakeholderGroup

    click_nav(qtbot, window, PAGE_KEYS.index("participants"))
    page = window.participants_page
    assert page.model.rowCount() == 12
    assert page.model.row_at(0).code.endswith("-0001")  # sorted by code, ascending
    qtbot.keyClicks(page.search, "guadalupe")
    names = {page.model.row_at(r).name for r in range(page.model.rowCount())}
    assert names == {"María Guadalupe Sánchez", "Guadalupe Torres"}
    assert page.count.text() == "2 of 12 participants"
    page.search.clear()
    page.consent.setCurrentIndex(page.consent.findData(ConsentState.WITHDRAWN.value))
    assert {page.model.row_at(r).consent for r in range(page.model.rowCount())} == {
        ConsentState.WITHDRAWN
    }
    page.consent.setCurrentIndex(0)
    page.group.setCurrentIndex(page.group.findData(StakeholderGroup.ACADEMIA.value))
    assert [page.model.row_at(r).name for r in range(page.model.rowCount())] == ["Emily Clarke"]
    page.group.setCurrentIndex(0)

    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = next(
        w for w in window.findChildren(QDialog) if w.isVisible() and hasattr(w, "identity_box")
    )
    dialog.group.setCurrentIndex(dialog.group.findData(StakeholderGroup.OPERATOR.value))
    dialog.alcaldia.setCurrentIndex(dialog.alcaldia.findData("Tlalpan"))
    qtbot.keyClicks(dialog.colonia, "Miguel Hidalgo 2a Seccion")
    qtbot.keyClicks(dialog.name, "Rosa Perez")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: page.model.total == 13, timeout=5000)
    qtbot.keyClicks(page.search, "rosa perez")
    assert page.model.rowCount() == 1
    row = page.model.row_at(0)
    assert row.stakeholder_group is StakeholderGroup.OPERATOR and row.consent is ConsentState.NONE
    assert row.code.split("-")[1] == page.model.row_at(0).code.split("-")[1]


def test_the_window_comes_up_without_loading_the_database_layer() -> None:
    """Start-up stays fast by construction: SQLAlchemy, Alembic and the audio and schema
    libraries load on the worker that opens the store, after the window is shown."""
    import subprocess
    import sys

    code = (
        "import sys, ecoscim_field.cli, ecoscim_field.ui.app; "
        "print(sorted(m for m in ('sqlalchemy', 'alembic', 'jsonschema', 'sounddevice', "
        "'numpy', 'ecoscim_field.ui.participants.participants_page') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout  # fmt: skip
    assert out.strip() == "[]"


def test_today_shows_the_days_appointments_in_order_with_what_to_bring(
    window: MainWindow,
) -> None:
    from ecoscim_field.ui.today.today_page import TodayPage

    page = window.pages[0]
    assert isinstance(page, TodayPage)
    assert window.summary is not None
    rows = window.summary.today
    assert rows, "the demo plans interviews for today"
    shown = [card for card in page.cards if not card.isHidden()]
    assert len(shown) == len(rows) and not page.agenda.isVisible()
    assert [c.who.text().split()[0] for c in shown] == [r.who for r in rows]
    assert all("Where:" in c.details.text() for c in shown)
    unconsented = [c for c, r in zip(shown, rows, strict=True) if r.needs_consent]
    assert all("No consent yet" in c.bring.text() for c in unconsented)


def test_planning_an_interview_warns_of_a_double_booking(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import timedelta

    from ecoscim_field.ui.today.appointment_dialog import AppointmentDialog

    asked: list[str] = []

    def yes(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    assert window.summary is not None
    busy = window.summary.today[0]  # an interview of the demo, today
    before = len(window.summary.today)
    page = window.pages[0]
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: isinstance(window.planning.last_dialog, AppointmentDialog),
                    timeout=5000)  # fmt: skip
    dialog = window.planning.last_dialog
    assert dialog is not None
    same_time = busy.starts_at + timedelta(minutes=15)
    from PySide6.QtCore import QDate, QDateTime, QTime

    from ecoscim_field.ui.today.appointment_dialog import MEXICO_CITY

    dialog.starts.setDateTime(QDateTime(
        QDate(same_time.year, same_time.month, same_time.day),
        QTime(same_time.hour, same_time.minute), MEXICO_CITY))  # fmt: skip
    for i in range(dialog.workers.count()):  # the busy fieldworker
        item = dialog.workers.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.text() in busy.fieldworkers
                           else Qt.CheckState.Unchecked)  # fmt: skip
    dialog.target_group.setCurrentIndex(dialog.target_group.findData("academia"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert "has another interview at that time" in asked[0]
    qtbot.waitUntil(lambda: window.summary is not None and len(window.summary.today) == before + 1,
                    timeout=5000)  # fmt: skip


def test_first_start_joins_the_project_of_the_file_the_coordinator_gave(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ecoscim_field.sync.bundle import store_project
    from tests.sync_kit import coordinator

    coord = coordinator(tmp_path / "coordinator", name="ECOSCIM CDMX")
    project_file = tmp_path / "ecoscim.project.json"
    project_file.write_text(coord.project.to_json(), encoding="utf-8")
    coord.store.close()
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "something else"}', encoding="utf-8")
    seen: dict[str, object] = {}
    give_up = _give_up_after(30, seen)

    def answer() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, FirstStartDialog) and w.isVisible()]  # fmt: skip
        if not dialogs:
            if not give_up("no first-start dialog"):
                QTimer.singleShot(50, answer)
            return
        dialog = dialogs[0]
        assert not dialog.load_project(broken)
        seen["refused"] = dialog.project_label.text()
        assert dialog.load_project(project_file)
        seen["accepted"] = dialog.project_label.text()
        qtbot.keyClicks(dialog.fields.name, "Diego Martinez")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        seen["window"] = dialog.parent()
        QTimer.singleShot(50, wait_for_profile)

    def wait_for_profile() -> None:
        window = seen["window"]
        assert isinstance(window, MainWindow)
        if not window.profile_label.text():
            if not give_up("no profile shown"):
                QTimer.singleShot(50, wait_for_profile)
            return
        window.close()

    QTimer.singleShot(0, answer)
    assert app_module.run_app(data_dir=data_dir, language="en", config=Config()) == 0
    assert "stuck" not in seen, seen
    assert "broken.json is not a project file" in str(seen["refused"])
    assert coord.project.fingerprint in str(seen["accepted"])
    store = Store.open(data_dir)
    try:
        joined = store_project(store)
        assert joined is not None and joined.project_id == coord.project.project_id
    finally:
        store.close()
