"""Progress at 960 x 640 (walk58, keyboard only): the "What to practise next" pane showed its
last line ("Weakest topics ...") cut in half at the card's bottom edge. The pane shows whole
lines at every scroll position (at its top edge too, once scrolled), in both themes; the scroll
bar reaches the rest."""

from __future__ import annotations

import math
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser

from simulator.ui.widgets.whole_lines import top_cut
from tests.scores import session_score
from tests.ui.recorded import spoken_session


def _cut_lines(view: QTextBrowser) -> list[str]:
    """The lines with words drawn across the visible bottom edge of ``view``."""
    doc, layout = view.document(), view.document().documentLayout()
    scrolled, shown = view.verticalScrollBar().value(), view.viewport().height()
    cut = []
    block = doc.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top() - scrolled
        lines = block.layout()
        for i in range(lines.lineCount()):
            line = lines.lineAt(i)
            y = top + line.y()
            said = block.text()[line.textStart() : line.textStart() + line.textLength()]
            if y < shown < math.floor(y + line.height()) and said.strip():  # (an empty one
                cut.append(said)  # shows nothing cut)
        block = block.next()
    return cut


def _top_blank(view: QTextBrowser) -> bool:
    """What shows of a line scrolled past the top edge is left blank (the view's background)."""
    cut = top_cut(view)
    if not cut:
        return True
    image = view.viewport().grab().toImage()
    background = image.pixelColor(image.width() - 1, 0)
    return all(
        image.pixelColor(x, y) == background for y in range(cut) for x in range(image.width())
    )


def test_what_to_practise_next_shows_whole_lines_at_960x640_polish58(  # type: ignore[no-untyped-def]
    qtbot, window, services, data_dir: Path, themed: str
) -> None:
    storage = services.storage
    for day in range(3):
        sid, _ids = spoken_session(storage, services.bank, data_dir / "recordings" / f"{day}.wav")
        started = time.time() - (3 - day) * 86400
        storage._write("UPDATE sessions SET started_at = ? WHERE id = ?", (started, sid))
        storage.finish_session(sid, session_score(50 + 10 * day, {"behavioral": 60}))
    window.resize(960, 640)
    window.show()
    qtbot.keyClick(window.home.preset, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._progress, timeout=5000)
    view = window.past.progress.lists
    qtbot.waitUntil(lambda: view.viewport().height() > 0, timeout=5000)
    qtbot.wait(50)
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0, "the lists fit: nothing to test at this size"
    assert _cut_lines(view) == []
    seen = [bar.value()]
    while bar.value() < bar.maximum():  # a line at a time with the arrow key, to the end
        qtbot.keyClick(view, Qt.Key.Key_Down)
        qtbot.wait(10)
        assert _cut_lines(view) == [], bar.value()
        assert _top_blank(view), bar.value()
        assert bar.value() > seen[-1]
        seen.append(bar.value())
    for value in range(0, bar.maximum() + 1, 3):  # dragged or wheeled: any position at all
        bar.setValue(value)
        view.viewport().repaint()
        assert _cut_lines(view) == [] and _top_blank(view), value
    assert "Your most repeated fillers" in view.toPlainText()
