"""The audio input devices PortAudio can see.

sounddevice loads PortAudio on import, which takes long enough to be kept off start-up
and off the GUI thread: it is imported here, on demand.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class InputDevice:
    """A device that can record: a built-in microphone, a USB recorder, a virtual source."""

    index: int
    name: str
    host_api: str
    channels: int
    default_samplerate: float
    is_default: bool


class AudioUnavailable(RuntimeError):
    """PortAudio is not installed or could not start."""


def list_input_devices() -> list[InputDevice]:
    try:
        import sounddevice as sd
    except OSError as exc:  # the PortAudio library itself is missing
        raise AudioUnavailable(str(exc)) from exc
    try:
        devices = sd.query_devices()
        apis = sd.query_hostapis()
        default_in = sd.default.device[0]
    except sd.PortAudioError as exc:
        raise AudioUnavailable(str(exc)) from exc
    found = []
    for index, info in enumerate(devices):
        if info["max_input_channels"] <= 0:
            continue
        found.append(
            InputDevice(
                index=index,
                name=str(info["name"]),
                host_api=str(apis[info["hostapi"]]["name"]),
                channels=int(info["max_input_channels"]),
                default_samplerate=float(info["default_samplerate"]),
                is_default=index == default_in,
            )
        )
    return found
