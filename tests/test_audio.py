"""Recording from a real (virtual) sound card: a PulseAudio null sink whose monitor is the
default source, reached by PortAudio through ALSA's pulse plugin. sox plays a tone and
espeak-ng speech into it; the recorded files are checked for duration and content. The
crash test kills a recording process with SIGKILL and recovers its audio."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from sqlalchemy import select

from ecoscim_field.audio.journal import JOURNAL_DIR
from ecoscim_field.domain.demo import fill_demo
from ecoscim_field.store.database import RECORDINGS_DIR, Store
from ecoscim_field.store.models import AuditEntry, InterviewSession, Participant, Recording
from tests.conftest import run_cli
from tests.mounts import fill_up, remount_read_only, tmpfs

RATE = 16000


@pytest.fixture
def playing(sound_card: dict[str, str], tmp_path: Path) -> Iterator[callable]:  # type: ignore[valid-type]
    """Play a sound file into the virtual sound card (in the background)."""
    players: list[subprocess.Popen[bytes]] = []

    def play(path: Path) -> None:
        command = ["paplay", "-d", "ecoscim_test", str(path)]
        players.append(subprocess.Popen(command, env={**os.environ, **sound_card}))

    yield play
    for player in players:
        player.kill()
        player.wait()


def tone(path: Path, seconds: float, hertz: int) -> Path:
    subprocess.run(["sox", "-n", "-r", str(RATE), "-c", "1", str(path), "synth", str(seconds),
                    "sine", str(hertz), "vol", "0.5"], check=True)  # fmt: skip
    return path


def dominant_hertz(samples: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
    return float(np.fft.rfftfreq(len(samples), 1 / rate)[int(np.argmax(spectrum))])


def recorded_file(stdout: str) -> Path:
    found = re.search(r"(/\S+\.flac)", stdout)
    assert found, stdout
    return Path(found.group(1))


def test_devices_lists_the_virtual_card(sound_card: dict[str, str], data_dir: Path) -> None:
    result = run_cli("--lang", "en", "--data-dir", str(data_dir), "devices", env=sound_card)
    assert result.returncode == 0, result.stderr
    assert "Audio input devices:" in result.stdout and "pulse" in result.stdout


def test_record_hears_a_tone_with_the_right_duration_and_pitch(
    sound_card: dict[str, str],
    data_dir: Path,
    tmp_path: Path,
    playing: callable,  # type: ignore[valid-type]
) -> None:
    playing(tone(tmp_path / "a440.wav", 8, 440))
    time.sleep(0.5)
    result = run_cli("--lang", "en", "--data-dir", str(data_dir), "record", "--seconds", "3",
                     "--device", "pulse", env=sound_card)  # fmt: skip
    assert result.returncode == 0, result.stderr
    path = recorded_file(result.stdout)
    assert path.parent == data_dir / "scratch"
    samples, rate = sf.read(path)
    assert rate == RATE and samples.ndim == 1
    assert abs(len(samples) / rate - 3.0) < 0.15
    assert abs(dominant_hertz(samples[rate // 2 :], rate) - 440) < 5
    assert "peak" in result.stdout and "RMS" in result.stdout
    assert not list((data_dir / "scratch" / JOURNAL_DIR).glob("*.pcm"))  # journal finished


def test_record_hears_speech(
    sound_card: dict[str, str],
    data_dir: Path,
    tmp_path: Path,
    playing: callable,  # type: ignore[valid-type]
) -> None:
    speech = tmp_path / "speech.wav"
    words = "Buenos días, ¿cómo llegó usted hoy al centro comunitario?"
    subprocess.run(["espeak-ng", "-v", "es-419", "-w", str(speech), words], check=True)
    silence = run_cli("--data-dir", str(data_dir), "record", "--seconds", "1", "--device",
                      "pulse", env=sound_card)  # fmt: skip
    assert silence.returncode == 0, silence.stderr
    quiet, _rate = sf.read(recorded_file(silence.stdout))
    playing(speech)
    time.sleep(0.3)
    result = run_cli("--data-dir", str(data_dir), "record", "--seconds", "2.5", "--device",
                     "pulse", env=sound_card)  # fmt: skip
    assert result.returncode == 0, result.stderr
    samples, rate = sf.read(recorded_file(result.stdout))
    loud = float(np.sqrt(np.mean(samples**2)))
    assert loud > 0.01 and loud > 20 * float(np.sqrt(np.mean(quiet**2)) + 1e-6)
    spectrum = np.abs(np.fft.rfft(samples))
    freqs = np.fft.rfftfreq(len(samples), 1 / rate)
    voice = spectrum[(freqs > 100) & (freqs < 4000)].sum()
    assert voice > 0.8 * spectrum.sum()  # the energy is where speech is


KILLED_RECORDER = """
import sys, time, uuid
from datetime import UTC, datetime
from pathlib import Path
from ecoscim_field.audio.journal import JournalHeader
from ecoscim_field.audio.recorder import Recorder
folder, session_id, participant_id = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
header = JournalHeader(recording_id=str(uuid.uuid4()), kind="session", sample_rate=16000,
                       channels=1, started_at=datetime.now(UTC).isoformat(),
                       session_id=session_id, participant_id=participant_id,
                       target_name="killed.flac", device="pulse")
