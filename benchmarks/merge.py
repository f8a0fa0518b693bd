"""How fast the coordinator merges the team's bundles, against the physical floor.

Run: .venv/bin/python benchmarks/merge.py [--bundles 20] [--sessions 100] [--notes 3000]
                                          [--audio-minutes 120] [--mb-per-minute 1.0]

Makes a coordinator and one laptop per bundle, each with its own participants,
interview sessions, recordings and notes (the audio is incompressible bytes of the size
FLAC speech takes: the merge copies and hashes audio, it never decodes it), exports one
bundle per laptop, then times, in this process:
- the floor: `cp` of every audio file to a fresh folder plus `sha256sum` of the copies,
  the least any merge of that audio must do on this disk;
- the first merge of all bundles (verify, decrypt, check every hash, one transaction
  per bundle, audio renamed into place);
- the same bundles merged again (each is recognised from its signed manifest and skipped).
Prints records per second, audio MB per second, the ratio to the floor (aim: within
1.5x) and the ratio of the repeated merge to the first (aim: under a tenth).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ecoscim_field.store.database import RECORDINGS_DIR, Store
from ecoscim_field.store.models import (
    CaseStudy,
    InterviewSession,
    Note,
    Participant,
    Recording,
)
from ecoscim_field.sync.bundle import Identities, export_bundle, read_bundle
from ecoscim_field.sync.keys import device_keys, project_private_key
from ecoscim_field.sync.merge import merge_bundle
from ecoscim_field.sync.project import init_project, join_project

PASSPHRASE = b"benchmark passphrase"


def fill_laptop(store: Store, number: int, args: argparse.Namespace) -> tuple[int, list[Path]]:
    """Participants, sessions, recordings with audio and notes; returns (records, audio files)."""
    seconds = args.audio_minutes * 60 / args.sessions
    size = int(args.mb_per_minute * 1e6 * seconds / 60)
    folder = store.folder / RECORDINGS_DIR
    files = []
    started = datetime.now(UTC) - timedelta(days=3)
    with store.transaction() as session:
        case = CaseStudy(name=f"Caso {number}")
        session.add(case)
        session.flush()
        notes_per_session = args.notes // args.sessions
        for index in range(args.sessions):
            person = Participant(code=f"P-B{number:04d}-{index:04d}", stakeholder_group="user",
                                 case_study_id=case.id)  # fmt: skip
            session.add(person)
            session.flush()
            interview = InterviewSession(participant_id=person.id, started_at=started,
                                         state="finished")  # fmt: skip
            session.add(interview)
            session.flush()
            name = f"bench-{number:03d}-{index:04d}.flac"
            path = folder / name
            digest = hashlib.sha256()
            with open(path, "wb") as handle:
                left = size
                while left:
                    block = os.urandom(min(left, 1 << 20))
                    digest.update(block)
                    handle.write(block)
                    left -= len(block)
            files.append(path)
            session.add(Recording(participant_id=person.id, session_id=interview.id,
                                  file_name=name, sha256=digest.hexdigest(),
                                  duration_s=seconds, sample_rate=16000))  # fmt: skip
            for note in range(notes_per_session):
                session.add(Note(participant_id=person.id, session_id=interview.id,
                                 kind="observation", audio_offset_ms=note * 20_000,
                                 text=f"Nota {note} de la entrevista {index}: la estación "
                                 "de Ecobici de la colonia quedó lejos del mercado."))  # fmt: skip
    records = 1 + args.sessions * (3 + notes_per_session)
    return records, files


def timed(work: object) -> float:
    start = time.perf_counter()
    work()  # type: ignore[operator]
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundles", type=int, default=20)
    parser.add_argument("--sessions", type=int, default=100)
    parser.add_argument("--notes", type=int, default=3000)
    parser.add_argument("--audio-minutes", type=float, default=120.0)
    parser.add_argument("--mb-per-minute", type=float, default=1.0)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="ecoscim-merge-bench-"))
    try:
        coord = Store.open(root / "coordinator")
        project = init_project(coord, name="Benchmark", passphrase=PASSPHRASE)
        shared = root / "shared"
        audio: list[Path] = []
        records = 0
        print(f"Preparing {args.bundles} laptops...", flush=True)
        bundles = []
        export_s = 0.0
        for number in range(args.bundles):
            lap = Store.open(root / f"laptop-{number:02d}")
            join_project(lap, project)
            _made, files = fill_laptop(lap, number, args)
            audio += files
            start = time.perf_counter()
            result = export_bundle(lap, shared)
            export_s += time.perf_counter() - start
            assert result is not None
            records += result.records  # with the laptop's own device, profile and audit rows
            bundles.append(result.files)
            lap.close()
        audio_bytes = sum(p.stat().st_size for p in audio)
        bundle_bytes = sum(p.stat().st_size for files in bundles for p in files)
        mb = audio_bytes / 1e6
        print(f"{args.bundles} bundles: {records:,} records, {len(audio):,} audio files, "
              f"{mb:,.0f} MB of audio, {bundle_bytes / 1e6:,.0f} MB of bundles "
              f"(exported in {export_s:.1f} s)")  # fmt: skip

        floor_dir = root / "floor"
        floor_dir.mkdir()

        def floor() -> None:
            subprocess.run(["cp", *map(str, audio), str(floor_dir)], check=True)
            subprocess.run(["sha256sum", *map(str, floor_dir.iterdir())], check=True,
                           stdout=subprocess.DEVNULL)  # fmt: skip

        floor_s = timed(floor)
        identities = Identities(
            device_keys(coord.folder).encryption,
            project_private_key(coord.folder, project.project_id, PASSPHRASE),
        )
        counts = {"added": 0}
        phases = {"read": 0.0, "apply": 0.0}

        def merge_all() -> None:
            for files in bundles:
                start = time.perf_counter()
                bundle = read_bundle(coord, files, identities, keep_audio=True,
                                     trust_new_device=True, stop_if_merged=True)  # fmt: skip
                middle = time.perf_counter()
                result = merge_bundle(coord, bundle)
                phases["read"] += middle - start
                phases["apply"] += time.perf_counter() - middle
                counts["added"] += result.added

        first_s = timed(merge_all)
        assert counts["added"] == records, (counts, records)
        again_s = timed(merge_all)
        assert counts["added"] == records
        print(f"floor (cp + sha256sum of the audio): {floor_s:6.2f} s  ({mb / floor_s:,.0f} MB/s)")
        print(
            f"first merge:                         {first_s:6.2f} s  "
            f"({records / first_s:,.0f} records/s, {mb / first_s:,.0f} MB/s of audio)"
        )
        print(
            f"  of which reading and checking the bundles {phases['read']:.2f} s, "
            f"applying them to the store {phases['apply']:.2f} s"
        )
        print(f"  ratio to the floor: {first_s / floor_s:.2f} (aim: at most 1.5)")
        print(f"repeated merge:                      {again_s:6.2f} s  "
              f"ratio to the first: {again_s / first_s:.3f} (aim: under 0.1)")  # fmt: skip
        coord.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
