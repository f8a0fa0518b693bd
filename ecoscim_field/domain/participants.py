"""Participants: registration under a pseudonym, identifying data kept apart, the list.

Pseudonym codes look like `P-K3QZM-0007`: a tag made from this laptop's device id and
the laptop's own counter. Two laptops never hand out the same code as long as their
tags differ; the tag has 25 bits drawn from a random UUID4 (two among 50 laptops
collide with odds of about 1 in 27,000), and the store's unique constraint on the code
makes a collision an error at merge, never a silent twin.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ecoscim_field.domain.consent import consent_states
from ecoscim_field.domain.rows import ParticipantRow
from ecoscim_field.store.database import Store
from ecoscim_field.store.enums import ConsentState, StakeholderGroup
from ecoscim_field.store.models import AuditEntry, CaseStudy, Participant, ParticipantIdentity

ALCALDIAS = (
    "Álvaro Obregón", "Azcapotzalco", "Benito Juárez", "Coyoacán", "Cuajimalpa de Morelos",
    "Cuauhtémoc", "Gustavo A. Madero", "Iztacalco", "Iztapalapa", "La Magdalena Contreras",
    "Miguel Hidalgo", "Milpa Alta", "Tláhuac", "Tlalpan", "Venustiano Carranza", "Xochimilco",
)  # fmt: skip
AGE_BANDS = ("", "18-29", "30-44", "45-59", "60-74", "75+")
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def device_tag(device_id: str) -> str:
    """Five Crockford base-32 characters (no I, L, O, U) derived from the device id."""
    number = int.from_bytes(hashlib.sha256(device_id.encode()).digest()[:4], "big") >> 7
    return "".join(_CROCKFORD[(number >> shift) & 31] for shift in (20, 15, 10, 5, 0))


def next_code(session: Session, device_id: str) -> str:
    """This laptop's next pseudonym code, taken under the store's write lock."""
    conn = session.connection()
    conn.execute(
        text("INSERT OR IGNORE INTO store_meta (key, value) VALUES ('pseudonym_seq', '0')")
    )
    number = int(
        conn.execute(
            text(
                "UPDATE store_meta SET value = CAST(value AS INTEGER) + 1 "
                "WHERE key = 'pseudonym_seq' RETURNING value"
            )
        ).scalar_one()
    )
    return f"P-{device_tag(device_id)}-{number:04d}"


@dataclass
class ParticipantData:
    """What a fieldworker types about a participant (research and identifying data)."""

    stakeholder_group: StakeholderGroup
    case_study_id: str | None = None
    alcaldia: str = ""
    colonia: str = ""
    language: str = "es_MX"
    age_band: str = ""
    gender: str = ""
    uses_service: str = ""
    notes: str = ""
    name: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""

    def check(self) -> None:
        if self.alcaldia and self.alcaldia not in ALCALDIAS:
            raise ValueError(f"unknown alcaldía: {self.alcaldia}")
        if self.age_band not in AGE_BANDS:
            raise ValueError(f"unknown age band: {self.age_band}")
        if self.uses_service not in ("", "yes", "no"):
            raise ValueError(f"uses_service must be yes, no or empty: {self.uses_service}")


_RESEARCH_FIELDS = (
    "stakeholder_group", "case_study_id", "alcaldia", "colonia", "language", "age_band",
    "gender", "uses_service", "notes",
)  # fmt: skip
_IDENTITY_FIELDS = ("name", "phone", "email", "address")


def register_participant(store: Store, *, data: ParticipantData, actor: str) -> tuple[str, str]:
    """Register a participant; returns (id, pseudonym code)."""
    data.check()
    with store.transaction() as session:
        person = Participant(code=next_code(session, store.device_id))
        _apply(person, data)
        session.add(person)
        session.flush()
        identity = ParticipantIdentity(participant_id=person.id)
        _apply_identity(identity, data)
        session.add(identity)
        session.add(AuditEntry(action="participant.registered", actor=actor, detail=person.code))
        return person.id, person.code


def update_participant(store: Store, *, participant_id: str, data: ParticipantData) -> None:
    data.check()
    with store.transaction() as session:
        person = session.get_one(Participant, participant_id)
        _apply(person, data)
        identity = session.scalars(
            select(ParticipantIdentity).where(ParticipantIdentity.participant_id == person.id)
        ).first()
        if identity is None:
            identity = ParticipantIdentity(participant_id=person.id)
            session.add(identity)
        _apply_identity(identity, data)


def load_participant(session: Session, participant_id: str) -> tuple[str, ParticipantData]:
    """(code, data) of one participant, identifying data included: for the editor."""
    person = session.get_one(Participant, participant_id)
    identity = session.scalars(
        select(ParticipantIdentity).where(ParticipantIdentity.participant_id == person.id)
    ).first()
    data = ParticipantData(
        stakeholder_group=StakeholderGroup(person.stakeholder_group),
        **{f: getattr(person, f) for f in _RESEARCH_FIELDS if f != "stakeholder_group"},
        **{f: getattr(identity, f) if identity else "" for f in _IDENTITY_FIELDS},
    )
    return person.code, data


def list_participants(session: Session) -> list[ParticipantRow]:
    """Every participant with name, case study and consent state, in a few set queries."""
    names = {
        row[0]: row[1]
        for row in session.execute(
            select(ParticipantIdentity.participant_id, ParticipantIdentity.name)
        )
    }
    cases = {row[0]: row[1] for row in session.execute(select(CaseStudy.id, CaseStudy.name))}
    states = consent_states(session)
    rows = []
    for p in session.scalars(select(Participant).order_by(Participant.code)):
        name = names.get(p.id, "")
        rows.append(
            ParticipantRow(
                id=p.id,
                code=p.code,
                name=name,
                stakeholder_group=StakeholderGroup(p.stakeholder_group),
                case_study_id=p.case_study_id,
                case_study=cases.get(p.case_study_id or "", ""),
                alcaldia=p.alcaldia,
                colonia=p.colonia,
                language=p.language,
                consent=states.get(p.id, ConsentState.NONE),
                search_text=f"{p.code}\n{name}\n{p.colonia}".casefold(),
            )
        )
    return rows


def _apply(person: Participant, data: ParticipantData) -> None:
    for name in _RESEARCH_FIELDS:
        value = getattr(data, name)
        if name == "stakeholder_group":
            value = StakeholderGroup(value).value
        setattr(person, name, value)


def _apply_identity(identity: ParticipantIdentity, data: ParticipantData) -> None:
    for name in _IDENTITY_FIELDS:
        setattr(identity, name, " ".join(getattr(data, name).split()) if name != "address"
                else getattr(data, name).strip())  # fmt: skip
