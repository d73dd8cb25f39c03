"""The scorecard page is built while the interview wraps up, not in the event that opens the
scorecard (its first build and styling: 24-34 ms of the GUI thread in a voice interview)."""

from __future__ import annotations

import sys

from simulator.core.interview import State
from simulator.core.plan import Plan
from simulator.ui import warm_up
from tests.ui.stand_ins import wait_reached
from tests.ui.waits import HANG_MS


def test_the_scorecard_page_exists_when_the_wrap_up_begins(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: all(m in sys.modules for m in warm_up.PAGE_MODULES), timeout=HANG_MS)
    assert window._scorecard is None
    seen: dict[str, bool] = {}
    finished: list[int] = []

    def state(value: str) -> None:
        if value == State.WRAP_UP.value:
            seen["built at wrap-up"] = window._scorecard is not None

    def done(_session_id: int) -> None:
        finished.append(_session_id)
        seen["shown when finished"] = window.stack.currentWidget() is window._scorecard

    page = window.interview
    window.start_interview(Plan(counts={"technical": 1}, name="Custom"), False)
    wait_reached(qtbot, window, State.PREPARING)
    window.controller.state_changed.connect(state)
    window.controller.session_finished.connect(done)
    qtbot.keyClicks(page.answer, "Bias is error from wrong assumptions.")
    window.controller.end(page.answer.toPlainText())
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)
    assert seen["built at wrap-up"]
    assert finished
    assert not seen["shown when finished"]  # built ahead, shown only once its data is loaded
