"""The audio devices PortAudio can see: inputs to record from, outputs to play on.

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
    return _list_devices("input")


def list_output_devices() -> list[InputDevice]:
    """The devices that can play (speakers, headphones), for the review's playback."""
    return _list_devices("output")


def _list_devices(kind: str) -> list[InputDevice]:
    try:
        import sounddevice as sd
    except OSError as exc:  # the PortAudio library itself is missing
        raise AudioUnavailable(str(exc)) from exc
    try:
        devices = sd.query_devices()
        apis = sd.query_hostapis()
        default_in = sd.default.device[0 if kind == "input" else 1]
    except sd.PortAudioError as exc:
        raise AudioUnavailable(str(exc)) from exc
    found = []
    for index, info in enumerate(devices):
        channels = info["max_input_channels" if kind == "input" else "max_output_channels"]
        if channels <= 0:
            continue
        found.append(
            InputDevice(
                index=index,
                name=str(info["name"]),
                host_api=str(apis[info["hostapi"]]["name"]),
                channels=int(channels),
                default_samplerate=float(info["default_samplerate"]),
                is_default=index == default_in,
            )
        )
    return found
