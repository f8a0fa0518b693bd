"""The store's tables, as SQLAlchemy 2 typed declarative models.

Every record that travels between laptops derives from `Synced`: a UUID key, the device
that created it, a hybrid-logical-clock stamp of its last edit, the device-local change
sequence that marks it as "not yet exported", and deletion by tombstone (the row goes;
a `Tombstone` remembers its id and stamp, never its content, so a withdrawal can remove
data from every copy). The stamps are set by the store on flush, never by callers.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    Boolean,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from ecoscim_field.store.enums import Origin, Role, Stage

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utc_now() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A point in time, stored in UTC and always read back time-zone aware.

    SQLite keeps no zone, so naive datetimes are refused on the way in rather than
    guessed at; the interface converts to local time (America/Mexico_City) for display.
    """

    impl = DateTime
    cache_ok = True

    def __init__(self) -> None:
        super().__init__(timezone=True)

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: give it a time zone")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    """Declarative base of every table in the store."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime}


class Synced(Base):
    """A record that travels between laptops in bundles."""

    __abstract__ = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    origin_device: Mapped[str] = mapped_column(String(36))
    hlc: Mapped[str] = mapped_column(String(64), index=True)
    change_seq: Mapped[int] = mapped_column(Integer, index=True)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
    # The stamps ("hlc hlc …") of the versions from other devices this version replaced:
    # a merge tells a later edit (based on the version it meets) from a concurrent one.
    base_hlcs: Mapped[str] = mapped_column(Text, default="", server_default="")


class StoreMeta(Base):
    """Per-store settings: device id, clock state, change counters (never synced)."""

    __tablename__ = "store_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Tombstone(Base):
    """The memory of a deleted record: which one, when, by whom. Never its content."""

    __tablename__ = "tombstones"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64))
    origin_device: Mapped[str] = mapped_column(String(36))
    hlc: Mapped[str] = mapped_column(String(64), index=True)
    change_seq: Mapped[int] = mapped_column(Integer, index=True)
    deleted_at: Mapped[datetime] = mapped_column(default=utc_now)


class Device(Synced):
    """A laptop that works on the project, known by a stable id made on its first start."""

    __tablename__ = "devices"

    label: Mapped[str] = mapped_column(String(200))
    platform: Mapped[str] = mapped_column(String(200), default="")


class Fieldworker(Synced):
    """A member of the research team: the profile set on a laptop's first start."""

    __tablename__ = "fieldworkers"

    name: Mapped[str] = mapped_column(String(200))
    initials: Mapped[str] = mapped_column(String(8))
    role: Mapped[str] = mapped_column(String(20), default=Role.FIELDWORKER.value)
    device_id: Mapped[str | None] = mapped_column(ForeignKey("devices.id"), nullable=True)


class AuditEntry(Synced):
    """An append-only fact about what happened to the data: what, when, by whom, why."""

    __tablename__ = "audit_log"

    at: Mapped[datetime] = mapped_column(default=utc_now)
    actor: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(64))
    detail: Mapped[str] = mapped_column(Text, default="")


class CaseStudy(Synced):
    """A Smart City project in Mexico City that the research studies."""

    __tablename__ = "case_studies"

    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[str] = mapped_column(String(20), default=Origin.STATE.value)
    organisation: Mapped[str] = mapped_column(String(300), default="")
    stage: Mapped[str] = mapped_column(String(20), default=Stage.OPERATION.value)
    alcaldias: Mapped[str] = mapped_column(Text, default="")  # "; "-separated names
    notes: Mapped[str] = mapped_column(Text, default="")
    links: Mapped[str] = mapped_column(Text, default="[]")  # JSON: [{"title", "ref"}]
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (Index(None, "name"),)


