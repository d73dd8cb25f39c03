"""The selected answer's explanation keeps its readable lines however long the tips wrap.

CI (a machine whose fonts wrap the tips to more lines than here) saw the explanation at
960 x 640 show 9.9 lines: the tips could take the table's and the explanation's room down to
eight lines, and the explanation's own frame was not counted in what it kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from simulator.core.interview import State
from simulator.core.plan import Plan
from simulator.ui.pages.scorecard import DETAIL_READABLE_LINES, bulleted
from tests.ui.stand_ins import CTRL, wait_reached, wait_state
from tests.ui.waits import HANG_MS

ANSWER = (
    "Overfitting is when the model memorizes noise in the training data. I compare training "
    "and validation error on a held-out set."
)
# Tips as a machine with wider fonts wraps them: each several lines at 960 px.
LONG_TIPS = [
    "Name the trade-off you chose and say what you gave up for it, then give the figure that "
    "shows it was worth it, in one sentence each, before moving to the next point of the answer."
] * 4


def test_long_tips_leave_the_explanation_its_lines(qtbot, themed, window) -> None:  # type: ignore[no-untyped-def]
    window.services.settings.follow_ups = False
    window.resize(window.minimumSize())
    window.start_interview(Plan(counts={"technical": 1, "behavioral": 1, "case": 1}), False)
    page = window.interview
    wait_reached(qtbot, window, State.PREPARING)
    qtbot.keyClicks(page.answer, ANSWER)
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, CTRL)
    wait_state(qtbot, window, State.REVIEWING)
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)  # the next question
    wait_reached(qtbot, window, State.PREPARING)
    qtbot.keyClick(page, Qt.Key.Key_K, CTRL)  # skipped
    wait_reached(qtbot, window, State.PREPARING)
    window.controller.end()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)
    card = window.scorecard
    qtbot.waitUntil(lambda: card.table.rowCount() == 2, timeout=5000)
    card.tips_scroll.set_text(bulleted(LONG_TIPS))
    for _ in range(5):
        QApplication.processEvents()
    detail = card.detail
    lines = detail.viewport().height() / detail.fontMetrics().lineSpacing()
    assert lines >= DETAIL_READABLE_LINES, (lines, card.tips_scroll.height())
    assert DETAIL_READABLE_LINES >= 10  # what the smallest window's walkthrough asks for
    # the tips took what the page could spare, and say when they scroll
    assert card.tips_scroll.height() > 3 * card.tips.fontMetrics().lineSpacing()
