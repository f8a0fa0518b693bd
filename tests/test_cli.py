"""The command line, run as a separate process exactly as a user runs it."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from ecoscim_field import __version__
from ecoscim_field.store.database import DB_FILE
from ecoscim_field.store.schema import HEAD_REVISION
from tests.conftest import run_cli
from tests.mounts import fill_up, remount_read_only, tmpfs


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_demo_then_doctor_reports_the_demo_store(
    data_dir: Path, sound_card: dict[str, str]
) -> None:
    demo = run_cli("--data-dir", str(data_dir), "--lang", "en", "demo", env=sound_card)
    assert demo.returncode == 0, demo.stderr
    assert "8 case studies" in demo.stdout
    doctor = run_cli("--data-dir", str(data_dir), "--lang", "en", "doctor", env=sound_card)
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr
    out = doctor.stdout
    assert "App version:" in out and __version__ in out
    assert f"{HEAD_REVISION} (current)" in out
    assert str(data_dir / DB_FILE) in out
    assert "Integrity check:" in out and " ok" in out
    assert "case studies 8" in out
    assert "team members 4" in out
    assert "Lucía Hernández Ríos (LHR), fieldworker" in out
    # The virtual sound card is found through PortAudio's ALSA-to-PulseAudio route.
    assert "Audio input devices:" in out and "pulse" in out
    assert "No audio input device" not in out
    assert "English [en]" in out


def test_doctor_reports_damaged_audio_and_the_store_stays_usable(data_dir: Path) -> None:
    assert run_cli("--data-dir", str(data_dir), "demo").returncode == 0
    files = sorted((data_dir / "recordings").glob("*.flac"))
    assert len(files) >= 2
    files[0].write_bytes(b"not audio at all")
    files[1].unlink()
    doctor = run_cli("--data-dir", str(data_dir), "--lang", "en", "doctor")
    assert doctor.returncode == 1
    assert "Damaged or missing audio files" in doctor.stdout + doctor.stderr
    said = doctor.stdout + doctor.stderr
    assert f"{files[0].name} (not readable as audio)" in said
    assert f"{files[1].name} (missing)" in said
    assert "Integrity check:" in doctor.stdout  # the rest of the report is there
    agenda = run_cli("--data-dir", str(data_dir), "--lang", "en", "agenda")
    assert agenda.returncode == 0  # not fatal to the app


def test_demo_scale_multiplies_the_data(data_dir: Path) -> None:
    result = run_cli("--data-dir", str(data_dir), "--lang", "en", "demo", "--scale", "3")
    assert result.returncode == 0, result.stderr
    assert "24 case studies" in result.stdout


def test_data_dir_from_the_environment_and_after_the_command(tmp_path: Path) -> None:
    env_dir, opt_dir = tmp_path / "from-env", tmp_path / "from-option"
    assert run_cli("demo", env={"ECOSCIM_FIELD_DATA_DIR": str(env_dir)}).returncode == 0
    assert (env_dir / DB_FILE).exists()
    assert run_cli("demo", "--data-dir", str(opt_dir)).returncode == 0
    assert (opt_dir / DB_FILE).exists()


def test_demo_refuses_a_store_that_holds_data(data_dir: Path) -> None:
    assert run_cli("--data-dir", str(data_dir), "demo").returncode == 0
    again = run_cli("--data-dir", str(data_dir), "--lang", "en", "demo")
    assert again.returncode == 1
    assert "already holds data" in again.stderr and str(data_dir) in again.stderr


def test_unknown_language_lists_the_available_ones() -> None:
    result = run_cli("--lang", "fr", "doctor")
    assert result.returncode == 2
    assert "fr" in result.stderr and "es_MX" in result.stderr and "en" in result.stderr


def test_messages_follow_the_interface_language(data_dir: Path) -> None:
    result = run_cli("--data-dir", str(data_dir), "--lang", "es_MX", "doctor")
    assert "Diagnóstico de ECOSCIM Field" in result.stdout
    assert "Versión del esquema" in result.stdout
    wrong = run_cli("--lang", "es_MX", "demo", "--scale", "many")
    assert wrong.returncode == 2
    assert "uso:" in wrong.stderr and "no válido" in wrong.stderr


def test_doctor_fails_on_a_corrupt_store_and_leaves_it(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    db = data_dir / DB_FILE
    db.write_bytes(b"\x00garbage" * 1000)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    result = run_cli("--data-dir", str(data_dir), "--lang", "en", "doctor")
    assert result.returncode == 1
    assert "damaged" in result.stdout and str(db) in result.stdout
    assert "NOT SAFE" in result.stdout
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_doctor_fails_on_an_integrity_failure(data_dir: Path) -> None:
    assert run_cli("--data-dir", str(data_dir), "demo", "--scale", "5").returncode == 0
    db = data_dir / DB_FILE
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name='ix_case_studies_name'"
        ).fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(db.read_bytes())
    start = (root - 1) * page_size
    data[start + 8 : start + 200] = bytes(range(192))  # scramble one index page
    db.write_bytes(bytes(data))
    result = run_cli("--data-dir", str(data_dir), "--lang", "en", "doctor")
    assert result.returncode == 1, result.stdout
    assert "NOT SAFE" in result.stdout


def test_a_newer_store_asks_to_update_the_app(data_dir: Path) -> None:
    assert run_cli("--data-dir", str(data_dir), "demo").returncode == 0
    with sqlite3.connect(data_dir / DB_FILE) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.close()
    result = run_cli("--data-dir", str(data_dir), "--lang", "en", "demo")
    assert result.returncode == 1
    assert "newer version" in result.stderr and "Update the app" in result.stderr
    spanish = run_cli("--data-dir", str(data_dir), "--lang", "es_MX", "doctor")
    assert spanish.returncode == 1 and "Actualice la aplicación" in spanish.stdout


def test_a_read_only_folder_gives_a_clear_message(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "usb", size="32m") as folder:
        data = folder / "data"
        assert run_cli("--data-dir", str(data), "demo").returncode == 0
        remount_read_only(folder)
        result = run_cli("--data-dir", str(data), "--lang", "en", "demo")
        assert result.returncode == 1
        assert "cannot be written to" in result.stderr and str(data) in result.stderr
        doctor = run_cli("--data-dir", str(data), "--lang", "en", "doctor")
        assert doctor.returncode == 1 and "cannot be written to" in doctor.stdout


def test_a_disk_that_fills_up_during_a_command_is_explained(tmp_path: Path) -> None:
    """The demo's audio does not fit: a sentence, not a traceback, and the store opens."""
    with tmpfs(tmp_path / "small", size="4m") as folder:
        data = folder / "data"
        result = run_cli("--data-dir", str(data), "--lang", "en", "demo")
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert "The command stopped: the disk is full" in result.stderr
        doctor = run_cli("--data-dir", str(data), "--lang", "en", "doctor")
        assert "Traceback" not in doctor.stdout + doctor.stderr


def test_another_programs_database_is_left_alone(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    db = data_dir / DB_FILE
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.close()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    result = run_cli("--data-dir", str(data_dir), "--lang", "en", "demo")
    assert result.returncode == 1
    assert "belongs to another program" in result.stderr and str(db) in result.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_a_full_disk_gives_a_clear_message_and_loses_nothing(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "small", size="16m") as folder:
        data = folder / "data"
        assert run_cli("--data-dir", str(data), "demo").returncode == 0
        filler = fill_up(folder)
        result = run_cli("--data-dir", str(data), "--lang", "en", "demo")
        assert result.returncode == 1
        assert "is full" in result.stderr and str(data) in result.stderr
        doctor = run_cli("--data-dir", str(data), "--lang", "en", "doctor")
        assert doctor.returncode == 1 and "is full" in doctor.stdout
        # Little space is a warning for fieldwork, not a problem for the store.
        filler.unlink()
        doctor = run_cli("--data-dir", str(data), "--lang", "en", "doctor")
        assert doctor.returncode == 0, doctor.stdout
        assert "a day of recordings may not fit" in doctor.stdout
        assert "case studies 8" in doctor.stdout
