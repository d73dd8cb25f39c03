"""The Scorecard's "how this answer was scored" pane (walk59, issue 8): after an export the
status line ("Exported the scorecard to ...") took its row from the page and the pane showed
its last line cut in half at its bottom edge ("of B." of a model answer), at 1280 x 800. It is
a whole-lines pane, as Review's and Progress's are: whole lines at any height and scroll
position, in both themes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_progress_whole_lines_polish58 import _cut_lines, _top_blank
from tests.ui.test_scorecard_keyboard import _finished


def test_the_scored_pane_shows_whole_lines_at_any_height_walk59(  # type: ignore[no-untyped-def]
    qtbot, window, services, themed: str
) -> None:
    window.open_scorecard(_finished(services))
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=5000)
    view = window.scorecard.detail
    bar = view.verticalScrollBar()
    cut = []
    for width, height in [(960, h) for h in range(620, 660, 3)] + [(1280, 780), (1280, 800)]:
        window.resize(width, height)
        qtbot.wait(20)
        if bar.maximum() == 0:
            continue  # it all fits: nothing cut
        bar.setValue(0)
        view.viewport().repaint()
        if _cut_lines(view):
            cut.append((width, height, 0, _cut_lines(view)))
        view.setFocus()
        for _ in range(3):  # scrolled by the keys
            qtbot.keyClick(view, Qt.Key.Key_Down)
            view.viewport().repaint()
            if _cut_lines(view) or not _top_blank(view):
                cut.append((width, height, bar.value(), _cut_lines(view)))
    assert cut == []
