"""What the shell shows about the store, gathered off the GUI thread in one transaction."""

from __future__ import annotations

from dataclasses import dataclass

from ecoscim_field.domain.case_studies import CaseStudyRow, list_case_studies
from ecoscim_field.domain.profile import Profile, get_profile
from ecoscim_field.store.database import Store, pending_changes


@dataclass(frozen=True)
class StoreSummary:
    """A snapshot for the status bar and the pages (plain values, safe across threads)."""

    profile: Profile | None
    pending: int
    case_studies: list[CaseStudyRow]


def load_summary(store: Store) -> StoreSummary:
    with store.transaction() as session:
        return StoreSummary(
            profile=get_profile(session),
            pending=pending_changes(session),
            case_studies=list_case_studies(session),
        )
