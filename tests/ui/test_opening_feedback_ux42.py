"""Walkthrough 42: a scorecard opened from History on a loaded machine took 3-10 s and nothing
showed it had been asked for; Enter again queued a second load. While it loads the status line
says "Opening the scorecard…" with a busy bar, the window keeps answering, and Enter again does
not load it twice; once shown, the line and the bar go."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

import simulator.core.scorecard as scorecard_module
from tests.scores import answer_score, session_score


def test_a_slow_scorecard_says_it_is_opening(qtbot, window, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    storage = services.storage
    sid = storage.create_session({"name": "Quick practice"})
    storage.add_answer(
        sid, "tech.overfit", 0, "typed", "It memorizes noise.", score=answer_score(40)
    )
    storage.finish_session(sid, session_score(40))
    release, loads = threading.Event(), []
    real = scorecard_module.load_scorecard

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        loads.append(1)
        release.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(scorecard_module, "load_scorecard", slow)
    window.past.open_history()
    page = window.past.history
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page and page.proxy.rowCount() == 1,
                    timeout=10000)  # fmt: skip
    bar = window.statusBar()
    try:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bar.currentMessage() == "Opening the scorecard…", timeout=5000)
        assert window.opening.bar.isVisible()
        assert QApplication.overrideCursor() is not None
        assert window.stack.currentWidget() is page  # still where the person is
        qtbot.keyClick(page.table, Qt.Key.Key_Return)  # pressed again: not a second load
        assert bar.currentMessage().startswith("Still opening the scorecard")
    finally:
        release.set()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=10000)
    qtbot.wait(100)
    assert len(loads) == 1
    assert not window.opening.bar.isVisible()
    assert QApplication.overrideCursor() is None
    assert not bar.currentMessage().startswith("Opening")
