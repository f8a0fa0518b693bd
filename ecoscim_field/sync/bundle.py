"""Bundles: writing a laptop's changes into one signed, encrypted, checksummed file, and
reading one back, checked through and through, before anything of it reaches the store.

The plaintext inside the envelope (envelope.py) is a POSIX tar stream:

    manifest.json           what the bundle is and holds: every member's path, size, SHA-256
    manifest.sig            the sending laptop's Ed25519 signature of manifest.json (base64)
    audio/<sha256>.<ext>    each audio file once, named by its hash
    records/<table>.jsonl   the changed records of each synced table (records.py)
    tombstones.jsonl        the deletions

docs/bundle-format.md describes it for other readers.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import tarfile
import uuid
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, BinaryIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from sqlalchemy import select

from ecoscim_field import __version__
from ecoscim_field.config import _fsync_dir
from ecoscim_field.store import schema
from ecoscim_field.store.database import RECORDINGS_DIR, Store
from ecoscim_field.store.models import (
    SYNCED_MODELS,
    BundleReceived,
    Device,
    Fieldworker,
    Recording,
    StoreMeta,
    Tombstone,
    TrustedDevice,
)
from ecoscim_field.sync.envelope import (
    CHUNK_SIZE,
    EnvelopeError,
    OpeningReader,
    SealingWriter,
    read_header,
    unwrap_file_key,
)
from ecoscim_field.sync.keys import (
    DeviceKeys,
    KeyError_,
    Project,
    b64,
    device_keys,
    unb64,
)
from ecoscim_field.sync.records import (
    TABLES,
    RecordError,
    decode_tombstone,
    dumps_line,
    encode_row,
    encode_tombstone,
    parse_lines,
)

BUNDLE_FORMAT = "ecoscim-bundle"
BUNDLE_VERSION = 1
SUFFIX = ".ecobundle"
PART = re.compile(r"^(?P<stem>.+)-part(?P<n>\d{2,4})of(?P<of>\d{2,4})\.ecobundle$")
AUDIO_MEMBER = re.compile(r"^audio/(?P<sha>[0-9a-f]{64})\.(?P<ext>[a-z0-9]{1,8})$")
RECORDS_MEMBER = re.compile(r"^records/(?P<table>[a-z_]{1,64})\.jsonl$")
TOMBSTONES = "tombstones.jsonl"
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
MAX_MANIFEST = 64 * 1024 * 1024
MAX_MEMBERS = 1_000_000
MAX_RECORDS_BYTES = 1 << 31  # a table's records, held in memory to be checked
INCOMING_PREFIX = ".incoming-"


class BundleError(Exception):
    """A bundle refused whole; `problem` names why, `detail` says where."""

    def __init__(self, problem: str, detail: str = "", *, file: str = "") -> None:
        super().__init__(f"{problem}: {detail}" if detail else problem)
        self.problem = problem
        self.detail = detail
        self.file = file


# --- the project as this store knows it -------------------------------------------------


def store_project(store: Store) -> Project | None:
    with store.reading() as session:
        meta = session.get(StoreMeta, "project")
        return Project.from_json(meta.value) if meta is not None else None


def require_project(store: Store) -> Project:
    project = store_project(store)
    if project is None:
        raise BundleError("no_project")
    return project


# --- writing ---------------------------------------------------------------------------


@dataclass
class ExportResult:
    """What `export_bundle` wrote."""

    files: list[Path]
    seq: int
    from_seq: int
    to_seq: int
    records: int
    tombstones: int
    audio_files: int
    bytes: int


def bundle_stem(device_id: str, seq: int) -> str:
    return f"ecoscim-{device_id[:8]}-{seq:06d}"


class _PartWriter(io.RawIOBase):
    """Writes a stream into numbered temporary files of at most `part_size` bytes each."""

    def __init__(self, folder: Path, stem: str, part_size: int | None) -> None:
        super().__init__()
        self.folder, self.stem, self.part_size = folder, stem, part_size
        self.temps: list[Path] = []
        self._handle: BinaryIO | None = None
        self._in_part = 0
        self.total = 0

    def writable(self) -> bool:
        return True

    def _next(self) -> None:
        if self._handle is not None:
            self._finish()
        path = self.folder / f".{self.stem}.{len(self.temps) + 1}.{uuid.uuid4().hex[:8]}.partial"
        self.temps.append(path)
        self._handle = open(path, "wb")  # noqa: SIM115 - closed in _finish
        self._in_part = 0

    def _finish(self) -> None:
        assert self._handle is not None
        self._handle.flush()
        os.fsync(self._handle.fileno())
        self._handle.close()
        self._handle = None

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(data)
        while view:
            if self._handle is None or (self.part_size and self._in_part >= self.part_size):
                self._next()
            assert self._handle is not None
            room = len(view) if not self.part_size else self.part_size - self._in_part
            self._handle.write(view[:room])
            self._in_part += min(room, len(view))
            self.total += min(room, len(view))
            view = view[room:]
        return len(data)

    def close(self) -> None:
        if not self.closed:
            if self._handle is None:
                self._next()
            self._finish()
        super().close()

    def discard(self) -> None:
        if self._handle is not None:
            self._handle.close()
        for path in self.temps:
            path.unlink(missing_ok=True)

    def publish(self) -> list[Path]:
        """Rename the parts into place: whole names appear only for complete files."""
        count = len(self.temps)
        finals = []
        for number, temp in enumerate(self.temps, 1):
            if count == 1:
                name = f"{self.stem}{SUFFIX}"
            else:
                name = f"{self.stem}-part{number:02d}of{count:02d}{SUFFIX}"
            final = self.folder / name
            os.replace(temp, final)
            finals.append(final)
        _fsync_dir(self.folder)
        return finals


def _add_member(tar: tarfile.TarFile, name: str, size: int, source: IO[bytes]) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = size, 0, 0o644
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    tar.addfile(info, source)


class _HashingReader(io.RawIOBase):
    def __init__(self, handle: BinaryIO) -> None:
        super().__init__()
        self.handle, self.digest = handle, hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        count = self.handle.readinto(buffer)  # type: ignore[attr-defined]
        self.digest.update(memoryview(buffer)[:count])
        return int(count)


def recipients_for(store: Store, project: Project, keys: DeviceKeys) -> list[X25519PublicKey]:
    """The project's key, this laptop's own (so it can check what it sent) and, from the
    coordinator's laptop, every trusted laptop's key: they read the coordinator's bundle."""
    raw = {unb64(project.encryption_key, 32), keys.encryption_public}
    if store.device_id == project.coordinator.device_id:
        with store.reading() as session:
            for row in session.scalars(select(TrustedDevice)):
                raw.add(unb64(row.encryption_key, 32))
    return [X25519PublicKey.from_public_bytes(k) for k in sorted(raw)]


