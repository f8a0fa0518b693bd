"""A check of the installed Qt for Python binding for a fault that would crash the app.

PySide6 6.12.0 on Python 3.11 gives back one reference to `None` too many from every Qt
method that returns nothing (`setText`, `fillRect`, `update`...). Python 3.12 and later
make `None` immortal, so there it does no harm; on 3.11 the count of `None` reaches zero
after some thousands of calls and the process aborts ("deallocating None"): a level meter
drawing 40 times a second takes the app down within minutes of recording. pyproject.toml
keeps that release away; this check tells a person whose installation has it anyway.
"""

from __future__ import annotations

import sys

PROBE_CALLS = 256

# References to None held to make up for what a probe lost, so that checking never
# shortens the life of the process.
_made_up: list[None] = []


def drops_none_references() -> bool:
    """Whether calling a Qt method that returns nothing loses a reference to None."""
    if sys.version_info >= (3, 12):  # None is immortal: its count cannot reach zero
        return False
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        probe.setObjectName("probe")
    lost = before - sys.getrefcount(None)
    if lost > 0:
        _made_up.extend([None] * lost)
    return lost >= PROBE_CALLS // 2


def binding_version() -> str:
    import PySide6

    return str(PySide6.__version__)
