"""Interface words for the store's enumerations (QtCore only: the CLI uses them too)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ecoscim_field.store.enums import (
    AppointmentStatus,
    ConsentItem,
    ConsentState,
    NoteKind,
    Origin,
    Role,
    Stage,
    StakeholderGroup,
)

translate = QCoreApplication.translate


def origin_label(origin: Origin) -> str:
    return {
        Origin.STATE: translate("Labels", "State-sponsored"),
        Origin.CIVIL_SOCIETY: translate("Labels", "Civil society"),
        Origin.PRIVATE: translate("Labels", "Private"),
        Origin.MIXED: translate("Labels", "Mixed"),
    }[origin]


def stage_label(stage: Stage) -> str:
    return {
        Stage.ANTICIPATION: translate("Labels", "Anticipation and conception"),
        Stage.DEVELOPMENT: translate("Labels", "Development and implementation"),
        Stage.OPERATION: translate("Labels", "Operation"),
    }[stage]


def role_label(role: Role) -> str:
    return {
        Role.FIELDWORKER: translate("Labels", "Fieldworker"),
        Role.COORDINATOR: translate("Labels", "Coordinator"),
    }[role]


def group_label(group: StakeholderGroup) -> str:
    return {
        StakeholderGroup.USER: translate("Labels", "User"),
        StakeholderGroup.NON_USER: translate("Labels", "Non-user"),
        StakeholderGroup.OPERATOR: translate("Labels", "Operator / implementer"),
        StakeholderGroup.PUBLIC_OFFICIAL: translate("Labels", "Public official"),
        StakeholderGroup.CIVIL_SOCIETY: translate("Labels", "Civil society organisation"),
        StakeholderGroup.PRIVATE_SECTOR: translate("Labels", "Private sector"),
        StakeholderGroup.ACADEMIA: translate("Labels", "Academia"),
    }[group]


def consent_label(state: ConsentState) -> str:
    return {
        ConsentState.NONE: translate("Labels", "No consent yet"),
        ConsentState.GIVEN: translate("Labels", "Given"),
        ConsentState.PARTLY_WITHDRAWN: translate("Labels", "Partly withdrawn"),
        ConsentState.WITHDRAWN: translate("Labels", "Withdrawn"),
    }[state]


def consent_item_label(item: ConsentItem) -> str:
    return {
        ConsentItem.PARTICIPATE: translate("Labels", "Taking part"),
        ConsentItem.AUDIO: translate("Labels", "Audio recording"),
        ConsentItem.QUOTE_DIRECT: translate("Labels", "Verbatim quotation"),
        ConsentItem.QUOTE_ANONYMISED: translate("Labels", "Anonymised quotation"),
        ConsentItem.ARCHIVE: translate("Labels", "Archiving"),
        ConsentItem.CONTACT_WORKSHOPS: translate("Labels", "Contact for workshops"),
    }[item]


def note_kind_label(kind: NoteKind) -> str:
    return {
        NoteKind.OBSERVATION: translate("Labels", "observation"),
        NoteKind.QUOTE: translate("Labels", "quote"),
        NoteKind.FOLLOW_UP: translate("Labels", "follow-up"),
        NoteKind.REFLECTION: translate("Labels", "reflection"),
    }[kind]


def code_label(builtin_key: str, name: str) -> str:
    """A code's name: the framework's dimensions in the interface language."""
    builtin = {
        "anticipation": translate("Labels", "Anticipation"),
        "inclusion": translate("Labels", "Inclusion"),
        "reflexivity": translate("Labels", "Reflexivity"),
        "responsiveness": translate("Labels", "Responsiveness"),
        "equity": translate("Labels", "Equity and social justice"),
    }
    return builtin.get(builtin_key, name)


def status_label(status: AppointmentStatus) -> str:
    return {
        AppointmentStatus.PLANNED: translate("Labels", "planned"),
        AppointmentStatus.CONFIRMED: translate("Labels", "confirmed"),
        AppointmentStatus.DONE: translate("Labels", "done"),
        AppointmentStatus.CANCELLED: translate("Labels", "cancelled"),
        AppointmentStatus.NO_SHOW: translate("Labels", "no-show"),
    }[status]
