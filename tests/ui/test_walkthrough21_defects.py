"""Defects met in the twenty-first keyboard-only walkthrough of the real window (offscreen here)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from tests.scores import answer_score, session_score


def _typed_session(storage, plan: str, qid: str, text: str, overall: int) -> int:  # type: ignore[no-untyped-def]
    sid = storage.create_session({"name": plan, "question_ids": [qid]})
    storage.add_answer(sid, qid, 0, "typed", text, score=answer_score(overall))
    storage.finish_session(sid, session_score(overall))
    return sid


def test_tab_leaves_the_history_table(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """Tab in History's table moved an unseen current cell along the selected row, then on to
    the next rows: the keyboard never left the table for the buttons under it."""
    _typed_session(services.storage, "Quick practice", "tech.overfit", "It memorizes noise.", 35)
    _typed_session(services.storage, "System design", "case.spam", "Start with the metric.", 80)
    qtbot.keyClick(
        window.home.preset,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._history, timeout=5000)
    page = window.past.history
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 2, timeout=5000)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not page.table
    # and no table of any page keeps Tab for itself
    window.past.attempts  # built on first use
    trapping = [
        t.objectName() for t in window.findChildren(QTableView) if t.tabKeyNavigation()
    ]
    assert trapping == []
