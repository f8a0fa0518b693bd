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


class StakeholderGroup(StrEnum):
    """Whose view an interview gives of a Smart City project."""

    USER = "user"
    NON_USER = "non_user"
    OPERATOR = "operator"
    PUBLIC_OFFICIAL = "public_official"
    CIVIL_SOCIETY = "civil_society"
    PRIVATE_SECTOR = "private_sector"
    ACADEMIA = "academia"


class ConsentItem(StrEnum):
    """The items of a consent form, each agreed or refused on its own."""

    PARTICIPATE = "participate"
    AUDIO = "audio"
    QUOTE_DIRECT = "quote_direct"
    QUOTE_ANONYMISED = "quote_anonymised"
    ARCHIVE = "archive"
    CONTACT_WORKSHOPS = "contact_workshops"


class ConsentMethod(StrEnum):
    """How consent was given."""

    SIGNATURE = "signature"
    PAPER = "paper"
    VERBAL = "verbal"


class NoteKind(StrEnum):
    """What a note is."""

    OBSERVATION = "observation"
    QUOTE = "quote"
    FOLLOW_UP = "follow_up"
    REFLECTION = "reflection"


class ConsentState(StrEnum):
    """A participant's consent at a glance."""

    NONE = "none"
    GIVEN = "given"
    PARTLY_WITHDRAWN = "partly_withdrawn"
    WITHDRAWN = "withdrawn"


class AppointmentStatus(StrEnum):
    """Where an appointment stands."""

    PLANNED = "planned"
    CONFIRMED = "confirmed"
    DONE = "done"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"
