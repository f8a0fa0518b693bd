"""Rows as lists and tables show them: plain values, safe across threads, no SQLAlchemy."""

from __future__ import annotations

from dataclasses import dataclass, field

from ecoscim_field.store.enums import ConsentState, Origin, Stage, StakeholderGroup


@dataclass(frozen=True)
class CaseStudyRow:
    """A case study as lists and tables show it (a plain value, safe across threads)."""

    id: str
    name: str
    origin: Origin
    stage: Stage
    organisation: str
    alcaldias: str
    archived: bool = False


@dataclass(frozen=True)
class ParticipantRow:
    """A participant as the list shows it (plain values, safe across threads)."""

    id: str
    code: str
    name: str
    stakeholder_group: StakeholderGroup
    case_study_id: str | None
    case_study: str
    alcaldia: str
    colonia: str
    language: str
    consent: ConsentState
    search_text: str = field(repr=False, default="")
