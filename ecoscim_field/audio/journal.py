"""The recording journal: how audio survives a crash, a power cut or a frozen laptop.

While recording, samples go to a journal: raw 16-bit little-endian PCM in
`<recordings>/.journal/<id>.pcm`, opened (never overwritten) before the first sample,
flushed and fsynced at least once a second, beside a small JSON header written
atomically first (what the audio belongs to, its rate, its device). Raw PCM has no
header to patch and no frame to finish: whatever reached the disk is audio, so a
`kill -9` loses at most the last second or two.

A clean stop, and recovery at the next start of the app or of any command, turn a
journal into an ordinary FLAC file (written under a temporary name, fsynced, renamed)
and only then remove the journal.
"""

from __future__ import annotations

import errno
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np
import soundfile as sf

from ecoscim_field.audio.files import as_os_error, fsync_file, partial_path, sha256_of
from ecoscim_field.config import write_atomically

JOURNAL_DIR = ".journal"
SAMPLE_BYTES = 2  # int16


@dataclass(frozen=True)
class JournalHeader:
    """What a journal's audio belongs to; enough to finish it without the app's memory."""

    recording_id: str
    kind: str  # "session" (an interview) | "scratch" (a device test)
    sample_rate: int
    channels: int
    started_at: str  # ISO 8601, UTC
    device: str = ""
    session_id: str = ""
    participant_id: str = ""
    segment: int = 1
    target_name: str = ""  # the FLAC file's name, in the folder the journal serves

    @property
    def frame_bytes(self) -> int:
        return SAMPLE_BYTES * self.channels


@dataclass(frozen=True)
class FinishedAudio:
    """A journal made into a FLAC file."""

    header: JournalHeader
    path: Path
    sha256: str
    frames: int
    duration_s: float
    peak_dbfs: float
    rms_dbfs: float


def journal_paths(folder: Path, recording_id: str) -> tuple[Path, Path]:
    base = folder / JOURNAL_DIR
    return base / f"{recording_id}.pcm", base / f"{recording_id}.json"


def open_journal(folder: Path, header: JournalHeader) -> BinaryIO:
    """Write the header, then create the PCM file (refusing to overwrite one) and return it
    open for appending. Raises OSError (read-only or full folder) before any audio."""
    (folder / JOURNAL_DIR).mkdir(parents=True, exist_ok=True)
    pcm, meta = journal_paths(folder, header.recording_id)
    write_atomically(meta, json.dumps(asdict(header), ensure_ascii=False).encode("utf-8"))
    handle = open(pcm, "xb")  # noqa: SIM115 - the recorder's writer thread owns and closes it
    _lock(handle)
    os.fsync(handle.fileno())
    return handle


def _lock(handle: BinaryIO) -> None:
    """Mark the journal as being written: recovery leaves a locked journal alone (another
    process is still recording). The kernel drops the lock when the process dies."""
    if os.name == "posix":
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


def _in_use(pcm: Path) -> bool:
    if os.name != "posix":
        return False
    import fcntl

    with open(pcm, "rb") as probe:
        try:
            fcntl.flock(probe.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return True
        fcntl.flock(probe.fileno(), fcntl.LOCK_UN)
    return False


def interrupted_journals(folder: Path) -> list[JournalHeader]:
    """Journals left behind by a recording that did not stop cleanly."""
    found: list[JournalHeader] = []
    base = folder / JOURNAL_DIR
    if not base.is_dir():
        return found
    for meta in sorted(base.glob("*.json")):
        try:
            data = json.loads(meta.read_text(encoding="utf-8"))
            header = JournalHeader(**data)
        except (OSError, ValueError, TypeError):
            continue  # not ours, or half-written before any audio: nothing to save
        pcm = journal_paths(folder, header.recording_id)[0]
        if pcm.exists() and not _in_use(pcm):
            found.append(header)
    return found


def to_dbfs(level: float) -> float:
    return 20.0 * float(np.log10(level)) if level > 0 else float("-inf")


class EmptyJournal(ValueError):
    """The journal holds no audio (the device never delivered any): it was removed."""


CHUNK_FRAMES = 1 << 18  # memory stays small for a three-hour interview at 48 kHz


def finish_journal(folder: Path, header: JournalHeader, target: Path) -> FinishedAudio:
    """Make the journal a FLAC file at `target` (atomically), then remove the journal.

    A torn last frame (the crash came mid-write) is dropped. Safe to run again if a crash
    interrupts it: the FLAC is rewritten, the journal removed only at the end.
    """
    pcm, meta = journal_paths(folder, header.recording_id)
    frames = pcm.stat().st_size // header.frame_bytes
    if frames == 0:
        pcm.unlink()
        meta.unlink(missing_ok=True)
        raise EmptyJournal(header.recording_id)
    partial = partial_path(target)
    peak, squares = 0, 0.0
    try:
        # libsndfile opens the file itself, so that a full disk raises here (through a
        # Python file object the error is only printed) and the journal is kept.
        with open(pcm, "rb") as source, sf.SoundFile(
            str(partial), "w", header.sample_rate, header.channels,
            subtype="PCM_16", format="FLAC",
        ) as flac:  # fmt: skip
            left = frames
            while left:
                count = min(left, CHUNK_FRAMES)
                block = np.frombuffer(source.read(count * header.frame_bytes), dtype="<i2")
                flac.write(block.reshape(-1, header.channels))
                peak = max(peak, int(np.max(np.abs(block.astype(np.int32)))))
                squares += float(np.sum(np.square(block.astype(np.float64))))
                left -= count
        fsync_file(partial)
        written = sf.info(str(partial)).frames
        if written != frames:  # never remove a journal for a file that lacks its audio
            raise OSError(errno.EIO, f"FLAC holds {written} of {frames} frames", str(partial))
    except sf.LibsndfileError as exc:
        partial.unlink(missing_ok=True)
        raise as_os_error(exc, partial) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, target)
    count = frames * header.channels
    rms = (squares / count) ** 0.5 / 32768.0 if count else 0.0
    digest = sha256_of(target)
    pcm.unlink()
    meta.unlink(missing_ok=True)
    return FinishedAudio(
        header=header, path=target, sha256=digest, frames=frames,
        duration_s=frames / header.sample_rate, peak_dbfs=to_dbfs(peak / 32768.0),
        rms_dbfs=to_dbfs(rms),
    )  # fmt: skip
