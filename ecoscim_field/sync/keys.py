"""Keys: this laptop's own pair of keys, and the project's identity.

Every laptop makes, on first start, an Ed25519 key to sign its bundles and an X25519 key
to receive bundles encrypted to it; both live in `keys/device.json` in the data folder
(readable by its owner only). A coordinator's `project init` makes the project's X25519
key: its private part stays in the coordinator's data folder, encrypted with a
passphrase (PKCS #8, the cryptography library's best available encryption); its public
part goes into the *project file* that fieldworkers import once.

All of it is the cryptography library's: no primitive is written here.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from ecoscim_field.config import write_atomically

KEYS_DIR = "keys"
DEVICE_KEYS_FILE = "device.json"
PROJECT_FILE_FORMAT = "ecoscim-project/1"
RAW = serialization.Encoding.Raw
RAW_PUBLIC = serialization.PublicFormat.Raw


class KeyError_(ValueError):
    """A key or project file that cannot be used; `problem` names why."""

    def __init__(self, problem: str, detail: str = "") -> None:
        super().__init__(f"{problem}: {detail}" if detail else problem)
        self.problem = problem  # unreadable | malformed | passphrase | no_project | other_project
        self.detail = detail


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str, length: int) -> bytes:
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as exc:
        raise KeyError_("malformed", "not base64") from exc
    if len(data) != length:
        raise KeyError_("malformed", f"a key of {len(data)} bytes, not {length}")
    return data


def public_raw(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(RAW, RAW_PUBLIC)


def key_id(public: bytes) -> str:
    """A short name for a public key: the first 8 bytes of its SHA-256, in hex."""
    return hashlib.sha256(public).hexdigest()[:16]


def fingerprint(public: bytes) -> str:
    """A public key as a person compares it aloud: 6 groups of 4 characters."""
    digest = base64.b32encode(hashlib.sha256(public).digest()).decode("ascii")[:24]
    return "-".join(digest[i : i + 4] for i in range(0, 24, 4))


@dataclass(frozen=True)
class DeviceKeys:
    """This laptop's signing and encryption keys."""

    signing: Ed25519PrivateKey
    encryption: X25519PrivateKey

    @property
    def signing_public(self) -> bytes:
        return public_raw(self.signing.public_key())

    @property
    def encryption_public(self) -> bytes:
        return public_raw(self.encryption.public_key())


def device_keys(folder: Path) -> DeviceKeys:
    """This laptop's keys in the data folder `folder`, made the first time they are asked for."""
    path = folder / KEYS_DIR / DEVICE_KEYS_FILE
    if path.exists():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            signing = Ed25519PrivateKey.from_private_bytes(unb64(data["signing"], 32))
            encryption = X25519PrivateKey.from_private_bytes(unb64(data["encryption"], 32))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise KeyError_("unreadable", str(path)) from exc
        return DeviceKeys(signing, encryption)
    keys = DeviceKeys(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())
    raw = serialization.PrivateFormat.Raw
    none = serialization.NoEncryption()
    content = {
        "format": "ecoscim-device-keys/1",
        "signing": b64(keys.signing.private_bytes(RAW, raw, none)),
        "encryption": b64(keys.encryption.private_bytes(RAW, raw, none)),
    }
    _write_private(path, json.dumps(content, indent=2).encode("utf-8"))
    return keys


def _write_private(path: Path, data: bytes) -> None:
    path.parent.mkdir(mode=0o700, exist_ok=True)
    write_atomically(path, data)
    os.chmod(path, 0o600)


# --- the project ---------------------------------------------------------------------


@dataclass(frozen=True)
class Coordinator:
    """The coordinator's laptop as the project file names it."""

    device_id: str
    label: str
    signing_key: str  # base64
    encryption_key: str  # base64


@dataclass(frozen=True)
class Project:
    """What every laptop of a project knows about it (the project file)."""

    project_id: str
    name: str
    encryption_key: str  # the project's X25519 public key, base64
    coordinator: Coordinator
    created_at: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(unb64(self.encryption_key, 32))

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": PROJECT_FILE_FORMAT,
                "project_id": self.project_id,
                "name": self.name,
                "created_at": self.created_at,
                "encryption_key": self.encryption_key,
                "coordinator": {
                    "device_id": self.coordinator.device_id,
                    "label": self.coordinator.label,
                    "signing_key": self.coordinator.signing_key,
                    "encryption_key": self.coordinator.encryption_key,
                },
            },
            indent=2,
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> Project:
        try:
            data = json.loads(text)
            if data.get("format") != PROJECT_FILE_FORMAT:
                raise KeyError_("malformed", f"format {data.get('format')!r}")
            coordinator = data["coordinator"]
            project = cls(
                project_id=str(uuid.UUID(data["project_id"])),
                name=_text(data["name"]),
                encryption_key=_text(data["encryption_key"]),
                created_at=_text(data["created_at"]),
                coordinator=Coordinator(
                    device_id=str(uuid.UUID(coordinator["device_id"])),
                    label=_text(coordinator["label"]),
                    signing_key=_text(coordinator["signing_key"]),
                    encryption_key=_text(coordinator["encryption_key"]),
                ),
            )
        except KeyError_:
            raise
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise KeyError_("malformed", str(exc)) from exc
        for key in (
            project.encryption_key,
            coordinator["signing_key"],
            coordinator["encryption_key"],
        ):
            unb64(key, 32)
        return project


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise KeyError_("malformed", f"{value!r} is not text")
    return value


def project_key_path(folder: Path, project_id: str) -> Path:
    return folder / KEYS_DIR / f"project-{project_id}.pem"


def create_project(
    folder: Path, *, name: str, passphrase: bytes, device_id: str, label: str
) -> Project:
    """A new project whose coordinator is this laptop; its private key saved encrypted."""
    if len(passphrase) < 8:
        raise KeyError_("passphrase", "at least 8 characters")
    keys = device_keys(folder)
    private = X25519PrivateKey.generate()
    project = Project(
        project_id=str(uuid.uuid4()),
        name=name,
        encryption_key=b64(public_raw(private.public_key())),
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        coordinator=Coordinator(
            device_id=device_id,
            label=label,
            signing_key=b64(keys.signing_public),
            encryption_key=b64(keys.encryption_public),
        ),
    )
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
    _write_private(project_key_path(folder, project.project_id), pem)
    return project


def project_private_key(folder: Path, project_id: str, passphrase: bytes) -> X25519PrivateKey:
    """The project's private key (coordinator only), unlocked with the passphrase."""
    path = project_key_path(folder, project_id)
    try:
        pem = path.read_bytes()
    except OSError as exc:
        raise KeyError_("no_project_key", str(path)) from exc
    try:
        key = serialization.load_pem_private_key(pem, passphrase)
    except (ValueError, TypeError) as exc:
        raise KeyError_("passphrase", "") from exc
    if not isinstance(key, X25519PrivateKey):
        raise KeyError_("unreadable", str(path))
    return key


def has_project_key(folder: Path, project_id: str) -> bool:
    return project_key_path(folder, project_id).exists()
