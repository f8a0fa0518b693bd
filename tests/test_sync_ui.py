"""Sync in the app: back online, the exchange runs by itself; failures keep the outbox and
are retried; never during a recording; the coordinator's desk resolves conflicts and
carries out withdrawals that reach the laptops; bad bundles are set aside."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ecoscim_field.config import Config
from ecoscim_field.domain.demo import fill_demo
from ecoscim_field.i18n.catalogue import install_language
from ecoscim_field.store.database import OUTBOX_DIR
from ecoscim_field.store.models import CaseStudy, Note, Recording
from ecoscim_field.sync.exchange import copy_into
from ecoscim_field.sync.merge import open_conflicts
from ecoscim_field.ui.shell.main_window import MainWindow
from ecoscim_field.ui.tasks import TaskRunner
from tests.mounts import tmpfs
from tests.sync_kit import PASSPHRASE, Laptop, coordinator, laptop, recorded_participant
from tests.test_interview_ui import FakeRecorder, open_interview, recording


@pytest.fixture(autouse=True)
def _warnings_said(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Errors from background work, captured instead of waiting on a modal box."""
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: said.append(str(args[2])))
    yield said
    assert not said, said


@pytest.fixture
def team(tmp_path: Path) -> Iterator[dict[str, Laptop]]:
    coord = coordinator(tmp_path / "coordinator")
    a = laptop(tmp_path / "laptop-a", coord.project)
    b = laptop(tmp_path / "laptop-b", coord.project)
    yield {"coord": coord, "a": a, "b": b}
    for each in (coord, a, b):
        each.store.close()


def open_window(qtbot: QtBot, lap: Laptop, shared: Path, config_folder: Path) -> MainWindow:
    install_language("en")
    window = MainWindow(store=lap.store, config=Config(shared_folder=str(shared)), language="en",
                        runner=TaskRunner(), config_folder=config_folder)  # fmt: skip
    window.recorder_factory = FakeRecorder
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.summary is not None, timeout=5000)
    return window


def wait_synced(qtbot: QtBot, window: MainWindow, before: object = None) -> None:
    qtbot.waitUntil(lambda: not window.sync.running and window.sync.last_report is not before,
                    timeout=20000)  # fmt: skip
    qtbot.waitUntil(lambda: window.runner.idle, timeout=10000)


def introduce(coord: Laptop, lap: Laptop, staging: Path) -> None:
    """The laptop's first bundle, approved and merged by the coordinator."""
    coord.merge(lap.export(staging), trust=True)


def test_going_online_sends_the_outbox_and_merges_the_coordinators_bundle(
    qtbot: QtBot, team: dict[str, Laptop], tmp_path: Path, _fresh_config: Path
) -> None:
    coord, a = team["coord"], team["a"]
    staging, shared = tmp_path / "staging", tmp_path / "shared"
    introduce(coord, a, staging / "first")
    with coord.store.transaction() as session:
        session.add(CaseStudy(name="Asignación: Mercado de Jamaica"))
    coordinators = coord.export(staging / "coord")
    fill_demo(a.store)  # the day's work, offline
    window = open_window(qtbot, a, shared, _fresh_config)  # the shared folder is not there yet
    window.sync.set_online(False)
    window.sync.set_online(True)
    assert window.sync.reports == [] and not shared.exists()  # nothing to sync with
    shared.mkdir()  # the USB stick is plugged in, or the cloud client mounts the folder
    for path in coordinators:
        copy_into(path, shared)
    window.sync.check_folder()  # what the timer does every 20 s
    mine = f"ecoscim-{a.store.device_id[:8]}"
    qtbot.waitUntil(lambda: any(p.name.startswith(mine) for p in shared.iterdir()), timeout=20000)
    qtbot.waitUntil(lambda: any(r.received for r in window.sync.reports), timeout=20000)
    assert not list((a.folder / OUTBOX_DIR).glob("*.ecobundle"))  # all sent
    with a.store.reading() as session:
        names = set(session.scalars(select(CaseStudy.name)))
    assert "Asignación: Mercado de Jamaica" in names
    # Offline work, then the network comes back: it goes out by itself.
    window.sync.set_online(False)
    with a.store.transaction() as session:
        session.add(CaseStudy(name="Caso anotado sin red"))
    window.sync.set_online(True)
    qtbot.waitUntil(lambda: len(list(shared.glob(f"{mine}-*.ecobundle"))) == 2, timeout=20000)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20000)
    page = window.show_area("sync")
    qtbot.waitUntil(lambda: page.history.rowCount() >= 2, timeout=5000)  # type: ignore[attr-defined]
    shown = [page.history.item(r, 1).text() for r in range(page.history.rowCount())]  # type: ignore[attr-defined]
    assert any(s.startswith("Received") for s in shown) and any(s.startswith("Sent") for s in shown)
    assert "1 other record" in page.latest.text() or "record" in page.latest.text()  # type: ignore[attr-defined]
    # The shared folder going away and coming back is noticed too.
    assert "Online" in window.network_label.text()
    window.close()


