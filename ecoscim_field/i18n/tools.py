"""The translator's tools behind `ecoscim-field i18n update|compile|check`.

`update` and `compile` run Qt's own lupdate and lrelease (shipped inside PySide6);
`check` compares what lupdate extracts from the sources with the `.ts` files and names
each problem, so that CI fails on a missing or broken translation.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ecoscim_field.i18n.languages import CATALOGUE_PREFIX, DEFAULT_LANGUAGE, SOURCE_LANGUAGE
from ecoscim_field.paths import source_dir, translations_dir

# %1 (Qt), %n (Qt plurals), {name} (str.format), %(name)s and %s (printf, used by argparse)
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*\}|\{\}|%\([a-z_]+\)[sdr]|%[sdr]")


class ToolError(RuntimeError):
    """A Qt translation tool could not be found or failed."""


def qt_tool(name: str) -> Path:
    """Path of lupdate or lrelease as shipped by PySide6 (or on PATH)."""
    import PySide6

    exe = f"{name}.exe" if os.name == "nt" else name
    candidates = [
        Path(PySide6.__file__).parent / exe,
        Path(PySide6.__file__).parent / "Qt" / "libexec" / exe,
        Path(sys.executable).parent / f"pyside6-{exe}",
    ]
    for candidate in candidates:
        if candidate.exists():
            return candidate
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found:
        return Path(found)
    raise ToolError(f"{name} not found (it comes with PySide6)")


def _run(args: list[str]) -> str:
    result = subprocess.run(args, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise ToolError(f"{Path(args[0]).name} failed: {result.stderr.strip() or result.stdout}")
    return result.stdout


def catalogues(folder: Path | None = None) -> list[Path]:
    return sorted((folder or translations_dir()).glob(f"{CATALOGUE_PREFIX}*.ts"))


def language_of(ts_file: Path) -> str:
    return ts_file.stem.removeprefix(CATALOGUE_PREFIX)


def update_catalogues(folder: Path | None = None, sources: Path | None = None) -> str:
    """Extract every interface string from the sources into each `.ts`, dropping obsolete ones."""
    files = catalogues(folder)
    args = [str(qt_tool("lupdate")), "-extensions", "py", "-locations", "absolute", "-no-obsolete"]
    args += ["-source-language", SOURCE_LANGUAGE, str(sources or source_dir())]
    output = []
    for ts in files:
        output.append(_run([*args, "-target-language", language_of(ts), "-ts", str(ts)]))
    return "".join(output)


def compile_catalogue(source: Path, target: Path) -> None:
    # -nounfinished: a string whose source changed since it was translated shows the
    # (English) source until a translator confirms it, never a stale translation.
    _run([str(qt_tool("lrelease")), "-nounfinished", "-silent", str(source), "-qm", str(target)])


def compile_catalogues(folder: Path | None = None) -> list[Path]:
    built = []
    for ts in catalogues(folder):
        target = ts.with_suffix(".qm")
        compile_catalogue(ts, target)
        built.append(target)
    return built


# --- check -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    """One interface string of a `.ts` file."""

    context: str
    source: str
    comment: str
    kind: str  # "", "unfinished", "obsolete", "vanished"
    translations: tuple[str, ...]
    numerus: bool

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


@dataclass
class Problem:
    """Something a translator (or developer) has to fix in a `.ts` file."""

    file: str
    kind: str  # missing | unfinished | obsolete | placeholders | unextracted
    context: str
    source: str
    detail: str = ""


@dataclass
class CheckReport:
    """The result of `i18n check`: problems, and counts per catalogue."""

    problems: list[Problem] = field(default_factory=list)
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)  # file -> (done, total)


def read_catalogue(ts_file: Path) -> list[Message]:
    root = ET.parse(ts_file).getroot()
    messages = []
    for context in root.iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            numerus = message.get("numerus") == "yes"
            if translation is None:
                texts: tuple[str, ...] = ()
            elif numerus:
                texts = tuple((form.text or "") for form in translation.iter("numerusform"))
            else:
                texts = (translation.text or "",)
            messages.append(
                Message(
                    context_name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    kind,
                    texts,
                    numerus,
                )
            )
    return messages


def extract_messages(sources: Path | None = None) -> list[Message]:
    """What lupdate finds in the sources now, without touching the `.ts` files."""
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "extracted.ts"
        _run(
            [
                str(qt_tool("lupdate")),
                "-extensions",
                "py",
                "-locations",
                "none",
                str(sources or source_dir()),
                "-ts",
                str(target),
            ]
        )
        return read_catalogue(target)


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


class _CallFinder(ast.NodeVisitor):
    """Every `tr("…")`, `translate("Context", "…")` and `QT_TRANSLATE_NOOP` call of a file."""

    def __init__(self, file: Path) -> None:
        self.file = file
        self.classes: list[str] = []
        self.found: list[SourceCall] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        args: list[ast.expr | None] = [*node.args, None, None, None]
        plural = len(node.args) > (2 if name == "tr" else 3) or any(
            k.arg == "n" for k in node.keywords
        )
        context: str | None = None
        source = _literal(args[0])
        comment = _literal(args[1]) or ""
        if name == "tr" and isinstance(func, ast.Attribute):
            owner = func.value
            if isinstance(owner, ast.Name) and owner.id != "self":
                context = owner.id  # `Cli.tr(…)`: the class names the context
            elif self.classes:
                context = self.classes[-1]
        elif name in ("translate", "QT_TRANSLATE_NOOP"):
            context, source = _literal(args[0]), _literal(args[1])
            comment = _literal(args[2]) or ""
        if context is not None and source is not None:
            key = (context, source, comment)
            self.found.append(SourceCall(key, f"{self.file}:{node.lineno}", plural))
        self.generic_visit(node)


@dataclass(frozen=True)
class SourceCall:
    """A translatable string as Python's parser sees it in the sources."""

    key: tuple[str, str, str]
    where: str  # file:line
    plural: bool


