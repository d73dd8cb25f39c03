"""Every transition of the interviewer state machine, with a fake clock."""

from __future__ import annotations

import pytest

from simulator.core.interview import ABORTABLE, PAUSABLE, IllegalTransition, Interview, State
from simulator.core.questions import Question


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _q(i: int) -> Question:
    return Question(
        id=f"tech.q{i}",
        category="technical",
        topic="t",
        difficulty=1,
        prompt="Explain something in detail.",
        time_limit_s=60,
        key_points=[{"id": "a", "label": "A", "phrases": ["overfitting"]}],
        model_answer="A model answer that is long enough.",
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def _at(state: State, clock: FakeClock, n: int = 2, spoken: bool = False) -> Interview:
    """An interview driven to ``state`` through legal events."""
    i = Interview([_q(k) for k in range(n)], clock=clock, spoken=spoken)
    path = {
        State.IDLE: [],
        State.BRIEFING: ["start"],
        State.ASKING: ["start", "briefed"],
        State.PREPARING: ["start", "briefed", "asked"],
        State.ANSWERING: ["start", "briefed", "asked", "prepared"],
        State.REVIEWING: ["start", "briefed", "asked", "prepared", "submit"],
        State.TRANSCRIBING: ["start", "briefed", "asked", "prepared", "submit"],  # spoken
        State.ASKING_FOLLOW_UP: [
            "start",
            "briefed",
            "asked",
            "prepared",
            "submit",
            "ask_follow_up",
        ],
        State.FOLLOW_UP: [
            *("start", "briefed", "asked", "prepared", "submit"),
            *("ask_follow_up", "follow_up_read"),
        ],
        State.WRAP_UP: ["start", "briefed", "end_early"],
    }[state]
    for event in path:
        i.send(event)
    assert i.state is state
    return i


def test_a_typed_interview_runs_to_the_scorecard(clock: FakeClock) -> None:
    i = Interview([_q(0), _q(1)], clock=clock)
    seen: list[tuple[State, State]] = []
    i.on_change(lambda old, new: seen.append((old, new)))
    for event in ["start", "briefed", "asked", "prepared", "submit", "next_question"]:
        i.send(event)
    assert i.state is State.ASKING and i.index == 1 and i.position == (2, 2)
    for event in ["asked", "prepared", "submit", "next_question", "finish"]:
        i.send(event)
    assert i.state is State.SCORECARD and i.is_finished()
    assert seen[0] == (State.IDLE, State.BRIEFING) and seen[-1] == (State.WRAP_UP, State.SCORECARD)


def test_spoken_answers_go_through_transcribing(clock: FakeClock) -> None:
    i = _at(State.ANSWERING, clock, spoken=True)
    assert i.send("submit") is State.TRANSCRIBING
    assert i.send("transcribed") is State.REVIEWING
    assert i.send("ask_follow_up") is State.ASKING_FOLLOW_UP and i.follow_up_asked
    assert i.send("follow_up_read") is State.FOLLOW_UP
    assert i.send("submit_follow_up") is State.TRANSCRIBING
    assert i.send("transcribed") is State.REVIEWING


def test_typed_follow_up_returns_to_reviewing(clock: FakeClock) -> None:
    i = _at(State.FOLLOW_UP, clock)
    assert i.send("submit_follow_up") is State.REVIEWING


def test_the_follow_up_clock_starts_when_the_interviewer_has_asked_it(clock: FakeClock) -> None:
    i = _at(State.ASKING_FOLLOW_UP, clock)
    clock.now += 6  # the interviewer reads the follow-up
    assert "submit_follow_up" not in i.allowed_events()
    i.send("follow_up_read")
    clock.now += 2
    assert i.answer_clock.elapsed() == pytest.approx(2)


@pytest.mark.parametrize(
    "state",
    [State.ASKING, State.PREPARING, State.ANSWERING, State.ASKING_FOLLOW_UP, State.FOLLOW_UP],
)
def test_skip_from_every_active_state(state: State, clock: FakeClock) -> None:
    assert _at(state, clock).send("skip") is State.REVIEWING


@pytest.mark.parametrize("state", PAUSABLE)
def test_pause_and_resume_return_to_the_same_state(state: State, clock: FakeClock) -> None:
    i = _at(state, clock, spoken=state is State.TRANSCRIBING)
    assert i.send("pause") is State.PAUSED
    assert i.allowed_events() == ["abort", "end_early", "resume"]
    assert i.send("resume") is state


@pytest.mark.parametrize(
    "state", [s for s in ABORTABLE if s not in (State.TRANSCRIBING, State.PAUSED, State.RESUMED)]
)
def test_abort_from_active_states(state: State, clock: FakeClock) -> None:
    assert _at(state, clock).send("abort") is State.ABORTED


def test_end_early_goes_to_wrap_up(clock: FakeClock) -> None:
    i = _at(State.ANSWERING, clock)
    assert i.send("end_early") is State.WRAP_UP
    assert i.send("finish") is State.SCORECARD


def test_restore_a_saved_session(clock: FakeClock) -> None:
    i = Interview([_q(0), _q(1), _q(2)], clock=clock)
    assert i.restore_at(2) is State.RESUMED
    assert i.send("continue_session") is State.ASKING and i.current.id == "tech.q2"
    with pytest.raises(IllegalTransition):
        Interview([_q(0)], clock=clock).restore_at(5)


@pytest.mark.parametrize(
    ("state", "event"),
    [
        (State.IDLE, "submit"),
        (State.IDLE, "pause"),
        (State.BRIEFING, "next_question"),
        (State.ANSWERING, "start"),
        (State.REVIEWING, "submit"),
        (State.WRAP_UP, "pause"),
    ],
)
def test_illegal_events_raise_clear_errors(state: State, event: str, clock: FakeClock) -> None:
    i = _at(state, clock)
    with pytest.raises(IllegalTransition, match=f"'{event}' is not allowed while {state.value}"):
        i.send(event)
    assert i.state is state


def test_nothing_is_allowed_after_the_scorecard(clock: FakeClock) -> None:
    i = _at(State.WRAP_UP, clock)
    i.send("finish")
    assert i.allowed_events() == []
    with pytest.raises(IllegalTransition):
        i.send("abort")


def test_answer_clock_stops_while_paused(clock: FakeClock) -> None:
    i = _at(State.ANSWERING, clock)
    clock.now += 10
    i.send("pause")
    clock.now += 100  # paused time does not count
    i.send("resume")
    clock.now += 5
    assert i.answer_clock.elapsed() == pytest.approx(15)


def test_last_question_wraps_up(clock: FakeClock) -> None:
    i = _at(State.REVIEWING, clock, n=1)
    assert not i.has_more()
    assert i.send("next_question") is State.WRAP_UP


def test_an_interview_needs_questions(clock: FakeClock) -> None:
    with pytest.raises(ValueError):
        Interview([], clock=clock)
