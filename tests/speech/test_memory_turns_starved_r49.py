"""A slow step on a starved machine is not taken for a stuck one (round 49): at load 14 on two
cores a whole-file refine's chunk ran for minutes, and the voice's model was loaded beside the
Whisper decode (``benchmarks/voice_interview.py``: 555 MB, goal 450). The app's turns give a
holder ``STUCK_HOLD_S`` times the machine's starvation (runnable threads per core, at most
``STARVED_AT_MOST``)."""

from __future__ import annotations

import threading
import time

import pytest

from simulator.speech import memory
from simulator.speech.memory import NOW, Turns


def _start(target: object) -> threading.Thread:
    thread = threading.Thread(target=target, daemon=True)  # type: ignore[arg-type]
    thread.start()
    return thread


def _beside_after(turns: Turns) -> float:
    """Seconds until an exclusive step of another engine goes beside a decode that never
    ends (its model in use, so it cannot let go)."""
    whisper, voice = object(), object()
    turns.resident(whisper, True, lambda _priority: None)
    stuck, ran = threading.Event(), threading.Event()

    def decode() -> None:
        with turns.step(NOW, owner=whisper):
            stuck.wait(60)

    def load_voice() -> None:
        with turns.step(NOW, owner=voice):
            ran.set()

    held = _start(decode)
    while turns._owner is None:  # noqa: SLF001
        time.sleep(0.005)
    started = time.monotonic()
    _start(load_voice)
    assert ran.wait(20)
    took = time.monotonic() - started
    stuck.set()
    held.join(10)
    return took


def test_a_starved_machine_gives_a_holder_longer_before_it_counts_as_stuck_r49() -> None:
    idle = _beside_after(Turns(max_wait_s=600, stuck_hold_s=0.3))
    starved = _beside_after(Turns(max_wait_s=600, stuck_hold_s=0.3, starved=lambda: 6.0))
    assert idle < 1.5
    assert starved >= 1.7  # 0.3 s x 6 (was 0.3 s whatever the load)


def test_starvation_is_the_load_per_core_from_1_to_its_bound_r49(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(memory.os, "cpu_count", lambda: 2)
    for load, factor in ((0.3, 1.0), (2.0, 1.0), (14.0, 7.0), (40.0, memory.STARVED_AT_MOST)):
        monkeypatch.setattr(memory.os, "getloadavg", lambda load=load: (load, 0.0, 0.0))
        assert memory.starvation() == factor

    def no_load() -> tuple[float, float, float]:
        raise OSError("no load average")

    monkeypatch.setattr(memory.os, "getloadavg", no_load)
    assert memory.starvation() == 1.0


def test_the_apps_turns_follow_the_machines_load_r49() -> None:
    assert memory.TURNS._starved is memory.starvation  # noqa: SLF001