def source_calls(sources: Path | None = None) -> list[SourceCall]:
    """Every translatable string the Python sources pass to Qt, with where it is."""
    found = []
    for file in sorted((sources or source_dir()).rglob("*.py")):
        finder = _CallFinder(file)
        finder.visit(ast.parse(file.read_text(encoding="utf-8"), str(file)))
        found.extend(finder.found)
    return found


def placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text))


def check_catalogues(folder: Path | None = None, sources: Path | None = None) -> CheckReport:
    """Name every problem of every `.ts` in `folder` against the current sources."""
    report = CheckReport()
    by_key = {m.key: m for m in extract_messages(sources)}
    extracted = set(by_key)
    # lupdate's Python parser misses some calls, and marks a string as plural only when
    # it goes through `tr`: the user would read such strings in English, or "2 elemento".
    # Python's own parser finds every call.
    for call in source_calls(sources):
        seen = by_key.get(call.key)
        if seen is None:
            report.problems.append(Problem(call.where, "unextracted", *call.key[:2]))
        elif call.plural and not seen.numerus:
            report.problems.append(Problem(call.where, "not_plural", *call.key[:2]))
    for ts in catalogues(folder):
        language = language_of(ts)
        messages = read_catalogue(ts)
        live = {m.key: m for m in messages if m.kind not in ("obsolete", "vanished")}
        for key in sorted(extracted - live.keys()):
            report.problems.append(Problem(ts.name, "missing", key[0], key[1]))
        done = 0
        for message in messages:
            if message.kind in ("obsolete", "vanished") or message.key not in extracted:
                report.problems.append(
                    Problem(ts.name, "obsolete", message.context, message.source)
                )
                continue
            finished = message.kind == "" and all(t.strip() for t in message.translations)
            done += finished
            # English is the source language: a plain string needs no translation, but
            # plural forms ("%n change(s)") do, or the user would read "(s)".
            must_finish = language == DEFAULT_LANGUAGE or (
                language == SOURCE_LANGUAGE and message.numerus
            )
            if must_finish and not finished:
                report.problems.append(
                    Problem(ts.name, "unfinished", message.context, message.source)
                )
            expected = placeholders(message.source)
            if message.numerus:
                expected.pop("%n", None)
            for text in message.translations:
                if not text.strip():
                    continue
                found = placeholders(text)
                if message.numerus:
                    found.pop("%n", None)
                if found != expected:
                    report.problems.append(
                        Problem(
                            ts.name,
                            "placeholders",
                            message.context,
                            message.source,
                            detail=text,
                        )
                    )
        report.counts[ts.name] = (done, len(live))
    return report