def test_a_failure_mid_write_leaves_the_outbox_and_is_retried(
    qtbot: QtBot, team: dict[str, Laptop], tmp_path: Path, _fresh_config: Path
) -> None:
    a = team["a"]
    fill_demo(a.store)  # a bundle of a few megabytes
    shared = tmp_path / "stick"
    with tmpfs(shared, size="1m"):
        window = open_window(qtbot, a, shared, _fresh_config)
        wait_synced(qtbot, window)
        qtbot.waitUntil(lambda: any(not r.ok for r in window.sync.reports), timeout=20000)
        report = next(r for r in window.sync.reports if not r.ok)
        assert "full" in report.problem.lower() or "space" in report.problem.lower()
        outbox = list((a.folder / OUTBOX_DIR).glob("*.ecobundle"))
        assert outbox, "the bundle stays in the outbox"
        assert not [p for p in shared.iterdir() if p.name.endswith(".partial")]
        assert not list(shared.glob("*.ecobundle"))
        page = window.show_area("sync")
        assert "failed" in page.problem.text()  # type: ignore[attr-defined]
        subprocess.run(["mount", "-o", "remount,size=64m", str(shared)], check=True)
        first = window.sync.last_report
        window.sync.request("retry")  # what the retry timer does a minute later
        wait_synced(qtbot, window, first)
        assert window.sync.last_report is not None and window.sync.last_report.ok
        assert [p.name for p in shared.glob("*.ecobundle")] == [p.name for p in outbox]
        assert not list((a.folder / OUTBOX_DIR).glob("*.ecobundle"))
        window.close()


def test_no_sync_during_a_recording_and_one_right_after(
    qtbot: QtBot, team: dict[str, Laptop], tmp_path: Path, _fresh_config: Path
) -> None:
    from PySide6.QtCore import Qt

    a = team["a"]
    fill_demo(a.store)
    shared = tmp_path / "shared"
    shared.mkdir()
    window = open_window(qtbot, a, shared, _fresh_config)
    wait_synced(qtbot, window)  # the start-up exchange
    qtbot.waitUntil(lambda: len(list(shared.glob("*.ecobundle"))) == 1, timeout=10000)
    FakeRecorder.made.clear()
    interview = open_interview(qtbot, window)
    recorder = recording(qtbot, interview)
    recorder.advance(5.0)
    qtbot.keyClicks(interview.note, "Nota durante la grabacion")
    qtbot.keyClick(interview.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: interview.notes.count() == 1, timeout=5000)
    assert window.sync.request("now") is False  # Sync now, or back online: not now
    window.sync.set_online(False)
    window.sync.set_online(True)
    assert window.sync.deferred and not window.sync.running
    page = window.show_area("sync")
    assert "recording" in page.state.text()  # type: ignore[attr-defined]
    assert "after the recording" in window.network_label.text()
    qtbot.wait(300)
    assert len(list(shared.glob("*.ecobundle"))) == 1  # nothing went during the recording
    qtbot.mouseClick(interview.record_button, Qt.MouseButton.LeftButton)  # stop
    qtbot.waitUntil(lambda: len(list(shared.glob("*.ecobundle"))) == 2, timeout=20000)
    assert not window.sync.deferred
    qtbot.waitUntil(lambda: not window.sync.running, timeout=10000)
    interview.close()
    qtbot.waitUntil(lambda: window.runner.idle, timeout=10000)
    window.close()


