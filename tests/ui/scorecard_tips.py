"""A stored session's scorecard opened in a window of a given size with tips of the test's own:
the helpers the scorecard layout tests share (walkthroughs 29, 30, walk65)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QApplication

from tests.ui.waits import HANG_MS


def opened_scorecard(qtbot, window, sid: int, size: tuple[int, int]):  # type: ignore[no-untyped-def]
    """The scorecard page of session ``sid`` opened at ``size``, once its table is filled."""
    window.resize(*size)
    window.open_scorecard(sid)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)
    page = window.scorecard
    qtbot.waitUntil(lambda: page.table.rowCount() > 0, timeout=HANG_MS)
    assert page.scorecard is not None
    return page


def scorecard_with_tips(qtbot, window, sid: int, size: tuple[int, int], tips: list[str]):  # type: ignore[no-untyped-def]
    """The scorecard page of session ``sid`` at ``size``, showing ``tips`` (the tips a
    walkthrough saw, whatever the scorer would write today), once its header has settled."""
    page = opened_scorecard(qtbot, window, sid, size)
    page.show_scorecard(replace(page.scorecard, tips=tips))
    for _ in range(3):  # the header settles over a few layout passes
        QApplication.processEvents()
    return page
