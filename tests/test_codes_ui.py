"""Codes in the interview: applied with a click or Ctrl+digit to the newest (or chosen)
note, shown on the note; the codebook dialog adds, nests, refuses and archives codes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ecoscim_field.domain.codebook import builtin_code_id, list_codes
from ecoscim_field.i18n.catalogue import install_language
from ecoscim_field.store.database import Store
from ecoscim_field.store.models import Note, NoteCode
from ecoscim_field.ui.interviews.codebook_dialog import CodebookDialog
from ecoscim_field.ui.shell.main_window import MainWindow
from tests.test_interview_ui import open_interview, recording, window  # noqa: F401


def codes_on(store: Store, text: str) -> set[str]:
    with store.reading() as session:
        note_id = session.scalars(select(Note.id).where(Note.text == text)).one()
        return set(session.scalars(select(NoteCode.code_id).where(NoteCode.note_id == note_id)))


def test_codes_go_on_the_newest_note_by_click_and_shortcut(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    store: Store,
) -> None:
    interview = open_interview(qtbot, window)
    qtbot.waitUntil(lambda: len(interview.code_bar.buttons) >= 5, timeout=5000)
    recording(qtbot, interview).advance(12.0)
    qtbot.keyClicks(interview.note, "Nadie pregunto a los vecinos")
    qtbot.keyClick(interview.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: interview.notes.count() == 1, timeout=5000)
    inclusion, equity = builtin_code_id("inclusion"), builtin_code_id("equity")
    interview.code_bar.buttons[inclusion].trigger()  # a click on "Inclusion"
    qtbot.keyClick(interview, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)  # equity
    qtbot.waitUntil(lambda: codes_on(store, "Nadie pregunto a los vecinos") == {inclusion, equity},
                    timeout=5000)  # fmt: skip
    item = interview.notes.item(0)
    qtbot.waitUntil(lambda: "Inclusion · Equity and social justice" in item.text(), timeout=5000)
    assert not item.icon().isNull()
    assert interview.code_bar.buttons[inclusion].isChecked()
    qtbot.keyClick(interview, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # off again
    qtbot.waitUntil(lambda: codes_on(store, "Nadie pregunto a los vecinos") == {equity},
                    timeout=5000)  # fmt: skip
    qtbot.waitUntil(lambda: not interview.code_bar.buttons[inclusion].isChecked(), timeout=5000)
    assert "Inclusion" not in item.text()
    # A second note takes the next code; choosing the first note again codes that one.
    qtbot.keyClicks(interview.note, "Segunda nota")
    qtbot.keyClick(interview.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: interview.notes.count() == 2, timeout=5000)
    assert not interview.code_bar.buttons[equity].isChecked()  # the new note has none
    interview.notes.setCurrentRow(0)
    assert interview.code_bar.buttons[equity].isChecked()
    interview.code_bar.buttons[builtin_code_id("reflexivity")].trigger()
    qtbot.waitUntil(lambda: len(codes_on(store, "Nadie pregunto a los vecinos")) == 2,
                    timeout=5000)  # fmt: skip
    assert codes_on(store, "Segunda nota") == set()
    interview.close()  # stops and saves the recording first
    qtbot.waitUntil(lambda: not window.interviews, timeout=5000)


def test_the_codebook_dialog_adds_nests_refuses_and_archives(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    interview = open_interview(qtbot, window)
    qtbot.waitUntil(lambda: len(interview.code_bar.buttons) >= 5, timeout=5000)
    buttons = len(interview.code_bar.buttons)
    dialog = interview.edit_codebook()
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() >= 5, timeout=5000)
    inclusion = dialog.tree.findItems("Inclusion", Qt.MatchFlag.MatchExactly)[0]
    dialog.tree.setCurrentItem(inclusion)
    assert not dialog.delete_button.isEnabled()  # a framework dimension stays
    form = dialog.new_code(top_level=False)
    qtbot.keyClicks(form.name, "Rampas y banquetas")
    form.shortcut.setCurrentIndex(form.shortcut.findData("2"))  # Inclusion has Ctrl+2
    form.buttons.button(form.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "shortcut" in form.problem.text(), timeout=5000)
    assert form.isVisible()  # refused: the form stays open with what was typed
    form.shortcut.setCurrentIndex(form.shortcut.findData("8"))
    form.set_colour("#123abc")
    form.buttons.button(form.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: form.result() == QDialog.DialogCode.Accepted, timeout=5000)
    qtbot.waitUntil(lambda: "Rampas y banquetas" in inclusion_children(dialog), timeout=5000)
    # The interview's bar shows the new code (it has a shortcut) and Ctrl+8 applies it.
    qtbot.waitUntil(lambda: len(interview.code_bar.buttons) == buttons + 1, timeout=5000)
    with store.reading() as session:
        new = next(r for r in list_codes(session) if r.name == "Rampas y banquetas")
    assert (new.colour, new.shortcut, new.depth) == ("#123abc", "8", 1)
    # Archived, it leaves the bar; shown again with "Show archived codes".
    child = dialog.tree.findItems("Rampas y banquetas", Qt.MatchFlag.MatchRecursive)[0]
    dialog.tree.setCurrentItem(child)
    dialog.archive_button.click()
    qtbot.waitUntil(lambda: "Rampas y banquetas" not in inclusion_children(dialog), timeout=5000)
    qtbot.waitUntil(lambda: len(interview.code_bar.buttons) == buttons, timeout=5000)
    dialog.show_archived.setChecked(True)
    qtbot.waitUntil(lambda: "Rampas y banquetas (archived)" in inclusion_children(dialog),
                    timeout=5000)  # fmt: skip


def inclusion_children(dialog: CodebookDialog) -> list[str]:
    found = dialog.tree.findItems("Inclusion", Qt.MatchFlag.MatchExactly)
    if not found:
        return []
    return [found[0].child(i).text(0) for i in range(found[0].childCount())]


def test_the_codebook_speaks_spanish(qtbot: QtBot, store: Store) -> None:
    from ecoscim_field.ui.tasks import ImmediateTaskRunner

    install_language("es_MX")
    dialog = CodebookDialog(store=store, runner=ImmediateTaskRunner())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Libro de códigos"
    assert dialog.tree.findItems("Equidad y justicia social", Qt.MatchFlag.MatchExactly)
