"""What the interview and review screens both do to notes after they are typed: codes
on and off, words changed (the stamps stay). Store work on the runner; results as signals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from ecoscim_field.store.enums import NoteKind


class NoteCoding(QObject):
    """Needs `store` and `runner` attributes (set by the subclass)."""

    note_changed = Signal(object)  # NoteRow, as it is after the change
    codes_loaded = Signal(object)  # list[CodeRow]: the codebook

    store: Any
    runner: Any

    def load_codes(self) -> None:
        """Read the codebook (again); `codes_loaded` brings it."""

        def load() -> Any:
            from ecoscim_field.domain.codebook import list_codes

            with self.store.reading() as session:
                return list_codes(session)

        self.runner.run(load, self.codes_loaded.emit)

    def toggle_code(self, note_id: str, code_id: str) -> None:
        """Put a code on a note or take it off."""

        def save() -> Any:
            from ecoscim_field.domain.codebook import toggle_code
            from ecoscim_field.domain.sessions import note_row

            toggle_code(self.store, note_id=note_id, code_id=code_id)
            with self.store.reading() as session:
                return note_row(session, note_id)

        self.runner.run(save, self.note_changed.emit)

    def edit_note(self, note_id: str, text: str, kind: NoteKind) -> None:
        """Change a note's words or kind; it keeps the stamps of the moment it was typed."""

        def save() -> Any:
            from ecoscim_field.domain.sessions import edit_note, note_row

            edit_note(self.store, note_id=note_id, text=text, kind=kind)
            with self.store.reading() as session:
                return note_row(session, note_id)

        self.runner.run(save, self.note_changed.emit)
