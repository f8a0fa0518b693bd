"""Informed consent: taking it item by item, withdrawing it, and the gate that asks it.

Consent records and withdrawals are facts: a record is never edited (the store refuses
it: `ImmutableFactError`), a withdrawal is a new fact with its date, and a new consent is
a new record under the current form version. A participant's consent is the newest
record minus the withdrawals that refer to it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ecoscim_field.domain.people import Profile
from ecoscim_field.store.database import Store
from ecoscim_field.store.enums import ConsentItem, ConsentMethod, ConsentState
from ecoscim_field.store.models import (
    AuditEntry,
    ConsentForm,
    ConsentRecord,
    ConsentWithdrawal,
    Participant,
    utc_now,
)


class ConsentError(ValueError):
    """Consent that cannot be recorded as given; `reason` says why, for the interface."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason  # unanswered | not_participating | form_retired | method
        self.detail = detail


@dataclass(frozen=True)
class ConsentStatus:
    """What a participant has agreed to now."""

    state: ConsentState
    agreed: frozenset[ConsentItem]
    record_id: str | None
    withdrawn: frozenset[ConsentItem]


def take_consent(
    store: Store,
    *,
    participant_id: str,
    form_id: str,
    answers: Mapping[ConsentItem, bool | None],
    method: ConsentMethod,
    witness: Profile,
    paper_ref: str = "",
    signature_png: bytes | None = None,
    taken_at: datetime | None = None,
) -> str:
    """Record consent as given; returns the record's id. Refuses anything incomplete."""
    with store.transaction() as session:
        form = session.get_one(ConsentForm, form_id)
        latest = session.scalars(
            select(ConsentForm.version)
            .where(ConsentForm.form_key == form.form_key)
            .order_by(ConsentForm.version.desc())
        ).first()
        if form.version != latest:
            raise ConsentError("form_retired", f"{form.form_key} v{form.version}")
        keys = [ConsentItem(item["key"]) for item in json.loads(form.items)]
        unanswered = [k for k in keys if answers.get(k) is None]
        if unanswered:
            raise ConsentError("unanswered", ", ".join(k.value for k in unanswered))
        if not answers.get(ConsentItem.PARTICIPATE):
            raise ConsentError("not_participating")
        if method is ConsentMethod.SIGNATURE and not signature_png:
            raise ConsentError("method", "a signature is needed")
        if method is ConsentMethod.PAPER and not paper_ref.strip():
            raise ConsentError("method", "a paper form reference is needed")
        participant = session.get_one(Participant, participant_id)
        record = ConsentRecord(
            participant_id=participant.id,
            form_id=form.id,
            answers=json.dumps({k.value: bool(answers[k]) for k in keys}, sort_keys=True),
            method=method.value,
            paper_ref=paper_ref.strip(),
            witness_id=witness.id,
            witness_name=witness.name,
            taken_at=taken_at or utc_now(),
            signature_png=signature_png,
        )
        session.add(record)
        session.add(
            AuditEntry(action="consent.taken", actor=witness.name,
                       detail=f"{participant.code} {form.form_key} v{form.version} "
                       f"{form.language} {method.value}")
        )  # fmt: skip
        session.flush()
        return record.id


def withdraw_consent(
    store: Store,
    *,
    participant_id: str,
    items: set[ConsentItem] | None,
    requested_via: str,
    recorded_by: str,
    reason: str = "",
    withdrawn_at: datetime | None = None,
) -> str:
    """Record a withdrawal: `items=None` withdraws everything. Returns its id."""
    with store.transaction() as session:
        status = consent_status(session, participant_id)
        if status.record_id is None:
            raise ConsentError("no_consent")
        full = items is None or ConsentItem.PARTICIPATE in items
        withdrawn = set(ConsentItem) if full else set(items or ())
        if not withdrawn:
            raise ConsentError("nothing_withdrawn")
        participant = session.get_one(Participant, participant_id)
        withdrawal = ConsentWithdrawal(
            participant_id=participant_id,
            consent_record_id=status.record_id,
            items=json.dumps(sorted(i.value for i in withdrawn)),
            full=full,
            withdrawn_at=withdrawn_at or utc_now(),
            requested_via=requested_via,
            recorded_by=recorded_by,
            reason=reason,
        )
        session.add(withdrawal)
        what = "all" if full else ", ".join(sorted(i.value for i in withdrawn))
        session.add(
            AuditEntry(action="consent.withdrawn", actor=recorded_by,
                       detail=f"{participant.code}: {what} (via {requested_via})")
        )  # fmt: skip
        session.flush()
        return withdrawal.id