recorder = Recorder(folder=folder, header=header, device="pulse")
recorder.start()
while recorder.elapsed_s < 0.2:
    time.sleep(0.01)
print(time.monotonic() - recorder.elapsed_s, flush=True)  # when the first sample came
while True:
    time.sleep(1)
"""


def test_a_recording_killed_with_sigkill_is_recovered_to_the_last_two_seconds(
    sound_card: dict[str, str],
    data_dir: Path,
    tmp_path: Path,
    playing: callable,  # type: ignore[valid-type]
) -> None:
    store = Store.open(data_dir)
    try:
        fill_demo(store)
        with store.transaction() as session:
            participant = session.scalars(select(Participant.id)).first()
            interview = InterviewSession(participant_id=participant)
            session.add(interview)
            session.flush()
            session_id = interview.id
    finally:
        store.close()
    playing(tone(tmp_path / "a330.wav", 20, 330))
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_RECORDER, str(data_dir / RECORDINGS_DIR), session_id,
         str(participant)],
        env={**os.environ, **sound_card}, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert child.stdout is not None
    first_sample = float(child.stdout.readline())
    time.sleep(5)
    killed_at = time.monotonic()
    child.send_signal(signal.SIGKILL)
    child.wait()
    recorded_for = killed_at - first_sample
    assert list((data_dir / RECORDINGS_DIR / JOURNAL_DIR).glob("*.pcm"))

    # The next command, whatever it is, recovers the audio first and says so.
    result = run_cli("--lang", "en", "--data-dir", str(data_dir), "agenda")
    assert result.returncode == 0, result.stderr
    assert "interrupted recording was recovered" in result.stderr
    recovered = data_dir / RECORDINGS_DIR / "killed.flac"
    samples, rate = sf.read(recovered)
    assert recorded_for - 2.0 <= len(samples) / rate <= recorded_for + 0.5
    assert abs(dominant_hertz(samples[rate:], rate) - 330) < 5
    store = Store.open(data_dir)
    try:
        with store.transaction() as session:
            row = session.scalars(select(Recording).where(Recording.session_id == session_id)).one()
            assert row.recovered and row.participant_id == participant
            assert row.file_name == "killed.flac" and row.sample_rate == RATE
            assert abs(row.duration_s - len(samples) / rate) < 0.01 and len(row.sha256) == 64
            assert session.scalars(select(AuditEntry).where(
                AuditEntry.action == "recording.recovered")).first() is not None  # fmt: skip
    finally:
        store.close()
    again = run_cli("--lang", "en", "--data-dir", str(data_dir), "agenda")
    assert "recovered" not in again.stderr  # once only


def test_a_full_disk_stops_the_recording_and_keeps_what_was_recorded(
    sound_card: dict[str, str],
    tmp_path: Path,
    playing: callable,  # type: ignore[valid-type]
) -> None:
    with tmpfs(tmp_path / "full", size="3m") as folder:
        data = folder / "data"
        assert run_cli("--data-dir", str(data), "agenda").returncode == 0  # the store exists
        filler = fill_up(folder)
        os.truncate(filler, filler.stat().st_size - 128 * 1024)  # about 4 s of audio free
        playing(tone(tmp_path / "a440.wav", 20, 440))
        result = run_cli("--lang", "en", "--data-dir", str(data), "record", "--seconds", "15",
                         "--device", "pulse", env=sound_card)  # fmt: skip
        assert result.returncode == 1
        assert "disk is full" in result.stderr and "kept" in result.stderr
        journals = list((data / "scratch" / JOURNAL_DIR).glob("*.pcm"))
        assert journals and journals[0].stat().st_size > RATE  # half a second or more kept
        kept = journals[0].stat().st_size // 2
        filler.unlink()  # room again: the next command saves it as a normal file
        later = run_cli("--lang", "en", "--data-dir", str(data), "agenda")
        assert "interrupted recording was recovered" in later.stderr
        saved = list((data / "scratch").glob("*.flac"))
        assert len(saved) == 1 and sf.info(str(saved[0])).frames == kept


def test_a_device_that_cannot_be_opened_or_a_refused_rate_is_explained(
    sound_card: dict[str, str], data_dir: Path
) -> None:
    missing = run_cli("--lang", "es_MX", "--data-dir", str(data_dir), "record", "--seconds",
                      "1", "--device", "no-such-microphone", env=sound_card)  # fmt: skip
    assert missing.returncode == 1 and "No se encontró ningún dispositivo" in missing.stderr
    broken = run_cli("--lang", "en", "--data-dir", str(data_dir), "record", "--seconds", "1",
                     "--device", "57", env=sound_card)  # fmt: skip
    assert broken.returncode == 1 and "could not be opened" in broken.stderr
    too_fast = run_cli("--lang", "en", "--data-dir", str(data_dir), "record", "--seconds", "1",
                       "--device", "pulse", "--rate", "2000000", env=sound_card)  # fmt: skip
    assert too_fast.returncode == 1 and "refuses this sample rate" in too_fast.stderr
    assert not list((data_dir / "scratch").rglob("*.pcm"))  # nothing left behind


def test_a_read_only_recordings_folder_is_explained_before_recording(
    sound_card: dict[str, str], tmp_path: Path
) -> None:
    with tmpfs(tmp_path / "ro", size="4m") as folder:
        data = folder / "data"
        assert run_cli("--data-dir", str(data), "agenda").returncode == 0
        scratch = data / "scratch"
        scratch.mkdir()
        remount_read_only(folder)
        result = run_cli("--lang", "en", "--data-dir", str(data), "devices", env=sound_card)
        assert result.returncode == 0
        refused = run_cli("--lang", "en", "--data-dir", str(data), "record", "--seconds", "1",
                          "--device", "pulse", env=sound_card)  # fmt: skip
        assert refused.returncode == 1
        assert "cannot be written" in refused.stderr or "read-only" in refused.stderr.lower()


LOSING_RECORDER = """
import sys, time, uuid
from datetime import UTC, datetime
from pathlib import Path
from ecoscim_field.audio.journal import JournalHeader, finish_journal
from ecoscim_field.audio.recorder import Recorder
folder = Path(sys.argv[1])
header = JournalHeader(recording_id=str(uuid.uuid4()), kind="scratch", sample_rate=16000,
                       channels=1, started_at=datetime.now(UTC).isoformat(),
                       target_name="lost.flac")
