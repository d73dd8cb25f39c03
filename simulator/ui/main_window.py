"""The main window: Home, Interview and Scorecard pages in a stack, and the Settings dialog."""

from __future__ import annotations

import contextlib
import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QStackedWidget, QWidget

from simulator import __version__
from simulator.core.interview import IllegalTransition, State
from simulator.core.plan import Plan, PlanError, choose_questions
from simulator.core.session.ports import DATABASE
from simulator.core.storage import SessionRecord
from simulator.services import Services, limit_malloc_arenas
from simulator.ui import media
from simulator.ui.pages.home import DUE, HomePage
from simulator.ui.pages.interview import InterviewPage
from simulator.ui.past_answers import PastAnswers
from simulator.ui.style import apply_theme
from simulator.ui.tasks import TaskManager
from simulator.ui.voice import VoiceAnswers

if TYPE_CHECKING:
    from simulator.core.questions import QuestionBank
    from simulator.core.scorecard import Scorecard
    from simulator.ui.pages.scorecard import ScorecardPage
    from simulator.ui.session import SessionController
    from simulator.ui.settings_dialog import SettingsDialog


class _BankProgress(QObject):
    reported = Signal(int, int, str)  # pack number, number of packs, file name

    def report(self, number: int, total: int, file_name: str) -> None:
        """Called on the loading thread; the window may be closing meanwhile."""
        # If the window is gone there is nobody to tell, and the load should still finish.
        with contextlib.suppress(RuntimeError):
            self.reported.emit(number, total, file_name)


CORE_AFTER_MS = 300
AFTER_PAINT_MS = 50  # the bank and the due count load then, on the database lane


CLOSE_WAIT_MS = 10_000  # answers being written when the window closes


