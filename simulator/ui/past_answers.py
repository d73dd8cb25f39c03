"""Going back to past answers: the Review and Attempts pages, and "Practise again".

Kept out of ``main_window`` so the window stays a switchboard. The pages are built when first
opened; everything they show is loaded on the window's database runner, never on the GUI thread.
"""

from __future__ import annotations

import gc
import sys
import time
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

from simulator.core.collector import collector_paused
from simulator.core.interview import State
from simulator.core.storage import AnswerRecord, SessionRecord
from simulator.ui.review_jobs import ReviewJobs
from simulator.ui.style import is_dark, rich_text_colors
from simulator.ui.warm_up import build_while_loading, shown_later
from simulator.ui.widgets.common import counted

if TYPE_CHECKING:
    from simulator.core.history import HistoryRow
    from simulator.core.progress import Progress
    from simulator.core.questions import Question, QuestionBank
    from simulator.core.review import AnswerReview
    from simulator.core.session.interrupted import UnfinishedNote
    from simulator.core.storage import Storage
    from simulator.core.storage_codec import AnswerFacts
    from simulator.ui.pages.attempts import AttemptsPage
    from simulator.ui.pages.history import HistoryPage
    from simulator.ui.pages.progress import ProgressPage
    from simulator.ui.pages.review import DetailColors, ReviewPage

    Loaded = tuple[SessionRecord, list[AnswerReview], dict[tuple[int, DetailColors], str]]


REVIEW_MODULE = "simulator.ui.pages.review"


