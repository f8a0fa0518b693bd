"""What the shell shows about the store, gathered off the GUI thread in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ecoscim_field.domain.people import Profile
from ecoscim_field.domain.rows import CaseStudyRow

if TYPE_CHECKING:
    from ecoscim_field.domain.appointments import AgendaRow
    from ecoscim_field.domain.rows import ParticipantRow
    from ecoscim_field.store.database import Store


@dataclass(frozen=True)
class StoreSummary:
    """A snapshot for the status bar and the pages (plain values, safe across threads)."""

    device_id: str
    folder: Path
    profile: Profile | None
    pending: int
    case_studies: list[CaseStudyRow]
    participants: list[ParticipantRow]
    today: list[AgendaRow]


def load_summary(store: Store) -> StoreSummary:
    """Runs on a worker thread (it reads the store)."""
    from datetime import datetime

    from ecoscim_field.domain.appointments import MEXICO_CITY, agenda
    from ecoscim_field.domain.case_studies import list_case_studies
    from ecoscim_field.domain.participants import list_participants
    from ecoscim_field.domain.profile import get_profile
    from ecoscim_field.store.database import pending_changes

    with store.transaction() as session:
        return StoreSummary(
            device_id=store.device_id,
            folder=store.folder,
            profile=get_profile(session),
            pending=pending_changes(session),
            case_studies=list_case_studies(session),
            participants=list_participants(session),
            today=agenda(session, start=datetime.now(MEXICO_CITY).date()),
        )
