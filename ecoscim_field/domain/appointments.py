"""Appointments: planning interviews, warnings a planner would want, the day's agenda.

Times are stored in UTC with the appointment's time zone (America/Mexico_City) and
shown in local time; a day's agenda is a local day in Mexico City.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ecoscim_field.domain.consent import consent_states, consent_status
from ecoscim_field.store.database import Store
from ecoscim_field.store.enums import AppointmentStatus, ConsentState, StakeholderGroup
from ecoscim_field.store.models import (
    Appointment,
    AuditEntry,
    CaseStudy,
    Fieldworker,
    InterviewGuide,
    Participant,
    ParticipantIdentity,
)

MEXICO_CITY = ZoneInfo("America/Mexico_City")
INACTIVE = (AppointmentStatus.CANCELLED.value, AppointmentStatus.NO_SHOW.value)


class AppointmentError(ValueError):
    """An appointment that cannot be saved; `reason` names why, for the interface."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason  # no_duration | participant_withdrawn | no_participant
        self.detail = detail


@dataclass(frozen=True)
class AppointmentWarning:
    """Something a planner should confirm: a past time, or a double booking."""

    kind: str  # "past" | "fieldworker_busy" | "participant_busy"
    detail: str = ""


class NeedsConfirmation(Exception):
    """Saving needs the planner to accept these warnings first."""

    def __init__(self, warnings: list[AppointmentWarning]) -> None:
        super().__init__(", ".join(w.kind for w in warnings))
        self.warnings = warnings


@dataclass
class AppointmentData:
    """What a planner enters."""

    starts_at: datetime  # aware
    duration_min: int = 60
    participant_id: str | None = None
    target_group: StakeholderGroup | None = None  # "to be recruited"
    case_study_id: str | None = None
    guide_id: str | None = None
    alcaldia: str = ""
    colonia: str = ""
    meeting_point: str = ""
    directions: str = ""
    fieldworker_ids: list[str] = field(default_factory=list)
    status: AppointmentStatus = AppointmentStatus.PLANNED
    status_reason: str = ""
    notes: str = ""


@dataclass(frozen=True)
class AgendaRow:
    """One appointment as the Today screen, the agenda and the calendar file show it."""

    id: str
    starts_at: datetime  # local (America/Mexico_City)
    ends_at: datetime
    status: AppointmentStatus
    who: str  # pseudonym code, or "to be recruited: <group>"
    participant_id: str | None
    name: str  # identifying: shown to the fieldworker only
    case_study: str
    guide: str
    place: str
    directions: str
    fieldworkers: tuple[str, ...]
    notes: str
    needs_consent: bool = False  # no consent yet: bring the form (or the laptop's dialog)
    language: str = ""
    target_group: StakeholderGroup | None = None
    status_reason: str = ""
    fieldworker_ids: tuple[str, ...] = ()


def _overlaps(a_start: datetime, a_min: int, b_start: datetime, b_min: int) -> bool:
    return a_start < b_start + timedelta(minutes=b_min) and b_start < a_start + timedelta(
        minutes=a_min
    )


def check_appointment(
    session: Session, data: AppointmentData, *, appointment_id: str | None = None,
    now: datetime | None = None,
) -> list[AppointmentWarning]:  # fmt: skip
    """Refuse what cannot be (AppointmentError); return what the planner should confirm."""
    if data.starts_at.tzinfo is None:
        raise AppointmentError("naive_time")
    if data.duration_min <= 0:
        raise AppointmentError("no_duration")
    if data.participant_id is None and data.target_group is None:
        raise AppointmentError("no_participant")
    if data.participant_id is not None:
        state = consent_status(session, data.participant_id).state
        if state is ConsentState.WITHDRAWN:
            raise AppointmentError("participant_withdrawn")
    warnings: list[AppointmentWarning] = []
    active = data.status.value not in INACTIVE
    # A past time is worth a question when it is typed, not on every later edit.
    unchanged = appointment_id is not None and (
        session.get_one(Appointment, appointment_id).starts_at == data.starts_at
    )
    if (
        active
        and not unchanged
        and data.status is not AppointmentStatus.DONE
        and data.starts_at < (now or datetime.now(UTC))
    ):
        warnings.append(AppointmentWarning("past"))
    if not active:
        return warnings
    window_start = data.starts_at - timedelta(days=1)
    others = session.scalars(
        select(Appointment).where(
            Appointment.status.not_in(INACTIVE),
            Appointment.starts_at > window_start,
            Appointment.starts_at < data.starts_at + timedelta(minutes=data.duration_min),
        )
    ).all()
    names = {f.id: f.name for f in session.scalars(select(Fieldworker))}
    for other in others:
        if other.id == appointment_id:
            continue
        if not _overlaps(data.starts_at, data.duration_min, other.starts_at, other.duration_min):
            continue
        busy = set(data.fieldworker_ids) & set(json.loads(other.fieldworker_ids))
        for person in sorted(busy):
            warnings.append(AppointmentWarning("fieldworker_busy", names.get(person, person)))
        if data.participant_id and other.participant_id == data.participant_id:
            code = session.get_one(Participant, data.participant_id).code
            warnings.append(AppointmentWarning("participant_busy", code))
    return warnings


