"""Icons shipped in resources/icons."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from ecoscim_field.paths import resources_dir


def icon(name: str) -> QIcon:
    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))
