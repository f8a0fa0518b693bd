"""The coordinator's desk: the team's devices, open conflicts side by side, withdrawals
received by phone or e-mail, and progress across the team."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ecoscim_field.domain.consent import consent_status, withdraw_consent
from ecoscim_field.domain.consent_audit import PurgeReport, carry_out_purge, consent_audit
from ecoscim_field.store.database import Store
from ecoscim_field.store.enums import AppointmentStatus, ConsentItem
from ecoscim_field.store.hlc import Stamp
from ecoscim_field.store.models import (
    Appointment,
    AuditEntry,
    BundleReceived,
    CaseStudy,
    Fieldworker,
    InterviewSession,
    Note,
    Participant,
    Recording,
    SyncConflict,
    TrustedDevice,
)

HIDDEN_FIELDS = frozenset({"id", "hlc", "base_hlcs", "origin_device", "created_at", "updated_at"})


@dataclass(frozen=True)
class DeviceRow:
    device_id: str
    label: str
    fieldworker: str
    approved_how: str
    bundles: int
    last_seq: int
    last_merged: datetime | None


@dataclass(frozen=True)
class FieldDifference:
    name: str
    kept: Any
    other: Any


@dataclass(frozen=True)
class ConflictRow:
    conflict_id: str
    table_name: str
    record_id: str
    label: str  # what the record is, for a person (a name, a code)
    kept_by: str
    kept_at: datetime
    other_by: str
    other_at: datetime
    fields: tuple[FieldDifference, ...]


@dataclass(frozen=True)
class TeamCell:
    case_study: str
    group: str
    fieldworker: str
    planned: int = 0
    done: int = 0
    audio_hours: float = 0.0
    notes: int = 0
    consent_problems: int = 0


@dataclass
class DeskData:
    devices: list[DeviceRow] = field(default_factory=list)
    conflicts: list[ConflictRow] = field(default_factory=list)
    team: list[TeamCell] = field(default_factory=list)
    withdrawals: list[tuple[datetime, str]] = field(default_factory=list)  # when, what
    gaps: list[tuple[str, int, int]] = field(default_factory=list)  # laptop, after, before


def load_desk(session: Session) -> DeskData:
    """Everything the desk shows, read in one snapshot (on a worker thread)."""
    from ecoscim_field.sync.merge import gaps

    return DeskData(
        gaps=[(g.label or g.device_id[:8], g.after, g.before) for g in gaps(session)],
        devices=_devices(session),
        conflicts=open_conflict_rows(session),
        team=team_progress(session),
        withdrawals=[
            (entry.at, entry.detail)
            for entry in session.scalars(
                select(AuditEntry)
                .where(AuditEntry.action == "consent.purged")
                .order_by(AuditEntry.at.desc())
            )
        ],
    )


def _devices(session: Session) -> list[DeviceRow]:
    stats = {
        row[0]: (row[1], row[2], row[3])
        for row in session.execute(
            select(
                BundleReceived.device_id,
                func.count(),
                func.max(BundleReceived.seq),
                func.max(BundleReceived.merged_at),
            ).group_by(BundleReceived.device_id)
        )
    }
    rows = []
    for device in session.scalars(select(TrustedDevice).order_by(TrustedDevice.label)):
        count, last, when = stats.get(device.device_id, (0, 0, None))
        if when is not None and when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        rows.append(DeviceRow(device.device_id, device.label, device.fieldworker,
                              device.approved_how, count, last or 0, when))  # fmt: skip
    return rows


def _who(session: Session, stamp: str) -> tuple[str, datetime]:
    decoded = Stamp.decode(stamp)
    person = session.scalars(
        select(Fieldworker.name).where(Fieldworker.device_id == decoded.device)
    ).first()
    device = session.get(TrustedDevice, decoded.device)
    name = person or ((device.fieldworker or device.label) if device else decoded.device[:8])
    return name, datetime.fromtimestamp(decoded.wall_ms / 1000, UTC)


def open_conflict_rows(session: Session) -> list[ConflictRow]:
    """Every open conflict, both versions side by side (the desk and `conflicts list`)."""
    from ecoscim_field.sync.records import TABLES, encode_row

    rows = []
    for conflict in session.scalars(
        select(SyncConflict).where(SyncConflict.resolved_at.is_(None))
        .order_by(SyncConflict.detected_at)
    ):  # fmt: skip
        table = TABLES[conflict.table_name]
        current = session.execute(
            select(table).where(table.c.id == conflict.record_id)
        ).mappings().first()  # fmt: skip
        if current is None:
            continue
        kept = encode_row(table, current)
        other = json.loads(conflict.loser_data)
        fields = tuple(
            FieldDifference(name, kept.get(name), other.get(name))
            for name in sorted(kept)
            if name not in HIDDEN_FIELDS and kept.get(name) != other.get(name)
        )
        label = str(kept.get("name") or kept.get("code") or kept.get("title") or "")
        kept_by, kept_at = _who(session, str(kept["hlc"]))
        other_by, other_at = _who(session, conflict.loser_hlc)
        rows.append(ConflictRow(conflict.id, conflict.table_name, conflict.record_id,
                                label or conflict.record_id[:8], kept_by, kept_at, other_by,
                                other_at, fields))  # fmt: skip
    return rows


def team_progress(session: Session) -> list[TeamCell]:
    """Planned and done interviews, hours of audio, notes and consent problems, per case
    study x stakeholder group x fieldworker."""
    cases = {row[0]: row[1] for row in session.execute(select(CaseStudy.id, CaseStudy.name))}
    people = {p.id: p for p in session.scalars(select(Participant))}
    workers = {row[0]: row[1] for row in session.execute(select(Fieldworker.id, Fieldworker.name))}
    cells: dict[tuple[str, str, str], dict[str, float]] = defaultdict(lambda: defaultdict(float))

    def key(case_id: str | None, group: str, worker: str) -> tuple[str, str, str]:
        return (cases.get(case_id or "", ""), group, worker)

    for a in session.scalars(select(Appointment)):
        if a.status in (AppointmentStatus.CANCELLED.value, AppointmentStatus.NO_SHOW.value):
            continue
        person = people.get(a.participant_id or "")
        group = person.stakeholder_group if person else a.target_group
        ids = json.loads(a.fieldworker_ids or "[]")
        for worker_id in ids or [""]:
            cell = cells[key(a.case_study_id, group, workers.get(worker_id, ""))]
            cell["done" if a.status == AppointmentStatus.DONE.value else "planned"] += 1
    sessions = {s.id: s for s in session.scalars(select(InterviewSession))}

    def session_key(session_id: str | None, participant_id: str) -> tuple[str, str, str]:
        person = people.get(participant_id)
        interview = sessions.get(session_id or "")
        worker = workers.get(interview.fieldworker_id or "", "") if interview else ""
        return key(person.case_study_id if person else None,
                   person.stakeholder_group if person else "", worker)  # fmt: skip

    for rec in session.scalars(select(Recording)):
        cells[session_key(rec.session_id, rec.participant_id)]["audio"] += rec.duration_s / 3600
    for note_session, participant_id in session.execute(select(Note.session_id,
                                                               Note.participant_id)):  # fmt: skip
        cells[session_key(note_session, participant_id)]["notes"] += 1
    for finding in consent_audit(session):
        cells[key(people[finding.participant_id].case_study_id
                  if finding.participant_id in people else None,
                  people[finding.participant_id].stakeholder_group
                  if finding.participant_id in people else "", "")]["problems"] += 1  # fmt: skip
    return [
        TeamCell(
            case,
            group,
            worker,
            int(v["planned"]),
            int(v["done"]),
            round(v["audio"], 2),
            int(v["notes"]),
            int(v["problems"]),
        )
        for (case, group, worker), v in sorted(cells.items())
    ]


class WithdrawalError(ValueError):
    """A withdrawal that cannot be recorded: `problem` names why."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem  # unknown_code | no_consent


def record_withdrawal(
    store: Store,
    *,
    code: str,
    items: set[ConsentItem] | None,
    requested_via: str,
    recorded_by: str,
    reason: str,
) -> PurgeReport:
    """A withdrawal received by phone or e-mail, by pseudonym code: recorded and carried
    out here at once; it reaches every laptop in the coordinator's next bundle."""
    with store.reading() as session:
        person = session.scalars(
            select(Participant).where(func.upper(Participant.code) == code.strip().upper())
        ).first()
        if person is None:
            raise WithdrawalError("unknown_code")
        if consent_status(session, person.id).record_id is None:
            raise WithdrawalError("no_consent")
        participant_id = person.id
    withdraw_consent(store, participant_id=participant_id, items=items,
                     requested_via=requested_via, recorded_by=recorded_by,
                     reason=reason)  # fmt: skip
    return carry_out_purge(store, participant_id=participant_id, actor=recorded_by,
                           reason=reason or requested_via)  # fmt: skip
