"""The interview session, free of Qt: the flow, the answer ledger, scoring, saving, resuming.

``Session`` is driven by calls from its user interface (``primary``, ``skip``, ``toggle_pause``,
``end`` ...), by ``tick()`` from a timer, and by callbacks from the interviewer's voice and the
microphone. It reports everything through typed events (``events.py``). Blocking work (scoring,
transcription, database writes) goes to an ``Executor``; results come back on the driving thread.
"""

from __future__ import annotations

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
from simulator.core.session.journal import Journal
from simulator.core.session.ledger import Entry, Part, follow_up_for, has_words
from simulator.core.session.plan import SessionPlan
from simulator.core.session.ports import COMPUTE, DATABASE, Executor, SpeechInput, Voice
from simulator.core.session.recovery import ResumePoint, resume_point
from simulator.core.session.work import Background
from simulator.core.transcript import Transcript

if TYPE_CHECKING:
    from simulator.core.questions import Question
    from simulator.core.scoring import AnswerScore
    from simulator.core.star import StarTimer
    from simulator.core.storage import SessionRecord, Storage
    from simulator.settings import Settings

BRIEFING_TEXT = (
    "Welcome to your mock interview. I will ask {n}. Take a moment to think before each "
    "answer, and speak or type as you would with a real interviewer. Let's begin."
)
KEY_GRACE_S = 0.5  # a key pressed this soon after the countdown ended meant "start", not "submit"
EMPTY_HINT = "Nothing to submit yet: type your answer, or press Ctrl+K to skip the question."
EMPTY_FOLLOW_UP_HINT = (
    "Nothing to submit yet: type your answer to the follow-up, or press Ctrl+K to skip it."
)


@dataclass
class _Slot:
    """The answer being given now."""

    entry: Entry
    part: Part


