"""Which interface languages exist and which one to use.

A language exists when `translations/` holds `ecoscim_field_<code>.ts` for it, so adding
a language is adding a file. English is the language of the source strings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale

from ecoscim_field.paths import translations_dir

CATALOGUE_PREFIX = "ecoscim_field_"
SOURCE_LANGUAGE = "en"
DEFAULT_LANGUAGE = "es_MX"
# Fieldworkers work in Mexico City: any Spanish system locale gets Mexican Spanish.
_FAMILY_FALLBACK = {"es": "es_MX", "en": "en"}


def available_languages(folder: Path | None = None) -> list[str]:
    folder = folder or translations_dir()
    codes = {p.stem.removeprefix(CATALOGUE_PREFIX) for p in folder.glob(f"{CATALOGUE_PREFIX}*.ts")}
    return sorted(codes | {SOURCE_LANGUAGE})


def native_name(code: str) -> str:
    """The language's own name for itself, e.g. "español de México"."""
    locale = QLocale(code)
    name = locale.nativeLanguageName()
    territory = locale.nativeTerritoryName()
    if "_" in code and territory and territory.lower() not in name.lower():
        name = f"{name} ({territory})"
    return name[:1].upper() + name[1:] if name else code


def choose_language(requested: str | None, configured: str | None) -> str:
    """The language to use: asked for, else configured, else the system's, else es_MX."""
    available = available_languages()
    for candidate in (requested, configured):
        if candidate and candidate in available:
            return candidate
    system = QLocale.system().name()  # e.g. "es_MX", "en_GB"
    if system in available:
        return system
    family = _FAMILY_FALLBACK.get(system.split("_")[0])
    if family is not None and family in available:
        return family
    return DEFAULT_LANGUAGE
