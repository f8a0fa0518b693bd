"""How fast the planning screens open with a large store (`demo --scale 20`).

Run: .venv/bin/python benchmarks/planning_open.py [--scale N] [--runs N]

Fills a temporary store with the demo at the given scale (8 x N case studies, 12 x N
participants, their appointments, the guides), then, offscreen, times:
- reading the snapshot the screens show (`load_summary`, on a worker in the app);
- opening each area for the first time (page built, filled from the snapshot, painted),
  and each tab of the agenda and of case studies.
The baseline, measured in the same run, is Qt's plainest table: a QTableView over a
QStandardItemModel with as many rows as the store has appointments, shown and painted.
Target: every screen well under a second.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from ecoscim_field.config import Config
from ecoscim_field.domain.demo import fill_demo
from ecoscim_field.store.database import Store
from ecoscim_field.ui.shell.main_window import PAGE_KEYS, MainWindow
from ecoscim_field.ui.shell.summary import load_summary
from ecoscim_field.ui.tasks import ImmediateTaskRunner


def painted(app: QApplication, widget: QWidget) -> None:
    app.processEvents()
    widget.repaint()
    app.processEvents()


def ms_since(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def baseline(app: QApplication, rows: int) -> float:
    start = time.perf_counter()
    model = QStandardItemModel(rows, 7)
    for r in range(rows):
        for c in range(7):
            model.setItem(r, c, QStandardItem(f"cell {r} {c}"))
    view = QTableView()
    view.setModel(model)
    view.resize(1100, 700)
    view.show()
    view.resizeColumnsToContents()
    painted(app, view)
    elapsed = ms_since(start)
    view.close()
    return elapsed


def one_run(app: QApplication, store: Store, folder: Path) -> dict[str, float]:
    times: dict[str, float] = {}
    start = time.perf_counter()
    load_summary(store)
    times["snapshot (worker)"] = ms_since(start)
    window = MainWindow(store=store, config=Config(), language="en",
                        runner=ImmediateTaskRunner(), config_folder=folder)  # fmt: skip
    window.resize(1180, 740)
    window.show()
    painted(app, window)
    for row, key in enumerate(PAGE_KEYS):
        if key in ("interviews", "sync"):
            continue
        start = time.perf_counter()
        window.nav.setCurrentRow(row)
        painted(app, window)
        times[key] = ms_since(start)
    for key, tabs in (("agenda", (1, 2)), ("case-studies", (1,))):
        page = window.show_area(key)
        for tab in tabs:
            start = time.perf_counter()
            page.tabs.setCurrentIndex(tab)  # type: ignore[attr-defined]
            painted(app, window)
            times[f"{key} tab {tab + 1}"] = ms_since(start)
    start = time.perf_counter()
    window.refresh()  # a later refresh: every open page refilled
    painted(app, window)
    times["refresh, all pages open"] = ms_since(start)
    window.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory(prefix="ecoscim-bench-") as tmp:
        store = Store.open(Path(tmp) / "data")
        try:
            report = fill_demo(store, scale=args.scale)
            summary = load_summary(store)
            count = len(summary.appointments)
            print(f"store: {report.case_studies} case studies, {report.participants} "
                  f"participants, {count} appointments, {len(summary.guides)} guides")  # fmt: skip
            runs = [one_run(app, store, Path(tmp) / "config") for _ in range(args.runs)]
            base = statistics.median(baseline(app, count) for _ in range(args.runs))
        finally:
            store.close()
    print(f"baseline: plain QTableView with {count} rows shown: {base:.1f} ms (median)")
    print(f"{'screen':28} {'median ms':>10} {'max ms':>8} {'x baseline':>11}")
    for name in runs[0]:
        values = [run[name] for run in runs]
        median = statistics.median(values)
        print(f"{name:28} {median:10.1f} {max(values):8.1f} {median / base:11.2f}")
    worst = max(max(run.values()) for run in runs)
    print(f"slowest screen in any run: {worst:.0f} ms (target: well under 1000 ms)")


if __name__ == "__main__":
    main()
