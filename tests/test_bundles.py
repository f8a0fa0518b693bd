"""Bundles between laptops: everything arrives, conflicts are listed, withdrawals reach
every copy, merges are idempotent and order-independent."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ecoscim_field.domain.consent import withdraw_consent
from ecoscim_field.domain.consent_audit import carry_out_purge
from ecoscim_field.domain.demo import fill_demo
from ecoscim_field.store.models import (
    AuditEntry,
    CaseStudy,
    Note,
    Participant,
    Recording,
    SyncConflict,
)
from ecoscim_field.sync.bundle import group_parts
from ecoscim_field.sync.merge import open_conflicts, resolve_conflict
from tests.sync_kit import Laptop, coordinator, laptop, recorded_participant, research_dump


@pytest.fixture
def team(tmp_path: Path) -> Iterator[tuple[Laptop, Laptop, Laptop, Path]]:
    coord = coordinator(tmp_path / "coordinator")
    a = laptop(tmp_path / "laptop-a", coord.project)
    b = laptop(tmp_path / "laptop-b", coord.project)
    shared = tmp_path / "shared"
    yield coord, a, b, shared
    for each in (coord, a, b):
        each.store.close()


def count(lap: Laptop, model: type) -> int:
    with lap.store.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def round_trip(coord: Laptop, laptops: list[Laptop], shared: Path) -> None:
    """Each laptop sends; the coordinator merges all; the coordinator sends; laptops merge."""
    files = [f for lap in laptops for f in lap.export(shared)]
    for bundle in group_parts(files):
        coord.merge(bundle)
    back = coord.export(shared)
    for lap in laptops:
        if back:
            lap.merge(back)


def test_three_laptops_offline_then_exchanging_through_a_folder_hold_the_same_data(
    team: tuple[Laptop, Laptop, Laptop, Path],
) -> None:
    coord, a, b, shared = team
    fill_demo(a.store)
    fill_demo(b.store)
    participants = count(a, Participant) + count(b, Participant)
    files_a = a.export(shared)
    files_b = b.export(shared)
    first = coord.merge(files_a)
    assert first.added > 100 and first.conflicts == 0 and first.audio_files > 0
    second = coord.merge(files_b)
    # The built-in codes, guides and forms exist alike on both laptops: no conflict.
    assert second.conflicts == 0
    assert count(coord, Participant) == participants
    # Merging again changes nothing.
    assert coord.merge(files_a).already_merged
    back = coord.export(shared)
    a.merge(back)
    b.merge(back)
    assert research_dump(a.store) == research_dump(coord.store) == research_dump(b.store)
    # What a laptop received is not sent back: only its own new work travels.
    assert a.export(shared / "next") == [] and b.export(shared / "next") == []
    with coord.store.reading() as session:
        recordings = session.scalars(select(Recording)).all()
    for row in recordings:  # every recording arrived with its audio, intact
        assert (coord.folder / "recordings" / row.file_name).is_file()


def test_a_concurrent_edit_becomes_a_conflict_whose_resolution_reaches_every_laptop(
    team: tuple[Laptop, Laptop, Laptop, Path],
) -> None:
    coord, a, b, shared = team
    fill_demo(a.store)
    round_trip(coord, [a, b], shared)
    with a.store.reading() as session:
        case_id = session.scalars(select(CaseStudy.id).order_by(CaseStudy.name)).first()
    for lap, words in ((a, "Según Ana"), (b, "Según Beto")):
        with lap.store.transaction() as session:
            session.get_one(CaseStudy, case_id).description = words
    result = coord.merge(a.export(shared))
    assert result.conflicts == 0 and result.updated >= 1
    result = coord.merge(b.export(shared))
    assert result.conflicts == 1
    with coord.store.reading() as session:
        (conflict,) = open_conflicts(session)
        kept = session.get_one(CaseStudy, case_id).description
    assert conflict.record_id == case_id
    assert {kept, json.loads(conflict.loser_data)["description"]} == {"Según Ana", "Según Beto"}
    # The same winner everywhere: laptop A hears of B's edit through the coordinator.
    back = coord.export(shared)
    a.merge(back)
    with a.store.reading() as session:
        assert session.get_one(CaseStudy, case_id).description == kept
    resolve_conflict(coord.store, conflict.id[:8], keep="loser", actor="Coordinación")
    with coord.store.reading() as session:
        assert session.get_one(CaseStudy, case_id).description != kept
        assert open_conflicts(session) == []
        chosen = session.get_one(CaseStudy, case_id).description
    back = coord.export(shared)
    for lap in (a, b):
        lap.merge(back)
        with lap.store.reading() as session:
            assert session.get_one(CaseStudy, case_id).description == chosen
            assert open_conflicts(session) == []  # settled by the resolution
    # The resolution was made knowing both versions: no laptop reports it as new conflict.
    assert count(b, SyncConflict) == 0


def test_a_withdrawal_on_one_laptop_purges_the_coordinator_and_the_other_laptops(
    team: tuple[Laptop, Laptop, Laptop, Path],
) -> None:
    coord, a, b, shared = team
    fill_demo(a.store)
    round_trip(coord, [a, b], shared)
    person = recorded_participant(a.store)
    with a.store.reading() as session:
        files = [r.file_name for r in session.scalars(
            select(Recording).where(Recording.participant_id == person.id))]  # fmt: skip
    assert files and all((b.folder / "recordings" / f).exists() for f in files)
    notes_before = count(b, Note)
    withdraw_consent(a.store, participant_id=person.id, items=None, requested_via="phone",
                     recorded_by="Ana", reason="Ya no desea participar")  # fmt: skip
    carry_out_purge(a.store, participant_id=person.id, actor="Ana", reason="retiro")
    result = coord.merge(a.export(shared))
    assert result.updated + result.added > 0
    back = coord.export(shared)
    b.merge(back)
    for lap in (coord, b):
        with lap.store.reading() as session:
            query = select(Recording).where(Recording.participant_id == person.id)
            assert session.scalars(query).all() == []
            assert session.scalars(select(Note).where(Note.participant_id == person.id)).all() == []
            assert (
                session.get_one(Participant, person.id).code == person.code
            )  # the pseudonym stays
        for name in files:
            assert not (lap.folder / "recordings" / name).exists()
    assert count(b, Note) < notes_before
    with b.store.reading() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "consent.purged")).all()  # fmt: skip
    assert any(person.code in e.detail for e in entries)


def test_a_withdrawal_wins_over_an_edit_made_elsewhere_whatever_the_clocks(
    team: tuple[Laptop, Laptop, Laptop, Path],
) -> None:
    coord, a, b, shared = team
    fill_demo(a.store)
    round_trip(coord, [a, b], shared)
    with a.store.reading() as session:
        note = session.scalars(
            select(Note).join(Participant, Participant.id == Note.participant_id)
            .where(Participant.code.like("%0001"))
        ).first()  # fmt: skip
        assert note is not None
        person_id = note.participant_id
    withdraw_consent(a.store, participant_id=person_id, items=None, requested_via="email",
                     recorded_by="Ana")  # fmt: skip
    # Laptop B, not knowing of it, edits one of the participant's notes later.
    with b.store.transaction() as session:
        session.get_one(Note, note.id).text = "corregida después"
    # Whichever arrives first at the coordinator, the note is gone.
    coord.merge(b.export(shared))
    coord.merge(a.export(shared))
    with coord.store.reading() as session:
        assert session.get(Note, note.id) is None
    back = coord.export(shared)
    b.merge(back)
    with b.store.reading() as session:
        assert session.get(Note, note.id) is None


def test_gaps_are_reported_and_filled(team: tuple[Laptop, Laptop, Laptop, Path]) -> None:
    coord, a, _b, shared = team
    bundles = []
    for number in range(3):
        with a.store.transaction() as session:
            session.add(CaseStudy(name=f"Caso {number}"))
        bundles.append(a.export(shared))
    coord.merge(bundles[0])
    result = coord.merge(bundles[2])
    assert [(g.after, g.before) for g in result.gaps] == [(1, 3)]
    assert coord.merge(bundles[1]).gaps == []
    assert count(coord, CaseStudy) == 3


def test_a_large_bundle_is_split_into_parts_that_merge_as_one(
    team: tuple[Laptop, Laptop, Laptop, Path],
) -> None:
    coord, a, _b, shared = team
    fill_demo(a.store)
    files = a.export(shared, part_size=256 * 1024)
    assert len(files) > 3
    assert all("-part" in f.name for f in files)
    (bundle,) = group_parts(list(reversed(files)))
    assert coord.merge(bundle).added > 100
    from ecoscim_field.sync.bundle import BundleError

    with pytest.raises(BundleError) as missing:
        group_parts(files[:-1])
    assert missing.value.problem == "missing_part"


def test_the_same_changes_give_the_same_bundle_content(
    team: tuple[Laptop, Laptop, Laptop, Path],
) -> None:
    coord, a, _b, shared = team
    fill_demo(a.store)
    from ecoscim_field.sync.bundle import read_bundle

    contents = []
    for _ in range(2):
        files = a.export(shared / "again", full=True)
        bundle = read_bundle(coord.store, files, coord.identities(), keep_audio=False,
                             trust_new_device=True)  # fmt: skip
        members = {m["path"]: m["sha256"] for m in bundle.manifest["members"]}
        contents.append(members)
    assert contents[0] == contents[1]
