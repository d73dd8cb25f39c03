"""Review at 960 x 640 (polish58, judged in the real window): the pane that explains the score
showed its last line cut in half above "How did it feel?". It shows whole lines at every scroll
position, in both themes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.recorded import open_review
from tests.ui.test_progress_whole_lines_polish58 import _cut_lines, _top_blank
from tests.ui.test_review_follow_up_recording_walk57 import _loaded
from tests.ui.test_review_polish57 import _scored_session


def test_the_score_s_explanation_shows_whole_lines_at_960x640_polish58(  # type: ignore[no-untyped-def]
    qtbot, window, services, tmp_path: Path, themed: str
) -> None:
    sid = _scored_session(services, tmp_path)
    window.resize(960, 640)
    window.show()
    page = open_review(qtbot, window, sid)
    _loaded(qtbot, page.replay)
    view = page.detail
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=3000)
    qtbot.wait(50)
    assert _cut_lines(view) == []
    while bar.value() < bar.maximum():  # a line at a time with the arrow key, to the end
        before = bar.value()
        qtbot.keyClick(view, Qt.Key.Key_Down)
        qtbot.wait(10)
        assert _cut_lines(view) == [] and _top_blank(view), bar.value()
        assert bar.value() > before
