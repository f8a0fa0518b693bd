"""The store's enumerations, importable without SQLAlchemy."""

from enum import StrEnum


class Role(StrEnum):
    """What a person does in the project; decides which desks the app shows."""

    FIELDWORKER = "fieldworker"
    COORDINATOR = "coordinator"


class Origin(StrEnum):
    """Who sponsors a Smart City project."""

    STATE = "state"
    CIVIL_SOCIETY = "civil_society"
    PRIVATE = "private"
    MIXED = "mixed"


class Stage(StrEnum):
    """How far along a Smart City project is."""

    ANTICIPATION = "anticipation"
    DEVELOPMENT = "development"
    OPERATION = "operation"