class PastAnswers(QObject):
    def __init__(self, window: Any) -> None:
        """``window`` is the MainWindow (its stack, services, runner, controller, messages)."""
        super().__init__(window)
        self._w = window
        self._review: ReviewPage | None = None
        self._review_back: QWidget | None = None  # where Back on the Review page goes
        self._attempts: AttemptsPage | None = None
        self._attempts_back: QWidget | None = None
        self._progress: ProgressPage | None = None
        self._history: HistoryPage | None = None
        self.jobs = ReviewJobs(window, lambda: self.review, self._show_again)
        self._history_back: QWidget | None = None
        self._progress_back: QWidget | None = None

    @property
    def review(self) -> ReviewPage:
        """The page, whole: one still being built ahead is finished now."""
        if self._review is None:
            self._new_review(staged=False)
        elif not self._review.built:
            self._review.finish_build()
        assert self._review is not None
        return self._review

    def _review_ahead(self) -> None:
        """The Review page made while its session loads, one part per event-loop turn: made
        and styled in one event it held the GUI thread 44-76 ms (round 63, load 17), and
        ``build_while_loading`` is that event. Only once its module is imported (in idle
        time), as there; the session loaded meanwhile is shown once the page is whole."""
        if self._review is not None or REVIEW_MODULE not in sys.modules:
            return
        page = self._new_review(staged=True)

        def next_part() -> None:
            # the page's own timer: none runs once it is gone with the window
            if not (self._w._closing or self._w.tasks.closed) and page.build_step():
                QTimer.singleShot(0, page, next_part)

        QTimer.singleShot(0, page, next_part)

    def _new_review(self, *, staged: bool) -> ReviewPage:
        from simulator.core.session.ports import COMPUTE
        from simulator.ui.pages.review import ReviewPage

        storage = self._w.services.storage
        page = self._review = ReviewPage(
            self._w._db,
            storage.set_note,
            storage.set_rating,
            self._w.tasks.lane(COMPUTE),
            staged=staged,
        )
        page.setObjectName("reviewPage")
        page.back_requested.connect(lambda: self._back(self._review_back))
        page.practise_requested.connect(self.practise_again)
        page.attempts_requested.connect(self.open_attempts)
        page.rescore_requested.connect(self.jobs.rescore)
        page.retranscribe_requested.connect(self.jobs.retranscribe)
        page.export_requested.connect(self._w.export_session)
        page.resume_requested.connect(self.resume)
        page.answer_wanted.connect(self._read_answer)
        page.job.cancel_requested.connect(self.jobs.cancel)
        self.jobs.progress.connect(page.job.step)
        self._w.stack.addWidget(page)
        return page

    @property
    def attempts(self) -> AttemptsPage:
        if self._attempts is None:
            from simulator.ui.pages.attempts import AttemptsPage

            self._attempts = AttemptsPage()
            self._attempts.setObjectName("attemptsPage")
            self._attempts.back_requested.connect(lambda: self._back(self._attempts_back))
            self._attempts.practise_requested.connect(self.practise_again)
            self._w.stack.addWidget(self._attempts)
        return self._attempts

    @property
    def progress(self) -> ProgressPage:
        if self._progress is None:
            from simulator.ui.pages.progress import ProgressPage

            self._progress = ProgressPage()
            self._progress.setObjectName("progressPage")
            self._progress.back_requested.connect(lambda: self._back(self._progress_back))
            self._w.stack.addWidget(self._progress)
        return self._progress

    def open_progress(self) -> None:
        """Scores, delivery and STAR balance over time (computed off the GUI thread)."""
        if not self._w.bank_loading.when_loaded(self.open_progress, "Progress"):
            return
        self.delete_held()  # (a session deleted on History is not counted)
        storage, bank = self._w.services.storage, self._w.services.bank
        came_from = self._came_from(self._progress)

        def load() -> Progress:
            from simulator.core.progress import build_progress

            topics = {q.id: q.topic for q in bank.questions.values()} if bank is not None else {}
            sessions, answers = storage.progress_rows()
            new_facts: list[tuple[int, AnswerFacts]] = []
            progress = build_progress(
                sessions, answers, topics, new_facts=new_facts, now=time.time()
            )
            unfinished, discarded = storage.not_finished_counts()
            progress = replace(progress, unfinished=unfinished, discarded=discarded)
            storage.save_progress_facts(new_facts)  # the next visit reads these instead
            return progress

        def loaded(progress: Progress) -> None:
            self.leave()
            self._progress_back = came_from
            self.progress.show_progress(progress)
            self._w.stack.setCurrentWidget(self.progress)

        self._w.opening.submit(self._w._db, "progress", "Progress", load,
                               on_done=loaded, on_error=self._w._show_error)  # fmt: skip
        build_while_loading(lambda: self.progress, "simulator.ui.pages.progress")

    # --- History -------------------------------------------------------------------------
    @property
    def history(self) -> HistoryPage:
        if self._history is None:
            from simulator.ui.pages.history import HistoryPage

            page = self._history = HistoryPage()
            page.setObjectName("historyPage")
            page.back_requested.connect(lambda: self._back(self._history_back))
            # a session deleted there is deleted before another is read (its scorecard may
            # compare with it)
            page.open_requested.connect(self._open_from_history)
            page.review_requested.connect(self._review_from_history)
            page.delete_requested.connect(self.delete_session)
            page.search_requested.connect(self._search)
            page.undone.connect(
                lambda _sid: self._w.statusBar().showMessage("The session is back.", 6000)
            )
            self._w.stack.addWidget(page)
            # gone elsewhere (Home, a scorecard, an interview): a deleted session's undo is
            # past, and it is deleted for real
            self._w.stack.currentChanged.connect(self._left_history)
        return self._history

    def open_history(self) -> None:
        """Every past session, sortable and filterable (loaded off the GUI thread)."""
        if not self._w.bank_loading.when_loaded(self.open_history, "History"):
            return
        came_from = self._came_from(self._history)

        def loaded(rows: list[HistoryRow]) -> None:
            self.leave()
            if came_from is not None:
                self._history_back = came_from
            self.history.show_rows(rows)
            self._w.stack.setCurrentWidget(self.history)

        self._load_history(loaded, said=True)
        build_while_loading(lambda: self.history, "simulator.ui.pages.history")

    def _load_history(self, done: Any, said: bool = False) -> None:
        """The rows, then ``done(rows)``; ``said``: as opening History (not a refresh)."""
        storage, bank = self._w.services.storage, self._w.services.bank

        def load() -> list[HistoryRow]:
            from simulator.core.history import history

            questions = bank.questions.values() if bank is not None else []
            return history(
                storage,
                {q.id: q.category.value for q in questions},
                {q.id: q.topic for q in questions},
            )

        if said:
            self._w.opening.submit(self._w._db, "history", "History", load,
                                   on_done=done, on_error=self._w._show_error)  # fmt: skip
        else:
            self._w._db.submit(load, on_done=done, on_error=self._w._show_error)

    def _search(self, text: str) -> None:
        page = self.history
        if not text:
            page.set_matching("", None)
            return
        self._w._db.submit(
            self._w.services.storage.search_answers, text,
            on_done=lambda ids: page.set_matching(text, ids), on_error=self._w._show_error,
        )  # fmt: skip

    def delete_session(self, session_id: int) -> None:
        """Asked first, then taken off the list with an undo (Ctrl+Z) while History is shown;
        deleted for real once the person goes elsewhere, deletes another or closes the app
        (``HeldDeletion``): deleted at once, a session confirmed by mistake was lost for good
        with its recordings (walk66, left; ui67)."""
        which = self.history.described(session_id)
        if not self.confirm(
            "Delete this session?",
            (f"{which}\n\n" if which else "")
            + "The session, its answers, scores, notes and recordings are deleted. Ctrl+Z "
            "brings it back until you leave History.",
        ):
            return
        before = self.history.hold_deleted(session_id)
        if before is not None:
            self._delete_now(before)

    def _open_from_history(self, session_id: int) -> None:
        self.delete_held()
        self._w.open_scorecard(session_id)

    def _review_from_history(self, session_id: int) -> None:
        self.delete_held()
        self.open_review(session_id)

    def _left_history(self, _index: int = -1) -> None:
        if self._history is not None and self._w.stack.currentWidget() is not self._history:
            self.delete_held()

    def delete_held(self) -> None:
        """The session deleted on History, if its undo is still open: deleted for real now."""
        held = self._history.release_held() if self._history is not None else None
        if held is not None:
            self._delete_now(held)

    def _delete_now(self, session_id: int) -> None:
        from simulator import paths
        from simulator.core.history import delete_session

        storage = self._w.services.storage

        def deleted(removed: int) -> None:
            if self._w._closing or self._w.tasks.closed:
                return
            self._w.statusBar().showMessage(
                f"Session deleted ({counted(removed, 'recording')} removed).", 6000
            )
            if self._w.stack.currentWidget() is self._w.home:
                self._w.refresh_home()  # (read before the delete, it may list the session)

        self._w._db.submit(
            delete_session, storage, session_id, paths.recordings_dir(),
            on_done=deleted, on_error=self._w._show_error,
        )  # fmt: skip

    def confirm(self, title: str, text: str) -> bool:
        """Ask before anything is lost (tests replace this). ``title`` is the question ("Delete
        this session?"): it heads the box too, as a title bar may not show it (no window
        manager, macOS), and its first word names the button that goes ahead. Both buttons
        take Alt letters, as every other question's do: "Replace" and "Cancel" had none, and
        Alt+R did nothing (walkthrough 52)."""
        from PySide6.QtWidgets import QMessageBox

        from simulator.ui.modal import keyboard_back, stay_or_leave

        # one label: a separate informative text was laid out in a narrow column
        box = QMessageBox(QMessageBox.Icon.Warning, title, f"{title}\n\n{text}", parent=self._w)
        box.setTextFormat(Qt.TextFormat.PlainText)
        # Enter and Esc cancel; the go-ahead button is named by the question's first word
        _, go = stay_or_leave(
            box, ("&Cancel", "confirmCancel"), (f"&{title.split()[0]}", "confirmGo")
        )
        with keyboard_back(self._w):
            box.exec()
        return box.clickedButton() is go

    def leave(self) -> None:
        """Stop playback and save the note (the window is going elsewhere or closing); a
        session deleted on History is deleted for real (before what the next page reads)."""
        self.delete_held()
        if self._review is not None:
            self._review.leave()

    def shutdown(self) -> None:
        self.jobs.cancel()  # a re-score in progress stops at the next step, nothing written
        self.leave()

    def _show_again(self, session_id: int, answer_id: int | None) -> None:
        """The Review page with a new result, if the person is still on it."""
        if self._w.stack.currentWidget() is self._review:
            self.open_review(session_id, answer_id)

    def _came_from(self, page: QWidget | None) -> QWidget | None:
        current = self._w.stack.currentWidget()
        return None if current is page or self._w.showing_interview() else current

    def _back(self, target: QWidget | None) -> None:
        if target is None or target is self._w.home:
            self._w.go_home()
        else:
            self._w.stack.setCurrentWidget(target)

    # --- Review --------------------------------------------------------------------------
    def open_review(self, session_id: int, answer_id: int | None = None) -> None:
        """Replay a session's answers (starting at ``answer_id``) on the Review page."""
        if not self._w.bank_loading.when_loaded(
            lambda: self.open_review(session_id, answer_id), "the review"
        ):
            return
        storage, bank = self._w.services.storage, self._w.services.bank
        came_from = self._came_from(self._review)
        # The review model reads the rubric (pydantic, the scorer's matcher): loaded
        # when first needed, not at start-up.
        colors = (*rich_text_colors(self._w.palette()), is_dark())

        def load() -> tuple[Loaded, UnfinishedNote | None]:
            from simulator.core.session.interrupted import unfinished_note

            read = _read_review(storage, bank, session_id, answer_id, colors)
            record = read[0]
            offered = storage.offered_unfinished() if record.status == "active" else None
            return read, unfinished_note(record, offered)

        again = self._review is not None and self._w.stack.currentWidget() is self._review

        def loaded(result: tuple[Loaded, UnfinishedNote | None]) -> None:
            (record, reviews, pages), note = result
            if not reviews:
                self._w._show_error("This session has no answers to review.")
                return
            ids = [r.answer_id for r in reviews]
            index = ids.index(answer_id) if answer_id in ids else 0
            if not again:  # shown again with a new result: Back still goes where it went
                self._review_back = came_from
            if self._w._closing or self._w.tasks.closed:
                return
            # A page still being built ahead, or none yet (its module was not imported in idle
            # time when Review was asked for): one part now, the others in later turns, and the
            # session shown once the page is whole, never the whole build in this event (40 ms
            # of the GUI thread's CPU with a 200,000-word answer's session, load 14).
            ahead = self._review if self._review is not None else self._new_review(staged=True)
            if not ahead.built:
                ahead.build_step()
                QTimer.singleShot(0, ahead, lambda: loaded(result))
                return
            page = self.review
            page.show_unfinished(record.id, note)
            before = self._w.stack.currentWidget()

            def filled() -> None:
                # Filled (one part per event-loop turn) and laid out hidden, then shown in the
                # next turn (as the scorecard is): in one event, filling, laying out and the
                # first paint of a long answer held the GUI thread 300-430 ms at load 10
                # (review_long_transcript.py). Not if another page was opened meanwhile.
                if self._w.stack.currentWidget() is before:
                    shown_later(self._w.stack, page, page.transcript, lambda: self._w._closing)

            if again:  # shown now: filled at once, never seen half new (a job's result)
                page.show_session(record, reviews, index, pages)
                filled()
            else:
                page.show_session(record, reviews, index, pages, then=filled)

        self._w.opening.submit(self._w._db, ("review", session_id, answer_id), "the review", load,
                               on_done=loaded, on_error=self._w._show_error)  # fmt: skip
        self._review_ahead()

    def _read_answer(self, session_id: int, answer_id: int, showing: int) -> None:
        """The words of an answer the Review page shows only in outline (``session_reviews``
        with ``words_at``), read off the GUI thread and given to the page."""
        storage, bank = self._w.services.storage, self._w.services.bank
        colors = (*rich_text_colors(self._w.palette()), is_dark())

        def load() -> Loaded:  # (that answer's alone: the others read ahead are in already)
            return _read_review(storage, bank, session_id, answer_id, colors, ahead_chars=0)

        def loaded(result: Loaded) -> None:
            _record, reviews, pages = result
            for review in reviews:
                if review.loaded:
                    self.review.answer_read(review, pages, showing)

        self._w.opening.submit(self._w._db, ("review answer", session_id, answer_id),
                               "the answer", load, on_done=loaded,
                               on_error=self._w._show_error)  # fmt: skip

    def resume(self, session_id: int) -> None:
        """Review's Resume: the interview goes on as from Home's offer (Home is where a start
        waits for the speech model, and where the interview comes back to if it ends with
        nothing more answered)."""
        w = self._w
        if w.controller.state not in (State.IDLE, State.SCORECARD, State.ABORTED):
            w.statusBar().showMessage("End the interview first (Ctrl+E).", 4000)
            return
        from simulator.ui.read_only_run import confirmed

        if not confirmed(w, True):
            return
        w.go_home()
        w.resume_session(session_id)

    # --- Attempts ------------------------------------------------------------------------
    def open_attempts(self, question_id: str, _answer_id: int = 0) -> None:
        """Every attempt of a question, the last two compared."""
        if not self._w.bank_loading.when_loaded(
            lambda: self.open_attempts(question_id, _answer_id), "the attempts"
        ):
            return
        storage, bank = self._w.services.storage, self._w.services.bank
        came_from = self._came_from(self._attempts)
        from simulator.core.attempts import LoadedAttempts, loaded_attempts

        def load(question_id: str) -> LoadedAttempts:  # off the GUI thread
            asked = {s: q.prompt for s, q in storage.asked_versions(question_id).items()}
            return loaded_attempts(
                storage.attempts(question_id), storage.attempt_starts(question_id), asked
            )

        def loaded(got: LoadedAttempts) -> None:
            question = bank.questions.get(question_id) if bank is not None else None
            self._attempts_back = came_from
            self.attempts.show_attempts(
                question.prompt if question else None, got.answers, got.attempts, got.labels,
                got.asked,
            )  # fmt: skip
            self._w.stack.setCurrentWidget(self.attempts)

        self._w.opening.submit(self._w._db, ("attempts", question_id), "the attempts",
                               load, question_id,
                               on_done=loaded, on_error=self._w._show_error)  # fmt: skip

    # --- Practise again ------------------------------------------------------------------
    def practise_again(self, question_id: str, answer_id: int) -> None:
        """A one-question session: a new attempt of the question, answered the same way."""
        w = self._w
        bank = w.services.bank
        if bank is None:
            w._show_error(f"Cannot practise {question_id}: the questions have not loaded.")
            return
        if w.controller.state not in (State.IDLE, State.SCORECARD, State.ABORTED):
            w.statusBar().showMessage("End the interview first (Ctrl+E).", 4000)
            return

        from simulator.core.asked import practised
        from simulator.core.attempts import practice_plan
        from simulator.core.scoring.bank_rivals import Rivals
        from simulator.core.session import SessionPlan

        rivals = Rivals.of_bank(bank)  # a story may answer another behavioral question of it
        storage = w.services.storage

        def load() -> tuple[AnswerRecord, Question | None]:  # off the GUI thread
            answer = storage.answer(answer_id)
            return answer, storage.asked_questions(answer.session_id).get(question_id)

        def loaded(got: tuple[AnswerRecord, Question | None]) -> None:
            answer, asked = got
            question, said = practised(bank.questions.get(question_id), asked)
            if question is None:
                w._show_error(
                    f"Cannot practise {question_id}: it is no longer in the question bank."
                )
                return
            mode = answer.mode
            if mode not in ("typed", "spoken"):
                mode = w.home.chosen_answer_mode()
            self.leave()
            settings = w.services.settings
            settings.answer_mode = mode
            w.started_from.show_interview()
            plan = practice_plan(question_id, answer.id)
            w.controller.start(
                SessionPlan.from_dict(plan, spoken=mode == "spoken", voice=settings.voice_enabled),
                [question],
                rivals,
            )
            if said:
                w.interview.show_notice(said, "session")

        w._db.submit(load, on_done=loaded, on_error=w._show_error)


