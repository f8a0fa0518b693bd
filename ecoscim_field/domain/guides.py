"""Interview guides in the store: versions, edits, import and export, archiving.

A guide is a line of versions sharing `guide_key`. Editing a version that an interview
has used makes the next version (sessions keep the one they used); editing one nobody
has used changes it in place. A used guide cannot be deleted, only archived.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ecoscim_field.domain.guide_format import GuideContent, dump_guide, parse_guide
from ecoscim_field.paths import resources_dir
from ecoscim_field.store.database import Store
from ecoscim_field.store.enums import AppointmentStatus, StakeholderGroup
from ecoscim_field.store.models import (
    Appointment,
    AuditEntry,
    CaseStudy,
    InterviewGuide,
    InterviewSession,
)

BUILTIN_NAMESPACE = uuid.UUID("6f1d6c2e-3b0a-4c47-9d4e-0e5c0f1d2a77")


class GuideInUseError(RuntimeError):
    """A guide version that interviews used cannot be deleted (archive it instead)."""


@dataclass(frozen=True)
class GuideRow:
    """A guide version as lists show it."""

    id: str
    key: str
    version: int
    title: str
    stakeholder_group: StakeholderGroup
    language: str
    case_study: str
    archived: bool
    latest: bool


def guide_in_use(session: Session, guide_id: str) -> bool:
    """Has an interview used this version? (A session with it, or a done appointment.)"""
    sessions = session.scalar(
        select(func.count())
        .select_from(InterviewSession)
        .where(InterviewSession.guide_id == guide_id)
    )
    done = session.scalar(
        select(func.count())
        .select_from(Appointment)
        .where(
            Appointment.guide_id == guide_id,
            Appointment.status == AppointmentStatus.DONE.value,
        )
    )
    return bool(sessions or done)


def _case_study_id(session: Session, name: str | None) -> str | None:
    if not name:
        return None
    return session.scalars(select(CaseStudy.id).where(CaseStudy.name == name)).first()


def _latest(session: Session, key: str) -> InterviewGuide | None:
    return session.scalars(
        select(InterviewGuide)
        .where(InterviewGuide.guide_key == key)
        .order_by(InterviewGuide.version.desc())
    ).first()


def _add_version(
    session: Session, content: GuideContent, key: str, version: int, guide_id: str | None = None
) -> str:
    guide = InterviewGuide(
        # One id per guide version, whichever laptop makes it: two laptops that make the
        # same version of a guide at once make one record, and a merge lists the conflict.
        id=guide_id or str(uuid.uuid5(BUILTIN_NAMESPACE, f"{key}:{version}")),
        guide_key=key,
        version=version,
        title=content.title,
        stakeholder_group=content.stakeholder_group.value,
        language=content.language,
        case_study_id=_case_study_id(session, content.case_study),
        content=content.sections_json(),
        archived=False,
    )
    session.add(guide)
    session.flush()
    return guide.id


def create_guide(
    store: Store, *, content: GuideContent, actor: str = "", guide_id: str | None = None
) -> str:
    with store.transaction() as session:
        guide_id = _add_version(session, content, content.key or str(uuid.uuid4()), 1, guide_id)
        session.add(AuditEntry(action="guide.created", actor=actor, detail=content.title))
        return guide_id


def edit_guide(store: Store, *, guide_id: str, content: GuideContent, actor: str = "") -> str:
    """Save an edit; returns the id of the version that holds it (new if the old was used)."""
    with store.transaction() as session:
        guide = session.get_one(InterviewGuide, guide_id)
        if guide_in_use(session, guide_id):
            latest = _latest(session, guide.guide_key)
            assert latest is not None
            new_id = _add_version(session, content, guide.guide_key, latest.version + 1)
            session.add(AuditEntry(action="guide.versioned", actor=actor,
                                   detail=f"{content.title} v{latest.version + 1}"))  # fmt: skip
            return new_id
        guide.title = content.title
        guide.stakeholder_group = content.stakeholder_group.value
        guide.language = content.language
        guide.case_study_id = _case_study_id(session, content.case_study)
        guide.content = content.sections_json()
        return guide.id


def duplicate_as_new_version(store: Store, *, guide_id: str) -> str:
    with store.transaction() as session:
        guide = session.get_one(InterviewGuide, guide_id)
        latest = _latest(session, guide.guide_key)
        assert latest is not None
        return _add_version(session, _content(session, guide), guide.guide_key,
                            latest.version + 1)  # fmt: skip


def import_guide(store: Store, *, text: str, source: str, actor: str = "") -> tuple[str, int]:
    """Import a guide file: a new guide, or the next version of one already here.

    Returns (id, version). A malformed file raises GuideFileError; nothing is imported.
    """
    content = parse_guide(text, source)
    with store.transaction() as session:
        latest = _latest(session, content.key) if content.key else None
        key = content.key or str(uuid.uuid4())
        version = latest.version + 1 if latest is not None else 1
        guide_id = _add_version(session, content, key, version)
        session.add(AuditEntry(action="guide.imported", actor=actor,
                               detail=f"{content.title} v{version} from {source}"))  # fmt: skip
        return guide_id, version


def _content(session: Session, guide: InterviewGuide) -> GuideContent:
    case = session.get(CaseStudy, guide.case_study_id) if guide.case_study_id else None
    return GuideContent(
        title=guide.title,
        stakeholder_group=StakeholderGroup(guide.stakeholder_group),
        language=guide.language,
        sections=GuideContent.sections_from_json(guide.content),
        case_study=case.name if case else None,
        key=guide.guide_key,
        version=guide.version,
    )


def load_guide(session: Session, guide_id: str) -> GuideContent:
    return _content(session, session.get_one(InterviewGuide, guide_id))


def export_guide(session: Session, guide_id: str) -> str:
    return dump_guide(load_guide(session, guide_id))


def find_guide(session: Session, ref: str) -> InterviewGuide | None:
    """A guide by id, or by the start of its id or key (as `guide list` shows them)."""
    found = session.get(InterviewGuide, ref)
    if found is not None:
        return found
    matches = session.scalars(
        select(InterviewGuide).where(
            InterviewGuide.id.startswith(ref) | InterviewGuide.guide_key.startswith(ref)
        )
    ).all()
    if len({m.guide_key for m in matches}) == 1:
        return max(matches, key=lambda g: g.version)
    return None


def list_guides(session: Session, *, include_archived: bool = False) -> list[GuideRow]:
    latest = dict(
        session.execute(
            select(InterviewGuide.guide_key, func.max(InterviewGuide.version)).group_by(
                InterviewGuide.guide_key
            )
        ).all()
    )
    cases = {row[0]: row[1] for row in session.execute(select(CaseStudy.id, CaseStudy.name))}
    rows = []
    for g in session.scalars(
        select(InterviewGuide).order_by(InterviewGuide.title, InterviewGuide.version.desc())
    ):
        if g.archived and not include_archived:
            continue
        rows.append(
            GuideRow(g.id, g.guide_key, g.version, g.title, StakeholderGroup(g.stakeholder_group),
                     g.language, cases.get(g.case_study_id or "", ""), g.archived,
                     latest[g.guide_key] == g.version)
        )  # fmt: skip
    return rows


def suggested_guide(session: Session, group: StakeholderGroup, language: str) -> str | None:
    """The current guide for a stakeholder group in a language (for a walk-in interview);
    the users' guide in that language when the group has none of its own."""
    current = [g for g in list_guides(session) if g.latest and g.language == language]
    for wanted in (group, StakeholderGroup.USER):
        found = next((g.id for g in current if g.stakeholder_group is wanted), None)
        if found is not None:
            return found
    return None


def archive_guide(store: Store, *, guide_id: str, archived: bool = True) -> None:
    with store.transaction() as session:
        session.get_one(InterviewGuide, guide_id).archived = archived


def delete_guide(store: Store, *, guide_id: str) -> None:
    """Delete an unused guide version; a used one raises GuideInUseError."""
    with store.transaction() as session:
        if guide_in_use(session, guide_id):
            raise GuideInUseError(guide_id)
        session.delete(session.get_one(InterviewGuide, guide_id))


def ensure_builtin_guides(store: Store) -> int:
    """Install the starting guides of resources/guides/ that are not in the store yet."""
    added = 0
    for path in sorted((resources_dir() / "guides").glob("*.yaml")):
        content = parse_guide(path.read_text(encoding="utf-8"), str(path))
        with store.transaction() as session:
            if content.key and _latest(session, content.key) is not None:
                continue
        # The same id on every laptop: the starting guides are one record, not one per device.
        builtin_id = str(uuid.uuid5(BUILTIN_NAMESPACE, f"{content.key}:1"))
        create_guide(store, content=replace(content, case_study=None), guide_id=builtin_id)
        added += 1
    return added
