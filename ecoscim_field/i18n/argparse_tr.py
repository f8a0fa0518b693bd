"""Puts argparse's own words ("usage:", "error:", …) through Qt's translation system.

argparse looks its messages up with gettext through a module-level `_`; pointing that
at Qt's translator gives the command line one catalogue with the rest of the app.
The strings are listed here so that lupdate extracts them for the translators.
"""

from __future__ import annotations

import argparse

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

ARGPARSE_STRINGS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
)


def translate_argparse() -> None:
    argparse._ = lambda text: QCoreApplication.translate("argparse", text)  # type: ignore[attr-defined]
