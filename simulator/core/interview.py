"""The interviewer state machine: the heart of a session, free of Qt.

The UI sends events (``start``, ``asked``, ``submit`` ...) and renders ``state``; every transition is
declared in ``TRANSITIONS`` and an event that is not allowed in the current state raises
``IllegalTransition`` instead of being silently ignored. Time comes from an injected clock so tests
advance it by hand.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from transitions import Machine, MachineError

if TYPE_CHECKING:  # the UI starts without loading the question models (start-up time)
    from simulator.core.questions import Question


class State(StrEnum):
    IDLE = "idle"
    BRIEFING = "briefing"
    ASKING = "asking"  # the question is being read aloud (or shown)
    PREPARING = "preparing"  # thinking countdown
    ANSWERING = "answering"  # recording or typing
    TRANSCRIBING = "transcribing"
    ASKING_FOLLOW_UP = "asking_follow_up"  # the interviewer reads the follow-up aloud
    FOLLOW_UP = "follow_up"  # the follow-up is answered (recording or typing)
    REVIEWING = "reviewing"  # quick feedback on the answer just given
    WRAP_UP = "wrap_up"
    SCORECARD = "scorecard"
    PAUSED = "paused"
    ABORTED = "aborted"
    RESUMED = "resumed"  # a saved session reopened after a crash or quit


# States from which a person can end the interview early.
ENDABLE = (
    State.BRIEFING,
    State.ASKING,
    State.PREPARING,
    State.ANSWERING,
    State.ASKING_FOLLOW_UP,
    State.FOLLOW_UP,
    State.REVIEWING,
)
# States a person can pause from; resuming returns to the same one. Paused while the last
# words are transcribed, the transcript waits for the resume (an early end first waits for it).
PAUSABLE = (*ENDABLE, State.TRANSCRIBING)
# States from which the whole session can be abandoned.
ABORTABLE = (*PAUSABLE, State.PAUSED, State.RESUMED, State.WRAP_UP)

TRANSITIONS: list[dict[str, Any]] = [
    {"trigger": "start", "source": State.IDLE, "dest": State.BRIEFING},
    {"trigger": "restore", "source": State.IDLE, "dest": State.RESUMED},
    {"trigger": "briefed", "source": State.BRIEFING, "dest": State.ASKING},
    {"trigger": "continue_session", "source": State.RESUMED, "dest": State.ASKING},
    # resumed while a follow-up was asked: it is asked again
    {"trigger": "continue_follow_up", "source": State.RESUMED, "dest": State.ASKING_FOLLOW_UP},
    {"trigger": "asked", "source": State.ASKING, "dest": State.PREPARING},
    {"trigger": "prepared", "source": State.PREPARING, "dest": State.ANSWERING},
    # Typed answers need no transcription; spoken ones do.
    {
        "trigger": "submit",
        "source": State.ANSWERING,
        "dest": State.TRANSCRIBING,
        "conditions": "_spoken",
    },
    {"trigger": "submit", "source": State.ANSWERING, "dest": State.REVIEWING},
    {"trigger": "transcribed", "source": State.TRANSCRIBING, "dest": State.REVIEWING},
    # The follow-up is read first; its answer (and its clock, and the recording) starts after.
    {"trigger": "ask_follow_up", "source": State.REVIEWING, "dest": State.ASKING_FOLLOW_UP},
    {"trigger": "follow_up_read", "source": State.ASKING_FOLLOW_UP, "dest": State.FOLLOW_UP},
    {
        "trigger": "submit_follow_up",
        "source": State.FOLLOW_UP,
        "dest": State.TRANSCRIBING,
        "conditions": "_spoken",
    },
    {"trigger": "submit_follow_up", "source": State.FOLLOW_UP, "dest": State.REVIEWING},
    {
        "trigger": "skip",
        "source": [
            State.ASKING,
            State.PREPARING,
            State.ANSWERING,
            State.ASKING_FOLLOW_UP,
            State.FOLLOW_UP,
        ],
        "dest": State.REVIEWING,
    },
    {
        "trigger": "next_question",
        "source": State.REVIEWING,
        "dest": State.ASKING,
        "conditions": "has_more",
    },
    {"trigger": "next_question", "source": State.REVIEWING, "dest": State.WRAP_UP},
    {"trigger": "end_early", "source": [*ENDABLE, State.PAUSED], "dest": State.WRAP_UP},
    {"trigger": "finish", "source": State.WRAP_UP, "dest": State.SCORECARD},
    {"trigger": "pause", "source": list(PAUSABLE), "dest": State.PAUSED},
    {"trigger": "abort", "source": list(ABORTABLE), "dest": State.ABORTED},
]
# resume: back to whichever state was paused
TRANSITIONS += [
    {
        "trigger": "resume",
        "source": State.PAUSED,
        "dest": s,
        "conditions": f"_paused_from_{s.value}",
    }
    for s in PAUSABLE
]


class IllegalTransition(RuntimeError):
    """An event was sent that the current state does not allow."""


@dataclass
class AnswerClock:
    """Elapsed answer time that stops while the session is paused."""

    clock: Callable[[], float]
    started_at: float | None = None
    paused_at: float | None = None
    paused_total: float = 0.0

    def start(self) -> None:
        self.started_at, self.paused_at, self.paused_total = self.clock(), None, 0.0

    def pause(self) -> None:
        if self.started_at is not None and self.paused_at is None:
            self.paused_at = self.clock()

    def resume(self) -> None:
        if self.paused_at is not None:
            self.paused_total += self.clock() - self.paused_at
            self.paused_at = None

    def carry(self, seconds: float) -> None:
        """Count ``seconds`` already used on this answer (before the app closed) as elapsed."""
        if self.started_at is not None:
            self.started_at -= seconds

    def elapsed(self) -> float:
        if self.started_at is None:
            return 0.0
        now = self.paused_at if self.paused_at is not None else self.clock()
        return max(0.0, now - self.started_at - self.paused_total)


@dataclass
class Interview:
    """One mock interview over a fixed list of questions."""

    questions: Sequence[Question]
    clock: Callable[[], float] = time.monotonic
    spoken: bool = False  # answers are recorded (then transcribed) rather than typed
    index: int = 0
    follow_up_asked: bool = False
    answer_clock: AnswerClock = field(init=False)
    state: State = field(init=False, default=State.IDLE)
    _paused_from: State | None = field(init=False, default=None)
    _listeners: list[Callable[[State, State], None]] = field(init=False, default_factory=list)

    def __post_init__(self) -> None:
        if not self.questions:
            raise ValueError("an interview needs at least one question")
        self.answer_clock = AnswerClock(self.clock)
        self._machine = Machine(
            model=self,
            states=list(State),
            transitions=TRANSITIONS,
            initial=State.IDLE,
            auto_transitions=False,
            model_attribute="state",
            after_state_change="_notify",
        )
        # transitions stores plain strings for StrEnum members; keep the enum type visible.
        self._machine.set_state(State.IDLE, model=self)

    # --- queries -------------------------------------------------------------------------
    @property
    def current(self) -> Question:
        return self.questions[min(self.index, len(self.questions) - 1)]

    @property
    def position(self) -> tuple[int, int]:
        """1-based number of the current question and the total."""
        return min(self.index, len(self.questions) - 1) + 1, len(self.questions)

    def has_more(self) -> bool:
        return self.index + 1 < len(self.questions)

    def is_finished(self) -> bool:
        return self.state in (State.SCORECARD, State.ABORTED)

    def allowed_events(self) -> list[str]:
        return sorted(
            {t for t in self._machine.get_triggers(self.state) if not t.startswith("to_")}
        )

    def on_change(self, listener: Callable[[State, State], None]) -> None:
        """Call ``listener(old, new)`` after every transition."""
        self._listeners.append(listener)

    # --- events --------------------------------------------------------------------------
    def send(self, event: str) -> State:
        """Apply an event by name; raise ``IllegalTransition`` if the state does not allow it."""
        if event not in self.allowed_events():
            allowed = ", ".join(self.allowed_events()) or "none"
            raise IllegalTransition(
                f"event {event!r} is not allowed while {State(self.state).value} (allowed: {allowed})"
            )
        old = State(self.state)
        self._old = old
        if event == "pause":  # known to listeners told of the pause (a draft saved on pause)
            self._paused_from = old
        try:
            ok = getattr(self, event)()
        except MachineError as exc:  # pragma: no cover - guarded above
            raise IllegalTransition(str(exc.value)) from None
        if not ok:  # every condition failed: nothing changed
            raise IllegalTransition(f"event {event!r} had no effect while {old.value}")
        self._after(event, old)
        return State(self.state)

    def restore_at(self, index: int) -> State:
        """Reopen a saved session at question ``index`` (0-based, the first unanswered one)."""
        if not 0 <= index < len(self.questions):
            raise IllegalTransition(
                f"cannot resume at question {index + 1} of {len(self.questions)}"
            )
        self.index = index
        return self.send("restore")

    # --- internals -----------------------------------------------------------------------
    def _after(self, event: str, old: State) -> None:
        new = State(self.state)
        if event == "next_question" and new is State.ASKING:
            self.index += 1
            self.follow_up_asked = False
        if event == "continue_session":
            self.follow_up_asked = False
        if new in (State.ANSWERING, State.FOLLOW_UP) and old is not State.PAUSED:
            self.answer_clock.start()
        if event in ("ask_follow_up", "continue_follow_up"):
            self.follow_up_asked = True
        if new is State.PAUSED:
            self._paused_from = old
            self.answer_clock.pause()
        if event == "resume":
            self._paused_from = None
            self.answer_clock.resume()

    @property
    def paused_from(self) -> State | None:
        """The state a pause interrupted (None when not paused)."""
        return self._paused_from

    def _notify(self) -> None:
        new = State(self.state)
        self.state = new
        for listener in list(self._listeners):
            listener(self._old, new)

    def _spoken(self) -> bool:
        return self.spoken

    def __getattr__(self, name: str) -> Any:
        # resume conditions: _paused_from_<state>
        prefix = "_paused_from_"
        if name.startswith(prefix):
            wanted = State(name[len(prefix) :])
            return lambda: self._paused_from is wanted
        raise AttributeError(name)