class Session:
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
    ) -> None:
        self._settings = settings
        self._executor = executor
        self._voice = voice
        self._speech = speech
        self._clock = clock
        self._recordings = recordings or _recordings_dir
        self.drafts = Drafts(lambda: self._recordings().parent / "drafts")
        self._listeners: list[Callable[[ev.Event], None]] = []
        self._storage = storage
        self.journal = self._new_journal()
        self._work = Background(executor, self.journal, speech, self._emit, self._settled)
        self.interview: Interview | None = None
        self.ledger: dict[int, Entry] = {}
        self.star: StarTimer | None = None
        self._slot: _Slot | None = None
        self._wrap_up_waiting = False  # wrap-up waits for the answers still being scored
        self.wrap_up_failed = False  # the session could not be saved at the end: retry or leave
        # Sessions left while their wrap-up could not save: answers still queued in memory,
        # retried with the next write and offered as a recovery file on quit.
        self._left: list[tuple[Journal, dict[int, Entry]]] = []
        self._end_after_transcript = False
        self._prep = Countdown(clock)
        self._auto_started_at = -math.inf  # when the countdown switched to answering by itself
        self._recording_open = False  # the microphone opened for the answer being given

    # --- queries and listeners ----------------------------------------------------------
    def on_event(self, listener: Callable[[ev.Event], None]) -> None:
        self._listeners.append(listener)

    @property
    def state(self) -> State:
        return State(self.interview.state) if self.interview else State.IDLE

    @property
    def spoken(self) -> bool:
        return self.interview is not None and self.interview.spoken

    @property
    def session_id(self) -> int | None:
        return self.journal.session_id

    def busy(self) -> bool:
        return self._work.pending + self.journal.pending() > 0

    def unsaved_count(self) -> int:
        """Answers given (this session or one left at a failed wrap-up) not on disk yet."""
        left = sum(j.unsaved_count() for j, _ in self._left if j is not self.journal)
        return self.journal.unsaved_count() + left

    def write_recovery_file(self, path: Path) -> Path:
        """Every answer of the sessions whose answers are not all on disk, as JSON at ``path``
        (somewhere else than the data folder, which is what failed); readable by its owner."""
        from simulator.core.session.rescue import write_rescue

        held = [(j, led) for j, led in self._left if j.unsaved_count() and j is not self.journal]
        if self.journal.unsaved_count() or not held:
            held.append((self.journal, self.ledger))
        return write_rescue(path, [(j.session_id, ledger) for j, ledger in held])

    # --- starting -------------------------------------------------------------------------
    def start(self, plan: SessionPlan, questions: list[Question]) -> None:
        """A new session over ``questions`` (chosen from the plan, or the plan's own ids)."""
        self._reset(questions, spoken=plan.spoken, voice=plan.voice)
        self._retry_left()
        self.journal.open(plan.to_dict([q.id for q in questions]))
        self._send("start")
        n = len(questions)
        text = BRIEFING_TEXT.format(n="one question" if n == 1 else f"{n} questions")
        self._emit(ev.BriefingShown(text, n))
        self._voice.say(text, self._briefed)
        self._voice.prepare(questions[0].prompt)  # rendered while the briefing plays

    def resume(self, record: SessionRecord, questions: list[Question]) -> None:
        """Continue an interrupted session at its first unanswered question, as it was given
        (spoken or typed, voice on or off). Answers are scored again from what was said; a
        recording cut short is repaired, transcribed and scored in the background."""
        point: ResumePoint = resume_point(record, questions)
        self._reset(questions, spoken=point.spoken, voice=point.voice)
        self.journal.adopt(record)
        self.ledger = point.ledger
        for entry, part in point.to_recover:
            self._work.recover(entry, part)
        for entry in self.ledger.values():
            if entry.answered:
                self._work.score(entry)
        interview = self._require()
        interview.restore_at(point.index)
        self._send("continue_session")
        if point.finished:
            self._send("skip")
            self.next_question()
        else:
            self._ask()
            draft = self.drafts.read(record.id)
            if draft is not None and draft.position == point.index and draft.follow_up is None:
                self._emit(ev.DraftRestored(draft.text))
                self._emit(ev.Notice("The answer you were typing when the app closed is back."))

    def _reset(self, questions: list[Question], *, spoken: bool, voice: bool) -> None:
        self._voice.stop()
        self._voice.enabled = voice
        speech = self._speech
        spoken = spoken and speech is not None
        self.ledger, self._slot, self.star = {}, None, None
        self._wrap_up_waiting, self._end_after_transcript = False, False
        self.wrap_up_failed = False
        self._work.detach()  # a session left behind still saves its answers, silently
        self.journal = self._new_journal()
        self._work = Background(self._executor, self.journal, speech, self._emit, self._settled)
        self.interview = Interview(questions, clock=self._clock, spoken=spoken)
        self.interview.on_change(lambda old, new: self._emit(ev.StateChanged(old, new)))
        self._emit(ev.ModeChanged(spoken, voice))
        if spoken:
            assert self._speech is not None
            self._speech.preload()

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
        typed_words = not interview.spoken and has_words(text)
        if by_person and not typed_words:
            if self._clock() - self._auto_started_at < KEY_GRACE_S:
                return  # pressed for "start now" as the countdown ran out: not a submit
            if not interview.spoken:
                hint = EMPTY_FOLLOW_UP_HINT if self.state is State.FOLLOW_UP else EMPTY_HINT
                self._emit(ev.Notice(hint, "moment"))
                return
        slot = self._slot
        assert slot is not None
        slot.part.elapsed_s = interview.answer_clock.elapsed()
        if self.star is not None:
            self.star.pause()  # its times stay on screen while the answer is reviewed
            self._emit(ev.StarTicked(tuple(self.star.phases())))
        self._send("submit_follow_up" if self.state is State.FOLLOW_UP else "submit")
        if self.state is State.TRANSCRIBING:
            assert self._speech is not None
            self._speech.stop()  # the transcript comes back through transcribed()
            return
        self._answered(slot, Transcript(text=text.strip(), engine="typed"))

    def skip(self) -> None:
        interview = self._require()
        self._voice.stop()
        if self._speech is not None and self._speech.recording:
            self._speech.stop()  # what was said stays on disk; the answer counts as skipped
        slot = self._slot or self._main_slot()
        self._slot = None
        self._send("skip")
        part = slot.part
        if part.follow_up is None or part.audio is not None:
            part.transcript = Transcript(text="", engine="skipped")
            self.journal.save_part(slot.entry, part)
        if part.follow_up is None:
            self._emit(ev.AnswerSkipped(interview.position[0], "skipped"))
        self.next_question()

    def next_question(self) -> None:
        self._send("next_question")
        if self.state is State.ASKING:
            self._ask()
        elif self.state is State.WRAP_UP:
            self._wrap_up()

    def toggle_pause(self) -> None:
        if self.state is State.PAUSED:
            self._send("resume")
            state = self.state
            if state is State.PREPARING:
                self._prep.resume()
            elif state in (State.ANSWERING, State.FOLLOW_UP) and self.star is not None:
                self.star.resume()
            elif state is State.ASKING:
                self._ask()
            elif state is State.BRIEFING:
                self._briefed()
            elif state is State.ASKING_FOLLOW_UP and self._slot is not None:
                self._voice.say(self._slot.part.follow_up or "", self._follow_up_read)
            return
        if self._speech is not None and self._speech.recording:
            raise IllegalTransition("a spoken answer cannot be paused: finish it with Ctrl+Enter")
        self._voice.stop()
        self._prep.pause()
        if self.star is not None:
            self.star.pause()
        self._send("pause")

    def end(self, unsent_text: str = "") -> None:
        """End the interview now; an answer typed or spoken so far is kept."""
        self._require()
        self._voice.stop()
        if self.state in (State.ANSWERING, State.FOLLOW_UP) and (
            has_words(unsent_text) or self.spoken
        ):
            self.submit(unsent_text, by_person=False)
        if self.state is State.WRAP_UP and self.wrap_up_failed and not self.busy():
            self.wrap_up_failed = False  # Ctrl+E again: try to save once more
            self._wrap_up()
            return
        if self.state in (State.WRAP_UP, State.SCORECARD, State.ABORTED):
            return
        if self.state is State.TRANSCRIBING:
            self._end_after_transcript = True
            return
        self._send("end_early")
        self._wrap_up()

    def save_draft(self, text: str) -> None:
        """The answer being typed (a moment after a pause in typing): kept on disk until it
        is sent, so a crash does not lose it."""
        interview, session_id = self.interview, self.journal.session_id
        if interview is None or session_id is None or interview.spoken:
            return
        if self.state not in (State.PREPARING, State.ANSWERING, State.FOLLOW_UP):
            return
        follow_up = self._slot.part.follow_up if self._slot is not None else None
        draft = Draft(interview.index, follow_up, text)
        drafts = self.drafts

        def write() -> None:
            if has_words(text):
                drafts.write(session_id, draft)
            else:
                drafts.clear(session_id)

        self._executor.submit(write, lambda _: None, lambda _: None, lane=DATABASE)

    def _clear_draft(self) -> None:
        session_id, drafts = self.journal.session_id, self.drafts
        if session_id is not None:
            self._executor.submit(
                lambda: drafts.clear(session_id), lambda _: None, lambda _: None, lane=DATABASE
            )

    def leave(self) -> bool:
        """Leave a wrap-up that could not save (the disk is full): the interview closes, and
        its answers stay in memory, retried with the next save. False if not in that case."""
        if self.state is not State.WRAP_UP or not self.wrap_up_failed:
            return False
        self._left.append((self.journal, self.ledger))
        self._send("abort")
        return True

    def _retry_left(self) -> None:
        for journal, _ in self._left:
            journal.retry()
        self._left = [(j, ledger) for j, ledger in self._left if j.unsaved_count() or j.pending()]

    def mark_phase(self, phase: str) -> None:
        """The person marks the STAR part they are telling now (Ctrl+1..4)."""
        if self.star is None or self.state is not State.ANSWERING:
            raise IllegalTransition("STAR parts are marked while telling a behavioral story")
        self.star.mark(phase)
        self._emit(ev.StarTicked(tuple(self.star.phases())))

    def tick(self) -> None:
        """Called by a timer a few times a second: the countdown, the answer clock, the limit."""
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
            elapsed, limit = interview.answer_clock.elapsed(), interview.current.time_limit_s
            self._emit(ev.AnswerTicked(elapsed, limit))
            if self.star is not None:
                self._emit(ev.StarTicked(tuple(self.star.phases())))
            if interview.spoken and elapsed >= limit:
                self._emit(ev.Notice("Time is up: your answer was ended at the limit."))
                self.submit(by_person=False)

    # --- from the microphone ---------------------------------------------------------------
    def recording_started(self) -> None:
        """The microphone is open: the answer's row exists from now on (a crash loses nothing)."""
        if self._slot is not None and self._slot.part.audio is not None:
            self._recording_open = True
            self.journal.save_part(self._slot.entry, self._slot.part)
            self._emit(ev.RecordingStarted())

    def heard_end(self, why: str) -> None:
        if self.state in (State.ANSWERING, State.FOLLOW_UP) and self.spoken:
            self._emit(ev.Notice(f"Answer ended after {why}."))
            self.submit(by_person=False)

    def caption(self, text: str) -> None:
        """Move the STAR timer on when the live caption reaches the next part."""
        from simulator.core.star import phase_of_text

        star = self.star
        if star is None or self.state is not State.ANSWERING:
            return
        progress = star.progress()

        def labelled(phase: str | None) -> None:
            if star is self.star and star.advance_to(phase):
                self._emit(ev.StarTicked(tuple(star.phases())))

        self._executor.submit(lambda: phase_of_text(text, progress), labelled, lane=COMPUTE)

    def speech_failed(self, message: str) -> None:
        """No microphone, microphone lost, or no speech model: typed answers from now on.
        What a lost microphone recorded of the answer is kept: it is transcribed as given."""
        interview, slot = self.interview, self._slot
        answering = self.state in (State.ANSWERING, State.FOLLOW_UP)
        keep = answering and slot is not None and self.spoken and self._recording_open
        if keep:
            self.submit(by_person=False)  # to TRANSCRIBING: the audio so far is the answer
        elif answering and slot is not None:
            slot.part.audio = None  # nothing was recorded: this answer is typed
        if interview is not None and interview.spoken:
            interview.spoken = False
            self._emit(ev.ModeChanged(False, self._voice.enabled))
            self._emit(ev.Notice(f"{message} Type your answers from now on.", "session"))
        if self.state is State.TRANSCRIBING and not keep:
            if slot is not None and slot.part.audio is not None and slot.part.audio.exists():
                self._kept_untranscribed(slot)
            else:
                self.transcribed(Transcript(text="", engine="none"))  # no model: nothing heard

    def _kept_untranscribed(self, slot: _Slot) -> None:
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
        if self.state is not State.TRANSCRIBING:
            return
        slot = self._slot
        assert slot is not None
        self._send("transcribed")
        self._emit(ev.TranscriptShown(transcript.text))
        if transcript.duration_s:
            slot.part.elapsed_s = transcript.duration_s
        self._answered(slot, transcript)
        if slot.part.given and slot.part.audio is not None and self._speech is not None:
            self._work.refine(slot.entry, slot.part)
        if self._end_after_transcript:
            self._end_after_transcript = False
            self._send("end_early")
            self._wrap_up()

    # --- the flow --------------------------------------------------------------------------
    def _briefed(self) -> None:
        if self.state is State.BRIEFING:
            self._send("briefed")
            self._ask()

    def _ask(self) -> None:
        interview = self._require()
        number, total = interview.position
        question = interview.current
        self._slot, self.star = None, None
        self._emit(ev.QuestionShown(question, number, total))
        self._emit(ev.StarTicked(()))
        self._voice.say(question.prompt, self._asked)
        if interview.has_more():  # rendered while this one is answered
            self._voice.prepare(interview.questions[interview.index + 1].prompt)
        if self._settings.follow_ups:  # whichever is asked after the answer plays at once
            for follow_up in question.follow_ups:
                self._voice.prepare(follow_up.prompt)

    def _asked(self) -> None:
        if self.state is State.ASKING:
            self._send("asked")
            self._start_prep()

    def _start_prep(self) -> None:
        seconds = self._require().current.prep_time_s
        self._prep.start(seconds)
        self._emit(ev.PrepTicked(seconds))
        if seconds <= 0:
            self._send("prepared")
            self._start_answer(None, auto=True)

    def _main_slot(self) -> _Slot:
        interview = self._require()
        entry = self._entry(interview.index)
        return _Slot(entry, entry.part(None))

    def _entry(self, position: int) -> Entry:
        if position not in self.ledger:
            question = self._require().questions[position]
            self.ledger[position] = Entry(question, position)
        return self.ledger[position]

    def _start_answer(self, follow_up: str | None, *, auto: bool) -> None:
        interview = self._require()
        entry = self._entry(interview.index)
        part = entry.part(follow_up)
        self._slot = _Slot(entry, part)
        self._recording_open = False
        if auto:
            self._auto_started_at = self._clock()
        self.star = None
        if entry.question.category.value == "behavioral" and follow_up is None:
            from simulator.core.star import StarTimer

            self.star = StarTimer(entry.question.time_limit_s, self._clock)
        if interview.spoken:
            assert self._speech is not None
            stamp = time.strftime("%Y%m%d-%H%M%S")
            suffix = f"-follow-up{part.index}" if follow_up else ""
            part.audio = self._recordings() / f"{stamp}-q{entry.position + 1}{suffix}.wav"
            self._speech.start(part.audio)

    def _answered(self, slot: _Slot, transcript: Transcript) -> None:
        """An answer part is in (state REVIEWING): save it, score its question, maybe follow up."""
        self._slot = None
        entry, part = slot.entry, slot.part
        part.transcript = transcript
        self.journal.save_part(entry, part)
        self._clear_draft()  # the answer is in: its draft has done its job
        number = entry.position + 1
        if not part.given:
            if part.follow_up is None:
                self._emit(ev.AnswerSkipped(number, "no words were given"))
            return  # no words: skipped, not scored, and never followed up
        first = part.follow_up is None
        self._work.score(entry, then=lambda score: self._reviewed(entry, score, first))

    def _reviewed(self, entry: Entry, score: AnswerScore, first: bool) -> None:
        self._emit(ev.AnswerReviewed(entry.position + 1, score, not first))
        interview = self._require()
        if not (
            first
            and self._settings.follow_ups
            and not interview.follow_up_asked
            and self.state is State.REVIEWING
            and interview.index == entry.position
        ):
            return
        prompt = follow_up_for(entry.question, score)
        if prompt is None:
            return
        self._send("ask_follow_up")
        self._slot = _Slot(entry, entry.part(prompt))
        number, total = interview.position
        self._emit(ev.QuestionShown(entry.question, number, total, prompt))
        self._voice.say(prompt, self._follow_up_read)

    def _follow_up_read(self) -> None:
        """The interviewer has finished the follow-up: only now does its answer start."""
        if self.state is State.ASKING_FOLLOW_UP and self._slot is not None:
            self._send("follow_up_read")
            self._start_answer(self._slot.part.follow_up, auto=False)

    def _wrap_up(self) -> None:
        if self._work.pending:
            self._wrap_up_waiting = True  # resumed when the last answer's result lands
            return
        self._wrap_up_waiting = False

        def finished(session_id: int) -> None:
            if self.state is State.WRAP_UP:
                self._send("finish")
            self._emit(ev.SessionFinished(session_id))

        def failed() -> None:
            self.wrap_up_failed = True
            self._emit(
                ev.Notice(
                    "The interview could not be saved. Press Ctrl+E to try again once saving "
                    "works, or go Home to leave it: your answers stay in memory until you quit, "
                    "and quitting offers to write them to a file elsewhere."
                )
            )

        self._work.finish([self.ledger[p] for p in sorted(self.ledger)], finished, failed)

    def _settled(self) -> None:
        if self._wrap_up_waiting:
            self._wrap_up()

    # --- plumbing --------------------------------------------------------------------------
    def _new_journal(self) -> Journal:
        return Journal(self._storage, self._executor, lambda m: self._emit(ev.Failed(m)))

    def _emit(self, event: ev.Event) -> None:
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
