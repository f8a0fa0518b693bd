"""The interview-guide editor, driven like a coordinator drives it: typing, buttons, drops."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from ecoscim_field.domain.guide_format import GuideContent, Question, Section, parse_guide
from ecoscim_field.store.enums import StakeholderGroup
from ecoscim_field.ui.casestudies.guide_editor import GuideEditorDialog, GuideTree

REPO = Path(__file__).resolve().parent.parent
LANGUAGES = [("es_MX", "Español (México)"), ("en", "English")]
CASE_STUDIES = [("cs-1", "Ecobici"), ("cs-2", "C5 cameras")]
Make = Callable[..., GuideEditorDialog]


def sample() -> GuideContent:
    return GuideContent(
        title="Guide for users",
        stakeholder_group=StakeholderGroup.OPERATOR,
        language="en",
        sections=(
            Section("Experience", (
                Question("How did you start?", True, ("Who told you?", "When?"), "Be patient."),
                Question("What do you use it for?"),
            )),
            Section("Inclusion", (
                Question("Who is left out?", core=True),
                Question("Who benefits?", probes=("Women?",)),
            )),
        ),
        case_study="Ecobici",
        key="5b0f8c1e-0000-4c5e-9a11-0a1b2c3d4e02",
        version=3,
        extra={"format": "ecoscim-guide/1"},
    )  # fmt: skip


@pytest.fixture
def make(qtbot: QtBot) -> Make:
    def _make(content: GuideContent | None, used: bool = False) -> GuideEditorDialog:
        dialog = GuideEditorDialog(content=content, case_studies=CASE_STUDIES,
                                   languages=LANGUAGES, used=used)  # fmt: skip
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return _make


def item(tree: GuideTree, section: int, question: int | None = None) -> QTreeWidgetItem:
    found = tree.topLevelItem(section)
    if question is not None and found is not None:
        found = found.child(question)
    assert found is not None
    return found


def click_item(qtbot: QtBot, tree: GuideTree, target: QTreeWidgetItem) -> None:
    tree.scrollToItem(target)
    pos = tree.visualItemRect(target).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert tree.currentItem() is target


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def save_enabled(dialog: GuideEditorDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def texts(content: GuideContent) -> list[tuple[str, list[str]]]:
    return [(s.title, [q.text for q in s.questions]) for s in content.sections]


def drop(qtbot: QtBot, tree: GuideTree, moving: QTreeWidgetItem, pos: QPoint) -> bool:
    """Drop `moving` at `pos` (viewport coordinates), as the end of a mouse drag does.

    A synthetic event has no drag source, so it cannot go through QApplication (Qt only
    delivers drops of a running QDrag); the tree's dropEvent gets it as the viewport would.
    """
    click_item(qtbot, tree, moving)
    mime = tree.model().mimeData([tree.indexFromItem(moving)])
    event = QDropEvent(QPointF(pos), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)  # fmt: skip
    tree.dropEvent(event)
    return event.isAccepted()


def test_new_guide_is_saved_only_when_complete(qtbot: QtBot, make: Make) -> None:
    dialog = make(None)
    assert dialog.windowTitle() == "New interview guide"
    assert not save_enabled(dialog)
    assert "title" in dialog.problem.text()
    # One empty section with one empty question, the question selected: type at once.
    assert texts(dialog.content()) == [("", [""])]
    assert dialog.tree.currentItem() is item(dialog.tree, 0, 0)

    qtbot.keyClicks(dialog.title, "Street lighting")
    assert not save_enabled(dialog)
    assert "Section 1" in dialog.problem.text()
    click_item(qtbot, dialog.tree, item(dialog.tree, 0))
    qtbot.keyClicks(dialog.section_title, "Opening")
    assert not save_enabled(dialog)
    assert "Question 1" in dialog.problem.text()
    click_item(qtbot, dialog.tree, item(dialog.tree, 0, 0))
    qtbot.keyClicks(dialog.question_text, "How do you use it?")
    assert save_enabled(dialog)
    assert dialog.problem.text() == ""
    content = dialog.content()
    assert (content.title, content.key, content.version) == ("Street lighting", None, None)
    assert (content.stakeholder_group, content.language, content.case_study) == (
        StakeholderGroup.USER, "es_MX", None)  # fmt: skip
    assert content.sections == (Section("Opening", (Question("How do you use it?"),)),)

    qtbot.keyClick(dialog.core, Qt.Key.Key_Space)
    qtbot.keyClicks(dialog.probes, "Since when?")
    qtbot.keyClick(dialog.probes, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.probes, "Who else?")
    qtbot.keyClicks(dialog.note, "Be gentle.")
    assert dialog.content().sections[0].questions == (
        Question("How do you use it?", True, ("Since when?", "Who else?"), "Be gentle."),
    )
    assert item(dialog.tree, 0, 0).text(0) == "1. How do you use it?"

    click(qtbot, dialog.add_question_button)
    assert dialog.tree.currentItem() is item(dialog.tree, 0, 1)
    assert not save_enabled(dialog)
    assert "Question 2" in dialog.problem.text()
    click(qtbot, dialog.remove_button)
    assert save_enabled(dialog)
    click(qtbot, dialog.add_section_button)
    assert not save_enabled(dialog)
    assert "Section 2" in dialog.problem.text()
    qtbot.keyClicks(dialog.section_title, "Closing")
    assert "Section 2 needs at least one question." in dialog.problem.text()
    click(qtbot, dialog.add_question_button)
    qtbot.keyClicks(dialog.question_text, "Anything else?")
    assert save_enabled(dialog)
    assert texts(dialog.content()) == [
        ("Opening", ["How do you use it?"]), ("Closing", ["Anything else?"])]  # fmt: skip


def test_existing_guide_round_trips_unchanged(make: Make) -> None:
    original = sample()
    dialog = make(original)
    assert dialog.windowTitle() == "Edit interview guide"
    assert save_enabled(dialog)
    content = dialog.content()
    assert content == original
    assert content.extra == original.extra
    assert dialog.case_study_id() == "cs-1"
    assert dialog.case_study.currentText() == "Ecobici"


def test_unknown_language_and_case_study_are_kept(make: Make) -> None:
    original = GuideContent("T", StakeholderGroup.ACADEMIA, "fr",
                            (Section("S", (Question("Q"),)),), case_study="Gone")  # fmt: skip
    dialog = make(original)
    assert dialog.content() == original
    assert dialog.case_study_id() is None


@pytest.mark.parametrize("name", sorted(p.name for p in (REPO / "resources/guides").glob("*.yaml")))
def test_builtin_guides_round_trip(make: Make, name: str) -> None:
    original = parse_guide((REPO / "resources/guides" / name).read_text(encoding="utf-8"), name)
    assert make(original).content() == original


def test_dragging_a_question_into_another_section(qtbot: QtBot, make: Make) -> None:
    dialog = make(sample())
    tree = dialog.tree
    # Onto a question (its lower half): right after it.
    target = item(tree, 1, 0)
    assert drop(qtbot, tree, item(tree, 0, 0), tree.visualItemRect(target).center())
    assert texts(dialog.content()) == [
        ("Experience", ["What do you use it for?"]),
        ("Inclusion", ["Who is left out?", "How did you start?", "Who benefits?"]),
    ]
    moved = dialog.content().sections[1].questions[1]
    assert moved == sample().sections[0].questions[0]  # core, probes and note go along
    assert tree.currentItem() is item(tree, 1, 1)
    # Onto a section: at its end.
    assert drop(qtbot, tree, item(tree, 1, 0), tree.visualItemRect(item(tree, 0)).center())
    assert texts(dialog.content()) == [
        ("Experience", ["What do you use it for?", "Who is left out?"]),
        ("Inclusion", ["How did you start?", "Who benefits?"]),
    ]
    # Onto the top edge of a question: right before it.
    rect = tree.visualItemRect(item(tree, 0, 0))
    assert drop(qtbot, tree, item(tree, 1, 1), QPoint(rect.center().x(), rect.top() + 1))
    assert texts(dialog.content())[0] == (
        "Experience", ["Who benefits?", "What do you use it for?", "Who is left out?"])  # fmt: skip


def test_dragging_sections_stays_at_the_top_level(qtbot: QtBot, make: Make) -> None:
    dialog = make(sample())
    tree = dialog.tree
    rect = tree.visualItemRect(item(tree, 0))
    assert drop(qtbot, tree, item(tree, 1), QPoint(rect.center().x(), rect.top() + 1))
    assert [title for title, _ in texts(dialog.content())] == ["Inclusion", "Experience"]
    below_all = QPoint(20, tree.viewport().height() - 4)
    assert tree.itemAt(below_all) is None
    assert drop(qtbot, tree, item(tree, 0), below_all)
    assert texts(dialog.content()) == texts(sample())


def test_drops_that_would_break_the_structure_are_refused(qtbot: QtBot, make: Make) -> None:
    dialog = make(sample())
    tree = dialog.tree
    below_all = QPoint(20, tree.viewport().height() - 4)
    section_top = tree.visualItemRect(item(tree, 1)).topLeft() + QPoint(20, 1)
    question = tree.visualItemRect(item(tree, 1, 0)).center()
    assert not drop(qtbot, tree, item(tree, 0, 0), below_all)  # a question at the top level
    assert not drop(qtbot, tree, item(tree, 0, 0), section_top)  # … between two sections
    assert not drop(qtbot, tree, item(tree, 0), question)  # a section among questions
    section_middle = tree.visualItemRect(item(tree, 1)).center()
    assert not drop(qtbot, tree, item(tree, 0), section_middle)  # a section inside a section
    assert dialog.content() == sample()
    assert all(item(tree, i).childCount() == 2 for i in range(2))


# A real mouse drag (QDrag.exec runs its own event loop) needs a platform that drags: X.
REAL_DRAG = """
import json
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

