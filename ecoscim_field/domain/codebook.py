"""The codebook: codes to apply to notes.

The research framework's five dimensions are built in (the same record on every laptop,
named in the interface's language); the team adds its own codes under them or beside
them, each with a colour and, if wanted, a shortcut (Ctrl+1 … Ctrl+9 in the interview).
A code that notes use is archived, never deleted, so no coded note loses its code.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ecoscim_field.store.database import Store
from ecoscim_field.store.models import Code, Note, NoteCode

CODEBOOK_NAMESPACE = uuid.UUID("b0f7d1a4-58c2-4c8e-9a0e-3d6f2c9e41b5")

# The framework's dimensions (see the research description): key, colour, shortcut.
FRAMEWORK: tuple[tuple[str, str, str], ...] = (
    ("anticipation", "#1e88e5", "1"),
    ("inclusion", "#43a047", "2"),
    ("reflexivity", "#8e24aa", "3"),
    ("responsiveness", "#fb8c00", "4"),
    ("equity", "#e53935", "5"),
)
FRAMEWORK_NAMES = {
    "anticipation": "Anticipation",
    "inclusion": "Inclusion",
    "reflexivity": "Reflexivity",
    "responsiveness": "Responsiveness",
    "equity": "Equity and social justice",
}
SHORTCUTS = tuple("123456789")
COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
# Colours offered to a new top-level code, in turn.
PALETTE = ("#00897b", "#6d4c41", "#3949ab", "#c0ca33", "#d81b60", "#546e7a", "#fdd835")


class CodeError(ValueError):
    """A codebook change that cannot be made; `reason` names why, for the interface."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        # empty_name | duplicate_name | bad_colour | shortcut_taken | bad_shortcut |
        # cycle | builtin | in_use | archived
        self.reason = reason


@dataclass(frozen=True)
class CodeRow:
    """A code as lists and buttons show it: `depth` 0 for a top-level code."""

    id: str
    parent_id: str | None
    name: str
    builtin_key: str
    colour: str
    shortcut: str
    description: str
    depth: int
    archived: bool
    uses: int


def builtin_code_id(key: str) -> str:
    return str(uuid.uuid5(CODEBOOK_NAMESPACE, f"code:{key}"))


def note_code_id(note_id: str, code_id: str) -> str:
    """One id for "this code on this note", whichever laptop applies it."""
    return str(uuid.uuid5(CODEBOOK_NAMESPACE, f"note-code:{note_id}:{code_id}"))


def ensure_builtin_codes(store: Store) -> int:
    """Add the framework's dimensions that the store does not have yet."""
    with store.transaction() as session:
        have = set(session.scalars(select(Code.builtin_key).where(Code.builtin_key != "")))
        added = 0
        for position, (key, colour, shortcut) in enumerate(FRAMEWORK):
            if key in have:
                continue
            session.add(
                Code(id=builtin_code_id(key), name=FRAMEWORK_NAMES[key], builtin_key=key,
                     colour=colour, shortcut=shortcut, position=position, description="")
            )  # fmt: skip
            added += 1
        return added


def list_codes(session: Session, *, archived: bool = False) -> list[CodeRow]:
    """The codebook in tree order (parents before their children, by position and name)."""
    uses = dict(
        session.execute(select(NoteCode.code_id, func.count()).group_by(NoteCode.code_id)).all()
    )
    codes = list(session.scalars(select(Code)))
    children: dict[str | None, list[Code]] = {}
    for code in codes:
        children.setdefault(code.parent_id, []).append(code)
    rows: list[CodeRow] = []

    def walk(parent: str | None, depth: int) -> None:
        for code in sorted(children.get(parent, []), key=lambda c: (c.position, c.name.lower())):
            if code.archived and not archived:
                continue
            rows.append(
                CodeRow(code.id, code.parent_id, code.name, code.builtin_key, code.colour,
                        code.shortcut, code.description, depth, code.archived,
                        int(uses.get(code.id, 0)))
            )  # fmt: skip
            walk(code.id, depth + 1)

    walk(None, 0)
    return rows


def _check(
    session: Session, *, code_id: str | None, name: str, parent_id: str | None,
    colour: str, shortcut: str,
) -> None:  # fmt: skip
    if not name.strip():
        raise CodeError("empty_name")
    if not COLOUR.match(colour):
        raise CodeError("bad_colour")
    if shortcut and shortcut not in SHORTCUTS:
        raise CodeError("bad_shortcut")
    siblings = select(Code.id).where(
        Code.parent_id.is_(None) if parent_id is None else Code.parent_id == parent_id,
        func.lower(Code.name) == name.strip().lower(),
        Code.archived.is_(False),
    )
    if any(other != code_id for other in session.scalars(siblings)):
        raise CodeError("duplicate_name")
    if shortcut:
        taken = session.scalars(
            select(Code.id).where(Code.shortcut == shortcut, Code.archived.is_(False))
        )
        if any(other != code_id for other in taken):
            raise CodeError("shortcut_taken")
    ancestor = parent_id
    while ancestor is not None:
        if ancestor == code_id:
            raise CodeError("cycle")
        parent = session.get_one(Code, ancestor)
        if parent.archived:
            raise CodeError("archived")
        ancestor = parent.parent_id


