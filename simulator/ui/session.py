"""Drives one interview: the state machine, the voice, the clocks, scoring and saving.

The pages only render what this controller reports through its signals and call its slots; all
blocking work (speech rendering, scoring, database writes) runs through ``TaskRunner``s.
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, QUrl, Signal

from simulator.core.interview import IllegalTransition, Interview, State
from simulator.core.storage import SessionRecord, Storage, StorageError
from simulator.core.transcript import Transcript
from simulator.settings import Settings
from simulator.speech.tts import Speaker
from simulator.ui.tasks import TaskRunner

if TYPE_CHECKING:  # imported when first needed, to keep start-up light
    from simulator.core.questions import Question
    from simulator.core.scoring import AnswerScore

BRIEFING_TEXT = (
    "Welcome to your mock interview. I will ask {n} questions. Take a moment to think before each "
    "answer, and speak or type as you would with a real interviewer. Let's begin."
)
WARN_FRACTION = 0.8  # the timer turns amber at 80 % of the limit


@dataclass
class _Given:
    question: Question
    score: AnswerScore


@dataclass
class _SessionState:
    session_id: int | None = None
    plan: dict[str, Any] = field(default_factory=dict)
    given: dict[int, _Given] = field(default_factory=dict)  # position -> main answer's score
    pending_text: str = ""


class SessionController(QObject):
    state_changed = Signal(str)
    question_shown = Signal(object, int, int, str)  # question, number, total, follow-up prompt
    speaking_changed = Signal(bool)
    prep_ticked = Signal(int)  # seconds left to think
    answer_ticked = Signal(float, int)  # elapsed seconds, limit
    notice_posted = Signal(str)
    answer_reviewed = Signal(dict)  # the score of the answer just given (AnswerScore.to_dict())
    session_finished = Signal(int)  # session id (its scorecard can be loaded)
    error_raised = Signal(str)

    def __init__(
        self,
        storage: Storage,
        settings: Settings,
        speaker: Speaker | None,
        parent: QObject | None = None,
        clock: Any = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._storage = storage
        self._settings = settings
        self._speaker = speaker
        self._clock = clock
        self._work = TaskRunner(2, self)
        self._db = TaskRunner(1, self)  # one thread: writes stay in order
        self._interview: Interview | None = None
        self._s = _SessionState()
        self._player: Any = None
        self._audio_out: Any = None
        self._speech_token = 0
        self._unsaved: list[Any] = []  # answer writes not yet in the database (retried)
        self._scoring = 0  # answers being scored right now
        self._wrap_up_waiting = False  # wrap-up waits for them, so the summary has every answer
        self._prep_left = 0
        self._prep_timer = QTimer(self, interval=1000)
        self._prep_timer.timeout.connect(self._prep_tick)
        self._answer_timer = QTimer(self, interval=200)
        self._answer_timer.timeout.connect(self._answer_tick)

    # --- queries -------------------------------------------------------------------------
    @property
    def interview(self) -> Interview | None:
        return self._interview

    @property
    def state(self) -> State:
        return State(self._interview.state) if self._interview else State.IDLE

    @property
    def session_id(self) -> int | None:
        return self._s.session_id

    def busy(self) -> bool:
        return self._work.pending() + self._db.pending() > 0

    # --- starting ------------------------------------------------------------------------
    def start(self, questions: list[Question], plan: dict[str, Any]) -> None:
        self._reset(questions)
        self._s.plan = {**plan, "question_ids": [q.id for q in questions]}
        self._db.submit(self._create_session, on_error=self._storage_failed)
        self._send("start")
        self._say(BRIEFING_TEXT.format(n=len(questions)), then="briefed")

    def resume(self, record: SessionRecord, questions: list[Question]) -> None:
        """Continue a session that was interrupted, at its first unanswered question."""
        self._reset(questions)
        assert self._interview is not None
        self._s.session_id = record.id
        self._s.plan = record.plan
        from simulator.core.scoring import AnswerScore

        answered = {a.position for a in record.answers if a.follow_up is None}
        for answer in record.answers:
            if answer.follow_up is None and answer.score and answer.position < len(questions):
                self._s.given[answer.position] = _Given(
                    questions[answer.position], AnswerScore.from_dict(answer.score)
                )
        remaining = [i for i in range(len(questions)) if i not in answered]
        if not remaining:
            self._interview.restore_at(len(questions) - 1)
            self._send("continue_session")
            self._send("skip")
            self._send("next_question")
            return
        self._interview.restore_at(remaining[0])
        self._send("continue_session")
        self._ask()

    def _reset(self, questions: list[Question]) -> None:
        self._stop_speaking()
        self._prep_timer.stop()
        self._answer_timer.stop()
        self._s = _SessionState()
        self._interview = Interview(
            questions, clock=self._clock, spoken=self._settings.answer_mode == "spoken"
        )
        self._interview.on_change(lambda _old, new: self.state_changed.emit(new.value))

    def _create_session(self) -> None:
        self._s.session_id = self._storage.create_session(self._s.plan)

    # --- person's actions ----------------------------------------------------------------
    def begin_answer(self) -> None:
        """Stop thinking (or the voice) and start answering now."""
        if self.state is State.ASKING:
            self._stop_speaking()
            self._send("asked")
        if self.state is State.PREPARING:
            self._prep_timer.stop()
            self._send("prepared")
            self._answer_timer.start()

    def submit(self, text: str) -> None:
        """The answer box's text is the answer (typed mode)."""
        interview = self._require()
        text = text.strip()
        if self.state is State.FOLLOW_UP:
            self._answer_timer.stop()
            elapsed = interview.answer_clock.elapsed()
            self._send("submit_follow_up")
            self._record(text, elapsed, follow_up=self._follow_up_prompt())
            return
        if self.state in (State.ASKING, State.PREPARING):
            self.begin_answer()
        if self.state is not State.ANSWERING:
            raise IllegalTransition(f"nothing to submit while {self.state.value}")
        self._answer_timer.stop()
        elapsed = interview.answer_clock.elapsed()
        self._send("submit")
        self._record(text, elapsed, follow_up=None)

    def skip(self) -> None:
        interview = self._require()
        self._stop_speaking()
        self._prep_timer.stop()
        self._answer_timer.stop()
        was_follow_up = self.state is State.FOLLOW_UP
        self._send("skip")
        if not was_follow_up:
            position = interview.index
            self._save_answer(position, interview.current.id, "skipped", "", None, None, None)
        self.next_question()

    def next_question(self) -> None:
        interview = self._require()
        self._send("next_question")
        if self.state is State.ASKING:
            self._ask()
        elif self.state is State.WRAP_UP:
            self._wrap_up()
        _ = interview

    def toggle_pause(self) -> None:
        if self.state is State.PAUSED:
            self._send("resume")
            if self.state is State.PREPARING:
                self._prep_timer.start()
            elif self.state in (State.ANSWERING, State.FOLLOW_UP):
                self._answer_timer.start()
            elif self.state is State.ASKING:
                self._ask()
            elif self.state is State.BRIEFING:
                self._send("briefed")
                self._ask()
        else:
            self._stop_speaking()
            self._prep_timer.stop()
            self._answer_timer.stop()
            self._send("pause")

    def end(self, unsent_text: str = "") -> None:
        """End the interview now; an answer typed but not yet submitted is kept."""
        interview = self._require()
        self._stop_speaking()
        self._prep_timer.stop()
        self._answer_timer.stop()
        if unsent_text.strip() and self.state in (State.ANSWERING, State.FOLLOW_UP):
            self.submit(unsent_text)
        if self.state in (State.WRAP_UP, State.SCORECARD, State.ABORTED):
            return
        self._send("end_early")
        self._wrap_up()
        _ = interview

    def shutdown(self) -> None:
        self._stop_speaking()
        self._prep_timer.stop()
        self._answer_timer.stop()
        self._work.wait_idle()
        self._db.wait_idle()

    # --- the flow ------------------------------------------------------------------------
    def _ask(self) -> None:
        interview = self._require()
        number, total = interview.position
        question = interview.current
        self.question_shown.emit(question, number, total, "")
        self._say(question.prompt, then="asked")
        # Pre-render the next question while this one is answered.
        if interview.has_more() and self._voice_on():
            assert self._speaker is not None
            self._speaker.render(interview.questions[interview.index + 1].prompt)

    def _after_speech(self, then: str) -> None:
        if then == "briefed" and self.state is State.BRIEFING:
            self._send("briefed")
            self._ask()
        elif then == "asked" and self.state is State.ASKING:
            self._send("asked")
            self._start_prep()
        elif then == "follow_up" and self.state is State.FOLLOW_UP:
            self._answer_timer.start()

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

    def _answer_tick(self) -> None:
        interview = self._require()
        self.answer_ticked.emit(interview.answer_clock.elapsed(), interview.current.time_limit_s)

    def _record(self, text: str, elapsed: float, follow_up: str | None) -> None:
        interview = self._require()
        question, position = interview.current, interview.index
        mode = "typed" if text else "skipped"
        transcript = Transcript(text=text, engine="typed")

        def work() -> AnswerScore:
            from simulator.core.scoring import score_answer

            return score_answer(question, transcript)

        def scored(score: AnswerScore) -> None:
            self._scoring -= 1
            data = score.to_dict()
            data["answer_time_s"] = round(elapsed, 1)
            if follow_up is None:
                self._s.given[position] = _Given(question, score)
            self._save_answer(position, question.id, mode, text, data, transcript, follow_up)
            self.answer_reviewed.emit(data)
            if self._wrap_up_waiting and self._scoring == 0:
                self._wrap_up()
            elif follow_up is None:
                self._maybe_follow_up(score)

        def failed(exc: BaseException) -> None:
            self._scoring -= 1
            self._save_answer(position, question.id, mode, text, None, transcript, follow_up)
            self._failed(exc)
            if self._wrap_up_waiting and self._scoring == 0:
                self._wrap_up()

        self._scoring += 1
        self._work.submit(work, on_done=scored, on_error=failed)

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
        self._follow_up = prompt
        self._send("ask_follow_up")
        number, total = interview.position
        self.question_shown.emit(interview.current, number, total, prompt)
        self._say(prompt, then="follow_up")

    def _follow_up_prompt(self) -> str:
        return getattr(self, "_follow_up", "")

    def _wrap_up(self) -> None:
        if self._scoring:
            self._wrap_up_waiting = True  # resumed by the last answer's score
            return
        self._wrap_up_waiting = False
        given = [self._s.given[p] for p in sorted(self._s.given)]

        def work() -> dict[str, Any]:
            from simulator.core.scoring import score_session

            return score_session([(g.question, g.score) for g in given]).to_dict()

        def done(summary: dict[str, Any]) -> None:
            self._db.submit(
                lambda: self._storage.finish_session(self._require_session_id(), summary),
                on_done=lambda _: self._finished(),
                on_error=self._storage_failed,
            )

        self._work.submit(work, on_done=done, on_error=self._failed)

    def _finished(self) -> None:
        if self.state is State.WRAP_UP:
            self._send("finish")
        self.session_finished.emit(self._require_session_id())

    # --- voice ---------------------------------------------------------------------------
    def _voice_on(self) -> bool:
        return self._speaker is not None and self._settings.voice_enabled

    def _say(self, text: str, then: str) -> None:
        """Read ``text`` aloud if the voice is on and audio can be played; then continue."""
        self._speech_token += 1
        token = self._speech_token
        if not self._voice_on():
            QTimer.singleShot(
                0, lambda: self._after_speech(then) if token == self._speech_token else None
            )
            return
        assert self._speaker is not None
        self.speaking_changed.emit(True)

        def rendered(path: Path) -> None:
            if token != self._speech_token:
                return
            if not self._play(path, lambda: self._speech_done(token, then)):
                self._speech_done(token, then)

        def failed(exc: BaseException) -> None:
            self.notice_posted.emit(f"Questions are shown as text: {exc}")
            self._speech_done(token, then)

        self._work.watch(self._speaker.render(text), on_done=rendered, on_error=failed)

    def _speech_done(self, token: int, then: str) -> None:
        if token != self._speech_token:
            return
        self.speaking_changed.emit(False)
        self._after_speech(then)

    def _play(self, path: Path, finished: Any) -> bool:
        from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer

        if not QMediaDevices.audioOutputs():
            if not getattr(self, "_told_no_output", False):
                self._told_no_output = True
                self.notice_posted.emit(
                    "No audio output device was found, so questions are shown as text only."
                )
            return False
        if self._player is None:
            self._audio_out = QAudioOutput(self)
            self._player = QMediaPlayer(self)
            self._player.setAudioOutput(self._audio_out)
        player = self._player
        with contextlib.suppress(RuntimeError, TypeError):  # nothing connected yet
            player.mediaStatusChanged.disconnect()

        def status(s: QMediaPlayer.MediaStatus) -> None:
            if s in (QMediaPlayer.MediaStatus.EndOfMedia, QMediaPlayer.MediaStatus.InvalidMedia):
                finished()

        player.mediaStatusChanged.connect(status)
        player.setSource(QUrl.fromLocalFile(str(path)))
        player.play()
        return True

    def _stop_speaking(self) -> None:
        self._speech_token += 1
        if self._player is not None:
            self._player.stop()
        self.speaking_changed.emit(False)

    # --- saving --------------------------------------------------------------------------
    def _save_answer(
        self,
        position: int,
        question_id: str,
        mode: str,
        text: str,
        score: dict[str, Any] | None,
        transcript: Transcript | None,
        follow_up: str | None,
    ) -> None:
        def write() -> int:
            return self._storage.add_answer(
                self._require_session_id(),
                question_id,
                position,
                mode,
                text,
                follow_up=follow_up,
                transcript=transcript.to_dict() if transcript and transcript.words else None,
                duration_s=transcript.duration_s if transcript else None,
                score=score,
            )

        self._unsaved.append(write)
        self._db.submit(self._flush_unsaved, on_error=self._storage_failed)

    def _flush_unsaved(self) -> None:
        """Write every answer not saved yet, oldest first (runs on the database thread).

        A write that fails (disk full, database locked) stays queued and is retried with the
        next answer, so nothing already given is lost."""
        while self._unsaved:
            self._unsaved[0]()
            self._unsaved.pop(0)

    def unsaved_count(self) -> int:
        return len(self._unsaved)

    def _require_session_id(self) -> int:
        if self._s.session_id is None:
            raise StorageError("the session could not be created, so nothing can be saved")
        return self._s.session_id

    # --- errors --------------------------------------------------------------------------
    def _storage_failed(self, exc: BaseException) -> None:
        self.error_raised.emit(
            f"Could not save to {self._storage.path}: {exc}. Your answers stay on screen; "
            "free some disk space and they will be saved with the next answer."
        )

    def _failed(self, exc: BaseException) -> None:
        self.error_raised.emit(f"Something went wrong: {exc}")

    def _send(self, event: str) -> None:
        self._require().send(event)

    def _require(self) -> Interview:
        if self._interview is None:
            raise IllegalTransition("no interview is running")
        return self._interview


def _follow_up_for(question: Question, score: AnswerScore) -> str | None:
    """The follow-up that probes the most important key point the answer missed."""
    missed = {kp.id for kp in score.key_points if not kp.covered}
    weights = {kp.id: kp.weight for kp in question.key_points}
    candidates = [f for f in question.follow_ups if f.key_point in missed]
    if not candidates:
        return None
    return max(candidates, key=lambda f: weights.get(f.key_point or "", 0)).prompt
