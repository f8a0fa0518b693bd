"""Rows as lists and tables show them: plain values, safe across threads, no SQLAlchemy."""

from __future__ import annotations

from dataclasses import dataclass

from ecoscim_field.store.enums import Origin, Stage


@dataclass(frozen=True)
class CaseStudyRow:
    """A case study as lists and tables show it (a plain value, safe across threads)."""

    id: str
    name: str
    origin: Origin
    stage: Stage
    organisation: str
    alcaldias: str
