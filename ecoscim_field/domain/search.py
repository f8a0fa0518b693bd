"""Searching the notes of every interview: full text through SQLite FTS5.

Accent- and case-insensitive ("estacion" finds "Estación"); every word typed must appear,
each as the start of a word ("pregunt" finds "preguntó", "preguntaron"), which also
covers Spanish plurals and most verb forms without a stemmer. Quotes keep a phrase
together. Results come newest stored first with a highlighted snippet and what is needed to
open the interview at that moment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import column, func, literal_column, select, table
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ColumnClause

from ecoscim_field.store.enums import NoteKind
from ecoscim_field.store.models import Note, Participant

MARK_START, MARK_END = "\x02", "\x03"  # snippet highlight: the interface styles them
_WORD = re.compile(r'"[^"]+"|[^\s"]+')


@dataclass(frozen=True)
class NoteHit:
    """A note that matched: where it is, when in the audio, and the words around the match."""

    note_id: str
    session_id: str | None
    participant_code: str
    kind: NoteKind
    snippet: str
    audio_offset_ms: int | None
    written_at: datetime


def fts_query(typed: str) -> str:
    """What the user typed, as an FTS5 query: every word (or quoted phrase) required, each
    matching the start of a word. Returns "" when nothing searchable was typed."""
    parts = []
    for token in _WORD.findall(typed):
        phrase = token.strip('"')
        words = [w for w in re.split(r"[^\w]+", phrase) if w]
        if not words:
            continue
        if token.startswith('"') and len(words) > 1:
            parts.append('"' + " ".join(words) + '"')
        else:
            parts.extend(f'"{w}"*' for w in words)
    return " AND ".join(parts)


NOTES_FTS = table("notes_fts", column("rowid"), column("text"))


def search_notes(session: Session, typed: str, *, limit: int = 100) -> list[NoteHit]:
    query = fts_query(typed)
    if not query:
        return []
    index: ColumnClause[Any] = literal_column("notes_fts")
    statement = (
        select(
            Note.id, Note.session_id, Participant.code, Note.kind,
            func.snippet(index, 0, MARK_START, MARK_END, "…", 12),
            Note.audio_offset_ms, Note.written_at,
        )
        .select_from(NOTES_FTS)
        .join(Note, literal_column("notes.rowid") == NOTES_FTS.c.rowid)
        .join(Participant, Participant.id == Note.participant_id)
        .where(index.op("MATCH")(query))
        # The index's own order (newest stored first) lets FTS5 stop after `limit` matches
        # instead of sorting every note that contains a common word.
        .order_by(NOTES_FTS.c.rowid.desc())
        .limit(limit)
    )  # fmt: skip
    return [
        NoteHit(r[0], r[1], r[2], NoteKind(r[3]), r[4], r[5], r[6])
        for r in session.execute(statement)
    ]
