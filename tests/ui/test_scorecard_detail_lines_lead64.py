"""The selected answer's explanation keeps its readable lines however long the tips wrap.

CI (a machine whose fonts wrap the tips to more lines than here) saw the explanation at
960 x 640 show 9.9 lines: the tips could take the table's and the explanation's room down to
eight lines, and the explanation's own frame was not counted in what it kept."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from simulator.ui.pages.scorecard import (
    DETAIL_READABLE_LINES,
    DETAIL_READABLE_LINES_WIDE,
    bulleted,
)
from tests.ui.test_walkthrough25_defects import smallest_scorecard_ended_early

# Tips as a machine with wider fonts wraps them: each several lines at 960 px.
LONG_TIPS = [
    "Name the trade-off you chose and say what you gave up for it, then give the figure that "
    "shows it was worth it, in one sentence each, before moving to the next point of the answer."
] * 4


def test_long_tips_leave_the_explanation_its_lines(qtbot, themed, window) -> None:  # type: ignore[no-untyped-def]
    card = smallest_scorecard_ended_early(qtbot, window)
    card.tips_scroll.set_text(bulleted(LONG_TIPS))
    for _ in range(5):
        QApplication.processEvents()
    detail = card.detail
    lines = detail.viewport().height() / detail.fontMetrics().lineSpacing()
    # two answers: the detail under the table, the page's width, where a line holds what two
    # hold beside a table of three answers or more (ui68)
    assert card._table_above and card._detail_panel.width() >= card._split.width() - 1
    assert lines >= DETAIL_READABLE_LINES_WIDE, (lines, card.tips_scroll.height())
    assert DETAIL_READABLE_LINES >= 10  # what the smallest window's walkthrough asks for
    assert DETAIL_READABLE_LINES_WIDE >= DETAIL_READABLE_LINES / 2
    # the tips took what the page could spare, and say when they scroll
    assert card.tips_scroll.height() > 3 * card.tips.fontMetrics().lineSpacing()
