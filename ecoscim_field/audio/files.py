"""Audio files on disk: written under a temporary name, flushed, fsynced and renamed."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
from pathlib import Path

import numpy as np
import soundfile as sf


def write_flac(path: Path, samples: np.ndarray, sample_rate: int) -> str:
    """Write mono `samples` (float, -1…1) as FLAC at `path`; returns the file's SHA-256."""
    partial = partial_path(path)
    try:
        # libsndfile writes the file itself, so a full disk raises here. Through a Python
        # file object, the error would be raised inside a cffi callback and only printed.
        try:
            sf.write(str(partial), samples, sample_rate, format="FLAC", subtype="PCM_16")
        except sf.LibsndfileError as exc:
            raise as_os_error(exc, partial) from exc
        fsync_file(partial)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, path)
    return sha256_of(path)


def as_os_error(error: Exception, path: Path) -> OSError:
    """libsndfile says only "System error" when a write fails; a full disk is by far the
    likeliest cause, and the one the fieldworker can act on, so it is named when true."""
    try:
        full = shutil.disk_usage(path.parent).free < 1 << 20
    except OSError:
        full = False
    if full:
        return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
    return OSError(errno.EIO, f"{os.strerror(errno.EIO)} ({error})", str(path))


def partial_path(path: Path) -> Path:
    """The temporary name a file is written under before it is renamed into place."""
    return path.with_name(f".{path.name}.partial")


def fsync_file(path: Path) -> None:
    """Push a file's bytes to the disk before it is renamed into place."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