class MainWindow(QMainWindow):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        limit_malloc_arenas()  # before any worker thread starts
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
        self.home = HomePage(settings.voice_enabled, settings.answer_mode)
        self.interview = InterviewPage()
        self._scorecard: ScorecardPage | None = None  # built when first shown
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        for page, obj in ((self.home, "homePage"), (self.interview, "interviewPage")):
            page.setObjectName(obj)
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)
        self.past = PastAnswers(self)
        self._build_menu()
        self._connect()
        self._bank_problems_shown = False
        # The due count needs the review scheduler (fsrs, ~25 ms to import on the database
        # thread, which holds the GIL meanwhile): it follows just after the first paint, queued
        # before the bank (its timer is started first).
        self.refresh_home(due_after_ms=AFTER_PAINT_MS)
        if services.bank is None:
            # Parsing and validating the packs takes a moment: do it after the first paint.
            # Each pack's progress reaches Home through a queued signal (it is emitted on the
            # loading thread; Home's slot runs on the GUI thread).
            self._bank_progress = _BankProgress(self)
            self._bank_progress.reported.connect(self.home.show_bank_progress)
            QTimer.singleShot(
                AFTER_PAINT_MS,
                lambda: self._db.submit(
                    services.load_bank,
                    self._bank_progress.report,
                    on_done=self._bank_loaded,
                    on_error=self._bank_failed,
                ),
            )
        else:
            self._bank_loaded(services.bank)
        # Soon after the first paint, load the session core in idle time: the first Start is as
        # quick as later ones, and the interviewer's voice model is preloaded from there.
        QTimer.singleShot(CORE_AFTER_MS, self._load_session_core)
        # Storage notices arrive from the database thread (a file recreated mid-session):
        # checked on a timer, without taking the database lock.
        self._notice_timer = QTimer(self)
        self._notice_timer.timeout.connect(self._show_storage_notices)
        self._notice_timer.start(1000)
        self._show_storage_notices()
        QTimer.singleShot(0, self._ask_cloud_consent_again)

    def _ask_cloud_consent_again(self) -> None:
        from simulator.ui.cloud_consent import ask_again_if_needed

        ask_again_if_needed(self)

    def ask_cloud_consent(self, engine: str) -> bool:
        """The one place the start-up privacy question runs (tests patch it)."""
        from simulator.ui.cloud_consent import ask_cloud_consent

        return ask_cloud_consent(self, engine)

    def _show_storage_notices(self) -> None:
        for notice in self.services.storage.take_notices():
            self.home.show_storage_notice(notice)
            self._show_error(notice)

    def _bank_loaded(self, bank: QuestionBank) -> None:
        self.services.bank = bank
        gc.freeze()  # the bank lives as long as the app: spare it the collector's full passes
        if self.home.chosen_answer_mode() == "spoken":
            self.voice_answers.preload()  # on Home, not as the first question appears
        self.home.set_bank(bank)
        problems = bank.problems
        if problems and not self._bank_problems_shown:
            self._bank_problems_shown = True
            self.statusBar().showMessage(
                f"{len(problems)} problem(s) in question packs, those questions were skipped: "
                f"{problems[0]}",
                15000,
            )

    def _bank_failed(self, message: object) -> None:
        """Loading raised (it should not: packs report their problems): never stay on
        "Loading…"; show an empty bank that says why, so history and settings still work."""
        from simulator.core.questions import Problem, QuestionBank

        self._bank_loaded(
            QuestionBank(problems=[Problem("question bank", None, None, str(message))])
        )
        self._show_error(f"The question bank could not be loaded: {message}")

    @property
    def scorecard(self) -> ScorecardPage:
        if self._scorecard is None:
            from simulator.ui.pages.scorecard import ScorecardPage

            self._scorecard = ScorecardPage()
            self._scorecard.setObjectName("scorecardPage")
            self._scorecard.home_requested.connect(self.go_home)
            self._scorecard.export_requested.connect(self.export_session)
            self._scorecard.review_requested.connect(self.past.open_review)
            self._scorecard.practise_requested.connect(self.past.practise_again)
            self.stack.addWidget(self._scorecard)
        return self._scorecard

    # --- wiring --------------------------------------------------------------------------
    def _build_menu(self) -> None:
        menu = self.menuBar()
        interview = menu.addMenu("&Interview")
        interview.addAction("&Home", QKeySequence("Ctrl+H"), self.go_home)
        interview.addAction("&Settings…", QKeySequence("Ctrl+,"), self.open_settings)
        interview.addAction("&Progress", QKeySequence("Ctrl+G"), self._open_progress)
        interview.addAction("H&istory", QKeySequence("Ctrl+Shift+H"), self._open_history)
        interview.addSeparator()
        interview.addAction("&Export all data…", lambda: self._archive("export_all"))
        interview.addAction("I&mport data…", lambda: self._archive("import_all"))
        interview.addSeparator()
        interview.addAction("&Quit", QKeySequence(QKeySequence.StandardKey.Quit), self.close)
        help_menu = menu.addMenu("&Help")
        help_menu.addAction("&Keyboard shortcuts", QKeySequence("F1"), self._show_shortcuts)
        help_menu.addAction("&About", self._about)

    def _open_progress(self) -> None:
        if self.stack.currentWidget() is self.interview:
            self.statusBar().showMessage("End the interview first (Ctrl+E).", 4000)
            return
        self.past.open_progress()

    def _archive(self, action: str) -> None:
        from simulator.ui import archive_actions  # not needed at start-up

        if self.stack.currentWidget() is self.interview:
            self.statusBar().showMessage("End the interview first (Ctrl+E).", 4000)
            return
        getattr(archive_actions, action)(self)

    def _open_history(self) -> None:
        if self.stack.currentWidget() is self.interview:
            self.statusBar().showMessage("End the interview first (Ctrl+E).", 4000)
            return
        self.past.open_history()

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
            c.error_raised.connect(self._show_error)
            c.session_finished.connect(self.open_scorecard)
        return self._controller

    def _load_session_core(self) -> None:
        if not self.tasks.closed:
            self.controller  # noqa: B018 (created for its side effect)

    def _connect(self) -> None:
        page = self.interview
        self.home.start_requested.connect(self.start_interview)
        self.home.answer_mode.currentIndexChanged.connect(
            lambda: (
                self.voice_answers.preload()
                if self.home.chosen_answer_mode() == "spoken" and self.services.bank is not None
                else None
            )
        )
        self.home.settings_requested.connect(self.open_settings)
        self.home.session_opened.connect(self.open_scorecard)
        self.home.review_requested.connect(lambda sid: self.past.open_review(sid))
        self.home.progress_requested.connect(self._open_progress)
        self.home.history_requested.connect(self._open_history)
        self.home.resume_requested.connect(self.resume_session)
        self.home.discard_requested.connect(self.discard_session)
        page.phase_marked.connect(self._guard(lambda phase: self.controller.mark_phase(phase)))
        self.voice_answers.caption_changed.connect(page.show_caption)
        self.voice_answers.level_changed.connect(page.set_level)
        page.primary_requested.connect(self._guard(lambda text: self.controller.primary(text)))
        page.draft_changed.connect(lambda text: self.controller.save_draft(text))
        page.rating_chosen.connect(self._guard(lambda n, value: self.controller.rate(n, value)))
        page.skip_requested.connect(self._guard(lambda: self.controller.skip()))
        page.pause_requested.connect(self._guard(lambda: self.controller.toggle_pause()))
        page.end_requested.connect(self._guard(lambda text: self.controller.end(text)))

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
        storage = self.services.storage
        self._db.submit(
            lambda: (storage.sessions(limit=50), storage.unfinished_session()),
            on_done=self._home_loaded,
            on_error=self._show_error,
        )
        if due_after_ms > 0:
            QTimer.singleShot(due_after_ms, self._refresh_due)
        else:
            self._refresh_due()

    def _refresh_due(self) -> None:
        storage = self.services.storage

        def due() -> list[str]:
            from simulator.core.schedule import due_questions, schedules  # not at start-up

            plans = schedules(storage.answer_outcomes(), storage.ratings())
            return [s.question_id for s in due_questions(plans)]

        if not self.tasks.closed:
            self._db.submit(due, on_done=self.home.set_due, on_error=self._show_error)

    def _home_loaded(self, result: tuple[list[SessionRecord], SessionRecord | None]) -> None:
        sessions, unfinished = result
        self.home.show_sessions([s for s in sessions if s.status != "active"])
        self.home.offer_resume(unfinished)

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
        if self.services.bank is None:
            return  # the Start button is disabled until the bank has loaded
        bank = self.services.bank
        try:
            if plan.name == DUE:
                questions = [
                    bank.questions[q] for q in self.home.due_questions() if q in bank.questions
                ]
                if not questions:
                    raise PlanError("no question is due for review")
            else:
                questions = choose_questions(bank, plan)
        except PlanError as exc:
            self._show_error(str(exc))
            return
        settings = self.services.settings
        chosen = (voice_on, self.home.chosen_answer_mode())
        if chosen != (settings.voice_enabled, settings.answer_mode):
            # Home opens with them next time: a spoken interview stays spoken after a restart
            settings.voice_enabled, settings.answer_mode = chosen
            self._db.submit(settings.save, on_error=self._show_error)
        self.stack.setCurrentWidget(self.interview)
        from simulator.core.session.plan import SessionPlan

        self.controller.start(
            SessionPlan(
                plan.name,
                spoken=settings.answer_mode == "spoken",
                voice=voice_on,
                counts=dict(plan.counts),
                topics=tuple(plan.topics),
            ),
            questions,
        )

    def resume_session(self, session_id: int) -> None:
        def loaded(record: SessionRecord) -> None:
            bank = self.services.bank
            if bank is None:
                self._show_error("The question bank is still loading; try again in a moment.")
                return
            ids = record.plan.get("question_ids")
            if not isinstance(ids, list) or not ids or not all(isinstance(i, str) for i in ids):
                self._show_error(
                    f"Cannot resume session {record.id}: its stored plan has no questions it can "
                    "ask (the database or an imported archive holds a damaged plan)"
                )
                return
            missing = [i for i in ids if i not in bank.questions]
            if missing:
                self._show_error(
                    f"Cannot resume: unknown question id(s) {', '.join(missing)} (pack removed?)"
                )
                return
            self.stack.setCurrentWidget(self.interview)
            self.controller.resume(record, [bank.questions[i] for i in ids])

        self._db.submit(
            lambda: self.services.storage.session(session_id),
            on_done=loaded,
            on_error=self._show_error,
        )

    def discard_session(self, session_id: int) -> None:
        self._db.submit(
            lambda: self.services.storage.finish_session(session_id, None, status="aborted"),
            on_done=lambda _: self.refresh_home(),
            on_error=self._show_error,
        )

    def open_scorecard(self, session_id: int) -> None:
        """Show a session's scorecard, compared with earlier results of the same plan."""
        storage, bank = self.services.storage, self.services.bank
        if bank is None:  # nothing to explain the scores with yet
            self.statusBar().showMessage("The questions are still loading: try again in a moment.")
            return

        def load() -> Scorecard:
            from simulator.core.scorecard import load_scorecard

            return load_scorecard(storage, session_id, bank)[1]

        def loaded(card: Scorecard) -> None:
            self.scorecard.show_scorecard(card)
            self.stack.setCurrentWidget(self.scorecard)
            self.scorecard.table.setFocus()  # not left on a widget of the hidden page

        self._db.submit(load, on_done=loaded, on_error=self._show_error)

    def export_session(self, session_id: int) -> None:
        from simulator.ui.export_dialog import export_session

        if self.services.bank is not None:
            settings = self.services.settings
            last = Path(settings.export_folder) if settings.export_folder else None

            def remember(folder: Path) -> None:
                if str(folder) != settings.export_folder:
                    settings.export_folder = str(folder)
                    self._db.submit(settings.save, on_error=self._show_error)

            export_session(
                self,
                self.services.storage,
                self.services.bank,
                session_id,
                self._db,
                last if last is not None and last.is_dir() else None,
                remember,
            )

    def open_settings(self) -> None:
        from simulator.ui.settings_dialog import SettingsDialog  # not needed at start-up

        dialog = SettingsDialog(self.services.settings, self, speaker=self.services.speaker)
        speaker = self.services.speaker
        if speaker is not None:
            self._db.watch(speaker.voices(), on_done=dialog.set_voices, on_error=lambda _e: None)
        if self._exec_dialog(dialog):
            settings = dialog.result_settings()
            if speaker is not None:
                speaker.configure(voice_id=settings.voice_id, rate=settings.speaking_rate)
            self.home.voice.setChecked(settings.voice_enabled)
            # Takes effect with the next answer: Settings may be opened mid-interview.
            self.voice_answers.configure(
                model=settings.speech_model,
                device=settings.input_device,
                end_silence_s=settings.silence_end_s,
                engine=settings.speech_engine,
            )
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, settings.theme)
            self._db.submit(settings.save, on_error=self._show_error)
        dialog.deleteLater()

    def _exec_dialog(self, dialog: SettingsDialog) -> bool:
        """The one place a modal dialog runs (tests patch it)."""
        return dialog.exec() == dialog.DialogCode.Accepted

    # --- messages ------------------------------------------------------------------------
    def _show_error(self, message: object) -> None:
        text = str(message)
        self.statusBar().showMessage(text, 15000)
        if self.stack.currentWidget() is self.interview:
            self.interview.show_notice(text)

    def _show_shortcuts(self) -> None:
        # A table, not space-padded text (padding only lines up in a fixed-width font), in a
        # scrolling view: the list is taller than a small screen.
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

        dialog = QDialog(self)
        dialog.setObjectName("shortcutsDialog")
        dialog.setWindowTitle("Keyboard shortcuts")
        layout = QVBoxLayout(dialog)
        text = QTextBrowser()
        text.setObjectName("shortcutsList")
        text.setAccessibleName("Keyboard shortcuts")
        text.setHtml(shortcuts_table(SHORTCUTS_HELP))
        text.setTabChangesFocus(True)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("shortcutsButtons")
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(560, min(640, max(360, self.height() - 80)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        text.setFocus()

    def _about(self) -> None:
        self._message(
            "About",
            f"ML Interview Simulator {__version__}\nOffline, private mock interviews for "
            "Machine Learning Engineer roles.",
        )

    def _message(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()

    # --- lifetime ------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._unsaved_answers_handled():
            event.ignore()
            return
        self.shutdown()
        super().closeEvent(event)

    def _unsaved_answers_handled(self) -> bool:
        """Quitting with answers that could not be saved: warn, and offer to write them to a
        file elsewhere. False: the person chose to stay."""
        if self._controller is None:
            return True
        if self._controller.unsaved_count():
            # Writes still on their way are not lost answers: let the database lane finish them
            # (bounded; the wait releases the GIL) and ask only about what is still not on disk.
            self.tasks.lane(DATABASE).wait_idle(CLOSE_WAIT_MS)
        unsaved = self._controller.unsaved_count()
        if not unsaved:
            return True
        from simulator.ui.rescue_dialog import offer_rescue

        return offer_rescue(self, unsaved, self.controller.write_recovery_file)

    def shutdown(self) -> None:
        self._stop_players()
        self.past.shutdown()
        if self._controller is not None:
            self._controller.shutdown()
        self.tasks.shutdown()
        if self.services.speaker is not None:
            self.services.speaker.close()
            self.services.speaker = None

    def _stop_players(self) -> None:
        """Stop what plays or is paused before the window goes: see media.stop_and_settle."""
        if "PySide6.QtMultimedia" not in sys.modules:
            return  # nothing was ever played
        from PySide6.QtMultimedia import QMediaPlayer

        media.stop_and_settle(self.findChildren(QMediaPlayer))


def shortcuts_table(text: str) -> str:
    """``SHORTCUTS_HELP`` as an HTML table: a heading row per section, keys in one column."""
    import html
    import re

    entries: list[tuple[str, str] | str] = []  # (keys, action), or a section title
    for line in text.splitlines():
        if not line.strip():
            continue
        if not line.startswith(" "):
            entries.append(line)
        elif line.startswith("      ") and entries and isinstance(entries[-1], tuple):
            keys, action = entries[-1]  # the action goes on from the line above
            entries[-1] = (keys, f"{action} {line.strip()}")
        else:
            parts = re.split(r"\s{2,}", line.strip(), maxsplit=1)
            entries.append((parts[0], parts[1] if len(parts) > 1 else ""))
    rows = [
        f'<tr><td colspan="2"><br><b>{html.escape(e)}</b></td></tr>'
        if isinstance(e, str)
        else f'<tr><td style="padding-right:18px; white-space:nowrap">{html.escape(e[0])}</td>'
        f"<td>{html.escape(e[1])}</td></tr>"
        for e in entries
    ]
    return "<table cellspacing='2'>" + "".join(rows) + "</table>"


def fitted_size(default: QSize, minimum: QSize, available: QSize) -> QSize:
    """The window's first size on a screen of ``available`` size, room left for its frame:
    at 1200x780 on a small laptop screen, the buttons at the bottom of a page were out of sight.
    Never below the smallest size the pages are laid out for."""
    width = max(minimum.width(), min(default.width(), available.width() - 24))
    height = max(minimum.height(), min(default.height(), available.height() - 40))
    return QSize(width, height)


SHORTCUTS_HELP = """Home
  Ctrl+Enter    Start the interview
  Ctrl+,        Settings
  Ctrl+R        Resume an interrupted interview
  Enter         Open the selected past session
  Ctrl+Shift+R  Review the selected session's answers

Interview
  Ctrl+Enter    Skip the introduction, the reading or the thinking time /
                submit the answer / next question (typing starts the answer too)
  Ctrl+K        Skip the question
  Ctrl+P        Pause or resume
  Ctrl+E        End the interview and see the scorecard
  Ctrl+1 … 4    Behavioral answers: mark Situation, Task, Action, Result
  Alt+1 … 4     After an answer: how did it feel (Again, Hard, Good, Easy)

Scorecard
  Ctrl+S        Export
  Ctrl+Shift+R  Review the selected answer
  Ctrl+Shift+P  Practise the selected question again
  Ctrl+H        Home

Review
  Space         Play or pause
  Left / Right  Back or forward 5 seconds
  Ctrl+Up/Down  Faster or slower (0.75x to 1.5x)
  Ctrl+PgUp/Dn  Previous or next answer
  Ctrl+Shift+P  Practise the question again (a new attempt)
  Ctrl+Shift+A  Attempts of the question, compared
  Ctrl+Shift+T  Transcribe again with a model you choose
  Click a word  Play from that word
  Esc           Back (while a re-score or transcription runs: cancel it)

Attempts
  Ctrl+1 / 2    Choose the earlier / later attempt
  Ctrl+Shift+P  Practise again
  Esc           Back

Progress
  Esc           Back

History
  Ctrl+F        Search what you said or typed
  Enter         Open the selected session's scorecard
  Ctrl+Shift+R  Review its answers
  Delete        Delete it with its recordings (asks first)
  Esc           Back

Everywhere
  Ctrl+G        Progress: scores, pace, STAR balance over time
  Ctrl+Shift+H  History: every session, sorted and filtered
  F1            This list
  Ctrl+Q        Quit"""
