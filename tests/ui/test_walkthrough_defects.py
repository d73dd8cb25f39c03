"""Defects a new user met walking through the real window by keyboard alone (offscreen here)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from simulator.core.interview import State
from simulator.core.plan import Plan
from tests.ui.test_interview_page_defects import HeldSpeaker

TEXT = "Overfitting memorizes noise"


@pytest.fixture
def held(services, tmp_path: Path) -> HeldSpeaker:  # type: ignore[no-untyped-def]
    speaker = HeldSpeaker(tmp_path / "silence.wav")
    services.speaker = speaker
    services.settings.voice_enabled = True
    return speaker


def test_typing_during_the_thinking_countdown_starts_the_answer_and_keeps_every_key(
    qtbot, window
) -> None:  # type: ignore[no-untyped-def]
    """Keys typed while the countdown ran were dropped (the box was read-only), so an answer
    begun a second early lost its first words."""
    page = window.interview
    window.start_interview(Plan(counts={"technical": 1}), False)
    qtbot.waitUntil(lambda: window.controller.state is State.PREPARING, timeout=10000)
    qtbot.waitUntil(page.answer.hasFocus, timeout=2000)  # typing goes where the answer goes
    qtbot.keyClicks(page.answer, TEXT)
    assert window.controller.state is State.ANSWERING
    assert page.answer.toPlainText() == TEXT


def test_typing_while_the_question_is_read_starts_the_answer(qtbot, held, window) -> None:  # type: ignore[no-untyped-def]
    page = window.interview
    window.start_interview(Plan(counts={"technical": 1}), True)
    qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # introduction
    assert window.controller.state is State.ASKING
    qtbot.waitUntil(page.answer.hasFocus, timeout=2000)
    qtbot.keyClicks(page.answer, TEXT)
    assert window.controller.state is State.ANSWERING
    assert page.answer.toPlainText() == TEXT
    held.finish()


def _finish_one_typed_answer(qtbot, window, name: str = "Custom") -> None:  # type: ignore[no-untyped-def]
    page = window.interview
    window.start_interview(Plan(counts={"technical": 1}, name=name), False)
    qtbot.waitUntil(lambda: window.controller.state is State.PREPARING, timeout=10000)
    qtbot.keyClicks(page.answer, TEXT)
    window.controller.end(page.answer.toPlainText())
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=15000)


def test_a_past_session_on_home_shows_its_score_without_scrolling_sideways(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The row ran past the list's edge, so its score was behind a horizontal scroll bar."""
    _finish_one_typed_answer(qtbot, window, "Technical deep dive")
    window.go_home()
    history = window.home.history
    qtbot.waitUntil(
        lambda: "answered" in (history.item(0).text() if history.item(0) else ""), timeout=5000
    )
    window.resize(window.minimumSize())
    qtbot.wait(50)
    assert "/100" in history.item(0).text()
    assert history.horizontalScrollBar().maximum() == 0
