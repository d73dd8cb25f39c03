"""Drives one interview: the state machine, the voices, the clocks, scoring and saving.

The pages only render what this controller reports through its signals and call its slots; all
blocking work (speech, transcription, scoring, database writes) runs through ``TaskRunner``s.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from simulator import paths
from simulator.core.interview import IllegalTransition, Interview, State
from simulator.core.storage import AnswerRecord, SessionRecord, Storage
from simulator.core.transcript import Transcript
from simulator.settings import Settings
from simulator.speech.tts import Speaker
from simulator.ui.interviewer_voice import InterviewerVoice
from simulator.ui.session_log import AnswerSlot, SessionLog
from simulator.ui.tasks import TaskRunner

if TYPE_CHECKING:  # imported when first needed, to keep start-up light
    from simulator.core.questions import Question
    from simulator.core.scoring import AnswerScore
    from simulator.core.star import StarTimer
    from simulator.ui.voice import VoiceAnswers

BRIEFING_TEXT = (
    "Welcome to your mock interview. I will ask {n} questions. Take a moment to think before each "
    "answer, and speak or type as you would with a real interviewer. Let's begin."
)


@dataclass
class _Given:
    question: Question
    score: AnswerScore


@dataclass
class _SessionState:
    plan: dict[str, Any] = field(default_factory=dict)
    given: dict[int, _Given] = field(default_factory=dict)  # position -> main answer's score
    follow_up: str = ""
    current: AnswerSlot | None = None


class SessionController(QObject):
    state_changed = Signal(str)
    question_shown = Signal(object, int, int, str)  # question, number, total, follow-up prompt
    speaking_changed = Signal(bool)
    prep_ticked = Signal(int)  # seconds left to think
    answer_ticked = Signal(float, int)  # elapsed seconds, limit
    notice_posted = Signal(str)
    answer_reviewed = Signal(dict)  # the score of the answer just given (AnswerScore.to_dict())
    transcript_shown = Signal(str)  # a spoken answer's final transcript
    spoken_changed = Signal(bool)  # answers are spoken (True) or typed (False) from now on
    star_ticked = Signal(list)  # [PhaseTime] of a behavioral answer; [] when there is none
    session_finished = Signal(int)  # session id (its scorecard can be loaded)
    error_raised = Signal(str)

    def __init__(
        self,
        storage: Storage,
        settings: Settings,
        speaker: Speaker | None,
        parent: QObject | None = None,
        clock: Any = time.monotonic,
        voice_answers: VoiceAnswers | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._clock = clock
        self._work = TaskRunner(2, self)
        self._log = SessionLog(storage, self)
        self._log.failed.connect(self.error_raised)
        self._voice = InterviewerVoice(speaker, self)
        self._voice.speaking_changed.connect(self.speaking_changed)
        self._voice.notice_posted.connect(self.notice_posted)
        self.voice_answers = voice_answers
        if voice_answers is not None:
            voice_answers.transcript_ready.connect(self._transcribed)
            voice_answers.answer_ended.connect(self._heard_answer_end)
            voice_answers.failed.connect(self._voice_input_failed)
        self._interview: Interview | None = None
        self._s = _SessionState()
        self._pending = 0  # answers being scored or transcribed in the background
        self._wrap_up_waiting = False  # wrap-up waits for them, so the summary has every answer
        self._end_after_transcript = False  # End was pressed while the answer was transcribed
        self._prep_left = 0
        self._prep_timer = QTimer(self, interval=1000)
        self._prep_timer.timeout.connect(self._prep_tick)
        self._answer_timer = QTimer(self, interval=200)
        self._answer_timer.timeout.connect(self._answer_tick)
        self._star: StarTimer | None = None  # the STAR timer of a behavioral answer
        if voice_answers is not None:
            voice_answers.caption_changed.connect(self._follow_caption)

    # --- queries -------------------------------------------------------------------------
    @property
    def interview(self) -> Interview | None:
        return self._interview

    @property
    def state(self) -> State:
        return State(self._interview.state) if self._interview else State.IDLE

    @property
    def session_id(self) -> int | None:
        return self._log.session_id

    @property
    def spoken(self) -> bool:
        return self._interview is not None and self._interview.spoken

    def busy(self) -> bool:
        return self._work.pending() + self._log.pending() > 0

    def unsaved_count(self) -> int:
        return self._log.unsaved_count()

    # --- starting ------------------------------------------------------------------------
    def start(self, questions: list[Question], plan: dict[str, Any]) -> None:
        self._reset(questions)
        self._s.plan = {**plan, "question_ids": [q.id for q in questions]}
        self._log.open(self._s.plan)
        self._send("start")
        self._voice.say(BRIEFING_TEXT.format(n=len(questions)), self._briefed)

    def resume(self, record: SessionRecord, questions: list[Question]) -> None:
        """Continue a session that was interrupted, at its first unanswered question.

        Answers already given are scored again from what was said (scoring is deterministic, so
        the result is the same, and a score saved by an older version cannot mislead). A spoken
        answer that was being recorded when the app stopped is repaired, transcribed and scored
        in the background: it counts as given."""
        self._reset(questions)
        interview = self._require()
        self._log.adopt(record.id)
        self._s.plan = record.plan
        answered = {a.position for a in record.answers if a.follow_up is None}
        for answer in record.answers:
            if answer.position >= len(questions):
                continue
            if answer.follow_up is not None:
                continue
            if answer.mode == "spoken" and answer.score is None and answer.audio_path:
                self._recover(answer.position, questions[answer.position], answer)
            elif answer.mode != "skipped":
                self._rescore(answer.position, questions[answer.position], answer)
        remaining = [i for i in range(len(questions)) if i not in answered]
        interview.restore_at(remaining[0] if remaining else len(questions) - 1)
        self._send("continue_session")
        if remaining:
            self._ask()
        else:
            self._send("skip")
            self.next_question()

    def _reset(self, questions: list[Question]) -> None:
        self._voice.stop()
        self._voice.enabled = self._settings.voice_enabled
        self._prep_timer.stop()
        self._answer_timer.stop()
        self._s = _SessionState()
        spoken = self._settings.answer_mode == "spoken" and self.voice_answers is not None
        self._interview = Interview(questions, clock=self._clock, spoken=spoken)
        self._interview.on_change(lambda _old, new: self.state_changed.emit(new.value))
        if spoken:
            assert self.voice_answers is not None
            self.voice_answers.preload()

    # --- person's actions ----------------------------------------------------------------
    def begin_answer(self) -> None:
        """Stop thinking (or the voice) and start answering now."""
        if self.state is State.ASKING:
            self._voice.stop()
            self._send("asked")
        if self.state is State.PREPARING:
            self._prep_timer.stop()
            self._send("prepared")
            self._start_answer(follow_up=None)

    def submit(self, text: str = "") -> None:
        """End the current answer: the typed text, or (spoken) the recording so far."""
        interview = self._require()
        if self.state in (State.ASKING, State.PREPARING):
            self.begin_answer()
        if self.state not in (State.ANSWERING, State.FOLLOW_UP):
            raise IllegalTransition(f"nothing to submit while {self.state.value}")
        self._answer_timer.stop()
        if self._star is not None:
            self._star.pause()  # its times stay on screen while the answer is reviewed
            self.star_ticked.emit(self._star.phases())
        elapsed = interview.answer_clock.elapsed()
        answer = self._s.current or AnswerSlot(interview.index, interview.current, None)
        self._send("submit_follow_up" if self.state is State.FOLLOW_UP else "submit")
        if self.state is State.TRANSCRIBING:
            assert self.voice_answers is not None
            self.voice_answers.stop()  # the transcript arrives through _transcribed
            return
        self._s.current = None
        transcript = Transcript(text=text.strip(), engine="typed")
        self._score_and_save(answer, transcript, elapsed)

    def skip(self) -> None:
        interview = self._require()
        self._voice.stop()
        self._prep_timer.stop()
        self._answer_timer.stop()
        if self.voice_answers is not None and self.voice_answers.recording:
            self.voice_answers.stop()  # what was said stays on disk; the row says "skipped"
        answer = self._s.current or AnswerSlot(interview.index, interview.current, None)
        self._s.current = None
        self._send("skip")
        if answer.follow_up is None or answer.row:
            self._log.save(answer, "skipped", None, None)
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
            if self.state is State.PREPARING:
                self._prep_timer.start()
            elif self.state in (State.ANSWERING, State.FOLLOW_UP):
                self._answer_timer.start()
                if self._star is not None:
                    self._star.resume()
            elif self.state is State.ASKING:
                self._ask()
            elif self.state is State.BRIEFING:
                self._briefed()
            return
        if self.voice_answers is not None and self.voice_answers.recording:
            raise IllegalTransition("a spoken answer cannot be paused: finish it with Ctrl+Enter")
        self._voice.stop()
        self._prep_timer.stop()
        self._answer_timer.stop()
        if self._star is not None:
            self._star.pause()
        self._send("pause")

    def end(self, unsent_text: str = "") -> None:
        """End the interview now; an answer typed or spoken so far is kept."""
        self._require()
        self._voice.stop()
        self._prep_timer.stop()
        if self.state in (State.ANSWERING, State.FOLLOW_UP) and (
            unsent_text.strip() or self.spoken
        ):
            self.submit(unsent_text)
        self._answer_timer.stop()
        if self.state in (State.WRAP_UP, State.SCORECARD, State.ABORTED):
            return
        if self.state is State.TRANSCRIBING:
            self._end_after_transcript = True
            return
        self._send("end_early")
        self._wrap_up()

    def shutdown(self) -> None:
        self._voice.stop()
        self._prep_timer.stop()
        self._answer_timer.stop()
        if self.voice_answers is not None:
            self.voice_answers.shutdown()
        self._work.wait_idle()
        self._log.wait_idle()

    # --- the flow ------------------------------------------------------------------------
    def _briefed(self) -> None:
        if self.state is State.BRIEFING:
            self._send("briefed")
            self._ask()

    def _ask(self) -> None:
        interview = self._require()
        number, total = interview.position
        question = interview.current
        self.question_shown.emit(question, number, total, "")
        self._voice.say(question.prompt, self._asked)
        if interview.has_more():  # rendered while this one is answered
            self._voice.prepare(interview.questions[interview.index + 1].prompt)

    def _asked(self) -> None:
        if self.state is State.ASKING:
            self._send("asked")
            self._start_prep()

    def _start_prep(self) -> None:
        self._prep_left = self._require().current.prep_time_s
        self.prep_ticked.emit(self._prep_left)
        if self._prep_left <= 0:
            self.begin_answer()
        else:
            self._prep_timer.start()

    def _prep_tick(self) -> None:
        self._prep_left -= 1
        self.prep_ticked.emit(max(self._prep_left, 0))
        if self._prep_left <= 0:
            self.begin_answer()

    def _start_answer(self, follow_up: str | None) -> None:
        interview = self._require()
        answer = AnswerSlot(interview.index, interview.current, follow_up)
        self._s.current = answer
        self._star = None
        if answer.question.category.value == "behavioral" and follow_up is None:
            from simulator.core.star import StarTimer

            self._star = StarTimer(answer.question.time_limit_s, self._clock)
        self._answer_timer.start()
        if not interview.spoken:
            return
        assert self.voice_answers is not None
        stamp = time.strftime("%Y%m%d-%H%M%S")
        suffix = "-follow-up" if follow_up else ""
        answer.audio = paths.recordings_dir() / f"{stamp}-q{answer.position + 1}{suffix}.wav"
        if self.voice_answers.start(answer.audio):
            # The row exists from the first second, so a crash mid-answer loses nothing.
            self._log.save(answer, "spoken", None, None, started=True)

    def _answer_tick(self) -> None:
        interview = self._require()
        elapsed, limit = interview.answer_clock.elapsed(), interview.current.time_limit_s
        self.answer_ticked.emit(elapsed, limit)
        if self._star is not None:
            self.star_ticked.emit(self._star.phases())
        if (
            interview.spoken
            and elapsed >= limit
            and self.state in (State.ANSWERING, State.FOLLOW_UP)
        ):
            self.notice_posted.emit("Time is up: your answer was ended at the limit.")
            self.submit()

    def mark_phase(self, phase: str) -> None:
        """The person marks the STAR part they are telling now (keys Ctrl+1..4)."""
        if self._star is None or self.state is not State.ANSWERING:
            raise IllegalTransition("STAR parts are marked while telling a behavioral story")
        self._star.mark(phase)
        self.star_ticked.emit(self._star.phases())

    def _follow_caption(self, caption: str) -> None:
        """Move the STAR timer on when the live caption reaches the next part (labelled off
        the GUI thread by the scorer's own sentence labeller)."""
        from simulator.core.star import phase_of_text

        star = self._star
        if star is None or self.state is not State.ANSWERING:
            return

        def labelled(phase: str | None) -> None:
            if star is self._star and star.advance_to(phase):
                self.star_ticked.emit(star.phases())

        self._work.submit(phase_of_text, caption, star.progress(), on_done=labelled)

    def _heard_answer_end(self, why: str) -> None:
        if self.state in (State.ANSWERING, State.FOLLOW_UP) and self.spoken:
            self.notice_posted.emit(f"Answer ended after {why}.")
            self.submit()

    def _voice_input_failed(self, message: str) -> None:
        """No microphone, microphone lost, or no speech model: typed answers from now on."""
        interview = self._interview
        if interview is not None and interview.spoken:
            interview.spoken = False
            self.spoken_changed.emit(False)
            self.notice_posted.emit(f"{message} Type your answers from now on.")
        if self.state is State.TRANSCRIBING:
            self._transcribed(Transcript(text="", engine="none"))

    def _transcribed(self, transcript: Transcript) -> None:
        if self.state is not State.TRANSCRIBING:
            return
        interview = self._require()
        answer = self._s.current or AnswerSlot(interview.index, interview.current, None)
        self._s.current = None
        self._send("transcribed")
        self.transcript_shown.emit(transcript.text)
        self._score_and_save(answer, transcript, transcript.duration_s or 0.0)
        if answer.audio is not None and transcript.text:
            self._refine(answer)
        if self._end_after_transcript:
            self._end_after_transcript = False
            self._send("end_early")
            self._wrap_up()

    def _in_background(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        """Run scoring or transcription off the GUI thread; wrap-up waits until all settle.

        The session's summary is computed from every answer's score, so an answer still being
        scored (or re-transcribed) when the person presses End holds the wrap-up until it lands."""
        self._pending += 1

        def settle(callback: Callable[[Any], None] | None, value: Any) -> None:
            try:
                if callback is not None:
                    callback(value)
            finally:
                self._pending -= 1
                if self._wrap_up_waiting and not self._pending:
                    self._wrap_up()

        (runner or self._work).submit(
            work,
            on_done=lambda result: settle(on_done, result),
            on_error=lambda exc: settle(on_error, exc),
        )

    def _score_and_save(self, answer: AnswerSlot, transcript: Transcript, elapsed: float) -> None:
        question = answer.question
        mode = "skipped" if not transcript.text else ("spoken" if answer.audio else "typed")

        def scored(score: AnswerScore) -> None:
            data = score.to_dict()
            data["answer_time_s"] = round(elapsed, 1)
            if answer.follow_up is None:
                self._s.given[answer.position] = _Given(question, score)
            self._log.save(answer, mode, data, transcript)
            self.answer_reviewed.emit(data)
            if answer.follow_up is None:
                self._maybe_follow_up(score)

        def failed(exc: BaseException) -> None:
            self._log.save(answer, mode, None, transcript)  # the answer itself is never lost
            self._failed(exc)

        self._in_background(lambda: _score(question, transcript), scored, failed)

    def _refine(self, answer: AnswerSlot) -> None:
        """Re-transcribe the whole recording in the background and re-score with it.

        The quick (streamed) transcript gives feedback at once; the stored transcript and score
        come from one pass over the whole answer (on failure the streamed ones stay)."""
        voice, audio, question = self.voice_answers, answer.audio, answer.question
        assert voice is not None and audio is not None

        def work() -> tuple[Transcript, AnswerScore]:
            transcript = voice.transcribe_whole(audio)
            return transcript, _score(question, transcript)

        def scored(result: tuple[Transcript, AnswerScore]) -> None:
            transcript, score = result
            if transcript.text:
                if answer.follow_up is None:
                    self._s.given[answer.position] = _Given(question, score)
                self._log.save(answer, "spoken", score.to_dict(), transcript)

        self._in_background(work, scored, runner=voice.runner)

    def _maybe_follow_up(self, score: AnswerScore) -> None:
        interview = self._require()
        if (
            not self._settings.follow_ups
            or interview.follow_up_asked
            or self.state is not State.REVIEWING
        ):
            return
        prompt = _follow_up_for(interview.current, score)
        if prompt is None:
            return
        self._s.follow_up = prompt
        self._send("ask_follow_up")
        number, total = interview.position
        self.question_shown.emit(interview.current, number, total, prompt)
        self._voice.say(prompt, self._follow_up_asked)

    def _follow_up_asked(self) -> None:
        if self.state is State.FOLLOW_UP:
            self._start_answer(follow_up=self._s.follow_up)

    def _wrap_up(self) -> None:
        if self._pending:
            self._wrap_up_waiting = True  # resumed by the last answer's score
            return
        self._wrap_up_waiting = False
        given = [self._s.given[p] for p in sorted(self._s.given)]

        def work() -> dict[str, Any]:
            from simulator.core.scoring import score_session

            return score_session([(g.question, g.score) for g in given]).to_dict()

        def done(summary: dict[str, Any]) -> None:
            self._log.finish(summary, self._finished)

        self._work.submit(work, on_done=done, on_error=self._failed)

    def _finished(self, session_id: int) -> None:
        if self.state is State.WRAP_UP:
            self._send("finish")
        self.session_finished.emit(session_id)

    def _rescore(self, position: int, question: Question, answer: AnswerRecord) -> None:
        transcript = (
            Transcript.from_dict(answer.transcript)
            if answer.transcript
            else Transcript(text=answer.text, duration_s=answer.duration_s)
        )

        def scored(score: AnswerScore) -> None:
            self._s.given[position] = _Given(question, score)

        self._in_background(lambda: _score(question, transcript), scored)

    def _recover(self, position: int, question: Question, answer: AnswerRecord) -> None:
        """Repair, transcribe and score a recording cut short by a crash (in the background)."""
        from simulator.speech.asr import transcribe_file
        from simulator.speech.recorder import repair_wav

        audio = Path(answer.audio_path or "")
        model = self._settings.speech_model or None

        def work() -> tuple[Transcript, AnswerScore]:
            repair_wav(audio)
            transcript = transcribe_file(audio, model)
            return transcript, _score(question, transcript)

        def recovered(result: tuple[Transcript, AnswerScore]) -> None:
            transcript, score = result
            self._s.given[position] = _Given(question, score)
            row = AnswerSlot(position, question, None, audio, [answer.id])
            self._log.save(row, "spoken", score.to_dict(), transcript)

        def failed(exc: BaseException) -> None:
            self.notice_posted.emit(f"The interrupted recording could not be recovered: {exc}")

        self._in_background(work, recovered, failed)

    # --- errors --------------------------------------------------------------------------
    def _failed(self, exc: BaseException) -> None:
        self.error_raised.emit(f"Something went wrong: {exc}")

    def _send(self, event: str) -> None:
        self._require().send(event)

    def _require(self) -> Interview:
        if self._interview is None:
            raise IllegalTransition("no interview is running")
        return self._interview


def _score(question: Question, transcript: Transcript) -> AnswerScore:
    from simulator.core.scoring import score_answer

    return score_answer(question, transcript)


def _follow_up_for(question: Question, score: AnswerScore) -> str | None:
    """The follow-up that probes the most important key point the answer missed."""
    missed = {kp.id for kp in score.key_points if not kp.covered}
    weights = {kp.id: kp.weight for kp in question.key_points}
    candidates = [f for f in question.follow_ups if f.key_point in missed]
    if not candidates:
        return None
    return max(candidates, key=lambda f: weights.get(f.key_point or "", 0)).prompt