def test_a_bad_bundle_is_set_aside_with_its_reason(
    qtbot: QtBot, team: dict[str, Laptop], tmp_path: Path, _fresh_config: Path
) -> None:
    a = team["a"]
    shared = tmp_path / "shared"
    shared.mkdir()
    bad = shared / "ecoscim-0badf00d-000003.ecobundle"
    bad.write_bytes(b"this is not a bundle, a sync client left it half written")
    window = open_window(qtbot, a, shared, _fresh_config)
    wait_synced(qtbot, window)
    rejected = [name for r in window.sync.reports for name, _why in r.rejected]
    assert rejected == [bad.name]
    assert not bad.exists()
    reason = (shared / "rejected" / f"{bad.name}.reason.txt").read_text(encoding="utf-8")
    assert "not an ECOSCIM Field bundle" in reason
    assert (shared / "rejected" / bad.name).exists()
    window.close()


def test_copies_into_the_shared_folder_never_replace_another_file(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    (one / "ecoscim-aaaa-000001.ecobundle").write_bytes(b"first laptop")
    (two / "ecoscim-aaaa-000001.ecobundle").write_bytes(b"a different, longer content")
    copy_into(one / "ecoscim-aaaa-000001.ecobundle", shared)
    with pytest.raises(FileExistsError):
        copy_into(two / "ecoscim-aaaa-000001.ecobundle", shared)
    assert (shared / "ecoscim-aaaa-000001.ecobundle").read_bytes() == b"first laptop"
    assert [p.name for p in shared.iterdir()] == ["ecoscim-aaaa-000001.ecobundle"]


def test_the_desk_resolves_a_conflict_and_the_resolution_reaches_a_second_laptop(
    qtbot: QtBot, team: dict[str, Laptop], tmp_path: Path, _fresh_config: Path
) -> None:
    coord, a, b = team["coord"], team["a"], team["b"]
    shared, staging = tmp_path / "shared", tmp_path / "staging"
    shared.mkdir()
    with coord.store.transaction() as session:
        session.add(CaseStudy(name="Ecobici", description="Bicicletas públicas"))
    for lap in (a, b):
        introduce(coord, lap, staging / lap.folder.name)
    back = coord.export(staging / "back")
    for lap in (a, b):
        lap.merge(back)
    for lap, words in ((a, "Según la entrevista de Ana"), (b, "Según la entrevista de Beto")):
        with lap.store.transaction() as session:
            case = session.scalars(select(CaseStudy).where(CaseStudy.name == "Ecobici")).one()
            case.description = words
        for path in lap.export(staging / f"edit-{lap.folder.name}"):
            copy_into(path, shared)
    window = open_window(qtbot, coord, shared, _fresh_config)
    desk = window.show_area("desk")
    assert not window.nav.item(6).isHidden()  # the coordinator sees the desk
    assert desk.locked  # type: ignore[attr-defined]
    window.unlock_project_key(PASSPHRASE.decode())
    qtbot.waitUntil(lambda: window.sync.project_key is not None, timeout=10000)
    wait_synced(qtbot, window)
    qtbot.waitUntil(lambda: desk.conflict_list.count() == 1, timeout=10000)  # type: ignore[attr-defined]
    assert not getattr(window, "last_warning", ""), window.last_warning
    conflict = desk.current_conflict()  # type: ignore[attr-defined]
    assert conflict is not None and conflict.label == "Ecobici"
    (difference,) = conflict.fields
    assert {difference.kept, difference.other} == {"Según la entrevista de Ana",
                                                   "Según la entrevista de Beto"}  # fmt: skip
    # The coordinator writes a merged value, field by field.
    desk.sides.item(0, 3).setText("Según Ana y Beto")  # type: ignore[attr-defined]
    qtbot.mouseClick(
        desk.edited_button, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton
    )  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: desk.conflict_list.count() == 0, timeout=10000)  # type: ignore[attr-defined]
    before = window.sync.last_report
    window.sync.request("now")  # publishing: the coordinator's bundle goes out
    wait_synced(qtbot, window, before)
    window.close()
    coordinators = [p for p in shared.glob("*.ecobundle")
                    if p.name.startswith(f"ecoscim-{coord.store.device_id[:8]}")]  # fmt: skip
    b.merge(sorted(coordinators)[-1:])
    with b.store.reading() as session:
        case = session.scalars(select(CaseStudy).where(CaseStudy.name == "Ecobici")).one()
        assert case.description == "Según Ana y Beto"
        assert open_conflicts(session) == []


