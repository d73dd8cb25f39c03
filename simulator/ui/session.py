"""The Qt side of an interview: a thin adapter around the Qt-free session core.

A timer calls ``Session.tick()`` while the core wants it (``wants_ticks``); the interviewer's
voice and the microphone call the core back; every core event is re-emitted as the
``core_event`` signal (the Interview page renders it), and the few the window itself needs also
as their own signals. It decides nothing: when to tick, when a moment is calm, where a notice
is said are the core's (issue 8).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar, overload

from PySide6.QtCore import QObject, QTimer, Signal

from simulator.core.collector import freeze_survivors
from simulator.core.session import Session
from simulator.core.session import events as ev
from simulator.ui.interviewer_voice import InterviewerVoice

if TYPE_CHECKING:
    from simulator.core.storage import Storage
    from simulator.settings import Settings
    from simulator.speech.tts import Speaker
    from simulator.ui.tasks import TaskManager
    from simulator.ui.voice import VoiceAnswers

TICK_MS = 200
T = TypeVar("T")


class _ToCore(Generic[T]):
    """An attribute of the adapter that is the core's own (typed as the core's)."""

    def __init__(self, get: Callable[[Session], T]) -> None:
        self._get = get

    @overload
    def __get__(self, adapter: None, owner: object = None) -> _ToCore[T]: ...
    @overload
    def __get__(self, adapter: SessionController, owner: object = None) -> T: ...
    def __get__(self, adapter: SessionController | None, owner: object = None) -> T | _ToCore[T]:
        return self if adapter is None else self._get(adapter.core)  # (on the class: itself)


class SessionController(QObject):
    core_event = Signal(object)  # every ``simulator.core.session.events`` event, in order
    state_changed = Signal(str)
    speaking_changed = Signal(bool)  # the interviewer's voice: preparing or playing (True)
    sound_started = Signal()  # ... and now heard (InterviewerVoice.sound_started)
    notice_posted = Signal(str)
    error_raised = Signal(str)
    session_finished = Signal(int)  # session id (its scorecard can be loaded)
    nothing_answered = Signal(str)  # ended with no answer at all: what to say, no scorecard

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
        self._voice.sound_started.connect(self.sound_started)
        self.voice_answers = voice_answers
        self.core = Session(
            storage=storage,
            settings=settings,
            executor=tasks,
            voice=self._voice,
            speech=voice_answers,
            clock=clock,
            calm_moment=freeze_survivors,
            warm_scoring=True,
        )
        self.core.on_event(self._relay)
        self._voice.notice_posted.connect(self.core.voice_unheard)
        if voice_answers is not None:
            voice_answers.recording_started.connect(self.core.recording_started)
            voice_answers.transcript_ready.connect(self.core.transcribed)
            voice_answers.answer_ended.connect(self.core.heard_end)
            voice_answers.failed.connect(self.core.speech_failed)
            voice_answers.input_changed.connect(self.core.input_changed)
            voice_answers.recording_elsewhere.connect(self.core.recording_elsewhere)
            voice_answers.caption_changed.connect(self.core.caption)
        self._timer = QTimer(self, interval=TICK_MS)
        self._timer.timeout.connect(self.core.tick)

    # --- the core's queries and actions, as the window calls them (IllegalTransition reaches
    # the window, which shows "Not now") -------------------------------------------------------
    interview = _ToCore(lambda core: core.interview)
    state = _ToCore(lambda core: core.state)
    underlying_state = _ToCore(lambda core: core.underlying_state)
    session_id = _ToCore(lambda core: core.session_id)
    spoken = _ToCore(lambda core: core.spoken)
    wrap_up_failed = _ToCore(lambda core: core.wrap_up_failed)
    busy = _ToCore(lambda core: core.busy)
    unsaved_count = _ToCore(lambda core: core.unsaved_count)
    given_count = _ToCore(lambda core: core.given_count)
    unsaved_cause = _ToCore(lambda core: core.unsaved_cause)
    leave = _ToCore(lambda core: core.leave)
    save_kept = _ToCore(lambda core: core.save_kept)
    save_draft = _ToCore(lambda core: core.save_draft)
    draft_not_kept = _ToCore(lambda core: core.draft_not_kept)
    write_recovery_file = _ToCore(lambda core: core.write_recovery_file)
    start = _ToCore(lambda core: core.start)
    resume = _ToCore(lambda core: core.resume)
    primary = _ToCore(lambda core: core.primary)
    begin_answer = _ToCore(lambda core: core.begin_answer)
    submit = _ToCore(lambda core: core.submit)
    skip = _ToCore(lambda core: core.skip)
    next_question = _ToCore(lambda core: core.next_question)
    toggle_pause = _ToCore(lambda core: core.toggle_pause)
    end = _ToCore(lambda core: core.end)
    kept_if_ended = _ToCore(lambda core: core.kept_if_ended)
    ending_asks = _ToCore(lambda core: core.ending_asks)
    mark_phase = _ToCore(lambda core: core.mark_phase)
    rate = _ToCore(lambda core: core.rate)

    def shutdown(self) -> None:
        self._timer.stop()
        self._voice.stop()
        if self.voice_answers is not None:
            self.voice_answers.shutdown()

    # --- events ----------------------------------------------------------------------------
    def _relay(self, event: ev.Event) -> None:
        if isinstance(event, ev.StateChanged):
            if self.core.wants_ticks != self._timer.isActive():
                self._timer.start() if self.core.wants_ticks else self._timer.stop()
            self.state_changed.emit(event.new.value)
        elif isinstance(event, ev.Notice):
            self.notice_posted.emit(event.text)
        elif isinstance(event, ev.Failed):
            self.error_raised.emit(event.message)
        elif isinstance(event, ev.SessionFinished) and event.nothing_answered:
            self.nothing_answered.emit(ev.NOTHING_TO_SCORE)
        elif isinstance(event, ev.SessionFinished):
            self.session_finished.emit(event.session_id)
        self.core_event.emit(event)
