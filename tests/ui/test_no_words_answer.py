"""A typed answer with no real words ("9%a" scored 12/100, STAR Result 100 %): in the real
window, Ctrl+Enter does not send it; the page says why, as it does for an empty answer."""

from __future__ import annotations

from PySide6.QtCore import Qt

from simulator.core.interview import State
from simulator.core.plan import Plan
from simulator.core.session.engine import NO_WORDS_HINT
from tests.ui.waits import HANG_MS

CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_typed_answer_without_words_is_not_sent(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.start_interview(Plan(counts={"behavioral": 1}), False)
    page = window.interview
    qtbot.waitUntil(lambda: window.controller.state is State.ANSWERING, timeout=HANG_MS)
    qtbot.wait(600)  # past the moment the countdown switched to the answer
    qtbot.keyClicks(page.answer, "9%a")
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, CTRL)
    assert window.controller.state is State.ANSWERING
    assert page.notice.isVisible() and page.notice.text() == NO_WORDS_HINT
    assert not page.feedback.text()
