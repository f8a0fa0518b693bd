"""The encrypted envelope of a bundle: a file key wrapped for each recipient with HPKE,
and the content sealed in numbered chunks with ChaCha20-Poly1305.

Layout (documented for other readers in docs/bundle-format.md):

    MAGIC                         b"ECOSCIM-BUNDLE\\n"
    header length                 4 bytes, big-endian
    header                        UTF-8 JSON (format, project, recipients, payload nonce)
    chunks                        CHUNK_SIZE bytes of plaintext each, sealed (+16 bytes)

The file key (32 random bytes) is wrapped for each recipient's X25519 public key with
HPKE (RFC 9180, base mode: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305).
The payload key is HKDF-SHA256(file key, salt = payload nonce, info = PAYLOAD_INFO).
Chunk `i` is sealed with the nonce `i` (11 bytes, big-endian) followed by 0x01 for the
last chunk and 0x00 for the others, and the SHA-256 of magic + length + header as
associated data: a reordered, dropped, appended or truncated chunk, or a changed header,
fails to open. This is the STREAM construction (Hoang, Reyhanitabar, Rogaway and Vizár,
2015) as the age format uses it. The cryptography library does every primitive.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import struct
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ecoscim_field.sync.keys import b64, key_id, public_raw, unb64

MAGIC = b"ECOSCIM-BUNDLE\n"
ENVELOPE_FORMAT = 1
CHUNK_SIZE = 64 * 1024
TAG = 16
MAX_HEADER = 256 * 1024
MAX_RECIPIENTS = 500
WRAP_INFO = b"ecoscim-bundle/1 file key"
PAYLOAD_INFO = b"ecoscim-bundle/1 payload"
SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)


class EnvelopeError(ValueError):
    """An envelope that cannot be opened; `problem` names why."""

    def __init__(self, problem: str, detail: str = "") -> None:
        super().__init__(f"{problem}: {detail}" if detail else problem)
        self.problem = problem  # not_a_bundle | newer_format | truncated | damaged | not_for_us
        self.detail = detail


@dataclass(frozen=True)
class Header:
    """The envelope's clear header: enough to route a bundle, nothing about its content."""

    raw: bytes  # magic + length + JSON, as read: the associated data of every chunk
    format: int
    project_id: str
    recipients: dict[str, str]  # key id -> wrapped file key (base64)
    payload_nonce: bytes

    @property
    def aad(self) -> bytes:
        return hashlib.sha256(self.raw).digest()


def _payload_key(file_key: bytes, nonce: bytes) -> ChaCha20Poly1305:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=nonce, info=PAYLOAD_INFO)
    return ChaCha20Poly1305(hkdf.derive(file_key))


def _nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


class SealingWriter(io.RawIOBase):
    """A binary file-like object: what is written to it goes out sealed to `out`."""

    def __init__(
        self, out: BinaryIO, *, project_id: str, recipients: Iterable[X25519PublicKey]
    ) -> None:
        super().__init__()
        self._out = out
        file_key = os.urandom(32)
        payload_nonce = os.urandom(16)
        wrapped = {}
        for public in recipients:
            wrapped[key_id(public_raw(public))] = b64(SUITE.encrypt(file_key, public, WRAP_INFO))
        body = json.dumps(
            {
                "format": ENVELOPE_FORMAT,
                "project_id": project_id,
                "payload_nonce": b64(payload_nonce),
                "recipients": [{"key_id": k, "wrapped_key": v} for k, v in sorted(wrapped.items())],
            },
            sort_keys=True,
            separators=(",", ":"),
        ).encode("utf-8")
        raw = MAGIC + struct.pack(">I", len(body)) + body
        out.write(raw)
        self._aad = hashlib.sha256(raw).digest()
        self._aead = _payload_key(file_key, payload_nonce)
        self._buffer = bytearray()
        self._counter = 0
        self.plain_bytes = 0

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        self._buffer += data
        self.plain_bytes += len(data)
        # Keep at least one byte back: the last chunk is only known at close.
        while len(self._buffer) > CHUNK_SIZE:
            self._seal(bytes(self._buffer[:CHUNK_SIZE]), last=False)
            del self._buffer[:CHUNK_SIZE]
        return len(data)

    def _seal(self, chunk: bytes, *, last: bool) -> None:
        self._out.write(self._aead.encrypt(_nonce(self._counter, last), chunk, self._aad))
        self._counter += 1

    def close(self) -> None:
        if not self.closed:
            self._seal(bytes(self._buffer), last=True)
            self._buffer.clear()
        super().close()


