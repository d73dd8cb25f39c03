"""A one-question typed session through the real window, ended on its scorecard (walkthrough tests)."""

from __future__ import annotations

from simulator.core.interview import State
from simulator.core.plan import Plan


def finish_typed_session(qtbot, window, answer: str, name: str = "Custom") -> None:  # type: ignore[no-untyped-def]
    """One technical question of plan ``name``: ``answer`` typed (or "" to end during the
    briefing), then the interview ended; returns once the scorecard shows."""
    page = window.interview
    window.start_interview(Plan(counts={"technical": 1}, name=name), False)
    if answer:
        qtbot.waitUntil(lambda: window.controller.state is State.PREPARING, timeout=10000)
        qtbot.keyClicks(page.answer, answer)
    window.controller.end(page.answer.toPlainText())
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=15000)
