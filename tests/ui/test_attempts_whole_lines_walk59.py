"""Attempts at 960 x 640 (walk59, issue 8): the earlier and the later transcript showed their
last line in view cut in half at the pane's bottom edge. The two transcripts and the key
points' pane show whole lines at any height and scrolled by the keys, in both themes, as the
app's other reading panes do."""

from __future__ import annotations

from PySide6.QtCore import Qt

from simulator.ui.style import muted_color
from tests.ui.test_progress_whole_lines_polish58 import _cut_lines, _top_blank

WAIT_MS = 10_000


def test_the_attempts_panes_show_whole_lines_walk59(qtbot, window, services, themed: str) -> None:  # type: ignore[no-untyped-def]
    storage = services.storage
    long = " ".join(f"Sentence {n} says overfitting memorizes noise." for n in range(60))
    for text in (long, long.replace("noise", "the training noise")):
        sid = storage.create_session({"name": "Again", "question_ids": ["tech.overfit"]})
        storage.add_answer(sid, "tech.overfit", 0, "typed", text)
        storage.finish_session(sid, None)
    window.resize(960, 640)
    window.past.open_attempts("tech.overfit")
    page = window.past.attempts
    dark = themed == "dark"
    qtbot.waitUntil(lambda: muted_color(dark) in page.points.toHtml(), timeout=WAIT_MS)
    panes = (page.before_text, page.after_text)
    qtbot.waitUntil(
        lambda: all(p.verticalScrollBar().maximum() > 0 for p in panes), timeout=WAIT_MS
    )
    cut = []
    for height in range(620, 680, 4):
        window.resize(960, height)
        qtbot.wait(10)
        for pane in panes:
            pane.verticalScrollBar().setValue(0)
            pane.setFocus()
            for key in (None, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_PageDown):
                if key is not None:
                    qtbot.keyClick(pane, key)
                pane.viewport().repaint()
                if _cut_lines(pane) or not _top_blank(pane):
                    cut.append((height, pane.objectName(), _cut_lines(pane)))
    assert cut == []
