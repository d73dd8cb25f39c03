"""One pause of the garbage collector shared by everything that builds big object graphs
(core/collector.py): question packs parsing and speech engines loading on other threads."""

from __future__ import annotations

import gc
import os
import threading
import types
from pathlib import Path

import pytest

from simulator.core.questions import Problem, Question, load_packs, parse_pack_bytes
from simulator.speech import loading
from tests.held_load import HANG_S, load_in_progress

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"


def test_an_engine_still_loading_when_the_packs_are_parsed_keeps_the_collector_off() -> None:
    """The packs had their own pause, which turned the collector back on as they ended, in the
    middle of an engine's load begun meanwhile (the pause the engine's load is there for)."""
    inside, release = threading.Event(), threading.Event()

    def engine() -> None:
        with loading.loading():
            inside.set()
            release.wait(HANG_S)

    thread = threading.Thread(target=engine)

    def parse(
        shown: str, stat: os.stat_result, content: bytes
    ) -> tuple[list[Question], list[Problem]]:
        thread.start()  # an engine starts loading while the pack parses, and outlasts it
        assert inside.wait(HANG_S)
        return parse_pack_bytes(shown, stat, content)

    assert gc.isenabled()
    try:
        load_packs([PACK], parse=parse)
        assert not gc.isenabled()  # the engine is still loading
    finally:
        release.set()
        thread.join(HANG_S)
    assert gc.isenabled()


def test_work_that_can_wait_waits_for_a_build_in_progress() -> None:
    """``wait_for_builds``: a background thread's idle-time work (the pages' imports) gives way
    to a speech engine or a pack being built (round 29: three threads running Python beside
    the window's at a session's start)."""
    from simulator.core.collector import building, collector_paused, wait_for_builds

    with load_in_progress() as release:
        assert building()
        assert wait_for_builds(0.05) is False  # still loading: the wait gives up, saying so
        woke: list[bool] = []
        waiter = threading.Thread(target=lambda: woke.append(wait_for_builds(HANG_S)))
        waiter.start()
        release.set()
        waiter.join(HANG_S)
        assert woke == [True]  # told when the load ended, not after its whole timeout
    assert not building()
    assert wait_for_builds(0) is True
    with collector_paused():
        assert building()


def test_a_wait_with_settle_outlasts_a_load_made_of_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    """A load of several steps (the speech model, then Silero's detector) ends and begins again
    within a few ms: a wait with ``settle`` does not slip into that gap.

    The collector's clock is the test's (it moves only when the test says), and the test goes on
    when the waiter is seen waiting in the gap: no wall-clock window a loaded machine can miss
    (the test gave the second step 2 s of real time to begin)."""
    from simulator.core import collector
    from simulator.core.collector import wait_for_builds

    now = [1000.0]
    monkeypatch.setattr(collector, "time", types.SimpleNamespace(monotonic=lambda: now[0]))
    in_gap = threading.Event()  # the waiter waits while no step is under way

    class _Seen(threading.Condition):
        def wait(self, timeout: float | None = None) -> bool:
            if collector._depth == 0:
                in_gap.set()
            return super().wait(timeout)

    monkeypatch.setattr(collector, "_ended", _Seen(collector._lock))
    first, gap, next_step, second_in, release = (threading.Event() for _ in range(5))

    def two_steps() -> None:
        with loading.loading():
            first.set()
            gap.wait(HANG_S)
        next_step.wait(HANG_S)
        with loading.loading():  # the next step begins after the first ended
            second_in.set()
            release.wait(HANG_S)

    thread = threading.Thread(target=two_steps)
    thread.start()
    woke: list[bool] = []
    waiter = threading.Thread(target=lambda: woke.append(wait_for_builds(3600, settle=2.0)))
    try:
        assert first.wait(HANG_S)
        waiter.start()
        gap.set()
        assert in_gap.wait(HANG_S)  # the first step ended; the waiter looks at the gap...
        now[0] += 1.9  # ...for less than the settle time
        with collector._lock:
            collector._ended.notify_all()
        assert woke == []
        next_step.set()
        assert second_in.wait(HANG_S)
        in_gap.clear()  # from here on, set only by a wait after the second step ended
        assert woke == []  # still waiting: the second step began within the settle time
        release.set()
        assert in_gap.wait(HANG_S)  # the second step ended: settling again, from its end
        now[0] += 1.9
        with collector._lock:
            collector._ended.notify_all()
        assert woke == []
        now[0] += 0.2  # 2.1 s after the last step ended
        with collector._lock:
            collector._ended.notify_all()
        waiter.join(HANG_S)
        assert woke == [True]
    finally:
        gap.set()
        next_step.set()
        release.set()
        thread.join(HANG_S)
        if waiter.is_alive():
            now[0] += 7200  # past its timeout
            with collector._lock:
                collector._ended.notify_all()
            waiter.join(HANG_S)


class _Node:
    def __init__(self) -> None:
        self.other: object = None


def test_freeze_survivors_collects_the_young_then_freezes_the_rest() -> None:
    """Each question asked (ui/session.py): young garbage cycles are collected, what survives
    leaves the generations full collections walk."""
    import weakref

    from simulator.core.collector import freeze_survivors

    kept = _Node()
    cycle_a, cycle_b = _Node(), _Node()
    cycle_a.other, cycle_b.other = cycle_b, cycle_a
    gone = weakref.ref(cycle_a)
    del cycle_a, cycle_b  # garbage only a collection frees
    assert any(obj is kept for obj in gc.get_objects())

    assert freeze_survivors() is True
    assert gone() is None
    assert not any(obj is kept for obj in gc.get_objects())  # frozen, still alive
    assert isinstance(kept, _Node)


def test_freeze_survivors_waits_for_no_build() -> None:
    """While an engine loads (the collector paused), nothing is collected or frozen: the load
    freezes what it made at its end."""
    from simulator.core.collector import freeze_survivors

    with loading.loading():
        young = _Node()
        assert freeze_survivors() is False
        assert any(obj is young for obj in gc.get_objects())


def test_a_freezing_pause_frees_the_garbage_made_during_it_and_freezes_what_lives() -> None:
    """hang44: the end of a freezing pause froze everything alive, the reference cycles left
    behind by the load among it (a Whisper load leaves ~440 objects): a frozen cycle is never
    collected, so they stayed in memory for good. They are collected first now."""
    import weakref

    from simulator.core.collector import collector_paused

    class _Node:
        def __init__(self) -> None:
            self.me = self  # a cycle: only the collector frees it

    with collector_paused(freeze=True):
        garbage = _Node()
        gone = weakref.ref(garbage)
        del garbage  # left behind by the load
        kept = _Node()  # made by the load, kept as long as the app
    assert gone() is None  # (before: frozen, never freed)
    assert gc.isenabled()
    assert not any(obj is kept for obj in gc.get_objects())  # frozen: no later pass walks it
    assert gc.get_freeze_count() > 0
