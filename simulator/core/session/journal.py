"""Writes the session and its answers to the database, in order, on the database lane.

Each answer part is written the moment it is given (a spoken one when its recording starts, so
a crash loses nothing). A write that fails (disk full, database locked) stays queued and is
retried before the next one, and every few seconds meanwhile (``Session.tick``). The map from answer part to database row lives only on the
database lane; the session id crosses back to the caller as a message (``on_done``).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from simulator.core.session.ports import DATABASE, Executor
from simulator.core.storage import Storage, StorageError
from simulator.core.transcript import SKIPPED_ON_PURPOSE

if TYPE_CHECKING:
    from simulator.core.questions_models import Question
    from simulator.core.scoring.results import AnswerScore, SessionScore
    from simulator.core.session.ledger import Entry, Part
    from simulator.core.storage import SessionRecord
    from simulator.core.stored_plan import StoredPlan

Key = tuple[int, int]  # (question position, part index: 0 = main answer)


# What to wait for before answers kept in memory can be saved, by the kind of failure.
_UNTIL = {
    "full": "once there is room again on the disk",
    "locked": "once the other program lets go of it",
    "read-only": "once the data folder can be written again",
}


# A database this run opened read-only (locked, full or read-only at start) stays so until the
# app starts again: "saved with the next answer once the other program lets go of it" was not
# true (review27: the lock let go, the next answer was not saved).
READ_ONLY_RUN = "opened read-only"


def failure_reason(path: object, exc: BaseException) -> str:
    """Why a write to ``path`` failed, in the storage's words without its path ("the disk is
    full"); a lock says whose."""
    reason = str(exc)
    for said in (f"cannot save to {path}: ", f"cannot write to {path}: "):
        reason = reason.removeprefix(said)  # the storage's own opening: the path once
    if getattr(exc, "kind", "other") == "locked" and "another program" not in reason:
        reason += " (another program has the database locked)"
    return reason


def failure_message(path: object, exc: BaseException, read_only_run: bool = False) -> str:
    """One line for a failed write: what failed, why, and when the answers will be saved
    (``read_only_run``: never in this run, which opened the database read-only)."""
    kind = getattr(exc, "kind", "other")
    reason = failure_reason(path, exc)
    until = _UNTIL.get(kind, "as soon as saving works again")
    if read_only_run:
        return (
            f"Could not save to {path}: {reason}. This run cannot save to it: your answers are "
            "kept in memory, and quitting offers to save them to a file; start the app again "
            "to save new answers."
        )
    return (
        f"Could not save to {path}: {reason}. Your answers are kept in memory and saved with "
        f"the next answer {until}."
    )


