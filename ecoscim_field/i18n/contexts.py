"""Translation contexts for plural strings said outside a Qt class.

lupdate marks a string as plural ("%n item(s)") only when it is passed to a `tr` method;
from `QCoreApplication.translate(context, text, "", n)` it extracts a plain string, and
the user would read "2 elemento". These classes, named after the contexts the command
line and reports use, carry those calls: `Cli.tr("%n item(s)…", "", n)`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject


class _Context(QObject):
    """PySide's `tr` called on the class: the class's name is the context."""

    if TYPE_CHECKING:

        @staticmethod
        def tr(source_text: str, disambiguation: str | None = None, n: int = -1) -> str: ...


class Cli(_Context):
    """The command line's context."""


class Audio(_Context):
    """The recorder's and audio commands' context."""


class Doctor(_Context):
    """The `doctor` report's context."""


class Sync(_Context):
    """The bundles' and project commands' context."""