recorder = Recorder(folder=folder, header=header, device="pulse")
recorder.start()
while recorder.elapsed_s < 0.2:
    time.sleep(0.01)
print("recording", flush=True)
deadline = time.monotonic() + 30
while time.monotonic() < deadline and not recorder.problem:
    time.sleep(0.05)
print(recorder.problem, recorder.elapsed_s, flush=True)
recorder.stop()
finished = finish_journal(folder, header, folder / header.target_name)
print(finished.duration_s, flush=True)
"""


def test_a_device_that_vanishes_mid_recording_is_noticed_and_the_audio_kept(
    tmp_path: Path,
) -> None:
    """The sound server dies mid-recording (as a USB microphone does when unplugged)."""
    from tests.conftest import start_sound_card

    runtime = tmp_path / "pulse"
    runtime.mkdir()
    server, card = start_sound_card(runtime)
    try:
        child = subprocess.Popen(
            [sys.executable, "-c", LOSING_RECORDER, str(tmp_path)],
            env={**os.environ, **card}, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "recording"
        time.sleep(3)
        lost_at = time.monotonic()
        server.kill()
        server.wait()
        problem, elapsed = child.stdout.readline().split()
        noticed_after = time.monotonic() - lost_at
        saved = float(child.stdout.readline())
        assert child.wait(timeout=30) == 0
    finally:
        if server.poll() is None:
            server.kill()
    assert problem == "device_lost"
    assert noticed_after < 6  # the fieldworker is told at once, not at the stop
    assert float(elapsed) >= 2.5 and abs(saved - float(elapsed)) < 0.1
    assert sf.info(str(tmp_path / "lost.flac")).duration == pytest.approx(saved, abs=0.01)


def test_a_journal_still_being_written_by_another_program_is_left_alone(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from ecoscim_field.audio.journal import JournalHeader, interrupted_journals, open_journal

    header = JournalHeader(recording_id="busy", kind="scratch", sample_rate=RATE, channels=1,
                           started_at=datetime.now(UTC).isoformat())  # fmt: skip
    handle = open_journal(tmp_path, header)
    handle.write(b"\0" * RATE * 2)
    handle.flush()
    assert interrupted_journals(tmp_path) == []  # a recording in progress, not a crash
    handle.close()  # (the kernel also drops the lock when the recording process dies)
    assert [h.recording_id for h in interrupted_journals(tmp_path)] == ["busy"]


PLAYER = """
import sys, time
from pathlib import Path
from ecoscim_field.audio.player import Player, timeline
first, second = Path(sys.argv[1]), Path(sys.argv[2])
player = Player(timeline([(first, 2.0, 16000), (second, 2.0, 8000)]), device="pulse")
player.play(from_s=1.0)  # a note at 1 s: the review plays from there
while player.playing and player.position_s < player.duration_s:
    time.sleep(0.05)