class Journal:
    def __init__(
        self,
        storage: Storage,
        executor: Executor,
        on_failed: Callable[[str], None],
        on_saved_again: Callable[[], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
        on_created: Callable[[int], None] = lambda _session_id: None,
    ) -> None:
        self._storage = storage
        # Called on the database lane with each new session's id, before anything of it is
        # written: what an earlier session of that id left (its draft) is not this one's.
        self._on_created = on_created
        # The time the interview ran is measured on this clock (monotonic), not the computer's:
        # a clock put back an hour mid-interview left the scorecard no duration, put forward
        # two hours it said '145 min' of 25 (attack30b). Kept with the session as ``time_in_s``.
        self._clock = clock
        self._ran_from = clock()  # when this run of the session began (open or adopt)
        self._time_before = 0.0  # the time the session ran before this run (resumed)
        self._executor = executor
        self._on_failed = on_failed
        self._on_saved_again = on_saved_again
        self._failing = False  # a write failed and what it held is not on disk yet (caller side)
        # The kind of the last failed write ("full", "locked", "read-only", "other"): the
        # quit dialog says why answers are still in memory.
        self.failure_kind: str | None = None
        # Where and why the last write failed ("/data/sessions.sqlite3: the disk is full"):
        # the failed wrap-up's notice names them (it said only "The interview could not be
        # saved" on a full disk and under another program's lock, attack60b).
        self.failure_where: str | None = None
        self._lock = threading.Lock()  # guards _unsaved: appended here, drained on the lane
        self._unsaved: list[tuple[Callable[[], None], bool]] = []  # (write, is an answer)
        self._pending = 0
        # the summary of a finish that could not be written (guarded by _lock): written after
        # the answers when they are retried with ``finish_too`` (saving works again)
        self._unfinished: SessionScore | None = None
        self._unfinished_time = 0.0  # the time the interview ran when it finished
        self.session_id: int | None = None  # the caller's copy
        # set before the first write is queued, then only read (on the database lane):
        self._plan: StoredPlan | None = None
        self._asked: tuple[Question, ...] = ()  # its questions, as they were asked
        # database lane only:
        self._db_session: int | None = None
        self._rows: dict[Key, int] = {}

    # --- the caller's side ------------------------------------------------------------
    def open(self, plan: StoredPlan, questions: Sequence[Question] = ()) -> None:
        """A new session of ``plan``, asking ``questions`` (kept with it as they are now: a
        pack edited before its scorecard, Review or Resume changes none of them)."""
        self.session_id = None
        self._ran_from, self._time_before = self._clock(), 0.0
        self._plan = plan  # if the session cannot be created now, the first save that can does
        self._asked = asked = tuple(questions)

        def create() -> int:
            self._rows = {}
            self._db_session = self._storage.create_session(plan, asked=asked)
            self._on_created(self._db_session)
            return self._db_session

        self._run(create, self._opened)

    def adopt(self, record: SessionRecord) -> None:
        """Continue writing into a saved session (resumed); its rows are known by key."""
        self.session_id = record.id
        rows: dict[Key, int] = {}
        for answer in record.answers:
            parts = [a for a in record.answers if a.position == answer.position]
            rows[(answer.position, parts.index(answer))] = answer.id

        def adopt() -> None:
            self._db_session, self._rows = record.id, rows

        self._run(adopt)
        # From the last thing saved until now the app was closed: not time in the interview.
        last = max([record.started_at, *(a.created_at for a in record.answers)])
        away = time.time() - last
        kept = record.plan.time_in_s
        if kept is not None:  # measured up to the last save
            self._time_before = kept
        else:  # saved by an earlier version: the computer's clock is all there is
            before = last - record.started_at - record.plan.away_s
            self._time_before = max(before, 0.0)
        self._ran_from = self._clock()

        def note_away() -> None:
            with contextlib.suppress(StorageError):  # only the duration shown would be off
                self._storage.add_time_away(record.id, away)

        self._run(note_away)

    def note_follow_up(self, position: int | None, prompt: str = "") -> None:
        """The follow-up asked now (None: dealt with), so a session quit during it resumes
        at it. Not kept when it cannot be written: resume then moves on, as before."""

        def write() -> None:
            if self._db_session is not None:
                with contextlib.suppress(StorageError):
                    self._storage.note_follow_up(self._db_session, position, prompt)

        self._run(write)

    def save_part(self, entry: Entry, part: Part) -> None:
        """Insert the part's row, or complete the row opened when its recording started."""
        key = (entry.position, part.index)
        t = part.transcript
        mode = part.mode if t is not None else "spoken"  # None: its recording has started
        text = t.text.strip() if t else ""
        # a skip on purpose (Ctrl+K) keeps its mark: "skipped", not "no words", on the scorecard
        words = t.to_dict() if t and (t.words or t.engine == SKIPPED_ON_PURPOSE) else None
        duration = t.duration_s if t else None
        question_id, follow_up = entry.question.id, part.follow_up
        audio = str(part.audio) if part.audio else None
        so_far = self.time_in()

        def write() -> None:
            row = self._rows.get(key)
            if row is not None:
                self._storage.complete_answer(row, mode, text, words, duration, None, audio)
                self._note_time_in(so_far)
                return
            self._rows[key] = self._storage.add_answer(
                self._require_session(),
                question_id,
                key[0],
                mode,
                text,
                follow_up=follow_up,
                transcript=words,
                audio_path=audio,
                duration_s=duration,
            )
            self._note_time_in(so_far)

        self._queue(write, answer=True)

    def note_recorded(self, entry: Entry, part: Part) -> None:
        """A spoken answer's recording has ended and its words are being transcribed: its row
        (opened when the recording started) gets the answer's length, so that a stop before
        the words are in is told from a recording cut short (walkthrough 52: "the recording
        cut short when the app stopped" was said of an answer ended by its silence)."""
        key, seconds = (entry.position, part.index), part.elapsed_s

        def write() -> None:
            row = self._rows.get(key)
            if row is not None:
                self._storage.complete_answer(row, "spoken", "", None, seconds, None)

        self._queue(write)

    def drop_opened(self, entry: Entry, part: Part) -> None:
        """The part's row opened when its recording started is deleted: the recording ended
        before a word was said, and it is no answer (the file stays on the disk)."""
        key = (entry.position, part.index)

        def write() -> None:
            row = self._rows.pop(key, None)
            if row is not None:
                self._storage.drop_opened_answer(row)

        self._queue(write)

    def time_in(self) -> float:
        """Seconds the interview has run, this run and any before it (the app closed between
        them does not count), on the monotonic clock."""
        return self._time_before + max(self._clock() - self._ran_from, 0.0)

    def _note_time_in(self, seconds: float) -> None:
        """On the database lane: only the duration shown would be off if it is not kept."""
        if self._db_session is not None:
            with contextlib.suppress(StorageError):
                self._storage.note_time_in(self._db_session, seconds)

    def save_score(self, position: int, score: AnswerScore) -> None:
        """The question's score, on its main answer's row."""

        def write() -> None:
            self._storage.update_score(self._main_row(position), score)

        self._queue(write)

    def save_rating(self, position: int, rating: int | None) -> None:
        """The person's own 1-4 rating of a question, on its main answer's row (queued after
        that row's write, so it lands even when the answer itself was saved late)."""

        def write() -> None:
            self._storage.set_rating(self._main_row(position), rating)

        self._queue(write)

    def _main_row(self, position: int) -> int:
        """The row of question ``position``'s main answer (on the database lane, once its
        write has run); StorageError when it was never saved."""
        row = self._rows.get((position, 0))
        if row is None:
            raise StorageError(f"no saved answer for question {position + 1}")
        return row

    def finish(
        self,
        summary: SessionScore,
        then: Callable[[int], None],
        failed: Callable[[], None] | None = None,
    ) -> None:
        with self._lock:
            self._unfinished = summary
            self._unfinished_time = self.time_in()  # the end, not when a retry writes it

        def write() -> int:
            self._flush()  # answers first: a finished session has all of them
            return self._finish_if_unfinished()

        def finished(session_id: int) -> None:
            self._caught_up(session_id)
            then(session_id)

        self._run(write, finished, failed)

    def retry(
        self,
        quietly: bool = False,
        *,
        finish_too: bool = False,
        then: Callable[[bool], None] | None = None,
    ) -> None:
        """Try the writes still queued again (a session left behind, the next time anything
        is saved; ``quietly``: a failure already said is not said again). ``finish_too``: a
        finish that failed is written after them (the session left at a failed wrap-up is
        then finished, not left as interrupted). ``then(written)`` once tried (at once when
        there is nothing to write)."""
        with self._lock:
            nothing = not self._unsaved and (not finish_too or self._unfinished is None)
        if nothing:
            if then is not None:
                then(True)
            return

        def write() -> int | None:
            session_id = self._flush()
            return self._finish_if_unfinished() if finish_too else session_id

        def done(session_id: int | None) -> None:
            self._caught_up(session_id)
            if then is not None:
                then(True)

        self._run(write, done, (lambda: then(False)) if then is not None else None, quietly=quietly)

    def unsaved_count(self) -> int:
        """Answers given but not on disk yet (their scores follow them)."""
        with self._lock:
            return sum(1 for _, answer in self._unsaved if answer)

    def pending(self) -> int:
        return self._pending

    # --- internals --------------------------------------------------------------------
    def _opened(self, session_id: int) -> None:
        self.session_id = session_id

    def _caught_up(self, session_id: int | None) -> None:
        """Saved: a session created late (the disk was full when it began) is known now."""
        if self.session_id is None and session_id is not None:
            self.session_id = session_id
        if self._failing and not self.unsaved_count():
            self._failing = False
            self.failure_kind = None
            self.failure_where = None
            if self._on_saved_again is not None:
                self._on_saved_again()

    def _queue(self, write: Callable[[], None], *, answer: bool = False) -> None:
        with self._lock:
            self._unsaved.append((write, answer))
        self._run(self._flush, self._caught_up)

    def _run(
        self,
        fn: Callable[[], Any],
        then: Callable[[Any], None] | None = None,
        on_error: Callable[[], None] | None = None,
        quietly: bool = False,
    ) -> None:
        self._pending += 1

        def done(value: Any) -> None:
            self._pending -= 1
            if then is not None:
                then(value)

        def failed(exc: BaseException) -> None:
            self._pending -= 1
            self._failing = True
            read_only_run = bool(getattr(self._storage, "read_only", False))
            self.failure_kind = READ_ONLY_RUN if read_only_run else getattr(exc, "kind", "other")
            self.failure_where = f"{self._storage.path}: {failure_reason(self._storage.path, exc)}"
            if not quietly:
                self._on_failed(failure_message(self._storage.path, exc, read_only_run))
            if on_error is not None:
                on_error()

        self._executor.submit(fn, done, failed, lane=DATABASE)

    def _flush(self) -> int | None:
        """Write every answer not saved yet, oldest first (on the database lane); the
        session's id once it exists."""
        while True:
            with self._lock:
                if not self._unsaved:
                    return self._db_session
                write = self._unsaved[0][0]
            write()
            with self._lock:
                self._unsaved.pop(0)

    def _finish_if_unfinished(self) -> int:
        """Mark the session finished with the summary a finish left (on the database lane)."""
        session_id = self._require_session()
        with self._lock:
            summary, time_in = self._unfinished, self._unfinished_time
        if summary is not None:
            self._note_time_in(time_in)
            self._storage.finish_session(session_id, summary)
            with self._lock:
                if self._unfinished is summary:
                    self._unfinished = None
        return session_id

    def _require_session(self) -> int:
        if self._db_session is None:
            if self._plan is None:
                raise StorageError("the session could not be created, so nothing can be saved")
            # its creation failed (e.g. a full disk): tried again with each save
            self._db_session = self._storage.create_session(self._plan, asked=self._asked)
            self._on_created(self._db_session)
        return self._db_session