def export_bundle(
    store: Store, to_dir: Path, *, full: bool = False, part_size: int | None = None
) -> ExportResult | None:
    """Write this laptop's changes since its last export (or all, `full`) as a bundle in
    `to_dir`; None when there is nothing to send."""
    project = require_project(store)
    keys = device_keys(store.folder)
    with store.reading() as session:
        exported = int(session.get_one(StoreMeta, "exported_seq").value)
        to_seq = int(session.get_one(StoreMeta, "local_seq").value)
        from_seq = 0 if full else exported
        tables: dict[str, list[bytes]] = {}
        audio: dict[str, tuple[Path, int]] = {}
        missing_audio: list[str] = []
        for model in SYNCED_MODELS:
            rows = session.execute(
                select(model.__table__)
                .where(model.change_seq > from_seq - int(full), model.change_seq <= to_seq)
                .order_by(model.id)
            ).mappings()
            lines = [dumps_line(encode_row(model.__table__, row)) for row in rows]  # type: ignore[arg-type]
            if lines:
                tables[model.__tablename__] = lines
            if model is Recording:
                for line in lines:
                    record = json.loads(line)
                    path = store.folder / RECORDINGS_DIR / record["file_name"]
                    if record["sha256"] and path.is_file():
                        ext = path.suffix.lstrip(".").lower() or "bin"
                        audio[f"audio/{record['sha256']}.{ext}"] = (path, path.stat().st_size)
                    else:
                        missing_audio.append(record["file_name"])
        stones = session.scalars(
            select(Tombstone)
            .where(Tombstone.change_seq > from_seq - int(full), Tombstone.change_seq <= to_seq)
            .order_by(Tombstone.id)
        ).all()
        tomb_lines = [dumps_line(encode_tombstone(t)) for t in stones]
        device = session.get_one(Device, store.device_id)
        profile_meta = session.get(StoreMeta, "profile_id")
        person = session.get(Fieldworker, profile_meta.value) if profile_meta else None
    if not tables and not tomb_lines and not full:
        return None
    members: list[dict[str, Any]] = []
    blobs: dict[str, bytes] = {}
    for table, lines in tables.items():
        blob = b"".join(lines)
        name = f"records/{table}.jsonl"
        blobs[name] = blob
        members.append(
            {"path": name, "size": len(blob), "sha256": _sha(blob), "records": len(lines)}
        )
    if tomb_lines:
        blob = b"".join(tomb_lines)
        blobs[TOMBSTONES] = blob
        members.append(
            {
                "path": TOMBSTONES,
                "size": len(blob),
                "sha256": _sha(blob),
                "records": len(tomb_lines),
            }
        )
    for name, (_path, size) in audio.items():
        members.append({"path": name, "size": size, "sha256": AUDIO_MEMBER.match(name)["sha"]})  # type: ignore[index]
    members.sort(key=lambda m: m["path"])
    with store.transaction() as session:  # the number is taken before the file exists
        meta = session.get(StoreMeta, "bundle_seq")
        seq = (int(meta.value) if meta else 0) + 1
        session.merge(StoreMeta(key="bundle_seq", value=str(seq)))
    manifest = {
        "format": BUNDLE_FORMAT,
        "format_version": BUNDLE_VERSION,
        "schema_version": schema.HEAD_REVISION,
        "app_version": __version__,
        "project_id": project.project_id,
        "device": {
            "id": store.device_id,
            "label": device.label,
            "signing_key": b64(keys.signing_public),
            "encryption_key": b64(keys.encryption_public),
        },
        "fieldworker": None
        if person is None
        else {"id": person.id, "name": person.name, "initials": person.initials},
        "seq": seq,
        "changes": {"from": from_seq, "to": to_seq},
        "full": full,
        "created_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "members": members,
        "missing_audio": sorted(missing_audio),
    }
    manifest_bytes = json.dumps(manifest, sort_keys=True, indent=1, ensure_ascii=False).encode()
    signature = b64(keys.signing.sign(manifest_bytes)).encode("ascii")
    to_dir.mkdir(parents=True, exist_ok=True)
    parts = _PartWriter(to_dir, bundle_stem(store.device_id, seq), part_size)
    try:
        sealer = SealingWriter(
            parts,  # type: ignore[arg-type]
            project_id=project.project_id,
            recipients=recipients_for(store, project, keys),
        )
        with tarfile.open(fileobj=sealer, mode="w|", format=tarfile.PAX_FORMAT) as tar:
            _add_member(tar, MANIFEST, len(manifest_bytes), io.BytesIO(manifest_bytes))
            _add_member(tar, SIGNATURE, len(signature), io.BytesIO(signature))
            for member in members:
                name = member["path"]
                if name in blobs:
                    _add_member(tar, name, member["size"], io.BytesIO(blobs[name]))
                    continue
                path = audio[name][0]
                with open(path, "rb") as handle:
                    hashing = _HashingReader(handle)
                    _add_member(tar, name, member["size"], io.BufferedReader(hashing))
                if hashing.digest.hexdigest() != member["sha256"]:
                    raise BundleError("damaged_audio", path.name)
        sealer.close()
        parts.close()
        files = parts.publish()
    except BaseException:
        parts.discard()
        raise
    with store.transaction() as session:
        current = int(session.get_one(StoreMeta, "exported_seq").value)
        session.merge(StoreMeta(key="exported_seq", value=str(max(current, to_seq))))
    return ExportResult(
        files=files,
        seq=seq,
        from_seq=from_seq,
        to_seq=to_seq,
        records=sum(len(v) for v in tables.values()),
        tombstones=len(tomb_lines),
        audio_files=len(audio),
        bytes=parts.total,
    )


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- reading ---------------------------------------------------------------------------


