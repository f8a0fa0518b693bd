"""A store's membership of a project: made by the coordinator, joined by each laptop."""

from __future__ import annotations

import platform

from sqlalchemy.orm import Session

from ecoscim_field.store.database import Store
from ecoscim_field.store.models import AuditEntry, Device, StoreMeta, TrustedDevice
from ecoscim_field.sync.keys import KeyError_, Project, b64, create_project, device_keys


def current_project(session: Session) -> Project | None:
    meta = session.get(StoreMeta, "project")
    return Project.from_json(meta.value) if meta is not None else None


def init_project(store: Store, *, name: str, passphrase: bytes) -> Project:
    """Make a project whose coordinator is this laptop."""
    with store.reading() as session:
        if current_project(session) is not None:
            raise KeyError_("other_project", current_project(session).name)  # type: ignore[union-attr]
        label = session.get_one(Device, store.device_id).label or platform.node()
    project = create_project(
        store.folder, name=name, passphrase=passphrase, device_id=store.device_id, label=label
    )
    _remember(store, project, action="project.created")
    return project


def join_project(store: Store, project: Project) -> bool:
    """Make this store part of `project`; False if it already was (nothing changes)."""
    with store.reading() as session:
        found = current_project(session)
    if found is not None:
        if found.project_id != project.project_id:
            raise KeyError_("other_project", found.name)
        return False
    _remember(store, project, action="project.joined")
    return True


def _remember(store: Store, project: Project, *, action: str) -> None:
    keys = device_keys(store.folder)
    with store.transaction() as session:
        session.add(StoreMeta(key="project", value=project.to_json()))
        me = session.get_one(Device, store.device_id)
        session.merge(
            TrustedDevice(
                device_id=store.device_id, label=me.label, signing_key=b64(keys.signing_public),
                encryption_key=b64(keys.encryption_public), approved_how="self",
            )
        )  # fmt: skip
        if project.coordinator.device_id != store.device_id:
            session.merge(
                TrustedDevice(
                    device_id=project.coordinator.device_id, label=project.coordinator.label,
                    signing_key=project.coordinator.signing_key,
                    encryption_key=project.coordinator.encryption_key, approved_how="project",
                )
            )  # fmt: skip
        session.add(AuditEntry(action=action, detail=f"{project.name} ({project.project_id})"))


def is_coordinator(store: Store, project: Project) -> bool:
    return project.coordinator.device_id == store.device_id
