"""`devices`, `record` and the notice of recovered recordings, in the interface language."""

from __future__ import annotations

import sys
import time
import uuid
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from ecoscim_field.audio.recorder import RecorderError
from ecoscim_field.i18n.audio_messages import describe_problem, describe_recorder_error
from ecoscim_field.i18n.contexts import Audio
from ecoscim_field.store.database import Store

translate = QCoreApplication.translate
EXIT_OK, EXIT_UNSAFE = 0, 1


def _out(text: str) -> None:
    print(text, flush=True)


def _err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def tell_recovered(store: Store) -> None:
    """Recover interrupted recordings (every store command does this first) and say so."""
    from ecoscim_field.domain.recordings import recover_interrupted

    for found in recover_interrupted(store):
        _err(translate("Audio", "An interrupted recording was recovered: {file} "
                       "({seconds:.1f} s).").format(file=found.path,
                                                    seconds=found.duration_s))  # fmt: skip


def cmd_devices() -> int:
    from ecoscim_field.audio.devices import AudioUnavailable, list_input_devices

    try:
        devices = list_input_devices()
    except AudioUnavailable as exc:
        _err(describe_recorder_error(RecorderError("audio_unavailable", str(exc))))
        return EXIT_UNSAFE
    if not devices:
        _err(describe_recorder_error(RecorderError("no_device")))
        return EXIT_UNSAFE
    _out(translate("Audio", "Audio input devices:"))
    for d in devices:
        mark = translate("Audio", " (default)") if d.is_default else ""
        _out(translate("Audio", "{index:>3}  {name} [{api}], {channels} channel(s), "
                       "{rate:.0f} Hz{default}").format(
            index=d.index, name=d.name, api=d.host_api, channels=d.channels,
            rate=d.default_samplerate, default=mark))  # fmt: skip
    return EXIT_OK


def cmd_record(store: Store, *, seconds: float, device: str | None, rate: int) -> int:
    """Record a short test into the scratch folder and report its levels."""
    from ecoscim_field.audio.journal import EmptyJournal, JournalHeader, finish_journal
    from ecoscim_field.audio.recorder import Recorder
    from ecoscim_field.domain.recordings import scratch_folder, target_path

    folder = scratch_folder(store)
    stamp = datetime.now(UTC)
    recording_id = str(uuid.uuid4())
    header = JournalHeader(
        recording_id=recording_id, kind="scratch", sample_rate=rate, channels=1,
        started_at=stamp.isoformat(),
        target_name=f"test-{stamp:%Y%m%d-%H%M%S}-{recording_id[:8]}.flac",
    )  # fmt: skip
    recorder = Recorder(folder=folder, header=header, device=device)
    try:
        recorder.start()
    except RecorderError as exc:
        _err(describe_recorder_error(exc))
        return EXIT_UNSAFE
    try:
        while recorder.elapsed_s < seconds and not recorder.problem:
            time.sleep(0.05)
    finally:
        recorder.stop()
    try:
        finished = finish_journal(folder, header, target_path(folder, header))
    except EmptyJournal:
        _err(describe_problem("no_audio", ""))
        return EXIT_UNSAFE
    except OSError as exc:
        # Usually a full disk: the journal stays, and is finished by the next command
        # that finds room.
        _err(describe_problem(recorder.problem or "write_failed", str(exc)))
        _err(translate("Audio", "The audio is kept in {folder} and will be saved as a "
                       "normal file once there is room.").format(folder=folder))  # fmt: skip
        return EXIT_UNSAFE
    _out(translate("Audio", "Recorded {file}: {seconds:.2f} s at {rate} Hz from {device}; "
                   "peak {peak:.1f} dBFS, RMS {rms:.1f} dBFS.").format(
        file=finished.path, seconds=finished.duration_s, rate=rate,
        device=recorder.device_name, peak=finished.peak_dbfs, rms=finished.rms_dbfs))  # fmt: skip
    if recorder.overflows:
        _err(Audio.tr("%n input overflow(s): some audio was dropped.", "", recorder.overflows))
    if recorder.problem:
        _err(describe_problem(recorder.problem, recorder.problem_detail))
        return EXIT_UNSAFE
    return EXIT_OK