def _status_from(
    record: tuple[str, str] | None, withdrawals: list[tuple[str, bool]]
) -> ConsentStatus:
    if record is None:
        return ConsentStatus(ConsentState.NONE, frozenset(), None, frozenset())
    record_id, answers_json = record
    answers = {ConsentItem(k): v for k, v in json.loads(answers_json).items()}
    withdrawn: set[ConsentItem] = set()
    for items_json, full in withdrawals:
        withdrawn |= set(ConsentItem) if full else {ConsentItem(i) for i in json.loads(items_json)}
    agreed = frozenset(k for k, v in answers.items() if v and k not in withdrawn)
    if ConsentItem.PARTICIPATE not in agreed:
        state = ConsentState.WITHDRAWN
    elif withdrawn & {k for k, v in answers.items() if v}:
        state = ConsentState.PARTLY_WITHDRAWN
    else:
        state = ConsentState.GIVEN
    return ConsentStatus(state, agreed, record_id, frozenset(withdrawn))


def consent_status(session: Session, participant_id: str) -> ConsentStatus:
    record = session.execute(
        select(ConsentRecord.id, ConsentRecord.answers)
        .where(ConsentRecord.participant_id == participant_id)
        .order_by(ConsentRecord.taken_at.desc(), ConsentRecord.hlc.desc())
    ).first()
    if record is None:
        return _status_from(None, [])
    withdrawals = session.execute(
        select(ConsentWithdrawal.items, ConsentWithdrawal.full).where(
            ConsentWithdrawal.consent_record_id == record[0]
        )
    ).all()
    return _status_from((record[0], record[1]), [(w[0], w[1]) for w in withdrawals])


def consent_states(session: Session) -> dict[str, ConsentState]:
    """Every participant's consent state, in two queries (for lists of thousands)."""
    latest: dict[str, tuple[str, str]] = {}
    rows = session.execute(
        select(ConsentRecord.participant_id, ConsentRecord.id, ConsentRecord.answers).order_by(
            ConsentRecord.taken_at, ConsentRecord.hlc
        )
    ).all()
    for participant_id, record_id, answers in rows:
        latest[participant_id] = (record_id, answers)  # the newest wins
    by_record: dict[str, list[tuple[str, bool]]] = {}
    for record_id, items, full in session.execute(
        select(ConsentWithdrawal.consent_record_id, ConsentWithdrawal.items, ConsentWithdrawal.full)
    ):
        by_record.setdefault(record_id, []).append((items, full))
    return {pid: _status_from(rec, by_record.get(rec[0], [])).state for pid, rec in latest.items()}


# --- the gate ----------------------------------------------------------------------------


def may_record_audio(session: Session, participant_id: str) -> bool:
    """May we record this participant's voice now? Participation and audio both agreed."""
    agreed = consent_status(session, participant_id).agreed
    return {ConsentItem.PARTICIPATE, ConsentItem.AUDIO} <= agreed


def may_quote(session: Session, participant_id: str, *, anonymised: bool) -> bool:
    """May this participant's words be quoted? Verbatim needs the direct item; a quote
    with everything identifying removed needs either item."""
    agreed = consent_status(session, participant_id).agreed
    if ConsentItem.PARTICIPATE not in agreed:
        return False
    if anonymised:
        return bool(agreed & {ConsentItem.QUOTE_DIRECT, ConsentItem.QUOTE_ANONYMISED})
    return ConsentItem.QUOTE_DIRECT in agreed


@dataclass(frozen=True)
class ConsentCopy:
    """Everything the participant's copy shows (plain values)."""

    code: str
    language: str
    form_id: str
    answers: dict[ConsentItem, bool]
    method: ConsentMethod
    paper_ref: str
    witness_name: str
    taken_at: datetime
    signature_png: bytes | None
    withdrawn: frozenset[ConsentItem]


def consent_copy(session: Session, participant_id: str) -> ConsentCopy | None:
    """The participant's latest consent, for their copy; None if they have given none."""
    status = consent_status(session, participant_id)
    if status.record_id is None:
        return None
    record = session.get_one(ConsentRecord, status.record_id)
    form = session.get_one(ConsentForm, record.form_id)
    participant = session.get_one(Participant, participant_id)
    return ConsentCopy(
        code=participant.code,
        language=form.language,
        form_id=form.id,
        answers={ConsentItem(k): bool(v) for k, v in json.loads(record.answers).items()},
        method=ConsentMethod(record.method),
        paper_ref=record.paper_ref,
        witness_name=record.witness_name,
        taken_at=record.taken_at,
        signature_png=record.signature_png,
        withdrawn=status.withdrawn,
    )
