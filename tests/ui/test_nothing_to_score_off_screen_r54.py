"""'Nothing to score' goes back where the interview was started and is said there. When going
Home is refused (``go_home`` mid-interview: "End the interview first"), the notice was put on
Home, a page not on screen, and the status line said only "End the interview first (Ctrl+E)."
Said through ``tell`` (review of round 54), a page not on screen gets no notice: the status
line says it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from simulator.core.plan import Plan
from simulator.ui.page_notice import NOTICE_NAME, PageNotice
from tests.ui.stand_ins import begin_answering

NOTHING = "The interview ended with nothing answered: there is nothing to score."


def test_nothing_to_score_for_a_page_not_on_screen_is_in_the_status_line_r54(  # type: ignore[no-untyped-def]
    qtbot, window
) -> None:
    window.services.settings.follow_ups = False
    window.start_interview(Plan(counts={"technical": 1}), False)
    begin_answering(qtbot, window)  # mid-interview: go_home refuses
    window.started_from.go_back(NOTHING)
    QApplication.processEvents()
    assert window.stack.currentWidget() is window.interview
    said = [n.text.text() for n in window.home.findChildren(PageNotice, NOTICE_NAME)]
    assert not any(NOTHING in s for s in said), said  # Home, not on screen, holds nothing
    assert window.statusBar().currentMessage() == NOTHING
