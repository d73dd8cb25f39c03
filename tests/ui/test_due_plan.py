"""Home counts the questions due for review; the "Due for review" plan asks them first."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt

from simulator.core.interview import State
from simulator.ui.pages.home import DUE
from tests.scores import answer_score, session_score
from tests.ui.waits import HANG_MS


def test_due_questions_on_home_and_their_plan(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.home.history.count() == 1, timeout=5000)
    assert not window.home.due_label.isVisible()  # no history yet: nothing said about reviews
    storage = services.storage
    three_days_ago = time.time() - 3 * 86400
    sid = storage.create_session({"name": "Quick practice"}, started_at=three_days_ago)
    for position, (qid, score) in enumerate((("tech.overfit", 25), ("case.spam", 90))):
        aid = storage.add_answer(sid, qid, position, "typed", "t", score=answer_score(score))
        storage._write("UPDATE answers SET created_at = ? WHERE id = ?", (three_days_ago, aid))
    storage.finish_session(sid, session_score(57))
    window.refresh_home()
    home = window.home
    qtbot.waitUntil(lambda: home.due_label.text().startswith("1 question due"), timeout=5000)
    assert home.due_label.isVisible()
    assert home.due_questions() == ["tech.overfit"]  # the good answer is not due yet

    home.preset.setCurrentIndex(home.preset.findData(DUE))
    assert "1 question due" in home.summary.text() and home.start_button.isEnabled()
    qtbot.keyClick(home.preset, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.controller.state is State.ANSWERING, timeout=HANG_MS)
    assert window.controller.interview.current.id == "tech.overfit"
    assert [q.id for q in window.controller.interview.questions] == ["tech.overfit"]
