"""Start-up time: process start to a shown main window, against a bare PySide6 window.

Run: .venv/bin/python benchmarks/startup.py [--runs N] [--scale S]

Both programs run as fresh processes, alternately, on the same machine in the same run,
so the ratio is meaningful on a noisy machine. The app opens a store filled with
`ecoscim-field demo --scale S` (20 by default). Each child prints the wall-clock time
once its window is shown and the event loop has run once; the figure is that time
minus the moment the parent started the child.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1180, 740)
window.show()
QTimer.singleShot(0, lambda: (print(time.time(), flush=True), app.quit()))
app.exec()
"""

APP = """
import sys, time
from PySide6.QtCore import QTimer
import ecoscim_field.ui.shell.main_window as main_window
shown = main_window.MainWindow.show
def show_and_report(self):
    shown(self)
    QTimer.singleShot(0, lambda: (print(time.time(), flush=True), self.close()))
main_window.MainWindow.show = show_and_report
from ecoscim_field.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def time_child(code: str, *args: str, env: dict[str, str]) -> float:
    start = time.time()
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True
    )
    shown = float(result.stdout.strip().splitlines()[-1])
    return (shown - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--scale", type=int, default=20)
    args = parser.parse_args()
    env = {**os.environ}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        env["ECOSCIM_FIELD_CONFIG_DIR"] = str(Path(tmp) / "config")
        subprocess.run(
            [sys.executable, "-m", "ecoscim_field", "--data-dir", str(data), "demo",
             "--scale", str(args.scale)],
            check=True, env=env, capture_output=True,
        )  # fmt: skip
        # Warm-up: disk caches, and the app's first compile of any stale catalogue.
        time_child(BARE, env=env)
        time_child(APP, str(data), env=env)
        bare, app = [], []
        for _ in range(args.runs):
            bare.append(time_child(BARE, env=env))
            app.append(time_child(APP, str(data), env=env))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"platform: {env['QT_QPA_PLATFORM']}, runs: {args.runs}, demo scale: {args.scale}")
    print(f"bare PySide6 window: median {b:7.1f} ms  (min {min(bare):.1f}, max {max(bare):.1f})")
    print(f"ECOSCIM Field:       median {a:7.1f} ms  (min {min(app):.1f}, max {max(app):.1f})")
    print(f"ratio app / bare:    {a / b:.2f}  (target: at most 2.00)")


if __name__ == "__main__":
    main()
