"""The `project`, `bundle` and `conflicts` commands, and a merge killed with SIGKILL."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import select

from ecoscim_field.audio.files import write_flac
from ecoscim_field.domain.consent import may_record_audio
from ecoscim_field.domain.demo import fill_demo
from ecoscim_field.store.database import DB_FILE, RECORDINGS_DIR, Store
from ecoscim_field.store.models import CaseStudy, Participant, Recording
from tests.conftest import REPO, run_cli
from tests.sync_kit import PASSPHRASE


@pytest.fixture
def folders(tmp_path: Path) -> dict[str, Path]:
    secret = tmp_path / "passphrase.txt"
    secret.write_bytes(PASSPHRASE + b"\n")
    return {
        "coord": tmp_path / "coord",
        "lap": tmp_path / "lap",
        "shared": tmp_path / "shared",
        "project": tmp_path / "ecoscim.project.json",
        "secret": secret,
    }


def cli(folder: Path, *args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    return run_cli("--data-dir", str(folder), "--lang", lang, *args)


def set_up(f: dict[str, Path]) -> None:
    made = cli(f["coord"], "project", "init", "--name", "ECOSCIM CDMX", "--out", str(f["project"]),
               "--passphrase-file", str(f["secret"]))  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "fingerprint" in made.stdout
    joined = cli(f["lap"], "project", "join", str(f["project"]))
    assert joined.returncode == 0, joined.stderr
    fingerprint = made.stdout.split("fingerprint is ")[1].split(".")[0]
    assert fingerprint in joined.stdout  # both sides show the same one to compare aloud


def test_project_bundle_and_conflict_commands_end_to_end(folders: dict[str, Path]) -> None:
    f = folders
    set_up(f)
    assert cli(f["lap"], "demo").returncode == 0
    sent = cli(f["lap"], "bundle", "export", "--to", str(f["shared"]))
    assert sent.returncode == 0, sent.stderr
    assert "Bundle 1:" in sent.stdout and "audio files" in sent.stdout
    bundle = next(f["shared"].glob("*.ecobundle"))
    # A fieldworker's bundle is sealed to the project: the coordinator needs the passphrase.
    checked = cli(
        f["coord"], "bundle", "verify", str(bundle), "--passphrase-file", str(f["secret"])
    )
    assert checked.returncode == 1 and "does not know" in checked.stderr  # not trusted yet
    merged = cli(f["coord"], "bundle", "merge", str(bundle), "--trust-new-device",
                 "--passphrase-file", str(f["secret"]))  # fmt: skip
    assert merged.returncode == 0, merged.stderr
    assert "valid" in merged.stdout and "added" in merged.stdout
    again = cli(f["coord"], "bundle", "merge", str(bundle), "--passphrase-file", str(f["secret"]))
    assert again.returncode == 0 and "Already merged" in again.stdout
    secret = {"ECOSCIM_FIELD_PASSPHRASE": PASSPHRASE.decode()}
    env_merge = run_cli("--data-dir", str(f["coord"]), "--lang", "en", "bundle", "verify",
                        str(bundle), env=secret)  # fmt: skip
    assert env_merge.returncode == 0, env_merge.stderr
    other = {"ECOSCIM_FIELD_PASSPHRASE": "otra frase distinta"}
    wrong = run_cli("--data-dir", str(f["coord"]), "--lang", "es_MX", "bundle", "verify",
                    str(bundle), env=other)  # fmt: skip
    assert wrong.returncode == 1 and "frase de acceso no abre" in wrong.stderr
    assert cli(f["lap"], "bundle", "export", "--to", str(f["shared"])).stdout.startswith("Nothing")
    # A concurrent edit on both sides becomes a conflict, resolved by the coordinator.
    for folder, words in ((f["coord"], "Versión de coordinación"), (f["lap"], "Versión de campo")):
        store = Store.open(folder)
        with store.transaction() as session:
            case = session.scalars(select(CaseStudy).order_by(CaseStudy.name)).first()
            assert case is not None
            case.description = words
        store.close()
    sent = cli(f["lap"], "bundle", "export", "--to", str(f["shared"] / "2"))
    second = next((f["shared"] / "2").glob("*.ecobundle"))
    merged = cli(f["coord"], "bundle", "merge", str(second), "--passphrase-file", str(f["secret"]))
    assert "1 conflicts" in merged.stdout, merged.stdout + merged.stderr
    listed = cli(f["coord"], "conflicts", "list")
    assert "description" in listed.stdout and "Versión de campo" in listed.stdout
    conflict_id = listed.stdout.split()[0]
    resolved = cli(f["coord"], "conflicts", "resolve", conflict_id, "--keep", "loser")
    assert resolved.returncode == 0, resolved.stderr
    assert "No conflicts" in cli(f["coord"], "conflicts", "list").stdout
    assert cli(f["coord"], "conflicts", "resolve", "ffffffff", "--keep", "winner").returncode == 1
    # The coordinator's bundle is sealed to each laptop too: no passphrase needed there.
    back = cli(f["coord"], "bundle", "export", "--to", str(f["shared"] / "back"))
    assert back.returncode == 0, back.stderr
    reply = next((f["shared"] / "back").glob("*.ecobundle"))
    taken = cli(f["lap"], "bundle", "merge", str(reply))
    assert taken.returncode == 0, taken.stderr


def test_bad_input_to_the_commands_is_explained(folders: dict[str, Path], tmp_path: Path) -> None:
    f = folders
    lonely = cli(f["lap"], "bundle", "export", "--to", str(f["shared"]), lang="es_MX")
    assert lonely.returncode == 1 and "no forma parte de un proyecto" in lonely.stderr
    no_secret = run_cli("--data-dir", str(f["coord"]), "project", "init", "--name", "X", "--out",
                        str(f["project"]))  # fmt: skip
    assert no_secret.returncode == 2 and "passphrase" in no_secret.stderr.lower()
    set_up(f)
    twice = cli(f["coord"], "project", "init", "--name", "Otro", "--out", str(tmp_path / "o.json"),
                "--passphrase-file", str(f["secret"]))  # fmt: skip
    assert twice.returncode == 1 and "already belongs" in twice.stderr
    junk = tmp_path / "junk.json"
    junk.write_text("{not json", encoding="utf-8")
    assert cli(f["lap"], "project", "join", str(junk)).returncode == 1
    garbage = tmp_path / "garbage.ecobundle"
    garbage.write_bytes(b"PK\x03\x04 not a bundle at all")
    refused = cli(f["coord"], "bundle", "merge", str(garbage), lang="es_MX")
    assert refused.returncode == 1
    assert (
        "no es un paquete de ECOSCIM Field" in refused.stderr
        and "No se cambió nada" in refused.stderr
    )
    missing = cli(f["coord"], "bundle", "verify", str(tmp_path / "nowhere.ecobundle"))
    assert missing.returncode == 1 and "no such file" in missing.stderr
    bad_part = cli(f["lap"], "bundle", "export", "--to", str(f["shared"]), "--part-size", "0")
    assert bad_part.returncode == 2


def test_export_splits_at_the_size_set_in_settings(
    folders: dict[str, Path], _fresh_config: Path
) -> None:
    from ecoscim_field.config import Config

    f = folders
    set_up(f)
    assert cli(f["lap"], "demo").returncode == 0
    Config(bundle_part_mb="1").save(_fresh_config)
    sent = cli(f["lap"], "bundle", "export", "--to", str(f["shared"]))
    assert sent.returncode == 0, sent.stderr
    parts = sorted(f["shared"].glob("*.ecobundle"))
    assert len(parts) >= 3 and all(p.stat().st_size <= 1024 * 1024 for p in parts)
    merged = cli(f["coord"], "bundle", "merge", *map(str, parts), "--trust-new-device",
                 "--passphrase-file", str(f["secret"]))  # fmt: skip
    assert merged.returncode == 0 and merged.stdout.count("valid") == 1, merged.stdout


def _noisy_laptop(f: dict[str, Path], files: int) -> Path:
    """A laptop whose bundle carries `files` recordings of noise (that FLAC cannot shrink)."""
    set_up(f)
    store = Store.open(f["lap"])
    fill_demo(store)
    with store.reading() as session:
        person = next(p for p in session.scalars(select(Participant))
                      if may_record_audio(session, p.id))  # fmt: skip
    rng = np.random.default_rng(7)
    with store.transaction() as session:
        for number in range(files):
            name = f"noise-{number:03d}.flac"
            digest = write_flac(store.folder / RECORDINGS_DIR / name,
                                rng.uniform(-0.9, 0.9, 16000 * 20), 16000)  # fmt: skip
            session.add(Recording(participant_id=person.id, file_name=name, sha256=digest,
                                  duration_s=20.0, sample_rate=16000))  # fmt: skip
    store.close()
    sent = cli(f["lap"], "bundle", "export", "--to", str(f["shared"]))
    assert sent.returncode == 0, sent.stderr
    return next(f["shared"].glob("*.ecobundle"))


def _counts(folder: Path) -> tuple[int, int]:
    with sqlite3.connect(folder / DB_FILE) as conn:
        return (conn.execute("SELECT count(*) FROM recordings").fetchone()[0],
                conn.execute("SELECT count(*) FROM participants").fetchone()[0])  # fmt: skip


def test_a_merge_killed_with_sigkill_leaves_the_store_as_before_or_after(
    folders: dict[str, Path], tmp_path: Path
) -> None:
    f = folders
    bundle = _noisy_laptop(f, files=40)
    pristine = tmp_path / "pristine"
    shutil.copytree(f["coord"], pristine)
    before = _counts(pristine)
    # The whole merge, once, for the "after" state.
    full = tmp_path / "full"
    shutil.copytree(pristine, full)
    done = cli(full, "bundle", "merge", str(bundle), "--trust-new-device", "--passphrase-file",
               str(f["secret"]))  # fmt: skip
    assert done.returncode == 0, done.stderr
    after = _counts(full)
    assert after != before
    outcomes = set()
    for delay in (0.0, 0.05, 0.15, 0.3, 0.6, 1.0):
        target = tmp_path / f"kill-{delay}"
        shutil.copytree(pristine, target)
        command = [sys.executable, "-m", "ecoscim_field", "--data-dir", str(target), "bundle",
                   "merge", str(bundle), "--trust-new-device", "--passphrase-file",
                   str(f["secret"])]  # fmt: skip
        process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)  # fmt: skip
        incoming = target / RECORDINGS_DIR
        deadline = time.monotonic() + 60
        while process.poll() is None and time.monotonic() < deadline:
            if any(p.name.startswith(".incoming-") for p in incoming.iterdir()):
                break  # the merge is under way: audio is arriving
            time.sleep(0.005)
        time.sleep(delay)
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
        process.wait()
        # Any later start (here: opening the store) finishes or clears what was left.
        Store.open(target).close()
        state = _counts(target)
        assert state in (before, after), f"between before and after at {delay}s: {state}"
        assert not [p for p in incoming.iterdir() if p.name.startswith(".incoming-")]
        with sqlite3.connect(target / DB_FILE) as conn:
            names = {r[0] for r in conn.execute("SELECT file_name FROM recordings")}
        on_disk = {p.name for p in incoming.iterdir()}
        assert names <= on_disk, (
            f"a recording without its audio at {delay}: {state}, {before}, {after}"
        )
        assert on_disk <= names | {p.name for p in (pristine / RECORDINGS_DIR).iterdir()}
        outcomes.add(state)
        # And the merge can simply be run again.
        retry = cli(target, "bundle", "merge", str(bundle), "--trust-new-device",
                    "--passphrase-file", str(f["secret"]))  # fmt: skip
        assert retry.returncode == 0, retry.stderr
        assert _counts(target) == after
    assert before in outcomes, "no kill landed before the commit"
