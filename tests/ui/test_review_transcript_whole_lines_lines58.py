"""Review's transcript box shows whole lines however it is scrolled (lines58). It kept its own
copy of the whole-lines logic (polish57), worked out at the top of the answer only: scrolled
by the keys, the wheel or the replay following its words, its last line showed cut in half at
the bottom edge and the descenders of the line above at the top. It now uses the logic of
Progress's pane and the score's explanation (widgets/whole_lines.py), in both themes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextEdit

from simulator.ui.widgets.whole_lines import cut_line_margin
from tests.ui.recorded import SPOKEN, open_review
from tests.ui.test_progress_whole_lines_polish58 import _cut_lines, _top_blank
from tests.ui.test_review_follow_up_recording_walk57 import _loaded
from tests.ui.test_review_polish57 import _scored_session


def test_the_transcript_shows_whole_lines_however_scrolled_lines58(  # type: ignore[no-untyped-def]
    qtbot, window, services, tmp_path: Path, themed: str
) -> None:
    sid = _scored_session(services, tmp_path, f"{SPOKEN} {SPOKEN} {SPOKEN}")  # taller than its box
    window.resize(960, 640)
    window.show()
    page = open_review(qtbot, window, sid)
    _loaded(qtbot, page.replay)
    view = page.replay.transcript
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=3000)
    qtbot.wait(50)
    assert _cut_lines(view) == []
    view.setFocus()
    while bar.value() < bar.maximum():  # a line at a time with the arrow key, to the end
        before = bar.value()
        qtbot.keyClick(view, Qt.Key.Key_Down)
        qtbot.wait(10)
        assert _cut_lines(view) == [] and _top_blank(view), bar.value()
        assert bar.value() > before, "the arrow key does not scroll the transcript"
    for value in range(0, bar.maximum() + 1, 3):  # dragged or wheeled: any position at all
        bar.setValue(value)
        view.viewport().repaint()
        assert _cut_lines(view) == [] and _top_blank(view), value
    # the replay following its words scrolls the box: each word said shows whole
    bar.setValue(0)
    words = len(view._starts)
    for index in range(0, words, 7):
        view.highlight(index)
        view.viewport().repaint()
        assert _cut_lines(view) == [] and _top_blank(view), index
        start, _end = view.word_span(index)
        cursor = view.textCursor()
        cursor.setPosition(start)
        rect = view.cursorRect(cursor)
        assert rect.top() >= 0 and rect.bottom() <= view.viewport().height(), index


def test_a_box_with_room_for_no_whole_line_shows_the_cut_one_lines58(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A cut line with no whole line above it is shown cut rather than left blank: the
    document's first line starts at its margin and was taken for a line shown whole above."""
    view = QTextEdit()
    qtbot.addWidget(view)
    view.document().setDocumentMargin(6)
    view.setPlainText("one line\nand another\nand a third")
    view.resize(300, 200)
    view.show()  # (a view lays its document out once shown)
    qtbot.waitUntil(lambda: view.document().size().height() > 0, timeout=2000)
    line = view.fontMetrics().lineSpacing()
    assert cut_line_margin(view, 6 + line // 2, 0) == 0  # half the first line: shown as it is
    # the second line cut: the room under the first one is blank
    assert cut_line_margin(view, 6 + line + line // 2, 0) > 0