class Participant(Synced):
    """A person who takes part in the research, known in all research data by a pseudonym.

    Holds no identifying data: name and contact details live in `ParticipantIdentity`.
    """

    __tablename__ = "participants"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    stakeholder_group: Mapped[str] = mapped_column(String(32))
    case_study_id: Mapped[str | None] = mapped_column(ForeignKey("case_studies.id"))
    alcaldia: Mapped[str] = mapped_column(String(64), default="")
    colonia: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(10), default="es_MX")
    age_band: Mapped[str] = mapped_column(String(16), default="")
    gender: Mapped[str] = mapped_column(String(200), default="")  # in their own words
    uses_service: Mapped[str] = mapped_column(String(8), default="")  # yes | no | ""
    notes: Mapped[str] = mapped_column(Text, default="")


class ParticipantIdentity(Synced):
    """Identifying data of a participant: kept apart, never in a research export."""

    __tablename__ = "participant_identities"

    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), unique=True)
    name: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(Text, default="")


class ConsentForm(Synced):
    """One language of one version of an ethics-approved consent form. Never edited."""

    __tablename__ = "consent_forms"

    form_key: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(10))
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    ethics_ref: Mapped[str] = mapped_column(String(100))
    contact: Mapped[str] = mapped_column(Text, default="")  # how to withdraw
    items: Mapped[str] = mapped_column(Text)  # JSON: [{"key": …, "text": …}, …]

    __table_args__ = (UniqueConstraint("form_key", "version", "language"),)


class ConsentRecord(Synced):
    """Who consented to which form version, item by item, how, when, before whom.

    A fact: never edited. Withdrawal is a further fact (`ConsentWithdrawal`).
    """

    __tablename__ = "consent_records"

    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    form_id: Mapped[str] = mapped_column(ForeignKey("consent_forms.id"))
    answers: Mapped[str] = mapped_column(Text)  # JSON: {"participate": true, …}
    method: Mapped[str] = mapped_column(String(16))
    paper_ref: Mapped[str] = mapped_column(String(200), default="")
    witness_id: Mapped[str | None] = mapped_column(ForeignKey("fieldworkers.id"))
    witness_name: Mapped[str] = mapped_column(String(200))
    taken_at: Mapped[datetime] = mapped_column()
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary)


class ConsentWithdrawal(Synced):
    """A withdrawal of consent, in full or of some items: a new fact with its date."""

    __tablename__ = "consent_withdrawals"

    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    consent_record_id: Mapped[str] = mapped_column(ForeignKey("consent_records.id"))
    items: Mapped[str] = mapped_column(Text)  # JSON list of item keys withdrawn
    full: Mapped[bool] = mapped_column(Boolean, default=False)
    withdrawn_at: Mapped[datetime] = mapped_column()
    requested_via: Mapped[str] = mapped_column(String(32))
    recorded_by: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text, default="")


class Recording(Synced):
    """An audio file of an interview with a participant (the file lives in recordings/)."""

    __tablename__ = "recordings"

    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64), default="")
    duration_s: Mapped[float] = mapped_column(Float, default=0.0)
    sample_rate: Mapped[int] = mapped_column(Integer, default=0)
    recorded_at: Mapped[datetime] = mapped_column(default=utc_now)
    session_id: Mapped[str | None] = mapped_column(ForeignKey("interview_sessions.id"), index=True)
    segment: Mapped[int] = mapped_column(Integer, default=1)  # 2, 3…: after a device change
    device: Mapped[str] = mapped_column(String(300), default="")
    recovered: Mapped[bool] = mapped_column(Boolean, default=False)  # after a crash


class Note(Synced):
    """Text typed during or after an interview with a participant."""

    __tablename__ = "notes"

    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="observation")
    text: Mapped[str] = mapped_column(Text, default="")
    audio_offset_ms: Mapped[int | None] = mapped_column(Integer)
    written_at: Mapped[datetime] = mapped_column(default=utc_now)
    session_id: Mapped[str | None] = mapped_column(ForeignKey("interview_sessions.id"), index=True)
    question_ref: Mapped[str] = mapped_column(String(32), default="")  # "2.3": section.question
    edited_at: Mapped[datetime | None] = mapped_column()  # the stamps above never change


