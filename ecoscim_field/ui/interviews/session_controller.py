"""What the interview screen does, without its widgets: recording segments, notes stamped
with the audio offset, questions covered, the consent gate. QtCore only.

Thread contract: store work and opening or closing the audio device run on the one
background helper (TaskRunner); the recorder's meter, elapsed time and problem flag are
read from the GUI thread by a timer (`poll()`), never pushed from the audio side.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from ecoscim_field.audio.journal import JournalHeader
from ecoscim_field.audio.recorder import Meter, free_seconds
from ecoscim_field.domain.sessions import RecordGate
from ecoscim_field.store.enums import NoteKind
from ecoscim_field.ui.interviews.note_coding import NoteCoding
from ecoscim_field.ui.tasks import TaskRunner

POLL_MS = 25  # 40 meter updates a second
DISK_WARNINGS_MIN = (30, 10)


class RecorderLike(Protocol):
    """What the controller needs of a recorder (audio.recorder.Recorder, or a test double)."""

    header: JournalHeader
    device_name: str
    problem: str
    problem_detail: str

    def start(self) -> None: ...
    def pause(self) -> None: ...
    def resume(self) -> None: ...
    def stop(self) -> int: ...
    def meter(self) -> Meter: ...

    @property
    def elapsed_s(self) -> float: ...


RecorderFactory = Callable[..., RecorderLike]


def default_factory(*, folder: Path, header: JournalHeader, device: str | None) -> RecorderLike:
    from ecoscim_field.audio.recorder import Recorder

    return Recorder(folder=folder, header=header, device=device)


class SessionController(NoteCoding):
    """One interview session on screen: its recorder, its notes, its guide position."""

    state_changed = Signal(str)  # idle | starting | recording | paused | stopping
    level = Signal(object)  # Meter, 40 times a second while recording
    elapsed = Signal(float)  # seconds of audio in the session so far
    problem = Signal(str, str)  # a kind for the interface's words, and a detail
    disk_warning = Signal(int)  # minutes of disk left: 30, then 10
    note_saved = Signal(object)  # NoteRow
    segment_saved = Signal(float)  # seconds in the segment just saved
    gate_changed = Signal(str)  # RecordGate value
    audio_discarded = Signal(int)

    def __init__(
        self, *, store: Any, runner: TaskRunner, session_id: str, participant_id: str,
        gate: RecordGate, sample_rate: int = 16000, device: str | None = None,
        recorder_factory: RecorderFactory = default_factory, actor: str = "",
        clock: Callable[[], float] = time.monotonic, parent: QObject | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.store, self.runner = store, runner
        self.session_id, self.participant_id = session_id, participant_id
        self.gate, self.sample_rate, self.device = gate, sample_rate, device
        self._factory, self._actor, self._clock = recorder_factory, actor, clock
        self.recorder: RecorderLike | None = None
        self.state = "idle"
        self.segments = 0
        self.saved_s = 0.0  # audio in segments already saved
        self.consent_pending = False
        self._warned: set[int] = set()
        self._polls = 0
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    # --- recording ---------------------------------------------------------------------------

    @property
    def can_record(self) -> bool:
        return self.gate is not RecordGate.REFUSED and self.state == "idle"

    def audio_s(self) -> float:
        """Seconds of audio in the session so far (saved segments and the current one)."""
        current = self.recorder.elapsed_s if self.recorder is not None else 0.0
        return self.saved_s + current

    def offset_ms(self) -> int | None:
        """Where a note typed now sits in the session's audio; None before any audio."""
        if self.recorder is None and self.segments == 0:
            return None
        return round(self.audio_s() * 1000)

    def start(self) -> None:
        if not self.can_record:
            return
        from ecoscim_field.domain.recordings import recordings_folder

        folder = recordings_folder(self.store)
        recording_id = str(uuid.uuid4())
        header = JournalHeader(
            recording_id=recording_id, kind="session", sample_rate=self.sample_rate,
            channels=1, started_at=datetime.now(UTC).isoformat(), device=self.device or "",
            session_id=self.session_id, participant_id=self.participant_id,
            segment=self.segments + 1,
            target_name=f"{self.session_id[:8]}-{self.segments + 1:02d}-{recording_id[:8]}.flac",
        )  # fmt: skip
        recorder = self._factory(folder=folder, header=header, device=self.device)
        pending = self.gate is RecordGate.VERBAL_PENDING
        self._set_state("starting")

        def open_device() -> None:
            recorder.start()  # PortAudio may take a moment: off the GUI thread
            if pending:
                from ecoscim_field.domain.sessions import mark_consent_pending

                mark_consent_pending(self.store, session_id=self.session_id)

        def started(_none: None) -> None:
            self.recorder = recorder
            self.consent_pending = self.consent_pending or pending
            self._set_state("recording")
            self._timer.start()

        def failed(error: BaseException) -> None:
            from ecoscim_field.audio.recorder import RecorderError

            self._set_state("idle")
            if isinstance(error, RecorderError):
                self.problem.emit(error.kind, error.detail)
            else:
                self.runner.failed.emit(error)

        self.runner.run(open_device, started, failed)

    def pause(self) -> None:
        if self.recorder is not None and self.state == "recording":
            self.recorder.pause()
            self._set_state("paused")

    def resume(self) -> None:
        if self.recorder is not None and self.state == "paused":
            self.recorder.resume()
            self._set_state("recording")

    def stop(self, then: Callable[[], None] | None = None) -> None:
        """Stop, and save the segment as a FLAC file in the store (off the GUI thread)."""
        recorder = self.recorder
        if recorder is None or self.state in ("stopping", "idle"):
            if then is not None:
                then()
            return
        self._timer.stop()
        self._set_state("stopping")

        def save() -> float:
            from ecoscim_field.audio.journal import EmptyJournal, finish_journal
            from ecoscim_field.domain.recordings import (
                recordings_folder,
                save_recording,
                target_path,
            )

            recorder.stop()
            folder = recordings_folder(self.store)
            try:
                finished = finish_journal(folder, recorder.header,
                                          target_path(folder, recorder.header))  # fmt: skip
            except EmptyJournal:
                return 0.0
            save_recording(self.store, finished)
            return finished.duration_s

        def saved(seconds: float) -> None:
            self.recorder = None
            if seconds:
                self.segments += 1
                self.saved_s += seconds
                self.segment_saved.emit(seconds)
            self._set_state("idle")
            self.elapsed.emit(self.audio_s())
            if then is not None:
                then()

        def failed(error: BaseException) -> None:
            # The journal stays on disk: the next start of the app saves it.
            self.recorder = None
            self._set_state("idle")
            self.problem.emit("write_failed", str(error))

        self.runner.run(save, saved, failed)

    def poll(self) -> None:
        """Called 40 times a second while recording: meter, time, disk, problems."""
        recorder = self.recorder
        if recorder is None:
            return
        self.level.emit(recorder.meter())
        self.elapsed.emit(self.audio_s())
        if recorder.problem:
            kind, detail = recorder.problem, recorder.problem_detail
            self.stop()  # keeps everything recorded so far
            self.problem.emit(kind, detail)
            return
        self._polls += 1
        if self._polls % 40 == 1:  # about once a second
            self.check_disk()

    def check_disk(self) -> float:
        from ecoscim_field.domain.recordings import recordings_folder

        minutes = free_seconds(recordings_folder(self.store), self.sample_rate) / 60
        for limit in DISK_WARNINGS_MIN:
            if minutes <= limit and limit not in self._warned:
                self._warned.add(limit)
                self.disk_warning.emit(limit)
        return minutes

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)

    # --- consent -------------------------------------------------------------------------------

    def recheck_gate(self) -> None:
        """After consent was taken during the interview: go on, or delete refused audio."""

        def check() -> RecordGate:
            from ecoscim_field.domain.sessions import record_gate

            with self.store.reading() as session:
                return record_gate(session, self.participant_id)

        self.runner.run(check, self._apply_gate)

    def _apply_gate(self, gate: RecordGate) -> None:
        self.gate = gate
        if gate is RecordGate.ALLOWED and self.consent_pending:
            from ecoscim_field.domain.sessions import consent_confirmed

            self.consent_pending = False
            self.runner.run(lambda: consent_confirmed(self.store, session_id=self.session_id))
        elif gate is RecordGate.REFUSED:
            self.refuse_audio()
        self.gate_changed.emit(gate.value)

    def refuse_audio(self) -> None:
        """Audio refused after the consent statement: stop, and delete the audio at once."""

        def discard() -> None:
            from ecoscim_field.domain.sessions import discard_session_audio

            def delete() -> int:
                return discard_session_audio(
                    self.store, session_id=self.session_id, actor=self._actor,
                    reason="audio refused after the consent statement",
                )  # fmt: skip

            def deleted(count: int) -> None:
                self.consent_pending = False
                self.gate = RecordGate.REFUSED
                self.segments, self.saved_s = 0, 0.0
                self.audio_discarded.emit(count)
                self.gate_changed.emit(self.gate.value)

            self.runner.run(delete, deleted)

        self.stop(then=discard)

    # --- notes and questions ---------------------------------------------------------------------

    def add_note(self, text: str, kind: NoteKind, question_ref: str) -> None:
        """Save a note now, stamped with this moment's audio offset and wall-clock time."""
        offset, written = self.offset_ms(), datetime.now(UTC)

        def save() -> Any:
            from ecoscim_field.domain.sessions import add_note, note_row

            note_id = add_note(self.store, session_id=self.session_id, text=text, kind=kind,
                               audio_offset_ms=offset, question_ref=question_ref,
                               written_at=written)  # fmt: skip
            with self.store.reading() as session:
                return note_row(session, note_id)

        self.runner.run(save, self.note_saved.emit)

    def mark_covered(self, question_ref: str, covered: bool = True) -> None:
        def save() -> None:
            from ecoscim_field.domain.sessions import mark_covered

            mark_covered(self.store, session_id=self.session_id, question_ref=question_ref,
                         covered=covered)  # fmt: skip

        self.runner.run(save)

    def finish(self, reflection: dict[str, str], then: Callable[[], None]) -> None:
        def end() -> None:
            def save() -> None:
                from ecoscim_field.domain.sessions import finish_session

                finish_session(self.store, session_id=self.session_id, reflection=reflection,
                               actor=self._actor)  # fmt: skip

            self.runner.run(save, lambda _none: then())

        self.stop(then=end)
