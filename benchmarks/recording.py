"""Recording cost: N minutes from a virtual sound card while the interface is kept busy.

Run: .venv/bin/python benchmarks/recording.py [--minutes 10] [--rate 16000]

Starts its own PulseAudio server with a null sink (as the tests do), plays a tone into
it, and records from its monitor with the app's Recorder while a Qt window repaints a
busy widget 60 times a second and a meter is polled 40 times a second (what the
interview screen does). The baseline is the same busy interface for the same time
without recording, measured in the same run. Reports input overflows (must be 0), the
CPU the recording adds (aim: under 5 % of one core), peak memory, and bytes per minute
of the journal (raw PCM while recording) and of the FLAC file it becomes.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QLine, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QWidget

from ecoscim_field.audio.journal import JournalHeader, finish_journal
from ecoscim_field.audio.recorder import Recorder


class Busy(QWidget):
    """Repaints itself with some drawing, 60 times a second."""

    def __init__(self) -> None:
        super().__init__()
        self.resize(800, 600)
        self.frames = 0
        self.lines = [QLine(i, 0, 800 - i, 600) for i in range(200)]
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.update)
        self.timer.start(16)

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        for line in self.lines:
            painter.drawLine(line)
        painter.end()
        self.frames += 1


def pulse_server(folder: Path) -> tuple[subprocess.Popen[bytes], dict[str, str]]:
    socket = folder / "native"
    env = {**os.environ, "XDG_RUNTIME_DIR": str(folder), "HOME": str(folder)}
    server = subprocess.Popen(
        ["pulseaudio", "--daemonize=no", "--exit-idle-time=-1", "--system=no", "-n",
         "--use-pid-file=no", f"--load=module-native-protocol-unix socket={socket}",
         "--load=module-null-sink sink_name=bench", "--load=module-always-sink"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    client = {"PULSE_SERVER": f"unix:{socket}", "XDG_RUNTIME_DIR": str(folder)}
    for _ in range(100):
        if subprocess.run(["pactl", "info"], env={**os.environ, **client},
                          capture_output=True, check=False).returncode == 0:  # fmt: skip
            return server, client
        time.sleep(0.1)
    raise SystemExit("pulseaudio did not start")


def run_for(app: QApplication, seconds: float, recorder: Recorder | None) -> float:
    """Keep the interface busy for `seconds`; returns the process CPU seconds used."""
    meter = QTimer()
    if recorder is not None:
        meter.timeout.connect(recorder.meter)
    meter.start(25)
    cpu = time.process_time()
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    meter.stop()
    return time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--rate", type=int, default=16000)
    args = parser.parse_args()
    seconds = args.minutes * 60
    for tool in ("pulseaudio", "pactl", "paplay", "sox"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is missing: run the README's test command first")
    with tempfile.TemporaryDirectory(prefix="ecoscim-rec-") as tmp:
        folder = Path(tmp)
        server, client = pulse_server(folder / "pulse")
        os.environ.update(client)  # PortAudio reads the server address once, at import
        tone = folder / "tone.wav"
        subprocess.run(["sox", "-n", "-r", str(args.rate), "-c", "1", str(tone), "synth",
                        str(seconds + 30), "sine", "440", "vol", "0.5"], check=True)  # fmt: skip
        player = subprocess.Popen(["paplay", "-d", "bench", str(tone)],
                                  env={**os.environ, **client})  # fmt: skip
        app = QApplication(sys.argv)
        busy = Busy()
        busy.show()
        try:
            baseline_cpu = run_for(app, seconds, None)
            header = JournalHeader(
                recording_id=str(uuid.uuid4()), kind="scratch", sample_rate=args.rate,
                channels=1, started_at=datetime.now(UTC).isoformat(), target_name="bench.flac",
            )  # fmt: skip
            recorder = Recorder(folder=folder, header=header, device="pulse")
            recorder.start()
            recording_cpu = run_for(app, seconds, recorder)
            frames = recorder.stop()
            journal_bytes = frames * 2
            finished = finish_journal(folder, header, folder / "bench.flac")
        finally:
            player.kill()
            server.terminate()
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        minutes = finished.duration_s / 60
        added = (recording_cpu - baseline_cpu) / seconds * 100
        print(f"recorded {finished.duration_s:.1f} s at {args.rate} Hz mono "
              f"(asked {seconds:.0f} s); interface repaints: {busy.frames}")  # fmt: skip
        print(f"input overflows: {recorder.overflows} (must be 0); problem: "
              f"{recorder.problem or 'none'}")  # fmt: skip
        print(f"CPU, busy interface alone: {baseline_cpu / seconds * 100:.1f} % of one core")
        print(f"CPU, busy interface while recording: {recording_cpu / seconds * 100:.1f} %")
        print(f"CPU added by recording: {added:.2f} % of one core (aim: under 5 %)")
        print(f"peak memory of the process: {peak_mb:.0f} MB")
        flac_mb = finished.path.stat().st_size / minutes / 1e6
        print(f"journal while recording: {journal_bytes / minutes / 1e6:.2f} MB per minute; "
              f"FLAC: {flac_mb:.2f} MB per minute")  # fmt: skip


if __name__ == "__main__":
    main()
