"""Consent forms: ethics-approved templates, versioned, one row per language.

Built-in templates live in resources/consent/ as JSON files checked against
`consent-form.schema.json` (JSON Schema) when they are loaded. A form row is never
edited: a coordinator adds a new version, which retires the older one for new consent;
records taken under the old one keep pointing at it, readable forever.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ecoscim_field.paths import resources_dir
from ecoscim_field.store.database import Store
from ecoscim_field.store.enums import ConsentItem
from ecoscim_field.store.models import AuditEntry, ConsentForm

DEFAULT_FORM_KEY = "ecoscim-consent"


class TemplateError(ValueError):
    """A consent-form template that cannot be used; names the file and the problem."""

    def __init__(self, file: str, problem: str) -> None:
        super().__init__(f"{file}: {problem}")
        self.file = file
        self.problem = problem


@dataclass(frozen=True)
class FormItem:
    """One question of a form, answered yes or no."""

    key: ConsentItem
    text: str


@dataclass(frozen=True)
class FormView:
    """A consent form as the interface and the PDF show it."""

    id: str
    form_key: str
    version: int
    language: str
    title: str
    body: str
    ethics_ref: str
    contact: str
    items: tuple[FormItem, ...]
    current: bool


@cache
def _schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(
        (resources_dir() / "consent" / "consent-form.schema.json").read_text(encoding="utf-8")
    )
    return loaded


def load_template(path: Path) -> dict[str, Any]:
    """Read and check one template file; refuses an empty or malformed one."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(str(path), str(exc)) from exc
    if not text.strip():
        raise TemplateError(str(path), "the file is empty")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TemplateError(str(path), f"not valid JSON ({exc})") from exc
    return check_template(data, str(path))


def check_template(data: Any, source: str) -> dict[str, Any]:
    error = jsonschema.exceptions.best_match(
        jsonschema.Draft202012Validator(_schema()).iter_errors(data)
    )
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(top level)"
        raise TemplateError(source, f"{where}: {error.message}")
    keys = [item["key"] for item in data["items"]]
    if len(keys) != len(set(keys)):
        raise TemplateError(source, "an item key appears twice")
    checked: dict[str, Any] = data
    return checked


def builtin_templates() -> list[Path]:
    return sorted((resources_dir() / "consent").glob("*.v*.json"))


FORM_NAMESPACE = uuid.UUID("0c5b8e0a-5d0e-4c59-8a57-61f1b8d2c3e4")


def install_template(session: Session, data: dict[str, Any], source: str) -> ConsentForm | None:
    """Add the form unless that key, version and language is already in the store.

    The same version with different text is refused: a version, once used, is fixed.
    """
    existing = session.scalars(
        select(ConsentForm).where(
            ConsentForm.form_key == data["form_key"],
            ConsentForm.version == data["version"],
            ConsentForm.language == data["language"],
        )
    ).first()
    items = json.dumps(data["items"], ensure_ascii=False, sort_keys=True)
    if existing is not None:
        if (existing.body, existing.items, existing.title) != (data["body"], items, data["title"]):
            raise TemplateError(
                source, f"version {data['version']} is already in use with a different text"
            )
        return None
    form = ConsentForm(
        # One id per form version and language, whichever laptop installs it first.
        id=str(
            uuid.uuid5(FORM_NAMESPACE, f"{data['form_key']}:{data['version']}:{data['language']}")
        ),
        form_key=data["form_key"],
        version=data["version"],
        language=data["language"],
        title=data["title"],
        body=data["body"],
        ethics_ref=data["ethics_ref"],
        contact=data["contact"],
        items=items,
    )
    session.add(form)
    return form


def ensure_builtin_forms(store: Store) -> int:
    """Install the built-in templates that are not in the store yet; returns how many."""
    templates = [(load_template(path), str(path)) for path in builtin_templates()]
    with store.transaction() as session:
        added = sum(install_template(session, data, src) is not None for data, src in templates)
    return added


def add_form_version(store: Store, *, templates: list[dict[str, Any]], actor: str) -> int:
    """A coordinator's new version of a form (every language at once); returns the version."""
    if not templates:
        raise TemplateError("-", "no template given")
    checked = [check_template(t, f"{t.get('language', '?')}") for t in templates]
    keys = {t["form_key"] for t in checked}
    versions = {t["version"] for t in checked}
    if len(keys) != 1 or len(versions) != 1:
        raise TemplateError("-", "all languages of a new version share one form key and version")
    form_key, version = keys.pop(), versions.pop()
    with store.transaction() as session:
        latest = latest_version(session, form_key)
        if version != latest + 1:
            raise TemplateError(form_key, f"the next version must be {latest + 1}, not {version}")
        for data in checked:
            install_template(session, data, f"{form_key} v{version} {data['language']}")
        session.add(
            AuditEntry(action="consent_form.version_added", actor=actor,
                       detail=f"{form_key} v{version}")
        )  # fmt: skip
    return int(version)


def latest_version(session: Session, form_key: str) -> int:
    found = session.scalar(
        select(func.max(ConsentForm.version)).where(ConsentForm.form_key == form_key)
    )
    return int(found or 0)


def view(form: ConsentForm, latest: int) -> FormView:
    items = tuple(FormItem(ConsentItem(i["key"]), i["text"]) for i in json.loads(form.items))
    # Participation first, then the order of the enumeration: the same on every form.
    order = list(ConsentItem)
    items = tuple(sorted(items, key=lambda item: order.index(item.key)))
    return FormView(
        form.id, form.form_key, form.version, form.language, form.title, form.body,
        form.ethics_ref, form.contact, items, form.version == latest,
    )  # fmt: skip


def get_form(session: Session, form_id: str) -> FormView:
    form = session.get_one(ConsentForm, form_id)
    return view(form, latest_version(session, form.form_key))


def current_form(
    session: Session, language: str, form_key: str = DEFAULT_FORM_KEY
) -> FormView | None:
    """The version to use for new consent, in `language` if it exists in that language."""
    latest = latest_version(session, form_key)
    forms = session.scalars(
        select(ConsentForm).where(ConsentForm.form_key == form_key, ConsentForm.version == latest)
    ).all()
    by_language = {f.language: f for f in forms}
    chosen = by_language.get(language) or by_language.get(language.split("_")[0])
    return None if chosen is None else view(chosen, latest)


def form_languages(session: Session, form_key: str = DEFAULT_FORM_KEY) -> list[str]:
    latest = latest_version(session, form_key)
    return sorted(
        session.scalars(
            select(ConsentForm.language).where(
                ConsentForm.form_key == form_key, ConsentForm.version == latest
            )
        )
    )


def all_forms(session: Session) -> list[FormView]:
    """Every version of every form in every language, newest first: old ones stay readable."""
    forms = session.scalars(
        select(ConsentForm).order_by(
            ConsentForm.form_key, ConsentForm.version.desc(), ConsentForm.language
        )
    ).all()
    latest: dict[str, int] = {}
    for form in forms:
        latest.setdefault(form.form_key, form.version)
    return [view(form, latest[form.form_key]) for form in forms]
