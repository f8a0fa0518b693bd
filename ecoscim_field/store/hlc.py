"""Hybrid logical clock stamps that order edits across laptops whose clocks disagree.

A stamp is (wall-clock milliseconds, counter, device id). It never goes backwards on one
device, even when the laptop's clock does, and it moves past any stamp the device has
seen from others, so "later stamp wins" is a total order that respects causality
(Kulkarni et al., "Logical Physical Clocks", 2014). Encoded as fixed-width hexadecimal
text so that string order is stamp order, in SQL as in Python.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

_WALL_DIGITS = 12  # milliseconds in hex: good until the year 10889
_COUNTER_DIGITS = 4
_MAX_COUNTER = 16**_COUNTER_DIGITS - 1


@dataclass(frozen=True, order=True)
class Stamp:
    """One point of the hybrid logical clock."""

    wall_ms: int
    counter: int
    device: str

    def encode(self) -> str:
        return f"{self.wall_ms:0{_WALL_DIGITS}x}-{self.counter:0{_COUNTER_DIGITS}x}-{self.device}"

    @classmethod
    def decode(cls, text: str) -> Stamp:
        wall, counter, device = text.split("-", 2)
        if len(wall) != _WALL_DIGITS or len(counter) != _COUNTER_DIGITS or not device:
            raise ValueError(f"not a clock stamp: {text!r}")
        return cls(int(wall, 16), int(counter, 16), device)


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def next_stamp(last: Stamp | None, device: str, wall_ms: int) -> Stamp:
    """The stamp for a local edit made at `wall_ms`, after `last` (this device's latest)."""
    if last is None or wall_ms > last.wall_ms:
        return Stamp(wall_ms, 0, device)
    return _bump(last.wall_ms, last.counter, device)


def receive_stamp(last: Stamp | None, remote: Stamp, device: str, wall_ms: int) -> Stamp:
    """This device's clock after seeing `remote` (from another laptop) at `wall_ms`."""
    candidates = [wall_ms, remote.wall_ms] + ([last.wall_ms] if last else [])
    top = max(candidates)
    counters = [-1]
    if last is not None and last.wall_ms == top:
        counters.append(last.counter)
    if remote.wall_ms == top:
        counters.append(remote.counter)
    if top == wall_ms and max(counters) < 0:
        return Stamp(top, 0, device)
    return _bump(top, max(counters), device)


def _bump(wall_ms: int, counter: int, device: str) -> Stamp:
    if counter >= _MAX_COUNTER:
        # 65,535 edits in one millisecond: borrow the next millisecond rather than wrap.
        return Stamp(wall_ms + 1, 0, device)
    return Stamp(wall_ms, counter + 1, device)
