"""The memory turns' bounds count time without progress, not wall time (issue 8, nice59).

At load 18-22 a Whisper decode held the turn 30-89 s while it decoded: on wall time it was
presumed stuck after ``STUCK_HOLD_S`` (30 s), the waiting steps went beside it, and a Piper load
met the decode (525 MB, goal 450). A step held back past ``MAX_WAIT_S`` (120 s) while an answer
was recorded went out of its order. Now both bounds run only while the app's work (its CPU time
outside the GUI thread, its voice processes') stands still: a slow step is waited for, a stuck
one still is not. A fake clock and a fake work counter stand in for the machine; each step of
the fake clock waits until the waiting step has looked at it, so no test depends on timing."""

from __future__ import annotations

import threading

import pytest

from simulator.speech import memory
from simulator.speech.memory import LATER, NOW, Turns
from tests.speech.test_memory_turns import _start, _until


class _FakeMachine:
    """``memory``'s clock (``time.monotonic``) and the app's CPU work, moved by the test."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.work = 0.0
        self.reads = 0
        self._lock = threading.Lock()

    def monotonic(self) -> float:
        with self._lock:
            self.reads += 1
            return self.now

    def work_seconds(self) -> float:
        return self.work

    def run(self, turns: Turns, seconds: int, cpu_per_second: float, step: int = 5) -> None:
        """``seconds`` of wall time in steps of ``step``, in each of which the app uses
        ``cpu_per_second``; after each step, a step still waiting has looked at the clock."""
        for _ in range(0, seconds, step):
            with self._lock:
                self.now += step
                self.work += cpu_per_second * step
                seen = self.reads
            _until(lambda seen=seen: self.reads > seen + 2 or not turns.waiting, 10)  # type: ignore[misc]


@pytest.fixture
def machine(monkeypatch: pytest.MonkeyPatch) -> _FakeMachine:
    fake = _FakeMachine()
    monkeypatch.setattr(memory, "time", fake)
    monkeypatch.setattr(memory, "_work_seconds", fake.work_seconds, raising=False)
    return fake


def test_a_slow_step_is_waited_for_while_it_makes_progress_and_a_stuck_one_is_not(
    machine: _FakeMachine,
) -> None:
    turns = Turns()  # the app's bounds: 30 s held without progress is stuck
    held, release, ran = threading.Event(), threading.Event(), threading.Event()

    def decode() -> None:
        with turns.step(NOW):
            held.set()
            release.wait(60)

    def next_step() -> None:
        # give_up (never set) makes it look every 50 ms: the fake clock moves between looks
        with turns.step(NOW, threading.Event()):
            ran.set()

    holder = _start(decode)
    assert held.wait(10)
    waiter = _start(next_step)
    _until(lambda: turns.waiting == 1)
    # Four minutes of a decode starved of CPU (a tenth of a core): slow, not stuck.
    machine.run(turns, 250, 0.1)
    assert not ran.is_set(), "a step making progress was presumed stuck on wall time"
    # Then it hangs: no more work. Half a minute later the waiting step goes beside it.
    machine.run(turns, 35, 0.0)
    assert ran.wait(10)
    assert turns._owner is not None  # beside the stuck step, which keeps its turn
    release.set()
    for thread in (holder, waiter):
        thread.join(10)
    assert turns._owner is None and turns._beside is None


def test_a_step_using_cpu_for_ten_times_the_bound_is_presumed_stuck_all_the_same(
    machine: _FakeMachine,
) -> None:
    """A loop that never ends always uses CPU: the wall time still bounds it, ten times as long."""
    turns = Turns()
    held, release, ran = threading.Event(), threading.Event(), threading.Event()

    def spin() -> None:
        with turns.step(NOW):
            held.set()
            release.wait(60)

    def next_step() -> None:
        with turns.step(NOW, threading.Event()):
            ran.set()

    holder = _start(spin)
    assert held.wait(10)
    waiter = _start(next_step)
    _until(lambda: turns.waiting == 1)
    machine.run(turns, 280, 1.0)
    assert not ran.is_set()
    machine.run(turns, 25, 1.0)  # 305 s of wall time: ten times STUCK_HOLD_S
    assert ran.wait(10)
    release.set()
    for thread in (holder, waiter):
        thread.join(10)


def test_work_ahead_waits_out_a_long_answer_while_the_app_works_and_not_when_it_stands_still(
    machine: _FakeMachine,
) -> None:
    """Held back while an answer is recorded (live captions working), a step done ahead of
    time keeps its place past ``MAX_WAIT_S``; with the app standing still (an answer whose end
    was never told), its patience still ends after ``MAX_WAIT_S``."""
    turns = Turns()
    turns.listening(True)
    ran = threading.Event()

    def refine() -> None:
        with turns.step(LATER, threading.Event()):
            ran.set()

    waiter = _start(refine)
    _until(lambda: turns.waiting == 1)
    machine.run(turns, 200, 0.3)  # three minutes of answer, the captions decoding
    assert not ran.is_set(), "work done ahead went out of its order while the app worked"
    machine.run(turns, 125, 0.0)  # nothing moves: its patience ends
    assert ran.wait(10)
    waiter.join(10)
    turns.listening(False)
