"""Home's topic list at 960 x 640 (walk59, issue 8): with the shipped packs' 40-odd topics its
last row in view ("data quality") showed cut in half at the list's bottom edge, in the Custom
plan and greyed in the others. The list shows whole rows at any window height and scrolled
to any row, in both themes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from simulator.core.questions import load_packs
from simulator.paths import bundled_packs_dir


def _cut_rows(view) -> list[str]:  # type: ignore[no-untyped-def]
    shown = view.viewport().height()
    cut = []
    for row in range(view.count()):
        rect = view.visualRect(view.model().index(row, 0))
        if rect.top() < shown < rect.bottom() + 1:
            cut.append(view.item(row).text())
    return cut


def test_the_topic_list_shows_whole_rows_walk59(qtbot, window, themed: str) -> None:  # type: ignore[no-untyped-def]
    home = window.home
    topics = home.topics
    home.set_bank(load_packs([bundled_packs_dir()]))  # the shipped packs' topics
    home.preset.setCurrentIndex(home.preset.findData("Custom"))
    cut = []
    for height in range(600, 700, 3):
        window.resize(960, height)
        qtbot.wait(10)
        assert topics.verticalScrollBar().maximum() > 0, "all topics fit: nothing to test"
        topics.setFocus()
        topics.scrollToTop()
        for key in (None, Qt.Key.Key_PageDown, Qt.Key.Key_End):
            if key is not None:
                qtbot.keyClick(topics, key)
            if _cut_rows(topics):
                cut.append((height, key, _cut_rows(topics)))
    assert cut == []
