"""Records as they travel: one JSON object per line, per table, in a documented form.

A record is an object whose keys are the table's column names (sorted) and whose values
are JSON strings, integers, floats, booleans or null; points in time are UTC text in
ISO 8601 with microseconds and a "Z" (`2026-12-03T17:05:00.000000Z`); binary columns
(a signature image) are base64 text. `change_seq` never travels: it is the sending
laptop's own bookkeeping. Lines are sorted by id, keys sorted, no spaces, UTF-8: the
same records always give the same bytes.

Reading checks every value against the column it is for, so a malformed bundle is
refused before anything is written. A bundle of an older schema is upgraded on read:
a column it does not know takes the column's default (`COLUMN_DEFAULTS` names those
that have none in the model).
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Column, Float, Integer, LargeBinary, Table

from ecoscim_field.store.models import SYNCED_MODELS, Synced, Tombstone, UTCDateTime

LOCAL_COLUMNS = frozenset({"change_seq"})
TABLES: dict[str, Table] = {m.__tablename__: m.__table__ for m in SYNCED_MODELS}  # type: ignore[misc]
# Merge order: a table after the tables it refers to.
TABLE_ORDER = [m.__tablename__ for m in SYNCED_MODELS]
SAFE_FILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$")
ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
HLC = re.compile(r"^[0-9a-f]{12}-[0-9a-f]{4}-[0-9a-f-]{36}$")


class RecordError(ValueError):
    """A record that does not fit its table."""


def travelling_columns(table: Table) -> list[Column[Any]]:
    return [c for c in table.columns if c.name not in LOCAL_COLUMNS]


def _encode_value(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column.type, UTCDateTime):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(column.type, LargeBinary):
        return base64.b64encode(value).decode("ascii")
    return value


def encode_row(table: Table, row: Any) -> dict[str, Any]:
    """A row (a mapping of column name to value, as read) in its travelling form."""
    return {c.name: _encode_value(c, row[c.name]) for c in travelling_columns(table)}


def dumps_line(record: dict[str, Any]) -> bytes:
    return (
        json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
            "utf-8"
        )
        + b"\n"
    )


def _default(column: Column[Any]) -> Any:
    if column.default is not None and getattr(column.default, "is_scalar", False):
        return column.default.arg  # type: ignore[attr-defined]
    if column.nullable:
        return None
    if column.server_default is not None:
        return str(column.server_default.arg)  # type: ignore[attr-defined]
    raise RecordError(f"column {column.name} has no value and no default")


Decoder = Callable[[Any], Any]


def _decoder(table: Table, column: Column[Any]) -> Decoder:
    """A function that checks and converts one travelling value for `column`."""
    where = f"{table.name}.{column.name}"
    kind = column.type
    may_be_empty = column.nullable and not column.primary_key

    def empty() -> None:
        if not may_be_empty:
            raise RecordError(f"{where} may not be empty")

    if isinstance(kind, UTCDateTime):

        def moment(value: Any) -> Any:
            if value is None:
                return empty()
            if not isinstance(value, str) or not value.endswith("Z") or len(value) != 27:
                raise RecordError(f"{where}: not a UTC time: {value!r}")
            try:
                return datetime.fromisoformat(value)
            except ValueError as exc:
                raise RecordError(f"{where}: not a UTC time: {value!r}") from exc

        return moment
    if isinstance(kind, LargeBinary):

        def binary(value: Any) -> Any:
            if value is None:
                return empty()
            if not isinstance(value, str):
                raise RecordError(f"{where}: not base64 text")
            try:
                return base64.b64decode(value, validate=True)
            except ValueError as exc:
                raise RecordError(f"{where}: not base64 text") from exc

        return binary
    if isinstance(kind, Boolean):

        def flag(value: Any) -> Any:
            if value is None:
                return empty()
            if value is not True and value is not False:
                raise RecordError(f"{where}: not true or false: {value!r}")
            return value

        return flag
    if isinstance(kind, Integer):

        def whole(value: Any) -> Any:
            if value is None:
                return empty()
            if type(value) is not int or abs(value) > 2**62:
                raise RecordError(f"{where}: not a whole number: {value!r}")
            return value

        return whole
    if isinstance(kind, Float):

        def number(value: Any) -> Any:
            if value is None:
                return empty()
            if type(value) not in (int, float):
                raise RecordError(f"{where}: not a number: {value!r}")
            return float(value)

        return number
    length = getattr(kind, "length", None)

    def text(value: Any) -> Any:
        if value is None:
            return empty()
        if type(value) is not str:
            raise RecordError(f"{where}: not text: {value!r}")
        if length is not None and len(value) > length:
            raise RecordError(f"{where}: longer than {length} characters")
        return value

    return text


@cache
def _decoders(table_name: str) -> dict[str, Decoder]:
    table = TABLES[table_name]
    return {c.name: _decoder(table, c) for c in travelling_columns(table)}


def decode_field(table_name: str, name: str, value: Any) -> Any:
    """One column's value from its travelling form; RecordError if it does not fit."""
    decoders = _decoders(table_name)
    if name not in decoders or name in ("id", "hlc", "base_hlcs", "origin_device"):
        raise RecordError(f"{table_name}: {name} cannot be set")
    return decoders[name](value)


