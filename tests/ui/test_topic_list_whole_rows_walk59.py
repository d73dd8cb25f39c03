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


def test_the_blank_room_under_the_rows_is_the_list_s_colour_walk59(  # type: ignore[no-untyped-def]
    qtbot, window, themed: str
) -> None:
    """Greyed (a preset plan), the list showed a white band under its grey rows: the room left
    blank is painted in the viewport's colours, greyed or not."""
    home = window.home
    topics = home.topics
    home.set_bank(load_packs([bundled_packs_dir()]))
    bands = []
    for plan in ("Full loop", "Custom"):
        home.preset.setCurrentIndex(home.preset.findData(plan))
        for height in range(600, 640, 3):
            window.resize(960, height)
            qtbot.wait(10)
            port = topics.viewport().geometry()
            margin = topics.viewportMargins().bottom()
            if margin < 3:
                continue
            image = topics.grab().toImage()
            inside = image.pixelColor(port.right() - 4, port.top() + 4)  # a row's blank end
            below = image.pixelColor(port.center().x(), port.bottom() + 1 + margin // 2)
            if below != inside:
                bands.append((plan, height, inside.name(), below.name()))
    assert bands == []