def read_header(source: BinaryIO) -> Header:
    """Read and check the clear header; leaves `source` at the first chunk."""
    magic = source.read(len(MAGIC))
    if magic != MAGIC:
        raise EnvelopeError("not_a_bundle")
    length_bytes = source.read(4)
    if len(length_bytes) != 4:
        raise EnvelopeError("truncated", "header")
    (length,) = struct.unpack(">I", length_bytes)
    if length > MAX_HEADER:
        raise EnvelopeError("damaged", f"a header of {length} bytes")
    body = _read_exact(source, length)
    if len(body) != length:
        raise EnvelopeError("truncated", "header")
    try:
        data = json.loads(body)
        version = data["format"]
        if not isinstance(version, int):
            raise TypeError("format")
        if version > ENVELOPE_FORMAT:
            raise EnvelopeError("newer_format", str(version))
        recipients = data["recipients"]
        if not isinstance(recipients, list) or len(recipients) > MAX_RECIPIENTS:
            raise TypeError("recipients")
        wrapped = {str(r["key_id"]): str(r["wrapped_key"]) for r in recipients}
        nonce = unb64(str(data["payload_nonce"]), 16)
        project_id = str(data["project_id"])
    except EnvelopeError:
        raise
    except (ValueError, KeyError, TypeError) as exc:
        raise EnvelopeError("damaged", f"header: {exc}") from exc
    return Header(magic + length_bytes + body, version, project_id, wrapped, nonce)


def unwrap_file_key(header: Header, identities: Sequence[X25519PrivateKey]) -> bytes:
    """The file key, unwrapped with whichever of `identities` the bundle was sealed to."""
    for identity in identities:
        wrapped = header.recipients.get(key_id(public_raw(identity.public_key())))
        if wrapped is None:
            continue
        try:
            return SUITE.decrypt(unb64(wrapped, 80), identity, WRAP_INFO)
        except (InvalidTag, ValueError) as exc:
            raise EnvelopeError("damaged", "the wrapped key does not open") from exc
    raise EnvelopeError("not_for_us")


def _read_exact(source: BinaryIO, size: int) -> bytes:
    """`size` bytes, fewer only at the end: a bundle in parts reads short at each seam."""
    data = source.read(size)
    while data and len(data) < size:
        more = source.read(size - len(data))
        if not more:
            break
        data += more
    return data


class OpeningReader(io.RawIOBase):
    """A binary file-like object that reads the plaintext of an envelope, chunk by chunk,
    and fails (EnvelopeError) at the first chunk that does not open."""

    def __init__(self, source: BinaryIO, header: Header, file_key: bytes) -> None:
        super().__init__()
        self._source = source
        self._aad = header.aad
        self._aead = _payload_key(file_key, header.payload_nonce)
        self._counter = 0
        self._plain = b""
        self._offset = 0
        self._ended = False
        self._next = _read_exact(source, CHUNK_SIZE + TAG)
        self.plain_bytes = 0

    def readable(self) -> bool:
        return True

    def _fill(self) -> bool:
        if self._ended:
            return False
        sealed = self._next
        if len(sealed) < TAG:
            raise EnvelopeError("truncated", f"chunk {self._counter}")
        self._next = _read_exact(self._source, CHUNK_SIZE + TAG)
        last = not self._next
        try:
            plain = self._aead.decrypt(_nonce(self._counter, last), sealed, self._aad)
        except InvalidTag as exc:
            if last:  # most likely cut short: a final chunk of a longer file
                raise EnvelopeError("truncated", f"chunk {self._counter}") from exc
            raise EnvelopeError("damaged", f"chunk {self._counter}") from exc
        self._counter += 1
        self._ended = last
        self._plain, self._offset = plain, 0
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        while self._offset >= len(self._plain):
            if not self._fill():
                return 0
        count = min(len(view), len(self._plain) - self._offset)
        view[:count] = self._plain[self._offset : self._offset + count]
        self._offset += count
        self.plain_bytes += count
        return count

    def drain(self) -> None:
        """Read to the end, so that a truncated or damaged tail is noticed."""
        while self.readinto(bytearray(CHUNK_SIZE)):
            pass
