"""Shared fixtures: offscreen Qt, a fresh store per test, the CLI, a virtual sound card."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt: no display is needed, and the user's own settings are
# never read or written by the tests.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_CONFIG = Path(__file__).resolve().parent.parent / ".pytest_cache" / "ecoscim-config"
os.environ["ECOSCIM_FIELD_CONFIG_DIR"] = str(_CONFIG)
os.environ.pop("ECOSCIM_FIELD_DATA_DIR", None)

from ecoscim_field.store.database import Store  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _fresh_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("ECOSCIM_FIELD_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def _gc_on_gui_thread(qapp: object) -> Iterator[None]:
    """As in the app: no collection on worker threads; collect after each test instead."""
    import gc

    from PySide6.QtCore import QCoreApplication

    from ecoscim_field.ui.gc_guard import collect_on_gui_thread

    app = QCoreApplication.instance()
    assert app is not None
    collect_on_gui_thread(app)
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def _english_afterwards(request: pytest.FixtureRequest) -> Iterator[None]:
    """Tests that switch the interface language leave English behind them."""
    yield
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None:
        from ecoscim_field.i18n.catalogue import install_language

        install_language("en")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    opened = Store.open(data_dir)
    yield opened
    opened.close()


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m ecoscim_field ARGS` as a user would, in its own process."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "ecoscim_field", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=REPO,
        timeout=120,
        check=False,
    )


def start_sound_card(runtime: Path) -> tuple[subprocess.Popen[str], dict[str, str]]:
    """Start a PulseAudio server with a null sink "ecoscim_test" (a virtual sound card whose
    monitor is the default source); returns it and the environment a client needs."""
    if shutil.which("pulseaudio") is None:
        pytest.fail("pulseaudio is not installed: run the README's test command")
    socket = runtime / "native"
    env = {
        **os.environ,
        "XDG_RUNTIME_DIR": str(runtime),
        "PULSE_RUNTIME_PATH": str(runtime),
        "HOME": str(runtime),
    }
    server = subprocess.Popen(
        [
            "pulseaudio",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--disallow-exit",
            "--system=no",
            "-n",
            "--use-pid-file=no",
            f"--load=module-native-protocol-unix socket={socket} auth-anonymous=1",
            "--load=module-null-sink sink_name=ecoscim_test "
            "sink_properties=device.description=EcoscimTestSink",
            "--load=module-always-sink",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    client_env = {"PULSE_SERVER": f"unix:{socket}", "XDG_RUNTIME_DIR": str(runtime)}
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        probe = subprocess.run(
            ["pactl", "info"], env={**os.environ, **client_env}, capture_output=True, check=False
        )
        if probe.returncode == 0:
            return server, client_env
        if server.poll() is not None:
            pytest.fail(
                f"pulseaudio did not start: {server.stderr.read() if server.stderr else ''}"
            )
        time.sleep(0.2)
    server.kill()
    pytest.fail("pulseaudio did not answer within 20 s")


@pytest.fixture(scope="session")
def sound_card(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A PulseAudio server with a null sink: a virtual sound card whose monitor records.

    Yields the environment a client process needs to reach it.
    """
    server, client_env = start_sound_card(tmp_path_factory.mktemp("pulse"))
    yield client_env
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