def save_appointment(
    store: Store, *, data: AppointmentData, appointment_id: str | None = None,
    confirmed: bool = False, actor: str = "",
) -> str:  # fmt: skip
    """Create or change an appointment; raises NeedsConfirmation unless `confirmed`."""
    with store.transaction() as session:
        warnings = check_appointment(session, data, appointment_id=appointment_id)
        if warnings and not confirmed:
            raise NeedsConfirmation(warnings)
        row = session.get_one(Appointment, appointment_id) if appointment_id else Appointment()
        row.participant_id = data.participant_id
        row.target_group = data.target_group.value if data.target_group else ""
        row.case_study_id = data.case_study_id
        row.guide_id = data.guide_id
        row.starts_at = data.starts_at
        row.duration_min = data.duration_min
        row.time_zone = "America/Mexico_City"
        row.alcaldia, row.colonia = data.alcaldia, data.colonia
        row.meeting_point, row.directions = data.meeting_point, data.directions
        row.fieldworker_ids = json.dumps(sorted(data.fieldworker_ids))
        row.status, row.status_reason = data.status.value, data.status_reason
        row.notes = data.notes
        if appointment_id is None:
            session.add(row)
            session.add(AuditEntry(action="appointment.planned", actor=actor))
        session.flush()
        return row.id


def set_status(
    store: Store, *, appointment_id: str, status: AppointmentStatus, reason: str = "",
    actor: str = "",
) -> None:  # fmt: skip
    """Mark an appointment confirmed, done, cancelled or a no-show, with the reason."""
    with store.transaction() as session:
        row = session.get_one(Appointment, appointment_id)
        row.status, row.status_reason = status.value, reason.strip()
        session.add(AuditEntry(action=f"appointment.{status.value}", actor=actor,
                               detail=reason.strip()))  # fmt: skip


def local_day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0), MEXICO_CITY)
    return start.astimezone(UTC), (start + timedelta(days=1)).astimezone(UTC)


def agenda(
    session: Session, *, start: date | None = None, days: int = 1,
    fieldworker: str | None = None,
) -> list[AgendaRow]:  # fmt: skip
    """Appointments of `days` local days from `start` (every appointment when `start` is
    None), in time order; optionally only those of the fieldworker whose name or initials
    match `fieldworker`."""
    query = select(Appointment).order_by(Appointment.starts_at)
    if start is not None:
        begin, _ = local_day_bounds(start)
        _, end = local_day_bounds(start + timedelta(days=days - 1))
        query = query.where(Appointment.starts_at >= begin, Appointment.starts_at < end)
    people = {f.id: f for f in session.scalars(select(Fieldworker))}
    wanted: set[str] | None = None
    if fieldworker:
        needle = fieldworker.casefold()
        wanted = {
            f.id for f in people.values()
            if needle in f.name.casefold() or needle == f.initials.casefold()
        }  # fmt: skip
    appointments = [
        a for a in session.scalars(query)
        if wanted is None or wanted & set(json.loads(a.fieldworker_ids))
    ]  # fmt: skip
    # Everything the rows name, read in a few queries rather than a few per row.
    cases = {row[0]: row[1] for row in session.execute(select(CaseStudy.id, CaseStudy.name))}
    guides = {
        row[0]: f"{row[1]} (v{row[2]})"
        for row in session.execute(
            select(InterviewGuide.id, InterviewGuide.title, InterviewGuide.version)
        )
    }
    wanted_people = {a.participant_id for a in appointments if a.participant_id}
    persons = {
        row[0]: (row[1], row[2])
        for row in session.execute(select(Participant.id, Participant.code, Participant.language))
        if row[0] in wanted_people
    }
    names = {
        row[0]: row[1]
        for row in session.execute(
            select(ParticipantIdentity.participant_id, ParticipantIdentity.name)
        )
        if row[0] in wanted_people
    }
    states = consent_states(session)
    rows = []
    for a in appointments:
        workers = json.loads(a.fieldworker_ids)
        code, language = persons.get(a.participant_id or "", ("", ""))
        local = a.starts_at.astimezone(ZoneInfo(a.time_zone))
        place = ", ".join(p for p in (a.meeting_point, a.colonia, a.alcaldia) if p)
        rows.append(
            AgendaRow(
                id=a.id, starts_at=local, ends_at=local + timedelta(minutes=a.duration_min),
                status=AppointmentStatus(a.status),
                who=code or f"? {a.target_group}", participant_id=a.participant_id,
                name=names.get(a.participant_id or "", ""),
                case_study=cases.get(a.case_study_id or "", ""),
                guide=guides.get(a.guide_id or "", ""), place=place, directions=a.directions,
                fieldworkers=tuple(people[w].name for w in workers if w in people),
                notes=a.notes,
                needs_consent=states.get(a.participant_id or "", ConsentState.NONE)
                is ConsentState.NONE,
                language=language,
                target_group=StakeholderGroup(a.target_group) if a.target_group else None,
                status_reason=a.status_reason,
                fieldworker_ids=tuple(workers),
            )
        )  # fmt: skip
    return rows


