"""What an interview in progress holds, free of Qt: its state machine, answer ledger, journal
and listeners; its wrap-up, and the answers kept in memory when saving fails.

``FlowState`` is the base of ``flow.Flow``, which asks the questions and takes the answers in.
"""

from __future__ import annotations

import contextlib
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from simulator.core.interview import IllegalTransition, Interview, State
from simulator.core.session import events as ev
from simulator.core.session.countdown import Countdown
from simulator.core.session.drafts import Draft, Drafts
from simulator.core.session.journal import READ_ONLY_RUN, Journal
from simulator.core.session.ledger import Entry, Part
from simulator.core.session.ports import DATABASE, Executor, SpeechInput, Voice
from simulator.core.session.work import Background
from simulator.core.tables import plural

if TYPE_CHECKING:
    from simulator.core.star import StarTimer
    from simulator.core.storage import Storage
    from simulator.settings import Settings

# States in which the page is another question's (or empty). Not a follow-up's: the page keeps
# the first answer's words for the two shown together once it is answered, so the whole
# recording's transcript of the first answer, landing after the follow-up's was shown, still
# belongs there (it was dropped: the score said "updated 78 → 89" beside the quick words, walk56)
_NEW_QUESTION = frozenset(
    (State.IDLE, State.BRIEFING, State.ASKING, State.PREPARING, State.ANSWERING)
)
# States in which nothing runs on its own: no countdown, clock or retry needs ``tick()``
_AT_REST = frozenset((State.IDLE, State.SCORECARD, State.ABORTED))


@dataclass
class Slot:
    """The answer being given now."""

    entry: Entry
    part: Part


# the key to leave is named: "go Home" named none, and the page has no Home button (ux51)
UNSAVED_TEXT = (
    "The interview could not be saved. Press Ctrl+E to try again once saving works, or Ctrl+H "
    "to leave it for Home: your answers stay in memory until you quit, and quitting offers to "
    "write them to a file elsewhere."
)


def unsaved_text(where: str | None, unsaved: int, read_only_run: bool = False) -> str:
    """The failed wrap-up's notice: what could not be saved, where and why (``where``, as
    ``Journal.failure_where``; None when the failure was not the database's), what is still
    only in memory, and what comes next. It said "The interview could not be saved" alone on a
    full disk and under another program's lock, and "your answers stay in memory" when every
    answer was on the disk and only the interview's end was not (attack60b)."""
    if where is None:
        return UNSAVED_TEXT
    kept = (
        f"{plural(unsaved, 'answer')} {'is' if unsaved == 1 else 'are'} kept in memory until "
        "you quit, and quitting offers to write them to a file elsewhere."
        if unsaved
        else "Your answers are on the disk; only the interview's end (its overall score) is not."
    )
    if read_only_run:
        then = (
            "This run cannot save to it: Ctrl+H leaves the interview for Home, and the app "
            "started again saves it (Ctrl+E tries again now)."
        )
    else:
        then = (
            "It is saved by itself once saving works again (tried every few seconds); Ctrl+E "
            "tries now, Ctrl+H leaves it for Home."
        )
    return f"The interview could not be saved to {where}. {kept} {then}"