class _Concatenated(io.RawIOBase):
    """The parts of a bundle read as one stream."""

    def __init__(self, paths: Sequence[Path]) -> None:
        super().__init__()
        self._stack = ExitStack()
        self._handles = [self._stack.enter_context(open(p, "rb")) for p in paths]  # noqa: SIM115
        self._index = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while self._index < len(self._handles):
            count = self._handles[self._index].readinto(buffer)
            if count:
                return int(count)
            self._index += 1
        return 0

    def close(self) -> None:
        self._stack.close()
        super().close()


def group_parts(paths: Sequence[Path]) -> list[list[Path]]:
    """The files given, as bundles: the parts of a split bundle together and in order."""
    singles: list[list[Path]] = []
    split: dict[str, dict[int, Path]] = {}
    totals: dict[str, int] = {}
    for path in paths:
        match = PART.match(path.name)
        if match is None:
            singles.append([path])
            continue
        stem = str(path.parent / match["stem"])
        split.setdefault(stem, {})[int(match["n"])] = path
        totals[stem] = int(match["of"])
    for stem, found in split.items():
        missing = [n for n in range(1, totals[stem] + 1) if n not in found]
        if missing:
            raise BundleError(
                "missing_part",
                f"{Path(stem).name}: part {missing[0]} of {totals[stem]}",
                file=str(next(iter(found.values()))),
            )
        singles.append([found[n] for n in range(1, totals[stem] + 1)])
    return singles


