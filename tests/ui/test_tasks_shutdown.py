"""Work finishing after the app shut its lanes is dropped quietly (logged at debug), never a
Qt error at exit: the window's relays may already be gone when a late worker finishes."""

from __future__ import annotations

import logging
import threading

import shiboken6

from simulator.ui.tasks import TaskManager, TaskRunner


def test_a_result_whose_relay_is_gone_is_dropped_quietly(qtbot, capfd, caplog) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner(1)
    release, got = threading.Event(), []
    runner.submit(release.wait, on_done=got.append)
    (relay,) = runner._relays
    shiboken6.delete(relay)  # what the interpreter's exit does to a window's objects
    with caplog.at_level(logging.DEBUG, logger="simulator.ui.tasks"):
        release.set()
        assert runner.wait_idle(5000)
    assert "Signal source has been deleted" not in capfd.readouterr().err
    assert got == [] and "dropped" in caplog.text


def test_nothing_starts_on_a_lane_after_shutdown(qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    tasks = TaskManager()
    lane = tasks.lane("database")  # held by pages, which submit to it directly
    tasks.shutdown()
    ran = threading.Event()
    with caplog.at_level(logging.DEBUG, logger="simulator.ui.tasks"):
        lane.submit(ran.set)
        tasks.submit(ran.set)
    assert lane.wait_idle(2000) and not ran.is_set()
    assert "after shutdown" in caplog.text


def test_speech_lanes_keep_the_windows_priority(qtbot) -> None:  # type: ignore[no-untyped-def]
    """They run Python between native steps: lowered, they held the GIL while waiting for a
    CPU and the window waited for them (simulator.speech.cpu)."""
    import os

    def nice() -> int:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    tasks = TaskManager()
    seen: dict[str, int] = {}
    for lane in ("speech", "speech-background"):
        tasks.submit(lambda lane=lane: seen.__setitem__(lane, nice()), lane=lane)
    assert tasks.shutdown(5000)
    assert seen == dict.fromkeys(("speech", "speech-background"), nice())


def test_scoring_and_database_lanes_run_below_the_window(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The window's thread gets a CPU before the scoring and database workers (at load its late
    frames were mostly spent waiting for one): each lane's threads lower themselves, also the
    pool's threads made later (by the GUI thread, at its priority)."""
    import os

    from simulator.speech.cpu import COMPUTE_NICE, DATABASE_NICE

    def nice() -> int:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    window = nice()
    tasks = TaskManager()
    seen: dict[str, list[int]] = {"compute": [], "database": []}
    for _ in range(3):
        for lane in seen:
            tasks.submit(lambda lane=lane: seen[lane].append(nice()), lane=lane)
    assert tasks.shutdown(5000)
    assert nice() == window  # the GUI thread itself is never lowered
    assert seen["compute"] == [min(19, window + COMPUTE_NICE)] * 3
    assert seen["database"] == [min(19, window + DATABASE_NICE)] * 3
    assert COMPUTE_NICE > 0 and DATABASE_NICE > 0


def test_a_locked_or_full_database_is_one_log_line_not_two_tracebacks(qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    """Each answer saved while another program held the database wrote 24 lines of traceback
    to app.log; the person was told already, and the kind says all there is to know."""
    from simulator.core.storage_errors import StorageError

    runner = TaskRunner(1)
    errors: list[BaseException] = []

    def locked() -> None:
        raise StorageError("cannot write to /d/sessions.sqlite3: it is locked", "locked")

    def bug() -> None:
        raise ValueError("a real bug")

    with caplog.at_level(logging.WARNING, logger="simulator.ui.tasks"):
        runner.submit(locked, on_error=errors.append)
        assert runner.wait_idle(5000)
        qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
        assert "it is locked" in caplog.text and "Traceback" not in caplog.text
        runner.submit(bug, on_error=errors.append)
        assert runner.wait_idle(5000)
        qtbot.waitUntil(lambda: len(errors) == 2, timeout=5000)
    assert "Traceback" in caplog.text  # a real bug keeps its stack


def test_a_close_that_waits_long_tells_stoppable_work_to_stop(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A whole recording transcribed again can take minutes at load: near the end of the close's
    wait it is told to stop (between two pieces), and the close waits for it to end instead of
    letting the interpreter shut down under it (an abort or a segmentation fault, perf31)."""
    tasks = TaskManager()
    stop, ended = threading.Event(), threading.Event()

    def decode() -> None:  # stands for a decode that only ends when told to
        while not stop.wait(0.01):
            pass
        ended.set()

    tasks.when_closing_late(stop.set)
    tasks.submit(decode, lane="speech-background")
    assert tasks.drain(500)  # less than CANCEL_LEFT_S: told at once
    assert ended.is_set() and tasks.busy() == []


def test_a_close_past_its_wait_still_tells_and_waits(qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    tasks = TaskManager()
    stop = threading.Event()
    tasks.when_closing_late(stop.set)
    tasks.submit(lambda: stop.wait(30), lane="speech-background")
    with caplog.at_level(logging.WARNING, logger="simulator.ui.tasks"):
        assert tasks.shutdown(50)
    assert stop.is_set() and "speech-background" in caplog.text


def test_a_watched_future_that_is_cancelled_is_told_as_a_failure(qtbot) -> None:  # type: ignore[no-untyped-def]
    """``Future.exception()`` raises for a cancelled future: raised inside its done callback it
    was only logged, and the page waiting for the result was never told (hang43)."""
    from concurrent.futures import CancelledError, Future

    runner = TaskRunner(1)
    failed: list[BaseException] = []
    future: Future[int] = Future()
    runner.watch(future, on_done=lambda _value: None, on_error=failed.append)
    assert future.cancel()
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    assert isinstance(failed[0], CancelledError) and runner.pending() == 0


def test_the_window_thread_asks_for_short_turns_and_its_workers_do_not(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The task manager's other half of the priority policy (issue 8, nice59): the window's
    thread takes a short scheduler slice (Linux 6.12+), so it is picked first when it wakes,
    and the lanes' threads it starts get the default back (a slice inherited by every worker
    would take that advantage away). Where the kernel has no such slice, nothing changes."""
    import os
    import re
    import sys

    import pytest

    from simulator.speech import cpu

    release = re.match(r"(\d+)\.(\d+)", os.uname().release if hasattr(os, "uname") else "")
    version = (int(release[1]), int(release[2])) if release else (0, 0)
    if not sys.platform.startswith("linux") or version < (6, 12):
        pytest.skip("a slice for a normal thread is Linux 6.12's")
    tasks = TaskManager()
    assert cpu.thread_slice_ns() == cpu.GUI_SLICE_NS
    seen: dict[str, int] = {}
    for lane in ("compute", "database", "speech"):
        tasks.submit(lambda lane=lane: seen.__setitem__(lane, cpu.thread_slice_ns()), lane=lane)
    assert tasks.shutdown(5000)
    assert set(seen) == {"compute", "database", "speech"}
    assert all(ns != cpu.GUI_SLICE_NS for ns in seen.values()), seen
