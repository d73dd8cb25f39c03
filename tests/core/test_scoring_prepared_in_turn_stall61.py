"""Work that can wait takes turns, after the speech model's load (stall61, issue 8 defect 10).

A spoken session's start loads the speech model on the speech lane while the first question's
scoring is prepared on a compute lane (perf56): two threads running Python beside the window's
on two cores. ``benchmarks/gui_stall.py`` found the window waiting for the GIL and for a CPU
behind them while the question was read (preparing's worst stall 72-323 ms at load 4-14); after
the load, the preparation and the pages' imports in idle time ran side by side the same way."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from session_kit import Harness

from simulator.core.collector import turn, wait_for_builds
from simulator.core.scoring import warm_up
from simulator.core.session.ports import COMPUTE
from simulator.core.session.work import Background
from tests.held_load import HANG_S, load_in_progress


class _Threaded:
    """Each job on a thread of its own, as the app's compute lane runs it."""

    def __init__(self) -> None:
        self.threads: list[threading.Thread] = []

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        lane: str = COMPUTE,
        only_prepares: bool = False,
    ) -> None:
        thread = threading.Thread(target=fn)
        self.threads.append(thread)
        thread.start()


def test_a_question_s_scoring_is_prepared_after_the_speech_model_s_load_stall61(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prepared = threading.Event()
    monkeypatch.setattr(warm_up, "warm_question", lambda _q, _rivals: prepared.set())
    question = Harness(tmp_path).q("tech.overfit")
    lanes = _Threaded()
    background = Background(
        lanes,
        None,
        None,
        lambda _event: None,
        lambda: None,  # type: ignore[arg-type]
    )
    try:
        with load_in_progress() as release:
            background.prepare(question)
            assert not prepared.wait(0.3)  # the model still loads: the preparation waits
            release.set()
            assert prepared.wait(HANG_S)  # and runs once it has loaded
    finally:
        for thread in lanes.threads:
            thread.join(HANG_S)


def test_work_in_its_turn_runs_alone_and_keeps_the_collector_running_stall61() -> None:
    """A second turn (the pages' imports) waits for the first (a scoring preparation), as
    ``wait_for_builds`` does; the collector is not paused meanwhile (a pause left the ~34,000
    objects a preparation makes young, for one 23 ms pass at its end)."""
    inside, release = threading.Event(), threading.Event()
    enabled: list[bool] = []

    def first() -> None:
        with turn(HANG_S):
            enabled.append(gc.isenabled())
            inside.set()
            release.wait(HANG_S)

    second: list[str] = []

    def after() -> None:
        with turn(HANG_S):
            second.append("ran")

    one, two = threading.Thread(target=first), threading.Thread(target=after)
    one.start()
    try:
        assert inside.wait(HANG_S)
        assert enabled == [True]
        assert wait_for_builds(0.05) is False  # a turn under way counts as a build
        two.start()
        two.join(0.3)
        assert two.is_alive() and second == []  # waiting for the first turn
        release.set()
        two.join(HANG_S)
        assert second == ["ran"]
    finally:
        release.set()
        one.join(HANG_S)
        if two.ident is not None:
            two.join(HANG_S)
    assert wait_for_builds(0) is True