@dataclass
class VerifiedBundle:
    """A bundle read through: its manifest, records and (when merging) audio in temp files."""

    paths: list[Path]
    manifest: dict[str, Any]
    manifest_sha256: str
    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    tombstones: list[dict[str, str]] = field(default_factory=list)
    audio: dict[str, Path] = field(default_factory=dict)  # sha256 -> temporary file
    new_device: bool = False
    already_merged: bool = False  # recognised from its signed manifest; not read further

    @property
    def device_id(self) -> str:
        return str(self.manifest["device"]["id"])

    @property
    def seq(self) -> int:
        return int(self.manifest["seq"])

    def discard_audio(self) -> None:
        for path in self.audio.values():
            path.unlink(missing_ok=True)
        self.audio.clear()


@dataclass(frozen=True)
class Identities:
    """The private keys this store may open bundles with."""

    device: X25519PrivateKey
    project: X25519PrivateKey | None = None

    def all(self) -> list[X25519PrivateKey]:
        return [self.device] + ([self.project] if self.project is not None else [])


def read_bundle(
    store: Store,
    paths: Sequence[Path],
    identities: Identities,
    *,
    keep_audio: bool,
    trust_new_device: bool = False,
    stop_if_merged: bool = False,
) -> VerifiedBundle:
    """Read a bundle through, checking everything; BundleError at the first problem.

    With `keep_audio`, audio members are written to temporary files in the recordings
    folder (the caller renames or removes them); otherwise they are only hashed. With
    `stop_if_merged`, a bundle whose signed manifest this store has merged before is not
    read further (`already_merged`): a repeated merge costs only its first chunks."""
    project = require_project(store)
    name = paths[0].name
    capacity = sum(p.stat().st_size for p in paths)
    with _Concatenated(paths) as stream:
        try:
            header = read_header(stream)  # type: ignore[arg-type]
        except EnvelopeError as exc:
            raise BundleError(exc.problem, exc.detail, file=name) from exc
        if header.project_id != project.project_id:
            raise BundleError("other_project", header.project_id, file=name)
        try:
            file_key = unwrap_file_key(header, identities.all())
        except EnvelopeError as exc:
            problem = (
                "needs_passphrase"
                if exc.problem == "not_for_us" and identities.project is None
                else exc.problem
            )
            raise BundleError(problem, exc.detail, file=name) from exc
        reader = OpeningReader(stream, header, file_key)  # type: ignore[arg-type]
        # Plaintext can never be larger than the ciphertext: a bound for every size declared.
        plain_capacity = capacity - len(header.raw)
        bundle = VerifiedBundle(list(paths), {}, "")
        try:
            _read_members(
                store, reader, bundle, plain_capacity, keep_audio, trust_new_device,
                stop_if_merged,
            )  # fmt: skip
            if not bundle.already_merged:
                reader.drain()
        except EnvelopeError as exc:
            bundle.discard_audio()
            raise BundleError(exc.problem, exc.detail, file=name) from exc
        except tarfile.TarError as exc:
            bundle.discard_audio()
            raise BundleError("damaged", f"archive: {exc}", file=name) from exc
        except BundleError as exc:
            bundle.discard_audio()
            exc.file = exc.file or name
            raise
        except OSError:
            bundle.discard_audio()
            raise
    return bundle


