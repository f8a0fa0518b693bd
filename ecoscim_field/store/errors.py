"""Why a store could not be opened or written, as data: the interface words them."""

from __future__ import annotations

from enum import Enum
from pathlib import Path


class StoreProblem(Enum):
    """What is wrong with a data folder or the database in it."""

    CANNOT_CREATE = "cannot_create"
    READ_ONLY = "read_only"
    DISK_FULL = "disk_full"
    CORRUPT = "corrupt"
    FOREIGN = "foreign"
    NEWER_SCHEMA = "newer_schema"
    NOT_EMPTY = "not_empty"


class ImmutableFactError(RuntimeError):
    """An attempt to edit a recorded fact: a consent record, a withdrawal, a form version."""


class StoreError(Exception):
    """A data folder or store that is unsafe to use; nothing in it was changed."""

    def __init__(
        self, problem: StoreProblem, folder: Path, *, path: Path | None = None, detail: str = ""
    ) -> None:
        super().__init__(f"{problem.value}: {path or folder}: {detail}")
        self.problem = problem
        self.folder = folder
        self.path = path
        self.detail = detail
