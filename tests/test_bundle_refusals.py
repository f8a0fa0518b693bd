"""Bad bundles are refused whole, with the reason, and the store stays exactly as it was."""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select

from ecoscim_field.domain.demo import fill_demo
from ecoscim_field.store.models import CaseStudy
from ecoscim_field.sync.bundle import BundleError, read_bundle
from ecoscim_field.sync.envelope import OpeningReader, read_header, unwrap_file_key
from ecoscim_field.sync.keys import device_keys
from ecoscim_field.sync.merge import merge_bundle
from tests.sync_kit import (
    Laptop,
    coordinator,
    craft_bundle,
    exact_dump,
    laptop,
    member,
    project_recipient,
)


@pytest.fixture(scope="module")
def setting(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    root = tmp_path_factory.mktemp("refusals")
    coord = coordinator(root / "coordinator")
    a = laptop(root / "laptop-a", coord.project)
    fill_demo(a.store)
    (good,) = a.export(root / "shared")
    yield {"coord": coord, "a": a, "good": good, "root": root}
    coord.store.close()
    a.store.close()


def open_plain(lap: Laptop, path: Path) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The manifest and members of a bundle, decrypted (to build variants of it)."""
    with open(path, "rb") as handle:
        header = read_header(handle)
        key = unwrap_file_key(header, lap.identities().all())
        reader = io.BufferedReader(OpeningReader(handle, header, key))
        with tarfile.open(fileobj=reader, mode="r|") as tar:
            members = []
            for info in tar:
                source = tar.extractfile(info)
                members.append((info.name, source.read() if source else b""))
    return members[0][1], members[2:]


def variant(
    setting: dict[str, Any],
    name: str,
    change: Callable[[dict[str, Any], list[tuple[str, bytes]]], Any],
    *,
    signer: Ed25519PrivateKey | None = None,
    raw_members: list[tuple[tarfile.TarInfo, bytes]] | None = None,
) -> Path:
    """The good bundle with `change` applied to its manifest and members, signed again."""
    manifest_bytes, members = open_plain(setting["coord"], setting["good"])
    manifest = json.loads(manifest_bytes)
    members = [(n, b) for n, b in members]
    change(manifest, members)
    for entry in manifest["members"]:  # the list follows the members, unless a test lies
        for member_name, blob in members:
            if member_name == entry["path"] and not entry.get("keep"):
                entry["size"], entry["sha256"] = len(blob), hashlib.sha256(blob).hexdigest()
                if "records" in entry:
                    entry["records"] = len(blob.splitlines())
        entry.pop("keep", None)
    tar_members = raw_members or [member(n, b) for n, b in members]
    a: Laptop = setting["a"]
    return craft_bundle(
        setting["root"] / f"{name}.ecobundle",
        project_id=a.project.project_id,
        recipients=[project_recipient(a.project)],
        manifest=manifest,
        members=tar_members,
        signer=signer or device_keys(a.folder).signing,
    )


def refused(setting: dict[str, Any], path: Path, *, trust: bool = True) -> BundleError:
    coord: Laptop = setting["coord"]
    before = exact_dump(coord.store)
    with pytest.raises(BundleError) as caught:
        bundle = read_bundle(coord.store, [path], coord.identities(), keep_audio=True,
                             trust_new_device=trust)  # fmt: skip
        merge_bundle(coord.store, bundle)
    assert exact_dump(coord.store) == before, "a refused bundle changed the store"
    assert not list((coord.folder / "recordings").glob(".incoming-*"))
    return caught.value


def test_the_good_bundle_itself_merges(setting: dict[str, Any], tmp_path: Path) -> None:
    spare = coordinator(tmp_path / "spare")
    lap = laptop(tmp_path / "lap", spare.project)
    fill_demo(lap.store)
    assert spare.merge(lap.export(tmp_path / "out")).added > 100


@pytest.mark.parametrize("keep", [0, 10, 200, 70_000, -17, -1])
def test_a_truncated_bundle(setting: dict[str, Any], keep: int) -> None:
    data = setting["good"].read_bytes()
    cut = setting["root"] / f"cut{keep}.ecobundle"
    cut.write_bytes(data[:keep] if keep >= 0 else data[: len(data) + keep])
    error = refused(setting, cut)
    assert error.problem in ("truncated", "not_a_bundle", "damaged", "too_large")


@pytest.mark.parametrize("where", [3, 40, 120, 5000, 100_000, -300, -1])
def test_a_flipped_byte_anywhere(setting: dict[str, Any], where: int) -> None:
    data = bytearray(setting["good"].read_bytes())
    data[where] ^= 0x20
    flipped = setting["root"] / f"flip{where}.ecobundle"
    flipped.write_bytes(bytes(data))
    # A flip in the clear header's project id reads as another project's bundle.
    problems = ("damaged", "truncated", "not_a_bundle", "other_project")
    assert refused(setting, flipped).problem in problems


def test_a_manifest_changed_after_signing(setting: dict[str, Any]) -> None:
    other = Ed25519PrivateKey.generate()

    def change(manifest: dict[str, Any], members: list[tuple[str, bytes]]) -> None:
        manifest["seq"] = 99

    path = variant(setting, "resigned", change, signer=other)
    assert refused(setting, path).problem == "bad_signature"


def test_a_device_the_project_does_not_know(setting: dict[str, Any], tmp_path: Path) -> None:
    stranger = laptop(tmp_path / "stranger", setting["coord"].project)
    with stranger.store.transaction() as session:
        session.add(CaseStudy(name="Caso de un equipo nuevo"))
    files = stranger.export(tmp_path / "out")
    error = refused(setting, files[0], trust=False)
    assert error.problem == "unknown_device"
    # Approved by the coordinator, it merges.
    result = setting["coord"].merge(files, trust=True)
    assert result.added >= 1


def test_a_known_device_id_with_another_key(setting: dict[str, Any]) -> None:
    setting["coord"].merge([setting["good"]])  # the coordinator now knows laptop A
    impostor = Ed25519PrivateKey.generate()

    def change(manifest: dict[str, Any], members: list[tuple[str, bytes]]) -> None:
        manifest["device"]["signing_key"] = __import__("base64").b64encode(
            impostor.public_key().public_bytes_raw()).decode()  # fmt: skip
        manifest["seq"] = 77

    path = variant(setting, "impostor", change, signer=impostor)
    assert refused(setting, path).problem == "key_changed"


def test_a_bundle_of_another_project(setting: dict[str, Any], tmp_path: Path) -> None:
    other = coordinator(tmp_path / "other", name="Otro")
    lap = laptop(tmp_path / "lap", other.project)
    with lap.store.transaction() as session:
        session.add(CaseStudy(name="Otro caso"))
    (path,) = lap.export(tmp_path / "out")
    assert refused(setting, path).problem == "other_project"


def test_a_bundle_sealed_with_a_wrong_key(setting: dict[str, Any]) -> None:
    a: Laptop = setting["a"]
    manifest_bytes, members = open_plain(setting["coord"], setting["good"])
    wrong = X25519PrivateKey.generate().public_key()
    path = craft_bundle(
        setting["root"] / "wrongkey.ecobundle", project_id=a.project.project_id,
        recipients=[wrong], manifest=manifest_bytes,
        members=[member(n, b) for n, b in members], signer=device_keys(a.folder).signing,
    )  # fmt: skip
    assert refused(setting, path).problem in ("not_for_us", "needs_passphrase")


def test_a_replayed_bundle_changes_nothing(setting: dict[str, Any]) -> None:
    coord: Laptop = setting["coord"]
    coord.merge([setting["good"]])
    before = exact_dump(coord.store)
    result = coord.merge([setting["good"]])
    assert result.already_merged and result.added == result.updated == 0
    assert exact_dump(coord.store) == before


def test_the_same_number_with_other_content_is_refused(setting: dict[str, Any]) -> None:
    setting["coord"].merge([setting["good"]])

    def change(manifest: dict[str, Any], members: list[tuple[str, bytes]]) -> None:
        manifest["created_at"] = "2020-01-01T00:00:00Z"

    assert refused(setting, variant(setting, "sameseq", change)).problem == "seq_reused"


@pytest.mark.parametrize(
    "name",
    [
        "../evil.jsonl",
        "/etc/passwd",
        "records/../../x.jsonl",
        "audio/../../../home.flac",
        "records/sub/notes.jsonl",
    ],
)
def test_a_member_path_that_escapes(setting: dict[str, Any], name: str) -> None:
    def change(manifest: dict[str, Any], members: list[tuple[str, bytes]]) -> None:
        members.append((name, b"{}\n"))
        manifest["members"].append({"path": name, "size": 3, "sha256": "0" * 64})

    path = variant(setting, f"escape{abs(hash(name))}", change)
    assert refused(setting, path).problem == "unsafe_member"


@pytest.mark.parametrize("kind", [tarfile.SYMTYPE, tarfile.LNKTYPE])
def test_a_link_member(setting: dict[str, Any], kind: bytes) -> None:
    manifest_bytes, members = open_plain(setting["coord"], setting["good"])
    link = tarfile.TarInfo(members[0][0])
    link.type, link.linkname = kind, "/etc/passwd"
    a: Laptop = setting["a"]
    path = craft_bundle(
        setting["root"] / f"link{kind!r}.ecobundle", project_id=a.project.project_id,
        recipients=[project_recipient(a.project)], manifest=manifest_bytes,
        members=[(link, b"")] + [member(n, b) for n, b in members[1:]],
        signer=device_keys(a.folder).signing,
    )  # fmt: skip
    assert refused(setting, path).problem == "unsafe_member"


def test_a_member_whose_size_or_hash_differs(setting: dict[str, Any]) -> None:
    def bigger(manifest: dict[str, Any], members: list[tuple[str, bytes]]) -> None:
        name, blob = members[0]
        members[0] = (name, blob + b"x")
        manifest["members"][0]["keep"] = True

    assert refused(setting, variant(setting, "size", bigger)).problem == "size_mismatch"

    def other_bytes(manifest: dict[str, Any], members: list[tuple[str, bytes]]) -> None:
        name, blob = members[0]
        members[0] = (name, bytes([blob[0] ^ 1]) + blob[1:])
        manifest["members"][0]["keep"] = True

    assert refused(setting, variant(setting, "hash", other_bytes)).problem == "hash_mismatch"


def test_sizes_and_counts_far_beyond_reason(setting: dict[str, Any]) -> None:
    def bomb(manifest: dict[str, Any], members: list[tuple[str, bytes]]) -> None:
        manifest["members"][0]["size"] = 50 * 1024**4
        manifest["members"][0]["keep"] = True

    assert refused(setting, variant(setting, "bomb", bomb)).problem == "too_large"

    def many(manifest: dict[str, Any], members: list[tuple[str, bytes]]) -> None:
        manifest["members"] += [{"path": f"audio/{i:064x}.flac", "size": 0, "sha256": "0" * 64}
                                for i in range(1_000_001)]  # fmt: skip

    assert refused(setting, variant(setting, "many", many)).problem == "too_large"


def _records_change(table: str, edit: Callable[[dict[str, Any]], Any]) -> Callable[..., None]:
    def change(manifest: dict[str, Any], members: list[tuple[str, bytes]]) -> None:
        for index, (name, blob) in enumerate(members):
            if name == f"records/{table}.jsonl":
                lines = blob.splitlines()
                record = json.loads(lines[0])
                edit(record)
                lines[0] = json.dumps(record).encode()
                members[index] = (name, b"\n".join(lines) + b"\n")

    return change


@pytest.mark.parametrize(
    ("label", "change"),
    [
        ("wrong type", _records_change("participants", lambda r: r.update(code=42))),
        ("missing key", _records_change("notes", lambda r: r.pop("id"))),
        ("bad date", _records_change("notes", lambda r: r.update(written_at="yesterday"))),
        ("unknown column", _records_change("notes", lambda r: r.update(secret="x"))),
        ("bad id", _records_change("notes", lambda r: r.update(id="../../x"))),
        ("unsafe file", _records_change("recordings", lambda r: r.update(file_name="../x.flac"))),
        ("not a bool", _records_change("case_studies", lambda r: r.update(archived="yes"))),
    ],
)
def test_malformed_records(
    setting: dict[str, Any], label: str, change: Callable[..., None]
) -> None:
    path = variant(setting, f"malformed-{label.replace(' ', '-')}", change)
    assert refused(setting, path).problem == "malformed"


def test_an_unknown_table(setting: dict[str, Any]) -> None:
    def change(manifest: dict[str, Any], members: list[tuple[str, bytes]]) -> None:
        blob = json.dumps({"id": str(uuid.uuid4())}).encode() + b"\n"
        members.append(("records/passwords.jsonl", blob))
        digest = hashlib.sha256(blob).hexdigest()
        manifest["members"].append({"path": "records/passwords.jsonl", "size": len(blob),
                                    "sha256": digest, "records": 1})  # fmt: skip

    assert refused(setting, variant(setting, "unknowntable", change)).problem == "malformed"


@pytest.mark.parametrize(("field", "value", "problem"), [
    ("format_version", 2, "newer_format"),
    ("schema_version", "9999", "newer_schema"),
])  # fmt: skip
def test_a_newer_format_asks_for_an_update(
    setting: dict[str, Any], field: str, value: Any, problem: str
) -> None:
    path = variant(setting, f"newer-{field}", lambda m, _members: m.update({field: value}))
    assert refused(setting, path).problem == problem


def test_an_older_schema_is_upgraded_on_read(setting: dict[str, Any], tmp_path: Path) -> None:
    """A bundle of schema 0007 (before base_hlcs existed) merges; the column takes its default."""

    def older(manifest: dict[str, Any], members: list[tuple[str, bytes]]) -> None:
        manifest["schema_version"] = "0007"
        manifest["seq"] = 500
        for index, (name, blob) in enumerate(members):
            if name.startswith("records/"):
                lines = []
                for line in blob.splitlines():
                    record = json.loads(line)
                    record.pop("base_hlcs")
                    lines.append(json.dumps(record).encode())
                members[index] = (name, b"\n".join(lines) + b"\n")

    path = variant(setting, "older", older)
    fresh = coordinator(tmp_path / "fresh")
    # The fresh coordinator is of another project: adopt laptop A's project for the test.
    fresh = Laptop(setting["coord"].store, setting["coord"].project)
    result = fresh.merge([path])
    assert result.already_merged or result.added + result.unchanged > 100
    with fresh.store.reading() as session:
        assert session.scalars(select(CaseStudy)).first() is not None
