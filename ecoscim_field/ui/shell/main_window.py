"""The main window: navigation between the areas, the status bar, menus and dialogs."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)
from shiboken6 import isValid

from ecoscim_field import APP_NAME
from ecoscim_field.config import Config
from ecoscim_field.i18n.catalogue import install_language
from ecoscim_field.i18n.messages import describe_store_error, describe_template_error
from ecoscim_field.store.enums import Role
from ecoscim_field.store.errors import StoreError
from ecoscim_field.ui.icons import icon
from ecoscim_field.ui.shell.page import AreaPage
from ecoscim_field.ui.shell.summary import StoreSummary, load_summary
from ecoscim_field.ui.tasks import TaskRunner
from ecoscim_field.ui.today.today_page import TodayPage
from ecoscim_field.ui.translatable import Translatable

if TYPE_CHECKING:
    from PySide6.QtNetwork import QNetworkInformation

    from ecoscim_field.domain.participants import ParticipantData
    from ecoscim_field.store.database import Store
    from ecoscim_field.sync.keys import Project
    from ecoscim_field.ui.agenda.agenda_page import AgendaPage
    from ecoscim_field.ui.casestudies.case_studies_page import CaseStudiesPage
    from ecoscim_field.ui.casestudies.study_actions import StudyActions
    from ecoscim_field.ui.interviews.interview_window import InterviewWindow
    from ecoscim_field.ui.participants.consent_actions import ConsentActions
    from ecoscim_field.ui.participants.participant_dialog import ParticipantDialog
    from ecoscim_field.ui.participants.participants_page import ParticipantsPage
    from ecoscim_field.ui.settings.settings_dialog import SettingsChoice, SettingsDialog
    from ecoscim_field.ui.shell.about_dialog import AboutDialog
    from ecoscim_field.ui.today.planning_actions import PlanningActions

PAGE_KEYS = ("today", "agenda", "participants", "interviews", "case-studies", "sync", "desk")
PAGE_ICONS = PAGE_KEYS


class SessionNeedsParticipant(Exception):
    """An appointment still "to be recruited" cannot become an interview yet."""


class MainWindow(Translatable, QMainWindow):
    """The app's one main window.

    It comes up before the store is open (opening needs SQLAlchemy, slow to import, and
    may need a migration): `attach_store()` hands it the store once a worker opened it.
    """

    closed = Signal()

    def __init__(
        self,
        *,
        store: Store | None = None,
        config: Config,
        language: str,
        runner: TaskRunner,
        config_folder: Path | None = None,
    ) -> None:
        super().__init__()
        self.store: Store | None = None
        self.config, self.language, self.runner = config, language, runner
        # Tests swap in a recorder that needs no sound card (see ui/interviews).
        self.recorder_factory: Callable[..., Any] = _default_recorder_factory
        self.player_factory: Callable[..., Any] = _default_player_factory
        self.monitor_factory: Callable[..., Any] = _default_monitor_factory
        self._config_folder = config_folder
        self.summary: StoreSummary | None = None
        self._then: list[Callable[[], None]] = []
        self._stale: set[int] = set()  # pages built but showing an older snapshot
        self.setWindowIcon(icon("ecoscim-field"))
        runner.setParent(self)
        runner.failed.connect(self.show_error)
        from ecoscim_field.ui.sync.sync_controller import SyncController

        self.sync = SyncController(
            runner=runner, store=lambda: self.store, shared_folder=self.shared_folder,
            part_size=lambda: self.config.part_size_mb() * 1024 * 1024,
            recording=self.recording_now, parent=self,
        )  # fmt: skip
        self.sync.changed.connect(self._sync_changed)
        self.sync.exchanged.connect(self._synced)

        # Pages are built when first shown: only Today is start-up work.
        today = TodayPage(self)
        today.plan_requested.connect(lambda: self.planning.plan())
        today.edit_requested.connect(lambda aid: self.planning.edit(aid))
        today.status_requested.connect(self._set_appointment_status)
        today.start_requested.connect(lambda aid: self.start_interview(appointment_id=aid))
        self._pages: list[AreaPage | None] = [today, *(None for _key in PAGE_KEYS[1:])]
        self._planning: PlanningActions | None = None
        self._study: StudyActions | None = None
        self.interviews: list[InterviewWindow] = []  # open interview windows
        self.reviews: list[Any] = []  # open review windows
        self.recovery_box: QMessageBox | None = None
        self._consent: ConsentActions | None = None
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(28, 28))
        self.nav.setFixedWidth(210)
        self.nav.setSpacing(2)
        self.stack = QStackedWidget(self)
        for page, icon_name in zip(self._pages, PAGE_ICONS, strict=True):
            self.nav.addItem(QListWidgetItem(icon(icon_name), ""))
            self.stack.addWidget(page or QWidget(self))
        self.nav.item(PAGE_KEYS.index("desk")).setHidden(True)  # coordinators only
        self.nav.currentRowChanged.connect(self._show_page)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.network_label = QLabel(self)
        self.pending_label = QLabel(self)
        self.profile_label = QLabel(self)
        for label in (self.profile_label, self.pending_label, self.network_label):
            self.statusBar().addPermanentWidget(label)
        self._reachability: QNetworkInformation.Reachability | None = None

        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.open_about)
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.about_action)

        self.resize(1180, 740)
        if config.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(config.window_geometry.encode("ascii")))
        self.nav.setCurrentRow(0)
        self.retranslate()
        if store is not None:
            self.attach_store(store)
        # Well after the window is up: loading the network plugin is not start-up work.
        QTimer.singleShot(500, self._watch_network)

    # --- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(APP_NAME)
        titles = (
            self.tr("Today"),
            self.tr("Agenda"),
            self.tr("Participants"),
            self.tr("Interviews"),
            self.tr("Case studies"),
            self.tr("Sync"),
            self.tr("Coordination"),
        )
        for row, title in enumerate(titles):
            self.nav.item(row).setText(title)
        self.file_menu.setTitle(self.tr("&File"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About {app}").format(app=APP_NAME))
        self._show_network()
        self._show_status()

    def _show_status(self) -> None:
        if self.summary is None:
            self.pending_label.setText(self.tr("Opening the store…"))
            self.profile_label.setText("")
            return
        waiting = self.tr("%n change(s) waiting to sync", "", self.summary.pending)
        if self.summary.outbox_files:
            waiting += " · " + self.tr("%n bundle(s) in the outbox", "", self.summary.outbox_files)
        self.pending_label.setText(waiting)
        profile = self.summary.profile
        self.profile_label.setText(f"{profile.name} ({profile.initials})" if profile else "")

    def _show_network(self) -> None:
        """The status bar: online or offline, and how syncing stands."""
        sync = self.sync
        if sync.online is None:
            text = self.tr("Network: unknown")
        else:
            text = self.tr("Online") if sync.online else self.tr("Offline")
        if sync.running:
            text += " · " + self.tr("syncing…")
        elif sync.deferred:
            text += " · " + self.tr("sync after the recording")
        elif sync.problem:
            text += " · " + self.tr("last sync failed")
        elif sync.last_time is not None:
            from ecoscim_field.ui.sync.sync_page import local_time

            text += " · " + self.tr("synced {time}").format(time=local_time(sync.last_time))
        self.network_label.setText(text)

    # --- pages ---------------------------------------------------------------------------

    def page(self, index: int) -> AreaPage:
        """The page at `index`, built on first use, showing the latest snapshot."""
        page = self._pages[index]
        if page is not None and index in self._stale and self.summary is not None:
            self._stale.discard(index)
            page.show_summary(self.summary)
        if page is None:
            page = self._build_page(index)
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self._pages[index] = page
            if self.summary is not None:
                page.show_summary(self.summary)
        return page

    @property
    def pages(self) -> list[AreaPage]:
        return [self.page(i) for i in range(len(self._pages))]

    def _show_page(self, index: int) -> None:
        self.page(index)
        self.stack.setCurrentIndex(index)

    def page_for(self, key: str) -> AreaPage:
        """The page of `key` (one of PAGE_KEYS), built on first use."""
        return self.page(PAGE_KEYS.index(key))

    def show_area(self, key: str) -> AreaPage:
        self.nav.setCurrentRow(PAGE_KEYS.index(key))
        return self.page_for(key)

    def _build_page(self, index: int) -> AreaPage:
        key = PAGE_KEYS[index]
        if key == "agenda":
            from ecoscim_field.ui.agenda.agenda_page import AgendaPage

            agenda = AgendaPage(self)
            agenda.plan_requested.connect(lambda: self.planning.plan())
            agenda.edit_requested.connect(lambda aid: self.planning.edit(aid))
            agenda.status_requested.connect(self._set_appointment_status)
            agenda.export_requested.connect(lambda rows: self.planning.export_ics(rows))
            return agenda
        if key == "participants":
            from ecoscim_field.ui.participants.participants_page import ParticipantsPage

            participants = ParticipantsPage(self)
            participants.new_requested.connect(self.new_participant)
            participants.edit_requested.connect(self.edit_participant)
            participants.consent_requested.connect(lambda pid: self.consent.take_consent(pid))
            participants.withdraw_requested.connect(lambda pid: self.consent.withdraw(pid))
            participants.copy_requested.connect(lambda pid: self.consent.save_copy(pid))
            participants.audit_requested.connect(lambda: self.consent.audit())
            participants.forms_requested.connect(lambda: self.consent.forms())
            participants.interview_requested.connect(
                lambda pid: self.start_interview(participant_id=pid)
            )
            return participants
        if key == "interviews":
            from ecoscim_field.ui.interviews.interviews_page import InterviewsPage

            interviews = InterviewsPage(self)
            interviews.search_requested.connect(
                lambda typed: self.search_notes(typed, interviews.show_hits)
            )
            interviews.review_requested.connect(self.review_session)
            interviews.codebook_requested.connect(self.edit_codebook)
            return interviews
        if key == "case-studies":
            return self._case_studies_page()
        from ecoscim_field.ui.sync.sync_page import SyncPage

        if key == "desk":
            return self._desk_page()
        page = SyncPage(self)
        page.sync_requested.connect(lambda: self.sync.request("now"))
        page.folder_requested.connect(self.choose_shared_folder)
        page.write_requested.connect(self.write_bundle_to_folder)
        page.show_state(self.sync, self.shared_folder())
        return page

    def _desk_page(self) -> AreaPage:
        from ecoscim_field.ui.sync.desk_page import DeskPage

        desk = DeskPage(self)
        desk.approve_requested.connect(self.approve_bundle)
        desk.unlock_requested.connect(self.ask_passphrase)
        desk.sync_requested.connect(lambda: self.sync.request("now"))
        desk.resolve_requested.connect(self.resolve_conflict)
        desk.withdrawal_requested.connect(self.record_withdrawal)
        desk.audit_requested.connect(lambda: self.consent.audit())
        desk.set_locked(self.sync.project_key is None)
        QTimer.singleShot(0, self.load_desk)
        return desk

    def _case_studies_page(self) -> CaseStudiesPage:
        from ecoscim_field.ui.casestudies.case_studies_page import CaseStudiesPage

        page = CaseStudiesPage(self)
        study = self.study
        page.new_case_requested.connect(study.new_case_study)
        page.edit_case_requested.connect(study.edit_case_study)
        page.archive_case_requested.connect(study.archive_case_study)
        page.delete_case_requested.connect(study.delete_case_study)
        page.new_guide_requested.connect(study.new_guide)
        page.edit_guide_requested.connect(study.edit_guide)
        page.preview_guide_requested.connect(study.preview_guide)
        page.duplicate_guide_requested.connect(study.duplicate_guide)
        page.import_guide_requested.connect(lambda: study.import_guide())
        page.export_guide_requested.connect(lambda gid: study.export_guide(gid))
        page.archive_guide_requested.connect(study.archive_guide)
        page.delete_guide_requested.connect(study.delete_guide)
        return page

    @property
    def participants_page(self) -> ParticipantsPage:
        from ecoscim_field.ui.participants.participants_page import ParticipantsPage

        page = self.page_for("participants")
        assert isinstance(page, ParticipantsPage)
        return page

    @property
    def agenda_page(self) -> AgendaPage:
        from ecoscim_field.ui.agenda.agenda_page import AgendaPage

        page = self.page_for("agenda")
        assert isinstance(page, AgendaPage)
        return page

    @property
    def case_studies_page(self) -> CaseStudiesPage:
        from ecoscim_field.ui.casestudies.case_studies_page import CaseStudiesPage

        page = self.page_for("case-studies")
        assert isinstance(page, CaseStudiesPage)
        return page

    @property
    def study(self) -> StudyActions:
        """The case-study and guide actions, set up on first use."""
        if self._study is None:
            from ecoscim_field.ui.casestudies.study_actions import StudyActions

            self._study = StudyActions(
                parent=self,
                runner=self.runner,
                store=lambda: self.store,
                actor=self._actor,
                refresh=self.refresh,
                notify=lambda message: self.statusBar().showMessage(message, 15000),
                select=lambda **chosen: self._after_refresh(
                    lambda: self.case_studies_page.select(**chosen)
                ),
            )
        return self._study

    def _after_refresh(self, then: Callable[[], None]) -> None:
        """Run `then` once the next store snapshot is on screen."""
        self._then.append(then)

    def start_interview(
        self, *, appointment_id: str | None = None, participant_id: str | None = None
    ) -> None:
        """Open the interview screen: from an appointment, or a walk-in with a participant."""
        store, me = self.store, self.summary.profile if self.summary else None
        if store is None:
            return
        actor = self._actor()

        def begin() -> dict[str, object]:
            from ecoscim_field.domain.guides import load_guide, suggested_guide
            from ecoscim_field.domain.participants import load_participant
            from ecoscim_field.domain.sessions import record_gate, start_session
            from ecoscim_field.store.models import Appointment

            with store.reading() as session:
                pid, guide_id = participant_id, None
                if appointment_id is not None:
                    appointment = session.get_one(Appointment, appointment_id)
                    pid, guide_id = appointment.participant_id, appointment.guide_id
                if pid is None:
                    raise SessionNeedsParticipant()
                code, data = load_participant(session, pid)
                if guide_id is None:  # a walk-in: the current guide for their group
                    guide_id = suggested_guide(session, data.stakeholder_group, data.language)
                guide = load_guide(session, guide_id) if guide_id else None
                gate = record_gate(session, pid)
            session_id = start_session(store, participant_id=pid, appointment_id=appointment_id,
                                       guide_id=guide_id, actor=actor,
                                       fieldworker_id=me.id if me else None)  # fmt: skip
            return {"session": session_id, "participant": pid, "guide": guide, "gate": gate,
                    "who": f"{code} {data.name}".strip()}  # fmt: skip

        def failed(error: BaseException) -> None:
            from ecoscim_field.domain.sessions import SessionError

            if isinstance(error, SessionNeedsParticipant):
                QMessageBox.information(self, APP_NAME, self.tr(
                    "This appointment has no participant yet: register the participant and "
                    "choose them in the appointment first."))  # fmt: skip
            elif isinstance(error, SessionError):
                QMessageBox.warning(self, APP_NAME, self.tr(
                    "This participant has withdrawn from the study: no interview."))  # fmt: skip
            else:
                self.runner.failed.emit(error)

        self.runner.run(begin, self._open_interview, failed)

    def _open_interview(self, found: dict[str, object]) -> None:
        from ecoscim_field.domain.guide_format import GuideContent
        from ecoscim_field.domain.sessions import RecordGate
        from ecoscim_field.ui.interviews.interview_window import InterviewWindow
        from ecoscim_field.ui.interviews.session_controller import SessionController

        assert self.store is not None
        gate, guide = found["gate"], found["guide"]
        assert isinstance(gate, RecordGate)
        assert guide is None or isinstance(guide, GuideContent)
        controller = SessionController(
            store=self.store, runner=self.runner, session_id=str(found["session"]),
            participant_id=str(found["participant"]), gate=gate,
            device=self.config.audio_input, actor=self._actor(),
            sample_rate=self.recording_rate(),
            recorder_factory=self.recorder_factory,
        )  # fmt: skip
        window = InterviewWindow(controller=controller, who=str(found["who"]), guide=guide)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.consent_requested.connect(lambda pid: self.consent.take_consent(pid))
        self.consent.consent_recorded.connect(
            lambda pid: controller.recheck_gate() if pid == controller.participant_id else None
        )
        window.finished.connect(self.refresh)
        window.finished.connect(lambda *_args: self.sync.request("interview"))
        controller.state_changed.connect(
            lambda state: self.sync.recording_stopped() if state == "idle" else None
        )
        window.destroyed.connect(lambda _obj=None, w=window: self._forget_interview(w))
        self.interviews.append(window)
        window.show()

    def _forget_interview(self, window: InterviewWindow) -> None:
        if window in self.interviews:
            self.interviews.remove(window)

    def review_session(self, session_id: str, at_ms: int | None = None) -> None:
        """Open a session's review: waveform, playback, notes (at a note's moment if given)."""
        from ecoscim_field.ui.interviews.review_window import ReviewWindow

        if self.store is None:
            return
        window = ReviewWindow(store=self.store, runner=self.runner, session_id=session_id,
                              at_ms=at_ms, device=self.config.audio_output,
                              player_factory=self.player_factory)  # fmt: skip
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda _obj=None, w=window: self._forget_review(w))
        self.reviews.append(window)
        window.show()

    def _forget_review(self, window: Any) -> None:
        if window in self.reviews:
            self.reviews.remove(window)

    def edit_codebook(self) -> Any:
        from ecoscim_field.ui.interviews.codebook_dialog import CodebookDialog

        if self.store is None:
            return None
        dialog = CodebookDialog(store=self.store, runner=self.runner, parent=self)
        dialog.open()
        return dialog

    def search_notes(self, typed: str, show: Callable[[str, list[Any]], None]) -> None:
        """Search every note off the GUI thread; `show(typed, hits)` gets the results."""
        store = self.store
        if store is None:
            return

        def search() -> list[Any]:
            from ecoscim_field.domain.search import search_notes

            with store.reading() as session:
                return search_notes(session, typed)

        self.runner.run(search, lambda hits: show(typed, hits))

    def _set_appointment_status(self, appointment_id: str, status: str) -> None:
        from ecoscim_field.store.enums import AppointmentStatus

        self.planning.set_status(appointment_id, AppointmentStatus(status))

    @property
    def planning(self) -> PlanningActions:
        """The planning actions, set up on first use."""
        if self._planning is None:
            from ecoscim_field.ui.today.planning_actions import PlanningActions

            self._planning = PlanningActions(
                parent=self,
                runner=self.runner,
                store=lambda: self.store,
                me=lambda: self.summary.profile.id if self.summary and self.summary.profile
                else None,
                refresh=self.refresh,
                notify=lambda message: self.statusBar().showMessage(message, 15000),
                actor=self._actor,
            )  # fmt: skip
        return self._planning

    @property
    def consent(self) -> ConsentActions:
        """The consent actions, set up on first use."""
        if self._consent is None:
            from ecoscim_field.ui.participants.consent_actions import ConsentActions

            self._consent = ConsentActions(
                parent=self,
                runner=self.runner,
                store=lambda: self.store,
                profile=lambda: self.summary.profile if self.summary else None,
                refresh=self.refresh,
                notify=lambda message: self.statusBar().showMessage(message, 15000),
            )
        return self._consent

    # --- store ---------------------------------------------------------------------------

    def attach_store(self, store: Store) -> None:
        """Show `store` (opened elsewhere, off the GUI thread)."""
        self.store = store
        self.refresh()
        self.sync.start()

        def starting_guides() -> int:
            from ecoscim_field.domain.codebook import ensure_builtin_codes
            from ecoscim_field.domain.guides import ensure_builtin_guides

            return ensure_builtin_guides(store) + ensure_builtin_codes(store)

        # A new store gets the built-in starting guides and the framework's codes (a read
        # when they are there).
        self.runner.run(starting_guides, lambda added: self.refresh() if added else None)

        def recover() -> list[Any]:
            from ecoscim_field.domain.recordings import recover_interrupted

            return recover_interrupted(store)

        # Recordings a crash interrupted are saved as normal files before anything else.
        self.runner.run(recover, self._tell_recovered)
        if store.report.backup is not None:
            self.statusBar().showMessage(
                self.tr(
                    "The store was upgraded to this version; a copy of the old one is in {path}."
                ).format(path=store.report.backup),
                20000,
            )

    def _tell_recovered(self, recovered: list[Any]) -> None:
        if not recovered:
            return
        self.refresh()
        lines = "\n".join(f"• {found.path.name} ({found.duration_s:.0f} s)" for found in recovered)
        box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, self.tr(
            "%n recording(s) interrupted last time (the laptop or the app stopped) were "
            "saved as normal files, marked as recovered:", "", len(recovered)),
            QMessageBox.StandardButton.Ok, self)  # fmt: skip
        box.setInformativeText(lines)
        self.recovery_box = box
        box.open()

    def refresh(self) -> None:
        """Reload what the window shows from the store, off the GUI thread."""
        store = self.store
        if store is not None:
            self.runner.run(lambda: load_summary(store), self._apply_summary)

    def _apply_summary(self, summary: StoreSummary) -> None:
        self.summary = summary
        coordinator = summary.coordinator or (
            summary.profile is not None and summary.profile.role is Role.COORDINATOR
        )
        self.nav.item(PAGE_KEYS.index("desk")).setHidden(not coordinator)
        if self._pages[PAGE_KEYS.index("desk")] is not None:
            self.load_desk()
        # Only the page on screen is refilled now; the others when next shown (a refill
        # of every open page at once would hold the GUI thread for a large store).
        current = self.stack.currentIndex()
        for index, page in enumerate(self._pages):
            if page is None:
                continue
            if index == current:
                page.show_summary(summary)
            else:
                self._stale.add(index)
        self._show_status()
        then, self._then = self._then, []
        for step in then:
            step()

    def warn(self, text: str) -> QMessageBox:
        """A warning that does not hold the event loop (work goes on behind it)."""
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.Ok,
                          self)  # fmt: skip
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_warning = text
        box.open()
        return box

    def show_error(self, error: BaseException) -> None:
        """The one place where errors from background work reach the user."""
        from ecoscim_field.domain.consent_forms import TemplateError

        if isinstance(error, StoreError):
            text = describe_store_error(error)
        elif isinstance(error, TemplateError):
            text = describe_template_error(error.file, error.problem)
        else:
            text = self.tr("Something went wrong: {error}").format(error=error)
        QMessageBox.warning(self, APP_NAME, text)

    def _watch_network(self) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if not QNetworkInformation.loadDefaultBackend():
            return
        info = QNetworkInformation.instance()
        if info is None:
            return
        info.reachabilityChanged.connect(self._on_reachability)
        self._on_reachability(info.reachability())

    def _on_reachability(self, reachability: QNetworkInformation.Reachability) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        self._reachability = reachability
        self._show_network()
        online = {
            QNetworkInformation.Reachability.Online: True,
            QNetworkInformation.Reachability.Unknown: None,
        }.get(reachability, False)
        self.sync.set_online(online)

    # --- sync ----------------------------------------------------------------------------

    def shared_folder(self) -> Path | None:
        return Path(self.config.shared_folder) if self.config.shared_folder else None

    def recording_now(self) -> bool:
        """Whether an interview is recording (or starting or stopping): no sync then."""
        busy = ("starting", "recording", "paused", "stopping")
        return any(w.controller.state in busy for w in self.interviews if isValid(w))

    def _sync_changed(self) -> None:
        self._show_network()
        page = self._pages[PAGE_KEYS.index("sync")]
        if page is not None:
            page.show_state(self.sync, self.shared_folder())  # type: ignore[attr-defined]

    def _synced(self, report: Any) -> None:
        self.refresh()  # the desk reloads with the new snapshot
        if report.problem:
            self.statusBar().showMessage(
                self.tr("Sync failed: {reason}").format(reason=report.problem), 15000)  # fmt: skip
            return
        received = sum(r.added + r.updated for _name, r in report.received)
        text = self.tr("Synced: %n bundle(s) sent", "", len(report.sent)) + ", " + self.tr(
            "%n record(s) received", "", received)  # fmt: skip
        if report.rejected:
            text += ", " + self.tr("%n bundle(s) set aside", "", len(report.rejected))
        self.statusBar().showMessage(text, 15000)

    # --- the coordinator's desk ----------------------------------------------------------

    @property
    def desk(self) -> Any:
        return self.page_for("desk")

    def load_desk(self) -> None:
        store = self.store
        if store is None:
            return

        def load() -> Any:
            from ecoscim_field.domain.desk import load_desk

            with store.reading() as session:
                return load_desk(session)

        self.runner.run(load, lambda data: self.desk.show_desk(data))

    def approve_bundle(self, file_name: str) -> None:
        """The coordinator approves the laptop of a waiting bundle: merge it now."""
        self.sync.approve.add(file_name)
        self.sync.request("approved")

    def ask_passphrase(self) -> None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        text, ok = QInputDialog.getText(
            self, self.tr("Unlock the project key"), self.tr("Project passphrase:"),
            QLineEdit.EchoMode.Password)  # fmt: skip
        if ok and text:
            self.unlock_project_key(text)

    def unlock_project_key(self, passphrase: str) -> None:
        """Keep the project's private key in memory for this session (coordinator)."""
        store = self.store
        if store is None:
            return

        def unlock() -> Any:
            from ecoscim_field.sync.bundle import require_project
            from ecoscim_field.sync.keys import project_private_key

            project = require_project(store)
            return project_private_key(store.folder, project.project_id,
                                       passphrase.encode("utf-8"))  # fmt: skip

        def unlocked(key: Any) -> None:
            self.sync.project_key = key
            self.desk.set_locked(False)
            self.sync.request("unlocked")

        def failed(error: BaseException) -> None:
            from ecoscim_field.i18n.sync_messages import describe_key_error
            from ecoscim_field.sync.keys import KeyError_

            text = describe_key_error(error) if isinstance(error, KeyError_) else str(error)
            self.warn(text)

        self.runner.run(unlock, unlocked, failed)

    def resolve_conflict(self, conflict_id: str, keep: str, edited: dict[str, Any]) -> None:
        store, actor = self.store, self._actor()
        if store is None:
            return

        def resolve() -> None:
            from ecoscim_field.sync.merge import resolve_conflict

            resolve_conflict(store, conflict_id, keep=keep, actor=actor, edited=edited or None)

        def failed(error: BaseException) -> None:
            self.warn(self.tr(
                "This resolution cannot be saved: {reason}").format(reason=error))  # fmt: skip

        def done(_none: None) -> None:
            self.statusBar().showMessage(self.tr(
                "Conflict resolved; the resolution goes to every laptop in your next bundle."),
                15000)  # fmt: skip
            self.refresh()

        self.runner.run(resolve, done, failed)

    def record_withdrawal(self, code: str, items: Any, via: str, reason: str) -> None:
        store, actor = self.store, self._actor()
        if store is None:
            return

        def record() -> Any:
            from ecoscim_field.domain.desk import record_withdrawal

            return record_withdrawal(store, code=code, items=items, requested_via=via,
                                     recorded_by=actor, reason=reason)  # fmt: skip

        def done(report: Any) -> None:
            self.desk.withdrawal_done(self.tr(
                "Withdrawal of {code} recorded: %n recording(s) or note(s) removed here; each "
                "laptop removes its copies after its next sync.", "",
                len(report.recordings) + report.notes).format(code=report.participant_code),
                ok=True)  # fmt: skip
            self.refresh()
            self.sync.request("withdrawal")

        def failed(error: BaseException) -> None:
            from ecoscim_field.domain.desk import WithdrawalError

            problem = getattr(error, "problem", "") if isinstance(error, WithdrawalError) else ""
            text = {
                "unknown_code": self.tr("No participant has the code {code}.").format(code=code),
                "no_consent": self.tr(
                    "{code} never gave consent: there is nothing to withdraw."
                ).format(code=code),
            }.get(problem, str(error))
            self.desk.withdrawal_done(text, ok=False)

        self.runner.run(record, done, failed)

    def choose_shared_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("The shared folder"), self.config.shared_folder or str(Path.home())
        )
        if folder:
            self.set_shared_folder(Path(folder))

    def set_shared_folder(self, folder: Path) -> None:
        self.config.shared_folder = str(folder)
        self._save_config()
        self._sync_changed()
        self.sync.check_folder()

    def write_bundle_to_folder(self, folder: Path | None = None) -> None:
        """For places where nothing syncs: this laptop's bundle(s) onto a USB stick."""
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Write the bundle to"))
            if not chosen:
                return
            folder = Path(chosen)
        store, target = self.store, folder
        if store is None:
            return
        part = self.config.part_size_mb() * 1024 * 1024

        def write() -> list[Path]:
            from ecoscim_field.sync.exchange import write_to_folder

            return write_to_folder(store, target, part_size=part)

        def written(files: list[Path]) -> None:
            self.refresh()
            self.statusBar().showMessage(
                self.tr("%n bundle file(s) written to {folder}", "", len(files)).format(
                    folder=target), 15000)  # fmt: skip

        self.runner.run(write, written, self._sync_write_failed)

    def _sync_write_failed(self, error: BaseException) -> None:
        from ecoscim_field.i18n.messages import describe_os_reason
        from ecoscim_field.i18n.sync_messages import describe_bundle_error
        from ecoscim_field.sync.bundle import BundleError

        if isinstance(error, BundleError):
            text = describe_bundle_error(error)
        elif isinstance(error, OSError):
            text = self.tr("The bundle cannot be written: {reason}").format(
                reason=describe_os_reason(error))  # fmt: skip
        else:
            text = str(error)
        self.warn(text)

    # --- dialogs -------------------------------------------------------------------------

    def open_settings(self) -> SettingsDialog:
        # Dialogs are imported when first opened: not start-up work.
        from ecoscim_field.ui.settings.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            profile=self.summary.profile if self.summary else None,
            language=self.language,
            data_dir=self.data_dir(),
            audio_input=self.config.audio_input,
            runner=self.runner,
            sample_rate=self.recording_rate(),
            audio_output=self.config.audio_output,
            part_size_mb=self.config.part_size_mb(),
            monitor_factory=self.monitor_factory,
            parent=self,
        )
        dialog.accepted.connect(lambda: self.apply_settings(dialog.choice()))
        dialog.open()
        return dialog

    def apply_settings(self, choice: SettingsChoice) -> None:
        if choice.language != self.language:
            self.language = choice.language
            install_language(choice.language)  # widgets re-translate on LanguageChange
        self.config.language = choice.language
        self.config.audio_input = choice.audio_input
        self.config.audio_output = choice.audio_output
        self.config.sample_rate = str(choice.sample_rate)
        self.config.bundle_part_mb = str(choice.part_size_mb)
        if choice.data_dir != self.data_dir():
            self.config.data_dir = str(choice.data_dir)
        self._save_config()
        self.save_profile(choice.name, choice.initials, choice.role)

    def save_profile(
        self, name: str, initials: str, role: Role, project: Project | None = None
    ) -> None:
        """Save this laptop's profile (and join the project of the first-start dialog)."""
        store = self.store
        if store is None:
            return

        def save() -> None:
            from ecoscim_field.domain.profile import save_profile

            save_profile(store, name=name, initials=initials, role=role)
            if project is not None:
                from ecoscim_field.sync.project import join_project

                join_project(store, project)

        def failed(error: BaseException) -> None:
            from ecoscim_field.i18n.sync_messages import describe_key_error
            from ecoscim_field.sync.keys import KeyError_

            if isinstance(error, KeyError_):
                self.statusBar().showMessage(describe_key_error(error))
            else:
                self.show_error(error)

        self.runner.run(save, lambda _none: self.refresh(), failed)

    def recording_rate(self) -> int:
        """The recording rate chosen in Settings (16 kHz unless another was chosen)."""
        try:
            return int(self.config.sample_rate or 16000)
        except ValueError:  # a hand-edited settings file
            return 16000

    def data_dir(self) -> Path:
        if self.store is not None:
            return self.store.folder
        return Path(self.config.data_dir or ".")

    def new_participant(self) -> ParticipantDialog:
        return self._participant_dialog(None, None, None)

    def edit_participant(self, participant_id: str) -> None:
        store = self.store
        if store is None:
            return

        def load() -> tuple[str, ParticipantData]:
            from ecoscim_field.domain.participants import load_participant

            with store.transaction() as session:
                return load_participant(session, participant_id)

        self.runner.run(
            load, lambda found: self._participant_dialog(participant_id, found[0], found[1])
        )

    def _participant_dialog(
        self, participant_id: str | None, code: str | None, data: ParticipantData | None
    ) -> ParticipantDialog:
        from ecoscim_field.i18n.languages import available_languages
        from ecoscim_field.ui.participants.participant_dialog import ParticipantDialog

        cases = [(c.id, c.name) for c in self.summary.active_case_studies] if self.summary else []
        dialog = ParticipantDialog(
            code=code, data=data, case_studies=cases, languages=available_languages(), parent=self
        )
        dialog.accepted.connect(lambda: self.save_participant(participant_id, dialog.data()))
        dialog.open()
        return dialog

    def save_participant(self, participant_id: str | None, data: ParticipantData) -> None:
        store, actor = self.store, self._actor()
        if store is None:
            return

        def save() -> None:
            from ecoscim_field.domain.participants import register_participant, update_participant

            if participant_id is None:
                register_participant(store, data=data, actor=actor)
            else:
                update_participant(store, participant_id=participant_id, data=data)

        self.runner.run(save, lambda _none: self.refresh())

    def _actor(self) -> str:
        profile = self.summary.profile if self.summary else None
        return profile.name if profile else ""

    def open_about(self) -> AboutDialog:
        from ecoscim_field.ui.shell.about_dialog import AboutDialog

        dialog = AboutDialog(self.data_dir(), self)
        dialog.open()
        return dialog

    def _save_config(self) -> None:
        snapshot, folder = replace(self.config), self._config_folder
        self.runner.run(lambda: snapshot.save(folder))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.config.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        # At close the event loop is ending: write now (a few hundred bytes). Geometry is
        # a convenience; a failure to save it never blocks closing.
        with suppress(OSError):
            self.config.save(self._config_folder)
        # An interview still recording stops and saves its audio first (the app ends with
        # this window); reviews stop playing.
        for window in [*self.interviews, *self.reviews]:
            window.close()
        # A write in flight finishes before the store can be closed (they are short), and
        # its result is delivered, so that the interview windows close.
        self.runner.wait_until_done(10000)
        self.runner.deliver_finished()
        super().closeEvent(event)
        self.closed.emit()


def _default_monitor_factory(**kwargs: Any) -> Any:
    from ecoscim_field.audio.monitor import InputMonitor

    return InputMonitor(**kwargs)


def _default_player_factory(segments: Any, device: str | None) -> Any:
    from ecoscim_field.audio.player import Player

    return Player(segments, device)


def _default_recorder_factory(**kwargs: Any) -> Any:
    from ecoscim_field.ui.interviews.session_controller import default_factory

    return default_factory(**kwargs)


def page_key(index: int) -> str:
    return PAGE_KEYS[index]
