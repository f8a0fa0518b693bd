"""Words the participant reads, in the participant's language whatever the interface's.

They are interface strings of the "ParticipantFacing" context, marked here for lupdate
and looked up with `translate_in`; the consent dialog and the participant's PDF copy
share them, so a participant reads the same words on screen and on paper.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ecoscim_field.i18n.catalogue import translate_in

WORDS = {
    "yes": QT_TRANSLATE_NOOP("ParticipantFacing", "Yes"),
    "no": QT_TRANSLATE_NOOP("ParticipantFacing", "No"),
    "sign": QT_TRANSLATE_NOOP("ParticipantFacing", "Please sign here:"),
    "clear": QT_TRANSLATE_NOOP("ParticipantFacing", "Clear signature"),
    "code": QT_TRANSLATE_NOOP("ParticipantFacing", "Your pseudonym code: {code}"),
    "answers": QT_TRANSLATE_NOOP("ParticipantFacing", "Your answers"),
    "withdrawn": QT_TRANSLATE_NOOP("ParticipantFacing", "withdrawn since"),
    "date": QT_TRANSLATE_NOOP("ParticipantFacing", "Date: {date}"),
    "witness": QT_TRANSLATE_NOOP("ParticipantFacing", "Witnessed by: {name}"),
    "signature": QT_TRANSLATE_NOOP("ParticipantFacing", "Your signature:"),
    "paper": QT_TRANSLATE_NOOP(
        "ParticipantFacing", "Consent given on a paper form (reference {ref})."
    ),
    "verbal": QT_TRANSLATE_NOOP("ParticipantFacing", "Consent given verbally, on the recording."),
    "withdraw": QT_TRANSLATE_NOOP("ParticipantFacing", "How to withdraw your consent"),
    "ethics": QT_TRANSLATE_NOOP("ParticipantFacing", "Ethics approval: {ref} · form version {v}"),
}


def participant_word(language: str, key: str) -> str:
    return translate_in(language, "ParticipantFacing", str(WORDS[key]))
