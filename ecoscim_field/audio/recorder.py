"""Capturing an interview: PortAudio (through sounddevice) into a crash-safe journal.

Thread contract (after python-sounddevice's rec_unlimited.py and Friture):
- PortAudio's callback thread only copies the block and enqueues it; it never touches
  a file, a lock that the disk could hold, or Qt.
- One writer thread owns the journal file: it appends each block, keeps the level meter
  and fsyncs at least once a second, so a crash loses at most the last second or two.
- The interface polls `meter()`, `elapsed_s` and `problem` from a timer; nothing here
  emits Qt signals. A writer that hits a full disk stops the capture cleanly, keeping
  everything written; a device that stops delivering audio (unplugged) is noticed by
  the writer within two seconds.
"""

from __future__ import annotations

import contextlib
import errno
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

from ecoscim_field.audio.journal import JournalHeader, open_journal, to_dbfs

SYNC_EVERY_S = 1.0
SILENT_DEVICE_S = 2.0
FIRST_BLOCK_S = 6.0  # a busy laptop or a sound server waking up may take a while to start
METER_RATE_HZ = 40  # blocks per second: the meter updates at least this often


class RecorderError(RuntimeError):
    """Recording cannot start: `kind` says why, for a message in the user's language.

    kinds: no_device | device_failed | rate_refused | folder_unwritable | audio_unavailable
    """

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind, self.detail = kind, detail


@dataclass(frozen=True)
class Meter:
    """The latest level: peak and RMS in dBFS, and whether the block clipped."""

    peak_dbfs: float = float("-inf")
    rms_dbfs: float = float("-inf")
    clipped: bool = False


def resolve_device(device: int | str | None) -> int | None:
    """A device index from an index, a (part of a) name, or None for the default input."""
    import sounddevice as sd

    if device is None or device == "":
        try:
            index = sd.default.device[0]
        except sd.PortAudioError as exc:
            raise RecorderError("no_device", str(exc)) from exc
        if index is None or index < 0:
            raise RecorderError("no_device")
        return None
    if isinstance(device, int) or str(device).isdigit():
        return int(device)
    needle = str(device).casefold()
    for index, info in enumerate(sd.query_devices()):
        if info["max_input_channels"] > 0 and needle in str(info["name"]).casefold():
            return index
    raise RecorderError("no_device", str(device))


