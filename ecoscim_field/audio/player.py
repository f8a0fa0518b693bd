"""Playing a session back: its segments one after the other as one timeline, from any
second, and the overview of its loudness for drawing a waveform.

The timeline is the one the notes are stamped on: segment 2 starts where segment 1 ends.
Playback reads the FLAC files block by block in PortAudio's callback (nothing is loaded
whole: an hour is 115 MB of samples); the GUI reads `position_s` with a timer.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

PEAK_BUCKETS = 4000  # points of the overview: more than any screen is wide
READ_FRAMES = 1 << 16


class PlayerError(RuntimeError):
    """Playback could not start; `kind` names why, for the interface."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind  # no_device | device_failed | audio_unavailable | missing_file
        self.detail = detail


@dataclass(frozen=True)
class Segment:
    """One file of the session, and where it starts on the session's timeline."""

    path: Path
    start_s: float
    duration_s: float
    sample_rate: int


def timeline(files: list[tuple[Path, float, int]]) -> list[Segment]:
    """Segments from (path, duration, rate) in recording order."""
    segments, start = [], 0.0
    for path, duration, rate in files:
        segments.append(Segment(path, start, duration, rate))
        start += duration
    return segments


def total_s(segments: list[Segment]) -> float:
    return segments[-1].start_s + segments[-1].duration_s if segments else 0.0


def overview(segments: list[Segment], buckets: int = PEAK_BUCKETS) -> np.ndarray:
    """Peak level (0…1) of each of `buckets` equal slices of the timeline, read in blocks."""
    import soundfile as sf

    total = total_s(segments)
    peaks = np.zeros(buckets, dtype=np.float32)
    if total <= 0:
        return peaks
    for segment in segments:
        if not segment.path.exists():
            continue
        with sf.SoundFile(str(segment.path)) as audio:
            rate, done = audio.samplerate, 0
            while True:
                block = audio.read(READ_FRAMES, dtype="float32", always_2d=True)
                if not len(block):
                    break
                level = np.abs(block).max(axis=1)
                seconds = segment.start_s + (done + np.arange(len(level))) / rate
                index = np.minimum((seconds / total * buckets).astype(np.int64), buckets - 1)
                np.maximum.at(peaks, index, level)
                done += len(block)
    return peaks


class Player:
    """Plays a session's timeline on an output device; thread-safe position and seek."""

    def __init__(self, segments: list[Segment], device: int | str | None = None) -> None:
        if not segments:
            raise PlayerError("missing_file")
        for segment in segments:
            if not segment.path.exists():
                raise PlayerError("missing_file", str(segment.path))
        self.segments = segments
        self.duration_s = total_s(segments)
        self.rate = segments[0].sample_rate
        self._device = device
        self._lock = threading.Lock()
        self._position = 0  # frames at self.rate on the timeline
        self._files: dict[int, Any] = {}
        self._stream: Any = None
        self.playing = False

    # --- what the GUI reads ------------------------------------------------------------------

    @property
    def position_s(self) -> float:
        with self._lock:
            return self._position / self.rate

    # --- control -------------------------------------------------------------------------------

    def seek(self, seconds: float) -> None:
        with self._lock:
            self._position = int(max(0.0, min(seconds, self.duration_s)) * self.rate)

    def play(self, from_s: float | None = None) -> None:
        """Start (or go on) playing; opens the device the first time."""
        if from_s is not None:
            self.seek(from_s)
        if self.position_s >= self.duration_s - 0.01:
            self.seek(0.0)
        if self._stream is None:
            self._stream = self._open()
        if not self.playing:
            self.playing = True
            self._stream.start()

    def pause(self) -> None:
        if self._stream is not None and self.playing:
            self._stream.stop()
        self.playing = False

    def close(self) -> None:
        self.pause()
        if self._stream is not None:
            self._stream.close()
            self._stream = None
        for handle in self._files.values():
            handle.close()
        self._files.clear()

    # --- the audio side ----------------------------------------------------------------------

    def _open(self) -> Any:
        try:
            import sounddevice as sd
        except OSError as exc:  # PortAudio missing
            raise PlayerError("audio_unavailable", str(exc)) from exc
        if self._device is None:
            try:
                sd.query_devices(kind="output")
            except sd.PortAudioError as exc:  # no default output device
                raise PlayerError("no_device") from exc
        try:
            return sd.OutputStream(
                samplerate=self.rate, channels=1, dtype="float32", device=self._device,
                callback=self._fill, finished_callback=self._finished, latency="high",
            )  # fmt: skip
        except sd.PortAudioError as exc:
            raise PlayerError("device_failed", str(exc)) from exc

    def _fill(self, out: np.ndarray, frames: int, _time: Any, _status: Any) -> None:
        import sounddevice as sd

        with self._lock:
            start = self._position
            self._position = min(start + frames, int(self.duration_s * self.rate))
        out[:] = self.read(start / self.rate, frames).reshape(-1, 1)
        if start + frames >= int(self.duration_s * self.rate):
            raise sd.CallbackStop

    def _finished(self) -> None:
        self.playing = False

    def read(self, at_s: float, frames: int) -> np.ndarray:
        """`frames` samples of the timeline at the player's rate from `at_s` (silence
        past the end); segments at another rate are resampled."""
        import soundfile as sf

        result = np.zeros(frames, dtype=np.float32)
        filled, now = 0, at_s
        for index, segment in enumerate(self.segments):
            end = segment.start_s + segment.duration_s
            if filled >= frames:
                break
            if now >= end or now < segment.start_s - 1e-9:
                continue
            handle = self._files.get(index)
            if handle is None:
                handle = self._files[index] = sf.SoundFile(str(segment.path))
            want = min(frames - filled, round((end - now) * self.rate))
            native = round(want * segment.sample_rate / self.rate)
            handle.seek(min(int((now - segment.start_s) * segment.sample_rate), handle.frames))
            block = handle.read(native, dtype="float32", always_2d=True)[:, 0]
            if segment.sample_rate != self.rate and len(block):
                block = np.interp(
                    np.linspace(0, len(block) - 1, want), np.arange(len(block)), block
                ).astype(np.float32)
            block = block[:want]
            result[filled : filled + len(block)] = block
            filled += want
            now = segment.start_s + segment.duration_s
        return result
