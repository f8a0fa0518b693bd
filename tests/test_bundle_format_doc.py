"""docs/bundle-format.md is enough to read a bundle: a reader written from it alone, with
the standard library and `cryptography` (none of the app's sync code), reads what the
app writes and checks every hash and the signature."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import struct
import tarfile
from pathlib import Path

from cryptography.hazmat.primitives import hashes, hpke
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from ecoscim_field.domain.demo import fill_demo
from ecoscim_field.sync.keys import project_private_key
from tests.sync_kit import PASSPHRASE, coordinator, laptop


def read_documented(path: Path, private: X25519PrivateKey) -> dict[str, bytes]:
    data = path.read_bytes()
    assert data[:15] == b"ECOSCIM-BUNDLE\n"
    (length,) = struct.unpack(">I", data[15:19])
    header_bytes = data[19 : 19 + length]
    header = json.loads(header_bytes)
    assert header["format"] == 1
    raw_public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    key_id = hashlib.sha256(raw_public).digest()[:8].hex()
    wrapped = next(r["wrapped_key"] for r in header["recipients"] if r["key_id"] == key_id)
    suite = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)
    file_key = suite.decrypt(base64.b64decode(wrapped), private, b"ecoscim-bundle/1 file key")
    payload_key = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=base64.b64decode(header["payload_nonce"]),
        info=b"ecoscim-bundle/1 payload",
    ).derive(file_key)  # fmt: skip
    aead = ChaCha20Poly1305(payload_key)
    aad = hashlib.sha256(data[: 19 + length]).digest()
    sealed = data[19 + length :]
    size = 65536 + 16
    chunks = [sealed[i : i + size] for i in range(0, len(sealed), size)]
    plain = b"".join(
        aead.decrypt(n.to_bytes(11, "big") + (b"\x01" if n == len(chunks) - 1 else b"\x00"), c, aad)
        for n, c in enumerate(chunks)
    )
    members: dict[str, bytes] = {}
    with tarfile.open(fileobj=io.BytesIO(plain), mode="r:") as tar:
        names = tar.getnames()
        for info in tar.getmembers():
            assert info.isreg()
            source = tar.extractfile(info)
            assert source is not None
            members[info.name] = source.read()
    assert names[:2] == ["manifest.json", "manifest.sig"]
    manifest = json.loads(members["manifest.json"])
    signer = Ed25519PublicKey.from_public_bytes(base64.b64decode(manifest["device"]["signing_key"]))
    signer.verify(base64.b64decode(members["manifest.sig"]), members["manifest.json"])
    assert names[2:] == [m["path"] for m in manifest["members"]]
    for member in manifest["members"]:
        blob = members[member["path"]]
        assert len(blob) == member["size"]
        assert hashlib.sha256(blob).hexdigest() == member["sha256"]
        if member["path"].startswith("audio/"):
            assert member["path"][6:70] == member["sha256"]
    return members


def test_a_reader_written_from_the_documentation_reads_a_bundle(tmp_path: Path) -> None:
    coord = coordinator(tmp_path / "coord")
    lap = laptop(tmp_path / "lap", coord.project)
    fill_demo(lap.store)
    (path,) = lap.export(tmp_path / "out")
    assert path.name.startswith(f"ecoscim-{lap.store.device_id[:8]}-000001")
    private = project_private_key(coord.folder, coord.project.project_id, PASSPHRASE)
    members = read_documented(path, private)
    manifest = json.loads(members["manifest.json"])
    assert manifest["format"] == "ecoscim-bundle" and manifest["format_version"] == 1
    assert manifest["project_id"] == coord.project.project_id
    assert manifest["seq"] == 1 and manifest["changes"]["from"] == 0
    notes = [json.loads(line) for line in members["records/notes.jsonl"].splitlines()]
    assert notes == sorted(notes, key=lambda r: r["id"])
    assert all(n["written_at"].endswith("Z") and "change_seq" not in n for n in notes)
    assert all(line == json.dumps(json.loads(line), sort_keys=True, separators=(",", ":"),
                                  ensure_ascii=False).encode()
               for line in members["records/notes.jsonl"].splitlines())  # fmt: skip
    identities = [
        json.loads(x) for x in members["records/participant_identities.jsonl"].splitlines()
    ]
    assert identities  # identifying data travels to the coordinator, encrypted; never exported
    assert any(p.startswith("audio/") for p in members)
