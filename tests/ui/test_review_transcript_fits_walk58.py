"""Review at 960 x 640 on a computer with sound (walk58, issue 8): a five-line spoken answer
showed four lines and a vertical scroll bar above a two-line follow-up, while each of the two
boxes kept 10 px of blank margin above and below its text (40 px, two lines of the answer).
The margins are 6 px: the answer and its follow-up show whole, in both themes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from simulator.ui.review_player import ReviewPlayer
from simulator.ui.style import apply_theme
from simulator.ui.widgets.transcript_view import TEXT_MARGIN
from tests.ui.recorded import open_review
from tests.ui.test_review_follow_up_recording_walk57 import _loaded
from tests.ui.test_review_polish57 import _scored_session


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_short_answer_and_its_follow_up_show_whole_at_960x640_walk58(  # type: ignore[no-untyped-def]
    qtbot, window, services, tmp_path: Path, monkeypatch, theme: str
) -> None:
    monkeypatch.setattr(ReviewPlayer, "has_output_device", staticmethod(lambda: True))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme)
    try:
        sid = _scored_session(services, tmp_path)
        window.resize(960, 640)
        window.show()
        page = open_review(qtbot, window, sid)
        _loaded(qtbot, page.replay)
        assert not page.notice.isVisible(), page.notice.text()
        transcript, (follow_up,) = page.replay.transcript, page.replay.follow_up_answers

        def whole() -> bool:
            return (
                transcript.verticalScrollBar().maximum() == 0
                and follow_up.verticalScrollBar().maximum() == 0
            )

        qtbot.waitUntil(whole, timeout=3000)
        # the answer this is about: more than four lines at this width
        words_high = transcript.document().size().height() - 2 * TEXT_MARGIN
        assert words_high > 4 * transcript.fontMetrics().lineSpacing()
    finally:
        apply_theme(app, "light")