time.sleep(0.5)
print(round(player.position_s, 2), flush=True)
player.close()
"""


def test_playback_is_heard_on_the_sound_card_across_segments_of_two_rates(
    sound_card: dict[str, str], tmp_path: Path
) -> None:
    """The review plays a session's segments as one timeline, from a note's second."""
    first = tmp_path / "segment-1.flac"
    second = tmp_path / "segment-2.flac"
    t = np.arange(2 * RATE) / RATE
    sf.write(first, 0.5 * np.sin(2 * np.pi * 440 * t), RATE, format="FLAC")
    t8 = np.arange(2 * 8000) / 8000
    sf.write(second, 0.5 * np.sin(2 * np.pi * 1000 * t8), 8000, format="FLAC")
    heard = tmp_path / "heard.wav"
    listener = subprocess.Popen(
        ["parecord", "-d", "ecoscim_test.monitor", "--rate", str(RATE), "--channels", "1",
         "--file-format=wav", str(heard)],
        env={**os.environ, **sound_card},
    )  # fmt: skip
    try:
        time.sleep(0.5)
        played = subprocess.run(
            [sys.executable, "-c", PLAYER, str(first), str(second)],
            env={**os.environ, **sound_card}, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        time.sleep(0.3)
    finally:
        listener.send_signal(signal.SIGINT)
        listener.wait(timeout=10)
    assert played.returncode == 0, played.stderr
    assert abs(float(played.stdout.strip()) - 4.0) < 0.05  # played to the end of the timeline
    samples, rate = sf.read(heard)
    loud = np.flatnonzero(np.abs(samples) > 0.1)
    assert len(loud), "nothing was heard"
    sound = samples[loud[0] : loud[-1]]
    # One second of the first segment (from 1 s), then two of the second: 3 s in all.
    assert abs(len(sound) / rate - 3.0) < 0.3
    assert abs(dominant_hertz(sound[: rate // 2], rate) - 440) < 10
    assert abs(dominant_hertz(sound[-rate:], rate) - 1000) < 10