def _read_members(
    store: Store,
    reader: OpeningReader,
    bundle: VerifiedBundle,
    capacity: int,
    keep_audio: bool,
    trust_new_device: bool,
    stop_if_merged: bool,
) -> None:
    buffered = io.BufferedReader(reader, buffer_size=CHUNK_SIZE)
    tar = tarfile.open(fileobj=buffered, mode="r|")  # noqa: SIM115 - a stream; read to its end
    expected: dict[str, dict[str, Any]] = {}
    seen: set[str] = set()
    manifest_bytes = b""
    for index, info in enumerate(tar):
        if not info.isreg():
            raise BundleError("unsafe_member", f"{info.name} is not a plain file")
        if index == 0:
            if info.name != MANIFEST:
                raise BundleError("damaged", "the manifest does not come first")
            if info.size > MAX_MANIFEST:
                raise BundleError("too_large", f"a manifest of {info.size} bytes")
            manifest_bytes = _read_all(tar, info)
            bundle.manifest = _check_manifest(manifest_bytes, capacity)
            bundle.manifest_sha256 = _sha(manifest_bytes)
            expected = {m["path"]: m for m in bundle.manifest["members"]}
            continue
        if index == 1:
            if info.name != SIGNATURE or info.size > 200:
                raise BundleError("bad_signature", "no signature")
            bundle.new_device = _check_signature(
                store, bundle.manifest, manifest_bytes, _read_all(tar, info), trust_new_device
            )
            if stop_if_merged and _merged_before(store, bundle):
                bundle.already_merged = True
                return
            continue
        member = expected.get(info.name)
        if member is None or info.name in seen:
            raise BundleError("unsafe_member", f"{info.name} is not in the manifest")
        if info.size != member["size"]:
            raise BundleError("size_mismatch", info.name)
        seen.add(info.name)
        source = tar.extractfile(info)
        assert source is not None
        digest = hashlib.sha256()
        audio = AUDIO_MEMBER.match(info.name)
        if audio is None:
            data = source.read()
            digest.update(data)
            if digest.hexdigest() != member["sha256"]:
                raise BundleError("hash_mismatch", info.name)
            _parse_member(bundle, info.name, data, member)
            continue
        temp = None
        handle = None
        if keep_audio:
            temp = store.folder / RECORDINGS_DIR / f"{INCOMING_PREFIX}{uuid.uuid4().hex}.partial"
            handle = open(temp, "wb")  # noqa: SIM115 - closed below
            bundle.audio[audio["sha"]] = temp
        try:
            for block in iter(lambda: source.read(1 << 20), b""):  # noqa: B023
                digest.update(block)
                if handle is not None:
                    handle.write(block)
        finally:
            if handle is not None:
                handle.close()
        if digest.hexdigest() != member["sha256"] or audio["sha"] != member["sha256"]:
            raise BundleError("hash_mismatch", info.name)
    if not bundle.manifest:
        raise BundleError("damaged", "no manifest")
    missing = set(expected) - seen
    if missing:
        raise BundleError("truncated", f"{sorted(missing)[0]} is missing")


def _merged_before(store: Store, bundle: VerifiedBundle) -> bool:
    with store.reading() as session:
        seen = session.get(BundleReceived, (bundle.device_id, bundle.seq))
    return seen is not None and seen.content_sha256 == bundle.manifest_sha256


def _read_all(tar: tarfile.TarFile, info: tarfile.TarInfo) -> bytes:
    source = tar.extractfile(info)
    assert source is not None
    data = source.read()
    if len(data) != info.size:
        raise BundleError("truncated", info.name)
    return data