class FlowState:
    """What one interview at a time holds (and the sessions left unsaved), its listeners,
    its wrap-up and the answers kept in memory when saving fails."""

    def __init__(
        self,
        *,
        storage: Storage,
        settings: Settings,
        executor: Executor,
        voice: Voice,
        speech: SpeechInput | None = None,
        clock: Callable[[], float] = time.monotonic,
        recordings: Callable[[], Path] | None = None,
        calm_moment: Callable[[], object] | None = None,
        warm_scoring: bool = False,
    ) -> None:
        """``calm_moment`` is called as each question is asked, a moment when nothing is
        being heard, timed or scored (the app keeps its garbage collections short then:
        ``collector.freeze_survivors``). ``warm_scoring``: each question's scoring is
        prepared in the background from the briefing or its asking on (``Background.prepare``:
        the window's; a test's inline executor would score twice)."""
        self._settings = settings
        self._calm_moment = calm_moment
        self._warm_scoring = warm_scoring
        self._executor = executor
        self._voice = voice
        self._speech = speech
        self._clock = clock
        self._recordings = recordings or _recordings_dir
        self.drafts = (
            Drafts.beside(lambda: self._recordings())
            if recordings is not None
            else Drafts.of_data_folder()
        )
        self._listeners: list[Callable[[ev.Event], None]] = []
        self._storage = storage
        self.journal = self._new_journal()
        self._work = Background(executor, self.journal, speech, self._emit, self._settled)
        self.interview: Interview | None = None
        self.ledger: dict[int, Entry] = {}
        self.star: StarTimer | None = None
        self._slot: Slot | None = None
        self._wrap_up_waiting = False  # wrap-up waits for the answers still being scored
        self.wrap_up_failed = False  # the session could not be saved at the end: retry or leave
        # Sessions left while their wrap-up could not save: answers still queued in memory,
        # retried with the next write and offered as a recovery file on quit.
        self._left: list[tuple[Journal, dict[int, Entry]]] = []
        self._end_after_transcript = False
        self._prep = Countdown(clock)
        self._auto_started_at = -math.inf  # when the countdown switched to answering by itself
        self._recording_open = False  # the microphone opened for the answer being given
        self._follow_up_noted = False  # the follow-up asked is noted in the session's plan
        self._carried: Draft | None = None  # a resumed answer's draft, with its time used
        # (question number, part) whose transcript is on screen: the whole recording's
        # transcript replaces the quick one only there
        # the question whose quick transcripts are on the page (its number), None: none is
        self._transcripts_of: int | None = None

    # --- queries and listeners ----------------------------------------------------------
    def on_event(self, listener: Callable[[ev.Event], None]) -> None:
        self._listeners.append(listener)

    @property
    def state(self) -> State:
        return State(self.interview.state) if self.interview else State.IDLE

    @property
    def underlying_state(self) -> State:
        """The state, or while paused the one the pause interrupted (PAUSED when none is
        known): paused while answering, the answer under way is still there."""
        state = self.state
        if state is State.PAUSED and self.interview is not None:
            return self.interview.paused_from or state
        return state

    @property
    def wants_ticks(self) -> bool:
        """``tick()`` is due a few times a second (from the briefing until the session is
        over): the countdown, the answer's clock and limit, answers not saved tried again."""
        return self.state not in _AT_REST

    @property
    def spoken(self) -> bool:
        return self.interview is not None and self.interview.spoken

    @property
    def session_id(self) -> int | None:
        return self.journal.session_id

    def busy(self) -> bool:
        return self._work.pending + self.journal.pending() > 0

    def given_count(self) -> int:
        """Questions of this interview answered with words (a skip is no answer; follow-ups
        aside), resumed ones included: the quit box said "The answers you have given are saved"
        when none had been."""
        return sum(1 for e in self.ledger.values() if e.parts and e.parts[0].given)

    def unsaved_count(self) -> int:
        """Answers given (this session or one left at a failed wrap-up) not on disk yet."""
        left = sum(j.unsaved_count() for j, _ in self._left if j is not self.journal)
        return self.journal.unsaved_count() + left

    def unsaved_cause(self) -> str | None:
        """Why answers are still in memory: the kind of the last failed write ("full",
        "locked", "read-only", "other") of a session with unsaved answers."""
        journals = [self.journal] + [j for j, _ in self._left if j is not self.journal]
        for journal in journals:
            if journal.unsaved_count() and journal.failure_kind is not None:
                return journal.failure_kind
        return None

    def write_recovery_file(self, path: Path) -> Path:
        """Every answer of the sessions whose answers are not all on disk, as JSON at ``path``
        (somewhere else than the data folder, which is what failed); readable by its owner."""
        from simulator.core.session.rescue import write_rescue

        held = [(j, led) for j, led in self._left if j.unsaved_count() and j is not self.journal]
        if self.journal.unsaved_count() or not held:
            held.append((self.journal, self.ledger))
        sessions = [(j.session_id, ledger) for j, ledger in held]
        return write_rescue(path, sessions, database=self._storage.path)

    def _clear_draft(self) -> None:
        session_id, drafts = self.journal.session_id, self.drafts
        if session_id is not None:
            self._executor.submit(
                lambda: drafts.clear(session_id), lambda _: None, lambda _: None, lane=DATABASE
            )

    # --- answers kept when saving fails; the draft being typed -----------------------
    def leave(self) -> bool:
        """Leave a wrap-up that could not save (the disk is full): the interview closes, and
        its answers stay in memory, retried with the next save. False if not in that case."""
        if self.state is not State.WRAP_UP or not self.wrap_up_failed:
            return False
        self._left.append((self.journal, self.ledger))
        self._send("abort")
        return True

    def save_kept(self, then: Callable[[int, int], None]) -> None:
        """Saving works again (Try again opened the database of a read-only run): the answers
        of interviews left at a wrap-up that could not save are written now, and their
        sessions finished with their summaries. ``then(saved, still_unsaved)``, counting
        answers, once every one was tried (at once when none was kept)."""
        kept = [journal for journal, _ in self._left]
        before = sum(journal.unsaved_count() for journal in kept)
        waiting = len(kept)

        def tried(_written: bool) -> None:
            nonlocal waiting
            waiting -= 1
            if waiting:
                return
            self._left = [(j, led) for j, led in self._left if j.unsaved_count() or j.pending()]
            still = sum(journal.unsaved_count() for journal in kept)
            then(max(0, before - still), still)

        if not kept:
            then(0, 0)
        for journal in kept:
            journal.retry(finish_too=True, then=tried)

    def _retry_left(self) -> None:
        for journal, _ in self._left:
            journal.retry()
        self._left = [(j, ledger) for j, ledger in self._left if j.unsaved_count() or j.pending()]

    def speech_failed(self, message: str) -> None:
        """Typed answers from now on, saying ``message`` (the session's own, in engine.py)."""
        raise NotImplementedError

    def kept_positions(self) -> set[int]:
        """The questions whose main answer is in, given or skipped (stored as a row: what Home,
        History and Progress list a session by)."""
        return {
            p
            for p, e in self.ledger.items()
            if e.main is not None and e.main.transcript is not None
        }

    def _main_slot(self) -> Slot:
        interview = self._require()
        entry = self._entry(interview.index)
        return Slot(entry, entry.part(None))

    def _entry(self, position: int) -> Entry:
        if position not in self.ledger:
            question = self._require().questions[position]
            self.ledger[position] = Entry(question, position)
        return self.ledger[position]

    def _wrap_up(self) -> None:
        if self._work.pending:
            self._wrap_up_waiting = True  # resumed when the last answer's result lands
            return
        self._wrap_up_waiting = False

        def failed() -> None:
            self.wrap_up_failed = True
            journal = self.journal
            read_only_run = journal.failure_kind == READ_ONLY_RUN
            text = unsaved_text(journal.failure_where, journal.unsaved_count(), read_only_run)
            self._emit(ev.Notice(text, "unsaved"))

        self._work.finish([self.ledger[p] for p in sorted(self.ledger)], self._finished, failed)

    def _finished(self, session_id: int) -> None:
        """The session is finished on the disk: on to its scorecard."""
        if self.state is State.WRAP_UP:
            self._send("finish")
        self._emit(ev.SessionFinished(session_id, nothing_answered=not self.kept_positions()))

    def _settled(self) -> None:
        if self._wrap_up_waiting:
            self._wrap_up()

    # --- plumbing --------------------------------------------------------------------------
    def _new_journal(self) -> Journal:
        return Journal(
            self._storage,
            self._executor,
            lambda m: self._emit(ev.Failed(m)),
            lambda: self._emit(ev.SavedAgain()),
            clock=self._clock,
            on_created=self._forget_draft_of,
        )

    def _forget_draft_of(self, session_id: int) -> None:
        """A new session's id may be one an earlier session had (deleted from History, or the
        database deleted to start afresh: SQLite gives the id again). That session's draft,
        written for another question, was offered back as this one's answer (attack run 55)."""
        with contextlib.suppress(OSError):
            self.drafts.clear(session_id)

    def _emit(self, event: ev.Event) -> None:
        match event:
            case ev.TranscriptShown(final=False):
                self._transcripts_of = event.number
            case ev.TranscriptShown(final=True) if event.number != self._transcripts_of:
                return  # another question is on screen by now: the Scorecard shows this one
            case ev.StateChanged(new=state) if state in _NEW_QUESTION:
                self._transcripts_of = None
                if state is State.ASKING and self._calm_moment is not None:
                    self._calm_moment()
        for listener in list(self._listeners):
            listener(event)

    def _send(self, event: str) -> None:
        self._require().send(event)

    def _require(self) -> Interview:
        if self.interview is None:
            raise IllegalTransition("no interview is running")
        return self.interview


def _recordings_dir() -> Path:
    from simulator import paths

    return paths.recordings_dir()
