"""A live level from an input device, with nothing written: the microphone test of
Settings, so a fieldworker hears that the right device works before the interview.

Thread contract (as for the recorder): PortAudio's callback only keeps a copy of the
latest block; the GUI asks for `meter()` from its timer, which measures that block.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ecoscim_field.audio.recorder import (
    METER_RATE_HZ,
    Meter,
    RecorderError,
    _meter_of,
    resolve_device,
)


class InputMonitor:
    """Opens an input device at a rate and reports its level until closed."""

    def __init__(self, *, device: int | str | None, sample_rate: int) -> None:
        self._device, self.sample_rate = device, sample_rate
        self._stream: Any = None
        self._latest = b""
        self.device_name = ""
        self.overflows = 0

    def start(self) -> None:
        """Raises RecorderError (no_device, device_failed, rate_refused, audio_unavailable)."""
        try:
            import sounddevice as sd
        except OSError as exc:
            raise RecorderError("audio_unavailable", str(exc)) from exc
        index = resolve_device(self._device)
        try:
            sd.check_input_settings(device=index, channels=1, dtype="int16",
                                    samplerate=self.sample_rate)  # fmt: skip
        except (sd.PortAudioError, ValueError) as exc:
            kind = "rate_refused" if "sample rate" in str(exc).lower() else "device_failed"
            raise RecorderError(kind, str(exc)) from exc
        try:
            self.device_name = str(sd.query_devices(index, "input")["name"])
            self._stream = sd.InputStream(
                device=index, channels=1, samplerate=self.sample_rate, dtype="int16",
                blocksize=max(1, self.sample_rate // METER_RATE_HZ), callback=self._callback,
            )  # fmt: skip
            self._stream.start()
        except (sd.PortAudioError, ValueError) as exc:
            self._stream = None
            raise RecorderError("device_failed", str(exc)) from exc

    def meter(self) -> Meter:
        return _meter_of(self._latest)

    @property
    def running(self) -> bool:
        return self._stream is not None and bool(self._stream.active)

    def close(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.stop()
                stream.close()
            except Exception:  # a device that vanished may refuse to stop; nothing is kept
                pass

    def _callback(self, indata: np.ndarray, _frames: int, _time: Any, status: Any) -> None:
        if status.input_overflow:
            self.overflows += 1
        self._latest = bytes(indata)