def _check_manifest(data: bytes, capacity: int) -> dict[str, Any]:
    try:
        manifest = json.loads(data)
        if manifest.get("format") != BUNDLE_FORMAT:
            raise BundleError("damaged", "not a bundle manifest")
        version = manifest["format_version"]
        if not isinstance(version, int):
            raise TypeError("format_version")
        if version > BUNDLE_VERSION:
            raise BundleError("newer_format", str(version))
        found = str(manifest["schema_version"])
        if found > schema.HEAD_REVISION:
            raise BundleError("newer_schema", found)
        device = manifest["device"]
        uuid.UUID(device["id"])
        unb64(device["signing_key"], 32)
        unb64(device["encryption_key"], 32)
        seq = manifest["seq"]
        changes = manifest["changes"]
        if not all(isinstance(v, int) and v >= 0 for v in (seq, changes["from"], changes["to"])):
            raise TypeError("seq")
        members = manifest["members"]
        if not isinstance(members, list) or len(members) > MAX_MEMBERS:
            raise BundleError("too_large", f"{len(members)} members")
        total = 0
        for member in members:
            path, size, digest = member["path"], member["size"], member["sha256"]
            if not isinstance(path, str) or not _safe_member(path):
                raise BundleError("unsafe_member", str(path))
            if not isinstance(size, int) or size < 0:
                raise TypeError("size")
            if not isinstance(digest, str) or not re.fullmatch(r"[0-9a-f]{64}", digest):
                raise TypeError("sha256")
            total += size
        if total > capacity:
            # A little more than the file holds: cut short in a copy; far more: a bomb.
            if total <= 2 * capacity + (1 << 20):
                raise BundleError("truncated", f"{total} bytes declared in a file of {capacity}")
            raise BundleError("too_large", f"{total} bytes declared in a file of {capacity}")
        if len({m["path"] for m in members}) != len(members):
            raise BundleError("unsafe_member", "a member listed twice")
    except BundleError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, KeyError_) as exc:
        raise BundleError("damaged", f"manifest: {exc}") from exc
    return manifest  # type: ignore[no-any-return]


def _safe_member(path: str) -> bool:
    if path == TOMBSTONES or AUDIO_MEMBER.match(path):
        return True
    match = RECORDS_MEMBER.match(path)
    return match is not None


def _check_signature(
    store: Store, manifest: dict[str, Any], data: bytes, signature: bytes, trust_new: bool
) -> bool:
    """Check the signature and that the signer is trusted; True for a device trusted now."""
    device = manifest["device"]
    try:
        public = Ed25519PublicKey.from_public_bytes(unb64(device["signing_key"], 32))
        public.verify(unb64(signature.decode("ascii").strip(), 64), data)
    except (InvalidSignature, KeyError_, UnicodeDecodeError, ValueError) as exc:
        raise BundleError("bad_signature", "") from exc
    with store.reading() as session:
        known = session.get(TrustedDevice, device["id"])
    if known is not None:
        if known.signing_key != device["signing_key"]:
            raise BundleError("key_changed", device["label"])
        return False
    if not trust_new:
        who = (manifest.get("fieldworker") or {}).get("name", "")
        raise BundleError("unknown_device", f"{device['label']} {who}".strip())
    return True


def _parse_member(bundle: VerifiedBundle, name: str, data: bytes, member: dict[str, Any]) -> None:
    if len(data) > MAX_RECORDS_BYTES:
        raise BundleError("too_large", name)
    lines = data.splitlines()
    if "records" in member and member["records"] != len(lines):
        raise BundleError("damaged", f"{name}: {len(lines)} records, not {member['records']}")
    try:
        if name == TOMBSTONES:
            bundle.tombstones = [decode_tombstone(json.loads(line)) for line in lines]
            return
        match = RECORDS_MEMBER.match(name)
        assert match is not None
        table = match["table"]
        if table not in TABLES:
            raise RecordError(f"unknown table {table!r}")
        bundle.records[table] = parse_lines(table, lines)
    except (RecordError, ValueError) as exc:
        raise BundleError("malformed", f"{name}: {exc}") from exc