# Stored transcripts read with the answer Review opens at, counted in characters of their JSON
# (~70 a timed word): a session of ordinary answers is read whole, so choosing another answer
# shows it at once; past this, the other answers are read when chosen. 4,000,000 characters
# (~55,000 words) take ~0.3 s of CPU to read and mark (perf56).
READ_AHEAD_CHARS = 4_000_000


def _read_review(
    storage: Storage,
    bank: QuestionBank,
    session_id: int,
    answer_id: int | None,
    colors: DetailColors,
    ahead_chars: int | None = None,
) -> Loaded:
    """The session's reviews (off the GUI thread): answer ``answer_id`` (else the first) whole,
    with its follow-ups, and the other questions' answers nearest to it while their stored
    transcripts fit in ``ahead_chars`` (``READ_AHEAD_CHARS``); the rest in outline (``AnswerReview.loaded``), read
    when chosen. A session of four 300,000-word answers took 7.2 s to open at load 13
    (perf55), most of it reading and marking the words of answers not shown yet."""
    from simulator.core.review import session_reviews
    from simulator.ui.pages.review import detail_pages

    # A long answer's words are hundreds of thousands of objects that live while the page
    # shows them: full passes of the collector over them, on this thread, held the GIL (and so
    # the window) 100-380 ms at load 14 (perf43). Collected once at the end, here, not frozen:
    # a freeze kept every live object (and the read's garbage cycles, Jinja's among them) out
    # of every later collection for good, at each Review open.
    with collector_paused():
        sizes = storage.transcript_sizes(session_id)
        ahead = READ_AHEAD_CHARS if ahead_chars is None else ahead_chars
        words_at = _positions_read(sizes, answer_id, ahead)
        record = storage.session(session_id, words_at=words_at)
        reviews = session_reviews(
            record, bank, storage.notes(session_id), storage.ratings(),
            storage.transcript_revisions(session_id), words_at,
        )  # fmt: skip
        counts = {r.question_id: storage.attempt_count(r.question_id) for r in reviews}
        reviews = [replace(r, attempts=counts[r.question_id]) for r in reviews]
        for r in reviews:
            r.word_starts  # noqa: B018 (made here, once, off the GUI thread)
        # The answer's explanation rendered here, not on the GUI thread (Jinja's render with
        # its first-use compile: 80-150 ms at load 10).
        pages = detail_pages([r for r in reviews if r.loaded], colors)
        # One pass on this thread while the collector is still off: the first automatic one
        # after the pause would walk all these young objects on whichever thread allocated
        # next (the window's, laying the page out), and again as they age.
        gc.collect()
    return record, reviews, pages


def _positions_read(
    sizes: dict[int, tuple[int, int]], answer_id: int | None, ahead_chars: int
) -> set[int]:
    """The positions whose answers' words are read now: ``answer_id``'s (else the first
    one's), then the others nearest to it while their transcripts fit in ``ahead_chars``."""
    chars: dict[int, int] = {}
    for position, size in sizes.values():
        chars[position] = chars.get(position, 0) + size
    if not chars:
        return set()
    first = sizes[answer_id][0] if answer_id in sizes else min(chars)
    read, spent = {first}, chars[first]
    for position in sorted(chars, key=lambda p: (abs(p - first), p)):
        if position not in read and spent + chars[position] <= ahead_chars:
            read.add(position)
            spent += chars[position]
    return read