def test_a_withdrawal_at_the_desk_purges_the_laptop_after_its_sync(
    qtbot: QtBot, team: dict[str, Laptop], tmp_path: Path, _fresh_config: Path
) -> None:
    coord, a = team["coord"], team["a"]
    shared, staging = tmp_path / "shared", tmp_path / "staging"
    shared.mkdir()
    fill_demo(a.store)
    introduce(coord, a, staging / "first")
    person = recorded_participant(a.store)
    code, person_id = person.code, person.id
    window = open_window(qtbot, coord, shared, _fresh_config)
    desk = window.show_area("desk")
    desk.tabs.setCurrentIndex(3)  # type: ignore[attr-defined]
    qtbot.keyClicks(desk.code, code.lower())  # type: ignore[attr-defined]
    desk.channel.setCurrentIndex(desk.channel.findData("phone"))  # type: ignore[attr-defined]
    qtbot.keyClicks(desk.reason, "Llamada del participante")  # type: ignore[attr-defined]
    before = window.sync.last_report
    qtbot.mouseClick(
        desk.withdraw_button, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton
    )  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "recorded" in desk.withdraw_message.text(), timeout=10000)  # type: ignore[attr-defined]
    assert code in desk.withdraw_message.text()  # type: ignore[attr-defined]
    wait_synced(qtbot, window, before)  # the withdrawal goes out at once
    qtbot.waitUntil(lambda: desk.withdrawals.rowCount() >= 1, timeout=10000)  # type: ignore[attr-defined]
    window.close()
    with coord.store.reading() as session:
        assert session.scalars(select(Note).where(Note.participant_id == person_id)).all() == []
    # The laptop's own sync picks up the coordinator's bundle.
    laptop_window = open_window(qtbot, a, shared, _fresh_config)
    wait_synced(qtbot, laptop_window)
    assert any(r.received for r in laptop_window.sync.reports)
    with a.store.reading() as session:
        assert (
            session.scalars(select(Recording).where(Recording.participant_id == person_id)).all()
            == []
        )
        assert session.scalars(select(Note).where(Note.participant_id == person_id)).all() == []
    page = laptop_window.show_area("sync")
    qtbot.waitUntil(lambda: "Withdrawal carried out" in page.latest.text(), timeout=5000)  # type: ignore[attr-defined]
    assert code in page.latest.text()  # type: ignore[attr-defined]
    laptop_window.close()


def test_a_new_laptop_waits_for_approval_on_the_desk(
    qtbot: QtBot, team: dict[str, Laptop], tmp_path: Path, _fresh_config: Path
) -> None:
    coord, a = team["coord"], team["a"]
    shared = tmp_path / "shared"
    shared.mkdir()
    with a.store.transaction() as session:
        session.add(CaseStudy(name="Caso de la nueva computadora"))
    for path in a.export(tmp_path / "out"):
        copy_into(path, shared)
    window = open_window(qtbot, coord, shared, _fresh_config)
    window.unlock_project_key(PASSPHRASE.decode())
    qtbot.waitUntil(lambda: window.sync.project_key is not None, timeout=10000)
    wait_synced(qtbot, window)
    assert any(r.waiting for r in window.sync.reports)
    assert not any(r.received for r in window.sync.reports)
    qtbot.waitUntil(lambda: window.runner.idle, timeout=10000)
    window.refresh()  # the snapshot after the last exchange, whatever the timing
    qtbot.waitUntil(lambda: window.runner.idle, timeout=10000)
    desk = window.show_area("desk")
    qtbot.waitUntil(lambda: desk.select_waiting(), timeout=15000)  # type: ignore[attr-defined]
    assert desk.approve_button.isEnabled()  # type: ignore[attr-defined]
    before = window.sync.last_report
    qtbot.mouseClick(
        desk.approve_button, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton
    )  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: any(r.received for r in window.sync.reports), timeout=20000)
    wait_synced(qtbot, window, before)
    with coord.store.reading() as session:
        assert "Caso de la nueva computadora" in set(session.scalars(select(CaseStudy.name)))
    window.close()