class Recorder:
    """One segment of a recording: start, pause, resume, stop; journal on disk throughout."""

    def __init__(
        self, *, folder: Path, header: JournalHeader, device: int | str | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:  # fmt: skip
        self.folder, self.header = folder, header
        self._device = device
        self._clock = clock
        self._queue: queue.Queue[bytes | None] = queue.Queue()
        self._meter = Meter()
        self._file: BinaryIO | None = None
        self._stream: Any = None
        self._writer: threading.Thread | None = None
        self._frames = 0
        self._paused = False
        self._stopping = False
        self.overflows = 0
        self.problem = ""  # "" | "disk_full" | "device_lost" | "no_audio" | "write_failed"
        self.problem_detail = ""
        self.device_name = ""

    # --- control (any thread but PortAudio's) ----------------------------------------------

    def start(self) -> None:
        """Open the device and the journal, then start capturing.

        Raises RecorderError before any audio is taken; nothing is left behind then.
        """
        try:
            import sounddevice as sd
        except OSError as exc:
            raise RecorderError("audio_unavailable", str(exc)) from exc
        index = resolve_device(self._device)
        rate, channels = self.header.sample_rate, self.header.channels
        try:
            sd.check_input_settings(device=index, channels=channels, dtype="int16",
                                    samplerate=rate)  # fmt: skip
        except (sd.PortAudioError, ValueError) as exc:
            kind = "rate_refused" if "sample rate" in str(exc).lower() else "device_failed"
            raise RecorderError(kind, str(exc)) from exc
        try:
            info = sd.query_devices(index, "input")
            self.device_name = str(info["name"])
        except (sd.PortAudioError, ValueError) as exc:
            raise RecorderError("device_failed", str(exc)) from exc
        try:
            self._file = open_journal(self.folder, self.header)
        except OSError as exc:
            raise RecorderError("folder_unwritable", str(exc)) from exc
        try:
            self._stream = sd.InputStream(
                device=index, channels=channels, samplerate=rate, dtype="int16",
                blocksize=max(1, rate // METER_RATE_HZ), callback=self._callback,
            )  # fmt: skip
            self._stream.start()
        except (sd.PortAudioError, ValueError) as exc:
            self._file.close()
            self._discard_journal()
            raise RecorderError("device_failed", str(exc)) from exc
        self._writer = threading.Thread(target=self._write, name="recorder-writer", daemon=True)
        self._writer.start()

    def pause(self) -> None:
        if self._stream is not None and not self._paused:
            self._paused = True
            self._stream.stop()

    def resume(self) -> None:
        if self._stream is not None and self._paused and not self.problem:
            self._stream.start()
            self._paused = False

    def stop(self) -> int:
        """Stop capturing and close the journal (fsynced); returns the frames recorded."""
        self._stopping = True
        stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.stop()
                stream.close()
            except Exception:  # a vanished device may refuse to stop; the audio is safe
                pass
        self._queue.put(None)
        if self._writer is not None:
            self._writer.join()
        return self._frames

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def running(self) -> bool:
        return self._writer is not None and self._writer.is_alive()

    @property
    def elapsed_s(self) -> float:
        return self._frames / self.header.sample_rate

    def meter(self) -> Meter:
        return self._meter

    # --- PortAudio's thread: copy and enqueue, nothing else ----------------------------------

    def _callback(self, indata: np.ndarray, frames: int, _time: Any, status: Any) -> None:
        if status.input_overflow:
            self.overflows += 1
        self._queue.put_nowait(bytes(indata))

    # --- the writer thread --------------------------------------------------------------------

    def _write(self) -> None:
        assert self._file is not None
        handle, frame_bytes = self._file, self.header.frame_bytes
        rate = self.header.sample_rate
        unsynced, last_block, started = 0, self._clock(), False
        try:
            while True:
                try:
                    block = self._queue.get(timeout=0.25)
                except queue.Empty:
                    block = b""
                if block is None:
                    break
                if block:
                    last_block, started = self._clock(), True
                    handle.write(block)
                    count = len(block) // frame_bytes
                    self._frames += count
                    unsynced += count
                    self._meter = _meter_of(block)
                elif (not self._paused and not self._stopping
                      and self._clock() - last_block > (SILENT_DEVICE_S if started
                                                        else FIRST_BLOCK_S)):  # fmt: skip
                    self._fail("device_lost" if started else "no_audio", "")
                    break
                if self._paused:
                    last_block = self._clock()
                if unsynced >= rate * SYNC_EVERY_S:
                    handle.flush()
                    _fsync(handle)
                    unsynced = 0
        except OSError as exc:
            self._fail("disk_full" if exc.errno == errno.ENOSPC else "write_failed", str(exc))
        finally:
            try:
                handle.flush()
                _fsync(handle)
            except OSError:
                pass  # the disk is full: what reached it earlier is kept
            handle.close()

    def _fail(self, problem: str, detail: str) -> None:
        self.problem, self.problem_detail = problem, detail
        stream = self._stream
        if stream is not None:
            # The device may be gone already; the audio written is safe either way.
            with contextlib.suppress(Exception):
                stream.abort()

    def _discard_journal(self) -> None:
        from ecoscim_field.audio.journal import journal_paths

        for path in journal_paths(self.folder, self.header.recording_id):
            path.unlink(missing_ok=True)


def _fsync(handle: BinaryIO) -> None:
    import os

    os.fsync(handle.fileno())


def _meter_of(block: bytes) -> Meter:
    samples = np.frombuffer(block, dtype="<i2").astype(np.float32) / 32768.0
    if samples.size == 0:
        return Meter()
    peak = float(np.max(np.abs(samples)))
    rms = float(np.sqrt(np.mean(samples * samples)))
    return Meter(to_dbfs(peak), to_dbfs(rms), clipped=peak >= 0.999)


def free_seconds(folder: Path, sample_rate: int, channels: int = 1) -> float:
    """How long the free disk space lasts at this format: the journal grows at the raw
    rate and, at the stop, the FLAC copy needs about as much again (conservatively)."""
    import shutil

    free = shutil.disk_usage(folder).free
    return free / (sample_rate * channels * 2 * 2.0)
