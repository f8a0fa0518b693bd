"""The review of a finished interview: waveform with every note at its time, playback
from a few seconds before a clicked note, notes corrected (stamps kept) and coded, and
search results that open the session at their moment. The player here follows a fake
clock; real playback through a virtual sound card is tested in test_audio.py."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ecoscim_field.audio.player import Segment, total_s
from ecoscim_field.domain.codebook import builtin_code_id
from ecoscim_field.i18n.catalogue import install_language
from ecoscim_field.store.database import Store
from ecoscim_field.store.enums import NoteKind
from ecoscim_field.store.models import InterviewSession, Note, NoteCode, Recording
from ecoscim_field.ui.interviews.review_window import PREROLL_S, ReviewWindow
from ecoscim_field.ui.shell.main_window import MainWindow
from tests.test_interview_ui import window  # noqa: F401


class FakePlayer:
    """Plays nothing; its position moves only when the test says time has passed."""

    made: ClassVar[list[FakePlayer]] = []

    def __init__(self, segments: list[Segment], device: str | None) -> None:
        self.segments, self.device = segments, device
        self.duration_s = total_s(segments)
        self.position = 0.0
        self.playing = False
        self.closed = False
        FakePlayer.made.append(self)

    @property
    def position_s(self) -> float:
        return self.position

    def play(self, from_s: float | None = None) -> None:
        if from_s is not None:
            self.seek(from_s)
        self.playing = True

    def pause(self) -> None:
        self.playing = False

    def seek(self, seconds: float) -> None:
        self.position = max(0.0, min(seconds, self.duration_s))

    def close(self) -> None:
        self.closed = True


def a_demo_session(store: Store) -> tuple[str, float]:
    """The demo's first session with a minute of sound: (id, seconds of audio)."""
    with store.reading() as session:
        row = session.execute(
            select(Recording.session_id, Recording.duration_s)
            .where(Recording.duration_s > 30).order_by(Recording.file_name)
        ).first()  # fmt: skip
    assert row is not None
    return str(row[0]), float(row[1])


def open_review(qtbot: QtBot, window: MainWindow, session_id: str,  # noqa: F811
                at_ms: int | None = None) -> ReviewWindow:  # fmt: skip
    FakePlayer.made.clear()
    window.player_factory = FakePlayer
    window.review_session(session_id, at_ms)
    review = window.reviews[-1]
    qtbot.addWidget(review)
    qtbot.waitUntil(lambda: review.data is not None and review.notes.topLevelItemCount() > 0,
                    timeout=5000)  # fmt: skip
    return review


def test_the_review_draws_every_note_and_plays_from_before_a_clicked_note(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    store: Store,
) -> None:
    session_id, seconds = a_demo_session(store)
    review = open_review(qtbot, window, session_id)
    assert review.waveform.duration_s == seconds
    assert review.waveform.peaks.max() > 0.1  # the sound is drawn, not a flat line
    with store.reading() as session:
        offsets = sorted(session.scalars(select(Note.audio_offset_ms)
                                         .where(Note.session_id == session_id)))  # fmt: skip
    assert [round(s * 1000) for s, _c, _id in review.waveform.marks] == offsets
    assert review.position.text() == "0:00:00 / 0:01:00"
    # A click on the second note plays from a few seconds before it.
    item = review.notes.topLevelItem(1)
    rect = review.notes.visualItemRect(item)
    qtbot.mouseClick(review.notes.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: bool(FakePlayer.made) and FakePlayer.made[-1].playing, timeout=5000)
    player = FakePlayer.made[-1]
    assert [s.duration_s for s in player.segments] == [seconds]
    assert abs(player.position - (offsets[1] / 1000 - PREROLL_S)) < 0.01
    assert review.play_button.text() == "Pause (Space)"
    player.position += 2.0  # time passes
    qtbot.waitUntil(lambda: review.waveform.position_s > offsets[1] / 1000 - PREROLL_S + 1.9,
                    timeout=2000)  # fmt: skip
    qtbot.keyClick(review, Qt.Key.Key_Space)
    assert not player.playing and review.play_button.text() == "Play (Space)"
    # A click on the waveform seeks there; on a note's mark, it chooses the note.
    x = round(review.waveform.width() * 0.9)
    qtbot.mouseClick(review.waveform, Qt.MouseButton.LeftButton, pos=QPoint(x, 50))
    assert abs(player.position - 0.9 * seconds) < seconds / review.waveform.width() * 2
    mark_x = round(review.waveform.x_of(offsets[0] / 1000))
    qtbot.mouseClick(review.waveform, Qt.MouseButton.LeftButton, pos=QPoint(mark_x, 50))
    assert review.chosen_note() == review.notes.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole)
    review.close()
    qtbot.waitUntil(lambda: player.closed, timeout=5000)


