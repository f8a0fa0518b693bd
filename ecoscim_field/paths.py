"""Where things live: the data folder, the user's config, and the files shipped with the app.

Every path goes through platformdirs or pathlib so that the same code runs on Windows,
macOS and Linux.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from ecoscim_field import APP_ID, ORGANISATION

DATA_DIR_ENV = "ECOSCIM_FIELD_DATA_DIR"
CONFIG_DIR_ENV = "ECOSCIM_FIELD_CONFIG_DIR"

_PACKAGE_DIR = Path(__file__).resolve().parent


def default_data_dir() -> Path:
    """The platform's per-user data folder for the app."""
    return Path(platformdirs.user_data_dir(APP_ID, ORGANISATION))


def config_dir() -> Path:
    """The folder that holds the user's settings (not research data)."""
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_ID, ORGANISATION))


def cache_dir() -> Path:
    """A folder for files the app can rebuild at any time (compiled translations)."""
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override) / "cache"
    return Path(platformdirs.user_cache_dir(APP_ID, ORGANISATION))


def _shipped_dir(name: str) -> Path:
    # A source checkout or editable install keeps resources/ and translations/ beside the
    # package; a wheel installs them as data files under sys.prefix/share/ecoscim-field.
    beside = _PACKAGE_DIR.parent / name
    if beside.is_dir():
        return beside
    return Path(sys.prefix) / "share" / APP_ID / name


def resources_dir() -> Path:
    """Icons and built-in templates."""
    return _shipped_dir("resources")


def translations_dir() -> Path:
    """The Qt Linguist sources (`.ts`) and, once compiled, their `.qm` files."""
    return _shipped_dir("translations")


def source_dir() -> Path:
    """The package's own source folder (scanned by `i18n update`)."""
    return _PACKAGE_DIR
