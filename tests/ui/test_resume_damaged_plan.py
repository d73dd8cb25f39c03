"""Resuming a session whose stored plan is damaged (a salvaged database, a hand-made archive):
one message naming the session, the window stays on Home; never an exception in the GUI thread."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from tests.ui.waits import HANG_MS


@pytest.mark.parametrize(
    "plan",
    [{"question_ids": 5}, {"question_ids": [["x"]]}, {"question_ids": []}, {}],
    ids=["number", "nested", "empty", "none"],
)
def test_a_session_with_a_damaged_plan_is_not_resumed(window, qtbot, services, plan) -> None:  # type: ignore[no-untyped-def]
    sid = services.storage.create_session(plan)
    services.storage.add_answer(sid, "tech.overfit", 0, "typed", "kept")
    home: QWidget = window.stack.currentWidget()
    window.resume_session(sid)
    qtbot.waitUntil(lambda: window._db.pending() == 0, timeout=HANG_MS)
    qtbot.waitUntil(lambda: f"session {sid}" in window.statusBar().currentMessage(), timeout=5000)
    assert "no questions it can ask" in window.statusBar().currentMessage()
    assert window.stack.currentWidget() is home
    assert [a.text for a in services.storage.answers(sid)] == ["kept"]