class InterviewGuide(Synced):
    """One version of a semi-structured interview guide for a stakeholder group and language.

    Versions of one guide share `guide_key`. A version used by an interview is never
    changed again: editing it makes the next version.
    """

    __tablename__ = "interview_guides"

    guide_key: Mapped[str] = mapped_column(String(36), index=True)
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    stakeholder_group: Mapped[str] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(10))
    case_study_id: Mapped[str | None] = mapped_column(ForeignKey("case_studies.id"))
    content: Mapped[str] = mapped_column(Text)  # JSON: {"sections": [...]}
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (UniqueConstraint("guide_key", "version"),)


class Appointment(Synced):
    """A planned interview: who, about what, with which guide, when, where, by whom."""

    __tablename__ = "appointments"

    participant_id: Mapped[str | None] = mapped_column(ForeignKey("participants.id"))
    target_group: Mapped[str] = mapped_column(String(32), default="")  # when to be recruited
    case_study_id: Mapped[str | None] = mapped_column(ForeignKey("case_studies.id"))
    guide_id: Mapped[str | None] = mapped_column(ForeignKey("interview_guides.id"))
    starts_at: Mapped[datetime] = mapped_column(index=True)
    duration_min: Mapped[int] = mapped_column(Integer, default=60)
    time_zone: Mapped[str] = mapped_column(String(64), default="America/Mexico_City")
    alcaldia: Mapped[str] = mapped_column(String(64), default="")
    colonia: Mapped[str] = mapped_column(String(200), default="")
    meeting_point: Mapped[str] = mapped_column(String(300), default="")
    directions: Mapped[str] = mapped_column(Text, default="")
    fieldworker_ids: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    status: Mapped[str] = mapped_column(String(16), default="planned")
    status_reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class InterviewSession(Synced):
    """One interview with a participant: from an appointment or a walk-in, its guide
    version, when it ran, the questions covered and the fieldworker's reflection."""

    __tablename__ = "interview_sessions"

    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    appointment_id: Mapped[str | None] = mapped_column(ForeignKey("appointments.id"))
    guide_id: Mapped[str | None] = mapped_column(ForeignKey("interview_guides.id"))
    fieldworker_id: Mapped[str | None] = mapped_column(ForeignKey("fieldworkers.id"))
    started_at: Mapped[datetime] = mapped_column(default=utc_now)
    ended_at: Mapped[datetime | None] = mapped_column()
    state: Mapped[str] = mapped_column(String(16), default="open")  # open | finished
    consent_pending: Mapped[bool] = mapped_column(Boolean, default=False)  # verbal, to confirm
    covered: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of question refs
    reflection: Mapped[str] = mapped_column(Text, default="{}")  # JSON, after the interview


