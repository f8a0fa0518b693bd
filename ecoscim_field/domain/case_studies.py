"""Case studies: the Smart City projects of Mexico City that the research compares.

A case study that participants, appointments or guides refer to cannot be deleted (the
interviews about it would lose their subject); it can be archived, which hides it from
new plans and keeps everything that refers to it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ecoscim_field.domain.rows import CaseStudyRow
from ecoscim_field.store.database import Store
from ecoscim_field.store.enums import Origin, Stage
from ecoscim_field.store.models import (
    Appointment,
    AuditEntry,
    CaseStudy,
    InterviewGuide,
    Participant,
)

__all__ = [
    "CaseStudyData",
    "CaseStudyError",
    "CaseStudyInUseError",
    "CaseStudyLink",
    "CaseStudyRow",
    "archive_case_study",
    "case_study_usage",
    "create_case_study",
    "delete_case_study",
    "list_case_studies",
    "load_case_study",
    "save_case_study",
]


class CaseStudyError(ValueError):
    """A case study that cannot be saved; `reason` is "no_name" or "duplicate_name"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class CaseStudyInUseError(RuntimeError):
    """A case study that participants, appointments or guides refer to: archive it instead."""

    def __init__(self, usage: dict[str, int]) -> None:
        super().__init__(", ".join(f"{k}={v}" for k, v in usage.items()))
        self.usage = usage


@dataclass(frozen=True)
class CaseStudyLink:
    """A web page or a document (a file on this laptop or a shared folder) about a case."""

    title: str
    ref: str  # a URL or a file path


@dataclass
class CaseStudyData:
    """What a researcher enters about a case study."""

    name: str
    origin: Origin = Origin.STATE
    stage: Stage = Stage.OPERATION
    description: str = ""
    organisation: str = ""
    alcaldias: list[str] = field(default_factory=list)
    links: list[CaseStudyLink] = field(default_factory=list)
    notes: str = ""


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
    links: list[CaseStudyLink] | None = None,
) -> CaseStudy:
    case = CaseStudy()
    _fill(case, CaseStudyData(name, origin, stage, description, organisation,
                              list(alcaldias or []), list(links or []), notes))  # fmt: skip
    session.add(case)
    return case


def _fill(case: CaseStudy, data: CaseStudyData) -> None:
    case.name = data.name.strip()
    case.origin, case.stage = data.origin.value, data.stage.value
    case.description, case.organisation = data.description.strip(), data.organisation.strip()
    case.alcaldias = "; ".join(data.alcaldias)
    case.links = json.dumps(
        [{"title": link.title, "ref": link.ref} for link in data.links], ensure_ascii=False
    )
    case.notes = data.notes


def save_case_study(
    store: Store, *, data: CaseStudyData, case_study_id: str | None = None, actor: str = ""
) -> str:
    """Create (no id) or change a case study; returns its id. Names are required and unique
    (guide files refer to case studies by name)."""
    name = data.name.strip()
    if not name:
        raise CaseStudyError("no_name")
    with store.transaction() as session:
        clash = session.scalars(
            select(CaseStudy.id).where(func.lower(CaseStudy.name) == name.lower())
        ).first()
        if clash is not None and clash != case_study_id:
            raise CaseStudyError("duplicate_name")
        if case_study_id is None:
            case = create_case_study(session, name=name, origin=data.origin, stage=data.stage)
            session.add(AuditEntry(action="case_study.created", actor=actor, detail=name))
        else:
            case = session.get_one(CaseStudy, case_study_id)
        _fill(case, data)
        session.flush()
        return case.id


def load_case_study(session: Session, case_study_id: str) -> CaseStudyData:
    case = session.get_one(CaseStudy, case_study_id)
    return CaseStudyData(
        name=case.name,
        origin=Origin(case.origin),
        stage=Stage(case.stage),
        description=case.description,
        organisation=case.organisation,
        alcaldias=[a for a in case.alcaldias.split("; ") if a],
        links=[CaseStudyLink(item["title"], item["ref"]) for item in json.loads(case.links)],
        notes=case.notes,
    )


def case_study_usage(session: Session, case_study_id: str) -> dict[str, int]:
    """How many participants, appointments and guides refer to the case study."""
    usage = {}
    for name, column in (
        ("participants", Participant.case_study_id),
        ("appointments", Appointment.case_study_id),
        ("guides", InterviewGuide.case_study_id),
    ):
        count = session.scalar(select(func.count()).where(column == case_study_id)) or 0
        if count:
            usage[name] = count
    return usage


def archive_case_study(store: Store, *, case_study_id: str, archived: bool = True) -> None:
    with store.transaction() as session:
        session.get_one(CaseStudy, case_study_id).archived = archived


def delete_case_study(store: Store, *, case_study_id: str, actor: str = "") -> None:
    """Delete a case study nothing refers to; otherwise raise CaseStudyInUseError."""
    with store.transaction() as session:
        usage = case_study_usage(session, case_study_id)
        if usage:
            raise CaseStudyInUseError(usage)
        case = session.get_one(CaseStudy, case_study_id)
        session.add(AuditEntry(action="case_study.deleted", actor=actor, detail=case.name))
        session.delete(case)


def list_case_studies(session: Session, *, include_archived: bool = False) -> list[CaseStudyRow]:
    query = select(CaseStudy).order_by(CaseStudy.name)
    if not include_archived:
        query = query.where(CaseStudy.archived.is_(False))
    return [
        CaseStudyRow(c.id, c.name, Origin(c.origin), Stage(c.stage), c.organisation, c.alcaldias,
                     c.archived)
        for c in session.scalars(query)
    ]  # fmt: skip
