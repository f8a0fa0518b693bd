"""The hybrid logical clock orders edits even when laptop clocks disagree."""

from ecoscim_field.store.hlc import Stamp, next_stamp, receive_stamp


def test_stamps_increase_with_time_and_within_a_millisecond() -> None:
    a = next_stamp(None, "dev-a", 1000)
    b = next_stamp(a, "dev-a", 1000)
    c = next_stamp(b, "dev-a", 1005)
    assert a < b < c
    assert a.encode() < b.encode() < c.encode()
    assert (c.wall_ms, c.counter) == (1005, 0)


def test_a_clock_that_goes_backwards_never_reorders_edits() -> None:
    late = next_stamp(None, "dev-a", 5000)
    after_clock_reset = next_stamp(late, "dev-a", 1000)
    assert after_clock_reset > late
    assert after_clock_reset.encode() > late.encode()


def test_receiving_a_stamp_from_a_laptop_ahead_moves_past_it() -> None:
    mine = next_stamp(None, "dev-a", 1000)
    theirs = Stamp(9000, 3, "dev-b")
    merged = receive_stamp(mine, theirs, "dev-a", 1200)
    assert merged > theirs and merged.device == "dev-a"
    assert next_stamp(merged, "dev-a", 1300) > theirs


def test_encoding_round_trips_and_sorts_as_text() -> None:
    stamps = [Stamp(1, 0, "z"), Stamp(1, 1, "a"), Stamp(16**6, 0, "a"), Stamp(2, 65535, "m")]
    for stamp in stamps:
        assert Stamp.decode(stamp.encode()) == stamp
    assert sorted(s.encode() for s in stamps) == [s.encode() for s in sorted(stamps)]


def test_counter_overflow_borrows_the_next_millisecond() -> None:
    full = Stamp(1000, 0xFFFF, "dev-a")
    assert next_stamp(full, "dev-a", 1000) == Stamp(1001, 0, "dev-a")