app = QApplication([])
from ecoscim_field.ui.casestudies.guide_editor import GuideEditorDialog
from tests.test_guide_editor import sample, texts

dialog = GuideEditorDialog(content=sample(), case_studies=[], languages=[("en", "English")])
dialog.resize(760, 560)
dialog.show()
QTest.qWaitForWindowExposed(dialog)
tree, window, viewport = dialog.tree, dialog.windowHandle(), dialog.tree.viewport()

def drag(moving, target):
    start = tree.visualItemRect(moving).center()
    def inside_the_drag():
        for point in (target - QPoint(0, 1), target):
            QTest.mouseMove(window, viewport.mapTo(dialog, point))
            QTest.qWait(20)
        QTest.mouseRelease(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                           viewport.mapTo(dialog, target))
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTimer.singleShot(50, inside_the_drag)
    QTest.mouseMove(viewport, start + QPoint(0, 30))
    QTest.qWait(100)
    return texts(dialog.content())

first = tree.topLevelItem(0)
print(json.dumps([
    drag(first.child(0), tree.visualItemRect(tree.topLevelItem(1).child(0)).center()),
    drag(first.child(0), QPoint(20, viewport.height() - 4)),
    drag(tree.topLevelItem(0), QPoint(20, viewport.height() - 4)),
]))
"""


def test_a_real_mouse_drag_moves_the_question_and_keeps_it() -> None:
    """The drag's own ending must not delete the item that the drop has just moved."""
    if shutil.which("xvfb-run") is None:
        pytest.skip("a real drag needs xvfb-run (X); offscreen Qt cannot drag")
    done = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-c", REAL_DRAG],
        cwd=REPO, env={**os.environ, "QT_QPA_PLATFORM": "xcb"},
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    moved, refused, section_last = json.loads(done.stdout.strip().splitlines()[-1])
    assert moved == [
        ["Experience", ["What do you use it for?"]],
        ["Inclusion", ["Who is left out?", "How did you start?", "Who benefits?"]],
    ]
    assert refused == moved
    assert section_last == moved[::-1]


