"""The user's settings: a small JSON file in the platform's config folder.

Research data never lives here; only choices about this laptop (language, data folder,
audio input, window geometry). The file is replaced atomically so a crash mid-write
leaves the previous settings intact.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from ecoscim_field.paths import config_dir

CONFIG_FILE = "settings.json"
DEFAULT_PART_MB = 2000


@dataclass
class Config:
    """The user's settings for this laptop."""

    language: str | None = None
    data_dir: str | None = None
    audio_input: str | None = None
    audio_output: str | None = None
    sample_rate: str | None = None  # recording rate in Hz; None: 16000
    window_geometry: str | None = None
    bundle_part_mb: str | None = None  # bundles larger than this are split; None: 2000
    shared_folder: str | None = None  # where bundles are exchanged (cloud, share, stick)

    def part_size_mb(self) -> int:
        """The size in MB above which a bundle is split into parts (fits FAT32 sticks)."""
        try:
            return max(1, int(self.bundle_part_mb or DEFAULT_PART_MB))
        except ValueError:
            return DEFAULT_PART_MB

    @classmethod
    def load(cls, folder: Path | None = None) -> Config:
        path = (folder or config_dir()) / CONFIG_FILE
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            # A missing or unreadable settings file falls back to defaults: settings are
            # conveniences, and the store does not depend on them.
            return cls()
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in raw.items() if k in known and isinstance(v, str | None)})

    def save(self, folder: Path | None = None) -> None:
        target_dir = folder or config_dir()
        target_dir.mkdir(parents=True, exist_ok=True)
        write_atomically(
            target_dir / CONFIG_FILE,
            json.dumps(asdict(self), indent=2, sort_keys=True).encode("utf-8"),
        )


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to a temporary name beside `path`, flush, fsync, then rename over it."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    # Make the rename itself durable. Windows cannot open a folder for fsync; there the
    # rename is journaled by NTFS and this step is skipped.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