def test_a_note_is_corrected_and_coded_after_the_interview_and_keeps_its_stamp(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    store: Store,
) -> None:
    session_id, _seconds = a_demo_session(store)
    review = open_review(qtbot, window, session_id)
    review.notes.setCurrentItem(review.notes.topLevelItem(0))
    note_id = review.chosen_note()
    with store.reading() as session:
        before = session.get_one(Note, note_id)
        stamp = (before.audio_offset_ms, before.written_at, before.question_ref)
    dialog = review.edit_note()
    assert dialog is not None and "the stamp stays" in dialog.stamp.text()
    dialog.text.setPlainText("Llegó en Ecobici desde Portales")
    dialog.kind.setCurrentIndex(dialog.kind.findData(NoteKind.QUOTE.value))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    item = review.notes.topLevelItem(0)
    qtbot.waitUntil(lambda: "Portales" in item.text(3), timeout=5000)
    assert "(edited)" in item.text(3) and item.text(2) == "quote"
    review.activateWindow()  # the closed note dialog had the focus; a window manager gives it back
    qtbot.waitUntil(review.isActiveWindow, timeout=5000)
    qtbot.keyClick(review, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # reflexivity
    qtbot.waitUntil(lambda: "Reflexivity" in item.text(4), timeout=5000)
    with store.reading() as session:
        after = session.get_one(Note, note_id)
        assert (after.audio_offset_ms, after.written_at, after.question_ref) == stamp
        assert after.text == "Llegó en Ecobici desde Portales" and after.edited_at is not None
        reflexivity = builtin_code_id("reflexivity")
        assert session.scalar(select(NoteCode.id).where(
            NoteCode.note_id == note_id, NoteCode.code_id == reflexivity))  # fmt: skip


def test_a_search_result_opens_the_session_at_its_moment(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    store: Store,
) -> None:
    session_id, _seconds = a_demo_session(store)
    page = window.show_area("interviews")
    window.player_factory = FakePlayer
    FakePlayer.made.clear()
    qtbot.keyClicks(page.search, "nadie pregunto")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.hits.count() >= 1, timeout=5000)  # type: ignore[attr-defined]
    hits = page.hits  # type: ignore[attr-defined]
    role = Qt.ItemDataRole.UserRole + 1
    wanted = next(i for i in range(hits.count())
                  if hits.item(i).data(role).session_id == session_id)  # fmt: skip
    hit = hits.item(wanted).data(Qt.ItemDataRole.UserRole + 1)
    qtbot.mouseClick(hits.viewport(), Qt.MouseButton.LeftButton,
                     pos=hits.visualItemRect(hits.item(wanted)).center())  # fmt: skip
    qtbot.waitUntil(lambda: bool(window.reviews), timeout=5000)
    review = window.reviews[-1]
    qtbot.addWidget(review)
    qtbot.waitUntil(lambda: review.chosen_note() == hit.note_id, timeout=5000)
    assert abs(review.current_s() - (hit.audio_offset_ms / 1000 - PREROLL_S)) < 0.01
    assert review.waveform.chosen == hit.note_id
    review.play()  # plays from there
    qtbot.waitUntil(lambda: bool(FakePlayer.made) and FakePlayer.made[-1].playing, timeout=5000)
    assert abs(FakePlayer.made[-1].position - (hit.audio_offset_ms / 1000 - PREROLL_S)) < 0.01


def test_a_session_without_audio_says_so_and_a_missing_file_is_explained(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    store: Store,
    tmp_path: Path,
) -> None:
    session_id, _seconds = a_demo_session(store)
    with store.reading() as session:
        name = session.scalars(select(Recording.file_name)
                               .where(Recording.session_id == session_id)).one()  # fmt: skip
    window.player_factory = __import__("ecoscim_field.ui.shell.main_window",
                                       fromlist=["x"])._default_player_factory  # fmt: skip
    (store.folder / "recordings" / name).unlink()
    window.review_session(session_id)
    review = window.reviews[-1]
    qtbot.addWidget(review)
    qtbot.waitUntil(lambda: review.data is not None, timeout=5000)
    review.play()
    qtbot.waitUntil(lambda: "missing" in review.message.text(), timeout=5000)
    with store.reading() as session:
        assert session.get_one(InterviewSession, session_id) is not None  # nothing changed


def test_the_review_speaks_spanish(qtbot: QtBot, window: MainWindow, store: Store) -> None:  # noqa: F811
    session_id, _seconds = a_demo_session(store)
    install_language("es_MX")
    review = open_review(qtbot, window, session_id)
    assert review.windowTitle() == "Revisión de la entrevista"
    assert review.play_button.text() == "Reproducir (Espacio)"