def test_move_buttons_reorder_questions_and_sections(qtbot: QtBot, make: Make) -> None:
    dialog = make(sample())
    tree = dialog.tree
    click_item(qtbot, tree, item(tree, 0, 0))
    assert not dialog.up_button.isEnabled()
    click(qtbot, dialog.down_button)
    assert texts(dialog.content())[0] == ("Experience", ["What do you use it for?",
                                                         "How did you start?"])  # fmt: skip
    click(qtbot, dialog.down_button)  # past the end of its section: into the next one
    assert texts(dialog.content()) == [
        ("Experience", ["What do you use it for?"]),
        ("Inclusion", ["How did you start?", "Who is left out?", "Who benefits?"]),
    ]
    click(qtbot, dialog.up_button)
    click(qtbot, dialog.up_button)
    assert texts(dialog.content()) == texts(sample())

    click_item(qtbot, tree, item(tree, 1))
    assert not dialog.down_button.isEnabled()
    click(qtbot, dialog.up_button)
    assert [title for title, _ in texts(dialog.content())] == ["Inclusion", "Experience"]
    assert not dialog.up_button.isEnabled()
    click(qtbot, dialog.down_button)
    assert dialog.content() == sample()


def test_preview_shows_the_guide_as_the_interviewer_sees_it(qtbot: QtBot, make: Make) -> None:
    dialog = make(sample())
    click_item(qtbot, dialog.tree, item(dialog.tree, 1, 1))
    dialog.question_text.selectAll()
    qtbot.keyClicks(dialog.question_text, "<b>x</b>")
    dialog.tabs.setCurrentWidget(dialog.preview)
    shown = dialog.preview.toPlainText()
    for expected in ("Guide for users", "1. Experience", "2. Inclusion", "1. How did you start?",
                     "2. What do you use it for?", "3. Who is left out?", "4. <b>x</b>",
                     "Who told you?", "When?", "Women?", "Be patient.",
                     "● core question"):  # fmt: skip
        assert expected in shown, expected
    assert shown.count("● core question") == 2
    assert "&lt;b&gt;x&lt;/b&gt;" in dialog.preview.toHtml()


def test_used_version_says_saving_makes_a_new_version(make: Make) -> None:
    dialog = make(sample(), used=True)
    assert dialog.notice.isVisible()
    assert "new version" in dialog.notice.text()
    assert not make(sample()).notice.isVisible()


def test_fits_a_small_screen(make: Make) -> None:
    dialog = make(sample(), used=True)
    assert dialog.minimumWidth() < 780
    assert dialog.minimumSizeHint().width() < 780
    assert dialog.minimumSizeHint().height() < 600
