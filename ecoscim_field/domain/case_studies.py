"""Case studies: the Smart City projects of Mexico City that the research compares."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ecoscim_field.domain.rows import CaseStudyRow
from ecoscim_field.store.models import CaseStudy, Origin, Stage

__all__ = ["CaseStudyRow", "create_case_study", "list_case_studies"]


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
