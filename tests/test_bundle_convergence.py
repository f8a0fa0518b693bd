"""Property: random offline edits on several laptops, exported as bundles and merged in
any order, any number of times, always give the same store."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from ecoscim_field.store.database import Store
from ecoscim_field.store.models import CaseStudy
from ecoscim_field.sync.bundle import group_parts
from tests.sync_kit import Laptop, coordinator, laptop, research_dump

OPERATION = st.tuples(
    st.sampled_from(["create", "edit", "edit", "delete", "export"]),
    st.integers(min_value=0, max_value=7),
    st.integers(min_value=0, max_value=3),
)


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A coordinator and two laptops that share three case studies, all closed."""
    root = tmp_path_factory.mktemp("convergence")
    coord = coordinator(root / "coord")
    laptops = [laptop(root / name, coord.project) for name in ("a", "b")]
    with coord.store.transaction() as session:
        for name in ("Ecobici", "Cablebús", "Mi Policía"):
            session.add(CaseStudy(name=name))
    out = root / "out"
    for lap in laptops:  # the laptops introduce themselves, then take the shared cases
        with lap.store.transaction() as session:
            session.add(CaseStudy(name=f"Caso de {lap.folder.name}"))
        coord.merge(lap.export(out))
    back = coord.export(out)
    for lap in laptops:
        lap.merge(back)
    for each in (coord, *laptops):
        each.store.close()
    yield root


def _open(folder: Path, project_from: Path) -> Laptop:
    from tests.sync_kit import store_project_of

    store = Store.open(folder)
    return Laptop(store, store_project_of(store))


def _edit(
    lap: Laptop, kind: str, target: int, value: int, out: Path, files: list[list[Path]]
) -> None:
    if kind == "export":
        made = lap.export(out)
        if made:
            files.append(made)
        return
    with lap.store.transaction() as session:
        cases = session.scalars(select(CaseStudy).order_by(CaseStudy.id)).all()
        if kind == "create" or not cases:
            session.add(CaseStudy(name=f"{lap.folder.name} {target} {value}"))
            return
        case = cases[target % len(cases)]
        if kind == "edit":
            case.description = f"{lap.folder.name} dice {value}"
            case.stage = ["anticipation", "development", "operation"][value % 3]
        else:
            session.delete(case)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    edits_a=st.lists(OPERATION, max_size=10),
    edits_b=st.lists(OPERATION, max_size=10),
    data=st.data(),
)
def test_any_order_with_repeats_converges(
    base: Path, tmp_path_factory: pytest.TempPathFactory, edits_a: list[Any], edits_b: list[Any],
    data: st.DataObject,
) -> None:  # fmt: skip
    root = tmp_path_factory.mktemp("example")
    for name in ("coord", "a", "b"):
        shutil.copytree(base / name, root / name)
    out = root / "out"
    bundles: list[list[Path]] = []
    for name, edits in (("a", edits_a), ("b", edits_b)):
        lap = _open(root / name, root)
        for kind, target, value in edits:
            _edit(lap, kind, target, value, out / name, bundles)
        made = lap.export(out / name)
        if made:
            bundles.append(made)
        lap.store.close()
    dumps = []
    for attempt in range(2):
        folder = root / f"coord-{attempt}"
        shutil.copytree(root / "coord", folder)
        coord = _open(folder, root)
        order = data.draw(st.permutations(range(len(bundles))), label=f"order {attempt}")
        repeats = data.draw(
            st.lists(st.sampled_from(range(len(bundles))), max_size=3) if bundles else st.just([]),
            label=f"repeats {attempt}",
        )
        for index in [*order, *repeats]:
            (parts,) = group_parts(bundles[index])
            coord.merge(parts)
        dumps.append(research_dump(coord.store))
        coord.store.close()
    assert dumps[0] == dumps[1]
