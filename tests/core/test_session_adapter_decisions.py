"""What the Qt adapter (ui/session.py) used to decide is the core's now (issue 8, review34's
audit: the adapter is to forward and render only): when ``tick()`` is due, which moment is calm
enough to keep garbage collections short, and where the microphone's and the voice's notices
are said. Each fails on a core without it."""

from __future__ import annotations

from pathlib import Path

from session_kit import Harness

from simulator.core.interview import State
from simulator.core.session import events as ev

ANSWER = "Overfitting is when the model memorizes noise; I compare training and validation error."


def _harness(tmp: Path, calm: list[State]) -> Harness:
    h = Harness(tmp, follow_ups=False)
    h.session = type(h.session)(  # the same fakes, with a calm-moment hook
        storage=h.storage,
        settings=h.settings,
        executor=h.executor,
        voice=h.voice,
        speech=h.speech,
        clock=h.clock,
        recordings=lambda: tmp / "recordings",
        calm_moment=lambda: calm.append(h.session.state),
    )
    h.session.on_event(h.events.append)
    return h


def test_ticks_are_wanted_from_the_briefing_until_the_session_is_over(tmp_path: Path) -> None:
    h = Harness(tmp_path, follow_ups=False)
    s = h.session
    wanted: list[tuple[State, bool]] = []
    s.on_event(
        lambda e: wanted.append((e.new, s.wants_ticks)) if isinstance(e, ev.StateChanged) else None
    )
    assert not s.wants_ticks  # nothing started
    h.start("tech.overfit", "case.spam")
    h.to_answering()
    s.primary(ANSWER)
    s.primary()  # the next question
    s.end()
    assert s.state is State.SCORECARD
    assert all(on for state, on in wanted if state is not State.SCORECARD)
    assert (State.PREPARING, True) in wanted and (State.REVIEWING, True) in wanted
    assert wanted[-1] == (State.SCORECARD, False) and not s.wants_ticks


def test_ticks_stop_when_the_session_is_left_unsaved(tmp_path: Path) -> None:
    h = Harness(tmp_path)
    h.start("tech.overfit")
    assert h.session.wants_ticks
    h.session._send("abort")  # left (as Home does with a wrap-up that could not save)
    assert h.session.state is State.ABORTED and not h.session.wants_ticks


def test_each_question_asked_is_a_calm_moment_and_no_other(tmp_path: Path) -> None:
    calm: list[State] = []
    h = _harness(tmp_path, calm)
    s = h.session
    h.start("tech.overfit", "case.spam")
    assert calm == [State.ASKING]  # the first question (not the briefing before it)
    h.to_answering()
    s.primary(ANSWER)
    assert s.state is State.REVIEWING and calm == [State.ASKING]
    s.primary()
    assert calm == [State.ASKING, State.ASKING]
    s.end()
    assert calm == [State.ASKING, State.ASKING]


def test_no_calm_moment_hook_is_no_call(tmp_path: Path) -> None:
    h = Harness(tmp_path)  # unit tests and the command line give none
    h.start("tech.overfit")
    assert h.session.state is State.PREPARING


def test_the_microphone_and_voice_notices_are_said_where_they_belong(tmp_path: Path) -> None:
    h = Harness(tmp_path)
    h.start("tech.overfit", spoken=True)
    h.session.input_changed("The microphone “USB Mic” was unplugged: using “Built-in”.")
    h.session.voice_unheard("No audio output device was found, so questions are shown as text.")
    notices = h.of(ev.Notice)
    assert ev.Notice("The microphone “USB Mic” was unplugged: using “Built-in”.", "answer") in (
        notices
    )
    assert (
        ev.Notice("No audio output device was found, so questions are shown as text.", "session")
        in notices
    )
