"""Audio files on disk: written under a temporary name, flushed, fsynced and renamed."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import numpy as np
import soundfile as sf


def write_flac(path: Path, samples: np.ndarray, sample_rate: int) -> str:
    """Write mono `samples` (float, -1…1) as FLAC at `path`; returns the file's SHA-256."""
    partial = path.with_name(f".{path.name}.partial")
    with open(partial, "wb") as handle:
        sf.write(handle, samples, sample_rate, format="FLAC", subtype="PCM_16")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)
    return sha256_of(path)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
