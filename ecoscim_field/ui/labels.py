"""Interface words for the store's enumerations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ecoscim_field.store.enums import Origin, Role, Stage

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
