"""Review at 960 x 640 on a computer with no audio output (walk58, issue 8): the notice "No
audio output device was found ..." took a row of 43 px above the replay, and a five-line
answer got 77 px and scrolled by two lines. The fact is said as one compact line at the free
end of the meta line: the answer and its follow-up show whole, in both themes, and the line
is shown whole (not cut, not elided)."""

from __future__ import annotations

from pathlib import Path

from simulator.ui.review_player import ReviewPlayer
from tests.ui.recorded import open_review
from tests.ui.test_review_follow_up_recording_walk57 import _loaded
from tests.ui.test_review_polish57 import _scored_session


def test_no_audio_output_leaves_the_answer_its_room_at_960x640_polish58(  # type: ignore[no-untyped-def]
    qtbot, window, services, tmp_path: Path, monkeypatch, themed: str
) -> None:
    monkeypatch.setattr(ReviewPlayer, "has_output_device", staticmethod(lambda: False))
    sid = _scored_session(services, tmp_path)
    window.resize(960, 640)
    window.show()
    page = open_review(qtbot, window, sid)
    _loaded(qtbot, page.replay)
    transcript, (follow_up,) = page.replay.transcript, page.replay.follow_up_answers

    def whole() -> bool:
        return (
            transcript.verticalScrollBar().maximum() == 0
            and follow_up.verticalScrollBar().maximum() == 0
        )

    qtbot.waitUntil(whole, timeout=3000)
    said = page.no_sound
    assert said.isVisible() and "No audio output" in said.text()
    assert not page.notice.isVisible(), page.notice.text()
    assert said.width() >= said.sizeHint().width() and said.height() >= said.sizeHint().height()
    assert page.meta.isVisible() and page.meta.geometry().right() < said.geometry().left()
