"""Consent in the app, driven like a fieldworker drives it: dialogs, signature, PDF, purge."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ecoscim_field.config import Config
from ecoscim_field.domain.demo import fill_demo
from ecoscim_field.domain.profile import load_profile
from ecoscim_field.i18n.catalogue import install_language
from ecoscim_field.store.database import Store
from ecoscim_field.store.enums import ConsentItem, ConsentMethod, ConsentState
from ecoscim_field.store.models import AuditEntry, ConsentRecord, Recording
from ecoscim_field.ui.participants.consent_audit_dialog import ConsentAuditDialog
from ecoscim_field.ui.participants.consent_dialog import ConsentDialog
from ecoscim_field.ui.participants.withdrawal_dialog import WithdrawalDialog
from ecoscim_field.ui.shell.main_window import MainWindow
from ecoscim_field.ui.tasks import TaskRunner
from tests.conftest import run_cli


@pytest.fixture
def window(qtbot: QtBot, store: Store, _fresh_config: Path) -> Iterator[MainWindow]:
    install_language("es_MX")
    fill_demo(store)
    win = MainWindow(store=store, config=Config(), language="es_MX", runner=TaskRunner(),
                     config_folder=_fresh_config)  # fmt: skip
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.summary is not None, timeout=5000)
    win.show_area("participants")
    yield win
    qtbot.waitUntil(lambda: win.runner.idle, timeout=10000)


def open_dialog(qtbot: QtBot, win: MainWindow, button: object, kind: type) -> object:
    win.consent.last_dialog = None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: isinstance(win.consent.last_dialog, kind), timeout=5000)
    return win.consent.last_dialog


def sign(qtbot: QtBot, dialog: ConsentDialog) -> None:
    pad = dialog.signature
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(40, 90))
    for x, y in ((80, 60), (120, 100), (160, 55), (200, 95), (260, 70)):
        qtbot.mouseMove(pad, QPoint(x, y))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(300, 80))


def test_consent_dialog_refuses_incomplete_answers_and_records_a_signature(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    page = window.participants_page
    page.select_code(page.model.row_at(0).code.rsplit("-", 1)[0] + "-0006")  # never asked
    dialog = open_dialog(qtbot, window, page.consent_button, ConsentDialog)
    assert isinstance(dialog, ConsentDialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    # Nothing is pre-selected.
    assert all(v is None for v in dialog.answers().values())
    assert not ok.isEnabled() and "Faltan responder 6 puntos" in dialog.problem.text()
    for item in ConsentItem:
        dialog.answer(item, item is not ConsentItem.ARCHIVE)
    dialog.answer(ConsentItem.PARTICIPATE, False)
    assert not ok.isEnabled() and "no aceptó participar" in dialog.problem.text()
    dialog.answer(ConsentItem.PARTICIPATE, True)
    assert not ok.isEnabled() and "no ha firmado" in dialog.problem.text()
    sign(qtbot, dialog)
    assert ok.isEnabled() and dialog.problem.text() == ""
    # The participant reads Spanish (their language), the form text from the template.
    assert "Acepto participar" in dialog.items_frame.findChildren(object)[1].text()
    ok.click()
    qtbot.waitUntil(lambda: "Se registró el consentimiento" in window.statusBar().currentMessage(),
                    timeout=5000)  # fmt: skip
    with store.transaction() as session:
        record = session.scalars(
            select(ConsentRecord).where(ConsentRecord.method == ConsentMethod.SIGNATURE.value)
        ).one()
        answers = json.loads(record.answers)
    assert answers["archive"] is False and answers["participate"] is True
    assert record.signature_png is not None and record.signature_png.startswith(b"\x89PNG")
    assert record.witness_name == "Lucía Hernández Ríos"


def test_the_form_speaks_the_participants_language(qtbot: QtBot, window: MainWindow) -> None:
    page = window.participants_page
    page.search.setText("emily")
    page.table.selectRow(0)
    dialog = open_dialog(qtbot, window, page.consent_button, ConsentDialog)
    assert isinstance(dialog, ConsentDialog)
    assert dialog.form.language == "en"
    assert "I agree to take part" in dialog.form.items[0].text
    labels = [w.text() for w in dialog.items_frame.findChildren(object) if hasattr(w, "text")]
    assert "Yes" in labels and "Sí" not in labels  # the participant's words
    assert dialog.method_radios[ConsentMethod.PAPER].text() == "Formato en papel, referencia:"
    dialog.reject()


def test_the_participants_copy_is_a_pdf_in_their_language(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = window.participants_page
    first = page.model.row_at(1)  # José Luis Ramírez: paper form, no to workshops
    target = tmp_path / "copia.pdf"
    window.consent.save_copy(first.id, target=target)
    qtbot.waitUntil(target.exists, timeout=10000)
    reader = PdfReader(str(target))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert first.code in text
    assert "Acepto participar en esta entrevista" in text
    assert "Sí" in text and "talleres de co-creación. No" in text
    assert "Consentimiento dado en un formato en papel (referencia Formato en papel 1-02)" in text
    assert "Cómo retirar su consentimiento" in text and "etica@example.org" in text
    assert not list(tmp_path.glob(".*partial"))


def test_a_copy_to_a_folder_that_cannot_be_written_says_so(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file")
    window.consent.save_copy(window.participants_page.model.row_at(0).id,
                             target=blocker / "copia.pdf")  # fmt: skip
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "No se pudo guardar la copia" in shown[0] and str(blocker) in shown[0]
    assert blocker.read_text() == "a file"


def test_full_withdrawal_then_confirmed_purge(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def yes(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    page = window.participants_page
    page.search.setText("José Luis")
    page.table.selectRow(0)
    person = page.selected_row()
    assert person is not None and person.consent is ConsentState.GIVEN
    dialog = open_dialog(qtbot, window, page.withdraw_button, WithdrawalDialog)
    assert isinstance(dialog, WithdrawalDialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.everything.setChecked(True)
    dialog.channel.setCurrentIndex(dialog.channel.findData("phone"))
    qtbot.keyClicks(dialog.reason, "Ya no quiere participar")
    ok.click()
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert "1 grabación(es) y 4 nota(s)" in asked[0]
    qtbot.waitUntil(lambda: "Se eliminaron" in window.statusBar().currentMessage(), timeout=5000)
    with store.transaction() as session:
        remaining = session.scalars(
            select(Recording).where(Recording.participant_id == person.id)
        ).all()
        assert remaining == []
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "consent.purged")
        ).one()
        assert person.code in entry.detail and "Ya no quiere participar" in entry.detail
    qtbot.waitUntil(lambda: page.selected_row() is None or True)
    qtbot.waitUntil(
        lambda: any(
            page.model.row_at(r).code == person.code
            and page.model.row_at(r).consent is ConsentState.WITHDRAWN
            for r in range(page.model.rowCount())
        ),
        timeout=5000,
    )


def test_the_audit_in_the_app_lists_what_the_demo_left_and_purges_it(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page = window.participants_page
    dialog = open_dialog(qtbot, window, page.audit_button, ConsentAuditDialog)
    assert isinstance(dialog, ConsentAuditDialog)
    assert dialog.table.rowCount() == 10  # two withdrawn participants: a recording, 4 notes each
    assert "10 grabaciones o notas no tienen" in dialog.summary.text()
    dialog.table.selectRow(0)
    dialog.purge.click()
    qtbot.waitUntil(lambda: "Se eliminaron" in window.statusBar().currentMessage(), timeout=5000)
    from ecoscim_field.domain.consent_audit import consent_audit

    with store.transaction() as session:
        assert len(consent_audit(session)) == 5  # the other participant's recording and notes
    assert load_profile(store) is not None
    QApplication.processEvents()


def test_consent_audit_exit_status(data_dir: Path) -> None:
    empty = run_cli("--data-dir", str(data_dir), "--lang", "en", "consent", "audit")
    assert empty.returncode == 0, empty.stdout + empty.stderr
    assert "has the consent it needs" in empty.stdout
    assert run_cli("--data-dir", str(data_dir), "demo").returncode == 0
    found = run_cli("--data-dir", str(data_dir), "--lang", "en", "consent", "audit")
    assert found.returncode == 1
    assert "10 items lack the consent they need." in found.stdout
    assert "withdrawn" in found.stdout
    spanish = run_cli("--data-dir", str(data_dir), "--lang", "es_MX", "consent", "audit")
    assert "10 elementos no tienen el consentimiento necesario." in spanish.stdout


def test_coordinator_adds_a_form_version_and_old_ones_stay_readable(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path
) -> None:
    from ecoscim_field.domain.consent_forms import builtin_templates, load_template
    from ecoscim_field.ui.participants.consent_forms_dialog import ConsentFormsDialog

    page = window.participants_page
    dialog = open_dialog(qtbot, window, page.forms_button, ConsentFormsDialog)
    assert isinstance(dialog, ConsentFormsDialog)
    assert dialog.versions.count() == 2 and not dialog.add.isEnabled()  # a fieldworker
    dialog.reject()
    files = []
    for path in builtin_templates():
        data = load_template(path)
        data["version"] = 2
        data["items"] = data["items"][:-1]  # v2 no longer asks about workshops
        target = tmp_path / path.name.replace("v1", "v2")
        target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        files.append(target)
    window.consent.add_version(files)
    qtbot.waitUntil(lambda: "Se agregó la versión 2" in window.statusBar().currentMessage(),
                    timeout=5000)  # fmt: skip
    dialog = open_dialog(qtbot, window, page.forms_button, ConsentFormsDialog)
    assert isinstance(dialog, ConsentFormsDialog)
    texts = [dialog.versions.item(i).text() for i in range(dialog.versions.count())]
    assert texts[0].startswith("v2") and "en uso" in texts[0]
    assert any(t.startswith("v1") and "retirada" in t for t in texts)
    dialog.versions.setCurrentRow(texts.index(next(t for t in texts if t.startswith("v1"))))
    assert "talleres de co-creación" in dialog.text.toPlainText() or "workshops" in (
        dialog.text.toPlainText()
    )
    dialog.reject()


def test_a_malformed_template_is_named_in_the_message(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    bad = tmp_path / "v2.es_MX.json"
    bad.write_text('{"form_key": "ecoscim-consent", "version": 2}', encoding="utf-8")
    window.consent.add_version([bad])
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert str(bad) in shown[0] and "no se puede usar" in shown[0]
