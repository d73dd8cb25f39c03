"""The question bank for the window: parsed after the first paint on the database lane (or given
ready), each pack's progress shown on Home, its problems said once, a failed load shown as an
empty bank that says why (so history and settings still work). Read again on request
(Interview → Reload question packs, F5): a pack added or fixed while the app runs is used
without a restart; an interview under way keeps the questions it started with."""

from __future__ import annotations

import contextlib
import gc
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from simulator.ui.pack_problems import (
    ACTION_NAME,
    file_name,
    refresh_pack_problems,
    show_pack_problems,
)
from simulator.ui.page_notice import WORDS_ONLY, show_page_notice
from simulator.ui.status_line import show_fitting, show_lasting
from simulator.ui.widgets.common import counted

if TYPE_CHECKING:
    # (the question modules load with the bank, on a worker after the window's first paint)
    from simulator.core.questions import Problem, QuestionBank
    from simulator.ui.main_window import MainWindow

log = logging.getLogger(__name__)
AFTER_PAINT_MS = 50  # the bank and the due count load then, on the database lane


class BankLoading(QObject):
    reported = Signal(int, int, str)  # pack number, number of packs, file name

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._w = window
        self._problems_shown = False
        self._button: QPushButton | None = None
        self._then: Callable[[], None] | None = None  # a page asked for while loading
        self.reading_again = False  # the packs are being read again (``reload``)
        self._waiting: QuestionBank | None = None  # read again during an interview
        # The person's own questions whose model answers the scorer misreads, for the bank in
        # use (checked on the compute lane once it has loaded: model_answer_check.py)
        self.warnings: list[Problem] = []
        # Emitted on the loading thread, so queued: Home's slot runs on the GUI thread.
        self.reported.connect(window.home.show_bank_progress)
        window.home.start_waiting.connect(self._forget_waiting_page)

    def start(self) -> None:
        services = self._w.services
        if services.bank is not None:
            self.loaded(services.bank)
            return
        # Parsing and validating the packs takes a moment: do it after the first paint.
        self._w.first_paint.after(
            AFTER_PAINT_MS,
            lambda: self._w._db.submit(
                services.load_bank,
                self.report,
                on_done=self.loaded,
                on_error=self.failed,
                only_prepares=True,  # a close in the first seconds does not wait for it
            ),
        )

    def when_loaded(self, action: Callable[[], None], what: str) -> bool:
        """A page that explains stored answers with the bank (their prompts, topics, rubrics),
        asked for while it loads: opened once it has (the last one asked for), and said so
        meanwhile. Opened at once it showed question ids for prompts and topics. True: the
        bank is there, go on now."""
        if self._w.services.bank is not None:
            return True
        self._then = action
        self._w.home.forget_waiting_start()  # the last thing asked for happens, not both
        self._w.home.set_awaited(what)
        # Said until the page opens (or Start takes over): gone after 15 s, while the packs
        # took 25 s on a loaded machine, the page then opened unannounced (walkthrough 42)
        self._w.statusBar().showMessage(f"Opening {what} as soon as the questions have loaded…")
        return False

    def _forget_waiting_page(self) -> None:
        """Start was asked for after a page: the interview starts, the page does not open, and
        the line that promised it goes (it stayed under the interview for 15 seconds)."""
        if self._then is not None:
            self._then = None
            self._w.home.set_awaited("")
            self._w.statusBar().clearMessage()

    def _open_what_waited(self) -> None:
        action, self._then = self._then, None
        w = self._w
        w.home.set_awaited("")
        if action is None:
            return
        w.statusBar().clearMessage()  # "Opening … as soon as …": now, or not at all
        if not w.tasks.closed and not w.showing_interview():
            action()  # (an interview started meanwhile keeps the window)

    def report(self, number: int, total: int, file_name: str) -> None:
        """Called on the loading thread; the window may be closing meanwhile."""
        # If the window is gone there is nobody to tell, and the load should still finish.
        with contextlib.suppress(RuntimeError):
            self.reported.emit(number, total, file_name)

    def reload(self) -> None:
        """Read every pack again, off the GUI thread; the bank in use stays until the new one
        is read (a pack that fails is a problem listed, as at start)."""
        w = self._w
        if w.tasks.closed:
            return
        if w.services.bank is None or self.reading_again:
            w.statusBar().showMessage("The question packs are being read already…", 4000)
            return
        self.reading_again = True
        w.statusBar().showMessage("Reading the question packs again…")
        w._db.submit(
            w.services.load_bank,
            None,
            on_done=self._read_again,
            on_error=self._not_read_again,
            only_prepares=True,
        )

    def _read_again(self, bank: QuestionBank) -> None:
        from simulator.core.bank_reload import reload_summaries

        self.reading_again = False
        w = self._w
        w.statusBar().clearMessage()  # "Reading the question packs again…"
        said = reload_summaries(w.services.bank, bank)
        if self._interview_running():
            # Its questions, rivals and scorer were set when it started; the scorecard and the
            # pages after it are read with the bank it ends with. (The interview's notice
            # wraps: the fullest wording.)
            self._waiting = bank
            w._show_error(f"{said[0]} They are used once this interview has ended.")
            return
        self._use(bank, said)

    def _not_read_again(self, message: object) -> None:
        self.reading_again = False
        self._w.statusBar().clearMessage()
        self._w._show_error(
            f"The question packs could not be read again: {message}. The questions loaded "
            "before are still used."
        )

    def _interview_running(self) -> bool:
        from simulator.core.interview import State

        controller = self._w.existing_controller
        return controller is not None and controller.state not in (
            State.IDLE,
            State.SCORECARD,
            State.ABORTED,
        )

    def interview_changed(self) -> None:
        """The interview's state changed: a bank read meanwhile is used once it has ended."""
        if self._waiting is not None and not self._interview_running():
            bank, self._waiting = self._waiting, None
            from simulator.core.bank_reload import reload_summaries

            self._use(bank, reload_summaries(self._w.services.bank, bank))

    def _use(self, bank: QuestionBank, said: list[str]) -> None:
        gc.unfreeze()  # the old bank may go: frozen, the collector would never free it
        self._problems_shown = True  # said below, with what changed
        self.loaded(bank)
        if self._w.stack.currentWidget() is self._w.home:
            self._w.refresh_home()  # an interrupted interview whose pack is back can resume
        # beside the lasting problems button: the first wording that fits (at 960 px the
        # fullest was cut at "(Help → Question pack p")
        show_fitting(self._w.statusBar(), said, 15000)
        refresh_pack_problems(
            self._w, bank.problems, self._packs_folder(), set(bank.sources.values()),
            self.warnings,
        )  # fmt: skip

    def loaded(self, bank: QuestionBank) -> None:
        from simulator.core.scoring.meaning import words_only_said  # the warm-up imported it

        w = self._w
        w.services.bank = bank
        self.warnings = list(bank.warnings)  # the model answers' are added once checked
        self._check_model_answers(bank)
        gc.freeze()  # the bank lives as long as the app: spare it the collector's full passes
        if w.home.chosen_answer_mode() == "spoken":
            w.voice_answers.preload()  # on Home, not as the first question appears
        w.home.set_bank(bank)
        # Answers scored by their words only (the meaning signal's word vectors missing or
        # damaged) is said on Home: it was said only in the log and by ``doctor`` (round 52).
        words_only = words_only_said()
        if words_only is not None:
            show_page_notice(w.home, words_only, kind=WORDS_ONLY)
        if self._then is not None:
            QTimer.singleShot(0, self._open_what_waited)
        problems = bank.problems
        action = w.findChild(QAction, ACTION_NAME)
        if action is not None:
            action.setEnabled(bool(problems or bank.warnings))
        self._show_lasting_mention(len(problems))
        if problems and not self._problems_shown:
            self._problems_shown = True
            # One line, for a while, that fits beside the button: how many, in which files
            # (by name: a folder, or the first problem itself, ran past the window's edge),
            # and where the whole list is; the files, then the count, left out when the
            # line would not fit (the button says the count).
            n = len(problems)
            where = f"Help → Question pack problems lists {'it' if n == 1 else 'them'}."
            files = _file_names(problems)
            show_fitting(
                w.statusBar(),
                [
                    f"{counted(n, 'problem')} in question packs ({files}), skipped: {where}",
                    f"Problems in {files}, skipped: {where}",
                    f"{counted(n, 'problem')} in question packs, skipped: {where}",
                    where,
                ],
                15000,
            )

    def _check_model_answers(self, bank: QuestionBank) -> None:
        """Each of the person's own questions' model answers scored against its own rubric,
        off the GUI thread (one scoring a question); what the scorer misreads is listed with
        the problems once known. A bank read again meanwhile drops the result."""
        from simulator.core.model_answer_check import outside_warnings
        from simulator.paths import bundled_packs_dir

        w = self._w
        if w.tasks.closed:
            return
        shipped = bundled_packs_dir()
        w.tasks.submit(
            lambda: outside_warnings(bank, shipped, stopped=lambda: w.tasks.closed),
            on_done=lambda found: self._model_answers_checked(bank, found),
            on_error=lambda exc: log.warning("model answers not checked: %s", exc),
            only_prepares=True,
        )

    def _model_answers_checked(self, bank: QuestionBank, found: list[Problem]) -> None:
        w = self._w
        if w.services.bank is not bank or not found:
            return
        self.warnings = [*bank.warnings, *found]
        action = w.findChild(QAction, ACTION_NAME)
        if action is not None:
            action.setEnabled(True)
        refresh_pack_problems(
            w, bank.problems, self._packs_folder(), set(bank.sources.values()), self.warnings
        )

    def _show_lasting_mention(self, count: int) -> None:
        """A button at the status bar's end for as long as the problems last: the status line
        says them for 15 seconds only."""
        if count and self._button is None:
            self._button = QPushButton()
            self._button.setObjectName("packProblemsButton")
            self._button.setAccessibleName("Question pack problems")
            self._button.setToolTip("List every problem found in the question packs")
            self._button.setFlat(True)
            # Enter presses it, as on every other button of the window (common.button): outside
            # a dialog Qt takes only Space, and Tab then Enter on it did nothing (ux37).
            self._button.setAutoDefault(True)
            self._button.clicked.connect(self.show_problems)
            self._w.statusBar().addPermanentWidget(self._button)
        if self._button is not None:
            self._button.setText(f"{counted(count, 'problem')} in question packs…")
            show_lasting(self._button, bool(count))  # aside while a long message is shown

    def show_problems(self) -> None:
        from simulator.ui.held import held_while_open

        bank = self._w.services.bank
        folder = self._packs_folder()
        if bank is None:
            held_while_open(self._w, show_pack_problems(self._w, [], folder, reload=self.reload))
            return
        dialog = show_pack_problems(
            self._w,
            bank.problems,
            folder,
            set(bank.sources.values()),
            reload=self.reload,
            warnings=self.warnings,
        )
        held_while_open(self._w, dialog)  # the interview waits while the list is read

    @staticmethod
    def _packs_folder() -> str | None:
        from simulator import paths

        try:
            return str(paths.user_packs_dir())
        except paths.DataDirError:
            return None

    def failed(self, message: object) -> None:
        """Loading raised (it should not: packs report their problems): never stay on
        "Loading…"; show an empty bank that says why."""
        from simulator.core.questions import Problem, QuestionBank

        self.loaded(QuestionBank(problems=[Problem("question bank", None, None, str(message))]))
        self._w._show_error(f"The question bank could not be loaded: {message}")


def _file_names(problems: list[Problem], shown: int = 2) -> str:
    """ "mine.yaml, other.yaml and 3 more files": each file by its name alone, once."""
    names = list(dict.fromkeys(file_name(p.file) for p in problems))
    if len(names) <= shown:
        return " and ".join(names)
    return ", ".join(names[:shown]) + f" and {counted(len(names) - shown, 'more file')}"