def create_code(
    store: Store, *, name: str, parent_id: str | None = None, colour: str | None = None,
    shortcut: str = "", description: str = "",
) -> str:  # fmt: skip
    """Add a code; without a colour it takes its parent's (or the next of the palette)."""
    with store.transaction() as session:
        if colour is None:
            if parent_id is not None:
                colour = session.get_one(Code, parent_id).colour
            else:
                tops = session.scalar(select(func.count()).where(Code.parent_id.is_(None))) or 0
                colour = PALETTE[tops % len(PALETTE)]
        _check(session, code_id=None, name=name, parent_id=parent_id, colour=colour,
               shortcut=shortcut)  # fmt: skip
        position = session.scalar(
            select(func.coalesce(func.max(Code.position), -1) + 1).where(
                Code.parent_id.is_(None) if parent_id is None else Code.parent_id == parent_id
            )
        )
        code = Code(name=name.strip(), parent_id=parent_id, colour=colour.lower(),
                    shortcut=shortcut, description=description.strip(),
                    position=position or 0)  # fmt: skip
        session.add(code)
        session.flush()
        return code.id


def edit_code(
    store: Store, code_id: str, *, name: str, colour: str, shortcut: str = "",
    description: str = "", parent_id: str | None = None,
) -> None:  # fmt: skip
    """Change a code. A framework dimension keeps its name and place; colour, shortcut
    and description are the team's to choose."""
    with store.transaction() as session:
        code = session.get_one(Code, code_id)
        if code.builtin_key:
            name, parent_id = code.name, None
        _check(session, code_id=code_id, name=name, parent_id=parent_id, colour=colour,
               shortcut=shortcut)  # fmt: skip
        code.name, code.colour, code.shortcut = name.strip(), colour.lower(), shortcut
        code.description, code.parent_id = description.strip(), parent_id


def archive_code(store: Store, code_id: str, *, archived: bool = True) -> None:
    """Hide a code (and its children) from the buttons; coded notes keep it."""
    with store.transaction() as session:
        code = session.get_one(Code, code_id)
        if code.builtin_key and archived:
            raise CodeError("builtin")
        todo = [code]
        while todo:
            current = todo.pop()
            current.archived = archived
            if archived:
                current.shortcut = ""
                todo.extend(session.scalars(select(Code).where(Code.parent_id == current.id)))


def delete_code(store: Store, code_id: str) -> None:
    """Delete a code no note uses and that has no children; otherwise archive it."""
    with store.transaction() as session:
        code = session.get_one(Code, code_id)
        if code.builtin_key:
            raise CodeError("builtin")
        used = session.scalar(select(func.count()).where(NoteCode.code_id == code_id))
        has_children = session.scalar(select(func.count()).where(Code.parent_id == code_id))
        if used or has_children:
            raise CodeError("in_use")
        session.delete(code)


def set_code(store: Store, *, note_id: str, code_id: str, applied: bool) -> bool:
    """Apply a code to a note or take it off; True when something changed."""
    link_id = note_code_id(note_id, code_id)
    with store.transaction() as session:
        existing = session.get(NoteCode, link_id)
        if applied and existing is None:
            session.get_one(Note, note_id)
            if session.get_one(Code, code_id).archived:
                raise CodeError("archived")
            session.add(NoteCode(id=link_id, note_id=note_id, code_id=code_id))
            return True
        if not applied and existing is not None:
            session.delete(existing)
            return True
        return False


def toggle_code(store: Store, *, note_id: str, code_id: str) -> bool:
    """Apply the code if the note does not have it, else take it off; True if now applied."""
    with store.reading() as session:
        has = session.get(NoteCode, note_code_id(note_id, code_id)) is not None
    set_code(store, note_id=note_id, code_id=code_id, applied=not has)
    return not has


def codes_of_notes(session: Session, note_ids: list[str]) -> dict[str, list[str]]:
    """Code ids per note, for the notes given."""
    found: dict[str, list[str]] = {note_id: [] for note_id in note_ids}
    for start in range(0, len(note_ids), 500):
        chunk = note_ids[start : start + 500]
        query = select(NoteCode.note_id, NoteCode.code_id).where(NoteCode.note_id.in_(chunk))
        for note_id, code_id in session.execute(query):
            found[note_id].append(code_id)
    return found
