"""Live re-translation: widgets re-set their texts when the language changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Translatable:
    """Mixin for widgets: calls `retranslate()` on Qt's LanguageChange event.

    Put every visible text in `retranslate()` and call it once from `__init__`; switching
    the language in Settings then re-translates the whole open window without a restart.
    """

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
