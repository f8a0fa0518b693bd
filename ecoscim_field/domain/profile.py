"""The fieldworker profile of this laptop, set on first start and editable in Settings."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ecoscim_field.domain.people import Profile, suggest_initials
from ecoscim_field.store.database import Store
from ecoscim_field.store.models import AuditEntry, Fieldworker, Role, StoreMeta

__all__ = ["Profile", "get_profile", "load_profile", "save_profile", "suggest_initials", "team"]


def get_profile(session: Session) -> Profile | None:
    meta = session.get(StoreMeta, "profile_id")
    if meta is None:
        return None
    person = session.get(Fieldworker, meta.value)
    if person is None:
        return None
    return Profile(person.id, person.name, person.initials, Role(person.role))


def load_profile(store: Store) -> Profile | None:
    with store.transaction() as session:
        return get_profile(session)


def save_profile(store: Store, *, name: str, initials: str, role: Role) -> Profile:
    """Create or update this laptop's profile; returns it."""
    name = " ".join(name.split())
    initials = (initials.strip() or suggest_initials(name)).upper()[:8]
    if not name:
        raise ValueError("a profile needs a name")
    with store.transaction() as session:
        meta = session.get(StoreMeta, "profile_id")
        person = session.get(Fieldworker, meta.value) if meta else None
        if person is None:
            person = Fieldworker(name=name, initials=initials, role=role.value)
            person.device_id = store.device_id
            session.add(person)
            session.flush()
            session.add(StoreMeta(key="profile_id", value=person.id))
            session.add(AuditEntry(action="profile.created", actor=name))
        else:
            person.name, person.initials, person.role = name, initials, role.value
        return Profile(person.id, person.name, person.initials, role)


def team(session: Session) -> list[Fieldworker]:
    return list(session.scalars(select(Fieldworker).order_by(Fieldworker.name)))
