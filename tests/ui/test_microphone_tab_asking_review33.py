"""The Microphone tab's question to the audio server (review33): a job dropped on its way (no
answer, no failure) kept the tab from ever asking again while it stayed open; a failure was
not logged by the tab."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import pytest

from simulator.settings import Settings
from simulator.ui.settings import microphone


class _DroppingTasks:
    """A task manager that takes every job and never runs it."""

    def __init__(self) -> None:
        self.jobs: list[Callable[[], Any]] = []

    def submit(self, fn: Callable[[], Any], *_callbacks: Any, **_lane: Any) -> None:
        self.jobs.append(fn)


@pytest.fixture
def tab(qtbot, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    tasks = _DroppingTasks()
    monkeypatch.setattr(microphone, "app_tasks", lambda: tasks)
    widget = microphone.MicrophoneTab(Settings())
    qtbot.addWidget(widget)
    widget.tasks = tasks
    now = [100.0]
    widget._clock = lambda: now[0]
    widget.now = now
    return widget


def test_a_dropped_question_is_asked_again(tab) -> None:  # type: ignore[no-untyped-def]
    tab.check_devices()
    tab.check_devices()  # the first one is still out: not asked twice at once
    assert len(tab.tasks.jobs) == 1
    tab.now[0] += microphone.ASK_AGAIN_S + 1  # it never came back
    tab.check_devices()
    assert len(tab.tasks.jobs) == 2


def test_an_answer_lets_the_next_check_ask_at_once(tab) -> None:  # type: ignore[no-untyped-def]
    tab.check_devices()
    tab._server_answered(frozenset({"vmic"}))
    tab.check_devices()
    assert len(tab.tasks.jobs) == 2


def test_a_failure_is_logged_and_asked_again(tab, caplog) -> None:  # type: ignore[no-untyped-def]
    tab.check_devices()
    with caplog.at_level(logging.WARNING, logger=microphone.__name__):
        tab._server_failed(OSError("pactl: connection refused"))
    assert any("connection refused" in r.getMessage() for r in caplog.records), caplog.records
    tab.check_devices()
    assert len(tab.tasks.jobs) == 2
