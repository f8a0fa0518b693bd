"""The words for problems found by the core layers, in the interface language.

The store and domain raise errors as data (`StoreError` with a `StoreProblem`); this
module turns them into sentences that say what is wrong, where, and what to do.
The command line and the app use the same sentences.
"""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication

from ecoscim_field.store.errors import StoreError, StoreProblem
from ecoscim_field.store.folder import BACKUPS_DIR


def describe_store_error(error: StoreError) -> str:
    folder = str(error.folder)
    path = str(error.path or error.folder)
    backups = str(error.folder / BACKUPS_DIR)
    p = error.problem
    if p is StoreProblem.READ_ONLY:
        text = QCoreApplication.translate(
            "StoreMessages",
            "The data folder {folder} cannot be written to. Nothing was changed. "
            "Fix the folder's permissions, or choose another data folder "
            "(--data-dir, or Settings).",
        )
    elif p is StoreProblem.DISK_FULL:
        text = QCoreApplication.translate(
            "StoreMessages",
            "The disk that holds the data folder {folder} is full. Nothing was changed. "
            "Free some space on it, or choose a data folder on another disk, and try again.",
        )
    elif p is StoreProblem.CORRUPT:
        text = QCoreApplication.translate(
            "StoreMessages",
            "The file {path} is damaged or is not an ECOSCIM Field store, so it was not "
            "opened and was left untouched. Restore a copy from {backups} or ask your "
            "coordinator for help; to start afresh, choose another data folder.",
        )
    elif p is StoreProblem.FOREIGN:
        text = QCoreApplication.translate(
            "StoreMessages",
            "The file {path} belongs to another program, not to ECOSCIM Field, so it was "
            "left untouched. Choose another data folder (--data-dir, or Settings).",
        )
    elif p is StoreProblem.NEWER_SCHEMA:
        text = QCoreApplication.translate(
            "StoreMessages",
            "The store in {folder} was written by a newer version of ECOSCIM Field "
            "(schema {schema}). Update the app to open it; the store was left untouched.",
        )
    elif p is StoreProblem.NOT_EMPTY:
        text = QCoreApplication.translate(
            "StoreMessages",
            "The store in {folder} already holds data. Demo data is only added to an "
            "empty store: choose another data folder (--data-dir).",
        )
    else:
        text = QCoreApplication.translate(
            "StoreMessages",
            "The data folder {folder} cannot be created ({detail}). Choose another "
            "data folder (--data-dir, or Settings).",
        )
    return text.format(
        folder=folder, path=path, backups=backups, schema=error.detail, detail=error.detail
    )


def describe_template_error(file: str, problem: str) -> str:
    return QCoreApplication.translate(
        "StoreMessages", "The consent form template {file} cannot be used: {problem}"
    ).format(file=file, problem=problem)


def describe_guide_error(source: str, line: int | None, problem: str) -> str:
    if line:
        text = QCoreApplication.translate(
            "StoreMessages",
            "The guide file {file} cannot be imported (line {line}): {problem}. "
            "Nothing was imported.",
        )
    else:
        text = QCoreApplication.translate(
            "StoreMessages",
            "The guide file {file} cannot be imported: {problem}. Nothing was imported.",
        )
    return text.format(file=source, line=line, problem=problem)


def describe_os_reason(error: OSError) -> str:
    """Why a file could not be written, in the interface language (the system's own words
    only for the rare causes a fieldworker cannot act on)."""
    reasons = {
        errno.ENOSPC: QCoreApplication.translate("StoreMessages", "the disk is full"),
        errno.EDQUOT: QCoreApplication.translate("StoreMessages", "the disk is full"),
        errno.EROFS: QCoreApplication.translate("StoreMessages", "the disk is read-only"),
        errno.EACCES: QCoreApplication.translate("StoreMessages", "permission denied"),
        errno.EPERM: QCoreApplication.translate("StoreMessages", "permission denied"),
        errno.ENOENT: QCoreApplication.translate("StoreMessages", "the folder does not exist"),
    }
    if error.errno in reasons:
        return reasons[error.errno]
    return str(error.strerror or error)
