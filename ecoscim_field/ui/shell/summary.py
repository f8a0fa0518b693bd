"""What the shell shows about the store, gathered off the GUI thread in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

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

    @property
    def active_case_studies(self) -> list[CaseStudyRow]:
        return [c for c in self.case_studies if not c.archived]


def load_summary(store: Store) -> StoreSummary:
    """Runs on a worker thread (it reads the store)."""
    from datetime import datetime

    from ecoscim_field.domain.appointments import MEXICO_CITY, agenda, progress
    from ecoscim_field.domain.case_studies import list_case_studies
    from ecoscim_field.domain.guides import list_guides
    from ecoscim_field.domain.participants import list_participants
    from ecoscim_field.domain.profile import get_profile
    from ecoscim_field.domain.sessions import list_sessions
    from ecoscim_field.store.database import pending_changes

    with store.reading() as session:
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
        )
