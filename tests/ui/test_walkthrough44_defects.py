"""Defects met in the forty-fourth keyboard-only walkthrough of the real window (offscreen here)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.scores import answer_score, session_score
from tests.ui.waits import HANG_MS


def _stored_session(services) -> int:  # type: ignore[no-untyped-def]
    storage = services.storage
    sid = storage.create_session({"name": "Quick practice"})
    storage.add_answer(
        sid, "tech.overfit", 0, "typed", "It memorizes noise.", score=answer_score(40)
    )
    storage.finish_session(sid, session_score(40))
    return sid


def _escape(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Esc where the keyboard is, as a person presses it."""
    target = QApplication.focusWidget() or window.stack.currentWidget()
    qtbot.keyClick(target, Qt.Key.Key_Escape)


def test_esc_on_a_scorecard_opened_from_history_goes_back_there(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """Esc went back on History, Review, Attempts and Progress, and did nothing on the
    scorecard: opened from History, the person was left on it (only Ctrl+H, to Home)."""
    _stored_session(services)
    window.past.open_history()
    history = window.past.history
    qtbot.waitUntil(
        lambda: window.stack.currentWidget() is history and history.proxy.rowCount() == 1,
        timeout=HANG_MS,
    )
    history.table.setFocus()
    qtbot.keyClick(history.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)
    _escape(qtbot, window)
    assert window.stack.currentWidget() is history


def test_esc_on_a_scorecard_opened_from_home_goes_home(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    sid = _stored_session(services)
    window.open_scorecard(sid)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)
    window.scorecard.table.setFocus()
    _escape(qtbot, window)
    assert window.stack.currentWidget() is window.home


def test_the_shortcuts_list_says_esc_on_the_scorecard() -> None:
    from simulator.ui.shortcuts_help import SHORTCUTS_HELP

    scorecard = SHORTCUTS_HELP.split("Scorecard\n", 1)[1].split("\n\n", 1)[0]
    assert "Esc" in scorecard
