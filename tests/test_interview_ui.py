"""The interview screen, driven like a fieldworker drives it. The recorder here writes a
real journal but takes its samples from the test (a fake clock): the real capture path is
tested against a virtual sound card in test_audio.py."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
import pytest
import soundfile as sf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from sqlalchemy import func, select

from ecoscim_field.audio.journal import JournalHeader, open_journal
from ecoscim_field.audio.recorder import Meter
from ecoscim_field.config import Config
from ecoscim_field.domain.consent import consent_states
from ecoscim_field.domain.demo import fill_demo
from ecoscim_field.i18n.catalogue import install_language
from ecoscim_field.store.database import RECORDINGS_DIR, Store
from ecoscim_field.store.enums import ConsentState
from ecoscim_field.store.models import (
    Appointment,
    AuditEntry,
    InterviewSession,
    Note,
    Recording,
)
from ecoscim_field.ui.interviews.interview_window import InterviewWindow
from ecoscim_field.ui.shell.main_window import MainWindow
from ecoscim_field.ui.tasks import TaskRunner


class FakeRecorder:
    """Writes a real journal; the test says how much audio has "arrived" (the fake clock)."""

    made: ClassVar[list[FakeRecorder]] = []

    def __init__(self, *, folder: Path, header: JournalHeader, device: str | None) -> None:
        self.folder, self.header = folder, header
        self.device_name = "Test microphone"
        self.problem, self.problem_detail = "", ""
        self.frames = 0
        self.paused = False
        self.handle: Any = None
        self.level = Meter(-12.0, -20.0, clipped=False)
        FakeRecorder.made.append(self)

    def start(self) -> None:
        self.handle = open_journal(self.folder, self.header)

    def advance(self, seconds: float) -> None:
        count = round(seconds * self.header.sample_rate)
        tone = np.sin(np.arange(count) * 2 * np.pi * 440 / self.header.sample_rate) * 8000
        self.handle.write(tone.astype("<i2").tobytes())
        self.handle.flush()
        self.frames += count

    def pause(self) -> None:
        self.paused = True

    def resume(self) -> None:
        self.paused = False

    def stop(self) -> int:
        if self.handle is not None and not self.handle.closed:
            self.handle.close()
        return self.frames

    def meter(self) -> Meter:
        return self.level

    @property
    def elapsed_s(self) -> float:
        return self.frames / self.header.sample_rate


@pytest.fixture
def window(qtbot: QtBot, store: Store, _fresh_config: Path) -> Iterator[MainWindow]:
    install_language("en")
    fill_demo(store)
    FakeRecorder.made.clear()
    win = MainWindow(store=store, config=Config(), language="en", runner=TaskRunner(),
                     config_folder=_fresh_config)  # fmt: skip
    win.recorder_factory = FakeRecorder
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.summary is not None, timeout=5000)
    yield win
    for interview in list(win.interviews):
        if isValid(interview):  # not deleted on close already
            interview.close()
    qtbot.waitUntil(lambda: win.runner.idle, timeout=10000)


def open_interview(qtbot: QtBot, window: MainWindow, card_index: int = 0) -> InterviewWindow:
    today = window.page_for("today")
    card = today.cards[card_index]  # type: ignore[attr-defined]
    qtbot.mouseClick(card.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.interviews), timeout=5000)
    interview = window.interviews[-1]
    qtbot.addWidget(interview)
    return interview


def recording(qtbot: QtBot, interview: InterviewWindow) -> FakeRecorder:
    qtbot.mouseClick(interview.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: interview.controller.state == "recording", timeout=5000)
    return FakeRecorder.made[-1]


def test_notes_carry_the_audio_offset_the_question_and_survive_a_second_segment(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    interview = open_interview(qtbot, window)
    assert interview.current_ref() == "1.1"
    core = interview.uncovered_core()
    assert core, "the built-in guides mark core questions"
    fake = recording(qtbot, interview)
    fake.advance(65.0)
    qtbot.keyClicks(interview.note, "Llego en Ecobici")
    qtbot.keyClick(interview.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: interview.notes.count() == 1, timeout=5000)
    assert interview.notes.item(0).text().startswith("[0:01:05] (1.1)")
    qtbot.keyClick(interview, Qt.Key.Key_F8)  # covered, and on to the next question
    assert interview.current_ref() == "1.2"
    assert "1.1" not in interview.uncovered_core()
    fake.advance(2.5)
    qtbot.keyClick(interview, Qt.Key.Key_F9)  # mark this moment
    qtbot.waitUntil(lambda: interview.notes.count() == 2, timeout=5000)
    interview.controller.poll()
    assert interview.elapsed.text() == "0:01:07"
    qtbot.mouseClick(interview.record_button, Qt.MouseButton.LeftButton)  # stop
    qtbot.waitUntil(lambda: interview.controller.state == "idle", timeout=5000)
    fake2 = recording(qtbot, interview)  # a further segment of the same session
    fake2.advance(10.0)
    qtbot.keyClicks(interview.note, "Segundo tramo")
    qtbot.keyClick(interview.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: interview.notes.count() == 3, timeout=5000)
    qtbot.mouseClick(interview.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: interview.controller.state == "idle", timeout=5000)
    session_id = interview.controller.session_id
    with store.transaction() as session:
        notes = list(session.scalars(select(Note).where(Note.session_id == session_id)
                                     .order_by(Note.written_at)))  # fmt: skip
        assert [(n.audio_offset_ms, n.question_ref, n.text) for n in notes] == [
            (65_000, "1.1", "Llego en Ecobici"), (67_500, "1.2", ""),
            (77_500, "1.2", "Segundo tramo"),
        ]  # fmt: skip
        segments = list(session.scalars(select(Recording).where(
            Recording.session_id == session_id).order_by(Recording.segment)))  # fmt: skip
        assert [(r.segment, round(r.duration_s, 2)) for r in segments] == [(1, 67.5), (2, 10.0)]
        assert json.loads(session.get_one(InterviewSession, session_id).covered) == ["1.1"]
    for row in segments:
        assert sf.info(str(store.folder / RECORDINGS_DIR / row.file_name)).samplerate == 16000


def test_finishing_asks_for_a_reflection_and_marks_the_appointment_done(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    interview = open_interview(qtbot, window)
    session_id = interview.controller.session_id
    recording(qtbot, interview).advance(3.0)
    dialog = interview.finish()
    qtbot.keyClicks(dialog.fields["setting"], "Cocina de la casa, radio encendido")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not window.interviews, timeout=5000)
    with store.transaction() as session:
        row = session.get_one(InterviewSession, session_id)
        assert row.state == "finished" and row.ended_at is not None
        assert json.loads(row.reflection)["setting"] == "Cocina de la casa, radio encendido"
        assert session.get_one(Appointment, row.appointment_id).status == "done"
        assert session.scalars(select(Recording).where(
            Recording.session_id == row.id)).one().duration_s == 3.0  # fmt: skip


def test_closing_while_recording_saves_the_recording(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    interview = open_interview(qtbot, window)
    session_id = interview.controller.session_id
    recording(qtbot, interview).advance(4.0)
    interview.close()
    qtbot.waitUntil(lambda: not window.interviews, timeout=5000)
    with store.transaction() as session:
        query = select(Recording).where(Recording.session_id == session_id)
        assert session.scalars(query).one().duration_s == 4.0


def test_a_lost_device_is_said_at_once_and_recording_goes_on_as_a_new_segment(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    interview = open_interview(qtbot, window)
    fake = recording(qtbot, interview)
    fake.advance(5.0)
    fake.problem = "device_lost"
    interview.controller.poll()
    assert "unplugged" in interview.message.text()
    qtbot.waitUntil(lambda: interview.controller.state == "idle", timeout=5000)
    assert interview.record_button.isEnabled()
    recording(qtbot, interview).advance(1.0)
    assert FakeRecorder.made[-1].header.segment == 2
    interview.controller.stop()
    qtbot.waitUntil(lambda: interview.controller.state == "idle", timeout=5000)
    with store.transaction() as session:
        assert sorted(r.segment for r in session.scalars(select(Recording).where(
            Recording.session_id == interview.controller.session_id))) == [1, 2]  # fmt: skip


def test_without_consent_audio_refused_after_the_statement_is_deleted_at_once(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    with store.transaction() as session:
        states = consent_states(session)
    today = window.summary.today  # type: ignore[union-attr]
    index = next(i for i, row in enumerate(today)
                 if row.participant_id and states.get(row.participant_id, ConsentState.NONE)
                 is ConsentState.NONE)  # fmt: skip
    interview = open_interview(qtbot, window, index)
    assert interview.consent_bar.isVisible() and interview.refuse_audio_button.isVisible()
    recording(qtbot, interview).advance(20.0)
    session_id = interview.controller.session_id
    qtbot.waitUntil(lambda: store_value(store, session_id), timeout=5000)
    qtbot.mouseClick(interview.refuse_audio_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "deleted" in interview.message.text(), timeout=5000)
    assert not interview.record_button.isEnabled()  # notes only from now on
    with store.transaction() as session:
        assert session.scalars(select(Recording).where(
            Recording.session_id == session_id)).first() is None  # fmt: skip
        assert session.scalars(select(AuditEntry).where(
            AuditEntry.action == "recording.deleted_refused")).first() is not None  # fmt: skip
    assert not [p for p in (store.folder / RECORDINGS_DIR).glob(f"{session_id[:8]}-*")]


def store_value(store: Store, session_id: str) -> bool:
    with store.reading() as session:
        return session.get_one(InterviewSession, session_id).consent_pending


def test_a_participant_who_refused_audio_gets_notes_only(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    from ecoscim_field.domain.sessions import RecordGate

    interview = open_interview(qtbot, window)
    interview.controller.gate = RecordGate.REFUSED
    interview._show_state("idle")
    assert not interview.record_button.isEnabled()
    assert "take notes only" in interview.consent_bar.text()


def test_the_app_saves_an_interrupted_recording_at_start_and_says_so(
    qtbot: QtBot, store: Store, _fresh_config: Path
) -> None:
    from datetime import UTC, datetime

    from ecoscim_field.domain.sessions import start_session

    install_language("en")
    fill_demo(store)
    with store.transaction() as session:
        states = consent_states(session)
    participant = next(pid for pid, state in states.items() if state is ConsentState.GIVEN)
    session_id = start_session(store, participant_id=participant)
    header = JournalHeader(
        recording_id="0f0e0d0c-0000-4000-8000-000000000001", kind="session", sample_rate=16000,
        channels=1, started_at=datetime.now(UTC).isoformat(), session_id=session_id,
        participant_id=participant, target_name="interrupted.flac",
    )  # fmt: skip
    crashed = FakeRecorder(folder=store.folder / RECORDINGS_DIR, header=header, device=None)
    crashed.start()
    crashed.advance(3.0)  # …and the laptop's battery died here
    crashed.stop()  # (a dead process's file and lock are closed by the kernel)
    win = MainWindow(store=store, config=Config(), language="en", runner=TaskRunner(),
                     config_folder=_fresh_config)  # fmt: skip
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.recovery_box is not None, timeout=10000)
    assert "interrupted last time" in win.recovery_box.text()  # type: ignore[union-attr]
    assert "interrupted.flac" in win.recovery_box.informativeText()  # type: ignore[union-attr]
    with store.transaction() as session:
        row = session.get_one(Recording, header.recording_id)
        assert row.recovered and row.session_id == session_id and row.duration_s == 3.0
    qtbot.waitUntil(lambda: win.runner.idle, timeout=10000)


def test_a_walk_in_interview_from_the_participants_page(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    page = window.show_area("participants")
    page.select_code(next(r.code for r in window.summary.participants  # type: ignore[union-attr]
                          if r.consent is ConsentState.GIVEN))  # fmt: skip
    qtbot.mouseClick(page.interview_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(window.interviews), timeout=5000)
    interview = window.interviews[-1]
    qtbot.addWidget(interview)
    assert interview.questions.topLevelItemCount() > 0  # the current guide for their group
    with store.transaction() as session:
        row = session.get_one(InterviewSession, interview.controller.session_id)
        assert row.appointment_id is None and row.state == "open" and row.guide_id
    recording(qtbot, interview).advance(1.0)
    interview.close()
    qtbot.waitUntil(lambda: not window.interviews, timeout=5000)


def test_the_interviews_page_lists_sessions_and_finds_notes_without_accents(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    interview = open_interview(qtbot, window)
    recording(qtbot, interview).advance(42.0)
    qtbot.keyClicks(interview.note, "La estacion del Cablebus estaba cerrada")
    qtbot.keyClick(interview.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: interview.notes.count() == 1, timeout=5000)
    interview.close()
    qtbot.waitUntil(lambda: not window.interviews, timeout=5000)
    window.refresh()
    page = window.show_area("interviews")
    with store.reading() as session:
        sessions = session.scalar(select(func.count()).select_from(InterviewSession))
    qtbot.waitUntil(lambda: page.model.rowCount() == sessions, timeout=5000)  # type: ignore[attr-defined]
    assert not page.empty.isVisible()  # type: ignore[attr-defined]
    audio = [page.proxy.index(row, 4).data() for row in range(sessions)]  # type: ignore[attr-defined]
    assert audio.count("1 segment, 0:00:42") == 1, audio
    qtbot.keyClicks(page.search, "CABLEBUS cerr")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.hits.count() == 1, timeout=5000)  # type: ignore[attr-defined]
    label = page.hits.itemWidget(page.hits.item(0)).text()  # type: ignore[attr-defined]
    assert "0:00:42" in label and "<b>Cablebus</b>" in label
    assert page.hits_caption.text() == "1 note found"  # type: ignore[attr-defined]
