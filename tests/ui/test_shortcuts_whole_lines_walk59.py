"""The F1 list of shortcuts (walk59, issue 8): at 1280 x 800 its last line in view ("Ctrl+S
Export" under "Scorecard") showed cut in half at the list's bottom edge. It shows whole lines
at any window size and as it pages (PgDn, the arrows), in both themes, as the app's other
reading panes do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser

from tests.ui.test_progress_whole_lines_polish58 import _cut_lines, _top_blank


def test_the_shortcuts_list_shows_whole_lines_walk59(  # type: ignore[no-untyped-def]
    qtbot, window, themed: str
) -> None:
    cut = []
    for width, height in [(1280, 800), (960, 640), (960, 700), (1100, 760)]:
        window.resize(width, height)
        qtbot.wait(20)
        window._show_shortcuts()  # F1
        listing = window.findChild(QTextBrowser, "shortcutsList")
        assert listing is not None
        qtbot.waitUntil(lambda v=listing: v.isVisible(), timeout=3000)
        bar = listing.verticalScrollBar()
        qtbot.waitUntil(lambda b=bar: b.maximum() > 0, timeout=3000)
        keys = [Qt.Key.Key_Down] * 3 + [Qt.Key.Key_PageDown] * 4
        for key in [None, *keys]:
            if key is not None:
                qtbot.keyClick(listing, key)
            listing.viewport().repaint()
            if _cut_lines(listing) or not _top_blank(listing):
                cut.append((width, height, bar.value(), _cut_lines(listing)))
        listing.window().close()
        qtbot.waitUntil(
            lambda: window.findChild(QTextBrowser, "shortcutsList") is None, timeout=3000
        )
    assert cut == []


def test_the_room_under_the_last_line_is_the_list_s_colour_walk59(  # type: ignore[no-untyped-def]
    qtbot, window, themed: str
) -> None:
    """The room left blank under the last whole line showed a grey band across the white list
    (the view's own background, outside its viewport): it takes the text's background."""
    bands = []
    for height in range(640, 700, 5):
        window.resize(960, height)
        qtbot.wait(10)
        window._show_shortcuts()
        listing = window.findChild(QTextBrowser, "shortcutsList")
        assert listing is not None
        qtbot.waitUntil(listing.isVisible, timeout=3000)
        margin = listing.viewportMargins().bottom()
        if margin >= 3:
            port = listing.viewport().geometry()
            image = listing.grab().toImage()
            text_ground = image.pixelColor(port.right() - 2, port.bottom() - 1)
            below = image.pixelColor(port.center().x(), port.bottom() + 1 + margin // 2)
            if below != text_ground:
                bands.append((height, text_ground.name(), below.name()))
        listing.window().close()
        qtbot.waitUntil(
            lambda: window.findChild(QTextBrowser, "shortcutsList") is None, timeout=3000
        )
    assert bands == []
