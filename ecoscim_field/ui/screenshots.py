"""`ecoscim-field screenshots`: every screen and dialog with demo data, one PNG each.

Translators check their strings in context with it; the docs use the pictures.
Every new screen or dialog is added to `render_all`.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from ecoscim_field.config import Config
from ecoscim_field.domain.demo import fill_demo
from ecoscim_field.store.database import Store
from ecoscim_field.store.errors import StoreError, StoreProblem
from ecoscim_field.ui.app import store_error_box
from ecoscim_field.ui.shell.first_start_dialog import FirstStartDialog
from ecoscim_field.ui.shell.main_window import PAGE_KEYS, MainWindow
from ecoscim_field.ui.tasks import ImmediateTaskRunner, TaskRunner


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _grab(widget: QWidget, path: Path, written: list[Path]) -> None:
    widget.show()
    _settle()
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    written.append(path)


def _consent_dialogs(window: MainWindow, store: Store) -> list[tuple[str, Callable[[], QWidget]]]:
    """The participant and consent dialogs, opened on demo participants."""
    from ecoscim_field.domain.participants import list_participants
    from ecoscim_field.ui.interviews.interview_window import InterviewWindow

    with store.transaction() as session:
        rows = list_participants(session)
    given = next(r for r in rows if r.consent.value == "given")
    fresh = next(r for r in rows if r.consent.value == "none")

    def last() -> QWidget:
        dialog = window.consent.last_dialog
        assert dialog is not None
        return dialog

    def consent() -> QWidget:
        window.consent.take_consent(fresh.id)
        dialog = last()
        from ecoscim_field.store.enums import ConsentItem
        from ecoscim_field.ui.participants.consent_dialog import ConsentDialog

        assert isinstance(dialog, ConsentDialog)
        for item in list(ConsentItem)[:4]:
            dialog.answer(item, True)
        return dialog

    def withdrawal() -> QWidget:
        window.consent.withdraw(given.id)
        return last()

    def audit() -> QWidget:
        window.consent.audit()
        return last()

    def editor() -> QWidget:
        window.edit_participant(given.id)
        found = [w for w in window.findChildren(QWidget) if type(w).__name__ == "ParticipantDialog"]
        return found[-1]

    def plan() -> QWidget:
        window.planning.plan()
        dialog = window.planning.last_dialog
        assert dialog is not None
        return dialog

    def forms() -> QWidget:
        window.consent.forms()
        return last()

    def edit_appointment() -> QWidget:
        window.planning.edit(window.summary.today[0].id if window.summary else "")
        dialog = window.planning.last_dialog
        assert dialog is not None
        return dialog

    def study_dialog(open_it: Callable[[], None]) -> Callable[[], QWidget]:
        def make() -> QWidget:
            open_it()
            dialog = window.study.last_dialog
            assert dialog is not None
            return dialog

        return make

    def first_guide() -> str:
        guides = window.summary.guides if window.summary else []
        return next(g.id for g in guides if g.language == "es_MX" and g.latest)

    def first_case() -> str:
        assert window.summary is not None
        return window.summary.case_studies[0].id

    def interview() -> QWidget:
        window.start_interview(appointment_id=window.summary.today[0].id if window.summary
                               else "")  # fmt: skip
        shown = window.interviews[-1]
        shown.resize(1100, 720)
        from ecoscim_field.store.enums import NoteKind

        shown.controller.add_note("Llegó en bicicleta; conoce bien las estaciones.",
                                  NoteKind.OBSERVATION, "1.1")  # fmt: skip
        shown.next_question()
        shown.controller.add_note("«Nadie nos preguntó dónde poner las estaciones.»",
                                  NoteKind.QUOTE, "1.2")  # fmt: skip
        shown.note.setText("Menciona que la estación más cercana siempre está vacía")
        return shown

    def reflection() -> QWidget:
        opened = interview()
        assert isinstance(opened, InterviewWindow)
        return opened.finish()

    def review() -> QWidget:
        assert window.summary is not None
        longest = max(window.summary.sessions, key=lambda row: row.audio_s)
        window.review_session(longest.id, at_ms=None)
        shown = window.reviews[-1]
        shown.resize(1100, 720)
        _settle()
        shown.notes.setCurrentItem(shown.notes.topLevelItem(1))
        assert isinstance(shown, QWidget)
        return shown

    def codebook() -> QWidget:
        dialog = window.edit_codebook()
        assert dialog is not None
        assert isinstance(dialog, QWidget)
        dialog.resize(720, 520)
        return dialog

    return [
        ("reflection", reflection),
        ("review", review),
        ("codebook", codebook),
        ("interview", interview),
        ("appointment", plan),
        ("appointment-edit", edit_appointment),
        ("case-study", study_dialog(lambda: window.study.edit_case_study(first_case()))),
        ("guide-editor", study_dialog(lambda: window.study.edit_guide(first_guide()))),
        ("guide-preview", study_dialog(lambda: window.study.preview_guide(first_guide()))),
        ("consent-forms", forms),
        ("participant", editor),
        ("consent", consent),
        ("withdrawal", withdrawal),
        ("consent-audit", audit),
    ]


SCREENSHOT_PASSPHRASE = b"screenshots passphrase"


def _team_activity(store: Store, tmp: Path) -> tuple[Path, object]:
    """Make the demo store a coordinator's, with a team around it: a laptop's bundles
    merged, a conflict, a withdrawal by phone, a bad bundle set aside and a new laptop
    waiting for approval. Returns the shared folder and the unlocked project key."""
    from sqlalchemy import select

    from ecoscim_field.domain.desk import record_withdrawal
    from ecoscim_field.domain.participants import list_participants
    from ecoscim_field.domain.profile import save_profile
    from ecoscim_field.store.enums import Role
    from ecoscim_field.store.models import CaseStudy
    from ecoscim_field.sync.bundle import read_bundle
    from ecoscim_field.sync.exchange import copy_into, exchange, identities_for
    from ecoscim_field.sync.keys import project_private_key
    from ecoscim_field.sync.merge import merge_bundle
    from ecoscim_field.sync.project import init_project, join_project

    project = init_project(store, name="ECOSCIM CDMX", passphrase=SCREENSHOT_PASSPHRASE)
    key = project_private_key(store.folder, project.project_id, SCREENSHOT_PASSPHRASE)
    shared = tmp / "shared"
    shared.mkdir()
    identities = identities_for(store, key)
    laptop = Store.open(tmp / "laptop")
    newcomer = Store.open(tmp / "newcomer")
    try:
        for other, name in ((laptop, "Diego Martínez"), (newcomer, "Sofía Ramírez")):
            join_project(other, project)
            save_profile(other, name=name, initials="".join(w[0] for w in name.split()),
                         role=Role.FIELDWORKER)  # fmt: skip
        first = _export(laptop, tmp / "out-1")
        merge_bundle(store, read_bundle(store, first, identities, keep_audio=True,
                                        trust_new_device=True))  # fmt: skip
        with store.transaction() as session:
            case = session.scalars(select(CaseStudy).order_by(CaseStudy.name)).first()
            assert case is not None
            case_id, case.description = case.id, "Descripción revisada en la oficina."
        coordinator_out = _export(store, tmp / "out-coordinator")
        merge_bundle(laptop, read_bundle(laptop, coordinator_out, identities_for(laptop),
                                         keep_audio=True))  # fmt: skip
        with store.transaction() as session:
            session.get_one(CaseStudy, case_id).notes = "Revisar con el equipo."
        with laptop.transaction() as session:
            session.get_one(CaseStudy, case_id).description = "Descripción según la visita."
        for path in _export(laptop, tmp / "out-2"):
            copy_into(path, shared)
        with newcomer.transaction() as session:
            session.add(CaseStudy(name="Caso de una computadora nueva"))
        for path in _export(newcomer, tmp / "out-3"):
            copy_into(path, shared)
        (shared / "ecoscim-0badf00d-000004.ecobundle").write_bytes(b"half a file")
        with store.reading() as session:
            given = next(r for r in list_participants(session) if r.consent.value == "given")
        record_withdrawal(store, code=given.code, items=None, requested_via="phone",
                          recorded_by="Coordinación", reason="Llamada")  # fmt: skip
        from ecoscim_field.i18n.sync_messages import describe_bundle_error

        exchange(store, shared, identities, describe=describe_bundle_error)
    finally:
        laptop.close()
        newcomer.close()
    return shared, key


def _export(store: Store, folder: Path) -> list[Path]:
    from ecoscim_field.sync.bundle import export_bundle

    result = export_bundle(store, folder, full=True)
    assert result is not None
    return result.files


def render_all(out: Path, *, language: str) -> list[Path]:
    """Render every screen into `out` (created if needed); returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="ecoscim-screens-") as tmp:
        store = Store.open(Path(tmp) / "data")
        try:
            fill_demo(store)
            shared, key = _team_activity(store, Path(tmp))
            runner: TaskRunner = ImmediateTaskRunner()
            window = MainWindow(
                store=store,
                config=Config(shared_folder=str(shared)),
                language=language,
                runner=runner,
                config_folder=Path(tmp) / "config",
            )
            window.resize(1180, 740)
            window.sync.project_key = key
            window.sync.set_online(True)
            for row, area in enumerate(PAGE_KEYS):
                window.nav.setCurrentRow(row)
                _grab(window, out / f"main-{area}.png", written)
            # The other tabs of the tabbed areas.
            agenda = window.show_area("agenda")
            for tab, name in ((1, "agenda-list"), (2, "agenda-progress")):
                agenda.tabs.setCurrentIndex(tab)  # type: ignore[attr-defined]
                _grab(window, out / f"main-{name}.png", written)
            window.show_area("case-studies").tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
            _grab(window, out / "main-guides.png", written)
            desk = window.show_area("desk")
            desk.set_locked(False)  # type: ignore[attr-defined]
            for tab, name in enumerate(("inbox", "team", "conflicts", "consent", "progress")):
                desk.tabs.setCurrentIndex(tab)  # type: ignore[attr-defined]
                _grab(window, out / f"main-desk-{name}.png", written)
            consent = _consent_dialogs(window, store)
            dialogs: list[tuple[str, Callable[[], QWidget]]] = [
                *consent,
                ("settings", window.open_settings),
                ("about", window.open_about),
                ("first-start", FirstStartDialog),
                (
                    "store-error",
                    lambda: store_error_box(
                        StoreError(StoreProblem.READ_ONLY, Path(tmp) / "read-only-folder")
                    ),
                ),
            ]
            for name, make in dialogs:
                dialog = make()
                _grab(dialog, out / f"dialog-{name}.png", written)
                dialog.close()
            for interview in [*window.interviews, *window.reviews]:
                interview.close()
            window.close()
        finally:
            store.close()
    return written