class Code(Synced):
    """A code of the codebook: one of the framework's dimensions (`builtin_key` set) or
    one the team added, under a parent or at the top; with a colour and a shortcut."""

    __tablename__ = "codes"

    parent_id: Mapped[str | None] = mapped_column(ForeignKey("codes.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    colour: Mapped[str] = mapped_column(String(7))  # "#rrggbb"
    shortcut: Mapped[str] = mapped_column(String(1), default="")  # "1"-"9": Ctrl+digit
    builtin_key: Mapped[str] = mapped_column(String(32), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class NoteCode(Synced):
    """A code applied to a note. Its id is derived from the two, so the same code put on
    the same note on two laptops is one record, not two."""

    __tablename__ = "note_codes"

    note_id: Mapped[str] = mapped_column(ForeignKey("notes.id"), index=True)
    code_id: Mapped[str] = mapped_column(ForeignKey("codes.id"), index=True)

    __table_args__ = (UniqueConstraint("note_id", "code_id"),)


__all__ = [
    "Appointment",
    "AuditEntry",
    "Base",
    "BundleReceived",
    "CaseStudy",
    "Code",
    "ConsentForm",
    "ConsentRecord",
    "ConsentWithdrawal",
    "Device",
    "Fieldworker",
    "InterviewGuide",
    "InterviewSession",
    "Note",
    "NoteCode",
    "Origin",
    "Participant",
    "ParticipantIdentity",
    "PendingFile",
    "Recording",
    "Role",
    "Stage",
    "StoreMeta",
    "SyncConflict",
    "SyncLogEntry",
    "Synced",
    "Tombstone",
    "TrustedDevice",
    "UTCDateTime",
    "new_id",
    "utc_now",
]


class SyncConflict(Base):
    """Two versions of a record edited on two laptops without either seeing the other.

    The store keeps the winner (the later clock stamp, the same on every laptop) so work
    goes on; the loser's values wait here until the coordinator resolves the conflict."""

    __tablename__ = "sync_conflicts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    winner_hlc: Mapped[str] = mapped_column(String(64))
    loser_hlc: Mapped[str] = mapped_column(String(64))
    loser_data: Mapped[str] = mapped_column(Text)  # the losing version, as in a bundle
    detected_at: Mapped[datetime] = mapped_column(default=utc_now)
    resolved_at: Mapped[datetime | None] = mapped_column()
    resolution: Mapped[str] = mapped_column(String(200), default="")
    __table_args__ = (UniqueConstraint("record_id", "loser_hlc"),)


class TrustedDevice(Base):
    """A laptop whose signed bundles this store accepts (local to this store)."""

    __tablename__ = "trusted_devices"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    label: Mapped[str] = mapped_column(String(200), default="")
    signing_key: Mapped[str] = mapped_column(String(64))  # Ed25519, base64
    encryption_key: Mapped[str] = mapped_column(String(64))  # X25519, base64
    fieldworker: Mapped[str] = mapped_column(String(200), default="")
    approved_at: Mapped[datetime] = mapped_column(default=utc_now)
    approved_how: Mapped[str] = mapped_column(String(32))  # self | project | approved


class BundleReceived(Base):
    """A bundle merged into this store: which device, which number, which changes."""

    __tablename__ = "bundles_received"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_sha256: Mapped[str] = mapped_column(String(64))  # of the signed manifest
    from_seq: Mapped[int] = mapped_column(Integer)  # the device's changes (from, to]
    to_seq: Mapped[int] = mapped_column(Integer)
    merged_at: Mapped[datetime] = mapped_column(default=utc_now)
    result: Mapped[str] = mapped_column(Text)  # JSON counts


class SyncLogEntry(Base):
    """A bundle this laptop sent, received, set aside (rejected) or holds for approval."""

    __tablename__ = "sync_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(default=utc_now, index=True)
    direction: Mapped[str] = mapped_column(String(16))  # sent | received | rejected | waiting
    file_name: Mapped[str] = mapped_column(String(300))
    size: Mapped[int] = mapped_column(Integer, default=0)
    device_id: Mapped[str] = mapped_column(String(36), default="")
    seq: Mapped[int] = mapped_column(Integer, default=0)
    result: Mapped[str] = mapped_column(Text, default="{}")  # JSON: counts, tables, purges
    message: Mapped[str] = mapped_column(Text, default="")  # why, in the interface language


class PendingFile(Base):
    """An audio file of a committed merge still under its temporary name."""

    __tablename__ = "pending_files"

    temp_name: Mapped[str] = mapped_column(String(300), primary_key=True)
    final_name: Mapped[str] = mapped_column(String(300))


SYNCED_MODELS: tuple[type[Synced], ...] = (
    Device,
    Fieldworker,
    AuditEntry,
    CaseStudy,
    Participant,
    ParticipantIdentity,
    ConsentForm,
    ConsentRecord,
    ConsentWithdrawal,
    InterviewGuide,
    Appointment,
    InterviewSession,
    Recording,
    Note,
    Code,
    NoteCode,
)
