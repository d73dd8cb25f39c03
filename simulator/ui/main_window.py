"""The main window: Home, Interview, Scorecard and the past-answer pages in a stack, the menus, the
wiring between pages and the session, and the window's lifetime (closing with answers unsaved)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QCloseEvent, QMoveEvent, QResizeEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from simulator.core.interview import IllegalTransition, State
from simulator.core.long_names import shortened_runs
from simulator.core.plan import Plan
from simulator.core.session.ports import DATABASE
from simulator.services import Services, limit_malloc_arenas
from simulator.ui.bank_loading import AFTER_PAINT_MS, BankLoading
from simulator.ui.first_paint import FirstPaint
from simulator.ui.history_upkeep import HistoryUpkeep
from simulator.ui.home_refresh import check_voice, refresh_home
from simulator.ui.opening import OpeningNotice
from simulator.ui.pages.home import HomePage
from simulator.ui.pages.home_custom import custom_of
from simulator.ui.past_answers import PastAnswers
from simulator.ui.read_only_run import confirmed, show_read_only, try_again
from simulator.ui.started_from import StartedFrom
from simulator.ui.status_line import status_bar_while_told
from simulator.ui.tasks import TaskManager
from simulator.ui.voice import VoiceAnswers
from simulator.ui.warm_up import (
    build_while_loading,
    shown_later,
    warm_up_audio_devices,
    warm_up_page_modules,
    warm_up_session_core,
)
from simulator.ui.window_geometry import fitted_size
from simulator.ui.window_lifetime import stop_players, unsaved_answers_handled
from simulator.ui.window_menu import build_menu

if TYPE_CHECKING:
    from simulator.core.scorecard import Scorecard
    from simulator.ui.pages.interview import InterviewPage
    from simulator.ui.pages.scorecard import ScorecardPage
    from simulator.ui.session import SessionController
    from simulator.ui.settings_dialog import SettingsDialog


CORE_AFTER_MS = 300
# The interview page's modules are imported then, and the page built on the next turn (each
# well under 50 ms of the GUI thread): before the session core, which connects to the page
INTERVIEW_AFTER_MS = 150
KEEP_GEOMETRY_AFTER_MS = 1500  # after the last resize or move: kept once, not at every step


# How long a thread running Python keeps the GIL while another waits for it (Python's default:
# 5 ms). Speech, scoring and the database run Python on worker threads; each time the window's
# thread lets the GIL go (a Qt call, a wait), it waited up to this long to get it back, more
# than once per frame. Measured with one busy Python thread at load ~10 on two cores: the GUI
# thread's 5 ms sleeps woke 20-23 ms late (median) with 5 ms, 7.6-11 ms with 1 ms.
GIL_SWITCH_S = 0.001


class MainWindow(QMainWindow):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        limit_malloc_arenas()  # before any worker thread starts
        sys.setswitchinterval(GIL_SWITCH_S)
        self.services = services
        self.setObjectName("mainWindow")
        self.setWindowTitle("ML Interview Simulator")
        self.resize(1200, 780)
        self.setMinimumSize(960, 640)
        self.tasks = TaskManager(self)  # every background lane of the app
        self._db = self.tasks.lane(DATABASE)

        settings = services.settings
        self.voice_answers = VoiceAnswers(
            self.tasks,
            self,
            model=settings.speech_model,
            device=settings.input_device,
            end_silence_s=settings.silence_end_s,
            engine=settings.speech_engine,
        )
        # The session core (its dataclasses, journal and scoring types) loads when first used:
        # an interview started or resumed, or a question about one; not before the first paint.
        self._controller: SessionController | None = None
        self._quit_confirmed = False  # Ctrl+Q asked already: the close that follows does not
        self._closing = False  # hidden, finishing its background work: nothing new is set up
        # what stops long work at close (an archive being written): called before the lanes drain
        self.stop_on_close: list[Callable[[], None]] = []
        self.audio_devices_asked = False  # Qt's audio devices first asked (warm_up)
        self.waiting_for_saves = False  # a close waits for answers on their way to disk
        self._geometry_file: Path | None = None  # where its size is kept (``place_on_screen``)
        self._geometry_not_kept = False  # said once that it cannot be kept
        self._keep_timer = QTimer(self, singleShot=True, interval=KEEP_GEOMETRY_AFTER_MS)
        self._keep_timer.timeout.connect(self._keep_geometry)
        # The pages' stack in the window before the pages are put in it: each move of a
        # built page (its widgets styled by the theme's sheet again) took ~10 ms of the start,
        # and put in the stack first they moved twice (stall65)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        self.setCentralWidget(self.stack)
        self.home = HomePage(
            settings.voice_enabled,
            settings.answer_mode,
            plan=settings.plan,
            custom=custom_of(settings),
        )
        # The interview page (its modules and widgets, ~35 ms of CPU) is built in idle time
        # after the first paint, or when first asked for (``interview``)
        self._interview: InterviewPage | None = None
        self._scorecard: ScorecardPage | None = None  # built when first shown
        self.home.setObjectName("homePage")
        self.stack.addWidget(self.home)
        self.past = PastAnswers(self)
        self._scorecard_came_from: QWidget | None = None  # where Esc on the scorecard goes
        self.started_from = StartedFrom(self)  # an interview ended unanswered goes back there
        build_menu(self)
        status_bar_while_told(self)
        self.opening = OpeningNotice(self)  # "Opening the scorecard…" while a page loads
        self._connect()
        self.first_paint = FirstPaint(self)  # what loads once the window has shown
        self.history_upkeep = HistoryUpkeep(self)
        self.history_upkeep.check()  # first on the database lane: the window does not wait
        self._restore_rescued()  # queued before Home's sessions: the banner counts them
        # The due count needs the review scheduler (fsrs, ~25 ms to import on the database
        # thread, which holds the GIL meanwhile): it follows just after the first paint, queued
        # before the bank (its timer is started first).
        self.refresh_home(due_after_ms=AFTER_PAINT_MS)
        # After Home's sessions on the database lane: work a migration left for after opening
        self.history_upkeep.start()
        self.bank_loading = BankLoading(self)
        self.bank_loading.start()
        # Soon after the first paint, load the session core in idle time: the first Start is as
        # quick as later ones, and the interviewer's voice model is preloaded from there.
        self.first_paint.after(INTERVIEW_AFTER_MS, self._import_interview_page)
        self.first_paint.after(CORE_AFTER_MS, self._load_session_core)
        # Storage notices arrive from the database thread (a file recreated mid-session):
        # checked on a timer, without taking the database lock.
        self._notice_timer = QTimer(self)
        self._notice_timer.timeout.connect(self._show_storage_notices)
        self._notice_timer.start(1000)
        self._show_storage_notices()
        for notice in services.notices:
            self.home.show_storage_notice(notice)
        show_read_only(self)  # a run that cannot save says so at Home's top
        QTimer.singleShot(0, self._ask_cloud_consent_again)

    def _ask_cloud_consent_again(self) -> None:
        from simulator.ui.cloud_consent import ask_again_if_needed

        ask_again_if_needed(self)

    def ask_cloud_consent(self, engine: str) -> bool:
        """The one place the start-up privacy question runs (tests patch it)."""
        from simulator.ui.cloud_consent import ask_cloud_consent

        return ask_cloud_consent(self, engine)

    def _restore_rescued(self) -> None:
        """Answers a full disk kept out of the database, written to recovery files in the home
        folder as the app was ended, put back into their unfinished interview: on the database
        lane (reading files and writing rows held the first paint on the GUI thread), before
        Home's sessions are read on that lane, so the resume banner counts them."""
        storage, folder = self.services.storage, self.services.rescue_folder
        if folder is None or storage.read_only:
            return

        def restore() -> list[str]:
            from simulator.core.session.rescue import restore_rescued

            return restore_rescued(storage, folder)

        def restored(notices: list[str]) -> None:
            for notice in notices:
                self.home.show_storage_notice(notice)

        self._db.submit(restore, on_done=restored, on_error=self._show_error)

    def _show_storage_notices(self) -> None:
        from simulator.core.session.read_only import notice_places

        storage = self.services.storage
        for notice in storage.take_notices():
            places = notice_places(storage, notice)  # not what the read-only banner says
            if places.home:
                self.home.show_storage_notice(places.home_text)
            if places.status_bar:
                self._show_error(notice)

    @property
    def scorecard(self) -> ScorecardPage:
        """The page, whole: one still being built ahead is finished now."""
        if self._scorecard is None:
            self._scorecard = self._new_scorecard(staged=False)
        elif not self._scorecard.built:
            self._scorecard.finish_build()
        return self._scorecard

    def _new_scorecard(self, *, staged: bool) -> ScorecardPage:
        from simulator.ui.pages.scorecard import ScorecardPage

        page = ScorecardPage(staged=staged)
        page.setObjectName("scorecardPage")
        page.home_requested.connect(self.go_home)
        page.back_requested.connect(self._scorecard_back)
        page.export_requested.connect(self.export_session)
        page.review_requested.connect(self.past.open_review)
        page.practise_requested.connect(self.past.practise_again)
        self.stack.addWidget(page)  # hidden until shown whole (``scorecard``)
        return page

    # --- wiring --------------------------------------------------------------------------
    def _outside_interview(self) -> bool:
        """Progress, History and the archive wait until the interview has ended."""
        if self.showing_interview():
            self.statusBar().showMessage("End the interview first (Ctrl+E).", 4000)
            return False
        return True

    def _open_progress(self) -> None:
        if self._outside_interview():
            self.past.open_progress()

    def _open_history(self) -> None:
        if self._outside_interview():
            self.past.open_history()

    def _archive(self, action: str) -> None:
        from simulator.ui import archive_actions  # not needed at start-up

        if self._outside_interview():
            getattr(archive_actions, action)(self)

    @property
    def interview(self) -> InterviewPage:
        """The interview page, built when first asked for: in idle time after the first
        paint (``_import_interview_page``), or at once by whatever asks first. It was built
        before the first paint: its modules and widgets took ~35 ms of the start's CPU, the
        cold start 2.6-2.8x a bare PySide6 window's (stall65)."""
        if self._interview is None:
            from simulator.ui.pages.interview import InterviewPage

            page = self._interview = InterviewPage()
            page.setObjectName("interviewPage")
            self.stack.addWidget(page)
            self._connect_interview(page)
        return self._interview

    def showing_interview(self) -> bool:
        """The interview page is the page shown (not built yet: it is not)."""
        return self._interview is not None and self.stack.currentWidget() is self._interview

    def _import_interview_page(self) -> None:
        """Its modules now, the page on the next turn (each one event's work)."""
        if self._interview is None and not (self.tasks.closed or self._closing):
            import simulator.ui.pages.interview  # noqa: F401 (imported for the next turn)

            QTimer.singleShot(0, self, self._build_interview_page)

    def _build_interview_page(self) -> None:
        if not (self.tasks.closed or self._closing):
            self.interview  # noqa: B018 (built for its side effect)

    @property
    def existing_controller(self) -> SessionController | None:
        """The controller if made already (no interview was given before it is)."""
        return self._controller

    @property
    def controller(self) -> SessionController:
        if self._controller is None:
            from simulator.ui.session import SessionController

            c = self._controller = SessionController(
                self.services.storage,
                self.services.settings,
                self.services.speaker,
                self.tasks,
                self,
                voice_answers=self.voice_answers,
            )
            c.core_event.connect(self.interview.render_event)
            c.speaking_changed.connect(self.interview.set_speaking)
            c.sound_started.connect(self.interview.set_heard)
            c.error_raised.connect(self._show_error)
            c.session_finished.connect(self.open_scorecard)
            c.nothing_answered.connect(self.started_from.go_back)
            c.state_changed.connect(self._build_scorecard_ahead)
            c.state_changed.connect(lambda _state: self.bank_loading.interview_changed())
        return self._controller

    def _build_scorecard_ahead(self, state: str) -> None:
        """The wrap-up (the last scores awaited, nothing moving on the page) builds the
        scorecard page, so opening it only fills and shows it: its first build and styling
        took 24-34 ms of the GUI thread's CPU as the scorecard opened
        (``benchmarks/voice_interview.py``, stop 25). It is built one part per event-loop
        turn: built in one event it held the GUI thread 37 ms (stop 26). Only once its
        module is imported (in idle time), as ``build_while_loading``."""
        module = "simulator.ui.pages.scorecard"
        if state != State.WRAP_UP.value or self._scorecard is not None:
            return
        if module not in sys.modules or self.tasks.closed or self._closing:
            return
        page = self._scorecard = self._new_scorecard(staged=True)

        def next_part() -> None:
            # the page's own timer: none runs once it is gone with the window
            if not (self._closing or self.tasks.closed) and page.build_step():
                QTimer.singleShot(0, page, next_part)

        QTimer.singleShot(0, page, next_part)

    def _load_session_core(self) -> None:
        """Idle time after the first paint: the session core's modules (~60 ms to import, on
        the GUI thread it was a stall of Home) are imported on a worker, and Qt's audio devices
        first asked (``warm_up_audio_devices``); the controller is made here once both are
        done, so a session's microphone check never pays for that first query. Then the pages'
        modules are imported the same way."""
        if self.tasks.closed or self._closing:
            return
        waiting = {"audio devices", "session core"}

        def ready(part: str) -> None:
            waiting.discard(part)
            if not waiting:
                self._session_core_imported()

        def asked() -> None:
            self.audio_devices_asked = True
            self.check_microphone()
            ready("audio devices")

        warm_up_audio_devices(self.tasks, asked)
        warm_up_session_core(self.tasks, lambda: ready("session core"))

    def check_microphone(self) -> None:
        """Home's line under the answer mode, the one place that sets it: with Speaking chosen,
        why nothing could be recorded (asked only once Qt's devices were first asked, off the
        start's path: then the query is quick); with Typing, nothing."""
        spoken = self.home.chosen_answer_mode() == "spoken"
        if spoken and self.audio_devices_asked:
            self.home.show_microphone_problem(self.voice_answers.input_problem())
        elif not spoken:
            self.home.show_microphone_problem(None)

    def _session_core_imported(self) -> None:
        if not (self.tasks.closed or self._closing):
            self.controller  # noqa: B018 (created for its side effect)
            check_voice(self)
            warm_up_page_modules(self.tasks)

    def _connect(self) -> None:
        # In a read-only run Start and Resume ask first (answers kept only through a file).
        self.home.start_requested.connect(
            lambda plan, voice: (
                self.start_interview(plan, voice) if confirmed(self, False) else None
            )
        )
        self.home.read_only.try_again_requested.connect(lambda: try_again(self))
        self.home.answer_mode.currentIndexChanged.connect(
            lambda: (
                self.voice_answers.preload()
                if self.home.chosen_answer_mode() == "spoken" and self.services.bank is not None
                else None
            )
        )
        self.home.answer_mode.currentIndexChanged.connect(self.check_microphone)
        self.home.settings_requested.connect(self.open_settings)
        self.home.session_opened.connect(self.open_scorecard)
        self.home.review_requested.connect(lambda sid: self.past.open_review(sid))
        self.home.progress_requested.connect(self._open_progress)
        self.home.history_requested.connect(self._open_history)
        self.home.resume_requested.connect(
            lambda sid: self.resume_session(sid) if confirmed(self, True) else None
        )
        self.home.discard_requested.connect(self.discard_session)

    def _connect_interview(self, page: InterviewPage) -> None:
        page.phase_marked.connect(self._guard(lambda phase: self.controller.mark_phase(phase)))
        self.voice_answers.caption_changed.connect(page.show_caption)
        self.voice_answers.level_changed.connect(page.set_level)
        self.voice_answers.speech_heard.connect(page.speech_heard)
        page.primary_requested.connect(self._guard(lambda text: self.controller.primary(text)))
        page.draft_changed.connect(lambda text: self.controller.save_draft(text))
        page.rating_chosen.connect(self._guard(lambda n, value: self.controller.rate(n, value)))
        page.skip_requested.connect(self._guard(self._skip))
        page.pause_requested.connect(self._guard(lambda: self.controller.toggle_pause()))
        page.end_requested.connect(self._guard(self._end))

    def _end(self, text: str) -> None:
        """Ctrl+E: with a question left unanswered, asked first (they were gone at once)."""
        from simulator.ui.end_confirm import end_allowed

        if end_allowed(self, text):
            self.controller.end(text)

    def _skip(self) -> None:
        """Ctrl+K: with words typed in the answer, asked first (they were lost at once)."""
        from simulator.ui.skip_confirm import skip_allowed

        if skip_allowed(self):
            self.controller.skip()

    def _guard(self, action: Any) -> Any:
        """Keys pressed at the wrong moment are ignored with a hint, never crash the app."""

        def run(*args: Any) -> None:
            try:
                action(*args)
            except IllegalTransition as exc:
                self.statusBar().showMessage(f"Not now: {exc}", 4000)

        return run

    # --- pages ---------------------------------------------------------------------------
    def refresh_home(self, *, due_after_ms: int = 0) -> None:
        """Past sessions and the one to resume now; the due count ``due_after_ms`` later."""
        refresh_home(self, due_after_ms=due_after_ms)

    def go_home(self) -> None:
        self.past.leave()
        if self.controller.state is State.WRAP_UP and self.controller.wrap_up_failed:
            # The interview could not be saved: leaving keeps its answers in memory (retried
            # with the next save; quitting offers a recovery file).
            self.controller.leave()
        if self.controller.state not in (State.IDLE, State.SCORECARD, State.ABORTED):
            # Mid-interview: End first, so the session is closed and scored properly.
            self.statusBar().showMessage("End the interview first (Ctrl+E).", 4000)
            return
        self.stack.setCurrentWidget(self.home)
        self.refresh_home()
        self.home.focus_start()

    def start_interview(self, plan: Plan, voice_on: bool) -> None:
        from simulator.ui.interview_start import start_interview

        start_interview(self, plan, voice_on)

    def resume_session(self, session_id: int) -> None:
        from simulator.ui.interview_start import resume_session

        resume_session(self, session_id)

    def discard_session(self, session_id: int) -> None:
        from simulator.ui.interview_start import discard_session

        discard_session(self, session_id)

    def open_scorecard(self, session_id: int) -> None:
        """Show a session's scorecard, compared with earlier results of the same plan."""
        if not self.bank_loading.when_loaded(  # the scores are explained with the bank
            lambda: self.open_scorecard(session_id), "the scorecard"
        ):
            return
        storage, bank = self.services.storage, self.services.bank
        assert bank is not None
        came_from = self.stack.currentWidget()

        def load() -> Scorecard:
            from simulator.core.export import prepare_answer_html
            from simulator.core.scorecard import load_scorecard

            card = load_scorecard(storage, session_id, bank)[1]
            # What filling the page needs, made here rather than on the GUI thread: the page's
            # module with its imports (Jinja, the charts: ~60 ms) and the compiled template.
            import simulator.ui.pages.scorecard  # noqa: F401

            prepare_answer_html()
            return card

        def loaded(card: Scorecard) -> None:
            page = self.scorecard
            # Esc goes back there: History (or another past-answers page), not Home
            self._scorecard_came_from = (
                None if came_from in (self.home, self._interview, page) else came_from
            )
            page.show_scorecard(card)
            shown_later(self.stack, page, page.table, lambda: self._closing)

        self.opening.submit(self._db, ("scorecard", session_id), "the scorecard", load,
                            on_done=loaded, on_error=self._show_error)  # fmt: skip
        build_while_loading(lambda: self.scorecard, "simulator.ui.pages.scorecard")

    def _scorecard_back(self) -> None:
        """Esc on the scorecard: back to the page it was opened from, else Home."""
        target = self._scorecard_came_from
        if target is None or self.stack.indexOf(target) < 0:
            self.go_home()
        else:
            self.stack.setCurrentWidget(target)

    def export_session(self, session_id: int) -> None:
        """Export ``session_id``'s scorecard, offered under the name of the session as the page
        it is exported from shows it (its start and plan)."""
        from simulator.ui.settings_actions import export_session

        page = self.stack.currentWidget()
        named = getattr(page, "export_file_name", None)
        export_session(self, session_id, named(session_id) if callable(named) else None)

    def open_settings(self) -> None:
        from simulator.ui.settings_actions import open_settings

        open_settings(self)

    def _exec_dialog(self, dialog: SettingsDialog) -> bool:
        """The one place a modal dialog runs (tests patch it)."""
        from simulator.ui.modal import keyboard_back

        with keyboard_back(self):
            return dialog.exec() == dialog.DialogCode.Accepted

    # --- messages ------------------------------------------------------------------------
    def _show_error(self, message: object) -> None:
        """On the Interview page, in its notice under the answer, which wraps; elsewhere in
        the status bar. (Said in both during an interview, the status bar's one line was cut
        at the window's edge: "…This run cannot save to it: your ans".) A name too long to
        read (a stored question id of 5,000 characters) is shortened: unbroken, it cannot wrap."""
        text = shortened_runs(str(message))
        if self.showing_interview():
            self.interview.show_notice(text)
        else:
            self.statusBar().showMessage(text, 15000)

    def _show_shortcuts(self) -> None:
        from simulator.ui.held import held_while_open
        from simulator.ui.shortcuts_help import section_for, show_shortcuts

        held_while_open(self, show_shortcuts(self, section_for(self)))

    # --- lifetime ------------------------------------------------------------------------
    def quit_asked(self) -> None:
        """Ctrl+Q: mid-interview, only once the person says so (staying is the default)."""
        from simulator.ui.quit_confirm import quit_allowed

        if quit_allowed(self):
            self._quit_confirmed = True
            self.close()  # it may still stay open: answers that could not be saved ask first
            self._quit_confirmed = False

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._closing:  # closed again while it finishes (its work drains in an event loop)
            super().closeEvent(event)
            return
        if self.waiting_for_saves:  # asked again while the first close waits: that one goes on
            event.ignore()
            return
        if event.spontaneous() and not self._quit_confirmed:  # the window's close button
            from simulator.ui.quit_confirm import quit_allowed

            if not quit_allowed(self):
                event.ignore()
                return
        if self._interview is not None:  # the last words typed; the database lane ends below
            self._interview.flush_draft()
        if not unsaved_answers_handled(self):
            event.ignore()
            return
        self.shutdown()
        super().closeEvent(event)

    def place_on_screen(self, available: QRect, kept: Path | None) -> None:
        """Sized and placed for a screen of ``available`` geometry as the app starts: as it was
        when last closed (``kept``: the file it is kept in, written again at close), else
        fitted to the screen; on a screen smaller than the pages' layout, they scroll."""
        from simulator.ui.window_geometry import fit_to_screen, restore

        fit_to_screen(self, self.stack, available)
        restored = restore(self, kept, available) if kept is not None else False
        if restored is not True:
            self.resize(fitted_size(self.size(), self.minimumSize(), available.size()))
        if isinstance(restored, str):  # it was only logged: a size lost without a word
            self.home.show_storage_notice(restored)
        self._geometry_file = kept

    def _geometry_changed(self) -> None:
        """Resized or moved by the person: kept a moment later, so a file that cannot be
        written is said while the window is there to say it (at close it could only be logged,
        and every start opened at the default size without a word why)."""
        if self._geometry_file is not None and self.isVisible() and not self._closing:
            self._keep_timer.start()

    def _keep_geometry(self) -> None:
        from simulator.ui.window_geometry import kept_text, not_kept, write_kept

        path = self._geometry_file
        if path is None or self._closing or self.tasks.closed:
            return

        def failed(exc: BaseException) -> None:
            if not self._geometry_not_kept:  # once a run: each resize would say it again
                self._geometry_not_kept = True
                self.home.show_storage_notice(not_kept(path, exc))
                self._show_error(not_kept(path, exc))

        self._db.submit(write_kept, path, kept_text(self), on_error=failed)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._geometry_changed()

    def moveEvent(self, event: QMoveEvent) -> None:  # noqa: N802 (Qt's name)
        super().moveEvent(event)
        self._geometry_changed()

    def shutdown(self) -> None:
        """The window goes at once (the person sees the app gone); then recordings close and
        the work under way finishes with the event loop running (``TaskManager.drain``: up to
        30 s), so a score finishing meanwhile is still saved."""
        if self._geometry_file is not None and self.isVisible():
            from simulator.ui.window_geometry import keep

            keep(self, self._geometry_file)  # its size, place and maximised state, for next time
            self._geometry_file = None
        self._closing = True
        self.hide()
        stop_players(self)
        self.past.shutdown()
        if self._controller is not None:
            self._controller.shutdown()
        for stop in list(self.stop_on_close):
            stop()
        self.tasks.drain()
        if self.services.speaker is not None:
            self.services.speaker.close()
            self.services.speaker = None
