"""Translations: the check catches what a translator or developer can get wrong."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ecoscim_field.i18n import tools
from ecoscim_field.i18n.languages import available_languages
from ecoscim_field.paths import translations_dir
from tests.conftest import run_cli


@pytest.fixture
def ts_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "translations"
    folder.mkdir()
    for ts in tools.catalogues():
        shutil.copy(ts, folder / ts.name)
    return folder


def edit(ts: Path, source: str, change: object) -> None:
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        for message in list(context.iter("message")):
            if message.findtext("source") == source:
                change(context, message)  # type: ignore[operator]
                tree.write(ts, encoding="utf-8", xml_declaration=True)
                return
    raise AssertionError(f"{source!r} not in {ts}")


def test_the_committed_translations_pass_the_check() -> None:
    result = run_cli("--lang", "en", "i18n", "check")
    assert result.returncode == 0, result.stderr
    assert "ecoscim_field_es_MX.ts" in result.stdout


def test_es_mx_is_complete() -> None:
    report = tools.check_catalogues()
    done, total = report.counts["ecoscim_field_es_MX.ts"]
    assert total > 100 and done == total


def test_check_catches_an_unfinished_spanish_translation(ts_copy: Path) -> None:
    def unfinish(_context: ET.Element, message: ET.Element) -> None:
        translation = message.find("translation")
        assert translation is not None
        translation.text = ""
        translation.set("type", "unfinished")

    edit(ts_copy / "ecoscim_field_es_MX.ts", "Participants and consent", unfinish)
    result = run_cli("--lang", "en", "i18n", "check", "--translations", str(ts_copy))
    assert result.returncode == 1
    assert "not translated yet" in result.stderr and "Participants and consent" in result.stderr


def test_check_catches_a_placeholder_mismatch(ts_copy: Path) -> None:
    def break_placeholder(_context: ET.Element, message: ET.Element) -> None:
        translation = message.find("translation")
        assert translation is not None
        translation.text = "Hola, {nombre}"

    edit(ts_copy / "ecoscim_field_es_MX.ts", "Hello, {name}", break_placeholder)
    result = run_cli("--lang", "en", "i18n", "check", "--translations", str(ts_copy))
    assert result.returncode == 1
    assert "placeholders differ" in result.stderr and "Hola, {nombre}" in result.stderr


def test_check_catches_a_source_string_missing_from_a_catalogue(ts_copy: Path) -> None:
    edit(ts_copy / "ecoscim_field_en.ts", "Offline", lambda c, m: c.remove(m))
    report = tools.check_catalogues(ts_copy)
    assert [(p.file, p.kind, p.source) for p in report.problems] == [
        ("ecoscim_field_en.ts", "missing", "Offline")
    ]


def test_check_catches_obsolete_entries(ts_copy: Path) -> None:
    def add_stale(context: ET.Element, message: ET.Element) -> None:
        stale = ET.SubElement(context, "message")
        ET.SubElement(stale, "source").text = "A string the code no longer has"
        ET.SubElement(stale, "translation").text = "Un texto que el código ya no tiene"

    edit(ts_copy / "ecoscim_field_es_MX.ts", "Offline", add_stale)
    report = tools.check_catalogues(ts_copy)
    assert [(p.kind, p.source) for p in report.problems] == [
        ("obsolete", "A string the code no longer has")
    ]


def test_check_catches_an_english_plural_left_untranslated(ts_copy: Path) -> None:
    def unfinish(_context: ET.Element, message: ET.Element) -> None:
        translation = message.find("translation")
        assert translation is not None
        for form in translation.iter("numerusform"):
            form.text = ""

    edit(ts_copy / "ecoscim_field_en.ts", "%n change(s) waiting to sync", unfinish)
    kinds = [(p.file, p.kind) for p in tools.check_catalogues(ts_copy).problems]
    assert kinds == [("ecoscim_field_en.ts", "unfinished")]


def test_placeholders_are_compared_as_multisets() -> None:
    assert tools.placeholders("{a} %1 %n %(prog)s %s") == tools.placeholders(
        "%s %(prog)s %n %1 {a}"
    )
    assert tools.placeholders("{a} {a}") != tools.placeholders("{a}")


def test_compile_builds_a_catalogue_per_language(ts_copy: Path) -> None:
    built = tools.compile_catalogues(ts_copy)
    assert sorted(p.name for p in built) == ["ecoscim_field_en.qm", "ecoscim_field_es_MX.qm"]
    assert all(p.stat().st_size > 0 for p in built)


def test_adding_a_language_is_adding_a_ts_file(ts_copy: Path) -> None:
    assert available_languages(ts_copy) == ["en", "es_MX"]
    shutil.copy(ts_copy / "ecoscim_field_en.ts", ts_copy / "ecoscim_field_pt_BR.ts")
    assert "pt_BR" in available_languages(ts_copy)


def test_update_keeps_committed_catalogues_in_sync(ts_copy: Path) -> None:
    tools.update_catalogues(ts_copy)
    assert tools.check_catalogues(ts_copy).problems == []
    assert translations_dir().is_dir()


def test_check_finds_the_calls_lupdate_misses_or_takes_for_singular(tmp_path: Path) -> None:
    """Python's parser sees every call; lupdate misses some and their user reads English."""
    sources = tmp_path / "src"
    sources.mkdir()
    (sources / "mod.py").write_text(
        "from PySide6.QtCore import QCoreApplication, QObject\n"
        "translate = QCoreApplication.translate\n"
        "class Report(QObject):\n"
        "    def count(self, n: int) -> str:\n"
        "        return self.tr('%n page(s)', '', n)\n"
        "def say(things: list[int], box: object) -> list[str]:\n"
        "    return [\n"
        "        translate('Cli', 'Plain words'),\n"
        "        translate('Cli', '%n thing(s)', '', len(things)),\n"
        "        translate('Cli', '%n box(es) lost', '', box.count),\n"
        "    ]\n",
        encoding="utf-8",
    )
    calls = {c.key[1]: c for c in tools.source_calls(sources)}
    assert calls["%n page(s)"].key[0] == "Report" and calls["%n page(s)"].plural
    assert not calls["Plain words"].plural
    problems = {(p.kind, p.source) for p in tools.check_catalogues(tmp_path, sources).problems}
    # A plural said through translate() reaches the catalogue as a plain string, if at all
    assert ("not_plural", "%n thing(s)") in problems or ("unextracted", "%n thing(s)") in problems
    assert any(source == "%n box(es) lost" for _, source in problems)
    assert not any(source in ("Plain words", "%n page(s)") for _, source in problems)
