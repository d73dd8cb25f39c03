"""The Qt side of an interview: a thin adapter around the Qt-free session core.

A timer calls ``Session.tick()``; the interviewer's voice and the microphone call the core back;
every core event is re-emitted as the ``core_event`` signal (the Interview page renders it),
and the few the window itself needs also as their own signals.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from simulator.core.collector import freeze_survivors
from simulator.core.interview import Interview, State
from simulator.core.scoring.bank_rivals import NO_RIVALS, Rivals
from simulator.core.session import Session, SessionPlan
from simulator.core.session import events as ev
from simulator.ui.interviewer_voice import InterviewerVoice

if TYPE_CHECKING:
    from pathlib import Path

    from simulator.core.questions import Question
    from simulator.core.storage import SessionRecord, Storage
    from simulator.settings import Settings
    from simulator.speech.tts import Speaker
    from simulator.ui.tasks import TaskManager
    from simulator.ui.voice import VoiceAnswers

TICK_MS = 200
_IDLE = (State.IDLE, State.SCORECARD, State.ABORTED)


class SessionController(QObject):
    core_event = Signal(object)  # every ``simulator.core.session.events`` event, in order
    state_changed = Signal(str)
    speaking_changed = Signal(bool)
    notice_posted = Signal(str)
    error_raised = Signal(str)
    session_finished = Signal(int)  # session id (its scorecard can be loaded)

    def __init__(
        self,
        storage: Storage,
        settings: Settings,
        speaker: Speaker | None,
        tasks: TaskManager,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
        voice_answers: VoiceAnswers | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._voice = InterviewerVoice(speaker, tasks, self)
        self._voice.speaking_changed.connect(self.speaking_changed)
        self._voice.notice_posted.connect(lambda t: self._relay(ev.Notice(t, "session")))
        self.voice_answers = voice_answers
        self.core = Session(
            storage=storage,
            settings=settings,
            executor=tasks,
            voice=self._voice,
            speech=voice_answers,
            clock=clock,
        )
        self.core.on_event(self._relay)
        if voice_answers is not None:
            voice_answers.recording_started.connect(self.core.recording_started)
            voice_answers.transcript_ready.connect(self.core.transcribed)
            voice_answers.answer_ended.connect(self.core.heard_end)
            voice_answers.failed.connect(self.core.speech_failed)
            voice_answers.input_changed.connect(lambda t: self._relay(ev.Notice(t, "answer")))
            voice_answers.caption_changed.connect(self.core.caption)
        self._timer = QTimer(self, interval=TICK_MS)
        self._timer.timeout.connect(self.core.tick)

    # --- queries -------------------------------------------------------------------------
    @property
    def interview(self) -> Interview | None:
        return self.core.interview

    @property
    def state(self) -> State:
        return self.core.state

    @property
    def session_id(self) -> int | None:
        return self.core.session_id

    @property
    def spoken(self) -> bool:
        return self.core.spoken

    def busy(self) -> bool:
        return self.core.busy()

    def unsaved_count(self) -> int:
        return self.core.unsaved_count()

    def given_count(self) -> int:
        return self.core.given_count()

    def unsaved_cause(self) -> str | None:
        return self.core.unsaved_cause()

    @property
    def wrap_up_failed(self) -> bool:
        return self.core.wrap_up_failed

    def leave(self) -> bool:
        return self.core.leave()

    def save_kept(self, then: Callable[[int, int], None]) -> None:
        self.core.save_kept(then)

    def save_draft(self, text: str) -> None:
        self.core.save_draft(text)

    def write_recovery_file(self, path: Path) -> Path:
        return self.core.write_recovery_file(path)

    # --- actions (IllegalTransition reaches the window, which shows "Not now") ------------
    def start(
        self, plan: SessionPlan, questions: list[Question], rivals: Rivals = NO_RIVALS
    ) -> None:
        self.core.start(plan, questions, rivals)

    def resume(
        self, record: SessionRecord, questions: list[Question], rivals: Rivals = NO_RIVALS
    ) -> None:
        self.core.resume(record, questions, rivals)

    def primary(self, text: str = "") -> None:
        self.core.primary(text)

    def begin_answer(self) -> None:
        self.core.begin_answer()

    def submit(self, text: str = "") -> None:
        self.core.submit(text)

    def skip(self) -> None:
        self.core.skip()

    def next_question(self) -> None:
        self.core.next_question()

    def toggle_pause(self) -> None:
        self.core.toggle_pause()

    def end(self, unsent_text: str = "") -> None:
        self.core.end(unsent_text)

    def mark_phase(self, phase: str) -> None:
        self.core.mark_phase(phase)

    def rate(self, number: int, rating: int | None) -> None:
        self.core.rate(number, rating)

    def shutdown(self) -> None:
        self._timer.stop()
        self._voice.stop()
        if self.voice_answers is not None:
            self.voice_answers.shutdown()

    # --- events ----------------------------------------------------------------------------
    def _relay(self, event: ev.Event) -> None:
        if isinstance(event, ev.StateChanged):
            if event.new in _IDLE:
                self._timer.stop()
            elif not self._timer.isActive():
                self._timer.start()
            if event.new is State.ASKING:  # a calm moment: keep full collections short
                freeze_survivors()
            self.state_changed.emit(event.new.value)
        elif isinstance(event, ev.Notice):
            self.notice_posted.emit(event.text)
        elif isinstance(event, ev.Failed):
            self.error_raised.emit(event.message)
        elif isinstance(event, ev.SessionFinished):
            self.session_finished.emit(event.session_id)
        self.core_event.emit(event)
