"""Filter-as-you-type latency on the participants list with 20,000 participants.

Run: .venv/bin/python benchmarks/participants_filter.py [--rows N]

Types a search, one keystroke at a time, into the real participants page (offscreen),
and times each keystroke from the text change to the repainted table. The baseline,
measured in the same run, is Qt's own QSortFilterProxyModel over the same model with
`setFilterFixedString`, the usual way to filter a table. Target: under 50 ms a keystroke.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QApplication, QTableView

from ecoscim_field.domain.demo import PEOPLE
from ecoscim_field.domain.rows import ParticipantRow
from ecoscim_field.store.enums import ConsentState
from ecoscim_field.ui.participants.participants_page import ParticipantsPage
from ecoscim_field.ui.shell.summary import StoreSummary

QUERIES = ["guadalupe", "P-AB12C-01", "santa cruz", "xyz"]


def make_rows(count: int) -> list[ParticipantRow]:
    rng = random.Random(7)
    rows = []
    for i in range(count):
        name, group, alcaldia, colonia, language = PEOPLE[i % len(PEOPLE)]
        code = f"P-AB12C-{i + 1:05d}"
        full = f"{name} {i // len(PEOPLE)}"
        rows.append(
            ParticipantRow(
                id=str(i), code=code, name=full, stakeholder_group=group, case_study_id=None,
                case_study="Ecobici", alcaldia=alcaldia, colonia=colonia, language=language,
                consent=rng.choice(list(ConsentState)),
                search_text=f"{code}\n{full}\n{colonia}".casefold(),
            )
        )  # fmt: skip
    return rows


def type_into(app: QApplication, set_text, query: str) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for end in range(1, len(query) + 1):
        start = time.perf_counter()
        set_text(query[:end])
        app.processEvents()  # relayout and repaint
        times.append((time.perf_counter() - start) * 1000)
    set_text("")
    app.processEvents()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=20_000)
    args = parser.parse_args()
    app = QApplication(sys.argv)
    rows = make_rows(args.rows)

    page = ParticipantsPage()
    page.resize(1100, 700)
    page.show()
    page.model.set_rows(rows)
    app.processEvents()
    ours: list[float] = []
    for query in QUERIES:
        ours += type_into(app, page.search.setText, query)

    summary = StoreSummary(
        device_id="bench", folder=Path("."), profile=None, pending=0, case_studies=[],
        participants=rows, today=[],
    )  # fmt: skip
    page.show_summary(summary)  # the first refresh also sizes the columns, once
    app.processEvents()
    refreshes = []
    for _ in range(7):
        start = time.perf_counter()
        page.show_summary(summary)
        app.processEvents()
        refreshes.append((time.perf_counter() - start) * 1000)

    baseline_page = ParticipantsPage()
    baseline_page.model.set_rows(rows)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(baseline_page.model)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QTableView()
    view.setModel(proxy)
    view.resize(1100, 700)
    view.show()
    app.processEvents()
    theirs: list[float] = []
    for query in QUERIES:
        theirs += type_into(app, proxy.setFilterFixedString, query)

    def line(label: str, t: list[float]) -> str:
        q = statistics.quantiles(t, n=20)
        return (f"{label:<34} median {statistics.median(t):7.1f} ms   p95 {q[-1]:7.1f} ms   "
                f"max {max(t):7.1f} ms")  # fmt: skip

    print(f"participants: {args.rows:,}, keystrokes: {len(ours)}")
    print(line("participants page (ours)", ours))
    print(line("QSortFilterProxyModel (baseline)", theirs))
    print(
        f"ratio ours / baseline (median): {statistics.median(ours) / statistics.median(theirs):.2f}"
    )
    print(f"refresh after a save (all {args.rows:,} rows again): median "
          f"{statistics.median(refreshes):.1f} ms")  # fmt: skip
    print("target: under 50 ms a keystroke")


if __name__ == "__main__":
    main()