def decode_record(table_name: str, record: Any) -> dict[str, Any]:
    """Column values for `table_name` from a travelling record; RecordError if it does not fit."""
    if table_name not in TABLES:
        raise RecordError(f"unknown table {table_name!r}")
    if not isinstance(record, dict):
        raise RecordError(f"{table_name}: a record is not an object")
    decoders = _decoders(table_name)
    if len(record) != len(decoders) or record.keys() != decoders.keys():
        unknown = set(record) - set(decoders)
        if unknown:
            raise RecordError(f"{table_name}: unknown columns {sorted(unknown)}")
    values: dict[str, Any] = {}
    for name, decode in decoders.items():
        if name in record:
            values[name] = decode(record[name])
        elif name in ("id", "hlc", "origin_device"):
            raise RecordError(f"{table_name}: a record without {name}")
        else:  # a column newer than the bundle's schema
            values[name] = _default(TABLES[table_name].columns[name])
    if not isinstance(values["id"], str) or not ID.match(values["id"]):
        raise RecordError(f"{table_name}: not a record id: {values['id']!r}")
    if not HLC.match(values["hlc"]):
        raise RecordError(f"{table_name}: not a clock stamp: {values['hlc']!r}")
    if values["base_hlcs"]:
        for stamp in values["base_hlcs"].split():
            if not HLC.match(stamp):
                raise RecordError(f"{table_name}: not a clock stamp: {stamp!r}")
    if table_name == "recordings" and not SAFE_FILE_NAME.match(values["file_name"]):
        raise RecordError(f"recordings: an unsafe file name {values['file_name']!r}")
    return values


def parse_lines(table_name: str, lines: Iterable[bytes]) -> list[dict[str, Any]]:
    out = []
    for number, line in enumerate(lines, 1):
        try:
            record = json.loads(line)
        except ValueError as exc:
            raise RecordError(f"{table_name}, line {number}: not JSON") from exc
        try:
            out.append(decode_record(table_name, record))
        except RecordError as exc:
            raise RecordError(f"line {number}: {exc}") from exc
    return out


TOMBSTONE_FIELDS = ("id", "table_name", "origin_device", "hlc")


def encode_tombstone(row: Tombstone) -> dict[str, Any]:
    return {name: getattr(row, name) for name in TOMBSTONE_FIELDS}


def decode_tombstone(record: Any) -> dict[str, str]:
    if not isinstance(record, dict) or set(record) != set(TOMBSTONE_FIELDS):
        raise RecordError("a tombstone needs exactly " + ", ".join(TOMBSTONE_FIELDS))
    if not all(isinstance(record[k], str) for k in TOMBSTONE_FIELDS):
        raise RecordError("a tombstone's fields are text")
    if record["table_name"] not in TABLES:
        raise RecordError(f"a tombstone of an unknown table {record['table_name']!r}")
    if not ID.match(record["id"]) or not HLC.match(record["hlc"]):
        raise RecordError("a tombstone without a valid id and stamp")
    return dict(record)


def synced_model(table_name: str) -> type[Synced]:
    return next(m for m in SYNCED_MODELS if m.__tablename__ == table_name)
