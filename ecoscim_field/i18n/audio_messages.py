"""Words for what can go wrong with audio, for the command line and the app alike."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from ecoscim_field.audio.recorder import RecorderError

translate = QCoreApplication.translate


def describe_recorder_error(error: RecorderError) -> str:
    """Why recording cannot start, for the CLI and the app."""
    texts = {
        "no_device": translate("Audio", "No audio input device was found{detail}. Plug in a "
                               "microphone, or choose another input in Settings."),
        "device_failed": translate("Audio", "The audio input could not be opened{detail}. "
                                   "Check that no other program uses it, or choose another."),
        "rate_refused": translate("Audio", "The audio input refuses this sample rate{detail}. "
                                  "Choose another rate in Settings."),
        "folder_unwritable": translate("Audio", "The recordings folder cannot be written"
                                       "{detail}. Free some space or choose another data "
                                       "folder; nothing was recorded."),
        "audio_unavailable": translate("Audio", "Audio is not available on this laptop"
                                       "{detail}. Install PortAudio (see the README)."),
    }  # fmt: skip
    detail = f" ({error.detail})" if error.detail else ""
    return texts.get(error.kind, texts["device_failed"]).format(detail=detail)


def describe_problem(problem: str, detail: str) -> str:
    """What stopped a recording; everything recorded before it is kept."""
    texts = {
        "disk_full": translate("Audio", "The disk is full: recording stopped. Everything "
                               "recorded until now is kept."),
        "device_lost": translate("Audio", "The audio input stopped delivering sound (was it "
                                 "unplugged?). Everything recorded until now is kept."),
        "no_audio": translate("Audio", "No sound arrived from the audio input. Check the "
                              "microphone and its cable, or choose another input."),
        "write_failed": translate("Audio", "The recording could not be written ({detail}). "
                                  "Everything recorded until now is kept."),
    }  # fmt: skip
    return texts.get(problem, texts["write_failed"]).format(detail=detail)
