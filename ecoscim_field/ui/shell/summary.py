"""What the shell shows about the store, gathered off the GUI thread in one transaction."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ecoscim_field.domain.people import Profile
from ecoscim_field.domain.rows import CaseStudyRow

if TYPE_CHECKING:
    from ecoscim_field.domain.appointments import AgendaRow, ProgressCell
    from ecoscim_field.domain.guides import GuideRow
    from ecoscim_field.domain.rows import ParticipantRow
    from ecoscim_field.domain.sessions import SessionRow
    from ecoscim_field.store.database import Store
    from ecoscim_field.store.enums import StakeholderGroup


@dataclass(frozen=True)
class SyncLogRow:
    """One line of the sync history (plain values)."""

    at: datetime
    direction: str  # sent | received | rejected | waiting
    file_name: str
    size: int
    result: dict[str, Any]
    message: str


@dataclass(frozen=True)
class StoreSummary:
    """A snapshot for the status bar and the pages (plain values, safe across threads)."""

    device_id: str
    folder: Path
    profile: Profile | None
    pending: int
    case_studies: list[CaseStudyRow]  # archived ones too: `active_case_studies` for choices
    participants: list[ParticipantRow]
    today: list[AgendaRow]
    appointments: list[AgendaRow]  # all of them, in time order
    guides: list[GuideRow]  # every version, archived ones too
    progress: dict[tuple[str, StakeholderGroup], ProgressCell]
    sessions: list[SessionRow]
    sync_log: list[SyncLogRow] = field(default_factory=list)  # newest first
    outbox_files: int = 0  # bundles written but not yet in the shared folder
    project_name: str = ""
    coordinator: bool = False  # this laptop is the project's coordinator
    last_sync: str = ""  # UTC ISO time of the last exchange, or ""

    @property
    def active_case_studies(self) -> list[CaseStudyRow]:
        return [c for c in self.case_studies if not c.archived]


def load_summary(store: Store) -> StoreSummary:
    """Runs on a worker thread (it reads the store)."""

    from ecoscim_field.domain.appointments import MEXICO_CITY, agenda, progress
    from ecoscim_field.domain.case_studies import list_case_studies
    from ecoscim_field.domain.guides import list_guides
    from ecoscim_field.domain.participants import list_participants
    from ecoscim_field.domain.profile import get_profile
    from ecoscim_field.domain.sessions import list_sessions
    from ecoscim_field.store.database import OUTBOX_DIR, pending_changes
    from ecoscim_field.store.models import StoreMeta

    with store.reading() as session:
        project, log = _sync_state(session, store.device_id)
        outbox = store.folder / OUTBOX_DIR
        last = session.get(StoreMeta, "last_sync")
        return StoreSummary(
            device_id=store.device_id,
            folder=store.folder,
            profile=get_profile(session),
            pending=pending_changes(session),
            case_studies=list_case_studies(session, include_archived=True),
            participants=list_participants(session),
            today=agenda(session, start=datetime.now(MEXICO_CITY).date()),
            appointments=agenda(session),
            guides=list_guides(session, include_archived=True),
            progress=progress(session),
            sessions=list_sessions(session),
            sync_log=log,
            outbox_files=len(list(outbox.glob("*.ecobundle"))) if outbox.is_dir() else 0,
            project_name=project.get("name", ""),
            coordinator=project.get("coordinator", {}).get("device_id") == store.device_id,
            last_sync=last.value if last is not None else "",
        )


def _sync_state(session: Any, device_id: str) -> tuple[dict[str, Any], list[SyncLogRow]]:
    from sqlalchemy import select

    from ecoscim_field.store.models import StoreMeta, SyncLogEntry

    meta = session.get(StoreMeta, "project")
    project = json.loads(meta.value) if meta is not None else {}
    rows = session.scalars(select(SyncLogEntry).order_by(SyncLogEntry.id.desc()).limit(300))
    log = [
        SyncLogRow(r.at, r.direction, r.file_name, r.size, json.loads(r.result or "{}"), r.message)
        for r in rows
    ]
    return project, log
