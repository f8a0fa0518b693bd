"""Case studies: the Smart City projects of Mexico City that the research compares."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ecoscim_field.store.models import CaseStudy, Origin, Stage


@dataclass(frozen=True)
class CaseStudyRow:
    """A case study as lists and tables show it (a plain value, safe across threads)."""

    id: str
    name: str
    origin: Origin
    stage: Stage
    organisation: str
    alcaldias: str


def create_case_study(
    session: Session,
    *,
    name: str,
    origin: Origin,
    stage: Stage,
    description: str = "",
    organisation: str = "",
    alcaldias: list[str] | None = None,
    notes: str = "",
) -> CaseStudy:
    case = CaseStudy(
        name=name.strip(),
        origin=origin.value,
        stage=stage.value,
        description=description,
        organisation=organisation,
        alcaldias="; ".join(alcaldias or []),
        notes=notes,
    )
    session.add(case)
    return case


def list_case_studies(session: Session) -> list[CaseStudyRow]:
    return [
        CaseStudyRow(c.id, c.name, Origin(c.origin), Stage(c.stage), c.organisation, c.alcaldias)
        for c in session.scalars(select(CaseStudy).order_by(CaseStudy.name))
    ]
