"""The guide file: YAML, documented by resources/guides/interview-guide.schema.json.

Coordinators hand guides out and keep them in version control, so the file is meant to
be read and edited by people: YAML with a comment header. A file that does not parse or
misses required fields is refused with the line and the problem; nothing is imported.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import jsonschema
import yaml

from ecoscim_field.paths import resources_dir
from ecoscim_field.store.enums import StakeholderGroup

FORMAT = "ecoscim-guide/1"
HEADER = """\
# ECOSCIM Field interview guide (format ecoscim-guide/1).
# Documented by interview-guide.schema.json (JSON Schema) in the app's resources/guides/.
# Sections are asked in order; `core: true` questions must be covered in every interview;
# `probes` are follow-up prompts; `note` is for the interviewer only.
# Importing a file whose `key` is already in the store adds a new version of that guide.
"""


class GuideFileError(ValueError):
    """A guide file that cannot be imported: where (line) and what is wrong."""

    def __init__(self, source: str, line: int | None, problem: str) -> None:
        where = f"{source}:{line}" if line else source
        super().__init__(f"{where}: {problem}")
        self.source, self.line, self.problem = source, line, problem


@dataclass(frozen=True)
class Question:
    """One question of a guide."""

    text: str
    core: bool = False
    probes: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class Section:
    """An ordered group of questions."""

    title: str
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class GuideContent:
    """What a guide says, independent of where it is stored."""

    title: str
    stakeholder_group: StakeholderGroup
    language: str
    sections: tuple[Section, ...]
    case_study: str | None = None  # a case study's name, in files
    key: str | None = None
    version: int | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def sections_json(self) -> str:
        return json.dumps(
            [
                {
                    "title": s.title,
                    "questions": [
                        {"text": q.text, "core": q.core, "probes": list(q.probes),
                         "note": q.note}
                        for q in s.questions
                    ],
                }
                for s in self.sections
            ],
            ensure_ascii=False,
        )  # fmt: skip

    @staticmethod
    def sections_from_json(text: str) -> tuple[Section, ...]:
        return _sections(json.loads(text))


@cache
def _schema() -> dict[str, Any]:
    path = resources_dir() / "guides" / "interview-guide.schema.json"
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def _sections(raw: list[dict[str, Any]]) -> tuple[Section, ...]:
    return tuple(
        Section(
            s["title"],
            tuple(
                Question(q["text"], bool(q.get("core", False)), tuple(q.get("probes", ())),
                         q.get("note", ""))
                for q in s["questions"]
            ),
        )
        for s in raw
    )  # fmt: skip


def _line_of(root: yaml.Node | None, path: list[str | int]) -> int | None:
    """The 1-based line of the YAML node at `path` (or of its nearest existing parent)."""
    node, line = root, (root.start_mark.line + 1) if root is not None else None
    for step in path:
        if isinstance(node, yaml.MappingNode) and isinstance(step, str):
            found = next((v for k, v in node.value if k.value == step), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int):
            found = node.value[step] if step < len(node.value) else None
        else:
            found = None
        if found is None:
            break
        node, line = found, found.start_mark.line + 1
    return line


def parse_guide(text: str, source: str) -> GuideContent:
    """Read a guide file; raises GuideFileError with the line and the problem."""
    try:
        root = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise GuideFileError(source, line, str(exc.problem or exc)) from exc
    except yaml.YAMLError as exc:
        raise GuideFileError(source, None, str(exc)) from exc
    if data is None:
        raise GuideFileError(source, None, "the file is empty")
    error = jsonschema.exceptions.best_match(
        jsonschema.Draft202012Validator(_schema()).iter_errors(data)
    )
    if error is not None:
        path = list(error.absolute_path)
        where = "/".join(str(p) for p in path) or "(top level)"
        raise GuideFileError(source, _line_of(root, path), f"{where}: {error.message}")
    return GuideContent(
        title=data["title"],
        stakeholder_group=StakeholderGroup(data["stakeholder_group"]),
        language=data["language"],
        sections=_sections(data["sections"]),
        case_study=data.get("case_study"),
        key=data.get("key"),
        version=data.get("version"),
    )


def dump_guide(content: GuideContent) -> str:
    """The guide as a readable YAML file (what `guide export` writes)."""
    data: dict[str, Any] = {"format": FORMAT}
    if content.key:
        data["key"] = content.key
    if content.version:
        data["version"] = content.version
    data.update(
        title=content.title,
        stakeholder_group=content.stakeholder_group.value,
        language=content.language,
        case_study=content.case_study,
        sections=json.loads(content.sections_json()),
    )
    for section in data["sections"]:
        for question in section["questions"]:
            if not question["probes"]:
                del question["probes"]
            if not question["note"]:
                del question["note"]
            if not question["core"]:
                del question["core"]
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=92)
    return HEADER + body
