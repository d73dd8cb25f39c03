"""The interview session, free of Qt: the flow, the answer ledger, scoring, saving, resuming.

``Session`` is driven by calls from its user interface (``primary``, ``skip``, ``toggle_pause``,
``end`` ...), by ``tick()`` from a timer, and by callbacks from the interviewer's voice and the
microphone. It reports everything through typed events (``events.py``). The progression it
drives (asking, taking answers in, scoring, follow-ups, the wrap-up, saving) is ``flow.Flow``.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

from simulator.core.interview import IllegalTransition, State
from simulator.core.reordering import without_controls
from simulator.core.scoring.bank_rivals import NO_RIVALS, Rivals
from simulator.core.session import events as ev
from simulator.core.session.drafts import Draft, with_time_used
from simulator.core.session.flow import BRIEFING_TEXT, Slot
from simulator.core.session.pausing import Pausable
from simulator.core.session.ports import COMPUTE, DATABASE
from simulator.core.transcript import SKIPPED_ON_PURPOSE, Transcript, is_answer

if TYPE_CHECKING:
    from collections.abc import Callable

    from simulator.core.questions import Question
    from simulator.core.scoring import AnswerScore
    from simulator.core.session.ledger import Entry, Part
    from simulator.core.session.plan import SessionPlan
    from simulator.core.storage import SessionRecord

TIME_KEPT_EVERY_S = 5.0  # a typed answer's time used reaches the disk this often, text or not
# Answers kept in memory after a failed save are tried again this often: they waited for the
# next answer, and quitting by a kill or a crash meanwhile lost them though the disk had room.
RETRY_UNSAVED_EVERY_S = 10.0
# A follow-up asked when the question's time is (nearly) used gets this long before a spoken
# answer is ended at the limit: it is asked to be answered, not cut before a word.
FOLLOW_UP_LEAST_S = 45.0
KEY_GRACE_S = 0.5  # a key pressed this soon after the countdown ended meant "start", not "submit"
EMPTY_HINT = "Nothing to submit yet: type your answer, or press Ctrl+K to skip the question."
EMPTY_FOLLOW_UP_HINT = (
    "Nothing to submit yet: type your answer to the follow-up, or press Ctrl+K to skip it."
)
NO_WORDS_HINT = (
    "That has no words to score (only symbols, digits or stray letters): type your answer in "
    "words, or press Ctrl+K to skip."
)
ENDING_HINT = "The interview ends once your last words are transcribed."
NOTHING_HEARD_HINT = (
    "Nothing heard yet: speak your answer (Ctrl+Enter ends it once you have spoken), "
    "or press Ctrl+K to skip the question."
)


__all__ = [
    "BRIEFING_TEXT",
    "EMPTY_FOLLOW_UP_HINT",
    "EMPTY_HINT",
    "KEY_GRACE_S",
    "NOTHING_HEARD_HINT",
    "Session",
]


class Session(Pausable):
    """An interview driven by a person and their microphone (see the module's docstring)."""

    # The typed answer's text as last handed over, and when its time used was last kept, per
    # answer (question index, follow-up): an answer still empty after a minute of thinking
    # went on from 0:00 after a crash.
    _typed: tuple[tuple[int, str | None], str] | None = None
    _time_kept: tuple[tuple[int, str | None], float] | None = None
    _unsaved_tried_at = -math.inf  # when answers not saved yet were last tried again
    # The answer whose draft could not be written (a full disk, a read-only folder), said
    # once above it until a write works again; None while drafts reach the disk.
    _draft_not_kept: tuple[int, str | None] | None = None

    # --- starting: a spoken interview with nothing to record says so at once ----------------
    def start(
        self, plan: SessionPlan, questions: list[Question], rivals: Rivals = NO_RIVALS
    ) -> None:
        self._held_transcript = None
        super().start(plan, questions, rivals)
        self._check_microphone()

    def resume(
        self, record: SessionRecord, questions: list[Question], rivals: Rivals = NO_RIVALS
    ) -> None:
        self._held_transcript = None
        super().resume(record, questions, rivals)
        carried, interview = self._carried, self.interview
        if self.state in (State.ANSWERING, State.FOLLOW_UP):
            self.tick()  # resumed into the answer: its clock (and STAR timer) shown at once
        elif carried is not None and carried.elapsed_s > 0 and interview is not None:
            # the clock says the time already used through the new thinking time (it said
            # 0:00, then jumped once the answer started again)
            self._emit(ev.AnswerTicked(carried.elapsed_s, interview.current.time_limit_s))
        self._check_microphone()

    def _check_microphone(self) -> None:
        """Not only once the first answer is due, after the introduction and the thinking
        time spent getting ready to speak: typed answers from the start, and why."""
        interview, speech = self.interview, self._speech
        if self.state in (State.WRAP_UP, State.SCORECARD):
            # resumed on the wrap-up: no answer is left to record, and "Type your answers from
            # now on" was said while the cut recording was transcribed (round 51)
            return
        if interview is not None and interview.spoken and speech is not None:
            problem = speech.input_problem()
            if problem:
                self.speech_failed(problem)

    # --- the person's actions ------------------------------------------------------------
    def primary(self, text: str = "") -> None:
        """Ctrl+Enter: skip the briefing, start answering now, submit, or go on."""
        if self.state in (State.ANSWERING, State.FOLLOW_UP):
            self.submit(text)
        elif self.state is State.REVIEWING:
            self.next_question()
        else:
            self.begin_answer()

    def begin_answer(self) -> None:
        """Stop the voice or the countdown and go straight to the answer."""
        state = self.state
        if state is State.BRIEFING:
            self._voice.stop()
            self._briefed()
        elif state is State.ASKING:
            self._voice.stop()
            self._send("asked")
            self._start_prep()
        elif state is State.PREPARING:
            self._send("prepared")
            self._start_answer(None, auto=False)
        elif state is State.ASKING_FOLLOW_UP:
            self._voice.stop()
            self._follow_up_read()
        else:
            raise IllegalTransition(f"nothing to start while {state.value}")

    def submit(self, text: str = "", *, by_person: bool = True) -> None:
        """End the current answer: the typed text, or (spoken) the recording so far."""
        interview = self._require()
        if self.state not in (State.ANSWERING, State.FOLLOW_UP):
            raise IllegalTransition(f"nothing to submit while {self.state.value}")
        typed_words = not interview.spoken and is_answer(text)
        if by_person and not typed_words:
            if self._clock() - self._auto_started_at < KEY_GRACE_S:
                return  # pressed for "start now" as the countdown ran out: not a submit
            if not interview.spoken:
                hint = EMPTY_FOLLOW_UP_HINT if self.state is State.FOLLOW_UP else EMPTY_HINT
                if without_controls(text).strip():  # "9%a": no words, not an answer either
                    hint = NO_WORDS_HINT
                self._emit(ev.Notice(hint, "moment"))
                return
            if self._speech is not None and not self._speech.heard_speech:
                # Ctrl+Enter while still thinking, before a word: not a silent skip either
                self._emit(ev.Notice(NOTHING_HEARD_HINT, "moment"))
                return
        slot = self._slot
        assert slot is not None
        slot.part.elapsed_s = interview.answer_clock.elapsed()
        # the clock on screen is the answer's time, as the STAR timer's is (not the last tick's)
        self._emit(self._ticked(slot.part.elapsed_s))
        if self.star is not None:
            self.star.end()  # its times stay on screen while the answer is reviewed
            self._emit(ev.StarTicked(tuple(self.star.phases(slot.part.elapsed_s))))
        self._send("submit_follow_up" if self.state is State.FOLLOW_UP else "submit")
        if self.state is State.TRANSCRIBING:
            assert self._speech is not None
            if self._recording_open:  # its row exists: a stop now is not a recording cut short
                self.journal.note_recorded(slot.entry, slot.part)  # queued before its words
            self._speech.stop()  # the transcript comes back through transcribed()
            return
        self._answered(slot, Transcript(text=without_controls(text).strip(), engine="typed"))

    def skip(self) -> None:
        interview = self._require()
        self._voice.stop()
        if self._speech is not None and self._speech.recording:
            self._speech.stop()  # what was said stays on disk; the answer counts as skipped
        slot = self._slot or self._main_slot()
        self._slot = None
        if slot.part.follow_up is not None:  # said in its place before the page shows it
            self._emit(ev.FollowUpPassed(slot.entry.position + 1, True))
        self._send("skip")
        part = slot.part
        # Kept as a row in every case, a follow-up too: typed (or skipped while it was read
        # aloud) it left no trace, and the scorecard, Review and the exports never showed that
        # it was asked (walkthrough 46)
        part.transcript = Transcript(text="", engine=SKIPPED_ON_PURPOSE)
        self.journal.save_part(slot.entry, part)
        if part.follow_up is None:
            self._emit(ev.AnswerSkipped(interview.position[0], "skipped"))
            self.next_question()
            return
        # A follow-up passed over leaves an answered question: its line is shown whole (the
        # score it keeps, what it missed) and Ctrl+Enter goes on, as after an answered one.
        # The next question came at once: "what it missed is listed once the follow-up is
        # answered" was never listed, and the question never offered a rating (ux54).
        self._note_follow_up_done()
        self._review_again(slot.entry)

    def _review_again(self, entry: Entry) -> None:
        """Show ``entry``'s score (as it stands, or once it is in) while it is on screen."""
        number = entry.position + 1

        def show(score: AnswerScore) -> None:
            interview = self.interview
            here = interview is not None and interview.index == entry.position
            if here and self.state is State.REVIEWING:
                self._emit(ev.AnswerReviewed(number, score, False))

        # still being scored (a resumed follow-up, a recording's whole transcript): once it is
        self._work.when_scored(entry, show)

    def end(self, unsent_text: str = "") -> None:
        """End the interview now; an answer typed or spoken so far is kept."""
        self._require()
        self._voice.stop()
        self._leave_pause_as_is()
        if self.state in (State.ANSWERING, State.FOLLOW_UP):
            if self._keeps_answer(unsent_text, self.state):
                if self._slot is not None:
                    self._slot.part.ended_early = True  # cut here, not finished (the tips)
                self.submit(unsent_text, by_person=False)
            elif self._speech is not None and self._speech.recording:
                self._drop_silent_recording()
        if self.state is State.WRAP_UP and self.wrap_up_failed:
            # Ctrl+E again: try to save once more. Not skipped while another write is still
            # on the database lane (the press was silently lost): that lane runs in order, so
            # the finish simply follows it; the reset flag keeps a second press from doubling it
            self.wrap_up_failed = False
            self._wrap_up()
            return
        if self.state in (State.WRAP_UP, State.SCORECARD, State.ABORTED):
            return
        if self.state is State.TRANSCRIBING:
            self._end_after_transcript = True
            # it can take a while on a busy computer: the key press must show
            self._emit(ev.Notice(ENDING_HINT, "moment"))
            return
        self._send("end_early")
        self._wrap_up()

    def kept_if_ended(self, unsent_text: str = "") -> tuple[int, bool]:
        """What ``end(unsent_text)`` would keep: (the planned questions left with no answer,
        which the scorecard leaves out; whether an answer under way is kept). The question
        on screen counts as left out unless it has an answer (the end box counted only the
        questions not shown yet: "5 questions not asked yet" in the introduction of 6, "1"
        where the scorecard then said 2 were not counted, ux36)."""
        interview = self.interview
        if interview is None:
            return 0, False
        state = self.underlying_state
        kept = self.kept_positions()
        # a recording cut short by a crash, still being transcribed after resume: kept, as the
        # scorecard then counts it ("5 questions have no answer yet" of 4 left out, ux48)
        kept |= {
            p
            for p, e in self.ledger.items()
            if p != interview.index
            and e.main is not None
            and e.main.audio is not None
            and e.main.transcript is None
        }
        under_way = (
            state in (State.ANSWERING, State.FOLLOW_UP) and self._keeps_answer(unsent_text, state)
        ) or state is State.TRANSCRIBING  # the words said so far are still being written out
        if under_way:
            kept.add(interview.index)  # a follow-up's question is kept already
        return max(0, len(interview.questions) - len(kept)), under_way

    def _drop_silent_recording(self) -> None:
        """Nothing said yet: the microphone is closed, and the row its start opened goes (the
        question is left out, as an empty typed box is)."""
        slot, self._slot = self._slot, None
        assert self._speech is not None
        self._speech.stop()
        if slot is None:
            return
        if self._recording_open:
            self._recording_open = False
            self.journal.drop_opened(slot.entry, slot.part)
        if slot.part in slot.entry.parts and slot.part.transcript is None:
            slot.entry.parts.remove(slot.part)

    def _keeps_answer(self, unsent_text: str, state: State) -> bool:
        """Whether the answer under way (in ``state``) is kept when the interview ends now:
        words typed, or a recording in which the microphone has heard speech (as Ctrl+Enter
        submits one only then). A recording ended before a word was stored as the question's
        answer, skipped with no words and counted 0: a session scored 0 where a typed one
        ended on an empty box leaves the question out (ux54). A follow-up's recording is kept
        as before: its question stands on its first answer, and the row says it was asked."""
        if is_answer(unsent_text):
            return True
        if not self.spoken:
            return False
        heard = self._speech is None or self._speech.heard_speech
        return heard or state is State.FOLLOW_UP

    def ending_asks(self, unsent_text: str = "") -> bool:
        """Whether Ctrl+E asks before ending: with questions still to come, and on the last
        question when ending now leaves it out of a scorecard that has other answers (Ctrl+E
        in the last question's thinking time dropped it for good at once, walkthrough 53).
        Not when nothing would be left out, nor when nothing at all is kept: there is nothing
        to score, and the person goes back to where the interview was started (a single
        question practised again and ended unanswered)."""
        interview = self.interview
        if interview is None:
            return False
        number, total = interview.position
        if total - number > 0:
            return True
        left_out, _ = self.kept_if_ended(unsent_text)  # (the last question: what it leaves out)
        return 0 < left_out < len(interview.questions)

    def save_draft(self, text: str) -> None:
        """The answer being typed (a moment after a pause in typing): kept on disk until it
        is sent, so a crash does not lose it."""
        interview, session_id = self.interview, self.journal.session_id
        if interview is None or session_id is None or interview.spoken:
            return
        # paused too: the words typed just before Ctrl+P reach the disk while it is paused
        state = self.underlying_state
        if state not in (State.PREPARING, State.ANSWERING, State.FOLLOW_UP):
            return
        follow_up = self._slot.part.follow_up if self._slot is not None else None
        answer = (interview.index, follow_up)
        self._typed = (answer, text)
        draft = Draft(interview.index, follow_up, without_controls(text))
        if state is not State.PREPARING:  # the time used so far goes on after a resume
            draft = with_time_used(draft, interview.answer_clock, self.star)
            self._time_kept = (answer, draft.elapsed_s)
        drafts = self.drafts

        def write() -> None:
            if is_answer(text) or draft.elapsed_s > 0:
                drafts.write(session_id, draft)
            else:
                drafts.clear(session_id)

        self._executor.submit(
            write,
            lambda _: self._draft_kept(answer),
            self._draft_failed(answer, typed=is_answer(text)),
            lane=DATABASE,
        )
        # A typed story moves the STAR timer as a spoken one's caption does: it stayed on
        # Situation for the whole answer under feedback saying "all four STAR parts".
        self.caption(text)

    @property
    def draft_not_kept(self) -> bool:
        """The answer being typed could not be written to disk (its last draft failed): a
        crash or a quit now loses it, unless it is submitted first."""
        interview, failed = self.interview, self._draft_not_kept
        if interview is None or failed is None:
            return False
        follow_up = self._slot.part.follow_up if self._slot is not None else None
        return failed == (interview.index, follow_up)

    def _draft_kept(self, answer: tuple[int, str | None]) -> None:
        """A draft reached the disk: a notice that said it could not goes (while its answer is
        still being given; the page drops a typing notice by itself once the answer is in)."""
        if self._draft_not_kept is not None:
            said_for, self._draft_not_kept = self._draft_not_kept, None
            if said_for == answer:
                self._emit(ev.Notice("", "typing"))

    def _draft_failed(
        self, answer: tuple[int, str | None], *, typed: bool
    ) -> Callable[[BaseException], None]:
        """Said once per answer, not at every pause in typing: the text typed is not safe from
        a crash, though it is still in the box and is kept as usual once sent. With nothing
        typed (``typed`` False: the draft kept only the time used) nothing is at risk, and
        nothing is said: an empty box was said to hold an answer that would be lost (attack
        run 48)."""

        def failed(exc: BaseException) -> None:  # DraftNotKept: names the place and why
            if typed and self._draft_not_kept != answer:
                self._draft_not_kept = answer
                self._emit(ev.Notice(str(exc), "typing"))

        return failed

    def mark_phase(self, phase: str) -> None:
        """The person marks the STAR part they are telling now (Ctrl+1..4)."""
        if self.star is None or self.state is not State.ANSWERING:
            raise IllegalTransition("STAR parts are marked while telling a behavioral story")
        self.star.mark(phase)
        self._emit(ev.StarTicked(tuple(self.star.phases())))

    def rate(self, number: int, rating: int | None) -> None:
        """How question ``number`` (1-based) felt, 1 (again) to 4 (easy), stored as the Review
        page stores it (it steers the question's review schedule); None forgets it."""
        interview = self._require()
        if not 1 <= number <= len(interview.questions):
            raise IllegalTransition(f"there is no question {number} to rate")
        if rating is not None and not 1 <= rating <= 4:
            raise ValueError(f"a self-rating is 1 to 4, not {rating}")
        self.journal.save_rating(number - 1, rating)

    def tick(self) -> None:
        """Called by a timer a few times a second: the countdown, the answer clock, the limit,
        and answers not saved yet tried again."""
        self._retry_unsaved()
        state = self.state
        if state is State.PREPARING:
            shown = self._prep.changed()
            if shown is not None:
                self._emit(ev.PrepTicked(shown))
            if self._prep.left() <= 0:
                self._send("prepared")
                self._start_answer(None, auto=True)
        elif state in (State.ANSWERING, State.FOLLOW_UP):
            interview = self._require()
            elapsed = interview.answer_clock.elapsed()
            ticked = self._ticked(elapsed)
            self._emit(ticked)
            if self.star is not None:
                # its parts add up to the clock of the same tick
                self._emit(ev.StarTicked(tuple(self.star.phases(elapsed))))
            if not interview.spoken:
                self._keep_time_used(elapsed)
            # a follow-up ends at the question's limit, but never before it had its least time
            ends = (
                max(ticked.limit, ticked.earlier + FOLLOW_UP_LEAST_S)
                if ticked.earlier
                else ticked.limit
            )
            if interview.spoken and ticked.elapsed >= ends:
                self._emit(ev.Notice("Time is up: your answer was ended at the limit.", "answer"))
                self.submit(by_person=False)

    def _retry_unsaved(self) -> None:
        journal = self.journal
        finish = self.state is State.WRAP_UP and self.wrap_up_failed
        if journal.pending() or not (finish or journal.unsaved_count()):
            return
        now = self._clock()
        if now - self._unsaved_tried_at < RETRY_UNSAVED_EVERY_S:
            return
        self._unsaved_tried_at = now
        if not finish:
            journal.retry(quietly=True)  # the page says already what is not saved
            return

        # A wrap-up that could not save is tried again too, with the answers before it, and
        # the scorecard opens once it is saved: it waited for Ctrl+E, the database long free
        # again (attack60b: another program's lock let go after 60 s, the disk freed).
        def tried(written: bool) -> None:
            if written and self.journal is journal and self.state is State.WRAP_UP:
                if not self.wrap_up_failed:
                    return  # Ctrl+E tried at the same time: its own finish opens it
                self.wrap_up_failed = False
                self._finished(self._require_session_id())

        journal.retry(quietly=True, finish_too=True, then=tried)

    def _require_session_id(self) -> int:
        session_id = self.journal.session_id
        if session_id is None:
            raise IllegalTransition("the session was saved without an id")
        return session_id

    def _keep_time_used(self, elapsed: float) -> None:
        """Every few seconds, the typed answer's time used (and its text as last handed over)
        reaches the disk, typed or not."""
        follow_up = self._slot.part.follow_up if self._slot is not None else None
        answer = (self._require().index, follow_up)
        kept_at = self._time_kept[1] if self._time_kept and self._time_kept[0] == answer else 0.0
        if elapsed - kept_at >= TIME_KEPT_EVERY_S:
            self.save_draft(self._typed[1] if self._typed and self._typed[0] == answer else "")

    # --- from the microphone ---------------------------------------------------------------
    def recording_started(self) -> None:
        """The microphone is open: the answer's row exists from now on (a crash loses nothing)."""
        if self._slot is not None and self._slot.part.audio is not None:
            self._recording_open = True
            self.journal.save_part(self._slot.entry, self._slot.part)
            self._emit(ev.RecordingStarted())

    def recording_elsewhere(self, asked: str, path: str, text: str) -> None:
        """The audio recorded for ``asked`` is in ``path`` (the name was taken by a folder or
        another file, attack run 42): the answer asked to be recorded there points at the file
        its audio is really in (it pointed at the other one, the recording left unfound), said
        above it. That answer need not be the current one: the notice can come after a skip,
        or once the next answer's recording opened (fix42), and then the current answer's file
        was renamed instead."""
        found = self._part_recorded_as(Path(asked))
        if found is None:
            return
        entry, part = found
        part.audio = Path(path)
        current = self._slot is not None and self._slot.part is part
        # the answer's row is there (its recording opened, or it is over): it names the file
        stored = self._recording_open if current else part.transcript is not None
        if stored:
            self.journal.save_part(entry, part)
        self._emit(ev.Notice(text, "answer"))

    def _part_recorded_as(self, audio: Path) -> tuple[Entry, Part] | None:
        """The answer (the current one first) that was to be recorded as ``audio``."""
        slots = [(self._slot.entry, self._slot.part)] if self._slot is not None else []
        for entry, part in slots + [(e, p) for e in self.ledger.values() for p in e.parts]:
            if part.audio == audio:
                return entry, part
        return None

    def input_changed(self, text: str) -> None:
        """The microphone changed (another one, or none is left): said by the answer."""
        self._emit(ev.Notice(text, "answer"))

    def voice_unheard(self, text: str) -> None:
        """Why the interviewer's voice is not heard: said for the whole session."""
        self._emit(ev.Notice(text, "session"))

    def heard_end(self, why: str) -> None:
        if self.state in (State.ANSWERING, State.FOLLOW_UP) and self.spoken:
            self._emit(ev.Notice(f"Answer ended after {why}.", "answer"))
            self.submit(by_person=False)

    def caption(self, text: str) -> None:
        """Move the STAR timer on when the live caption (or the typed answer) reaches the
        next part."""
        from simulator.core.star import phase_of_text

        star = self.star
        if star is None or self.state is not State.ANSWERING:
            return
        progress = star.progress()

        def read() -> str | None:
            return phase_of_text(text, progress)

        def labelled(phase: str | None) -> None:
            if star is not self.star:
                return
            if star.advance_to(phase):
                self._emit(ev.StarTicked(tuple(star.phases())))

        self._executor.submit(read, labelled, lane=COMPUTE)

    def speech_failed(self, message: str) -> None:
        """No microphone, microphone lost, or no speech model: typed answers from now on.
        What a lost microphone recorded of the answer is kept: it is transcribed as given."""
        if self._recording_open:
            self._leave_pause_as_is()  # what was recorded before the pause is the answer
        interview, slot = self.interview, self._slot
        state = self.underlying_state  # paused: a microphone that never opened
        answering = state in (State.ANSWERING, State.FOLLOW_UP)
        keep = answering and slot is not None and self.spoken and self._recording_open
        if keep:
            self.submit(by_person=False)  # to TRANSCRIBING: the audio so far is the answer
        elif answering and slot is not None:
            slot.part.audio = None  # nothing was recorded: this answer is typed
        if interview is not None and interview.spoken:
            interview.spoken = False
            self._emit(ev.ModeChanged(False, self._voice.enabled))
            # said here only: every reason's own words leave it out (walkthrough 51 read the
            # speech model's "Answers are typed instead." before it)
            self._emit(ev.Notice(f"{message} Type your answers from now on.", "session"))
        if self.state is State.TRANSCRIBING and not keep:
            if slot is not None and slot.part.audio is not None and slot.part.audio.exists():
                self._kept_untranscribed(slot)
            else:
                self.transcribed(Transcript(text="", engine="none"))  # no model: nothing heard

    def _kept_untranscribed(self, slot: Slot) -> None:
        """The speech model failed while transcribing a recorded answer: the recording is the
        answer. Its row stays a spoken answer with its audio (not "skipped"), so a resumed
        session, or Re-transcribe on the Review page, transcribes and scores it later."""
        self._slot = None
        self._send("transcribed")
        number = slot.entry.position + 1
        self._emit(
            ev.Notice(
                f"Your answer to question {number} is recorded but could not be transcribed "
                "now. It is kept with its audio: re-transcribe it from the Review page once "
                "the speech model works."
            )
        )
        if self._end_after_transcript:
            self._end_after_transcript = False
            self._send("end_early")
            self._wrap_up()

    def transcribed(self, transcript: Transcript) -> None:
        if self._hold(transcript):
            return  # paused while it was transcribed: it is shown on resume
        if self.state is not State.TRANSCRIBING:
            return
        slot = self._slot
        assert slot is not None
        self._send("transcribed")
        number = slot.entry.position + 1
        self._emit(ev.TranscriptShown(transcript.text, number, slot.part.index))
        if transcript.duration_s:
            slot.part.elapsed_s = transcript.duration_s
        self._answered(slot, transcript)
        if slot.part.given and slot.part.audio is not None and self._speech is not None:
            star = self.star  # the whole recording's sentences time the story again
            self._work.refine(slot.entry, slot.part, lambda score: self._retell_star(star, score))
        if self._end_after_transcript:
            self._end_after_transcript = False
            self._send("end_early")
            self._wrap_up()