def load_appointment(session: Session, appointment_id: str) -> AppointmentData:
    """An appointment as the planner's form shows it (start in its own time zone)."""
    a = session.get_one(Appointment, appointment_id)
    return AppointmentData(
        starts_at=a.starts_at.astimezone(ZoneInfo(a.time_zone)),
        duration_min=a.duration_min,
        participant_id=a.participant_id,
        target_group=StakeholderGroup(a.target_group) if a.target_group else None,
        case_study_id=a.case_study_id,
        guide_id=a.guide_id,
        alcaldia=a.alcaldia,
        colonia=a.colonia,
        meeting_point=a.meeting_point,
        directions=a.directions,
        fieldworker_ids=list(json.loads(a.fieldworker_ids)),
        status=AppointmentStatus(a.status),
        status_reason=a.status_reason,
        notes=a.notes,
    )


def agenda_ics(rows: list[AgendaRow], *, calendar_name: str) -> bytes:
    """The rows as an iCalendar file (RFC 5545), with times in America/Mexico_City.

    The file may travel on a phone: it carries pseudonym codes, never names.
    """
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//ECOSCIM//ECOSCIM Field//ES")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", calendar_name)
    calendar.add("x-wr-timezone", "America/Mexico_City")
    for row in rows:
        event = Event()
        event.add("uid", f"{row.id}@ecoscim-field")
        event.add("dtstamp", datetime.now(UTC))
        event.add("dtstart", row.starts_at)
        event.add("dtend", row.ends_at)
        event.add("summary", " · ".join(p for p in (row.who, row.case_study) if p))
        event.add("location", row.place)
        description = "\n".join(p for p in (row.guide, row.directions, row.notes) if p)
        if description:
            event.add("description", description)
        event.add(
            "status",
            "CANCELLED" if row.status.value in INACTIVE else (
                "CONFIRMED" if row.status is not AppointmentStatus.PLANNED else "TENTATIVE"),
        )  # fmt: skip
        calendar.add_component(event)
    calendar.add_missing_timezones()
    result: bytes = calendar.to_ical()
    return result


@dataclass(frozen=True)
class ProgressCell:
    """Interviews planned and done for one case study and stakeholder group."""

    planned: int = 0
    done: int = 0


def progress(session: Session) -> dict[tuple[str, StakeholderGroup], ProgressCell]:
    """Interviews per (case study name, stakeholder group): which research cells are empty."""
    cases = {row[0]: row[1] for row in session.execute(select(CaseStudy.id, CaseStudy.name))}
    groups = {
        row[0]: row[1]
        for row in session.execute(select(Participant.id, Participant.stakeholder_group))
    }
    cells: dict[tuple[str, StakeholderGroup], ProgressCell] = {}
    for a in session.scalars(select(Appointment).where(Appointment.status.not_in(INACTIVE))):
        group = groups.get(a.participant_id or "") or a.target_group
        if not group:
            continue
        key = (cases.get(a.case_study_id or "", ""), StakeholderGroup(group))
        cell = cells.get(key, ProgressCell())
        done = a.status == AppointmentStatus.DONE.value
        cells[key] = ProgressCell(cell.planned + (not done), cell.done + done)
    return cells
