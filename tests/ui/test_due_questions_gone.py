"""Questions answered before whose pack is gone (removed, or its ids changed) were still counted
as due: Home said "10 questions due", the eight most overdue, all gone, made the "Due for review"
session, and starting it said "no question is due for review" while one really was. Home now
counts and asks only the due questions the bank holds."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt

from simulator.core.interview import State
from simulator.ui.pages.home import DUE
from tests.scores import answer_score, session_score
from tests.ui.waits import HANG_MS


def test_due_questions_no_longer_in_the_bank_are_not_counted_or_asked(
    qtbot, window, services
) -> None:  # type: ignore[no-untyped-def]
    storage = services.storage
    long_ago, later = time.time() - 9 * 86400, time.time() - 3 * 86400
    sid = storage.create_session({"name": "Quick practice"}, started_at=long_ago)
    answered = [(f"gone.q{n}", long_ago) for n in range(9)] + [("tech.overfit", later)]
    for position, (qid, when) in enumerate(answered):
        aid = storage.add_answer(sid, qid, position, "typed", "t", score=answer_score(20))
        storage._write("UPDATE answers SET created_at = ? WHERE id = ?", (when, aid))
    storage.finish_session(sid, session_score(20))
    window.refresh_home()
    home = window.home
    qtbot.waitUntil(lambda: "due for review" in home.due_label.text(), timeout=5000)
    assert home.due_label.text().startswith("1 question due"), home.due_label.text()
    assert home.due_questions() == ["tech.overfit"]

    home.preset.setCurrentIndex(home.preset.findData(DUE))
    assert "1 question due" in home.summary.text() and home.start_button.isEnabled()
    qtbot.keyClick(home.preset, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.controller.state is State.ANSWERING, timeout=HANG_MS)
    assert [q.id for q in window.controller.interview.questions] == ["tech.overfit"]
