"""People as the interface sees them: plain values, importable without the store."""

from __future__ import annotations

from dataclasses import dataclass

from ecoscim_field.store.enums import Role


@dataclass(frozen=True)
class Profile:
    """Who works on this laptop."""

    id: str
    name: str
    initials: str
    role: Role


def suggest_initials(name: str) -> str:
    """ "Ana María López" -> "AML"."""
    return "".join(part[0] for part in name.split() if part[:1].isalpha()).upper()[:8]
